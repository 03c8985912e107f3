"""Links between records: who was in office at a session, handovers, articles."""

from __future__ import annotations

from viewer.core.records import Dataset, Record


_KIND_LABELS = {
    "session": "Session", "presidency": "President", "secretary_general": "Secretary General",
    "handover": "Flag handover", "article": "Article", "no_session": "No session",
}


def holders_at(dataset: Dataset, kind: str, day: float) -> list[Record]:
    """Terms of *kind* (``presidency``, ``secretary_general``) running on *day*
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

    For a session: the President and Secretary General in office on its first day, the
    handovers from and to it, and its articles. For a handover: the two sessions. For an
    article: the records it is about. Then the record's own ``related`` list.
    """
    pairs: list[tuple[str, Record]] = []
    if record.kind == "session" and record.start is not None:
        day = record.start.first_day if record.start.precision == "day" else record.start.centre_days
        for r in holders_at(dataset, "presidency", day):
            pairs.append(("President in office", r))
        for r in holders_at(dataset, "secretary_general", day):
            pairs.append(("Secretary General in office", r))
    if record.kind == "session":
        for h in dataset.handovers_of(record.id):
            pairs.append(("Handover to the next host" if h.from_record == record.id
                          else "Handover from the previous host", h))
        for a in dataset.articles_about(record.id):
            pairs.append(("Article", a))
    for label, ref in (("Handed over at", record.from_record), ("Next host", record.to_record)):
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
            pairs.append((_KIND_LABELS.get(target.kind, "Related"), target))
    seen: set[str] = {record.id}
    unique = []
    for label, r in pairs:
        if r.id not in seen:
            seen.add(r.id)
            unique.append((label, r))
    return unique
