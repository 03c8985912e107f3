"""Read a timeline file into a :class:`~viewer.core.records.Dataset`, record by record.

A file that cannot be read or parsed at all raises :class:`LoadError` naming the file and
the place (line and column for JSON syntax errors). Otherwise each record is checked on its
own against the JSON Schema in ``data/timeline.schema.json`` and for meaning (dates parse,
end not before start, ids unique, lanes exist); a bad record becomes a :class:`Problem`
and the good records still load. Input files are only ever opened for reading.

:func:`load_file` first tries the typed fast path of :mod:`viewer.core.typed_loading`,
which gives the same result for files without problems of form; this module is the general
path that names every problem.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import jsonschema
import jsonschema.validators
import msgspec

from viewer.core.dates import DateError, EdtfDate, check_ascii_digits, parse_edtf, shown
from viewer.core.encoding import decode, read_bytes
from viewer.core.errors import LoadCancelled, LoadError, Progress, json_kind, one_line
from viewer.core.paths import SCHEMA_PATH
from viewer.core.records import (
    Alternative,
    Dataset,
    Dispute,
    Fact,
    Lane,
    Person,
    Place,
    Record,
    Source,
)
from viewer.core.textcheck import REPLACEMENT, clean_json, json_may_hold_bad_text

__all__ = ["LoadCancelled", "LoadError", "LoadResult", "Problem", "Progress", "load_document",
           "load_file", "parse_json"]

#: Records between two progress reports.
PROGRESS_EVERY = 500

LISTED_ERROR_RECORDS = 100
"""Records refused by the schema whose problems are worded one by one (by jsonschema, up
to three each); the records refused after them are only counted (see
:attr:`LoadResult.unlisted_errors`), so that a file of a million ``{}`` costs neither a
jsonschema report nor three :class:`Problem` values a record."""



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

    @property
    def location(self) -> str:
        """Where in the file: ``line 12``, ``record 3``, ``eras #2`` or ``""``."""
        if self.line is not None:
            return f"line {self.line}"
        if self.index is None:
            return ""
        if self.collection:
            return f"{self.collection} #{self.index + 1}"
        return f"record {self.index + 1}"

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


@dataclass(frozen=True)
class LoadResult:
    """A dataset of the valid records and the problems met on the way; *format* names the
    format the file was read as (see :data:`viewer.core.importers.FORMATS`)."""

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
        """The errors to report: those listed, the one that sums up the unlisted records
        counted as the records it stands for."""
        return len(self.errors) + max(self.unlisted_errors - 1, 0)


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    with SCHEMA_PATH.open(encoding="utf-8") as fh:
        schema: dict[str, Any] = json.load(fh)
    return schema


def python_pattern(pattern: str) -> str:
    """A JSON Schema *pattern* (ECMA-262) for Python's ``re.search``: a final ``$`` becomes
    ``\\Z``.

    In ECMA-262, ``$`` (without the multiline flag) matches only at the end of the text;
    in Python it also matches before a final line break, so ``"a\\n"`` would pass
    ``^[a-z]+$``: ids, dates and URLs ending in a line break would pass the schema.
    """
    body = pattern[:-1]
    escaped = (len(body) - len(body.rstrip("\\"))) % 2 == 1  # "\\$" is a dollar sign
    return body + "\\Z" if pattern.endswith("$") and not escaped else pattern


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(python_pattern(pattern))


def _pattern_keyword(validator: Any, pattern: str, instance: Any,
                     schema: Any) -> Iterator[jsonschema.ValidationError]:
    """jsonschema's ``pattern`` keyword, with ``$`` read as in ECMA-262 (see
    :func:`python_pattern`)."""
    if validator.is_type(instance, "string") and not _compiled(pattern).search(instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


#: Draft 2020-12, with patterns anchored as the schema's own language anchors them.
_Validator = jsonschema.validators.extend(jsonschema.Draft202012Validator,
                                          {"pattern": _pattern_keyword})


@lru_cache(maxsize=1)
def _validators() -> tuple[jsonschema.Draft202012Validator, jsonschema.Draft202012Validator]:
    """(validator of the file without its records, validator of one record)."""
    schema = _schema()
    top = dict(schema)
    top["properties"] = dict(schema["properties"], records={"type": "array"})
    record_schema = {"$ref": "#/$defs/record", "$defs": schema["$defs"]}
    return _Validator(top), _Validator(record_schema)


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
        raise LoadError(f"{file}: line {exc.lineno}, column {exc.colno}: "
                        f"invalid JSON ({_json_reason(exc.msg)})") from None
    except RecursionError:
        raise LoadError(f"{file}: JSON nested too deeply to read") from None
    except ValueError:  # Python converts at most 4,300 digits to an int (CVE-2020-10735)
        raise LoadError(_long_number_message(text, file)) from None


#: A JSON string (skipped) or a number's integer digits and what follows them.
_STRING_OR_DIGITS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|-?([0-9]+)([.eE]?)')


def _long_number_message(text: str, file: str) -> str:
    """The message for JSON *text* holding a whole number longer than Python converts,
    with the line and column of the first one."""
    limit = getattr(sys, "get_int_max_str_digits", lambda: 4300)()
    for m in _STRING_OR_DIGITS.finditer(text):
        digits, after = m.groups()
        if digits is not None and len(digits) > limit and not after:
            line = text.count("\n", 0, m.start()) + 1
            column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
            return (f"{file}: line {line}, column {column}: a whole number of "
                    f"{len(digits):,} digits; this viewer reads numbers of at most "
                    f"{limit:,} digits")
    return f"{file}: a whole number of more than {limit:,} digits, which this viewer cannot read"


def _json_reason(message: str) -> str:
    """The standard parser's reason, with "here" for its dangling "at" (``Unterminated
    string starting at``): the place is given as line and column before it."""
    return message[:-3] + " here" if message.endswith(" at") else message


def load_file(path: str | Path, progress: Progress | None = None) -> LoadResult:
    """Load a timeline file in this viewer's own JSON format.

    *progress* is called with (records done, total); see :data:`~viewer.core.errors.Progress`.

    Raises
    ------
    LoadError
        When the file as a whole cannot be used (missing, unreadable, empty, not text in an
        encoding we read, not JSON; see :func:`parse_json`), or when it is JSON
        of the wrong shape (for example not an object with ``lanes`` and ``records``).
    """
    path = Path(path)
    from viewer.core.typed_loading import load_fast_file  # a module that imports this one

    fast = load_fast_file(path, progress)
    if fast is not None:
        return fast
    text = decode(read_bytes(path), str(path))
    data = parse_json(text, str(path))
    return with_clean_text(data, text, str(path),
                           lambda clean: load_document(clean, str(path), progress))


BAD_TEXT_MESSAGE = ("held a character that is not text (a lone UTF-16 surrogate or a control "
                    f"character), shown as {REPLACEMENT}")


def with_clean_text(data: Any, text: str, file: str,
                    load: Callable[[Any], LoadResult]) -> LoadResult:
    """``load(data)`` after the bad characters of parsed JSON *data* (decoded from *text*)
    are replaced (see :mod:`viewer.core.textcheck`), with a warning for each value changed,
    naming the record (by its place in its array and its id) and the field."""
    paths = clean_json(data) if json_may_hold_bad_text(text) else []
    result = load(data)
    if not paths:
        return result
    warnings = []
    for path in paths:
        index, rid, collection, field_path = None, None, "", path
        record: Any = None
        if len(path) >= 2 and isinstance(path[0], str) and isinstance(path[1], int):
            collection = "" if path[0] == "records" else path[0]  # "events #3", as importers say
            index, field_path, record = path[1], path[2:], data[path[0]][path[1]]
        elif path and isinstance(path[0], int):  # a top-level array (vis-timeline)
            index, field_path, record = path[0], path[1:], data[path[0]]
        if isinstance(record, dict):
            found = record.get("id", record.get("unique_id"))
            rid = str(found) if isinstance(found, (str, int)) else None
        warnings.append(Problem("warning", file, index, rid,
                                ".".join(str(p) for p in field_path), BAD_TEXT_MESSAGE,
                                collection=collection))
    return dataclasses.replace(result, problems=result.problems + tuple(warnings))


def _path_of(error: jsonschema.ValidationError) -> str:
    """The JSON path of the field *error* is about; for fields the schema does not know,
    the path of the (first) unknown field itself."""
    path = [str(p) for p in error.absolute_path]
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        unknown = sorted(str(k) for k in error.instance if k not in known)
        if unknown:
            path.append(unknown[0])
    return ".".join(path)


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
    with gc_paused():
        return _load_document(data, file, progress)


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


def _load_document(data: Any, file: str, progress: Progress | None) -> LoadResult:
    if not isinstance(data, dict):
        raise LoadError(f"{file}: expected a JSON object with 'lanes' and 'records', "
                        f"found {json_kind(data)}")
    top_validator, record_validator = _validators()
    top_errors = sorted(top_validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if top_errors:
        first = top_errors[0]
        where = _path_of(first) or "top level"
        raise LoadError(f"{file}: {where}: {first.message}")

    problems: list[Problem] = []
    lane_list: list[Lane] = []
    lane_seen: set[str] = set()
    for n, lane in enumerate(data["lanes"]):
        if lane["id"] in lane_seen:
            problems.append(Problem("error", file, None, None, f"lanes.{n}.id",
                                    f"duplicate lane id {lane['id']!r}; the second is ignored"))
            continue
        lane_seen.add(lane["id"])
        lane_list.append(Lane(lane["id"], lane["title"], lane.get("description", "")))
    lanes = tuple(lane_list)
    raws = data["records"]

    refused = 0

    def candidates() -> Iterator[tuple[int, str, Any]]:
        nonlocal refused
        for index, raw in enumerate(raws):
            rid = (raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str)
                   else None)
            if _plainly_valid(raw):
                yield index, raw["id"], raw
                continue
            if refused >= LISTED_ERROR_RECORDS:
                # Only counted: a cheap refusal, else jsonschema up to its first error.
                if _surely_invalid(raw) or not record_validator.is_valid(raw):
                    refused += 1
                    continue
                assert rid is not None
                yield index, rid, raw
                continue
            errors = sorted(record_validator.iter_errors(raw),
                            key=lambda e: list(e.absolute_path))
            if errors:
                refused += 1
                for err in errors[:3]:
                    problems.append(Problem("error", file, index, rid, _path_of(err),
                                            _short_message(err)))
                continue
            assert rid is not None
            yield index, rid, raw
        if refused > LISTED_ERROR_RECORDS:
            unlisted = refused - LISTED_ERROR_RECORDS
            problems.append(Problem(
                "error", file, None, None, "records",
                f"… and {_plural(unlisted, 'more record')} with errors, left out without "
                f"being listed (only the first {LISTED_ERROR_RECORDS} records with errors "
                f"are); {refused:,} of {_plural(len(raws), 'record')} refused in all"))

    result = _assemble(file, data["title"], data.get("description", ""), data.get("as_of"),
                       lanes, candidates(), len(raws), problems, progress)
    unlisted = max(refused - LISTED_ERROR_RECORDS, 0)
    return dataclasses.replace(result, unlisted_errors=unlisted) if unlisted else result


def _plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'s' * (n != 1)}"


def _surely_invalid(raw: Any) -> bool:
    """Whether the schema refuses *raw* as a record for a reason seen without jsonschema:
    not an object, a required field missing, a field the schema does not know, a kind
    that is not one of its kinds. False says nothing (jsonschema decides)."""
    if type(raw) is not dict:
        return True
    keys = raw.keys()
    kind = raw.get("kind")
    return not (_REQUIRED <= keys <= _RECORD_KEYS) or type(kind) is not str or kind not in _KINDS


def _assemble(file: str, title: str, description: str, as_of_text: str | None,
              lanes: tuple[Lane, ...], candidates: Iterable[tuple[int, str, Any]], total: int,
              problems: list[Problem], progress: Progress | None) -> LoadResult:
    """The general path's checks of meaning (the typed path in
    :mod:`viewer.core.typed_loading` makes the same checks, in the same order, inline in
    its hot loop; a test compares the two).

    Each of *candidates*, ``(index in the file, id, raw record the schema accepts)``, is
    built (a bad date raises :class:`FieldError`) unless its id is
    already taken, its end is before its start or its lane is unknown; each refusal
    appends a :class:`Problem` to *problems*. Then references to unknown records become
    warnings and ``as_of`` is parsed. *total* is the number of records in the file, for
    *progress*.

    Raises
    ------
    LoadCancelled
        When *progress* raises it.
    """
    lane_ids = {lane.id for lane in lanes}
    records: list[Record] = []
    seen: dict[str, int] = {}
    for index, rid, raw in candidates:
        if progress is not None and index % PROGRESS_EVERY == 0:
            progress(index, total)
        if rid in seen:
            problems.append(Problem("error", file, index, rid, "id",
                                    f"duplicate id (first used by record {seen[rid] + 1})"))
            continue
        try:
            record = _build_record(raw)
        except FieldError as exc:
            problems.append(Problem("error", file, index, rid, exc.field, exc.message))
            continue
        if record.lane is not None and record.lane not in lane_ids:
            problems.append(Problem("error", file, index, rid, "lane",
                                    f"unknown lane {record.lane!r}"))
            continue
        seen[rid] = index
        records.append(record)

    return finish(file, title, description, as_of_text, lanes, records, seen, problems,
                  progress, total)


def finish(file: str, title: str, description: str, as_of_text: str | None,
           lanes: tuple[Lane, ...], records: list[Record], seen: dict[str, int],
           problems: list[Problem], progress: Progress | None, total: int,
           with_references: list[Record] | None = None) -> LoadResult:
    """The last checks of a load and its result: references to unknown records become
    warnings, ``as_of`` is parsed. *seen* maps each loaded record's id to its index in the
    file; *with_references* (default: all of *records*) are the records that refer to
    others."""
    known = seen.keys()
    for record in records if with_references is None else with_references:
        if not (record.related or record.about or record.from_record or record.to_record):
            continue
        for ref_field, refs in (("related", record.related), ("about", record.about),
                                ("from_record", (record.from_record,)),
                                ("to_record", (record.to_record,))):
            for ref in refs:
                if ref is not None and ref not in known:
                    problems.append(Problem("warning", file, seen[record.id], record.id,
                                            ref_field, f"refers to unknown record {ref!r}"))

    as_of = None
    if as_of_text is not None:
        try:
            as_of = parse_edtf(as_of_text)
        except DateError as exc:
            problems.append(Problem("warning", file, None, None, "as_of", str(exc)))
    dataset = Dataset(title=title, lanes=lanes, records=tuple(records),
                      description=description, as_of=as_of, path=file)
    if progress is not None:
        progress(total, total)
    return LoadResult(dataset, tuple(problems))


def _pattern(name: str) -> re.Pattern[str]:
    pattern: str = _schema()["$defs"][name]["pattern"]
    return _compiled(pattern)


_ID = _pattern("id")
_EDTF = _pattern("edtf")
_URL = _pattern("url")
_RECORD_KEYS = frozenset(_schema()["$defs"]["record"]["properties"])
_REQUIRED = frozenset(_schema()["$defs"]["record"]["required"])
_KINDS = frozenset(_schema()["$defs"]["record"]["properties"]["kind"]["enum"])
_STATUSES = frozenset(_schema()["$defs"]["record"]["properties"]["status"]["enum"])
_PLACE_KEYS = frozenset(_schema()["$defs"]["place"]["properties"])
_PERSON_KEYS = frozenset(_schema()["$defs"]["person"]["properties"])


def _aliases_ok(raw: dict[str, Any]) -> bool:
    """The optional ``aliases`` of a place or person: absent, or a list of non-empty strings."""
    aliases = raw.get("aliases", [])
    return type(aliases) is list and all(type(a) is str and a for a in aliases)
_TEXT_KEYS = ("summary", "how_ended", "publisher", "notes")
#: Fields the quick check leaves to jsonschema (records that have them take the full check).
_CHECKED_BY_SCHEMA_ONLY = frozenset({"facts", "disputes", "elected", "end_reason",
                                     "field_sources"})


def _ids(value: Any) -> bool:
    return type(value) is list and all(type(v) is str and _ID.search(v) for v in value)


def _plainly_valid(raw: Any) -> bool:
    """A quick structural check of one record against the schema's ``record``.

    True only for records the schema accepts (the same patterns, searched as jsonschema
    does); False for the rest and for what it does not check itself (facts, disputes,
    source objects), which then go through jsonschema. Costs about a microsecond.
    """
    if type(raw) is not dict:
        return False
    keys = raw.keys()
    if not (_REQUIRED <= keys <= _RECORD_KEYS):
        return False
    rid, title, start = raw["id"], raw["title"], raw["start"]
    if not (type(rid) is str and _ID.search(rid) and type(title) is str and title
            and type(raw["kind"]) is str and raw["kind"] in _KINDS and (start is None or type(start) is str
                                           and _EDTF.search(start))):
        return False
    sources = raw["sources"]
    if not (type(sources) is list and sources
            and all(type(u) is str and _URL.search(u) for u in sources)):
        return False
    if len(keys) == 5:
        return True
    if keys & _CHECKED_BY_SCHEMA_ONLY:
        return False
    get = raw.get
    end = get("end")
    if end is not None and not (type(end) is str and (end == ".." or _EDTF.search(end))):
        return False
    lane = get("lane")
    if lane is not None and type(lane) is not str:
        return False
    if "status" in keys and not (type(raw["status"]) is str and raw["status"] in _STATUSES):
        return False
    if "session" in keys and not (type(raw["session"]) is int and raw["session"] >= 1):
        return False
    place = get("place")
    if place is not None and not (type(place) is dict and place.keys() <= _PLACE_KEYS
                                  and all(v is None or type(v) is str
                                          for k, v in place.items() if k != "aliases")
                                  and _aliases_ok(place)):
        return False
    if "people" in keys:
        people = raw["people"]
        if not (type(people) is list and all(
                type(p) is dict and p.keys() <= _PERSON_KEYS and type(p.get("name")) is str
                and p["name"] and all(type(v) is str for k, v in p.items() if k != "aliases")
                and _aliases_ok(p) for p in people)):
            return False
    for name in _TEXT_KEYS:
        if name in keys and type(raw[name]) is not str:
            return False
    for name in ("from_record", "to_record"):
        if name in keys and not (type(raw[name]) is str and _ID.search(raw[name])):
            return False
    for name in ("about", "related"):
        if name in keys and not _ids(raw[name]):
            return False
    if "url" in keys and not (type(raw["url"]) is str and _URL.search(raw["url"])):
        return False
    if "inferred" in keys:
        inferred = raw["inferred"]
        if not (type(inferred) is list and all(type(v) is str for v in inferred)
                and len(set(inferred)) == len(inferred)):
            return False
    return not ("facts" in keys or "disputes" in keys)



_FIELD_HINTS = {
    "start": "an EDTF date: YYYY, YYYY-MM or YYYY-MM-DD (slash dates like 03/04/1923 are "
             "ambiguous and not accepted), or null when unknown",
    "end": "an EDTF date: YYYY, YYYY-MM or YYYY-MM-DD, '..' when still running, or null",
    "as_of": "an EDTF date",
}


def _json_shown(value: Any, limit: int = 60) -> str:
    """*value* as JSON for a message, cut to about *limit* characters."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + f"… ({len(text):,} characters)"


def _short_message(err: jsonschema.ValidationError) -> str:
    """A schema error in words a user can act on (no regular expressions)."""
    message = _schema_message(err)
    if err.validator in ("pattern", "oneOf") and isinstance(err.instance, str):
        if err.instance.endswith(("\n", "\r")):
            message += " (it ends with a line break)"
        path = [str(p) for p in err.absolute_path]
        if path[:1] in (["start"], ["end"], ["elected"]) or path[-1:] == ["date"]:
            try:
                check_ascii_digits(err.instance)
            except DateError as exc:  # "١٩٢٣": say why it is not a date
                message = str(exc)
    return message


def _schema_message(err: jsonschema.ValidationError) -> str:
    path = [str(p) for p in err.absolute_path]
    field = path[0] if path else ""
    if not path and err.validator == "type":
        return f"a record must be a JSON object, not {_json_shown(err.instance)}"
    if err.validator == "additionalProperties":
        unknown = _path_of(err).rsplit(".", 1)[-1]
        return (f"unknown field {unknown!r}: this format has no such field (see "
                "data/timeline.schema.json); the record is left out")
    if field in _FIELD_HINTS and err.validator in ("oneOf", "pattern", "type"):
        return f"{_json_shown(err.instance)} is not {_FIELD_HINTS[field]}"
    if "sources" in path and err.validator in ("oneOf", "pattern", "type"):
        if isinstance(err.instance, str):
            return f"{shown(err.instance)} is not an http:// or https:// address"
        return "a source must be an http(s) address or an object with a 'url'"
    if err.validator == "pattern" and isinstance(err.instance, str):
        if field == "url" or path[-1:] == ["url"]:
            return f"{shown(err.instance)} is not an http:// or https:// address"
        if field in ("id", "related", "about", "from_record", "to_record") or path[-1:] == ["id"]:
            return (f"{shown(err.instance)} is not a valid id (letters, digits and "
                    "_ . : - only, starting with a letter or digit)")
    if err.validator == "minItems" and field == "sources":
        return "no source: every record needs at least one http(s) source"
    if err.validator == "oneOf" and err.context:
        return f"{_json_shown(err.instance)} is not valid here: " + "; ".join(
            sorted({c.message[:200] for c in err.context})[:2])
    message = str(err.message)  # jsonschema quotes the whole value, which may be huge
    return message if len(message) <= 200 else message[:200] + "…"


class FieldError(Exception):
    """A field of a record that the schema accepts but that means nothing (a date that
    does not exist, an end before the start)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _date(raw: dict[str, Any], name: str) -> EdtfDate | None:
    return _date_value(raw.get(name), name)


def _date_value(value: Any, name: str) -> EdtfDate | None:
    if value is None or value == "..":
        return None
    try:
        return parse_edtf(value)
    except DateError as exc:
        raise FieldError(name, str(exc)) from None


def _build_record(raw: dict[str, Any]) -> Record:
    start = _date(raw, "start")
    end = _date(raw, "end")
    elected = _date(raw, "elected")
    if start is not None and end is not None and end.last_day < start.first_day:
        raise FieldError("end", f"end {end.text} is before start {start.text}")
    place_raw = raw.get("place")
    place = Place(place_raw.get("city"), place_raw.get("country"), place_raw.get("venue"),
                  tuple(place_raw.get("aliases", ()))) if place_raw else None
    sources = tuple(Source(s) if isinstance(s, str) else
                    Source(s["url"], s.get("title", ""), s.get("publisher", ""))
                    for s in raw["sources"])
    return Record(
        id=raw["id"],
        kind=raw["kind"],
        title=raw["title"],
        start=start,
        end=end,
        open_end=raw.get("end") == "..",
        lane=raw.get("lane"),
        session=None if raw.get("session") is None else int(raw["session"]),  # 5.0 is 5
        status=raw.get("status", ""),
        inferred=tuple(raw.get("inferred", ())),
        place=place,
        people=tuple(Person(p["name"], p.get("role", ""), p.get("country", ""),
                           p.get("short_name", ""), tuple(p.get("aliases", ())))
                     for p in raw.get("people", ())),
        summary=raw.get("summary", ""),
        facts=tuple(Fact(f["label"], f["value"], tuple(f["sources"]))
                    for f in raw.get("facts", ())),
        disputes=tuple(
            Dispute(d["field"], tuple(Alternative(a["value"], tuple(a["sources"]),
                                                  bool(a.get("preferred", False)))
                                      for a in d["alternatives"]), d.get("note", ""))
            for d in raw.get("disputes", ())),
        how_ended=raw.get("how_ended", ""),
        end_reason=raw.get("end_reason", ""),
        elected=elected,
        field_sources=tuple((name, tuple(urls))
                            for name, urls in raw.get("field_sources", {}).items()),
        from_record=raw.get("from_record"),
        to_record=raw.get("to_record"),
        about=tuple(raw.get("about", ())),
        related=tuple(raw.get("related", ())),
        publisher=raw.get("publisher", ""),
        url=raw.get("url", ""),
        notes=raw.get("notes", ""),
        sources=sources,
    )
