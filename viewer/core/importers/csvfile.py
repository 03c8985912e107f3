"""CSV text to rows that know their line numbers, shared by the CSV importers.

Handles what spreadsheets write: a byte-order mark (removed when decoding), comma,
semicolon or tab separators (chosen from the header line), quoted cells over several
lines, blank rows. Leading lines that start with ``#`` carry metadata as ``# key: value``
(for example ``# date_format: DMY``).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from viewer.core.dates import DATE_FORMATS
from viewer.core.errors import LoadError

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
    rows: tuple[CsvRow, ...]
    meta: dict[str, str] = field(default_factory=dict)
    """``# key: value`` lines before the header, keys normalised."""
    meta_lines: dict[str, int] = field(default_factory=dict)
    delimiter: str = ","


def normalise(name: str) -> str:
    """A header name compared loosely: ``End Year`` and ``end_year`` are ``endyear``."""
    return re.sub(r"[\s_-]+", "", name.strip().lower())


def _lines(text: str) -> list[str]:
    """Lines with their ends, split the way the ``csv`` module counts them."""
    return io.StringIO(text, newline="").readlines()


def split_preamble(text: str) -> tuple[dict[str, str], dict[str, int], int]:
    """``# key: value`` metadata from the lines before the header.

    Returns (metadata with normalised keys, the line of each key, the number of lines
    before the header, blank ones included).
    """
    meta: dict[str, str] = {}
    lines: dict[str, int] = {}
    skipped = 0
    for number, line in enumerate(_lines(text), start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            break
        skipped = number
        m = _META.match(stripped)
        if m:
            key = normalise(m.group(1))
            meta[key] = m.group(2)
            lines[key] = number
    return meta, lines, skipped


def read_csv(text: str, file: str) -> CsvTable:
    """Split CSV *text* into metadata, header and rows; *file* names it in messages.

    Rows whose cells are all empty are left out. Cells are stripped of surrounding spaces.

    Raises
    ------
    LoadError
        No header row, or a row the ``csv`` module cannot read (a cell too large...).
    """
    meta, meta_lines, skipped = split_preamble(text)
    body = _lines(text)[skipped:]
    if not body:
        raise LoadError(f"{file}: no header row")
    delimiter = max(_DELIMITERS, key=lambda d: body[0].count(d))
    reader = csv.reader(io.StringIO("".join(body), newline=""), delimiter=delimiter)
    try:
        header = tuple(cell.strip() for cell in next(reader))
        header_line = skipped + reader.line_num
        keys = [normalise(h) for h in header]
        rows: list[CsvRow] = []
        while True:
            start = skipped + reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            if not any(c.strip() for c in cells):
                continue
            values: dict[str, str] = {}
            for key, cell in zip(keys, cells):
                if key and key not in values:
                    values[key] = cell.strip()
            rows.append(CsvRow(start, values, max(0, len(cells) - len(keys))))
    except csv.Error as exc:
        raise LoadError(f"{file}: line {skipped + reader.line_num}: "
                        f"unreadable CSV ({exc})") from None
    except StopIteration:
        raise LoadError(f"{file}: no header row") from None
    return CsvTable(header, header_line, tuple(rows), meta, meta_lines, delimiter)


def declared_date_format(table: CsvTable, file: str) -> str | None:
    """The order of slash dates declared by a ``# date_format: DMY`` (or ``MDY``) line.

    Raises
    ------
    LoadError
        When the declared value is neither ``DMY`` nor ``MDY``.
    """
    declared = table.meta.get("dateformat", "").strip().upper() or None
    if declared is not None and declared not in DATE_FORMATS:
        raise LoadError(f"{file}: line {table.meta_lines['dateformat']}: date_format "
                        f"{declared!r} is not DMY or MDY")
    return declared
