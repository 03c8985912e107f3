"""A Parquet or Arrow table read straight into columns, but for rows that are not plain.

The row path (:func:`viewer.core.importers.arrow_table.table_to_csv`, then plain CSV's
:class:`~viewer.core.importers.plaincsv.RowPlan`) makes a draft and a record of each row
in Python: about 28 s and 2.9 GB for a million rows. Most rows of a large table hold
nothing that path would complain about, and for those the columns the chart, search and
table read (:class:`~viewer.core.columns.RecordColumns`) are made here a column at a time
(:mod:`pyarrow.compute`, numpy), a step in Python only for each *distinct* date, lane,
place, list of people and list of sources. A row's record is made when something shows it,
by the row path itself (:meth:`RowPlan.draft`, :func:`record_of_draft`), so the rules of a
row are stated once, there.

"Plain" is checked for each row: every id given and given once, a title; kinds and
statuses known, an era with an end; plain dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``,
see :func:`~viewer.core.dates.plain_day_span`, or such a day with a time of day; an end
may be ``..``) with no end before its start; every source an http(s) URL, none twice in
a row; no ``related``, ``lat`` or ``lon`` values. The other rows are read by the row
path's rules (:meth:`RowPlan.draft`, :func:`~viewer.core.importers.drafts.accept_drafts`),
which word what they find, and their records' values patched into the columns (O(n) in
numpy, a step in Python per such row). A table whose columns are not the documented ones
(each once) or whose metadata does not read, or none of whose rows is plain (``None``),
goes the row path whole. Tests check that both paths give the same dataset and messages.

Pure Python, pyarrow and numpy: no Qt.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import numpy.typing as npt

from viewer.core.assembly import ROW, Assembly, LoadResult, Problem
from viewer.core.columns import Coded, DaySpans, Gathered, LazyRecords, SortedIds
from viewer.core.dates import DateError, parse_edtf
from viewer.core.importers import plaincsv
from viewer.core.importers.arrow_text import (
    LIST_COLUMNS,
    UnreadableColumn,
    bad_text_problems,
    hand_back_memory,
    joined_lists,
    list_cell,
    table_meta,
    text_column,
)
from viewer.core.importers.csvfile import CsvTable, normalise
from viewer.core.importers.drafts import (
    LIST_ITEM,
    NAMED_UNSOURCED,
    PLAIN_WEB_URL,
    accept_drafts,
    is_web_url,
    record_of_draft,
    split_list,
    warn_unsourced,
)
from viewer.core.kinds import CONTEXT_KINDS
from viewer.core.records import KINDS, Person, Place, Record
from viewer.core.text_array import TextArray

if TYPE_CHECKING:
    import pyarrow as pa

    from viewer.core.errors import Progress

_NOT_PLAIN_IF_GIVEN = ("related", "lat", "lon", "coords_source")
"""Columns whose values the fast path does not read: a table that gives any goes the row
path."""

_REQUIRED = ("id", "title", "start")


OddCells = Callable[["npt.NDArray[np.intp]"], list[dict[str, str]]]
"""The cells of the given rows of a table as the row path reads them (header key to text),
for :func:`read_plain_table`'s rows that are not plain."""


def read_plain_table(
    table: pa.Table,
    file: str,
    fmt: str,
    progress: Progress | None = None,
    lines: Sequence[int] | None = None,
    *,
    odd_cells: OddCells | None = None,
    date_format: str | None = None,
    parts: tuple[tuple[int, str], ...] = (),
) -> LoadResult | None:
    """The result of *table* (named *file*; format *fmt*) read into columns, or ``None``
    when the table itself is not plain (see the module docstring; its columns or
    metadata) or none of its rows is: then the row path reads it. Rows that are not plain
    are read by the row path's rules (:meth:`RowPlan.draft`, :func:`accept_drafts`, with
    *date_format*, naming a row in the file of *parts* that holds it, see
    :func:`~viewer.core.assembly.part_row`), their cells given by *odd_cells*
    (without it, such a table is ``None``); the rest as columns, in one pass: one such
    row among a million cost the whole table the row path (29.6 s against 1.7 s: a
    trial). *lines* (n,) gives the line of the file where each row starts (a CSV
    file's), to name a row by (else rows are named by number).

    Raises
    ------
    LoadError
        A read column of a type that is not text, number, date, timestamp or list (as the
        row path would).
    LoadCancelled
        When *progress* raises it.
    """
    t = _Text.of(table, file)
    meta = table_meta(table)
    if t is None or t.n == 0:
        return None
    as_of = None
    if meta.get("asof"):
        try:
            as_of = parse_edtf(meta["asof"])
        except DateError:
            return None
    if progress is not None:
        progress(0, t.n)
    # Ids and titles stay in Arrow (a str each would take 2.1 GB at ten million rows);
    # the rows' records are made from the same arrays.
    ids, titles = TextArray(t.text["id"]), TextArray(t.text["title"])
    t.text["id"], t.text["title"] = ids.arrow, titles.arrow
    # Each id's index, which the dataset keeps (and would make itself), and the ids' order,
    # which the layout's sorts read.
    positions = SortedIds.of_arrow(ids)
    odd = t.given(_NOT_PLAIN_IF_GIVEN) | t.empty("id") | t.empty("title") | positions.repeated()
    kind_codes, kind_names, status_codes, status_texts, odd_kind = _kinds(t)
    starts, ends, open_end, spans, odd_date = _dates(t, kind_codes, kind_names)
    n_sources, odd_source = (
        _list_source_counts(t.lists["sources"], t.n)
        if "sources" in t.lists
        else _source_counts(t.text.get("sources"), t.n)
    )
    places, odd_place = _places(t)
    odd |= odd_kind | odd_date | odd_source | odd_place
    n_odd = int(np.count_nonzero(odd))
    if n_odd == t.n or (n_odd and odd_cells is None):
        return None
    plan, lanes = _lanes(t, kind_codes, kind_names, date_format)
    people_codes, people_texts = t.codes("people")
    people_of = [tuple(Person(name) for name in split_list(text)) for text in people_texts]
    assembly = Assembly(file, tuple(plan.lanes.lanes()), list(t.problems), t.n, progress)
    cells = {t.keys[c]: values for c, values in t.text.items()}
    listed = {t.keys[c]: (lists, c in LIST_COLUMNS) for c, lists in t.lists.items()}

    def plain_record(i: int) -> Record:
        row = {key: values[i].as_py() for key, values in cells.items()}
        row |= {
            key: list_cell(lists[i].as_py(), is_listed)
            for key, (lists, is_listed) in listed.items()
        }
        draft = plan.draft(i + 1, row)
        assert draft.id is not None  # every id is given
        return record_of_draft(draft, draft.id)

    def plain_records(rows: npt.NDArray[np.intp]) -> list[Record]:
        """:func:`plain_record` of each of *rows*, their cells read a column at a time
        (a cell at a time, ``records`` of a million rows took 10 % longer than the row
        path: a trial)."""
        import pyarrow as pa

        at = pa.array(rows)
        texts = {key: values.take(at).to_pylist() for key, values in cells.items()}
        lists_of = {key: (lists.take(at).to_pylist(), how) for key, (lists, how) in listed.items()}
        out = []
        for j, i in enumerate(rows.tolist()):
            row = {key: column[j] for key, column in texts.items()}
            row |= {key: list_cell(column[j], how) for key, (column, how) in lists_of.items()}
            draft = plan.draft(i + 1, row)
            assert draft.id is not None  # every id is given
            out.append(record_of_draft(draft, draft.id))
        return out

    columns_in = dict(
        ids=ids,
        titles=titles,
        summaries=t.text["summary"].to_pylist() if "summary" in t.text else [""] * t.n,
        kinds=Coded(kind_codes, kind_names),
        statuses=Coded(status_codes, status_texts),
        lanes=lanes,
        places=places,
        people=Coded(people_codes, people_of),
        n_sources=n_sources,
        open_end=open_end,
        starts=starts,
        ends=ends,
    )

    def plain_block(block: range) -> list[Record]:
        return plain_records(np.arange(block.start, block.stop, dtype=np.intp))

    make: Callable[[int], Record] = plain_record
    make_block: Callable[[range], list[Record]] = plain_block
    rows_at: npt.NDArray[np.intp] | None = None
    if n_odd:
        assert odd_cells is not None
        odd_rows = np.flatnonzero(odd)
        if lines is None:
            row_plan = dataclasses.replace(plan, parts=parts)
            at = (odd_rows + 1).tolist()
        else:  # named by line, as the row path names a CSV file's rows
            row_plan = dataclasses.replace(plan, by_line=True)
            at = [lines[r] for r in odd_rows.tolist()]
        drafts = [row_plan.draft(a, c) for a, c in zip(at, odd_cells(odd_rows))]
        kept_rows = [(int(odd_rows[k]), r) for k, r in accept_drafts(assembly, drafts, ids)]
        columns_in, left = _with_odd_rows(columns_in, spans, odd, kept_rows)
        rows_at = np.flatnonzero(left)
        make, make_block = _records_at(rows_at, dict(kept_rows), plain_record, plain_records)
        lanes_kept = cast(Coded, columns_in["lanes"])
        lane_ids = {lanes_kept.values[c] for c in set(lanes_kept.codes.tolist())}
        assembly.lanes = tuple(lane for lane in assembly.lanes if lane.id in lane_ids)
        if all(r.id == ids[row] for row, r in kept_rows):
            positions = positions.kept(left)  # the same ids, fewer: no second sort
        else:  # ids made from titles
            positions = SortedIds.of_arrow(cast(TextArray, columns_in["ids"]))
    gathered = Gathered()
    gathered.add_coded(**columns_in)  # type: ignore[arg-type]
    kept_ids = cast(TextArray, columns_in["ids"])
    kept_kinds = cast(Coded, columns_in["kinds"])
    context = np.array([k in CONTEXT_KINDS for k in kept_kinds.values], dtype=np.bool_)
    unsourced = np.flatnonzero(
        (cast("npt.NDArray[np.int32]", columns_in["n_sources"]) == 0) & ~context[kept_kinds.codes]
    )
    warn_unsourced(
        assembly, len(unsourced), [kept_ids[i] for i in unsourced[:NAMED_UNSOURCED].tolist()]
    )
    columns = gathered.columns(spans)
    columns.known_id_order(positions)
    return assembly.result(
        meta.get("title") or _stem(file),
        meta.get("description", ""),
        as_of,
        fmt=fmt,
        columns=(columns, LazyRecords(len(kept_ids), make, make_block)),
        positions=positions,
        row_lines=lines,
        rows_at=None if rows_at is None else cast(Sequence[int], rows_at),
    )


def _records_at(
    rows: npt.NDArray[np.intp],
    made: dict[int, Record],
    plain: Callable[[int], Record],
    plain_block: Callable[[npt.NDArray[np.intp]], list[Record]],
) -> tuple[Callable[[int], Record], Callable[[range], list[Record]]]:
    """The record at a position, and at a range of positions: the one *made* of its table
    row (*rows*, by position) when the row path made it, else *plain*'s of that row
    (*plain_block*'s, for many rows at once)."""

    def record_at(i: int) -> Record:
        row = int(rows[i])
        record = made.get(row)
        return plain(row) if record is None else record

    def records_at(block: range) -> list[Record]:
        at = rows[block.start : block.stop]
        odd = np.array([r in made for r in at.tolist()], dtype=np.bool_)
        out: list[Record | None] = [None] * len(at)
        for j, record in zip(np.flatnonzero(~odd).tolist(), plain_block(at[~odd])):
            out[j] = record
        for j in np.flatnonzero(odd).tolist():
            out[j] = made[int(at[j])]
        return cast(list[Record], out)

    return record_at, records_at


def _with_odd_rows(
    columns: dict[str, Any],
    spans: DaySpans,
    odd: npt.NDArray[np.bool_],
    kept: list[tuple[int, Record]],
) -> tuple[dict[str, Any], npt.NDArray[np.bool_]]:
    """*columns* (the arguments of :meth:`Gathered.add_coded`, each (n,) by table row,
    *spans* the codes' dates) with each row of *odd* (n,) taken out, but for the rows
    *kept* (table row, its record, in order), whose values are their records'; and which
    rows (n,) are left. Each column patched at the kept rows, then filtered: O(n) in C
    and numpy (no gather), a step in Python for each kept row."""
    import pyarrow as pa
    import pyarrow.compute as pc

    n = len(odd)
    rows = np.array([r for r, _ in kept], dtype=np.intp)
    records = [record for _, record in kept]
    keep = ~odd
    keep[rows] = True
    patched = np.zeros(n, dtype=np.bool_)
    patched[rows] = True
    out: dict[str, Any] = {}
    for name, attr in (("ids", "id"), ("titles", "title")):
        texts = columns[name].arrow
        if len(rows):
            more = pa.array([getattr(r, attr) for r in records], texts.type)
            texts = pc.replace_with_mask(texts, pa.array(patched), more)
        out[name] = TextArray(texts.filter(pa.array(keep)))
    summaries = list(columns["summaries"])
    for r, record in zip(rows.tolist(), records):
        summaries[r] = record.summary
    out["summaries"] = list(itertools.compress(summaries, keep.tolist()))
    for name, attr in (
        ("kinds", "kind"),
        ("statuses", "status"),
        ("lanes", "lane"),
        ("places", "place"),
        ("people", "people"),
    ):
        column: Coded = columns[name]
        more_coded = Coded.of([getattr(r, attr) for r in records])
        codes = column.codes.copy()
        codes[rows] = more_coded.codes + len(column.values)
        out[name] = Coded(codes[keep], [*column.values, *more_coded.values])
    for name, values in (
        ("n_sources", [len(r.sources) for r in records]),
        ("open_end", [r.open_end for r in records]),
    ):
        array = columns[name].copy()
        array[rows] = values
        out[name] = array[keep]
    for name, attr in (("starts", "start"), ("ends", "end")):
        dates = [getattr(r, attr) for r in records]
        for date in dates:
            if date is not None and spans.get(id(date)) is None:
                spans.add(id(date), (date._first, date._last))
        array = columns[name].copy()
        array[rows] = spans.codes(["" if d is None else id(d) for d in dates])  # "": no date
        out[name] = array[keep]
    inferred = [r.inferred for r in records]
    if any(inferred):
        flags = []
        for values in (
            ["start" in i for i in inferred],
            ["end" in i for i in inferred],
            [bool(i) for i in inferred],
        ):
            array = np.zeros(n, dtype=np.bool_)
            array[rows] = values
            flags.append(array[keep])
        out["inferred"] = tuple(flags)
    return out, keep


def read_csv_table(
    table: CsvTable,
    file: str,
    fmt: str,
    progress: Progress | None = None,
    date_format: str | None = None,
) -> LoadResult | None:
    """The result of the plain CSV *table* (its cells as the ``csv`` module read them,
    named *file*; format *fmt*; slash dates in *date_format*) read into columns as
    :func:`read_plain_table` reads a Parquet table (its rows that are not plain by the row
    path's rules, named by line), or ``None``: then the row path reads it. The
    caller has found nothing to say of the header or the ``# key:`` lines (see
    :data:`~viewer.core.importers.plaincsv.COLUMNS_FROM` for when it asks). A file of
    100,000 rows loads in 1.5 s this way, 4.2 s by the row path, which made a draft and a
    record of each (the ``csv`` module's reading, 0.7 s, is in both).

    Raises
    ------
    LoadCancelled
        When *progress* raises it.
    """
    import pyarrow as pa

    rows = table.rows
    if any(row.extra for row in rows):
        return None  # cells beyond the header: the row path words them
    # A column without a name is ignored by the row path too.
    named = [(name, key) for name in table.header if (key := normalise(name))]
    arrow = pa.Table.from_arrays(
        [pa.array([row.cells.get(key, "") for row in rows], pa.string()) for _, key in named],
        names=[name for name, _ in named],
    )
    meta = {k: v for k, v in table.meta.items() if k in plaincsv.TABLE_META_KEYS}
    try:
        result = read_plain_table(
            arrow.replace_schema_metadata(meta),
            file,
            fmt,
            progress,
            [row.line for row in rows],
            odd_cells=lambda at: [rows[r].cells for r in at.tolist()],
            date_format=date_format,
        )
    finally:
        hand_back_memory()
    if result is None or not any(p.collection == ROW for p in result.problems):
        return result
    # A row's problem names the line where the row starts, as the row path does.
    return dataclasses.replace(
        result,
        problems=tuple(
            dataclasses.replace(p, index=None, collection="", line=rows[p.index].line)
            if p.collection == ROW and p.index is not None
            else p
            for p in result.problems
        ),
    )


@dataclass
class _Text:
    """A table's documented columns as text (:func:`text_column`), by documented name,
    the header key of each (as plain CSV names them) and the warnings of their text."""

    n: int
    text: dict[str, Any]
    keys: dict[str, str]
    problems: list[Problem]
    """Warnings of cells that held characters that are not text (replaced)."""
    lists: dict[str, Any]
    """List columns kept as lists, not text (:attr:`~.arrow_text.Text.lists`), by name."""

    @classmethod
    def of(cls, table: pa.Table, file: str) -> _Text | None:
        """The text of *table*'s columns; ``None`` when a column is not documented or
        given twice (the row path warns about it) or ``id``, ``title`` or ``start`` is
        missing."""
        keys: dict[str, str] = {}
        text: dict[str, Any] = {}
        bad: dict[str, npt.NDArray[np.int64]] = {}
        lists: dict[str, Any] = {}
        for name in table.column_names:
            column = plaincsv.column_of(name)
            if column is None or column in keys or normalise(name) in keys.values():
                return None
            keys[column] = normalise(name)
            # Sources are counted from their lists (their text: only for a record made).
            try:
                found = text_column(table.column(name), name, file, join=column != "sources")
            except UnreadableColumn:
                return None  # the row path ignores it, with a warning, or refuses the file
            if found.cells is None:
                lists[column] = found.lists
            else:
                text[column] = found.cells
            if len(found.bad_rows):
                bad[name] = found.bad_rows
        if any(c not in keys for c in _REQUIRED):
            return None
        problems = bad_text_problems(file, bad, text.get("id"))
        return cls(table.num_rows, text, keys, problems, lists)

    def given(self, columns: tuple[str, ...]) -> npt.NDArray[np.bool_]:
        """Whether each row (n,) has a cell of any of *columns* that is not empty."""
        import pyarrow.compute as pc

        found = np.zeros(self.n, dtype=np.bool_)
        for c in columns:
            if c in self.text:
                found |= pc.not_equal(self.text[c], "").to_numpy(zero_copy_only=False)
        return found

    def empty(self, column: str) -> npt.NDArray[np.bool_]:
        """Whether each row's (n,) cell of *column* (which the table has) is empty."""
        import pyarrow.compute as pc

        found: npt.NDArray[np.bool_] = pc.equal(self.text[column], "").to_numpy(
            zero_copy_only=False
        )
        return found

    def codes(self, column: str, shown: Any = None) -> tuple[npt.NDArray[np.intp], list[str]]:
        """Each row's code (n,) into the column's distinct texts, in order of first
        appearance, each made *shown* (``str.strip``, ``str.lower``: in Python, as the
        row path does); ``[""]`` for a column the table does not have."""
        if column not in self.text:
            return np.zeros(self.n, dtype=np.intp), [""]
        encoded = self.text[column].dictionary_encode()
        texts: list[str] = encoded.dictionary.to_pylist()
        found = encoded.indices.to_numpy(zero_copy_only=False).astype(np.intp)
        if shown is None:
            return found, texts
        # Texts that are the same once shown share a code (the first's).
        made = [shown(t) for t in texts]
        first: dict[str, int] = {}
        remap = np.array([first.setdefault(t, len(first)) for t in made], dtype=np.intp)
        return remap[found], list(first)


def _kinds(
    t: _Text,
) -> tuple[npt.NDArray[np.intp], list[str], npt.NDArray[np.intp], list[str], npt.NDArray[np.bool_]]:
    """Each row's kind and status, as codes and their names (an empty kind is an event, as
    is one not known), and the rows (n,) whose kind or status is not known."""
    kind_codes, kind_texts = t.codes("kind", str.lower)
    status_codes, status_texts = t.codes("status", str.lower)
    odd_kind = np.array([bool(k) and k not in KINDS for k in kind_texts], dtype=np.bool_)
    odd_status = np.array(
        [bool(s) and s not in plaincsv.STATUSES for s in status_texts], dtype=np.bool_
    )
    return (
        kind_codes,
        [k if k in KINDS else "event" for k in kind_texts],
        status_codes,
        status_texts,
        odd_kind[kind_codes] | odd_status[status_codes],
    )


def _dates(
    t: _Text, kind_codes: npt.NDArray[np.intp], kind_names: list[str]
) -> tuple[
    npt.NDArray[np.intp],
    npt.NDArray[np.intp],
    npt.NDArray[np.bool_],
    DaySpans,
    npt.NDArray[np.bool_],
]:
    """Each row's start and end as codes of the returned spans (each distinct date text
    read once; 0 where the date is not plain), whether it runs on (``..``), and the rows
    (n,) whose start is missing or runs on, whose date is not plain, whose end comes
    before its start, or which are eras without an end."""
    spans = DaySpans(no_date=("", ".."))
    start_codes, start_texts = t.codes("start", str.strip)
    end_codes, end_texts = t.codes("end", str.strip)
    rest = spans.add_plain(cast(list[str], spans.unknown(start_texts + end_texts)))
    not_read = set(_timed_days(spans, rest)) if rest else set()
    for text in not_read:
        spans.add(text, None)  # its rows are read by the row path
    odd_start = np.array([s in not_read or s in ("", "..") for s in start_texts], np.bool_)
    odd_end = np.array([e in not_read for e in end_texts], np.bool_)
    odd = odd_start[start_codes] | odd_end[end_codes]
    starts = spans.codes(start_texts)[start_codes]
    ends = spans.codes(end_texts)[end_codes]
    odd |= (ends != 0) & (spans.last[ends] < spans.first[starts])
    era = np.array([k == "era" for k in kind_names], dtype=np.bool_)
    odd |= era[kind_codes] & (ends == 0)  # an era needs an end
    open_end = np.array([text == ".." for text in end_texts], dtype=np.bool_)[end_codes]
    return starts, ends, open_end, spans, odd


_TIMED = re.compile(
    r"-?\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?"
    r"(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?",
    re.ASCII,
)
"""A plain day with a time of day that exists (the day is checked apart): the rare ones
(a leap second, 24:00:00) and those that are no time are left to the row path."""


def _timed_days(spans: DaySpans, texts: list[str]) -> list[str]:
    """Note in *spans* the span of each of *texts* (distinct date texts that are not plain)
    that is a plain day with a time of day (``2020-01-01T02:00:00+09:00``): its day's, as
    :func:`~viewer.core.dates.parse_edtf` reads it; returns the others, in order (a day
    that does not exist among them: the row path words it). A regular expression and a
    numpy pass over the days: a table of date-times went row by row, 5 s for 200,000
    rows."""
    timed = [text for text in texts if _TIMED.fullmatch(text)]
    days = [text.partition("T")[0] for text in timed]
    found = DaySpans()
    no_day = set(found.add_plain(list(dict.fromkeys(days))))
    read = set()
    for text, day in zip(timed, days):
        if day not in no_day:
            spans.add(text, found.get(day))
            read.add(text)
    return [text for text in texts if text not in read]


def _lanes(
    t: _Text, kind_codes: npt.NDArray[np.intp], kind_names: list[str], date_format: str | None
) -> tuple[plaincsv.RowPlan, Coded]:
    """The plan of the table's rows (its lanes made in order of first use, as the row
    path makes them; slash dates read in *date_format*) and each row's lane id
    (``None``: a kind that needs no lane)."""
    laneless = plaincsv.laneless_kinds()
    needs_no_lane = np.array([k in laneless for k in kind_names], dtype=np.bool_)[kind_codes]
    lane_codes, lane_texts = t.codes("lane")
    no_lane = lane_codes == (lane_texts.index("") if "" in lane_texts else -1)
    plan = plaincsv.RowPlan.of(
        t.keys,
        set(lane_texts),
        bool(np.any(no_lane & ~needs_no_lane)),
        date_format,
        by_line=False,
    )
    lane_of: list[str | None] = [
        plan.lanes.lane_for(text) if text else plan.default_lane for text in lane_texts
    ]
    codes = np.where(no_lane & needs_no_lane, len(lane_of), lane_codes)
    return plan, Coded(codes, [*lane_of, None])


def _places(t: _Text) -> tuple[Coded, npt.NDArray[np.bool_]]:
    """Each row's place (``city``, else ``place``, and ``country``; ``None`` when it has
    none), as codes into one object per distinct place, and the rows (n,) that may not be
    read so: a city holding a NUL."""
    import pyarrow.compute as pc

    city = t.text.get("city")
    if "place" in t.text:
        place = t.text["place"]
        city = place if city is None else pc.if_else(pc.equal(city, ""), place, city)
    codes, pairs, odd = _pair_codes(city, t.text.get("country"), t.n)
    return (
        Coded(codes, [Place(c or None, k or None) if (c or k) else None for c, k in pairs]),
        odd,
    )


_SPLIT = r"[\s;]+"
"""Between sources in a cell (plain CSV's ``split_list(..., "ws;")``)."""
_WHOLE_ITEM = r"^[\x21-\x7e]*$"
"""Items of a list column taken whole without a step in Python: none needs stripping."""
_PLAIN_ASCII = r"^[\x20-\x7e\t\n\r\f]*$"
"""Cells where pyarrow's regular expressions (RE2, whose ``\\s`` is ASCII) split as
Python's do."""


_Counts = tuple["npt.NDArray[np.int32]", "npt.NDArray[np.bool_]"]
"""How many sources each row cites (n,), and the rows (n,) whose sources the row path
reads."""


def _source_counts(cells: Any, n: int) -> _Counts:
    """How many sources each of the *n* rows cites (int32 (n,)), from the text column
    *cells* (``None``: no column): the items between spaces and ``;`` (a list column's:
    each item whole, see :func:`split_list`), a ``//`` URL read as https, each an http(s)
    URL (:func:`is_web_url`) and none twice in a row; and the rows (n,) that break that
    (the row path words them). In C but for the distinct URLs that are not plain
    (:data:`~viewer.core.importers.drafts.PLAIN_WEB_URL`), or for every distinct cell
    where an item needs Python's reading (spaces to strip, text beyond ASCII)."""
    import pyarrow.compute as pc

    if cells is None:
        return np.zeros(n, dtype=np.int32), np.zeros(n, dtype=np.bool_)
    if pc.any(pc.starts_with(cells, LIST_ITEM)).as_py():
        # A list column's cells: each item whole (split_list), here where no item needs
        # stripping (printable ASCII without spaces).
        items = pc.split_pattern(cells, LIST_ITEM)
        if pc.all(pc.match_substring_regex(pc.list_flatten(items), _WHOLE_ITEM)).as_py():
            return _url_counts(items, n)
    elif pc.all(pc.match_substring_regex(cells, _PLAIN_ASCII)).as_py():
        return _url_counts(pc.split_pattern_regex(cells, _SPLIT), n)
    counts = []
    odd = []
    encoded = cells.dictionary_encode()
    for cell in encoded.dictionary.to_pylist():
        urls = tuple("https:" + u if u.startswith("//") else u for u in split_list(cell, "ws;"))
        odd.append(len(set(urls)) != len(urls) or not all(map(is_web_url, urls)))
        counts.append(len(urls))
    at = encoded.indices.to_numpy(zero_copy_only=False)
    return np.array(counts, dtype=np.int32)[at], np.array(odd, dtype=np.bool_)[at]


def _list_source_counts(lists: Any, n: int) -> _Counts:
    """:func:`_source_counts` of a list column's *lists* (:attr:`~.arrow_text.Text.lists`),
    read as lists where every item is whole printable ASCII (10 s of ten million rows
    went to joining each list into a text and splitting it again; 2.5 s without), else
    joined (:func:`~.arrow_text.joined_lists`)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        whole = lists.combine_chunks()
    except pa.ArrowInvalid:  # more than 2 GiB of items: one array cannot hold them
        whole = None
    if whole is not None:
        items = pc.list_flatten(whole)
        if not len(items) or pc.all(pc.match_substring_regex(items, _WHOLE_ITEM)).as_py():
            return _url_counts(whole, n)
    return _source_counts(joined_lists(lists, listed=True), n)


def _url_counts(items: Any, n: int) -> _Counts:
    """How many sources each of the *n* rows cites, from *items* (each row's cell split
    into its items, a list array): the non-empty items, a ``//`` URL read as https, each
    an http(s) URL and none twice in a row; and the rows (n,) that break that."""
    import pyarrow as pa
    import pyarrow.compute as pc

    parents = pc.list_parent_indices(items)
    urls = pc.list_flatten(items)
    # Each step only where it changes something: filtering and joining every URL took
    # 1.7 s and 4.2 s of ten million rows that hold no empty item and no "//" URL.
    kept = pc.not_equal(urls, "")
    if not pc.all(kept).as_py():
        urls, parents = urls.filter(kept), parents.filter(kept)
    slashes = pc.starts_with(urls, "//")
    if pc.any(slashes).as_py():
        urls = pc.if_else(slashes, pc.binary_join_element_wise("https:", urls, ""), urls)
    plain = pc.match_substring_regex(urls, "^" + PLAIN_WEB_URL.pattern + "$")
    others = pc.unique(urls.filter(pc.invert(plain))).to_pylist()
    rows = parents.to_numpy(zero_copy_only=False)
    odd = np.zeros(n, dtype=np.bool_)
    no_url = [url for url in others if not is_web_url(url)]
    if no_url:
        odd[
            rows[
                pc.is_in(urls, value_set=pa.array(no_url, urls.type)).to_numpy(zero_copy_only=False)
            ]
        ] = True
    counts32: npt.NDArray[np.int32] = np.bincount(rows, minlength=n).astype(np.int32)
    several = counts32[rows] > 1  # only rows of several sources can repeat one
    if several.any():
        mask = pa.array(several)
        pairs = pa.table({"row": parents.filter(mask), "url": urls.filter(mask)})
        counted = pairs.group_by(["row", "url"]).aggregate([([], "count_all")])
        if counted.num_rows != pairs.num_rows:  # a URL twice in a row
            twice = pc.greater(counted["count_all"], 1)
            odd[counted["row"].filter(twice).to_numpy(zero_copy_only=False)] = True
    return counts32, odd


def _pair_codes(
    first: Any, second: Any, n: int
) -> tuple[npt.NDArray[np.intp], list[tuple[str, str]], npt.NDArray[np.bool_]]:
    """Each row's code (n,) into the distinct pairs of the text arrays *first* and
    *second* (either ``None``: all ``""``), in order of first appearance, and the rows
    (n,) whose pair may be wrong: a NUL in *first* makes the separator below ambiguous
    (those rows, and any row whose pair reads the same, are for the row path)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if first is None and second is None:
        return np.zeros(n, dtype=np.intp), [("", "")], np.zeros(n, dtype=np.bool_)
    a = first if first is not None else pa.array([""] * n, pa.string())
    b = second if second is not None else pa.array([""] * n, pa.string())
    # A pair as one text, split at the first NUL (the second may hold more).
    encoded = pc.binary_join_element_wise(a, b, "\x00").dictionary_encode()
    pairs = [tuple(t.split("\x00", 1)) for t in encoded.dictionary.to_pylist()]
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.intp)
    nul = pc.match_substring(a, "\x00").to_numpy(zero_copy_only=False)
    odd = np.isin(codes, codes[nul]) if nul.any() else nul
    return codes, pairs, odd


def _stem(file: str) -> str:
    from pathlib import Path

    return Path(file).stem
