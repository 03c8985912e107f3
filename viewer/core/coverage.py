"""How complete a dataset is: counts of records with known dates (and, for the INTERPOL
record, of sessions with known hosts: its profile's rows).

Pure functions; :func:`coverage_markdown` is what ``python -m viewer validate --coverage``
prints and what the README's data section shows.
"""

from __future__ import annotations

from viewer.core import profiles
from viewer.core.findings import CoverageRow, has_exact_dates
from viewer.core.kinds import term_kinds
from viewer.core.records import Dataset

__all__ = ["CoverageRow", "coverage", "coverage_markdown", "has_exact_dates"]


def coverage(dataset: Dataset) -> list[CoverageRow]:
    """Rows: those of the profiles that claim *dataset* (for the INTERPOL record: its
    sessions with a host, with exact dates, with an article; see
    :func:`viewer.core.profiles.claimed_coverage`), then terms of office with exact
    dates."""
    terms = [r for r in dataset.records if r.kind in term_kinds()]
    return [
        *profiles.claimed_coverage(dataset),
        CoverageRow(
            "Terms of office with exact dates",
            sum(1 for r in terms if has_exact_dates(r)),
            len(terms),
        ),
    ]


def coverage_markdown(dataset: Dataset) -> str:
    """The coverage table in Markdown (pipe table, one row per :class:`CoverageRow`)."""
    lines = ["| What | Count | Of | Share |", "|---|---:|---:|---:|"]
    for row in coverage(dataset):
        lines.append(f"| {row.what} | {row.count} | {row.total} | {row.percent}% |")
    return "\n".join(lines)
