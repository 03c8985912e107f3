"""Opening files in the window: background loading, drop, recent, reload, watch, report."""

import json
import shutil

from PySide6 import QtCore, QtGui, QtWidgets

from tests.conftest import MINI, generator, open_and_wait
from tests.documents import document
from viewer.core.paths import data_path
from viewer.core.ranges import parse_range


def _copy_mini(tmp_path):
    path = tmp_path / "mine.json"
    shutil.copy(MINI, path)
    return path


def test_background_open_with_every_example(qtbot, window):
    for example in sorted(data_path("examples").iterdir()):
        # The worker may finish before a test could connect to the task's signals, so
        # wait for what the user sees: the window showing the file.
        window.open_in_background(example)
        qtbot.waitUntil(
            lambda name=example.name: window.session.dataset.path.endswith(name), timeout=20000
        )
        assert window.session.dataset.path.endswith(example.name), example
        assert len(window.session.layout.ids) > 0, example
        assert example.name in window.windowTitle()
    assert window.recent_menu.actions()[0].text().endswith(example.name)


def _drag_and_drop(window, path):
    """Drag *path* over *window* and drop it, as Qt delivers a drop: the drag enter first
    (a drop follows only when it was accepted); returns whether it was."""
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(path))])
    pos = QtCore.QPointF(100, 100)
    enter = QtGui.QDragEnterEvent(
        pos.toPoint(),
        QtCore.Qt.DropAction.CopyAction,
        mime,
        QtCore.Qt.MouseButton.LeftButton,
        QtCore.Qt.KeyboardModifier.NoModifier,
    )
    QtWidgets.QApplication.sendEvent(window, enter)
    drop = QtGui.QDropEvent(
        pos,
        QtCore.Qt.DropAction.CopyAction,
        mime,
        QtCore.Qt.MouseButton.LeftButton,
        QtCore.Qt.KeyboardModifier.NoModifier,
    )
    QtWidgets.QApplication.sendEvent(window, drop)
    return enter.isAccepted()


def test_drop_a_file_on_the_window(qtbot, window, tmp_path):
    path = _copy_mini(tmp_path)
    assert _drag_and_drop(window, path)
    qtbot.waitUntil(lambda: window.session.dataset.path == str(path), timeout=20000)
    assert window.recent_menu.actions()[0].text().endswith("mine.json")


def test_open_recent_opens_the_file(qtbot, window, tmp_path):
    path = _copy_mini(tmp_path)
    assert open_and_wait(window, path)
    window.commands["open_bundled"].trigger()
    qtbot.waitUntil(lambda: window.session.dataset.path != str(path), timeout=20000)
    entry = window.recent_menu.actions()[0]
    assert entry.text() == str(path) and window.recent_menu.isEnabled()
    entry.trigger()
    qtbot.waitUntil(lambda: window.session.dataset.path == str(path), timeout=20000)
    assert window.session.path == str(path) and "mine.json" in window.windowTitle()


def test_text_dragged_over_the_window_is_not_taken(window):
    mime = QtCore.QMimeData()
    mime.setText("/not/a/file/url.json")
    enter = QtGui.QDragEnterEvent(
        QtCore.QPoint(100, 100),
        QtCore.Qt.DropAction.CopyAction,
        mime,
        QtCore.Qt.MouseButton.LeftButton,
        QtCore.Qt.KeyboardModifier.NoModifier,
    )
    QtWidgets.QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_reload_keeps_view_and_selection_and_follows_changes(qtbot, window, tmp_path):
    path = _copy_mini(tmp_path)
    assert open_and_wait(window, path)
    window.timeline.set_x_range(*parse_range("1920:1935"))
    window.session.select("s3")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["records"][2]["title"] = "3rd session, Oslo (edited)"
    path.write_text(json.dumps(doc), encoding="utf-8")
    # The watch on the file reloads it by itself.
    qtbot.waitUntil(
        lambda: window.session.dataset.get("s3").title.endswith("(edited)"), timeout=20000
    )
    assert window.session.selected_id == "s3"
    assert "(edited)" in window.details.plain_text()
    lo, hi = window.timeline.x_range()
    assert abs(lo - parse_range("1920:1935")[0]) < 2
    assert abs(hi - parse_range("1920:1935")[1]) < 2


def test_problems_go_to_the_report_and_select_records(qtbot, window, tmp_path):
    doc = json.loads(MINI.read_text(encoding="utf-8"))
    doc["records"].append(
        {
            "id": "bad",
            "kind": "session",
            "lane": "sessions",
            "title": "x",
            "start": "1923-02-31",
            "sources": ["https://e.org"],
        }
    )
    doc["records"][2]["related"] = ["nowhere"]
    path = tmp_path / "problems.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert open_and_wait(window, path)
    assert window.report_dock.isVisibleTo(window)
    assert (
        window.status_bits.problems_button.text()
        == "Load report: 1 error (records left out), 1 warning"
    )
    with qtbot.waitSignal(window.report.record_activated):
        for row in range(window.report.table.rowCount()):
            if "s3" in " ".join(
                window.report.table.item(row, c).text()
                for c in range(window.report.table.columnCount())
                if window.report.table.item(row, c)
            ):
                window.report.table.setCurrentCell(row, 0)
                break
    assert window.session.selected_id == "s3"


def test_file_without_valid_records_shows_the_reasons(window, tmp_path):
    path = tmp_path / "none.json"
    path.write_text(
        json.dumps(
            document(
                [
                    {
                        "id": "x",
                        "kind": "event",
                        "lane": "a",
                        "title": "x",
                        "start": "2020-13",
                        "sources": ["https://e.org"],
                    }
                ]
            )
        )
    )
    assert open_and_wait(window, path)
    text = window.details.plain_text()
    assert "No record could be loaded" in text and "2020-13" in text


def test_csv_opens_through_the_window(window, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text(
        "id,title,start,end,lane\na,First <one>,1914,1918,War\nb,Second,1939,1945,War\n",
        encoding="utf-8",
    )
    assert open_and_wait(window, path)
    assert window.session.dataset.get("a").title == "First <one>"
    window.session.select("a")
    assert "First <one>" in window.details.plain_text()


def test_reload_keeps_hidden_lanes_and_statuses(qtbot, window, tmp_path):
    path = _copy_mini(tmp_path)
    assert open_and_wait(window, path)
    lane = window.session.dataset.lanes[-1].id
    status = next(iter({r.status for r in window.session.dataset.records if r.status}))
    window.session.set_lane_visible(lane, False)
    window.session.set_status_visible(status, False)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["records"][2]["title"] = "edited"
    path.write_text(json.dumps(doc), encoding="utf-8")
    window.commands["reload"].trigger()
    qtbot.waitUntil(
        lambda: window.session.dataset.get(doc["records"][2]["id"]).title == "edited", timeout=20000
    )
    assert (
        lane in window.session.state.hidden_lanes and status in window.session.state.hidden_statuses
    )
    drawn = [window.session.dataset.get(i) for i in window.session.layout.ids]
    assert all(r.lane != lane and r.status != status for r in drawn)
    checked = {a.data(): a.isChecked() for a in window.lanes_menu.actions()}
    assert checked[lane] is False


def _visible_boxes():
    from PySide6 import QtWidgets

    return [
        w
        for w in QtWidgets.QApplication.topLevelWidgets()
        if w.objectName() == "message_box" and w.isVisible()
    ]


def _close_boxes():
    for box in _visible_boxes():
        box.close()


def test_a_broken_save_says_the_last_good_data_is_still_shown(qtbot, window, tmp_path):
    _close_boxes()
    path = _copy_mini(tmp_path)
    assert open_and_wait(window, path)
    window.session.select("s3")
    good = path.read_text(encoding="utf-8")
    path.write_text(good[:40], encoding="utf-8")  # an editor saved half the file
    # The watch on the file reloads it by itself.
    qtbot.waitUntil(lambda: bool(_visible_boxes()), timeout=20000)
    box = _visible_boxes()[0]
    assert box.windowTitle() == "Could not reload the file"
    text = box.text()
    assert text.startswith(f"{path}: ") and "invalid JSON" in text  # file and place
    assert "The last good data of mine.json, read at " in text and "is still shown" in text
    assert "last good data is still shown" in window.statusBar().currentMessage()
    assert window.session.dataset.path == str(path) and window.session.selected_id == "s3"
    assert len(window.session.dataset.records) > 3
    # Saved whole again: it loads, and the stale message goes away by itself.
    path.write_text(
        good.replace("3rd session, Oslo", "3rd session, Oslo (fixed)"), encoding="utf-8"
    )
    qtbot.waitUntil(
        lambda: window.session.dataset.get("s3").title.endswith("(fixed)"), timeout=20000
    )
    assert not _visible_boxes()


def test_an_internal_error_during_a_reload_names_the_file_and_place(
    qtbot, window, tmp_path, monkeypatch
):
    _close_boxes()
    path = _copy_mini(tmp_path)
    assert open_and_wait(window, path)

    def buggy(path, *, date_format, progress):
        return {}["lanes"]

    monkeypatch.setattr("viewer.app.loader.load_any", buggy)
    window.commands["reload"].trigger()
    qtbot.waitUntil(lambda: bool(_visible_boxes()), timeout=20000)
    text = _visible_boxes()[0].text()
    assert text.startswith(
        f"{path}: internal error while reading (KeyError: 'lanes' at test_open_files.py:"
    )
    assert "The last good data of mine.json" in text and "is still shown" in text
    assert window.session.dataset.path == str(path) and len(window.session.layout.ids) > 3
    _close_boxes()


def test_a_removed_file_keeps_its_last_good_data(qtbot, window, tmp_path):
    path = _copy_mini(tmp_path)
    assert open_and_wait(window, path)
    path.unlink()
    window.commands["reload"].trigger()
    assert (
        "mine.json is no longer there; the last good data is still shown"
        in window.statusBar().currentMessage()
    )
    assert window.session.dataset.path == str(path) and len(window.session.layout.ids) > 3


def test_a_reload_without_any_valid_record_keeps_the_last_good_data(qtbot, window, tmp_path):
    _close_boxes()
    path = _copy_mini(tmp_path)
    assert open_and_wait(window, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    for record in doc["records"]:
        record["start"] = "1923-02-31"
    path.write_text(json.dumps(doc), encoding="utf-8")
    window.commands["reload"].trigger()
    qtbot.waitUntil(lambda: bool(_visible_boxes()), timeout=20000)
    text = _visible_boxes()[0].text()
    assert text.startswith(f"{path}: no valid record any more (")
    assert "1923-02-31" in text and "is still shown" in text
    assert len(window.session.layout.ids) > 3 and window.session.dataset.path == str(path)
    _close_boxes()


def test_drop_a_partitioned_parquet_folder(qtbot, window, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path / "dataset"
    pq.write_to_dataset(
        pa.table(
            {
                "id": ["a", "b", "c"],
                "title": ["A", "B", "C"],
                "start": ["1923", "1950", "1960"],
                "lane": ["North", "South", "North"],
            }
        ),
        folder,
        partition_cols=["lane"],
    )
    assert _drag_and_drop(window, folder)
    qtbot.waitUntil(lambda: window.session.dataset.path == str(folder), timeout=20000)
    assert sorted(window.session.layout.ids) == ["a", "b", "c"]
    assert {lane.title for lane in window.session.dataset.lanes} == {"North", "South"}


def test_the_panel_says_which_file_loads_while_nothing_is_shown(qtbot, tmp_path):
    # A new user saw "No data loaded. Use File › Open…" beside the progress of a load
    from tests.documents import record
    from viewer.app.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    path = tmp_path / "first.json"
    path.write_text(json.dumps(document([record("r")], title="First")), encoding="utf-8")
    task = window.open_in_background(path)
    assert "Loading first.json…" in window.details.plain_text()
    qtbot.waitUntil(lambda: not task.is_running(), timeout=20000)
    qtbot.waitUntil(lambda: "First" in window.details.plain_text(), timeout=5000)
    assert open_and_wait(window, path)  # a second load of a shown file leaves the panel be
    assert "Loading" not in window.details.plain_text()


def test_the_progress_dialog_says_when_records_are_placed_in_lanes(qtbot, window, tmp_path):
    # A second new user saw the bar full for seconds with nothing saying what went on
    generate = generator()
    path = tmp_path / "placed.json"
    # Long enough to read (tenths of a second) that the test connects before it is read.
    path.write_text(json.dumps(generate.generate_document(20_000, seed=1)), encoding="utf-8")
    labels = []
    task = window.open_in_background(path)
    progress = window.findChild(QtWidgets.QProgressDialog, "load_progress")
    label = progress.findChild(QtWidgets.QLabel)
    task.placing.connect(lambda _n: labels.append(label.text()))
    # Shown whole: the dialog grows to it (a trial read "…records of synthetic-1").
    shown = []
    task.placing.connect(
        lambda _n: QtCore.QTimer.singleShot(
            0,
            lambda: shown.append(
                label.width() >= min(label.sizeHint().width(), label.maximumWidth())
                and label.height() >= label.heightForWidth(label.width())
            ),
        )
    )
    qtbot.waitUntil(lambda: not task.is_running(), timeout=30000)
    assert labels == ["Placing the 20,000 records of placed.json in lanes…"]
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [True]


def test_an_empty_table_leaves_no_record_out_and_shows_no_range(qtbot, window, tmp_path):
    # A trial's empty Parquet file: "Load report: 1 error (records left out)", "Showing
    # 1 Jan 1970 – 31 Dec 1970" over an empty axis, and CSV words ("under the header")
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "empty.parquet"
    empty = pa.array([], pa.string())
    pq.write_table(pa.table({"id": empty, "title": empty, "start": empty}), path)
    open_and_wait(window, path)
    qtbot.waitUntil(lambda: window.status_bits.problems_button.isVisibleTo(window))
    assert window.status_bits.problems_button.text() == "Load report: 1 error"
    assert not window.status_bits.range_label.isVisibleTo(window)
    assert "the table has no rows" in window.details.plain_text()
    assert open_and_wait(window, MINI)  # a file with records: its range again
    assert window.status_bits.range_label.isVisibleTo(window)
    assert window.status_bits.range_label.text().startswith("Showing ")


def test_a_long_file_name_is_cut_in_the_loading_dialog(qtbot, window, tmp_path):
    # A trial: a long name without spaces made the dialog wider than the screen, and only
    # the "C" of Cancel showed
    path = tmp_path / ("x" * 120 + "-end.json")
    path.write_text(json.dumps(generator().generate_document(2_000, seed=1)), encoding="utf-8")
    task = window.open_in_background(path)
    progress = window.findChild(QtWidgets.QProgressDialog, "load_progress")
    label = progress.findChild(QtWidgets.QLabel)
    assert "…" in label.text() and label.text().endswith("-end.json…")
    assert progress.sizeHint().width() < 900
    qtbot.waitUntil(lambda: not task.is_running(), timeout=30000)


def _write_part(folder, lane, ids):
    import pyarrow as pa
    import pyarrow.parquet as pq

    part = folder / f"lane={lane}"
    part.mkdir(parents=True, exist_ok=True)
    table = pa.table({"id": ids, "title": ids, "start": ["2000"] * len(ids)})
    pq.write_table(table, part / "part-0.parquet")


def test_a_folder_of_parquet_files_opens_reloads_and_is_remembered(
    qtbot, window, tmp_path, monkeypatch
):
    """File › Open Folder opens a partitioned table; a file added in a new partition is
    read by itself (the watch covers the folder's folders) and by F5, which said the
    folder was "no longer there"; the folder is in File › Open Recent (a new user's
    findings)."""
    folder = tmp_path / "table"
    _write_part(folder, "A", ["a1", "a2"])
    monkeypatch.setattr(
        QtWidgets.QFileDialog, "getExistingDirectory", lambda *args, **kw: str(folder)
    )
    window.commands["open_folder"].trigger()
    qtbot.waitUntil(lambda: window.session.path == str(folder), timeout=20000)
    assert len(window.session.dataset.records) == 2
    _write_part(folder, "B", ["b1"])
    qtbot.waitUntil(lambda: len(window.session.dataset.records) == 3, timeout=20000)
    _write_part(folder, "C", ["c1"])
    window.commands["reload"].trigger()
    qtbot.waitUntil(lambda: len(window.session.dataset.records) == 4, timeout=20000)
    assert "no longer there" not in window.statusBar().currentMessage()
    window.commands["open_bundled"].trigger()
    qtbot.waitUntil(lambda: window.session.path != str(folder), timeout=20000)
    assert window.recent_menu.actions()[0].text() == str(folder)


def test_a_reload_while_a_newer_files_result_is_on_its_way_keeps_the_newer_file(qtbot, window):
    """A CI run on a loaded machine: File > Open Bundled's load had ended in its worker,
    its result not yet shown, when the folder's watch asked for a reload of the file
    shown; that reload read the old file again and the bundled record, superseded, was
    never shown. A reload waits for the load whose result is on its way."""
    import time

    assert open_and_wait(window, MINI)
    task = window.opener.open(data_path("interpol.json"))
    while task.is_running():  # the worker ends; its result waits for this thread
        time.sleep(0.01)
    window.opener.reload()  # as the watch of the file shown would
    qtbot.waitUntil(lambda: window.session.path == str(data_path("interpol.json")), timeout=20000)
    qtbot.wait(300)  # anything the reload started would have replaced it by now
    assert window.session.path == str(data_path("interpol.json"))
    assert len(window.session.dataset.records) == 180
