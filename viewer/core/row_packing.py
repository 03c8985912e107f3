"""The inner loop of row packing, run as machine code (numba) on large inputs.

The rule is the layout's (see :mod:`viewer.core.layout`): the items of each lane, in
placing order, each go to the lowest row that is free at their start. :func:`place_in_rows`
states it once, in the part of Python that numba compiles. Below :data:`COMPILED_FROM`
items it runs as plain Python; from there on, numba's compilation of that same function
runs. Measured on this project's 2-core machine: a Python pass costs about 1 µs an item
(0.09 s at 100,000 items; 1.1 s for a million items in deep lanes), the compiled one about
0.14 µs; importing numba and loading the compiled code from its cache costs 0.2-0.5 s once
a process, and the first compilation on a new machine about 1 s (then cached beside this
module, or in the user's cache folder when that one cannot be written).
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Callable, MutableSequence, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

COMPILED_FROM = 200_000
"""Items from which the compiled loop runs: below it, importing numba would cost more
than it saves."""


def place_in_rows(
    starts: Sequence[float],
    ends: Sequence[float],
    bounds: Sequence[int],
    most_rows: int,
    rows: MutableSequence[int],
) -> int:
    """Set ``rows[i]`` to item *i*'s row; return how many items were drawn over another.
    Items are given in placing order (by lane, then start, end and id): item *i* occupies
    ``[starts[i], ends[i])`` (days); the items of lane *k* are ``bounds[k]:bounds[k + 1]``,
    and each lane's rows count from 0. An item goes to the lowest row whose last item ends
    on or before its start. With *most_rows* > 0, a lane has at most that many rows: an
    item that finds every one busy goes to the row that frees first, over its last item
    (an export too short for every row). O(n log n): a heap of the busy rows' (end, row),
    a heap of the free rows.

    Plain Python over lists, or numba over arrays (float64, float64, int64, int, int32):
    only what numba compiles is used here."""
    over = 0
    busy = [(0.0, 0)]  # (end day, row) of the rows in use; seeded so numba knows its type
    free = [0]  # rows whose last item has ended, lowest first
    for k in range(len(bounds) - 1):
        busy.clear()
        free.clear()
        n_rows = 0
        for i in range(bounds[k], bounds[k + 1]):
            start = starts[i]
            end = ends[i]
            if (
                len(busy) > 0
                and len(free) == 0
                and busy[0][0] <= start
                and not (len(busy) > 1 and busy[1][0] <= start)
                and not (len(busy) > 2 and busy[2][0] <= start)
            ):
                # The common case: exactly one row has come free, so it is the lowest.
                row = busy[0][1]
                heapq.heapreplace(busy, (end, row))
                rows[i] = row
                continue
            while len(busy) > 0 and busy[0][0] <= start:
                heapq.heappush(free, heapq.heappop(busy)[1])
            if len(free) > 0:
                row = heapq.heappop(free)
            elif most_rows > 0 and n_rows >= most_rows:
                # Every row busy and the lane at its most: the row that frees first.
                row = busy[0][1]
                heapq.heapreplace(busy, (max(busy[0][0], end), row))
                rows[i] = row
                over += 1
                continue
            else:
                row = n_rows
                n_rows += 1
            heapq.heappush(busy, (end, row))
            rows[i] = row
    return over


@functools.cache
def _compiled() -> Callable[..., Any] | None:
    """numba's compilation of :func:`place_in_rows` (cached on disk, released GIL), or
    ``None`` where numba cannot compile or cache it here: then the Python run, which
    gives the same rows, is used."""
    try:
        import numba

        kernel: Callable[..., Any] = numba.njit(cache=True, nogil=True)(place_in_rows)
        kernel(
            np.zeros(1),
            np.ones(1),
            np.array([0, 1], dtype=np.int64),
            0,
            np.zeros(1, dtype=np.int32),
        )
    except Exception:  # numba missing or unable to compile or cache: machine code is
        return None  # only a speed-up, so the Python run stands in
    return kernel


def pack(
    starts: npt.NDArray[np.float64],
    ends: npt.NDArray[np.float64],
    bounds: npt.NDArray[np.intp],
    *,
    most_rows: int = 0,
    compiled: bool | None = None,
) -> tuple[npt.NDArray[np.int32], int]:
    """Rows (n,) int32 of :func:`place_in_rows` for items (n,) in placing order, whose
    lanes' runs are given by *bounds* (k + 1,), each lane in at most *most_rows* rows (0:
    as many as it needs), and how many items were drawn over another. *compiled* chooses
    the run (tests); by default, compiled from :data:`COMPILED_FROM` items."""
    n = len(starts)
    if compiled is None:
        compiled = n >= COMPILED_FROM
    kernel = _compiled() if compiled else None
    if kernel is not None:
        rows = np.zeros(n, dtype=np.int32)
        over = kernel(
            np.ascontiguousarray(starts, dtype=np.float64),
            np.ascontiguousarray(ends, dtype=np.float64),
            np.ascontiguousarray(bounds, dtype=np.int64),
            int(most_rows),
            rows,
        )
        return rows, int(over)
    placed = [0] * n
    over = place_in_rows(starts.tolist(), ends.tolist(), bounds.tolist(), int(most_rows), placed)
    return np.array(placed, dtype=np.int32), over
