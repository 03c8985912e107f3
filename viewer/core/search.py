"""Text search and status filters over records."""

from __future__ import annotations

import functools
import itertools
import re
import sys
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, cast

import numpy as np
import numpy.typing as npt

from viewer.core import kinds
from viewer.core.columns import other_text_of, spelling_group
from viewer.core.i18n import translate

if TYPE_CHECKING:
    from viewer.core.columns import RecordColumns
    from viewer.core.records import Dataset, Record


_LAST_MARK_PLANE_END = 0x20000
"""Code points from here on have no combining class (Unicode 14, Python 3.11's: the last
mark is U+1E94A, in Adlam); a test checks it against :mod:`unicodedata`."""


@functools.cache
def _marks() -> npt.NDArray[np.bool_]:
    """Whether each code point (``sys.maxunicode + 1``,) has a non-zero Unicode combining
    class (accents, Arabic harakat...), made once from :func:`unicodedata.combining` for
    the first two planes (0.01 s; the other planes hold no mark)."""
    marks = np.zeros(sys.maxunicode + 1, dtype=np.bool_)
    marks[:_LAST_MARK_PLANE_END] = np.fromiter(
        (unicodedata.combining(chr(code)) != 0 for code in range(_LAST_MARK_PLANE_END)),
        dtype=np.bool_,
        count=_LAST_MARK_PLANE_END,
    )
    return marks


def fold(text: str) -> str:
    """Lower-case *text* and strip accents (every combining mark after Unicode's
    compatibility decomposition, NFKD), so that ``nepote`` finds ``Népote``. Character by
    character: the marks are dropped in numpy over the text's code points (50 ns a
    character less than :meth:`str.translate`, which the index's millions of characters
    feel)."""
    if text.isascii():
        return text.lower()  # the same as below for ASCII, and ten times cheaper
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    codes = np.frombuffer(decomposed.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return codes[~_marks()[codes]].tobytes().decode("utf-32-le", "surrogatepass")


def searchable_text(record: Record) -> str:
    """What a search looks at: title, place, people (names and roles), other spellings of
    places and names (``aliases``), session number and summary, folded (see :func:`fold`)."""
    return fold(" ".join((record.title, record.summary, _other_text(record))))


def query_words(query: str) -> list[str]:
    """The words a search looks for in *query*: folded (:func:`fold`), split at spaces,
    each without the punctuation around it (``marrakech,`` and ``"Marrakech"`` pasted from a
    text look for ``marrakech``; ``c++`` and ``9/11`` keep theirs: a symbol or a mark
    within a word is not stripped). Punctuation alone is no word."""
    words = []
    for word in fold(query).replace(SearchIndex._SEPARATOR, " ").split():
        start, end = 0, len(word)
        while start < end and unicodedata.category(word[start])[0] == "P":
            start += 1
        while end > start and unicodedata.category(word[end - 1])[0] == "P":
            end -= 1
        if start < end:
            words.append(word[start:end])
    return words


def matching_ids(records: Iterable[Record], query: str) -> set[str]:
    """Ids of the records whose :func:`searchable_text` contains every word of *query*
    (:func:`query_words`; case- and accent-insensitive), a word in any of its
    :func:`spellings`. An empty query matches nothing."""
    records = list(records)
    words = query_words(query)
    if not words:
        return set()
    other = spellings(records)
    texts = [(r.id, searchable_text(r)) for r in records]
    return {
        rid for rid, text in texts if all(any(s in text for s in other.get(w, (w,))) for w in words)
    }


def spellings(records: Iterable[Record]) -> dict[str, tuple[str, ...]]:
    """Other spellings of the words a search looks for, from the data: each place's city
    with its ``aliases`` and each person's name with theirs, folded; every member of such
    a group maps to the whole group (``marrakesh`` -> ``marrakech``, ``marrakesh``;
    ``hongkong`` -> ``hong kong``, ``hongkong``), so that a query in one spelling finds
    every record that writes another, not only those that list the alias. O(records)."""
    return _spellings_of(g for r in records for g in spelling_group(r.place, r.people))


def _spellings_of(groups: Iterable[tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """:func:`spellings` of the groups of other spellings (not folded) *groups*."""
    out: dict[str, set[str]] = {}
    for group in groups:
        folded = set(map(fold, group))
        merged = folded.union(*(out.get(w, set()) for w in folded))
        for word in merged:
            out[word] = merged
    return {word: tuple(sorted(group)) for word, group in out.items()}


def _other_text(record: Record) -> str:
    """The place, people, other spellings and session number of *record* (the parts of
    :func:`searchable_text` besides title and summary), not folded; ``""`` when it has none."""
    return other_text_of(record.place, record.people, record.session)


def _folded(texts: list[str]) -> list[str]:
    """:func:`fold` of each text, a NUL in it made a space (the index's separator), in a
    few calls over the joined texts rather than one per text: the ASCII texts (most of
    them) lower-cased at once, the others folded at once. Folding works character by
    character (case folding, NFKD, dropping marks; a NUL between two texts decomposes to
    itself and nothing combines across it), so the joined texts fold to the folded texts
    joined."""
    sep = SearchIndex._SEPARATOR
    if not texts:
        return []
    plain = np.fromiter(map(str.isascii, texts), dtype=np.bool_, count=len(texts))
    groups = [(which, how) for which, how in ((plain, str.lower), (~plain, fold)) if which.any()]
    folded = np.empty(len(texts), dtype=object)
    for which, fold_all in groups:
        parts = fold_all(sep.join(itertools.compress(texts, which))).split(sep)
        if len(parts) != np.count_nonzero(which):  # a text holds the separator
            return _folded([t.replace(sep, " ") for t in texts])
        if len(groups) == 1:
            return parts
        folded[which] = parts
    return cast(list[str], folded.tolist())


_START = re.Match.start

_FOLD_BLOCK = 1 << 20
"""Texts folded at a time by :meth:`SearchIndex._column`."""

_LETTER_BIT = {c: i for i, c in enumerate("abcdefghijklmnopqrstuvwxyz0123456789")}
"""The bit of each ASCII letter and digit in :func:`_letter_bits` (folded text has no
capitals)."""

_LETTER_BLOCK = 1 << 16
"""Bytes of text turned into letter bits at a time: their 512 KB of bits stay in the
processor's cache (0.2 s at a million records; 0.3 s with blocks of 4 MB)."""


def _letter_bits(
    columns: list[tuple[str, npt.NDArray[np.int64]]], n: int
) -> npt.NDArray[np.uint64] | None:
    """For each of *n* records, the bits (:data:`_LETTER_BIT`) of the letters and digits
    its folded texts hold, from the joined *columns*; ``None`` when a text is not ASCII
    (then a character's place in the text is not its byte's, and one-letter words are
    searched as the others are). O(characters), a block at a time."""
    if not all(joined.isascii() for joined, _ in columns):
        return None
    table = np.zeros(256, dtype=np.uint64)
    for char, bit in _LETTER_BIT.items():
        table[ord(char)] = np.uint64(1 << bit)
    bits = np.zeros(n, dtype=np.uint64)
    for joined, starts in columns:
        if not n:
            break
        data = np.frombuffer(joined.encode("ascii") + b"\0", dtype=np.uint8)
        ends = np.append(starts[1:], len(data))
        first = 0
        while first < n:
            # Records whose texts start within the next block (at least one).
            last = max(first + 1, int(np.searchsorted(starts, starts[first] + _LETTER_BLOCK)))
            lo, hi = int(starts[first]), int(ends[last - 1])
            bits[first:last] |= np.bitwise_or.reduceat(table[data[lo:hi]], starts[first:last] - lo)
            first = last
    return bits


class SearchIndex:
    """The searchable text of a dataset's records, for repeated queries.

    *records* is the dataset's list, in its order; :meth:`matches` answers with positions in
    it (``Layout.item_of_record`` turns them into drawn items). The text is kept as three
    columns (titles, summaries, and the rest of :func:`searchable_text`), each folded and
    joined into one string with NUL between records, so that each word of a query is found
    by one scan of each column in C rather than a test per record. A word has no spaces, so
    it matches within one part of a record exactly when it matches within the record's
    :func:`searchable_text` (an other spelling with a space, ``hong kong``, is looked for
    within one part). The columns are made on the first query or by :meth:`prepare`: about
    0.09 s per 100,000 records; later queries take milliseconds (tens at a million).
    Memory: about one byte per character of searchable text (50-100 MB at a million).
    """

    _SEPARATOR = "\x00"  # never in folded text: it is replaced in every part

    def __init__(self, records: RecordColumns | Sequence[Record]) -> None:
        self._records = records
        self._columns: list[tuple[str, npt.NDArray[np.int64]]] | None = None
        self._spellings: dict[str, tuple[str, ...]] = {}
        self._letters: npt.NDArray[np.uint64] | None = None  # see _letter_bits
        # The words of the last query and its matches (see matches): replaced whole.
        self._last: tuple[set[str], npt.NDArray[np.intp]] | None = None
        self._lock = threading.Lock()  # made once, by whichever thread asks first

    def _column(self, texts: Sequence[str]) -> tuple[str, npt.NDArray[np.int64]]:
        """*texts* folded and joined, and where each starts in the joined text; made
        :data:`_FOLD_BLOCK` texts at a time (the texts of a
        :class:`~viewer.core.text_array.TextArray` made ``str`` a block at a time too: at
        ten million titles, a list of them all took 1.2 GB, and their folded copies as
        much)."""
        sep = self._SEPARATOR
        joined: list[str] = []
        lengths: list[npt.NDArray[np.int64]] = []
        for first in range(0, len(texts), _FOLD_BLOCK):
            block = texts[first : first + _FOLD_BLOCK]
            folded = _folded(block if isinstance(block, list) else list(block))
            lengths.append(np.fromiter(map(len, folded), dtype=np.int64, count=len(folded)))
            joined.append(sep.join(folded))
        every = np.concatenate(lengths) + 1 if lengths else np.zeros(0, dtype=np.int64)
        starts = np.zeros(len(every), dtype=np.int64)
        np.cumsum(every[:-1], out=starts[1:])
        return sep.join(joined), starts

    def _build(self) -> list[tuple[str, npt.NDArray[np.int64]]]:
        with self._lock:
            if self._columns is None:
                columns, self._spellings = self._made()
                self._letters = _letter_bits(columns, len(self._records))
                self._columns = columns
            return self._columns

    def _made(self) -> tuple[list[tuple[str, npt.NDArray[np.int64]]], dict[str, tuple[str, ...]]]:
        """The three folded columns and the :func:`spellings` of the records."""
        from viewer.core.columns import RecordColumns

        records = self._records
        cols = records if isinstance(records, RecordColumns) else RecordColumns.of(records)
        columns = [
            self._column(cols.titles),
            self._column(cols.summaries),
            self._column(cols.others),
        ]
        return columns, _spellings_of(cols.spellings)

    def prepare(self) -> SearchIndex:
        """Make the folded columns and the letter bits of one-letter words
        (:func:`_letter_bits`) now (O(text), once: 0.9 s at a million records), so that
        the first query does not wait for them; returns the index. Safe to call from
        another thread: a query asked meanwhile waits for the same columns rather than
        making them twice."""
        self._build()
        return self

    def matches(self, query: str) -> npt.NDArray[np.intp]:
        """Positions in *records* (ascending) of the records whose :func:`searchable_text`
        contains every word of *query*, a word in any of its :func:`spellings` (see
        :func:`matching_ids`).

        A query typed on from the last one (each of its words within a word of the new
        one, ``vien`` then ``vienna``) can only match fewer records: when those are few
        (:data:`_NARROW_SHARE` of all), or the new words are single letters or digits
        (letter bits), only they are searched (at a million records, ``Kraków co`` after
        ``Kraków c`` took 144 ms over every text, 22 ms over the 18,000 matches)."""
        words = set(query_words(query))
        if not words or not len(self._records):
            return np.zeros(0, dtype=np.intp)
        columns = self._build()
        n = len(self._records)
        before, among = self._last or (set(), None)
        if among is not None and not self._narrows(before, words):
            among = None
        if among is not None and (before == words or len(among) == 0):
            return among
        if among is not None and (
            len(among) <= n * _NARROW_SHARE or all(map(self._by_letter_bit, words - before))
        ):  # the words searched before hold for all of them
            found = among[self._holding(words - before, columns, among)]
        else:
            found = np.flatnonzero(self._holding(words, columns, None)).astype(np.intp)
        self._last = (words, found)
        return found

    def _by_letter_bit(self, word: str) -> bool:
        """Whether *word* is one letter or digit found from the letter bits (no text read)."""
        return (
            self._letters is not None
            and word in _LETTER_BIT
            and self._spellings.get(word, (word,)) == (word,)
        )

    def _narrows(self, before: set[str], words: set[str]) -> bool:
        """Whether every record that holds all of *words* holds all of *before*: each word
        of *before* lies within a word of *words* that has no other spelling (an other
        spelling, ``cracow`` for ``krakow``, need not hold ``krak``)."""
        plain = [w for w in words if self._spellings.get(w, (w,)) == (w,)]
        return all(any(old in w for w in plain) for old in before)

    def _holding(
        self,
        words: set[str],
        columns: list[tuple[str, npt.NDArray[np.int64]]],
        among: npt.NDArray[np.intp] | None,
    ) -> npt.NDArray[np.bool_]:
        """Whether each record (of all, or the positions *among*) holds every word."""
        n = len(self._records) if among is None else len(among)
        found = np.ones(n, dtype=np.bool_)
        for word in sorted(words, key=len, reverse=True):  # the rarest first, likely
            spelt = self._spellings.get(word, (word,))
            if self._by_letter_bit(word):
                # One letter or digit is in most texts: a bit per record says whether it
                # holds it (a scan of every match took 0.2-0.3 s at a million records).
                assert self._letters is not None
                letters = self._letters if among is None else self._letters[among]
                found &= (letters & np.uint64(1 << _LETTER_BIT[word])) != 0
                if not found.any():
                    break
                continue
            alternatives = "|".join(map(re.escape, spelt))
            # A one-letter word (without letter bits) is in most texts many times: each of
            # its matches runs on to the end of its record's text, so that the scan yields
            # one match per record. A longer word is found faster without that tail (0.8
            # of the time at a million records), each of its matches counted.
            tail = f"[^{self._SEPARATOR}]*" if min(map(len, spelt)) == 1 else ""
            pattern = re.compile(f"(?:{alternatives}){tail}")
            holds = np.zeros(n, dtype=np.bool_)
            for joined, starts in columns:
                if among is not None:
                    joined, starts = self._part(joined, starts, among)
                at = np.fromiter(map(_START, pattern.finditer(joined)), np.int64)
                holds[np.searchsorted(starts, at, side="right") - 1] = True
            found &= holds
            if not found.any():
                break
        return found

    def _part(
        self, joined: str, starts: npt.NDArray[np.int64], among: npt.NDArray[np.intp]
    ) -> tuple[str, npt.NDArray[np.int64]]:
        """The texts of the records *among* of one column (*joined*, *starts*), joined
        and placed as a whole column's are."""
        ends = np.append(starts[1:] - 1, len(joined))
        texts = [joined[a:b] for a, b in zip(starts[among].tolist(), ends[among].tolist())]
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1
        part_starts = np.zeros(len(texts), dtype=np.int64)
        np.cumsum(lengths[:-1], out=part_starts[1:])
        return self._SEPARATOR.join(texts), part_starts


_NARROW_SHARE = 0.03
"""The share of all records below which a query typed on from the last searches only the
last one's matches: a text read on its own costs 20-25 times its share of one scan (at a
million records, 22,000 texts in 27 ms against 36 ms for all; 51,000 in 46 ms)."""


def statuses(dataset: Dataset) -> list[str]:
    """The distinct filter statuses present, in order of first appearance: a record's
    status, or its kind when it has none (records without a lane are not counted)."""
    cols = dataset.columns
    keys, names = cols.filter_key()
    laned = keys[cols.lane >= 0]
    if not len(laned):
        return []
    _, first = np.unique(laned, return_index=True)
    return [names[int(laned[i])] for i in np.sort(first)]


def filter_words(key: str) -> str:
    """Words for a filter status of :func:`statuses` (View › Show Items): the status's
    words, or the plural of a kind for records without a status (``Flag handovers``);
    for a status and kind nobody registered, *key* with spaces for underscores."""
    if kinds.is_status(key) or not kinds.is_kind(key):
        return translate("Kinds", kinds.status(key).words)
    return translate("Kinds", kinds.kind(key).plural)
