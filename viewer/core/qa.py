"""Data checks on a loaded dataset: what a reader should know before trusting it.

Pure functions over a :class:`~viewer.core.records.Dataset`. They find records whose
claims have no source of their own, values marked as inferred, disputes, gaps and overlaps
between successive holders of a single-holder office; a profile adds its own checks for
the datasets it claims (INTERPOL's session numbering: :mod:`viewer.core.profiles.interpol`,
never for a user's own file). Findings are facts about the data, not load errors: the
viewer still shows everything.

Dates are compared at their own precision, in days since 1970-01-01: two terms overlap
only when the successor certainly started before the predecessor ended (the successor's
last possible start day is before the predecessor's first possible end day), and there is a
gap only when the successor certainly started more than one day after the predecessor's
last possible end day. A year-precision end ("1932") and a start in the same year touch.
"""

from __future__ import annotations

from viewer.core import kinds, profiles
from viewer.core.findings import Code, Finding
from viewer.core.records import Dataset, Record
from viewer.core.source_kinds import all_copies, kinds_by_url

__all__ = ["Code", "Finding", "check_dataset", "check_record", "check_terms", "claim_known"]


def check_dataset(dataset: Dataset) -> list[Finding]:
    """All findings for *dataset*, in a stable order: per-record checks in file order,
    then terms office by office, then the checks of the profiles that claim *dataset*
    (:func:`viewer.core.profiles.claimed_checks`)."""
    findings: list[Finding] = []
    for record in dataset.records:
        findings.extend(check_record(record))
    for kind in sorted(kinds.term_kinds()):
        findings.extend(
            check_terms(
                [r for r in dataset.records if r.kind == kind], kinds.kind(kind).relation_label
            )
        )
    findings.extend(profiles.claimed_checks(dataset))
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
