"""A dataset's records as columns, and the records themselves made on demand.

:class:`RecordColumns` holds what layout, relations, search, filters and the table read of
every record, as numpy arrays (codes, day numbers, flags) and lists of strings, so that
those passes cost a few array operations rather than a million attribute reads. It is made
by the loader of our own format straight from the decoded file, without a
:class:`~viewer.core.records.Record` per row, or from records (:meth:`RecordColumns.of`)
for the other formats.

:class:`LazyRecords` is the ``records`` sequence of such a dataset: item *i* is made from
its index when asked for (details panel, tooltip, a table row, ``records`` output) and a
few thousand of the latest are kept.

Pure: numpy and the standard library.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast, overload

import numpy as np
import numpy.typing as npt

from viewer.core import kinds
from viewer.core.dates import days_from_civil
from viewer.core.text_array import TextArray

if TYPE_CHECKING:
    from viewer.core.records import Record

__all__ = [
    "Coded",
    "Codes",
    "DaySpans",
    "Gathered",
    "LabelFacts",
    "LazyRecords",
    "RecordColumns",
    "SortedIds",
    "other_text_of",
    "spelling_group",
]

NO_LANE = -1
"""Lane code of a record without a lane."""


class Codes:
    """Small integer codes for repeated strings (kinds, lanes, statuses), in order of first
    use: ``code(text)`` gives the code, :attr:`names` the strings by code."""

    __slots__ = ("_codes", "names")

    def __init__(self) -> None:
        self._codes: dict[str, int] = {}
        self.names: list[str] = []

    def code(self, text: str) -> int:
        """The code of *text* (a new one on first use)."""
        found = self._codes.get(text)
        if found is None:
            found = self._codes[text] = len(self.names)
            self.names.append(text)
        return found

    def codes(self, texts: Sequence[str]) -> npt.NDArray[np.int32]:
        """The codes of *texts* (n,)."""
        for text in dict.fromkeys(texts):
            self.code(text)
        return np.fromiter(map(self._codes.__getitem__, texts), np.int32, len(texts))


@dataclass(frozen=True)
class _LookStandIn:
    """What :meth:`RecordColumns.look_stand_ins` gives for one look."""

    kind: str
    status: str
    end_unknown: bool
    inferred: tuple[str, ...]
    place: Any
    end: Any = None
    """``None`` when the record has no end, else a stand-in of one."""
    start_unknown: bool = False
    """Whether the record has no start (it is known by its end alone)."""
    open_end: bool = False
    vague: bool = False
    """Whether the record has a start known to less than a day and no end (a point of
    such a date is drawn with a whisker over its period, see the legend)."""


class _City:
    """A place known to a city's precision (for :class:`_LookStandIn`)."""

    city = "a city"
    located = True


@dataclass(frozen=True, slots=True)
class LabelFacts:
    """What the chart's label of a record is made of (:func:`viewer.core.labels.label_forms`
    and :func:`~viewer.core.labels.label_rank` read these attributes of a record), read
    from the columns (:meth:`RecordColumns.label_facts`): a label drawn for a record not
    made yet costs no record (30-70 us each from a large file's rows, a third of a frame
    that lands on new records)."""

    kind: str
    title: str
    status: str
    session: int | None
    place: Any
    people: tuple[Any, ...]
    from_record: str | None
    to_record: str | None
    inferred: tuple[str, ...]


class _Holder:
    """The first person of a record, as far as a label reads them."""

    __slots__ = ("name", "short_name")

    def __init__(self, name: str, short_name: str) -> None:
        self.name, self.short_name = name, short_name


def other_text_of(place: Any, people: Sequence[Any], session: int | None) -> str:
    """The place, people, other spellings and session number of a record (what search
    looks at besides title and summary), not folded; ``""`` when it has none."""
    parts: list[str] = []
    if place is not None:
        parts += [place.city or "", place.country or "", place.venue or "", *place.aliases]
    for person in people:
        parts += [person.name, person.role, person.country, *person.aliases]
    if session is not None:
        parts.append(str(session))
    return " ".join(parts)


def spelling_group(record_place: Any, people: Sequence[Any]) -> list[tuple[str, ...]]:
    """The groups of other spellings a record gives (a city with its aliases, a person's
    name with theirs), not folded."""
    groups: list[tuple[str, ...]] = []
    if record_place is not None and record_place.aliases and record_place.city:
        groups.append((record_place.city, *record_place.aliases))
    for p in people:
        if p.aliases:
            groups.append((p.name, *p.aliases))
    return groups


@dataclass(frozen=True, eq=False)
class RecordColumns:
    """Every record of a dataset, column by column, in the dataset's order (length *n*).

    Attributes
    ----------
    ids, titles, summaries, others : sequence of str (n,)
        Id, title, summary, and the rest of the searchable text (place, people, aliases,
        session; see :func:`other_text_of`) of each record: lists, or a
        :class:`~viewer.core.text_array.TextArray` for the ids and titles of a table read
        with pyarrow.
    places : list of str (n,)
        The place in words (:meth:`Place.display`), ``""`` for a record without one.
    kind, lane, status : int32 arrays (n,)
        Codes into :attr:`kind_names`, :attr:`lane_names` (``-1``: no lane) and
        :attr:`status_names` (which holds ``""`` for records without a status).
    has_start, has_end : bool arrays (n,)
        Whether the start (end) date is known.
    start_first, start_last, end_first, end_last : int64 arrays (n,)
        First and last day (days since 1970-01-01, inclusive) of the start's and the end's
        period; 0 where the date is unknown.
    open_end : bool array (n,)
        Still running (EDTF ``..``).
    n_sources : int32 array (n,)
        How many sources the record cites.
    inferred_start, inferred_end, has_city : bool arrays (n,)
        Whether the start (the end) is inferred (``"start" in inferred``), and whether the
        record's place names or locates its city (:attr:`~viewer.core.records.Place.located`).
    inferred_any : bool array (n,)
        Whether any of the record's values is inferred (its ``inferred`` is not empty).
    place_code, place_values : int32 array (n,), list
        Each record's place as a code into *place_values* (its distinct places), ``-1``
        for none.
    holder_code, holders : int32 array (n,), list of (str, str)
        Each record's first person (name and short name) as a code into *holders*,
        ``-1`` for none.
    sessions : dict of int to int
        The session number of each record that has one, by position.
    from_record, to_record : dict of int to str
        The records an arrow (a handover) runs from and to, by position; only records
        that name one.
    about : dict of int to tuple of str
        The records an article is about, by position; only records that name one.
    spellings : list of tuple of str
        Groups of other spellings (a city or a name, then its aliases), not folded.
    """

    ids: Sequence[str]
    titles: Sequence[str]
    summaries: Sequence[str]
    others: list[str]
    places: list[str]
    kind: npt.NDArray[np.int32]
    kind_names: tuple[str, ...]
    lane: npt.NDArray[np.int32]
    lane_names: tuple[str, ...]
    status: npt.NDArray[np.int32]
    status_names: tuple[str, ...]
    has_start: npt.NDArray[np.bool_]
    start_first: npt.NDArray[np.int64]
    start_last: npt.NDArray[np.int64]
    has_end: npt.NDArray[np.bool_]
    end_first: npt.NDArray[np.int64]
    end_last: npt.NDArray[np.int64]
    open_end: npt.NDArray[np.bool_]
    n_sources: npt.NDArray[np.int32]
    inferred_start: npt.NDArray[np.bool_]
    inferred_end: npt.NDArray[np.bool_]
    has_city: npt.NDArray[np.bool_]
    inferred_any: npt.NDArray[np.bool_]
    place_code: npt.NDArray[np.int32]
    place_values: list[Any]
    holder_code: npt.NDArray[np.int32]
    holders: list[tuple[str, str]]
    sessions: dict[int, int]
    from_record: dict[int, str]
    to_record: dict[int, str]
    about: dict[int, tuple[str, ...]]
    spellings: list[tuple[str, ...]]

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def start_centre(self) -> npt.NDArray[np.float64]:
        """Centre of each start's period in days (n,): where a date is drawn; NaN when
        unknown."""
        return np.where(self.has_start, (self.start_first + self.start_last + 1) / 2.0, np.nan)

    @property
    def end_centre(self) -> npt.NDArray[np.float64]:
        """Centre of each end's period in days (n,); NaN when unknown."""
        return np.where(self.has_end, (self.end_first + self.end_last + 1) / 2.0, np.nan)

    @cached_property
    def id_rank(self) -> npt.NDArray[np.int64]:
        """Each record's place (n,) among the ids in Python's order of strings: what breaks
        ties in the layout's sorts (:func:`rank_of`, made once per dataset)."""
        return rank_of(self.ids)

    @cached_property
    def id_order(self) -> npt.NDArray[np.intp]:
        """The records' positions (n,) in the order of their ids: the inverse of
        :attr:`id_rank` (O(n), made once per dataset)."""
        rank = self.id_rank
        order = np.empty(len(rank), dtype=np.intp)
        order[rank] = np.arange(len(rank), dtype=np.intp)
        return order

    def known_id_order(self, ids: SortedIds) -> None:
        """Note the ids' order as the loader found it (*ids*, of these columns): then
        :attr:`id_order` is its order and :attr:`id_rank` the inverse, not a second sort
        (6 s at ten million ids)."""
        rank = np.empty(len(ids.order), dtype=np.int64)
        rank[ids.order] = np.arange(len(ids.order), dtype=np.int64)
        self.__dict__["id_rank"] = rank
        self.__dict__["id_order"] = ids.order

    @cached_property
    def without_lane(self) -> int:
        """How many records have no lane and so are not drawn (articles, say; a band
        without a lane shades every lane, and is drawn). O(n) once."""
        no_lane = self.lane < 0
        bands = self.codes_of(self.kind_names, kinds.shape_kinds("band"))[self.kind]
        return int(np.count_nonzero(no_lane & ~bands))

    def codes_of(self, names: tuple[str, ...], wanted: frozenset[str]) -> npt.NDArray[np.bool_]:
        """Which codes of *names* (:attr:`kind_names`, :attr:`status_names`...) are in
        *wanted*, as a bool array indexed by code."""
        return np.array([n in wanted for n in names], dtype=np.bool_).reshape(len(names))

    def filter_key(self) -> tuple[npt.NDArray[np.int32], tuple[str, ...]]:
        """Each record's filter status (its status, or its kind when it has none) as codes
        into the returned names (n,), the names in order of first appearance."""
        width = len(self.kind_names) + 1
        pairs = Coded(
            self.status.astype(np.intp) * width + self.kind,
            range(max(len(self.status_names), 1) * width),
        )
        keys = Codes()
        mapped = np.zeros(len(pairs.values), dtype=np.int32)
        for pair in pairs.first_use().tolist():  # O(n), no sort (np.unique took 2 s at 10M)
            s, k = divmod(pair, width)
            mapped[pair] = keys.code(self.status_names[s] or self.kind_names[k])
        return mapped[pairs.codes], tuple(keys.names)

    def look_stand_ins(self, positions: npt.NDArray[np.intp]) -> list[Any]:
        """One stand-in for each distinct look among the records at *positions*: values
        with the attributes :func:`viewer.core.kinds.legend_variants` reads of a record
        (``kind``, ``status``, ``end_unknown``, ``start_unknown``, ``inferred``,
        ``place``, and ``vague`` for the legend's whisker), so that the legend learns which
        looks occur without a record each. O(n) in numpy: the seven parts of a look as one
        integer each,
        counted (0.05 s at a million records; the rows of five made unique took 1.6 s).
        The answer for the last *positions* array asked about (a layout's
        ``record_pos``) is kept: the window's legend and each export's, whose height is
        asked for more than once, ask again (a third of a million-record export's
        time)."""
        kept = self.__dict__.get("_looks_of")
        if kept is not None and kept[0] is positions:
            return list(kept[1])
        kind, status = self.kind[positions], self.status[positions]
        has_start, has_end = self.has_start[positions], self.has_end[positions]
        open_end = self.open_end[positions]
        first, last = self.start_first[positions], self.start_last[positions]
        vague = kinds.dated_vaguely(has_start, first, last, has_end, open_end)
        flags = (
            (~has_end & ~open_end).astype(np.int64) * 8
            + self.inferred_start[positions].astype(np.int64) * 2
            + self.inferred_end[positions].astype(np.int64) * 4
            + self.has_city[positions].astype(np.int64)
            + vague.astype(np.int64) * 16
            + (~has_start).astype(np.int64) * 32
        )
        n_status = max(len(self.status_names), 1)
        code = (kind.astype(np.int64) * n_status + status.astype(np.int64)) * 64 + flags
        found = np.flatnonzero(np.bincount(code)) if len(code) else np.zeros(0, np.int64)
        looks = [
            self._stand_in(k, s, f >> 3 & 1, f >> 1 & 3, f & 1, f >> 5 & 1, vague=f >> 4 & 1)
            for k, s, f in (
                (c // 64 // n_status, c // 64 % n_status, c % 64) for c in found.tolist()
            )
        ]
        self.__dict__["_looks_of"] = (positions, looks)  # as cached_property keeps its value
        return list(looks)

    def label_facts(self, position: int) -> LabelFacts:
        """The :class:`LabelFacts` of the record at *position*: a few reads, no record."""
        place = int(self.place_code[position])
        holder = int(self.holder_code[position])
        return LabelFacts(
            kind=self.kind_names[int(self.kind[position])],
            title=self.titles[position],
            status=self.status_names[int(self.status[position])],
            session=self.sessions.get(position),
            place=None if place < 0 else self.place_values[place],
            people=() if holder < 0 else (_Holder(*self.holders[holder]),),
            from_record=self.from_record.get(position),
            to_record=self.to_record.get(position),
            inferred=("",) if self.inferred_any[position] else (),
        )

    def look_key(self, position: int) -> tuple[int, int, bool, int, bool, bool]:
        """What the look of the record at *position* depends on: its kind and status codes,
        whether it has no end (nor runs on), which dates are inferred (1: the start, 2:
        the end, 3: both), whether its place names a city, whether it has no start (see
        :meth:`look_stand_in`). A few array reads, no record."""
        return (
            int(self.kind[position]),
            int(self.status[position]),
            not self.has_end[position] and not self.open_end[position],
            int(self.inferred_start[position]) + 2 * int(self.inferred_end[position]),
            bool(self.has_city[position]),
            not self.has_start[position],
        )

    def look_stand_in(self, key: tuple[int, int, bool, int, bool, bool]) -> Any:
        """The stand-in (as :meth:`look_stand_ins` gives) of the look *key*
        (:meth:`look_key`): what :func:`viewer.graphics.looks.look_of` reads of a record."""
        return self._stand_in(*key)

    def _stand_in(
        self, k: int, s: int, no_end: Any, inferred: int, city: Any, no_start: Any, vague: Any = 0
    ) -> Any:
        name = self.kind_names[k]
        return _LookStandIn(
            kind=name,
            status=self.status_names[s],
            end_unknown=bool(no_start or no_end) and name in kinds.term_kinds(),
            inferred=("start",) * (inferred & 1) + ("end",) * (inferred >> 1 & 1),
            place=_City if city else None,
            end=None if no_end else True,
            start_unknown=bool(no_start),
            vague=bool(vague),
        )

    @classmethod
    def of(cls, records: Sequence[Record]) -> RecordColumns:
        """The columns of *records* (any sequence of records), in their order. O(n)."""
        records = list(records)
        gathered = Gathered()
        starts = [r.start for r in records]
        ends = [r.end for r in records]
        spans = DaySpans()
        for date in {id(d): d for d in starts + ends if d is not None}.values():
            spans.add(id(date), (date._first, date._last))
        gathered.add(
            records,
            starts=spans.codes([None if d is None else id(d) for d in starts]),
            ends=spans.codes([None if d is None else id(d) for d in ends]),
            open_end=[r.open_end for r in records],
            lanes=[r.lane for r in records],
            places=Coded.of([r.place for r in records]),
            people=Coded.of(list(map(_PEOPLE, records))),
            sessions=[r.session for r in records],
        )
        return gathered.columns(spans)


class SortedIds(Mapping[str, int]):
    """Each of *ids*' (n,) index, by id, from the ids sorted in Python's order of strings:
    *order* (n,) the indices of *ids* in that order (a stable sort). A look-up is a binary
    search (about 1 us at ten million ids); a repeated id gives its last index. Made in C
    from an Arrow array of ids (:meth:`of_arrow`: 4.5 s and 0.16 GB at ten million ids,
    where a dict took 6.5 s and 0.9 GB); the sorted ids are kept as a :class:`TextArray`."""

    FOUND_KEPT = 1 << 16
    """Look-ups kept (id to index): a frame asks again for the records in view, each then a
    dict read rather than a binary search (3.5 us against 1.2 us at a million ids)."""

    def __init__(self, ids: TextArray, order: npt.NDArray[np.intp]) -> None:
        self._sorted = TextArray(ids.arrow.take(order))
        self.order = order
        self._found: dict[str, int | None] = {}

    @classmethod
    def of_arrow(cls, ids: TextArray) -> SortedIds:
        """The index of *ids*, sorted by pyarrow."""
        import pyarrow.compute as pc

        return cls(ids, pc.sort_indices(ids.arrow).to_numpy().astype(np.intp))

    def kept(self, keep: npt.NDArray[np.bool_]) -> SortedIds:
        """The index of the ids at *keep* (n,) alone, numbered among themselves (the
        records left when some are refused): filtered, not sorted again. O(n) in C."""
        import pyarrow as pa

        in_order = keep[self.order]
        position = np.cumsum(keep, dtype=np.intp) - 1
        index = SortedIds.__new__(SortedIds)
        index._sorted = TextArray(self._sorted.arrow.filter(pa.array(in_order)))
        index.order = position[self.order[in_order]]
        index._found = {}
        return index

    def repeated(self) -> npt.NDArray[np.bool_]:
        """Whether each id (n,) is given more than once (every one of its uses): equal
        neighbours in the sorted ids. O(n) in C."""
        import pyarrow.compute as pc

        s = self._sorted.arrow
        same = np.zeros(len(s) + 1, dtype=np.bool_)
        if len(s) > 1:
            same[1:-1] = pc.equal(s.slice(1), s.slice(0, len(s) - 1)).to_numpy(zero_copy_only=False)
        found = np.empty(len(s), dtype=np.bool_)
        found[self.order] = same[1:] | same[:-1]
        return found

    def get(self, key: str, default: Any = None) -> Any:
        found = self._found.get(key, -1)
        if found == -1:
            s = self._sorted
            k = bisect.bisect_right(s, key) - 1
            found = int(self.order[k]) if k >= 0 and s[k] == key else None
            if len(self._found) >= self.FOUND_KEPT:
                self._found = {}  # replaced whole: safe for a reader in another thread
            self._found[key] = found
        return default if found is None else found

    def __getitem__(self, key: str) -> int:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return int(found)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._sorted)

    def __len__(self) -> int:
        return len(self._sorted)


_ARROW_SORT_FROM = 500_000
"""Texts from which :func:`rank_of` sorts with pyarrow: 0.4 s for a million ids against
0.7 s for Python's sort in a process holding a million records; below it, importing pyarrow
would cost more than it saves."""


def rank_of(texts: Sequence[str]) -> npt.NDArray[np.int64]:
    """The place (n,) of each of *texts* (distinct strings) when they are sorted in Python's
    order (by code point), 0 first. One comparison of neighbours when they are in that
    order already (files whose ids are numbered in order), else one sort: pyarrow's for a
    :class:`TextArray` or from :data:`_ARROW_SORT_FROM` texts (UTF-8 bytes sort in code
    point order), Python's below it or for a text that is not valid Unicode (a lone
    surrogate)."""
    n = len(texts)
    order: Any = None
    if isinstance(texts, TextArray):  # in Arrow already: no str made
        import pyarrow.compute as pc

        order = pc.sort_indices(texts.arrow).to_numpy()
    elif all(map(operator.lt, texts, itertools.islice(texts, 1, None))):
        return np.arange(n, dtype=np.int64)
    if order is None and n >= _ARROW_SORT_FROM:
        import pyarrow as pa
        import pyarrow.compute as pc

        try:
            order = pc.sort_indices(pa.array(texts, pa.string())).to_numpy()
        except (pa.ArrowException, UnicodeError):
            order = None
    if order is None:
        order = sorted(range(n), key=texts.__getitem__)
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n, dtype=np.int64)
    return rank


_PLAIN_MAX = 11
"""Characters of the longest plain date: ``YYYY-MM-DD`` and a qualifier."""
_QUALIFIERS = np.array([ord("~"), ord("?"), ord("%")], dtype=np.int64)
"""A final character that does not move a plain date."""


class DaySpans:
    """The first and last day (days since 1970-01-01, inclusive) of each distinct date a
    load meets, by a key (a date's text, or the date itself), numbered: code 0 is "no
    date". ``codes(keys)`` numbers many at once (in C), :attr:`first` and :attr:`last`
    (arrays by code, 0 for code 0) are made when asked for."""

    def __init__(self, no_date: Iterable[Hashable] = (None,)) -> None:
        self._slot: dict[Hashable, int] = dict.fromkeys(no_date, 0)
        self._first: list[int] = [0]
        self._last: list[int] = [0]
        self._arrays: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]] | None = None

    def get(self, key: Hashable) -> tuple[int, int] | None:
        """The span of *key*, ``None`` when it is not known (or no date)."""
        code = self._slot.get(key)
        return None if not code else (self._first[code], self._last[code])

    def unknown(self, keys: Iterable[Hashable]) -> list[Hashable]:
        """The distinct keys of *keys* not known yet, in order."""
        slot = self._slot
        return [key for key in dict.fromkeys(keys) if key not in slot]

    def add(self, key: Hashable, span: tuple[int, int] | None) -> None:
        """Note the span of *key* (``None``: no date)."""
        if span is None:
            self._slot[key] = 0
            return
        self._slot[key] = len(self._first)
        self._first.append(span[0])
        self._last.append(span[1])

    def add_plain(self, texts: list[str]) -> list[str]:
        """Note the spans of those of *texts* (date texts not known yet, each once) that
        are plain dates, as :func:`~viewer.core.dates.plain_day_span` reads them, all at
        once in numpy (a step in Python for each distinct date took 0.1-0.3 s of a load);
        returns the others, in order, which the caller reads one by one."""
        n = len(texts)
        if not n:
            return []
        lengths = np.fromiter(map(len, texts), np.int64, n)
        fits = lengths <= _PLAIN_MAX
        chars = (
            np.array([t if len(t) <= _PLAIN_MAX else "" for t in texts], dtype=f"U{_PLAIN_MAX}")
            .view(np.uint32)
            .reshape(n, _PLAIN_MAX)
            .astype(np.int64)
        )
        end = chars[np.arange(n), np.clip(lengths - 1, 0, _PLAIN_MAX - 1)]
        size = lengths - (fits & (lengths > 0) & np.isin(end, _QUALIFIERS))
        digit = (chars >= 48) & (chars <= 57)
        with_month, with_day = size >= 7, size == 10
        plain = fits & ((size == 4) | (size == 7) | (size == 10)) & digit[:, :4].all(axis=1)
        plain &= ~with_month | ((chars[:, 4] == 45) & digit[:, 5] & digit[:, 6])
        plain &= ~with_day | ((chars[:, 7] == 45) & digit[:, 8] & digit[:, 9])
        value = chars - 48
        year = value[:, 0] * 1000 + value[:, 1] * 100 + value[:, 2] * 10 + value[:, 3]
        month = np.where(with_month, value[:, 5] * 10 + value[:, 6], 1)
        day = np.where(with_day, value[:, 8] * 10 + value[:, 9], 1)
        plain &= (month >= 1) & (month <= 12)
        month = np.clip(month, 1, 12)
        month_first = days_from_civil(year, month, 1)
        month_last = days_from_civil(year + (month == 12), month % 12 + 1, 1) - 1
        plain &= ~with_day | ((day >= 1) & (day <= month_last - month_first + 1))
        first = np.where(with_day, month_first + day - 1, month_first)
        last = np.where(
            with_day,
            first,
            np.where(with_month, month_last, days_from_civil(year + 1, 1, 1) - 1),
        )
        kept = np.flatnonzero(plain)
        base = len(self._first)
        self._slot.update(zip(map(texts.__getitem__, kept.tolist()), range(base, base + len(kept))))
        self._first += first[kept].tolist()
        self._last += last[kept].tolist()
        return [texts[i] for i in np.flatnonzero(~plain).tolist()]

    def codes(self, keys: Sequence[Hashable]) -> npt.NDArray[np.intp]:
        """The codes of *keys* (n,), each known (:meth:`add`)."""
        return np.fromiter(map(self._slot.__getitem__, keys), np.intp, len(keys))

    @property
    def first(self) -> npt.NDArray[np.int64]:
        """First day by code."""
        return self._made()[0]

    @property
    def last(self) -> npt.NDArray[np.int64]:
        """Last day by code."""
        return self._made()[1]

    def _made(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        arrays = self._arrays
        done = 0 if arrays is None else len(arrays[0])
        if arrays is None or done < len(self._first):  # only the spans added since
            self._arrays = arrays = (
                np.concatenate(
                    (np.zeros(0, np.int64) if arrays is None else arrays[0], self._first[done:])
                ).astype(np.int64),
                np.concatenate(
                    (np.zeros(0, np.int64) if arrays is None else arrays[1], self._last[done:])
                ).astype(np.int64),
            )
        return arrays


_FLAGS = ("open_end", "inferred_start", "inferred_end", "has_city", "inferred_any")
"""The bool columns :class:`Gathered` keeps a batch at a time."""
_CODES = ("kind", "status", "lane", "n_sources", "place_code", "holder_code")
"""The int32 columns :class:`Gathered` keeps a batch at a time."""


@dataclass(frozen=True)
class Coded:
    """A column of *n* values as codes (n,) into its distinct *values* (any order): what
    :meth:`Gathered.add_coded` takes, so that a value is read once, not once per record."""

    codes: npt.NDArray[np.intp]
    values: Sequence[Any]

    @classmethod
    def of(cls, values: Sequence[Any], keys: Sequence[Hashable] | None = None) -> Coded:
        """*values* (n,) coded by themselves (hashable), or by *keys* (n,) when given (one
        key for equal values: a value that cannot be hashed, encoded); each distinct
        key's first value is kept, the codes in order of first use. Two passes in C."""
        keyed = values if keys is None else keys
        distinct = dict.fromkeys(keyed)
        code_of = dict(zip(distinct, range(len(distinct))))
        codes = np.fromiter(map(code_of.__getitem__, keyed), np.intp, len(keyed))
        if keys is None:
            return cls(codes, list(distinct))
        _, first = np.unique(codes, return_index=True)
        return cls(codes, [values[i] for i in first.tolist()])

    def first_use(self) -> npt.NDArray[np.intp]:
        """The codes that occur, in order of their first occurrence. O(n)."""
        n = len(self.codes)
        first = np.full(len(self.values), n, dtype=np.intp)
        np.minimum.at(first, self.codes, np.arange(n, dtype=np.intp))
        return np.argsort(first, kind="stable")[: int(np.count_nonzero(first < n))]

    def taken(self, table: Sequence[Any]) -> list[Any]:
        """``[table[c] for c in codes]``, in C."""
        held = np.empty(len(table), dtype=object)
        held[:] = table
        out: list[Any] = held[self.codes].tolist()
        return out


def _joined_texts(held: Sequence[str], more: Sequence[str]) -> Sequence[str]:
    """*more* after *held*: a :class:`TextArray` alone is kept as it is (not made into a
    list of ``str``); otherwise a list (*held* itself when it is one, extended)."""
    if not held and isinstance(more, TextArray):
        return more
    joined: list[str] = held if isinstance(held, list) else list(held)
    joined.extend(more)
    return joined


class Gathered:
    """The values of :class:`RecordColumns` gathered a batch of records at a time
    (:meth:`add`, :meth:`add_coded`), then made into columns
    (:meth:`columns`). Repeated strings (kinds, statuses, lanes, places, first persons) are
    coded as they come, in order of first use, so that the columns come out the same
    however the records were given."""

    def __init__(self) -> None:
        self.ids: Sequence[str] = []
        self.titles: Sequence[str] = []
        self.summaries: Sequence[str] = []
        self.others: list[str] = []
        self.places: list[str] = []
        self._kinds, self._statuses, self._lanes = Codes(), Codes(), Codes()
        self._statuses.code("")
        self._lane_of: dict[str | None, int] = {None: NO_LANE}
        self._flags: dict[str, list[npt.NDArray[np.bool_]]] = {name: [] for name in _FLAGS}
        self._codes: dict[str, list[npt.NDArray[np.int32]]] = {name: [] for name in _CODES}
        self.starts: list[npt.NDArray[np.intp]] = []
        self.ends: list[npt.NDArray[np.intp]] = []
        self._place_list: list[Any] = []
        self._holder_codes: dict[tuple[str, str], int] = {}
        self.sessions: dict[int, int] = {}
        self.from_record: dict[int, str] = {}
        self.to_record: dict[int, str] = {}
        self.about: dict[int, tuple[str, ...]] = {}
        self.spellings: list[tuple[str, ...]] = []
        self._places: dict[Any, tuple[str, str, int]] = {}

    def add(
        self,
        records: Sequence[Any],
        *,
        starts: npt.NDArray[np.intp],
        ends: npt.NDArray[np.intp],
        open_end: Sequence[bool],
        lanes: Sequence[str | None],
        places: Coded,
        people: Coded,
        sessions: Sequence[int | None],
    ) -> None:
        """Add *records*: values with the attributes of a :class:`Record` (``id``,
        ``kind``, ``title``, ``status``, ``summary``, ``sources``, ``inferred``,
        ``from_record``, ``to_record``, ``about``), except those given apart as a record
        has them (whether it runs on, lane and session, each (n,); its place and people,
        :class:`Coded`; its start and end as codes (n,) of the :class:`DaySpans` that
        :meth:`columns` is given). A few passes in C over the list, then
        :meth:`add_coded`."""
        base, n = len(self.ids), len(records)
        inferred_of = list(map(_INFERRED, records))
        self.add_coded(
            ids=list(map(_ID, records)),
            titles=list(map(_TITLE, records)),
            summaries=list(map(_SUMMARY, records)),
            kinds=Coded.of(list(map(_KIND, records))),
            statuses=Coded.of(list(map(_STATUS, records))),
            lanes=Coded.of(lanes),
            places=places,
            people=people,
            n_sources=np.fromiter(map(len, map(_SOURCES, records)), np.int32, n),
            open_end=np.fromiter(open_end, np.bool_, n),
            starts=starts,
            ends=ends,
            inferred=(
                np.fromiter(
                    map(operator.contains, inferred_of, itertools.repeat("start")), bool, n
                ),
                np.fromiter(map(operator.contains, inferred_of, itertools.repeat("end")), bool, n),
                np.fromiter(map(bool, inferred_of), np.bool_, n),
            ),
            sessions=sessions,
        )
        for name, found in (
            ("from_record", self.from_record),
            ("to_record", self.to_record),
            ("about", self.about),
        ):
            values = list(map(operator.attrgetter(name), records))
            found.update(itertools.compress(zip(itertools.count(base), values), values))

    def add_coded(
        self,
        *,
        ids: Sequence[str],
        titles: Sequence[str],
        summaries: Sequence[str],
        kinds: Coded,
        statuses: Coded,
        lanes: Coded,
        places: Coded,
        people: Coded,
        n_sources: npt.NDArray[np.int32],
        open_end: npt.NDArray[np.bool_],
        starts: npt.NDArray[np.intp],
        ends: npt.NDArray[np.intp],
        inferred: tuple[npt.NDArray[np.bool_], ...] | None = None,
        sessions: Sequence[int | None] | None = None,
    ) -> None:
        """Add records given column by column, each (n,) in the records' order, their
        repeated values as :class:`Coded` columns (kind and status names, lane ids or
        ``None``, places or ``None``, tuples of people: values with the attributes of a
        :class:`~viewer.core.records.Person`), each distinct value read once: a few passes
        in numpy over the records (a step in Python for each record with a place or people
        took 15 s of a ten-million-row table), and one for each record with a session.
        *inferred*: whether its start is inferred, its end, any value (none when not
        given); *sessions*: each one's session or ``None`` (none when not given). No arrows
        or articles (see :meth:`add`)."""
        n = len(ids)
        base = len(self.ids)
        self._add_texts(ids, titles, summaries, starts, ends)
        for name, column, codes in (
            ("kind", kinds, self._kinds),
            ("status", statuses, self._statuses),
        ):
            mapped = np.zeros(len(column.values), dtype=np.int32)
            for c in column.first_use().tolist():
                mapped[c] = codes.code(column.values[c])
            self._codes[name].append(mapped[column.codes])
        lane_map = np.full(len(lanes.values), NO_LANE, dtype=np.int32)
        for c in lanes.first_use().tolist():
            lane_map[c] = self._lane_codes([lanes.values[c]])[0]
        self._codes["lane"].append(lane_map[lanes.codes])
        self._codes["n_sources"].append(n_sources.astype(np.int32))
        self._flags["open_end"].append(open_end.astype(np.bool_))
        if inferred is None:
            inferred = (np.zeros(n, dtype=np.bool_),) * 3
        for name, flags in zip(("inferred_start", "inferred_end", "inferred_any"), inferred):
            self._flags[name].append(flags.astype(np.bool_).reshape(n))
        # Each distinct place and first person, in order of first use (as add_values
        # meets them).
        n_places = len(places.values)
        place_map = np.full(n_places, -1, dtype=np.int32)
        place_text = [""] * n_places
        place_other = [""] * n_places
        city = np.zeros(n_places, dtype=np.bool_)
        for c in places.first_use().tolist():
            place = places.values[c]
            if place is not None:
                place_text[c], place_other[c], place_map[c] = self._place_words(place)
                city[c] = place.located
        holder_map = np.full(len(people.values), -1, dtype=np.int32)
        for c in people.first_use().tolist():
            who = people.values[c]
            if who:
                holder_map[c] = self._holder(who[0])
        self._codes["place_code"].append(place_map[places.codes])
        self._codes["holder_code"].append(holder_map[people.codes])
        self._flags["has_city"].append(city[places.codes])
        self.places += places.taken(place_text)
        # The search text of a record with people is its place's and its people's: made
        # once for each pair that occurs.
        with_people = np.array([bool(who) for who in people.values], dtype=np.bool_)
        others = places.taken(place_other)
        rows = np.flatnonzero(with_people[people.codes])
        if len(rows):
            pair = places.codes[rows].astype(np.int64) * len(people.values) + people.codes[rows]
            distinct, inverse = np.unique(pair, return_inverse=True)
            texts = [
                other_text_of(places.values[p], people.values[q], None)
                for p, q in (divmod(int(d), len(people.values)) for d in distinct.tolist())
            ]
            held = np.empty(len(texts), dtype=object)
            held[:] = texts
            for i, text in zip(rows.tolist(), held[inverse.reshape(-1)].tolist()):
                others[i] = text
            groups = [spelling_group(None, who) for who in people.values]
            if any(groups):
                for i in rows.tolist():
                    self.spellings += groups[int(people.codes[i])]
        if sessions is not None:
            self._add_sessions(base, sessions, others, places, people, with_people)
        self.others += others

    def _add_sessions(
        self,
        base: int,
        sessions: Sequence[int | None],
        others: list[str],
        places: Coded,
        people: Coded,
        with_people: npt.NDArray[np.bool_],
    ) -> None:
        """Note the *sessions* (n,) of records from index *base*, each one's number after
        its other search text in *others* (n,), as :func:`other_text_of` writes it: alone
        when the record has neither place nor people."""
        has = list(map(operator.is_not, sessions, itertools.repeat(None)))
        if not any(has):
            return
        rows = list(itertools.compress(range(len(sessions)), has))
        numbers = cast(list[int], list(itertools.compress(sessions, has)))
        self.sessions.update(zip(map(base.__add__, rows), numbers))
        with_place = np.array([p is not None for p in places.values], dtype=np.bool_)
        at = np.array(rows, dtype=np.intp)
        alone = ~(with_place[places.codes[at]] | with_people[people.codes[at]])
        for i, number, lone in zip(rows, map(str, numbers), alone.tolist()):
            others[i] = number if lone else f"{others[i]} {number}"

    def _add_texts(
        self,
        ids: Sequence[str],
        titles: Sequence[str],
        summaries: Sequence[str],
        starts: npt.NDArray[np.intp],
        ends: npt.NDArray[np.intp],
    ) -> None:
        self.ids = _joined_texts(self.ids, ids)
        self.titles = _joined_texts(self.titles, titles)
        self.summaries = _joined_texts(self.summaries, summaries)
        self.starts.append(starts)
        self.ends.append(ends)

    def _lane_codes(self, lanes: Sequence[str | None]) -> npt.NDArray[np.int32]:
        lane_of = self._lane_of
        for lane in dict.fromkeys(lanes):
            if lane not in lane_of:
                lane_of[lane] = self._lanes.code(cast(str, lane))
        return np.fromiter(map(lane_of.__getitem__, lanes), np.int32, len(lanes))

    def _holder(self, person: Any) -> int:
        """The code of *person* as a label reads them (name and short name)."""
        key = (person.name, person.short_name)
        code = self._holder_codes.get(key)
        if code is None:
            code = self._holder_codes[key] = len(self._holder_codes)
        return code

    def _place_words(self, place: Any) -> tuple[str, str, int]:
        """*place* in words (shown), its search text and its code. A file names the same
        places again and again: their words and other spellings are made once."""
        words = self._places.get(place)
        if words is None:
            words = self._places[place] = (
                place.display(),
                other_text_of(place, (), None),
                len(self._place_list),
            )
            self._place_list.append(place)
            self.spellings += spelling_group(place, ())
        return words

    def columns(self, spans: DaySpans) -> RecordColumns:
        """The columns of the records added, whose start and end dates are codes of
        *spans*."""
        n = len(self.ids)

        def joined(chunks: list[Any], dtype: Any) -> Any:
            return np.concatenate(chunks).astype(dtype) if chunks else np.zeros(0, dtype)

        codes = {name: joined(self._codes[name], np.int32) for name in _CODES}
        flags = {name: joined(self._flags[name], np.bool_) for name in _FLAGS}
        starts, ends = joined(self.starts, np.intp), joined(self.ends, np.intp)
        first, last = spans.first, spans.last
        assert all(len(column) == n for column in (*codes.values(), *flags.values(), starts))
        return RecordColumns(
            ids=self.ids,
            titles=self.titles,
            summaries=self.summaries,
            others=self.others,
            places=self.places,
            kind=codes["kind"],
            kind_names=tuple(self._kinds.names),
            lane=codes["lane"],
            lane_names=tuple(self._lanes.names),
            status=codes["status"],
            status_names=tuple(self._statuses.names),
            has_start=starts != 0,
            start_first=first[starts],
            start_last=last[starts],
            has_end=ends != 0,
            end_first=first[ends],
            end_last=last[ends],
            open_end=flags["open_end"],
            n_sources=codes["n_sources"],
            inferred_start=flags["inferred_start"],
            inferred_end=flags["inferred_end"],
            has_city=flags["has_city"],
            inferred_any=flags["inferred_any"],
            place_code=codes["place_code"],
            place_values=self._place_list,
            holder_code=codes["holder_code"],
            holders=list(self._holder_codes),
            sessions=self.sessions,
            from_record=self.from_record,
            to_record=self.to_record,
            about=self.about,
            spellings=self.spellings,
        )


_ID, _KIND, _TITLE, _STATUS, _SUMMARY = map(
    operator.attrgetter, ("id", "kind", "title", "status", "summary")
)
_PEOPLE, _SOURCES, _FROM, _TO, _ABOUT, _INFERRED = map(
    operator.attrgetter, ("people", "sources", "from_record", "to_record", "about", "inferred")
)


class LazyRecords(Sequence["Record"]):
    """A dataset's records, each made from its index when asked for (by *make*, which
    takes an index in ``[0, n)``); the latest :data:`KEPT` are kept. Behaves as a tuple
    of records: ``len``, indexing (negative too), slices (tuples), iteration (each made in
    turn, or :data:`BLOCK` at a time by *make_block*, given a range of indices, when
    there is one; a whole pass at a million records takes seconds: hot paths read
    :class:`RecordColumns`), and equality with any sequence of the same records."""

    KEPT = 4096
    BLOCK = 1 << 14

    def __init__(
        self,
        n: int,
        make: Callable[[int], Record],
        make_block: Callable[[range], list[Record]] | None = None,
    ) -> None:
        self._n = n
        self._make = make
        self._make_block = make_block
        self._kept: dict[int, Record] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> Record: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[Record, ...]: ...
    def __getitem__(self, i: int | slice) -> Record | tuple[Record, ...]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(self._n)))
        i = int(i)
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError("record index out of range")
        record = self._kept.get(i)
        if record is None:
            record = self._make(i)
            with self._lock:
                if len(self._kept) >= self.KEPT:
                    self._kept.clear()
                self._kept[i] = record
        return record

    def __iter__(self) -> Iterator[Record]:
        if self._make_block is not None:
            for first in range(0, self._n, self.BLOCK):
                yield from self._make_block(range(first, min(first + self.BLOCK, self._n)))
            return
        make = self._make
        for i in range(self._n):
            yield self._kept.get(i) or make(i)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(other) == self._n and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LazyRecords({self._n} records)"
