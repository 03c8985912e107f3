"""Label placement: which labels a frame draws, where, and in which form.

A pure pass, run once per frame over the items in view: it takes each item's row and
extent in pixels, the forms its label may take (longest first), a function that measures
text, and the plot's left and right edges; it returns the labels to draw. Nothing here
knows Qt: the caller measures text with its font and draws what comes back.

Rules (the figure issue, #12):

- A label sits in its item's row: inside a bar when it fits (centred on an arrow), else
  right of the item, else left of it (so a label at the right edge is not cut).
- No label overlaps another label, or an item of its row that is not its own; each keeps
  ``gap_px`` from both. Labels stay between the plot's edges.
- A label left of its item (where the right side has no room) keeps ``clear_px`` (more
  than ``gap_px``) at its far end from any other item or label: labels read as the item
  on their left, so one that began just after the marker before its own item read as
  that marker's. A label right of its item keeps ``clear_px`` from the next label: two
  labels a word space apart read as one name, and twice ``gap_px`` from the next marker,
  further than from its own: a label a gap before it read as its name (a bar's edge
  stands between: the gap is enough).
- A bar whose row has no room for any whole form of its name may have it in the row
  under it (its lane's), from its left edge, where nothing is there; only then is a
  label cut to fit.
- A label cut to fit goes inside its item when it fits there, else to the widest free
  run beside it.
- An item that is not an obstacle (a background band) may be labelled too; other labels
  may cross it, but a label beside its item does not lie over a band its item is not in:
  "15 Brussels" left of its marker, over the years without a session before it, and "88"
  right of its own, over the year without one after it, read as those years' names (each
  takes a shorter form, or another place). A band's name goes inside it, cut if need be
  (whole past its end, it read as naming the years after it); where even a cut one does
  not fit, from its start past its end (the caller asks, ``overflow``); never over another
  band, and not beside it, where it read as naming the years next to it. An item that covers
  several rows (a band fills its lane) may take its label in a lower row when its own
  has no room: rows are tried top down, whole forms in every row before any cut.
- A label is drawn whole, or in one of its shorter forms (a session's number, a person's
  short name, a handover's receiving host), or, where the kind allows, its shortest form
  cut with an ellipsis after at least :data:`MIN_ELIDED_LETTERS` letters; else not at all.
  A label with a footnote mark (an export's ``[12]``) tries its whole forms with the mark,
  then without it (a whole name, unnumbered), then its cut form with the mark, then,
  where the caller allows (``LabelForms.alone``), the mark alone where a cut form would
  go: its note names the item in full, where a stub ("Lour…" of a four-year term) named
  no one a reader could find.
- Labels are chosen in order of priority (lower first: the caller ranks the selection,
  search matches, importance in the kind), ties broken by the item's position in the
  arrays (layout order: lane, then start), so a small pan keeps the same labels. Within a
  priority, every label that fits whole (in any of its forms) is placed before any is cut:
  a long title cut to fill a gap does not take the room of a short one that fits.

Cost: a numpy pass over all items finds those with no room for any label (most of them
in a dense view); the rest cost a few binary searches each. Rows are independent.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

ELLIPSIS = "…"
_MOST_STARTS = 64
"""Places tried for a label inside a wide item, after what is in the way: the cost of one
label stays bounded however many markers a band has over it."""
MIN_ELIDED_LETTERS = 4
"""A cut label keeps at least this many letters or digits before its ellipsis."""
_WHOLE, _CUT, _MARK = range(3)
"""The stages of a priority's labels: whole forms, cut forms, marks alone."""


@dataclass(frozen=True)
class LabelForms:
    """The texts a label may take, longest first, and whether the last may be cut.

    Attributes
    ----------
    texts : tuple of str
        Whole forms, longest first: ``("93 Marrakech", "93")``.
    note : str
        Appended to every form, never cut (an export's footnote mark ``" [12]"``).
    elide : bool
        Whether the last form may be cut to ``MIN_ELIDED_LETTERS`` letters and ``…``.
    alone : bool
        Whether *note* may stand alone (``"[12]"``) where not even a cut form fits (see
        :func:`place_labels`).
    """

    texts: tuple[str, ...]
    note: str = ""
    elide: bool = False
    alone: bool = False

    def with_note(self, note: str, alone: bool = False) -> LabelForms:
        """The same forms with *note* appended to each (which may stand *alone*)."""
        return LabelForms(self.texts, note, self.elide, alone)


@dataclass(frozen=True)
class PlacedLabel:
    """One label to draw.

    Attributes
    ----------
    item : int
        Position of its item in the arrays given to :func:`place_labels`.
    text : str
        The text to draw, note included.
    x_px, width_px : float
        Left edge and width of the text, in pixels.
    where : str
        ``"inside"``, ``"right"`` or ``"left"`` of its item, ``"start"``: from inside
        its start past its end (see ``overflow``), or ``"under"``: in the row under it,
        from its left edge (see ``under``).
    row_offset : int
        Rows below its item's own row that the label sits in (0 but for items given
        ``rows_below`` or ``under``).
    """

    item: int
    text: str
    x_px: float
    width_px: float
    where: str
    row_offset: int = 0

    @property
    def x1_px(self) -> float:
        """Right edge of the text, in pixels."""
        return self.x_px + self.width_px


_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
"""Hebrew, Arabic, Syriac, Thaana, N'Ko... and their presentation forms."""


def noted(text: str, note: str) -> str:
    """*text* with its footnote mark *note* (``" [4]"``) after it as read, a space apart.

    A label is drawn in the direction of its first strong letter (Unicode's bidirectional
    algorithm, rule P2, as :func:`viewer.graphics.text.draw_label` draws it), with or
    without its mark: the mark must not change how the title reads.

    - Text without right-to-left script: ``"Rome [4]"``.
    - Text that starts left to right and holds right-to-left script: a left-to-right mark
      (U+200E) before the mark, else its digits join the Arabic run ("Cairo [4] القاهرة").
    - Text that starts right to left: a right-to-left mark (U+200F) ends the title (a cut
      title's ``…`` stays at its end), the space follows it, and the mark is a
      left-to-right run between two U+200E: drawn on the left, where Arabic ends, ``"[4]
      مؤتمر"``. Appended plainly, the mark touched the title ("[4]مؤتمر": the space went
      to its far side) or, as a right-to-left run, an SVG wrote its brackets reversed
      ("]4["); set before the title as a left-to-right line, it turned a title holding
      Latin words around ("مؤتمر ICPO-Interpol الدولي" read backwards)."""
    if not text:  # the mark alone (see place_labels)
        return note.strip()
    if not note or not _RIGHT_TO_LEFT.search(text):
        return text + note
    if _starts_left_to_right(text):
        return f"{text}\u200e{note}"
    return f"{text}\u200f \u200e{note.strip()}\u200e"


def unnoted(text: str, note: str) -> str:
    """*text* as :func:`noted` made it from a label and *note*, back to the label (the text
    itself when it holds no such mark)."""
    if not note:
        return text
    if text == note.strip():  # the mark alone
        return ""
    for tail in ("\u200e" + note, f"\u200f \u200e{note.strip()}\u200e", note):
        if text.endswith(tail):
            return text[: -len(tail)]
    return text


def in_own_direction(text: str) -> str:
    """*text* to go inside a left-to-right line (a footnote's ``[4] title: URL``): when it
    starts right to left, within a right-to-left embedding (U+202B ... U+202C), so that it
    reads as it does alone ("مؤتمر ICPO-Interpol الدولي" was drawn with its words in the
    line's order); unchanged otherwise. An SVG export takes the controls out of its texts
    again (Qt has placed each run; some programs drew them as boxes)."""
    if not _RIGHT_TO_LEFT.search(text) or _starts_left_to_right(text):
        return text
    return f"\u202b{text}\u202c"


def _starts_left_to_right(text: str) -> bool:
    """Whether *text*'s first strong letter is left to right (true when it has none)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return False
        if kind == "L":
            return True
    return True


def elide(text: str, room_px: float, measure: Callable[[str], float], note: str = "") -> str | None:
    """The longest ``text[:n] + "…" + note`` that is at most *room_px* wide, is not cut
    inside a number, and keeps at least :data:`MIN_ELIDED_LETTERS` letters or digits;
    ``None`` when none fits."""
    # The shortest cut allowed: a quick refusal where even that has no room.
    letters = 0
    shortest = len(text)
    for n, ch in enumerate(text):
        letters += ch.isalnum()
        if letters == MIN_ELIDED_LETTERS:
            shortest = n + 1
            break
    if shortest >= len(text) or measure(noted(text[:shortest] + ELLIPSIS, note)) > room_px:
        return None
    best = 0
    lo, hi = shortest, len(text) - 1
    while lo <= hi:  # widths grow with n, so a binary search finds the longest
        mid = (lo + hi) // 2
        if measure(noted(text[:mid].rstrip() + ELLIPSIS, note)) <= room_px:
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    # Never inside a number: "No sessions, 1939-19…" read as a range of other years.
    while best > 0 and text[best - 1].isdigit() and text[best].isdigit():
        best -= 1
    kept = text[:best].rstrip()
    if sum(ch.isalnum() for ch in kept) < MIN_ELIDED_LETTERS:
        return None
    return noted(kept + ELLIPSIS, note)


def two_lines(
    text: str, room_px: float, measure: Callable[[str], float], note: str = ""
) -> tuple[str, str] | None:
    """*text* split at a space into two lines, the first as long as it can be, each at
    most *room_px* wide (the second with the footnote mark *note*, see :func:`noted`);
    ``None`` when no split fits (a tall band's name, rather than a stub such as
    "No ses… [2]"). O(words) measures."""
    words = text.split(" ")
    for n in range(len(words) - 1, 0, -1):
        first, second = " ".join(words[:n]), " ".join(words[n:])
        if not first or not second or measure(first) > room_px:
            continue
        return (first, noted(second, note)) if measure(noted(second, note)) <= room_px else None
    return None


_MOST_BANDS = 64
"""Bands looked at for one label (:meth:`_Row.band_hit`): the nearest ones, so that a label
costs the same however many bands overlap where it would go."""


class _Row:
    """The items of one row (sorted by left edge) and the labels placed in it so far."""

    def __init__(
        self,
        x0: npt.NDArray[np.float64],
        x1: npt.NDArray[np.float64],
        items: npt.NDArray[np.intp],
        boxed: npt.NDArray[np.bool_] | None = None,
    ) -> None:
        self.x0 = x0.tolist()
        self.x1 = x1.tolist()
        self.items = items.tolist()
        self.boxed = [False] * len(self.items) if boxed is None else boxed.tolist()
        """Whether each item is a bar (its label may go inside): its edge stands between
        it and a label before it."""
        self.reach = np.maximum.accumulate(x1).tolist() if len(x1) else []
        """reach[j]: the largest right edge among items 0..j."""
        self.label_x0: list[float] = []
        self.label_x1: list[float] = []
        self.label_beside: list[bool] = []
        """Whether each placed label sits beside its item (not inside it)."""
        self._widest_px: float | None = None
        self.band_x0: list[float] = []
        self.band_x1: list[float] = []
        self.band_reach: list[float] = []
        """The row's backdrops (bands), sorted by left edge; reach as for the items."""
        self.names_under: list[float] = []
        """Left edges, sorted, of the bars in the row above whose names may be written
        under them, in this row (``under`` of :func:`place_labels`)."""

    def set_bands(self, x0: list[float], x1: list[float]) -> None:
        """The backdrops that lie in this row (edges in pixels, in any order)."""
        pairs = sorted(zip(x0, x1))
        self.band_x0 = [a for a, _ in pairs]
        self.band_x1 = [b for _, b in pairs]
        self.band_reach = np.maximum.accumulate(self.band_x1).tolist() if pairs else []

    def band_hit(self, a: float, b: float, own_a: float, own_b: float) -> bool:
        """Whether a backdrop that does not hold the centre of the item ``[own_a, own_b]``
        overlaps ``(a, b)`` (a label there would read as the band's name; a marker just
        after a band touches it)."""
        centre = (own_a + own_b) / 2
        j = bisect.bisect_left(self.band_x0, b) - 1
        stop = max(j - _MOST_BANDS, -1)  # a bounded look: a file of many overlapping bands
        while j > stop and self.band_reach[j] > a:
            x0, x1 = self.band_x0[j], self.band_x1[j]
            if x1 > a and not x0 <= centre <= x1:
                return True
            j -= 1
        return False

    def item_hit(self, a: float, b: float, own: int) -> bool:
        """Whether an item other than *own* overlaps ``(a, b)``."""
        n = bisect.bisect_left(self.x0, b)  # items starting before b
        j = n - 1
        while j >= 0 and self.reach[j] > a:
            if self.x1[j] > a and self.items[j] != own:
                return True
            j -= 1
        return False

    def marker_hit(self, a: float, b: float, own: int) -> bool:
        """Whether an item other than *own* that is not a bar overlaps ``(a, b)``."""
        n = bisect.bisect_left(self.x0, b)
        j = n - 1
        while j >= 0 and self.reach[j] > a:
            if self.x1[j] > a and self.items[j] != own and not self.boxed[j]:
                return True
            j -= 1
        return False

    def label_hit(self, a: float, b: float) -> bool:
        """Whether a placed label overlaps ``(a, b)``."""
        i = bisect.bisect_left(self.label_x0, b)
        return i > 0 and self.label_x1[i - 1] > a

    def free(self, a: float, b: float, own: int, gap: float) -> bool:
        """Whether ``[a, b]`` keeps *gap* from every other item and label."""
        return not (self.item_hit(a - gap, b + gap, own) or self.label_hit(a - gap, b + gap))

    def room_right(
        self,
        a: float,
        limit: float,
        own: int,
        gap: float,
        label_gap: float | None = None,
        marker_gap: float | None = None,
    ) -> float:
        """The right end of the free run that starts at *a* (at most *limit*), *gap* short
        of the next item (*marker_gap*, default *gap*, of a next item that is not a bar
        and lies before *limit*) and *label_gap* (default *gap*) of the next label."""
        end = limit
        j = bisect.bisect_left(self.x0, a)
        while j < len(self.x0) and self.x0[j] - gap < end:
            if self.items[j] != own:
                marker = marker_gap is not None and not self.boxed[j] and self.x0[j] < limit
                end = self.x0[j] - (marker_gap if marker and marker_gap is not None else gap)
                break
            j += 1
        k = bisect.bisect_left(self.label_x0, a)
        if k < len(self.label_x0):
            keep = label_gap if label_gap is not None and self.label_beside[k] else gap
            end = min(end, self.label_x0[k] - keep)
        return end

    def room_left(self, b: float, limit: float, own: int, gap: float) -> float:
        """The left end of the free run that ends at *b* (at least *limit*)."""
        start = limit
        n = bisect.bisect_left(self.x0, b)
        for j in range(n - 1, -1, -1):
            if self.reach[j] + gap <= start:
                break
            if self.items[j] != own and self.x1[j] + gap > start:
                start = self.x1[j] + gap
        k = bisect.bisect_left(self.label_x0, b)
        if k > 0:
            start = max(start, self.label_x1[k - 1] + gap)
        return start

    def unlabelled_before(self, x: float, own: int, within: float, labelled: set[int]) -> bool:
        """Whether the nearest item ending at or before *x* (not *own*) ends less than
        *within* pixels before it and is not in *labelled*. A bounded look back."""
        j = bisect.bisect_left(self.x0, x) - 1
        stop = max(j - _MOST_BANDS, -1)
        nearest, end = -1, -math.inf
        while j > stop and self.reach[j] > x - within:
            if self.items[j] != own and end < self.x1[j] <= x + 1e-6:
                nearest, end = self.items[j], self.x1[j]
            j -= 1
        return nearest >= 0 and x - end < within and nearest not in labelled

    def add(self, a: float, b: float, beside: bool = True) -> None:
        """Record a placed label over ``[a, b]`` (*beside* its item, or inside it)."""
        i = bisect.bisect_left(self.label_x0, a)
        self.label_x0.insert(i, a)
        self.label_x1.insert(i, b)
        self.label_beside.insert(i, beside)

    def ends_within(self, a: float, b: float, gap: float) -> list[float]:
        """Where a label could start inside ``[a, b]`` after something of the row: *gap*
        past the right end of each item and label ending there, in order (at most
        :data:`_MOST_STARTS` of them)."""
        # Items ending in [a - gap, b - gap] start after a - gap - widest and before b.
        first = bisect.bisect_left(self.x0, a - gap - self._widest())
        last = bisect.bisect_left(self.x0, b)
        found = [x1 + gap for x1 in self.x1[first:last] if a <= x1 + gap <= b]
        # Labels do not overlap: their right ends are in order.
        lo = bisect.bisect_left(self.label_x1, a - gap)
        hi = bisect.bisect_right(self.label_x1, b - gap)
        found += [x1 + gap for x1 in self.label_x1[lo:hi]]
        return sorted(found)[:_MOST_STARTS]

    def _widest(self) -> float:
        if self._widest_px is None:
            self._widest_px = max((x1 - x0 for x0, x1 in zip(self.x0, self.x1)), default=0.0)
        return self._widest_px

    def under_a_bar_start(self, x: float, reach: float, own: float | None = None) -> bool:
        """Whether a bar of the row above whose name may go under it (see
        :attr:`names_under`) starts within *reach* of *x*, other than at *own*: a label
        starting there reads as that bar's name."""
        j = bisect.bisect_left(self.names_under, x - reach)
        while j < len(self.names_under) and self.names_under[j] <= x + reach:
            if own is None or self.names_under[j] != own:
                return True
            j += 1
        return False

    def beside_label_within(self, b: float, reach: float) -> bool:
        """Whether the first label at or after *b* sits beside its item and starts
        before ``b + reach`` (a label inside an item has the item's edge between)."""
        k = bisect.bisect_left(self.label_x0, b)
        return k < len(self.label_x0) and self.label_beside[k] and self.label_x0[k] < b + reach


READS_AS_PREVIOUS = 3.0
"""How far (in *clear_px*) after an unlabelled item a label left of its own item may start
(see :func:`place_labels`)."""


def place_labels(
    row: npt.ArrayLike,
    x0_px: npt.ArrayLike,
    x1_px: npt.ArrayLike,
    forms: Callable[[int], LabelForms | None],
    measure: Callable[[int, str], float],
    left_px: float,
    right_px: float,
    *,
    inside: npt.ArrayLike | None = None,
    beside: npt.ArrayLike | None = None,
    centre: npt.ArrayLike | None = None,
    overflow: npt.ArrayLike | None = None,
    priority: npt.ArrayLike | None = None,
    obstacle: npt.ArrayLike | None = None,
    rows_below: npt.ArrayLike | None = None,
    under: npt.ArrayLike | None = None,
    rank: Callable[[int], float] | None = None,
    pad_px: float = 4.0,
    gap_px: float = 3.0,
    clear_px: float | None = None,
    min_label_px: float = 0.0,
) -> list[PlacedLabel]:
    """Choose and place the labels of *n* items.

    Parameters
    ----------
    row : int array (n,)
        Row of each item; labels collide only within a row.
    x0_px, x1_px : float arrays (n,)
        Left and right edge of each item as drawn (a marker's circle, a bar at its
        drawn width), in pixels.
    forms : callable
        ``forms(k)``: the :class:`LabelForms` of item *k*, or ``None`` for no label.
        Called only for items with room for a label.
    measure : callable
        ``measure(k, text)``: width in pixels of *text* in item *k*'s font.
    left_px, right_px : float
        The plot's edges: no label crosses them.
    inside : bool array (n,), optional
        Whether a label may sit inside the item (bars and arrows); default none.
    beside : bool array (n,), optional
        Whether a label may sit right or left of the item; default all.
    centre : bool array (n,), optional
        Whether a label inside is centred (arrows) rather than at the left; default none.
    overflow : bool array (n,), optional
        Whether a label that does not fit inside even cut may start inside the item at its
        left and run past its right end (a band too narrow for a name: named where it
        begins, not beside it, where the name read as naming the next years); default
        none. Asked only in the pass of cut forms (after every whole label of its
        priority), for forms that may be cut.
    priority : array (n,), optional
        Lower is placed first (the selection, search matches); default all equal.
    obstacle : bool array (n,), optional
        Whether other labels must keep off the item; default all. An item that is not
        one (a background band) may still get a label, which keeps off every obstacle
        and label; it is always asked for its forms.
    rows_below : int array (n,), optional
        How many rows under its own an item's label may also sit in, tried top down where
        the rows above have no room (a band covers its lane's rows); default none. Each
        row tried costs as much as one more item.
    under : bool array (n,), optional
        Whether an item's label, when none of its whole forms has room in its own row,
        may go in the row under it, from the item's left edge and past its right end,
        where nothing is there (a bar's name under it: "Louwage" rather than the stub
        "Lour…" of a four-year term); tried in the pass of whole forms, after its own
        row; default none.
    rank : callable, optional
        ``rank(k)``: the next key for items of equal priority (importance in the kind),
        lower first; asked only for items with room. Remaining ties keep array order.
    pad_px : float
        Space between a bar's edge and a label inside it.
    gap_px : float
        Space kept between a label and any other item or label, and between an item and
        its label beside it.
    clear_px : float, optional
        Space kept between the left end of a label left of its item and any other item or
        label, and between the right end of a label right of its item and the next label
        (default ``4 * gap_px``; the plot's edge needs none).
    min_label_px : float
        Items with less free room than this around and inside them get no label (and
        their forms are never asked for): the width of the shortest useful label.

    Returns
    -------
    list of PlacedLabel
        In placement order (highest priority first).

    A label left of its item that starts less than :data:`READS_AS_PREVIOUS` times
    *clear_px* after an item left without a label read as that item's ("● 18 ◉": the 17th
    session's marker, unlabelled, then "18", then the selected 18th's, a new user's
    finding): the labels of those items' rows are placed once more, those items' labels
    kept off their left (the labels of the other rows first in the list).
    """
    rows = np.asarray(row, dtype=np.int64)
    x0 = np.asarray(x0_px, dtype=np.float64)
    x1 = np.maximum(np.asarray(x1_px, dtype=np.float64), x0)
    n = len(rows)
    if n == 0 or right_px <= left_px:
        return []
    ins = np.zeros(n, np.bool_) if inside is None else np.asarray(inside, dtype=np.bool_)
    bes = np.ones(n, np.bool_) if beside is None else np.asarray(beside, dtype=np.bool_)
    cen = np.zeros(n, np.bool_) if centre is None else np.asarray(centre, dtype=np.bool_)
    ovf = np.zeros(n, np.bool_) if overflow is None else np.asarray(overflow, dtype=np.bool_)

    obs = np.ones(n, np.bool_) if obstacle is None else np.asarray(obstacle, dtype=np.bool_)
    backdrop = np.flatnonzero(~obs)
    # Obstacles sorted by row, then left edge; each row's neighbours give an upper bound of
    # the room around each item (items that reach further only shrink it).
    kept = np.flatnonzero(obs)
    order = kept[np.lexsort((x0[kept], rows[kept]))]
    n = len(order)
    r_s, x0_s, x1_s = rows[order], x0[order], x1[order]
    same_next = np.zeros(n, np.bool_)
    same_next[:-1] = r_s[1:] == r_s[:-1]
    next_x0 = np.where(same_next, np.append(x0_s[1:], np.inf), np.inf)
    prev_reach = np.full(n, -np.inf)
    if n > 1:
        # The largest right edge of the earlier items in the same row.
        starts = np.flatnonzero(np.append(True, r_s[1:] != r_s[:-1]))
        reach = x1_s.copy()
        for s, e in zip(starts.tolist(), np.append(starts[1:], n).tolist()):
            reach[s:e] = np.maximum.accumulate(x1_s[s:e])
        has_prev = np.append(False, r_s[1:] == r_s[:-1])
        prev_reach[has_prev] = reach[np.flatnonzero(has_prev) - 1]
    room_right = np.minimum(next_x0, right_px) - x1_s - 2 * gap_px
    room_left = x0_s - np.maximum(prev_reach, left_px) - 2 * gap_px
    vis_w = np.minimum(x1_s, right_px) - np.maximum(x0_s, left_px) - 2 * pad_px
    room = np.where(bes[order], np.maximum(room_right, room_left), -np.inf)
    room = np.maximum(room, np.where(ins[order], vis_w, -np.inf))
    candidates = np.r_[order[room >= max(min_label_px, 1e-9)], backdrop]
    if len(candidates) == 0:
        return []
    prio = np.zeros(len(rows)) if priority is None else np.asarray(priority, dtype=np.float64)
    cand = candidates.tolist()
    if rank is None:
        cand.sort(key=lambda k: (prio[k], k))
    else:
        cand.sort(key=lambda k: (prio[k], rank(k), k))

    row_bounds = np.flatnonzero(np.append(True, r_s[1:] != r_s[:-1]))
    row_ends = np.append(row_bounds[1:], n)
    row_slices = {int(r_s[s]): (int(s), int(e)) for s, e in zip(row_bounds, row_ends)} if n else {}

    clear = 4 * gap_px if clear_px is None else max(clear_px, gap_px)
    below = np.zeros(len(rows), np.int64) if rows_below is None else np.asarray(rows_below)
    und = np.zeros(len(rows), np.bool_) if under is None else np.asarray(under, dtype=np.bool_)
    # Each backdrop lies in its row and the rows under it its label may take.
    bands: dict[int, tuple[list[float], list[float]]] = {}
    for k in backdrop.tolist():
        for r in range(int(rows[k]), int(rows[k]) + max(int(below[k]), 0) + 1):
            band_x0, band_x1 = bands.setdefault(r, ([], []))
            band_x0.append(float(x0[k]))
            band_x1.append(float(x1[k]))

    known: dict[int, LabelForms | None] = {}

    def one_pass(
        not_left: frozenset[int], kept: Sequence[PlacedLabel] = ()
    ) -> tuple[list[PlacedLabel], frozenset[int]]:
        """The labels, items of *not_left* kept off their left; and the items whose label,
        left of them, starts just after an item left without one. With *kept* (labels
        of a first pass), only the items of *not_left*'s rows are placed, around those."""
        by_row: dict[int, _Row] = {}
        redo = None if not kept else {int(rows[k]) for k in not_left}

        def row_of(r: int) -> _Row:
            found = by_row.get(r)
            if found is None:
                s, e = row_slices.get(r, (0, 0))  # a row of backdrops alone has no obstacle
                found = by_row[r] = _Row(x0_s[s:e], x1_s[s:e], order[s:e], ins[order[s:e]])
                if r in bands:
                    found.set_bands(*bands[r])
                if r - 1 in row_slices:  # the left edges of the bars named under them, sorted
                    s, e = row_slices[r - 1]
                    found.names_under = x0_s[s:e][und[order[s:e]]].tolist()
            return found

        placed: list[PlacedLabel] = []
        done: set[int] = set()  # items labelled
        for held in kept:
            row_of(int(rows[held.item]) + held.row_offset).add(
                held.x_px, held.x1_px, held.where != "inside"
            )
            done.add(held.item)
        start = 0
        while start < len(cand):
            # One priority at a time: whole forms first, then the cut ones, then marks alone.
            end = start
            while end < len(cand) and prio[cand[end]] == prio[cand[start]]:
                end += 1
            for stage in (_WHOLE, _CUT, _MARK):
                cut = stage != _WHOLE
                for k in cand[start:end]:
                    if redo is not None and int(rows[k]) not in redo:
                        continue
                    f = known[k] = known[k] if k in known else forms(k)
                    if f is None or not f.texts or (cut and not f.elide) or k in done:
                        continue
                    if stage == _MARK and not (f.note and f.alone):
                        continue
                    # With a footnote mark, whole forms with it (in its rows, then under it),
                    # then without it: a whole name, unnumbered ("Jarva"), before another
                    # item's cut name or mark alone takes its room.
                    tries = [f, LabelForms(f.texts, "", f.elide)] if f.note and not cut else [f]
                    for n_try, shown in enumerate(tries):
                        for offset in range(int(below[k]) + 1):
                            lane_row = row_of(int(rows[k]) + offset)
                            label = _place_one(
                                k,
                                shown,
                                lane_row,
                                float(x0[k]),
                                float(x1[k]),
                                bool(ins[k]),
                                bool(bes[k]),
                                (bool(cen[k]), bool(ovf[k])),
                                measure,
                                (left_px, right_px),
                                (pad_px, gap_px, clear),
                                stage,
                                k not in not_left,
                            )
                            if label is not None:
                                lane_row.add(label.x_px, label.x1_px, label.where != "inside")
                                done.add(k)
                                placed.append(
                                    replace(label, row_offset=offset) if offset else label
                                )
                                break
                        if k not in done and not cut and und[k] and n_try == 0:
                            lower = row_of(int(rows[k]) + 1)
                            label = _place_under(
                                k,
                                f,
                                lower,
                                float(x0[k]),
                                float(x1[k]),
                                measure,
                                (left_px, right_px),
                                clear,
                            )
                            if label is not None:
                                lower.add(label.x_px, label.x1_px, True)
                                done.add(k)
                                placed.append(label)
                        if k in done:
                            break
            start = end
        misread = frozenset(
            label.item
            for label in placed
            if label.where == "left"
            and not label.row_offset
            and by_row[int(rows[label.item])].unlabelled_before(
                label.x_px, label.item, READS_AS_PREVIOUS * clear, done
            )
        )
        return placed, misread

    placed, misread = one_pass(frozenset())
    if not misread:
        return placed
    # Again, the rows of those items alone (rows are independent; a label another row's
    # item put in one of them stays): placing everything twice doubled a dense frame
    again = {int(rows[k]) for k in misread}
    others = [label for label in placed if int(rows[label.item]) not in again]
    return others + one_pass(misread, others)[0]


def _place_under(
    k: int,
    f: LabelForms,
    row: _Row,
    x0: float,
    x1: float,
    measure: Callable[[int, str], float],
    edges: tuple[float, float],
    clear: float,
) -> PlacedLabel | None:
    """Item *k*'s label in *row*, the row under its own (see ``under`` of
    :func:`place_labels`): its shortest whole form (a surname, as the bars beside have
    theirs; a long name under several bars read as any of theirs) from the item's left
    edge (or the plot's, *edges* being the plot's), keeping *clear* pixels from every
    label and item of the row after it (two names a word space apart read as one) and four
    times as much from an item of the row before it (a name just after an item read as
    that item's: "Kaltenbrunner" right of Steinhäusl's bar), over no band the item is not
    in, and not starting near another bar's start above; else ``None``."""
    left, right = edges
    a = max(x0, left)
    shown = noted(f.texts[-1], f.note)
    width = measure(k, shown)
    b = a + width
    if (
        b > right
        or row.item_hit(a - 4 * clear, b + clear, -1)
        or row.label_hit(a - clear, b + clear)
    ):
        return None  # (an item of this row just before it: the label read as its name)
    if row.band_hit(a, b, x0, x1) or row.under_a_bar_start(a, 2 * clear, own=x0):
        return None
    return PlacedLabel(k, shown, a, width, "under", row_offset=1)


def _place_one(
    k: int,
    f: LabelForms,
    row: _Row,
    a: float,
    b: float,
    inside: bool,
    beside: bool,
    centre_overflow: tuple[bool, bool],
    measure: Callable[[int, str], float],
    edges: tuple[float, float],
    spacing: tuple[float, float, float],
    stage: int,
    left_ok: bool = True,
) -> PlacedLabel | None:
    """The first free place for item *k*'s label (over ``[a, b]``, between the plot's
    *edges*; *spacing*: pad, gap and clear, see :func:`place_labels`): each form in turn,
    inside, right, left (stage :data:`_WHOLE`); its last form cut to the widest free run
    (:data:`_CUT`); or its mark alone where a cut form would go (:data:`_MARK`)."""
    left, right = edges
    pad, gap, clear = spacing
    centre, overflow = centre_overflow
    far = clear - gap  # what a label left of its item keeps at its left end, beyond the gap
    in_a, in_b = max(a, left) + pad, min(b, right) - pad

    def free_beside(x: float, w: float, where: str) -> bool:
        if row.band_hit(x, x + w, a, b):  # over a band its item is not in: its name
            return False
        if row.under_a_bar_start(x, 2 * clear):
            # Starting under a bar of the row above, it read as that bar's name, which is
            # written there ("Steinhäusl" left of his bar, under Schober's)
            return False
        if where == "right":
            # Clear of the next label beside its item (it would read on) and of the next
            # item ("84" a gap before marker 85 read as its name)
            return (
                row.free(x, x + w, k, gap)
                and not row.marker_hit(x + w, min(x + w + 2 * gap, right), k)
                and not row.beside_label_within(x + w, clear)
            )
        # Clear at its far end, up to the plot's edge (no item lies beyond it).
        return row.free(min(max(x - far, left), x), x + w, k, gap)

    if stage == _WHOLE:
        for text in f.texts:
            text = noted(text, f.note)
            w = measure(k, text)
            if inside and w <= in_b - in_a:
                x = max(in_a, (a + b - w) / 2) if centre else in_a
                x = min(x, in_b - w)
                if row.free(x, x + w, k, gap):
                    return PlacedLabel(k, text, x, w, "inside")
                if not centre:  # further in, after what is in the way (a band's markers)
                    for x in row.ends_within(in_a, in_b - w, gap):
                        if row.free(x, x + w, k, gap):
                            return PlacedLabel(k, text, x, w, "inside")
            if beside:
                x = b + gap
                if x + w <= right and x >= left and free_beside(x, w, "right"):
                    return PlacedLabel(k, text, x, w, "right")
                x = a - gap - w
                if left_ok and x >= left and x + w <= right and free_beside(x, w, "left"):
                    return PlacedLabel(k, text, x, w, "left")
        return None
    last = f.texts[-1]

    def fit(room: float) -> tuple[str, float] | None:
        text = elide(last, room, lambda t: measure(k, t), f.note)
        return None if text is None else (text, measure(k, text))

    # One cut: inside the item when one fits there (it cannot be read as another's), else
    # to the widest free run beside it that takes one.
    runs: list[tuple[float, float, str]] = []  # (start, end, where)
    if beside:
        x = b + gap
        runs.append((x, row.room_right(x, right, k, gap, clear, 2 * gap), "right"))
        x_end = a - gap
        if left_ok:
            runs.append((row.room_left(x_end, left, k, clear), x_end, "left"))
    runs.sort(key=lambda run: run[0] - run[1])
    if inside and in_b - in_a > 0:
        runs.insert(0, (in_a, in_b, "inside"))
    if stage == _MARK:  # no room for even a cut name: its mark alone, as a cut one goes
        mark = noted("", f.note)
        w = measure(k, mark)
        for start, end, where in runs:
            x = end - w if where == "left" else start
            if end - start < w or x < left or x + w > right:
                continue
            if row.free(x, x + w, k, gap) if where == "inside" else free_beside(x, w, where):
                return PlacedLabel(k, mark, x, w, where)
        return None
    for start, end, where in runs:
        got = fit(end - start) if end > start else None
        if got is None:
            continue
        x = end - got[1] if where == "left" else start
        if where == "inside" and row.free(x, x + got[1], k, gap):
            return PlacedLabel(k, got[0], x, got[1], where)
        if where != "inside" and free_beside(x, got[1], where):
            return PlacedLabel(k, got[0], x, got[1], where)
    if overflow:  # too narrow for even a cut name: from its start past its end
        x = in_a
        text = noted(last, f.note)
        w = measure(k, text)
        end = row.room_right(x, right, k, gap, clear)
        got = (text, w) if x + w <= end else fit(end - x)
        if (
            got is not None
            and row.free(x, x + got[1], k, gap)
            and not row.band_hit(x, x + got[1], a, b)
        ):
            return PlacedLabel(k, got[0], x, got[1], "start")
    return None


def overlaps(
    labels: Sequence[PlacedLabel], row: npt.ArrayLike, x0_px: npt.ArrayLike, x1_px: npt.ArrayLike
) -> list[tuple[int, int | str]]:
    """Every collision among *labels* and the items (for tests and checks): pairs
    ``(item of a label, item it hits)`` or ``(item of a label, "label")`` when two labels
    overlap. Touching edges do not count."""
    rows = np.asarray(row)
    x0 = np.asarray(x0_px, dtype=np.float64)
    x1 = np.asarray(x1_px, dtype=np.float64)
    found: list[tuple[int, int | str]] = []
    for lab in labels:
        r = rows[lab.item] + lab.row_offset
        hit = np.flatnonzero((rows == r) & (x0 < lab.x1_px - 1e-6) & (x1 > lab.x_px + 1e-6))
        found.extend((lab.item, int(j)) for j in hit.tolist() if j != lab.item)
    by_row: dict[int, list[PlacedLabel]] = {}
    for lab in labels:
        by_row.setdefault(int(rows[lab.item]) + lab.row_offset, []).append(lab)
    for group in by_row.values():
        group.sort(key=lambda p: p.x_px)
        for p, q in zip(group, group[1:]):
            if q.x_px < p.x1_px - 1e-6:
                found.append((p.item, "label"))
    return found
