"""The window always starts: the start-up file loads in the background, guarded, and a file
that fails (or a bug while reading or showing it) leaves a usable window with a message."""

import json
import shutil

import pytest
from PySide6 import QtCore, QtTest, QtWidgets

from tests.conftest import MINI, open_and_wait
from viewer.app.main_window import MainWindow
from viewer.app.start_up import open_at_start
from viewer.core.paths import BUNDLED_DATA


def _boxes():
    return [
        w
        for w in QtWidgets.QApplication.topLevelWidgets()
        if w.objectName() == "message_box" and w.isVisible()
    ]


@pytest.fixture
def fresh(qtbot):
    for box in _boxes():
        box.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    return window


def test_a_broken_start_up_file_gives_an_empty_window_with_the_message(qtbot, fresh, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"records": [', encoding="utf-8")
    open_at_start(fresh, path)
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=20000)
    text = _boxes()[0].text()
    assert text.startswith(f"{path}: line 1") and "invalid JSON" in text
    assert "No data is shown" in text
    assert fresh.isVisible() and fresh.session.dataset is None
    assert "Could not open the file" in fresh.details.plain_text()
    assert str(path) in fresh.details.plain_text()
    assert "broken.json (not opened)" in fresh.windowTitle()
    # ... and the window is usable: the bundled record opens from the File menu.
    fresh.commands["open_bundled"].trigger()
    qtbot.waitUntil(lambda: fresh.session.dataset is not None, timeout=20000)
    assert fresh.session.dataset.path == str(BUNDLED_DATA)


def test_a_bug_while_reading_is_a_message_naming_the_file_and_place(
    qtbot, fresh, tmp_path, monkeypatch
):
    def broken_reader(path, *, date_format, progress):
        raise AssertionError("a reader bug")

    monkeypatch.setattr("viewer.app.loader.load_any", broken_reader)
    open_at_start(fresh, tmp_path / "any.json")
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=20000)
    text = _boxes()[0].text()
    assert text.startswith(
        f"{tmp_path / 'any.json'}: internal error while reading "
        "(AssertionError: a reader bug at test_startup.py:"
    )
    assert "not of the file" in text and "log" in text
    assert fresh.isVisible()


def test_start_up_applies_range_and_selection_once_loaded(qtbot, fresh):
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.search.setFocus()  # where a window's first focus may be (as on X11)
    open_at_start(fresh, BUNDLED_DATA, x_range=(14610.0, 20089.0), select="session-93")
    qtbot.waitUntil(lambda: fresh.session.selected_id == "session-93", timeout=20000)
    assert "Marrakech" in fresh.details.plain_text()
    # The arrow keys step from it at once (they did nothing until the chart was clicked:
    # a trial)
    QtTest.QTest.keyClick(QtWidgets.QApplication.focusWidget(), QtCore.Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: fresh.session.selected_id == "session-92", timeout=5000)


def test_an_unknown_selection_at_start_is_said_in_the_status_bar(qtbot, fresh):
    open_at_start(fresh, BUNDLED_DATA, select="no-such-id")
    qtbot.waitUntil(lambda: fresh.session.dataset is not None, timeout=20000)
    assert "no record with id 'no-such-id'" in fresh.statusBar().currentMessage()
    assert fresh.session.selected_id is None


def test_a_range_the_window_cannot_show_is_said_in_the_status_bar(qtbot, fresh):
    from viewer.core.ranges import parse_range

    open_at_start(fresh, BUNDLED_DATA, x_range=parse_range("1500:1600"))
    qtbot.waitUntil(lambda: fresh.session.dataset is not None, timeout=20000)
    message = fresh.statusBar().currentMessage()
    assert message.startswith("--range 1500 – 1600: the window shows"), message
    fresh.statusBar().clearMessage()
    inside = parse_range("1950:1960")
    open_at_start(fresh, BUNDLED_DATA, x_range=inside)
    qtbot.waitUntil(lambda: abs(fresh.timeline.x_range()[0] - inside[0]) < 1, timeout=20000)
    assert "--range" not in fresh.statusBar().currentMessage()


def test_a_selection_outside_the_range_asked_for_is_said_in_the_status_bar(qtbot, fresh):
    # --range 1950:1960 --select session-93 (2024) moved the view to 2024 without a word
    from viewer.core.ranges import parse_range

    open_at_start(fresh, BUNDLED_DATA, x_range=parse_range("1950:1960"), select="session-93")
    qtbot.waitUntil(lambda: fresh.session.selected_id == "session-93", timeout=20000)
    message = fresh.statusBar().currentMessage()
    assert message.startswith("--select 'session-93' is outside --range 1950 – 1960"), message
    assert "the window shows" in message
    # A range the window cannot show is quoted as asked, not as the view near the data
    fresh.statusBar().clearMessage()
    fresh.session.select(None)
    open_at_start(fresh, BUNDLED_DATA, x_range=parse_range("1500:1600"), select="session-93")
    qtbot.waitUntil(lambda: fresh.session.selected_id == "session-93", timeout=20000)
    message = fresh.statusBar().currentMessage()
    assert message.startswith("--select 'session-93' is outside --range 1500 – 1600"), message
    # A selection inside the range moves nothing and says nothing
    fresh.statusBar().clearMessage()
    fresh.session.select(None)
    open_at_start(fresh, BUNDLED_DATA, x_range=parse_range("2020:2026"), select="session-93")
    qtbot.waitUntil(lambda: fresh.session.selected_id == "session-93", timeout=20000)
    assert "--select" not in fresh.statusBar().currentMessage()


def test_files_opened_at_start_are_in_open_recent_and_the_bundled_one_in_file(
    qtbot, fresh, tmp_path
):
    path = tmp_path / "mine.json"
    shutil.copy(MINI, path)
    open_at_start(fresh, path)
    qtbot.waitUntil(lambda: fresh.session.dataset is not None, timeout=20000)
    assert fresh.recent_menu.actions()[0].text() == str(path)
    file_menu = fresh.menuBar().actions()[0].menu()
    assert "Open &Bundled Record" in [a.text() for a in file_menu.actions()]
    fresh.commands["open_bundled"].trigger()
    qtbot.waitUntil(lambda: fresh.session.dataset.path == str(BUNDLED_DATA), timeout=20000)
    # The bundled record has its own entry; Open Recent keeps the user's files.
    assert [a.text() for a in fresh.recent_menu.actions()][0] == str(path)


def test_a_bug_while_showing_a_file_keeps_the_data_shown(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "mine.json"
    shutil.copy(MINI, path)
    for box in _boxes():
        box.close()

    real_set_dataset = window.table.set_dataset
    calls = []

    def broken_once(dataset):
        calls.append(dataset.path)
        if len(calls) == 1:
            raise KeyError("lane")
        real_set_dataset(dataset)

    monkeypatch.setattr(window.table, "set_dataset", broken_once)
    assert not open_and_wait(window, path)
    assert calls == [str(path), str(BUNDLED_DATA)]  # the bundled record was shown again
    text = _boxes()[0].text()
    assert text.startswith(f"{path}: internal error while showing (KeyError: 'lane' at ")
    assert "interpol.json is still shown" in text
    assert window.session.dataset.path == str(BUNDLED_DATA)
    assert len(window.session.layout.ids) > 100
    assert "interpol.json" in window.windowTitle()
    json.loads(path.read_text())  # the file itself was fine and is untouched


@pytest.mark.parametrize(("size", "shown"), [((1400, 1000), True), ((900, 560), False)])
def test_a_first_start_fills_the_empty_height_with_the_records_table(qtbot, size, shown):
    """Three trials found half the window empty under the chart: at a first start (no
    saved dock layout) the records table takes the height the lanes leave, when there is
    enough of it; the lanes still fit without scrolling."""
    from PySide6 import QtCore

    from viewer.app import settings

    settings.WINDOW_STATE.set(QtCore.QByteArray())  # a first start
    settings.WINDOW_GEOMETRY.set(QtCore.QByteArray())
    window = MainWindow()
    qtbot.addWidget(window)
    window.restore_settings()
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    open_at_start(window, BUNDLED_DATA)
    qtbot.waitUntil(lambda: window.session.dataset is not None, timeout=20000)
    if shown:
        qtbot.waitUntil(window.table_dock.isVisible, timeout=5000)
        qtbot.waitUntil(lambda: window.timeline.spare_height_px() < 40, timeout=5000)
        assert window.timeline.chart.max_y_top() <= -0.25  # every lane in view
    else:
        qtbot.wait(200)
        assert not window.table_dock.isVisible()


def test_a_first_start_on_a_file_with_errors_fills_the_empty_height_too(qtbot, tmp_path):
    """A file with bad records shows the load report's tab beside the table's: the dock
    stayed short, under 270 px of empty chart (a new user's finding). It grows into the
    empty height as well."""
    from PySide6 import QtCore

    from tests.documents import record, write
    from viewer.app import settings

    lanes = [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}]
    records = [record("one", lane="a"), record("two", "1990", lane="b"), record("bad", "x")]
    path = write(tmp_path / "mine.json", records, lanes=lanes)
    settings.WINDOW_STATE.set(QtCore.QByteArray())  # a first start
    settings.WINDOW_GEOMETRY.set(QtCore.QByteArray())
    window = MainWindow()
    qtbot.addWidget(window)
    window.restore_settings()
    window.resize(1400, 1000)
    window.show()
    qtbot.waitExposed(window)
    open_at_start(window, str(path))
    qtbot.waitUntil(lambda: window.session.dataset is not None, timeout=20000)
    qtbot.waitUntil(window.report_dock.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: window.timeline.spare_height_px() < 40, timeout=5000)
    assert window.timeline.chart.max_y_top() <= -0.25  # every lane in view
    qtbot.waitUntil(lambda: not window.report_dock.visibleRegion().isEmpty())  # raised
    assert window.table_dock in window.tabifiedDockWidgets(window.report_dock)
