"""A column of a Parquet or Arrow table as the text a CSV cell would hold, and the
table's metadata read as a CSV's ``# key:`` lines (see
:mod:`viewer.core.importers.arrow_table` for what each type becomes).

Pure Python and pyarrow: no Qt.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any, NamedTuple, cast

import numpy as np
import numpy.typing as npt

from viewer.core.errors import LoadError
from viewer.core.i18n import translate
from viewer.core.importers import plaincsv
from viewer.core.importers.csvfile import CsvTable, normalise
from viewer.core.importers.drafts import LIST_ITEM
from viewer.core.textcheck import ARROW_BAD, CONTROLS, REPLACEMENT

if TYPE_CHECKING:
    import pyarrow as pa

    from viewer.core.assembly import Problem


def hand_back_memory() -> None:
    """Return to the system the memory Arrow freed while a table was read (pyarrow's
    default pool, mimalloc, keeps it for reuse): a million Parquet rows read into columns
    leave the process at 0.73 GB instead of 1.02 GB. jemalloc, tried as the pool instead,
    gave the same but holds address space: a load under a 3 GB address-space limit (the
    hostile corpus's) then ran out of memory."""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()


# A cell of a list column is its items, each after LIST_ITEM (the ASCII unit separator),
# so that plain CSV's readers take each item whole (drafts.split_list), where a CSV cell
# is split at ";" (and spaces, for sources). Joined with "; ", a URL holding ";" was cut
# in two and a name holding one made two people.


class UnreadableColumn(LoadError):
    """A column of a type that is not text, number, date, timestamp or list, or of
    timestamps in a time zone that is not known: its *name*, *type* (in pyarrow's words)
    and the unknown *zone* (else ``None``)."""

    def __init__(self, message: str, name: str, type_name: str, zone: str | None = None) -> None:
        super().__init__(message)
        self.name, self.type_name, self.zone = name, type_name, zone


_DATE_COLUMNS = frozenset({"start", "end"})
"""Columns whose whole numbers are years (:func:`_years`)."""


def _number_years(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Numbers with a fraction part (floating point, decimal) as :func:`_years` reads whole
    numbers where they are whole (``2000.0`` is 2000, as for a decimal ``1999.0``); NaN,
    which pandas writes for a missing value, is none (an unknown date, as a null is); any
    other keeps its text, refused as a date (``1999.5``). (A decimal year was refused and
    NaN was an error where a null loaded: a trial.)"""
    import pyarrow as pa
    import pyarrow.compute as pc

    number = pc.cast(column, pa.float64())
    number = pc.if_else(pc.is_nan(number), pa.scalar(None, pa.float64()), number)
    # Whole in the column's own arithmetic (a decimal 1999.9999999999999999 is 2000.0 as
    # a float: a trial), and within a 64-bit integer (a larger one is told too large)
    exact = column if pa.types.is_decimal(column.type) else number
    whole = pc.and_(pc.equal(pc.floor(exact), exact), pc.less(pc.abs(number), pa.scalar(9.2e18)))
    years = _years(
        pc.cast(pc.if_else(whole, exact, pa.scalar(None, exact.type)), pa.int64(), safe=False)
    )
    text = pc.if_else(
        pc.is_null(number), pa.scalar(None, pa.string()), pc.cast(column, pa.string())
    )
    return pc.if_else(pc.fill_null(whole, False), years, text)


def _years(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Whole numbers as the EDTF years they are: at least four digits (``50`` is
    ``0050``, ``-44`` is ``-0044``, as an Arrow integer cannot write them), and a ``Y``
    before more than four (``12021`` is ``Y12021``, as EDTF writes such a year). From the
    numbers' text, so that the least 64-bit integer keeps one minus (its absolute value
    does not fit: ``--9223372036854775808``) and unsigned ones are read too."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = pc.cast(column, pa.string())
    negative = pc.starts_with(text, "-")
    digits = pc.if_else(negative, pc.utf8_slice_codeunits(text, 1), text)
    long = pc.greater(pc.utf8_length(digits), 4)
    digits = pc.utf8_lpad(digits, width=4, padding="0")
    sign = pc.if_else(negative, "-", "")
    return pc.if_else(
        long,
        pc.binary_join_element_wise("Y", sign, digits, ""),
        pc.binary_join_element_wise(sign, digits, ""),
    )


_UNITS_PER_DAY = {"s": 86_400, "ms": 86_400_000, "us": 86_400_000_000, "ns": 86_400_000_000_000}
"""A timestamp's ticks in a day, by unit."""
_SHOWN_DAYS = (-4_371_587, 2_932_896)
"""The first and last day (from 1970-01-01, proleptic Gregorian, as Arrow and numpy count)
that Arrow writes as an EDTF day: -9999-01-01 and 9999-12-31."""


def _day_texts(column: pa.ChunkedArray, name: str, file: str) -> pa.ChunkedArray:
    """A date or timestamp column as the days it gives, ``YYYY-MM-DD`` (nulls stay null); a
    timestamp as the calendar day of its own zone (the wall-clock date where the time was
    noted; a naive one as it is). A day before -9999 or after 9999 is written as numpy
    writes it (``12021-06-19``, which the date check then refuses, naming it): Arrow wrote
    ``<value out of range: 53375995>``, a value not in the file, and a timestamp in
    seconds of such a year wrapped round to another day. Timestamps are taken to whole
    seconds (rounded down) before their zone is applied, and those beyond the years any
    zone reaches are left in UTC: near the limits of 64 bits, pandas' latest timestamp in
    nanoseconds in Tokyo wrapped round to 1677.

    Raises
    ------
    UnreadableColumn
        A time zone that Arrow's time zone database does not know.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    t = column.type
    if pa.types.is_timestamp(t):
        ticks = column.cast(pa.int64()).fill_null(0).to_numpy()
        seconds = ticks // (_UNITS_PER_DAY[t.unit] // 86_400)
        days = seconds // 86_400
        if t.tz is not None:
            # Within a day of the years shown, a zone may move the day; beyond, it cannot
            # bring it back.
            near = (days >= _SHOWN_DAYS[0] - 1) & (days <= _SHOWN_DAYS[1] + 1)
            utc = pa.array(np.where(near, seconds, 0), pa.timestamp("s", tz=t.tz))
            try:
                local = pc.local_timestamp(utc).cast(pa.int64()).to_numpy()
            except pa.ArrowInvalid:
                raise UnreadableColumn(
                    translate(
                        "Load",
                        "{file}: column {column} gives its times in the time zone {zone}, "
                        "which is not known",
                    ).format(file=file, column=repr(name), zone=repr(t.tz)),
                    name,
                    str(t),
                    t.tz,
                ) from None
            days = np.where(near, local // 86_400, days)
    elif pa.types.is_date64(t):
        days = column.cast(pa.int64()).fill_null(0).to_numpy() // _UNITS_PER_DAY["ms"]
    else:
        days = column.cast(pa.int32()).fill_null(0).to_numpy().astype(np.int64)
    far = (days < _SHOWN_DAYS[0]) | (days > _SHOWN_DAYS[1])
    shown = np.where(far, 0, days).astype(np.int32)
    valid = column.is_valid().to_numpy(zero_copy_only=False)
    text = pa.array(shown, pa.date32(), mask=~valid).cast(pa.string())
    if far.any():
        written = [str(np.datetime64(int(d), "D")) for d in days[far & valid]]
        text = pc.replace_with_mask(text, pa.array(far & valid), pa.array(written, pa.string()))
    return pa.chunked_array([text])


class Text(NamedTuple):
    """A column as text (see :func:`text_column`)."""

    cells: pa.Array | None
    """One string array (n,), nulls as ``""``; ``None`` for a list column not joined."""
    bad_rows: npt.NDArray[np.int64]
    """The rows (0-based, ascending) whose cell held a character that is not text (a
    control character, :data:`~viewer.core.textcheck.ARROW_BAD`), now
    :data:`~viewer.core.textcheck.REPLACEMENT` in *cells*."""
    lists: pa.ChunkedArray | None = None
    """A list column's lists (list<string>), items cleaned as in *cells*, a null item
    read as ``""``; ``None`` for another column."""


def text_column(column: pa.ChunkedArray, name: str, file: str, join: bool = True) -> Text:
    """*column* as the text a CSV cell would hold (see the module docstring): nulls as
    ``""``, control characters replaced (as a CSV file's are), a cell that is not a list's
    stripped of surrounding spaces (as a CSV reader strips each cell). A list column's
    lists are given too (:attr:`Text.lists`); without *join*, only they are (its text,
    when needed, is :func:`joined_lists`).

    Raises
    ------
    UnreadableColumn
        A column of a type that is not text, number, date, timestamp or list (an
        all-null column, as pandas writes an empty one, is empty text).
    """
    import pyarrow as pa  # here, not at import: start-up time for everyone else
    import pyarrow.compute as pc

    t = column.type
    if pa.types.is_dictionary(t):
        column = column.cast(t.value_type)
        t = column.type
    if is_list_type(t):
        listed = plaincsv.column_of(name) in LIST_COLUMNS
        try:
            items = column.cast(pa.list_(pa.string()))
        except (pa.ArrowNotImplementedError, pa.ArrowInvalid):
            raise _unreadable(file, name, t) from None
        return _items_text(items, listed, join)
    cells = _as_one_array(scalar_text(column, name, file).fill_null(""))
    cells, bad = _cleaned(cells)
    if _may_have_edge_spaces(cells):
        trimmed = pc.utf8_trim_whitespace(cells)
        if not pc.all(pc.equal(trimmed, cells)).as_py():
            cells = trimmed
    return Text(cells, bad)


def is_list_type(t: pa.DataType) -> bool:
    """Whether *t* is a list type (read item by item, see :func:`text_column`)."""
    import pyarrow as pa

    return bool(pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t))


def scalar_text(column: pa.ChunkedArray, name: str, file: str) -> pa.ChunkedArray:
    """*column* (of the table column *name*; not a list) converted to text as
    :func:`text_column` reads it, before its cells are cleaned: whole numbers in a date
    column as years, dates and timestamps as their days, other numbers, booleans and text
    as text; nulls kept.

    Raises
    ------
    UnreadableColumn
        A column of another type (see :func:`text_column`), or a timestamp's zone not
        known.
    """
    import pyarrow as pa

    t = column.type
    if pa.types.is_dictionary(t):
        column = column.cast(t.value_type)
        t = column.type
    try:
        if pa.types.is_integer(t) and plaincsv.column_of(name) in _DATE_COLUMNS:
            column = _years(column)  # a whole number is a year: 50 is 0050
        elif (pa.types.is_floating(t) or pa.types.is_decimal(t)) and plaincsv.column_of(
            name
        ) in _DATE_COLUMNS:
            column = _number_years(column)
        elif pa.types.is_date(t) or pa.types.is_timestamp(t):
            column = _day_texts(column, name, file)
        elif (
            pa.types.is_string(t)
            or pa.types.is_large_string(t)
            or pa.types.is_integer(t)
            or pa.types.is_floating(t)
            or pa.types.is_boolean(t)
            or pa.types.is_decimal(t)
            or pa.types.is_string_view(t)
            or pa.types.is_null(t)  # a column with no value: what pandas writes
        ):
            column = column.cast(pa.string())
        else:
            raise pa.ArrowNotImplementedError("not text")
    except (pa.ArrowNotImplementedError, pa.ArrowInvalid):
        raise _unreadable(file, name, t) from None
    return column


def _unreadable(file: str, name: str, t: pa.DataType) -> UnreadableColumn:
    """The error of the column *name* of *file*, of the type *t*, read as no text."""
    return UnreadableColumn(
        translate(
            "Load", "{file}: column {column} holds {type}, which cannot be read as text"
        ).format(file=file, column=repr(name), type=t),
        name,
        str(t),
    )


def _as_one_array(column: pa.ChunkedArray) -> pa.Array:
    """*column* (strings) as one string array; ``large_string`` when its texts together
    pass 2 GiB (32-bit offsets would overflow)."""
    import pyarrow as pa

    if column.num_chunks == 1:
        return column.chunk(0)
    if sum(c.buffers()[2].size if c.buffers()[2] else 0 for c in column.chunks) >= 1 << 31:
        column = column.cast(pa.large_string())
    return column.combine_chunks()


def _bytes_of(cells: pa.Array) -> tuple[npt.NDArray[np.integer[Any]], npt.NDArray[np.uint8]]:
    """The offsets (n + 1,) of a string array's texts in their UTF-8 bytes (int32 or
    int64, as the array has them: a view, no copy) and those bytes, from the first text's
    first byte (a buffer may hold more: a slice's, padding)."""
    import pyarrow as pa

    _, offsets, data = cells.buffers()
    wide = pa.types.is_large_string(cells.type)
    given = np.frombuffer(offsets, dtype=np.int64 if wide else np.int32)
    at = given[cells.offset : cells.offset + len(cells) + 1]
    raw = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, np.uint8)
    first, last = int(at[0]), int(at[-1])
    starts = cast("npt.NDArray[np.integer[Any]]", at - first if first else at)
    return starts, raw[first:last]


_BLOCK = 1 << 24
"""Bytes looked at a time for bad characters."""
_ONE_BYTE = np.zeros(256, dtype=np.bool_)
"""The control characters below U+0080, each one byte of UTF-8."""
for _first, _last in CONTROLS:
    _ONE_BYTE[_first : min(_last, 0x7F) + 1] = True
_FIRST_BAD = min(np.flatnonzero(_ONE_BYTE[0x20:]) + 0x20)  # DEL: the one above the C0 block
# Those from U+0080 (C1) are two bytes: C2, then the code point itself (up to U+00BF).
((_C1_LOW, _C1_HIGH),) = [(max(a, 0x80), b) for a, b in CONTROLS if b >= 0x80]
_C1_FIRST = 0xC2
assert _C1_HIGH <= 0xBF and np.count_nonzero(_ONE_BYTE[0x20:]) == 1


def _cleaned(cells: pa.Array) -> tuple[pa.Array, npt.NDArray[np.int64]]:
    """*cells* (a string array) with each control character replaced, and the rows that
    held one. Looks at the bytes in numpy, a block at a time: a block whose smallest byte
    is a space or above and that holds neither DEL nor the first byte of a C1 character is
    passed (1.5 s for the eleven columns of ten million rows, where one regular expression
    took 1 s for their titles alone); replaces with pyarrow only when one is found."""
    import pyarrow.compute as pc

    offsets, data = _bytes_of(cells)
    found: list[npt.NDArray[np.int64]] = []
    for start in range(0, len(data), _BLOCK):
        block = data[start : start + _BLOCK + 1]  # one byte more: a C1 pair across blocks
        own = block[:_BLOCK]
        low = int(own.min()) < 0x20
        lead = block[:-1] == _C1_FIRST
        if not low and not (own == _FIRST_BAD).any() and not lead.any():
            continue
        hits = _ONE_BYTE[own]
        follow = block[1:]
        hits[: len(lead)] |= lead & (follow >= _C1_LOW) & (follow <= _C1_HIGH)
        if hits.any():
            found.append(np.flatnonzero(hits) + start)
    if not found:
        return cells, np.zeros(0, dtype=np.int64)
    rows = np.unique(np.searchsorted(offsets, np.concatenate(found), side="right") - 1)
    return pc.replace_substring_regex(cells, ARROW_BAD, REPLACEMENT), rows.astype(np.int64)


_EDGE_FIRST = np.zeros(256, dtype=np.bool_)
_EDGE_FIRST[
    [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0xC2, 0xE1, 0xE2, 0xE3]
] = True
_EDGE_LAST = _EDGE_FIRST.copy()
_EDGE_LAST[0x80:0xC0] = True  # the last byte of any character beyond ASCII


def _may_have_edge_spaces(cells: pa.Array) -> bool:
    """Whether a text of *cells* may start or end with a space (what ``str.strip`` strips):
    its first or last byte may belong to one (ASCII spaces, and the first bytes of U+0085,
    U+00A0, U+1680, U+2000-U+205F and U+3000). Never false when one does; a text that
    ends with a character beyond ASCII makes it true. Two reads per text (0.2 s for ten
    million)."""
    offsets, data = _bytes_of(cells)
    if not len(data):
        return False
    # An empty text reads a neighbour's byte (clipped at the ends): at worst a needless
    # strip.
    if _EDGE_FIRST[data.take(offsets[:-1], mode="clip")].any():
        return True
    return bool(_EDGE_LAST[data.take(offsets[1:] - 1, mode="clip")].any())


LIST_COLUMNS = frozenset({"people", "sources", "related"})
"""The documented columns that hold lists: a list column read for one of them keeps its
items whole (:data:`LIST_ITEM`); for any other (a title given as a list) its items are
joined with ``"; "``."""


def _items_text(column: pa.ChunkedArray, listed: bool, join: bool) -> Text:
    """The list<string> *column*'s lists with their items cleaned (:func:`_cleaned`, a
    null item read as ``""``; *lists* of the result), and, when *join*, each list as one
    text (:func:`joined_lists`; else *cells* is ``None``). Control characters in an item
    are replaced before the items are joined: a unit separator (:data:`LIST_ITEM`) of the
    file's own no longer splits an item."""
    import pyarrow as pa
    import pyarrow.compute as pc

    kept = []
    bad: list[npt.NDArray[np.int64]] = []
    base = 0
    for chunk in column.chunks:
        first, last = chunk.offsets[0].as_py(), chunk.offsets[-1].as_py()
        items, bad_items = _cleaned(pc.fill_null(chunk.values.slice(first, last - first), ""))
        offsets = pc.subtract(chunk.offsets, first)  # a slice's own items
        if len(bad_items):
            at = offsets.to_numpy(zero_copy_only=False)
            rows = np.unique(np.searchsorted(at, bad_items, side="right") - 1)
            valid = chunk.is_valid().to_numpy(zero_copy_only=False)
            bad.append(rows[valid[rows]] + base)  # not the items of a null list
        kept.append(pa.ListArray.from_arrays(offsets, items, mask=chunk.is_null()))
        base += len(chunk)
    rows = np.concatenate(bad) if bad else np.zeros(0, dtype=np.int64)
    lists = pa.chunked_array(kept, pa.list_(pa.string()))
    cells = joined_lists(lists, listed) if join else None
    return Text(cells, rows.astype(np.int64), lists)


def joined_lists(lists: pa.ChunkedArray, listed: bool) -> pa.Array:
    """Each list of *lists* (list<string>, no null item: see :func:`text_column`) as one
    text: each item after :data:`LIST_ITEM` when the column is *listed*
    (:data:`LIST_COLUMNS`; an empty item is then left out by
    :func:`~viewer.core.importers.drafts.split_list`), else the items joined with
    ``"; "``; ``""`` for an empty or null list (see :func:`list_cell`, its value for one
    list). pyarrow's join made the whole list null for one null item, and the row's
    people or sources were lost."""
    import pyarrow as pa
    import pyarrow.compute as pc

    chunks = []
    for chunk in lists.chunks:
        joined = pc.binary_join(chunk, LIST_ITEM if listed else "; ")
        marked = pc.binary_join_element_wise(LIST_ITEM, joined, "") if listed else joined
        empty = pc.or_kleene(pc.equal(joined, ""), chunk.is_null())
        chunks.append(pc.if_else(empty, "", marked))
    return _as_one_array(pa.chunked_array(chunks, pa.string()))


def list_cell(items: list[str] | None, listed: bool) -> str:
    """The text :func:`joined_lists` makes of one list of *items* (``None``: a null
    list)."""
    joined = (LIST_ITEM if listed else "; ").join(items or ())
    return "" if not joined else LIST_ITEM + joined if listed else joined


LISTED_BAD_ROWS = 100
"""Rows whose bad characters get a warning each; the others are counted in one."""


def bad_text_problems(
    file: str, bad: dict[str, npt.NDArray[np.int64]], ids: pa.Array | None
) -> list[Problem]:
    """The warnings of a table's cells that held a character that is not text: *bad*
    gives the rows (0-based) of each column, by its name in the file, in the file's order
    of columns; *ids* (the id column as text, or ``None``) names each row's record. One
    warning per row and column, in row order, for the first :data:`LISTED_BAD_ROWS` rows;
    one more counts the rest."""
    from viewer.core.assembly import ROW, Problem
    from viewer.core.loading import bad_text_message

    if not bad:
        return []
    rows = np.unique(np.concatenate(list(bad.values())))  # in numpy: any number of rows
    last = int(rows[min(LISTED_BAD_ROWS, len(rows)) - 1])
    # The listed rows in order, and a row's columns in the file's order (that of *bad*).
    found = sorted(
        (row, k, name)
        for k, (name, at) in enumerate(bad.items())
        for row in at[at <= last].tolist()
    )
    message = bad_text_message()
    problems = [
        Problem(
            "warning",
            file,
            row,
            (ids[row].as_py() or None) if ids is not None else None,
            name,
            message,
            collection=ROW,
        )
        for row, _, name in found
    ]
    rest = len(rows) - LISTED_BAD_ROWS
    if rest > 0:
        problems.append(_more_bad_rows(file, rest))
    return problems


def _more_bad_rows(file: str, rest: int) -> Problem:
    """The warning that counts the *rest* rows with bad characters not listed."""
    from viewer.core.assembly import Problem

    return Problem(
        "warning",
        file,
        None,
        None,
        "",
        #: After the first 100 rows with such characters were listed one by one.
        translate(
            "Load",
            "%Ln more row(s) held characters that are not text, shown as {mark}",
            None,
            rest,
        ).format(mark=REPLACEMENT),
    )


def bad_line_problems(table: CsvTable, lines: list[int], file: str) -> list[Problem]:
    """The warnings of a CSV file's *lines* (1-based, ascending) that held a character
    that is not text (replaced before the file was split into cells), as those of a
    table's cells (:func:`bad_text_problems`): one per row and column that now holds
    ``�``, naming the line, the row's id and the column as the header writes it; a line
    before the rows (metadata, header) by its line alone. The first
    :data:`LISTED_BAD_ROWS` rows are listed, one more warning counts the rest."""
    from viewer.core.assembly import Problem
    from viewer.core.loading import bad_text_message

    rows = table.rows
    starts = [row.line for row in rows]
    written = {normalise(name): name for name in table.header}
    message = bad_text_message()
    problems: list[Problem] = []
    listed: set[int] = set()  # rows (-1: before them)
    unlisted: set[int] = set()
    for line in lines:
        k = bisect.bisect_right(starts, line) - 1
        if k in listed:
            continue  # a second line of a row's quoted cell
        if len(listed) == LISTED_BAD_ROWS:
            unlisted.add(k)
            continue
        listed.add(k)
        if k < 0:
            problems.append(Problem("warning", file, None, None, "", message, line=line))
            continue
        cells = rows[k].cells
        names = [written.get(name, name) for name, text in cells.items() if REPLACEMENT in text]
        rid = cells.get("id") or None
        problems += [
            Problem("warning", file, None, rid, name, message, line=line) for name in names or [""]
        ]
    if unlisted:
        problems.append(_more_bad_rows(file, len(unlisted)))
    return problems


def table_meta(table: pa.Table) -> dict[str, str]:
    """The table's ``title``, ``description`` and ``as_of`` from its schema metadata (key
    case, spaces and ``_`` do not matter, as in a CSV's ``# key:`` lines); other keys, such
    as pandas' own, are not ours and are left alone. Values that are not UTF-8 are skipped."""
    out: dict[str, str] = {}
    for key, value in (table.schema.metadata or {}).items():
        try:
            name, text = normalise(key.decode("utf-8")), value.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if name in plaincsv.TABLE_META_KEYS:
            out[name] = text
    return out
