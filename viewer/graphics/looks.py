"""How each record looks on the chart: fill, edge, pattern, dashes, from its kind and status.

What a kind and a status look like is declared once, in :mod:`viewer.core.kinds` (shape,
colour role, fill, status look); this module turns that into colours and brushes. The
legend draws its swatches with the same :func:`look_of`, so the two never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtCore, QtGui

from viewer.core import kinds
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
    """Fill, edge and pattern of a record (or a look's stand-in,
    :meth:`~viewer.core.columns.RecordColumns.look_stand_ins`), from its kind's spec and its
    status's look (:mod:`viewer.core.kinds`; see the legend).

    The kind's colour role gives the colours (the ``unknown`` role when an expected place
    is not known). A status look comes first: ``tentative`` is hollow and dashed,
    ``hatched`` hatched in the kind's colours, ``disowned`` hatched in the ``muted``
    role's. Then a point whose start is inferred is hollow, and so is a term whose start
    or end is inferred; a term whose end is not known is dashed, and so is a record
    without a start (drawn over its end's date), a band or an arrow too; a band is
    hatched or a plain tint as its kind's ``fill`` says.
    """
    spec = kinds.kind(record.kind)
    fill, edge = style.role("unknown" if kinds.place_unknown(record) else spec.colour_role)
    status_look = kinds.status(record.status).look
    # A date not known is dashed whatever the status's look (an acting President's term
    # without a start lost its dashes: a trial)
    unknown = record.end_unknown or record.start_unknown
    if status_look == "tentative":
        return Look(style.color("background"), edge, dashed=True)
    if status_look == "disowned":
        muted_fill, muted_edge = style.role("muted")
        return Look(muted_fill, muted_edge, QtCore.Qt.BrushStyle.BDiagPattern, dashed=unknown)
    if status_look == "hatched":
        return Look(fill, edge, QtCore.Qt.BrushStyle.FDiagPattern, dashed=unknown)
    if spec.shape == "point" and "start" in record.inferred:
        return Look(style.color("background"), edge)
    if spec.term and kinds.dates_inferred(record):  # hollow as an inferred session is
        return Look(style.color("background"), edge, dashed=record.end_unknown)
    if spec.fill == "hatch":
        return Look(fill, edge, QtCore.Qt.BrushStyle.BDiagPattern, dashed=unknown)
    if spec.fill == "none":
        return Look(fill, edge, QtCore.Qt.BrushStyle.NoBrush, dashed=unknown)
    return Look(fill, edge, dashed=unknown)


def pen(color: QtGui.QColor, width: float, dashed: bool = False) -> QtGui.QPen:
    """A cosmetic pen (*width* in device pixels), dashed when asked."""
    result = QtGui.QPen(color, width)
    result.setCosmetic(True)
    if dashed:
        result.setStyle(QtCore.Qt.PenStyle.DashLine)
    return result
