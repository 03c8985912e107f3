"""Parquet files, partitioned Parquet folders and Arrow IPC (Feather) files, read with pyarrow.

The columns are those of plain CSV (:mod:`viewer.core.importers.plaincsv`: ``id``,
``title``, ``start``, ``end``, ``lane``, ``kind``, ``status``, ``place``, ``people``,
``summary``, ``sources``...), read by the same mapping. Each column is converted once, for
the whole table (vectorised, :mod:`pyarrow.compute`), to the text a CSV cell would hold:

- text as it is; numbers and booleans as their text; nulls as empty cells;
- ``date32``/``date64`` as ``YYYY-MM-DD``; timestamps as the calendar day of their own
  zone (the wall-clock date where the time was noted; naive timestamps as they are), at
  day precision, without time zones (a day beyond the years -9999 to 9999 is refused,
  named as numpy writes it); text dates are EDTF, as in CSV;
- lists (``people``, ``sources``, ``related``) as their items, each whole (a ``;`` or a
  space in an item does not split it; a null or empty item is left out), each after the
  mark :data:`~viewer.core.importers.drafts.LIST_ITEM` that plain CSV's readers split at;
- dictionary-encoded columns (hive partition columns) as their values;
- as a CSV reader reads a cell: surrounding spaces stripped (not a list's items, which
  :func:`~viewer.core.importers.drafts.split_list` strips), and each control character
  replaced by ``�`` with a warning naming the row, its id and the column
  (:func:`~viewer.core.importers.arrow_text.bad_text_problems`).

A folder is a partitioned dataset: every ``*.parquet`` file below it, in name order, with
hive partition folders (``lane=Missions/part-0.parquet``) giving columns. Rows are
reported as ``row N``, a folder's as ``lane=Missions/part-0.parquet, row N``: the 1-based
row within its file (from the files' footers, :func:`_folder_parts`).

Pure Python: no Qt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    import pyarrow as pa

from viewer.core.assembly import ROW, LoadResult, Problem, part_row
from viewer.core.encoding import (
    ARROW_MAGICS,
    ARROW_STREAM_MAGIC,
    MAX_FILE_BYTES,
    PARQUET_MAGIC,
    cannot_read,
    too_large,
)
from viewer.core.errors import LoadError, Progress
from viewer.core.i18n import translate
from viewer.core.importers import plaincsv
from viewer.core.importers.arrow_columns import read_plain_table
from viewer.core.importers.arrow_text import (
    UnreadableColumn,
    bad_text_problems,
    hand_back_memory,
    is_list_type,
    scalar_text,
    table_meta,
    text_column,
)
from viewer.core.importers.csvfile import CsvRow, CsvTable, normalise

PARQUET = "parquet"
ARROW = "arrow"


def _head_and_tail(path: Path) -> tuple[bytes, bytes]:
    """The first 8 and last 4 bytes of a regular file (nothing of a pipe, a device or a
    socket: reading those could block or never end; the text readers refuse them)."""
    try:
        if not path.is_file():
            return b"", b""
        with path.open("rb") as fh:
            head = fh.read(8)
            if len(head) < 8:
                return head, b""
            fh.seek(-4, 2)
            return head, fh.read(4)
    except OSError:
        return b"", b""


def _parquet_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*.parquet")
        if p.is_file()
        and not any(part.startswith((".", "_")) for part in p.relative_to(folder).parts)
    )


def is_parquet(path: Path) -> bool:
    """Whether *path* is a Parquet file (``PAR1`` at its start and end) or a folder holding
    ``*.parquet`` files."""
    if path.is_dir():
        return bool(_parquet_files(path))
    head, tail = _head_and_tail(path)
    return head.startswith(PARQUET_MAGIC) and tail == PARQUET_MAGIC


def is_arrow(path: Path) -> bool:
    """Whether *path* is an Arrow IPC file (``ARROW1``; Feather v2), an Arrow IPC stream
    or a Feather v1 file."""
    if path.is_dir():
        return False
    head, _ = _head_and_tail(path)
    return head.startswith(ARROW_MAGICS) or _is_stream(head)


def _is_stream(head: bytes) -> bool:
    """Whether the first bytes *head* of a file are an Arrow IPC stream's: the
    continuation marker, then the first message's length (positive)."""
    return (
        head.startswith(ARROW_STREAM_MAGIC)
        and len(head) >= 8
        and 0 < int.from_bytes(head[4:8], "little") < 2**31
    )


def folder_without_parquet(file: str) -> str:
    """The message of a folder *file* opened that holds no Parquet file (the only folders
    read are tables of them)."""
    return translate("Load", "{file}: a folder without Parquet files (*.parquet)").format(file=file)


def _check_size(file: str, files: list[Path]) -> None:
    try:
        size = sum(p.stat().st_size for p in files)
    except OSError as exc:
        raise LoadError(cannot_read(file, exc)) from None
    if size > MAX_FILE_BYTES:
        raise LoadError(too_large(file, size))


def read_table(path: Path) -> pa.Table:
    """The whole table of the Parquet file or folder, or Arrow IPC / Feather file, *path*.

    Raises
    ------
    LoadError
        Larger than :data:`~viewer.core.encoding.MAX_FILE_BYTES` (a folder: its Parquet
        files together), a folder without Parquet files, or a file pyarrow cannot read.
    """
    import pyarrow as pa  # here, not at import: start-up time for everyone else

    file = str(path)
    files = _parquet_files(path) if path.is_dir() else [path]
    if not files:
        raise LoadError(folder_without_parquet(file))
    _check_size(file, files)
    try:
        if path.is_dir():
            import pyarrow.dataset as ds

            # The folder names' values as text: pyarrow's guess of their type failed on
            # a folder whose every lane is null (lane=__HIVE_DEFAULT_PARTITION__ only).
            keys = dict.fromkeys(
                part.split("=", 1)[0]
                for p in files
                for part in p.relative_to(path).parts[:-1]
                if "=" in part
            )
            import pyarrow.parquet as pq

            partitioning = ds.partitioning(
                pa.schema([(key, pa.string()) for key in keys]), flavor="hive"
            )
            schemas = [pq.read_schema(p) for p in files]
            differ = _differing_columns(schemas)
            if differ:
                return _read_parts_as_text(path, files, schemas, partitioning, keys, differ)
            # Every file's columns: a column only later files hold was dropped without a
            # word (pyarrow takes the first file's schema), its values read as empty. Text
            # and lists in their large forms (pandas' and polars') are the same column.
            schema = _with_keys(pa.unify_schemas(schemas, promote_options="permissive"), keys)
            dataset = ds.dataset(
                [str(p) for p in files],
                schema=schema,
                format="parquet",
                partitioning=partitioning,
                partition_base_dir=str(path),
            )
            return dataset.to_table()
        if is_arrow(path):
            if _is_stream(_head_and_tail(path)[0]):
                with pa.OSFile(str(path)) as source:  # read, not mapped: kept after close
                    return pa.ipc.open_stream(source).read_all()
            import pyarrow.feather as feather

            return feather.read_table(str(path))
        import pyarrow.parquet as pq

        return pq.read_table(str(path))
    except (pa.ArrowException, OSError, ValueError) as exc:
        found = _folder_problem(path, files) if path.is_dir() else None
        if found is not None:
            raise LoadError(found) from None
        text = (
            translate("Load", "{file}: not a readable Arrow / Feather file ({reason})")
            if is_arrow(path)
            else translate("Load", "{file}: not a readable Parquet file ({reason})")
        )
        raise LoadError(text.format(file=file, reason=exc)) from None


def _with_keys(schema: pa.Schema, keys: Iterable[str]) -> pa.Schema:
    """*schema* with a text field for each partition key (a folder name's ``key=``) it
    lacks."""
    import pyarrow as pa

    for key in keys:
        if key not in schema.names:
            schema = schema.append(pa.field(key, pa.string()))
    return schema


def _differing_columns(schemas: list[pa.Schema]) -> set[str]:
    """The columns that the files of *schemas* give with different types, each type of a
    value (text, a number, a date, a timestamp): read as text in each file, as each file
    alone is read (a folder of files that disagreed on a type, date32 in one, text in
    another, was refused: a trial). Columns whose types differ otherwise (a list in one
    file) are not among them: the folder is then refused, naming the files."""

    types: dict[str, set[pa.DataType]] = {}
    for schema in schemas:
        for field in schema:
            types.setdefault(field.name, set()).add(_read_as(field.type))
    differ = {name for name, found in types.items() if len(found) > 1}
    if not all(_is_value(t) for name in differ for t in types[name]):
        return set()
    return differ


def _is_value(t: pa.DataType) -> bool:
    """Whether a column of type *t* holds one value a cell that :func:`scalar_text` reads
    as text (not a list, a struct or bytes)."""
    import pyarrow as pa

    if pa.types.is_dictionary(t):
        t = t.value_type
    return not (is_list_type(t) or pa.types.is_nested(t) or pa.types.is_binary(t))


def _read_parts_as_text(
    folder: Path,
    files: list[Path],
    schemas: list[pa.Schema],
    partitioning: Any,
    keys: Iterable[str],
    differ: set[str],
) -> pa.Table:
    """The table of the Parquet *files* of *folder* (their *schemas*; partition folders
    read by *partitioning*, whose *keys* are text), read one file at a time, in order, the
    columns that *differ* converted to text in each (:func:`scalar_text`), then joined.

    Raises
    ------
    LoadError
        A column that cannot be read as text, named with its file.
    """
    import pyarrow as pa
    import pyarrow.dataset as ds

    tables = []
    for path, schema in zip(files, schemas):
        one = ds.dataset(
            [str(path)],
            schema=_with_keys(schema, keys),
            format="parquet",
            partitioning=partitioning,
            partition_base_dir=str(folder),
        ).to_table()
        part = f"{folder}: {path.relative_to(folder)}"
        for name in differ & set(one.column_names):
            at = one.schema.get_field_index(name)
            try:
                text = scalar_text(one.column(name), name, part)
            except UnreadableColumn as exc:
                raise LoadError(str(exc)) from None
            one = one.set_column(at, pa.field(name, pa.string()), text)
        tables.append(one)
    return pa.concat_tables(tables, promote_options="permissive")


def _read_as(t: pa.DataType) -> pa.DataType:
    """*t* with text and lists in their large forms as the plain ones (``large_string`` is
    ``string``): what pyarrow joins from two files without a word. A dictionary and its
    values, or a view and its text (``string_view``), do not join: each file's is read as
    text (a folder of ``string`` and ``string_view`` files was refused: a trial)."""
    import pyarrow as pa

    if pa.types.is_large_string(t):
        return pa.string()
    if pa.types.is_large_binary(t):
        return pa.binary()
    if is_list_type(t):
        return pa.list_(_read_as(t.value_type))
    return t


def _folder_problem(folder: Path, files: list[Path]) -> str | None:
    """Why the Parquet files of *folder* cannot be read as one table, naming the files: one
    that is not a readable Parquet file, or a column two of them give different types
    (pyarrow's own message named neither). ``None`` when neither is found. Reads each
    file's schema (its footer) only."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    seen: dict[str, tuple[pa.DataType, Path]] = {}
    for part in files:
        name = str(part.relative_to(folder))
        try:
            schema = pq.read_schema(str(part))
        except (pa.ArrowException, OSError, ValueError) as exc:
            return translate(
                "Load", "{file}: {part}: not a readable Parquet file ({reason})"
            ).format(file=folder, part=name, reason=exc)
        for field in schema:
            first = seen.setdefault(field.name, (field.type, part))
            # Not large_string and string, nor two values read as text (_differing_columns)
            if _read_as(first[0]) != _read_as(field.type) and not (
                _is_value(first[0]) and _is_value(field.type)
            ):
                return translate(
                    "Load",
                    "{file}: its Parquet files disagree on column {column}: {type} in {part}, "
                    "{other} in {other_part}",
                ).format(
                    file=folder,
                    column=repr(field.name),
                    type=first[0],
                    part=first[1].relative_to(folder),
                    other=field.type,
                    other_part=name,
                )
    return None


def table_to_csv(
    table: pa.Table, file: str, parts: tuple[tuple[int, str], ...] = ()
) -> tuple[CsvTable, list[Problem]]:
    """*table* as the :class:`CsvTable` plain CSV reads, and the warnings of its columns
    of a type that cannot be read as text (ignored, but ``start``), and of its cells that
    held characters that are not text (:func:`bad_text_problems`; a CSV file's are found
    as its lines are read): each row's ``line`` is its 1-based
    row number. Only columns plain CSV reads are converted (others stay empty: the reader
    reports them as unknown). The rows are made as they are read, a block at a time, from
    the converted columns (a million rows made at once, as Python strings in dicts, took
    more than a gigabyte).

    The table's metadata keys ``title``, ``description`` and ``as_of`` are read as a
    CSV's ``# key:`` lines.

    Raises
    ------
    LoadError
        The ``start`` column of a type that is not text, number, date, timestamp or
        list.
    """
    header = tuple(table.column_names)
    keys = [normalise(name) for name in header]
    columns: list[pa.Array] = []
    read_keys: list[str] = []
    bad: dict[str, npt.NDArray[np.int64]] = {}
    ignored: list[Problem] = []
    ids = None
    for name, key, column in zip(header, keys, table.columns):
        if plaincsv.column_of(name) is None or key in read_keys:
            continue
        try:
            found = text_column(column, name, file)
        except UnreadableColumn as exc:
            if plaincsv.column_of(name) == "start":
                raise  # no record could be placed
            if exc.zone is not None:
                message = translate(
                    "Load",
                    "column {column} gives its times in the time zone {zone}, which is not "
                    "known; ignored",
                ).format(column=repr(name), zone=repr(exc.zone))
            else:
                #: {column}: a column's name; {type}: its type in pyarrow's words.
                message = translate(
                    "Load", "column {column} holds {type}, which cannot be read as text; ignored"
                ).format(column=repr(name), type=exc.type_name)
            ignored.append(Problem("warning", file, None, None, name, message))
            continue
        read_keys.append(key)
        columns.append(found.cells)
        if len(found.bad_rows):
            bad[name] = found.bad_rows
        if plaincsv.column_of(name) == "id":
            ids = found.cells
    table_rows = _TableRows(tuple(read_keys), columns, table.num_rows)
    csv = CsvTable(
        header=header, header_line=0, rows=table_rows, meta=table_meta(table), parts=parts
    )
    return csv, ignored + bad_text_problems(file, bad, ids)


class _TableRows(Sequence[CsvRow]):
    """The rows of a table's text columns (*keys* name them), made when read: iteration
    converts :data:`BLOCK` rows at a time."""

    BLOCK = 1 << 14

    def __init__(self, keys: tuple[str, ...], columns: list[pa.Array], n: int) -> None:
        self._keys, self._columns, self._n = keys, columns, n

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> CsvRow: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[CsvRow]: ...
    def __getitem__(self, i: int | slice) -> CsvRow | Sequence[CsvRow]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError("row index out of range")
        return CsvRow(i + 1, {k: c[i].as_py() for k, c in zip(self._keys, self._columns)})

    def __iter__(self) -> Iterator[CsvRow]:
        keys = self._keys
        for first in range(0, self._n, self.BLOCK):
            count = min(self.BLOCK, self._n - first)
            cells = [c.slice(first, count).to_pylist() for c in self._columns]
            for number, row in enumerate(zip(*cells) if cells else [()] * count, start=first + 1):
                yield CsvRow(number, dict(zip(keys, row)))


def read_arrow_table(
    path: Path,
    file: str,
    date_format: str | None = None,
    progress: Progress | None = None,
    fmt: str = PARQUET,
) -> LoadResult:
    """Read the Parquet file or folder, or Arrow / Feather file, *path* (named *file* in
    messages) as plain CSV columns (see the module docstring); *fmt* names the format in
    the result.

    Raises
    ------
    LoadError
        See :func:`read_table` and :func:`table_to_csv`; or no ``start`` column.
    """
    try:
        whole = read_table(path)
        parts = _folder_parts(path) if path.is_dir() else ()
        result = read_plain_table(
            whole,
            file,
            fmt,
            progress,
            odd_cells=lambda rows: [
                row.cells for row in table_to_csv(whole.take(rows), file)[0].rows
            ],
            date_format=date_format,
            parts=parts,
        )
        if result is None:
            table, warnings = table_to_csv(whole, file, parts)
            del whole
            result = plaincsv.read_plain_csv(
                table, file, date_format=date_format, progress=progress, location="row", fmt=fmt
            )
            del table
            if warnings:
                result = dataclasses.replace(result, problems=(*warnings, *result.problems))
        else:
            del whole  # before its memory is handed back
        if parts:  # what the rows of the whole table said, by file (bad text)
            result = dataclasses.replace(
                result, problems=tuple(_in_part(p, parts) for p in result.problems)
            )
        if path.is_dir():
            shadowed = _shadowed_columns(path)
            if shadowed:
                result = dataclasses.replace(result, problems=(*shadowed, *result.problems))
        return result
    finally:
        hand_back_memory()


def _shadowed_columns(folder: Path) -> list[Problem]:
    """A warning for each column of *folder*'s first Parquet file that a partition folder
    name (``lane=B``) also gives: pyarrow reads the folder's value and drops the file's,
    which went unsaid (a new user's finding). Reads one file's footer."""
    import pyarrow.parquet as pq

    files = _parquet_files(folder)
    if not files:
        return []
    keys = {
        part.split("=", 1)[0] for part in files[0].relative_to(folder).parts[:-1] if "=" in part
    }
    try:
        names = pq.read_schema(files[0]).names
    except (OSError, ValueError, ArithmeticError):
        return []
    message = translate(
        "Load",
        "the files' own column {column} is not read: its values come from the folder "
        "names ({name}=...)",
    )
    return [
        Problem(
            "warning", str(folder), None, None, name, message.format(column=repr(name), name=name)
        )
        for name in names
        if name in keys
    ]


def _folder_parts(folder: Path) -> tuple[tuple[int, str], ...]:
    """The Parquet files of *folder* in the order they are read (:func:`read_table`), each
    as (its first row in the table, its path within the folder); from their footers."""
    import pyarrow.parquet as pq

    parts: list[tuple[int, str]] = []
    first = 0
    for path in _parquet_files(folder):
        parts.append((first, path.relative_to(folder).as_posix()))
        first += pq.read_metadata(str(path)).num_rows
    return tuple(parts)


def _in_part(problem: Problem, parts: tuple[tuple[int, str], ...]) -> Problem:
    """*problem*, when it names a row of the whole table, naming it in its file."""
    if problem.collection != ROW or problem.index is None:
        return problem
    index, collection = part_row(parts, problem.index)
    return dataclasses.replace(problem, index=index, collection=collection)
