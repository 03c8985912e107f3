"""How complete a dataset is: counts of records with known dates (and, for the INTERPOL
record, of sessions with known hosts: its profile's rows).

Pure functions; :func:`coverage_markdown` is what ``python -m viewer validate --coverage``
prints and what the README's data section shows.
"""

from __future__ import annotations

from viewer.core import kinds, profiles
from viewer.core.findings import CoverageRow, has_exact_dates
from viewer.core.kinds import term_kinds
from viewer.core.qa import claim_known
from viewer.core.records import Dataset
from viewer.core.source_kinds import has_strong_source, kinds_by_url

__all__ = ["CoverageRow", "coverage", "coverage_markdown", "has_exact_dates"]


def claims_with_strong_source(dataset: Dataset) -> CoverageRow:
    """Known claims (a session's or term's start, end, place, ``end_reason``: the kinds'
    :attr:`~viewer.core.kinds.KindSpec.claim_fields` with a value, not inferred) whose own
    per-claim sources include a primary or press source (:mod:`viewer.core.source_kinds`),
    of all known claims. A claim without its own sources counts as without one."""
    count = total = 0
    for r in dataset.records:
        fields = [
            f for f in kinds.kind(r.kind).claim_fields if f not in r.inferred and claim_known(r, f)
        ]
        if not fields:
            continue
        by_url = kinds_by_url(r)
        total += len(fields)
        count += sum(1 for f in fields if has_strong_source(r.sources_for(f), by_url))
    return CoverageRow("Claims with a primary or press source", count, total)


def coverage(dataset: Dataset) -> list[CoverageRow]:
    """Rows: those of the profiles that claim *dataset* (for the INTERPOL record: its
    sessions with a host, with exact dates, with an article; see
    :func:`viewer.core.profiles.claimed_coverage`), then terms of office with exact
    dates, then claims with a primary or press source (:func:`claims_with_strong_source`)."""
    terms = [r for r in dataset.records if r.kind in term_kinds()]
    return [
        *profiles.claimed_coverage(dataset),
        CoverageRow(
            "Terms of office with exact dates",
            sum(1 for r in terms if has_exact_dates(r)),
            len(terms),
        ),
        claims_with_strong_source(dataset),
    ]


def coverage_markdown(dataset: Dataset) -> str:
    """The coverage table in Markdown (pipe table, one row per :class:`CoverageRow`); the
    share of a row with nothing to count (0 of 0) is ``-``, not ``0%``."""
    lines = ["| What | Count | Of | Share |", "|---|---:|---:|---:|"]
    for row in coverage(dataset):
        share = f"{row.percent}%" if row.total else "-"
        lines.append(f"| {row.what} | {row.count} | {row.total} | {share} |")
    return "\n".join(lines)
