"""A flat scroll bar for the widgets a selection repaints (the details panel, the table).

Fusion, the style the app runs in, paints a scroll bar's groove and handle with gradients
and outlines; the raster engine fills their hundreds of scan lines in Qt's GUI thread pool,
and waking those threads costs more than the fill. A vertical bar 700 pixels tall took
1.6-2 ms a paint here, and a click repaints the details panel's bar twice (its range
changes with each text): most of a click's 13.6 ms at 10,000 records (p50, offscreen).
Plain rectangles in colours of the palette paint in a few microseconds (the click: 5.9 ms).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

_FLAT = """
QScrollBar:vertical {{ background: {groove}; width: {w}px; margin: 0; border: none; }}
QScrollBar:horizontal {{ background: {groove}; height: {w}px; margin: 0; border: none; }}
QScrollBar::handle {{ background: {handle}; margin: 2px; }}
QScrollBar::handle:vertical {{ min-height: 24px; }}
QScrollBar::handle:horizontal {{ min-width: 24px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {hover}; }}
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


HANDLE_MIX = 0.5
"""The handle's colour: this share of the text colour over the base colour (4:1 contrast
with the groove in the light and dark themes; a new user found Fusion's ``mid`` grey, at
2:1, too faint)."""
HOVER_MIX = 0.7
"""The handle's colour under the mouse, likewise."""
GROOVE_MIX = 0.07
"""The groove's colour, likewise: a shade off the base, so that one sees where the bar
is."""


def _mixed(text: QtGui.QColor, base: QtGui.QColor, share: float) -> str:
    """*share* of *text* over *base*, as ``#rrggbb``."""
    return QtGui.QColor(
        *(
            round(share * t + (1 - share) * b)
            for t, b in (
                (text.red(), base.red()),
                (text.green(), base.green()),
                (text.blue(), base.blue()),
            )
        )
    ).name()


def flat_sheet(palette: QtGui.QPalette) -> str:
    """The style sheet of a flat bar in the colours of *palette*."""
    role = QtGui.QPalette.ColorRole
    text, base = palette.color(role.Text), palette.color(role.Base)
    return _FLAT.format(
        w=BAR_WIDTH_PX,
        groove=_mixed(text, base, GROOVE_MIX),
        handle=_mixed(text, base, HANDLE_MIX),
        hover=_mixed(text, base, HOVER_MIX),
    )


def _apply(area: QtWidgets.QAbstractScrollArea) -> None:
    """Set the sheet of *area*'s bars from its palette."""
    sheet = flat_sheet(area.palette())
    for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
        if bar.styleSheet() != sheet:
            bar.setStyleSheet(sheet)


_FOLLOWER = _Follower()


def make_flat(area: QtWidgets.QAbstractScrollArea) -> None:
    """Give *area*'s scroll bars the flat look: a handle between the palette's text and
    base colours (:data:`HANDLE_MIX`, :data:`HOVER_MIX` under the mouse) on a groove a
    shade off the base (:data:`GROOVE_MIX`), :data:`BAR_WIDTH_PX` wide, without arrow
    buttons; made again when the area's palette changes (light and dark themes)."""
    _apply(area)
    area.installEventFilter(_FOLLOWER)
