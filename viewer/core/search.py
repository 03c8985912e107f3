"""Text search and status filters over records."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

from viewer.core import kinds
from viewer.core.records import Dataset, Record


def fold(text: str) -> str:
    """Lower-case *text* and strip accents, so that ``nepote`` finds ``Népote``."""
    if text.isascii():
        return text.lower()  # the same as below for ASCII, and ten times cheaper
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


class SearchIndex:
    """The searchable text of records in a fixed order (a layout's), for repeated queries.

    The folded texts are made on the first query and joined into one string, so that each
    word of a query is found by one scan in C rather than a test per record: at a million
    records a query takes a fraction of a second after a first one of a few seconds.
    Memory: about one byte per character of searchable text (100 MB at a million).
    """

    _SEPARATOR = "\x00"  # never in folded text: input files have their NULs replaced

    def __init__(self, dataset: Dataset, ids: Sequence[str]) -> None:
        self._dataset = dataset
        self._ids = ids
        self._joined: str | None = None
        self._starts: npt.NDArray[np.int64] | None = None

    def _build(self) -> tuple[str, npt.NDArray[np.int64]]:
        if self._joined is None or self._starts is None:
            get = self._dataset.get
            texts = [
                searchable_text(r).replace(self._SEPARATOR, " ") if r is not None else ""
                for r in (get(i) for i in self._ids)
            ]
            lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
            self._starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
            self._joined = self._SEPARATOR.join(texts)
        return self._joined, self._starts

    def prepare(self) -> SearchIndex:
        """Make the folded texts now (O(text), once), so that the first query does not wait
        for them; returns the index."""
        self._build()
        return self

    def matches(self, query: str) -> npt.NDArray[np.intp]:
        """Positions (in the order given at construction, ascending) of the records whose
        searchable text contains every word of *query* (see :func:`matching_ids`)."""
        words = fold(query).split()
        if not words or not len(self._ids):
            return np.zeros(0, dtype=np.intp)
        joined, starts = self._build()
        found: npt.NDArray[np.intp] | None = None
        for word in sorted(set(words), key=len, reverse=True):  # the rarest first, likely
            # Each match runs on to the end of its record's text, so a record is found once
            # however often it holds the word (a one-letter word is in most texts many
            # times): the scan yields one match per matching record, in order.
            pattern = re.compile(re.escape(word) + f"[^{self._SEPARATOR}]*")
            hits = np.fromiter((m.start() for m in pattern.finditer(joined)), dtype=np.int64)
            positions = np.searchsorted(starts, hits, side="right") - 1
            found = positions if found is None else np.intersect1d(found, positions)
            if not len(found):
                break
        assert found is not None
        return found.astype(np.intp)


def statuses(dataset: Dataset) -> list[str]:
    """The distinct filter statuses present, in order of first appearance: a record's
    status, or its kind when it has none."""
    return list(dict.fromkeys([r.status or r.kind for r in dataset.records if r.lane is not None]))


def filter_words(key: str) -> str:
    """Words for a filter status of :func:`statuses` (View › Show Items): the status's
    words, or the plural of a kind for records without a status (``Flag handovers``);
    for a status and kind nobody registered, *key* with spaces for underscores."""
    if kinds.is_status(key) or not kinds.is_kind(key):
        return kinds.status(key).words
    return kinds.kind(key).plural
