"""The kinds of sources (issue 15, point 3): what each is called and how much it weighs.

The schema (``$defs.source.properties.kind``) lists the names a file may use; this module
is the one table of what the viewer makes of them: the word shown beside a source in the
details panel, the order of the numbered source list, and which kinds count as a primary or
press source in the data checks (:mod:`viewer.core.qa`) and the coverage table
(:mod:`viewer.core.coverage`). A source without a kind (``""``, a file that does not weigh
its sources) shows no word and keeps its place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from viewer.core.i18n import QT_TRANSLATE_NOOP
from viewer.core.records import Record, Source


@dataclass(frozen=True, slots=True)
class SourceKind:
    """One kind of source: *name* as the file writes it, *word* as the panel shows it,
    *rank* its place in a source list (lower first) and *strong* whether it counts as a
    primary or press source."""

    name: str
    word: str
    rank: int
    strong: bool


SOURCE_KINDS: dict[str, SourceKind] = {
    k.name: k
    for k in (
        SourceKind("primary", QT_TRANSLATE_NOOP("Kinds", "primary"), 0, True),
        SourceKind("press", QT_TRANSLATE_NOOP("Kinds", "press"), 1, True),
        SourceKind("reference", QT_TRANSLATE_NOOP("Kinds", "reference"), 2, False),
        SourceKind("copy", QT_TRANSLATE_NOOP("Kinds", "copy"), 3, False),
    )
}
"""Every source kind, by name, in the order of the schema's enum (a test checks them)."""

UNWEIGHED = SourceKind("", "", len(SOURCE_KINDS), False)
"""What a source without a kind (or with a name this table does not know) counts as: no
word, after every weighed kind."""

COPY = "copy"
"""The kind of a mirror or document-sharing copy of another text."""


def source_kind(name: str) -> SourceKind:
    """The :class:`SourceKind` called *name*; :data:`UNWEIGHED` for ``""`` or an unknown
    name."""
    return SOURCE_KINDS.get(name, UNWEIGHED)


def weighed_order(sources: Iterable[Source]) -> list[Source]:
    """*sources* ordered by kind (primary, press, reference, copy, then unweighed), keeping
    file order within a kind; a list without kinds keeps its order."""
    return sorted(sources, key=lambda s: source_kind(s.kind).rank)


def kinds_by_url(record: Record) -> dict[str, str]:
    """The kind of each of *record*'s sources, by URL (the first entry wins for a URL given
    twice). Per-claim, fact and dispute sources are URLs: their kind is the kind the record's
    ``sources`` give that URL, ``""`` when they do not list it."""
    out: dict[str, str] = {}
    for s in record.sources:
        out.setdefault(s.url, s.kind)
    return out


def has_strong_source(urls: Iterable[str], kinds: dict[str, str]) -> bool:
    """Whether any of *urls* is a primary or press source according to *kinds* (from
    :func:`kinds_by_url`)."""
    return any(source_kind(kinds.get(u, "")).strong for u in urls)


def all_copies(urls: Iterable[str], kinds: dict[str, str]) -> bool:
    """Whether *urls* is not empty and every one of them is a copy according to *kinds*."""
    listed = list(urls)
    return bool(listed) and all(kinds.get(u, "") == COPY for u in listed)
