"""The record-by-record layout this viewer had before its records became columns, kept as
the reference the columnar :func:`viewer.core.layout.compute_layout` is checked against
(tests only).

Lane packing: where each record sits on the timeline, computed once per data change.

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
to two rows; a point whose dates cover more than a day (an end after its start, or a date
known to its month, year or decade) takes its whole period, first day to last. The result
depends only on the records' values, not on their order in the file, and it never changes
on pan or zoom. Cost: O(n log n): a sort, then a heap of the rows' end days and a heap of
the free rows' numbers.
"""

from __future__ import annotations

import datetime
import heapq
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt

from viewer.core import kinds
from viewer.core.records import Dataset, Record
from viewer.core.spatial import RowIndex

ROW_PITCH = 1.0
"""Distance between sub-rows, in lane units."""
ROW_HEIGHT = 0.8
"""Height of a bar or marker row, in lane units."""
LANE_GAP = 0.5
"""Empty space between two lanes, in lane units."""
POINT_WIDTH_DAYS = 1.0
"""Width given to a point when packing rows."""
_EPOCH = datetime.date(1970, 1, 1)


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
        Record ids, in layout order (lane by lane, then by start, then bands; last the
        bands across every lane).
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
    across : bool array (n,)
        True for background bands across every lane (band records without a lane): their
        ``lane`` is 0, ``y0`` the top of the first lane and their height reaches the
        bottom of the last.
    kind : object array (n,) of str
        The record's kind (``session``, ``handover``...).
    lanes : tuple of LaneBand
    undated : tuple of str
        Ids of records that have a lane but no known date, so cannot be placed.
    x_min_days, x_max_days : float
        Extent of all drawn records (0 and 1 when there are none).
    record_pos : int array (n,)
        The item's position in ``dataset.records``.
    record_position : callable
        The dataset's :meth:`~viewer.core.records.Dataset.position_of` (record id -> its
        position in the dataset, or ``None``).
    item_of_record : int array (number of records,)
        Layout position of each record of the dataset, -1 for one not drawn.
    reading_order : int array (n,)
        Layout positions lane by lane, in each lane by start, then row, then id: the order of
        the arrow keys. ``reading_rank`` is its inverse (the place of each item in it) and
        ``lane_reading`` the slice of each lane: lane *i* is
        ``reading_order[lane_reading[i]:lane_reading[i + 1]]``.
    """

    ids: tuple[str, ...]
    lane: npt.NDArray[np.int32]
    row: npt.NDArray[np.int32]
    x0_days: npt.NDArray[np.float64]
    x1_days: npt.NDArray[np.float64]
    y0: npt.NDArray[np.float64]
    is_span: npt.NDArray[np.bool_]
    is_band: npt.NDArray[np.bool_]
    across: npt.NDArray[np.bool_]
    kind: npt.NDArray[np.int32]
    kind_names: tuple[str, ...]
    lanes: tuple[LaneBand, ...]
    undated: tuple[str, ...]
    x_min_days: float
    x_max_days: float
    record_pos: npt.NDArray[np.intp]
    record_position: Callable[[str], int | None] = field(repr=False, compare=False)
    item_of_record: npt.NDArray[np.intp] = field(repr=False, compare=False)
    reading_order: npt.NDArray[np.intp] = field(repr=False, compare=False)
    reading_rank: npt.NDArray[np.intp] = field(repr=False, compare=False)
    lane_reading: npt.NDArray[np.intp] = field(repr=False, compare=False)

    def index_of(self, record_id: str) -> int | None:
        """Position of *record_id* in the arrays, or ``None`` when it is not drawn (O(1))."""
        pos = self.record_position(record_id)
        if pos is None:
            return None
        i = int(self.item_of_record[pos])
        return i if i >= 0 and self.ids[i] == record_id else None

    def ids_at(self, positions: npt.NDArray[np.intp]) -> tuple[str, ...]:
        """The ids at *positions* (an int array into the layout's arrays), in that order:
        taken in bulk, ten times faster than one by one for many thousands (search
        matches)."""
        if "_ids_array" not in self.__dict__:
            self.__dict__["_ids_array"] = np.array(self.ids, dtype=object)
        taken: list[str] = self.__dict__["_ids_array"][positions].tolist()
        return tuple(taken)

    @cached_property
    def height(self) -> npt.NDArray[np.float64]:
        """Height of each item in lane units (n,): :data:`ROW_HEIGHT`, the lane's height
        for background bands, all the lanes' for bands across every lane."""
        lane_height = np.array([b.y1 - b.y0 for b in self.lanes], dtype=np.float64)
        if not len(lane_height):
            return np.zeros(0)
        return np.where(
            self.across,
            self.y_max - self.lanes[0].y0,
            np.where(self.is_band, lane_height[self.lane], ROW_HEIGHT),
        )

    def kinds_drawn(self) -> frozenset[str]:
        return frozenset(self.kind_names[k] for k in self.kind.tolist())

    def of_kinds(self, names: Any) -> npt.NDArray[np.bool_]:
        return np.array([self.kind_names[k] in names for k in self.kind.tolist()], np.bool_)

    def prepare(self) -> Layout:
        """Build what hit-testing uses (:attr:`row_index`, :attr:`band_index`,
        :attr:`across_index`, :attr:`height`, :attr:`row_base`; O(n log n), once), so that
        the first click does not; returns the layout."""
        _ = self.row_index, self.band_index, self.across_index, self.height, self.row_base
        return self

    @cached_property
    def row_index(self) -> RowIndex:
        """The items that are not bands, by :attr:`global_row` and start (built once)."""
        items = np.nonzero(~self.is_band)[0]
        return RowIndex.build(
            self.global_row, self.x0_days, self.x1_days, items, sum(b.rows for b in self.lanes)
        )

    @cached_property
    def band_index(self) -> RowIndex:
        """The background bands of one lane, by lane and start (built once)."""
        return RowIndex.build(
            self.lane,
            self.x0_days,
            self.x1_days,
            np.nonzero(self.is_band & ~self.across)[0],
            len(self.lanes),
        )

    @cached_property
    def across_index(self) -> RowIndex:
        """The bands across every lane, in one row by start (built once)."""
        return RowIndex.build(
            np.zeros(len(self.ids), dtype=np.int32),
            self.x0_days,
            self.x1_days,
            np.nonzero(self.across)[0],
            1,
        )

    @cached_property
    def _lane_edges(self) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """Tops and bottoms of the lanes (lanes,), in lane units, for binary searches."""
        return (
            np.array([b.y0 for b in self.lanes], dtype=np.float64),
            np.array([b.y1 for b in self.lanes], dtype=np.float64),
        )

    def rows_between(self, y_lo: float, y_hi: float) -> tuple[int, int]:
        """Global rows ``[first, end)`` that overlap ``[y_lo, y_hi]`` (lane units).
        O(log lanes)."""
        first_lane, end_lane = self.lanes_between(y_lo, y_hi)
        if first_lane >= end_lane:
            base = self.row_base
            row = (
                int(base[first_lane - 1]) + self.lanes[first_lane - 1].rows
                if 0 < first_lane <= len(base)
                else 0
            )
            return row, row
        top, last = self.lanes[first_lane], self.lanes[end_lane - 1]
        base_first = int(self.row_base[first_lane])
        base_last = int(self.row_base[end_lane - 1])
        first = (
            base_first + max(0, int((y_lo - top.y0) // ROW_PITCH)) if y_lo > top.y0 else base_first
        )
        end = base_last + min(last.rows, int((y_hi - last.y0) // ROW_PITCH) + 1)
        return first, max(first, end)

    def lanes_between(self, y_lo: float, y_hi: float) -> tuple[int, int]:
        """Lanes ``[first, end)`` whose bands overlap ``[y_lo, y_hi]`` (lane units).
        O(log lanes)."""
        tops, bottoms = self._lane_edges
        first = int(np.searchsorted(bottoms, y_lo, side="right"))
        end = int(np.searchsorted(tops, y_hi, side="right"))
        return first, max(first, end)

    def lane_at(self, y: float) -> int | None:
        """Index of the lane whose band ``[y0, y1)`` holds *y* (lane units), or ``None``."""
        tops, bottoms = self._lane_edges
        i = int(np.searchsorted(tops, y, side="right")) - 1
        return i if i >= 0 and y < bottoms[i] else None

    @cached_property
    def row_base(self) -> npt.NDArray[np.int64]:
        """Global row number of each lane's first row (lanes,): the rows of the lanes
        above it."""
        rows = np.fromiter((b.rows for b in self.lanes), dtype=np.int64, count=len(self.lanes))
        return (np.cumsum(rows) - rows).astype(np.int64)

    @cached_property
    def global_row(self) -> npt.NDArray[np.int64]:
        """Row number counted over all lanes (n,): lane *i*'s row *j* is
        ``row_base[i] + j``. Bands get their lane's first row."""
        if not len(self.lanes):
            return np.zeros(0, dtype=np.int64)
        return self.row_base[self.lane] + self.row

    @property
    def y_max(self) -> float:
        """Bottom of the last lane, in lane units."""
        return self.lanes[-1].y1 if self.lanes else 1.0


def today_days() -> int:
    """Today's date in UTC, in days since 1970-01-01 (the clock is read once per call)."""
    return (datetime.datetime.now(datetime.timezone.utc).date() - _EPOCH).days


def as_of_days(dataset: Dataset, today: float | None = None) -> float:
    """Where open-ended (still running) records stop, in days since 1970-01-01.

    The dataset's ``as_of`` day when the file gives one, else the day *today* (days since
    1970-01-01; default: today's date in UTC, :func:`today_days`): a record shown as
    "– present" is drawn up to the present, not to the latest date the file happens to
    hold. A day is placed at its centre, as every date is.
    """
    if dataset.as_of is not None:
        return dataset.as_of.centre_days
    return (today_days() if today is None else today) + 0.5


def _extent(record: Record, dataset: Dataset, open_days: float) -> tuple[float, float] | None:
    """(x0, x1) in days of a record, or None when it has no known date."""
    start = record.start.centre_days if record.start else None
    if record.to_record and kinds.kind(record.kind).shape == "arrow":
        target = dataset.get(record.to_record)
        if start is not None and target is not None and target.start is not None:
            return start, max(start, target.start.centre_days)
    if record.end_unknown or (
        record.start is None and record.end is not None and not record.open_end and record.is_span
    ):
        # Only the known date's own period is drawn (a year for "1963"), as an open bar,
        # from its centre on, where every start is drawn (to its centre, for a known end):
        # the drawing never suggests a length the sources do not give.
        if record.start is not None:
            return record.start.centre_days, float(record.start.last_day + 1)
        if record.end is not None:
            return float(record.end.first_day), record.end.centre_days
        return None
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


def _band_extent(record: Record, open_days: float) -> tuple[float, float] | None:
    """(x0, x1) in days of a band (a period the record covers whole, such as "no session in
    1939-1945"): from the first day of its start's period to the end of its end's last
    day, so that a band for the year 2020 shades all of 2020 (a span's ends sit at their
    periods' centres instead, see the module docstring). An open end reaches *open_days*;
    ``None`` without a known date."""
    start, end = record.start, record.end
    if start is None and end is None:
        return None
    first = start if start is not None else end
    assert first is not None
    if record.open_end:
        return float(first.first_day), max(open_days, float(first.last_day + 1))
    last = end if end is not None else first
    return float(first.first_day), float(max(last.last_day, first.last_day) + 1)


def pack_rows(
    x0: npt.NDArray[np.float64], x1: npt.NDArray[np.float64], keys: list[str]
) -> npt.NDArray[np.int32]:
    """Sub-row of each interval ``[x0, x1]`` by the stacking rule in the module docstring.

    *keys* break ties deterministically (record ids). Returns an int array of rows.
    O(n log n).
    """
    return _pack_sorted(x0, x1, keys)[0]


def _pack_sorted(
    x0: npt.NDArray[np.float64], x1: npt.NDArray[np.float64], keys: list[str]
) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.intp]]:
    """(rows, order): :func:`pack_rows` and the order in which the items were placed
    (by start, end, key)."""
    n = len(x0)
    rows = np.zeros(n, dtype=np.int32)
    if n == 0:
        return rows, np.zeros(0, dtype=np.intp)
    ends = x0 + np.maximum(x1 - x0, POINT_WIDTH_DAYS)
    order = np.lexsort((ends, x0))
    # Ties of start and end go by key; sorting only the tied runs by key is ten times
    # cheaper than a string key for all.
    xs, es = x0[order], ends[order]
    tied = np.flatnonzero((xs[1:] == xs[:-1]) & (es[1:] == es[:-1]))
    if len(tied):
        breaks = np.diff(tied) > 1
        run_first = tied[np.r_[True, breaks]]
        run_last = tied[np.r_[breaks, True]] + 1
        for a, b in zip(run_first.tolist(), run_last.tolist()):
            order[a : b + 1] = sorted(order[a : b + 1].tolist(), key=keys.__getitem__)
    busy: list[tuple[float, int]] = []  # (end day, row) of the rows in use
    free: list[int] = []  # rows whose last item ended, lowest first
    placed: list[int] = []
    n_rows = 0
    heappush, heappop, heapreplace = heapq.heappush, heapq.heappop, heapq.heapreplace
    for start, end in zip(x0[order].tolist(), ends[order].tolist()):
        if (
            not free
            and busy
            and busy[0][0] <= start
            and not (len(busy) > 1 and busy[1][0] <= start)
            and not (len(busy) > 2 and busy[2][0] <= start)
        ):
            # The common case: exactly one row has come free, so it is the lowest.
            row = busy[0][1]
            heapreplace(busy, (end, row))
            placed.append(row)
            continue
        while busy and busy[0][0] <= start:
            heappush(free, heappop(busy)[1])
        if free:
            row = heappop(free)
        else:
            row = n_rows
            n_rows += 1
        heappush(busy, (end, row))
        placed.append(row)
    rows[order] = placed
    return rows, order


#: Lanes of at most this many records are placed by :func:`_pack_small`.
_SMALL_LANE = 32


def _pack_small(x0: list[float], x1: list[float], keys: list[str]) -> tuple[list[int], list[int]]:
    """:func:`_pack_sorted` in plain Python, for a few items (lists in, lists out): the
    same rows and order, without numpy's cost per call."""
    ends = [a + max(b - a, POINT_WIDTH_DAYS) for a, b in zip(x0, x1)]
    order = sorted(range(len(x0)), key=lambda i: (x0[i], ends[i], keys[i]))
    rows = [0] * len(x0)
    busy: list[tuple[float, int]] = []
    free: list[int] = []
    n_rows = 0
    for i in order:
        start = x0[i]
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            row = heapq.heappop(free)
        else:
            row = n_rows
            n_rows += 1
        heapq.heappush(busy, (ends[i], row))
        rows[i] = row
    return rows, order


def _add_across(
    positions: list[int],
    dataset: Dataset,
    open_days: float,
    hidden_statuses: frozenset[str],
    any_lane: bool,
    ids: list[str],
    parts: dict[str, list[npt.NDArray[Any]]],
    undated: list[list[str]],
) -> None:
    """Append the bands across every lane (band records without a lane, at *positions* in
    the dataset) to *ids* and *parts*, by start, after every lane's items: lane 0, row 0, y0
    the top of the first lane. Nothing when no lane is shown; undated ones go to the first
    lane's *undated*."""
    if not any_lane:
        return
    placed: list[tuple[float, float, str, str, int]] = []
    for pos in positions:
        r = dataset.records[pos]
        if (r.status or r.kind) in hidden_statuses:
            continue
        ext = _band_extent(r, open_days)
        if ext is None:
            undated[0].append(r.id)
            continue
        placed.append((ext[0], ext[1], r.id, r.kind, pos))
    placed.sort()
    n = len(placed)
    ids.extend(p[2] for p in placed)
    parts["lane"] += [np.zeros(n, dtype=np.int32)]
    parts["row"] += [np.zeros(n, dtype=np.int32)]
    parts["x0"] += [np.array([p[0] for p in placed], dtype=np.float64)]
    parts["x1"] += [np.array([p[1] for p in placed], dtype=np.float64)]
    parts["y0"] += [np.zeros(n, dtype=np.float64)]
    parts["span"] += [np.ones(n, dtype=np.bool_)]
    parts["band"] += [np.ones(n, dtype=np.bool_)]
    parts["across"] += [np.ones(n, dtype=np.bool_)]
    parts["kind"] += [np.array([p[3] for p in placed], dtype=object)]
    parts["pos"] += [np.array([p[4] for p in placed], dtype=np.intp)]


def compute_layout(
    dataset: Dataset,
    hidden_lanes: frozenset[str] = frozenset(),
    hidden_statuses: frozenset[str] = frozenset(),
) -> Layout:
    """Place every drawable record of *dataset* (see the module docstring).

    Lanes keep the file's order; lanes in *hidden_lanes* are left out, and so are records
    whose status (or kind, when they have none) is in *hidden_statuses*. One pass over the
    records, then numpy per lane.
    """
    open_days = as_of_days(dataset)
    lanes = [lane for lane in dataset.lanes if lane.id not in hidden_lanes]
    lane_of = {lane.id: li for li, lane in enumerate(lanes)}
    # What the registry says of the kinds, as sets (a million records: one look-up each).
    # Band kinds are drawn as full-height background bands of their lane (not packed in
    # rows); one with no lane (an era of the whole timeline) is a band across every lane.
    term_kinds, band_kind_names = kinds.term_kinds(), kinds.shape_kinds("band")
    arrow_kinds, point_kinds = kinds.shape_kinds("arrow"), kinds.shape_kinds("point")
    # Per lane, for packed records and for bands: ids, start and end days, span flags and
    # kinds, filled in one pass (a million records: every attribute read counts).
    packed: list[tuple[list[Any], ...]] = [([], [], [], [], [], [], [], []) for _ in lanes]
    banded: list[tuple[list[Any], ...]] = [([], [], [], [], [], [], [], []) for _ in lanes]
    undated: list[list[str]] = [[] for _ in lanes]
    across: list[int] = []
    for pos, r in enumerate(dataset.records):
        li = lane_of.get(r.lane) if r.lane is not None else None
        if li is None:
            if r.lane is None and r.kind in band_kind_names:
                across.append(pos)
            continue
        kind, status = r.kind, r.status
        if (status or kind) in hidden_statuses:
            continue
        start, end, open_end = r.start, r.end, r.open_end
        if kind in band_kind_names:
            ext = _band_extent(r, open_days)
            if ext is None:
                undated[li].append(r.id)
                continue
            a, b = ext
        elif (
            start is not None
            and not open_end
            and kind not in arrow_kinds
            and (end is not None or kind not in term_kinds)
        ):
            # The common case, inline: _extent() for a dated record that is not open.
            a = start.centre_days
            b = end.centre_days if end is not None and kind not in point_kinds else a
        else:
            ext = _extent(r, dataset, open_days)
            if ext is None:
                undated[li].append(r.id)
                continue
            a, b = ext
        group = (banded if kind in band_kind_names else packed)[li]
        group[5].append(pos)
        group[0].append(r.id)
        group[1].append(a)
        group[2].append(b)
        is_span = kind in term_kinds or (  # see Record.is_span
            kind not in point_kinds and (end is not None or open_end)
        )
        group[3].append(is_span)
        group[4].append(kind)
        # The days it holds in its row: a marker's whole period when longer than a day.
        row_a, row_b = a, b
        if not is_span and b <= a and kind not in arrow_kinds and start is not None:
            last = (end if end is not None else start).last_day
            if not open_end and last > start.first_day:
                row_a, row_b = float(start.first_day), last + 1.0
        group[6].append(row_a)
        group[7].append(row_b)

    ids: list[str] = []
    parts: dict[str, list[npt.NDArray[Any]]] = {
        k: [] for k in ("lane", "row", "x0", "x1", "y0", "span", "band", "across", "kind", "pos")
    }
    bands: list[LaneBand] = []
    y = 0.0
    # Lanes of few records are placed in plain Python and gathered in *pending*, turned
    # into arrays once (numpy's fixed cost per call made 100,000 lanes of one record take
    # 14 s); larger lanes in numpy. *pending* is flushed before each large lane, so the
    # records stay in lane order.
    pending: dict[str, list[Any]] = {k: [] for k in parts}
    dtypes = {
        "lane": np.int32,
        "row": np.int32,
        "x0": np.float64,
        "x1": np.float64,
        "y0": np.float64,
        "span": np.bool_,
        "band": np.bool_,
        "across": np.bool_,
        "kind": object,
        "pos": np.intp,
    }

    def flush() -> None:
        if pending["lane"]:
            for key, values in pending.items():
                parts[key].append(np.array(values, dtype=dtypes[key]))
                values.clear()

    offset = (ROW_PITCH - ROW_HEIGHT) / 2
    for li, lane in enumerate(lanes):
        lane_ids, x0_list, x1_list, span_list, kind_list, pos_list, row_x0, row_x1 = packed[li]
        band_ids, bx0, bx1, _band_span, band_kinds, band_pos, _, _ = banded[li]
        if not lane_ids and not band_ids:
            # An empty lane: one empty row and no arrays (a million declared lanes without
            # records took seconds and hundreds of megabytes in numpy calls).
            bands.append(LaneBand(lane.id, lane.title, y, y + ROW_PITCH, 1))
            y += ROW_PITCH + LANE_GAP
            continue
        n_items, n_bands = len(lane_ids), len(band_ids)
        if n_items <= _SMALL_LANE:
            row_list, order_list = _pack_small(row_x0, row_x1, lane_ids)
            n_rows = max(row_list, default=0) + 1
            ids.extend([lane_ids[i] for i in order_list])
            ids.extend(band_ids)
            pending["lane"] += [li] * (n_items + n_bands)
            pending["row"] += [row_list[i] for i in order_list] + [0] * n_bands
            pending["x0"] += [x0_list[i] for i in order_list] + bx0
            pending["x1"] += [x1_list[i] for i in order_list] + bx1
            pending["y0"] += [y + row_list[i] * ROW_PITCH + offset for i in order_list] + [
                y
            ] * n_bands
            pending["span"] += [x1_list[i] > x0_list[i] or span_list[i] for i in order_list] + [
                True
            ] * n_bands
            pending["band"] += [False] * n_items + [True] * n_bands
            pending["across"] += [False] * (n_items + n_bands)
            pending["kind"] += [kind_list[i] for i in order_list] + band_kinds
            pending["pos"] += [pos_list[i] for i in order_list] + band_pos
        else:
            flush()
            x0 = np.array(x0_list, dtype=np.float64)
            x1 = np.array(x1_list, dtype=np.float64)
            rows, order = _pack_sorted(
                np.array(row_x0, dtype=np.float64), np.array(row_x1, dtype=np.float64), lane_ids
            )
            n_rows = int(rows.max()) + 1 if len(rows) else 1
            span = np.array(span_list, dtype=np.bool_)
            ids.extend([lane_ids[i] for i in order.tolist()])
            ids.extend(band_ids)
            parts["lane"] += [np.full(n_items + n_bands, li, dtype=np.int32)]
            parts["row"] += [rows[order], np.zeros(n_bands, dtype=np.int32)]
            parts["x0"] += [x0[order], np.array(bx0, dtype=np.float64)]
            parts["x1"] += [x1[order], np.array(bx1, dtype=np.float64)]
            parts["y0"] += [y + rows[order] * ROW_PITCH + offset, np.full(n_bands, y)]
            parts["span"] += [(x1 > x0)[order] | span[order], np.ones(n_bands, dtype=np.bool_)]
            parts["band"] += [np.zeros(n_items, dtype=np.bool_), np.ones(n_bands, dtype=np.bool_)]
            parts["across"] += [np.zeros(n_items + n_bands, dtype=np.bool_)]
            parts["kind"] += [
                np.array(kind_list, dtype=object)[order],
                np.array(band_kinds, dtype=object),
            ]
            parts["pos"] += [
                np.array(pos_list, dtype=np.intp)[order],
                np.array(band_pos, dtype=np.intp),
            ]
        height = n_rows * ROW_PITCH
        bands.append(LaneBand(lane.id, lane.title, y, y + height, n_rows))
        y += height + LANE_GAP
    flush()
    _add_across(across, dataset, open_days, hidden_statuses, bool(lanes), ids, parts, undated)

    def joined(key: str, dtype: type) -> npt.NDArray[Any]:
        return np.concatenate(parts[key]).astype(dtype) if parts[key] else np.zeros(0, dtype)

    x0_arr = joined("x0", np.float64)
    x1_arr = joined("x1", np.float64)
    lane_arr = joined("lane", np.int32)
    row_arr = joined("row", np.int32)
    record_pos = joined("pos", np.intp)
    item_of_record = np.full(len(dataset.records), -1, dtype=np.intp)
    item_of_record[record_pos] = np.arange(len(record_pos), dtype=np.intp)
    x_min, x_max = _extent_of_all(dataset, x0_arr, x1_arr, record_pos)
    reading = _reading_order(lane_arr, x0_arr, row_arr, ids)
    kind_objects = joined("kind", object).tolist()
    kind_names = tuple(dict.fromkeys(kind_objects))
    kind_code = {name: code for code, name in enumerate(kind_names)}
    rank = np.empty_like(reading)
    rank[reading] = np.arange(len(reading), dtype=np.intp)
    return Layout(
        ids=tuple(ids),
        lane=lane_arr,
        row=row_arr,
        x0_days=x0_arr,
        x1_days=x1_arr,
        y0=joined("y0", np.float64),
        is_span=joined("span", np.bool_),
        is_band=joined("band", np.bool_),
        across=joined("across", np.bool_),
        kind=np.array([kind_code[k] for k in kind_objects], dtype=np.int32),
        kind_names=kind_names,
        lanes=tuple(bands),
        undated=tuple(u for lane_undated in undated for u in lane_undated),
        x_min_days=x_min,
        x_max_days=x_max,
        record_pos=record_pos,
        record_position=dataset.position_of,
        item_of_record=item_of_record,
        reading_order=reading,
        reading_rank=rank,
        lane_reading=np.searchsorted(lane_arr[reading], np.arange(len(bands) + 1)).astype(np.intp),
    )


def _extent_of_all(
    dataset: Dataset,
    x0: npt.NDArray[np.float64],
    x1: npt.NDArray[np.float64],
    record_pos: npt.NDArray[np.intp],
) -> tuple[float, float]:
    """(first, last) day of what is drawn: the earliest start and latest end (centres),
    widened to the whole periods of the records' dates (not arrows'), so that a file of
    one record "1950" opens on 1950, and one of a record "195X" shows its decade. ``(0,
    1)`` when nothing is drawn. Record by record."""
    if not len(x0):
        return 0.0, 1.0
    lo, hi = float(x0.min()), float(x1.max())
    for pos in record_pos.tolist():
        record = dataset.records[int(pos)]
        if record.start is not None:
            lo = min(lo, float(record.start.first_day))
        end = record.end if record.end is not None and not record.open_end else record.start
        if end is not None and record.kind not in kinds.shape_kinds("arrow"):
            hi = max(hi, float(end.last_day + 1))
    return lo, hi


def _reading_order(
    lane: npt.NDArray[np.int32],
    x0: npt.NDArray[np.float64],
    row: npt.NDArray[np.int32],
    ids: list[str],
) -> npt.NDArray[np.intp]:
    """Layout positions sorted by lane, start, row, then id (see :attr:`Layout.reading_order`).
    O(n log n) in numpy; only runs of equal (lane, start, row) are sorted by id in Python."""
    order = np.lexsort((row, x0, lane)).astype(np.intp)
    if len(order) < 2:
        return order
    ls, xs, rs = lane[order], x0[order], row[order]
    tied = np.flatnonzero((ls[1:] == ls[:-1]) & (xs[1:] == xs[:-1]) & (rs[1:] == rs[:-1]))
    if len(tied):
        breaks = np.diff(tied) > 1
        run_first = tied[np.r_[True, breaks]]
        run_last = tied[np.r_[breaks, True]] + 1
        for a, b in zip(run_first.tolist(), run_last.tolist()):
            order[a : b + 1] = sorted(order[a : b + 1].tolist(), key=ids.__getitem__)
    return order
