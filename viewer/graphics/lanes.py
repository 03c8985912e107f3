"""Batched graphics items: one item per lane and kind (bars, markers, bands, handovers).

Each item holds the layout indices it draws and paints them all in one pass, in device
pixels, so that markers keep a minimum size, lines stay crisp and labels can be measured.
Only what is inside the view is drawn. Labels go through a level-of-detail pass: a label is
drawn inside its bar, or beside it, only where it does not overlap its neighbours; else it
is hidden.

Items follow pyqtgraph's ``BarGraphItem`` contract: :meth:`ChartModel` changes drop
caches and call ``prepareGeometryChange()``/``update()``; ``boundingRect()`` is the view
rectangle (the items draw wherever the view looks); hit-testing is
:func:`viewer.core.query.hit_test`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from viewer.core.labels import short_label
from viewer.core.layout import ROW_HEIGHT, Layout
from viewer.core.records import Dataset, Record
from viewer.graphics.style import Style

_CULL_MARGIN_PX = 40.0
DIM_OPACITY = 0.18
"""Opacity of items that do not match the current search."""


@dataclass
class ChartModel:
    """What the lane items draw: dataset, layout, style, labels and the selection.

    Shared by all items of one chart; owned by :class:`viewer.graphics.chart.TimelineChart`.
    """

    dataset: Dataset
    layout: Layout
    style: Style
    labels: list[str] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    selected: int | None = None
    dimmed: npt.NDArray[np.bool_] | None = None
    """Per layout index: draw faintly (search non-matches); ``None`` draws all normally."""

    def is_dimmed(self, index: int) -> bool:
        """Whether the item at layout *index* is drawn faintly."""
        return self.dimmed is not None and bool(self.dimmed[index])

    def __post_init__(self) -> None:
        self.records = [self.dataset.get(i) for i in self.layout.ids]  # type: ignore[misc]
        self.labels = [short_label(r, self.dataset) for r in self.records]


@dataclass(frozen=True)
class _Look:
    fill: QtGui.QColor
    edge: QtGui.QColor
    pattern: QtCore.Qt.BrushStyle = QtCore.Qt.BrushStyle.SolidPattern
    dashed: bool = False
    hollow: bool = False


def look_of(record: Record, style: Style) -> _Look:
    """Fill, edge and pattern of a record, from its kind and status (see the legend)."""
    c = style.color
    if record.kind == "session":
        host_known = bool(record.place and record.place.city)
        base = c("session") if host_known else c("session_unknown_host")
        if record.status in ("announced", "scheduled"):
            return _Look(c("background"), base, dashed=True, hollow=True)
        if "start" in record.inferred:
            return _Look(c("background"), base, hollow=True)
        return _Look(base, base)
    if record.kind in ("presidency", "secretary_general", "event"):
        if record.status == "not_recognised":
            return _Look(c("not_recognised_fill"), c("not_recognised_edge"),
                         QtCore.Qt.BrushStyle.BDiagPattern)
        if record.kind == "presidency":
            fill, edge = c("presidency_fill"), c("presidency_edge")
        elif record.kind == "secretary_general":
            fill, edge = c("sg_fill"), c("sg_edge")
        else:
            fill, edge = c("other_fill"), c("other_edge")
        if record.status == "acting":
            return _Look(fill, edge, QtCore.Qt.BrushStyle.FDiagPattern)
        if record.end_unknown:
            return _Look(fill, edge, dashed=True)
        return _Look(fill, edge)
    if record.kind == "handover":
        return _Look(c("handover"), c("handover"))
    if record.kind == "no_session":
        return _Look(c("band_edge"), c("band_edge"), QtCore.Qt.BrushStyle.BDiagPattern)
    if record.kind == "era":
        return _Look(c("era_fill"), c("era_fill"), QtCore.Qt.BrushStyle.NoBrush)
    return _Look(c("other_fill"), c("other_edge"))


class _LaneItem(pg.GraphicsObject):
    """Base of the batched items: the view-wide bounding rect and device-pixel mapping."""

    def __init__(self, model: ChartModel, indices: npt.NDArray[np.intp]) -> None:
        super().__init__()
        self._model = model
        self._indices = indices

    # -- pyqtgraph / Qt contract ------------------------------------------------------
    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        rect = self.viewRect()
        return rect if rect is not None else QtCore.QRectF()

    def viewRangeChanged(self) -> None:  # noqa: N802
        self.prepareGeometryChange()
        self.update()

    def set_model(self, model: ChartModel, indices: npt.NDArray[np.intp]) -> None:
        """Replace what the item draws (one setter: drop state, then redraw)."""
        self._model = model
        self._indices = indices
        self.prepareGeometryChange()
        self.update()
        self.informViewBoundsChanged()

    def refresh(self) -> None:
        """Redraw after a change of selection or style."""
        self.update()

    # -- helpers ------------------------------------------------------------------------
    def _device(self, painter: QtGui.QPainter) -> tuple[float, float, float, float, QtCore.QRectF]:
        """(sx, dx, sy, dy, visible rect in px): x_px = sx * days + dx; y_px = sy * y + dy."""
        t = painter.transform()
        view = self.viewRect()
        visible = t.mapRect(view) if view is not None else QtCore.QRectF()
        return t.m11(), t.dx(), t.m22(), t.dy(), visible

    def _visible(self, x0_px: npt.NDArray[np.float64], x1_px: npt.NDArray[np.float64],
                 visible: QtCore.QRectF) -> npt.NDArray[np.intp]:
        keep = (x1_px >= visible.left() - _CULL_MARGIN_PX) & (
            x0_px <= visible.right() + _CULL_MARGIN_PX)
        return np.nonzero(keep)[0]


def _pen(color: QtGui.QColor, width: float, dashed: bool = False) -> QtGui.QPen:
    pen = QtGui.QPen(color, width)
    pen.setCosmetic(True)
    if dashed:
        pen.setStyle(QtCore.Qt.PenStyle.DashLine)
    return pen


class SpanLaneItem(_LaneItem):
    """All bars of one lane (terms of office), with labels inside or beside them."""

    def paint(self, p: QtGui.QPainter, *args: Any) -> None:
        m = self._model
        idx = self._indices
        if len(idx) == 0:
            return
        st = m.style
        sx, dx, sy, dy, visible = self._device(p)
        p.save()
        p.resetTransform()
        x0 = m.layout.x0_days[idx] * sx + dx
        x1 = m.layout.x1_days[idx] * sx + dx
        y0 = m.layout.y0[idx] * sy + dy
        h = ROW_HEIGHT * sy
        min_w = st.px(st.min_bar_px)
        keep = self._visible(x0, x1, visible)
        font = st.font()
        p.setFont(font)
        fm = QtGui.QFontMetricsF(font)
        label_end: dict[float, float] = {}
        order = keep[np.lexsort((x0[keep], y0[keep]))]
        for pos, k in enumerate(order):
            i = int(idx[k])
            rec = m.records[i]
            look = look_of(rec, st)
            p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
            left = float(x0[k])
            width = max(float(x1[k] - x0[k]), min_w)
            if width == min_w:
                left = float(x0[k] + x1[k]) / 2 - min_w / 2
            rect = QtCore.QRectF(left, float(y0[k]), width, h)
            p.setPen(_pen(look.edge, st.px(1), look.dashed))
            p.setBrush(QtGui.QBrush(look.fill))
            p.drawRect(rect)
            if look.pattern != QtCore.Qt.BrushStyle.SolidPattern:
                p.setBrush(QtGui.QBrush(look.edge, look.pattern))
                p.setPen(QtCore.Qt.PenStyle.NoPen)
                p.drawRect(rect)
            # Label: inside if it fits, else beside (to the right) up to the next bar.
            next_left = float("inf")
            if pos + 1 < len(order) and y0[order[pos + 1]] == y0[k]:
                next_left = float(x0[order[pos + 1]])
            row_key = float(y0[k])
            text = m.labels[i]
            pad = st.px(4)
            vis_left = max(left, visible.left() + pad) if left < visible.left() else left
            inner = min(left + width, visible.right()) - vis_left - 2 * pad
            tw = fm.horizontalAdvance(text)
            beside_x = left + width + pad
            beside_room = min(next_left - pad, visible.right()) - beside_x
            if tw <= inner:
                tx = vis_left + pad  # inside, whole
            elif tw <= beside_room:
                tx = beside_x  # beside, whole
            elif inner >= fm.horizontalAdvance(text[:4] + "…"):
                # Inside, elided; never a guessed surname (name order differs by culture).
                text = fm.elidedText(text, QtCore.Qt.TextElideMode.ElideRight, inner)
                tw = fm.horizontalAdvance(text)
                tx = vis_left + pad
            else:
                continue
            p.setPen(st.color("text"))
            if tx < label_end.get(row_key, -1e18):
                continue
            p.drawText(QtCore.QRectF(tx, float(y0[k]), tw + 1, h),
                       int(QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft),
                       text)
            label_end[row_key] = tx + tw + pad
        p.setOpacity(1.0)
        self._paint_selection(p, idx, x0, x1, y0, h, min_w)
        p.restore()

    def _paint_selection(self, p: QtGui.QPainter, idx: npt.NDArray[np.intp],
                         x0: npt.NDArray[np.float64], x1: npt.NDArray[np.float64],
                         y0: npt.NDArray[np.float64], h: float, min_w: float) -> None:
        sel = self._model.selected
        if sel is None:
            return
        where = np.nonzero(idx == sel)[0]
        if len(where) == 0:
            return
        k = int(where[0])
        st = self._model.style
        width = max(float(x1[k] - x0[k]), min_w)
        left = float(x0[k]) if width > min_w else float(x0[k] + x1[k]) / 2 - min_w / 2
        rect = QtCore.QRectF(left, float(y0[k]), width, h)
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        p.setPen(_pen(st.color("selection_halo"), st.px(5)))
        p.drawRect(rect.adjusted(-2, -2, 2, 2))
        p.setPen(_pen(st.color("selection"), st.px(2)))
        p.drawRect(rect)


class PointLaneItem(_LaneItem):
    """All point markers of one lane (sessions), labelled to the right where room allows."""

    def paint(self, p: QtGui.QPainter, *args: Any) -> None:
        m = self._model
        idx = self._indices
        if len(idx) == 0:
            return
        st = m.style
        sx, dx, sy, dy, visible = self._device(p)
        p.save()
        p.resetTransform()
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        cx = 0.5 * (m.layout.x0_days[idx] + m.layout.x1_days[idx]) * sx + dx
        cy = (m.layout.y0[idx] + ROW_HEIGHT / 2) * sy + dy
        r = st.px(st.marker_px) / 2
        keep = self._visible(cx, cx, visible)
        font = st.font()
        p.setFont(font)
        fm = QtGui.QFontMetricsF(font)
        order = keep[np.lexsort((cx[keep], cy[keep]))]
        # Markers first, then labels, so that a label never hides a marker.
        for k in order:
            rec = m.records[int(idx[k])]
            look = look_of(rec, st)
            p.setOpacity(DIM_OPACITY if m.is_dimmed(int(idx[k])) else 1.0)
            p.setPen(_pen(look.edge, st.px(1.6), look.dashed))
            p.setBrush(QtGui.QBrush(look.fill))
            p.drawEllipse(QtCore.QPointF(float(cx[k]), float(cy[k])), r, r)
        p.setPen(st.color("text"))
        last_end: dict[float, float] = {}
        for pos, k in enumerate(order):
            i = int(idx[k])
            p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
            row_key = float(cy[k])
            nxt = float("inf")
            if pos + 1 < len(order) and cy[order[pos + 1]] == cy[k]:
                nxt = float(cx[order[pos + 1]]) - r - st.px(3)
            tx = float(cx[k]) + r + st.px(3)
            limit = min(nxt, visible.right())
            text = m.labels[i]
            tw = fm.horizontalAdvance(text)
            if tx + tw > limit:
                text = text.split(" ", 1)[0]
                tw = fm.horizontalAdvance(text)
            if (tx + tw > limit or tx < last_end.get(row_key, -1e18)
                    or cx[k] < visible.left()):
                continue
            p.drawText(QtCore.QPointF(tx, float(cy[k]) + fm.ascent() / 2 - fm.descent() / 2), text)
            last_end[row_key] = tx + tw + st.px(4)
        p.setOpacity(1.0)
        sel = m.selected
        if sel is not None:
            where = np.nonzero(idx == sel)[0]
            if len(where):
                k = int(where[0])
                centre = QtCore.QPointF(float(cx[k]), float(cy[k]))
                p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
                p.setPen(_pen(st.color("selection_halo"), st.px(4)))
                p.drawEllipse(centre, r + st.px(4), r + st.px(4))
                p.setPen(_pen(st.color("selection"), st.px(2)))
                p.drawEllipse(centre, r + st.px(1.5), r + st.px(1.5))
        p.restore()


class HandoverLaneItem(_LaneItem):
    """Flag handovers as arrows from the handing host's session to the receiving host's
    session, labelled ``from → to`` where the arrow is long enough."""

    def paint(self, p: QtGui.QPainter, *args: Any) -> None:
        m = self._model
        idx = self._indices
        if len(idx) == 0:
            return
        st = m.style
        sx, dx, sy, dy, visible = self._device(p)
        p.save()
        p.resetTransform()
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        x0 = m.layout.x0_days[idx] * sx + dx
        x1 = m.layout.x1_days[idx] * sx + dx
        cy = (m.layout.y0[idx] + ROW_HEIGHT / 2) * sy + dy
        keep = self._visible(x0, x1, visible)
        colour = st.color("handover")
        dot = st.px(3.5)
        head = st.px(7)
        font = st.font(size_px=st.font_px - 1)
        p.setFont(font)
        fm = QtGui.QFontMetricsF(font)
        row_h = ROW_HEIGHT * sy
        for k in keep:
            i = int(idx[k])
            a, b, y = float(x0[k]), float(x1[k]), float(cy[k])
            if b - a < 2 * head:
                b = a + 2 * head
            selected = m.selected == i
            p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
            if selected:
                p.setPen(_pen(st.color("selection_halo"), st.px(7)))
                p.drawLine(QtCore.QPointF(a, y), QtCore.QPointF(b, y))
            p.setPen(_pen(colour, st.px(3 if selected else 2)))
            p.setBrush(QtGui.QBrush(colour))
            p.drawLine(QtCore.QPointF(a, y), QtCore.QPointF(b - head, y))
            p.drawEllipse(QtCore.QPointF(a, y), dot, dot)
            p.drawPolygon(QtGui.QPolygonF([QtCore.QPointF(b, y),
                                           QtCore.QPointF(b - head, y - head / 1.6),
                                           QtCore.QPointF(b - head, y + head / 1.6)]))
            # Label above the arrow when the row is tall enough, else on it.
            text = m.labels[i]
            tw = fm.horizontalAdvance(text)
            if tw > b - a - 2 * dot and " → " in text:
                text = "→ " + text.split(" → ", 1)[1]  # at least the receiving host
                tw = fm.horizontalAdvance(text)
            if tw <= b - a - 2 * dot:
                tx = a + (b - a - tw) / 2
                if row_h >= fm.height() * 2 + st.px(4):
                    p.setPen(st.color("text"))
                    p.drawText(QtCore.QPointF(tx, y - st.px(5) - fm.descent()), text)
                else:
                    rect = QtCore.QRectF(tx - 2, y - fm.height() / 2, tw + 4, fm.height())
                    p.fillRect(rect, st.color("background"))
                    p.setPen(st.color("text"))
                    p.drawText(rect, int(QtCore.Qt.AlignmentFlag.AlignCenter), text)
        p.restore()


class BandItem(_LaneItem):
    """Background bands that fill a lane's height (years with no session: hatched; eras:
    plain tint)."""

    def paint(self, p: QtGui.QPainter, *args: Any) -> None:
        m = self._model
        idx = self._indices
        if len(idx) == 0:
            return
        st = m.style
        sx, dx, sy, dy, visible = self._device(p)
        p.save()
        p.resetTransform()
        x0 = m.layout.x0_days[idx] * sx + dx
        x1 = m.layout.x1_days[idx] * sx + dx
        font = st.font(size_px=st.font_px - 1)
        p.setFont(font)
        fm = QtGui.QFontMetricsF(font)
        for k in self._visible(x0, x1, visible):
            i = int(idx[k])
            lane = m.layout.lanes[int(m.layout.lane[i])]
            top, bottom = lane.y0 * sy + dy, lane.y1 * sy + dy
            left = float(x0[k])
            width = max(float(x1[k] - x0[k]), st.px(st.min_bar_px))
            rect = QtCore.QRectF(left, top, width, bottom - top)
            p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
            look = look_of(m.records[i], st)
            p.fillRect(rect, st.color("band_fill") if look.pattern != QtCore.Qt.BrushStyle.NoBrush
                       else look.fill)
            if look.pattern != QtCore.Qt.BrushStyle.NoBrush:
                p.fillRect(rect, QtGui.QBrush(look.edge, look.pattern))
            if m.selected == i:
                p.setPen(_pen(st.color("selection"), st.px(2)))
                p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
                p.drawRect(rect)
            text = m.labels[i]
            tw = fm.horizontalAdvance(text)
            if tw + st.px(6) <= width:
                p.setPen(st.color("muted_text"))
                p.drawText(QtCore.QPointF(left + st.px(3), top + fm.ascent() + st.px(1)), text)
        p.restore()


class LaneBackgroundItem(_LaneItem):
    """Alternate shading behind the lanes and a separator line between them."""

    def paint(self, p: QtGui.QPainter, *args: Any) -> None:
        m = self._model
        st = m.style
        sx, dx, sy, dy, visible = self._device(p)
        p.save()
        p.resetTransform()
        for n, lane in enumerate(m.layout.lanes):
            top, bottom = lane.y0 * sy + dy, lane.y1 * sy + dy
            if n % 2 == 0:
                p.fillRect(QtCore.QRectF(visible.left(), top, visible.width(), bottom - top),
                           st.color("lane_shade"))
        p.restore()
