"""Frozen values for a loaded timeline: lanes, records and the dataset that holds them.

Everything here is plain data. Loaders build these values; layout, queries and the
user interface only read them.

Records and their parts are frozen ``msgspec.Struct`` values rather than frozen
dataclasses: they are built the same way (keywords, defaults) and compare the same, but
cost a fifth of the time to build, which counts at a million records. They are not
tracked by the cyclic garbage collector (``gc=False``): frozen values of strings, numbers
and tuples cannot form cycles.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar, cast

import msgspec

from viewer.core.dates import EdtfDate, format_range
from viewer.core.i18n import translate
from viewer.core.kinds import KNOWN_KINDS, NAMES

if TYPE_CHECKING:
    from viewer.core.columns import RecordColumns
    from viewer.core.relations_index import RelationIndex
    from viewer.core.search import SearchIndex

Kind = str
"""A record kind: a name the registry :mod:`viewer.core.kinds` declares (or any other,
which gets a generic spec there)."""

KINDS = KNOWN_KINDS
"""Every registered record kind, as a live collection (``kind in KINDS``)."""


class Source(msgspec.Struct, frozen=True, gc=False):
    """A cited source: an http(s) URL with an optional title and publisher, and its
    ``kind`` (a name of :data:`viewer.core.source_kinds.SOURCE_KINDS`: primary, press,
    reference, copy), ``""`` when the file does not weigh it."""

    url: str
    title: str = ""
    publisher: str = ""
    kind: str = ""


class Person(msgspec.Struct, frozen=True, gc=False):
    """Someone involved in a record, with their role there. ``short_name`` is how the
    chart names them when the whole name does not fit (the family name as the sources
    write it: ``Al-Raisi``, ``Kim``); empty when the file gives none, for name order
    differs by culture and is never guessed."""

    name: str
    role: str = ""
    country: str = ""
    short_name: str = ""
    aliases: tuple[str, ...] = ()


_T = TypeVar("_T")


class Place(msgspec.Struct, frozen=True, gc=False):
    """Where a record happened. ``None`` parts are unknown. ``aliases`` are other spellings
    of the city (``Marrakesh`` beside ``Marrakech``) that search finds; never displayed.
    ``lat``/``lon`` are the city's coordinates in degrees (north, east; both or neither),
    ``coords_source`` says where they come from (a gazetteer entry's address)."""

    city: str | None = None
    country: str | None = None
    venue: str | None = None
    aliases: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    coords_source: str = ""

    @property
    def located(self) -> bool:
        """Whether the place names its city or gives its coordinates: where the record
        happened is known to a city's precision (a session placed by coordinates alone was
        drawn as "host city unknown")."""
        return bool(self.city) or (self.lat is not None and self.lon is not None)

    def display(self) -> str:
        """``Marrakech, Morocco``; ``Italy (city unknown)``; without a city or country,
        the venue, else the coordinates (``48.2° N, 16.37° E``: a file that gives only
        those said "unknown"); ``unknown``. In the reader's language (the French details
        panel said "Italy (city unknown)")."""
        if self.city and self.country:
            text = f"{self.city}, {self.country}"
        elif self.city:
            text = self.city
        elif self.country:
            #: A place whose country alone is known: {country}, its name.
            text = translate("Place", "{country} (city unknown)").format(country=self.country)
        elif self.venue:
            return self.venue
        elif self.lat is not None and self.lon is not None:
            north = "N" if self.lat >= 0 else "S"
            east = "E" if self.lon >= 0 else "W"
            return f"{_degrees(self.lat)}° {north}, {_degrees(self.lon)}° {east}"
        else:
            return translate("dates", "unknown", "a place")
        if self.venue:
            text += f" ({self.venue})"
        return text


def _degrees(value: float) -> str:
    """*value*'s size in degrees as written, to six decimals (about 0.1 m), without
    trailing zeros or an exponent (``1e-05`` and ``151.209`` for 151.2093 were shown)."""
    return f"{abs(value):.6f}".rstrip("0").rstrip(".")


class Fact(msgspec.Struct, frozen=True, gc=False):
    """A labelled claim with its own sources (URLs)."""

    label: str
    value: str
    sources: tuple[str, ...] = ()


class Alternative(msgspec.Struct, frozen=True, gc=False):
    """One value of a disputed field, with the sources that give it."""

    value: str
    sources: tuple[str, ...] = ()
    preferred: bool = False


class Dispute(msgspec.Struct, frozen=True, gc=False):
    """Sources disagree on *field*; *alternatives* holds each value with its sources."""

    field: str
    alternatives: tuple[Alternative, ...]
    note: str = ""


class Record(msgspec.Struct, frozen=True, gc=False):
    """One timeline record.

    ``start``/``end`` are EDTF dates (``None`` when unknown). ``open_end`` is true when the
    record is still running (EDTF ``..``): it is drawn up to the dataset's ``as_of`` day
    (today, in UTC, when the file gives none).
    ``lane`` is ``None`` for records that are not drawn (articles). Terms of office carry
    ``elected`` (the day or year of the election, when known) and ``end_reason`` (one of
    the schema's ``end_reason`` values, ``""`` when the file does not say).
    ``field_sources`` pairs a field name with the URLs that support that field alone
    (per-claim sources), in file order. ``display_date`` is the file's own wording of the
    dates (TimelineJS ``display_date``), shown instead of ours.
    ``sources`` may be empty for records imported from formats without sources.
    """

    id: str
    kind: Kind
    title: str
    start: EdtfDate | None
    end: EdtfDate | None = None
    open_end: bool = False
    lane: str | None = None
    session: int | None = None
    status: str = ""
    inferred: tuple[str, ...] = ()
    place: Place | None = None
    people: tuple[Person, ...] = ()
    summary: str = ""
    facts: tuple[Fact, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    how_ended: str = ""
    end_reason: str = ""
    elected: EdtfDate | None = None
    field_sources: tuple[tuple[str, tuple[str, ...]], ...] = ()
    from_record: str | None = None
    to_record: str | None = None
    about: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    publisher: str = ""
    url: str = ""
    notes: str = ""
    sources: tuple[Source, ...] = ()
    display_date: str = ""

    @property
    def dates_display(self) -> str:
        """The record's dates at their precision, for labels, tooltips and the panel (the
        file's ``display_date`` when it has one). A term whose end is not known reads
        ``1963 – unknown``."""
        if self.display_date:
            return self.display_date
        if self.kind in NAMES.term and self.end is None and not self.open_end and self.start:
            return f"{self.start.display()} – {translate('dates', 'unknown', 'a date')}"
        return format_range(self.start, self.end, open_end=self.open_end)

    @property
    def is_span(self) -> bool:
        """Whether the record is drawn as a bar: it has an end, is still running, or is a
        term of office (whose unknown end is drawn as an open, dashed bar)."""
        kind = self.kind
        return kind in NAMES.term or (
            kind not in NAMES.point and (self.end is not None or self.open_end)
        )

    @property
    def end_unknown(self) -> bool:
        """A term whose start or end is not known."""
        return self.kind in NAMES.term and (
            self.start is None or (self.end is None and not self.open_end)
        )

    @property
    def start_unknown(self) -> bool:
        """A record without a start: known by its end alone, it is drawn there, dashed
        (an unknown start read as a short event of that date)."""
        return self.start is None

    def sources_for(self, field_name: str) -> tuple[str, ...]:
        """URLs that support *field_name* (``start``, ``place``...) on their own, from the
        record's ``field_sources``; empty when the file gives none for that field."""
        for name, urls in self.field_sources:
            if name == field_name:
                return urls
        return ()

    @property
    def place_display(self) -> str:
        """The place in words, ``unknown`` when not known."""
        return self.place.display() if self.place else translate("dates", "unknown", "a place")


class Lane(msgspec.Struct, frozen=True, gc=False):
    """A horizontal band of the timeline holding records of one theme."""

    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class Dataset:
    """A loaded timeline: its lanes in drawing order and its records in file order.

    *records* is any sequence of records: a tuple, or the
    :class:`~viewer.core.columns.LazyRecords` of a large file, whose items are made when
    asked for. :attr:`columns` holds what the passes over every record read (layout,
    relations, search, filters) as arrays: given by the loader
    (:meth:`with_columns`) or made from the records on first use.

    Looking a record up by id is O(1) (a dict made once, by :meth:`prepare` or the first
    look-up). The relations the details panel shows are answered from a
    :class:`~viewer.core.relations_index.RelationIndex` built by :meth:`prepare` (the
    loader calls it in its worker thread; otherwise the first question builds it).
    """

    title: str
    lanes: tuple[Lane, ...]
    records: Sequence[Record]
    description: str = ""
    as_of: EdtfDate | None = None
    path: str = ""
    _derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def with_columns(
        cls,
        columns: RecordColumns,
        records: Sequence[Record],
        title: str,
        lanes: tuple[Lane, ...],
        description: str = "",
        as_of: EdtfDate | None = None,
        path: str = "",
        positions: Mapping[str, int] | None = None,
    ) -> Dataset:
        """A dataset whose :attr:`columns` are *columns* (of *records*, in their order);
        *positions*, when the loader made it, maps each id to its record's index (see
        :meth:`position_of`)."""
        dataset = cls(title, lanes, records, description, as_of, path)
        dataset._derived["columns"] = columns
        if positions is not None:
            dataset._derived["position"] = positions
        return dataset

    @property
    def columns(self) -> RecordColumns:
        """The records as :class:`~viewer.core.columns.RecordColumns` (made from
        :attr:`records` on first use when the loader gave none: O(n))."""
        columns = self._derived.get("columns")
        if columns is None:
            from viewer.core.columns import RecordColumns

            columns = self._derived.setdefault("columns", RecordColumns.of(self.records))
        return cast("RecordColumns", columns)

    @property
    def _position(self) -> Mapping[str, int]:
        position = self._derived.get("position")
        if position is None:
            ids = self.columns.ids
            position = self._derived.setdefault("position", dict(zip(ids, range(len(ids)))))
        return cast("Mapping[str, int]", position)

    def get(self, record_id: str) -> Record | None:
        """The record with *record_id*, or ``None``."""
        i = self._position.get(record_id)
        return None if i is None else self.records[i]

    def position_of(self, record_id: str) -> int | None:
        """Index of *record_id* in :attr:`records` (the last one of a repeated id), or
        ``None``. O(1)."""
        return self._position.get(record_id)

    def prepare(self) -> Dataset:
        """Build the indexes that selections use (O(n), once); returns the dataset. Safe to
        call again: the second call does nothing."""
        _ = self._position, self.relations
        return self

    def latest(self, name: str, key: Hashable, make: Callable[[], _T]) -> _T:
        """What *make* () gives for *key*, kept under *name* for the latest *key* only
        (a layout, for the lanes and statuses hidden: the loader's thread makes the one a
        file opens with, and the window finds it made). Not locked: one thread at a time
        (the loader's, then the window's)."""
        held = self._derived.get(name)
        if held is not None and held[0] == key:
            return held[1]  # type: ignore[no-any-return]
        value = make()
        self._derived[name] = (key, value)
        return value

    @property
    def relations(self) -> RelationIndex:
        """The dataset's :class:`~viewer.core.relations_index.RelationIndex` (built on
        first use when :meth:`prepare` was not called)."""
        index = self._derived.get("relations")
        if index is None:
            from viewer.core.relations_index import RelationIndex

            index = self._derived.setdefault("relations", RelationIndex(self.columns))
        return cast("RelationIndex", index)

    @property
    def search_index(self) -> SearchIndex:
        """The dataset's :class:`~viewer.core.search.SearchIndex` over :attr:`records` (its
        text is made on the first query)."""
        index = self._derived.get("search")
        if index is None:
            from viewer.core.search import SearchIndex

            index = self._derived.setdefault("search", SearchIndex(self.columns))
        return cast("SearchIndex", index)

    def articles_about(self, record_id: str) -> list[Record]:
        """Article records whose ``about`` names *record_id*, in file order."""
        return [self.records[i] for i in self.relations.articles_about(record_id)]

    def handovers_of(self, session_id: str) -> list[Record]:
        """Records of an arrow kind (handovers) from or to the record *session_id*, in
        file order."""
        return [self.records[i] for i in self.relations.handovers_of(session_id)]
