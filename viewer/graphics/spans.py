"""Bars: the terms of office (and other spans) of one lane, drawn in one pass."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6 import QtCore, QtGui

from viewer.core.layout import ROW_HEIGHT, Layout, meeting_ends
from viewer.graphics.lane_item import (
    AGGREGATE_ABOVE,
    Device,
    Hit,
    LabelBoxes,
    LaneItem,
    box_distance,
    hits_of,
    within,
    within_x,
)
from viewer.graphics.looks import DIM_OPACITY, Look, pen


class SpanLaneItem(LaneItem):
    """All bars of one lane; their labels go inside or beside them (placed by the label
    layer). A bar is at least ``style.min_bar_px`` wide, centred on its dates then."""

    _aggregates = True
    _reach_days = 0.5

    def _extents(
        self,
        idx: npt.NDArray[np.intp],
        dev: Device,
        among: npt.NDArray[np.intp] | None = None,
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """Left and right edge in device pixels of the bars of *idx*, as drawn: a start or
        end given to the day covers its whole day, from midnight to midnight, as a band
        and a session's days do (the layout places it at noon, so that a term ending the
        day the next begins shares its row; a bar of 10-12 June read as two days at day
        zoom: a new user's finding), unless another item of its row meets it there: a term
        handing over that day, a meeting on a term's last day (see :func:`_met`; *among*:
        the bars in view). Other dates are at the centre of their period."""
        lay, st = self._model.layout, self._model.style
        a_days, b_days = lay.x0_days[idx], lay.x1_days[idx]
        cols = self._model.dataset.columns
        pos = lay.record_pos[idx]
        first, last = cols.start_first[pos], cols.end_last[pos]
        # Not where items of a row meet: a handover's day is shared (see _met).
        starts_met, ends_met = _met(lay, idx, among)
        day_start = cols.has_start[pos] & (cols.start_last[pos] == first) & ~starts_met
        day_end = (
            cols.has_end[pos] & (cols.end_first[pos] == last) & ~cols.open_end[pos] & ~ends_met
        )
        a_days = np.where(day_start & (a_days == first + 0.5), first, a_days)
        b_days = np.where(day_end & (b_days == last + 0.5), last + 1.0, b_days)
        a = a_days * dev.sx + dev.dx
        b = b_days * dev.sx + dev.dx
        min_w = st.px(st.min_bar_px)
        narrow = b - a < min_w
        centre = 0.5 * (a + b)
        return (np.where(narrow, centre - min_w / 2, a), np.where(narrow, centre + min_w / 2, b))

    def label_boxes(self, dev: Device) -> LabelBoxes | None:
        idx = self.in_view(dev)
        if len(idx) > AGGREGATE_ABOVE or not len(idx):
            return None
        x0, x1 = self._extents(idx, dev)
        return LabelBoxes(
            idx, x0, x1, inside=True, beside=True, centre=False, font=self._model.style.font()
        )

    def hits(self, dev: Device, x_px: float, y_px: float, reach_px: float) -> list[Hit]:
        st = self._model.style
        grow = reach_px + st.px(st.min_bar_px) / 2 + 1
        idx = self.near(dev, x_px - grow, x_px + grow, y_px - grow, y_px + grow)
        if not len(idx):
            return []
        if self.aggregated:
            return self.density_hits(idx, dev, x_px, y_px, reach_px)
        x0, x1 = self._extents(idx, dev)
        top = self._model.layout.y0[idx] * dev.sy + dev.dy
        edge = st.px(1) / 2  # half the pen
        h = ROW_HEIGHT * dev.sy
        return hits_of(
            idx,
            box_distance(x_px, y_px, x0 - edge, x1 + edge, top - edge, top + h + edge),
            reach_px,
        )

    def paint_records(self, p: QtGui.QPainter, dev: Device, idx: npt.NDArray[np.intp]) -> None:
        m = self._model
        st = m.style
        h = ROW_HEIGHT * dev.sy
        min_w = st.px(st.min_bar_px)
        self.aggregated = len(idx) > AGGREGATE_ABOVE
        if self.aggregated:
            self.paint_density(p, idx, dev, min_w)
        else:
            shown = self.exposed(idx, dev)
            x0, x1 = self._extents(shown, dev, idx)
            idx = shown
            y0 = (m.layout.y0[idx] * dev.sy + dev.dy).tolist()
            x0, x1 = within_x(x0, x1, dev.visible)
            left, width = x0.tolist(), (x1 - x0).tolist()
            # Bars of one look (and dimming) are drawn together, with one pen and brush:
            # a pen and a brush set for each of 1,500 bars took most of a 50 ms frame.
            groups: dict[tuple[int, bool], tuple[Look, list[QtCore.QRectF]]] = {}
            for k, i in enumerate(idx.tolist()):
                look = m.look(i)
                key = (id(look), m.is_dimmed(i))
                group = groups.get(key)
                if group is None:
                    group = groups[key] = (look, [])
                group[1].append(QtCore.QRectF(left[k], y0[k], width[k], h))
            for (_, dimmed), (look, rects) in groups.items():
                p.setOpacity(DIM_OPACITY if dimmed else 1.0)
                p.setPen(pen(look.edge, st.px(1), look.dashed))
                p.setBrush(QtGui.QBrush(look.fill))
                p.drawRects(rects)
                if look.pattern != QtCore.Qt.BrushStyle.SolidPattern:
                    p.setBrush(QtGui.QBrush(look.edge, look.pattern))
                    p.setPen(QtCore.Qt.PenStyle.NoPen)
                    p.drawRects(rects)
            p.setOpacity(1.0)
        self._paint_selection(p, dev, h)

    def _paint_selection(self, p: QtGui.QPainter, dev: Device, h: float) -> None:
        sel = self._model.selected
        if not self.holds(sel):
            return
        assert sel is not None
        lay, st = self._model.layout, self._model.style
        x0, x1 = self._extents(np.array([sel], dtype=np.intp), dev, self.in_view(dev))
        top = float(lay.y0[sel]) * dev.sy + dev.dy
        rect = within(QtCore.QRectF(float(x0[0]), top, float(x1[0] - x0[0]), h), dev.visible)
        p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        p.setPen(pen(st.color("selection_halo"), st.px(5)))
        p.drawRect(rect.adjusted(-2, -2, 2, 2))
        # Dashed as its look is: a selected bar of an unknown date lost its dashes under a
        # solid outline (a trial)
        p.setPen(pen(st.color("selection"), st.px(2), self._model.look(sel).dashed))
        p.drawRect(rect)


def _met(
    layout: Layout, idx: npt.NDArray[np.intp], among: npt.NDArray[np.intp] | None
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Whether each bar of *idx* starts where a bar of its row ends
    (:func:`~viewer.core.layout.meeting_ends` among *idx* and *among*; among *idx* alone
    when *among* holds more than :data:`AGGREGATE_ABOVE`: bars drawn as densities, where
    a day is less than a pixel), and whether it ends where any item of its row, bar or
    marker, starts (the layout's row index)."""
    if among is None or len(among) > AGGREGATE_ABOVE:
        both = idx
    else:
        both = np.union1d(idx, among)
    starts, _ = meeting_ends(layout.global_row[both], layout.x0_days[both], layout.x1_days[both])
    if both is not idx:
        starts = starts[np.searchsorted(both, idx)]
    # An end meets any item of its row that starts there, a marker too (a meeting's marker
    # on a term's last day was drawn inside the term's bar, its label lost): every item of
    # the layout, by the row index.
    x0, x1 = layout.x0_days[idx], layout.x1_days[idx]
    starting = layout.row_index.starting_at(layout.global_row[idx], x1)
    return starts, starting - (x0 == x1) > 0
