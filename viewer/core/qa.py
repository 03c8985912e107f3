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

__all__ = ["Code", "Finding", "check_dataset", "check_record", "check_terms"]


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


def _has_value(record: Record, field: str) -> bool:
    if field == "start":
        return record.start is not None
    if field == "end":
        return record.end is not None
    if field == "place":
        return record.place is not None and bool(record.place.city or record.place.country)
    if field == "end_reason":
        return record.end_reason not in ("", "unknown", "incumbent")
    return False


def check_record(record: Record) -> list[Finding]:
    """Findings about one record: known claims without their own sources (sessions and
    terms: :attr:`viewer.core.kinds.KindSpec.claim_fields`), inferred fields, and disputes."""
    out: list[Finding] = []
    for field in kinds.kind(record.kind).claim_fields:
        if field in record.inferred or not _has_value(record, field):
            continue
        if not record.sources_for(field):
            out.append(
                Finding(
                    "unsourced-claim",
                    record.id,
                    field,
                    f"the {field} is known but no source is given for it alone",
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
    return out


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
