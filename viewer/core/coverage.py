"""How complete a dataset is: counts of sessions and terms with known hosts and dates.

Pure functions; :func:`coverage_markdown` is what ``python -m viewer validate --coverage``
prints and what the README's data section shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from viewer.core import kinds
from viewer.core.kinds import term_kinds
from viewer.core.qa import claim_known
from viewer.core.records import Dataset, Record
from viewer.core.source_kinds import has_strong_source, kinds_by_url


@dataclass(frozen=True, slots=True)
class CoverageRow:
    """One line of the coverage table: *count* of *total* records have *what*."""

    what: str
    count: int
    total: int

    @property
    def percent(self) -> int:
        """``count / total`` in whole percent (0 when *total* is 0)."""
        return round(100 * self.count / self.total) if self.total else 0


def has_exact_dates(record: Record) -> bool:
    """Whether the first and last day are both known to the day (a running term counts
    when its start day is known)."""
    if record.start is None or record.start.precision != "day" or "start" in record.inferred:
        return False
    if record.open_end:
        return True
    return record.end is not None and record.end.precision == "day" and "end" not in record.inferred


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
    """Rows: sessions with a host city; with a host (city or country); with exact dates;
    with at least one article; terms of office with exact dates; claims with a primary or
    press source (:func:`claims_with_strong_source`)."""
    sessions = [r for r in dataset.records if r.kind == "session"]
    terms = [r for r in dataset.records if r.kind in term_kinds()]
    about: set[str] = set()
    for r in dataset.records:
        if r.kind == "article":
            about.update(r.about)
    n = len(sessions)
    return [
        CoverageRow(
            "Sessions with a sourced host city",
            sum(1 for r in sessions if r.place is not None and r.place.city),
            n,
        ),
        CoverageRow(
            "Sessions with a sourced host (city or country)",
            sum(1 for r in sessions if r.place is not None and (r.place.city or r.place.country)),
            n,
        ),
        CoverageRow(
            "Sessions with exact dates (first and last day)",
            sum(1 for r in sessions if has_exact_dates(r)),
            n,
        ),
        CoverageRow(
            "Sessions with a known year",
            sum(1 for r in sessions if r.start is not None and "start" not in r.inferred),
            n,
        ),
        CoverageRow(
            "Sessions with at least one article", sum(1 for r in sessions if r.id in about), n
        ),
        CoverageRow(
            "Terms of office with exact dates",
            sum(1 for r in terms if has_exact_dates(r)),
            len(terms),
        ),
        claims_with_strong_source(dataset),
    ]


def coverage_markdown(dataset: Dataset) -> str:
    """The coverage table in Markdown (pipe table, one row per :class:`CoverageRow`)."""
    lines = ["| What | Count | Of | Share |", "|---|---:|---:|---:|"]
    for row in coverage(dataset):
        lines.append(f"| {row.what} | {row.count} | {row.total} | {row.percent}% |")
    return "\n".join(lines)
