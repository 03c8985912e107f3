"""The one assembly step of every load: the rules records of every format share.

Each reader (:mod:`viewer.core.loading` for our own format, the importers through
:func:`viewer.core.importers.drafts.assemble`) goes through its records in file order and
asks an :class:`Assembly` whether each id is new and each lane known; the assembly then
turns references to unknown records into warnings, reads ``as_of`` and makes the
:class:`LoadResult`. The values of a load (:class:`Problem`, :class:`LoadResult`) live here.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol, cast

from viewer.core.dates import DateError, EdtfDate, parse_edtf, shown
from viewer.core.display_text import invisible_id_messages
from viewer.core.errors import Progress, one_line
from viewer.core.i18n import date_words, translate
from viewer.core.records import Dataset, Lane, Record
from viewer.core.textcheck import REPLACEMENT

if TYPE_CHECKING:
    from viewer.core.columns import RecordColumns

__all__ = [
    "LISTED_PER_FIELD",
    "PROGRESS_EVERY",
    "Assembly",
    "FieldError",
    "LoadResult",
    "Problem",
    "Problems",
    "Where",
]

#: Records between two progress reports.
PROGRESS_EVERY = 500


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found while loading.

    ``index`` is the 0-based position of the record in the file's array of records
    (``records`` in our own format; ``collection`` names another array, such as TimelineJS
    ``eras`` or vis-timeline ``groups``); ``line`` is the 1-based line of the file where
    the record starts (CSV). Both are ``None`` for file-level problems. ``field`` is a JSON
    path inside the record, or a column name for CSV.
    """

    severity: Literal["error", "warning"]
    file: str
    index: int | None
    record_id: str | None
    field: str
    message: str
    line: int | None = None
    collection: str = ""
    title: str = ""
    """The record's title where the file gives it no id (a TimelineJS event, a row of a
    CSV file without ids): "events #137" alone sent the reader counting."""
    stands_for: int = 1
    """How many problems this one counts for: more than one for a line that sums up those
    not listed (see :class:`Problems`)."""

    @property
    def location(self) -> str:
        """Where in the file, in the reader's words and digits: ``line 12``, ``record 3``,
        ``eras #2`` or ``""``; then the record's :attr:`title` when it has no id
        (``events #4 ('Vienna congress')``), shown literally and cut to 40 characters."""
        place = self._place()
        if place and self.title and not self.record_id:
            return f"{place} ({shown(self.title)})"
        return place

    def _place(self) -> str:
        digits = date_words().number
        if self.line is not None:
            return translate("Load", "line {number}").format(number=digits(self.line, False))
        if self.index is None:
            return ""
        if self.collection == ROW:
            return translate("Load", "row {number}").format(number=digits(self.index + 1, False))
        part = _part_of(self.collection)
        if part is not None:
            #: {part}: a file of a partitioned Parquet folder; {number}: a row in that file.
            return translate("Load", "{part}, row {number}").format(
                part=part, number=digits(self.index + 1, False)
            )
        if self.collection:
            return f"{self.collection}{_number_mark(self.collection)}{self.index + 1}"
        return translate("Load", "record {number}").format(number=digits(self.index + 1, False))

    def __str__(self) -> str:
        """One line (see :func:`~viewer.core.errors.one_line`): ``error: FILE, line 3 (id
        'x'), field 'start': REASON``."""
        where = self.file
        if self.location:
            where += f", {self.location}"
        if self.record_id:
            where += f" (id {shown(self.record_id, 60)})"
        if self.field:
            where += f", field {self.field!r}"
        return one_line(f"{self.severity}: {where}: {self.message}")

    def in_words(self) -> str:
        """The problem in the reader's words on one line, without its file or severity
        (the window names them around it): ``line 3, id 'x', field 'start': REASON``, the
        load report's columns in a line. ``str(problem)`` is the command line's English,
        which a message box of the French or Arabic window quoted (a trial)."""
        parts = [self.location] if self.location else []
        if self.record_id:
            parts.append(translate("Load", "id {id}").format(id=shown(self.record_id, 60)))
        if self.field:
            parts.append(translate("Load", "field {field}").format(field=repr(self.field)))
        if not parts:
            return one_line(self.message)
        between = translate("Load", ", ", "between the parts of where a problem is")
        #: {where}: the line or record, id and field; {reason}: what is wrong there.
        text = translate("Load", "{where}: {reason}").format(
            where=between.join(parts), reason=self.message
        )
        return one_line(text)


@dataclass(frozen=True)
class LoadResult:
    """A dataset of the valid records and the problems met on the way; *format* names the
    format the file was read as (see :data:`viewer.core.importers.REGISTRY`)."""

    dataset: Dataset
    problems: tuple[Problem, ...]
    format: str = "timeline-viewer"
    unlisted_errors: int = 0
    """Records refused without their problems being listed, beyond the first
    :data:`LISTED_ERROR_RECORDS`; one file-level problem among *problems* says how many."""

    @property
    def errors(self) -> list[Problem]:
        """Problems of severity ``error`` (each one cost a record)."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def error_count(self) -> int:
        """The errors to report: those listed, and those a line that sums them up stands
        for (:attr:`Problem.stands_for`)."""
        return sum(p.stands_for for p in self.problems if p.severity == "error")

    @property
    def warning_count(self) -> int:
        """The warnings to report, counted as :attr:`error_count` counts errors."""
        return sum(p.stands_for for p in self.problems if p.severity == "warning")


LISTED_PER_FIELD = 100
"""Problems listed one by one for each severity and field; the others of a load are
counted, in one line each (:class:`Problems`)."""


class Problems(list[Problem]):
    """A load's problems, listed up to :data:`LISTED_PER_FIELD` of each severity and field,
    then up to as many more whose reason differs from every one listed of that field (a
    different problem after a hundred of the same was never shown, a trial), the others
    only counted (a million rows without an id made a million warnings: the window took
    100 s and 7 GB to show them, a trial). Appending is :meth:`append`, :meth:`extend` or
    ``+=``; :meth:`summed_up` gives the lines that count those not listed. A problem that
    already stands for others (:attr:`Problem.stands_for`) is always listed."""

    def __init__(self, problems: Iterable[Problem] = ()) -> None:
        super().__init__()
        self._seen: dict[tuple[Literal["error", "warning"], str], int] = {}
        self._listed: dict[tuple[Literal["error", "warning"], str], set[str]] = {}
        self._unlisted: dict[tuple[Literal["error", "warning"], str], int] = {}
        self.extend(problems)

    def append(self, problem: Problem) -> None:
        """Keep *problem*, or count it when its severity and field have their fill."""
        if problem.stands_for > 1:
            super().append(problem)
            return
        key = (problem.severity, problem.field)
        seen = self._seen[key] = self._seen.get(key, 0) + 1
        reasons = self._listed.setdefault(key, set())
        if seen <= LISTED_PER_FIELD or (
            len(reasons) < 2 * LISTED_PER_FIELD and problem.message not in reasons
        ):
            reasons.add(problem.message)
            super().append(problem)
        else:
            self._unlisted[key] = self._unlisted.get(key, 0) + 1

    def extend(self, problems: Iterable[Problem]) -> None:
        """:meth:`append` each of *problems*."""
        for problem in problems:
            self.append(problem)

    def __iadd__(self, problems: Iterable[Problem]) -> Problems:  # type: ignore[override,misc]
        self.extend(problems)
        return self

    def summed_up(self, file: str) -> list[Problem]:
        """One problem of *file* for each severity and field with problems not listed,
        counting them."""
        found = []
        for (severity, field_name), more in self._unlisted.items():
            #: Problems of one field beyond those listed, {count} of them.
            message = translate("Load", "… and {count} more of this field, not listed").format(
                count=date_words().number(more, True)
            )
            found.append(Problem(severity, file, None, None, field_name, message, stands_for=more))
        return found


class FieldError(Exception):
    """A field of a record that the schema accepts but that means nothing (a date that
    does not exist, an end before the start)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class Located(Protocol):
    """Where a record of an imported file came from (see
    :class:`viewer.core.importers.drafts.Draft`)."""

    @property
    def index(self) -> int | None: ...
    @property
    def line(self) -> int | None: ...
    @property
    def collection(self) -> str: ...
    @property
    def title(self) -> str: ...


Where = int | Located
"""Where a record is in its file: its index in our format's ``records``, or the place an
importer noted (line, or index in a named array)."""


def where_text(where: Where) -> str:
    """``by record 4`` (our format) or ``at line 3``, ``at events #2``, ``at record #4``."""
    # In the reader's digits, as the load report's own columns write them (a line's and a
    # record's were 0-9 in Arabic, beside a row's in Arabic-Indic digits).
    digits = date_words().number
    if isinstance(where, int):
        return translate("Load", "by record {number}").format(number=digits(where + 1, False))
    if where.line is not None:
        return translate("Load", "at line {number}").format(number=digits(where.line, False))
    if where.index is None:
        return "at ?"
    if where.collection == ROW:
        return translate("Load", "at row {number}").format(number=digits(where.index + 1, False))
    part = _part_of(where.collection)
    if part is not None:
        return translate("Load", "at {part}, row {number}").format(
            part=part, number=digits(where.index + 1, False)
        )
    collection = where.collection or "record"
    return f"at {collection}{_number_mark(collection)}{where.index + 1}"


ROW = "row"
"""The collection of a table's rows (Parquet, Arrow): reported as ``row 5``, not ``#5``."""


def rows_of(part: str) -> str:
    """The collection of the rows of *part*, one file of a partitioned folder: reported as
    ``lane=B/part-0.parquet, row 2``, the row within that file."""
    return f"{ROW}\x00{part}"


def part_row(parts: Sequence[tuple[int, str]], row: int) -> tuple[int, str]:
    """Row *row* (0-based) of a table read from the files *parts* (each: its first row in
    the table, its path within the folder, in order) as (its row in its file, the
    collection of that file's rows, :func:`rows_of`)."""
    k = max(bisect.bisect_right(parts, row, key=lambda part: part[0]) - 1, 0)
    return row - parts[k][0], rows_of(parts[k][1])


def _part_of(collection: str) -> str | None:
    """The file of a collection made by :func:`rows_of`, else ``None``."""
    head, sep, part = collection.partition("\x00")
    return part if sep and head == ROW else None


def _number_mark(collection: str) -> str:
    return " " if collection == ROW else " #"


def _references(
    record_id: str, related: tuple[str, ...], about: tuple[str, ...], arrow: Any
) -> tuple[str, tuple[str, ...], tuple[str, ...], str | None, str | None]:
    """What :meth:`Assembly.result` checks of a record naming others: its id, ``related``,
    ``about``, and the ``from_record`` and ``to_record`` of *arrow* (``None`` for none)."""
    return record_id, related, about, arrow.from_record or None, arrow.to_record or None


class Assembly:
    """The rules every load applies, record by record in file order: ids are unique (the
    first use wins), lanes exist, references name loaded records; then ``as_of`` is read
    and the :class:`LoadResult` made (:meth:`result`).

    *problems* (appended to) holds the problems found so far, *total* the number of
    records, for *progress* (called every :data:`PROGRESS_EVERY` records, may raise
    ``LoadCancelled``).
    """

    def __init__(
        self,
        file: str,
        lanes: tuple[Lane, ...],
        problems: list[Problem],
        total: int,
        progress: Progress | None,
    ) -> None:
        self.file = file
        self.lanes = lanes
        self.problems = problems if isinstance(problems, Problems) else Problems(problems)
        self.total = total
        self._progress = progress
        self.lane_ids = frozenset(lane.id for lane in lanes)
        """The ids of *lanes*."""
        self.records: list[Record] = []
        self._where: dict[str, Where] = {}
        # (id, related, about, from_record, to_record) of each kept record naming others
        self._with_references: list[
            tuple[str, tuple[str, ...], tuple[str, ...], str | None, str | None]
        ] = []

    def problem(
        self,
        severity: Literal["error", "warning"],
        where: Where | None,
        record_id: str | None,
        field: str,
        message: str,
    ) -> None:
        """Note a problem of the record at *where* (``None``: of the file)."""
        if where is None or isinstance(where, int):
            self.problems.append(Problem(severity, self.file, where, record_id, field, message))
        else:
            self.problems.append(
                Problem(
                    severity,
                    self.file,
                    where.index,
                    record_id,
                    field,
                    message,
                    line=where.line,
                    collection=where.collection,
                    title=where.title,
                )
            )

    def progress(self, done: int) -> None:
        """Report *done* records when it is time to."""
        if self._progress is not None and done % PROGRESS_EVERY == 0:
            self._progress(done, self.total)

    def is_duplicate(self, record_id: str, where: Where) -> bool:
        """Whether *record_id* was loaded before; if so, an error says where."""
        first = self._where.get(record_id)
        if first is None:
            return False
        message = translate("Load", "duplicate id (first used {where})").format(
            where=where_text(first)
        )
        if REPLACEMENT in record_id:
            # Two ids that differed only in a control character ('a\x07', 'a\x1f') are the
            # same once each is replaced: say so, or the file seems to repeat an id it does not.
            message += translate(
                "Load",
                "; the two may have differed only in characters that are not text, each "
                "replaced by �",
            )
        self.problem("error", where, record_id, "id", message)
        return True

    def unknown_lane(self, lane: str | None) -> str | None:
        """The error for *lane* when it is not one of the file's lanes, else ``None``."""
        if lane is None or lane in self.lane_ids:
            return None
        return translate("Load", "unknown lane {lane}").format(lane=repr(lane))

    def add(self, record: Record, where: Where) -> None:
        """Keep *record* (its id is new, its lane known)."""
        self.keep(record.id, where, record.related, record.about, record)
        self.records.append(record)

    def keep(
        self,
        record_id: str,
        where: Where,
        related: tuple[str, ...],
        about: tuple[str, ...],
        arrow: Any,
    ) -> None:
        """Note a record kept (by :meth:`add`, or by a loader that makes its records on
        demand and passes its own to :meth:`result`): its id, where it is, and the records
        it names (*arrow* has ``from_record`` and ``to_record``, ``""`` or ``None`` when
        it names none)."""
        self._where[record_id] = where
        if related or about or arrow.from_record or arrow.to_record:
            self._with_references.append(_references(record_id, related, about, arrow))

    @property
    def kept_ids(self) -> AbstractSet[str]:
        """The ids of the records kept so far (a live view)."""
        return self._where.keys()

    def keep_all(self, record_ids: list[str], wheres: Sequence[int], named: list[Any]) -> None:
        """:meth:`keep` of many records at once, whose ids are known to be new: *named*
        holds those of them that name other records (with the attributes ``id``,
        ``related``, ``about``, ``from_record``, ``to_record``)."""
        self._where.update(zip(record_ids, wheres))
        self._with_references += [_references(r.id, r.related, r.about, r) for r in named]

    def result(
        self,
        title: str,
        description: str,
        as_of: EdtfDate | str | None,
        *,
        fmt: str = "timeline-viewer",
        unlisted: int = 0,
        columns: tuple[RecordColumns, Sequence[Record]] | None = None,
        positions: Mapping[str, int] | None = None,
        row_lines: Sequence[int] | None = None,
        rows_at: Sequence[int] | None = None,
    ) -> LoadResult:
        """The result: references to unknown records become warnings, *as_of* (an EDTF
        text is parsed; a bad one is a warning) is kept; *unlisted* counts the refused
        records whose problems are not listed. The dataset holds the records added
        (:meth:`add`), or *columns*: the columns and records (made on demand) of the
        records kept (:meth:`keep`), with *positions* (each id's index) when the loader
        made them, or when every record of the file was kept in its order (then where each
        was found, an index, is its position). *rows_at* (by position) gives the table
        row of each record (by default its position), *row_lines* (by row) the line where
        each row of a table read whole starts (a CSV file's), to name it by; else it is
        named by its row. A reference to a record of *positions* is to a record kept."""
        known = self._where.keys()
        for record_id, related, about, from_record, to_record in self._with_references:
            for ref_field, refs in (
                ("related", related),
                ("about", about),
                ("from_record", (from_record,)),
                ("to_record", (to_record,)),
            ):
                for ref in refs:
                    if ref is not None and ref not in known and ref not in (positions or ()):
                        self.problem(
                            "warning",
                            self._where[record_id],
                            record_id,
                            ref_field,
                            translate("Load", "refers to unknown record {id}").format(id=repr(ref)),
                        )
        if isinstance(as_of, str):
            try:
                as_of = parse_edtf(as_of)
            except DateError as exc:
                self.problem("warning", None, None, "as_of", str(exc))
                as_of = None
        if columns is None:
            dataset = Dataset(
                title=title,
                lanes=self.lanes,
                records=tuple(self.records),
                description=description,
                as_of=as_of,
                path=self.file,
            )
        else:
            if positions is None and self.total == len(self._where) == len(columns[1]):
                # Every record of the file kept, in its order: the place each id was found
                # is its record's index (a second dict of a million ids took 0.3 s).
                positions = cast("Mapping[str, int]", self._where)
            dataset = Dataset.with_columns(
                columns[0], columns[1], title, self.lanes, description, as_of, self.file, positions
            )

        # Ids that look like another id, each named where its record is: by the place
        # noted when it was kept, or, for a table whose rows were all kept in order
        # (nothing noted), by its row.
        def where_of(record_id: str) -> Where | None:
            where = self._where.get(record_id)
            if where is None and positions is not None and record_id in positions:
                row = positions[record_id]
                row = row if rows_at is None else rows_at[row]
                where = _Row(row) if row_lines is None else _Row(None, row_lines[row], "")
            return where

        def where_said(record_id: str) -> str:
            where = where_of(record_id)
            return "" if where is None else where_text(where)

        for record_id, message in invisible_id_messages(
            dataset.columns.ids, lambda rid: dataset.get(rid) is not None, where_said
        ):
            self.problem("warning", where_of(record_id), record_id, "id", message)
        if self._progress is not None:
            self._progress(self.total, self.total)
        return LoadResult(
            dataset, (*self.problems, *self.problems.summed_up(self.file)), fmt, unlisted
        )


@dataclass(frozen=True, slots=True)
class _Row:
    """A table's row (a :class:`Located`): by its 0-based index, or the line where it
    starts."""

    index: int | None
    line: int | None = None
    collection: str = ROW
    title: str = ""
