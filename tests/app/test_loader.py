"""Loading off the GUI thread: result, progress, failure, cancellation."""

import threading

import pytest
from PySide6 import QtCore

from viewer.app.loader import LoadTask
from viewer.core.loading import LoadResult


@pytest.fixture
def pool():
    pool = QtCore.QThreadPool()
    yield pool
    pool.waitForDone()


def _record(task):
    seen = []
    for name in ("progress", "placing", "finished", "failed", "cancelled"):
        getattr(task, name).connect(lambda *args, name=name: seen.append((name, args)))
    return seen


def test_loads_in_a_worker_and_reports_progress(qtbot, pool, tmp_path):
    path = tmp_path / "big.csv"
    rows = "\n".join(f"r{i},Record {i},{1900 + i % 100}" for i in range(1200))
    path.write_text("id,title,start\n" + rows + "\n", encoding="utf-8")
    task = LoadTask(path, pool=pool)
    seen = _record(task)
    with qtbot.waitSignal(task.finished, timeout=20000) as blocker:
        task.start()
    result = blocker.args[0]
    assert isinstance(result, LoadResult) and len(result.dataset.records) == 1200
    progress = [args for name, args in seen if name == "progress"]
    assert progress[0] == (0, 0) and progress[-1] == (1200, 1200)
    done = [d for d, _t in progress]
    assert done == sorted(done) and len(progress) >= 3
    # the records read, then placed in lanes (a step without progress), then shown
    assert [(name, args) for name, args in seen if name != "progress"] == [
        ("placing", (1200,)),
        ("finished", (result,)),
    ]
    assert not task.is_running()


def test_declared_date_format_reaches_the_loader(qtbot, pool, tmp_path):
    path = tmp_path / "slash.csv"
    path.write_text("id,title,start\na,A,03/04/1923\n", encoding="utf-8")
    task = LoadTask(path, date_format="DMY", pool=pool)
    with qtbot.waitSignal(task.finished, timeout=20000) as blocker:
        task.start()
    assert blocker.args[0].dataset.get("a").start.text == "1923-04-03"


def test_unusable_file_fails_with_a_message(qtbot, pool, tmp_path):
    task = LoadTask(tmp_path / "missing.json", pool=pool)
    seen = _record(task)
    with qtbot.waitSignal(task.failed, timeout=20000) as blocker:
        task.start()
    assert "missing.json" in blocker.args[0] and "not found" in blocker.args[0]
    assert [name for name, _ in seen if name != "progress"] == ["failed"]


def test_a_reader_bug_is_reported_not_raised(qtbot, pool):
    def broken(path, *, date_format, progress):
        raise ZeroDivisionError("oops")

    task = LoadTask("x.csv", loader=broken, pool=pool)
    with qtbot.waitSignal(task.failed, timeout=20000) as blocker:
        task.start()
    message = blocker.args[0]
    # Names the file and the place, and says whose fault it is.
    assert message.startswith("x.csv: internal error while reading (ZeroDivisionError: oops at ")
    assert "test_loader.py:" in message and "not of the file" in message


def test_cancel_stops_the_load(qtbot, pool):
    gate = threading.Event()
    reached_end = []

    def slow(path, *, date_format, progress):
        progress(1, 10)
        gate.wait(10)
        progress(2, 10)  # raises LoadCancelled once cancel() was called
        reached_end.append(True)
        return None

    task = LoadTask("big.json", loader=slow, pool=pool)
    seen = _record(task)

    def on_progress(done, total):
        task.cancel()
        gate.set()

    task.progress.connect(on_progress)
    with qtbot.waitSignal(task.cancelled, timeout=20000):
        task.start()
    pool.waitForDone()
    assert reached_end == []
    assert [name for name, _ in seen if name != "progress"] == ["cancelled"]


def test_a_load_cancelled_while_placing_is_cancelled_not_shown(qtbot, pool, monkeypatch):
    """A load cancelled by another open while it placed its records (after its last
    progress report) still said "finished": on a loaded machine the older file was shown
    over the newer one (a test's folder came back after File › Open Bundled)."""
    from viewer.app import loader
    from viewer.core.paths import BUNDLED_DATA

    task = LoadTask(BUNDLED_DATA, pool=pool)
    seen = _record(task)
    real = loader.layout_for

    def cancelled_meanwhile(dataset):
        task.cancel()  # as File › Open of another file does, from the GUI thread
        return real(dataset)

    monkeypatch.setattr(loader, "layout_for", cancelled_meanwhile)
    with qtbot.waitSignal(task.cancelled, timeout=20000):
        task.start()
    pool.waitForDone()
    assert [name for name, _ in seen if name not in ("progress", "placing")] == ["cancelled"]


def test_the_indexes_of_a_selection_are_built_by_the_worker_not_by_a_click(
    qtbot, window, monkeypatch
):
    from tests.conftest import open_and_wait
    from viewer.core import relations_index
    from viewer.core.paths import BUNDLED_DATA

    built_in = []
    original = relations_index.RelationIndex.__init__

    def recording_init(self, records):
        built_in.append(threading.current_thread())
        original(self, records)

    monkeypatch.setattr(relations_index.RelationIndex, "__init__", recording_init)
    assert open_and_wait(window, BUNDLED_DATA)
    assert len(built_in) == 1 and built_in[0] is not threading.main_thread()
    window.timeline.ensure_visible("session-92")
    point = window.timeline.item_centre("session-92")
    qtbot.mouseClick(window.timeline.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=point)
    assert window.session.selected_id == "session-92"
    assert "President in office" in window.details.plain_text()
    assert len(built_in) == 1  # the click used the index built while loading


def test_what_a_load_will_import_is_imported_before_its_worker_starts(tmp_path):
    # A first import in a worker thread while the window painted crashed the app
    # (PySide's import hook); the loader imports those modules before it starts.
    from viewer.app.preload import LARGE_FILE_BYTES, modules_for_file

    small = tmp_path / "small.json"
    small.write_text("{}", encoding="utf-8")
    parquet = tmp_path / "t.parquet"
    parquet.write_bytes(b"PAR1")
    big = tmp_path / "big.json"
    with big.open("wb") as f:
        f.truncate(LARGE_FILE_BYTES)
    assert modules_for_file(small) == ()
    assert "pyarrow.parquet" in modules_for_file(parquet)
    assert "numba" not in modules_for_file(parquet)
    assert modules_for_file(big) == ("numba",)
    assert "pyarrow" in modules_for_file(tmp_path) and "numba" in modules_for_file(tmp_path)
    assert modules_for_file(tmp_path / "missing.json") == ()
