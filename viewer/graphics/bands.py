"""Behind the records: background bands that fill a lane's height (records of a ``band``
kind: hatched or a plain tint, as the kind's look says; a tint's ends are drawn in its edge
colour, so overlapping ones can be told apart) or every lane's (bands without a lane), and
the lanes' alternate shading with the vertical grid."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6 import QtCore, QtGui

from viewer.core.ticks import compute_ticks
from viewer.graphics.density import is_raster
from viewer.graphics.guard import guarded_paint
from viewer.graphics.lane_item import (
    Device,
    Hit,
    LabelBoxes,
    LaneItem,
    box_distance,
    hits_of,
    within,
)
from viewer.graphics.looks import DIM_OPACITY, Look, pen

TICK_CHAR_WIDTH = 0.62
"""Width of a label character as a share of the font's pixel size, for tick spacing (the
date axis uses the same)."""
BANDS_ONE_BY_ONE = 12
"""With more background bands than this in view, they are filled plain grey (opaque, on
whole pixels, never dimmed) instead of hatched."""
BAND_LABELS_UP_TO = 64
"""With more background bands than this in view (of one item), none is named: each is
always offered a label (they are not obstacles), and a frame stays within its budget."""
BAND_BLIT_PX = 60_000
"""A hatched band larger than this (in square pixels) is copied from a pre-drawn image."""


class BandItem(LaneItem):
    """Background bands that fill a lane's height, hatched (the look's pattern in its edge
    colour over its fill) or a plain tint (a look without a brush pattern)."""

    _by_lane = True

    def reset_caches(self) -> None:
        """Forget the hatched image (made in the old style)."""
        self._hatch_image: QtGui.QImage | None = None
        self._hatch_key: tuple[int, int, int] | None = None

    def _boxes(self, idx: npt.NDArray[np.intp], dev: Device) -> tuple[npt.NDArray[np.float64], ...]:
        """Left, right (of the dates: a band is drawn at least ``style.min_bar_px`` wide),
        top and bottom of the bands of *idx* in device pixels."""
        lay = self._model.layout
        x0 = lay.x0_days[idx] * dev.sx + dev.dx
        x1 = lay.x1_days[idx] * dev.sx + dev.dx
        y0 = lay.y0[idx] * dev.sy + dev.dy
        y1 = (lay.y0[idx] + lay.height[idx]) * dev.sy + dev.dy
        return x0, x1, y0, y1

    def label_boxes(self, dev: Device) -> LabelBoxes | None:
        """The bands in view, for labels inside them, in one of their lane's first rows,
        placed after every other label (see :class:`LabelBoxes`). Never beside: there a
        band's name read as naming the years next to it."""
        idx = self.in_view(dev)
        if not len(idx) or len(idx) > BAND_LABELS_UP_TO:
            return None
        st = self._model.style
        x0, x1, _, _ = self._boxes(idx, dev)
        x1 = x0 + np.maximum(x1 - x0, st.px(st.min_bar_px))
        font = st.font(size_px=st.font_px - 1)
        # Inside only: a name beside a band read as naming the years next to it.
        return LabelBoxes(idx, x0, x1, True, False, False, font, backdrop=True)

    def hits(self, dev: Device, x_px: float, y_px: float, reach_px: float) -> list[Hit]:
        st = self._model.style
        grow = reach_px + st.px(st.min_bar_px)
        idx = np.sort(self.near(dev, x_px - grow, x_px + grow, y_px - reach_px, y_px + reach_px))
        if not len(idx):
            return []
        x0, x1, y0, y1 = self._boxes(idx, dev)
        x1 = x0 + np.maximum(x1 - x0, st.px(st.min_bar_px))
        return hits_of(idx, box_distance(x_px, y_px, x0, x1, y0, y1), reach_px)

    def paint_records(self, p: QtGui.QPainter, dev: Device, idx: npt.NDArray[np.intp]) -> None:
        m = self._model
        st = m.style
        visible = dev.visible
        idx = np.sort(idx)  # in layout order
        x0, x1, y0, y1 = self._boxes(idx, dev)
        # A hatched (or translucent) fill of a lane-high band costs 0.1-0.2 ms; an opaque
        # one on whole pixels a few microseconds.
        many = len(idx) > BANDS_ONE_BY_ONE
        edges: list[tuple[int, float, float, float, float, Look]] = []
        if dev.dirty is not None:
            part = np.isin(idx, self.exposed(idx, dev))
            idx, x0, x1, y0, y1 = idx[part], x0[part], x1[part], y0[part], y1[part]
        for k in range(len(idx)):
            i = int(idx[k])
            top, bottom = float(y0[k]), float(y1[k])
            left = float(x0[k])
            width = max(float(x1[k] - x0[k]), st.px(st.min_bar_px))
            rect = within(QtCore.QRectF(left, top, width, bottom - top), visible)
            look = m.look(i)
            fill, hatch = look.fill, QtGui.QBrush(look.edge, look.pattern)
            if m.picking:
                p.fillRect(rect.toAlignedRect() if many else rect, fill)
                continue
            if look.pattern == QtCore.Qt.BrushStyle.NoBrush:  # a plain tint
                p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
                p.fillRect(rect, look.fill)
                if not many:
                    edges.append((i, left, left + width, top, bottom, look))
            elif many:
                p.setOpacity(1.0)
                p.fillRect(rect.toAlignedRect(), look.edge.lighter(125))
            elif rect.width() * rect.height() > BAND_BLIT_PX and is_raster(p):
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
            if look.dashed and look.pattern != QtCore.Qt.BrushStyle.NoBrush and not many:
                # A date not known (a start, drawn over its end's date): a dashed frame,
                # as a bar's edge is dashed (a trial found bands drawn plain).
                p.setPen(pen(look.edge, st.px(1), True))
                p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
                p.drawRect(rect)
            if m.selected == i:
                p.setPen(pen(st.color("selection"), st.px(2)))
                p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
                p.drawRect(rect)
        # The ends of each tint, over every fill: where eras overlap (one colour, opaque),
        # each one's start and end still show.
        for i, a, b, top, bottom, edge_look in edges:
            p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
            p.setPen(pen(edge_look.edge, st.px(1), edge_look.dashed))
            for x in (a, b):
                if visible.left() <= x <= visible.right():
                    p.drawLine(QtCore.QPointF(x, top), QtCore.QPointF(x, bottom))
        p.setOpacity(1.0)

    def _hatched(
        self, visible: QtCore.QRectF, fill: QtGui.QColor, hatch: QtGui.QBrush
    ) -> QtGui.QImage:
        """An image from the device origin to the visible rect's far corner, filled as a
        band is (the pattern is aligned to the device origin, like a brush's)."""
        width = int(math.ceil(visible.right())) + 1
        height = int(math.ceil(visible.bottom())) + 1
        image = self._hatch_image
        key = (fill.rgba(), hatch.color().rgba(), int(hatch.style().value))
        if (
            image is None
            or image.width() < width
            or image.height() < height
            or key != self._hatch_key
        ):
            image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
            painter = QtGui.QPainter(image)
            painter.fillRect(QtCore.QRect(0, 0, width, height), fill)
            painter.fillRect(QtCore.QRect(0, 0, width, height), hatch)
            painter.end()
            self._hatch_image, self._hatch_key = image, key
        return image


class AcrossBandItem(BandItem):
    """Background bands across every lane (eras of the whole timeline), drawn as
    :class:`BandItem` draws a lane's; in view wherever the view is scrolled."""

    _by_lane = False
    _one_row = True
    _every_lane = True


class LaneBackgroundItem(LaneItem):
    """Alternate shading behind the lanes, and the vertical grid at the date axis's ticks
    (drawn here in one call per level: pyqtgraph's axis grid cost 2.4 ms a frame)."""

    @guarded_paint
    def paint(self, p: QtGui.QPainter, *args: Any) -> None:
        m = self._model
        if m.picking:  # no record's
            return
        st = m.style
        dev = self.device(p)
        sx, dx, sy, dy, visible = dev.sx, dev.dx, dev.sy, dev.dy, dev.visible
        p.save()
        p.resetTransform()
        lay = m.layout
        if sy != 0:  # only the lanes in view: a frame costs nothing per lane out of view
            ya, yb = (visible.top() - dy) / sy, (visible.bottom() - dy) / sy
            first, end = lay.lanes_between(min(ya, yb), max(ya, yb))
        else:
            first = end = 0
        for n in range(first - first % 2, end, 2):
            lane = lay.lanes[n]
            top, bottom = lane.y0 * sy + dy, lane.y1 * sy + dy
            p.fillRect(
                QtCore.QRectF(visible.left(), top, visible.width(), bottom - top),
                st.color("lane_shade"),
            )
        if sx > 0 and visible.width() > 0:
            # The same ticks as the date axis (same range, width and label size).
            major, minor = compute_ticks(
                (visible.left() - dx) / sx,
                (visible.right() - dx) / sx,
                visible.width(),
                st.px(st.font_px) * TICK_CHAR_WIDTH,
            )
            p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
            for ticks, opacity in ((minor, 0.5), (major, 1.0)):
                p.setOpacity(opacity)
                p.setPen(pen(st.color("grid"), st.px(1)))
                p.drawLines(
                    [
                        QtCore.QLineF(x, visible.top(), x, visible.bottom())
                        for x in (math.floor(t.days * sx + dx) + 0.5 for t in ticks)
                    ]
                )
        p.restore()
