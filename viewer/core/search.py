"""Text search and status filters over records."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from viewer.core.records import Dataset, Record


def fold(text: str) -> str:
    """Lower-case *text* and strip accents, so that ``nepote`` finds ``Népote``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def searchable_text(record: Record) -> str:
    """What a search looks at: title, place, people (names and roles) and summary."""
    parts = [record.title, record.summary]
    if record.place is not None:
        parts += [record.place.city or "", record.place.country or "", record.place.venue or ""]
    for person in record.people:
        parts += [person.name, person.role, person.country]
    if record.session is not None:
        parts.append(str(record.session))
    return fold(" ".join(parts))


def matching_ids(records: Iterable[Record], query: str) -> set[str]:
    """Ids of the records whose :func:`searchable_text` contains every word of *query*
    (case- and accent-insensitive). An empty query matches nothing."""
    words = fold(query).split()
    if not words:
        return set()
    return {r.id for r in records if all(w in searchable_text(r) for w in words)}


def status_of(record: Record) -> str:
    """The status used by the filter: the record's status, or its kind when it has none."""
    return record.status or record.kind


def statuses(dataset: Dataset) -> list[str]:
    """The distinct filter statuses present, in order of first appearance."""
    return list(dict.fromkeys([r.status or r.kind for r in dataset.records
                               if r.lane is not None]))
