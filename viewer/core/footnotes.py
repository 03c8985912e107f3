"""Numbered source footnotes for the items shown in an exported image."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from viewer.core.layout import Layout
from viewer.core.records import Dataset


@dataclass(frozen=True)
class Footnote:
    """Footnote *number* (1-based) for the record *record_id*: its label and source URLs."""

    number: int
    record_id: str
    label: str
    urls: tuple[str, ...]


def footnotes_for(dataset: Dataset, layout: Layout, x_range: tuple[float, float],
                  labels: list[str]) -> list[Footnote]:
    """Footnotes for the drawn items that overlap *x_range* (days), in reading order:
    lane by lane, then by start. *labels* are the chart labels, by layout index.
    Background bands (no session) are included; records without sources are skipped."""
    lo, hi = x_range
    visible = np.nonzero((layout.x1_days >= lo) & (layout.x0_days <= hi))[0]
    order = sorted((int(i) for i in visible),
                   key=lambda i: (int(layout.lane[i]), float(layout.x0_days[i]), layout.ids[i]))
    notes: list[Footnote] = []
    for i in order:
        record = dataset.get(layout.ids[i])
        if record is None or not record.sources:
            continue
        notes.append(Footnote(len(notes) + 1, record.id, labels[i],
                              tuple(s.url for s in record.sources)))
    return notes
