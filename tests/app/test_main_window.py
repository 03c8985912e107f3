"""The window as a user drives it: clicks on markers and bars, links in the panel."""

import json

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtTest import QTest

from tests.conftest import MINI, open_and_wait
from viewer.core.ranges import parse_range


def _click(qtbot, window, record_id):
    pos = window.timeline.item_centre(record_id)
    assert pos is not None, record_id
    assert window.timeline.viewport().rect().contains(pos), (record_id, pos)
    qtbot.mouseClick(window.timeline.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pos)


def test_opens_on_the_whole_history(window):
    lo, hi = window.timeline.x_range()
    first, last = parse_range("1923:1923"), parse_range("2026:2026")
    assert lo <= first[0] and hi >= last[0]
    assert "interpol.json" in window.windowTitle()


def test_click_on_93rd_session_marker_selects_it(qtbot, window):
    window.timeline.set_x_range(*parse_range("2010:2026"))
    _click(qtbot, window, "session-93")
    assert window.session.selected_id == "session-93"
    text = window.details.plain_text()
    assert "93" in text and "Marrakech" in text
    assert window.timeline.chart.model.selected == window.session.layout.index_of("session-93")


def test_click_on_presidency_bar_selects_the_term(qtbot, window):
    window.timeline.set_x_range(*parse_range("2010:2026"))
    _click(qtbot, window, "president-29")
    assert window.session.selected_id == "president-29"
    assert "Al-Raisi" in window.details.plain_text()


def test_click_on_lucas_philippe(qtbot, window):
    window.timeline.set_x_range(*parse_range("2020:2027"))
    _click(qtbot, window, "president-30")
    assert window.session.selected_id == "president-30"
    assert "Lucas Philippe" in window.details.plain_text()


def test_click_on_empty_space_clears(qtbot, window):
    window.session.select("session-93")
    vb = window.timeline.chart.getViewBox()
    lo, hi = window.timeline.x_range()
    # Below the last lane there is no item.
    y = window.session.layout.y_max + 0.1
    pos = window.timeline.view_to_widget((lo + hi) / 2, y)
    assert vb.sceneBoundingRect().contains(window.timeline.mapToScene(pos))
    qtbot.mouseClick(window.timeline.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pos)
    assert window.session.selected_id is None


def test_related_links_select_other_records(window):
    window.session.select("session-93")
    html = window.details.toHtml()
    assert "record:president-" in html  # the President in office is a link
    assert "record:handover-93" in html
    window.details.record_link_activated.emit("handover-93")
    assert window.session.selected_id == "handover-93"
    text = window.details.plain_text()
    assert "Marrakech" in text and "Hong Kong" in text


def _send_mouse(widget, kind, pos, buttons):
    from PySide6 import QtGui, QtWidgets

    button = (
        QtCore.Qt.MouseButton.NoButton
        if kind == QtCore.QEvent.Type.MouseMove
        else QtCore.Qt.MouseButton.LeftButton
    )
    event = QtGui.QMouseEvent(
        kind,
        QtCore.QPointF(pos),
        QtCore.QPointF(widget.mapToGlobal(pos)),
        button,
        buttons,
        QtCore.Qt.KeyboardModifier.NoModifier,
    )
    QtWidgets.QApplication.sendEvent(widget, event)


def test_wheel_zoom_and_drag_pan(qtbot, window):
    from PySide6 import QtGui, QtWidgets

    view = window.timeline
    vp = view.viewport()
    lo, hi = view.x_range()
    centre = vp.rect().center()
    wheel = QtGui.QWheelEvent(
        QtCore.QPointF(centre),
        QtCore.QPointF(vp.mapToGlobal(centre)),
        QtCore.QPoint(0, 0),
        QtCore.QPoint(0, 120 * 3),
        QtCore.Qt.MouseButton.NoButton,
        QtCore.Qt.KeyboardModifier.NoModifier,
        QtCore.Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QtWidgets.QApplication.sendEvent(vp, wheel)
    lo2, hi2 = view.x_range()
    assert hi2 - lo2 < (hi - lo) * 0.8
    held = QtCore.Qt.MouseButton.LeftButton
    _send_mouse(vp, QtCore.QEvent.Type.MouseButtonPress, centre, held)
    for dx in range(0, 220, 20):
        qtbot.wait(25)  # pyqtgraph drops move events that come faster than its frame rate
        _send_mouse(vp, QtCore.QEvent.Type.MouseMove, centre - QtCore.QPoint(dx, 0), held)
    _send_mouse(
        vp,
        QtCore.QEvent.Type.MouseButtonRelease,
        centre - QtCore.QPoint(200, 0),
        QtCore.Qt.MouseButton.NoButton,
    )
    lo3, hi3 = view.x_range()
    assert lo3 > lo2 and hi3 - lo3 == pytest.approx(hi2 - lo2, rel=0.01)


def test_bad_file_shows_a_message_and_keeps_data(qtbot, window, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{ not json")
    assert open_and_wait(window, bad) is False
    box = window.findChild(QtCore.QObject, "message_box")
    assert box is not None and "broken.json" in box.text() and "line 1" in box.text()
    assert (
        window.session.dataset is not None and window.session.dataset.get("session-93") is not None
    )
    box.close()


def test_export_from_the_window(window, tmp_path):
    from PySide6 import QtGui

    window.session.select("session-93")
    out = window.export_to(tmp_path / "shown.png", width_px=1200)
    image = QtGui.QImage(str(out))
    assert image.width() == 1200
    halo = QtGui.QColor("#E69F00").rgb()  # the selection is not part of the figure
    assert all(
        image.pixel(x, y) != halo for x in range(image.width()) for y in range(0, image.height(), 2)
    )


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen tooltips
def test_hover_tooltip_stays_while_the_pointer_rests(qtbot, window):
    from PySide6 import QtGui, QtWidgets

    window.timeline.set_x_range(*parse_range("2010:2026"))
    pos = window.timeline.item_centre("session-93")
    viewport = window.timeline.viewport()
    qtbot.mouseMove(viewport, pos)
    qtbot.waitUntil(QtWidgets.QToolTip.isVisible, timeout=2000)
    assert "Marrakech" in QtWidgets.QToolTip.text()
    # Qt sends this help event when the pointer has rested for a moment.
    rest = QtGui.QHelpEvent(QtCore.QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    QtWidgets.QApplication.sendEvent(viewport, rest)
    qtbot.wait(300)
    assert QtWidgets.QToolTip.isVisible() and "Marrakech" in QtWidgets.QToolTip.text()
    QtWidgets.QToolTip.hideText()


def test_each_change_of_view_paints_the_timeline_once(qtbot, window, tmp_path):
    import json
    import sys
    from pathlib import Path

    from PySide6 import QtGui
    from PySide6.QtTest import QTest

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import generate

    path = tmp_path / "thousand.json"
    path.write_text(json.dumps(generate.generate_document(1000, seed=1)), encoding="utf-8")
    assert open_and_wait(window, path)
    view = window.timeline
    paints = []

    class Counter(QtCore.QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QtCore.QEvent.Type.Paint:
                paints.append(event.rect())
            return False

    counter = Counter()
    view.viewport().installEventFilter(counter)
    app = QtCore.QCoreApplication.instance()

    def paints_of(change):
        for _ in range(3):
            app.processEvents()
        paints.clear()
        before = view.x_range()
        change()
        for _ in range(5):
            app.processEvents()
        assert view.x_range() != before  # the view did change
        return len(paints)

    lo, hi = view.x_range()
    centre = view.viewport().rect().center()
    assert paints_of(lambda: view.set_x_range(lo + 0.1 * (hi - lo), hi - 0.1 * (hi - lo))) == 1

    def wheel():
        event = QtGui.QWheelEvent(
            QtCore.QPointF(centre),
            QtCore.QPointF(view.mapToGlobal(centre)),
            QtCore.QPoint(0, 0),
            QtCore.QPoint(0, 120),
            QtCore.Qt.MouseButton.NoButton,
            QtCore.Qt.KeyboardModifier.NoModifier,
            QtCore.Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QtCore.QCoreApplication.sendEvent(view.viewport(), event)

    assert paints_of(wheel) == 1
    view.setFocus()
    assert paints_of(lambda: QTest.keyClick(view, QtCore.Qt.Key.Key_Minus)) == 1
    QTest.mousePress(view.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=centre)
    for step in range(1, 4):
        here = centre + QtCore.QPoint(20 * step, 0)
        assert paints_of(lambda here=here: QTest.mouseMove(view.viewport(), here)) == 1
    QTest.mouseRelease(
        view.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=centre + QtCore.QPoint(60, 0)
    )
    view.viewport().removeEventFilter(counter)


def test_a_taller_file_fills_the_height_a_hidden_table_left(qtbot, window, tmp_path):
    # A new user hid the table (the bundled lanes then need less than the view), opened a
    # file of many rows, and its lanes stayed in the old plot's height over a blank window
    from tests.conftest import open_and_wait, write_tall_file

    app = QtWidgets.QApplication.instance()
    window.commands["table"].trigger()  # shown
    app.processEvents()
    window.commands["table"].trigger()  # hidden
    app.processEvents()
    assert window.timeline.spare_height_px() > 200  # the bundled lanes need less
    assert open_and_wait(window, write_tall_file(tmp_path))
    app.processEvents()
    assert window.timeline.spare_height_px() <= 2  # (a pixel of rounding)


def test_a_bar_shows_lanes_beyond_the_view_and_scrolls_them(qtbot, window, tmp_path):
    # A new user saw one lane of eight and nothing saying there were more
    from tests.conftest import open_and_wait, write_tall_file

    app = QtWidgets.QApplication.instance()
    bar = window.timeline.lane_bar
    assert not bar.isVisible()  # the bundled lanes fit
    assert open_and_wait(window, write_tall_file(tmp_path))
    app.processEvents()
    assert bar.isVisible() and bar.value() == 0 and bar.maximum() > 0
    vb = window.timeline.chart.getViewBox()
    top = vb.viewRange()[1][0]
    bar.setValue(bar.maximum())  # dragged to the end: the last lane in view
    app.processEvents()
    (_, _), (new_top, bottom) = vb.viewRange()
    assert new_top > top and bottom >= window.session.layout.y_max
    window.timeline.chart.scroll_y(-1.0)  # a row up (as the wheel scrolls): the bar follows
    app.processEvents()
    assert bar.value() == bar.maximum() - bar.singleStep()
    # Beside the plot, not over its right edge (it hid the labels and the range's end
    # there, "Philipp" at 640 x 420: a new user's finding)
    plot = window.timeline.mapFromScene(vb.sceneBoundingRect()).boundingRect()
    assert 0 < bar.geometry().left() - plot.right() <= 2
    assert bar.geometry().right() <= window.timeline.viewport().width()
    # The bar gone, the plot takes its width back
    assert open_and_wait(window, MINI)
    app.processEvents()
    wide = window.timeline.mapFromScene(vb.sceneBoundingRect()).boundingRect()
    assert not bar.isVisible() and wide.width() >= plot.width() + bar.width() - 1


def test_the_map_opens_as_a_tab_the_width_of_the_table(qtbot, window):
    # Side by side with the table, a new user found the map and the table both cramped
    app = QtWidgets.QApplication.instance()
    window.commands["table"].trigger()
    app.processEvents()
    assert window.table_dock.isVisible()
    window.map_dock.toggleViewAction().trigger()
    app.processEvents()
    app.processEvents()
    assert window.map_dock.isVisible() and not window.map_dock.visibleRegion().isEmpty()
    assert window.map_dock.width() >= window.table_dock.width() - 2  # the same width
    assert window.tabifiedDockWidgets(window.map_dock)  # a tab, not beside the table


def test_ctrl_shift_l_fits_every_lane_in_the_window_and_back(qtbot, window, tmp_path):
    # A new user opened a file of many rows: one lane filled the window, the others were
    # screens below, with no way to see them all at once
    from tests.conftest import open_and_wait, write_tall_file

    app = QtWidgets.QApplication.instance()
    # The bundled record fits: nothing to fit (a trial user ticked it and saw no change)
    assert not window.commands["fit_lanes"].isEnabled()
    assert open_and_wait(window, write_tall_file(tmp_path))
    app.processEvents()
    assert window.commands["fit_lanes"].isEnabled()
    vb = window.timeline.chart.getViewBox()
    y_max = window.session.layout.y_max
    assert vb.viewRange()[1][1] < y_max and window.timeline.lane_bar.isVisible()
    window.search.focus()  # where the cursor is after start-up or Ctrl+F
    # The window active and the field focused first: a key sent to the application's
    # focus widget, None while the offscreen window was not active yet, stopped the run
    # one time in six (Qt's assert), and a window's shortcut needs the window active.
    window.activateWindow()
    window.search.focus()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is window.search.field)
    QTest.keyClick(
        window.search.field,
        QtCore.Qt.Key.Key_L,
        QtCore.Qt.KeyboardModifier.ControlModifier | QtCore.Qt.KeyboardModifier.ShiftModifier,
    )
    app.processEvents()
    (_, _), (top, bottom) = vb.viewRange()
    assert window.commands["fit_lanes"].isChecked()
    assert top <= 0 and bottom >= y_max and not window.timeline.lane_bar.isVisible()
    window.commands["fit_lanes"].trigger()  # off: rows readable again, the bar back
    app.processEvents()
    assert vb.viewRange()[1][1] < y_max and window.timeline.lane_bar.isVisible()
    from viewer.core.paths import BUNDLED_DATA

    assert open_and_wait(window, BUNDLED_DATA)  # fits again: nothing to fit
    assert not window.commands["fit_lanes"].isEnabled()


def test_fitted_lanes_follow_the_window_and_keep_the_selection(qtbot, window, tmp_path):
    # A new user fitted the lanes, opened and closed the table: the chart stayed in the
    # table's small height over a blank band. Markers of the first row were cut at the
    # top, and turning the fit off jumped back to the first lane, away from the selection.
    from tests.conftest import open_and_wait, write_tall_file

    app = QtWidgets.QApplication.instance()
    assert open_and_wait(window, write_tall_file(tmp_path, records=20_000))
    window.commands["fit_lanes"].trigger()
    app.processEvents()
    window.commands["table"].trigger()  # shown: the lanes fit in less height
    app.processEvents()
    window.commands["table"].trigger()  # hidden: they take the height back
    app.processEvents()
    qtbot.waitUntil(lambda: window.timeline.spare_height_px() <= 2)
    vb = window.timeline.chart.getViewBox()
    layout = window.session.layout
    first = int(np.argmin(layout.y0 + np.where(layout.is_band, 1e9, 0)))  # a first-row item
    top_px = vb.sceneBoundingRect().top()
    centre = vb.mapViewToScene(QtCore.QPointF(layout.x0_days[first], layout.y0[first] + 0.4))
    style = window.timeline.chart.style
    assert centre.y() - top_px >= style.px(style.marker_px) / 2  # a whole marker below the top
    last = int(np.argmax(layout.y0))
    record_id = layout.ids.at(np.array([last]))[0]
    window.session.select(record_id)
    app.processEvents()
    window.commands["fit_lanes"].trigger()  # off
    app.processEvents()
    (_, _), (top, bottom) = vb.viewRange()
    assert top <= layout.y0[last] <= bottom  # the selection still in view


def test_the_status_bar_counts_the_records_of_hidden_lanes(window):
    # A new user hid a lane: "93,000 of 100,000 records drawn" and nothing said where the
    # others went
    bar = window.status_bits.count_label
    assert "hidden" not in bar.text()
    layout = window.session.layout
    lane = layout.lanes[1]
    in_lane = int(np.count_nonzero(layout.lane == 1))
    window.session.set_lane_visible(lane.id, False)
    QtWidgets.QApplication.instance().processEvents()
    assert f"{in_lane} hidden (View › Lanes, View › Show Items)" in bar.text()


def test_a_file_with_nothing_to_draw_says_so_in_the_chart(window, tmp_path):
    # A file whose records have no date showed an empty lane under an axis without dates,
    # and said nothing of it there (last session's note)
    undated = tmp_path / "undated.csv"
    undated.write_text("id,title,start,lane\na,First,,main\nb,Second,,main\n", encoding="utf-8")
    assert open_and_wait(window, str(undated))
    view = window.timeline
    note = "Nothing to draw: no record has both a lane and a known date."
    assert view.accessibleDescription().startswith(note)

    said = view.viewport().grab().toImage()
    view.set_empty_note("")  # the same chart without the note
    QtWidgets.QApplication.instance().processEvents()
    unsaid = view.viewport().grab().toImage()
    changed = [
        y
        for y in range(said.height())
        if any(said.pixel(x, y) != unsaid.pixel(x, y) for x in range(0, said.width(), 2))
    ]
    assert len(changed) >= 6  # a line of text drawn
    # A file whose every record is refused: the Load Report says why
    refused = tmp_path / "refused.csv"
    refused.write_text("id,title,start,lane\na,First,not a date,main\n", encoding="utf-8")
    assert open_and_wait(window, str(refused))
    assert view.accessibleDescription().startswith("Nothing to draw: the file holds no valid")
    # Every lane hidden: said so, and differently
    assert open_and_wait(window, MINI)
    assert view.accessibleDescription() == ""
    for lane in window.session.layout.lanes:
        window.session.set_lane_visible(lane.id, False)
    QtWidgets.QApplication.instance().processEvents()
    assert view.accessibleDescription().startswith("Nothing to draw with the lanes and items shown")


def test_showing_a_lane_again_after_hiding_every_one_shows_its_records(window, tmp_path):
    # Two lanes hidden one after the other, then the first shown again: the view stayed
    # on a stretch without any of its records (a trial)
    from tests.documents import document, record

    app = QtWidgets.QApplication.instance()
    records = [
        record("a1", "1920", end="1925", lane="a"),
        dict(record("a2", None, end="1932-05-17", lane="a"), start=None),
        record("b1", "1928", lane="b"),
        record("b2", "1940", lane="b"),
    ]
    lanes = [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}]
    path = tmp_path / "two.json"
    path.write_text(json.dumps(document(records, lanes=lanes)), encoding="utf-8")
    assert open_and_wait(window, str(path))
    for lane in ("a", "b"):
        window.session.set_lane_visible(lane, False)
        app.processEvents()
    window.session.set_lane_visible("a", True)
    app.processEvents()
    layout = window.session.layout
    lo, hi = window.timeline.x_range()
    assert np.any((layout.x1_days >= lo) & (layout.x0_days <= hi))  # its records in view


def test_view_load_report_brings_its_tab_to_the_front(qtbot, window):
    # It opened as a tab behind the records table's: nothing seemed to happen
    app = QtWidgets.QApplication.instance()
    window.commands["table"].trigger()  # the table shown, in front
    app.processEvents()
    window.report_dock.toggleViewAction().trigger()  # View › Load Report
    qtbot.waitUntil(lambda: not window.report_dock.visibleRegion().isEmpty())
    assert window.table_dock.visibleRegion().isEmpty()  # the table's tab behind it


def test_every_fitted_lane_is_named_a_line_apart(qtbot, window, tmp_path):
    # Fitted, a thin lane under another lost its name ("Handovers" under "Reports")
    from tests.conftest import open_and_wait, write_tall_file

    assert open_and_wait(window, write_tall_file(tmp_path, records=20_000))
    window.commands["fit_lanes"].trigger()
    QtWidgets.QApplication.instance().processEvents()
    chart = window.timeline.chart
    (_, _), (lo, hi) = chart.getViewBox().viewRange()
    size = chart.getViewBox().height()
    ticks = chart.lane_axis.tickValues(lo, hi, size)[0][1]
    names = chart.lane_axis.tickStrings(ticks, 1.0, 1.0)
    assert sorted(names) == sorted(lane.title for lane in window.session.layout.lanes)
    line = QtGui.QFontMetricsF(chart.lane_axis.style["tickFont"]).height() * (hi - lo) / size
    assert all(b - a >= line - 1e-9 for a, b in zip(ticks, ticks[1:]))


def test_every_on_off_entry_of_the_menus_is_drawn_with_a_check_mark(qtbot, window):
    # A trial: View › Table showed its icon where Details and Map show a check mark
    found = []
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if menu is not None else []:
            if not action.isCheckable() or action.menu() is not None:
                continue
            option = QtWidgets.QStyleOptionMenuItem()
            menu.initStyleOption(option, action)  # what the menu draws the entry from
            found.append(action.text())
            assert option.checkType != QtWidgets.QStyleOptionMenuItem.CheckType.NotCheckable
            assert option.icon.isNull(), action.text()
    assert window.commands["table"].text() in found
    assert not window.commands["table"].icon().isNull()  # the toolbar's button keeps it


def test_a_small_window_gives_the_chart_the_most_room(qtbot, bundled):
    """In a 720 x 450 window the details dock took 400 px and left the chart 310, and the
    record counts were cut mid-word under the range ("(see V"): the dock takes at most a
    third, down to the panel's least width, and the counts are cut with "…", whole in
    their tooltip."""
    from tests.conftest import shown_window
    from viewer.app import docks

    w = shown_window(qtbot, bundled, (720, 450))
    QtWidgets.QApplication.instance().processEvents()
    assert w.details_dock.width() <= max(w.width() // 3, w.details.minimumWidth()) + 10
    assert w.timeline.width() > w.details_dock.width()
    # At 640 px the panel's least width (280) left the chart 180 px: the dock is a third
    small = shown_window(qtbot, bundled, (640, 420))
    docks.fit_details_width(small, small.details_dock)  # as a window first sized at 640 px
    QtWidgets.QApplication.instance().processEvents()
    assert small.details_dock.width() <= small.width() // 3 + 10
    assert small.timeline.width() >= small.width() // 2
    label = w.status_bits.count_label
    assert label.text().startswith("140 of 180 records drawn")
    assert label.drawn_text().endswith("…") and label.toolTip() == label.text()
    assert label.geometry().right() < w.status_bits.range_label.geometry().left()
    w.resize(1600, 860)
    QtWidgets.QApplication.instance().processEvents()
    assert label.drawn_text() == label.text()


def test_a_temporary_status_message_is_seen(qtbot, window):
    """The record count took the status bar's whole width, so no temporary message was
    ever drawn ("--range ...: the window shows ...", "Citation copied": a trial). A
    message now takes the count's place while it lasts, then the count comes back."""
    bar = window.statusBar()
    window.show()
    qtbot.waitExposed(window)

    def left_part() -> QtGui.QImage:
        image = bar.grab().toImage()
        return image.copy(0, 0, bar.width() // 3, image.height())

    bar.clearMessage()  # one the window may have left
    qtbot.wait(100)
    before = left_part()
    message = "A message of this test, 1234"
    bar.showMessage(message)
    qtbot.waitUntil(lambda: bar.currentMessage() == message, timeout=3000)
    during = left_part()
    assert during != before  # the message is drawn where the count was
    bar.clearMessage()
    qtbot.wait(50)
    assert left_part() != during  # the count is back
    assert window.status_bits.count_label.isVisible()
