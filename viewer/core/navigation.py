"""Keyboard navigation over a layout: previous/next item in a lane, nearest in the next lane."""

from __future__ import annotations

import numpy as np

from viewer.core.layout import Layout


def _centres(layout: Layout) -> np.ndarray:
    return 0.5 * (layout.x0_days + layout.x1_days)


def lane_order(layout: Layout, lane: int) -> list[int]:
    """Indices of the items of *lane* in reading order: by start, then row, then id."""
    idx = np.nonzero(layout.lane == lane)[0]
    return sorted((int(i) for i in idx),
                  key=lambda i: (float(layout.x0_days[i]), int(layout.row[i]), layout.ids[i]))


def step_in_lane(layout: Layout, index: int, step: int) -> int | None:
    """The item *step* places after (positive) or before (negative) *index* in its lane,
    or ``None`` at either end."""
    order = lane_order(layout, int(layout.lane[index]))
    pos = order.index(index) + step
    return order[pos] if 0 <= pos < len(order) else None


def first_in_view(layout: Layout, lo_days: float, hi_days: float) -> int | None:
    """The first item (top lane first, then by start) that overlaps ``[lo_days, hi_days]``."""
    for lane in range(len(layout.lanes)):
        for i in lane_order(layout, lane):
            if layout.x1_days[i] >= lo_days and layout.x0_days[i] <= hi_days:
                return i
    return None


def nearest_in_next_lane(layout: Layout, index: int, direction: int) -> int | None:
    """The item nearest in time to *index* in the closest non-empty lane above
    (``direction=-1``) or below (``+1``), or ``None`` when there is no such lane."""
    centres = _centres(layout)
    lane = int(layout.lane[index]) + direction
    while 0 <= lane < len(layout.lanes):
        idx = np.nonzero(layout.lane == lane)[0]
        if len(idx):
            distance = np.abs(centres[idx] - centres[index])
            best = idx[np.lexsort((layout.row[idx], distance))[0]]
            return int(best)
        lane += direction
    return None
