"""Arrows: the records of an ``arrow`` kind (flag handovers) of one lane, each from its
start to the start of its ``to_record`` (the handing host's session to the next)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6 import QtCore, QtGui

from viewer.core.layout import ROW_HEIGHT
from viewer.graphics.density import is_raster
from viewer.graphics.lane_item import (
    AGGREGATE_ABOVE,
    Device,
    Hit,
    LabelBoxes,
    LaneItem,
    box_distance,
    hits_of,
)
from viewer.graphics.looks import DIM_OPACITY, pen


class HandoverLaneItem(LaneItem):
    """Flag handovers as arrows from the handing host's session to the receiving host's
    session; an arrow is at least two arrow heads long. Labels (``from → to``) sit on the
    arrow, centred, on the background colour (placed by the label layer)."""

    _aggregates = True

    def _head(self) -> float:
        return self._model.style.px(7)

    def _extents(
        self, idx: npt.NDArray[np.intp], dev: Device
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        lay = self._model.layout
        a = lay.x0_days[idx] * dev.sx + dev.dx
        b = lay.x1_days[idx] * dev.sx + dev.dx
        return a, np.maximum(b, a + 2 * self._head())

    def label_boxes(self, dev: Device) -> LabelBoxes | None:
        idx = np.sort(self.in_view(dev))
        if len(idx) > AGGREGATE_ABOVE or not len(idx):
            return None
        a, b = self._extents(idx, dev)
        dot = self._dot()
        st = self._model.style
        return LabelBoxes(
            idx,
            a + dot,
            b - dot,
            inside=True,
            beside=False,
            centre=True,
            font=st.font(size_px=st.font_px - 1),
            boxed=True,
        )

    def _dot(self) -> float:
        return self._model.style.px(3.5)

    def hits(self, dev: Device, x_px: float, y_px: float, reach_px: float) -> list[Hit]:
        st = self._model.style
        head, dot = self._head(), self._dot()
        grow = reach_px + 2 * head + dot + st.px(2)
        idx = np.sort(self.near(dev, x_px - grow, x_px + grow, y_px - grow, y_px + grow))
        if not len(idx):
            return []
        if self.aggregated:
            return self.density_hits(idx, dev, x_px, y_px, reach_px)
        a, b = self._extents(idx, dev)
        lay = self._model.layout
        cy = (lay.y0[idx] + ROW_HEIGHT / 2) * dev.sy + dev.dy
        edge = st.px(2) / 2  # half the pen
        line = box_distance(x_px, y_px, a, b - head, cy, cy) - edge
        ring = np.hypot(x_px - a, y_px - cy) - dot - edge
        # The head: a triangle from (b - head, cy -/+ head / 1.6) to its tip at (b, cy).
        inside = (b - head - edge <= x_px) & (x_px <= b + edge)
        inside &= np.abs(y_px - cy) <= (b - x_px) / 1.6 + edge
        spread = head / 1.6
        tip = np.where(inside, 0.0, box_distance(x_px, y_px, b - head, b, cy - spread, cy + spread))
        d = np.maximum(np.minimum(np.minimum(line, ring), tip), 0.0)
        return hits_of(idx, d, reach_px)

    def paint_records(self, p: QtGui.QPainter, dev: Device, idx: npt.NDArray[np.intp]) -> None:
        m = self._model
        idx = np.sort(idx)  # in layout order
        self.antialias(p)
        head = self._head()
        self.aggregated = len(idx) > AGGREGATE_ABOVE
        if self.aggregated:
            self.paint_density(p, idx, dev, 2 * head)
        else:
            idx = self.exposed(idx, dev)
            x0, x1 = self._extents(idx, dev)
            cy = (m.layout.y0[idx] + ROW_HEIGHT / 2) * dev.sy + dev.dy
            for k, i in enumerate(idx.tolist()):
                if i != m.selected:  # drawn last, on top
                    p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
                    self._arrow(p, dev, float(x0[k]), float(x1[k]), float(cy[k]), i, False)
        p.setOpacity(1.0)
        sel = m.selected
        if sel is not None and self.holds(sel):
            self._paint_selected(p, dev, sel)

    def _paint_selected(self, p: QtGui.QPainter, dev: Device, i: int) -> None:
        """The selected arrow over its neighbours, framed in the selection's colour (the
        ring around a selected point is that colour on an orange halo; arrows are that
        orange, so a halo did not show them)."""
        m, st = self._model, self._model.style
        x0, x1 = self._extents(np.array([i]), dev)
        a, b = float(x0[0]), float(x1[0])
        y = (float(m.layout.y0[i]) + ROW_HEIGHT / 2) * dev.sy + dev.dy
        half = max(self._head() / 1.6, self._dot()) + st.px(3)
        frame = QtCore.QRectF(
            a - self._dot() - st.px(3), y - half, b - a + self._dot() + st.px(6), 2 * half
        )
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        p.setPen(pen(st.color("selection"), st.px(2)))
        p.drawRoundedRect(frame, half, half)
        self._arrow(p, dev, a, b, y, i, True)

    def _arrow(
        self, p: QtGui.QPainter, dev: Device, a: float, b: float, y: float, i: int, selected: bool
    ) -> None:
        """Record *i*'s arrow from *a* to *b* (device pixels) at height *y*: a dot at the
        start, a line, a head at the end."""
        st = self._model.style
        head, dot = self._head(), self._dot()
        look = self._model.look(i)
        colour = look.edge
        width = st.px(3 if selected else 2)
        # A start not known (drawn over the end's date): the line dashed, as a bar's edge.
        p.setPen(pen(colour, width, look.dashed))
        p.setBrush(QtGui.QBrush(colour))
        # SVG has no clipping: the line stops 2 px beyond the view, and a dot or head
        # outside it is left out (else it strikes through the lane names).
        vector = not is_raster(p)
        left, right = dev.visible.left(), dev.visible.right()
        line_a = max(a, left - 2.0) if vector else a
        line_b = min(b - head, right + 2.0) if vector else b - head
        if line_b > line_a:
            p.drawLine(QtCore.QPointF(line_a, y), QtCore.QPointF(line_b, y))
        p.setPen(pen(colour, width))
        if not vector or left <= a <= right:
            p.drawEllipse(QtCore.QPointF(a, y), dot, dot)
        if not vector or left <= b - head and b <= right + head:
            p.drawPolygon(
                QtGui.QPolygonF(
                    [
                        QtCore.QPointF(b, y),
                        QtCore.QPointF(b - head, y - head / 1.6),
                        QtCore.QPointF(b - head, y + head / 1.6),
                    ]
                )
            )
