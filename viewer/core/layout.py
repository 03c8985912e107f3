"""Lane packing: where each record sits on the timeline, computed once per data change.

Coordinates
-----------
x: days since 1970-01-01 (see :mod:`viewer.core.dates`); every date sits at the centre of
its precision interval. y: lane units, growing downwards; sub-row *j* of a lane whose top
is ``lane_y0`` occupies ``[lane_y0 + j * ROW_PITCH, lane_y0 + j * ROW_PITCH + ROW_HEIGHT)``.

Stacking rule
-------------
Within a lane, records are sorted by (start, end, id) and each goes to the lowest sub-row
whose last item ends on or before its start. Touching intervals (one ends exactly where the
next starts, as when a President hands over to the next on the same day) therefore share a
row. Points are given a width of one day for this purpose, so two points on the same day go
to two rows. The result depends only on the records' values, not on their order in the file,
and it never changes on pan or zoom. Cost: O(n log n) for the sort plus O(n * rows).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from viewer.core.dates import days_from_civil
from viewer.core.records import Dataset, Record

ROW_PITCH = 1.0
"""Distance between sub-rows, in lane units."""
ROW_HEIGHT = 0.8
"""Height of a bar or marker row, in lane units."""
LANE_GAP = 0.5
"""Empty space between two lanes, in lane units."""
POINT_WIDTH_DAYS = 1.0
"""Width given to a point when packing rows."""

#: Kinds drawn as a full-height background band of their lane (not packed in rows).
BAND_KINDS = frozenset({"no_session", "era"})


@dataclass(frozen=True)
class LaneBand:
    """A lane's vertical extent: ``[y0, y1)`` in lane units, with *rows* sub-rows."""

    id: str
    title: str
    y0: float
    y1: float
    rows: int


@dataclass(frozen=True)
class Layout:
    """Positions of the drawable records, as parallel numpy arrays of length n.

    Attributes
    ----------
    ids : tuple of str
        Record ids, in layout order (lane by lane, then by start).
    lane : int array (n,)
        Index into :attr:`lanes`.
    row : int array (n,)
        Sub-row within the lane.
    x0_days, x1_days : float arrays (n,)
        Start and end centre in days since 1970-01-01; equal for points.
    y0 : float array (n,)
        Top of the item's row, in lane units; the item is :data:`ROW_HEIGHT` tall.
    is_span : bool array (n,)
        True for bars, False for point markers.
    is_band : bool array (n,)
        True for background bands that fill the lane's height (years with no session).
    lanes : tuple of LaneBand
    undated : tuple of str
        Ids of records that have a lane but no known date, so cannot be placed.
    x_min_days, x_max_days : float
        Extent of all drawn records (0 and 1 when there are none).
    """

    ids: tuple[str, ...]
    lane: npt.NDArray[np.int32]
    row: npt.NDArray[np.int32]
    x0_days: npt.NDArray[np.float64]
    x1_days: npt.NDArray[np.float64]
    y0: npt.NDArray[np.float64]
    is_span: npt.NDArray[np.bool_]
    is_band: npt.NDArray[np.bool_]
    lanes: tuple[LaneBand, ...]
    undated: tuple[str, ...]
    x_min_days: float
    x_max_days: float

    def index_of(self, record_id: str) -> int | None:
        """Position of *record_id* in the arrays, or ``None`` when it is not drawn."""
        try:
            return self.ids.index(record_id)
        except ValueError:
            return None

    @property
    def y_max(self) -> float:
        """Bottom of the last lane, in lane units."""
        return self.lanes[-1].y1 if self.lanes else 1.0


def as_of_days(dataset: Dataset) -> float:
    """Where open-ended records stop: the dataset's ``as_of`` day, else the latest date in
    the data (days since 1970-01-01)."""
    if dataset.as_of is not None:
        return dataset.as_of.centre_days
    latest = [d.centre_days for r in dataset.records for d in (r.start, r.end) if d]
    return max(latest) if latest else float(days_from_civil(2000, 1, 1))


def _extent(record: Record, dataset: Dataset, open_days: float) -> tuple[float, float] | None:
    """(x0, x1) in days of a record, or None when it has no known date."""
    start = record.start.centre_days if record.start else None
    if record.kind == "handover" and record.to_record:
        target = dataset.get(record.to_record)
        if start is not None and target is not None and target.start is not None:
            return start, max(start, target.start.centre_days)
    if record.end_unknown:
        # Only the known end's own period is drawn (a year for "1963"), as an open bar:
        # the drawing never suggests a length the sources do not give.
        known = record.start or record.end
        if known is None:
            return None
        return float(known.first_day), float(known.last_day + 1)
    if record.open_end:
        end: float | None = max(open_days, start if start is not None else open_days)
    elif record.end is not None and record.is_span:
        end = record.end.centre_days
    else:
        end = None
    if start is None and end is None:
        return None
    if start is None:
        assert end is not None
        return end, end
    return start, end if end is not None else start


def pack_rows(x0: npt.NDArray[np.float64], x1: npt.NDArray[np.float64],
              keys: list[str]) -> npt.NDArray[np.int32]:
    """Sub-row of each interval ``[x0, x1]`` by the stacking rule in the module docstring.

    *keys* break ties deterministically (record ids). Returns an int array of rows.
    """
    n = len(x0)
    rows = np.zeros(n, dtype=np.int32)
    if n == 0:
        return rows
    widths = np.maximum(x1 - x0, POINT_WIDTH_DAYS)
    order = sorted(range(n), key=lambda i: (x0[i], x0[i] + widths[i], keys[i]))
    row_ends: list[float] = []
    for i in order:
        start, end = float(x0[i]), float(x0[i] + widths[i])
        for r, last_end in enumerate(row_ends):
            if last_end <= start:
                row_ends[r] = end
                rows[i] = r
                break
        else:
            rows[i] = len(row_ends)
            row_ends.append(end)
    return rows


def compute_layout(dataset: Dataset, hidden_lanes: frozenset[str] = frozenset(),
                   hidden_statuses: frozenset[str] = frozenset()) -> Layout:
    """Place every drawable record of *dataset* (see the module docstring).

    Lanes keep the file's order; lanes in *hidden_lanes* are left out, and so are records
    whose status (or kind, when they have none) is in *hidden_statuses*.
    """
    open_days = as_of_days(dataset)
    ids: list[str] = []
    lane_idx: list[int] = []
    rows_all: list[int] = []
    x0s: list[float] = []
    x1s: list[float] = []
    y0s: list[float] = []
    spans: list[bool] = []
    bands_flags: list[bool] = []
    bands: list[LaneBand] = []
    undated: list[str] = []
    y = 0.0
    lanes = [lane for lane in dataset.lanes if lane.id not in hidden_lanes]
    for li, lane in enumerate(lanes):
        members = [r for r in dataset.records if r.lane == lane.id
                   and (r.status or r.kind) not in hidden_statuses]
        placed: list[tuple[Record, float, float]] = []
        for r in members:
            ext = _extent(r, dataset, open_days)
            if ext is None:
                undated.append(r.id)
            else:
                placed.append((r, ext[0], ext[1]))
        packed = [p for p in placed if p[0].kind not in BAND_KINDS]
        x0 = np.array([p[1] for p in packed], dtype=np.float64)
        x1 = np.array([p[2] for p in packed], dtype=np.float64)
        rows = pack_rows(x0, x1, [p[0].id for p in packed])
        n_rows = int(rows.max()) + 1 if len(rows) else 1
        for (r, a, b), row in zip(packed, rows):
            ids.append(r.id)
            lane_idx.append(li)
            rows_all.append(int(row))
            x0s.append(a)
            x1s.append(b)
            y0s.append(y + int(row) * ROW_PITCH + (ROW_PITCH - ROW_HEIGHT) / 2)
            spans.append(b > a or r.is_span)
            bands_flags.append(False)
        for r, a, b in placed:
            if r.kind in BAND_KINDS:
                ids.append(r.id)
                lane_idx.append(li)
                rows_all.append(0)
                x0s.append(a)
                x1s.append(b)
                y0s.append(y)
                spans.append(True)
                bands_flags.append(True)
        height = n_rows * ROW_PITCH
        bands.append(LaneBand(lane.id, lane.title, y, y + height, n_rows))
        y += height + LANE_GAP
    x0_arr = np.array(x0s, dtype=np.float64)
    x1_arr = np.array(x1s, dtype=np.float64)
    return Layout(
        ids=tuple(ids),
        lane=np.array(lane_idx, dtype=np.int32),
        row=np.array(rows_all, dtype=np.int32),
        x0_days=x0_arr,
        x1_days=x1_arr,
        y0=np.array(y0s, dtype=np.float64),
        is_span=np.array(spans, dtype=np.bool_),
        is_band=np.array(bands_flags, dtype=np.bool_),
        lanes=tuple(bands),
        undated=tuple(undated),
        x_min_days=float(x0_arr.min()) if len(x0_arr) else 0.0,
        x_max_days=float(x1_arr.max()) if len(x1_arr) else 1.0,
    )
