"""How each record looks on the chart: fill, edge, pattern, dashes, from its kind and status.

The legend draws its swatches with the same :func:`look_of`, so the two never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtCore, QtGui

from viewer.core.records import Record
from viewer.graphics.style import Style

DIM_OPACITY = 0.18
"""Opacity of items (and their labels and densities) that do not match the search."""

@dataclass(frozen=True)
class Look:
    """Fill and edge colours, the fill pattern, and whether the edge is dashed. A hollow
    marker is one filled with the background colour."""

    fill: QtGui.QColor
    edge: QtGui.QColor
    pattern: QtCore.Qt.BrushStyle = QtCore.Qt.BrushStyle.SolidPattern
    dashed: bool = False


def look_of(record: Record, style: Style) -> Look:
    """Fill, edge and pattern of a record, from its kind and status (see the legend)."""
    c = style.color
    if record.kind == "session":
        host_known = bool(record.place and record.place.city)
        base = c("session") if host_known else c("session_unknown_host")
        if record.status in ("announced", "scheduled"):
            return Look(c("background"), base, dashed=True)
        if "start" in record.inferred:
            return Look(c("background"), base)
        return Look(base, base)
    if record.kind in ("presidency", "secretary_general", "event"):
        if record.status == "not_recognised":
            return Look(c("not_recognised_fill"), c("not_recognised_edge"),
                        QtCore.Qt.BrushStyle.BDiagPattern)
        if record.kind == "presidency":
            fill, edge = c("presidency_fill"), c("presidency_edge")
        elif record.kind == "secretary_general":
            fill, edge = c("sg_fill"), c("sg_edge")
        else:
            fill, edge = c("other_fill"), c("other_edge")
        if record.status == "acting":
            return Look(fill, edge, QtCore.Qt.BrushStyle.FDiagPattern)
        if record.end_unknown:
            return Look(fill, edge, dashed=True)
        return Look(fill, edge)
    if record.kind == "handover":
        return Look(c("handover"), c("handover"))
    if record.kind == "no_session":
        return Look(c("band_edge"), c("band_edge"), QtCore.Qt.BrushStyle.BDiagPattern)
    if record.kind == "era":
        return Look(c("era_fill"), c("era_fill"), QtCore.Qt.BrushStyle.NoBrush)
    return Look(c("other_fill"), c("other_edge"))


def pen(color: QtGui.QColor, width: float, dashed: bool = False) -> QtGui.QPen:
    """A cosmetic pen (*width* in device pixels), dashed when asked."""
    result = QtGui.QPen(color, width)
    result.setCosmetic(True)
    if dashed:
        result.setStyle(QtCore.Qt.PenStyle.DashLine)
    return result
