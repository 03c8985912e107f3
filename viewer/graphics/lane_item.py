"""The base of the batched lane items: one item per lane and kind draws all its records.

Each item holds the layout indices it draws and paints them all in one pass, in device
pixels, so that markers keep a minimum size and lines stay crisp. Only what is inside the
view is drawn: each item keeps a :class:`~viewer.core.spatial.RowIndex` of its records and
asks it for the rows and days in view (two binary searches per row), so a frame costs what
is visible, not what is loaded. When more than :data:`AGGREGATE_ABOVE` of an item's
records are in view, it draws their density instead (:mod:`viewer.graphics.density`) and
no labels. Labels are not drawn by the items: each says where its records are
(:meth:`LaneItem.label_boxes`) and :class:`~viewer.graphics.label_layer.LabelLayerItem`
places them all at once.

Items follow pyqtgraph's ``BarGraphItem`` contract: ``boundingRect()`` is the view
rectangle (the items draw wherever the view looks). Each item also says which of its
records its last paint drew at a pixel (:meth:`LaneItem.hits`, from the same geometry as
its drawing, topmost first); :mod:`viewer.graphics.picking` asks the items in reverse
paint order. In a pick image (:attr:`ChartModel.picking`) each record is drawn in a colour
of its own, with the same drawing code, so the two can be compared pixel by pixel.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from viewer.core.layout import ROW_HEIGHT, ROW_PITCH
from viewer.core.pixel_counts import covered_columns
from viewer.core.spatial import RowIndex
from viewer.graphics.density import (
    DensityImages,
    density_images,
    draw_density,
)
from viewer.graphics.guard import guarded_paint
from viewer.graphics.model import ChartModel, pick_colour

CULL_MARGIN_PX = 40.0
"""Records this far outside the view are still drawn (their marker or label reaches in)."""
AGGREGATE_ABOVE = 1000
"""An item with more records than this in view draws their density instead of each."""


@dataclass(frozen=True)
class Device:
    """The painter's mapping and the visible rectangle, in device pixels:
    ``x_px = sx * days + dx``, ``y_px = sy * lane_units + dy``."""

    sx: float
    dx: float
    sy: float
    dy: float
    visible: QtCore.QRectF
    dirty: QtCore.QRectF | None = None
    """The part of the visible rect this paint redraws (a change of selection redraws the
    rows of the old and new selection only); ``None``: all of it."""


@dataclass(frozen=True)
class LabelBoxes:
    """Where an item's records in view are drawn, for label placement.

    Attributes
    ----------
    indices : int array (n,)
        Layout indices.
    x0_px, x1_px : float arrays (n,)
        Left and right edge of each record as drawn, in device pixels.
    inside, beside, centre : bool
        Whether labels may sit inside the shapes, beside them, and centred inside.
    font : QFont
        The labels' font.
    boxed : bool
        Whether a label inside is drawn on the background colour (over an arrow's line).
    backdrop : bool
        Background bands: other labels may cross them, their own labels are placed after
        the others', whole (never cut), in the muted text colour.
    ring_px : float
        How far beyond its edges the selected record's ring reaches, in device pixels: its
        label goes beyond that ("2 Berlin" had its 2 under a marker's ring).
    """

    indices: npt.NDArray[np.intp]
    x0_px: npt.NDArray[np.float64]
    x1_px: npt.NDArray[np.float64]
    inside: bool
    beside: bool
    centre: bool
    font: QtGui.QFont
    boxed: bool = False
    backdrop: bool = False
    ring_px: float = 0.0


def within(rect: QtCore.QRectF, visible: QtCore.QRectF) -> QtCore.QRectF:
    """*rect* cut at 2 pixels beyond the visible rect's left and right: the window clips
    what is drawn outside the view, but SVG output has no clipping, so a bar that starts
    before the view would be drawn over the lane names. The 2 pixels keep its cut ends
    (which are not its real ends) outside the view."""
    left = max(rect.left(), visible.left() - _CUT_BEYOND_PX)
    right = min(rect.right(), visible.right() + _CUT_BEYOND_PX)
    if right <= left:
        return rect
    return QtCore.QRectF(left, rect.top(), right - left, rect.height())


_CUT_BEYOND_PX = 2.0
"""How far beyond the visible rect's left and right :func:`within` and :func:`within_x`
cut what is drawn."""


def within_x(
    x0: npt.NDArray[np.float64], x1: npt.NDArray[np.float64], visible: QtCore.QRectF
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """:func:`within` of many rects at once: their left and right edges (pixels, (n,))
    cut at 2 pixels beyond the visible rect's left and right."""
    left = np.maximum(x0, visible.left() - _CUT_BEYOND_PX)
    right = np.minimum(x1, visible.right() + _CUT_BEYOND_PX)
    cut = right > left
    return np.where(cut, left, x0), np.where(cut, right, x1)


MOST_HITS = 64
"""At most this many records of an item are reported at one point, the topmost (where a
density stands for thousands, repeated clicks cycle through these)."""

Hit = tuple[int, float]
"""A record near a pixel: (layout index, distance in device pixels from the pixel to what
is drawn of it; 0 when the pixel is on it)."""


def box_distance(
    x_px: float,
    y_px: float,
    left: npt.NDArray[np.float64] | float,
    right: npt.NDArray[np.float64] | float,
    top: npt.NDArray[np.float64] | float,
    bottom: npt.NDArray[np.float64] | float,
) -> npt.NDArray[np.float64]:
    """Distance in pixels from ``(x_px, y_px)`` to each box ``[left, right] x [top,
    bottom]`` (device pixels, arrays of one shape); 0 inside."""
    gap_x = np.maximum(np.maximum(np.subtract(left, x_px), np.subtract(x_px, right)), 0.0)
    gap_y = np.maximum(np.maximum(np.subtract(top, y_px), np.subtract(y_px, bottom)), 0.0)
    return np.asarray(np.hypot(gap_x, gap_y), dtype=np.float64)


def hits_of(
    idx: npt.NDArray[np.intp], distance: npt.NDArray[np.float64], reach_px: float
) -> list[Hit]:
    """The records of *idx* (in paint order) within *reach_px* by *distance* (same
    shape), topmost (last painted) first; at most :data:`MOST_HITS`."""
    near = np.flatnonzero(distance <= reach_px)[::-1][:MOST_HITS]
    return list(zip(idx[near].tolist(), distance[near].tolist(), strict=True))


class LaneItem(pg.GraphicsObject):
    """Base of the batched items: the view-wide bounding rect, device-pixel mapping and
    the query of what is in view.

    Attributes
    ----------
    aggregated : bool
        Whether the last paint drew densities instead of each record.
    """

    #: Rows of the index: lanes (for bands that fill them) instead of sub-rows.
    _by_lane = False
    #: One row for all records (bands across every lane), in view whatever the lanes in view.
    _one_row = False
    #: Draws over every lane (bands across every lane, labels): asked at every point.
    _every_lane = False
    #: Draws densities where more than :data:`AGGREGATE_ABOVE` of its records are in view.
    _aggregates = False
    #: Days a record may be drawn past its layout dates (a bar's day-precision ends reach
    #: their days' midnights): looked for so much further (:meth:`near`).
    _reach_days = 0.0

    def __init__(self, model: ChartModel, indices: npt.NDArray[np.intp]) -> None:
        super().__init__()
        # Qt then gives paint() the exposed rect: a partial repaint draws what is there.
        self.setFlag(QtWidgets.QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.aggregated = False
        self._density_min_px = 0.0
        self.drawn: npt.NDArray[np.intp] = np.zeros(0, dtype=np.intp)
        """Layout indices the last paint drew, in paint order."""
        self._set(model, indices)

    def _set(self, model: ChartModel, indices: npt.NDArray[np.intp]) -> None:
        self._model = model
        self._indices = np.asarray(indices, dtype=np.intp)
        self._in_view: tuple[tuple[object, ...], npt.NDArray[np.intp]] | None = None
        lay = model.layout
        # The item's records are in one lane, or in a run of neighbouring lanes when a
        # file has more lanes than the chart makes items (see TimelineChart.set_data): its
        # index holds them alone (positions into ``_indices``) by their row within the
        # run, so building and asking it cost what the item draws, not what the chart
        # holds (100,000 lanes each indexing every row of the chart took gigabytes).
        # Bands across every lane are one row.
        idx = self._indices
        if len(idx):
            lanes = lay.lane[idx]
            self._lanes = (int(lanes.min()), int(lanes.max()))
        else:
            self._lanes = (0, -1)
        lo, hi = self._lanes
        if self._one_row:
            self._first_row, n_rows = 0, 1
        elif hi < lo:
            self._first_row, n_rows = 0, 0
        elif self._by_lane:
            self._first_row, n_rows = lo, hi - lo + 1
        else:
            self._first_row = int(lay.row_base[lo])
            n_rows = int(lay.row_base[hi]) + lay.lanes[hi].rows - self._first_row
        self._n_rows = n_rows
        keys = self._row_keys(idx)
        self._index = RowIndex.build(keys, lay.x0_days[idx], lay.x1_days[idx], None, n_rows)
        self._density_colour: QtGui.QColor | None = None
        self._density_cache: tuple[tuple[object, ...], object, object, DensityImages] | None = None
        if len(self._indices):
            self._density_colour = model.look(int(self._indices[0])).edge
        self.reset_caches()

    def _row_keys(self, idx: npt.NDArray[np.intp]) -> npt.NDArray[np.int64]:
        """The row keys (int64, (m,)) of this item's records *idx* in its index: 0 in one
        row, lane numbers from the first, or rows of the chart from the first lane's."""
        lay = self._model.layout
        if self._one_row or self._n_rows == 0:
            return np.zeros(len(idx), dtype=np.int64)
        if self._by_lane:
            return lay.lane[idx].astype(np.int64) - self._first_row
        return lay.global_row[idx] - self._first_row

    def reset_caches(self) -> None:
        """Forget what was drawn from the old model and style (subclasses add theirs)."""

    # -- pyqtgraph / Qt contract ------------------------------------------------------
    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        rect = self.viewRect()
        return rect if rect is not None else QtCore.QRectF()

    def viewRangeChanged(self) -> None:  # noqa: N802
        self.prepareGeometryChange()
        self.update()

    def refresh(self) -> None:
        """Redraw after a change of selection or style."""
        self.update()

    def dense(self, dev: Device) -> bool:
        """Whether this item draws densities in the view *dev* (more than
        :data:`AGGREGATE_ABOVE` of its records are in it): they get no labels, and no
        band's label is drawn over its lanes."""
        return self._aggregates and len(self.in_view(dev)) > AGGREGATE_ABOVE

    @property
    def lane_range(self) -> tuple[int, int]:
        """The first and last lane number whose records this item draws (the first is
        larger when it draws none)."""
        return self._lanes

    def in_lane(self, lane: int) -> bool:
        """Whether this item draws records of lane number *lane*."""
        return self._lanes[0] <= lane <= self._lanes[1]

    def holds(self, index: int | None) -> bool:
        """Whether layout *index* is one of the records this item draws."""
        if index is None or not len(self._indices):
            return False
        pos = int(np.searchsorted(self._indices, index))
        return pos < len(self._indices) and int(self._indices[pos]) == index

    def overlaps_lanes(self, first: int, end: int) -> bool:
        """Whether this item draws records of a lane in ``[first, end)``."""
        return self._every_lane or (self._lanes[0] < end and first <= self._lanes[1])

    @guarded_paint
    def paint(self, p: QtGui.QPainter, *args: object) -> None:
        """Draw this item's records in view (:meth:`paint_records`), in device pixels."""
        if len(self._indices) == 0:
            return
        dev = self.device(p, args[0] if args else None)
        idx = self.in_view(dev)
        self.drawn = idx
        p.save()
        p.resetTransform()
        if self._model.picking:
            p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        try:
            self.paint_records(p, dev, idx)
        finally:
            p.restore()

    def paint_records(self, p: QtGui.QPainter, dev: Device, idx: npt.NDArray[np.intp]) -> None:
        """Draw the records of layout indices *idx* (those in view, row by row); *p*
        paints in device pixels (see :class:`Device`)."""
        raise NotImplementedError

    def label_boxes(self, dev: Device) -> LabelBoxes | None:
        """Where this item's labelled records in view are drawn; ``None`` when it draws
        no labels (bands, densities)."""
        return None

    def hits(self, dev: Device, x_px: float, y_px: float, reach_px: float) -> list[Hit]:
        """This item's records that its last paint drew within *reach_px* of the point
        ``(x_px, y_px)`` (device pixels, as *dev* maps), topmost first. Asks the index
        for the rows and days near the point only: the cost is that of the records
        there, not of the item."""
        return []

    def density_hits(
        self, idx: npt.NDArray[np.intp], dev: Device, x_px: float, y_px: float, reach_px: float
    ) -> list[Hit]:
        """:meth:`hits` of *idx* (near the point, in paint order) where the last paint
        drew densities: each record counts in the pixel columns of its extent over its
        row's height (:func:`~viewer.core.pixel_counts.covered_columns`)."""
        lay = self._model.layout
        lo, hi = covered_columns(lay, idx, dev.sx, dev.dx, self._density_min_px)
        top = lay.y0[idx] * dev.sy + dev.dy
        d = box_distance(x_px, y_px, np.floor(lo), np.floor(hi) + 1, top, top + ROW_HEIGHT * dev.sy)
        return hits_of(idx, d, reach_px)

    def antialias(self, p: QtGui.QPainter) -> None:
        """Turn on antialiasing, except in a pick image (whose colours are ids)."""
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, not self._model.picking)

    # -- helpers ------------------------------------------------------------------------
    def device(self, painter: QtGui.QPainter, option: object = None) -> Device:
        """The painter's mapping from data to device pixels, the visible rect and the part
        of it to redraw (*option*'s exposed rect, when it is a part)."""
        dev = self.device_of(painter.transform())
        exposed = getattr(option, "exposedRect", None)
        if isinstance(exposed, QtCore.QRectF) and not exposed.isEmpty():
            dirty = painter.transform().mapRect(exposed).intersected(dev.visible)
            if not dirty.contains(dev.visible):
                return replace(dev, dirty=dirty)
        return dev

    def exposed(self, idx: npt.NDArray[np.intp], dev: Device) -> npt.NDArray[np.intp]:
        """The records of *idx* (in view, in paint order) that may draw into the part of
        the view being redrawn (all of *idx* when all is)."""
        dirty = dev.dirty
        if dirty is None or not len(idx):
            return idx
        near = self.near(
            dev,
            dirty.left() - CULL_MARGIN_PX,
            dirty.right() + CULL_MARGIN_PX,
            dirty.top(),
            dirty.bottom(),
            ROW_PITCH,
        )
        return idx[np.isin(idx, near)]

    def device_of(self, t: QtGui.QTransform) -> Device:
        """The mapping *t* from data to device pixels, and the visible rect under it."""
        view = self.viewRect()
        visible = t.mapRect(view) if view is not None else QtCore.QRectF()
        return Device(t.m11(), t.dx(), t.m22(), t.dy(), visible)

    def in_view(self, dev: Device) -> npt.NDArray[np.intp]:
        """Layout indices of this item's records in view (with a margin), row by row and
        each row by start."""
        visible = dev.visible
        key = (dev.sx, dev.dx, dev.sy, dev.dy, visible.getRect())
        last = self._in_view
        if last is not None and last[0] == key:
            return last[1]  # the same view (a repaint for a change of selection)
        idx = self.near(
            dev,
            visible.left() - CULL_MARGIN_PX,
            visible.right() + CULL_MARGIN_PX,
            visible.top(),
            visible.bottom(),
            ROW_PITCH,
        )
        self._in_view = (key, idx)
        return idx

    def near(
        self,
        dev: Device,
        left_px: float,
        right_px: float,
        top_px: float,
        bottom_px: float,
        rows_margin: float = 0.0,
    ) -> npt.NDArray[np.intp]:
        """Layout indices of this item's records whose dates overlap the device pixels
        ``[left_px, right_px]`` in rows overlapping ``[top_px, bottom_px]`` (widened by
        *rows_margin* lane units), row by row and each row by start."""
        return self._near_in(
            self._index, self._indices, dev, left_px, right_px, top_px, bottom_px, rows_margin
        )

    def _near_in(
        self,
        index: RowIndex,
        indices: npt.NDArray[np.intp],
        dev: Device,
        left_px: float,
        right_px: float,
        top_px: float,
        bottom_px: float,
        rows_margin: float = 0.0,
    ) -> npt.NDArray[np.intp]:
        """:meth:`near` in *index* (of this item's records *indices*, by their row keys)."""
        sx, dx, sy, dy = dev.sx, dev.dx, dev.sy, dev.dy
        if sx == 0 or sy == 0 or not len(indices):
            return np.zeros(0, dtype=np.intp)
        xa = (left_px - dx) / sx
        xb = (right_px - dx) / sx
        xa, xb = min(xa, xb) - self._reach_days, max(xa, xb) + self._reach_days
        ya = (top_px - dy) / sy
        yb = (bottom_px - dy) / sy
        y_lo, y_hi = min(ya, yb) - rows_margin, max(ya, yb) + rows_margin
        lay = self._model.layout
        if self._one_row:
            rows = (0, 1)
        elif self._by_lane:
            rows = lay.lanes_between(y_lo, y_hi)
        else:
            rows = lay.rows_between(y_lo, y_hi)
        first = self._first_row
        return indices[index.query(rows[0] - first, rows[1] - first, min(xa, xb), max(xa, xb))]

    def paint_density(
        self, p: QtGui.QPainter, vis: npt.NDArray[np.intp], dev: Device, min_px: float
    ) -> None:
        """Draw *vis* as densities in this item's colour (see
        :func:`viewer.graphics.density.paint_density`)."""
        m = self._model
        self._density_min_px = min_px
        colour = self._density_colour
        if colour is None:
            return
        if m.picking:  # each record over the cells it counts in, the later over the earlier
            lo, hi = covered_columns(m.layout, vis, dev.sx, dev.dx, min_px)
            top = m.layout.y0[vis] * dev.sy + dev.dy
            h = ROW_HEIGHT * dev.sy
            for i, left, right, y in zip(
                vis.tolist(),
                np.floor(lo).tolist(),
                (np.floor(hi) + 1).tolist(),
                top.tolist(),
                strict=True,
            ):
                p.fillRect(QtCore.QRectF(left, y, right - left, h), pick_colour(i))
            return
        # A repaint of the same view (a click changes the selection only) draws the images
        # of the last count again.
        key = (
            dev.sx,
            dev.dx,
            dev.sy,
            dev.dy,
            dev.visible.getRect(),
            min_px,
            colour.rgba(),
            len(vis),
        )
        cached = self._density_cache
        if (
            cached is None
            or cached[0] != key
            or cached[1] is not m.layout
            or cached[2] is not m.dimmed
        ):
            cached = self._density_cache = (
                key,
                m.layout,
                m.dimmed,
                density_images(
                    m.layout,
                    vis,
                    m.dimmed,
                    colour,
                    dev.sx,
                    dev.dx,
                    dev.sy,
                    dev.dy,
                    dev.visible,
                    min_px,
                ),
            )
        draw_density(p, cached[3])
