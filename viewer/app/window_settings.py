"""The window's own settings: its geometry and dock layout, and the view of the last file
(range and hidden lanes), saved at close and restored at start. Every key is declared in
:mod:`viewer.app.settings`; this module only reads and writes them for the window.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6 import QtCore, QtGui, QtWidgets

from viewer.app import settings
from viewer.core.i18n import translate
from viewer.core.ranges import usable_view_range


def default_size() -> QtCore.QSize:
    """1400 x 860 px, or 90 % of a smaller screen."""
    screen = QtGui.QGuiApplication.primaryScreen()
    if screen is None:
        return QtCore.QSize(1400, 860)
    room = screen.availableGeometry().size()
    return QtCore.QSize(min(1400, int(room.width() * 0.9)), min(860, int(room.height() * 0.9)))


def restore_window(window: QtWidgets.QMainWindow) -> tuple[str, bool]:
    """Give *window* its saved geometry and dock layout (a missing one leaves it as it is);
    returns the saved theme name (``system``, ``light`` or ``dark``) and whether a dock
    layout was restored."""
    geometry = settings.WINDOW_GEOMETRY.get()
    if not geometry.isEmpty():
        window.restoreGeometry(geometry)
    state = settings.WINDOW_STATE.get()
    restored = not state.isEmpty() and window.restoreState(state)
    return settings.THEME.get(), restored


def saved_view(
    path: str, full_range: tuple[float, float]
) -> tuple[frozenset[str], tuple[float, float] | None]:
    """The view saved for the file *path*: ``(hidden lane ids, range in days or None)``;
    nothing when another file was open last. A saved range that does not suit
    *full_range* (days) is dropped with a note in the log."""
    if not path or settings.LAST_FILE.get() != path:
        return frozenset(), None
    hidden = frozenset(settings.HIDDEN_LANES.get())
    saved = settings.VIEW_RANGE.get()
    usable = usable_view_range(saved, *full_range)
    if usable is None and saved:
        settings.log.warning(
            "settings: view/range %r does not suit %s; showing it all", saved, path
        )
    return hidden, usable


def save_window(
    window: QtWidgets.QMainWindow,
    path: str,
    x_range: tuple[float, float],
    hidden_lanes: Iterable[str],
    lanes_fitted: bool = False,
) -> None:
    """Store *window*'s geometry and dock layout, whether its lanes are fitted in its
    height, and, when a file *path* is open (``""``: none), it as the last file with its
    visible *x_range* (days) and *hidden_lanes*."""
    settings.WINDOW_GEOMETRY.set(window.saveGeometry())
    settings.WINDOW_STATE.set(window.saveState())
    settings.LANES_FITTED.set(lanes_fitted)
    if path:
        settings.LAST_FILE.set(path)
        lo, hi = x_range
        settings.VIEW_RANGE.set([str(lo), str(hi)])
        settings.HIDDEN_LANES.set(sorted(hidden_lanes))
    settings.store().sync()


def ask_reset(parent: QtWidgets.QWidget) -> bool:
    """Ask whether to forget every setting; ``True`` when the user agrees."""
    answer = QtWidgets.QMessageBox.question(
        parent,
        translate("Window", "Reset settings"),
        translate(
            "Window",
            "Forget the window layout, theme, last file, view and export choices? The "
            "defaults apply now and at the next start.",
        ),
    )
    return answer == QtWidgets.QMessageBox.StandardButton.Yes
