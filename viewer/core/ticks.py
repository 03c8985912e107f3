"""Ticks of the date axis: calendar-aligned, adapting from millennia to days.

Positions are days since 1970-01-01 (see :mod:`viewer.core.dates`). The step is the
smallest calendar step whose labels, at the current scale, are at least their estimated
width apart, so labels never overlap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from viewer.core.dates import civil_from_days, day_label, days_from_civil, year_label

#: Candidate steps, largest first: (unit, count). Units: "year", "month", "day".
STEPS: tuple[tuple[str, int], ...] = (
    ("year", 1000),
    ("year", 500),
    ("year", 200),
    ("year", 100),
    ("year", 50),
    ("year", 20),
    ("year", 10),
    ("year", 5),
    ("year", 2),
    ("year", 1),
    ("month", 6),
    ("month", 3),
    ("month", 1),
    ("day", 14),
    ("day", 7),
    ("day", 2),
    ("day", 1),
)

#: Approximate length of each unit in days, to estimate spacing.
_UNIT_DAYS = {"year": 365.2425, "month": 30.436875, "day": 1.0}


@dataclass(frozen=True)
class Tick:
    """A tick at *days* (days since 1970-01-01) with its *label* (empty for minor ticks)."""

    days: float
    label: str


def _label_px(unit: str, char_px: float) -> float:
    """Estimated width of a label of this unit plus a gap, in pixels."""
    return _text_px({"year": 7, "month": 9, "day": 12}[unit], char_px)


def _text_px(chars: int, char_px: float) -> float:
    """Estimated width of a label of *chars* characters plus a gap, in pixels."""
    return chars * char_px + 16


def choose_step(span_days: float, width_px: float, char_px: float = 7.0) -> int:
    """Index into :data:`STEPS` of the finest step whose labels fit without overlap.

    *span_days* is the visible range, *width_px* the axis length in pixels, *char_px* the
    average width of one label character in pixels.
    """
    if span_days <= 0 or width_px <= 0:
        return 0
    px_per_day = width_px / span_days
    best = 0
    for i, (unit, count) in enumerate(STEPS):
        if count * _UNIT_DAYS[unit] * px_per_day >= _label_px(unit, char_px):
            best = i
        else:
            break
    return best


_FARTHEST_DAYS = 2.0**52
"""Days (about 12 trillion years) beyond which the axis is not labelled."""


def _years_per_label(lo_days: float, hi_days: float, width_px: float, char_px: float) -> int:
    """The step in years, at least the largest of :data:`STEPS` and 1, 2 or 5 times a power
    of ten, whose labels (as wide as the longer of the range's end years) fit without
    overlap across ``[lo_days, hi_days]`` drawn *width_px* wide."""
    years = [civil_from_days(math.floor(d))[0] for d in (lo_days, hi_days)]
    label_px = _text_px(max(len(year_label(y)) for y in years), char_px)
    needed = label_px / (width_px / (hi_days - lo_days)) / _UNIT_DAYS["year"]
    power = STEPS[0][1]  # 1, 2 and 5 times each power of ten from there
    while True:
        for factor in (1, 2, 5):
            if factor * power >= needed:
                return factor * power
        power *= 10


def _tick_days(
    unit: str, count: int, lo: float, hi: float
) -> list[tuple[float, tuple[int, int, int]]]:
    """Calendar-aligned tick positions in ``[lo, hi]`` for a step, as (days, (y, m, d))."""
    out: list[tuple[float, tuple[int, int, int]]] = []
    y0, _, _ = civil_from_days(math.floor(lo))
    if unit == "year":
        grid = (y0 // count) * count - count
        last = None
        while True:
            # Before year 1, the years whose number as shown (1 - year: 2000 BC is -1999)
            # is a multiple of the step: ticks at round BC years, not "8001 BC".
            year = grid + 1 if grid <= 0 and count > 1 else grid
            grid += count
            if year == last:
                continue
            last = year
            d = days_from_civil(year, 1, 1)
            if d > hi:
                break
            if d >= lo:
                out.append((float(d), (year, 1, 1)))
    elif unit == "month":
        y, m = y0, 1
        while True:
            d = days_from_civil(y, m, 1)
            if d > hi:
                break
            if d >= lo and (m - 1) % count == 0:
                out.append((float(d), (y, m, 1)))
            m += 1
            if m > 12:
                y, m = y + 1, 1
    else:
        day = math.floor(lo)
        while day <= hi:
            y, m, dd = civil_from_days(day)
            if day >= lo and (
                count == 1
                or (count == 7 and dd in (1, 8, 15, 22))
                or (count == 14 and dd in (1, 15))
                or (count == 2 and dd % 2 == 1 and dd < 31)
            ):
                out.append((float(day), (y, m, dd)))
            day += 1
    return out


def _label(unit: str, ymd: tuple[int, int, int]) -> str:
    y, m, d = ymd
    if unit == "year":
        return year_label(y)
    if unit == "month":
        return day_label(y, m, None, short=True)
    return day_label(y, m, d, short=True)


def compute_ticks(
    lo_days: float, hi_days: float, width_px: float, char_px: float = 7.0
) -> tuple[list[Tick], list[Tick]]:
    """Major (labelled) and minor ticks for the visible range ``[lo_days, hi_days]``.

    The axis is *width_px* pixels long. Major labels are ``1950``, ``44 BC``, ``Nov 2025``,
    ``24 Nov 2025`` depending on the step. Minor ticks use the next finer step.
    """
    if not (math.isfinite(lo_days) and math.isfinite(hi_days)) or hi_days <= lo_days:
        return [], []
    # Beyond what a float counts in whole days (EDTF "Y" years reach far, but not there).
    lo_days = max(lo_days, -_FARTHEST_DAYS)
    hi_days = min(hi_days, _FARTHEST_DAYS)
    if hi_days <= lo_days or width_px <= 0:
        return [], []
    i = choose_step(hi_days - lo_days, width_px, char_px)
    unit, count = STEPS[i]
    if i == 0:  # the largest step: a range of many millennia may need larger still
        count = _years_per_label(lo_days, hi_days, width_px, char_px)
    # Avoid enumerating thousands of day ticks when the view is oddly wide.
    if unit == "day" and hi_days - lo_days > 400:
        unit, count = "month", 1
    major = [Tick(d, _label(unit, ymd)) for d, ymd in _tick_days(unit, count, lo_days, hi_days)]
    minor: list[Tick] = []
    if count > STEPS[0][1]:
        m_count = count // 5 if str(count)[0] in "15" else count // 2
        majors = {t.days for t in major}
        minor = [
            Tick(d, "") for d, _ in _tick_days("year", m_count, lo_days, hi_days) if d not in majors
        ]
    elif i + 1 < len(STEPS):
        m_unit, m_count = STEPS[i + 1]
        if not (m_unit == "day" and hi_days - lo_days > 400):
            majors = {t.days for t in major}
            minor = [
                Tick(d, "")
                for d, _ in _tick_days(m_unit, m_count, lo_days, hi_days)
                if d not in majors
            ]
    return major, minor
