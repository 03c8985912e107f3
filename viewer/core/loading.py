"""Read a timeline file into a :class:`~viewer.core.records.Dataset`, record by record.

A file that cannot be read or parsed at all raises :class:`LoadError` naming the file and
the place (line and column for JSON syntax errors). Otherwise each record is checked on its
own against the JSON Schema in ``data/timeline.schema.json`` and for meaning (dates parse,
end not before start, ids unique, lanes exist); a bad record becomes a :class:`Problem`
and the good records still load. Input files are only ever opened for reading.

Large files: the file is parsed with msgspec (the standard ``json`` module only explains
errors), each record first gets a structural check that mirrors the schema
(:func:`_plainly_valid`), and only the records it does not accept go through jsonschema,
which gives the messages. The cyclic garbage collector is paused while the records are
built (a million records would otherwise trigger dozens of full collections).
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

import jsonschema
import msgspec

from viewer.core.dates import DateError, EdtfDate, parse_edtf
from viewer.core.paths import SCHEMA_PATH
from viewer.core.records import (
    Alternative, Dataset, Dispute, Fact, Lane, Person, Place, Record, Source,
)



class LoadError(Exception):
    """The file cannot be used at all (missing, unreadable, empty, not JSON, wrong shape).

    The message names the file and, where known, the line and column.
    """


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found while loading.

    ``index`` is the 0-based position of the record in the file's ``records`` array
    (``None`` for file-level problems); ``field`` is a JSON path inside the record.
    """

    severity: Literal["error", "warning"]
    file: str
    index: int | None
    record_id: str | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.index is not None:
            where += f", record {self.index + 1}"
        if self.record_id:
            where += f" (id {self.record_id!r})"
        if self.field:
            where += f", field {self.field!r}"
        return f"{self.severity}: {where}: {self.message}"


@dataclass(frozen=True)
class LoadResult:
    """A dataset of the valid records and the problems met on the way."""

    dataset: Dataset
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> list[Problem]:
        """Problems of severity ``error`` (each one cost a record)."""
        return [p for p in self.problems if p.severity == "error"]


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    with SCHEMA_PATH.open(encoding="utf-8") as fh:
        schema: dict[str, Any] = json.load(fh)
    return schema


@lru_cache(maxsize=1)
def _validators() -> tuple[jsonschema.Draft202012Validator, jsonschema.Draft202012Validator]:
    """(validator of the file without its records, validator of one record)."""
    schema = _schema()
    top = dict(schema)
    top["properties"] = dict(schema["properties"], records={"type": "array"})
    record_schema = {"$ref": "#/$defs/record", "$defs": schema["$defs"]}
    return (jsonschema.Draft202012Validator(top),
            jsonschema.Draft202012Validator(record_schema))


_BOM = b"\xef\xbb\xbf"


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (records hold no cycles; counting frees them)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_bytes(path: Path) -> bytes:
    """The bytes of a file that is not empty (see :func:`read_json` for the errors)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LoadError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise LoadError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise LoadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not raw or raw.isspace():
        raise LoadError(f"{path}: the file is empty")
    return raw


def _without_bom(raw: bytes) -> bytes | memoryview:
    return memoryview(raw)[3:] if raw.startswith(_BOM) else raw


def _parse(raw: bytes, path: Path) -> Any:
    try:
        # Fast path; on any complaint the standard parser below finds the place of the error.
        return msgspec.json.decode(_without_bom(raw))
    except msgspec.DecodeError:
        pass
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(f"{path}: not UTF-8 text (byte {exc.start}: {exc.reason})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoadError(f"{path}: line {exc.lineno}, column {exc.colno}: "
                        f"invalid JSON ({exc.msg})") from None


def read_json(path: Path) -> Any:
    """Read and parse a JSON file, with messages that name the file and the place.

    Raises
    ------
    LoadError
        Missing or unreadable file, empty file, bytes that are not UTF-8, JSON syntax error.
    """
    return _parse(_read_bytes(path), path)


def load_file(path: str | Path) -> LoadResult:
    """Load a timeline file in this viewer's own JSON format.

    Raises
    ------
    LoadError
        When the file as a whole cannot be used (see :func:`read_json`), or when it is JSON
        of the wrong shape (for example not an object with ``lanes`` and ``records``).
    """
    path = Path(path)
    with _gc_paused():
        raw = _read_bytes(path)
        typed = _decode_typed(raw)
        if typed is not None:
            del raw
            result = _load_typed(typed, str(path))
            if result is not None:
                return result
            raw = _read_bytes(path)
        return _load(_parse(raw, path), str(path), consume=True)


def _path_of(error: jsonschema.ValidationError) -> str:
    return ".".join(str(p) for p in error.absolute_path)


def load_document(data: Any, file: str) -> LoadResult:
    """Build a dataset from parsed JSON *data* (see :func:`load_file`); *file* names it
    in messages. *data* is not changed.

    Raises
    ------
    LoadError
        When *data* is not an object with ``format``, ``title``, ``lanes`` and ``records``
        as the schema describes.
    """
    with _gc_paused():
        return _load(data, file, consume=False)


def _load(data: Any, file: str, consume: bool) -> LoadResult:
    """:func:`load_document`; with *consume*, each record's JSON is dropped from *data*
    once it is built, so that a large file does not need both in memory at once."""
    if not isinstance(data, dict):
        raise LoadError(f"{file}: expected a JSON object with 'lanes' and 'records', "
                        f"found a JSON {type(data).__name__}")
    top_validator, record_validator = _validators()
    top_errors = sorted(top_validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if top_errors:
        first = top_errors[0]
        where = _path_of(first) or "top level"
        raise LoadError(f"{file}: {where}: {first.message}")

    problems: list[Problem] = []
    lanes = tuple(Lane(lane["id"], lane["title"], lane.get("description", ""))
                  for lane in data["lanes"])

    def candidates() -> Iterator[tuple[int, str, Any]]:
        raws = data["records"]
        for index, raw in enumerate(raws):
            if consume:
                raws[index] = None
            rid = (raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str)
                   else None)
            if not _plainly_valid(raw):
                errors = sorted(record_validator.iter_errors(raw),
                                key=lambda e: list(e.absolute_path))
                if errors:
                    for err in errors[:3]:
                        problems.append(Problem("error", file, index, rid, _path_of(err),
                                                _short_message(err)))
                    continue
            assert rid is not None
            yield index, rid, raw

    as_of_text = data["as_of"] if "as_of" in data else None
    return _assemble(file, data["title"], data.get("description", ""), as_of_text, lanes,
                     candidates(), _build_record, problems)


def _assemble(file: str, title: str, description: str, as_of_text: Any,
              lanes: tuple[Lane, ...], candidates: Iterable[tuple[int, str, Any]],
              build: Callable[[Any], Record], problems: list[Problem]) -> LoadResult:
    """The checks of meaning shared by both paths: each candidate ``(index in the file,
    id, raw record that the schema accepts)`` is built with *build* unless its id is
    taken, its dates are wrong or its lane unknown; then references and ``as_of``."""
    lane_ids = {lane.id for lane in lanes}
    records: list[Record] = []
    seen: dict[str, int] = {}
    for index, rid, raw in candidates:
        if rid in seen:
            problems.append(Problem("error", file, index, rid, "id",
                                    f"duplicate id (first used by record {seen[rid] + 1})"))
            continue
        try:
            record = build(raw)
        except _FieldError as exc:
            problems.append(Problem("error", file, index, rid, exc.field, exc.message))
            continue
        if record.lane is not None and record.lane not in lane_ids:
            problems.append(Problem("error", file, index, rid, "lane",
                                    f"unknown lane {record.lane!r}"))
            continue
        seen[rid] = index
        records.append(record)

    for record in records:
        if not (record.related or record.about or record.from_record or record.to_record):
            continue  # most records refer to none
        for ref_field, refs in (("related", record.related), ("about", record.about),
                                ("from_record", (record.from_record,)),
                                ("to_record", (record.to_record,))):
            for ref in refs:
                if ref is not None and ref not in seen:
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
    return LoadResult(dataset, tuple(problems))


def _pattern(name: str) -> re.Pattern[str]:
    pattern: str = _schema()["$defs"][name]["pattern"]
    return re.compile(pattern)


_ID = _pattern("id")
_EDTF = _pattern("edtf")
_URL = _pattern("url")
_RECORD_KEYS = frozenset(_schema()["$defs"]["record"]["properties"])
_REQUIRED = frozenset(_schema()["$defs"]["record"]["required"])
_KINDS = frozenset(_schema()["$defs"]["record"]["properties"]["kind"]["enum"])
_STATUSES = frozenset(_schema()["$defs"]["record"]["properties"]["status"]["enum"])
_PLACE_KEYS = frozenset(_schema()["$defs"]["place"]["properties"])
_PERSON_KEYS = frozenset(_schema()["$defs"]["person"]["properties"])
_TEXT_KEYS = ("summary", "how_ended", "publisher", "notes")


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
                                          for v in place.values())):
        return False
    if "people" in keys:
        people = raw["people"]
        if not (type(people) is list and all(
                type(p) is dict and p.keys() <= _PERSON_KEYS and type(p.get("name")) is str
                and p["name"] and all(type(v) is str for v in p.values()) for p in people)):
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


def _short_message(err: jsonschema.ValidationError) -> str:
    if err.validator == "oneOf" and err.context:
        return f"{err.instance!r} is not valid here: " + "; ".join(
            sorted({c.message for c in err.context})[:2])
    return err.message


class _FieldError(Exception):
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
        raise _FieldError(name, str(exc)) from None


def _build_record(raw: dict[str, Any]) -> Record:
    get = raw.get
    start = _date(raw, "start")
    end = _date(raw, "end")
    if start is not None and end is not None and end.last_day < start.first_day:
        raise _FieldError("end", f"end {end.text} is before start {start.text}")
    place_raw = get("place")
    place = Place(place_raw.get("city"), place_raw.get("country"),
                  place_raw.get("venue")) if place_raw else None
    sources = tuple(Source(s) if isinstance(s, str) else
                    Source(s["url"], s.get("title", ""), s.get("publisher", ""))
                    for s in raw["sources"])
    # Optional parts are looked at only when present: most records of a large file have
    # none, and building empty tuples a million times costs seconds.
    people = facts = disputes = inferred = about = related = ()
    if "people" in raw:
        people = tuple(Person(p["name"], p.get("role", ""), p.get("country", ""))
                       for p in raw["people"])
    if "facts" in raw:
        facts = tuple(Fact(f["label"], f["value"], tuple(f["sources"])) for f in raw["facts"])
    if "disputes" in raw:
        disputes = tuple(
            Dispute(d["field"], tuple(Alternative(a["value"], tuple(a["sources"]),
                                                  bool(a.get("preferred", False)))
                                      for a in d["alternatives"]), d.get("note", ""))
            for d in raw["disputes"])
    if "inferred" in raw:
        inferred = tuple(raw["inferred"])
    if "about" in raw:
        about = tuple(raw["about"])
    if "related" in raw:
        related = tuple(raw["related"])
    return Record(
        id=raw["id"],
        kind=raw["kind"],
        title=raw["title"],
        start=start,
        end=end,
        open_end=get("end") == "..",
        lane=get("lane"),
        session=get("session"),
        status=get("status", ""),
        inferred=inferred,
        place=place,
        people=people,
        summary=get("summary", ""),
        facts=facts,
        disputes=disputes,
        how_ended=get("how_ended", ""),
        from_record=get("from_record"),
        to_record=get("to_record"),
        about=about,
        related=related,
        publisher=get("publisher", ""),
        url=get("url", ""),
        notes=get("notes", ""),
        sources=sources,
    )


# -- The typed fast path ----------------------------------------------------------------------
# The schema again, as msgspec types: msgspec checks them in C while it parses (patterns are
# searched, as jsonschema does), and a file that passes needs no per-record check in Python.
# Optional fields that the schema does not allow to be null get a default of their own type,
# which is never checked, so that present values are. A file that fails anywhere is loaded
# again by the general path, which names each problem.

def _meta_str(name: str) -> Any:
    return Annotated[str, msgspec.Meta(pattern=_schema()["$defs"][name]["pattern"])]


_IdT = _meta_str("id")
_EdtfT = _meta_str("edtf")
_UrlT = _meta_str("url")
_TextT = Annotated[str, msgspec.Meta(min_length=1)]
_KindT = Literal["session", "presidency", "secretary_general", "handover", "article",
                 "no_session", "event"]
_StatusT = Literal["held", "announced", "scheduled", "official", "acting", "not_recognised",
                   "no_session", "published"]


class _SourceIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    url: _UrlT
    title: str = ""
    publisher: str = ""
    date: _EdtfT = ""


class _PersonIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    name: _TextT
    role: str = ""
    country: str = ""


class _PlaceIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    city: str | None | msgspec.UnsetType = msgspec.UNSET
    country: str | None | msgspec.UnsetType = msgspec.UNSET
    venue: str | None | msgspec.UnsetType = msgspec.UNSET


class _FactIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    label: _TextT
    value: _TextT
    sources: Annotated[tuple[_UrlT, ...], msgspec.Meta(min_length=1)]


class _AlternativeIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    value: _TextT
    sources: Annotated[tuple[_UrlT, ...], msgspec.Meta(min_length=1)]
    preferred: bool = False


class _DisputeIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    field: str
    alternatives: Annotated[tuple[_AlternativeIn, ...], msgspec.Meta(min_length=2)]
    note: str = ""


class _RecordIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    # id, start, end and the string sources have their patterns checked for all records
    # at once afterwards (_patterns_hold): a million regex calls from msgspec cost seconds.
    id: str
    kind: _KindT
    title: _TextT
    start: str | None
    sources: Annotated[tuple[str | _SourceIn, ...], msgspec.Meta(min_length=1)]
    lane: str | None = None
    session: Annotated[int, msgspec.Meta(ge=1)] = 0
    end: str | None = None
    status: _StatusT = ""
    inferred: tuple[str, ...] = ()
    place: _PlaceIn | None = None
    people: tuple[_PersonIn, ...] = ()
    summary: str = ""
    facts: tuple[_FactIn, ...] = ()
    disputes: tuple[_DisputeIn, ...] = ()
    how_ended: str = ""
    from_record: _IdT = ""
    to_record: _IdT = ""
    about: tuple[_IdT, ...] = ()
    related: tuple[_IdT, ...] = ()
    publisher: str = ""
    url: _UrlT = ""
    notes: str = ""


class _LaneIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    id: _IdT
    title: _TextT
    description: str = ""


class _DocumentIn(msgspec.Struct, forbid_unknown_fields=True):
    format: Literal["timeline-viewer/1"]
    title: _TextT
    lanes: Annotated[tuple[_LaneIn, ...], msgspec.Meta(min_length=1)]
    records: list[_RecordIn]
    description: str = ""
    as_of: _EdtfT = ""
    licence: str = ""


_TYPED_DECODER = msgspec.json.Decoder(_DocumentIn)


def _decode_typed(raw: bytes) -> _DocumentIn | None:
    """The whole file as :class:`_DocumentIn`, or ``None`` when anything in it does not
    fit (then the general path takes over)."""
    try:
        return _TYPED_DECODER.decode(_without_bom(raw))
    except (msgspec.DecodeError, RecursionError):
        return None


def _all_match(values: list[str], name: str) -> bool:
    """Whether every string of *values* fully matches the schema's pattern *name* (which
    is ``^...$``) and holds no line break: one regex over all of them joined by line
    breaks. Stricter than a search for the pattern in each (which lets ``$`` match before
    a final line break), never looser."""
    pattern: str = _schema()["$defs"][name]["pattern"]
    assert pattern.startswith("^") and pattern.endswith("$")
    lines = re.compile(f"(?:(?:{pattern[1:-1]})\n)*")
    # In chunks: the regex engine keeps a backtracking entry per repetition.
    for i in range(0, len(values), 4096):
        chunk = values[i:i + 4096]
        joined = "\n".join(chunk) + "\n"
        if joined.count("\n") != len(chunk) or lines.fullmatch(joined) is None:
            return False
    return True


def _patterns_hold(records: list[_RecordIn]) -> bool:
    """The schema's patterns for the fields of :class:`_RecordIn` that are not checked
    while decoding: ids, start and end dates, sources given as strings."""
    return (_all_match([r.id for r in records], "id")
            and _all_match([r.start for r in records if r.start is not None], "edtf")
            and _all_match([e for r in records if (e := r.end) is not None and e != ".."],
                           "edtf")
            and _all_match([u for r in records for u in r.sources if type(u) is str], "url"))


def _load_typed(doc: _DocumentIn, file: str) -> LoadResult | None:
    """:func:`_load` for a file that fits the typed schema; ``None`` when a record needs
    what the types cannot say (``inferred`` with repeats, a pattern not matched), so the
    general path reports it."""
    if any(len(r.inferred) > 1 and len(set(r.inferred)) != len(r.inferred)
           for r in doc.records) or not _patterns_hold(doc.records):
        return None
    lanes = tuple(Lane(lane.id, lane.title, lane.description) for lane in doc.lanes)
    raws = doc.records

    def candidates() -> Iterator[tuple[int, str, _RecordIn]]:
        for index, raw in enumerate(raws):
            raws[index] = None  # type: ignore[call-overload]  # built: let it go
            yield index, raw.id, raw

    dates: dict[str, EdtfDate] = {}
    return _assemble(file, doc.title, doc.description, doc.as_of or None, lanes,
                     candidates(), lambda raw: _build_typed(raw, dates), [])


def _place_of(p: _PlaceIn | None) -> Place | None:
    if p is None:
        return None
    city, country, venue = p.city, p.country, p.venue
    if city is msgspec.UNSET and country is msgspec.UNSET and venue is msgspec.UNSET:
        return None  # {}: no place, as in the general path
    return Place(None if city is msgspec.UNSET else city,
                 None if country is msgspec.UNSET else country,
                 None if venue is msgspec.UNSET else venue)


def _build_typed(raw: _RecordIn, dates: dict[str, EdtfDate] | None = None) -> Record:
    """:func:`_build_record` of a typed record; *dates* memoises parsed dates for a load."""
    if dates is None:
        dates = {}
    start_text, end_text = raw.start, raw.end
    start = end = None
    if start_text is not None:
        start = dates.get(start_text)
        if start is None:
            start = _date_value(start_text, "start")
            assert start is not None
            dates[start_text] = start
    if end_text is not None and end_text != "..":
        end = dates.get(end_text)
        if end is None:
            end = _date_value(end_text, "end")
            assert end is not None
            dates[end_text] = end
    if start is not None and end is not None and end.last_day < start.first_day:
        raise _FieldError("end", f"end {end.text} is before start {start.text}")
    # Positional, in the order of Record's fields (a test compares with the general path).
    return Record(
        raw.id, raw.kind, raw.title, start, end, end_text == "..", raw.lane,
        raw.session or None, raw.status, raw.inferred, _place_of(raw.place),
        tuple([Person(p.name, p.role, p.country) for p in raw.people]) if raw.people else (),
        raw.summary,
        tuple([Fact(f.label, f.value, f.sources) for f in raw.facts]) if raw.facts else (),
        tuple([Dispute(d.field, tuple([Alternative(a.value, a.sources, a.preferred)
                                       for a in d.alternatives]), d.note)
               for d in raw.disputes]) if raw.disputes else (),
        raw.how_ended, raw.from_record or None, raw.to_record or None, raw.about, raw.related,
        raw.publisher, raw.url, raw.notes,
        tuple([Source(s) if type(s) is str else Source(s.url, s.title, s.publisher)
               for s in raw.sources]),
    )
