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
