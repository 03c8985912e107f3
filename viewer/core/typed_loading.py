"""The fast path for loading large files of this viewer's own format.

The general path (:mod:`viewer.core.loading`) parses a file into Python dicts and checks
each record in Python: about 20 microseconds a record, 20 s for a million. Here the schema
is written once more as ``msgspec`` types, so that msgspec checks types, enums, lengths and
required fields in C while it parses; the patterns of ids, dates and URLs are then checked
for all records at once (one regular expression over the values joined by line breaks), and
records are built from the typed values without dict look-ups. A file that does not fit
anywhere is handed back (``None``) and the general path loads it and names each problem, so
both paths give the same result for every file (a test compares them, and a fuzz test checks
that nothing the schema rejects is accepted here).

Measured on 1,000,000 synthetic records (237 MB, ``benchmarks/generate.py``): see the README's
performance section.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec

from viewer.core.dates import EdtfDate
from viewer.core.encoding import read_bytes
from viewer.core.errors import Progress
from viewer.core.loading import (
    PROGRESS_EVERY,
    FieldError,
    LoadResult,
    Problem,
    _date_value,
    _schema,
    finish,
    gc_paused,
    python_pattern,
)
from viewer.core.records import Alternative, Dispute, Fact, Lane, Person, Place, Record, Source
from viewer.core.textcheck import json_may_hold_bad_text

__all__ = ["decode_typed", "load_fast", "load_fast_file", "load_typed"]

_UTF8_BOM = b"\xef\xbb\xbf"


def _meta_str(name: str) -> Any:
    # msgspec searches patterns as Python does: "$" would match before a final line break.
    return Annotated[str, msgspec.Meta(pattern=python_pattern(
        _schema()["$defs"][name]["pattern"]))]


_IdT = _meta_str("id")
_EdtfT = _meta_str("edtf")
_UrlT = _meta_str("url")
_TextT = Annotated[str, msgspec.Meta(min_length=1)]
_UrlsT = Annotated[tuple[_UrlT, ...], msgspec.Meta(min_length=1)]
KindT = Literal["session", "presidency", "secretary_general", "handover", "article",
                "no_session", "event", "era"]
"""The schema's record kinds (a test compares them with the schema)."""
StatusT = Literal["held", "announced", "scheduled", "official", "acting", "not_recognised",
                  "no_session", "published"]
"""The schema's statuses."""
EndReasonT = Literal["completed", "resigned", "died", "removed", "acting", "incumbent",
                     "unknown"]
"""The schema's ways a term ended."""


class _SourceIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    url: _UrlT
    title: str = ""
    publisher: str = ""
    date: _EdtfT = ""


class _PersonIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    name: _TextT
    role: str = ""
    country: str = ""
    short_name: _TextT = ""
    aliases: tuple[_TextT, ...] = ()


class _PlaceIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    city: str | None | msgspec.UnsetType = msgspec.UNSET
    country: str | None | msgspec.UnsetType = msgspec.UNSET
    venue: str | None | msgspec.UnsetType = msgspec.UNSET
    aliases: tuple[_TextT, ...] = ()


class _FactIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    label: _TextT
    value: _TextT
    sources: _UrlsT


class _AlternativeIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    value: _TextT
    sources: _UrlsT
    preferred: bool = False


class _DisputeIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    field: str
    alternatives: Annotated[tuple[_AlternativeIn, ...], msgspec.Meta(min_length=2)]
    note: str = ""


class _RecordIn(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    # Optional fields that the schema does not allow to be null get a default of their own
    # type, which is never checked, so that present values always are. id, start, end and
    # the string sources have their patterns checked for all records at once afterwards
    # (_patterns_hold): a million regular expression calls from msgspec cost seconds.
    id: str
    kind: KindT
    title: _TextT
    start: str | None
    sources: Annotated[tuple[str | _SourceIn, ...], msgspec.Meta(min_length=1)]
    lane: str | None = None
    session: Annotated[int, msgspec.Meta(ge=1)] = 0
    end: str | None = None
    status: StatusT = ""  # type: ignore[assignment]  # defaults are not checked
    inferred: tuple[str, ...] = ()
    place: _PlaceIn | None = None
    people: tuple[_PersonIn, ...] = ()
    summary: str = ""
    facts: tuple[_FactIn, ...] = ()
    disputes: tuple[_DisputeIn, ...] = ()
    how_ended: str = ""
    end_reason: EndReasonT = ""  # type: ignore[assignment]
    elected: _EdtfT | None = None
    field_sources: dict[_IdT, _UrlsT] = {}
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
    as_of: _EdtfT | None = None
    licence: str = ""


_DECODER = msgspec.json.Decoder(_DocumentIn)


def decode_typed(content: str | bytes | memoryview) -> _DocumentIn | None:
    """The whole JSON *content* as typed values, or ``None`` when anything in it does not
    fit the typed schema (then the general path takes over and names the problem)."""
    try:
        return _DECODER.decode(content)
    except (msgspec.DecodeError, RecursionError):
        return None


def _all_match(values: list[str], name: str) -> bool:
    """Whether every string of *values* fully matches the schema's pattern *name* (which
    is ``^...$``) and holds no line break: one regular expression over all of them joined
    by line breaks. Stricter than a search for the pattern in each (which lets ``$`` match
    before a final line break), never looser."""
    pattern: str = _schema()["$defs"][name]["pattern"]
    assert pattern.startswith("^") and pattern.endswith("$")
    lines = re.compile(f"(?:(?:{pattern[1:-1]})\n)*")
    for i in range(0, len(values), 4096):  # the regex engine keeps state per repetition
        chunk = values[i:i + 4096]
        joined = "\n".join(chunk) + "\n"
        if joined.count("\n") != len(chunk) or lines.fullmatch(joined) is None:
            return False
    return True


def load_typed(doc: _DocumentIn, file: str, progress: Progress | None = None
               ) -> LoadResult | None:
    """The dataset of a decoded file, the same as
    :func:`viewer.core.loading.load_document` gives; ``None`` when something needs the
    general path to be named: a pattern not matched, repeated ``inferred`` names, a
    repeated lane id.

    *doc* gives up its records as they are built (its list is emptied).

    Raises
    ------
    LoadCancelled
        When *progress* raises it.
    """
    raws = doc.records
    lane_list = [lane.id for lane in doc.lanes]
    ids = [r.id for r in raws]
    if (len(set(lane_list)) != len(lane_list)
            or any(len(r.inferred) > 1 and len(set(r.inferred)) != len(r.inferred)
                   for r in raws)
            or not _all_match(ids, "id")
            or not _all_match([u for r in raws for u in r.sources if type(u) is str], "url")):
        return None
    # Ids are unique in most files: then the loop need not look each one up.
    check_ids = len(set(ids)) != len(ids)
    del ids
    lanes = tuple(Lane(lane.id, lane.title, lane.description) for lane in doc.lanes)
    lane_ids = frozenset(lane_list)
    total = len(raws)
    problems: list[Problem] = []
    records: list[Record] = []
    with_references: list[Record] = []
    seen: dict[str, int] = {}
    dates: dict[str, EdtfDate] = {}
    append = records.append
    # One loop without helper calls for the common case: this is the hot path of a
    # million-record load (the general path's _assemble() does the same checks in the same
    # order: duplicate id, dates, end before start, lane).
    for index, raw in enumerate(raws):
        raws[index] = None  # type: ignore[call-overload]  # built: let it go
        if progress is not None and index % PROGRESS_EVERY == 0:
            progress(index, total)
        rid = raw.id
        if check_ids and rid in seen:
            problems.append(Problem("error", file, index, rid, "id",
                                    f"duplicate id (first used by record {seen[rid] + 1})"))
            continue
        try:
            start_text, end_text = raw.start, raw.end
            start = end = elected = None
            if start_text is not None:
                start = dates.get(start_text) or _date_of(start_text, "start", dates)
            if end_text is not None and end_text != "..":
                end = dates.get(end_text) or _date_of(end_text, "end", dates)
            if raw.elected is not None:
                elected = _date_of(raw.elected, "elected", dates)
            if start is not None and end is not None and end.last_day < start.first_day:
                raise FieldError("end", f"end {end.text} is before start {start.text}")
        except FieldError as exc:
            text = getattr(raw, exc.field)
            if exc.field != "elected" and text and not _all_match([text], "edtf"):
                return None  # not a date at all: the general path says so in its words
            problems.append(Problem("error", file, index, rid, exc.field, exc.message))
            continue
        lane = raw.lane
        if lane is not None and lane not in lane_ids:
            problems.append(Problem("error", file, index, rid, "lane",
                                    f"unknown lane {lane!r}"))
            continue
        place = raw.place
        # Positional, in the order of Record's fields (a test compares with the general
        # path, field by field).
        record = Record(
            rid, raw.kind, raw.title, start, end, end_text == "..", lane,
            raw.session or None, raw.status, raw.inferred,
            None if place is None else _place_of(place),
            tuple([Person(p.name, p.role, p.country, p.short_name, p.aliases)
                   for p in raw.people])
            if raw.people else (),
            raw.summary,
            tuple([Fact(f.label, f.value, f.sources) for f in raw.facts]) if raw.facts else (),
            tuple([Dispute(d.field, tuple([Alternative(a.value, a.sources, a.preferred)
                                           for a in d.alternatives]), d.note)
                   for d in raw.disputes]) if raw.disputes else (),
            raw.how_ended, raw.end_reason, elected,
            tuple(raw.field_sources.items()) if raw.field_sources else (),
            raw.from_record or None, raw.to_record or None, raw.about, raw.related,
            raw.publisher, raw.url, raw.notes,
            tuple([Source(s) if type(s) is str else Source(s.url, s.title, s.publisher)
                   for s in raw.sources]),
        )
        seen[rid] = index
        append(record)
        if raw.related or raw.about or raw.from_record or raw.to_record:
            with_references.append(record)
    raws.clear()
    # Start and end dates are checked against the schema's pattern here, once for each
    # distinct text (elected dates were checked by msgspec).
    if not _all_match(list(dates), "edtf"):
        return None
    return finish(file, doc.title, doc.description, doc.as_of, lanes, records, seen, problems,
                  progress, total, with_references)


def _decode_raw(raw: bytes) -> _DocumentIn | None:
    if raw[:1] in (b"\xff", b"\xfe", b"\x00"):
        return None  # UTF-16 or UTF-32: the general path decodes those
    bom = len(_UTF8_BOM) if raw.startswith(_UTF8_BOM) else 0
    doc = decode_typed(memoryview(raw)[bom:] if bom else raw)
    # Decoding first: a file of another format fails at its first key, and is then not
    # scanned here as well as by the general path's own text check.
    if doc is None or json_may_hold_bad_text(raw):
        return None  # the general path replaces bad characters and says where
    return doc


def load_fast(raw: bytes, file: str, progress: Progress | None = None) -> LoadResult | None:
    """Load the bytes *raw* of a file of this viewer's format by the typed path; ``None``
    when the general path must load it (another format or encoding, or a file with
    problems to name). msgspec reads UTF-8 bytes directly (and rejects bytes that are not
    UTF-8), which spares decoding a large file to text first.

    Raises
    ------
    LoadCancelled
        When *progress* raises it.
    """
    return _load_decoded(lambda: _decode_raw(raw), file, progress)


def load_fast_file(path: Path, progress: Progress | None = None) -> LoadResult | None:
    """:func:`load_fast` of the file *path*, which it reads itself so that the file's
    bytes are let go as soon as they are decoded (237 MB of a million-record file, which
    would otherwise stay while every record is built).

    Raises
    ------
    LoadError
        The file cannot be read (see :func:`viewer.core.encoding.read_bytes`).
    LoadCancelled
        When *progress* raises it.
    """
    # The bytes are only an argument of _decode_raw: they go when it returns.
    return _load_decoded(lambda: _decode_raw(read_bytes(path)), str(path), progress)


def _load_decoded(decode: Callable[[], _DocumentIn | None], file: str,
                  progress: Progress | None) -> LoadResult | None:
    if progress is not None:
        progress(0, 0)
    with gc_paused():
        doc = decode()
        return None if doc is None else load_typed(doc, file, progress)


def _place_of(p: _PlaceIn | None) -> Place | None:
    if p is None:
        return None
    city, country, venue = p.city, p.country, p.venue
    if (city is msgspec.UNSET and country is msgspec.UNSET and venue is msgspec.UNSET
            and not p.aliases):
        return None  # {}: no place, as in the general path
    return Place(None if city is msgspec.UNSET else city,
                 None if country is msgspec.UNSET else country,
                 None if venue is msgspec.UNSET else venue, p.aliases)


def _date_of(text: str, name: str, dates: dict[str, EdtfDate]) -> EdtfDate:
    """The parsed date *text* of field *name*, memoised in *dates* for one load.

    Raises
    ------
    FieldError
        A date that does not exist (``2023-02-30``) or is not a date at all (``..`` as a
        start: the caller then hands the file to the general path, which names it).
    """
    date = dates.get(text)
    if date is None:
        parsed = _date_value(text, name)
        if parsed is None:  # "..", which only an end may be
            raise FieldError(name, f"{text!r} is not a date")
        date = dates[text] = parsed
    return date
