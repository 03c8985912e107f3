"""Indexes that answer the details panel's questions about a record without a scan.

:class:`RelationIndex` is built once per dataset (by :meth:`Dataset.prepare`, in the loader's
worker thread) and then answers, for a selection, in time that does not grow with the file:

- which terms of an office (``presidency``, ``secretary_general``) run on a day: an interval
  index (starts and ends sorted, :func:`numpy.searchsorted` for the count, a max-tree over
  the ends for the terms themselves);
- the handovers from or to a session and the articles about a record: lists of record
  positions keyed by id.

Answers are record positions (indexes into ``dataset.records``), in file order, so that a
caller takes the first few and counts the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from viewer.core import kinds

if TYPE_CHECKING:
    from viewer.core.columns import RecordColumns
    from viewer.core.records import Record


@dataclass(frozen=True)
class _Terms:
    """The terms of one office as half-open day intervals ``[start, end)``, sorted by start.

    ``starts`` and ``ends`` are in days since 1970-01-01 (``ends`` is ``inf`` for a running
    term); ``positions`` are the records' positions in the dataset; ``sorted_ends`` is
    ``ends`` sorted, for counting; ``tree[k]`` holds the largest end of each block of
    ``2**k`` consecutive terms (by start), for finding the terms that still run on a day.
    """

    starts: npt.NDArray[np.float64]
    ends: npt.NDArray[np.float64]
    positions: npt.NDArray[np.intp]
    sorted_ends: npt.NDArray[np.float64]
    tree: tuple[npt.NDArray[np.float64], ...]

    @classmethod
    def build(
        cls,
        starts: npt.NDArray[np.float64],
        ends: npt.NDArray[np.float64],
        positions: npt.NDArray[np.intp],
    ) -> _Terms:
        """The terms ``[starts, ends)`` (days) of the records at *positions*, any order."""
        order = np.lexsort((positions, ends, starts))
        starts, ends, positions = starts[order], ends[order], positions[order]
        tree = [ends]
        while len(tree[-1]) > 1:
            level = tree[-1]
            if len(level) % 2:
                level = np.append(level, -np.inf)
            tree.append(np.maximum(level[0::2], level[1::2]))
        return cls(starts, ends, positions, np.sort(ends), tuple(tree))

    def count_at(self, day: float) -> int:
        """How many terms run on *day*: started on or before it, not ended by it. O(log n)."""
        started = int(np.searchsorted(self.starts, day, side="right"))
        ended = int(np.searchsorted(self.sorted_ends, day, side="right"))
        return started - ended

    def first_at(self, day: float, limit: int) -> list[int]:
        """Positions of up to *limit* terms running on *day*, earliest start first.
        O((limit + 1) log n): the max-tree skips every block whose terms all ended."""
        started = int(np.searchsorted(self.starts, day, side="right"))
        found: list[int] = []
        if started == 0 or limit <= 0:
            return found
        # Depth-first over the blocks that lie in [0, started), left to right.
        stack = [(len(self.tree) - 1, 0)]
        while stack and len(found) < limit:
            level, block = stack.pop()
            first = block << level
            if first >= started or self.tree[level][block] <= day:
                continue
            if level == 0:
                found.append(int(self.positions[block]))
                continue
            stack.append((level - 1, 2 * block + 1))
            stack.append((level - 1, 2 * block))
        return found


class RelationIndex:
    """The dataset's relations, indexed (see the module docstring).

    Parameters
    ----------
    records : RecordColumns, or sequence of Record
        The dataset's records (as its :attr:`~viewer.core.records.Dataset.columns`, or
        records, whose columns are made), in file order; positions refer to this order.
        O(n) in numpy, plus a step per record that names others.
    """

    def __init__(self, records: RecordColumns | Sequence[Record]) -> None:
        from viewer.core.columns import RecordColumns

        cols = records if isinstance(records, RecordColumns) else RecordColumns.of(records)
        term_kinds, arrow_kinds = kinds.term_kinds(), kinds.shape_kinds("arrow")
        kind_names = cols.kind_names
        self._terms = {}
        for kind in sorted(term_kinds):
            if kind not in kind_names:
                self._terms[kind] = _Terms.build(np.zeros(0), np.zeros(0), np.zeros(0, np.intp))
                continue
            mine = (cols.kind == kind_names.index(kind)) & cols.has_start
            mine &= cols.open_end | cols.has_end
            where = np.flatnonzero(mine)
            ends = np.where(cols.open_end[where], np.inf, cols.end_last[where] + 1.0)
            self._terms[kind] = _Terms.build(
                cols.start_first[where].astype(np.float64), ends, where.astype(np.intp)
            )
        is_arrow = cols.codes_of(cols.kind_names, arrow_kinds)
        handovers: dict[str, list[int]] = {}
        for pos in sorted(cols.from_record.keys() | cols.to_record.keys()):
            if is_arrow[cols.kind[pos]]:
                for ref in dict.fromkeys((cols.from_record.get(pos), cols.to_record.get(pos))):
                    if ref:
                        handovers.setdefault(ref, []).append(pos)
        articles: dict[str, list[int]] = {}
        if "article" in kind_names and "article" not in term_kinds | arrow_kinds:
            article = kind_names.index("article")
            for pos, about in cols.about.items():  # in file order (dicts keep it)
                if cols.kind[pos] == article:
                    for ref in dict.fromkeys(about):
                        articles.setdefault(ref, []).append(pos)
        self._handovers = handovers
        self._articles = articles

    def holders_at(self, kind: str, day: float, limit: int) -> tuple[list[int], int]:
        """Terms of *kind* (``presidency``, ``secretary_general``) running on *day* (days
        since 1970-01-01; a term runs from its start's first day to its end's last day,
        inclusive, or on for a running term; terms with an unknown start or end are left
        out): the positions of up to *limit* of them in file order, and how many there are
        in all. An unknown *kind* has none."""
        terms = self._terms.get(kind)
        if terms is None:
            return [], 0
        return sorted(terms.first_at(day, limit)), terms.count_at(day)

    def handovers_of(self, record_id: str) -> Sequence[int]:
        """Positions of the handover records from or to *record_id*, in file order."""
        return self._handovers.get(record_id, ())

    def articles_about(self, record_id: str) -> Sequence[int]:
        """Positions of the article records whose ``about`` names *record_id*, in file
        order."""
        return self._articles.get(record_id, ())
