"""Batched graphics items: one item per lane and kind (bars, markers, bands, handovers).

Each item holds the layout indices it draws and paints them all in one pass, in device
pixels, so that markers keep a minimum size, lines stay crisp and labels can be measured.
Only what is inside the view is drawn: each item keeps a
:class:`~viewer.core.spatial.RowIndex` of its records and asks it for the rows and days in
view (two binary searches per row), so a frame costs what is visible, not what is loaded.
When more than :data:`AGGREGATE_ABOVE` of an item's records are in view, it draws their
density instead (per pixel column and row: how many records cover it, as the opacity of
the lane's colour) and no labels; double-clicking such an area zooms in
(:meth:`TimelineChart.aggregated_at <viewer.graphics.chart.TimelineChart.aggregated_at>`).
Labels go through a level-of-detail pass: a label is drawn inside its bar, or beside it,
only where it does not overlap its neighbours; else it is hidden.

Items follow pyqtgraph's ``BarGraphItem`` contract: :meth:`ChartModel` changes drop
caches and call ``prepareGeometryChange()``/``update()``; ``boundingRect()`` is the view
rectangle (the items draw wherever the view looks); hit-testing is
:func:`viewer.core.query.hit_test`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from viewer.core.labels import short_label
from viewer.core.layout import ROW_HEIGHT, ROW_PITCH, Layout
from viewer.core.records import Dataset, Record
from viewer.core.spatial import RowIndex
from viewer.core.ticks import compute_ticks
from viewer.graphics.style import Style
from viewer.graphics.text import draw_label

_CULL_MARGIN_PX = 40.0
TICK_CHAR_WIDTH = 0.62
"""Width of a label character as a share of the font's pixel size, for tick spacing (the
date axis uses the same)."""
DIM_OPACITY = 0.18
"""Opacity of items that do not match the current search."""
AGGREGATE_ABOVE = 1000
"""An item with more records than this in view draws their density instead of each."""
BANDS_ONE_BY_ONE = 12
"""With more background bands than this in view, they are filled plain grey (opaque, on
whole pixels, never dimmed) instead of hatched."""
BAND_BLIT_PX = 60_000
"""A hatched band larger than this (in square pixels) is copied from a pre-drawn image."""
DENSITY_BLOCK_CELLS = 1 << 20
"""Density images are made for blocks of rows of at most this many pixel cells."""
STAMP_ABOVE = 150
"""A point item with more markers than this in view stamps a pre-drawn marker image for
each (pixel-aligned) instead of drawing each circle (sub-pixel, and 10 times slower)."""


class _Records(Sequence[Record]):
    """The record of each layout index, looked up when first asked for."""

    def __init__(self, dataset: Dataset, ids: tuple[str, ...]) -> None:
        self._dataset = dataset
        self._ids = ids

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        record = self._dataset.get(self._ids[i])
        assert record is not None
        return record


class _Labels(Sequence[str]):
    """The short label of each layout index, made when first drawn and then kept."""

    def __init__(self, records: _Records, dataset: Dataset) -> None:
        self._records = records
        self._dataset = dataset
        self._cache: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._records)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        i = int(i)
        text = self._cache.get(i)
        if text is None:
            text = self._cache[i] = short_label(self._records[i], self._dataset)
        return text

    def __setitem__(self, i: int, text: str) -> None:
        """Replace one label (exports add footnote numbers)."""
        self._cache[int(i)] = text

    def overrides(self) -> dict[int, str]:
        """The labels made or replaced so far, by layout index."""
        return dict(self._cache)

    def update(self, labels: dict[int, str]) -> None:
        """Replace several labels at once (see :meth:`overrides`)."""
        self._cache.update(labels)


@dataclass
class ChartModel:
    """What the lane items draw: dataset, layout, style, labels and the selection.

    Shared by all items of one chart; owned by :class:`viewer.graphics.chart.TimelineChart`.
    ``records[i]``, ``labels[i]`` and :meth:`look` are per layout index and computed only
    for what is drawn, so that a million records cost nothing until they are in view.
    """

    dataset: Dataset
    layout: Layout
    style: Style
    selected: int | None = None
    dimmed: npt.NDArray[np.bool_] | None = None
    """Per layout index: draw faintly (search non-matches); ``None`` draws all normally."""
    records: _Records = field(init=False)
    labels: _Labels = field(init=False)
    kinds: frozenset[str] = field(init=False)
    """The kinds of the drawn records."""

    def is_dimmed(self, index: int) -> bool:
        """Whether the item at layout *index* is drawn faintly."""
        return self.dimmed is not None and bool(self.dimmed[index])

    def look(self, index: int) -> _Look:
        """:func:`look_of` the record at layout *index* (kept once made)."""
        look = self._looks.get(index)
        if look is None:
            look = self._looks[index] = look_of(self.records[index], self.style)
        return look

    def __post_init__(self) -> None:
        self.records = _Records(self.dataset, self.layout.ids)
        self.labels = _Labels(self.records, self.dataset)
        self.kinds = frozenset(self.layout.kind.tolist())
        self._looks: dict[int, _Look] = {}


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
    """Base of the batched items: the view-wide bounding rect, device-pixel mapping and
    the query of what is in view.

    Attributes
    ----------
    aggregated : bool
        Whether the last paint drew densities instead of each record.
    """

    #: Rows of the index: lanes (for bands that fill them) instead of sub-rows.
    _by_lane = False

    def __init__(self, model: ChartModel, indices: npt.NDArray[np.intp]) -> None:
        super().__init__()
        self.aggregated = False
        self._set(model, indices)

    def _set(self, model: ChartModel, indices: npt.NDArray[np.intp]) -> None:
        self._model = model
        self._indices = np.asarray(indices, dtype=np.intp)
        lay = model.layout
        if self._by_lane:
            self._index = RowIndex.build(lay.lane, lay.x0_days, lay.x1_days, self._indices,
                                         len(lay.lanes))
        else:
            self._index = RowIndex.build(lay.global_row, lay.x0_days, lay.x1_days,
                                         self._indices, int(sum(b.rows for b in lay.lanes)))
        for cache in ("_advances", "_stamps", "_stamp_of", "_stamp_version", "_hatch_image"):
            self.__dict__.pop(cache, None)  # drawn from the old model and style
        self._density_colour: QtGui.QColor | None = None
        if len(self._indices):
            self._density_colour = model.look(int(self._indices[0])).edge

    # -- pyqtgraph / Qt contract ------------------------------------------------------
    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        rect = self.viewRect()
        return rect if rect is not None else QtCore.QRectF()

    def viewRangeChanged(self) -> None:  # noqa: N802
        self.prepareGeometryChange()
        self.update()

    def set_model(self, model: ChartModel, indices: npt.NDArray[np.intp]) -> None:
        """Replace what the item draws (one setter: drop state, then redraw)."""
        self._set(model, indices)
        self.prepareGeometryChange()
        self.update()
        self.informViewBoundsChanged()

    def refresh(self) -> None:
        """Redraw after a change of selection or style."""
        self.update()

    def in_lane(self, lane: int) -> bool:
        """Whether this item draws records of lane number *lane*."""
        return bool(len(self._indices)) and int(self._model.layout.lane[self._indices[0]]) == lane

    def holds(self, index: int | None) -> bool:
        """Whether layout *index* is one of the records this item draws."""
        if index is None or not len(self._indices):
            return False
        pos = int(np.searchsorted(self._indices, index))
        return pos < len(self._indices) and int(self._indices[pos]) == index

    # -- helpers ------------------------------------------------------------------------
    def _advance(self, fm: QtGui.QFontMetricsF, index: int, text: str) -> float:
        """Width in pixels of the label of layout *index* in *fm*'s font (kept per font)."""
        key = (fm.height(), fm.averageCharWidth())
        cache: dict[int, float] = self.__dict__.setdefault("_advances", {}).setdefault(key, {})
        width = cache.get(index)
        if width is None:
            width = cache[index] = fm.horizontalAdvance(text)
        return width

    def _device(self, painter: QtGui.QPainter) -> tuple[float, float, float, float, QtCore.QRectF]:
        """(sx, dx, sy, dy, visible rect in px): x_px = sx * days + dx; y_px = sy * y + dy."""
        t = painter.transform()
        view = self.viewRect()
        visible = t.mapRect(view) if view is not None else QtCore.QRectF()
        return t.m11(), t.dx(), t.m22(), t.dy(), visible

    def _in_view(self, sx: float, dx: float, sy: float, dy: float,
                 visible: QtCore.QRectF) -> npt.NDArray[np.intp]:
        """Layout indices of this item's records in view (with a margin), row by row and
        each row by start."""
        if sx == 0 or sy == 0 or not len(self._indices):
            return np.zeros(0, dtype=np.intp)
        xa = (visible.left() - _CULL_MARGIN_PX - dx) / sx
        xb = (visible.right() + _CULL_MARGIN_PX - dx) / sx
        ya = (visible.top() - dy) / sy
        yb = (visible.bottom() - dy) / sy
        y_lo, y_hi = min(ya, yb) - ROW_PITCH, max(ya, yb) + ROW_PITCH
        lay = self._model.layout
        rows = lay.lanes_between(y_lo, y_hi) if self._by_lane else lay.rows_between(y_lo, y_hi)
        return self._index.query(rows[0], rows[1], min(xa, xb), max(xa, xb))

    def _paint_density(self, p: QtGui.QPainter, vis: npt.NDArray[np.intp], sx: float,
                       dx: float, sy: float, dy: float, visible: QtCore.QRectF,
                       min_px: float) -> None:
        """Per row and pixel column, how many of *vis* cover it (each at least *min_px*
        wide), drawn as the opacity of the item's colour: 1 record faint, 16 or more
        opaque. While a search dims non-matches, their density is drawn faintly and the
        matches' density over it at full strength."""
        dimmed = self._model.dimmed
        if dimmed is not None and len(vis):
            faint = dimmed[vis]
            p.setOpacity(DIM_OPACITY)
            self._paint_density_of(p, vis[faint], sx, dx, sy, dy, visible, min_px)
            p.setOpacity(1.0)
            self._paint_density_of(p, vis[~faint], sx, dx, sy, dy, visible, min_px)
            return
        self._paint_density_of(p, vis, sx, dx, sy, dy, visible, min_px)

    def _paint_density_of(self, p: QtGui.QPainter, vis: npt.NDArray[np.intp], sx: float,
                          dx: float, sy: float, dy: float, visible: QtCore.QRectF,
                          min_px: float) -> None:
        colour = self._density_colour
        lay = self._model.layout
        left = math.floor(visible.left())
        width = int(math.ceil(visible.right())) - left
        if colour is None or width <= 0 or not len(vis):
            return
        a = lay.x0_days[vis] * sx + dx - left
        b = lay.x1_days[vis] * sx + dx - left
        centre = 0.5 * (a + b)
        c0 = np.clip(np.floor(np.minimum(a, centre - min_px / 2)), 0, width).astype(np.int64)
        c1 = np.clip(np.floor(np.maximum(b, centre + min_px / 2)) + 1, 0, width).astype(np.int64)
        g_rows = lay.global_row[vis]
        if len(g_rows) > 1 and bool(np.any(g_rows[1:] < g_rows[:-1])):
            by_row = np.argsort(g_rows, kind="stable")  # queries give rows in order
            g_rows, c0, c1, vis = g_rows[by_row], c0[by_row], c1[by_row], vis[by_row]
        first = int(g_rows[0])
        local = g_rows - first
        n_rows = int(local[-1]) + 1
        stride = width + 1
        row_y = np.zeros(n_rows)
        row_y[local] = lay.y0[vis] * sy + dy
        present = np.zeros(n_rows, dtype=np.bool_)
        present[local] = True
        height = ROW_HEIGHT * sy
        rgb = (colour.red(), colour.green(), colour.blue())
        # Rows in blocks of at most DENSITY_BLOCK_CELLS cells: a whole chart of a million
        # records has thousands of rows, and one image of them all took 200 MB.
        block = max(1, DENSITY_BLOCK_CELLS // stride)
        for r0 in range(0, n_rows, block):
            r1 = min(n_rows, r0 + block)
            i0, i1 = np.searchsorted(local, (r0, r1)).tolist()
            if i0 == i1:
                continue
            rows_here = r1 - r0
            cells = (local[i0:i1] - r0) * stride
            diff = np.bincount(cells + c0[i0:i1], minlength=rows_here * stride).astype(np.int32)
            diff -= np.bincount(cells + c1[i0:i1], minlength=rows_here * stride).astype(np.int32)
            counts = np.cumsum(diff.reshape(rows_here, stride), axis=1,
                               dtype=np.int32)[:, :width]
            a8 = _density_alpha(counts)
            argb = np.ascontiguousarray(
                (a8 << 24) | ((a8 * rgb[0]) // 255 << 16) | ((a8 * rgb[1]) // 255 << 8)
                | (a8 * rgb[2]) // 255, dtype=np.uint32)
            image = QtGui.QImage(argb.data, width, rows_here, width * 4,
                                 QtGui.QImage.Format.Format_ARGB32_Premultiplied)
            for r in np.flatnonzero(present[r0:r1]).tolist():
                p.drawImage(QtCore.QRectF(left, float(row_y[r0 + r]), width, height), image,
                            QtCore.QRectF(0, r, width, 1))


def _density_alpha(counts: npt.NDArray[np.int32]) -> npt.NDArray[np.uint32]:
    """Alpha (0-255) of a density cell covered by *counts* records: 0 for none, then from
    0.35 for one record to opaque for 16 or more (log scale)."""
    table = np.zeros(17, dtype=np.uint32)
    table[1:] = (255 * (0.35 + 0.65 * np.minimum(1.0, np.log2(np.arange(1, 17)) / 4))
                 ).astype(np.uint32)
    return table[np.minimum(counts, 16)]


def _within(rect: QtCore.QRectF, visible: QtCore.QRectF) -> QtCore.QRectF:
    """*rect* cut at 2 pixels beyond the visible rect's left and right: the window clips
    what is drawn outside the view, but SVG output has no clipping, so a bar that starts
    before the view would be drawn over the lane names. The 2 pixels keep its cut ends
    (which are not its real ends) outside the view."""
    left = max(rect.left(), visible.left() - 2.0)
    right = min(rect.right(), visible.right() + 2.0)
    if right <= left:
        return rect
    return QtCore.QRectF(left, rect.top(), right - left, rect.height())


def _is_raster(painter: QtGui.QPainter) -> bool:
    """Whether *painter* paints pixels (screen, image), not vectors (SVG, PDF, picture)."""
    engine = painter.paintEngine()
    vector = (QtGui.QPaintEngine.Type.SVG, QtGui.QPaintEngine.Type.Pdf,
              QtGui.QPaintEngine.Type.Picture)
    return engine is None or engine.type() not in vector


def split_note(label: str) -> tuple[str, str]:
    """(*label* without its export footnote mark, the mark with its leading space):
    ``("Jean Népote", " [12]")``; the mark is ``""`` when there is none."""
    if label.endswith("]") and " [" in label:
        cut = label.rfind(" [")
        if label[cut + 2:-1].isdigit():
            return label[:cut], label[cut:]
    return label, ""


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
        if len(self._indices) == 0:
            return
        st = m.style
        sx, dx, sy, dy, visible = self._device(p)
        idx = self._in_view(sx, dx, sy, dy, visible)
        p.save()
        p.resetTransform()
        h = ROW_HEIGHT * sy
        min_w = st.px(st.min_bar_px)
        self.aggregated = len(idx) > AGGREGATE_ABOVE
        if self.aggregated:
            self._paint_density(p, idx, sx, dx, sy, dy, visible, min_w)
            self._paint_selection(p, sx, dx, sy, dy, h, min_w, visible)
            p.restore()
            return
        x0 = m.layout.x0_days[idx] * sx + dx
        x1 = m.layout.x1_days[idx] * sx + dx
        y0 = m.layout.y0[idx] * sy + dy
        font = st.font()
        p.setFont(font)
        fm = QtGui.QFontMetricsF(font)
        label_end: dict[float, float] = {}
        order = range(len(idx))  # row by row, each row by start
        for pos, k in enumerate(order):
            i = int(idx[k])
            look = m.look(i)
            p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
            left = float(x0[k])
            width = max(float(x1[k] - x0[k]), min_w)
            if width == min_w:
                left = float(x0[k] + x1[k]) / 2 - min_w / 2
            rect = _within(QtCore.QRectF(left, float(y0[k]), width, h), visible)
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
            pad = st.px(4)
            vis_left = max(left, visible.left() + pad) if left < visible.left() else left
            inner = min(left + width, visible.right()) - vis_left - 2 * pad
            beside_x = left + width + pad
            beside_room = min(next_left - pad, visible.right()) - beside_x
            if max(inner, beside_room) <= 0:
                continue  # no room for any label: do not even make its text
            text = m.labels[i]
            tw = self._advance(fm, i, text)
            if tw <= inner:
                tx = vis_left + pad  # inside, whole
            elif tw <= beside_room:
                tx = beside_x  # beside, whole
            elif inner >= fm.horizontalAdvance(text[:4] + "…"):
                # Inside, elided; never a guessed surname (name order differs by culture).
                # An export's footnote mark "[n]" stays whole when there is room for it.
                base, note = split_note(text)
                room = inner - fm.horizontalAdvance(note)
                if note and room >= fm.horizontalAdvance(base[:1] + "…"):
                    text = fm.elidedText(base, QtCore.Qt.TextElideMode.ElideRight, room) + note
                else:
                    text = fm.elidedText(text, QtCore.Qt.TextElideMode.ElideRight, inner)
                tw = fm.horizontalAdvance(text)
                tx = vis_left + pad
            else:
                continue
            p.setPen(st.color("text"))
            if tx < label_end.get(row_key, -1e18):
                continue
            draw_label(p, QtCore.QRectF(tx, float(y0[k]), tw + 1, h), text,
                       int(QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft))
            label_end[row_key] = tx + tw + pad
        p.setOpacity(1.0)
        self._paint_selection(p, sx, dx, sy, dy, h, min_w, visible)
        p.restore()

    def _paint_selection(self, p: QtGui.QPainter, sx: float, dx: float, sy: float, dy: float,
                         h: float, min_w: float, visible: QtCore.QRectF) -> None:
        sel = self._model.selected
        if not self.holds(sel):
            return
        assert sel is not None
        lay = self._model.layout
        a = float(lay.x0_days[sel]) * sx + dx
        b = float(lay.x1_days[sel]) * sx + dx
        top = float(lay.y0[sel]) * sy + dy
        st = self._model.style
        width = max(b - a, min_w)
        left = a if width > min_w else (a + b) / 2 - min_w / 2
        rect = _within(QtCore.QRectF(left, top, width, h), visible)
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        p.setPen(_pen(st.color("selection_halo"), st.px(5)))
        p.drawRect(rect.adjusted(-2, -2, 2, 2))
        p.setPen(_pen(st.color("selection"), st.px(2)))
        p.drawRect(rect)


class PointLaneItem(_LaneItem):
    """All point markers of one lane (sessions), labelled to the right where room allows."""

    def paint(self, p: QtGui.QPainter, *args: Any) -> None:
        m = self._model
        if len(self._indices) == 0:
            return
        st = m.style
        sx, dx, sy, dy, visible = self._device(p)
        idx = self._in_view(sx, dx, sy, dy, visible)
        p.save()
        p.resetTransform()
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        r = st.px(st.marker_px) / 2
        self.aggregated = len(idx) > AGGREGATE_ABOVE
        if self.aggregated:
            self._paint_density(p, idx, sx, dx, sy, dy, visible, 2 * r)
        else:
            self._paint_markers(p, idx, sx, dx, sy, dy, visible, r)
        p.setOpacity(1.0)
        sel = m.selected
        if self.holds(sel):
            assert sel is not None
            lay = m.layout
            centre = QtCore.QPointF(0.5 * float(lay.x0_days[sel] + lay.x1_days[sel]) * sx + dx,
                                    (float(lay.y0[sel]) + ROW_HEIGHT / 2) * sy + dy)
            p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            p.setPen(_pen(st.color("selection_halo"), st.px(4)))
            p.drawEllipse(centre, r + st.px(4), r + st.px(4))
            p.setPen(_pen(st.color("selection"), st.px(2)))
            p.drawEllipse(centre, r + st.px(1.5), r + st.px(1.5))
        p.restore()

    def _paint_markers(self, p: QtGui.QPainter, idx: npt.NDArray[np.intp], sx: float,
                       dx: float, sy: float, dy: float, visible: QtCore.QRectF,
                       r: float) -> None:
        m = self._model
        st = m.style
        cx = 0.5 * (m.layout.x0_days[idx] + m.layout.x1_days[idx]) * sx + dx
        if not _is_raster(p):  # no clipping in SVG: leave out markers centred outside
            inside = (cx >= visible.left()) & (cx <= visible.right())
            idx, cx = idx[inside], cx[inside]
        cy = (m.layout.y0[idx] + ROW_HEIGHT / 2) * sy + dy
        font = st.font()
        p.setFont(font)
        fm = QtGui.QFontMetricsF(font)
        order = range(len(idx))  # row by row, each row by start
        # Markers first, then labels, so that a label never hides a marker.
        if len(idx) > STAMP_ABOVE:
            self._stamp_markers(p, idx, cx, cy, r)
        else:
            self._paint_durations(p, idx, cy, sx, dx, r)
            for k in order:
                look = m.look(int(idx[k]))
                p.setOpacity(DIM_OPACITY if m.is_dimmed(int(idx[k])) else 1.0)
                p.setPen(_pen(look.edge, st.px(1.6), look.dashed))
                p.setBrush(QtGui.QBrush(look.fill))
                p.drawEllipse(QtCore.QPointF(float(cx[k]), float(cy[k])), r, r)
        p.setPen(st.color("text"))
        last_end: dict[float, float] = {}
        # Plain lists: indexing numpy arrays one element at a time costs more than drawing.
        xs, ys, ids = cx.tolist(), cy.tolist(), idx.tolist()
        gap, left, right = st.px(3), visible.left(), visible.right()
        ascent_shift = fm.ascent() / 2 - fm.descent() / 2
        n = len(ids)
        for k in order:
            i, x, y = ids[k], xs[k], ys[k]
            nxt = xs[k + 1] - r - gap if k + 1 < n and ys[k + 1] == y else float("inf")
            tx = x + r + gap
            limit = min(nxt, right)
            if tx >= limit or tx < last_end.get(y, -1e18) or x < left:
                continue  # no room for any label: do not even make its text
            p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
            text = m.labels[i]
            tw = self._advance(fm, i, text)
            if tx + tw > limit:
                # The first word (a session's number), keeping a footnote mark "[n]".
                base, note = split_note(text)
                text = base.split(" ", 1)[0] + note
                tw = fm.horizontalAdvance(text)
            if tx + tw > limit:
                continue
            draw_label(p, QtCore.QPointF(tx, y + ascent_shift), text)
            last_end[y] = tx + tw + st.px(4)

    def _paint_durations(self, p: QtGui.QPainter, idx: npt.NDArray[np.intp],
                         cy: npt.NDArray[np.float64], sx: float, dx: float, r: float) -> None:
        """Under a point whose record has an end (a session of several days), a light bar
        from its first to its last day, once zoomed in far enough for the bar to reach past
        the marker. The marker stays at the start; hit-testing is unchanged."""
        m = self._model
        for k, i in enumerate(idx.tolist()):
            record = m.records[i]
            start, end = record.start, record.end
            if start is None or end is None or end.last_day <= start.first_day:
                continue
            left, right = start.first_day * sx + dx, (end.last_day + 1) * sx + dx
            if right - left < 3 * r:
                continue
            look = m.look(i)
            colour = QtGui.QColor(look.edge)
            colour.setAlphaF(0.35)
            p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
            p.setPen(QtCore.Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(QtCore.QRectF(left, float(cy[k]) - r * 0.6, right - left, r * 1.2),
                              r * 0.6, r * 0.6)

    def _stamp_markers(self, p: QtGui.QPainter, idx: npt.NDArray[np.intp],
                       cx: npt.NDArray[np.float64], cy: npt.NDArray[np.float64],
                       r: float) -> None:
        """Draw each marker as a copy of a marker image made once per look."""
        m = self._model
        st = m.style
        stamps: dict[tuple[int, int, bool, float], QtGui.QPixmap] = self.__dict__.setdefault(
            "_stamps", {})
        half = math.ceil(r + st.px(2))
        xs = np.rint(cx - half).astype(np.int64).tolist()
        ys = np.rint(cy - half).astype(np.int64).tolist()
        # The stamp of each drawn index is kept (for this marker size and style), so a
        # pan over drawn markers costs one look-up and one copy per marker.
        version = (r, id(st))
        if self.__dict__.get("_stamp_version") != version:
            self.__dict__["_stamp_version"] = version
            self.__dict__["_stamp_of"] = {}
        stamp_of: dict[int, QtGui.QPixmap] = self.__dict__["_stamp_of"]
        dimmed = m.dimmed
        opacity = 1.0
        p.setOpacity(opacity)
        draw = p.drawPixmap
        for k, i in enumerate(idx.tolist()):
            stamp = stamp_of.get(i)
            if stamp is None:
                look = m.look(i)
                key = (look.fill.rgba(), look.edge.rgba(), look.dashed, r)
                stamp = stamps.get(key)
                if stamp is None:
                    stamp = stamps[key] = _marker_stamp(look, r, half, st)
                stamp_of[i] = stamp
            if dimmed is not None:
                wanted = DIM_OPACITY if dimmed[i] else 1.0
                if wanted != opacity:
                    opacity = wanted
                    p.setOpacity(opacity)
            draw(xs[k], ys[k], stamp)


def _marker_stamp(look: _Look, r: float, half: int, st: Style) -> QtGui.QPixmap:
    """A (2 * half)-pixel square image of one marker, centred, on transparency."""
    pixmap = QtGui.QPixmap(2 * half, 2 * half)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    painter.setPen(_pen(look.edge, st.px(1.6), look.dashed))
    painter.setBrush(QtGui.QBrush(look.fill))
    painter.drawEllipse(QtCore.QPointF(half, half), r, r)
    painter.end()
    return pixmap


class HandoverLaneItem(_LaneItem):
    """Flag handovers as arrows from the handing host's session to the receiving host's
    session, labelled ``from → to`` where the arrow is long enough."""

    def paint(self, p: QtGui.QPainter, *args: Any) -> None:
        m = self._model
        if len(self._indices) == 0:
            return
        st = m.style
        sx, dx, sy, dy, visible = self._device(p)
        idx = np.sort(self._in_view(sx, dx, sy, dy, visible))  # in layout order
        p.save()
        p.resetTransform()
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        head = st.px(7)
        self.aggregated = len(idx) > AGGREGATE_ABOVE
        if self.aggregated:
            self._paint_density(p, idx, sx, dx, sy, dy, visible, 2 * head)
            p.restore()
            return
        x0 = m.layout.x0_days[idx] * sx + dx
        x1 = m.layout.x1_days[idx] * sx + dx
        cy = (m.layout.y0[idx] + ROW_HEIGHT / 2) * sy + dy
        colour = st.color("handover")
        dot = st.px(3.5)
        font = st.font(size_px=st.font_px - 1)
        p.setFont(font)
        fm = QtGui.QFontMetricsF(font)
        row_h = ROW_HEIGHT * sy
        for k in range(len(idx)):
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
            if b - a - 2 * dot <= 0:
                continue  # no room for any label: do not even make its text
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
                    draw_label(p, QtCore.QPointF(tx, y - st.px(5) - fm.descent()), text)
                else:
                    rect = QtCore.QRectF(tx - 2, y - fm.height() / 2, tw + 4, fm.height())
                    p.fillRect(rect, st.color("background"))
                    p.setPen(st.color("text"))
                    draw_label(p, rect, text, int(QtCore.Qt.AlignmentFlag.AlignCenter))
        p.restore()


class BandItem(_LaneItem):
    """Background bands that fill a lane's height (years with no session: hatched; eras:
    plain tint)."""

    _by_lane = True

    def paint(self, p: QtGui.QPainter, *args: Any) -> None:
        m = self._model
        if len(self._indices) == 0:
            return
        st = m.style
        sx, dx, sy, dy, visible = self._device(p)
        idx = np.sort(self._in_view(sx, dx, sy, dy, visible))  # in layout order
        p.save()
        p.resetTransform()
        x0 = m.layout.x0_days[idx] * sx + dx
        x1 = m.layout.x1_days[idx] * sx + dx
        font = st.font(size_px=st.font_px - 1)
        p.setFont(font)
        fm = QtGui.QFontMetricsF(font)
        fill = st.color("band_fill")
        hatch = QtGui.QBrush(st.color("band_edge"), QtCore.Qt.BrushStyle.BDiagPattern)
        many = len(idx) > BANDS_ONE_BY_ONE
        if many:
            # A hatched (or translucent) fill of a lane-high band costs 0.1-0.2 ms; an
            # opaque one on whole pixels a few microseconds.
            plain = st.color("band_edge").lighter(125)
        for k in range(len(idx)):
            i = int(idx[k])
            lane = m.layout.lanes[int(m.layout.lane[i])]
            top, bottom = lane.y0 * sy + dy, lane.y1 * sy + dy
            left = float(x0[k])
            width = max(float(x1[k] - x0[k]), st.px(st.min_bar_px))
            rect = _within(QtCore.QRectF(left, top, width, bottom - top), visible)
            look = look_of(m.records[i], st)
            if look.pattern == QtCore.Qt.BrushStyle.NoBrush:  # an era: a plain tint
                p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
                p.fillRect(rect, look.fill)
            elif many:
                p.setOpacity(1.0)
                p.fillRect(rect.toAlignedRect(), plain)
            elif rect.width() * rect.height() > BAND_BLIT_PX and _is_raster(p):
                # A large hatched fill costs milliseconds; a copy of the same pixels from a
                # hatched image made once, a tenth (edges on whole pixels). Not in SVG or
                # PDF, where a brush is a few bytes and the image would be embedded whole.
                p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
                whole = rect.toAlignedRect().intersected(visible.toAlignedRect())
                p.drawImage(whole, self._hatched(visible, fill, hatch), whole)
            else:
                p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
                p.fillRect(rect, fill)
                p.fillRect(rect, hatch)
            if m.selected == i:
                p.setPen(_pen(st.color("selection"), st.px(2)))
                p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
                p.drawRect(rect)
            text = m.labels[i]
            tw = fm.horizontalAdvance(text)
            if tw + st.px(6) <= width:
                p.setPen(st.color("muted_text"))
                draw_label(p, QtCore.QPointF(left + st.px(3), top + fm.ascent() + st.px(1)), text)
        p.restore()


    def _hatched(self, visible: QtCore.QRectF, fill: QtGui.QColor,
                 hatch: QtGui.QBrush) -> QtGui.QImage:
        """An image from the device origin to the visible rect's far corner, filled as a
        band is (the pattern is aligned to the device origin, like a brush's)."""
        width = int(math.ceil(visible.right())) + 1
        height = int(math.ceil(visible.bottom())) + 1
        image: QtGui.QImage | None = self.__dict__.get("_hatch_image")
        if image is None or image.width() < width or image.height() < height:
            image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
            painter = QtGui.QPainter(image)
            painter.fillRect(QtCore.QRect(0, 0, width, height), fill)
            painter.fillRect(QtCore.QRect(0, 0, width, height), hatch)
            painter.end()
            self.__dict__["_hatch_image"] = image
        return image


class LaneBackgroundItem(_LaneItem):
    """Alternate shading behind the lanes, and the vertical grid at the date axis's ticks
    (drawn here in one call per level: pyqtgraph's axis grid cost 2.4 ms a frame)."""

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
        if sx > 0 and visible.width() > 0:
            # The same ticks as the date axis (same range, width and label size).
            major, minor = compute_ticks((visible.left() - dx) / sx,
                                         (visible.right() - dx) / sx, visible.width(),
                                         st.px(st.font_px) * TICK_CHAR_WIDTH)
            p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
            for ticks, opacity in ((minor, 0.5), (major, 1.0)):
                p.setOpacity(opacity)
                p.setPen(_pen(st.color("grid"), st.px(1)))
                p.drawLines([QtCore.QLineF(x, visible.top(), x, visible.bottom())
                             for x in (math.floor(t.days * sx + dx) + 0.5 for t in ticks)])
        p.restore()
