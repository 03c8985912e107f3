"""What is drawn at a pixel of the chart: the records there, topmost first.

A click selects what the user sees on top at the pixel under the pointer: the chart's items
are asked in reverse paint order (higher z first, and among equal z the later added first:
Qt's stacking), and each answers from the geometry it paints with, its records in reverse
paint order (:meth:`~viewer.graphics.lane_item.LaneItem.hits`). Records drawn on the pixel
come first; then those drawn within :data:`REACH_PX` pixels of it, nearest first, so that a
thin line or a small marker is easy to hit. Repeated clicks on one spot go through the
list in turn (:class:`~viewer.widgets.timeline_view.TimelineView`).

:func:`pick_image` draws the chart with each record in a colour of its own, through the
same drawing code, so a test can compare what a click selects with what is drawn there.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from PySide6 import QtCore, QtGui, QtWidgets

from viewer.graphics.chart import TimelineChart
from viewer.graphics.lane_item import MOST_HITS, Hit

REACH_PX = 4.0
"""Records drawn this close to the pointer (in device pixels) are hit too, after those
drawn under it."""


def records_at(
    chart: TimelineChart,
    view: QtWidgets.QGraphicsView,
    scene_pos: QtCore.QPointF,
    reach_px: float = REACH_PX,
) -> list[int]:
    """Layout indices of the records drawn at *scene_pos* of *view* (its pixel's centre),
    topmost first, then those within *reach_px* device pixels, nearest first; at most
    :data:`~viewer.graphics.lane_item.MOST_HITS`. Empty
    outside the chart's data area. Cost: the records near the point (index look-ups per
    item of the lanes there), not the records in view."""
    model = chart.model
    items = chart.paint_order
    if model is None or not items or not model.layout.ids:
        return []
    if not chart.getViewBox().sceneBoundingRect().contains(scene_pos):
        return []
    at = view.viewportTransform().map(scene_pos)
    dev = items[0].device_of(items[0].deviceTransform(view.viewportTransform()))
    if dev.sx == 0 or dev.sy == 0:
        return []
    x_px, y_px = math.floor(at.x()) + 0.5, math.floor(at.y()) + 0.5
    ya = (y_px - reach_px - dev.dy) / dev.sy
    yb = (y_px + reach_px - dev.dy) / dev.sy
    first, end = model.layout.lanes_between(min(ya, yb), max(ya, yb))
    on: list[int] = []
    near: list[Hit] = []
    for item in items:
        if not item.overlaps_lanes(first, end):
            continue
        for index, distance in item.hits(dev, x_px, y_px, reach_px):
            if distance <= 0.0:
                on.append(index)
            else:
                near.append((index, distance))
    near.sort(key=lambda hit: hit[1])  # stable: equally near, topmost first
    seen: set[int] = set()
    out: list[int] = []
    for index in on + [index for index, _ in near]:
        if index not in seen:
            seen.add(index)
            out.append(index)
            if len(out) == MOST_HITS:
                break
    return out


def pick_image(chart: TimelineChart, view: QtWidgets.QGraphicsView) -> npt.NDArray[np.int64]:
    """The layout index of the record drawn on top at each pixel of *view*'s viewport,
    ``-1`` where none is (shape ``(height, width)`` in device pixels).

    The chart is drawn once more through its own items' drawing code with
    :attr:`~viewer.graphics.model.ChartModel.picking` set: each record in its own colour,
    without antialiasing, selection, dimming or lane shading, on black; labels as their
    boxes; where densities are drawn (too many records in view to draw each), each
    record over the cells it counts in, the later over the earlier. Then the chart is
    drawn as before. What other items draw (lane lines,
    axes, the focus frame) reads as no record where its colour is none's, and as some
    record where it is: read the data area only.
    """
    model = chart.model
    if model is None:
        size = view.viewport().size() * view.viewport().devicePixelRatio()
        return np.full((size.height(), size.width()), -1, dtype=np.int64)
    vb = chart.getViewBox()
    saved = (model.selected, model.dimmed)
    model.picking, model.selected, model.dimmed = True, None, None
    vb.setBackgroundColor(QtGui.QColor("black"))
    try:
        image = view.viewport().grab().toImage()
    finally:
        model.picking = False
        model.selected, model.dimmed = saved
        vb.setBackgroundColor(chart.style.background)
        for item in chart.lane_items:
            item.refresh()
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    stride = image.bytesPerLine() // 4
    words = np.frombuffer(image.constBits(), dtype=np.uint32, count=height * stride)
    rgb = words.reshape(height, stride)[:, :width] & 0xFFFFFF
    index = rgb.astype(np.int64) - 1
    index[index >= len(model.layout.ids)] = -1  # drawn by no record (lane lines, frame)
    return index
