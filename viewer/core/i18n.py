"""The application's own words and dates in the reader's language, without Qt.

The core marks the words a user reads with :func:`translate` (``translate("Context",
"text")``: the form ``pyside6-lupdate`` collects into ``viewer/translations/*.ts``) and
writes dates with the :class:`DateWords` in use. Both default to English, so the core and
the command line work without Qt; the app sets them once for the chosen language
(:func:`set_translator`, :func:`set_date_words`, from ``viewer.app.language``), with
``QCoreApplication.translate`` and the names, order and digits of a ``QLocale``.

Words from data files are never passed through here: only the application's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
"""The interface languages: code -> the language's own name (shown untranslated)."""

Translator = Callable[[str, str, "str | None", int], str]
"""``(context, source text, disambiguation, n) -> text``, as ``QCoreApplication.translate``;
*n* ``>= 0`` picks a plural form and fills ``%n`` / ``%Ln``."""


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, the English of the app: with *n* ``>= 0``, ``(s)`` / ``(es)``
    become ``s`` / ``es`` unless *n* is 1 and ``%Ln`` / ``%n`` become *n* (with thousands
    separators / without)."""
    if n >= 0:
        many = n != 1
        text = text.replace("(s)", "s" if many else "").replace("(es)", "es" if many else "")
        text = text.replace("%Ln", f"{n:,}").replace("%n", str(n))
    return text


_translator: Translator = english
_generation = [0]


def generation() -> int:
    """A number that changes whenever the translator or the date words do (for caches of
    translated words)."""
    return _generation[0]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """*text* of *context* in the reader's language (see :data:`Translator`). Placeholders
    other than ``%n`` are filled by the caller, after translation (``{name}`` with
    ``str.format``), so that a translation can move them."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  # the name lupdate knows
    """Mark *text* of *context* for translation where it is declared (a table); returns it
    unchanged, to be given to :func:`translate` where it is shown."""
    return text


def set_translator(translator: Translator | None) -> None:
    """Use *translator* for :func:`translate` from now on (``None``: English)."""
    global _translator
    _translator = translator or english
    _generation[0] += 1


_right_to_left = [False]


def isolated(text: str) -> str:
    """*text* as a unit of its own direction inside text of another (Unicode's first-strong
    isolate) in a right-to-left interface: an Arabic phrase of the app's within a
    left-to-right line of URLs keeps its word order, and does not reorder its neighbours.
    Unchanged in a left-to-right interface, where it needs none: an SVG export held each
    isolate mark as a text of its own, which some renderers drew as a box."""
    return f"\u2068{text}\u2069" if _right_to_left[0] else text


def set_right_to_left(rtl: bool) -> None:
    """Whether the interface is written right to left (set with the language)."""
    _right_to_left[0] = rtl


def embedded(value: str) -> str:
    """*value* (a path, a URL, a message in English) ready to go inside a sentence of the
    interface: in a right-to-left interface, between left-to-right marks (U+200E), so that
    ``/tmp/a.png`` keeps its leading slash on the left of an Arabic sentence; unchanged
    otherwise. Marks, not isolates: :func:`viewer.core.display_text.shown_text` shows
    isolates from files as visible marks, and leaves these alone."""
    return f"\u200e{value}\u200e" if _right_to_left[0] and value else value


_EASTERN_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]+")


def digits_in_order(text: str) -> str:
    """*text*, a sentence of a left-to-right interface quoting values, with a left-to-right
    mark (U+200E) after each run of Arabic-Indic digits: between two such runs, Unicode's
    bidirectional algorithm (rule N1) sets the punctuation right to left, and
    "'١٩٩٥': '١'" read "'١' :'١٩٩٥'" in the load report (a new user's finding).
    Unchanged in a right-to-left interface, or without such digits."""
    if _right_to_left[0] or not _EASTERN_DIGITS.search(text):
        return text
    return _EASTERN_DIGITS.sub(lambda m: m.group() + "\u200e", text)


_LEFT_TO_RIGHT_NUMBER = re.compile(
    r"(?<![\w\u2212+\-/:.,\\])(?:[\u2212+-]?[0-9]+(?:[-/:.,\u2212][0-9]+)+|[\u2212-][0-9]+)"
    r"(?![\w/\\]|[-:.,\u2212]\w)"
)
"""A number written with digits 0-9 and separators inside (``1935-01-01``, ``10:30``,
``1-12``, ``48.2``), or with a sign (``-500``); not a lone number (``1940``), not
one ending a sentence (``1940.``), not a range with spaces (``1923 – 1938``), not part
of a word (``1923-1938.csv``, ``10:30Z``: isolating a part left the rest reordered)."""


def numbers_in_order(text: str) -> str:
    """*text*, a sentence of a right-to-left interface as a widget shows it (after
    :func:`viewer.core.display_text.shown_text`, which would show the isolates as marks),
    with each number of digits 0-9 joined by separators or signed (``1935-01-01``,
    ``-500``, ``1-12``) :func:`isolated`: after an Arabic word, Unicode's bidirectional
    algorithm reads such digits as Arabic numbers, which a hyphen does not join, and
    "النهاية 1935-01-01" read "النهاية 01-01-1935" in the load report (a trial).
    Unchanged in a left-to-right interface. The core's messages stay free of marks
    (:func:`viewer.core.errors.one_line` would show them escaped): the widgets call this
    where they show one."""
    if not _right_to_left[0]:
        return text
    return _LEFT_TO_RIGHT_NUMBER.sub(lambda m: isolated(m.group()), text)


def paragraph(text: str) -> str:
    """*text*, a paragraph of the interface that may begin with a path or other
    left-to-right text (``/tmp/a.csv: ...``), in the interface's direction: in a
    right-to-left interface after a right-to-left mark (U+200F), since a paragraph takes the
    direction of its first strong letter; unchanged otherwise. For widgets only: the
    core's messages stay free of marks (:func:`viewer.core.errors.one_line` would show
    them escaped)."""
    return f"\u200f{text}" if _right_to_left[0] and text else text


# -- dates and numbers ------------------------------------------------------------------------
_TOKEN = re.compile(r"'[^']*'|d+|M+|y+|[^'dMy]+")


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> tuple[str, int]:
    """*pattern* (``d 'de' MMMM 'de' yyyy``) as a ``str.format`` template with the fields
    ``d``, ``m`` and ``y`` (``{d} de {m} de {y}``), and the number of its month letters."""
    out: list[str] = []
    month_letters = 4
    for token in _TOKEN.findall(pattern):
        if token.startswith("'"):
            out.append((token[1:-1] or "'").replace("{", "{{").replace("}", "}}"))
        elif token.startswith("d"):
            out.append("{d}")
        elif token.startswith("M"):
            out.append("{m}")
            month_letters = len(token)
        elif token.startswith("y"):
            out.append("{y}")
        else:
            out.append(token.replace("{", "{{").replace("}", "}}"))
    return "".join(out), month_letters


@dataclass(frozen=True)
class DateWords:
    """How one language writes dates and numbers.

    ``months`` / ``months_alone`` / ``months_short``: the 12 month names in a full date
    (``24 novembre``), with a year alone (``novembre 2025``) and abbreviated (``nov.``).
    Patterns use Qt's/LDML's letters: ``d`` the day, ``MMMM`` / ``MMM`` the month name
    (long / short), ``yyyy`` the year (as :func:`viewer.core.dates.year_label` words it),
    ``'...'`` literal text. ``digits``: the ten digits, ``group``: the thousands separator.
    """

    months: tuple[str, ...]
    months_alone: tuple[str, ...]
    months_short: tuple[str, ...]
    day_pattern: str = "d MMMM yyyy"
    month_pattern: str = "MMMM yyyy"
    digits: str = "0123456789"
    group: str = ","

    def number(self, value: int, grouped: bool = True) -> str:
        """*value* in this language's digits, with thousands separators if *grouped*."""
        if not grouped and self.digits == "0123456789":
            return str(value)
        text = f"{value:,}" if grouped else str(value)
        if self.group != ",":
            text = text.replace(",", self.group)
        if self.digits != "0123456789":
            text = text.translate(str.maketrans("0123456789", self.digits))
        return text

    def date(self, day: int | None, month: int, year_text: str, short: bool = False) -> str:
        """A day (or, with *day* ``None``, a month) of a year already in words
        (*year_text*); *short* uses abbreviated month names (the axis)."""
        fmt, month_letters = _compiled(self.day_pattern if day is not None else self.month_pattern)
        if month_letters < 3:
            name = self.number(month, grouped=False)
        elif short or month_letters == 3:
            name = self.months_short[month - 1]
        else:
            name = (self.months if day is not None else self.months_alone)[month - 1]
        return fmt.format(d=self.number(day or 1, grouped=False), m=name, y=year_text)


_ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

ENGLISH_DATES = DateWords(
    months=_ENGLISH_MONTHS,
    months_alone=_ENGLISH_MONTHS,
    months_short=tuple(name[:3] for name in _ENGLISH_MONTHS),
)
"""The app's English: ``24 November 2025``, ``Nov 2025``."""

_date_words: DateWords = ENGLISH_DATES


def date_words() -> DateWords:
    """The :class:`DateWords` in use."""
    return _date_words


def set_date_words(words: DateWords | None) -> None:
    """Write dates and numbers with *words* from now on (``None``: English)."""
    global _date_words
    _date_words = words or ENGLISH_DATES
    _generation[0] += 1


def number(value: int, grouped: bool = True) -> str:
    """*value* as the reader writes numbers (``1,234``, ``1 234``, ``١٬٢٣٤``); without
    thousands separators when not *grouped* (a number that names something, such as a
    session: ``10263``, as in its title "10263rd")."""
    return _date_words.number(value, grouped)
