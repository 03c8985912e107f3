"""Markers: the point records (sessions) of one lane, drawn in one pass."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from PySide6 import QtCore, QtGui

from viewer.core import kinds
from viewer.core.layout import ROW_HEIGHT, ROW_PITCH, marker_periods
from viewer.core.spatial import RowIndex
from viewer.graphics.density import is_raster
from viewer.graphics.lane_item import (
    AGGREGATE_ABOVE,
    Device,
    Hit,
    LabelBoxes,
    LaneItem,
    box_distance,
    hits_of,
    within,
)
from viewer.graphics.looks import DIM_OPACITY, Look, pen
from viewer.graphics.style import Style

if TYPE_CHECKING:
    from viewer.graphics.model import ChartModel

STAMP_ABOVE = 150
"""A point item with more markers than this in view stamps a pre-drawn marker image for
each (pixel-aligned) instead of drawing each circle (sub-pixel, and 10 times slower)."""

_WHISKER_INSET_PX = 3.0
"""How far inside its period's ends a whisker's ends are drawn, in pixels at scale 1."""
_HALO_GAP_PX = 4.0
"""The selection's halo: its circle's distance beyond a marker's edge, in pixels at scale 1."""
_HALO_PEN_PX = 4.0
"""The selection's halo: the width of its line, in pixels at scale 1."""


class PointLaneItem(LaneItem):
    """All point markers of one lane; their labels go right or left of them (placed by the
    label layer). Zoomed in to days, a record of several days gets a light bar from its
    first to its last day under its marker; zoomed in past its date's period, a record
    dated to a year or a decade ("195X") a whisker over that period, as an error bar."""

    _aggregates = True

    def _set(self, model: ChartModel, indices: npt.NDArray[np.intp]) -> None:
        super()._set(model, indices)
        # The records whose dates cover more than a day, by their whole period: a marker
        # out of view whose whisker or light bar crosses the view ("19XX" in 1956-1959)
        # draws that line (its row, kept for it, was empty: two trials).
        pos = model.layout.record_pos[self._indices]
        first, end, wide = marker_periods(model.dataset.columns, pos)
        self._wide = self._indices[wide]
        self._wide_index = RowIndex.build(
            self._row_keys(self._wide), first[wide], end[wide], None, self._n_rows
        )
        self.lines_only: npt.NDArray[np.intp] = np.zeros(0, dtype=np.intp)
        """Layout indices the last paint drew the line of alone (their marker out of
        view)."""

    def _lines_only(self, dev: Device, idx: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
        """The records not in *idx* (those in view) whose period crosses the view."""
        visible = dev.visible
        crossing = self._near_in(
            self._wide_index,
            self._wide,
            dev,
            visible.left(),
            visible.right(),
            visible.top(),
            visible.bottom(),
            ROW_PITCH,
        )
        return np.setdiff1d(crossing, idx, assume_unique=True) if len(crossing) else crossing

    def reset_caches(self) -> None:
        """Forget the marker images (made in the old style and size)."""
        self._stamps: dict[tuple[int, int, bool, float], QtGui.QPixmap] = {}
        """Marker images by look and radius."""
        self._stamp_of: dict[int, QtGui.QPixmap] = {}
        """The marker image of each drawn layout index, for :attr:`_stamp_version`."""
        self._stamp_version: tuple[float, int] | None = None

    def _pen_px(self) -> float:
        return self._model.style.px(1.6)

    def _stamp_half(self, r: float) -> int:
        """Half the side of a marker image of radius *r*, in whole pixels."""
        return math.ceil(r + self._model.style.px(2))

    def hits(self, dev: Device, x_px: float, y_px: float, reach_px: float) -> list[Hit]:
        # Painted in two passes: the light bars of durations first, then the markers.
        r = self._radius(dev)
        lay = self._model.layout
        grow = reach_px + r + self._pen_px()
        idx = self.near(dev, x_px - grow, x_px + grow, y_px - grow, y_px + grow)
        drawn = self.drawn
        out: list[Hit] = []
        if self.aggregated:
            return self.density_hits(idx, dev, x_px, y_px, reach_px)
        if len(idx):
            cx = self._centres(idx, dev)
            cy = (lay.y0[idx] + ROW_HEIGHT / 2) * dev.sy + dev.dy
            if len(drawn) > STAMP_ABOVE:  # stamped on whole pixels (see _stamp_markers)
                half = self._stamp_half(r)
                cx, cy = np.rint(cx - half) + half, np.rint(cy - half) + half
            d = np.maximum(np.hypot(cx - x_px, cy - y_px) - r - self._pen_px() / 2, 0.0)
            out = hits_of(idx, d, reach_px)
        if self.aggregated:
            return out
        drawn = np.concatenate((drawn, self.lines_only)) if len(self.lines_only) else drawn
        if not len(drawn):
            return out
        # Light bars: a capsule round the segment from the left to the right cap's centre.
        bars = self._durations(drawn, dev, r)
        if bars:
            ks = np.fromiter(bars, dtype=np.intp, count=len(bars))
            left, right = np.array(list(bars.values())).T
            cap = r * 0.6
            y_mid = (lay.y0[drawn[ks]] + ROW_HEIGHT / 2) * dev.sy + dev.dy
            d = np.maximum(
                box_distance(x_px, y_px, left + cap, right - cap, y_mid, y_mid) - cap, 0.0
            )
            out += hits_of(drawn[ks], d, reach_px)
        # Whiskers: the line as drawn, cut at the view (a click on one cleared the
        # selection instead of selecting its record: a trial)
        whiskers = self._whiskers(drawn, dev, r)
        if whiskers:
            ks = np.fromiter(whiskers, dtype=np.intp, count=len(whiskers))
            left, right = np.array(list(whiskers.values())).T
            inset = self._model.style.px(_WHISKER_INSET_PX)
            left = np.maximum(left + inset, dev.visible.left())
            right = np.minimum(right - inset, dev.visible.right())
            y_line = (lay.y0[drawn[ks]] + ROW_HEIGHT / 2) * dev.sy + dev.dy + self._drop(dev, r)
            d = box_distance(x_px, y_px, left, right, y_line, y_line)
            out += hits_of(drawn[ks], d, reach_px)
        return out

    def _drop(self, dev: Device, r: float) -> float:
        """How far below its marker's centre a whisker is drawn, in device pixels: under
        the marker, clear of the labels beside it (centred on its row), lower than the
        labels' descenders where the row has room (just under the marker, it underlined
        the next label, the third trial); 0, through the marker's centre, in rows too close
        for a line between a marker and the one below (View > Fit Lanes, an export of many
        rows: it ran through that marker, a trial), and only there (in rows of 18 px,
        labels beside the marker were crossed, a trial)."""
        st = self._model.style
        below, room = r + st.px(2), ROW_HEIGHT * dev.sy / 2 - st.px(1)
        fits = ROW_PITCH * dev.sy >= 2 * r + st.px(3)
        return max(below, min(room, r + st.px(6))) if fits else 0.0

    def _radius(self, dev: Device) -> float:
        """The markers' radius in device pixels: the style's, or less where a row is
        thinner (an export of many rows), so that a marker stays within its row's pitch."""
        st = self._model.style
        return min(st.px(st.marker_px) / 2, max(1.5, (ROW_PITCH * dev.sy - self._pen_px()) / 2))

    def _centres(self, idx: npt.NDArray[np.intp], dev: Device) -> npt.NDArray[np.float64]:
        lay = self._model.layout
        return 0.5 * (lay.x0_days[idx] + lay.x1_days[idx]) * dev.sx + dev.dx

    def label_boxes(self, dev: Device) -> LabelBoxes | None:
        idx = self.in_view(dev)
        if len(idx) > AGGREGATE_ABOVE or not len(idx):
            return None
        cx, r = self._centres(idx, dev), self._radius(dev)
        x0, x1 = cx - r, cx + r
        # A light bar under a record of several days (see _paint_durations) is part of
        # its shape: no other label may cross it, and its own goes beside it.
        for k, (left, right) in self._durations(idx, dev, r).items():
            x0[k], x1[k] = min(x0[k], left), max(x1[k], right)
        st = self._model.style
        return LabelBoxes(
            idx,
            x0,
            x1,
            inside=False,
            beside=True,
            centre=False,
            font=st.font(),
            ring_px=st.px(_HALO_GAP_PX) + st.px(_HALO_PEN_PX) / 2,
        )

    def _durations(
        self, idx: npt.NDArray[np.intp], dev: Device, r: float
    ) -> dict[int, tuple[float, float]]:
        """Position in *idx* -> (left, right) in device pixels of the light bar drawn
        under it: records with an end after their start, once the bar reaches past the
        marker (3 radii). Part of the marker's shape for labels and clicks; a whisker
        (:meth:`_whiskers`) is not: it lies under the labels' line."""
        m = self._model
        bars: dict[int, tuple[float, float]] = {}
        # From the columns: no record made for a marker (a large file's records are made
        # when asked for, 30-70 us each)
        cols = m.dataset.columns
        pos = m.layout.record_pos[idx]
        first, last = cols.start_first[pos], cols.end_last[pos]
        dated = cols.has_start[pos] & cols.has_end[pos] & (last > first)
        left = first * dev.sx + dev.dx
        right = (last + 1) * dev.sx + dev.dx
        for k in np.flatnonzero(dated & (right - left >= 3 * r)).tolist():
            bars[k] = (float(left[k]), float(right[k]))
        return bars

    def _whiskers(
        self, idx: npt.NDArray[np.intp], dev: Device, r: float
    ) -> dict[int, tuple[float, float]]:
        """Position in *idx* -> (left, right) in device pixels of the whisker drawn through
        it: a record without an end whose date is known to less than a day ("195X", a
        decade: its marker sits at 1955, the centre, and was drawn as if known to the day,
        a new user's finding) spans its date's whole period, from its first day to the end
        of its last, once that reaches past the marker (3 radii), as an error bar does: a
        thin line under the marker, with its ends turned up (a little inside the period's).
        With neither end in view it runs through the whole view ("19XX" in a decade's
        view): its row holds no other marker within its period (see
        :func:`~viewer.core.layout.row_extents`), so it reads as this marker's alone; left
        out, the marker read as known to the day (a new user's finding)."""
        m = self._model
        spans: dict[int, tuple[float, float]] = {}
        cols = m.dataset.columns
        pos = m.layout.record_pos[idx]
        first, last = cols.start_first[pos], cols.start_last[pos]
        vague = kinds.dated_vaguely(
            cols.has_start[pos], first, last, cols.has_end[pos], cols.open_end[pos]
        )
        left = first * dev.sx + dev.dx
        right = (last + 1) * dev.sx + dev.dx
        for k in np.flatnonzero(vague & (right - left >= 3 * r)).tolist():
            spans[k] = (float(left[k]), float(right[k]))
        return spans

    def paint_records(self, p: QtGui.QPainter, dev: Device, idx: npt.NDArray[np.intp]) -> None:
        m = self._model
        st = m.style
        self.antialias(p)
        r = self._radius(dev)
        self.aggregated = len(idx) > AGGREGATE_ABOVE
        self.lines_only = np.zeros(0, dtype=np.intp)
        if self.aggregated:
            self.paint_density(p, idx, dev, 2 * r)
        else:
            lines = self._lines_only(dev, idx)
            if len(lines):
                cy = (m.layout.y0[lines] + ROW_HEIGHT / 2) * dev.sy + dev.dy
                self._paint_durations(p, lines, cy, dev, r)
                self.lines_only = lines
            self._paint_markers(p, idx, dev, r)
        p.setOpacity(1.0)
        sel = m.selected
        if self.holds(sel):
            assert sel is not None
            lay = m.layout
            centre = QtCore.QPointF(
                float(self._centres(np.array([sel]), dev)[0]),
                (float(lay.y0[sel]) + ROW_HEIGHT / 2) * dev.sy + dev.dy,
            )
            p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            p.setPen(pen(st.color("selection_halo"), st.px(_HALO_PEN_PX)))
            p.drawEllipse(centre, r + st.px(_HALO_GAP_PX), r + st.px(_HALO_GAP_PX))
            p.setPen(pen(st.color("selection"), st.px(2)))
            p.drawEllipse(centre, r + st.px(1.5), r + st.px(1.5))

    def _paint_markers(
        self, p: QtGui.QPainter, idx: npt.NDArray[np.intp], dev: Device, r: float
    ) -> None:
        m = self._model
        st = m.style
        cx = self._centres(idx, dev)
        if not is_raster(p):  # no clipping in SVG: leave out markers centred outside
            inside = (cx >= dev.visible.left()) & (cx <= dev.visible.right())
            idx, cx = idx[inside], cx[inside]
        cy = (m.layout.y0[idx] + ROW_HEIGHT / 2) * dev.sy + dev.dy
        if len(idx) > STAMP_ABOVE:
            part = np.isin(idx, self.exposed(idx, dev))
            # Their light bars and whiskers too: above 150 markers they were left out, the
            # rows kept for them empty and "1957" drawn as if known to the day (a trial)
            self._paint_durations(p, idx, cy, dev, r)
            self._stamp_markers(p, idx[part], cx[part], cy[part], r)
            return
        self._paint_durations(p, idx, cy, dev, r)
        for k, i in enumerate(idx.tolist()):
            look = m.look(i)
            p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
            p.setPen(pen(look.edge, st.px(1.6), look.dashed))
            p.setBrush(QtGui.QBrush(look.fill))
            p.drawEllipse(QtCore.QPointF(float(cx[k]), float(cy[k])), r, r)

    def _paint_durations(
        self,
        p: QtGui.QPainter,
        idx: npt.NDArray[np.intp],
        cy: npt.NDArray[np.float64],
        dev: Device,
        r: float,
    ) -> None:
        """Under a point whose record has an end (a session of several days), a light bar
        from its first to its last day, once zoomed in far enough for the bar to reach past
        the marker; through one dated less precisely than a day, a whisker over its date's
        period (see :meth:`_whiskers`). The marker stays where it is."""
        m = self._model
        st = m.style

        def faint(i: int, alpha: float) -> QtGui.QColor:
            """The edge colour of layout index *i*, at *alpha* (whole in a pick image),
            the painter's opacity set for its dimming."""
            colour = QtGui.QColor(m.look(i).edge)
            if not m.picking:
                colour.setAlphaF(alpha)
            p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
            return colour

        inset = st.px(_WHISKER_INSET_PX)
        cap = min(r * 0.7, st.px(4))
        drop = self._drop(dev, r)
        pens: dict[tuple[int, bool], QtGui.QPen] = {}
        for k, (left, right) in self._whiskers(idx, dev, r).items():
            i = int(idx[k])
            dimmed = m.is_dimmed(i)
            edge = m.look(i).edge
            held = pens.get((edge.rgba(), dimmed))
            if held is None:  # a pen per colour, not per whisker (a thousand in view)
                held = pens[(edge.rgba(), dimmed)] = pen(faint(i, 0.7), st.px(1.2))
            p.setOpacity(DIM_OPACITY if dimmed else 1.0)
            p.setPen(held)
            y = float(cy[k]) + drop
            # Its ends a little inside its period's, so that the whiskers of the sessions of
            # successive years, each known to its year, read as several, not as one line;
            # cut beyond the view's edges (an SVG is not clipped; "19XX" at day zoom reaches
            # millions of pixels): an end out of view has no cap, but a chevron at the
            # view's edge that says it goes on (a line across the whole view read as a row
            # divider: a trial)
            left, right = left + inset, right - inset
            cut = within(QtCore.QRectF(left, y, right - left, 0.0), dev.visible)
            lo, hi = cut.left(), cut.right()
            p.drawLine(QtCore.QPointF(lo, y), QtCore.QPointF(hi, y))
            # Not == : the rect's right is its left plus its width, a rounding away from
            # *right* (an end in view lost its tick for a chevron at the view's edge: a trial)
            for end, shown, view_edge, inward in (
                (left, lo <= left + 0.01, dev.visible.left() + inset, 1.0),
                (right, hi >= right - 0.01, dev.visible.right() - inset, -1.0),
            ):
                if shown:
                    p.drawLine(QtCore.QPointF(end, y - cap), QtCore.QPointF(end, y))
                else:
                    tip, back = QtCore.QPointF(view_edge, y), view_edge + inward * cap
                    p.drawLine(QtCore.QPointF(back, y - cap / 2), tip)
                    p.drawLine(QtCore.QPointF(back, y + cap / 2), tip)
        for k, (left, right) in self._durations(idx, dev, r).items():
            p.setPen(QtCore.Qt.PenStyle.NoPen)
            p.setBrush(faint(int(idx[k]), 0.35))
            p.drawRoundedRect(
                QtCore.QRectF(left, float(cy[k]) - r * 0.6, right - left, r * 1.2), r * 0.6, r * 0.6
            )

    def _stamp_markers(
        self,
        p: QtGui.QPainter,
        idx: npt.NDArray[np.intp],
        cx: npt.NDArray[np.float64],
        cy: npt.NDArray[np.float64],
        r: float,
    ) -> None:
        """Draw each marker as a copy of a marker image made once per look."""
        m = self._model
        st = m.style
        half = self._stamp_half(r)
        xs = np.rint(cx - half).astype(np.int64).tolist()
        ys = np.rint(cy - half).astype(np.int64).tolist()
        # The stamp of each drawn index is kept (for this marker size and style), so a
        # pan over drawn markers costs one look-up and one copy per marker.
        version = (r, id(st))
        if self._stamp_version != version:
            self._stamp_version = version
            self._stamp_of = {}
        stamps, stamp_of = self._stamps, self._stamp_of
        dimmed = m.dimmed
        opacity = 1.0
        p.setOpacity(opacity)
        draw = p.drawPixmap
        if m.picking:  # a stamp of each record's own colour, drawn without antialiasing
            for k, i in enumerate(idx.tolist()):
                draw(xs[k], ys[k], _marker_stamp(m.look(i), r, half, st, smooth=False))
            return
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


def _marker_stamp(look: Look, r: float, half: int, st: Style, smooth: bool = True) -> QtGui.QPixmap:
    """A (2 * half)-pixel square image of one marker, centred, on transparency
    (antialiased when *smooth*)."""
    pixmap = QtGui.QPixmap(2 * half, 2 * half)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, smooth)
    painter.setPen(pen(look.edge, st.px(1.6), look.dashed))
    painter.setBrush(QtGui.QBrush(look.fill))
    painter.drawEllipse(QtCore.QPointF(half, half), r, r)
    painter.end()
    return pixmap
