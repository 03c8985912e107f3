"""Plain CSV with documented column names, one record per row.

Columns (header names compared without case, spaces or underscores; only ``start`` is
required):

``id``
    Kept as the record id (else one is made from the title).
``title``
    What happened.
``start``, ``end``
    EDTF dates (``1923``, ``1923-09``, ``1923-09-03``, ``1946~``, ``195X``...); ``end`` may
    be ``..`` (still running); ``start`` may hold a whole interval (``1923/1938``). Slash
    dates (``03/04/1923``) need a declared order.
``lane``
    Lane title; lanes appear in order of first use (default "Events", the file's own lane
    of that name if it has one; an ``era`` without a lane shades every lane).
``kind``
    One of the record kinds (default ``event``; ``era`` draws a background band).
``status``
    One of the statuses of the JSON format (optional).
``place`` or ``city``, ``country``
    Where.
``lat``, ``lon``
    The place's coordinates in degrees (north, east; both or neither), shown on the map.
    A value that is not a latitude or longitude is left out with a warning.
``coords_source``
    Where the coordinates come from: a gazetteer entry's address or words naming it (as
    our JSON's ``place.coords_source``; credited under the map).
``people``
    Names separated by ``;``.
``summary``
    Plain text.
``sources``
    http(s) URLs separated by spaces or ``;``.
``related``
    Ids of other records, separated by spaces or ``;``.
``display_date``
    Wording of the dates to show instead of ours.

Aliases: ``date``/``start_date`` for ``start``, ``end_date`` for ``end``, ``group`` for
``lane``, ``description`` for ``summary``, ``source``/``url`` for ``sources``,
``latitude`` for ``lat``, ``longitude``/``lng`` for ``lon``.

Lines before the header that start with ``#`` may declare ``# title: ...``,
``# description: ...``, ``# date_format: DMY`` (or ``MDY``) and ``# as_of: 2025-06-30`` (the
day records that are still running are drawn up to; default: today, in UTC).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from viewer.core import kinds
from viewer.core.assembly import PROGRESS_EVERY, ROW, LoadResult, Problem, part_row
from viewer.core.dates import DateError, parse_edtf, shown
from viewer.core.errors import LoadError, Progress
from viewer.core.i18n import QT_TRANSLATE_NOOP, translate
from viewer.core.importers.csvfile import CsvTable, normalise, repeated_column
from viewer.core.importers.drafts import (
    DEFAULT_LANE_TITLE,
    ERA_NEEDS_END,
    Draft,
    LaneSet,
    assemble,
    default_lane_title,
    split_list,
)
from viewer.core.records import KINDS, Person, Place

FORMAT = "csv"

COLUMNS = (
    "id",
    "title",
    "start",
    "end",
    "lane",
    "kind",
    "status",
    "place",
    "city",
    "country",
    "lat",
    "lon",
    "coords_source",
    "people",
    "summary",
    "sources",
    "related",
    "display_date",
)
_ALIASES = {
    "date": "start",
    "startdate": "start",
    "enddate": "end",
    "group": "lane",
    "description": "summary",
    "source": "sources",
    "url": "sources",
    "displaydate": "display_date",
    "latitude": "lat",
    "longitude": "lon",
    "lng": "lon",
}
STATUSES = frozenset(
    {
        "held",
        "announced",
        "scheduled",
        "official",
        "acting",
        "not_recognised",
        "no_session",
        "published",
    }
)
_META_KEYS = frozenset({"title", "description", "dateformat", "asof"})
"""The ``# key: value`` lines a plain CSV file may start with (keys normalised)."""
TABLE_META_KEYS = _META_KEYS - {"dateformat"}
"""The keys of a Parquet or Arrow table's metadata that are read as a CSV's ``# key:``
lines (a table declares no date format: its dates are typed or EDTF)."""
ColumnReader = Callable[[CsvTable, str, str, "Progress | None", "str | None"], "LoadResult | None"]
"""Reads a whole plain table into columns (table, file, format, progress, the order of
slash dates), or ``None``."""
COLUMNS_FROM = 2_000
"""Rows from which a file is first tried as columns
(:func:`~viewer.core.importers.arrow_columns.read_csv_table`): below it, importing pyarrow
(0.1-0.2 s, once) would cost more than the row path saves."""


def column_of(header_name: str) -> str | None:
    """The documented column a header name stands for, or None."""
    key = normalise(header_name)
    for column in COLUMNS:
        if normalise(column) == key:
            return column
    return _ALIASES.get(key)


def is_plain_header(keys: set[str]) -> bool:
    """Whether normalised header *keys* have a start column."""
    return any(_ALIASES.get(k, k) == "start" for k in keys)


def read_plain_csv(
    table: CsvTable,
    file: str,
    *,
    date_format: str | None = None,
    progress: Progress | None = None,
    location: Literal["line", "row"] = "line",
    fmt: str = FORMAT,
    column_reader: ColumnReader | None = None,
) -> LoadResult:
    """Read a plain CSV table (see the module docstring).

    *date_format* (``DMY``/``MDY``) is the declared order of slash dates (see
    :func:`viewer.core.importers.csvfile.declared_date_format`). *location* ``"row"``
    reports each row's ``line`` as ``row N`` (a table without lines, such as Parquet:
    :mod:`viewer.core.importers.arrow_table`), and the header without a place; *fmt* is
    the format named in the result. *column_reader*, when given, is first asked to read a table
    of :data:`COLUMNS_FROM` rows or more of which nothing was said yet (header, metadata)
    into columns (:func:`viewer.core.importers.arrow_columns.read_csv_table`); when it
    gives ``None``, each row is read here.

    Raises
    ------
    LoadError
        No ``start`` column.
    """
    problems: list[Problem] = list(table.problems)
    header_line = table.header_line if location == "line" else None
    columns: dict[str, str] = {}  # documented column -> normalised header key
    named: dict[str, int] = {}  # documented column -> its 1-based place in the header
    for number, name in enumerate(table.header, start=1):
        column = column_of(name)
        if column is None:
            if name:
                problems.append(
                    Problem(
                        "warning",
                        file,
                        None,
                        None,
                        name,
                        translate("Load", "unknown column, ignored"),
                        line=header_line,
                    )
                )
        elif column not in columns:
            columns[column] = normalise(name)
            named[column] = number
        else:
            first = table.header[named[column] - 1]
            problems.append(
                Problem(
                    "warning",
                    file,
                    None,
                    None,
                    name,
                    repeated_column(
                        number,
                        named[column],
                        first,
                        "" if normalise(first) == normalise(name) else column,
                    ),
                    line=header_line,
                )
            )
    if "start" not in columns:
        text = (
            translate(
                "Load",
                "{file}: line {line}: no 'start' column (the file's columns: {found}); this "
                "format reads {columns}",
            )
            if header_line is not None
            else translate(
                "Load",
                "{file}: no 'start' column (the file's columns: {found}); this format reads "
                "{columns}",
            )
        )
        found = ", ".join(shown(name) for name in table.header[:20]) or "none"
        if len(table.header) > 20:
            found += ", …"
        raise LoadError(
            text.format(file=file, line=table.header_line, found=found, columns=", ".join(COLUMNS))
        )
    if not len(table.rows):
        problems.append(
            Problem(
                "error",
                file,
                None,
                None,
                "",
                translate("Load", "no rows under the header: the file holds no records")
                if location == "line"
                else translate("Load", "the table has no rows: the file holds no records"),
                line=header_line,
            )
        )
    for key in table.meta:
        if key not in _META_KEYS:
            problems.append(
                Problem(
                    "warning",
                    file,
                    None,
                    None,
                    key,
                    translate("Load", "unknown metadata, ignored"),
                    line=table.meta_lines[key],
                )
            )

    if column_reader is not None and not problems and len(table.rows) >= COLUMNS_FROM:
        plain = column_reader(table, file, fmt, progress, date_format)
        if plain is not None:
            return plain

    def cell(row: dict[str, str], column: str) -> str:
        key = columns.get(column)
        return row.get(key, "") if key else ""

    laneless = laneless_kinds()
    # The rows are read three times (lanes, drafts, assembly), a share of the progress
    # each: the bar stood at 0 % for most of a million rows read this way, and Cancel
    # waited for the end (a trial).
    total = len(table.rows)
    told = _share(progress, 0.0, 0.15)
    lanes: set[str] = set()
    events_lane = False  # a row of a kind that needs a lane, without one
    for n, row in enumerate(table.rows):
        if told is not None and n % PROGRESS_EVERY == 0:
            told(n, total)
        lane = cell(row.cells, "lane")
        lanes.add(lane)
        if not lane and not events_lane:
            events_lane = cell(row.cells, "kind").lower() not in laneless
    plan = RowPlan.of(
        columns, lanes, events_lane, date_format, by_line=location == "line", parts=table.parts
    )
    told = _share(progress, 0.15, 0.6)
    drafts = []
    for n, row in enumerate(table.rows):
        if told is not None and n % PROGRESS_EVERY == 0:
            told(n, total)
        drafts.append(plan.draft(row.line, row.cells, row.extra))
    as_of = None
    if table.meta.get("asof"):
        try:
            as_of = parse_edtf(table.meta["asof"])
        except DateError as exc:
            problems.append(
                Problem(
                    "warning",
                    file,
                    None,
                    None,
                    "as_of",
                    str(exc),
                    line=table.meta_lines.get("asof"),
                )
            )
    title = table.meta.get("title") or Path(file).stem
    return assemble(
        drafts,
        plan.lanes.lanes(),
        file=file,
        title=title,
        description=table.meta.get("description", ""),
        problems=problems,
        progress=_share(progress, 0.6, 1.0),
        fmt=fmt,
        as_of=as_of,
        lanes_from_records=True,
    )


def _share(progress: Progress | None, first: float, last: float) -> Progress | None:
    """*progress* told of one part of a load: *done* of *total* becomes the share from
    *first* to *last* (fractions of the whole) of *total*."""
    if progress is None:
        return None
    told = progress

    def share(done: int, total: int) -> None:
        told(int(total * (first + (last - first) * done / max(total, 1))), total)

    return share


def laneless_kinds() -> frozenset[str]:
    """Kinds that need no lane: articles stay off the chart and bands (eras) without a lane
    shade every lane, as in our own format; rows of other kinds without a lane go to one
    "Events" lane."""
    return frozenset({"article"} | kinds.shape_kinds("band"))


@dataclass
class RowPlan:
    """How the rows of one plain table become drafts: which header key holds each
    documented column, the table's lanes, the lane of rows that name none, the declared
    order of slash dates, and whether rows are reported by line or by row number."""

    columns: dict[str, str]
    lanes: LaneSet
    default_lane: str | None
    date_format: str | None
    by_line: bool
    laneless: frozenset[str]
    parts: tuple[tuple[int, str], ...] = ()

    @classmethod
    def of(
        cls,
        columns: dict[str, str],
        lane_names: set[str],
        unlaned: bool,
        date_format: str | None,
        *,
        by_line: bool,
        parts: tuple[tuple[int, str], ...] = (),
    ) -> RowPlan:
        """The plan of a table whose header maps *columns* (documented column to header
        key), whose rows name the lanes *lane_names* (``""``: none), and where *unlaned*
        tells whether a row of a kind that needs a lane names none."""
        lanes = LaneSet(lane_names)
        default_lane: str | None = None
        if unlaned:
            # The file's own lane of that name (any case) when it has one, not a second
            # lane.
            same = sorted(n for n in lane_names if n.casefold() == DEFAULT_LANE_TITLE.casefold())
            default_lane = (
                lanes.lane_for(same[0])
                if same
                else lanes.add_special("events", default_lane_title())
            )
        return cls(columns, lanes, default_lane, date_format, by_line, laneless_kinds(), parts)

    def draft(self, line: int, c: dict[str, str], extra: int = 0) -> Draft:
        """The draft of the row at *line* (a 1-based line, or row number when the table
        has no lines) with the cells *c* (header key to text) and *extra* cells beyond the
        header. Lanes are created as rows name them (call in file order)."""
        columns = self.columns

        def cell(column: str) -> str:
            key = columns.get(column)
            return c.get(key, "") if key else ""

        index, collection = part_row(self.parts, line - 1) if self.parts else (line - 1, ROW)
        draft = (
            Draft(
                line=line,
                id=cell("id") or None,
                title=cell("title"),
                summary=cell("summary"),
                display_date=cell("display_date"),
            )
            if self.by_line
            else Draft(
                index=index,
                collection=collection,
                id=cell("id") or None,
                title=cell("title"),
                summary=cell("summary"),
                display_date=cell("display_date"),
            )
        )
        draft.id_left_empty = draft.id is None and "id" in columns
        if extra:
            draft.warn("", translate("Load", "%Ln cell(s) beyond the header, ignored", None, extra))
        kind = cell("kind").lower()
        if kind in KINDS:
            draft.kind = kind
        elif kind:
            draft.warn(
                "kind",
                translate("Load", "unknown kind {kind}; read as an event").format(kind=repr(kind)),
            )
        status = cell("status").lower()
        if status in STATUSES:
            draft.status = status
        elif status:
            draft.warn(
                "status",
                translate("Load", "unknown status {status}, ignored").format(status=repr(status)),
            )
        draft.set_dates(cell("start"), cell("end"), "start", "end", self.date_format)
        if draft.kind == "era" and draft.end is None and not draft.open_end and not draft.errors:
            draft.error("end", translate("Load", ERA_NEEDS_END))
        lane = cell("lane")
        draft.lane = (
            self.lanes.lane_for(lane)
            if lane
            else (None if draft.kind in self.laneless else self.default_lane)
        )
        city, country = cell("city") or cell("place"), cell("country")
        lat, lon = _coordinates(draft, cell("lat"), cell("lon"))
        if city or country or lat is not None:
            coords_source = cell("coords_source") if lat is not None else ""
            draft.place = Place(
                city or None, country or None, lat=lat, lon=lon, coords_source=coords_source
            )
        draft.people = tuple(Person(name) for name in split_list(cell("people")))
        for url in split_list(cell("sources"), "ws;"):
            draft.add_source(url, "sources")
        draft.related = split_list(cell("related"), "ws;")
        if not draft.title or draft.title.isspace():
            draft.warn("title", translate("Load", "no title"))
            draft.title = draft.id or ""
        return draft


_NOT_DEGREES = {
    "lat": QT_TRANSLATE_NOOP(
        "Load", "{value} is not a latitude in degrees; the place has no coordinates"
    ),
    "lon": QT_TRANSLATE_NOOP(
        "Load", "{value} is not a longitude in degrees; the place has no coordinates"
    ),
}


def _coordinates(draft: Draft, lat_text: str, lon_text: str) -> tuple[float | None, float | None]:
    """The cells ``lat`` and ``lon`` as degrees, both or neither; a value that is not a
    number in ``[-90, 90]`` (``[-180, 180]``), or one given without the other, is left out
    with a warning naming the field (the record still loads)."""
    if not lat_text and not lon_text:
        return None, None
    values: list[float | None] = []
    for name, text, bound in (("lat", lat_text, 90.0), ("lon", lon_text, 180.0)):
        try:
            value = float(text)
        except ValueError:
            value = None
        if value is None or not -bound <= value <= bound:  # NaN fails both comparisons
            if text:
                draft.warn(name, translate("Load", _NOT_DEGREES[name]).format(value=repr(text)))
            value = None
        values.append(value)
    lat, lon = values
    if (lat is None) != (lon is None):
        if lat_text and lon_text:
            return None, None  # already warned
        draft.warn(
            "lat" if lat is None else "lon",
            translate("Load", "lat and lon go together; coordinates left out"),
        )
        return None, None
    return lat, lon
