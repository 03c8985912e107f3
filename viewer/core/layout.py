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
to two rows; a point whose dates cover more than a day (an end after its start, or a date
known to its month, year or decade: "195X") takes its whole period, first day to last, the
light bar or whisker drawn under its marker (two whiskers in one row read as one, its
markers' owner unknown: a new user's finding). The result depends only on the records'
values, not on their order in the file, and it never changes on pan or zoom. Cost:
O(n log n): a sort, then a heap of the rows' end days and a heap of the free rows' numbers.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from viewer.core import kinds, row_packing
from viewer.core.columns import RecordColumns, rank_of
from viewer.core.records import Dataset
from viewer.core.spatial import RowIndex, sorted_by, stable_order

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
    ids : IdsAt
        Record ids, in layout order (lane by lane, then by start, then bands; last the
        bands across every lane): a sequence that reads each id from the dataset's
        columns when asked (a tuple of them took 0.2 s to make at a million records).
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
    kind : int32 array (n,)
        The record's kind as a code into ``kind_names`` (``session``, ``handover``...):
        codes, not an object array of names, which took 2.3 s to make at ten million
        items.
    kind_names : tuple of str
        The names of the kind codes (the dataset's
        :attr:`~viewer.core.columns.RecordColumns.kind_names`).
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
    id_order : int array (number of records,)
        Every record's position in the order of their ids (the dataset's
        :attr:`~viewer.core.columns.RecordColumns.id_order`, not a copy): what breaks ties
        in :attr:`reading_order`.
    """

    ids: IdsAt
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
    id_order: npt.NDArray[np.intp] = field(repr=False, compare=False)

    @cached_property
    def _reading(self) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
        return _reading(
            self.lane,
            self.x0_days,
            self.row,
            _in_id_order(self.id_order, self.record_pos),
            len(self.lanes),
        )

    @property
    def reading_order(self) -> npt.NDArray[np.intp]:
        """Layout positions (n,) lane by lane, in each lane by start, then row, then id:
        the order of the arrow keys. Made when first asked (O(n log n); :meth:`prepare`
        makes it), so that an export, which never asks, does not (2 s at ten million
        items)."""
        return self._reading[0]

    @property
    def reading_rank(self) -> npt.NDArray[np.intp]:
        """The inverse of :attr:`reading_order` (n,): each item's place in it."""
        return self._reading[1]

    @property
    def lane_reading(self) -> npt.NDArray[np.intp]:
        """The slice of :attr:`reading_order` of each lane (lanes + 1,): lane *i* is
        ``reading_order[lane_reading[i]:lane_reading[i + 1]]``."""
        return self._reading[2]

    def index_of(self, record_id: str) -> int | None:
        """Position of *record_id* in the arrays, or ``None`` when it is not drawn (O(1))."""
        pos = self.record_position(record_id)
        if pos is None:
            return None
        i = int(self.item_of_record[pos])
        return i if i >= 0 and self.ids[i] == record_id else None

    def ids_at(self, positions: npt.NDArray[np.intp]) -> IdsAt:
        """The ids at *positions* (an int array into the layout's arrays), in that order,
        as a sequence that reads each id when asked (a search's matches: 750,000 of them
        took 40 ms a keystroke as a tuple of strings)."""
        return self.ids.at(np.asarray(positions, dtype=np.intp))

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
        """The names of the kinds of the items (a kind code -1 reads as ``""``). O(n), no
        sort."""
        present = np.bincount(self.kind.astype(np.intp) + 1, minlength=len(self.kind_names) + 1)
        names = ("", *self.kind_names)
        return frozenset(names[c] for c in np.flatnonzero(present).tolist())

    def of_kinds(self, names: AbstractSet[str]) -> npt.NDArray[np.bool_]:
        """Which items (n,) are of a kind named in *names*. O(n)."""
        wanted = np.array([n in names for n in (*self.kind_names, "")], dtype=np.bool_)
        return wanted[self.kind]

    def prepare(self) -> Layout:
        """Build what hit-testing uses (:attr:`row_index`, :attr:`band_index`,
        :attr:`across_index`, :attr:`height`, :attr:`row_base`; O(n log n), once), so that
        the first click does not, the order by start that a search's matches are listed
        in (:attr:`by_start`) and the arrow keys' :attr:`reading_order`; returns the
        layout."""
        _ = self.row_index, self.band_index, self.across_index, self.height, self.row_base
        _ = self.by_start, self._reading
        return self

    @cached_property
    def by_start(self) -> npt.NDArray[np.intp]:
        """Every item's position, ordered by start day, ties by position (n,); built once
        (O(n log n)), so that a search lists its matches in this order in O(n) without a
        sort of its own."""
        return sorted_by(np.arange(len(self.x0_days), dtype=np.intp), self.x0_days)

    @cached_property
    def row_index(self) -> RowIndex:
        """The items that are not bands, by :attr:`global_row` and start (built once)."""
        items = np.nonzero(~self.is_band)[0] if self.is_band.any() else None  # None: all
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


class IdsAt(Sequence[str]):
    """The strings of *texts* (the dataset's ids) at *positions* (an int array (m,) into
    *texts*), in that order: a sequence that reads each id when it is asked for. Membership
    and :meth:`index` look the id up with *position_of* (id -> its place in *texts*, or
    ``None``), then search *positions* in numpy (O(m), no string compared). Equal to any
    sequence of the same ids."""

    __slots__ = ("texts", "positions", "_position_of")

    def __init__(
        self,
        texts: Sequence[str],
        positions: npt.NDArray[np.intp],
        position_of: Callable[[str], int | None],
    ) -> None:
        self.texts = texts
        self.positions = positions
        self._position_of = position_of

    def at(self, places: npt.NDArray[np.intp]) -> IdsAt:
        """The ids at *places* (an int array into this sequence), in that order."""
        return IdsAt(self.texts, self.positions[places], self._position_of)

    def __len__(self) -> int:
        return len(self.positions)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[str, ...]: ...
    def __getitem__(self, i: int | slice) -> str | tuple[str, ...]:
        texts = self.texts
        if isinstance(i, slice):
            return tuple(map(texts.__getitem__, self.positions[i].tolist()))
        return texts[int(self.positions[i])]

    def __iter__(self) -> Iterator[str]:
        return map(self.texts.__getitem__, self.positions.tolist())

    def __contains__(self, value: object) -> bool:
        return self._first(value) is not None

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        found = self._first(value, start, len(self) if stop is None else stop)
        if found is None:
            raise ValueError(f"{value!r} is not among the ids")
        return found

    def _first(self, value: object, start: int = 0, stop: int | None = None) -> int | None:
        item = self._position_of(value) if isinstance(value, str) else None
        if item is None:
            return None
        at = np.flatnonzero(self.positions[start:stop] == item)
        return int(at[0]) + start if len(at) else None

    def __eq__(self, other: object) -> bool:
        if isinstance(other, IdsAt) and other.texts is self.texts:
            return bool(np.array_equal(self.positions, other.positions))
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(len(self.positions))  # equal sequences have equal lengths

    def __repr__(self) -> str:
        return f"IdsAt({list(self[:5])!r}{'...' if len(self) > 5 else ''}, {len(self)} ids)"


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


def pack_rows(
    x0: npt.NDArray[np.float64], x1: npt.NDArray[np.float64], keys: list[str]
) -> npt.NDArray[np.int32]:
    """Sub-row of each interval ``[x0, x1]`` by the stacking rule in the module docstring.

    *keys* break ties deterministically (record ids). Returns an int array of rows.
    O(n log n).
    """
    n = len(x0)
    by_id = np.argsort(rank_of(keys)).astype(np.intp)
    return _pack_lanes(np.zeros(n, np.intp), x0, x1, by_id)[0]


def layout_for(
    dataset: Dataset,
    hidden_lanes: frozenset[str] = frozenset(),
    hidden_statuses: frozenset[str] = frozenset(),
) -> Layout:
    """:func:`compute_layout` of *dataset* with its hit-test indexes made
    (:meth:`Layout.prepare`), kept on the dataset for the latest hidden lanes and
    statuses (:meth:`~viewer.core.records.Dataset.latest`): the loader's worker thread
    makes the one a file opens with (0.4 s at 100,000 records, 2.3 s at a million), so the
    window does not."""
    key = (frozenset(hidden_lanes), frozenset(hidden_statuses))
    return dataset.latest(
        "layout", key, lambda: compute_layout(dataset, hidden_lanes, hidden_statuses).prepare()
    )


def compute_layout(
    dataset: Dataset,
    hidden_lanes: frozenset[str] = frozenset(),
    hidden_statuses: frozenset[str] = frozenset(),
    within: tuple[float, float] | None = None,
) -> Layout:
    """Place every drawable record of *dataset* (see the module docstring).

    Lanes keep the file's order; lanes in *hidden_lanes* are left out, and so are records
    whose status (or kind, when they have none) is in *hidden_statuses*. With *within*
    (first and last day), only the records drawn at least in part between them are placed,
    their rows stacked among themselves: an export of a range is as tall as that range
    needs, not as the whole file (the window keeps one layout, whose rows never change on
    pan or zoom). Reads the dataset's :attr:`~viewer.core.records.Dataset.columns`: numpy
    over all records, then one pass in Python that stacks the rows.
    """
    cols = dataset.columns
    open_days = as_of_days(dataset)
    lanes = [lane for lane in dataset.lanes if lane.id not in hidden_lanes]
    lane_of = {lane.id: li for li, lane in enumerate(lanes)}
    # Kinds and lanes as codes: what the registry says of each code, looked up once.
    knames = cols.kind_names
    is_term = cols.codes_of(knames, kinds.term_kinds())[cols.kind]
    is_band = cols.codes_of(knames, kinds.shape_kinds("band"))[cols.kind]
    is_arrow = cols.codes_of(knames, kinds.shape_kinds("arrow"))[cols.kind]
    is_point = cols.codes_of(knames, kinds.shape_kinds("point"))[cols.kind]
    shown_li = np.array([lane_of.get(name, -1) for name in cols.lane_names] + [-1], np.intp)
    li_all = shown_li[cols.lane]  # code -1 (no lane) reads the final -1
    keys, key_names = cols.filter_key()
    hidden = cols.codes_of(key_names, hidden_statuses)[keys]
    shown = (li_all >= 0) & ~hidden
    n_records = len(cols)

    has_start, has_end, open_end = cols.has_start, cols.has_end, cols.open_end
    s_centre, e_centre = cols.start_centre, cols.end_centre
    # Bands (a period the record covers whole): from the first day of the first known
    # date's period to the end of the last day of the end's (an open end: *open_days*).
    first_first = np.where(has_start, cols.start_first, cols.end_first).astype(np.float64)
    first_last = np.where(has_start, cols.start_last, cols.end_last)
    last_last = np.where(has_end, cols.end_last, first_last)
    band_x0 = first_first
    band_x1 = np.where(
        open_end,
        np.maximum(open_days, first_last + 1.0),
        (np.maximum(last_last, first_last) + 1).astype(np.float64),
    )
    band_dated = has_start | has_end
    # Everything else: spans centre to centre; a term whose end is not known shows only
    # the known date's own period from its centre on (to the centre, for a known end): a
    # start drawn where every start is, so that "1963" of an unknown end does not overlap
    # a term ending "1963" (a new user's finding: two presidents at once); a running
    # record reaches *open_days*.
    is_span = kinds.drawn_as_span(is_term, is_point, has_end, open_end)
    # A bar or an arrow known by its end alone is drawn as such a term is: its end's period
    # up to its centre (an event's was a sliver at the centre, which read as exact; an
    # arrow's a dot and a head, its dashes unseen: trials)
    end_unknown = (is_term & (~has_start | (~has_end & ~open_end))) | (
        ~has_start & has_end & ~open_end & is_span
    )
    end = np.where(
        open_end,
        np.maximum(open_days, np.where(has_start, s_centre, open_days)),
        np.where(has_end & is_span, e_centre, np.nan),
    )
    x0 = np.where(has_start, s_centre, end)
    x1 = np.where(np.isnan(end), x0, end)
    x0 = np.where(end_unknown, np.where(has_start, s_centre, first_first), x0)
    x1 = np.where(end_unknown, np.where(has_start, first_last + 1.0, e_centre), x1)
    dated = np.where(end_unknown, band_dated, ~np.isnan(x0))
    # An arrow (a handover) runs from its start to its target's start.
    for pos, target_id in cols.to_record.items():
        if not is_arrow[pos] or not has_start[pos]:
            continue
        target = dataset.position_of(target_id)
        if target is not None and has_start[target]:
            x0[pos], x1[pos], dated[pos] = s_centre[pos], max(s_centre[pos], s_centre[target]), True
    # The common case, as the record-by-record rule always had it: a dated record that is
    # not running, not an arrow, not a term without an end.
    common = has_start & ~open_end & ~is_arrow & (has_end | ~is_term)
    x0 = np.where(common, s_centre, x0)
    x1 = np.where(common, np.where(has_end & ~is_point, e_centre, s_centre), x1)
    x0 = np.where(is_band, band_x0, x0)
    x1 = np.where(is_band, band_x1, x1)
    dated = np.where(is_band, band_dated, dated | common)

    # Drawn as a marker: a point, a bar kind without an end; not an arrow (a handover).
    is_marker = ~is_span & ~is_arrow & ~is_band & (x1 == x0)
    placed = shown & dated
    if within is not None:
        # A marker's whole period counts: "19XX" crosses an export of 1970-1980 (it was
        # left out, the caption saying "no records in this range": a trial)
        markers = np.flatnonzero(is_marker)
        first, end, wide = marker_periods(cols, markers)
        crossing = np.zeros(n_records, dtype=np.bool_)
        crossing[markers] = wide & crosses(first, end, within)
        placed &= ((x1 >= within[0]) & (x0 <= within[1])) | crossing
    packed_pos = np.flatnonzero(placed & ~is_band)
    band_pos = np.flatnonzero(placed & is_band)
    band_pos = band_pos[stable_order(li_all[band_pos])]
    p_li = li_all[packed_pos]
    id_order = cols.id_order
    rows, order, _ = _pack_lanes(
        p_li,
        *row_extents(cols, packed_pos, x0[packed_pos], x1[packed_pos], is_marker[packed_pos]),
        _in_id_order(id_order, packed_pos),
    )
    packed_pos, rows = packed_pos[order], rows[order]
    p_li = p_li[order]
    lane_bands, lane_top = _stacked(lanes, _rows_of_lanes(len(lanes), p_li, rows))

    # Each lane's packed items by start, then its bands in file order.
    b_li = li_all[band_pos]
    merged = sorted_by(
        np.arange(len(packed_pos) + len(band_pos)),
        np.r_[p_li, b_li].astype(np.int64) * 2
        + np.r_[np.zeros(len(packed_pos)), np.ones(len(band_pos))].astype(np.int64),
    )
    offset = (ROW_PITCH - ROW_HEIGHT) / 2
    pos = np.r_[packed_pos, band_pos].astype(np.intp)[merged]
    lane_arr = np.r_[p_li, b_li].astype(np.int32)[merged]
    row_arr = np.r_[rows, np.zeros(len(band_pos), np.int32)].astype(np.int32)[merged]
    y0 = np.r_[lane_top[p_li] + rows * ROW_PITCH + offset, lane_top[b_li]][merged]
    band_flag = np.r_[np.zeros(len(packed_pos), np.bool_), np.ones(len(band_pos), np.bool_)]
    band_flag = band_flag[merged]
    span = np.where(band_flag, True, (x1[pos] > x0[pos]) | is_span[pos])

    undated_pos = np.flatnonzero(shown & ~dated)
    undated_pos = undated_pos[stable_order(li_all[undated_pos])]
    undated = [cols.ids[p] for p in undated_pos.tolist()]
    if lanes:
        # Bands across every lane: band records without a lane, after every lane's items.
        across = np.flatnonzero((cols.lane < 0) & is_band & ~hidden)
        across_dated = across[band_dated[across]]
        if within is not None:
            across_dated = across_dated[
                (band_x1[across_dated] >= within[0]) & (band_x0[across_dated] <= within[1])
            ]
        first_lane_undated = int(np.count_nonzero(li_all[undated_pos] == 0))
        undated[first_lane_undated:first_lane_undated] = [
            cols.ids[p] for p in across[~band_dated[across]].tolist()
        ]
        ids_list = cols.ids
        ordered = sorted(
            across_dated.tolist(),
            key=lambda p: (band_x0[p], band_x1[p], ids_list[p], knames[cols.kind[p]], p),
        )
        across_pos = np.array(ordered, dtype=np.intp)
        n_across = len(across_pos)
        pos = np.r_[pos, across_pos].astype(np.intp)
        lane_arr = np.r_[lane_arr, np.zeros(n_across, np.int32)].astype(np.int32)
        row_arr = np.r_[row_arr, np.zeros(n_across, np.int32)].astype(np.int32)
        y0 = np.r_[y0, np.zeros(n_across)]
        span = np.r_[span, np.ones(n_across, np.bool_)]
        band_flag = np.r_[band_flag, np.ones(n_across, np.bool_)]
        across_flag = np.r_[np.zeros(len(pos) - n_across, np.bool_), np.ones(n_across, np.bool_)]
    else:
        across_flag = np.zeros(len(pos), np.bool_)

    x0_arr = x0[pos].astype(np.float64)
    x1_arr = x1[pos].astype(np.float64)
    item_of_record = np.full(n_records, -1, dtype=np.intp)
    item_of_record[pos] = np.arange(len(pos), dtype=np.intp)
    x_min, x_max = _extent_of_all(cols, is_arrow, x0_arr, x1_arr, pos)
    return Layout(
        ids=IdsAt(cols.ids, pos, dataset.position_of),
        lane=lane_arr,
        row=row_arr,
        x0_days=x0_arr,
        x1_days=x1_arr,
        y0=y0.astype(np.float64),
        is_span=span.astype(np.bool_),
        is_band=band_flag.astype(np.bool_),
        across=across_flag,
        kind=cols.kind[pos].astype(np.int32),
        kind_names=tuple(knames),
        lanes=tuple(lane_bands),
        undated=tuple(undated),
        x_min_days=x_min,
        x_max_days=x_max,
        record_pos=pos,
        record_position=dataset.position_of,
        item_of_record=item_of_record,
        id_order=id_order,
    )


def _rows_of_lanes(
    n_lanes: int, lane: npt.NDArray[np.integer], row: npt.NDArray[np.int32]
) -> npt.NDArray[np.int64]:
    """The rows (n_lanes,) each lane needs for items in *lane* at *row* (each (m,)): at
    least one."""
    n_rows = np.ones(n_lanes, dtype=np.int64)
    if len(row):
        np.maximum.at(n_rows, lane, row.astype(np.int64) + 1)
    return n_rows


def _stacked(
    lanes: Sequence[Any], n_rows: npt.NDArray[np.int64]
) -> tuple[list[LaneBand], npt.NDArray[np.float64]]:
    """The bands of *lanes* (each with an ``id`` and a ``title``) of *n_rows* rows each,
    stacked from y 0 with :data:`LANE_GAP` between them, and each lane's top (lanes + 1,:
    the last 0.0, for the code -1 of no lane)."""
    lane_bands: list[LaneBand] = []
    lane_y: list[float] = []
    y = 0.0
    for li, lane in enumerate(lanes):
        height = int(n_rows[li]) * ROW_PITCH
        lane_bands.append(LaneBand(lane.id, lane.title, y, y + height, int(n_rows[li])))
        lane_y.append(y)
        y += height + LANE_GAP
    return lane_bands, np.array(lane_y + [0.0], dtype=np.float64)


def _reading(
    lane: npt.NDArray[np.int32],
    x0: npt.NDArray[np.float64],
    row: npt.NDArray[np.int32],
    by_id: npt.NDArray[np.intp],
    n_lanes: int,
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """:attr:`Layout.reading_order`, its inverse :attr:`Layout.reading_rank` and
    :attr:`Layout.lane_reading` of items (n,) in *lane* from *x0* at *row* (*by_id*: the
    positions in the order of their ids; *n_lanes* lanes)."""
    reading = _reading_order(lane, x0, row, by_id)
    rank = np.empty_like(reading)
    rank[reading] = np.arange(len(reading), dtype=np.intp)
    lane_reading = np.searchsorted(lane[reading], np.arange(n_lanes + 1)).astype(np.intp)
    return reading, rank, lane_reading


def most_rows_within(layout: Layout, units: float) -> int | None:
    """The most rows a lane of *layout* may keep for its lanes to take at most *units*
    lane units (rows of :data:`ROW_PITCH`, :data:`LANE_GAP` between lanes), lanes with
    fewer rows keeping theirs; ``None`` when even one row a lane takes more. A binary
    search over the number of rows, O(lanes) a step."""
    rows = np.fromiter((b.rows for b in layout.lanes), dtype=np.int64, count=len(layout.lanes))
    if not len(rows):
        return None
    gaps = (len(rows) - 1) * LANE_GAP

    def fits(most: int) -> bool:
        return float(np.minimum(rows, most).sum()) * ROW_PITCH + gaps <= units

    if not fits(1):
        return None
    lo, hi = 1, int(rows.max())
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid - 1)
    return lo


def rows_at_most(layout: Layout, most_rows: int, columns: RecordColumns) -> tuple[Layout, int]:
    """*layout* (of the records *columns*) with each lane packed into at most *most_rows*
    rows (an export shorter than its rows: see
    :func:`~viewer.core.row_packing.place_in_rows`), and how many items are drawn over
    another. The same items in the same order; their rows, heights, the
    lanes' bands and the reading order change. O(n log rows), no sort."""
    # A layout holds the items it packs lane by lane in the order they were placed (by
    # start, end and id: see compute_layout): placed again in that order, without a sort.
    packed = np.flatnonzero(~layout.is_band)
    lane = layout.lane[packed]
    is_arrow = columns.codes_of(layout.kind_names, kinds.shape_kinds("arrow"))[layout.kind]
    x0, x1 = row_extents(
        columns,
        layout.record_pos[packed],
        layout.x0_days[packed],
        layout.x1_days[packed],
        (~layout.is_span & ~is_arrow)[packed],
    )
    ends = x0 + np.maximum(x1 - x0, POINT_WIDTH_DAYS)
    bounds = np.flatnonzero(np.r_[True, lane[1:] != lane[:-1], True])
    rows, over = row_packing.pack(x0, ends, bounds, most_rows=most_rows)
    row = layout.row.copy()
    row[packed] = rows
    lane_bands, lane_top = _stacked(
        layout.lanes, _rows_of_lanes(len(layout.lanes), layout.lane[packed], rows)
    )
    top = lane_top[layout.lane]
    y0 = np.where(layout.is_band, top, top + row * ROW_PITCH + (ROW_PITCH - ROW_HEIGHT) / 2)
    capped = replace(layout, row=row, y0=y0.astype(np.float64), lanes=tuple(lane_bands))
    return capped, over


def row_extents(
    cols: RecordColumns,
    pos: npt.NDArray[np.intp],
    x0: npt.NDArray[np.float64],
    x1: npt.NDArray[np.float64],
    marker: npt.NDArray[np.bool_],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """(start, end) days (each (m,)) that the items of records *pos* (m,), drawn from *x0*
    to *x1*, hold in their row (see the module docstring's stacking rule), before the
    least width of :data:`POINT_WIDTH_DAYS`: *x0* and *x1* as they are, but for a marker
    (*marker*) whose dates cover more than a day and that does not run on: their whole
    period, from its start's first day to the end of its end's last (of its start's,
    without an end), what the light bar or the whisker under it spans
    (:mod:`viewer.graphics.points`). O(m) in numpy."""
    at = np.flatnonzero(marker)  # the markers alone: bars keep their extent
    first, end, wide = marker_periods(cols, pos[at])
    if not wide.any():
        return x0, x1
    starts, ends = x0.astype(np.float64), x1.astype(np.float64)  # copies
    starts[at[wide]] = first[wide]
    ends[at[wide]] = end[wide]
    return starts, ends


def crosses(
    first: npt.NDArray[np.float64], end: npt.NDArray[np.float64], x_range: tuple[float, float]
) -> npt.NDArray[np.bool_]:
    """Whether each period from day *first* to *end* (the day after its last, as
    :func:`marker_periods` gives it) shares a day with *x_range* (days; its end is the
    first day after it): "19XX", to the end of 1999, does not cross 2000-2005 (it was
    counted: a trial)."""
    return (end > x_range[0]) & (first < x_range[1])


def marker_periods(
    cols: RecordColumns, pos: npt.NDArray[np.intp]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.bool_]]:
    """(first day, day after the last, wide) (each (m,)) of the dates of records *pos*
    drawn as markers: from their start's first day to the end of their end's last (of
    their start's, without an end); *wide* where that is more than a day and the record
    does not run on: the period its light bar or whisker spans
    (:mod:`viewer.graphics.points`), which it holds in its row (:func:`row_extents`). The
    layout's extent reads the same periods of every record (:func:`_extent_of_all`)."""
    closed = cols.has_end[pos] & ~cols.open_end[pos]
    first = cols.start_first[pos]
    last = np.where(closed, cols.end_last[pos], cols.start_last[pos])
    wide = cols.has_start[pos] & ~cols.open_end[pos] & (last > first)
    return first.astype(np.float64), (last + 1).astype(np.float64), wide


def _in_id_order(
    id_order: npt.NDArray[np.intp], positions: npt.NDArray[np.intp]
) -> npt.NDArray[np.intp]:
    """The indices into *positions* (m,) (record positions, distinct) in the order of the
    records' ids, *id_order* (n,) being every record's position in that order
    (:attr:`RecordColumns.id_order`). O(n) without a sort."""
    local = np.full(len(id_order), -1, dtype=np.intp)
    local[positions] = np.arange(len(positions), dtype=np.intp)
    found = local[id_order]
    return found[found >= 0]


def _pack_lanes(
    lane: npt.NDArray[np.intp],
    x0: npt.NDArray[np.float64],
    x1: npt.NDArray[np.float64],
    by_id: npt.NDArray[np.intp],
    most_rows: int = 0,
) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.intp], int]:
    """(rows, order, over): :func:`pack_rows` of the items of every lane at once (*lane*
    (n,) is each item's lane, *by_id* (n,) the items in the order of their ids, which
    breaks ties), the order in which they were placed (by lane, then start, end and id),
    and how many were drawn over another because a lane had *most_rows* rows already (0:
    no limit). One pass of :func:`~viewer.core.row_packing.pack` for all lanes, so a
    hundred thousand lanes of one record cost no numpy call each."""
    n = len(x0)
    if n == 0:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.intp), 0
    ends = x0 + np.maximum(x1 - x0, POINT_WIDTH_DAYS)
    order = sorted_by(by_id, lane, x0, ends)
    lanes_sorted = lane[order]
    bounds = np.flatnonzero(np.r_[True, lanes_sorted[1:] != lanes_sorted[:-1], True])
    rows = np.empty(n, dtype=np.int32)
    rows[order], over = row_packing.pack(x0[order], ends[order], bounds, most_rows=most_rows)
    return rows, order, over


def _extent_of_all(
    cols: RecordColumns,
    is_arrow: npt.NDArray[np.bool_],
    x0: npt.NDArray[np.float64],
    x1: npt.NDArray[np.float64],
    record_pos: npt.NDArray[np.intp],
) -> tuple[float, float]:
    """(first, last) day of what is drawn: the earliest start and latest end (centres),
    widened to the whole periods of the records' dates (not arrows'), so that a file of
    one record "1950" opens on 1950, not on a month around its centre, and one of a
    record "195X" shows the decade its whisker spans (its centre, 1955, cut it in two).
    ``(0, 1)`` when nothing is drawn. O(n), in numpy."""
    if not len(x0):
        return 0.0, 1.0
    lo, hi = float(x0.min()), float(x1.max())
    has_start = cols.has_start[record_pos]
    first, end, _ = marker_periods(cols, record_pos)  # each date's whole period
    if has_start.any():
        lo = min(lo, float(first[has_start].min()))
    closed = cols.has_end[record_pos] & ~cols.open_end[record_pos]
    ends = (closed | has_start) & ~is_arrow[record_pos]
    if ends.any():
        hi = max(hi, float(end[ends].max()))
    return lo, hi


def _reading_order(
    lane: npt.NDArray[np.int32],
    x0: npt.NDArray[np.float64],
    row: npt.NDArray[np.int32],
    by_id: npt.NDArray[np.intp],
) -> npt.NDArray[np.intp]:
    """Layout positions sorted by lane, start, row, then id (see :attr:`Layout.reading_order`;
    *by_id*: the positions in the order of their ids). O(n log n): :func:`_sorted_by`."""
    return sorted_by(by_id, lane, x0, row)


def rows_under(layout: Layout, idx: npt.NDArray[np.intp]) -> npt.NDArray[np.int64]:
    """How many rows each item of *idx* (layout positions) covers under its
    :attr:`Layout.global_row` (n,): the rest of its lane's rows for a band (every lane's
    for a band across them), 0 for any other item."""
    if not len(layout.lanes):
        return np.zeros(len(idx), dtype=np.int64)
    lane_rows = np.fromiter((b.rows for b in layout.lanes), np.int64, len(layout.lanes))
    own = lane_rows[layout.lane[idx]] - 1
    every = int(lane_rows.sum()) - 1 - layout.global_row[idx]
    under = np.where(layout.across[idx], every, own)
    return np.where(layout.is_band[idx], under, 0).astype(np.int64)


def row_top(layout: Layout, global_rows: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    """The top (lane units) of an item drawn in each of *global_rows* (see
    :attr:`Layout.global_row`; the layout has lanes): its lane's top, its row's pitch, and
    the margin that centres :data:`ROW_HEIGHT` in :data:`ROW_PITCH`."""
    rows = np.asarray(global_rows, dtype=np.int64)
    lane = np.clip(np.searchsorted(layout.row_base, rows, side="right") - 1, 0, None)
    lane_y0 = np.array([b.y0 for b in layout.lanes], dtype=np.float64)
    margin = (ROW_PITCH - ROW_HEIGHT) / 2
    return lane_y0[lane] + (rows - layout.row_base[lane]) * ROW_PITCH + margin


def meeting_ends(
    rows: npt.NDArray[np.int64], x0: npt.NDArray[np.float64], x1: npt.NDArray[np.float64]
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Where bars of one row meet: for bars (n,) in global *rows* from *x0* to *x1* (days),
    whether each starts exactly where another of its row ends, and whether it ends exactly
    where another starts. A term that ends on the day the next begins shares its row with
    it (both dates at noon, see the stacking rule): drawn to the end of that day, the two
    bars overlapped on it at day zoom; they meet at noon instead, the handover's day
    shared between them. A bar of no length does not meet itself. O(n log n)."""
    n = len(rows)
    r = np.concatenate([rows, rows])
    x = np.concatenate([x0, x1])
    is_end = np.arange(2 * n) >= n
    order = np.lexsort((x, r))
    rs, xs = r[order], x[order]
    new = np.ones(2 * n, dtype=np.bool_)
    new[1:] = (rs[1:] != rs[:-1]) | (xs[1:] != xs[:-1])
    group = np.empty(2 * n, dtype=np.intp)
    group[order] = np.cumsum(new) - 1
    ends_in = np.bincount(group[is_end], minlength=int(group.max(initial=-1)) + 1)
    starts_in = np.bincount(group[~is_end], minlength=len(ends_in))
    itself = x0 == x1  # its own start and end are in the same group
    starts_at_an_end = ends_in[group[:n]] - itself > 0
    ends_at_a_start = starts_in[group[n:]] - itself > 0
    return starts_at_an_end, ends_at_a_start
