"""CSV text to rows that know their line numbers, shared by the CSV importers.

Handles what spreadsheets write: a byte-order mark (removed when decoding), comma,
semicolon or tab separators (chosen from the header line), quoted cells over several
lines, blank rows. Leading lines that start with ``#`` carry metadata as ``# key: value``
(for example ``# date_format: DMY``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from viewer.core.assembly import Problem
from viewer.core.dates import DATE_FORMATS
from viewer.core.errors import LoadError
from viewer.core.i18n import translate

_DELIMITERS = (",", ";", "\t")
_META = re.compile(r"^#\s*([A-Za-z_][A-Za-z0-9_ -]*?)\s*[:=]\s*(.*?)\s*$")


@dataclass(frozen=True)
class CsvRow:
    """One data row: *line* is the 1-based line of the file where it starts; *cells* maps
    the normalised header name (see :func:`normalise`) to the cell's text; *extra* counts
    cells beyond the header."""

    line: int
    cells: dict[str, str]
    extra: int = 0


@dataclass(frozen=True)
class CsvTable:
    """A CSV file split into metadata, header and rows."""

    header: tuple[str, ...]
    """Column names as written in the file (stripped)."""
    header_line: int
    rows: Sequence[CsvRow]
    """The rows, in order (a tuple, or rows made as they are read: see
    :func:`viewer.core.importers.arrow_table.table_to_csv`)."""
    meta: dict[str, str] = field(default_factory=dict)
    """``# key: value`` lines before the header, keys normalised."""
    meta_lines: dict[str, int] = field(default_factory=dict)
    delimiter: str = ","
    problems: tuple[Problem, ...] = ()
    """What the importer reports before its own problems (unclosed quotes)."""
    parts: tuple[tuple[int, str], ...] = ()
    """The files of a partitioned folder the rows come from, in order, each as (its first
    row, 0-based; its path within the folder): a row is reported within its file
    (:func:`~viewer.core.assembly.part_row`). Empty for one file."""


_TITLE_COLUMNS = frozenset({"title", "headline"})
"""The columns (normalised) that hold a row's title: plain CSV's and TimelineJS's."""
_ID_COLUMNS = frozenset({"id"})
"""The column (normalised) that holds a row's id."""


def normalise(name: str) -> str:
    """A header name compared loosely: ``End Year`` and ``end_year`` are ``endyear``."""
    return re.sub(r"[\s_-]+", "", name.strip().lower())


#: One line and its end, split where the ``csv`` module (and ``io.StringIO(newline="")``)
#: splits: ``\n``, ``\r\n`` or ``\r``.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
#: A run of lines holding only spaces and tabs. One character class, repeated: a repeated
#: group would make the regular expression engine keep state for each line it passes.
_BLANK_LINES = re.compile(r"[ \t\r\n]*[\r\n]")


class _Lines:
    """The lines of *text* from a position on, with their ends, made one at a time and
    counted (``line`` is the number of the last line made). A file of a billion blank
    lines is never a list of a billion strings, and runs of blank lines are stepped over
    by one regular expression (:meth:`skip`) instead of one Python call per line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.pos >= len(self.text):
            raise StopIteration
        m = _LINE.match(self.text, self.pos)
        assert m is not None  # the pattern matches at any position before the end
        self.pos = m.end()
        self.line += 1
        return m.group()

    def skip(self, pattern: re.Pattern[str]) -> None:
        """Step over what *pattern* (whole lines) matches here, counting its lines."""
        m = pattern.match(self.text, self.pos)
        if m is None:
            return
        text, a, b = self.text, self.pos, m.end()
        returns = text.count("\r", a, b)
        self.line += text.count("\n", a, b) + (returns and returns - text.count("\r\n", a, b))
        self.pos = b

    def peek(self) -> str:
        """The next line, without taking it."""
        m = _LINE.match(self.text, self.pos)
        return m.group() if m else ""


def _read_preamble(lines: _Lines) -> tuple[dict[str, str], dict[str, int]]:
    """``# key: value`` metadata from the lines before the header, which *lines* is left
    at. Returns (metadata with normalised keys, the line of each key)."""
    meta: dict[str, str] = {}
    where: dict[str, int] = {}
    while True:
        lines.skip(_BLANK_LINES)
        pos, line = lines.pos, lines.line
        text = next(lines, None)
        if text is None:
            return meta, where
        stripped = text.strip()
        if stripped and not stripped.startswith("#"):
            lines.pos, lines.line = pos, line
            return meta, where
        m = _META.match(stripped)
        if m:
            key = normalise(m.group(1))
            meta[key] = m.group(2)
            where[key] = lines.line


def split_preamble(text: str) -> tuple[dict[str, str], dict[str, int], int]:
    """``# key: value`` metadata from the lines before the header.

    Returns (metadata with normalised keys, the line of each key, the number of lines
    before the header, blank ones included).
    """
    lines = _Lines(text)
    meta, where = _read_preamble(lines)
    return meta, where, lines.line


def _open_quote(line: str, delimiter: str) -> int | None:
    """The 1-based column of the quote that opens a cell of *line* and is not closed on
    it (``""`` inside a quoted cell is a quote character), or None."""
    opened, at_start, i = None, True, 0
    while i < len(line):
        char = line[i]
        if opened is not None:
            if char == '"':
                if line[i + 1 : i + 2] == '"':
                    i += 1
                else:
                    opened = None
        elif char == '"' and at_start:
            opened = i
        at_start = opened is None and char == delimiter
        i += 1
    return None if opened is None else opened + 1


def duplicate_columns(header: tuple[str, ...]) -> list[tuple[int, int]]:
    """(index, index of the first column of the same name) of each column whose name,
    compared loosely (see :func:`normalise`), repeats an earlier one's."""
    first: dict[str, int] = {}
    out = []
    for index, name in enumerate(header):
        key = normalise(name)
        if not key:
            continue
        if key in first:
            out.append((index, first[key]))
        else:
            first[key] = index
    return out


def repeated_column(number: int, first_number: int, first: str, read_as: str = "") -> str:
    """Why the header's column *number* (1-based) is ignored: it repeats column
    *first_number* (named *first*), under another name when both are *read_as* the same
    documented column (``""``: the same name)."""
    text = (
        translate(
            "Load",
            "column {number} repeats column {first_number} ({first}), both read as {column}; "
            "only the first is read, the cells of column {number} are ignored",
        )
        if read_as
        else translate(
            "Load",
            "column {number} repeats column {first_number} ({first}); only the first is read, "
            "the cells of column {number} are ignored",
        )
    )
    return text.format(
        number=number, first_number=first_number, first=repr(first), column=repr(read_as)
    )


def read_csv(text: str, file: str) -> CsvTable:
    """Split CSV *text* into metadata, header and rows; *file* names it in messages.

    Rows whose cells are all empty are left out. Cells are stripped of surrounding spaces
    and may be of any length. Memory grows with the rows read, not with the lines of the
    file: blank lines cost nothing.

    A quote that opens a cell and is never closed (the ``csv`` module would read the rest
    of the file into that cell) ends its row at the end of its line, and the lines after
    it are read as rows; that row is left out (the rest of its line was one cell: a title
    "Never closed,1922,,,https://..." and no start), with an error in
    :attr:`CsvTable.problems` that names the line and column of the quote.

    Raises
    ------
    LoadError
        No header row.
    """
    # Python's default limit is 128 KB a cell; no cell is longer than the text.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    lines = _Lines(text)
    meta, meta_lines = _read_preamble(lines)
    first_line = lines.peek()
    if not first_line:
        raise LoadError(_no_header(file))
    delimiter = max(_DELIMITERS, key=first_line.count)
    # Blank lines, and lines of only separators (a row of empty cells), between rows.
    between = re.compile(rf"[ \t{re.escape(delimiter)}\r\n]*[\r\n]")
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    problems: list[Problem] = []
    header: tuple[str, ...] = ()

    def next_row() -> tuple[int, list[str], bool] | None:
        """(line, cells, whether a quote in it is never closed), ``None`` at the end."""
        lines.skip(between)
        pos, before = lines.pos, lines.line
        try:
            return before + 1, next(reader), False
        except StopIteration:
            return None
        except csv.Error:
            # A quote the strict reader could not close: read the row's first line alone,
            # as the lenient reader reads it.
            lines.pos, lines.line = pos, before
            text_line = next(lines)
            cells = next(csv.reader([text_line], delimiter=delimiter))
            column = _open_quote(text_line, delimiter)
            if column is None:
                return before + 1, cells, False
            index = text_line[: column - 1].count(delimiter)

            # The row's id, or its title, names it where that cell comes before the quote
            # (whole): "line 3" alone, where other errors said "line 6 (id 'e')" (trials)
            def cell_of(columns: frozenset[str]) -> str:
                return next(
                    (
                        cells[k].strip()
                        for k, name in enumerate(header[:index])
                        if normalise(name) in columns and k < len(cells)
                    ),
                    "",
                )

            title = cell_of(_TITLE_COLUMNS)
            problems.append(
                Problem(
                    "error",
                    file,
                    None,
                    cell_of(_ID_COLUMNS) or None,
                    header[index] if index < len(header) else "",
                    translate(
                        "Load",
                        "a quote opens at column {column} and is never closed: this row is "
                        "left out, and the lines after it are read as rows",
                    ).format(column=column),
                    line=before + 1,
                    title=title,
                )
            )
            return before + 1, cells, bool(header)

    got = next_row()
    if got is None:
        raise LoadError(_no_header(file))
    header_line, header_cells, _ = got
    header = tuple(cell.strip() for cell in header_cells)
    keys = [normalise(h) for h in header]
    rows: list[CsvRow] = []
    unnamed = [i for i, key in enumerate(keys) if not key]
    unnamed_used: dict[int, int] = {}  # a column without a name -> first line with a cell
    while (got := next_row()) is not None:
        start, cells, broken = got
        if broken or not any(c.strip() for c in cells):
            continue
        values: dict[str, str] = {}
        for key, cell in zip(keys, cells):
            if key and key not in values:
                values[key] = cell.strip()
        for i in unnamed:
            if i < len(cells) and i not in unnamed_used and cells[i].strip():
                unnamed_used[i] = start
        rows.append(CsvRow(start, values, max(0, len(cells) - len(keys))))
    for i, line in sorted(unnamed_used.items()):
        problems.append(
            Problem(
                "warning",
                file,
                None,
                None,
                "",
                translate(
                    "Load",
                    "column {number} has no name in the header; its cells are ignored (the "
                    "first at line {line})",
                ).format(number=i + 1, line=line),
                line=header_line,
            )
        )
    return CsvTable(header, header_line, tuple(rows), meta, meta_lines, delimiter, tuple(problems))


def _no_header(file: str) -> str:
    return translate("Load", "{file}: no header row").format(file=file)


def declared_date_format(table: CsvTable, file: str) -> str | None:
    """The order of slash dates declared by a ``# date_format: DMY`` (or ``MDY``) line.

    Raises
    ------
    LoadError
        When the declared value is neither ``DMY`` nor ``MDY``.
    """
    declared = table.meta.get("dateformat", "").strip().upper() or None
    if declared is not None and declared not in DATE_FORMATS:
        raise LoadError(
            translate("Load", "{file}: line {line}: date_format {value} is not DMY or MDY").format(
                file=file, line=table.meta_lines["dateformat"], value=repr(declared)
            )
        )
    return declared
