"""Links between records: who was in office at a session, handovers, articles."""

from __future__ import annotations

from viewer.core import kinds
from viewer.core.records import Dataset, Record


def holders_at(dataset: Dataset, kind: str, day: float) -> list[Record]:
    """Terms of *kind* (a term kind: ``presidency``) running on *day*
    (days since 1970-01-01), acting terms included; bounds are inclusive."""
    out = []
    for r in dataset.records:
        if r.kind != kind or r.start is None:
            continue
        if r.open_end:
            end = float("inf")
        elif r.end is not None:
            end = r.end.last_day + 1
        else:
            continue
        if r.start.first_day <= day < end:
            out.append(r)
    return out


def related_records(record: Record, dataset: Dataset) -> list[tuple[str, Record]]:
    """(relation, record) pairs for the details panel, without duplicates.

    For a kind that lists holders (a session): the holders of each term kind in office on
    its first day (``President in office``), the handovers from and to it, and its
    articles. For a handover: the two sessions. For an article: the records it is about.
    Then the record's own ``related`` list, named by the kinds' ``relation_label``.
    """
    pairs: list[tuple[str, Record]] = []
    lists_holders = kinds.kind(record.kind).lists_holders
    if lists_holders and record.start is not None:
        day = record.start.first_day if record.start.precision == "day" else record.start.centre_days
        for term in kinds.kinds():
            if term.term and term.holder_label:
                for r in holders_at(dataset, term.name, day):
                    pairs.append((term.holder_label, r))
    if lists_holders:
        for h in dataset.handovers_of(record.id):
            onward, back = kinds.kind(h.kind).link_labels
            pairs.append((onward if h.from_record == record.id else back, h))
        for a in dataset.articles_about(record.id):
            pairs.append(("Article", a))
    for label, ref in zip(kinds.kind(record.kind).from_to_labels,
                          (record.from_record, record.to_record)):
        target = dataset.get(ref) if ref else None
        if target is not None:
            pairs.append((label, target))
    for ref in record.about:
        target = dataset.get(ref)
        if target is not None:
            pairs.append(("About", target))
    for ref in record.related:
        target = dataset.get(ref)
        if target is not None:
            pairs.append((kinds.kind(target.kind).relation_label, target))
    seen: set[str] = {record.id}
    unique = []
    for label, r in pairs:
        if r.id not in seen:
            seen.add(r.id)
            unique.append((label, r))
    return unique
