"""Text from files made safe to show: direction overrides neutralised, invisible characters
in ids found. Pure functions (no Qt); the widgets call them on every string they display.

Bidirectional override and isolate characters (U+202A-U+202E, U+2066-U+2069) reorder the
text around them when it is drawn: ``"\\u202eevil"`` can display as "live", and a file name
``"report\\u202egnp.exe"`` as "reportexe.png". :func:`shown_text` replaces each one with a
visible mark such as ``⟦U+202E⟧``, so what is drawn is what the file holds. Right-to-left
text itself (Arabic, Hebrew) is not touched: it needs no override to display correctly.

Zero-width and other invisible characters in ids make two ids that look the same differ
(``session-1`` and ``session-1\\u200b``); :func:`invisible_in` names them so that a load
can warn about them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from viewer.core.i18n import translate
from viewer.core.text_array import TextArray

__all__ = [
    "BIDI_CONTROLS",
    "escaped_json",
    "INVISIBLE",
    "any_invisible",
    "invisible_id_messages",
    "invisible_in",
    "mark",
    "natural_keys",
    "shown_text",
]

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI: the characters that reorder text."""

INVISIBLE = (
    frozenset(
        "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d"
        "\u200e\u200f\u2060\u2061\u2062\u2063\u2064\u3164\ufeff\uffa0"
    )
    | BIDI_CONTROLS
)
"""Characters that draw nothing (zero-width spaces and joiners, direction marks, the
byte-order mark, soft hyphen, Hangul fillers) or reorder text: never wanted in an id."""

_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
_INVISIBLE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")
_PICTOGRAPHS = "\u2600-\u27bf\U0001f000-\U0001faff"
"""Emoji and other pictographs (Unicode's Miscellaneous Symbols, Dingbats and the
pictographic planes), which a zero-width joiner binds into one glyph."""
_HIDDEN = re.compile(
    "["
    + "".join(sorted(INVISIBLE - {"\u200d"}))
    + "]"
    # A joiner inside an emoji sequence (a pictograph, its variation selector or skin tone,
    # then a pictograph: the family 👨‍👩‍👧) is drawn, as part of its glyph; elsewhere it
    # hides, as any other.
    + f"|(?<![{_PICTOGRAPHS}\ufe0f])\u200d|\u200d(?![{_PICTOGRAPHS}])"
)
"""What :func:`invisible_in` and :func:`any_invisible` look for: :data:`INVISIBLE` but a
joiner that binds an emoji sequence (a trial's family emoji id was warned about)."""


def escaped_json(text: str) -> str:
    """JSON *text* with each :data:`INVISIBLE` character written as its ``\\uXXXX``
    escape: the same JSON value, but a terminal shows the escape instead of reordering
    or hiding what follows (such characters only occur inside JSON strings, where an
    escape means the character itself)."""
    if not _INVISIBLE.search(text):
        return text
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def mark(char: str) -> str:
    """The visible stand-in for *char*: ``⟦U+202E⟧``."""
    return f"\u27e6U+{ord(char):04X}\u27e7"


def shown_text(text: str) -> str:
    """*text* as it may be displayed: each direction override or isolate character
    replaced by its :func:`mark`, everything else unchanged (so plain text costs one
    search). Apply it to text from a file before it reaches a widget; escape for HTML
    after, not before."""
    if not _BIDI.search(text):
        return text
    return _BIDI.sub(lambda m: mark(m.group()), text)


DRAWN_CHARS_MAX = 300
"""Characters of one text from a file that a chart, axis, export title, footnote or
tooltip draws at most (the details panel shows up to :data:`PANEL_CHARS_MAX`). A wider
text could never be seen whole, and measuring or laying out megabytes cost seconds and gigabytes."""


PANEL_CHARS_MAX = 20_000
"""Characters of one text from a file that the details panel shows at most (a summary of
twenty pages). Qt lays out one long unbroken word in quadratic time: 50,000 characters
took 1.2 s and a million about eight minutes, so a longer text is cut there."""


def panel_text(text: str) -> str:
    """*text* cut to :data:`PANEL_CHARS_MAX` characters, the cut said in words (how many
    characters are left out and where to read them whole), then :func:`shown_text`."""
    if len(text) > PANEL_CHARS_MAX:
        left = len(text) - PANEL_CHARS_MAX
        more = translate(
            "Details",
            "(%Ln more character(s) not shown; python -m viewer records prints the whole text)",
            None,
            left,
        )
        text = f"{text[:PANEL_CHARS_MAX]}… {more}"
    return shown_text(text)


_LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x85\u2028\u2029]")


def drawn_text(text: str) -> str:
    """*text* cut to :data:`DRAWN_CHARS_MAX` characters (an ellipsis at the cut), its line
    breaks drawn as spaces (a label, a name, a heading is one line: a title with a line
    break was a label of two lines, and "Linebreak" in a footnote), then
    :func:`shown_text`: what may be measured and drawn, in O(DRAWN_CHARS_MAX) whatever
    the length of *text*."""
    if len(text) > DRAWN_CHARS_MAX:
        text = text[: DRAWN_CHARS_MAX - 1] + "\u2026"
    return shown_text(_LINE_BREAK.sub(" ", text))


def invisible_in(text: str) -> list[str]:
    """The invisible characters of :data:`INVISIBLE` in *text*, each named once in order
    of appearance: ``["U+200B ZERO WIDTH SPACE"]`` (empty when there are none)."""
    names: list[str] = []
    for m in _HIDDEN.finditer(text):
        char = m.group()
        name = f"U+{ord(char):04X} {unicodedata.name(char, 'invisible character')}"
        if name not in names:
            names.append(name)
    return names


def any_invisible(texts: list[str] | tuple[str, ...]) -> bool:
    """Whether any of *texts* holds an invisible character (one search over all of them,
    so a million ids cost milliseconds)."""
    return bool(_HIDDEN.search("\n".join(texts)))


def invisible_id_messages(
    ids: Sequence[str], has_id: Callable[[str], bool], where_of: Callable[[str], str] | None = None
) -> list[tuple[str, str]]:
    """A warning ``(record id, message)`` for each of *ids* (the loaded records' ids; *has_id*
    tells whether a record has an id) that looks like another id but differs, so that links
    and ``--select`` miss it (the record still loads): an id that holds an invisible
    character (see :data:`INVISIBLE`), and an id written with other characters than another
    record's id that looks the same (Unicode's compatibility normalisation, NFKC, makes them
    equal: "café" with one accented letter and with an accent that combines, "Å" and the
    Ångström sign): both ids are written with the characters that differ as marks
    (``'cafe⟦U+0301⟧'``, ``'caf⟦U+00E9⟧'``), the other one with where it is (*where_of*:
    ``at line 6``). Called once per load, by
    :meth:`viewer.core.assembly.Assembly.result`, which says where each record is; costs one
    search over all ids, and a step in Python for each id beyond ASCII."""
    where = where_of or (lambda _: "")
    if isinstance(ids, TextArray) and ids.isascii():
        return []  # learnt in Arrow, no id made a str: 0.2 s at ten million ids
    joined = "\n".join(ids)
    if not ids or joined.isascii():
        return []
    warnings: list[tuple[str, str]] = []
    if _HIDDEN.search(joined):
        for record_id in ids:
            names = invisible_in(record_id)
            if names:
                visible = _HIDDEN.sub(lambda m: mark(m.group()), record_id)
                warnings.append(
                    (
                        record_id,
                        translate(
                            "Load",
                            "id {id} holds invisible characters ({names}): it looks like "
                            "{looks} but is a different id",
                        ).format(
                            id=repr(visible),
                            names=", ".join(names),
                            looks=repr(_HIDDEN.sub("", record_id)),
                        ),
                    )
                )
    del joined
    first: dict[str, str] = {}  # each look (NFKC) of an id beyond ASCII: its first id
    for record_id in (i for i in ids if not i.isascii()):
        look = unicodedata.normalize("NFKC", record_id)
        seen = first.setdefault(look, record_id)
        if seen == record_id and look != record_id and has_id(look):
            seen = look  # the same look written plainly, by another record
        if seen != record_id:
            warnings.append(
                (
                    record_id,
                    #: {id} and {other}: two record ids that look the same.
                    translate(
                        "Load",
                        "id {id} looks the same as id {other} but is written with other "
                        "characters ({codes}): a different id",
                    ).format(
                        id=repr(_marked(record_id, seen)),
                        other=" ".join(filter(None, (repr(_marked(seen, record_id)), where(seen)))),
                        codes=_differing(record_id, seen),
                    ),
                )
            )
    return warnings


def _marked(text: str, other: str) -> str:
    """*text* with each character beyond ASCII that *other* lacks written as its
    :func:`mark`: two ids that look the same, told apart."""
    lacking = {c for c in text if not c.isascii()} - set(other)
    return "".join(mark(c) if c in lacking else c for c in text)


def _differing(text: str, other: str, most: int = 12) -> str:
    """The characters beyond ASCII that one of *text* and *other* has and the other has
    not, as code points (``U+0301 U+00E9``), at most *most*."""
    found = sorted({c for c in set(text) ^ set(other) if not c.isascii()})
    codes = [f"U+{ord(c):04X}" for c in found]
    return " ".join(codes[:most]) + (" …" if len(codes) > most else "")


_DIGITS = re.compile(r"(\d+)")
_KEY_SEPARATOR = "\x00"


def _keyed(text: str) -> str:
    """*text* without case or accents (:func:`~viewer.core.search.fold`: "Évian" among
    the e's, not after "Zürich"), each run of digits written as its count of digits (five)
    and its digits without leading zeros: numbers then compare by size, "7" before "79"."""
    from viewer.core.search import fold

    parts = _DIGITS.split(fold(text))
    digits = [run.lstrip("0") or "0" for run in parts[1::2]]
    parts[1::2] = [f"{len(run):05d}{run}" for run in digits]
    return "".join(parts)


def natural_keys(texts: Sequence[str]) -> list[str]:
    """A sort key for each of *texts* (n,): the text without case or accents, each
    run of digits made to compare as the number it writes, so that "7th session" sorts
    before "79th session" and "80th session" (as a file manager sorts names; a text sort
    put the 7th after the 79th). The keys are only compared, never shown. The texts are
    keyed joined, in a few passes (0.6 s at a million titles of one number each); a text
    that holds a NUL, the joint, is keyed on its own."""
    if not texts:
        return []
    joined = _KEY_SEPARATOR.join(texts)
    if joined.count(_KEY_SEPARATOR) == len(texts) - 1:
        keys = _keyed(joined).split(_KEY_SEPARATOR)
        if len(keys) == len(texts):  # casefold makes no NUL; kept safe all the same
            return keys
    return [_keyed(text) for text in texts]
