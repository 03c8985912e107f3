"""Open any supported timeline file: detect its format, read it, validate it record by record.

Formats (see :data:`REGISTRY`: name, how each is recognised, how it is read): this
viewer's own JSON, plain CSV with documented columns, TimelineJS JSON, the TimelineJS
spreadsheet as CSV, vis-timeline items (and groups) in JSON, Parquet files and folders and
Arrow IPC (Feather) files with the plain CSV columns. :func:`load_any` is the one
entry point (the command line and the window call only it). Every reader returns the same
:class:`~viewer.core.assembly.LoadResult`, made by the one assembly step
(:class:`~viewer.core.assembly.Assembly`): a dataset of the valid records and a
:class:`~viewer.core.assembly.Problem` for each thing that is wrong,
with file, line or index, record id, field and reason. A file that cannot be used at all
raises :class:`~viewer.core.errors.LoadError`. Files are only ever opened for reading.

Pure Python: runs in a worker thread as well as in the command line.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from viewer.core.dates import DATE_FORMATS
from viewer.core.encoding import decode, read_bytes
from viewer.core.errors import LoadCancelled, LoadError, Progress, json_kind
from viewer.core.i18n import translate
from viewer.core.importers import arrow_columns, arrow_table, plaincsv, timelinejs, vis
from viewer.core.importers.arrow_text import bad_line_problems
from viewer.core.importers.csvfile import CsvTable, declared_date_format, normalise, read_csv
from viewer.core.json_keys import MOST_BYTES
from viewer.core.loading import (
    LoadResult,
    decode_document,
    doubled_key_problems,
    load_decoded,
    load_document,
    parse_json,
    with_clean_text,
    with_doubled_key_note,
)
from viewer.core.textcheck import clean_lines

__all__ = [
    "DATE_FORMATS",
    "FORMATS",
    "REGISTRY",
    "Format",
    "LoadCancelled",
    "LoadError",
    "detect_format",
    "load_any",
    "load_bytes",
]


@dataclass(frozen=True)
class Format:
    """One format this viewer reads: *name* (as in :attr:`LoadResult.format`), a
    *description* for people, whether its files are ``json`` or ``csv`` text or a binary
    ``table``, how it is recognised from the parsed JSON, the CSV header's normalised
    column names or the table's path, and how it is read: ``read(content, file,
    date_format, progress)``, where *content* is the parsed JSON, the
    :class:`~viewer.core.importers.csvfile.CsvTable` or the table's path."""

    name: str
    description: str
    text: Literal["json", "csv", "table"]
    recognise: Callable[[Any], bool]
    read: Callable[[Any, str, str | None, Progress | None], LoadResult]


def _is_ours(data: Any) -> bool:
    return isinstance(data, dict) and (
        data.get("format") == "timeline-viewer/1" or ("lanes" in data and "records" in data)
    )


def _is_timelinejs(data: Any) -> bool:
    return isinstance(data, dict) and "events" in data or timelinejs.is_timelinejs2_document(data)


REGISTRY: tuple[Format, ...] = (
    Format(
        arrow_table.PARQUET,
        "Parquet (file or partitioned folder)",
        "table",
        arrow_table.is_parquet,
        lambda path, file, date_format, progress: arrow_table.read_arrow_table(
            path, file, date_format, progress, arrow_table.PARQUET
        ),
    ),
    Format(
        arrow_table.ARROW,
        "Arrow IPC / Feather",
        "table",
        arrow_table.is_arrow,
        lambda path, file, date_format, progress: arrow_table.read_arrow_table(
            path, file, date_format, progress, arrow_table.ARROW
        ),
    ),
    Format(
        "timeline-viewer",
        "timeline viewer JSON",
        "json",
        _is_ours,
        lambda data, file, _, progress: load_document(data, file, progress),
    ),
    Format(
        timelinejs.FORMAT_JSON,
        "TimelineJS JSON",
        "json",
        _is_timelinejs,
        lambda data, file, date_format, progress: timelinejs.read_timelinejs_json(
            data, file, date_format=date_format, progress=progress
        ),
    ),
    Format(
        vis.FORMAT,
        "vis-timeline JSON",
        "json",
        vis.is_vis_document,
        lambda data, file, date_format, progress: vis.read_vis(
            data, file, date_format=date_format, progress=progress
        ),
    ),
    Format(
        timelinejs.FORMAT_CSV,
        "TimelineJS spreadsheet (CSV)",
        "csv",
        timelinejs.is_timelinejs_header,
        lambda table, file, date_format, progress: timelinejs.read_timelinejs_csv(
            table, file, date_format=date_format, progress=progress
        ),
    ),
    Format(
        plaincsv.FORMAT,
        "CSV",
        "csv",
        plaincsv.is_plain_header,
        lambda table, file, date_format, progress: plaincsv.read_plain_csv(
            table,
            file,
            date_format=date_format,
            progress=progress,
            column_reader=arrow_columns.read_csv_table,
        ),
    ),
)
"""Every format, in the order they are tried: the first whose ``recognise`` is true reads
the file. Our own format is also read straight from UTF-8 bytes when they fit
(:func:`viewer.core.loading.decode_document`), before any other is tried."""

#: Format names and their descriptions, as reported in :attr:`LoadResult.format`.
FORMATS: dict[str, str] = {f.name: f.description for f in REGISTRY}
_BY_NAME = {f.name: f for f in REGISTRY}

_JSON_EXTENSIONS = frozenset({".json", ".geojson", ".js"})
_CSV_EXTENSIONS = frozenset({".csv", ".tsv", ".txt", ".tab"})
_FIRST_CHARACTER = re.compile(r"\s*(\S)")
_FIRST_BYTE = re.compile(rb"(?:\xef\xbb\xbf)?[ \t\r\n]*(.)", re.DOTALL)


def _is_json_text(text: str, file: str) -> bool:
    suffix = Path(file).suffix.lower()
    if suffix in _JSON_EXTENSIONS:
        return True
    if suffix in _CSV_EXTENSIONS:
        return False
    first = _FIRST_CHARACTER.match(text)  # not lstrip(), which would copy the text
    return first is not None and first.group(1) in ("{", "[")


def _may_be_ours(raw: bytes, file: str) -> bool:
    """Whether *raw* is worth decoding straight from bytes as our own JSON format
    (:func:`viewer.core.loading.decode_document`: a file of another format fails at its
    first key, so a wrong guess costs little)."""
    suffix = Path(file).suffix.lower()
    if suffix in _CSV_EXTENSIONS:
        return False
    first = _FIRST_BYTE.match(raw)
    return suffix in _JSON_EXTENSIONS or (first is not None and first.group(1) == b"{")


def _json_format(data: Any, file: str) -> str:
    for fmt in REGISTRY:
        if fmt.text == "json" and fmt.recognise(data):
            return fmt.name
    if isinstance(data, dict) and data:
        shape = translate("Load", "an object with keys {keys}").format(
            keys=", ".join(sorted(map(str, data))[:6])
        )
    elif isinstance(data, list) and not data:  # "found an array" read as a contradiction
        shape = translate("Load", "an empty array")
    elif isinstance(data, dict):
        shape = translate("Load", "an empty object")
    else:
        shape = json_kind(data)
    raise LoadError(
        translate(
            "Load",
            "{file}: JSON, but not a timeline format this viewer reads (found {shape}); "
            "expected 'records' (timeline viewer), 'events' (TimelineJS), 'timeline' with "
            "'date' (TimelineJS 2) or an array of items with 'start' (vis-timeline)",
        ).format(file=file, shape=shape)
    )


def _csv_format(keys: set[str], header: tuple[str, ...], line: int, file: str) -> str:
    for fmt in REGISTRY:
        if fmt.text == "csv" and fmt.recognise(keys):
            return fmt.name
    shown = ", ".join(h for h in header[:8] if h) or translate("Load", "none", "no columns")
    raise LoadError(
        translate(
            "Load",
            "{file}: line {line}: CSV columns not recognised (found {columns}); expected a "
            "'start' column (plain CSV) or TimelineJS's 'Year' and 'Headline'",
        ).format(file=file, line=line, columns=shown)
    )


def _parse(text: str, file: str) -> tuple[str, Any]:
    """(format name, parsed JSON or :class:`CsvTable`) of decoded *text*."""
    if _is_json_text(text, file):
        data = parse_json(text, file)
        return _json_format(data, file), data
    table = read_csv(text, file)
    keys = {normalise(h) for h in table.header if h}
    return _csv_format(keys, table.header, table.header_line, file), table


def detect_format(text: str, file: str) -> str:
    """The format of decoded *text* named *file*: a key of :data:`FORMATS`.

    The extension decides between JSON (``.json``) and CSV (``.csv``, ``.tsv``, ``.txt``);
    for other names the first character does (``{`` or ``[`` is JSON). Then the content
    decides: ``records`` and ``lanes`` (ours), ``events`` (TimelineJS), ``timeline`` with
    ``date`` (TimelineJS 2), items with ``start`` (vis-timeline); TimelineJS's
    ``Year``/``Headline`` header, or a ``start`` column.

    Raises
    ------
    LoadError
        Invalid JSON, or content of none of the formats.
    """
    return _parse(text, file)[0]


def load_bytes(
    raw: bytes, file: str, *, date_format: str | None = None, progress: Progress | None = None
) -> LoadResult:
    """Load the content *raw* of a file named *file* (see :func:`load_any`).

    Raises
    ------
    LoadError
        See :func:`load_any`.
    LoadCancelled
        When *progress* raises it.
    """
    _check_date_format(date_format)
    if progress is not None:
        progress(0, 0)
    try:
        if _may_be_ours(raw, file):
            doc = decode_document(raw)
            result = None if doc is None else load_decoded(doc, file, progress)
            if result is not None:
                return _with_doubled_keys(result, raw, file)
        return _load_text(decode(raw, file), file, date_format, progress)
    except LoadError as exc:
        raise with_doubled_key_note(exc, raw) from None


def _with_doubled_keys(result: LoadResult, content: str | bytes, file: str) -> LoadResult:
    """*result* of the JSON *content* of *file*, with a warning for each key it gives more
    than once in one object (see :func:`viewer.core.loading.doubled_key_problems`)."""
    problems = doubled_key_problems(content, file)
    if not problems:
        return result
    return dataclasses.replace(result, problems=result.problems + tuple(problems))


def _check_date_format(date_format: str | None) -> None:
    if date_format is not None and date_format not in DATE_FORMATS:
        raise LoadError(
            translate("Load", "unknown date format {value} (use DMY or MDY)").format(
                value=repr(date_format)
            )
        )


def _load_text(
    text: str, file: str, date_format: str | None, progress: Progress | None
) -> LoadResult:
    """:func:`_load_general` of the decoded *text*."""
    if _is_json_text(text, file):
        data = parse_json(text, file)
        fmt = _json_format(data, file)
        result = with_clean_text(
            data, text, file, lambda clean: _load_json(fmt, clean, file, date_format, progress)
        )
        return _with_doubled_keys(result, text, file)
    text, bad_lines = clean_lines(text)
    fmt, content = _parse(text, file)
    result = _load_csv(fmt, content, file, date_format, progress)
    if not bad_lines:
        return result
    return dataclasses.replace(
        result, problems=result.problems + tuple(bad_line_problems(content, bad_lines, file))
    )


def _load_json(
    fmt: str, content: Any, file: str, date_format: str | None, progress: Progress | None
) -> LoadResult:
    return _BY_NAME[fmt].read(content, file, date_format, progress)


def _load_csv(
    fmt: str, content: CsvTable, file: str, date_format: str | None, progress: Progress | None
) -> LoadResult:
    date_format = date_format or declared_date_format(content, file)
    return _BY_NAME[fmt].read(content, file, date_format, progress)


def load_any(
    path: str | Path, *, date_format: str | None = None, progress: Progress | None = None
) -> LoadResult:
    """Read a timeline file in any supported format, record by record.

    Parameters
    ----------
    path : str or Path
        The file (or a folder of Parquet files); opened for reading only.
    date_format : "DMY", "MDY" or None
        Declared order of day and month for slash dates (``03/04/1923``); without it they
        are errors, never guessed.
    progress : callable, optional
        ``progress(done, total)`` in records (total 0 while unknown); may raise
        :class:`LoadCancelled`.

    Returns
    -------
    LoadResult
        The valid records (as a frozen dataset), the problems, and the format name.

    Raises
    ------
    LoadError
        The file is missing or unreadable, empty, not in an encoding we read (UTF-8,
        or UTF-16/32 with a byte-order mark), not valid JSON, or in no supported format;
        a Parquet or Arrow file pyarrow cannot read, or a column of a type that is not
        text, number, date or list.
    LoadCancelled
        When *progress* raises it.
    """
    path = Path(path)
    _check_date_format(date_format)
    if progress is not None:
        progress(0, 0)
    for fmt in REGISTRY:
        if fmt.text == "table" and fmt.recognise(path):
            return fmt.read(path, str(path), date_format, progress)
    if path.is_dir():  # the only folders read are tables of Parquet files
        raise LoadError(arrow_table.folder_without_parquet(str(path)))
    try:
        if path.suffix.lower() not in _CSV_EXTENSIONS:
            # The bytes are only an argument: a large file's bytes go once its records are
            # decoded (a small one's are read again for keys given twice).
            doc = decode_document(read_bytes(path))
            result = None if doc is None else load_decoded(doc, str(path), progress)
            if result is not None:
                small = path.stat().st_size <= MOST_BYTES
                return _with_doubled_keys(result, read_bytes(path) if small else b"", str(path))
        # The bytes are only an argument of decode(): they go as soon as the text is made.
        return _load_text(decode(read_bytes(path), str(path)), str(path), date_format, progress)
    except LoadError as exc:
        if path.suffix.lower() in _CSV_EXTENSIONS or not path.is_file():
            raise
        if path.stat().st_size > MOST_BYTES:
            raise
        raise with_doubled_key_note(exc, read_bytes(path)) from None
