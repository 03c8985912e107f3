"""How many records cover each pixel column of each row: what the chart draws where too many
records are in view to draw each (:mod:`viewer.graphics.density`).

This and :meth:`viewer.core.spatial.RowIndex.query` (the records of a window of rows and
days) are the two questions the chart asks of the records it draws. Both are answered here
from the layout's arrays in memory; a data source too large for memory (a columnar engine
such as DuckDB over Parquet) would answer the same two questions for the visible window
only (see docs/architecture.md, "Beyond one machine's memory").

Pure: numpy only.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from viewer.core.layout import Layout


def covered_columns(
    layout: Layout,
    positions: npt.NDArray[np.intp],
    sx: float,
    dx: float,
    min_px: float,
    left: float = 0.0,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Where each item at *positions* (layout positions, (k,)) counts: from its left to its
    right edge in pixels, ``x_px = sx * days + dx - left``, at least *min_px* wide (centred
    then). An item covers the pixel columns ``floor(lo)`` to ``floor(hi)``, both included.
    Returns (lo, hi), float arrays (k,)."""
    a = layout.x0_days[positions] * sx + dx - left
    b = layout.x1_days[positions] * sx + dx - left
    centre = 0.5 * (a + b)
    return np.minimum(a, centre - min_px / 2), np.maximum(b, centre + min_px / 2)


def row_counts(
    rows: npt.NDArray[np.int64],
    c0: npt.NDArray[np.int64],
    c1: npt.NDArray[np.int64],
    n_rows: int,
    width: int,
) -> npt.NDArray[np.int32]:
    """Counts (n_rows, width) of the items covering each pixel column of each row: item *i*
    lies in row ``rows[i]`` (``0 <= rows[i] < n_rows``) and covers the columns
    ``[c0[i], c1[i])`` (``0 <= c0[i] <= c1[i] <= width``). O(items + n_rows * width): a
    difference array per row (+1 where an item starts, -1 where it stops), summed along
    the row."""
    stride = width + 1
    cells = rows * stride
    diff = np.bincount(cells + c0, minlength=n_rows * stride).astype(np.int32)
    diff -= np.bincount(cells + c1, minlength=n_rows * stride).astype(np.int32)
    counts: npt.NDArray[np.int32] = np.cumsum(diff.reshape(n_rows, stride), axis=1, dtype=np.int32)[
        :, :width
    ]
    return counts
