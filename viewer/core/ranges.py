"""Parse ``--range FROM:TO`` values: years (``1990``) or EDTF/ISO dates (``1938-03-12``)."""

from __future__ import annotations

import math

from viewer.core.dates import DateError, civil_from_days, day_label, parse_edtf, year_label


def parse_range(text: str) -> tuple[float, float] | None:
    """``FROM:TO`` to an x range in days since 1970-01-01, or ``None`` for ``all``.

    The range runs from the first day of FROM to the end of the last day of TO, so
    ``2010:2027`` shows 1 January 2010 to 31 December 2027 and ``2025-11-20:2025-12-01``
    shows twelve days.

    Raises
    ------
    ValueError
        With a message naming the bad part.
    """
    text = text.strip()
    if text.lower() == "all":
        return None
    parts = text.split(":")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise ValueError(
            f"range {text!r} is not FROM:TO (for example 2010:2027 or 2025-11-20:2025-12-01)"
        )
    try:
        lo = parse_edtf(parts[0].strip())
        hi = parse_edtf(parts[1].strip())
    except DateError as exc:
        raise ValueError(f"range {text!r}: {exc}") from None
    lo_days, hi_days = float(lo.first_day), float(hi.last_day + 1)
    if hi_days <= lo_days:
        raise ValueError(f"range {text!r}: TO is before FROM")
    return lo_days, hi_days


def format_view_range(lo_days: float, hi_days: float) -> str:
    """A visible range ``[lo_days, hi_days)`` in words: ``2010 – 2027`` (whole years when
    wider than three years), else ``20 Nov 2025 – 1 Dec 2025``. The end is exclusive, so
    ``2010:2027`` reads ``2010 – 2027``, not 2028."""
    lo = civil_from_days(int(math.floor(lo_days)))
    hi = civil_from_days(int(math.ceil(hi_days)) - 1)
    if hi_days - lo_days > 3 * 366:
        return f"{year_label(lo[0])} – {year_label(hi[0])}"

    def day(ymd: tuple[int, int, int]) -> str:
        return day_label(ymd[0], ymd[1], ymd[2], short=True)

    return day(lo) if lo == hi else f"{day(lo)} – {day(hi)}"


def usable_view_range(
    values: object, full_lo_days: float, full_hi_days: float, min_span_days: float = 2.0
) -> tuple[float, float] | None:
    """A saved view range ``[lo, hi]`` (two numbers or their text) if it suits a chart
    whose records span ``[full_lo_days, full_hi_days]``, else ``None`` (show it all).

    It suits when both ends are finite, it is at least *min_span_days* wide and at most
    1.5 times the full span, and it lies within a quarter of the full span beyond either
    end: the view limits of the chart, so a range restored from settings can always be
    shown and never leaves the chart blank (``-inf, inf`` or ``-1e308, 1e308`` do not).
    """
    try:
        lo, hi = (float(v) for v in values)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        return None
    span = full_hi_days - full_lo_days
    if not (math.isfinite(lo) and math.isfinite(hi) and math.isfinite(span) and span > 0):
        return None
    if not min_span_days <= hi - lo <= span * 1.5:
        return None
    if lo < full_lo_days - span * 0.25 or hi > full_hi_days + span * 0.25:
        return None
    return lo, hi
