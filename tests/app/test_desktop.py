"""Desktop behaviour: settings, themes, table, about, errors."""

import re
import subprocess
import sys

import pytest
from PySide6 import QtCore, QtGui, QtTest, QtWidgets

from viewer.app import settings
from viewer.app.main_window import MainWindow
from viewer.app.theme import contrast_ratio
from viewer.core.ranges import parse_range


@pytest.fixture
def fresh_settings(tmp_path):
    settings.use_file(str(tmp_path / "s.ini"))
    yield
    settings.use_file(str(tmp_path / "after.ini"))


def test_settings_round_trip(qtbot, bundled, fresh_settings):
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(701, 503)  # within the offscreen screen (800 x 600)
    first.show()
    first.set_result(bundled)
    first.timeline.set_x_range(*parse_range("1990:2000"))
    first.session.set_lane_visible("handovers", False)
    first.set_theme("dark")
    first.close()  # saves
    second = MainWindow()
    qtbot.addWidget(second)
    second.restore_settings()
    second.show()
    second.set_result(bundled)
    second.restore_view()
    assert second.size() == QtCore.QSize(701, 503)
    lo, hi = second.timeline.x_range()
    assert (lo, hi) == pytest.approx(parse_range("1990:2000"), abs=1)
    assert "handovers" in second.session.state.hidden_lanes
    assert second.theme_name == "dark"
    second.reset_settings()
    assert settings.THEME.get() == "system" and settings.LAST_FILE.get() == ""
    second.set_theme("light")


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_text_is_readable(window, name):
    window.set_theme(name)
    window.session.select("session-93")
    pal = window.palette()
    role = QtGui.QPalette.ColorRole
    for fg, bg in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
    ):
        assert contrast_ratio(pal.color(fg), pal.color(bg)) >= 4.5, (name, fg, bg)
    panel = window.details.palette()
    assert contrast_ratio(panel.color(role.Text), panel.color(role.Base)) >= 4.5
    assert contrast_ratio(panel.color(role.Link), panel.color(role.Base)) >= 4.5
    css = window.details.document().defaultStyleSheet()
    muted = QtGui.QColor(css.split(".muted { color: ")[1][:7])
    assert contrast_ratio(muted, panel.color(role.Base)) >= 4.5
    style = window.timeline.chart.style
    for fg in (style.text, style.muted_text):
        assert contrast_ratio(QtGui.QColor(fg), QtGui.QColor(style.background)) >= 4.5
    for fill in (style.accent1_fill, style.accent2_fill, style.neutral_fill):
        assert contrast_ratio(QtGui.QColor(style.text), QtGui.QColor(fill)) >= 4.5
    window.set_theme("light")


def test_table_shares_the_selection(qtbot, window):
    window.commands["table"].trigger()
    assert window.table_dock.isVisible()
    window.session.select("session-93")
    index = window.table.currentIndex()
    assert window.table.source_model.record_id(index.row()) == "session-93"
    # Choosing a row in the table selects it on the timeline.
    target = window.table.source_model.row_of("sg-9")
    window.table.setCurrentIndex(window.table.source_model.index(target, 0))
    assert window.session.selected_id == "sg-9"
    assert window.timeline.chart.model.selected == window.session.layout.index_of("sg-9")


def test_table_sorts_dates_by_time(window):
    window.commands["table"].trigger()  # the table fills itself when first shown
    table = window.table
    model = table.source_model
    assert model.rowCount() == len(window.session.dataset.records)
    table.sortByColumn(2, QtCore.Qt.SortOrder.AscendingOrder)
    first = model.index(0, 2).data()
    assert first in ("unknown",)  # undated first
    days = [
        window.session.dataset.get(model.record_id(row)).start for row in range(model.rowCount())
    ]
    known = [d.first_day for d in days if d is not None]
    assert known == sorted(known)
    table.sortByColumn(2, QtCore.Qt.SortOrder.DescendingOrder)
    assert "2026" in model.index(0, 2).data()
    table.sortByColumn(0, QtCore.Qt.SortOrder.AscendingOrder)
    titles = [model.index(row, 0).data().casefold() for row in range(model.rowCount())]
    # Numbers in numeric order: the 2nd session before the 10th, the 7th before the 79th.
    numbered = [int(m.group()) for t in titles if (m := re.match(r"\d+", t))]
    assert len(numbered) > 90 and numbered == sorted(numbered)
    unnumbered = [t for t in titles if not re.match(r"\d", t)]
    assert unnumbered == sorted(unnumbered)
    # The selection follows its record through a sort.
    window.session.select("session-93")
    for column, order in (
        (5, QtCore.Qt.SortOrder.DescendingOrder),
        (0, QtCore.Qt.SortOrder.AscendingOrder),
        (2, QtCore.Qt.SortOrder.DescendingOrder),
    ):
        table.sortByColumn(column, order)
        assert model.record_id(table.currentIndex().row()) == "session-93"
        selected = table.selectionModel().selectedRows()
        assert [model.record_id(i.row()) for i in selected] == ["session-93"]
    window.session.select("sg-9")
    assert model.record_id(table.currentIndex().row()) == "sg-9"


def test_about_and_version_show_the_versions(window):
    import pyqtgraph
    import PySide6

    window.commands["about"].trigger()
    box = window.findChild(QtWidgets.QMessageBox, "message_box")
    text = box.text()
    for needle in (
        PySide6.__version__,
        pyqtgraph.__version__,
        QtCore.qVersion(),
        sys.version.split()[0],
        "Licence",
    ):
        assert needle in text
    box.close()
    out = subprocess.run(
        [sys.executable, "-m", "viewer", "--version"], capture_output=True, text=True
    ).stdout
    assert out.strip() in text


def test_unexpected_error_shows_a_dialog_and_logs(qtbot, window, tmp_path, monkeypatch):
    from viewer.app import errors

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    for handler in list(errors.log.handlers):
        errors.log.removeHandler(handler)
    try:
        raise RuntimeError("boom <b>")
    except RuntimeError as exc:
        errors.handle_exception(type(exc), exc, exc.__traceback__)
    box = (
        QtWidgets.QApplication.activeWindow().findChild(QtWidgets.QMessageBox, "error_box")
        if QtWidgets.QApplication.activeWindow()
        else None
    )
    boxes = [w for w in QtWidgets.QApplication.topLevelWidgets() if w.objectName() == "error_box"]
    box = box or (boxes[0] if boxes else None)
    assert box is not None and "boom <b>" in box.text()
    log_file = errors.log_path()
    assert str(log_file) in box.text()
    assert "RuntimeError: boom" in log_file.read_text()
    box.close()
    for handler in list(errors.log.handlers):
        errors.log.removeHandler(handler)
        handler.close()
    assert window.isVisible()  # the app keeps running


def test_full_screen_toggles(qtbot, window):
    window.commands["full_screen"].setChecked(True)
    assert window.isFullScreen()
    window.commands["full_screen"].setChecked(False)
    assert not window.isFullScreen()


def test_every_control_has_a_name_or_text(window):
    for widget in window.findChildren(QtWidgets.QWidget):
        if isinstance(
            widget,
            (
                QtWidgets.QLineEdit,
                QtWidgets.QTextBrowser,
                QtWidgets.QTableView,
                QtWidgets.QGraphicsView,
            ),
        ):
            assert widget.accessibleName(), widget

    def offered(action):
        """In one of our menus or a tool button of ours (not Qt's own extension buttons)."""
        return any(
            isinstance(o, QtWidgets.QMenu)
            or (isinstance(o, QtWidgets.QToolButton) and not o.objectName().startswith("qt_"))
            for o in action.associatedObjects()
        )

    actions = [
        a
        for a in window.findChildren(QtGui.QAction)
        if not a.isSeparator() and not a.objectName().startswith("_q_") and offered(a)
    ]
    assert len(actions) > 20
    for action in actions:
        assert action.text().replace("&", "").strip() or action.toolTip().strip(), action


def test_theme_switch_recolours_the_chart_at_once(window):
    from viewer.graphics.style import DARK, LIGHT

    window.timeline.set_x_range(*parse_range("1950:1970"))
    window.session.select("sg-3")
    i = window.session.layout.index_of("sg-3")
    assert (
        window.timeline.chart.model.look(i).fill.name() == QtGui.QColor(LIGHT.accent2_fill).name()
    )
    window.set_theme("dark")
    model = window.timeline.chart.model
    assert model.look(i).fill.name() == QtGui.QColor(DARK.accent2_fill).name()
    assert model.selected == i  # the selection survives
    assert window.timeline.x_range() == pytest.approx(parse_range("1950:1970"), abs=1)
    image = window.timeline.grab().toImage()
    pos = window.timeline.item_centre("sg-3")
    pixel = QtGui.QColor(image.pixel(pos.x() - 30, pos.y()))
    assert pixel.lightness() < 128  # drawn dark now, not the light fill
    window.set_theme("light")


def test_export_of_a_file_with_nothing_to_draw_says_so(qtbot, window, tmp_path, monkeypatch):
    """The window exported an empty 1970 chart where the command line refuses (a trial)."""
    from tests.conftest import open_and_wait

    path = tmp_path / "allbad.csv"
    path.write_text("title,start\nA,not a date\nB,1923-13-01\n", encoding="utf-8")
    open_and_wait(window, path)
    asked = []
    monkeypatch.setattr("viewer.app.exporting.choose_export", lambda *a, **k: asked.append(a))
    window.commands["export"].trigger()
    assert asked == []
    boxes = [
        w
        for w in QtWidgets.QApplication.topLevelWidgets() + window.findChildren(QtWidgets.QWidget)
        if w.objectName() == "message_box" and w.isVisible()
    ]
    assert boxes and "nothing to draw" in boxes[-1].text()
    assert "0 valid records, 2 errors" in boxes[-1].text()
    assert list(tmp_path.iterdir()) == [path]


def test_the_export_dialog_offers_the_years_of_the_file_shown(qtbot, window, tmp_path, monkeypatch):
    # A new user was offered 1923-2026 (the bundled record's years) for a file of 1800-2025
    from tests.conftest import open_and_wait

    path = tmp_path / "old.csv"
    path.write_text("title,start\nA,1801\nB,1899-05\n", encoding="utf-8")
    assert open_and_wait(window, path)
    asked = []
    monkeypatch.setattr("viewer.app.exporting.choose_export", lambda *a, **k: asked.append(a))
    window.commands["export"].trigger()
    offered = asked[0][0]
    assert (offered.from_year, offered.to_year) == (1801, 1899)


def test_a_file_with_nothing_to_draw_shows_no_dates(qtbot, window, tmp_path):
    # A new user saw an axis of 1970 under a file whose every record was refused
    from tests.conftest import open_and_wait

    def axis_text_pixels():
        axis = window.timeline.chart.date_axis
        rect = window.timeline.mapFromScene(axis.sceneBoundingRect()).boundingRect()
        image = window.timeline.grab(rect).toImage()
        return sum(
            1
            for x in range(image.width())
            for y in range(image.height() // 2, image.height())  # the labels, under the ticks
            if QtGui.QColor(image.pixel(x, y)).lightness() < 100
        )

    assert axis_text_pixels() > 100  # the bundled record's years
    path = tmp_path / "allbad.csv"
    path.write_text("title,start\nA,not a date\nB,1923-13-01\n", encoding="utf-8")
    open_and_wait(window, path)
    QtWidgets.QApplication.processEvents()
    # The axis line's ticks only, 4 px each (1970 and its months: 259)
    assert axis_text_pixels() < 60


def _click_header(table, column):
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QtTest.QTest.mouseClick(
        header.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=QtCore.QPoint(x, 5)
    )


def test_sorting_the_table_selects_nothing_and_keeps_the_selection_in_view(qtbot, window):
    # A trial: the first click on a header selected the first row (the chart and the
    # details panel moved to it), and after a sort the selected row was out of view
    window.commands["table"].trigger()
    table = window.table
    qtbot.waitExposed(table)
    table.setFocus()
    for column in (0, 6, 4):
        _click_header(table, column)
        assert window.session.selected_id is None, column
    window.session.select("president-12")
    for column in (4, 0, 2):
        _click_header(table, column)
        assert window.session.selected_id == "president-12"
        row = table.source_model.row_of("president-12")
        rect = table.visualRect(table.source_model.index(row, 0))
        assert table.viewport().rect().intersects(rect), column


def test_tab_leaves_the_table_without_selecting(qtbot, window):
    # A trial: each Tab in the table selected the next cell's row, and Tab never left it
    window.commands["table"].trigger()
    table = window.table
    qtbot.waitExposed(table)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    QtTest.QTest.keyClick(table, QtCore.Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert window.session.selected_id is None


def test_unselecting_the_tables_row_clears_the_selection_everywhere(qtbot, window):
    # A trial: Ctrl+Space cleared the table's selection, while the chart and the details
    # panel kept the record
    window.commands["table"].trigger()
    table = window.table
    qtbot.waitExposed(table)
    window.session.select("president-12")
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert table.selectionModel().selectedRows()
    QtTest.QTest.keyClick(
        table, QtCore.Qt.Key.Key_Space, QtCore.Qt.KeyboardModifier.ControlModifier
    )
    assert not table.selectionModel().selectedRows()
    assert window.session.selected_id is None
    assert window.timeline.chart.model.selected is None  # the chart's highlight too
    QtTest.QTest.keyClick(
        table, QtCore.Qt.Key.Key_Space, QtCore.Qt.KeyboardModifier.ControlModifier
    )
    assert window.session.selected_id == "president-12"  # selected again
