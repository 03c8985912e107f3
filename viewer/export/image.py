"""Export a chart to PNG, SVG or PDF, with or without a window.

The chart is drawn by :class:`viewer.graphics.chart.TimelineChart`, the same class the
window shows, into an off-screen scene at the target's size (no scaling, so text and lines
stay crisp). A title sits above it and a caption with the range shown below it. Files are
written to a temporary name in the target folder and renamed over the target only when
complete, so a failure never leaves a partial file or destroys an existing one.

Needs a ``QApplication`` (the CLI creates one on the offscreen platform).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtSvg

from viewer.core.dates import civil_from_days, year_label
from viewer.core.layout import Layout
from viewer.core.records import Dataset
from viewer.graphics.chart import TimelineChart
from viewer.graphics.legend import legend_height_px
from viewer.graphics.style import LIGHT, Style

FORMATS = ("png", "svg", "pdf")

TITLE_PX = 44
"""Height of the title band above the chart, in pixels at scale 1."""
CAPTION_PX = 30
"""Height of the caption band below the chart, in pixels at scale 1."""
ROW_PX = 36
"""Height of one lane row in the default export height, in pixels."""


class ExportError(Exception):
    """The export could not be written; the message names the file and the reason."""


@dataclass(frozen=True)
class ExportOptions:
    """What to export.

    ``x_range`` is in days since 1970-01-01 (``None``: the whole timeline). ``width_px``
    and ``height_px`` are the image size for PNG and SVG (``height_px=None`` fits the
    lanes); PDF pages are A4 landscape.
    """

    x_range: tuple[float, float] | None = None
    width_px: int = 1600
    height_px: int | None = None
    title: str | None = None
    selected: str | None = None


def format_of(path: str | Path) -> str:
    """The export format from a file name's extension.

    Raises
    ------
    ExportError
        When the extension is not .png, .svg or .pdf.
    """
    ext = Path(path).suffix.lower().lstrip(".")
    if ext not in FORMATS:
        raise ExportError(f"{path}: unknown image format {ext!r}; use .png, .svg or .pdf")
    return ext


def default_height(layout: Layout, width_px: int = 1600, style: Style = LIGHT) -> int:
    """Image height in pixels that gives every lane row about :data:`ROW_PX` pixels, plus
    title, axis, legend and caption."""
    legend = legend_height_px(width_px - 200, style)
    return int(TITLE_PX + CAPTION_PX + 40 + layout.y_max * ROW_PX + legend)


def range_caption(x_range: tuple[float, float]) -> str:
    """``1923 – 2026`` or ``Nov 2025`` style text for a visible range in days."""
    lo = civil_from_days(int(x_range[0]))
    hi = civil_from_days(int(x_range[1]))
    if x_range[1] - x_range[0] > 3 * 366:
        return f"{year_label(lo[0])} – {year_label(hi[0])}"
    return (f"{lo[2]:d}.{lo[1]:02d}.{year_label(lo[0])} – "
            f"{hi[2]:d}.{hi[1]:02d}.{year_label(hi[0])}")


def paint_figure(painter: QtGui.QPainter, size: QtCore.QSize, dataset: Dataset,
                 layout: Layout, options: ExportOptions, style: Style = LIGHT) -> None:
    """Paint title, chart and caption into ``(0, 0, size)`` of *painter*'s device."""
    w, h = size.width(), size.height()
    painter.fillRect(QtCore.QRectF(0, 0, w, h), style.color("background"))
    title_h = style.px(TITLE_PX)
    caption_h = style.px(CAPTION_PX)
    chart_h = max(50.0, h - title_h - caption_h)

    # A hidden view gives the axes a device transform (pyqtgraph's axes need one to draw).
    view = pg.GraphicsView(background=style.background)
    view.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart = TimelineChart(style)
    view.setCentralItem(chart)
    view.resize(int(w), int(chart_h))
    view.show()
    chart.set_data(dataset, layout)
    if options.selected:
        chart.set_selected(layout.index_of(options.selected))
    view.setRange(QtCore.QRectF(0, 0, w, chart_h), padding=0)
    chart.setGeometry(QtCore.QRectF(0, 0, w, chart_h))
    chart.layout.activate()
    lo, hi = options.x_range or chart.full_range()
    chart.set_x_range(lo, hi)
    chart.getViewBox().updateMatrix()
    scene = view.scene()

    painter.setPen(style.color("text"))
    painter.setFont(style.font(bold=True, size_px=18))
    title = options.title if options.title is not None else dataset.title
    painter.drawText(QtCore.QRectF(style.px(12), 0, w - style.px(24), title_h),
                     int(QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft),
                     title)
    scene.render(painter, QtCore.QRectF(0, title_h, w, chart_h), QtCore.QRectF(0, 0, w, chart_h))
    painter.setPen(style.color("muted_text"))
    painter.setFont(style.font(size_px=11))
    caption = f"Range shown: {range_caption((lo, hi))}"
    if dataset.path:
        caption += f"   ·   Data: {Path(dataset.path).name}"
    painter.drawText(QtCore.QRectF(style.px(12), title_h + chart_h, w - style.px(24), caption_h),
                     int(QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft),
                     caption)
    view.hide()
    view.deleteLater()


def _svg_size_in_pixels(path: str, width: int, height: int) -> None:
    """Qt writes the root ``width``/``height`` in millimetres; state them in pixels, the
    unit of the ``viewBox``, so every program opens the file at the intended size."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    text = re.sub(r'<svg width="[^"]*" height="[^"]*"',
                  f'<svg width="{width}" height="{height}"', text, count=1)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def _atomic_write(path: Path, write: Callable[[str], None]) -> None:
    """Call ``write(tmp_path)`` and rename the temporary file over *path* when it succeeds."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{path}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=folder)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write in {folder} ({exc.strerror or exc})") from None
    os.close(fd)
    try:
        write(tmp)
        if os.path.getsize(tmp) == 0:
            raise ExportError(f"{path}: nothing was written (disk full or unwritable?)")
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def export_image(dataset: Dataset, layout: Layout, path: str | Path,
                 options: ExportOptions = ExportOptions(), style: Style = LIGHT) -> Path:
    """Write the chart of *dataset* to *path* (format from the extension).

    Returns the path written. PNG and SVG are ``width_px`` by ``height_px`` pixels
    (height defaults to :func:`default_height`); PDF is one A4 landscape page, vector,
    with embedded fonts and selectable text.

    Raises
    ------
    ExportError
        Unknown format, missing or unwritable folder, failed write.
    """
    path = Path(path)
    fmt = format_of(path)
    width = int(options.width_px)
    if width < 200 or width > 20000:
        raise ExportError(f"{path}: width {width} px is outside 200-20000")
    height = int(options.height_px or default_height(layout, width, style))
    if height < 150 or height > 20000:
        raise ExportError(f"{path}: height {height} px is outside 150-20000")
    size = QtCore.QSize(width, height)

    def write_png(tmp: str) -> None:
        image = QtGui.QImage(size, QtGui.QImage.Format.Format_RGB32)
        image.fill(QtGui.QColor(style.background))
        painter = QtGui.QPainter(image)
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
        try:
            paint_figure(painter, size, dataset, layout, options, style)
        finally:
            painter.end()
        if not image.save(tmp, "PNG"):
            raise ExportError(f"{path}: could not write the PNG data")

    def write_svg(tmp: str) -> None:
        gen = QtSvg.QSvgGenerator()
        gen.setFileName(tmp)
        gen.setSize(size)
        gen.setViewBox(QtCore.QRect(0, 0, width, height))
        gen.setResolution(96)
        gen.setTitle(options.title if options.title is not None else dataset.title)
        gen.setDescription("Timeline exported by timeline-viewer")
        painter = QtGui.QPainter()
        if not painter.begin(gen):
            raise ExportError(f"{path}: could not start writing the SVG")
        try:
            paint_figure(painter, size, dataset, layout, options, style)
        finally:
            painter.end()
        _svg_size_in_pixels(tmp, width, height)

    def write_pdf(tmp: str) -> None:
        writer = QtGui.QPdfWriter(tmp)
        writer.setResolution(96)
        writer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QtGui.QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QtCore.QMarginsF(10, 10, 10, 10), QtGui.QPageLayout.Unit.Millimeter)
        writer.setTitle(options.title if options.title is not None else dataset.title)
        writer.setCreator("timeline-viewer")
        painter = QtGui.QPainter()
        if not painter.begin(writer):
            raise ExportError(f"{path}: could not start writing the PDF")
        try:
            page = QtCore.QSize(writer.width(), writer.height())
            paint_figure(painter, page, dataset, layout, options, style)
        finally:
            painter.end()

    writers = {"png": write_png, "svg": write_svg, "pdf": write_pdf}
    try:
        _atomic_write(path, writers[fmt])
    except ExportError:
        raise
    except OSError as exc:
        raise ExportError(f"{path}: {exc.strerror or exc}") from None
    return path
