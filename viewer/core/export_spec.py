"""What an export is: its options, their limits and defaults, stated once.

The command line (``viewer.app.cli``), the export dialog (``viewer.widgets.export_dialog``),
the settings (``viewer.app.settings``) and the renderer (``viewer.export.image``) all read
this module; none of them states a limit or a default of its own. Pure Python (no Qt), so
the command line checks its arguments before Qt is imported.

Units: sizes are in pixels at scale 1 (``*_px``), ranges in days since 1970-01-01
(see :mod:`viewer.core.dates`). A PNG or SVG is ``round(width_px * scale)`` by
``round(height_px * scale)`` pixels; a PDF has its page's size, and *scale* grows its
lines and text.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from viewer.core.i18n import QT_TRANSLATE_NOOP

FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
"""The export formats, named by their file extensions (without the dot)."""
FORMAT_NAMES: dict[str, str] = {
    "png": QT_TRANSLATE_NOOP("Export", "PNG image"),
    "svg": QT_TRANSLATE_NOOP("Export", "SVG drawing"),
    "pdf": QT_TRANSLATE_NOOP("Export", "PDF document"),
}
PAGES: tuple[str, ...] = ("A4", "A3", "Letter")
"""PDF page sizes."""
THEMES: dict[str, str] = {
    "light": QT_TRANSLATE_NOOP("Export", "Light"),
    "dark": QT_TRANSLATE_NOOP("Export", "Dark"),
}
"""Colour themes of a figure: name -> label shown to the user."""
EXTENTS: tuple[str, ...] = ("visible", "all", "years")
"""What the dialog exports: the window's visible range, the whole timeline, or years."""


@dataclass(frozen=True)
class Limit:
    """A numeric option: its inclusive bounds ``[low, high]``, default and unit.

    ``name`` is how messages call it (``"width"``), ``unit`` is appended to values
    (``"px"`` or ``""``).
    """

    name: str
    low: float
    high: float
    default: float | None
    unit: str = ""

    def __contains__(self, value: float) -> bool:
        return (
            isinstance(value, (int, float))
            and math.isfinite(value)
            and self.low <= value <= self.high
        )

    def describe(self) -> str:
        """``200-20000 px``: the bounds as a user reads them."""
        return f"{self.low:g}-{self.high:g}{' ' + self.unit if self.unit else ''}"

    def problem(self, value: float) -> str | None:
        """A message when *value* is outside the bounds, else ``None``."""
        if value in self:
            return None
        shown = f"{value:g} {self.unit}".strip() if isinstance(value, (int, float)) else repr(value)
        return f"{self.name} {shown} is outside {self.describe()}"


WIDTH_PX = Limit("width", 200, 20000, 1600, "px")
"""Width of a PNG or SVG at scale 1."""
HEIGHT_PX = Limit("height", 150, 20000, None, "px")
"""Height of a PNG or SVG at scale 1; the default ``None`` fits the content (up to
:data:`NATURAL_HEIGHT_MAX_PX`). The lower bound leaves room for title, axis and caption."""
SCALE = Limit("scale", 0.25, 8.0, 1.0)
"""Multiplies the pixel size of a PNG or SVG and every line and text (of a PDF too)."""
SCALE_STEP = 0.25
"""The step of the dialog's scale box."""
YEAR = Limit("year", -9999, 9999, None)
"""First and last year of the dialog's "years" extent."""
FROM_YEAR, TO_YEAR = 1923, 2026
"""Default years of the dialog's "years" extent."""
MAX_SIDE_PX = 32000
"""Longest side of a PNG or SVG after scaling, in pixels (Qt's painters refuse more)."""
MAX_PNG_PIXELS = 200_000_000
"""Largest PNG, in pixels after scaling: the image alone takes 800 MB as 32-bit pixels;
drawing and encoding it took 1.7 GB at its peak."""
NATURAL_HEIGHT_MAX_PX = 12000
"""Tallest image written without an explicit height, in pixels at scale 1."""

MIN_ROW_PX = 4
"""The least height an export gives one lane row (one lane unit, see
:mod:`viewer.core.layout`), in pixels at scale 1: thinner rows show nothing readable.
Lanes with more rows than the image has room for at this size keep the rows that fit,
the same number for every lane that needs more, and their other records are drawn over
those (:func:`viewer.core.layout.rows_at_most`; the caption says how many). Lanes that
do not fit at one row each are refused before anything is drawn (:func:`lanes_problem`):
a file of 100,000 lanes squeezed into one image once took gigabytes."""

Progress = Callable[[int, int], bool]
"""``progress(step, steps) -> keep_going``: called between the steps of an export."""


@dataclass(frozen=True)
class ExportOptions:
    """What to export (the format comes from the file name: :func:`format_of`).

    ``x_range`` is ``(first, last)`` in days since 1970-01-01 (``None``: the whole
    timeline). ``width_px`` and ``height_px`` are the image size at scale 1 for PNG and SVG
    (``height_px=None`` fits the lanes, legend and footnotes); ``scale`` multiplies the
    pixel size and everything drawn. ``page`` (one of :data:`PAGES`) and ``landscape`` set
    the PDF page. ``title`` ``None`` is the data's own title. ``selected`` is the id of a
    record to highlight (``None``: no highlight). Defaults and limits are this module's.
    """

    x_range: tuple[float, float] | None = None
    width_px: int = int(WIDTH_PX.default or 0)
    height_px: int | None = None
    scale: float = float(SCALE.default or 1.0)
    title: str | None = None
    selected: str | None = None
    legend: bool = True
    sources: bool = True
    theme: str = "light"
    page: str = "A4"
    landscape: bool = True
    progress: Progress | None = field(default=None, compare=False, repr=False)


IGNORED_BY = {
    "pdf": ("--width", "--height"),
    "png": ("--page", "--landscape", "--portrait"),
    "svg": ("--page", "--landscape", "--portrait"),
}
"""The command-line options each format does not use: a PDF takes its page's size, a PNG
or SVG has no page."""


def ignored_options(given: Sequence[str], fmt: str) -> list[str]:
    """The options of *given* (command-line names) that the format *fmt* does not use
    (:data:`IGNORED_BY`), in the order given; empty when there are none."""
    return [name for name in given if name in IGNORED_BY.get(fmt, ())]


class InvalidExport(ValueError):
    """An export's options break a limit; the message says which and what is allowed."""


def format_of(path: str | PurePath) -> str:
    """The export format (one of :data:`FORMATS`) from a file name's extension.

    Raises
    ------
    InvalidExport
        When *path* names a folder (ends with a separator, or is one on disk), or its
        extension is not one of :data:`FORMATS`.
    """
    if str(path).endswith(("/", os.sep)) or Path(path).is_dir():
        raise InvalidExport(
            f"is a folder; name the file to write in it, such as {PurePath(path) / 'chart.png'}"
        )
    ext = PurePath(path).suffix.lower().lstrip(".")
    if ext not in FORMATS:
        allowed = ", ".join("." + f for f in FORMATS[:-1]) + " or ." + FORMATS[-1]
        if not ext:
            raise InvalidExport(
                f"no extension to tell the image format; end the name with {allowed}"
            )
        raise InvalidExport(f"unknown image format {ext!r}; use {allowed}")
    return ext


def image_size_problem(width_px: int, height_px: int | None, scale: float, fmt: str) -> str | None:
    """Why a *fmt* image *width_px* by *height_px* (at scale 1; ``None``: not known yet)
    times *scale* is too large, or ``None`` when it is not."""
    width = round(width_px * scale)
    if width > MAX_SIDE_PX:
        return f"{width_px} px x {scale:g} is too wide ({width:,} pixels; at most {MAX_SIDE_PX:,})"
    if height_px is None:
        return None
    height = round(height_px * scale)
    if height > MAX_SIDE_PX:
        return (
            f"{height_px} px x {scale:g} is too tall ({height:,} pixels; at most {MAX_SIDE_PX:,})"
        )
    if fmt == "png" and width * height > MAX_PNG_PIXELS:
        return (
            f"{width:,} x {height:,} = {width * height:,} pixels is too large for a PNG "
            f"(at most {MAX_PNG_PIXELS:,}); use a smaller size or scale, or SVG or PDF"
        )
    return None


def _height_limit(height_px: float | None, scale: float, fmt: str) -> tuple[float, str]:
    """The most height an export's content may take, in pixels at scale 1, and where that
    limit comes from, in words (see :func:`lanes_problem` for the arguments)."""
    if fmt == "pdf":
        limit = float(height_px or 0)
        return limit, f"the page ({limit:,.0f} px at scale {scale:g})"
    if height_px is not None:
        limit = float(height_px)
        return limit, f"--height {limit:,.0f} px"
    limit = min(NATURAL_HEIGHT_MAX_PX, MAX_SIDE_PX / scale)
    at_scale = f", {round(limit * scale):,} pixels at scale {scale:g}" if scale != 1 else ""
    return limit, f"the tallest image fitted to its content ({limit:,.0f} px{at_scale})"


def lane_units_room(fixed_px: float, height_px: float | None, scale: float, fmt: str) -> float:
    """The lane units (rows and gaps, see :mod:`viewer.core.layout`) an export's lanes
    may take at :data:`MIN_ROW_PX` a unit (arguments as for :func:`lanes_problem`)."""
    return (_height_limit(height_px, scale, fmt)[0] - fixed_px) / MIN_ROW_PX


def lanes_problem(
    n_lanes: int, units: float, fixed_px: float, height_px: float | None, scale: float, fmt: str
) -> str | None:
    """Why *n_lanes* lanes, *units* lane units tall (rows and gaps, see
    :mod:`viewer.core.layout`), cannot be drawn at :data:`MIN_ROW_PX` a unit in a *fmt*
    export, or ``None`` when they can.

    *fixed_px* is the height the title, caption and axis take, *height_px* the image's
    height (``None``: fitted to the content, at most :data:`NATURAL_HEIGHT_MAX_PX` and
    :data:`MAX_SIDE_PX` after scaling; for a PDF, its page's height), all in pixels at scale
    1; *scale* as in :class:`ExportOptions`. The message says the limit and what to change.
    """
    need = math.ceil(units * MIN_ROW_PX + fixed_px)
    limit, where = _height_limit(height_px, scale, fmt)
    if need <= limit:
        return None
    image = "a PNG or SVG with " if fmt == "pdf" else ""
    if need <= min(HEIGHT_PX.high, MAX_SIDE_PX / scale):
        hint = f"export {image}--height {need} or more"
    elif need <= min(HEIGHT_PX.high, MAX_SIDE_PX / SCALE.low):
        hint = f"export {image}--height {need} at a smaller --scale"
    else:
        hint = (
            "that is more than an image can be; export fewer lanes (--lanes, or View › Lanes "
            "in the window, then File › Export Image)"
        )
    return (
        f"{n_lanes:,} lanes need at least {need:,} px of height ({MIN_ROW_PX} px a row) "
        f"and do not fit in {where}; {hint}"
    )


def problems(options: ExportOptions, fmt: str) -> list[str]:
    """Every limit *options* break for format *fmt*, as messages (empty: none).

    Sizes and scale are checked for every format (a PDF ignores the size but a stored
    choice should still be sane).
    """
    out: list[str] = []
    if fmt not in FORMATS:
        out.append(f"unknown image format {fmt!r}; use {', '.join(FORMATS)}")
    for limit, value in ((WIDTH_PX, options.width_px), (SCALE, options.scale)):
        message = limit.problem(value)
        if message:
            out.append(message)
    if options.height_px is not None:
        message = HEIGHT_PX.problem(options.height_px)
        if message:
            out.append(message)
    if not out and fmt != "pdf":
        message = image_size_problem(options.width_px, options.height_px, options.scale, fmt)
        if message:
            out.append(message)
    if options.page not in PAGES:
        out.append(f"unknown page size {options.page!r}; use {', '.join(PAGES)}")
    if options.theme not in THEMES:
        out.append(f"unknown theme {options.theme!r}; use {' or '.join(THEMES)}")
    if options.x_range is not None:
        lo, hi = options.x_range
        if not (math.isfinite(lo) and math.isfinite(hi)):
            out.append("the range is not a pair of dates")
        elif not hi > lo:
            out.append("the range is empty (its end is not after its start)")
    return out


def validate(options: ExportOptions, fmt: str) -> None:
    """Check *options* for format *fmt* against the limits of this module.

    Raises
    ------
    InvalidExport
        Naming every limit broken, joined by ``"; "``.
    """
    found = problems(options, fmt)
    if found:
        raise InvalidExport("; ".join(found))
