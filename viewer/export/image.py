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

Files are written to a temporary name in the target folder and renamed over the target only
when complete, so a failure never leaves a partial file or destroys an existing one.

Needs a ``QApplication`` (the CLI creates one on the offscreen platform).
"""

from __future__ import annotations

import math
import os
import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtSvg

from viewer.core import export_spec as spec
from viewer.core.export_spec import ExportOptions, InvalidExport, Progress
from viewer.core.footnotes import Footnote, footnotes_for
from viewer.core.layout import Layout
from viewer.core.ranges import format_view_range
from viewer.core.records import Dataset
from viewer.graphics.chart import TimelineChart
from viewer.graphics.legend import SIGNATURES_UP_TO, legend_height_px, present_signatures
from viewer.graphics.style import Style, style_for

__all__ = ["ExportCancelled", "ExportError", "ExportOptions", "Figure", "Progress",
           "export_image", "format_of", "range_caption"]

_PAGE_IDS = {name: getattr(QtGui.QPageSize.PageSizeId, name) for name in spec.PAGES}
"""Qt's page of each of :data:`viewer.core.export_spec.PAGES` (named alike)."""

TITLE_PX = 44
"""Height of the title band above the chart, in pixels at scale 1."""
CAPTION_PX = 26
"""Height of the caption line below the chart, in pixels at scale 1."""
ROW_PX = 36
"""Height of one lane row in the default export height, in pixels at scale 1."""
AXIS_PX = 40
"""Room for the date axis, in pixels at scale 1."""
NOTE_LINE_PX = 15
"""Height of one footnote line, in pixels at scale 1."""
NOTE_COLUMN_PX = 430
"""Target width of one footnote column, in pixels at scale 1."""
PDF_DPI = 96
STEPS = 4
"""Steps reported to a progress callback: build, footnotes, paint, write."""
MAX_FOOTNOTES = 400
"""Above this many items in the image, footnotes are left out (with a note in the caption)."""


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


def range_caption(x_range: tuple[float, float]) -> str:
    """``1923 – 2026`` or ``20 Nov 2025 – 1 Dec 2025`` for a range in days (see
    :func:`viewer.core.ranges.format_view_range`)."""
    return format_view_range(*x_range)


class Figure:
    """A chart with its title, caption and footnotes, laid out for one target size.

    Parameters
    ----------
    dataset, layout : the data and its placement
    options : ExportOptions
    style : Style
        Theme and scale (sizes in device pixels are ``style.px(...)``).
    """

    def __init__(self, dataset: Dataset, layout: Layout, options: ExportOptions,
                 style: Style) -> None:
        self.dataset = dataset
        self.layout = layout
        self.options = options
        self.style = style
        self._view: pg.GraphicsView | None = None
        self.chart: TimelineChart | None = None
        self.x_range: tuple[float, float] = (0.0, 1.0)
        self.notes: list[Footnote] = []
        self.notes_left_out = 0
        self.items_in_range: int | None = None
        """Items of the layout in :attr:`x_range`, once :meth:`number_labels` has run."""

    # -- sizes -------------------------------------------------------------------------------
    def _note_font(self) -> QtGui.QFont:
        return self.style.font(size_px=10)

    def note_columns(self, width: float) -> int:
        """Number of footnote columns at *width* pixels."""
        usable = width - 2 * self.style.px(12)
        return max(1, int(usable // self.style.px(NOTE_COLUMN_PX)))

    def notes_height(self, width: float, count: int | None = None) -> float:
        """Pixels needed for *count* footnotes (default: all) at *width*."""
        n = len(self.notes) if count is None else count
        if n == 0:
            return 0.0
        rows = math.ceil(n / self.note_columns(width))
        return rows * self.style.px(NOTE_LINE_PX) + self.style.px(8)

    def chart_height(self, width: float) -> float:
        """Pixels the chart needs to show every row at :data:`ROW_PX` per row."""
        if len(self.layout.ids) > SIGNATURES_UP_TO:  # a pass over every record costs
            present = None
        else:
            present = present_signatures([r for r in (self.dataset.get(i) for i in self.layout.ids)
                                          if r is not None])
        legend = legend_height_px(width - self.style.px(200), self.style, present) \
            if self.options.legend else 0.0
        return self.style.px(AXIS_PX + ROW_PX * self.layout.y_max) + legend

    def natural_height(self, width: float) -> float:
        """Total height with every row and every footnote."""
        return (self.style.px(TITLE_PX + CAPTION_PX) + self.chart_height(width)
                + self.notes_height(width))

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
        if self.options.selected:
            chart.set_selected(self.layout.index_of(self.options.selected))
        self._view, self.chart = view, chart
        self.resize_chart(width, chart_h, chart.full_range())
        self.x_range = chart.x_range()

    def resize_chart(self, width: float, chart_h: float,
                     full_range: tuple[float, float] | None = None) -> None:
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

    def number_labels(self) -> None:
        """Compute the footnotes for the range shown and add ``[n]`` to the items' labels."""
        assert self.chart is not None and self.chart.model is not None
        self.checkpoint(2)
        model = self.chart.model
        lo, hi = self.x_range
        in_range = int(np.count_nonzero((self.layout.x1_days >= lo) & (self.layout.x0_days <= hi)))
        self.items_in_range = in_range
        self.notes_left_out = 0
        if not self.options.sources:
            self.notes = []
        elif in_range > MAX_FOOTNOTES:
            self.notes, self.notes_left_out = [], in_range
        else:
            self.notes = footnotes_for(self.dataset, self.layout, self.x_range, model.labels)
        for note in self.notes:
            i = self.layout.index_of(note.record_id)
            if i is not None:
                model.notes[i] = f" [{note.number}]"

    def close(self) -> None:
        """Release the off-screen view."""
        if self._view is not None:
            self._view.hide()
            self._view.deleteLater()
            self._view = None

    # -- painting --------------------------------------------------------------------------
    def paint_page(self, painter: QtGui.QPainter, width: float, height: float,
                   chart_h: float, notes: list[Footnote]) -> None:
        """Paint title, chart, caption and *notes* into ``(0, 0, width, height)``."""
        assert self._view is not None
        self.checkpoint(3)
        st = self.style
        painter.fillRect(QtCore.QRectF(0, 0, width, height), st.color("background"))
        title_h = st.px(TITLE_PX)
        painter.setPen(st.color("text"))
        painter.setFont(st.font(bold=True, size_px=18))
        title = self.options.title if self.options.title is not None else self.dataset.title
        left = st.px(12)
        painter.drawText(QtCore.QRectF(left, 0, width - 2 * left, title_h),
                         int(QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft),
                         title)
        self._view.scene().render(painter, QtCore.QRectF(0, title_h, width, chart_h),
                                  QtCore.QRectF(0, 0, width, chart_h))
        y = title_h + chart_h
        painter.setPen(st.color("muted_text"))
        painter.setFont(st.font(size_px=11))
        caption = f"Range shown: {range_caption(self.x_range)}"
        if self.items_in_range == 0:
            caption += " (no records in this range)"
        if self.dataset.path:
            caption += f"   ·   Data: {Path(self.dataset.path).name}"
        if self.notes:
            caption += "   ·   Sources of the numbered items:"
        elif self.notes_left_out:
            caption += (f"   ·   {self.notes_left_out} items: too many for source footnotes; "
                        "export a narrower range to list them")
        painter.drawText(QtCore.QRectF(left, y, width - 2 * left, st.px(CAPTION_PX)),
                         int(QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft),
                         caption)
        self.paint_notes(painter, notes, y + st.px(CAPTION_PX), width)

    def paint_notes(self, painter: QtGui.QPainter, notes: list[Footnote], top: float,
                    width: float) -> None:
        """Paint *notes* in columns, filled top to bottom, starting at *top*."""
        if not notes:
            return
        st = self.style
        font = self._note_font()
        painter.setFont(font)
        metrics = QtGui.QFontMetricsF(font)
        columns = self.note_columns(width)
        rows = math.ceil(len(notes) / columns)
        col_w = (width - 2 * st.px(12)) / columns
        painter.setPen(st.color("text"))
        for n, note in enumerate(notes):
            col, row = divmod(n, rows)
            x = st.px(12) + col * col_w
            y = top + row * st.px(NOTE_LINE_PX)
            more = f" (+{len(note.urls) - 1})" if len(note.urls) > 1 else ""
            text = f"[{note.number}] {note.label.rsplit(' [', 1)[0]}: {note.urls[0]}{more}"
            text = metrics.elidedText(text, QtCore.Qt.TextElideMode.ElideMiddle,
                                      col_w - st.px(10))
            painter.drawText(QtCore.QPointF(x, y + metrics.ascent()), text)


def _svg_size_in_pixels(path: str, width: int, height: int) -> None:
    """Qt writes the root ``width``/``height`` in millimetres; state them in pixels, the
    unit of the ``viewBox``, so every program opens the file at the intended size."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    text = re.sub(r'<svg width="[^"]*" height="[^"]*"',
                  f'<svg width="{width}" height="{height}"', text, count=1)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def _verify(fmt: str, tmp: str, path: Path) -> None:
    """Check that the written file is complete: Qt's SVG and PDF writers do not report
    write errors (a full disk leaves a cut-off file), so read the file back."""
    if os.path.getsize(tmp) == 0:
        raise ExportError(f"{path}: nothing was written (disk full or unwritable?)")
    if fmt == "svg":
        try:
            ET.parse(tmp)
        except ET.ParseError:
            raise ExportError(f"{path}: the SVG could not be written completely "
                              "(disk full?)") from None
    elif fmt == "pdf":
        with open(tmp, "rb") as fh:
            fh.seek(max(0, os.path.getsize(tmp) - 64))
            if b"%%EOF" not in fh.read():
                raise ExportError(f"{path}: the PDF could not be written completely "
                                  "(disk full?)")


def _file_mode(path: Path) -> int:
    """The permission bits to give the new file: the old file's, else the umask's."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _atomic_write(path: Path, write: Callable[[str], None], fmt: str = "") -> None:
    """Call ``write(tmp_path)``, check the result, and rename the temporary file over *path*
    when it is complete; keep the permissions an ordinary new file (or the old one) has."""
    folder = path.parent if str(path.parent) else Path(".")
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{path}: {folder} is a file, not a folder")
    if not folder.is_dir():
        raise ExportError(f"{path}: folder {folder} does not exist")
    if path.is_dir():
        raise ExportError(f"{path}: is a folder")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=folder)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write in {folder} ({exc.strerror or exc})") from None
    os.close(fd)
    try:
        write(tmp)
        _verify(fmt, tmp, path)
        os.chmod(tmp, _file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _check(path: Path, fmt: str, options: ExportOptions) -> None:
    try:
        spec.validate(options, fmt)
    except InvalidExport as exc:
        raise ExportError(f"{path}: {exc}") from None


def export_image(dataset: Dataset, layout: Layout, path: str | Path,
                 options: ExportOptions | None = None,
                 style: Style | None = None) -> Path:
    """Write the chart of *dataset* to *path* (format from the extension).

    Returns the path written. See the module docstring for sizes.

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
    base = style or style_for(options.theme)
    writers = {"png": _write_raster, "svg": _write_svg, "pdf": _write_pdf}
    def write(tmp: str) -> None:
        writers[fmt](tmp, path, dataset, layout, options, base)
        if options.progress is not None and not options.progress(STEPS, STEPS):
            raise ExportCancelled("export cancelled")

    try:
        _atomic_write(path, write, fmt)
    except ExportError:
        raise
    except OSError as exc:
        raise ExportError(f"{path}: {exc.strerror or exc}") from None
    return path


def _image_figure(path: Path, dataset: Dataset, layout: Layout, options: ExportOptions,
                  base: Style) -> tuple[Figure, int, int, float]:
    """Lay out a PNG/SVG figure: (figure, width px, height px, chart height px)."""
    style = replace(base, scale=base.scale * options.scale)
    width = round(options.width_px * options.scale)
    fig = Figure(dataset, layout, options, style)
    # Footnotes depend on the range only, so the chart built at any height numbers them;
    # then it takes the height left by the footnotes.
    fig.build(width, max(fig.chart_height(width), 100.0))
    fig.number_labels()
    if options.height_px is None:
        # As tall as the content needs, within the largest image we write.
        height = min(round(fig.natural_height(width)),
                     round(spec.NATURAL_HEIGHT_MAX_PX * options.scale), spec.MAX_SIDE_PX)
        too_large = spec.image_size_problem(options.width_px, height / options.scale,
                                            options.scale, format_of(path))
        if too_large:
            fig.close()
            raise ExportError(f"{path}: at the height its content needs, {too_large}")
    else:
        height = round(options.height_px * options.scale)
    chart_h = height - style.px(TITLE_PX + CAPTION_PX) - fig.notes_height(width)
    if chart_h < style.px(AXIS_PX + 2 * 12):
        fig.close()
        raise ExportError(f"{path}: height {options.height_px} px leaves no room for the chart "
                          f"and its {len(fig.notes)} source footnotes; use a larger --height "
                          "or --no-sources")
    fig.resize_chart(width, chart_h)
    return fig, width, height, chart_h


def _write_raster(tmp: str, path: Path, dataset: Dataset, layout: Layout,
                  options: ExportOptions, base: Style) -> None:
    fig, width, height, chart_h = _image_figure(path, dataset, layout, options, base)
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor(fig.style.background))
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
    try:
        fig.paint_page(painter, width, height, chart_h, fig.notes)
    finally:
        painter.end()
        fig.close()
    if not image.save(tmp, "PNG"):
        raise ExportError(f"{path}: could not write the PNG data")


def _write_svg(tmp: str, path: Path, dataset: Dataset, layout: Layout,
               options: ExportOptions, base: Style) -> None:
    fig, width, height, chart_h = _image_figure(path, dataset, layout, options, base)
    gen = QtSvg.QSvgGenerator()
    gen.setFileName(tmp)
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
        fig.paint_page(painter, width, height, chart_h, fig.notes)
    finally:
        painter.end()
        fig.close()
    _svg_size_in_pixels(tmp, width, height)


def _write_pdf(tmp: str, path: Path, dataset: Dataset, layout: Layout,
               options: ExportOptions, base: Style) -> None:
    writer = QtGui.QPdfWriter(tmp)
    writer.setResolution(PDF_DPI)
    writer.setPageSize(QtGui.QPageSize(_PAGE_IDS[options.page]))
    writer.setPageOrientation(QtGui.QPageLayout.Orientation.Landscape if options.landscape
                              else QtGui.QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QtCore.QMarginsF(10, 10, 10, 10), QtGui.QPageLayout.Unit.Millimeter)
    writer.setTitle(options.title if options.title is not None else dataset.title)
    writer.setCreator("timeline-viewer")
    style = replace(base, scale=base.scale * options.scale)
    painter = QtGui.QPainter()
    if not painter.begin(writer):
        raise ExportError(f"{path}: could not start writing the PDF")
    fig = Figure(dataset, layout, options, style)
    try:
        width, height = float(writer.width()), float(writer.height())
        fig.build(width, min(fig.chart_height(width), height * 0.6))
        fig.number_labels()
        # The chart takes what it needs (at most 70 % of the page when there are notes);
        # footnotes fill the rest and continue on further pages.
        fixed = style.px(TITLE_PX + CAPTION_PX)
        chart_h = min(fig.chart_height(width), height - fixed)
        if fig.notes:
            chart_h = min(chart_h, (height - fixed) * 0.7)
        fig.resize_chart(width, chart_h)
        line = style.px(NOTE_LINE_PX)
        per_col_first = max(0, int((height - fixed - chart_h - style.px(8)) // line))
        first = fig.notes[:per_col_first * fig.note_columns(width)]
        fig.paint_page(painter, width, height, chart_h, first)
        rest = fig.notes[len(first):]
        per_page = max(1, int((height - style.px(20)) // line)) * fig.note_columns(width)
        while rest:
            writer.newPage()
            painter.fillRect(QtCore.QRectF(0, 0, width, height), style.color("background"))
            fig.paint_notes(painter, rest[:per_page], style.px(10), width)
            rest = rest[per_page:]
    finally:
        painter.end()
        fig.close()
