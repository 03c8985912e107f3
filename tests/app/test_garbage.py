"""Cyclic garbage is collected on the GUI thread, never by a worker that allocates."""

import threading

from PySide6 import QtTest


class _Node:
    """A member of a reference cycle that notes the thread it is freed in."""

    freed_in: list[str] = []

    def __init__(self) -> None:
        self.other = self

    def __del__(self) -> None:
        _Node.freed_in.append(threading.current_thread().name)


def test_a_cycle_dropped_on_the_gui_thread_is_not_freed_by_a_worker(qtbot):
    # A worker that allocated (the loader, the search index) ran the collector, which freed
    # a closed window's Qt objects in that thread: an abort later, in an unrelated test.
    _Node.freed_in.clear()
    _Node()  # garbage now, freed only by the cyclic collector

    def allocate() -> None:
        kept = [[i] for i in range(200_000)]  # thousands of allocations: collections due
        del kept

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert _Node.freed_in == []  # not freed by the worker
    held = [[i] for i in range(2_000)]  # the GUI thread allocates too: a collection due
    QtTest.QTest.qWait(1200)  # the GUI thread's collector runs each second
    del held
    assert _Node.freed_in == ["MainThread"]


def test_a_shown_file_is_kept_out_of_collections_and_freed_after_the_next(qtbot, window):
    # A full collection visited every reference of a large file's columns: a stall of
    # 90-170 ms at a million records every few seconds of panning.
    import gc
    import weakref

    from tests.conftest import open_and_wait
    from viewer.app.qt_setup import SETTLE_MS
    from viewer.core.paths import BUNDLED_DATA

    assert open_and_wait(window, BUNDLED_DATA)
    first = weakref.ref(window.session.dataset)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=SETTLE_MS + 3000)
    assert open_and_wait(window, BUNDLED_DATA.parent / "examples" / "institutions.json")
    qtbot.waitUntil(lambda: first() is None, timeout=SETTLE_MS + 3000)  # not kept frozen
