"""Keyboard navigation over a layout: previous/next item in a lane, nearest in the next lane.

Every answer comes from the layout's reading order (:attr:`Layout.reading_order`, sorted once
when the layout is computed), so a step does not sort or scan the lane.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from viewer.core.layout import Layout


def lane_order(layout: Layout, lane: int) -> npt.NDArray[np.intp]:
    """Layout positions of the items of *lane* in reading order: by start, then row, then
    id (a view of :attr:`Layout.reading_order`, no copy)."""
    return layout.reading_order[layout.lane_reading[lane] : layout.lane_reading[lane + 1]]


def step_in_lane(layout: Layout, index: int, step: int) -> int | None:
    """The item *step* places after (positive) or before (negative) *index* in its lane,
    or ``None`` at either end. O(1)."""
    lane = int(layout.lane[index])
    pos = int(layout.reading_rank[index]) + step
    if not int(layout.lane_reading[lane]) <= pos < int(layout.lane_reading[lane + 1]):
        return None
    return int(layout.reading_order[pos])


def first_in_view(layout: Layout, lo_days: float, hi_days: float) -> int | None:
    """The first item (top lane first, then by start) that overlaps ``[lo_days, hi_days]``.
    Items starting after *hi_days* are skipped by binary search; the rest of a lane is
    checked in numpy."""
    for lane in range(len(layout.lanes)):
        order = lane_order(layout, lane)
        started = int(np.searchsorted(layout.x0_days[order], hi_days, side="right"))
        hits = np.flatnonzero(layout.x1_days[order[:started]] >= lo_days)
        if len(hits):
            return int(order[hits[0]])
    return None


def nearest_in_next_lane(layout: Layout, index: int, direction: int) -> int | None:
    """The item nearest in time to *index* in the closest non-empty lane above
    (``direction=-1``) or below (``+1``), or ``None`` when there is no such lane. Ties go
    to the lower row, then the earlier layout position. Cost: the items of that lane, in
    numpy."""
    centre = 0.5 * (layout.x0_days[index] + layout.x1_days[index])
    lane = int(layout.lane[index]) + direction
    while 0 <= lane < len(layout.lanes):
        idx = np.sort(lane_order(layout, lane))
        if len(idx):
            distance = np.abs(0.5 * (layout.x0_days[idx] + layout.x1_days[idx]) - centre)
            return int(idx[np.lexsort((layout.row[idx], distance))[0]])
        lane += direction
    return None
