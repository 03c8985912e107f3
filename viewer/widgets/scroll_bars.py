"""A flat scroll bar for the widgets a selection repaints (the details panel, the table).

Fusion, the style the app runs in, paints a scroll bar's groove and handle with gradients
and outlines; the raster engine fills their hundreds of scan lines in Qt's GUI thread pool,
and waking those threads costs more than the fill. A vertical bar 700 pixels tall took
1.6-2 ms a paint here, and a click repaints the details panel's bar twice (its range
changes with each text): most of a click's 13.6 ms at 10,000 records (p50, offscreen).
Plain rectangles in the palette's colours paint in a few microseconds (the click: 5.9 ms).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

_FLAT = """
QScrollBar:vertical {{ background: {base}; width: {w}px; margin: 0; border: none; }}
QScrollBar:horizontal {{ background: {base}; height: {w}px; margin: 0; border: none; }}
QScrollBar::handle {{ background: {mid}; margin: 2px; }}
QScrollBar::handle:vertical {{ min-height: 24px; }}
QScrollBar::handle:horizontal {{ min-width: 24px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {dark}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""

BAR_WIDTH_PX = 12
"""Width of a flat vertical bar (height of a horizontal one), in pixels."""


class _Follower(QtCore.QObject):
    """Makes a scroll area's sheets again when its palette changes (a theme change): a
    style sheet reads the palette once, when it is set."""

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() == QtCore.QEvent.Type.PaletteChange and isinstance(
            obj, QtWidgets.QAbstractScrollArea
        ):
            _apply(obj)
        return False


def _apply(area: QtWidgets.QAbstractScrollArea) -> None:
    """Set the sheet of *area*'s bars from its palette."""
    palette = area.palette()
    role = QtGui.QPalette.ColorRole
    sheet = _FLAT.format(
        w=BAR_WIDTH_PX,
        base=palette.color(role.Base).name(),
        mid=palette.color(role.Mid).name(),
        dark=palette.color(role.Dark).name(),
    )
    for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
        if bar.styleSheet() != sheet:
            bar.setStyleSheet(sheet)


_FOLLOWER = _Follower()


def make_flat(area: QtWidgets.QAbstractScrollArea) -> None:
    """Give *area*'s scroll bars the flat look: a handle in the palette's ``mid`` colour
    (``dark`` under the mouse) on the ``base`` colour, :data:`BAR_WIDTH_PX` wide, without
    arrow buttons; made again when the area's palette changes (light and dark themes)."""
    _apply(area)
    area.installEventFilter(_FOLLOWER)
