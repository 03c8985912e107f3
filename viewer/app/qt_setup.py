"""Create the QApplication once, with the bundled fonts and pyqtgraph's options."""

from __future__ import annotations

import os
import sys

from viewer.core.paths import resource_path

_fonts_loaded: list[bool] = []
_collector: list[object] = []


#: Harmless messages of Qt's offscreen platform, not worth a user's attention.
_KNOWN_MESSAGES = ("This plugin does not support propagateSizeHints",)


def _quiet_known_messages(mode, context, message: str) -> None:  # type: ignore[no-untyped-def]
    if not message.startswith(_KNOWN_MESSAGES):
        sys.stderr.write(message + "\n")


def ensure_app(offscreen: bool = False):  # type: ignore[no-untyped-def]
    """Return the running ``QApplication``, creating it if needed.

    With *offscreen* true (or no display available on Linux) the offscreen platform is
    used, so exports and screenshots need no display. Sets ``PYQTGRAPH_QT_LIB`` so
    pyqtgraph binds to PySide6, and registers the bundled DejaVu fonts so that text looks
    the same on every machine.
    """
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    if offscreen or (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import QtCore, QtGui, QtWidgets

    app = QtWidgets.QApplication.instance()
    if app is None:
        QtCore.qInstallMessageHandler(_quiet_known_messages)
        app = QtWidgets.QApplication(sys.argv[:1])
        app.setApplicationName("Timeline Viewer")
        app.setOrganizationName("timeline-viewer")
        app.setDesktopFileName("timeline-viewer")
    if not _fonts_loaded:
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            QtGui.QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        _fonts_loaded.append(True)
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    return app


def collect_garbage_on_gui_thread():  # type: ignore[no-untyped-def]
    """From now on, Python's cyclic garbage is collected only on the GUI thread, by a timer
    (each second, generation by generation once its count passes its threshold), never
    by a worker thread that happens to allocate (the loader, the map's, the search index's).

    Collected in a worker, a cycle holding Qt objects (a window closed earlier, its graphics
    items, pixmaps and timers) is destroyed in the wrong thread, which Qt does not allow
    and which corrupts its state: an abort or a segmentation fault at some later, unrelated
    moment (seen in the test suite, once a file loaded in the background). This is
    pyqtgraph's :class:`~pyqtgraph.util.garbage_collector.GarbageCollector` (automatic
    collection disabled, collection on a timer). Returns it (made once; its ``check()``
    collects what is due now); call with a QApplication running.
    """
    if not _collector:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _collector.append(GarbageCollector(interval=1.0))
    return _collector[0]


SETTLE_MS = 0
"""How long after a file's first paint :func:`settle_garbage` runs (milliseconds): at
once. Later, the collector's own full collections came first: a stall of a second at ten
million records while the user panned (1.5 s after the file was shown). Before the first
paint, its full collection held that paint back (1.2 s at ten million records)."""


def hold_garbage() -> None:
    """Keep every object alive now (a file just loaded, and what the file before it left)
    out of the collector's way until :func:`settle_garbage` runs (``gc.freeze``, O(1)): the
    collector of :func:`collect_garbage_on_gui_thread` then visits only what comes after,
    and a file's first paint does not wait for a full collection of its columns."""
    import gc

    gc.freeze()


def settle_garbage() -> None:
    """Collect the garbage a file shown before left, then keep every object alive now
    (a file just shown: its records and columns) out of later collections (``gc.freeze``).

    A full collection visits every reference the file's columns hold: 90-170 ms at a
    million records, about a second at ten million, a stall of the window every few
    seconds while the user pans (the collector of :func:`collect_garbage_on_gui_thread`
    runs one each time enough objects came and went). Frozen, they are not visited again
    until the next file is shown, when they are unfrozen and what is garbage by then is
    collected here, once, right after that file's first paint (:data:`SETTLE_MS`; until
    then :func:`hold_garbage` keeps them out).
    """
    import gc

    gc.unfreeze()
    gc.collect()
    gc.freeze()
