"""Numbered source footnotes for the items shown in an exported image."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

import numpy as np

from viewer.core.layout import Layout
from viewer.core.records import Dataset
from viewer.core.source_kinds import weighed_order


@dataclass(frozen=True)
class Footnote:
    """Footnote *number* (1-based) for the record *record_id*: its label and source URLs."""

    number: int
    record_id: str
    label: str
    urls: tuple[str, ...]


def footnotes_for(
    dataset: Dataset,
    layout: Layout,
    x_range: tuple[float, float],
    labels: Sequence[str],
    only: Collection[int] | None = None,
) -> list[Footnote]:
    """Footnotes for the drawn items that overlap *x_range* (days), in reading order:
    lane by lane, then by start. *labels* are the chart labels, by layout index. *only*
    limits them to these layout indices (the items whose label the chart draws, so that
    every number on the chart has its note and every note its number). Records without
    sources are skipped."""
    lo, hi = x_range
    visible = np.nonzero((layout.x1_days >= lo) & (layout.x0_days <= hi))[0]
    if only is not None:
        wanted = set(only)
        visible = np.array([i for i in visible.tolist() if i in wanted], dtype=np.intp)
    order = sorted(
        (int(i) for i in visible),
        key=lambda i: (int(layout.lane[i]), float(layout.x0_days[i]), layout.ids[i]),
    )
    notes: list[Footnote] = []
    dates: list[str] = []
    for i in order:
        record = dataset.get(layout.ids[i])
        if record is None or not record.sources:
            continue
        notes.append(
            Footnote(
                len(notes) + 1,
                record.id,
                labels[i],
                tuple(s.url for s in weighed_order(record.sources)),
            )
        )
        dates.append(record.dates_display)
    # Two notes of one name (a person's acting and elected terms) told apart by their dates
    counts = Counter(note.label for note in notes)
    return [
        replace(note, label=f"{note.label} ({when})") if counts[note.label] > 1 and when else note
        for note, when in zip(notes, dates)
    ]


#: Characters after which a URL is best broken (its path, query and word separators).
URL_BREAKS = "/?&=#-_.,;"


def wrap_url(
    url: str, first_px: float, rest_px: float, measure: Callable[[str], float]
) -> list[str]:
    """*url* cut into lines, the first at most *first_px* wide and the others *rest_px*
    (pixels, as *measure* gives them), never cut in the middle of nothing: each line ends
    after one of :data:`URL_BREAKS` where one is near, else where the room ends. Joined,
    the lines give the URL back exactly. A line always holds at least one character."""
    lines: list[str] = []
    rest = url
    room = first_px
    while rest:
        if measure(rest) <= room:
            lines.append(rest)
            break
        lo, hi = 1, len(rest)  # the longest prefix that fits (at least one character)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if measure(rest[:mid]) <= room:
                lo = mid
            else:
                hi = mid - 1
        cut = lo
        soft = max((k + 1 for k in range(cut) if rest[k] in URL_BREAKS), default=0)
        if soft >= cut * 0.6:  # a separator in the last 40 % of the line
            cut = soft
        lines.append(rest[:cut])
        rest = rest[cut:]
        room = rest_px
    return lines
