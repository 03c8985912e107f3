"""Which record is under a point of the timeline.

Pure arithmetic on :class:`~viewer.core.layout.Layout` arrays, shared by the screen (clicks,
hover) and the tests. Markers and short bars are drawn at least ``min_px`` pixels wide, so
they are hit within that size too.
"""

from __future__ import annotations

import numpy as np

from viewer.core.layout import ROW_HEIGHT, Layout


def hit_test(layout: Layout, x_days: float, y: float, days_per_px: float,
             min_px: float = 10.0) -> list[int]:
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
    half_min = 0.5 * min_px * days_per_px
    x0 = layout.x0_days
    x1 = layout.x1_days
    centre = 0.5 * (x0 + x1)
    lo = np.minimum(x0, centre - half_min)
    hi = np.maximum(x1, centre + half_min)
    in_x = (lo <= x_days) & (x_days <= hi)
    band_height = np.array([layout.lanes[i].y1 - layout.lanes[i].y0 for i in layout.lane])
    height = np.where(layout.is_band, band_height, ROW_HEIGHT)
    in_y = (layout.y0 <= y) & (y < layout.y0 + height)
    hits = np.nonzero(in_x & in_y)[0]
    if len(hits) == 0:
        return []
    tier = np.where(layout.is_band[hits], 2, np.where(layout.is_span[hits], 1, 0))
    dist = np.abs(centre[hits] - x_days)
    order = np.lexsort((dist, tier))
    return [int(i) for i in hits[order]]
