"""Calendar dates at a precision, as in EDTF, and their position on the x axis.

The x axis unit is *days since 1970-01-01* in the proleptic Gregorian calendar, counted
without any time zone: a date-only value is a calendar day, the same on every machine.
Years are stored in astronomical numbering (1 BC is year 0, 44 BC is year -43) and shown
as "44 BC" (there is no year 0 in the BC/AD numbering).

Parsing follows the Library of Congress Extended Date/Time Format (EDTF), levels 0 and 1
(https://www.loc.gov/standards/datetime/). This module parses every form of those two
levels itself (one regular expression and a few checks, memoised: millions of dates in a
few seconds), including years beyond 9999 that the ``edtf`` package and ``datetime`` cannot
hold. A string it does not place is handed to the ``edtf`` package only to word the
refusal: the package knows the whole standard, so the message says whether the text is EDTF
of a level this viewer does not draw (level 2: sets, partial qualification, exponents) or
not EDTF at all, with the package's own reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, overload

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

from viewer.core import i18n
from viewer.core.i18n import QT_TRANSLATE_NOOP, date_words, translate

Precision = Literal["century", "decade", "year", "season", "month", "day"]

# Level 0 and the level 1 forms of one date: YYYY[-MM[-DD]], unspecified digits (201X,
# 20XX, 2004-XX, 2004-06-XX, 2004-XX-XX), seasons (2001-21 .. 2001-24), a final ~ ? or %.
# ASCII digits only (re.ASCII): EDTF is written with 0-9, and ``\d`` would also take
# Arabic-Indic or full-width digits, which int() reads. ``\Z``, not ``$``: ``$`` matches
# before a final line break.
_DATE = re.compile(
    r"(?P<year>-?(?:\d{4}|\d{3}X|\d{2}XX))"
    r"(?:-(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?)?(?P<qual>[~?%]?)\Z",
    re.ASCII,
)
_LONG_YEAR = re.compile(r"Y(-?)0*(\d{5,})\Z", re.ASCII)
_DATE_TIME = re.compile(
    r"(?P<date>-?\d{4}-\d{2}-\d{2})(?P<sep>[Tt ])(?P<hour>\d{2}):(?P<minute>\d{2})"
    r"(?::(?P<second>\d{2})(?:\.\d{1,9})?)?"
    r"(?P<zone>[Zz]|[+-]\d{2}(?::?\d{2})?)?\Z",
    re.ASCII,
)
"""A day and a time of day, ``2020-01-01T02:00:00+09:00`` (EDTF level 0's date and time,
ISO 8601; seconds, their fraction and the zone may be left out), or with a space for the
``T`` (refused, with a hint: not EDTF)."""
_LONG_YEAR_DAY = re.compile(r"-?\d{5,}-\d{2}(?:-\d{2})?\Z", re.ASCII)
"""A month or day of a year of five digits or more (a far date of a Parquet file)."""
_SLASH_DATE = re.compile(
    r"(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})\Z|(\d{1,2})([/.])(\d{4})\Z", re.ASCII
)
#: Text longer than this is not a date; it is not handed to the ``edtf`` package either.
_MAX_DATE_CHARS = 100

MAX_YEAR = 10**11
"""Largest year, before or after year 0, that a date may have (the age of the universe
fits; larger numbers are typing errors)."""

#: Declared orders of day and month for slash dates (``03/04/1923``).
DATE_FORMATS = ("DMY", "MDY")

SEASON_NAMES = {
    21: QT_TRANSLATE_NOOP("dates", "Spring"),
    22: QT_TRANSLATE_NOOP("dates", "Summer"),
    23: QT_TRANSLATE_NOOP("dates", "Autumn"),
    24: QT_TRANSLATE_NOOP("dates", "Winter"),
}
"""EDTF season codes and their English names (:func:`translate` them to show)."""
#: First and last month of each EDTF season (northern hemisphere; winter runs from December
#: into February of the next year).
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}


class DateError(ValueError):
    """A string is not a valid EDTF date (level 0 or 1) or names an impossible day."""


def shown(text: str, limit: int = 40) -> str:
    """*text* quoted for a message (``repr``), cut to about *limit* characters with ``…``:
    a date field holding a megabyte does not make a megabyte of message."""
    if len(text) <= limit:
        return repr(text)
    return repr(text[:limit]) + f"… ({len(text):,} characters)"


def check_ascii_digits(text: str) -> None:
    """Refuse digits other than ASCII 0-9 in a date.

    Python's ``int()`` and ``\\d`` read Arabic-Indic (``١٩٢٣``), full-width (``１９２３``)
    and other decimal digits; EDTF and ISO 8601 dates are written with ASCII digits only.

    Raises
    ------
    DateError
        Naming the first such digit, for example ``ARABIC-INDIC DIGIT ONE``.
    """
    if text.isascii():
        return
    for char in text:
        if char.isdecimal() and not char.isascii():
            name = unicodedata.name(char, f"U+{ord(char):04X}")
            raise DateError(
                translate(
                    "Load",
                    "{value}: {char} ({name}) is not an ASCII digit; dates are written with "
                    "the digits 0-9",
                ).format(value=shown(text), char=repr(char), name=name)
            )


def is_leap(year: int) -> bool:
    """Whether an astronomical *year* is a leap year in the proleptic Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """Number of days (28-31) of *month* (1-12) in astronomical *year*."""
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@overload
def days_from_civil(year: int, month: int, day: int) -> int: ...
@overload
def days_from_civil(
    year: npt.NDArray[np.integer[Any]],
    month: npt.NDArray[np.integer[Any]] | int,
    day: npt.NDArray[np.integer[Any]] | int,
) -> npt.NDArray[np.int64]: ...
def days_from_civil(year: Any, month: Any, day: Any) -> Any:
    """Days since 1970-01-01 of a proleptic Gregorian date (astronomical year): ints, or
    numpy integer arrays of one shape (element by element).

    Exact integer arithmetic valid for any year; from Howard Hinnant, "chrono-compatible
    low-level date algorithms" (https://howardhinnant.github.io/date_algorithms.html).
    """
    # Without branches, so that numpy arrays of years, months and days work as well
    # (:meth:`viewer.core.columns.DaySpans.add_plain`).
    y = year - (month <= 2)
    era = y // 400  # Python's // floors: the source's C adjusts its truncation instead
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """Inverse of :func:`days_from_civil`: (astronomical year, month, day) of a day number."""
    z = days + 719468
    era = z // 146097  # floored (see days_from_civil)
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + (1 if m <= 2 else 0), m, d)


def year_label(year: int) -> str:
    """Display form of an astronomical year in the reader's language and digits: ``1923``,
    ``1 BC`` for 0, ``44 BC`` for -43 (``44 av. J.-C.``, ``44 a. C.``, ``44 ق.م``)."""
    words = date_words()
    if year <= 0:
        return translate("dates", "{year} BC").format(year=words.number(1 - year, False))
    return words.number(year, grouped=False)


def day_label(year: int, month: int, day: int | None, short: bool = False) -> str:
    """A day (or, with *day* ``None``, a month) in the reader's words and order:
    ``24 November 2025`` / ``24 novembre 2025`` / ``24 de noviembre de 2025``; *short*
    abbreviates the month (``24 Nov 2025``, the axis)."""
    return date_words().date(day, month, year_label(year), short)


_SPAN_YEARS = {"century": 100, "decade": 10}


@dataclass(frozen=True, slots=True)
class EdtfDate:
    """A calendar date at a precision, with EDTF qualifiers.

    Attributes
    ----------
    year : int
        Astronomical year (1 BC = 0). For decade and century precision, the first
        (earliest) year of the span: ``195X`` is 1950, ``-195X`` is -1959.
    month : int or None
        1-12, or the EDTF season code 21-24 (spring, summer, autumn, winter) for season
        precision; ``None`` below month precision.
    day : int or None
        1-31; ``None`` below day precision.
    precision : "century", "decade", "year", "season", "month" or "day"
    approximate, uncertain : bool
        EDTF ``~`` and ``?`` (``%`` sets both).
    text : str
        The EDTF string it was parsed from (kept for round trips).
    """

    year: int
    month: int | None
    day: int | None
    precision: Precision
    approximate: bool = False
    uncertain: bool = False
    text: str = ""
    # Day numbers, computed once: layout and loading read them for every record.
    _first: int = field(init=False, repr=False, compare=False)
    _last: int = field(init=False, repr=False, compare=False)
    #: Centre of the covered interval, in days since 1970-01-01: every date is drawn at the
    #: centre of its precision interval (a day at noon, a year around 2 July). Spans run
    #: centre to centre, so a term ending the day (or year) the next one starts touches it
    #: without overlapping. An attribute, not a property: layout reads it for every record.
    centre_days: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        first, last = self._compute_first(), self._compute_last()
        object.__setattr__(self, "_first", first)
        object.__setattr__(self, "_last", last)
        object.__setattr__(self, "centre_days", (first + last + 1) / 2.0)

    def _compute_first(self) -> int:
        if self.precision == "season":
            assert self.month is not None
            return days_from_civil(self.year, _SEASON_MONTHS[self.month][0], 1)
        return days_from_civil(self.year, self.month or 1, self.day or 1)

    def _compute_last(self) -> int:
        if self.precision == "day":
            return self._compute_first()
        if self.precision == "month":
            assert self.month is not None
            return days_from_civil(self.year, self.month, days_in_month(self.year, self.month))
        if self.precision == "season":
            assert self.month is not None
            last_month = _SEASON_MONTHS[self.month][1]  # 14 is February of the next year
            year, month = self.year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
            return days_from_civil(year, month, days_in_month(year, month))
        span_years = _SPAN_YEARS.get(self.precision, 1)
        return days_from_civil(self.year + span_years, 1, 1) - 1

    @property
    def first_day(self) -> int:
        """First day covered (days since 1970-01-01, inclusive)."""
        return self._first

    @property
    def last_day(self) -> int:
        """Last day covered (days since 1970-01-01, inclusive)."""
        return self._last

    def display(self) -> str:
        """Human form at the date's own precision: ``24 November 2025``, ``June 1938``,
        ``Spring 2001``, ``1977``, ``1950s``, ``1900–1999``, with ``c.`` for approximate and
        ``?`` for uncertain."""
        if self.precision == "day":
            assert self.month is not None
            core = day_label(self.year, self.month, self.day)
        elif self.precision == "month":
            assert self.month is not None
            core = day_label(self.year, self.month, None)
        elif self.precision == "season":
            assert self.month is not None
            core = translate("dates", "{season} {year}").format(
                season=translate("dates", SEASON_NAMES[self.month]), year=year_label(self.year)
            )
        elif self.precision == "decade" and self.year >= 0:
            core = translate("dates", "{year}s", "a decade").format(year=year_label(self.year))
        elif self.precision in _SPAN_YEARS:
            last = self.year + _SPAN_YEARS[self.precision] - 1
            core = (
                f"{year_label(self.year)}–{year_label(last)}"
                if self.year > 0
                else f"{year_label(self.year)} – {year_label(last)}"
            )
        else:
            core = year_label(self.year)
        if self.approximate:
            core = translate("dates", "c. {date}", "approximate").format(date=core)
        if self.uncertain:
            core = translate("dates", "{date}?", "uncertain").format(date=core)
        return core


@dataclass(frozen=True, slots=True)
class EdtfInterval:
    """An EDTF interval: two dates, either of which may be unknown or open.

    ``start``/``end`` are ``None`` when that end is unknown (``1923/``) or open
    (``1923/..``); ``open_start``/``open_end`` tell the open ones apart.
    """

    start: EdtfDate | None
    end: EdtfDate | None
    open_start: bool = False
    open_end: bool = False


def plain_day_span(text: str) -> tuple[int, int] | None:
    """(first, last) day (days since 1970-01-01, inclusive) of *text* when it is a plain
    date that exists, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (four ASCII digits of a year
    0-9999), with or without a final qualifier ``~``, ``?`` or ``%`` (which does not move
    a date): what :func:`parse_edtf` gives as ``first_day`` and ``last_day``, three times
    as fast and without an :class:`EdtfDate`. ``None`` for any other text (which
    :func:`parse_edtf` reads or refuses)."""
    if text[-1:] in ("~", "?", "%"):
        text = text[:-1]
    n = len(text)
    if not (n == 4 or n == 7 or n == 10) or not text.isascii() or not text[:4].isdigit():
        return None
    year = int(text[:4])
    if n == 4:
        return days_from_civil(year, 1, 1), days_from_civil(year + 1, 1, 1) - 1
    if text[4] != "-" or not text[5:7].isdigit():
        return None
    month = int(text[5:7])
    if not 1 <= month <= 12:
        return None
    if n == 7:
        first = days_from_civil(year, month, 1)
        return first, first + days_in_month(year, month) - 1
    if text[7] != "-" or not text[8:].isdigit():
        return None
    day = int(text[8:])
    if not 1 <= day <= days_in_month(year, month):
        return None
    first = days_from_civil(year, month, day)
    return first, first


def parse_edtf(text: str) -> EdtfDate:
    """Parse one EDTF date (not an interval) of level 0 or 1.

    Accepts ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` with an optional final ``~``, ``?`` or
    ``%``; negative (astronomical) years ``-0044``; years of more than four digits with a
    ``Y`` prefix (``Y170000002``); unspecified digits ``195X`` (a decade), ``19XX`` (a
    century), ``1985-XX`` (a year), ``1985-04-XX`` (a month); seasons ``2001-21`` (spring)
    to ``2001-24`` (winter); a day with a time of day, ``2020-01-01T02:00:00+09:00``
    (level 0), read as its day as written, at day precision.

    Raises
    ------
    DateError
        For anything else, and for impossible days (``1923-02-31`` is rejected, not rolled
        over into March), digits other than ASCII 0-9 (``١٩٢٣``, ``１９２３``), ``Y`` years
        beyond :data:`MAX_YEAR` (however many digits they have) and text of more than 100
        characters. The message quotes at most the first 40 characters of *text*.
    """
    if not isinstance(text, str):
        raise DateError(f"expected a date string, got {type(text).__name__}")
    key = (text, i18n.generation())  # the words of a refusal are the language's
    refused = _REFUSED.get(key)
    if refused is not None:
        raise DateError(refused)
    try:
        return _parse_str(text)
    except DateError as exc:
        if len(_REFUSED) >= _REFUSED_KEPT:
            _REFUSED.clear()
        _REFUSED[key] = str(exc)
        raise


_REFUSED: dict[tuple[str, int], str] = {}
"""The refusal of each text :func:`parse_edtf` refused lately, by text and language: a
table whose every row holds the same text that is no date asked the ``edtf`` package's
parser again for each (about 1 ms a row: a million rows took more than five minutes, a
trial)."""
_REFUSED_KEPT = 1 << 16
"""Refusals kept at most (then forgotten all at once)."""


@lru_cache(maxsize=1 << 18)
def _parse_str(text: str) -> EdtfDate:
    """:func:`parse_edtf` of a string, memoised: a large file repeats the same dates, and
    the values are frozen, so records can share them."""
    s = text.strip()
    m = _DATE.match(s)
    if m:
        return _from_match(text, s, m)
    m = _DATE_TIME.match(s)
    if m:
        return _date_time(text, s, m)
    m = _LONG_YEAR.match(s)
    if m:
        sign, digits = m.groups()
        # Counted before int(): Python refuses to convert more than 4,300 digits.
        if len(digits) > len(str(MAX_YEAR)) or int(digits) > MAX_YEAR:
            raise DateError(
                f"{shown(text)}: a year of {len(digits):,} digits, beyond "
                f"{MAX_YEAR:,} before or after year 0"
            )
        return EdtfDate(int(sign + digits), None, None, "year", text=s)
    check_ascii_digits(s)
    if _LONG_YEAR_DAY.match(s):
        raise DateError(
            translate(
                "Load",
                "{value}: a month or day of a year beyond 9999 before or after year 0, which "
                "EDTF does not write (such a year is written alone: Y12021)",
            ).format(value=shown(text))
        )
    if _SLASH_DATE.match(s):
        raise DateError(
            translate(
                "Load",
                "{value} is a slash date: the order of day and month is ambiguous; write it "
                "as YYYY-MM-DD or declare the order (DMY or MDY)",
            ).format(value=shown(text))
        )
    if len(s) > _MAX_DATE_CHARS:
        raise DateError(
            translate("Load", "{value} is not an EDTF date (too long for one)").format(
                value=shown(text)
            )
        )
    return _parse_with_library(text, s)


def _date_time(text: str, s: str, m: re.Match[str]) -> EdtfDate:
    """The day of a date and time (*m*, a match of :data:`_DATE_TIME` in *s*) at day
    precision: the day as written, the wall-clock date where the time was noted (as a
    Parquet timestamp is read), its zone and time of day checked
    (:func:`check_time_of_day`), then left out; the text is kept whole."""
    if m["sep"] not in "Tt":
        raise DateError(
            translate(
                "Load",
                "{value} is not an EDTF date: write a T between the day and the time "
                "(1923-09-03T10:30) or leave the time out (1923-09-03)",
            ).format(value=shown(text))
        )
    check_time_of_day(text, m["hour"], m["minute"], m["second"], m["zone"])
    day = _from_match(text, m["date"], _DATE.match(m["date"]))  # type: ignore[arg-type]
    return EdtfDate(day.year, day.month, day.day, "day", text=s)


def check_time_of_day(
    text: str, hour: str, minute: str, second: str | None, zone: str | None
) -> None:
    """Check the time of day of the date and time *text*: *hour*, *minute* and *second*
    (two digits each; *second* may be ``None``) and its *zone* (``Z``, ``+hh``,
    ``+hhmm``, ``+hh:mm`` or ``None``). The rules of every format that gives times (ISO
    8601 as JavaScript reads it): hours 00-23, or 24:00:00 for the end of a day; minutes
    and seconds 00-59 (no leap second); a zone's hours 00-23 and minutes 00-59.

    Raises
    ------
    DateError
        A time or zone that does not exist, named.
    """
    midnight = hour == "24" and minute == "00" and (second or "00") == "00"
    if not (int(hour) <= 23 or midnight) or int(minute) > 59 or int(second or 0) > 59:
        time = f"{hour}:{minute}" + (f":{second}" if second else "")
        raise DateError(
            translate(
                "Load",
                "{value}: the time {time} does not exist (hours 00-23, minutes and seconds 00-59)",
            ).format(value=shown(text), time=time)
        )
    if zone and zone.upper() != "Z" and (int(zone[1:3]) > 23 or int(zone[-2:]) > 59):
        raise DateError(
            translate("Load", "{value}: the time zone {zone} does not exist").format(
                value=shown(text), zone=zone
            )
        )


def _from_match(text: str, s: str, m: re.Match[str]) -> EdtfDate:
    year_text, month_text, day_text, qual = m.group("year", "month", "day", "qual")
    approx, unsure = qual in ("~", "%"), qual in ("?", "%")

    def made(year: int, month: int | None, day: int | None, precision: Precision) -> EdtfDate:
        return EdtfDate(year, month, day, precision, approx, unsure, s)

    xs = year_text.count("X")
    if xs:
        if month_text is not None:
            raise DateError(f"{text!r}: a year with unspecified digits cannot have a month")
        span = 10**xs
        base = int(year_text.replace("X", "0").lstrip("-"))
        year = -(base + span - 1) if year_text.startswith("-") else base
        return made(year, None, None, "decade" if xs == 1 else "century")
    year = int(year_text)
    if month_text is None or month_text == "XX":
        if day_text not in (None, "XX"):
            raise DateError(
                translate("Load", "{value}: a day needs a known month").format(value=repr(text))
            )
        return made(year, None, None, "year")
    month = int(month_text)
    if month in SEASON_NAMES and day_text is None:
        return made(year, month, None, "season")
    if not 1 <= month <= 12:
        raise DateError(
            translate("Load", "{value}: month {month} is not 1-12 (or a season 21-24)").format(
                value=repr(text), month=month
            )
        )
    if day_text is None or day_text == "XX":
        return made(year, month, None, "month")
    day = int(day_text)
    if not 1 <= day <= days_in_month(year, month):
        raise DateError(
            translate("Load", "{value}: day {day} does not exist in that month").format(
                value=repr(text), day=day
            )
        )
    return made(year, month, day, "day")


def _no_print(*args: object, **kwargs: object) -> None:
    """What the ``edtf`` package's debugging ``print`` does here: nothing."""


def _parse_with_library(text: str, s: str) -> EdtfDate:
    """Ask the ``edtf`` package whether *s* is EDTF at all, to tell a date of a level this
    viewer does not draw (level 2) from a string that is no date; raises
    :class:`DateError` worded for the user either way."""
    import edtf  # local import: only for unusual strings
    from edtf.parser import parser_classes

    # edtf 5.0.2 prints a line of its own to stdout for some strings ("1957-1X": "trying to
    # PartialUnspecified.__init__(...)"), which broke the JSON of `records` (a trial): its
    # module's print, and only its own, says nothing (thread-safe, unlike redirecting
    # sys.stdout while the loader's thread reads)
    parser_classes.print = _no_print  # type: ignore[attr-defined]
    try:
        parsed = edtf.parse_edtf(s)
    except Exception:  # the library raises its own EDTFParseException
        # Its wording ("Error at position 0: Invalid input or format near ... Please
        # provide a valid EDTF string.") speaks to programmers; say what a date looks like.
        raise DateError(
            translate(
                "Load",
                "{value} is not an EDTF date (write a year 1923, a month 1923-09, a day "
                "1923-09-03, a day and time 1923-09-03T10:30, or an interval 1923/1925)",
            ).format(value=shown(text))
        ) from None
    del parsed  # its class's name ("DateAndTime", "Level2Interval") is no word for readers
    raise DateError(
        translate(
            "Load",
            "{value} is EDTF, but not a single date of level 0 or 1 this viewer can place "
            "(use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm)",
        ).format(value=shown(text))
    )


def parse_interval(text: str) -> EdtfInterval:
    """Parse an EDTF interval of level 0 or 1: ``1923-09-03/1938-03-12``, open ends
    ``1923/..`` and ``../1938``, unknown ends ``1923/`` and ``/1938``.

    Raises
    ------
    DateError
        When *text* is not ``START/END`` with each side an EDTF date (see
        :func:`parse_edtf`), ``..`` or empty; when both sides are missing; when the end
        is before the start.
    """
    if not isinstance(text, str) or text.count("/") != 1:
        raise DateError(f"{shown(text)} is not an EDTF interval (START/END)")
    left, right = (part.strip() for part in text.split("/"))
    if left in ("", "..") and right in ("", ".."):
        raise DateError(f"{shown(text)}: an interval needs at least one date")
    start = parse_edtf(left) if left not in ("", "..") else None
    end = parse_edtf(right) if right not in ("", "..") else None
    if start is not None and end is not None and end.last_day < start.first_day:
        raise DateError(
            translate("Load", "{value}: the end {end} is before the start {start}").format(
                value=shown(text), end=end.text, start=start.text
            )
        )
    return EdtfInterval(start, end, open_start=left == "..", open_end=right == "..")


def edtf_from_parts(year: int, month: int | None = None, day: int | None = None) -> EdtfDate:
    """The EDTF date of an astronomical *year* with an optional *month* and *day*, at the
    precision given (a day needs a month).

    Years outside 0-9999 are written ``-0044`` (four digits) or ``Y12345`` (more).

    Raises
    ------
    DateError
        A day without a month, a month outside 1-12, an impossible day.
    """
    # In the reader's language (an Arabic load report held these in English, the year's
    # digits moved to the front of the line: a trial)
    if day is not None and month is None:
        raise DateError(
            translate("Load", "day {day} given without a month").format(day=_number_shown(day))
        )
    if abs(year) > MAX_YEAR:
        # No str() of a number that may have thousands of digits.
        raise DateError(
            translate("Load", "year {year} is beyond {most} before or after year 0").format(
                year=_number_shown(year), most=date_words().number(MAX_YEAR)
            )
        )
    if -9999 <= year <= 9999:
        text = f"-{-year:04d}" if year < 0 else f"{year:04d}"
    else:
        text = f"Y{year}"
    if month is not None:
        if not 1 <= month <= 12:
            raise DateError(
                translate("Load", "month {month} is not 1-12").format(month=_number_shown(month))
            )
        if text.startswith("Y"):
            raise DateError(
                translate(
                    "Load", "year {year} has more than four digits: give the year only"
                ).format(year=date_words().number(year, False))
            )
        text += f"-{month:02d}"
        if day is not None:
            if not 1 <= day <= days_in_month(year, month):
                #: {month}: a month and its year ("February 1923").
                raise DateError(
                    translate("Load", "day {day} does not exist in {month}").format(
                        day=_number_shown(day),
                        month=date_words().date(None, month, year_label(year)),
                    )
                )
            text += f"-{day:02d}"
    return parse_edtf(text)


def _number_shown(number: int) -> str:
    """*number* for a message, or ``of about 5,000 digits`` for a long one (no str() of a
    number that may have more digits than Python converts)."""
    if abs(number) < 10**15:
        return date_words().number(number, False)
    return translate("Load", "of about {count} digits").format(
        count=date_words().number(int(abs(number).bit_length() * 0.30103) + 1)
    )


def parse_date_input(text: str, date_format: str | None = None) -> EdtfDate:
    """Parse a date typed by a person: an EDTF date (see :func:`parse_edtf`) or, when
    *date_format* declares the order, a slash date.

    Parameters
    ----------
    text : str
        ``1923-04-03``, ``1923``, ... or with *date_format* ``"DMY"``: ``03/04/1923``,
        ``3.4.1923``, ``04/1923`` (month and year); ``"MDY"``: ``04/03/1923``.
    date_format : "DMY", "MDY" or None
        The declared order of day and month. Without it a slash date is rejected, never
        guessed. Years must have four digits.

    Raises
    ------
    DateError
        Unparseable or impossible dates, slash dates without a declared order, two-digit
        years, an unknown *date_format*.
    """
    if date_format is not None and date_format not in DATE_FORMATS:
        raise DateError(f"unknown date format {date_format!r} (use DMY or MDY)")
    s = text.strip() if isinstance(text, str) else text
    m = _SLASH_DATE.match(s) if isinstance(s, str) else None
    if m is None or date_format is None:
        return parse_edtf(text)
    if m.group(1) is not None:
        first, second, year_text = int(m.group(1)), int(m.group(3)), m.group(4)
        day, month = (first, second) if date_format == "DMY" else (second, first)
    else:
        day, month, year_text = 0, int(m.group(5)), m.group(7)
    if len(year_text) != 4:
        raise DateError(f"{shown(text)}: write the year with four digits")
    iso = f"{year_text}-{month:02d}" + (f"-{day:02d}" if day else "")
    if not 1 <= month <= 12:
        raise DateError(f"{shown(text)}: month {month} is not 1-12 (read as {date_format})")
    try:
        parsed = parse_edtf(iso)
    except DateError as exc:
        raise DateError(f"{shown(text)} read as {date_format}: {exc}") from None
    return parsed


def format_range(start: EdtfDate | None, end: EdtfDate | None, *, open_end: bool = False) -> str:
    """Display a date or a range at its precision, in the reader's language:
    ``24–27 November 2025``, ``April 1938 – 20 June 1940``, ``2025 – present``,
    ``unknown – 1968``."""
    if start is None and end is None:
        return translate("dates", "date unknown")
    unknown = translate("dates", "unknown", "a date")
    s = start.display() if start else unknown
    if open_end:
        return translate("dates", "{start} – present").format(start=s)
    if end is None:
        return s
    if start is None:
        return f"{unknown} – {end.display()}"
    if end == start or end.text == start.text:
        return s
    words = date_words()
    if (
        start.precision == end.precision == "day"
        and start.year == end.year
        and start.month == end.month
        and not (start.approximate or start.uncertain)
        and words.day_pattern.startswith("d")  # "24–27 November", not "November 24–27"
    ):
        return f"{words.number(start.day or 1, False)}–{end.display()}"
    return f"{s} – {end.display()}"
