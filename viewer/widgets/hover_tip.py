"""Keep a hover tooltip shown while the pointer rests.

A ``QGraphicsView`` passes the ``ToolTip`` help event (sent about 0.7 s after the pointer
stops) to its scene, and ``QGraphicsScene.helpEvent`` hides any tooltip shown when no
graphics item has a tooltip of its own. The timeline shows its tooltips itself on mouse
moves, so without this filter each one vanished about a second after the pointer came to
rest on an item.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets


class _KeepTooltip(QtCore.QObject):
    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        # Eaten only while a tooltip is up: the view's own (shown on hover) stays.
        return event.type() == QtCore.QEvent.Type.ToolTip and QtWidgets.QToolTip.isVisible()


def keep_hover_tooltips(view: QtWidgets.QAbstractScrollArea) -> None:
    """Stop *view*'s resting-pointer help event from hiding the tooltip it shows on
    hover (see the module's docstring). The filter lives as long as the view."""
    keeper = _KeepTooltip(view)
    view.viewport().installEventFilter(keeper)
