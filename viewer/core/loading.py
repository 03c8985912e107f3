"""Read a file of this viewer's own format into a :class:`~viewer.core.records.Dataset`,
record by record.

A file that cannot be read or parsed at all raises :class:`LoadError` naming the file and
the place (line and column for JSON syntax errors). Otherwise each record is decoded on its
own into :data:`~viewer.core.schema.RecordIn` (the msgspec type derived from the published
JSON Schema, see :mod:`viewer.core.schema`), which decides whether the schema accepts it;
the patterns msgspec leaves to us are checked for all records (of a batch) at once. A
refused record becomes a :class:`Problem` worded by jsonschema (which never decides one),
and the good records still load. The checks of meaning follow (dates exist, end not before
start, ids unique, lanes exist, references known), and the records kept are read into the
dataset's :class:`~viewer.core.columns.RecordColumns`, a batch at a time, without a
:class:`Record` each: the dataset's ``records`` are
:class:`~viewer.core.columns.LazyRecords`, each made from its raw JSON when asked for by
:func:`build_record`, which parses its dates, and :func:`record_of`, the one builder of a
:class:`Record` for every format (the importers' drafts go through it too). Input files
are only ever opened for reading.

One path for every file: a file with one bad record is decoded once, as a good one is.
"""

from __future__ import annotations

import dataclasses
import gc
import itertools
import json
import operator
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import msgspec
import numpy as np
import numpy.typing as npt

from viewer.core.assembly import (
    PROGRESS_EVERY,
    Assembly,
    FieldError,
    LoadResult,
    Problem,
    Problems,
)
from viewer.core.columns import Coded, DaySpans, Gathered, LazyRecords
from viewer.core.dates import DateError, EdtfDate, parse_edtf, plain_day_span, shown
from viewer.core.encoding import decode, read_bytes
from viewer.core.errors import LoadCancelled, LoadError, Progress, json_kind
from viewer.core.i18n import date_words, number, translate
from viewer.core.json_keys import doubled_keys
from viewer.core.records import (
    Alternative,
    Dispute,
    Fact,
    Lane,
    Person,
    Place,
    Record,
    Source,
)
from viewer.core.refusals import Unreadable, path_of, refusal_problems, short_message
from viewer.core.schema import (
    DocumentIn,
    RecordIn,
    compiled,
    pattern,
    python_pattern,
    validators,
)
from viewer.core.textcheck import REPLACEMENT, clean_json, json_may_hold_bad_text

__all__ = [
    "FieldError",
    "LoadCancelled",
    "LoadError",
    "LoadResult",
    "Problem",
    "Progress",
    "build_record",
    "record_of",
    "decode_document",
    "load_bytes",
    "load_decoded",
    "load_document",
    "load_file",
    "parse_json",
    "python_pattern",
]

LISTED_ERROR_RECORDS = 100
"""Records refused by the schema whose problems are worded one by one (by jsonschema, up
to three each); the records refused after them are only counted (see
:attr:`LoadResult.unlisted_errors`), so that a file of a million ``{}`` costs neither a
jsonschema report nor three :class:`Problem` values a record."""

_UTF8_BOM = b"\xef\xbb\xbf"


def parse_json(text: str, file: str) -> Any:
    """Parse JSON *text*; *file* names it in messages.

    Raises
    ------
    LoadError
        A syntax error (with line and column), nesting too deep to read, or a whole number
        of more than 4,300 digits (Python's limit for converting text to an int; the
        message gives the line and column of the number).
    """
    try:
        # msgspec parses several times faster; on any complaint the standard parser below
        # finds the line and column of the error.
        return msgspec.json.decode(text)
    except (msgspec.DecodeError, RecursionError):
        pass
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoadError(
            f"{file}: line {exc.lineno}, column {exc.colno}: invalid JSON ({_json_reason(exc.msg)})"
        ) from None
    except RecursionError:
        raise LoadError(_too_deep_message(text, file)) from None
    except ValueError:  # Python converts at most 4,300 digits to an int (CVE-2020-10735)
        raise LoadError(_long_number_message(text, file)) from None


_TO_BRACKET = re.compile(r'[^"\[\]{}]*(?:"[^"\\]*(?:\\.[^"\\]*)*"?[^"\[\]{}]*)*[\[\]{}]?')
"""Text up to and including the next bracket or brace outside JSON strings (or to the
end): one match a bracket, strings and other text skipped in C."""


def _too_deep_message(text: str, file: str) -> str:
    """The message for JSON *text* nested deeper than the parsers go: the line and column
    where it is nested deepest, and how deep (a file refused whole said neither: a new
    user's finding). One pass over the text, a step in Python for each bracket."""
    depth = deepest = at = pos = 0
    end = len(text)
    while pos < end:
        m = _TO_BRACKET.match(text, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        bracket = text[pos - 1]
        if bracket in "[{":
            depth += 1
            if depth > deepest:
                deepest, at = depth, pos - 1
        elif bracket in "]}":
            depth -= 1
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    return (
        f"{file}: line {line}, column {column}: JSON nested {deepest:,} levels deep; "
        "this viewer reads JSON nested at most about 900 levels deep"
    )


_STRING_OR_DIGITS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|-?([0-9]+)([.eE]?)')
"""A JSON string (skipped) or a number's integer digits and what follows them."""


def _long_number(text: str) -> tuple[int, int] | None:
    """(offset, digits) of the first whole number in JSON *text* longer than Python
    converts, or ``None``."""
    limit = _INT_DIGITS_MOST
    for m in _STRING_OR_DIGITS.finditer(text):
        digits, after = m.groups()
        if digits is not None and len(digits) > limit and not after:
            return m.start(), len(digits)
    return None


_INT_DIGITS_MOST: int = getattr(sys, "get_int_max_str_digits", lambda: 4300)()
"""The most digits of a whole number Python converts (CVE-2020-10735)."""


def _too_long(digits: int) -> str:
    return (
        f"a whole number of {digits:,} digits; this viewer reads numbers of at most "
        f"{_INT_DIGITS_MOST:,} digits"
    )


def _long_number_message(text: str, file: str) -> str:
    """The message for JSON *text* holding a whole number longer than Python converts,
    with the line and column of the first one."""
    found = _long_number(text)
    if found is None:
        return (
            f"{file}: a whole number of more than {_INT_DIGITS_MOST:,} digits, which this "
            "viewer cannot read"
        )
    at, digits = found
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    return f"{file}: line {line}, column {column}: {_too_long(digits)}"


_KEY_BEFORE = re.compile(r'"((?:[^"\\]|\\.)*)"\s*:\s*\[?\s*$')
"""The key a value at the end of a text is given to (``"start": ``, ``"ids": [``)."""


def _json_reason(message: str) -> str:
    """The standard parser's reason, with "here" for its dangling "at" (``Unterminated
    string starting at``): the place is given as line and column before it."""
    return message[:-3] + " here" if message.endswith(" at") else message


def load_file(path: str | Path, progress: Progress | None = None) -> LoadResult:
    """Load a timeline file in this viewer's own JSON format (see :func:`load_bytes`).

    Raises
    ------
    LoadError
        When the file as a whole cannot be used (missing, unreadable, empty, not text in an
        encoding we read, not JSON; see :func:`parse_json`), or when it is JSON
        of the wrong shape (for example not an object with ``lanes`` and ``records``).
    LoadCancelled
        When *progress* raises it.
    """
    path = Path(path)
    if progress is not None:
        progress(0, 0)
    # The bytes are only an argument: a large file's bytes go once its records are decoded.
    doc = decode_document(read_bytes(path))
    result = None if doc is None else load_decoded(doc, str(path), progress)
    return result or _load_text(read_bytes(path), str(path), progress)


def load_bytes(raw: bytes, file: str, progress: Progress | None = None) -> LoadResult:
    """Load the content *raw* of a file of this viewer's format; *file* names it.

    *progress* is called with (records done, total), first with (0, 0); see
    :data:`~viewer.core.errors.Progress`. msgspec reads UTF-8 bytes directly; other
    encodings, and files holding characters that are not text, are decoded to text first
    (:func:`load_document` then reads the parsed JSON).

    Raises
    ------
    LoadError
        See :func:`load_file`.
    LoadCancelled
        When *progress* raises it.
    """
    if progress is not None:
        progress(0, 0)
    doc = decode_document(raw)
    result = None if doc is None else load_decoded(doc, file, progress)
    return result or _load_text(raw, file, progress)


def _load_text(raw: bytes, file: str, progress: Progress | None) -> LoadResult:
    text = decode(raw, file)
    del raw
    data = parse_json(text, file)
    return with_clean_text(data, text, file, lambda clean: load_document(clean, file, progress))


def decode_document(raw: bytes) -> Any | None:
    """UTF-8 *raw* decoded as a :data:`~viewer.core.schema.DocumentIn` (its records still
    raw JSON, see :func:`load_decoded`); ``None`` for bytes that are not (another format
    or encoding, invalid JSON, a problem of the file as a whole, a character that is not
    text), which are to be decoded to text and parsed (:func:`load_document` names the
    problem). A file of another format fails at its first key: a wrong guess costs
    little."""
    if raw[:1] in (b"\xff", b"\xfe", b"\x00") or json_may_hold_bad_text(raw):
        return None
    try:
        return _DOCUMENT.decode(memoryview(raw)[3:] if raw.startswith(_UTF8_BOM) else raw)
    except (msgspec.DecodeError, RecursionError):
        return None


def load_decoded(doc: Any, file: str, progress: Progress | None = None) -> LoadResult | None:
    """The result of a document decoded by :func:`decode_document`, whose list of raw
    records it empties; ``None`` when the file is to be read as text after all, to name
    a record's bytes that are not UTF-8 or a whole number too long to read.

    Raises
    ------
    LoadCancelled
        When *progress* raises it.
    """
    with gc_paused():
        return _load_records(doc, doc.records, _RECORD.decode, file, progress)


_DOCUMENT = msgspec.json.Decoder(DocumentIn)
_RECORD = msgspec.json.Decoder(RecordIn)


def load_document(data: Any, file: str, progress: Progress | None = None) -> LoadResult:
    """Build a dataset from parsed JSON *data* (see :func:`load_file`); *file* names it
    in messages.

    Raises
    ------
    LoadError
        When *data* is not an object of this viewer's format.
    LoadCancelled
        When *progress* raises it.
    """
    if not isinstance(data, dict):
        raise LoadError(
            f"{file}: expected a JSON object with 'lanes' and 'records', found {json_kind(data)}"
        )
    records = data.get("records")
    try:
        doc = msgspec.convert(
            {**data, "records": []} if isinstance(records, list) else data, DocumentIn
        )
    except msgspec.ValidationError as exc:
        top_validator = validators()[0]
        errors = sorted(top_validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if not errors:  # msgspec is stricter here than jsonschema: its own words
            raise LoadError(f"{file}: {exc}") from None
        first = errors[0]
        if {path_of(e) for e in errors} != {"as_of"} or "as_of" not in data:
            raise LoadError(
                f"{file}: {path_of(first) or 'top level'}: {short_message(first)}"
            ) from None
        # Only the file's "as of" day is wrong: its records load as if it gave none, with
        # a warning (a new user's file was refused whole for it).
        #: A file's "as of" day that is not a date, ignored; {reason} says what is wrong.
        message = translate("Load", "{reason}; ignored: running terms reach today").format(
            reason=short_message(first)
        )
        without = load_document({k: v for k, v in data.items() if k != "as_of"}, file, progress)
        warning = Problem("warning", file, None, None, "as_of", message)
        return dataclasses.replace(without, problems=(warning, *without.problems))
    with gc_paused():
        result = _load_records(doc, list(data["records"]), _convert_record, file, progress)
    assert result is not None  # parsed records need no parsing
    return result


def _convert_record(raw: Any) -> Any:
    return msgspec.convert(raw, RecordIn)


def bad_text_message() -> str:
    """The warning of a value that held characters that are not text, in the reader's
    language."""
    #: {mark}: the replacement character, �.
    return translate(
        "Load",
        "held a character that is not text (a lone UTF-16 surrogate or a control "
        "character), shown as {mark}",
    ).format(mark=REPLACEMENT)


def with_clean_text(
    data: Any, text: str, file: str, load: Callable[[Any], LoadResult]
) -> LoadResult:
    """``load(data)`` after the bad characters of parsed JSON *data* (decoded from *text*)
    are replaced (see :mod:`viewer.core.textcheck`), with a warning for each value changed,
    naming the record (by its place in its array and its id) and the field."""
    paths = clean_json(data) if json_may_hold_bad_text(text) else []
    result = load(data)
    if not paths:
        return result
    warnings = [problem_at(data, path, file, bad_text_message()) for path in paths]
    return dataclasses.replace(result, problems=result.problems + tuple(warnings))


def problem_at(data: Any, path: Sequence[str | int], file: str, message: str) -> Problem:
    """A warning *message* of the value at *path* (keys and indices from the top) of
    parsed JSON *data*, naming the record it is in as the importers do: by its place in
    its array (``records``: "record 3"; another: "events #3"; a top-level array is
    vis-timeline's: "items #3") and its id (``id`` or ``unique_id``; without one, a
    TimelineJS event by its headline, a vis-timeline item by its content), and the field by
    the rest of the path (an empty key as ``""``)."""
    index, rid, collection, field_path = None, None, "", path
    record: Any = None
    if len(path) >= 2 and isinstance(path[0], str) and isinstance(path[1], int):
        collection = "" if path[0] == "records" else path[0]  # "events #3", as importers say
        index, field_path, record = path[1], path[2:], data[path[0]][path[1]]
    elif path and isinstance(path[0], int):  # a top-level array: vis-timeline's items
        collection, index, field_path, record = "items", path[0], path[1:], data[path[0]]
    title = ""
    if isinstance(record, dict):
        found = record.get("id", record.get("unique_id"))
        rid = str(found) if isinstance(found, (str, int)) else None
        text = record.get("text")  # a TimelineJS event's headline names it
        headline = text.get("headline") if isinstance(text, dict) else None
        content = record.get("content")  # a vis-timeline item's
        named = headline if isinstance(headline, str) else content
        title = named if isinstance(named, str) else ""
    return Problem(
        "warning",
        file,
        index,
        rid,
        # An empty key named as written: without it, "given 2 times" read as the record's
        ".".join('""' if p == "" else str(p) for p in field_path),
        message,
        collection=collection,
        title=title,
    )


def doubled_key_problems(content: str | bytes, file: str) -> list[Problem]:
    """A warning for each key given more than once in one object of the JSON *content*
    of *file* (see :mod:`viewer.core.json_keys`), naming the record and the field, and
    every value given: the load reads the last, silently until now. At most
    :data:`LISTED_ERROR_RECORDS`, then one that counts the rest."""
    problems: list[Problem] = []
    more = 0
    for path, key, given, document in doubled_keys(content):
        if len(problems) == LISTED_ERROR_RECORDS:
            more += 1
            continue
        #: A key written more than once in one JSON object; {values}: each value given,
        #: in order.
        message = translate("Load", "given {count} times ({values}); only the last is read").format(
            count=date_words().number(len(given), False),
            values=", ".join(_value_shown(value) for value in given),
        )
        problems.append(problem_at(document, (*path, key), file, message))
    if more:
        #: {count}: keys given more than once beyond those listed one by one.
        message = translate("Load", "… and {count} more keys given more than once").format(
            count=date_words().number(more, True)
        )
        problems.append(Problem("warning", file, None, None, "", message))
    return problems


def with_doubled_key_note(error: LoadError, content: str | bytes) -> LoadError:
    """*error*, the refusal of the JSON *content* as a whole, with a note of the first key
    it gives more than once, if any (see :mod:`viewer.core.json_keys`): a file refused for
    "format: 'timeline-viewer/1' was expected" that held that very value, then another,
    said nothing of the second (a trial)."""
    for path, key, given, _document in doubled_keys(content):
        #: After why a file is refused: {field}, a key written twice in one JSON object
        #: (its path), {values} each value given, in order.
        note = translate(
            "Load", "{field} is given {count} times ({values}); only the last is read"
        ).format(
            field=".".join(str(p) for p in (*path, key)) or '""',
            count=date_words().number(len(given), False),
            values=", ".join(_value_shown(value) for value in given),
        )
        return LoadError(f"{error} ({note})")
    return error


def _value_shown(value: Any) -> str:
    """A JSON *value* for a message: a string quoted, anything else as JSON; cut to about
    30 characters (see :func:`~viewer.core.dates.shown`)."""
    if isinstance(value, str):
        return shown(value, 30)
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 30 else text[:30] + "…"


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file's objects are made: records hold no
    reference cycles (reference counting frees them), and a million new objects would
    otherwise start several full collections for nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_records(
    doc: Any, raws: list[Any], typed: Callable[[Any], Any], file: str, progress: Progress | None
) -> LoadResult | None:
    """The records *raws* of the decoded document *doc*, each turned into a
    :data:`RecordIn` by *typed* (from raw JSON or parsed JSON), checked, built and
    assembled; ``None`` when a record's raw JSON cannot be parsed (bytes that are not
    UTF-8, a whole number too long to read: decoding to text and :func:`parse_json` name
    them with their place). *raws* is emptied."""
    problems = Problems()
    lane_list: list[Lane] = []
    lane_seen: set[str] = set()
    for n, lane in enumerate(doc.lanes):
        if lane.id in lane_seen:
            problems.append(
                Problem(
                    "error",
                    file,
                    None,
                    None,
                    f"lanes.{n}.id",
                    f"duplicate lane id {lane.id!r}; the second is ignored",
                )
            )
            continue
        lane_seen.add(lane.id)
        lane_list.append(Lane(lane.id, lane.title, lane.description))
    total = len(raws)
    assembly = Assembly(file, tuple(lane_list), problems, total, progress)
    dates: dict[str, EdtfDate] = {}
    spans = DaySpans(no_date=(None, _UNSET, ".."))  # of each date text (".." ends only)
    gathered = Gathered()
    kept_raws: list[Any] = []
    refused = 0
    # A batch at a time: the decoded structs of a million records would take most of a
    # gigabyte at once; those of a batch are read into columns and let go.
    for base in range(0, total, _BATCH):
        batch = raws[base : base + _BATCH]
        reasons: dict[int, str] = {}
        try:  # all at once in C; one by one (below) when a record is refused
            structs: list[Any] = list(map(typed, batch))
        except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
            structs = [None] * len(batch)
            for j, raw in enumerate(batch):
                try:
                    structs[j] = typed(raw)
                except msgspec.ValidationError as exc:
                    reasons[j] = str(exc)
                except (msgspec.DecodeError, RecursionError):
                    return None  # bytes that are not UTF-8 in a record: decoding names them
        repeated_ids = _bulk_checks(structs, reasons, batch, assembly.kept_ids)
        # The records to word, parsed; the others' raw JSON stays: their records are made
        # from it when asked for.
        worded = {
            j: _parsed_raw(batch[j])
            for j in sorted(reasons)[: max(LISTED_ERROR_RECORDS - refused, 0)]
        }
        plain = None if reasons or repeated_ids else _all_plain(structs, spans, assembly.lane_ids)
        if plain is not None:
            for index in range(-base % PROGRESS_EVERY + base, base + len(structs), PROGRESS_EVERY):
                assembly.progress(index)
            kept: Sequence[int] = range(len(structs))
            kept_structs = structs
        else:
            refused, kept = _assemble(
                assembly, structs, base, reasons, worded, repeated_ids, dates, spans, refused
            )
            kept_structs = [structs[j] for j in kept]
        del structs
        if not repeated_ids:
            assembly.keep_all(
                list(map(_get_id, kept_structs)),
                range(base, base + len(kept)) if plain is not None else [base + j for j in kept],
                list(itertools.compress(kept_structs, map(_names_others, kept_structs))),
            )
        _gather(gathered, kept_structs, spans, plain)
        del kept_structs
        kept_raws += batch if plain is not None else [batch[j] for j in kept]
    raws.clear()
    if refused > LISTED_ERROR_RECORDS:
        unlisted = refused - LISTED_ERROR_RECORDS
        problems.append(
            Problem(
                "error",
                file,
                None,
                None,
                "records",
                # In the reader's language (it was English in every language).
                #: {listed}: records whose errors are listed; {refused} of {total}: records
                #: refused, of the file's records.
                translate(
                    "Load",
                    "… and %Ln more record(s) with errors, left out without being listed "
                    "(only the first {listed} records with errors are); {refused} of {total} "
                    "records refused in all",
                    None,
                    unlisted,
                ).format(
                    listed=number(LISTED_ERROR_RECORDS),
                    refused=number(refused),
                    total=number(total),
                ),
                stands_for=unlisted,
            )
        )

    def make(i: int) -> Record:
        return build_record(typed(kept_raws[i]), dates)

    return assembly.result(
        doc.title,
        doc.description,
        doc.as_of or None,
        unlisted=max(refused - LISTED_ERROR_RECORDS, 0),
        columns=(gathered.columns(spans), LazyRecords(len(kept_raws), make)),
    )


_BATCH = 1 << 15
"""Records decoded and read into columns at a time."""


def _parsed_raw(raw: Any) -> Any:
    """Record *raw* (raw JSON, or already parsed) parsed to be worded; a record holding a
    whole number too long to read becomes :class:`~viewer.core.refusals.Unreadable`, worded
    by its place in the record (it refused the whole file, its good records too: a new
    user's finding)."""
    if not isinstance(raw, msgspec.Raw):
        return raw
    try:
        return msgspec.json.decode(raw)
    except msgspec.ValidationError:  # a whole number beyond what Python converts
        text = bytes(raw).decode("utf-8", "replace")
        found = _long_number(text)
        if found is None:
            return Unreadable("", _too_long(_INT_DIGITS_MOST + 1))
        key = _KEY_BEFORE.search(text, 0, found[0])
        return Unreadable(key.group(1) if key else "", _too_long(found[1]))


def _bulk_checks(
    structs: list[Any], reasons: dict[int, str], raws: list[Any], kept: AbstractSet[str]
) -> bool:
    """The schema's checks that msgspec leaves to us, for all records (of a batch) at
    once: ids and string sources match their patterns, titles are not spaces alone,
    ``inferred`` names are unique
    (start and end dates, and a ``session`` written with a fraction, are checked by
    :func:`build_record`, once for each distinct date). Refused records become ``None`` in
    *structs*, with a reason in *reasons* and their JSON in *raws*. Returns whether ids
    may repeat, among themselves or with the ids *kept* before (false when all are new:
    then no record needs its id looked up)."""
    good = list(filter(None, structs))
    ids = list(map(_get_id, good))
    repeated = len(set(ids)) != len(ids) or not kept.isdisjoint(ids)
    if not _all_match(ids, "id"):
        _refuse(structs, reasons, raws, lambda s: not _ID.search(s.id), "id")
    del ids
    sources = list(itertools.chain.from_iterable(map(_get_sources, good)))
    urls = list(itertools.compress(sources, map(isinstance, sources, itertools.repeat(str))))
    del sources
    if not _all_match(urls, "url"):
        _refuse(
            structs,
            reasons,
            raws,
            lambda s: any(type(u) is str and not _URL.search(u) for u in s.sources),
            "sources",
        )
    if any(map(str.isspace, map(_get_title, good))):  # the schema's "\S": spaces only
        _refuse(structs, reasons, raws, lambda s: s.title.isspace(), "title")
    if _any_one_coordinate(list(filter(None, map(_get_place, good)))):
        _refuse(structs, reasons, raws, lambda s: _one_coordinate(s.place), "place")
    if max(map(len, map(_get_inferred, good)), default=0) > 1 and any(
        len(s.inferred) > 1 and len(set(s.inferred)) != len(s.inferred) for s in good
    ):
        _refuse(
            structs, reasons, raws, lambda s: len(set(s.inferred)) != len(s.inferred), "inferred"
        )
    return repeated


_get_id, _get_title, _get_sources, _get_inferred, _get_lat, _get_lon = map(
    operator.attrgetter, ("id", "title", "sources", "inferred", "lat", "lon")
)


def _names_others(struct: Any) -> bool:
    """Whether the record *struct* names other records (related, about, an arrow's ends)."""
    return bool(struct.related or struct.about or struct.from_record or struct.to_record)


def _any_one_coordinate(places: list[Any]) -> bool:
    """Whether any of *places* (decoded places) gives ``lat`` or ``lon`` without the
    other, as :func:`_one_coordinate` sees it: a few passes in C over all of them."""

    def missing(values: list[Any]) -> list[bool]:
        return list(
            map(
                operator.or_,
                map(operator.is_, values, itertools.repeat(None)),
                map(operator.is_, values, itertools.repeat(_UNSET)),
            )
        )

    return missing(list(map(_get_lat, places))) != missing(list(map(_get_lon, places)))


def _one_coordinate(place: Any) -> bool:
    """Whether *place* (a decoded place, ``None`` or unset) gives ``lat`` or ``lon``
    without the other (the schema's ``dependentRequired``)."""
    if place is None or place is _UNSET:
        return False
    lat, lon = place.lat, place.lon
    return (lat is None or lat is _UNSET) != (lon is None or lon is _UNSET)


def _refuse(
    structs: list[Any],
    reasons: dict[int, str],
    raws: list[Any],
    bad: Callable[[Any], bool],
    field: str,
) -> None:
    """Refuse each record of *structs* that is *bad*: ``None`` in its place, a reason in
    *reasons*, its JSON (see :func:`_as_json`) in *raws*, to be worded."""
    for index, struct in enumerate(structs):
        if struct is not None and bad(struct):
            structs[index] = None
            reasons[index] = f"{field}: not what the schema allows"
            raws[index] = _as_json(struct)


def _as_json(struct: Any) -> Any:
    """The record *struct* as parsed JSON again, the fields at their defaults left out
    (each is valid or absent: msgspec checks every value that is there)."""
    return msgspec.json.decode(msgspec.json.encode(struct))


def _all_match(values: list[str], name: str) -> bool:
    """Whether every string of *values* fully matches the schema's pattern *name* (which
    is ``^...$``) and holds no line break: one regular expression over all of them joined
    by line breaks. Stricter than a search for the pattern in each (which lets ``$`` match
    before a final line break), never looser."""
    text = pattern(name)
    assert text.startswith("^") and text.endswith("$")
    lines = re.compile(f"(?:(?:{text[1:-1]})\n)*")
    for i in range(0, len(values), 4096):  # the regex engine keeps state per repetition
        chunk = values[i : i + 4096]
        joined = "\n".join(chunk) + "\n"
        if joined.count("\n") != len(chunk) or lines.fullmatch(joined) is None:
            return False
    return True


def _all_plain(
    structs: list[Any], spans: DaySpans, lane_ids: frozenset[str]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]] | None:
    """The codes in *spans* of the starts and ends of a batch's records when every one
    passes the checks of :func:`_assemble` plainly, seen in bulk: plain dates (see
    :func:`~viewer.core.dates.plain_day_span`, noted in *spans*) with no end before its
    start, no ``elected``, whole sessions, known lanes. Then the batch is kept whole
    without a step per record; otherwise (``None``) :func:`_assemble` goes through it
    (and words what it finds)."""
    starts = list(map(_get_start, structs))
    ends = list(map(_get_end, structs))
    if ".." in starts:
        return None
    unknown = spans.unknown(starts + ends)
    if not all(type(text) is str for text in unknown) or spans.add_plain(cast(list[str], unknown)):
        return None  # a date that is not plain (the others stay noted)
    unset = _UNSET
    elected = list(map(_get_elected, structs))
    if elected.count(unset) != len(elected):
        return None
    if not {int}.issuperset(map(type, map(_get_session, structs))):
        return None
    if not lane_ids.issuperset(dict.fromkeys(map(_get_lane, structs)).keys() - {unset, None}):
        return None
    start_codes, end_codes = spans.codes(starts), spans.codes(ends)
    both = (start_codes != 0) & (end_codes != 0)
    if np.any(spans.last[end_codes[both]] < spans.first[start_codes[both]]):
        return None  # an end before its start
    return start_codes, end_codes


def _assemble(
    assembly: Assembly,
    structs: list[Any],
    base: int,
    reasons: dict[int, str],
    worded: dict[int, Any],
    repeated_ids: bool,
    dates: dict[str, EdtfDate],
    spans: DaySpans,
    refused: int,
) -> tuple[int, list[int]]:
    """Each record of a batch in file order (*structs*, the first at index *base* of the
    file; *refused* records were refused before it): a refused one (``None`` in
    *structs*, or refused by the checks of :func:`build_record`) is worded, the first
    :data:`LISTED_ERROR_RECORDS` of the file (from *worded*, the parsed JSON of those
    msgspec refused, by place in the batch, as *reasons*), or only counted; the others go
    through *assembly* (duplicate ids, unknown lanes; ids are only looked up when
    *repeated_ids*) and are kept, without a :class:`Record` (*spans* memoises the first
    and last day of each date text, *dates* the dates parsed). Returns the number of
    records refused so far and the places in the batch of those kept."""
    file = assembly.file
    problems = assembly.problems
    lane_ids = assembly.lane_ids
    keep = assembly.keep
    kept: list[int] = []
    keep_index = kept.append
    unset = _UNSET
    get_span = spans.get
    # The hot loop of a million-record load: no call that the common case can skip.
    for j, struct in enumerate(structs):
        index = base + j
        if index % PROGRESS_EVERY == 0:
            assembly.progress(index)
        if struct is None:
            if refused < LISTED_ERROR_RECORDS:
                problems.extend(refusal_problems(worded[j], index, file, reasons[j]))
            refused += 1
            continue
        rid = struct.id
        if repeated_ids and assembly.is_duplicate(rid, index):
            continue
        session, start_text, end_text = struct.session, struct.start, struct.end
        try:
            # Day spans of the dates, each distinct text read once (see _span); the
            # record's dates as values are made only when the record is.
            start = None if start_text is None else get_span(start_text)
            if start is None and start_text is not None:
                start = _span(start_text, "start", dates, spans)
            end = None if end_text is unset or end_text is None else get_span(end_text)
            if end is None and type(end_text) is str and end_text != "..":
                end = _span(end_text, "end", dates, spans)
            if (
                struct.elected is not unset
                or type(session) is not int
                or (start is not None and end is not None and end[1] < start[0])
            ):
                # The rare cases, as build_record has them (and words them).
                first, last, _elected = _dates_of(struct, dates)
                _check(first, last, session)
        except FieldError as exc:
            problems.append(Problem("error", file, index, rid, exc.field, exc.message))
            continue
        except _NotInSchema as exc:
            if refused < LISTED_ERROR_RECORDS:
                problems.extend(refusal_problems(_as_json(struct), index, file, str(exc)))
            refused += 1
            continue
        lane = struct.lane
        if lane is not unset and lane is not None and lane not in lane_ids:
            problems.append(
                Problem("error", file, index, rid, "lane", assembly.unknown_lane(lane) or "")
            )
            continue
        if repeated_ids:
            keep(rid, index, struct.related, struct.about, struct)
        keep_index(j)
    return refused, kept


def _gather(
    gathered: Gathered,
    structs: list[Any],
    spans: DaySpans,
    codes: tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]] | None,
) -> None:
    """Add the accepted :data:`~viewer.core.schema.RecordIn` *structs* to *gathered*:
    what :func:`build_record` would make of each, column by column, without the records.
    Their dates are codes of *spans* (*codes*: of their starts and ends, when known); their
    places and people are coded by their JSON (each distinct one read once)."""
    unset = _UNSET
    end_texts = list(map(_get_end, structs))
    if codes is None:
        codes = spans.codes(list(map(_get_start, structs))), spans.codes(end_texts)
    places = [None if p is unset else p for p in map(_get_place, structs)]
    coded_places = Coded.of(places, list(map(_ENCODE, places)))
    coded_places = dataclasses.replace(
        coded_places, values=[None if p is None else _place_of(p) for p in coded_places.values]
    )
    people = list(map(_get_people, structs))
    lanes = list(map(_get_lane, structs))
    gathered.add(
        structs,
        starts=codes[0],
        ends=codes[1],
        open_end=list(map(operator.eq, end_texts, itertools.repeat(".."))),
        lanes=[None if lane is unset else lane for lane in lanes] if unset in lanes else lanes,
        places=coded_places,
        people=Coded.of(people, list(map(_ENCODE, people))),
        sessions=[int(s) if s else None for s in map(_get_session, structs)],
    )


_ENCODE = msgspec.json.Encoder().encode
"""A decoded value as JSON: the key of equal places and people."""
_get_start, _get_end, _get_lane, _get_place, _get_session, _get_elected, _get_people = map(
    operator.attrgetter, ("start", "end", "lane", "place", "session", "elected", "people")
)


class _NotInSchema(Exception):
    """A record the schema refuses for a value msgspec let through (a date that does not
    match the schema's pattern, a session with a fraction)."""


_ID = compiled(pattern("id"))
_EDTF = compiled(pattern("edtf"))
_URL = compiled(pattern("url"))


def _parsed(text: Any, name: str, dates: dict[str, EdtfDate]) -> EdtfDate | None:
    """The date *text* of field *name* (``None`` when null or absent), memoised in
    *dates*: each distinct text is matched against the schema's pattern and parsed once.

    Raises
    ------
    _NotInSchema
        *text* does not match the schema's pattern of dates.
    FieldError
        A date that does not exist.
    """
    if text is None or text is msgspec.UNSET:
        return None
    date = dates.get(text)
    if date is None:
        if not _EDTF.search(text):
            raise _NotInSchema(f"{name}: not an EDTF date")
        try:
            date = dates[text] = parse_edtf(text)
        except DateError as exc:
            raise FieldError(name, str(exc)) from None
    return date


def build_record(r: Any, dates: dict[str, EdtfDate]) -> Record:
    """The :class:`Record` of *r*, a :data:`~viewer.core.schema.RecordIn` that msgspec
    and the checks of :func:`_bulk_checks` accepted; *dates* memoises parsed dates across
    a load. Its dates are parsed here, the record is built by :func:`record_of`.

    Raises
    ------
    FieldError
        A date that does not exist (``2023-02-30``, field ``start``, ``end`` or
        ``elected``) or an end before the start.
    _NotInSchema
        A start or end that is not an EDTF date as the schema writes them, or a session
        with a fraction (``5.5``; ``5.0`` is 5).
    """
    start, end, elected = _dates_of(r, dates)
    return record_of(r, r.id, start, end, r.end == "..", elected)


def _span(text: str, name: str, dates: dict[str, EdtfDate], spans: DaySpans) -> tuple[int, int]:
    """The first and last day of the date *text* of field *name*, noted in *spans*: a
    plain date (:func:`~viewer.core.dates.plain_day_span`) is not parsed, any other is
    (:func:`_parsed`, memoised in *dates*, which raises what it raises)."""
    span = plain_day_span(text)
    if span is None:
        date = _parsed(text, name, dates)
        assert date is not None
        span = (date._first, date._last)
    spans.add(text, span)
    return span


def _dates_of(
    r: Any, dates: dict[str, EdtfDate]
) -> tuple[EdtfDate | None, EdtfDate | None, EdtfDate | None]:
    """(start, end, elected) of the :data:`~viewer.core.schema.RecordIn` *r*, parsed
    (see :func:`build_record` for what is raised)."""
    start_text, end_text = r.start, r.end
    start = (
        None
        if start_text is None
        else (dates.get(start_text) or _parsed(start_text, "start", dates))
    )
    end = None
    if type(end_text) is str and end_text != "..":
        end = dates.get(end_text) or _parsed(end_text, "end", dates)
    elected = None if r.elected is msgspec.UNSET else _parsed(r.elected, "elected", dates)
    return start, end, elected


def _check(start: EdtfDate | None, end: EdtfDate | None, session: Any) -> None:
    """Raise :class:`FieldError` for an end before the start, ``_NotInSchema`` for a
    session with a fraction: the checks of meaning every record goes through."""
    # _last and _first are last_day and first_day without a property's call (hot loop)
    if start is not None and end is not None and end._last < start._first:
        raise FieldError(
            "end",
            translate("Load", "end {end} is before start {start}").format(
                end=end.text, start=start.text
            ),
        )
    if type(session) is float and not session.is_integer():
        raise _NotInSchema("session: not a whole number")


def record_of(
    r: Any,
    rid: str,
    start: EdtfDate | None,
    end: EdtfDate | None,
    open_end: bool,
    elected: EdtfDate | None = None,
    display_date: str = "",
) -> Record:
    """The one place a :class:`Record` is built from a record read from a file, of any
    format: *r* is a :data:`~viewer.core.schema.RecordIn` (our format, through
    :func:`build_record`) or an importer's
    :class:`~viewer.core.importers.drafts.Draft`, which has the same attributes (fields
    of our format that no importer fills are constants of the class). *rid* is the
    record's id; *start*, *end* and *elected* are its dates, already parsed; *open_end*:
    still running; *display_date*: the file's own wording of the dates.

    Raises
    ------
    FieldError
        An end before the start (field ``end``).
    _NotInSchema
        A session with a fraction (``5.5``; ``5.0`` is 5).
    """
    place, lane, session, people = r.place, r.lane, r.session, r.people
    _check(start, end, session)
    # Positional, in the order of Record's fields, which costs a tenth of keywords (a test
    # checks every field).
    return Record(
        rid,
        r.kind,
        r.title,
        start,
        end,
        open_end,
        None if lane is _UNSET else lane,
        int(session) if session else None,  # 5.0 is 5
        r.status,
        r.inferred,
        None if place is None or place is _UNSET else _place_of(place),
        tuple([_person_of(p) for p in people]) if people else (),
        r.summary,
        tuple([Fact(f.label, f.value, f.sources) for f in r.facts]) if r.facts else (),
        tuple(
            [
                Dispute(
                    d.field,
                    tuple([Alternative(a.value, a.sources, a.preferred) for a in d.alternatives]),
                    d.note,
                )
                for d in r.disputes
            ]
        )
        if r.disputes
        else (),
        r.how_ended,
        r.end_reason,
        elected,
        tuple(r.field_sources.items()) if r.field_sources else (),
        r.from_record or None,
        r.to_record or None,
        r.about,
        r.related,
        r.publisher,
        r.url,
        r.notes,
        tuple(
            [
                Source(s)
                if type(s) is str
                else s
                if type(s) is Source  # a draft's, already checked
                else Source(s.url, s.title, s.publisher, s.kind)
                for s in r.sources
            ]
        ),
        display_date,
    )


_UNSET = msgspec.UNSET


def _person_of(p: Any) -> Person:
    return p if type(p) is Person else Person(p.name, p.role, p.country, p.short_name, p.aliases)


def _place_of(p: Any) -> Place | None:
    if type(p) is Place:  # a draft's
        return p
    city, country, venue = p.city, p.country, p.venue
    unset = _UNSET
    lat, lon = p.lat, p.lon
    lat, lon = None if lat is unset else lat, None if lon is unset else lon
    if (lat is None) != (lon is None):
        missing = "lon" if lon is None else "lat"
        raise FieldError("place", f"lat and lon go together: {missing} is missing")
    if city is unset and country is unset and venue is unset and not p.aliases and lat is None:
        return None  # {}: no place
    return Place(
        None if city is unset else city,
        None if country is unset else country,
        None if venue is unset else venue,
        p.aliases,
        None if lat is None else float(lat),
        None if lon is None else float(lon),
        p.coords_source,
    )
