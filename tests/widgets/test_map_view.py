"""The map dock: clicks at a city's projected position select its records, the selection
shows on the map, the range toggle filters, hover tells, and a file without places says so."""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtGui

from tests.conftest import open_and_wait
from viewer.core.geo import equal_earth
from viewer.graphics.style import LIGHT

VIENNA = (16.372, 48.208)  # GeoNames 2761369
DAKAR = (-17.444, 14.694)


def _show_map(window, qtbot):
    window.map_dock.show()
    window.resizeDocks([window.map_dock], [420], QtCore.Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: window.map.canvas.model is not None)
    qtbot.wait(10)
    return window.map.canvas


def _at(canvas, lonlat):
    x, y = equal_earth(*lonlat)
    return QtCore.QPoint(*(round(v) for v in canvas.fit().point_px(float(x), float(y))))


def test_view_menu_shows_the_map_dock(window, qtbot):
    assert not window.map_dock.isVisible()
    window.map_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.map.canvas.model is not None)
    assert window.map_dock.toggleViewAction().text() == "Map"


def test_click_on_a_city_selects_its_session_and_steps_through_the_others(window, qtbot):
    canvas = _show_map(window, qtbot)
    qtbot.mouseClick(canvas, QtCore.Qt.MouseButton.LeftButton, pos=_at(canvas, DAKAR))
    assert window.session.selected_id == "session-61"
    vienna = _at(canvas, VIENNA)
    clicks = []
    for _ in range(5):
        qtbot.mouseClick(canvas, QtCore.Qt.MouseButton.LeftButton, pos=vienna)
        clicks.append(window.session.selected_id)
    assert clicks == ["session-1", "session-25", "session-42", "session-91", "session-1"]
    assert "Vienna, Austria" in canvas.tooltip_at(QtCore.QPointF(vienna))
    assert "1956" in canvas.tooltip_at(QtCore.QPointF(vienna))


def test_selection_on_the_timeline_is_shown_on_the_map(window, qtbot):
    canvas = _show_map(window, qtbot)
    window.session.select("session-61")
    image = canvas.grab().toImage()
    window.session.select(None)
    plain = canvas.grab().toImage()
    assert image != plain  # the halo around Dakar


def test_an_arc_click_selects_its_handover(window, qtbot):
    canvas = _show_map(window, qtbot)
    model = canvas.model
    scene = canvas._current_scene()  # noqa: SLF001 - the arc's drawn middle
    i = next(k for k, a in enumerate(model.arcs) if a.record_id == "handover-84")
    line = scene.arcs_px[i]
    x, y = line[len(line) // 2]
    qtbot.mouseClick(
        canvas, QtCore.Qt.MouseButton.LeftButton, pos=QtCore.QPoint(round(x), round(y))
    )
    assert window.session.selected_id == "handover-84"


def test_toggle_filters_to_the_timeline_range(window, qtbot):
    canvas = _show_map(window, qtbot)
    total = canvas.shown_count()
    assert total == 70
    from viewer.core.dates import days_from_civil

    window.timeline.set_x_range(days_from_civil(2010, 1, 1), days_from_civil(2013, 1, 1))
    window.map.in_view_only.setChecked(True)
    assert canvas.shown_count() == 3  # 2010, 2011, 2012
    # Panning the timeline: the map follows once the range rests
    window.timeline.set_x_range(days_from_civil(1923, 1, 1), days_from_civil(1930, 1, 1))
    # Vienna 1923, Berlin 1924, Amsterdam 1927, Bern 1928
    qtbot.waitUntil(lambda: canvas.shown_count() == 4)
    window.map.in_view_only.setChecked(False)
    assert canvas.shown_count() == total


def test_users_csv_with_coordinates_shows_markers(window, qtbot, tmp_path):
    path = tmp_path / "trips.csv"
    path.write_text(
        "title,start,lane,city,country,lat,lon\n"
        "Lyon meeting,2001,Meetings,Lyon,France,45.75,4.85\n"
        "Nowhere meeting,2002,Meetings,,,,\n",
        encoding="utf-8",
    )
    assert open_and_wait(window, path)
    canvas = _show_map(window, qtbot)
    assert [s.label for s in canvas.model.sites] == ["Lyon, France"]
    qtbot.mouseClick(canvas, QtCore.Qt.MouseButton.LeftButton, pos=_at(canvas, (4.85, 45.75)))
    assert window.session.selected_record.title == "Lyon meeting"


def test_without_any_place_the_map_says_so(window, qtbot, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("title,start\nOne,2001\nTwo,2002\n", encoding="utf-8")
    assert open_and_wait(window, path)
    canvas = _show_map(window, qtbot)
    assert canvas.model.sites == ()
    assert window.map.count.text() == ""


def test_wheel_zooms_around_the_pointer_and_double_click_resets(window, qtbot):
    canvas = _show_map(window, qtbot)
    vienna = _at(canvas, VIENNA)
    for _ in range(3):
        canvas.zoom_at(2.0, QtCore.QPointF(vienna))
    assert canvas.zoom == 8.0
    # the point under the pointer stays (the pointer's rounding, magnified 8 times, aside)
    assert (_at(canvas, VIENNA) - vienna).manhattanLength() <= 8
    qtbot.mouseClick(canvas, QtCore.Qt.MouseButton.LeftButton, pos=_at(canvas, (7.447, 46.948)))
    assert window.session.selected_id == "session-5"  # Bern, told apart from Vienna now
    canvas.reset_zoom()
    assert canvas.zoom == 1.0


def test_users_city_without_coordinates_is_looked_up(window, qtbot, tmp_path):
    path = tmp_path / "cities.csv"
    path.write_text("title,start,city,country\nLyon fair,2001,Lyon,France\n", encoding="utf-8")
    assert open_and_wait(window, path)
    canvas = _show_map(window, qtbot)
    pos = _at(canvas, (4.85, 45.75))
    assert "located by its name in GeoNames" in canvas.tooltip_at(QtCore.QPointF(pos))
    qtbot.mouseClick(canvas, QtCore.Qt.MouseButton.LeftButton, pos=pos)
    assert window.session.selected_record.title == "Lyon fair"


def test_hidden_lanes_leave_the_map_too(window, qtbot):
    canvas = _show_map(window, qtbot)
    window.session.set_lane_visible("sessions", False)
    assert canvas.shown_count() == 0
    window.session.set_lane_visible("sessions", True)
    assert canvas.shown_count() == 70


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_right_click_lists_a_city_s_sessions(window, qtbot):
    from PySide6 import QtWidgets

    canvas = _show_map(window, qtbot)
    qtbot.mouseClick(canvas, QtCore.Qt.MouseButton.RightButton, pos=_at(canvas, VIENNA))
    menu = canvas.findChild(QtWidgets.QMenu)
    assert menu is not None
    actions = menu.actions()
    assert len(actions) == 4 and "1923" in actions[0].text()
    actions[2].trigger()
    assert window.session.selected_id == "session-42"
    menu.close()


def test_the_map_of_a_new_file_is_made_off_the_gui_thread(window, qtbot, tmp_path):
    # With the map shown, a file just opened says the map is being made (the window
    # keeps handling events: the model is built in a worker thread), then shows it
    canvas = _show_map(window, qtbot)
    first = canvas.model
    path = tmp_path / "c.csv"
    path.write_text("title,start,city,lat,lon\nA,1990,Dakar,14.694,-17.444\n", encoding="utf-8")
    waiting = []
    window.session.data_changed.connect(  # after the window's own slots
        lambda: waiting.append(canvas.model is None), QtCore.Qt.ConnectionType.DirectConnection
    )
    assert open_and_wait(window, path)
    qtbot.waitUntil(lambda: canvas.model is not None and canvas.model is not first)
    assert waiting == [True]  # right after the data changed, no model yet: it was being made
    assert [s.label for s in canvas.model.sites] == ["Dakar"]


def test_a_small_map_drops_its_legend_rather_than_the_world(qtbot, bundled):
    """A map too small for its legend drew the legend and a world too small to see (the
    export at 300 px, a new user's finding): the window's map leaves the legend out there
    and draws the world at the whole canvas's scale; a larger one keeps its legend."""
    from viewer.core import map_model as mm
    from viewer.core.geo import fit_world
    from viewer.core.world import load_world
    from viewer.widgets.map_view import MapCanvas

    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    world = load_world()
    canvas.set_model(mm.build_map(bundled.dataset, world), world)
    for size, dropped in (((300, 220), True), ((900, 520), False)):
        canvas.resize(*size)
        canvas.show()
        qtbot.waitExposed(canvas)
        canvas.repaint()
        whole = fit_world(0.0, 0.0, *(float(v) for v in size), margin_px=6.0)
        fit = canvas.fit()
        assert fit is not None
        if dropped:  # the world at the whole canvas's scale
            assert fit.scale == pytest.approx(whole.scale)
        image = canvas.grab().toImage()
        text = QtGui.QColor(LIGHT.color("text"))
        corner = {  # the legend's rows, in the text's colour, in the bottom-left corner
            QtGui.QColor(image.pixel(x, y)).rgb()
            for x in range(8, 120)
            for y in range(size[1] - 100, size[1] - 20)
        }
        assert (text.rgb() in corner) != dropped, size
