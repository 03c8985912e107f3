"""Plain-JSON views of records, for ``python -m viewer records`` and scripting."""

from __future__ import annotations

from typing import Any

from viewer.core.kinds import kind as kind_spec
from viewer.core.records import Record


def record_to_json(record: Record) -> dict[str, Any]:
    """One record as a JSON-ready dict.

    Keys: ``id``, ``kind``, ``title``, ``start``, ``end`` (EDTF strings; ``null`` when open
    or unknown), ``open_end``, ``lane``, ``status``, ``place`` (display string or ``null``),
    ``city``, ``country``, ``lat`` and ``lon`` (the place's coordinates in degrees north and
    east, as the file gives them; ``null`` when it gives none), ``coords_source`` (where the
    file says they come from, or ``null``), ``people`` (names), ``sources`` (URLs, possibly
    none for imported records), ``inferred``, ``summary``, ``display_date`` (the file's own
    wording, or null), ``disputes`` (each with its alternatives and their sources),
    ``field_sources`` (per-claim source URLs by field name); sessions and handovers also
    have ``session``; terms also have ``end_reason`` and ``elected``.
    """
    out: dict[str, Any] = {
        "id": record.id,
        "kind": record.kind,
        "title": record.title,
        "start": record.start.text if record.start else None,
        "end": record.end.text if record.end else None,
        "open_end": record.open_end,
        "lane": record.lane,
        "status": record.status or None,
        "place": record.place.display() if record.place else None,
        "city": record.place.city if record.place else None,
        "country": record.place.country if record.place else None,
        # + 0.0: a file's "-0" is 0 (it printed as -0.0)
        "lat": record.place.lat + 0.0 if record.place and record.place.lat is not None else None,
        "lon": record.place.lon + 0.0 if record.place and record.place.lon is not None else None,
        "coords_source": (record.place.coords_source or None) if record.place else None,
        "people": [p.name for p in record.people],
        "sources": [s.url for s in record.sources],
        "inferred": list(record.inferred),
        "summary": record.summary or None,
        "display_date": record.display_date or None,
        "disputes": [
            {
                "field": d.field,
                "note": d.note or None,
                "alternatives": [
                    {"value": a.value, "sources": list(a.sources), "preferred": a.preferred}
                    for a in d.alternatives
                ],
            }
            for d in record.disputes
        ],
        "field_sources": {name: list(urls) for name, urls in record.field_sources},
    }
    if kind_spec(record.kind).term:
        out["end_reason"] = record.end_reason or None
        out["elected"] = record.elected.text if record.elected else None
    if record.session is not None:
        out["session"] = record.session
    if kind_spec(record.kind).shape == "arrow":
        out["from_record"] = record.from_record
        out["to_record"] = record.to_record
    if record.kind == "article":
        out["url"] = record.url or None
        out["about"] = list(record.about)
    return out
