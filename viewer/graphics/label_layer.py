"""The chart's labels: one item that places and draws the labels of every lane item.

Each frame, the lane items say where their records in view are drawn
(:meth:`~viewer.graphics.lane_item.LaneItem.label_boxes`); this item hands all of them to
the pure placement pass (:func:`viewer.core.placement.place_labels`), row by row across
items, so a bar's label never covers a marker of another item in its row, and draws what
comes back. Priority: the selected record, then search matches, then importance in the
kind (:func:`viewer.core.labels.label_rank`), then layout order.

The last placement is kept in :attr:`LabelLayerItem.placed` (text and device rectangle of
each drawn label, with the rectangles of every shape in its rows), so tests and exports
can check it.

A change of selection alone places again only the rows of the old and the new selection
(labels collide only within a row, so the result is that of a whole pass): a click costs a
row, not every label in view.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6 import QtCore, QtGui

from viewer.core.layout import ROW_HEIGHT, ROW_PITCH, row_top, rows_under
from viewer.core.placement import ELLIPSIS, PlacedLabel, place_labels, two_lines, unnoted
from viewer.graphics.guard import guarded_paint
from viewer.graphics.lane_item import Device, Hit, LabelBoxes, LaneItem
from viewer.graphics.looks import DIM_OPACITY, pen
from viewer.graphics.model import ChartModel, pick_colour
from viewer.graphics.text import draw_label, font_for

BAND_LABEL_ROWS = 4
"""Rows of its lane, from the first, that a background band's label may sit in: the
first with room takes it (an era behind a busy first row is still named lower down)."""
LABEL_ROW_SHARE = 1.2
"""Labels are drawn only where a row (its pitch) is at least this share of the labels' font
size in pixels, about the height of a line of it: below it, the text of one row would
cross the next row's (an export that fits thousands of rows in an image), and no label
could be read. (At 0.9, a 200 px export wrote names taller than their rows, cut off by the
lane under them: the second trial.)"""


@dataclass(frozen=True)
class DrawnLabel:
    """A label as drawn: its record's layout index, text (with its footnote mark, if any),
    the text without the mark, and its rectangle in device pixels."""

    index: int
    text: str
    rect: QtCore.QRectF
    base: str = ""


class _Obstacles:
    """What a band's label in two lines must not cross: the shapes that are obstacles
    (all but background bands) and the labels placed, in device pixels."""

    def __init__(
        self,
        placed: list[PlacedLabel],
        x0: npt.NDArray[np.float64],
        x1: npt.NDArray[np.float64],
        y_top: npt.NDArray[np.float64],
        h: float,
        backdrop: npt.NDArray[np.bool_],
    ) -> None:
        self.x0, self.x1 = x0, x1
        solid = ~backdrop
        self._shapes = (x0[solid], x1[solid], y_top[solid], h)
        items = np.array([label.item for label in placed], dtype=np.intp)
        self._items = items
        self._labels = (
            np.array([label.x_px for label in placed], dtype=np.float64),
            np.array([label.x_px + label.width_px for label in placed], dtype=np.float64),
            y_top[items] if len(items) else np.zeros(0),
        )

    def crossed(self, rect: QtCore.QRectF, own: int) -> bool:
        """Whether *rect* crosses a shape, or a label other than that of item *own*."""
        top, bottom, left, right = rect.top(), rect.bottom(), rect.left(), rect.right()
        a, b, y, h = self._shapes
        if np.any((a < right) & (b > left) & (y < bottom) & (y + h > top)):
            return True
        a, b, y = self._labels
        hit = (a < right) & (b > left) & (y < bottom) & (y + h > top) & (self._items != own)
        return bool(np.any(hit))


def _band_rows(
    layout: Any,
    idx: npt.NDArray[np.intp],
    backdrop: npt.NDArray[np.bool_],
    rows: npt.NDArray[np.int64],
    dense: list[tuple[int, int]],
) -> npt.NDArray[np.int64]:
    """For each item of *idx* (layout indices; *rows*: their global rows), how many rows
    under its own its label may go in: up to :data:`BAND_LABEL_ROWS` rows of a band
    (*backdrop*) from its first, stopping at the first row of a lane in one of the
    *dense* lane ranges (first, last), and -1 for a band whose first row is in one (it
    gets no label); 0 for the other items."""
    under = np.where(backdrop, np.minimum(rows_under(layout, idx), BAND_LABEL_ROWS - 1), 0)
    if not dense:
        return under
    for k in np.flatnonzero(backdrop).tolist():
        lanes = np.searchsorted(layout.row_base, rows[k] + np.arange(under[k] + 1), "right") - 1
        clear = [not any(lo <= lane <= hi for lo, hi in dense) for lane in lanes.tolist()]
        under[k] = clear.index(False) - 1 if False in clear else under[k]
    return under


def _row_below(
    layout: Any, idx: npt.NDArray[np.intp], dense: list[tuple[int, int]]
) -> npt.NDArray[np.bool_]:
    """For each item of *idx* (layout indices), whether its lane has a row under the
    item's, outside the *dense* lane ranges (first, last), where densities are drawn."""
    if not len(layout.lanes) or not len(idx):
        return np.zeros(len(idx), dtype=np.bool_)
    lane_rows = np.fromiter((b.rows for b in layout.lanes), np.int64, len(layout.lanes))
    lane = layout.lane[idx]
    in_lane = layout.global_row[idx] - np.asarray(layout.row_base)[lane]
    below = in_lane < lane_rows[lane] - 1
    for lo, hi in dense:
        below &= (lane < lo) | (lane > hi)
    return below


class LabelLayerItem(LaneItem):
    """Places and draws the labels of *sources* (the chart's lane items), above them.

    Attributes
    ----------
    placed : list of DrawnLabel
        The labels of the last paint (see also :meth:`shapes`).
    """

    _every_lane = True

    def __init__(self, model: ChartModel, sources: list[LaneItem]) -> None:
        self._sources = sources
        super().__init__(model, np.arange(0))

    def reset_caches(self) -> None:
        """Forget measured widths (the style or data changed)."""
        self._widths: dict[tuple[int, str], float] = {}
        self.placed: list[DrawnLabel] = []
        self._shapes: tuple[Any, ...] | None = None
        self._last: (
            tuple[tuple[Any, ...], tuple[npt.NDArray[Any], ...], int | None, list[PlacedLabel]]
            | None
        ) = None

    def set_sources(self, sources: list[LaneItem]) -> None:
        """Label the records of *sources* from now on."""
        self._sources = sources
        self.update()

    def _width(self, font: QtGui.QFont, text: str) -> float:
        key = (font.pixelSize(), text)
        width = self._widths.get(key)
        if width is None:
            width = QtGui.QFontMetricsF(font_for(text, font)).horizontalAdvance(text)
            self._widths[key] = width
        return width

    @guarded_paint
    def paint(self, p: QtGui.QPainter, *args: Any) -> None:
        m = self._model
        st = m.style
        dev = self.device(p, args[0] if args else None)
        boxes = [b for b in (s.label_boxes(dev) for s in self._sources) if b is not None]
        self.placed, self._shapes = [], None
        if not boxes or dev.sy * ROW_PITCH < LABEL_ROW_SHARE * boxes[0].font.pixelSize():
            return  # rows thinner than the text (an export of many rows): no label
        idx = np.concatenate([b.indices for b in boxes])
        x0 = np.concatenate([b.x0_px for b in boxes])
        x1 = np.concatenate([b.x1_px for b in boxes])
        part = np.repeat(np.arange(len(boxes)), [len(b.indices) for b in boxes])
        flags = np.array([(b.inside, b.beside, b.centre) for b in boxes], dtype=np.bool_)
        rows = m.layout.global_row[idx]
        left, right = dev.visible.left(), dev.visible.right()
        # The selection first, then search matches, then the rest.
        priority = np.full(len(idx), 2.0)
        if m.dimmed is not None:
            priority[~m.dimmed[idx]] = 1.0
        backdrop = np.array([b.backdrop for b in boxes], dtype=np.bool_)[part]
        priority[backdrop] += 2.0  # background bands after every other label
        if m.pinned:  # an export's numbered labels, in the form they first took, and in
            # the same order (bands last), so that each finds its place again
            pinned = np.isin(idx, np.fromiter(m.pinned, dtype=np.intp))
            priority[pinned] = np.where(backdrop[pinned], -0.5, -1.0)
        fonts = [b.font for b in boxes]
        # A band's label may go lower in its lane when its first row has no room, but not
        # over densities (their records are no obstacles: none has a label box).
        dense = [s.lane_range for s in self._sources if s.dense(dev)]
        under = _band_rows(m.layout, idx, backdrop, rows, dense)
        shown = (x1 >= left) & (x0 <= right) & (under >= 0)
        under = np.maximum(under, 0)
        bar = flags[part, 0] & ~flags[part, 2] & ~backdrop  # a bar (an arrow is centred)
        name_under = bar & _row_below(m.layout, idx, dense)
        idx_list = idx.tolist()
        key = (
            dev.sx,
            dev.dx,
            dev.sy,
            dev.dy,
            left,
            right,
            id(m.layout),
            id(st),
            tuple(f.key() for f in fonts),
            tuple(m.notes.items()),
            m.marks_alone,
        )
        inputs = (idx, x0, x1, part, flags, priority.copy())
        if m.selected is not None:  # after *inputs*: a click places only its rows again
            chosen = idx == m.selected
            priority[chosen] = 0.0
            ring = np.array([b.ring_px for b in boxes], dtype=np.float64)[part] * chosen
            x0, x1 = x0 - ring, x1 + ring

        def place(subset: npt.NDArray[np.intp]) -> list[PlacedLabel]:
            """:func:`place_labels` of the items at *subset*, numbered as in the arrays."""
            sub = subset.tolist()

            def forms(j: int) -> Any:
                k = sub[j]
                if not shown[k]:
                    return None
                found = m.label_forms(idx_list[k])
                return replace(found, elide=True) if backdrop[k] else found  # cut inside

            found = place_labels(
                rows[subset],
                x0[subset],
                x1[subset],
                forms,
                lambda j, text: self._width(fonts[part[sub[j]]], text),
                left,
                right,
                inside=flags[part[subset], 0],
                beside=flags[part[subset], 1],
                centre=flags[part[subset], 2],
                overflow=backdrop[subset],
                priority=priority[subset],
                obstacle=~backdrop[subset],
                rows_below=under[subset],
                under=name_under[subset],
                rank=lambda j: m.rank(idx_list[sub[j]]),
                pad_px=st.px(4),
                gap_px=st.px(3),
                min_label_px=self._width(fonts[0], "00"),
            )
            return [replace(label, item=sub[label.item]) for label in found]

        # The rows under its own a label may go in: a band's, or the one under a bar
        placed = self._placement(
            key, inputs, rows, np.maximum(under, name_under), m.selected, place
        )
        h = ROW_HEIGHT * dev.sy
        y_top = m.layout.y0[idx] * dev.sy + dev.dy
        p.save()
        p.resetTransform()
        if m.picking:
            p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        hatched = self._hatched_bands(idx_list, x0, x1, backdrop, dev)
        others: _Obstacles | None = None  # made for the first band name cut short
        for label in placed:
            k = label.item
            box: LabelBoxes = boxes[part[k]]
            i = idx_list[k]
            top = float(y_top[k])
            if label.row_offset:
                lower = row_top(m.layout, np.array([rows[k] + label.row_offset]))
                top = float(lower[0]) * dev.sy + dev.dy
            rect = QtCore.QRectF(label.x_px, top, label.width_px, h)
            note = m.notes.get(i, "")
            lines = None
            if box.backdrop and not label.row_offset and ELLIPSIS in label.text:
                if others is None:
                    others = _Obstacles(placed, x0, x1, y_top, h, backdrop)
                lines = self._band_lines(k, i, box.font, dev, others)
                if lines is not None:
                    rect = lines[0]
                    label = replace(label, text=f"{lines[1]} {lines[2]}")
            base = unnoted(label.text, note)
            if dev.dirty is not None and not dev.dirty.intersects(rect.adjusted(-4, -4, 4, 4)):
                self.placed.append(DrawnLabel(i, label.text, rect, base))
                continue  # not in the part being redrawn
            if m.picking:  # the label's box stands for its record
                p.fillRect(rect, pick_colour(i))
                self.placed.append(DrawnLabel(i, label.text, rect, base))
                continue
            p.setOpacity(DIM_OPACITY if m.is_dimmed(i) else 1.0)
            p.setFont(box.font)
            behind = None
            if box.boxed:  # on the background colour, over the arrow's line
                behind = st.color("background")
            elif label.where == "inside" and not box.backdrop:
                look = m.look(i)
                if look.pattern != QtCore.Qt.BrushStyle.NoBrush:
                    behind = look.fill  # the bar's plain fill: no hatching through the text
            text_h = min(QtGui.QFontMetricsF(box.font).height(), rect.height())
            if lines is not None:
                text_h = rect.height()
            text_box = QtCore.QRectF(
                rect.left() - 2, rect.center().y() - text_h / 2, rect.width() + 4, text_h
            )
            if behind is not None:
                p.fillRect(text_box, behind)
            else:  # over a hatched band (its own too): its plain fill under the text
                for band, fill in hatched:
                    if band.intersects(text_box):
                        p.fillRect(band.intersected(text_box), fill)
            if label.where == "under" and not m.picking:
                # A leader from the bar's lower edge down to its name, a little inside the
                # bar: a name a row lower read as naming the empty row (the second trial),
                # and one from the bar's very edge as naming the bar before (the third)
                x = rect.left() + min(st.px(5), max(float(x1[k]) - rect.left(), 0.0) / 2)
                p.setPen(pen(st.color("muted_text"), st.px(1)))
                p.drawLine(
                    QtCore.QPointF(x, float(y_top[k]) + h + st.px(1)),
                    QtCore.QPointF(x, text_box.top()),
                )
            p.setPen(st.color("muted_text" if box.backdrop else "text"))
            align = int(QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft)
            if lines is None:
                draw_label(p, rect.adjusted(0, 0, 1, 0), label.text, align)
            else:  # a tall band's name in two lines, not cut to a stub
                half = rect.height() / 2
                for n, line in enumerate(lines[1:]):
                    line_rect = QtCore.QRectF(
                        rect.left(), rect.top() + n * half, rect.width(), half
                    )
                    draw_label(p, line_rect.adjusted(0, 0, 1, 0), line, align)
            self.placed.append(DrawnLabel(i, label.text, rect, base))
        p.restore()
        self._shapes = (idx, x0, x1, y_top, h)

    def _band_lines(
        self, k: int, i: int, font: QtGui.QFont, dev: Device, others: _Obstacles
    ) -> tuple[QtCore.QRectF, str, str] | None:
        """The label of the background band at place *k* of this paint's arrays (layout
        index *i*), which was cut ("No ses… [2]"), as two whole lines inside the band, where
        the band is tall enough and nothing else drawn is there: their rectangle (device
        pixels) and the two lines; ``None`` otherwise."""
        m = self._model
        if m.layout.across[i]:  # a band over every lane keeps its name in the top row
            return None
        metrics = QtGui.QFontMetricsF(font)
        text_h = metrics.height()
        band_top = float(m.layout.y0[i]) * dev.sy + dev.dy
        band_h = float(m.layout.height[i]) * dev.sy
        if band_h < 2 * text_h + m.style.px(2):
            return None
        pad = m.style.px(4)
        left = max(float(others.x0[k]), dev.visible.left()) + pad
        right = min(float(others.x1[k]), dev.visible.right()) - pad
        forms = m.forms(i)  # its own forms, not the cut one an export pins
        found = two_lines(
            forms.texts[0], right - left, lambda t: self._width(font, t), m.notes.get(i, "")
        )
        if found is None:
            return None
        width = max(self._width(font, line) for line in found)
        rect = QtCore.QRectF(left, band_top + (band_h - 2 * text_h) / 2, width, 2 * text_h)
        if others.crossed(rect, k):
            return None
        return rect, found[0], found[1]

    def _hatched_bands(
        self,
        idx_list: list[int],
        x0: npt.NDArray[np.float64],
        x1: npt.NDArray[np.float64],
        backdrop: npt.NDArray[np.bool_],
        dev: Device,
    ) -> list[tuple[QtCore.QRectF, QtGui.QColor]]:
        """The device rectangle and plain fill of each hatched background band among the
        items (layout indices *idx_list*, left and right edges *x0*, *x1* in pixels):
        where a label crosses one, the text sits on the fill, not on the hatch lines."""
        m = self._model
        lay = m.layout
        out = []
        for k in np.flatnonzero(backdrop).tolist():
            i = idx_list[k]
            look = m.look(i)
            if look.pattern == QtCore.Qt.BrushStyle.NoBrush:
                continue
            top = float(lay.y0[i]) * dev.sy + dev.dy
            bottom = float(lay.y0[i] + lay.height[i]) * dev.sy + dev.dy
            out.append(
                (QtCore.QRectF(float(x0[k]), top, float(x1[k] - x0[k]), bottom - top), look.fill)
            )
        return out

    def _placement(
        self,
        key: tuple[Any, ...],
        inputs: tuple[npt.NDArray[Any], ...],
        rows: npt.NDArray[np.int64],
        under: npt.NDArray[np.int64],
        selected: int | None,
        place: Callable[[npt.NDArray[np.intp]], list[PlacedLabel]],
    ) -> list[PlacedLabel]:
        """The labels for this paint. *inputs* (items, edges, boxes, priorities but the
        selection's) and *key* (view, fonts, notes) unchanged since the last paint and only
        the selection changed: the rows of the old and new selection are placed again and
        the others kept, which gives the same labels as a whole pass (labels collide only
        within a row). Otherwise, or when a label that may go in several rows (a band's,
        or a bar's name under it: *under* rows below its own, by item) may go in one of
        those rows, every row is placed (*place* over all items)."""
        last = self._last
        idx = inputs[0]
        if (
            last is not None
            and last[0] == key
            and all(
                a.shape == b.shape and np.array_equal(a, b)
                for a, b in zip(last[1], inputs, strict=True)
            )
        ):
            _, _, was_selected, kept = last
            if was_selected == selected:
                return kept
            touched = np.unique(
                rows[np.isin(idx, [i for i in (was_selected, selected) if i is not None])]
            )
            spread = np.flatnonzero(under > 0)
            lo, hi = rows[spread], rows[spread] + under[spread]
            if not len(touched):
                placed = kept
            elif np.any((touched[:, None] >= lo) & (touched[:, None] <= hi)):
                placed = place(np.arange(len(idx), dtype=np.intp))  # a band's label may move
            else:
                again = np.isin(rows, touched)
                placed = [label for label in kept if not again[label.item]] + place(
                    np.flatnonzero(again)
                )
        else:
            placed = place(np.arange(len(idx), dtype=np.intp))
        self._last = (key, inputs, selected, placed)
        return placed

    def hits(self, dev: Device, x_px: float, y_px: float, reach_px: float) -> list[Hit]:
        """The labels of the last paint within *reach_px* of the point (their box: the
        text's width, the row's height), last drawn first (labels never overlap)."""
        out: list[Hit] = []
        for label in reversed(self.placed):
            r = label.rect
            gap_x = max(r.left() - x_px, x_px - r.right(), 0.0)
            gap_y = max(r.top() - y_px, y_px - r.bottom(), 0.0)
            if gap_x <= reach_px and gap_y <= reach_px:
                d = math.hypot(gap_x, gap_y)
                if d <= reach_px:
                    out.append((label.index, d))
        return out

    def shapes(self) -> list[tuple[int, QtCore.QRectF]]:
        """(layout index, device rectangle) of every shape the last paint considered: the
        records in view of the labelled items, as drawn."""
        if self._shapes is None:
            return []
        idx, x0, x1, y_top, h = self._shapes
        return [
            (int(i), QtCore.QRectF(float(a), float(t), float(b - a), h))
            for i, a, b, t in zip(idx.tolist(), x0.tolist(), x1.tolist(), y_top.tolist())
        ]
