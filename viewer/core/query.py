"""Which record is under a point of the timeline.

Pure arithmetic on :class:`~viewer.core.layout.Layout` arrays, shared by the screen (clicks,
hover) and the tests. Markers and short bars are drawn at least ``min_px`` pixels wide, so
they are hit within that size too. Only the row under the pointer, its lane's bands and the
bands across every lane are looked at (:class:`~viewer.core.spatial.RowIndex`), so a click
costs the same at a million records as at a hundred.
"""

from __future__ import annotations

import numpy as np

from viewer.core.layout import ROW_PITCH, Layout


def hit_test(
    layout: Layout, x_days: float, y: float, days_per_px: float, min_px: float = 10.0
) -> list[int]:
    """Indices of the items under ``(x_days, y)``, best first.

    Parameters
    ----------
    layout : Layout
    x_days : float
        Pointer position in days since 1970-01-01.
    y : float
        Pointer position in lane units.
    days_per_px : float
        Current horizontal scale (days per screen pixel), > 0.
    min_px : float
        Minimum drawn width of markers and bars, in pixels.

    Returns
    -------
    list of int
        Points before bars before background bands; within each, nearest centre first.
        Empty when nothing is there.
    """
    if not layout.ids:
        return []
    lane = layout.lane_at(y)
    if lane is None:
        return []
    half_min = 0.5 * min_px * days_per_px
    # Every item hit lies within half_min of x: the bounds below are never wider than that.
    g_row = int(layout.row_base[lane]) + int((y - layout.lanes[lane].y0) // ROW_PITCH)
    candidates = np.sort(
        np.concatenate(
            [
                layout.row_index.query(g_row, g_row + 1, x_days - half_min, x_days + half_min),
                layout.band_index.query(lane, lane + 1, x_days - half_min, x_days + half_min),
                layout.across_index.query(0, 1, x_days - half_min, x_days + half_min),
            ]
        )
    )
    x0 = layout.x0_days[candidates]
    x1 = layout.x1_days[candidates]
    centre = 0.5 * (x0 + x1)
    lo = np.minimum(x0, centre - half_min)
    hi = np.maximum(x1, centre + half_min)
    in_x = (lo <= x_days) & (x_days <= hi)
    y0 = layout.y0[candidates]
    in_y = (y0 <= y) & (y < y0 + layout.height[candidates])
    hits = candidates[in_x & in_y]
    if len(hits) == 0:
        return []
    tier = np.where(layout.is_band[hits], 2, np.where(layout.is_span[hits], 1, 0))
    dist = np.abs(0.5 * (layout.x0_days[hits] + layout.x1_days[hits]) - x_days)
    order = np.lexsort((dist, tier))
    return [int(i) for i in hits[order]]
