"""Calendar dates at a precision, as in EDTF, and their position on the x axis.

The x axis unit is *days since 1970-01-01* in the proleptic Gregorian calendar, counted
without any time zone: a date-only value is a calendar day, the same on every machine.
Years are stored in astronomical numbering (1 BC is year 0, 44 BC is year -43) and shown
as "44 BC" (there is no year 0 in the BC/AD numbering).

Parsing follows the Library of Congress Extended Date/Time Format (EDTF), levels 0 and 1
(https://www.loc.gov/standards/datetime/). Plain ISO dates (``1923``, ``1923-09``,
``1923-09-07``) take a fast path; everything else goes through the ``edtf`` package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

Precision = Literal["decade", "year", "month", "day"]

_ISO = re.compile(r"^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)$")
_UNSPECIFIED = re.compile(r"^(-?)(\d{2,3})(X{1,2})([~?%]?)$")

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


class DateError(ValueError):
    """A string is not a valid EDTF date (level 0 or 1) or names an impossible day."""


def is_leap(year: int) -> bool:
    """Whether an astronomical *year* is a leap year in the proleptic Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """Number of days (28-31) of *month* (1-12) in astronomical *year*."""
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date (astronomical year).

    Exact integer arithmetic valid for any year; from Howard Hinnant, "chrono-compatible
    low-level date algorithms" (https://howardhinnant.github.io/date_algorithms.html).
    """
    y = year - (1 if month <= 2 else 0)
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """Inverse of :func:`days_from_civil`: (astronomical year, month, day) of a day number."""
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + (1 if m <= 2 else 0), m, d)


def year_label(year: int) -> str:
    """Display form of an astronomical year: ``1923``, ``1 BC`` for 0, ``44 BC`` for -43."""
    if year <= 0:
        return f"{1 - year} BC"
    return str(year)


@dataclass(frozen=True, slots=True)
class EdtfDate:
    """A calendar date at a precision, with EDTF qualifiers.

    Attributes
    ----------
    year : int
        Astronomical year (1 BC = 0). For decade precision, the first year of the decade.
    month, day : int or None
        1-based; ``None`` below the precision.
    precision : "decade", "year", "month" or "day"
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

    def __post_init__(self) -> None:
        first = days_from_civil(self.year, self.month or 1, self.day or 1)
        if self.precision == "day":
            last = first
        elif self.precision == "month":
            assert self.month is not None
            last = first + days_in_month(self.year, self.month) - 1
        else:
            span_years = 10 if self.precision == "decade" else 1
            last = days_from_civil(self.year + span_years, 1, 1) - 1
        object.__setattr__(self, "_first", first)
        object.__setattr__(self, "_last", last)

    @property
    def first_day(self) -> int:
        """First day covered (days since 1970-01-01, inclusive)."""
        return self._first

    @property
    def last_day(self) -> int:
        """Last day covered (days since 1970-01-01, inclusive)."""
        return self._last

    @property
    def centre_days(self) -> float:
        """Centre of the covered interval, in days since 1970-01-01.

        Every date is drawn at the centre of its precision interval: a day at noon, a year
        around 2 July. Spans run centre to centre, so a term ending the day (or year) the
        next one starts touches it without overlapping.
        """
        return (self._first + self._last + 1) / 2.0

    def display(self) -> str:
        """Human form at the date's own precision: ``24 November 2025``, ``June 1938``,
        ``1977``, ``1950s``, with ``c.`` for approximate and ``?`` for uncertain."""
        if self.precision == "day":
            assert self.month is not None
            core = f"{self.day} {MONTH_NAMES[self.month - 1]} {year_label(self.year)}"
        elif self.precision == "month":
            assert self.month is not None
            core = f"{MONTH_NAMES[self.month - 1]} {year_label(self.year)}"
        elif self.precision == "decade":
            core = f"{year_label(self.year)}s"
        else:
            core = year_label(self.year)
        if self.approximate:
            core = "c. " + core
        if self.uncertain:
            core += "?"
        return core


def parse_edtf(text: str) -> EdtfDate:
    """Parse one EDTF date (not an interval) of level 0 or 1.

    Accepts ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` with optional ``~``, ``?`` or ``%``,
    negative (astronomical) years ``-0044``, and unspecified digits ``195X``/``19XX``.

    Raises
    ------
    DateError
        For anything else, and for impossible days (``1923-02-31`` is rejected, not rolled
        over into March).
    """
    if not isinstance(text, str):
        raise DateError(f"expected a date string, got {type(text).__name__}")
    return _parse_str(text)


@lru_cache(maxsize=1 << 18)
def _parse_str(text: str) -> EdtfDate:
    """:func:`parse_edtf` of a string, memoised: a large file repeats the same dates, and
    the values are frozen, so records can share them."""
    s = text.strip()
    m = _ISO.match(s)
    if m:
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        qual = m.group(4)
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"{text!r}: month {month} is not 1-12")
        if day is not None:
            assert month is not None
            if not 1 <= day <= days_in_month(year, month):
                raise DateError(f"{text!r}: day {day} does not exist in that month")
        precision: Precision = "day" if day is not None else "month" if month is not None else "year"
        return EdtfDate(
            year, month, day, precision,
            approximate=qual in ("~", "%"), uncertain=qual in ("?", "%"), text=s,
        )
    m = _UNSPECIFIED.match(s)
    if m:
        sign, digits, xs, qual = m.groups()
        if len(digits) + len(xs) == 4:
            base = int(digits) * 10 ** len(xs)
            year = -base if sign else base
            if len(xs) == 1:
                return EdtfDate(year, None, None, "decade",
                                approximate=qual in ("~", "%"), uncertain=qual in ("?", "%"),
                                text=s)
            # Century ("19XX"): keep as a decade-like span of 100 years is not representable
            # with our precisions; fall through to the library check for a clear message.
    return _parse_with_library(text, s)


def _parse_with_library(text: str, s: str) -> EdtfDate:
    """Validate with the ``edtf`` package so its error wording reaches the user."""
    import edtf  # local import: only for unusual strings

    try:
        parsed = edtf.parse_edtf(s)
    except Exception as exc:  # the library raises its own EDTFParseException
        raise DateError(f"{text!r} is not an EDTF date ({exc})") from None
    raise DateError(f"{text!r} ({type(parsed).__name__}) is EDTF, but not a single date "
                    "this viewer can place (use YYYY, YYYY-MM or YYYY-MM-DD)")


def format_range(start: EdtfDate | None, end: EdtfDate | None, *, open_end: bool = False) -> str:
    """Display a date or a range at its precision: ``24–27 November 2025``,
    ``April 1938 – 20 June 1940``, ``2025 – present``, ``unknown – 1968``."""
    if start is None and end is None:
        return "date unknown"
    s = start.display() if start else "unknown"
    if open_end:
        return f"{s} – present"
    if end is None:
        return s
    if start is None:
        return f"unknown – {end.display()}"
    if end == start or end.text == start.text:
        return s
    if (start.precision == end.precision == "day" and start.year == end.year
            and start.month == end.month and not (start.approximate or start.uncertain)):
        return f"{start.day}–{end.display()}"
    return f"{s} – {end.display()}"
