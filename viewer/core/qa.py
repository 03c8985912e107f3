"""Data checks on a loaded dataset: what a reader should know before trusting it.

Pure functions over a :class:`~viewer.core.records.Dataset`. They find records whose
claims have no source of their own, values marked as inferred, disputes, gaps and overlaps
between successive holders of a single-holder office, and holes in the numbering of
sessions. Findings are facts about the data, not load errors: the viewer still shows
everything.

Dates are compared at their own precision, in days since 1970-01-01: two terms overlap
only when the successor certainly started before the predecessor ended (the successor's
last possible start day is before the predecessor's first possible end day), and there is a
gap only when the successor certainly started more than one day after the predecessor's
last possible end day. A year-precision end ("1932") and a start in the same year touch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from viewer.core import kinds
from viewer.core.records import Dataset, Record
from viewer.core.source_kinds import all_copies, kinds_by_url

Code = Literal[
    "unsourced-claim",
    "no-single-source",
    "whole-list-sources",
    "copy-only",
    "inferred",
    "dispute",
    "term-overlap",
    "term-gap",
    "term-boundary-unknown",
    "numbering-gap",
    "numbering-duplicate",
    "numbering-order",
    "year-without-record",
]


@dataclass(frozen=True, slots=True)
class Finding:
    """One data-check finding.

    ``code`` names the check; ``record_id`` the record (the later one for pairs of terms,
    the record after the hole for numbering); ``field`` the field concerned (``""`` for the
    record as a whole); ``message`` says what was found, in words.
    """

    code: Code
    record_id: str
    field: str
    message: str

    @property
    def key(self) -> str:
        """``code record_id field``: the stable part, used to compare with a list of
        expected findings (messages may be reworded)."""
        return f"{self.code} {self.record_id} {self.field}".rstrip()

    def __str__(self) -> str:
        where = self.record_id + (f", field {self.field!r}" if self.field else "")
        return f"qa: {self.code}: {where}: {self.message}"


def check_dataset(dataset: Dataset) -> list[Finding]:
    """All findings for *dataset*, in a stable order: per-record checks in file order,
    then terms office by office, then session numbering."""
    findings: list[Finding] = []
    for record in dataset.records:
        findings.extend(check_record(record))
    for kind in sorted(kinds.term_kinds()):
        findings.extend(
            check_terms(
                [r for r in dataset.records if r.kind == kind], kinds.kind(kind).relation_label
            )
        )
    findings.extend(check_numbering(dataset))
    return findings


def claim_known(record: Record, field: str) -> bool:
    """Whether *record* gives a value for the claim *field* (start, end, place with a city
    or country, or an ``end_reason`` other than unknown or incumbent)."""
    if field == "start":
        return record.start is not None
    if field == "end":
        return record.end is not None
    if field == "place":
        return record.place is not None and bool(record.place.city or record.place.country)
    if field == "end_reason":
        return record.end_reason not in ("", "unknown", "incumbent")
    return False


WHOLE_LIST_MIN = 3
"""A per-claim list that repeats the record's whole source list of at least this many
sources is reported (``whole-list-sources``): each source in it must state the claim."""


def check_record(record: Record) -> list[Finding]:
    """Findings about one record.

    Known claims without their own sources (sessions and terms:
    :attr:`viewer.core.kinds.KindSpec.claim_fields`): ``unsourced-claim`` when the record
    has no source at all, ``no-single-source`` when only the record's sources together
    support it; per-claim lists that repeat the record's whole list of
    :data:`WHOLE_LIST_MIN` or more sources (``whole-list-sources``); inferred fields; and
    disputes."""
    out: list[Finding] = []
    for field in kinds.kind(record.kind).claim_fields:
        if field in record.inferred or not claim_known(record, field):
            continue
        if not record.sources_for(field):
            if record.sources:
                out.append(
                    Finding(
                        "no-single-source",
                        record.id,
                        field,
                        f"the {field} is stated by no single source; see the record's sources",
                    )
                )
            else:
                out.append(
                    Finding(
                        "unsourced-claim",
                        record.id,
                        field,
                        f"the {field} is known but no source is given for it",
                    )
                )
    every = {s.url for s in record.sources}
    if len(every) >= WHOLE_LIST_MIN:
        for field, urls in record.field_sources:
            if set(urls) == every:
                out.append(
                    Finding(
                        "whole-list-sources",
                        record.id,
                        field,
                        f"the {field} cites all {len(every)} of the record's "
                        "sources; each must state it",
                    )
                )
    for field in record.inferred:
        out.append(
            Finding(
                "inferred", record.id, field, f"the {field} is inferred, not stated by a source"
            )
        )
    for dispute in record.disputes:
        values = " | ".join(
            a.value + (" (preferred)" if a.preferred else "") for a in dispute.alternatives
        )
        out.append(
            Finding(
                "dispute", record.id, dispute.field, f"{len(dispute.alternatives)} values: {values}"
            )
        )
    out.extend(check_copy_only(record))
    return out


def check_copy_only(record: Record) -> list[Finding]:
    """``copy-only`` findings (issue 15, point 3): the record as a whole (field ``""``) when
    every one of its sources is a copy of another text (:mod:`viewer.core.source_kinds`);
    otherwise each claim whose per-claim sources are all copies. Unweighed sources (no
    kind) are never copies."""
    kinds = kinds_by_url(record)
    if all_copies(kinds, kinds):
        return [
            Finding(
                "copy-only",
                record.id,
                "",
                "every source of the record is a copy of another text; cite the original",
            )
        ]
    return [
        Finding(
            "copy-only",
            record.id,
            field,
            f"every source of the {field} is a copy of another text; cite the original",
        )
        for field, urls in record.field_sources
        if all_copies(urls, kinds)
    ]


def _start_bounds(record: Record) -> tuple[int, int] | None:
    if record.start is None:
        return None
    return record.start.first_day, record.start.last_day


def _end_bounds(record: Record) -> tuple[float, float] | None:
    if record.open_end:
        return float("inf"), float("inf")
    if record.end is None:
        return None
    return record.end.first_day, record.end.last_day


def check_terms(terms: list[Record], office: str) -> list[Finding]:
    """Gaps and overlaps between successive holders of one office.

    *terms* are the terms of one single-holder office (any order); acting and
    not-recognised terms count as holders. Terms without a start are placed after the term
    they follow in *terms* order and reported as ``term-boundary-unknown``.
    """
    keys: list[tuple[float, int]] = []
    last_key = float("-inf")
    for index, term in enumerate(terms):
        if term.start is not None:
            last_key = term.start.first_day
        keys.append((last_key, index))  # an undated term stays after its predecessor
    ordered = [terms[index] for _key, index in sorted(keys)]

    out: list[Finding] = []
    for prev, nxt in zip(ordered, ordered[1:]):
        prev_end = _end_bounds(prev)
        next_start = _start_bounds(nxt)
        if prev_end is None or next_start is None:
            missing = "end of " + prev.title if prev_end is None else "start of " + nxt.title
            out.append(
                Finding(
                    "term-boundary-unknown",
                    nxt.id,
                    "start",
                    f"{office}: the {missing} is unknown, so a gap or overlap "
                    f"between {prev.title} and {nxt.title} cannot be checked",
                )
            )
            continue
        if next_start[1] < prev_end[0]:
            out.append(
                Finding(
                    "term-overlap",
                    nxt.id,
                    "start",
                    f"{office}: {nxt.title} started "
                    f"({nxt.start.text if nxt.start else '?'}) before "
                    f"{prev.title} ended "
                    f"({'..' if prev.open_end else prev.end.text if prev.end else '?'})",
                )
            )
        elif next_start[0] > prev_end[1] + 1:
            out.append(
                Finding(
                    "term-gap",
                    nxt.id,
                    "start",
                    f"{office}: nobody is recorded in office between the end of "
                    f"{prev.title} ({prev.end.text if prev.end else '?'}) and "
                    f"the start of {nxt.title} "
                    f"({nxt.start.text if nxt.start else '?'})",
                )
            )
    return out


def _year_spans(years: list[int]) -> str:
    """``[1928, 1929, 1930, 1932]`` -> ``1928-1930, 1932``."""
    spans: list[list[int]] = []
    for year in years:
        if spans and year == spans[-1][1] + 1:
            spans[-1][1] = year
        else:
            spans.append([year, year])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def check_numbering(dataset: Dataset) -> list[Finding]:
    """Holes, repeats and order errors in session numbers, and years without a session.

    Numbers must run 1, 2, 3... without repeats; dated sessions must not go back in time
    as the number rises; and when two consecutively numbered sessions are dated, every full
    year strictly between them must be covered by a ``no_session`` record (or any record
    in the sessions' lane), so that no year is silently empty.
    """
    numbered = [r for r in dataset.records if r.kind == "session" and r.session is not None]
    sessions = [
        r for _i, r in sorted(enumerate(numbered), key=lambda pair: (pair[1].session or 0, pair[0]))
    ]
    out: list[Finding] = []
    expected = 1
    seen: dict[int, str] = {}
    for record in sessions:
        number = record.session or 0
        if number in seen:
            out.append(
                Finding(
                    "numbering-duplicate",
                    record.id,
                    "session",
                    f"session number {number} is also used by {seen[number]}",
                )
            )
            continue
        seen[number] = record.id
        if number > expected:
            missing = str(expected) if number == expected + 1 else f"{expected}-{number - 1}"
            out.append(
                Finding(
                    "numbering-gap", record.id, "session", f"no record for session number {missing}"
                )
            )
        expected = number + 1

    covered: set[int] = set()
    for r in dataset.records:
        if r.kind == "no_session" and r.start is not None:
            last = r.end.year if r.end is not None else r.start.year
            covered.update(range(r.start.year, last + 1))
    unique = [r for r in sessions if seen.get(r.session or 0) == r.id]
    previous: Record | None = None
    for record in unique:
        if record.start is None:
            continue
        if previous is not None and previous.start is not None:
            if record.start.last_day < previous.start.first_day:
                out.append(
                    Finding(
                        "numbering-order",
                        record.id,
                        "start",
                        f"session {record.session} ({record.start.text}) is dated "
                        f"before session {previous.session} "
                        f"({previous.start.text})",
                    )
                )
            elif (record.session or 0) == (previous.session or 0) + 1:
                empty = [
                    y for y in range(previous.start.year + 1, record.start.year) if y not in covered
                ]
                if empty:
                    span = _year_spans(empty)
                    out.append(
                        Finding(
                            "year-without-record",
                            record.id,
                            "start",
                            f"no session and no no_session record for {span}, "
                            f"between sessions {previous.session} and "
                            f"{record.session}",
                        )
                    )
        previous = record
    return out
