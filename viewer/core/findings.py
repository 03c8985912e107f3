"""The values the data checks give: a :class:`Finding` of :mod:`viewer.core.qa` and a
:class:`CoverageRow` of :mod:`viewer.core.coverage`, with :func:`has_exact_dates`. Plain
frozen data, imported by those modules and by the profiles whose own checks make them
(:mod:`viewer.core.profiles`), as :mod:`viewer.core.kind_specs` is for kinds. Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from viewer.core.records import Record

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
