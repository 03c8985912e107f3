"""Export a chart to PNG, SVG or PDF, with or without a window.

The chart is drawn by :class:`viewer.graphics.chart.TimelineChart`, the same class the
window shows, into an off-screen view at the target's size (no scaling of a finished
picture: text and lines are drawn at the final size, so they stay sharp). Around it: a title
above; below it, a caption with the range shown and, optionally, numbered source footnotes
whose numbers also appear in the items' labels.

Sizes: PNG and SVG are ``round(width_px * scale)`` by ``round(height_px * scale)`` pixels;
lines, markers and text grow with *scale*. PDF pages are A4, A3 or Letter, landscape or
portrait, at 96 dots per inch for layout (vector output, embedded fonts); footnotes that do
not fit on the first page continue on further pages.

A file is drawn in memory, checked complete, and saved through Qt's ``QSaveFile``: the
target is replaced only by a complete file, and a failed or killed export leaves neither a
partial file nor a changed target (see :func:`_save`).

Needs a ``QApplication`` (the CLI creates one on the offscreen platform).
"""

from __future__ import annotations

import errno
import html
import math
import os
import re
import stat
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtSvg

from viewer.core import export_spec as spec
from viewer.core.display_text import drawn_text
from viewer.core.export_spec import ExportOptions, InvalidExport, Progress
from viewer.core.footnotes import Footnote, footnotes_for, wrap_url
from viewer.core.i18n import isolated, number, translate
from viewer.core.layout import (
    LANE_GAP,
    ROW_PITCH,
    Layout,
    crosses,
    marker_periods,
    most_rows_within,
    rows_at_most,
)
from viewer.core.placement import ELLIPSIS, in_own_direction
from viewer.core.ranges import format_view_range
from viewer.core.records import Dataset
from viewer.export.svg_text import directed_runs
from viewer.graphics.chart import TimelineChart
from viewer.graphics.label_layer import DrawnLabel
from viewer.graphics.legend import SIGNATURES_UP_TO, height_in_chart, present_signatures
from viewer.graphics.style import Style, style_for

__all__ = [
    "ExportCancelled",
    "ExportError",
    "ExportOptions",
    "Figure",
    "Progress",
    "export_image",
    "format_of",
    "range_caption",
]

_PAGE_IDS = {name: getattr(QtGui.QPageSize.PageSizeId, name) for name in spec.PAGES}
"""Qt's page of each of :data:`viewer.core.export_spec.PAGES` (named alike)."""

TITLE_PX = 44
"""Height of the title band above the chart, in pixels at scale 1."""
CAPTION_PX = 26
"""Height of the caption's band below the chart (two lines), in pixels at scale 1; a
caption of more lines takes half of it for each (see :meth:`Figure.caption_height`)."""
CAPTION_MOST_LINES = 6
"""The most lines a caption takes; the last is cut with "…" beyond them."""
ROW_PX = 36
"""Height of one lane row in the default export height, in pixels at scale 1."""
AXIS_PX = 40
"""Room for the date axis, in pixels at scale 1."""
LEAST_CHART_PX = AXIS_PX + 2 * 12
"""The least chart an export draws, in pixels at scale 1: the axis and two rows of text;
an image with less room for it is refused."""
NOTE_LINE_PX = 15
"""Height of one footnote line, in pixels at scale 1."""
NOTE_COLUMN_PX = 430
"""Target width of one footnote column, in pixels at scale 1."""
NOTE_INDENT_PX = 16
"""Indent of a footnote's continuing lines, in pixels at scale 1."""
PDF_DPI = 96
STEPS = 4
"""Steps reported to a progress callback: build, footnotes, paint, write."""
MAX_FOOTNOTES = 400
"""Above this many items in the image, footnotes are left out (with a note in the caption)."""


TITLE_FONT_PX = (18, 12)
"""The export title's font size, and the smallest it shrinks to before it is elided
(pixels at scale 1)."""


def fit_title(st: Style, title: str, width: float) -> tuple[str, QtGui.QFont]:
    """The text and font of an export's *title* (the user's text, shown literally) in an
    image *width* pixels wide, inside its 12 px margins: at 18 px, smaller (down to 12 px)
    when that is what makes it fit; else in two lines (at the smallest size), the second
    elided with "…" only where two are not enough (a long title was cut in one line)."""
    room = max(0.0, width - 2 * st.px(12))
    text = drawn_text(title)
    largest, smallest = TITLE_FONT_PX
    font = st.font(bold=True, size_px=largest)
    for size in range(largest, smallest - 1, -1):
        font = st.font(bold=True, size_px=size)
        if QtGui.QFontMetricsF(font).horizontalAdvance(text) <= room:
            return text, font
    metrics = QtGui.QFontMetricsF(font)
    lines = caption_lines(text, metrics.horizontalAdvance, room)
    lines[-1] = metrics.elidedText(lines[-1], QtCore.Qt.TextElideMode.ElideRight, room)
    return "\n".join(lines), font


def draw_title(painter: QtGui.QPainter, st: Style, title: str, width: float, band: float) -> None:
    """Draw an export's *title* in the band ``(0, 0, width, band)`` pixels, in the reader's
    direction, as :func:`fit_title` fits it (a narrow image never shows a title cut
    mid-letter by its edge)."""
    left = st.px(12)
    room = max(0.0, width - 2 * left)
    text, font = fit_title(st, title, width)
    painter.setPen(st.color("text"))
    painter.setFont(font)
    painter.drawText(
        QtCore.QRectF(left, 0, room, band),
        int(QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft),
        text,
    )


class ExportError(Exception):
    """The export could not be written; the message names the file and the reason."""


class ExportCancelled(ExportError):
    """The user cancelled the export; nothing was written and no file was changed."""


def format_of(path: str | Path) -> str:
    """The export format from a file name's extension (see
    :func:`viewer.core.export_spec.format_of`).

    Raises
    ------
    ExportError
        When the extension is not one of :data:`viewer.core.export_spec.FORMATS`.
    """
    try:
        return spec.format_of(path)
    except InvalidExport as exc:
        raise ExportError(f"{path}: {exc}") from None


_CHART_DIRECTION = QtCore.Qt.LayoutDirection.LeftToRight
"""The chart is laid out left to right in every language, as on screen (see
:class:`viewer.graphics.chart.TimelineChart`); title, caption and notes follow the reader's
direction; the app's words within them are :func:`~viewer.core.i18n.isolated`."""


def page_at_scale(options: ExportOptions) -> str:
    """A PDF's page in a refusal's words: "an A4 page at scale 3", "a Letter page at
    scale 1"."""
    article = "an" if options.page[0] in "AEIOU" else "a"
    return f"{article} {options.page} page at scale {options.scale:g}"


def caption_lines(text: str, measure: Callable[[str], float], room: float) -> list[str]:
    """*text* as one line, or as two where it is wider than *room* (pixels, as *measure*
    gives): as many words as fit, then the rest (which may still be too wide: the caller
    cuts it)."""
    if measure(text) <= room:
        return [text]
    words = text.split(" ")
    for n in range(len(words) - 1, 0, -1):
        first = " ".join(words[:n]).rstrip()
        if measure(first) <= room:
            return [first, " ".join(words[n:]).strip()]
    return [text]


def wrapped_lines(text: str, measure: Callable[[str], float], room: float, most: int) -> list[str]:
    """*text* in as many lines as it needs (each as many words as fit in *room* pixels,
    as *measure* gives; see :func:`caption_lines`), at most *most*: the last may still be
    too wide (the caller cuts it)."""
    lines: list[str] = []
    rest = text
    while len(lines) < most - 1:
        first, *tail = caption_lines(rest, measure, room)
        lines.append(first)
        if not tail:
            return lines
        rest = tail[0]
    lines.append(rest)
    return lines


def range_caption(x_range: tuple[float, float]) -> str:
    """``1923 – 2026`` or ``20 Nov 2025 – 1 Dec 2025`` for a range in days (see
    :func:`viewer.core.ranges.format_view_range`)."""
    return format_view_range(*x_range)


@dataclass(frozen=True)
class RowsCut:
    """Lanes cut to *most_rows* rows to fit an export's height; *over* records are drawn
    over others (see :func:`viewer.core.layout.rows_at_most`)."""

    most_rows: int
    over: int


class Figure:
    """A chart with its title, caption and footnotes, laid out for one target size.

    Parameters
    ----------
    dataset, layout : the data and its placement
    options : ExportOptions
    style : Style
        Theme and scale (sizes in device pixels are ``style.px(...)``).
    rows_cut : RowsCut or None
        The rows *layout*'s lanes were cut to (:func:`_fitted_layout`), said in the
        caption.
    """

    def __init__(
        self,
        dataset: Dataset,
        layout: Layout,
        options: ExportOptions,
        style: Style,
        rows_cut: RowsCut | None = None,
    ) -> None:
        self.dataset = dataset
        self.layout = layout
        self.rows_cut = rows_cut
        """The rows the lanes were cut to for the image's height, when they were."""
        self.options = options
        self.style = style
        self._view: pg.GraphicsView | None = None
        self.chart: TimelineChart | None = None
        self.x_range: tuple[float, float] = (0.0, 1.0)
        self.notes: list[Footnote] = []
        self.notes_left_out = 0
        self.items_in_range: int | None = None
        self.lines_in_range = 0
        """Markers out of the range whose period crosses it (their line alone drawn),
        counted where no other item is in the range."""
        """Items of the layout in :attr:`x_range`, once :meth:`number_labels` has run."""
        self.unnumbered = 0
        """Items in range drawn without a footnote number (no room for their label, or no
        source), once :meth:`number_labels` has run."""
        self.cited = 0
        """Items in range with a source (0 when there are too many to footnote), once
        :meth:`number_labels` has run."""
        self.lanes_unnamed = (0, 0)
        """(lanes in view the chart leaves unnamed, lanes in view) at its present size,
        once built (see :meth:`~viewer.graphics.axes.LaneAxisItem.unnamed_lanes`)."""
        self.fmt = "png"
        """The format being written (PDF notes list every source, with links)."""
        self._blocks: dict[tuple[float, int], list[list[list[tuple[str, str | None]]]]] = {}
        self.links: list[tuple[str, str]] = []
        """(text drawn, URL) of each URL fragment painted, for the SVG's links."""

    # -- sizes -------------------------------------------------------------------------------
    def _note_font(self) -> QtGui.QFont:
        return self.style.font(size_px=10)

    def note_columns(self, width: float) -> int:
        """Number of footnote columns at *width* pixels."""
        usable = width - 2 * self.style.px(12)
        return max(1, int(usable // self.style.px(NOTE_COLUMN_PX)))

    def _all_sources(self) -> bool:
        """Whether each note lists every source (PDF) or its first and a count (PNG, SVG)."""
        return self.fmt == "pdf"

    def note_blocks(self, width: float) -> list[list[list[tuple[str, str | None]]]]:
        """Each footnote as lines at *width*, each line a list of runs ``(text, url)``
        (``url`` ``None`` for plain text): ``[n] label: `` then its URLs, wrapped (never
        cut), continuing lines indented; PNG and SVG give the first URL and a count of the
        others, PDF every one."""
        key = (width, len(self.notes))
        cached = self._blocks.get(key)
        if cached is not None:
            return cached
        metrics = QtGui.QFontMetricsF(self._note_font())
        measure = metrics.horizontalAdvance
        col_w = self.column_width(width)
        indent = self.style.px(NOTE_INDENT_PX)
        blocks = []
        for note in self.notes:
            head = (
                metrics.elidedText(
                    f"[{number(note.number, False)}] {in_own_direction(drawn_text(note.label))}",
                    QtCore.Qt.TextElideMode.ElideRight,
                    col_w * 0.6,
                )
                + ": "
            )
            lines: list[list[tuple[str, str | None]]] = [[(head, None)]]
            room = col_w - measure(head)
            urls = note.urls if self._all_sources() else note.urls[:1]
            for n, url in enumerate(urls):
                if n > 0:
                    lines.append([])
                    room = col_w - indent
                parts = wrap_url(url, max(room, measure("W")), col_w - indent, measure)
                for k, part in enumerate(parts):
                    if k > 0:
                        lines.append([])
                    lines[-1].append((part, url))
                room = (
                    col_w - indent - measure(parts[-1])
                    if len(parts) > 1
                    else room - measure(parts[-1])
                )
            more = len(note.urls) - len(urls)
            if more:
                tail = " " + isolated(
                    translate("Export", "(+%Ln more in the app or 'records')", None, more)
                )
                if measure(tail) > room:
                    lines.append([])
                lines[-1].append((tail, None))
            blocks.append(lines)
        self._blocks[key] = blocks
        return blocks

    def column_width(self, width: float) -> float:
        """Width of one footnote column at a page *width* (pixels)."""
        columns = self.note_columns(width)
        return (width - 2 * self.style.px(12)) / columns - self.style.px(10)

    def note_pages(self, width: float, first_lines: int | None, page_lines: int) -> list[Columns]:
        """Footnotes by page and column, each a run of a note's lines (see :data:`Columns`):
        *first_lines* lines a column on the first page, *page_lines* on the next ones (PDF),
        a note that does not fit in what is left of a column continued in the next one
        (whole notes left a third of an A4 page empty); ``None``: on one page, as many
        lines a column as balance the columns, a note never split unless it is longer
        than a whole column (PNG, SVG)."""
        blocks = self.note_blocks(width)
        columns = self.note_columns(width)
        sizes = [len(b) for b in blocks]
        if first_lines is None:
            cap = max(max(sizes, default=1), math.ceil(sum(sizes) / columns))
            while len(_fill(sizes, columns, cap, cap)) > 1:
                cap += 1
            return _fill(sizes, columns, cap, cap)
        return _fill(sizes, columns, first_lines, page_lines, split=True)

    def notes_height(self, width: float) -> float:
        """Pixels the footnotes need at *width* on one page (PNG, SVG)."""
        if not self.notes:
            return 0.0
        pages = self.note_pages(width, None, 0)
        lines = max((sum(b - a for _, a, b in col) for col in pages[0]), default=0)
        return lines * self.style.px(NOTE_LINE_PX) + self.style.px(8)

    def _caption_parts(self) -> tuple[str, str, str]:
        """The caption's words: what the chart shows (its range, records not drawn,
        records drawn over others), the data file, and what the footnotes are."""
        caption = translate("Export", "Range shown: {range}").format(
            range=range_caption(self.x_range)
        )
        if self.items_in_range == 0 and not self.lines_in_range:
            caption += " " + translate("Export", "(no records in this range)")
        # Records not drawn, as the window's status bar counts them: without a date (a
        # reader took the gap they leave for years without any), without a lane.
        undated, without_lane = len(self.layout.undated), self.dataset.columns.without_lane
        if undated and without_lane:
            caption += "   ·   " + translate(
                "Export", "not drawn: {undated} without a date, {without_lane} without a lane"
            ).format(undated=number(undated), without_lane=number(without_lane))
        elif undated:
            caption += "   ·   " + translate(
                "Export", "%Ln record(s) without a date, not drawn", None, undated
            )
        elif without_lane:
            caption += "   ·   " + translate(
                "Export", "%Ln record(s) without a lane, not drawn", None, without_lane
            )
        cut = self.rows_cut
        over = cut.over if cut is not None else 0
        if cut is not None and over:
            rows = cut.most_rows
            caption += (
                "   ·   "
                + translate(
                    "Export", "%Ln record(s) drawn over others to fit the image", None, over
                )
                + " ("
                + translate("Export", "at most %Ln row(s) a lane", None, rows)
                + ")"
            )
        unnamed, lanes = self.lanes_unnamed
        if unnamed:
            caption += "   ·   " + translate(
                "Export", "{unnamed} of %Ln lane(s) unnamed: too thin for a name", None, lanes
            ).format(unnamed=number(unnamed))
        data = ""
        if self.dataset.path:
            # Isolated in Arabic: "1923-1938.csv" was drawn "csv.1938-1923"
            data = "   ·   " + translate("Export", "Data: {file}").format(
                file=isolated(Path(self.dataset.path).name)
            )
        items, left_out = self.items_in_range, self.notes_left_out
        notes = ""
        if self.notes:
            notes = "   ·   " + translate("Export", "Sources of the numbered items")
            if self.unnumbered:
                notes += " " + translate(
                    "Export",
                    "({unnumbered} of %Ln item(s) unnumbered: no room for a number or its note, or no source)",  # noqa: E501 (one literal, for lupdate)
                    None,
                    items,
                ).format(unnumbered=number(self.unnumbered))
            notes += ":"
        elif self.cited and not self.notes_left_out:  # sources, but no label had room
            notes = "   ·   " + translate(
                "Export", "sources not numbered: no label has room for a number"
            )
        elif self.notes_left_out:
            notes = "   ·   " + translate(
                "Export",
                "%Ln item(s): too many for source footnotes; export a narrower range to list them",
                None,
                left_out,
            )
        return caption, data, notes

    def caption_lines(self, width: float) -> list[str]:
        """The caption's lines under a chart *width* pixels wide: one, or as many as its
        words need (at most :data:`CAPTION_MOST_LINES`, the last cut with "…" if need
        be); beyond two, the data file's name goes first (a narrow export cut the count
        of records drawn over others to "(at …", a new user's finding)."""
        st = self.style
        metrics = QtGui.QFontMetricsF(st.font(size_px=11))
        room = int(width - 2 * st.px(12))
        caption, data, notes = self._caption_parts()
        measure = metrics.horizontalAdvance
        lines = wrapped_lines(caption + data + notes, measure, room, CAPTION_MOST_LINES)
        if data and len(lines) > 2:
            shorter = wrapped_lines(caption + notes, measure, room, CAPTION_MOST_LINES)
            if len(shorter) < len(lines) or measure(lines[-1]) > room:
                lines = shorter
        lines[-1] = metrics.elidedText(lines[-1], QtCore.Qt.TextElideMode.ElideRight, room)
        return lines

    def caption_height(self, width: float) -> float:
        """Pixels the caption takes under a chart *width* pixels wide: :data:`CAPTION_PX`
        for up to two lines, half of it for each line beyond."""
        return self.style.px(CAPTION_PX / 2 * max(2, len(self.caption_lines(width))))

    def legend_height(self, width: float) -> float:
        """Pixels the legend takes under a chart *width* pixels wide (0 without one)."""
        if not self.options.legend:
            return 0.0
        if len(self.layout.ids) > SIGNATURES_UP_TO:  # a pass over every record costs
            present = None
        else:
            present = present_signatures(
                self.dataset.columns.look_stand_ins(self.layout.record_pos)
            )
        return height_in_chart(width, self.style, present)

    def least_chart(self, width: float) -> float:
        """The least chart drawn at *width*, in pixels: :data:`LEAST_CHART_PX` and the
        legend (at scale 3 on an A4 page the legend took all the chart's height, and the
        PDF had no lanes)."""
        return self.style.px(LEAST_CHART_PX) + self.legend_height(width)

    def no_room(self, path: Path, size: str, larger: str) -> str:
        """The message refusing an export of *size* (words) with less than
        :meth:`least_chart`; *larger* says how to give it more room."""
        parts = ["the chart"]
        hints = [larger]
        if self.options.legend:
            parts.append("its legend")
            hints.append("--no-legend")
        if self.notes:
            parts.append(f"its {len(self.notes)} source footnotes")
            hints.append("--no-sources")
        return (
            f"{path}: {size} leaves no room for {', '.join(parts[:-1])}"
            f"{' and ' if len(parts) > 1 else ''}{parts[-1]}; use "
            f"{', '.join(hints[:-1])}{' or ' if len(hints) > 1 else ''}{hints[-1]}"
        )

    def chart_room(self, width: float, height: float) -> float:
        """Pixels a *width* by *height* image (PNG, SVG) leaves the chart once its title,
        caption and footnotes take theirs."""
        return (
            height - self.style.px(TITLE_PX) - self.caption_height(width) - self.notes_height(width)
        )

    def chart_height(self, width: float) -> float:
        """Pixels the chart needs to show every row at :data:`ROW_PX` per row."""
        return self.style.px(AXIS_PX + ROW_PX * self.layout.y_max) + self.legend_height(width)

    def natural_height(self, width: float) -> float:
        """Total height with every row and every footnote."""
        return (
            self.style.px(TITLE_PX)
            + self.caption_height(width)
            + self.chart_height(width)
            + self.notes_height(width)
        )

    # -- building --------------------------------------------------------------------------
    def checkpoint(self, step: int) -> None:
        """Report step *step* of :data:`STEPS`; raise :class:`ExportCancelled` when the
        progress callback says stop."""
        callback = self.options.progress
        if callback is not None and not callback(step, STEPS):
            raise ExportCancelled("export cancelled")

    def build(self, width: float, chart_h: float) -> None:
        """Create the off-screen chart, *width* by *chart_h* pixels for a start (the
        footnotes, numbered next, decide its final height: :meth:`resize_chart`)."""
        self.checkpoint(1)
        # A hidden view gives the axes a device transform (pyqtgraph's axes need one).
        view = pg.GraphicsView(background=self.style.background)
        view.setLayoutDirection(_CHART_DIRECTION)
        view.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        chart = TimelineChart(self.style, show_legend=self.options.legend, fit_all_rows=True)
        view.setCentralItem(chart)
        view.show()
        chart.set_data(self.dataset, self.layout)
        # A figure shows exactly the range asked for, even far from the data: the window's
        # pan limits (they keep a user near the data) are off. A range narrower than
        # MIN_RANGE_DAYS is widened about its centre, as in the window, so that the axis
        # has a date to label; the caption states the range shown.
        chart.getViewBox().setLimits(xMin=None, xMax=None, maxXRange=None)
        if self.options.x_range is not None:
            # Dated even where the range holds no record (its layout is then empty).
            chart.date_axis.setStyle(showValues=True)
        if self.options.selected:
            chart.set_selected(self.layout.index_of(self.options.selected))
        self._view, self.chart = view, chart
        self.resize_chart(width, chart_h, chart.full_range())
        self.x_range = chart.x_range()

    def resize_chart(
        self, width: float, chart_h: float, full_range: tuple[float, float] | None = None
    ) -> None:
        """Lay the chart out at *width* by *chart_h* pixels, showing the asked range (or
        *full_range*, in days, when none was asked; default: the range shown so far).
        The chart, its labels and their footnote numbers are kept."""
        assert self._view is not None and self.chart is not None
        view, chart = self._view, self.chart
        view.resize(int(width), int(chart_h))
        view.setRange(QtCore.QRectF(0, 0, width, chart_h), padding=0)
        chart.setGeometry(QtCore.QRectF(0, 0, width, chart_h))
        chart.layout.activate()
        chart.set_x_range(*(self.options.x_range or full_range or self.x_range))
        chart.getViewBox().updateMatrix()
        self.lanes_unnamed = chart.lane_axis.unnamed_lanes()

    def settle(self, width: float, chart_h: float, room: Callable[[], float]) -> float:
        """Lay the chart out at *width* by *chart_h* pixels, lower when the caption of that
        chart takes more than *room()* (the chart's height once title, caption and
        footnotes take theirs) leaves it: the count of lanes left unnamed may add a
        caption line. Returns the chart's height."""
        self.resize_chart(width, chart_h)
        for _ in range(2):  # a second count differs in its number only, not in lines
            left = room()
            if left >= chart_h - 0.5:
                break
            chart_h = left
            self.resize_chart(width, chart_h)
        return chart_h

    def number_labels(self, most: int | None = None) -> None:
        """Number the footnotes of the items whose label the chart draws, and add ``[n]``
        to those labels. Two layouts of the labels: the first with a mark as wide as the
        widest number on every cited item, to learn which labels fit with one; the second
        places those first, each in the form it took (with its real, no wider, number), so
        every number on the chart has its note and every note its number. Labels that did
        not fit with a number may still be drawn without one where room is left; the
        caption counts the items without a number. With *most*, only the first *most*
        footnotes are kept (their numbers 1 to *most*), the other labels unnumbered. The
        first layout is made again with narrower marks when they do (see
        :meth:`_labelled_with_marks`)."""
        assert self.chart is not None and self.chart.model is not None
        self.checkpoint(2)
        model = self.chart.model
        lo, hi = self.x_range
        in_view = np.flatnonzero((self.layout.x1_days >= lo) & (self.layout.x0_days <= hi))
        self.items_in_range = len(in_view)
        # Markers out of the range whose period crosses it ("19XX" in 1970-1980): drawn
        # as their line alone, they are records in this range too (counted where they
        # are the only ones: the caption's "no records in this range" is all they change)
        self.lines_in_range = 0
        if not len(in_view):
            lay = self.layout
            markers = np.flatnonzero(~lay.is_span & ~lay.is_band)
            first, end, wide = marker_periods(self.dataset.columns, lay.record_pos[markers])
            self.lines_in_range = int(np.count_nonzero(wide & crosses(first, end, (lo, hi))))
        self.notes_left_out = 0
        self._blocks = {}
        self.notes = []
        self.cited = 0
        if not self.options.sources:
            return
        if len(in_view) > MAX_FOOTNOTES:
            self.notes_left_out = len(in_view)
            return
        cited = [
            int(i)
            for i in in_view
            if (r := self.dataset.get(self.layout.ids[int(i)])) is not None and r.sources
        ]
        self.cited = len(cited)
        labelled = self._labelled_with_marks(cited)
        self.notes = footnotes_for(
            self.dataset,
            self.layout,
            self.x_range,
            model.labels,
            only=[i for i in cited if i in labelled],
        )
        if most is not None:  # the first ones only (numbered 1 to most, in chart order)
            self.notes = self.notes[:most]
        numbered = {self.layout.index_of(n.record_id): n.number for n in self.notes}
        model.notes = {i: f" [{number(n, False)}]" for i, n in numbered.items() if i is not None}
        # The numbered labels first, in their forms (each with a number no wider than the
        # one it was placed with); other labels, unnumbered, take what room is left.
        model.pinned = {i: labelled[i] for i in model.notes}
        self.unnumbered = len(in_view) - len(self.notes)

    def _labelled_with_marks(self, cited: list[int]) -> dict[int, str]:
        """The labels placed (item -> the form it took) when every item of *cited* carries a
        mark as wide as the widest number it could get. The numbers are as many as the
        labels that fit: when fewer digits number them all, the labels are placed again
        with the narrower mark, where more fit (140 cited items gave marks of three digits,
        four labels fitted one, and "Sicot" in a bar twice its width went unnumbered: a
        new user's finding); if more than those digits number then fit, the wider mark's
        placing stands. Last, marks alone are allowed (see
        :attr:`~viewer.core.placement.LabelForms.alone`) where those digits, or one more,
        still number every label, when that leaves fewer labels cut. One label layout a
        try, at most one a digit and three more."""
        assert self.chart is not None and self.chart.model is not None
        model = self.chart.model

        def placed_with(digits: int, alone: bool = False) -> tuple[dict[int, str], tuple[int, int]]:
            # Numbers in the reader's digits, as the chart's session numbers (٧٩ [١])
            widest = f" [{number(10**digits - 1, False)}]"
            model.notes = {i: widest for i in cited}
            model.marks_alone = alone
            try:
                labels = self._placed_labels()
            finally:
                model.marks_alone = False
            # Labels placed with their mark; a whole name with no room for one is drawn
            # unnumbered (placement tries it without its mark before cutting any). And how
            # many labels name their item whole, then how many by their mark alone
            marked = {label.index: label.base for label in labels if label.text != label.base}
            whole = sum(ELLIPSIS not in label.text and label.base != "" for label in labels)
            return marked, (whole, sum(label.base == "" for label in labels))

        def numbered(labelled: dict[int, str]) -> int:
            return sum(i in labelled for i in cited)

        digits = len(str(max(len(cited), 1)))
        labelled, named = placed_with(digits)
        while digits > 1:
            fewer = len(str(max(numbered(labelled), 1)))
            if fewer >= digits:
                break
            narrower, named_narrower = placed_with(fewer)
            if numbered(narrower) >= 10**fewer:  # more than those digits: the wider stands
                labelled, named = placed_with(digits)
                break
            labelled, named, digits = narrower, named_narrower, fewer
        # Then a cited item with no room for even a cut name takes its mark alone ("[7]"
        # for "Lour…"): placed after every whole and cut name, it takes no one's room. With
        # these digits where they still number every label, else with one more ("Kalte…"
        # and "Stei…" stayed stubs where a tenth number was needed), when that leaves as
        # many names whole (a wider mark turned "Schober [2]" into "[2]") and numbers more.
        for more in (digits, digits + 1):
            alone, named_alone = placed_with(more, alone=True)
            if numbered(alone) < 10**more:
                return alone if named_alone > named else labelled
        return labelled

    def number_to_fit(
        self, width: float, chart_h: float, room: Callable[[], float], tries: int = 6
    ) -> float:
        """Number the labels (:meth:`number_labels`) of the chart, now *chart_h* pixels
        tall, at the tallest height found where every numbered label is drawn; returns the
        chart's height (at least that one). *room()* gives the chart's height once the
        footnotes of the numbering done take theirs: when it is less than the height
        numbered at, labels numbered there would not be drawn (an 800 x 300 export listed
        four footnotes whose numbers were nowhere in its chart); when it is more, a taller
        chart may number more (sixteen stacked rows numbered none at 60 % of a page: their
        rows were too thin for text). Heights between are tried, halving the gap between
        the tallest that fits and the lowest that does not, to within 4 pixels. Each try
        lays the labels out once."""
        fits: float | None = None  # the tallest height found whose numbering fits
        too_tall = math.inf  # the lowest height found whose numbering does not
        h, target = chart_h, 0.0
        fits_most: int | None = None  # the notes kept at that height (None: all)
        close = self.style.px(4)
        for n in range(tries):
            if n:
                self.resize_chart(width, h)
            self.number_labels()
            target, most = room(), None
            if target < h - 0.5 and len(self.notes) > 1:
                # Fewer numbers, whose notes leave the chart this height, before a lower
                # chart (labels placed with one-digit marks numbered eight at 800 x 400,
                # whose notes left room for none)
                most = self._notes_within(h, room)
                if most:
                    self.number_labels(most)
                    target = room()
            if target >= h - 0.5:
                fits, fits_most = h, most
                if self.notes_left_out or len(self.notes) == self.cited:
                    return target  # every cited label numbered, or none to be: no taller try
                step = min(target, (h + too_tall) / 2)
                if step - h < close:
                    return target
                h = step
            else:
                too_tall = h
                # Not below the least chart there is (a file of 42 footnotes at the chart's
                # natural height was refused for want of room, none having room at less)
                h = max(target, self.least_chart(width)) if fits is None else (fits + h) / 2
                if h >= too_tall or (fits is not None and too_tall - fits < close):
                    break
        if fits is None:
            return target
        self.resize_chart(width, fits)
        self.number_labels(fits_most)
        return max(room(), fits)

    def _notes_within(self, chart_h: float, room: Callable[[], float]) -> int:
        """The most of the present footnotes, the first ones, whose notes leave *room()*
        at least *chart_h* (0: not even one). Bisection over their count, each try one
        measure of the notes."""
        notes, unnumbered = self.notes, self.unnumbered
        lo, hi = 0, len(notes) - 1  # lo fits (none always does), hi + 1 does not
        try:
            while lo < hi:
                k = (lo + hi + 1) // 2
                self.notes, self.unnumbered = notes[:k], unnumbered + len(notes) - k
                if room() >= chart_h - 0.5:
                    lo = k
                else:
                    hi = k - 1
        finally:
            self.notes, self.unnumbered = notes, unnumbered
        return lo

    def _placed_labels(self) -> list[DrawnLabel]:
        """Lay the chart's labels out (by painting it into a picture) and return them."""
        assert self._view is not None and self.chart is not None
        size = self._view.size()
        picture = QtGui.QPicture()
        painter = QtGui.QPainter(picture)
        painter.setLayoutDirection(_CHART_DIRECTION)
        rect = QtCore.QRectF(0, 0, size.width(), size.height())
        self._view.scene().render(painter, rect, rect)
        painter.end()
        layer = self.chart.label_layer
        return list(layer.placed) if layer is not None else []

    def close(self) -> None:
        """Release the off-screen view."""
        if self._view is not None:
            self._view.hide()
            self._view.deleteLater()
            self._view = None

    # -- painting --------------------------------------------------------------------------
    def paint_page(
        self,
        painter: QtGui.QPainter,
        width: float,
        height: float,
        chart_h: float,
        columns: Columns,
    ) -> None:
        """Paint title, chart, caption and the footnotes in *columns* (indices into
        :attr:`notes`, per column) into ``(0, 0, width, height)``."""
        assert self._view is not None
        self.checkpoint(3)
        st = self.style
        reader = QtGui.QGuiApplication.layoutDirection()  # title and caption: the reader's
        painter.setLayoutDirection(reader)
        painter.fillRect(QtCore.QRectF(0, 0, width, height), st.color("background"))
        title_h = st.px(TITLE_PX)
        title = self.options.title if self.options.title is not None else self.dataset.title
        draw_title(painter, st, title, width, title_h)
        left = st.px(12)
        painter.setLayoutDirection(_CHART_DIRECTION)
        self._view.scene().render(
            painter, QtCore.QRectF(0, title_h, width, chart_h), QtCore.QRectF(0, 0, width, chart_h)
        )
        painter.setLayoutDirection(reader)
        y = title_h + chart_h
        painter.setPen(st.color("muted_text"))
        painter.setFont(st.font(size_px=11))
        lines = self.caption_lines(width)
        line_h = self.caption_height(width) / len(lines)
        for n, line in enumerate(lines):
            painter.drawText(
                QtCore.QRectF(left, y + n * line_h, width - 2 * left, line_h),
                int(QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft),
                line,
            )
        painter.setLayoutDirection(_CHART_DIRECTION)  # numbered like the chart, URLs first
        self.paint_notes(painter, columns, y + self.caption_height(width), width)

    def paint_notes(
        self, painter: QtGui.QPainter, columns: Columns, top: float, width: float
    ) -> None:
        """Paint the footnotes' lines in *columns* (see :data:`Columns`), each column
        filled top to bottom from *top*; a note's lines after its first are indented. URLs
        are drawn whole, line by line; in a PDF each is a link (Qt's PDF engine writes a
        link for text drawn with an anchor)."""
        if not columns:
            return
        st = self.style
        font = self._note_font()
        painter.setFont(font)
        metrics = QtGui.QFontMetricsF(font)
        blocks = self.note_blocks(width)
        col_w = self.column_width(width) + st.px(10)
        indent = st.px(NOTE_INDENT_PX)
        line_h = st.px(NOTE_LINE_PX)
        pdf = self.fmt == "pdf"
        for c, column in enumerate(columns):
            x0 = st.px(12) + c * col_w
            y = top
            for n, first, end in column:
                for k, line in enumerate(blocks[n][first:end], start=first):
                    x = x0 + (indent if k > 0 else 0.0)
                    for text, url in line:
                        if url is not None and pdf:
                            self._paint_link(painter, text, url, QtCore.QPointF(x, y), font)
                        else:
                            painter.setPen(st.color("text"))
                            painter.drawText(QtCore.QPointF(x, y + metrics.ascent()), text)
                            if url is not None:
                                self.links.append((text, url))
                        x += metrics.horizontalAdvance(text)
                    y += line_h

    def _paint_link(
        self, painter: QtGui.QPainter, text: str, url: str, at: QtCore.QPointF, font: QtGui.QFont
    ) -> None:
        doc = QtGui.QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        colour = self.style.color("text").name()
        doc.setDefaultStyleSheet(f"a {{ color: {colour}; text-decoration: none; }}")
        doc.setHtml(f'<a href="{html.escape(url, quote=True)}">{html.escape(text)}</a>')
        painter.save()
        painter.translate(at)
        doc.drawContents(painter)
        painter.restore()


Columns = list[list[tuple[int, int, int]]]
"""A page's footnotes: per column, runs ``(note, first line, end line)`` of a note's lines
(indices into :attr:`Figure.notes` and into its block of lines, the end excluded)."""

SPLIT_LEAST_LINES = 2
"""The fewest lines of a note left at the foot of a column, or carried to the next, when a
note is split."""


def _fill(
    sizes: list[int], columns: int, first: int, rest: int, split: bool = False
) -> list[Columns]:
    """Blocks of *sizes* lines, in order, into pages of *columns* columns of *first* lines
    (first page) and *rest* lines (next pages), as runs of lines (see :data:`Columns`).
    A block that does not fit in what is left of a column goes to the next one, whole; with
    *split*, its first lines fill the column and the others continue in the next (each
    part at least :data:`SPLIT_LEAST_LINES` lines). A block taller than a column gets one
    (with *split*, as many as it takes)."""
    pages: list[Columns] = [[[]]]
    used = 0
    cap = first

    def next_column() -> None:
        nonlocal used, cap
        if len(pages[-1]) < columns:
            pages[-1].append([])
        else:
            pages.append([[]])
            cap = rest
        used = 0

    for n, size in enumerate(sizes):
        start = 0
        while start < size:
            if cap <= 0 and not pages[-1][-1] and len(pages) == 1:
                pages.append([[]])  # no room on the first page at all
                cap = rest
            left, room = size - start, cap - used
            if left <= room or (not pages[-1][-1] and not split):
                pages[-1][-1].append((n, start, size))
                used += left
                break
            cut = 0
            if split:  # carry at least SPLIT_LEAST_LINES over, leave as many here
                cut = min(room, left - SPLIT_LEAST_LINES)
                if pages[-1][-1] and cut < SPLIT_LEAST_LINES:
                    cut = 0
                elif not pages[-1][-1]:
                    cut = max(cut, 1)  # an empty column takes a line at least
            if cut > 0:
                pages[-1][-1].append((n, start, start + cut))
                start += cut
            next_column()
    return pages


def _link_svg(text: str, links: list[tuple[str, str]]) -> str:
    """*text* (an SVG) with each text element that shows a URL (or a line of one) wrapped
    in a link to the URL."""
    if not links:
        return text
    targets = {}
    for shown, url in links:
        targets.setdefault(html.escape(shown, quote=False), url)
    pattern = re.compile(r"(<text\b[^>]*>)([^<]*)(</text>)")

    def link(m: re.Match[str]) -> str:
        url = targets.get(m.group(2))
        if url is None:
            return m.group(0)
        return f'<a xlink:href="{html.escape(url, quote=True)}">{m.group(0)}</a>'

    return pattern.sub(link, text)


def _svg_size_in_pixels(text: str, width: int, height: int) -> str:
    """*text* (an SVG) with the root ``width``/``height`` in pixels: Qt writes them in
    millimetres, and pixels, the unit of the ``viewBox``, make every program open the file
    at the intended size."""
    return re.sub(
        r'<svg width="[^"]*" height="[^"]*"',
        f'<svg width="{width}" height="{height}"',
        text,
        count=1,
    )


_MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "svg": b"<?xml", "pdf": b"%PDF-"}
"""How a file of each format begins."""
_ENDING = {"png": b"IEND\xaeB`\x82", "svg": b"</svg>", "pdf": b"%%EOF"}
"""What the last bytes of a complete file of each format hold (PNG's IEND chunk, the SVG's
closing root tag, PDF's end-of-file marker)."""
_TAIL_BYTES = 64
"""Bytes at the end of a file searched for its :data:`_ENDING`."""


def _verify(fmt: str, data: bytes, path: Path) -> None:
    """Check that *data*, written for *path*, is a complete file of *fmt*: Qt's SVG and PDF
    writers report no errors, so read the result back (an SVG must parse).

    Raises
    ------
    ExportError
        Naming *path*, when *data* is empty or cut off.
    """
    if not data:
        raise ExportError(f"{path}: nothing was written")
    complete = data.startswith(_MAGIC[fmt]) and _ENDING[fmt] in data[-_TAIL_BYTES:]
    if complete and fmt == "svg":
        try:
            ET.fromstring(data)
        except ET.ParseError:
            complete = False
    if not complete:
        raise ExportError(f"{path}: the {spec.FORMAT_NAMES[fmt]} could not be written completely")


_STALE_S = 60.0
"""A partial file of :data:`_LEFTOVER` is removed once it is older than this (seconds):
a younger one may belong to an export still running."""
_LEFTOVER = re.compile(
    r"(?:.+\.(?P<qt>png|svg|pdf)\.[A-Za-z]{6}"  # QSaveFile's named temporary file (Qt 6)
    r"|\..+\.[a-z0-9_]{8}\.(?P<ours>png|svg|pdf))"
)  # tempfile.mkstemp's, earlier versions
"""Names of the temporary files an export killed while writing may leave: Qt's
``<name>.<6 letters>`` (only where the file system has no unnamed temporary files, or in
the instant between naming the new file and renaming it over an existing one), and the
``.<stem>.<8 characters>.<ext>`` of earlier versions of this program."""


def _remove_stale_partials(folder: Path) -> list[Path]:
    """Remove from *folder* the partial files that killed exports left: names of
    :data:`_LEFTOVER`, owned by this user, older than :data:`_STALE_S`, and empty or
    begun but not finished as their format (a complete image is never removed, whatever
    its name). Errors are ignored: cleaning up never stops an export.

    Returns the paths removed. Cost: one listing of *folder*; two small reads a candidate.
    """
    removed = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = _LEFTOVER.fullmatch(entry.name)
        if m is None:
            continue
        fmt = m.group("qt") or m.group("ours")
        try:
            st = entry.stat(follow_symlinks=False)
            if (
                not stat.S_ISREG(st.st_mode)
                or st.st_uid != os.geteuid()
                or now - st.st_mtime < _STALE_S
            ):
                continue
            if st.st_size:
                with open(entry.path, "rb") as fh:
                    head = fh.read(len(_MAGIC[fmt]))
                    fh.seek(max(0, st.st_size - _TAIL_BYTES))
                    tail = fh.read()
                if head != _MAGIC[fmt] or _ENDING[fmt] in tail:
                    continue  # not ours, or a whole file: keep it
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _check_folder(path: Path) -> Path:
    """The folder *path* goes to, checked; raise :class:`ExportError` naming it and the
    real reason when it is missing, not a folder, cannot be reached or written in."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        st = os.stat(folder)
    except FileNotFoundError:
        raise ExportError(f"{path}: folder {folder} does not exist") from None
    except OSError as exc:  # e.g. a parent folder without permission to enter it
        raise ExportError(f"{path}: cannot reach folder {folder} ({exc.strerror or exc})") from None
    if not stat.S_ISDIR(st.st_mode):
        raise ExportError(f"{path}: {folder} is a file, not a folder")
    if path.is_dir():
        raise ExportError(f"{path}: is a folder")
    # Ask the system whether a file can be made there (an unnamed one, gone when closed),
    # for its own reason: permission, read-only file system, quota...
    try:
        os.close(os.open(folder, os.O_TMPFILE | os.O_WRONLY, 0o600))
    except AttributeError:  # no O_TMPFILE on this system: QSaveFile will tell
        pass
    except OSError as exc:
        if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):  # not supported
            raise ExportError(
                f"{path}: cannot write in folder {folder} ({_reason(folder, exc.strerror)})"
            ) from None
    return folder


def _reason(folder: Path, reason: str | None) -> str:
    """The system's *reason* for not making a file in *folder*, which exists; "No such file
    or directory" there means a folder that takes no files, such as /proc (a new user read
    it as a missing folder)."""
    if not reason or reason == os.strerror(errno.ENOENT):
        return "it takes no new files"
    return reason


def _save(path: Path, data: bytes) -> None:
    """Write *data* to *path* through Qt's :class:`QSaveFile`: an unnamed temporary file in
    the same folder (Linux ``O_TMPFILE``; elsewhere a named one), linked or renamed over
    *path* only once every byte is written and synced, so *path* keeps its old content
    until then and a killed process leaves no partial file. A new file gets the umask's
    permissions, a replaced one keeps its own.

    Raises
    ------
    ExportError
        Naming *path*, its folder and the system's reason (``Permission denied``, ``No
        space left on device``...); *path* is unchanged.
    """
    folder = _check_folder(path)
    _remove_stale_partials(folder)
    out = QtCore.QSaveFile(str(path))
    if not out.open(QtCore.QIODevice.OpenModeFlag.WriteOnly):
        reason = _reason(folder, out.errorString())
        raise ExportError(f"{path}: cannot write in folder {folder} ({reason})")
    # A full disk first shows as a short write (which QSaveFile does not count as an
    # error), then as -1 with the reason: write until done or refused.
    done = 0
    while done < len(data):
        n = out.write(data[done:])
        if n <= 0:
            reason = out.errorString()
            out.cancelWriting()
            out.commit()  # removes the temporary file
            raise ExportError(
                f"{path}: could not be written in folder {folder} ({reason}); {_untouched(path)}"
            )
        done += n
    if not out.commit():
        raise ExportError(
            f"{path}: could not be saved in folder {folder} "
            f"({out.errorString()}); {_untouched(path)}"
        )


def _untouched(path: Path) -> str:
    return "the existing file is unchanged" if path.exists() else "no file was made"


def _check(path: Path, fmt: str, options: ExportOptions) -> None:
    try:
        spec.validate(options, fmt)
    except InvalidExport as exc:
        raise ExportError(f"{path}: {exc}") from None


def export_image(
    dataset: Dataset,
    layout: Layout,
    path: str | Path,
    options: ExportOptions | None = None,
    style: Style | None = None,
) -> Path:
    """Write the chart of *dataset* to *path* (format from the extension).

    Returns the path written. See the module docstring for sizes; the file is drawn in
    memory, checked complete, then saved as :func:`_save` says (the target is replaced
    only by a complete file; a killed export leaves none). Partial files that killed
    exports left in the folder are removed first (:func:`_remove_stale_partials`).

    Raises
    ------
    ExportError
        Unknown format or an option outside the limits of
        :mod:`viewer.core.export_spec`, an image too large once its height is known, a
        height too small for the footnotes, missing or unwritable folder, failed write.
    """
    path = Path(path)
    options = options or ExportOptions()
    fmt = format_of(path)
    _check(path, fmt, options)
    _check_folder(path)  # fail before the drawing, which may take a while
    base = style or style_for(options.theme)
    writers = {"png": _draw_raster, "svg": _draw_svg, "pdf": _draw_pdf}
    try:
        data = writers[fmt](path, dataset, layout, options, base)
        _verify(fmt, data, path)
        if options.progress is not None and not options.progress(STEPS, STEPS):
            raise ExportCancelled("export cancelled")
        _save(path, data)
    except ExportError:
        raise
    except OSError as exc:
        raise ExportError(f"{path}: {exc.strerror or exc}") from None
    return path


def _image_figure(
    path: Path, dataset: Dataset, layout: Layout, options: ExportOptions, base: Style
) -> tuple[Figure, int, int, float]:
    """Lay out a PNG/SVG figure: (figure, width px, height px, chart height px)."""
    style = replace(base, scale=base.scale * options.scale)
    width = round(options.width_px * options.scale)
    # The legend's height, known before anything is built, is left to it from the start
    # (asked only when rows are to be cut).
    probe = Figure(dataset, layout, options, style)

    def fitted_to(
        legend_px: Callable[[], float] | None, units: float | None = None, notes: bool = True
    ) -> tuple[Layout, RowsCut | None]:
        fmt = format_of(path)
        return _fitted_layout(
            path, dataset, layout, options, fmt, options.height_px, legend_px, units, notes
        )

    fitted, cut = fitted_to(lambda: probe.legend_height(width) / style.scale)
    fig, height, chart_h = _built_figure(path, dataset, fitted, options, style, width, cut)
    if cut is not None:
        # The rows were cut for the image less its title, caption and axis; the legend
        # and the footnotes take more: cut again to the rows the chart's height holds at
        # 4 px each (a cut "to 121 rows" drew them 0.4 px apart).
        lanes_px = chart_h - style.px(AXIS_PX) - fig.legend_height(width)
        units = lanes_px / style.px(spec.MIN_ROW_PX)
        if units < fitted.y_max - 1e-9:
            fig.close()
            fitted, cut = fitted_to(None, units, bool(fig.notes))
            fig, height, chart_h = _built_figure(path, dataset, fitted, options, style, width, cut)
    chart_h = fig.settle(width, chart_h, lambda: fig.chart_room(width, height))
    return fig, width, height, chart_h


def _built_figure(
    path: Path,
    dataset: Dataset,
    layout: Layout,
    options: ExportOptions,
    style: Style,
    width: int,
    cut: RowsCut | None,
) -> tuple[Figure, int, float]:
    """The figure of *layout* built and numbered at *width*: (figure, image height px,
    chart height px), the chart not resized yet."""
    fig = Figure(dataset, layout, options, style, cut)
    fig.fmt = format_of(path)
    tallest = min(round(spec.NATURAL_HEIGHT_MAX_PX * options.scale), spec.MAX_SIDE_PX)
    chart_natural = fig.chart_height(width)
    if options.height_px is None:
        # Refused before anything is built when title, caption and lanes alone, without
        # the footnotes, make an image too large.
        _check_fitted(
            path,
            options,
            min(round(style.px(TITLE_PX + CAPTION_PX) + chart_natural), tallest),
            fig.fmt,
        )
    # The chart is built at its natural height, numbered, then given the height the
    # footnotes leave (numbered again when that is less: see Figure.number_to_fit).
    built_h = max(min(chart_natural, tallest), 100.0)
    fig.build(width, built_h)
    if options.height_px is None:
        fig.number_labels()
        # As tall as the content needs, within the largest image we write.
        height = min(round(fig.natural_height(width)), tallest)
        try:
            _check_fitted(path, options, height, fig.fmt)
        except ExportError:
            fig.close()
            raise
    else:
        height = round(options.height_px * options.scale)

    def left_by_notes() -> float:
        return fig.chart_room(width, height)

    chart_h = (
        left_by_notes()
        if options.height_px is None
        else fig.number_to_fit(width, built_h, left_by_notes)
    )
    if chart_h < fig.least_chart(width):
        fig.close()
        raise ExportError(fig.no_room(path, f"height {options.height_px} px", "a larger --height"))
    return fig, height, chart_h


def _fitted_layout(
    path: Path,
    dataset: Dataset,
    layout: Layout,
    options: ExportOptions,
    fmt: str,
    height_px: float | None,
    legend_px: Callable[[], float] | None = None,
    units: float | None = None,
    footnotes: bool = True,
) -> tuple[Layout, RowsCut | None]:
    """*layout* as an export of *height_px* (or the PDF page's, at scale 1; ``None``: an
    image fitted to its content) draws it: as it is when its lanes fit at
    :data:`viewer.core.export_spec.MIN_ROW_PX` a row; else each lane cut to the rows that
    fit (:func:`viewer.core.layout.rows_at_most`), with what was cut. *units*: the lane
    units the chart has room for, when known (else those of the height less the title,
    caption, axis and what *legend_px* returns, at scale 1). Lanes that do not fit at one row each
    are refused before anything is drawn.

    Raises
    ------
    ExportError
        Lanes that do not fit at one row each (see
        :func:`viewer.core.export_spec.lanes_problem`).
    """
    n_lanes, scale = len(layout.lanes), options.scale
    fixed = TITLE_PX + CAPTION_PX + AXIS_PX
    if units is None:
        # The legend's share (*legend_px()*, at scale 1) only decides how far rows are
        # cut: whether lanes fit is decided as before.
        if legend_px is not None and spec.lanes_problem(
            n_lanes, layout.y_max, fixed, height_px, scale, fmt
        ):
            fixed += legend_px()
        if not spec.lanes_problem(n_lanes, layout.y_max, fixed, height_px, scale, fmt):
            return layout, None
        units = spec.lane_units_room(fixed, height_px, scale, fmt)
    most = most_rows_within(layout, units)
    base = TITLE_PX + CAPTION_PX + AXIS_PX
    if most is None and fixed != base:  # no row beside the legend: the rows left without it
        most = most_rows_within(layout, spec.lane_units_room(base, height_px, scale, fmt))
    if most is None:
        one_row_each = n_lanes * ROW_PITCH + (n_lanes - 1) * LANE_GAP
        # With the legend's share when it was asked for (the advice left it out: "--height
        # 156", which then failed beside the legend).
        problem = spec.lanes_problem(n_lanes, one_row_each, fixed, height_px, scale, fmt)
        if problem is None:  # the title, caption and axis leave room; what else is there
            # does not: the height that gives each lane a row beside it, and what else helps
            short = math.ceil((one_row_each - units) * spec.MIN_ROW_PX)
            others = [n for n, on in (("legend", options.legend), ("footnotes", footnotes)) if on]
            problem = f"{n_lanes:,} lanes do not fit at {spec.MIN_ROW_PX} px a row beside the " + (
                " and the ".join(others) or "caption"
            )
            if height_px is not None and fmt != "pdf":
                problem += f"; export --height {math.ceil(height_px) + short} or more"
            if options.legend:
                problem += ", or use --no-legend"
            if footnotes and options.sources:
                problem += ", or use --no-sources"
        raise ExportError(f"{path}: {problem}")
    capped, over = rows_at_most(layout, most, dataset.columns)
    return capped, RowsCut(most, over)


def _check_fitted(path: Path, options: ExportOptions, height: int, fmt: str) -> None:
    """Refuse a fitted image of *height* pixels (after scaling) beyond the size limits."""
    too_large = spec.image_size_problem(
        options.width_px, height / options.scale, options.scale, fmt
    )
    if too_large:
        raise ExportError(f"{path}: at the height its content needs, {too_large}")


def _buffer() -> QtCore.QBuffer:
    buf = QtCore.QBuffer()
    buf.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    return buf


def _draw_raster(
    path: Path, dataset: Dataset, layout: Layout, options: ExportOptions, base: Style
) -> bytes:
    """The PNG file's bytes."""
    fig, width, height, chart_h = _image_figure(path, dataset, layout, options, base)
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor(fig.style.background))
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
    try:
        fig.paint_page(painter, width, height, chart_h, fig.note_pages(width, None, 0)[0])
    finally:
        painter.end()
        fig.close()
    buf = _buffer()
    if not image.save(buf, "PNG"):
        raise ExportError(f"{path}: could not encode the PNG data")
    return bytes(buf.data().data())


def _draw_svg(
    path: Path, dataset: Dataset, layout: Layout, options: ExportOptions, base: Style
) -> bytes:
    """The SVG file's bytes (UTF-8), sized in pixels, URLs linked."""
    fig, width, height, chart_h = _image_figure(path, dataset, layout, options, base)
    buf = _buffer()
    gen = QtSvg.QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(QtCore.QSize(width, height))
    gen.setViewBox(QtCore.QRect(0, 0, width, height))
    gen.setResolution(96)
    gen.setTitle(options.title if options.title is not None else dataset.title)
    gen.setDescription("Timeline exported by timeline-viewer")
    painter = QtGui.QPainter()
    if not painter.begin(gen):
        fig.close()
        raise ExportError(f"{path}: could not start writing the SVG")
    try:
        fig.paint_page(painter, width, height, chart_h, fig.note_pages(width, None, 0)[0])
        title_h = fig.style.px(TITLE_PX)
        caption = (title_h + chart_h, title_h + chart_h + fig.caption_height(width))
    finally:
        painter.end()
        fig.close()
    rtl = QtGui.QGuiApplication.layoutDirection() == QtCore.Qt.LayoutDirection.RightToLeft
    # The title and caption are drawn in the reader's direction; the chart and footnotes
    # left to right (see Figure.paint_page).
    text = directed_runs(
        bytes(buf.data().data()).decode("utf-8"), [(0.0, title_h), caption] if rtl else []
    )
    text = _BIDI_CONTROLS.sub("", text)
    return _link_svg(_svg_size_in_pixels(text, width, height), fig.links).encode("utf-8")


_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""Embeddings and isolates: Qt has placed each run of text at its own place in the SVG;
left in its texts, some programs drew them as boxes. (A file's own ones are shown as
visible marks before they are drawn: :func:`~viewer.core.display_text.shown_text`.)"""


def pdf_writer(buf: QtCore.QBuffer, options: ExportOptions, title: str) -> QtGui.QPdfWriter:
    """A PDF writer into *buf*: the page *options* ask for (size, orientation; 10 mm
    margins, :data:`PDF_DPI`), titled *options*' title or else *title* (the dataset's)."""
    writer = QtGui.QPdfWriter(buf)
    writer.setResolution(PDF_DPI)
    writer.setPageSize(QtGui.QPageSize(_PAGE_IDS[options.page]))
    writer.setPageOrientation(
        QtGui.QPageLayout.Orientation.Landscape
        if options.landscape
        else QtGui.QPageLayout.Orientation.Portrait
    )
    writer.setPageMargins(QtCore.QMarginsF(10, 10, 10, 10), QtGui.QPageLayout.Unit.Millimeter)
    writer.setTitle(options.title if options.title is not None else title)
    writer.setCreator("timeline-viewer")
    return writer


def _fill_page(painter: QtGui.QPainter, writer: QtGui.QPdfWriter, color: QtGui.QColor) -> None:
    """Fill the whole page, margins too, with *color* (a dark figure had white margins)."""
    page = writer.pageLayout()
    full = QtCore.QRectF(page.fullRectPixels(writer.resolution()))
    paint = page.paintRectPixels(writer.resolution())
    painter.fillRect(full.translated(-paint.left(), -paint.top()), color)


def _draw_pdf(
    path: Path, dataset: Dataset, layout: Layout, options: ExportOptions, base: Style
) -> bytes:
    """The PDF file's bytes."""
    buf = _buffer()
    writer = pdf_writer(buf, options, dataset.title)
    style = replace(base, scale=base.scale * options.scale)
    painter = QtGui.QPainter()
    if not painter.begin(writer):
        raise ExportError(f"{path}: could not start writing the PDF")
    width, height = float(writer.width()), float(writer.height())
    # The legend's height is left to it, as in an image (at scale 3 on A4 it took all
    # the page's chart, and the PDF had no lanes)
    probe = Figure(dataset, layout, options, style)
    try:
        layout, cut = _fitted_layout(
            path,
            dataset,
            layout,
            options,
            "pdf",
            height / options.scale,
            lambda: probe.legend_height(width) / style.scale,
        )
    except ExportError:
        painter.end()
        raise
    fig = Figure(dataset, layout, options, style, cut)
    fig.fmt = "pdf"
    try:
        provisional = min(fig.chart_height(width), height * 0.6)
        fig.build(width, provisional)

        def chart_room() -> float:
            # The chart takes what it needs, and what the footnotes leave when they all
            # fit on the page beside it (a chart cut to 70 % of the page left a fifth of
            # it empty under one note); else at most 70 % of the page: footnotes fill
            # the rest and continue on further pages.
            room = height - style.px(TITLE_PX) - fig.caption_height(width)
            chart_h = min(fig.chart_height(width), room)
            if fig.notes:
                chart_h = min(chart_h, max(room * 0.7, room - fig.notes_height(width)))
            return chart_h

        chart_h = fig.settle(width, fig.number_to_fit(width, provisional, chart_room), chart_room)
        if chart_h < fig.least_chart(width):
            raise ExportError(fig.no_room(path, page_at_scale(options), "a smaller --scale"))
        fixed = style.px(TITLE_PX) + fig.caption_height(width)
        line = style.px(NOTE_LINE_PX)
        first_lines = max(0, int((height - fixed - chart_h - style.px(8)) // line))
        # further pages: a heading line, then notes
        page_lines = max(1, int((height - style.px(20)) // line) - 1)
        pages = fig.note_pages(width, first_lines, page_lines) if fig.notes else [[]]
        _fill_page(painter, writer, style.color("background"))
        fig.paint_page(painter, width, height, chart_h, pages[0] if first_lines else [])
        for n, columns in enumerate(pages[1:], start=2):
            writer.newPage()
            _fill_page(painter, writer, style.color("background"))
            # A page of notes says what it continues (a new user's page 2 had no heading)
            painter.setPen(style.color("muted_text"))
            painter.setFont(style.font(size_px=11))
            heading = translate("Export", "{title}: sources, continued (page {page} of {pages})")
            painter.drawText(
                QtCore.QRectF(0, 0, width, line),
                int(QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft),
                painter.fontMetrics().elidedText(
                    heading.format(
                        title=drawn_text(options.title or dataset.title),
                        page=number(n, False),
                        pages=number(len(pages), False),
                    ),
                    QtCore.Qt.TextElideMode.ElideRight,
                    int(width),
                ),
            )
            fig.paint_notes(painter, columns, style.px(10) + line, width)
    finally:
        painter.end()
        fig.close()
    return bytes(buf.data().data())
