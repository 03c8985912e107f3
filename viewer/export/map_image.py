"""Export the map (``export --view map``, File › Export Map…) to PNG, SVG or PDF.

The map is painted by :func:`viewer.graphics.world_map.paint_map`, as in the window,
under the same title band and over the same kind of caption as the timeline's export: the
range shown, the data file, and the sources of what is drawn (the country shapes, the
coordinates). Files are checked complete and saved as the timeline's are
(:mod:`viewer.export.image`: a partial file never replaces a target).

Sizes: a PNG or SVG is ``round(width_px * scale)`` pixels wide; its height is
``height_px * scale`` or, by default, what the world needs at that width (about half)
plus the title and caption. A PDF fills its page.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
from PySide6 import QtCore, QtGui, QtSvg

from viewer.core import export_spec as spec
from viewer.core import map_model as mm
from viewer.core.export_spec import ExportOptions
from viewer.core.gazetteer import load_gazetteer
from viewer.core.i18n import isolated, number, translate
from viewer.core.records import Dataset
from viewer.core.world import World, load_world
from viewer.export.image import (
    CAPTION_MOST_LINES,
    TITLE_PX,
    ExportError,
    _buffer,
    _check,
    _check_folder,
    _save,
    _svg_size_in_pixels,
    _verify,
    draw_title,
    format_of,
    page_at_scale,
    pdf_writer,
    range_caption,
    wrapped_lines,
)
from viewer.export.svg_text import directed_runs
from viewer.graphics.style import Style, style_for
from viewer.graphics.world_map import paint_map, scene_for, world_extent_ratio

__all__ = ["export_map", "map_caption"]

GEONAMES_HOST = "www.geonames.org"
MAP_CAPTION_PX = 42
"""Height of the map's caption, two lines (what is shown; the sources), at scale 1: the
sources' credit is never cut off a narrow image, as one elided line would cut it."""


def map_caption(
    dataset: Dataset, model: mm.MapModel, shown: int, x_range: tuple[float, float] | None
) -> str:
    """The caption under an exported map, two lines: range, data file and count; then the
    sources of the shapes and coordinates (GeoNames is credited, as its licence asks, when
    the file's ``coords_source`` names it or a city was looked up in the shipped
    gazetteer). In the reader's language, as the timeline's caption; names of sources and
    licences stay as they are."""
    parts = [
        translate("Export", "Range shown: {range}").format(range=range_caption(x_range))
        if x_range
        else translate("Export", "All dates")
    ]
    if dataset.path:
        name = isolated(Path(dataset.path).name)  # "1923-1938.csv" read "csv.1938-1923"
        parts.append(translate("Export", "Data: {file}").format(file=name))
    if x_range and not shown:  # an empty world said only "0 of 70 placed records"
        parts[0] += " " + translate("Export", "(no records in this range)")
    placed = len(model.entry_ids)  # a plain variable: lupdate reads no call as a count
    parts.append(
        translate("Export", "{shown} of %Ln placed record(s)", None, placed).format(
            shown=number(shown)
        )
    )
    hosts = set()
    for rid in model.entry_ids:
        record = dataset.get(rid)
        if record is not None and record.place is not None and record.place.coords_source:
            hosts.add(urlsplit(record.place.coords_source).netloc or "the file")
    if any(site.looked_up for site in model.sites):
        hosts.add(GEONAMES_HOST)
    coords = (
        "GeoNames (CC BY 4.0)"
        if GEONAMES_HOST in hosts
        else translate("Export", "as the data file gives them", "the coordinates")
    )
    sources = translate(
        "Export",
        "Map: Natural Earth (public domain), Equal Earth projection; coordinates: {coords}",
    ).format(coords=coords)
    return "   ·   ".join(parts) + "\n" + sources


def _paint_page(
    painter: QtGui.QPainter,
    dataset: Dataset,
    model: mm.MapModel,
    world: World,
    options: ExportOptions,
    style: Style,
    width: float,
    height: float,
) -> None:
    """Title, map and caption into ``(0, 0, width, height)``: title and caption in the
    reader's direction (right-aligned in Arabic), the map left to right, as the timeline's
    export (:mod:`viewer.export.image`)."""
    painter.setLayoutDirection(QtGui.QGuiApplication.layoutDirection())
    painter.fillRect(QtCore.QRectF(0, 0, width, height), style.color("background"))
    title_h = style.px(TITLE_PX)
    left = style.px(12)
    painter.setFont(style.font(size_px=11))
    measure = painter.fontMetrics().horizontalAdvance
    mask = mm.entries_in_range(model, options.x_range)
    caption = map_caption(dataset, model, int(np.count_nonzero(mask)), options.x_range)
    # Each of its two lines wrapped where it needs (the GeoNames credit, which its licence
    # asks for, was cut to "GeoNa…" at 480 px), the last one cut only beyond CAPTION_MOST_LINES
    lines = [
        line
        for part in caption.split("\n")
        for line in wrapped_lines(part, measure, width - 2 * left, CAPTION_MOST_LINES)
    ]
    line_h = style.px(MAP_CAPTION_PX) / 2
    caption_h = line_h * max(2, len(lines))
    draw_title(
        painter,
        style,
        options.title if options.title is not None else dataset.title,
        width,
        title_h,
    )
    rect = (0.0, title_h, width, height - title_h - caption_h)
    scene = scene_for(
        model,
        rect,
        style,
        mask,
        options.selected,
        day_range=options.x_range,
        legend=options.legend,
    )
    if scene.legend_crowds:
        raise _NoRoom("no room for the map beside its legend")
    paint_map(painter, model, world, scene, style, options.selected, legend=options.legend)
    painter.setPen(style.color("muted_text"))
    painter.setFont(style.font(size_px=11))
    for k, line in enumerate(lines):
        line = painter.fontMetrics().elidedText(
            line, QtCore.Qt.TextElideMode.ElideRight, int(width - 2 * left)
        )
        painter.drawText(
            QtCore.QRectF(left, height - caption_h + k * line_h, width - 2 * left, line_h),
            int(QtCore.Qt.AlignmentFlag.AlignVCenter | QtCore.Qt.AlignmentFlag.AlignLeft),
            line,
        )


class _NoRoom(Exception):
    """The page leaves the map no room (see :attr:`MapScene.legend_crowds`)."""


def natural_height_px(width_px: int) -> int:
    """The height (pixels at scale 1) of a map export *width_px* wide: the world at that
    width, plus title and caption."""
    return round(width_px / world_extent_ratio() + TITLE_PX + MAP_CAPTION_PX)


def export_map(
    dataset: Dataset,
    path: str | Path,
    options: ExportOptions | None = None,
    style: Style | None = None,
    model: mm.MapModel | None = None,
) -> Path:
    """Write the map of *dataset* to *path* (format from the extension); *model* is built
    when not given. Records outside ``options.x_range`` (when given) are left off; the
    legend follows ``options.legend``, the highlight ``options.selected``. Returns the
    path written.

    Raises
    ------
    ExportError
        Unknown format, an option outside :mod:`viewer.core.export_spec`'s limits, an image
        too large, a missing or unwritable folder, a failed write (the target unchanged).
    """
    path = Path(path)
    options = options or ExportOptions()
    fmt = format_of(path)
    _check(path, fmt, options)
    height_px = options.height_px or natural_height_px(options.width_px)
    too_large = spec.image_size_problem(options.width_px, height_px, options.scale, fmt)
    if too_large:
        raise ExportError(f"{path}: {too_large}")
    _check_folder(path)
    world = load_world()
    model = model if model is not None else mm.build_map(dataset, world, load_gazetteer())
    base = style or style_for(options.theme)
    style = replace(base, scale=base.scale * options.scale)
    try:
        if fmt == "pdf":
            data = _pdf(dataset, model, world, options, style, path)
        else:
            width, height = (
                round(options.width_px * options.scale),
                round(height_px * options.scale),
            )
            data = (_png if fmt == "png" else _svg)(
                dataset, model, world, options, style, path, width, height
            )
        _verify(fmt, data, path)
        _save(path, data)
    except _NoRoom as exc:
        size = (
            page_at_scale(options) if fmt == "pdf" else f"a {options.width_px} x {height_px} image"
        )
        # The side that limits the world: a larger --width did not help an 8000 x 200 map
        wide = options.width_px / max(height_px - TITLE_PX - MAP_CAPTION_PX, 1)
        side = "--height" if wide > world_extent_ratio() else "--width"
        larger = "a smaller --scale" if fmt == "pdf" else f"a larger {side}"
        raise ExportError(f"{path}: {size} leaves {exc}; use {larger}, or --no-legend") from None
    except ExportError:
        raise
    except OSError as exc:
        raise ExportError(f"{path}: {exc.strerror or exc}") from None
    return path


def _png(
    dataset: Dataset,
    model: mm.MapModel,
    world: World,
    options: ExportOptions,
    style: Style,
    path: Path,
    width: int,
    height: int,
) -> bytes:
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_RGB32)
    image.fill(style.color("background"))
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
    try:
        _paint_page(painter, dataset, model, world, options, style, width, height)
    finally:
        painter.end()
    buf = _buffer()
    if not image.save(buf, "PNG"):
        raise ExportError(f"{path}: could not encode the PNG data")
    return bytes(buf.data().data())


def _svg(
    dataset: Dataset,
    model: mm.MapModel,
    world: World,
    options: ExportOptions,
    style: Style,
    path: Path,
    width: int,
    height: int,
) -> bytes:
    buf = _buffer()
    gen = QtSvg.QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(QtCore.QSize(width, height))
    gen.setViewBox(QtCore.QRect(0, 0, width, height))
    gen.setResolution(96)
    gen.setTitle(options.title if options.title is not None else dataset.title)
    gen.setDescription("Map exported by timeline-viewer")
    painter = QtGui.QPainter()
    if not painter.begin(gen):
        raise ExportError(f"{path}: could not start writing the SVG")
    try:
        _paint_page(painter, dataset, model, world, options, style, width, height)
    finally:
        painter.end()
    text = bytes(buf.data().data()).decode("utf-8")
    rtl = QtGui.QGuiApplication.layoutDirection() == QtCore.Qt.LayoutDirection.RightToLeft
    # Right to left, the title, the caption and the legend's lines (each takes the
    # direction of its first letter); a place's name is a run of letters of its own.
    text = directed_runs(text, [(0.0, float(height))] if rtl else [])
    return _svg_size_in_pixels(text, width, height).encode("utf-8")


def _pdf(
    dataset: Dataset,
    model: mm.MapModel,
    world: World,
    options: ExportOptions,
    style: Style,
    path: Path,
) -> bytes:
    buf = _buffer()
    writer = pdf_writer(buf, options, dataset.title)
    painter = QtGui.QPainter()
    if not painter.begin(writer):
        raise ExportError(f"{path}: could not start writing the PDF")
    try:
        width, height = float(writer.width()), float(writer.height())
        _paint_page(painter, dataset, model, world, options, style, width, height)
    finally:
        painter.end()
    return bytes(buf.data().data())
