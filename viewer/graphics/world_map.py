"""How the map looks: countries, markers, handover arcs, labels and the legend, painted with
a ``QPainter`` into a rectangle. The window's map and every map export call
:func:`paint_map`, so they draw the same picture.

Geometry comes from the pure core (:mod:`viewer.core.geo`, :mod:`viewer.core.map_model`):
:func:`scene_for` turns a model and a rectangle into pixel positions once; painting and
picking read that scene. Colours: markers take their era's colour from
:data:`ERA_COLOURS`, arcs the colour role their kind has in the registry
(:mod:`viewer.core.kinds`), everything else the chart's :class:`~viewer.graphics.style.Style`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from PySide6 import QtCore, QtGui

from viewer.core import kinds
from viewer.core import map_model as mm
from viewer.core.geo import (
    SOUTH_LAT,
    WORLD_HALF_HEIGHT,
    WORLD_HALF_WIDTH,
    Fit,
    equal_earth,
    fit_world,
)
from viewer.core.i18n import translate
from viewer.core.placement import two_lines
from viewer.core.world import World
from viewer.graphics.style import Style
from viewer.graphics.text import draw_label

ERA_COLOURS = ("#3b0f70", "#1f4e9c", "#1b8a8f", "#3aa655", "#c58b00", "#d1495b")
"""Marker colours of the eras on a light background, oldest first (dark violet to red
through blue, teal, green and ochre: apart in hue and lightness, so neighbours differ for
colour-blind readers too)."""
ERA_COLOURS_DARK = ("#b59be8", "#7fa8ec", "#3fc1c0", "#74d18f", "#e6b74a", "#f27d8c")
"""The same hues, lighter, for a dark background."""
UNDATED_COLOUR = "#8a8a8a"
UNIT_PX = 5.5
"""Radius of a one-record marker at scale 1; a marker's area grows with its records."""
LEGEND_ROW_PX = 16.0
LABEL_FONT_PX = 11.0
LEGEND_LEAST_SHARE = 0.5
"""The least share of its own scale the world keeps beside or above the legend."""


@dataclass(frozen=True)
class MapScene:
    """A model placed in a rectangle: the fit, and per site its centre and radius in pixels
    and its shown entries (radius 0 and no entries: nothing of it is shown), the arcs'
    polylines (``None``: an end is not shown), the labelled sites with their label box's
    top-left corner, and the rectangle."""

    fit: Fit
    rect: tuple[float, float, float, float]
    centres_px: tuple[tuple[float, float], ...]
    radii_px: tuple[float, ...]
    shown: tuple[tuple[int, ...], ...]
    arcs_px: tuple[npt.NDArray[np.float64] | None, ...]
    labels: tuple[tuple[int, tuple[float, float]], ...]
    missing: tuple[int, int] = (0, 0)
    era_counts: npt.NDArray[np.intp] | None = None
    """``(sites, eras + 1)``: shown records per site and era (the last column: undated)."""
    legend_rows: tuple[tuple[str, str, int], ...] = ()
    legend_note: str = ""
    legend_box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    legend_crowds: bool = False
    """Whether the legend leaves the world less than :data:`LEGEND_LEAST_SHARE` of the
    scale it has without one (a 300 px export drew the legend and no map): the window
    draws such a map without its legend, an export is refused."""


def era_colour(era: int, style: Style) -> QtGui.QColor:
    """The colour of era *era* (``-1``: undated) on *style*'s background."""
    dark = style.color("background").lightness() < 128
    colours = ERA_COLOURS_DARK if dark else ERA_COLOURS
    if 0 <= era < len(colours):
        return QtGui.QColor(colours[era])
    return QtGui.QColor(UNDATED_COLOUR)


def _short(site: mm.Site) -> str:
    return site.short or site.label


def scene_for(
    model: mm.MapModel,
    rect: tuple[float, float, float, float],
    style: Style,
    shown_mask: npt.NDArray[np.bool_] | None = None,
    selected: str | None = None,
    zoom: float = 1.0,
    centre: tuple[float, float] | None = None,
    day_range: tuple[float, float] | None = None,
    legend: bool = True,
) -> MapScene:
    """Place *model* in *rect* (``left, top, width, height`` pixels): markers of the entries
    of *shown_mask* (all when ``None``), arcs whose record is shown (the handover's own
    date in range is not asked: an arc is shown when both its sessions are), and the labels
    that fit without overlapping (the selection's first). *zoom* and *centre* magnify
    (see :func:`viewer.core.geo.fit_world`). *day_range* is the range *shown_mask* keeps
    (``None``: all dates): the note counts the unplaced records of that range. With
    *legend*, the legend's rows and box are laid out, and no label goes under it."""
    xs = np.array([s.x for s in model.sites], dtype=np.float64)
    ys = np.array([s.y for s in model.sites], dtype=np.float64)
    mask = np.ones(len(model.entry_ids), dtype=bool) if shown_mask is None else shown_mask
    shown = tuple(tuple(e for e in s.entries if mask[e]) for s in model.sites)
    missing = mm.missing_in_range(model, day_range)
    rows: list[LegendItem] = []
    note = ""
    box = (0.0, 0.0, 0.0, 0.0)
    if legend:
        any_arc = any(shown[a.source] and shown[a.target] for a in model.arcs)
        rows = _legend_rows(model, shown, any_arc)
        note = _note_lines(unplaced_note(model, missing), rect[2], style)
        box = _legend_box(rows, note, rect, style)
    fit = _fit_beside_legend(rect, box, xs, ys, style, zoom, centre)
    crowds = False
    if legend and rows:
        alone = fit_world(*rect, margin_px=style.px(6), zoom=zoom, centre=centre)
        left, top, width, height = rect
        crowds = (
            box[2] - box[0] >= width
            or box[3] - box[1] >= height
            or fit.scale < LEGEND_LEAST_SHARE * alone.scale
        )
    px, py = fit.to_px(xs, ys)
    era_counts = np.zeros((len(model.sites), len(model.eras) + 1), dtype=np.intp)
    eras_col = np.where(model.entry_era < 0, len(model.eras), model.entry_era)
    np.add.at(era_counts, (model.entry_site[mask], eras_col[mask]), 1)
    unit = style.px(UNIT_PX) * max(0.6, min(1.6, fit.scale / 260.0))
    most = max((len(s) for s in shown), default=1)
    radii = tuple(mm.site_radius_px(len(s), unit, most) for s in shown)
    centres = tuple((float(x), float(y)) for x, y in zip(px, py, strict=True))
    arcs: list[npt.NDArray[np.float64] | None] = []
    for arc in model.arcs:
        if radii[arc.source] and radii[arc.target]:
            arcs.append(mm.arc_polyline(centres[arc.source], centres[arc.target]))
        else:
            arcs.append(None)
    metrics = QtGui.QFontMetricsF(style.font(size_px=LABEL_FONT_PX))
    text_h, gap = metrics.height(), style.px(2)
    candidates: list[list[mm.Box]] = []
    x_min, y_min = rect[0], rect[1]
    x_max, y_max = rect[0] + rect[2], rect[1] + rect[3]
    for i, site in enumerate(model.sites):
        r, (cx, cy) = radii[i], centres[i]
        w = metrics.horizontalAdvance(_short(site))
        top = cy - text_h / 2
        boxes = [
            (cx + r + gap, top, cx + r + gap + w, top + text_h),  # right
            (cx - r - gap - w, top, cx - r - gap, top + text_h),  # left
            (cx - w / 2, cy - r - gap - text_h, cx + w / 2, cy - r - gap),  # above
            (cx - w / 2, cy + r + gap, cx + w / 2, cy + r + gap + text_h),  # below
        ]
        # No label cut by the map's edge ("Nusa Dua (Bali)" goes to the left of its marker
        # near the right edge), unless the marker has no side inside (then it is off view)
        inside = [
            b for b in boxes if x_min <= b[0] and b[2] <= x_max and y_min <= b[1] and b[3] <= y_max
        ]
        candidates.append(inside or boxes)
    chosen = model.site_of(selected)
    order = sorted((i for i in range(len(model.sites)) if radii[i]), key=lambda i: -len(shown[i]))
    markers = [
        (c[0] - r, c[1] - r, c[0] + r, c[1] + r) for c, r in zip(centres, radii, strict=True) if r
    ]
    if legend:
        markers.append(box)
        if note:  # the lines under the legend's rows, drawn over the map: no label under
            lines = note.split("\n")
            widest = max(metrics.horizontalAdvance(line) for line in lines)
            note_w = min(widest, rect[2] - 2 * style.px(8))
            bottom = box[3] + style.px(LEGEND_ROW_PX) * len(lines)
            markers.append((box[0], box[3], box[0] + style.px(8) + note_w, bottom))
    # The selection's label, and the one of the city with the most records (3 or more),
    # are drawn whatever they cover: the first thing a reader looks for
    keep = [order.index(chosen)] if chosen in order else []
    if order and len(shown[order[0]]) >= 3 and 0 not in keep:
        keep.append(0)
    picked = mm.choose_labels([candidates[i] for i in order], keep, markers)
    labels = tuple((order[k], candidates[order[k]][c][:2]) for k, c in picked)
    return MapScene(
        fit,
        rect,
        centres,
        radii,
        shown,
        tuple(arcs),
        labels,
        missing,
        era_counts,
        tuple(rows),
        note,
        box,
        crowds,
    )


def _fit_beside_legend(
    rect: tuple[float, float, float, float],
    box: tuple[float, float, float, float],
    xs: npt.NDArray[np.float64],
    ys: npt.NDArray[np.float64],
    style: Style,
    zoom: float,
    centre: tuple[float, float] | None,
) -> Fit:
    """The world's fit in *rect* (pixels); at the whole world's view (*zoom* 1), when the
    legend's *box* (bottom-left corner) would cover a place of the map (projected *xs*,
    *ys*: every place, shown or not, so that a range filter never moves the map), the
    world is fitted beside the legend or above it, whichever draws it larger. A large map
    keeps its legend over the empty sea of its corner."""
    margin = style.px(6)
    fit = fit_world(*rect, margin_px=margin, zoom=zoom, centre=centre)
    x0, y0, x1, y1 = box
    if zoom > 1.0 or y1 <= y0 or not len(xs):
        return fit
    px, py = fit.to_px(xs, ys)
    reach = style.px(UNIT_PX) * 2
    covered = (px > x0 - reach) & (px < x1 + reach) & (py > y0 - reach) & (py < y1 + reach)
    if not covered.any():
        return fit
    left, top, width, height = rect
    beside = fit_world(x1, top, left + width - x1, height, margin_px=margin)
    above = fit_world(left, top, width, y0 - top, margin_px=margin)
    return max(beside, above, key=lambda f: f.scale)


def prepare_paths(world: World) -> None:
    """Make the country and outline paths the first paint would make (half a second): in
    the map model's worker thread, so the window's first paint of the map does not wait
    (Qt paths are plain values, built in any thread)."""
    _land_path(world)
    _outline_path()


@lru_cache(maxsize=4)
def _land_path(world: World) -> QtGui.QPainterPath:
    """All countries as one path in projected units, y flipped to point down (odd-even)."""
    path = QtGui.QPainterPath()
    path.setFillRule(QtCore.Qt.FillRule.OddEvenFill)
    for country in world.countries:
        for ring in country.rings:
            poly = QtGui.QPolygonF([QtCore.QPointF(x, -y) for x, y in ring])
            path.addPolygon(poly)
            path.closeSubpath()
    return path


@lru_cache(maxsize=1)
def _outline_path() -> QtGui.QPainterPath:
    """The world's outline (the projected edge at ±180°), y down."""
    lat = np.linspace(-90, 90, 91)
    xr, yr = equal_earth(np.full_like(lat, 180.0), lat)
    pts = [QtCore.QPointF(x, -y) for x, y in zip(xr, yr, strict=True)]
    pts += [QtCore.QPointF(-x, -y) for x, y in zip(xr[::-1], yr[::-1], strict=True)]
    path = QtGui.QPainterPath()
    path.addPolygon(QtGui.QPolygonF(pts))
    path.closeSubpath()
    return path


def _land_colours(style: Style) -> tuple[QtGui.QColor, QtGui.QColor, QtGui.QColor]:
    """(sea, land, border) from the style: the sea is the lane shade, land the grid tint."""
    sea = style.color("lane_shade")
    land = style.color("band_fill")
    border = style.color("background")
    return sea, land, border


def paint_map(
    painter: QtGui.QPainter,
    model: mm.MapModel,
    world: World,
    scene: MapScene,
    style: Style,
    selected: str | None = None,
    legend: bool = True,
) -> None:
    """Paint the map of *model* as *scene* places it: sea, countries, arcs, markers, labels,
    the selection's halo, and (with *legend*) the legend and the note of what is not on
    the map. Text is drawn as plain text. The map is a figure: laid out left to right in
    every language, as the chart (the legend in its bottom-left corner); its words take
    the direction of their first strong letter, so an Arabic legend reads in order."""
    left, top, width, height = scene.rect
    painter.save()
    painter.setLayoutDirection(QtCore.Qt.LayoutDirection.LeftToRight)
    painter.setClipRect(QtCore.QRectF(left, top, width, height))
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(QtCore.QRectF(left, top, width, height), style.color("background"))
    fit = scene.fit
    sea, land, border = _land_colours(style)
    # Paths mapped to pixels here, not drawn under a scaled transform: SVG readers differ
    # on scaled strokes and fill rules inside transformed groups.
    transform = QtGui.QTransform(fit.scale, 0, 0, fit.scale, fit.x0_px, fit.y0_px)
    painter.setPen(QtCore.Qt.PenStyle.NoPen)
    painter.setBrush(sea)
    painter.drawPath(transform.map(_outline_path()))
    painter.setPen(QtGui.QPen(border, style.px(0.6)))
    painter.setBrush(land)
    painter.drawPath(transform.map(_land_path(world)))

    selected_site = model.site_of(selected)
    selected_arc = model.arc_of(selected)
    _paint_arcs(painter, model, scene, style, selected_arc)
    _paint_markers(painter, model, scene, style, selected_site)
    _paint_labels(painter, model, scene, style, selected_site)
    if legend:
        _paint_legend(painter, model, scene, style)
    painter.restore()


def _arrow(
    painter: QtGui.QPainter, line: npt.NDArray[np.float64], end_r: float, size: float
) -> None:
    """An arrowhead where *line* enters the circle of radius *end_r* around its end."""
    end = line[-1]
    dist = np.hypot(line[:, 0] - end[0], line[:, 1] - end[1])
    outside = np.flatnonzero(dist > end_r + 1)
    k = int(outside[-1]) if len(outside) else 0
    tip = line[k]
    back = line[max(0, k - 2)]
    d = tip - back
    n = float(np.hypot(*d)) or 1.0
    ux, uy = d / n
    base = tip - np.array([ux, uy]) * size
    perp = np.array([-uy, ux]) * size * 0.5
    painter.drawPolygon(
        QtGui.QPolygonF(
            [
                QtCore.QPointF(*tip),
                QtCore.QPointF(*(base + perp)),
                QtCore.QPointF(*(base - perp)),
            ]
        )
    )


def _paint_arcs(
    painter: QtGui.QPainter,
    model: mm.MapModel,
    scene: MapScene,
    style: Style,
    selected_arc: int | None,
) -> None:
    for i, (arc, line) in enumerate(zip(model.arcs, scene.arcs_px, strict=True)):
        if line is None:
            continue
        _, edge = style.role(kinds.kind(arc.kind).colour_role)
        width = style.px(1.6)
        if i == selected_arc:
            halo = QtGui.QPen(style.color("selection_halo"), width + style.px(4))
            halo.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
            painter.setPen(halo)
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QtGui.QPolygonF([QtCore.QPointF(x, y) for x, y in line]))
        painter.setPen(QtGui.QPen(edge, width))
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QtGui.QPolygonF([QtCore.QPointF(x, y) for x, y in line]))
        painter.setBrush(edge)
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        _arrow(painter, line, scene.radii_px[arc.target], style.px(7))


def _paint_markers(
    painter: QtGui.QPainter,
    model: mm.MapModel,
    scene: MapScene,
    style: Style,
    selected_site: int | None,
) -> None:
    background = style.color("background")
    colours = [era_colour(k, style) for k in range(len(model.eras))] + [era_colour(-1, style)]
    for i, site in enumerate(model.sites):
        entries, r = scene.shown[i], scene.radii_px[i]
        if not r:
            continue
        cx, cy = scene.centres_px[i]
        unit = r / max(1.0, len(entries)) ** 0.5
        if i == selected_site:
            painter.setPen(QtGui.QPen(style.color("selection_halo"), style.px(3)))
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QtCore.QPointF(cx, cy), r + style.px(3), r + style.px(3))
        # One ring per era, oldest outside, its area the era's share of the records (one
        # ring per record when each is of its own era, as Vienna's four sessions)
        assert scene.era_counts is not None
        row = scene.era_counts[i]
        left = len(entries)
        for k in np.flatnonzero(row):  # undated (the last column) innermost
            rk = unit * left**0.5
            left -= int(row[k])
            colour = colours[int(k)]
            if site.by_country:
                pen = QtGui.QPen(colour, style.px(2.0), QtCore.Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(background)
            else:
                painter.setPen(QtGui.QPen(background, style.px(0.8)))
                painter.setBrush(colour)
            painter.drawEllipse(QtCore.QPointF(cx, cy), rk, rk)
        if site.looked_up:  # a dotted ring: where the file gave no coordinates
            ring = QtGui.QPen(style.color("text"), style.px(1.2), QtCore.Qt.PenStyle.DotLine)
            painter.setPen(ring)
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QtCore.QPointF(cx, cy), r + style.px(2), r + style.px(2))


def _paint_labels(
    painter: QtGui.QPainter,
    model: mm.MapModel,
    scene: MapScene,
    style: Style,
    selected_site: int | None,
) -> None:
    font = style.font(size_px=LABEL_FONT_PX)
    metrics = QtGui.QFontMetricsF(font)
    halo = QtGui.QPen(style.color("background"), style.px(3))
    halo.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
    for i, (x, top) in scene.labels:
        bold = i == selected_site
        label_font = style.font(bold=bold, size_px=LABEL_FONT_PX)
        y = top + metrics.ascent()
        text = _short(model.sites[i])
        path = QtGui.QPainterPath()
        path.addText(QtCore.QPointF(x, y), label_font, text)
        painter.strokePath(path, halo)  # a halo of the background keeps it readable on arcs
        painter.setFont(label_font)
        painter.setPen(style.color("text"))
        painter.drawText(QtCore.QPointF(x, y), text)  # text, not a path: found in SVG/PDF
    del font


def unplaced_note(model: mm.MapModel, counts: tuple[int, int] | None = None) -> str:
    """``Not on the map: 23 records with an unknown place; 1 whose place has no shape or
    coordinates here (Aruba)`` in the reader's language; ``""`` when every expected place
    is on the map. *counts* gives the two numbers for the range shown (default: all of
    them). The places are data, written as the file writes them."""
    unknown, off = counts if counts is not None else (len(model.unplaced), len(model.off_map))
    parts = []
    if unknown:
        parts.append(translate("Map", "%Ln record(s) with an unknown place", None, unknown))
    if off:
        parts.append(
            translate(
                "Map", "%Ln whose place has no shape or coordinates here ({places})", None, off
            ).format(places=", ".join(model.not_on_map))
        )
    if not parts:
        return ""
    # The separator is the language's own (Arabic writes "؛")
    between = translate("Map", "; ", "between the parts of the note on what is not on the map")
    return translate("Map", "Not on the map: {what}").format(what=between.join(parts))


LegendItem = tuple[str, str, int]
"""A legend row: what it shows (``period``, ``country``, ``looked_up``, ``arc``), its
label, and its era (``-1``: none)."""


def _legend_rows(
    model: mm.MapModel,
    shown: tuple[tuple[int, ...], ...],
    arcs_shown: bool,
) -> list[LegendItem]:
    eras_shown = {int(model.entry_era[e]) for entries in shown for e in entries}
    items: list[LegendItem] = [
        ("period", e.label, i) for i, e in enumerate(model.eras) if i in eras_shown
    ]
    if -1 in eras_shown:  # its grey was explained nowhere
        items.append(
            ("period", translate("Map", "No period: no date, or a date no single period holds"), -1)
        )
    if any(s.by_country and shown[i] for i, s in enumerate(model.sites)):
        items.append(("country", translate("Map", "Placed at its country: no city located"), -1))
    if any(s.looked_up and shown[i] for i, s in enumerate(model.sites)):
        items.append(("looked_up", translate("Map", "City located by its name (GeoNames)"), -1))
    if arcs_shown:
        spec = kinds.kind(model.arcs[0].kind)
        items.append(("arc", translate("Kinds", spec.legend_label or spec.display_name), -1))
    return items


def _note_lines(note: str, width: float, style: Style) -> str:
    """The note of what is not on the map in the lines a map *width* pixels wide needs:
    one, or two split at a space (cut to one, "(A…", it lost the place it named: a new
    user's finding), ``\n`` between; the second cut with "…" when even two are short."""
    metrics = QtGui.QFontMetricsF(style.font(size_px=LABEL_FONT_PX))
    room = width - 2 * style.px(8)
    if not note or metrics.horizontalAdvance(note) <= room:
        return note
    split = two_lines(note, room, metrics.horizontalAdvance)
    if split is not None:
        return "\n".join(split)
    words = note.split(" ")
    for n in range(len(words) - 1, 0, -1):  # the longest first line that fits, the rest cut
        first = " ".join(words[:n])
        if metrics.horizontalAdvance(first) <= room:
            return first + "\n" + " ".join(words[n:])
    return note


def _legend_box(
    items: list[LegendItem], note: str, rect: tuple[float, float, float, float], style: Style
) -> tuple[float, float, float, float]:
    """The legend's veil (``x0, y0, x1, y1`` pixels) in the map's bottom-left corner; its
    rows start at ``y0 + pad / 2``. Empty (zero height) without rows."""
    left, top, _, height = rect
    metrics = QtGui.QFontMetricsF(style.font(size_px=LABEL_FONT_PX))
    row, pad, sw = style.px(LEGEND_ROW_PX), style.px(8), style.px(10)
    y = top + height - pad - row * (len(items) + (note.count("\n") + 1 if note else 0))
    widest = max((metrics.horizontalAdvance(label) for _, label, _ in items), default=0.0)
    x0, y0 = left + pad / 2, y - pad / 2
    if not items:
        return (x0, y0, x0, y0)
    return (x0, y0, x0 + sw + style.px(5) + widest + pad, y0 + row * len(items) + pad)


def _paint_legend(
    painter: QtGui.QPainter, model: mm.MapModel, scene: MapScene, style: Style
) -> None:
    left, top, width, height = scene.rect
    font = style.font(size_px=LABEL_FONT_PX)
    painter.setFont(font)
    metrics = QtGui.QFontMetricsF(font)
    row = style.px(LEGEND_ROW_PX)
    pad = style.px(8)
    text = style.color("text")
    if not model.sites:
        painter.setPen(style.color("muted_text"))
        draw_label(
            painter,
            QtCore.QRectF(left, top, width, height),
            translate("Map", "No record of this file has a place to put on the map"),
            int(QtCore.Qt.AlignmentFlag.AlignCenter),
        )
    items, note = scene.legend_rows, scene.legend_note
    x0, y0, x1, y1 = scene.legend_box
    x, y = left + pad, y0 + pad / 2
    sw = style.px(10)
    if items:  # a veil of the background under the legend: it stays readable over land
        veil = style.color("background")
        veil.setAlphaF(0.8)
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(veil)
        painter.drawRoundedRect(QtCore.QRectF(x0, y0, x1 - x0, y1 - y0), style.px(4), style.px(4))
    for kind, label, era in items:
        cy = y + row / 2
        if kind == "period":
            painter.setPen(QtGui.QPen(style.color("background"), style.px(0.8)))
            painter.setBrush(era_colour(era, style))
            painter.drawEllipse(QtCore.QPointF(x + sw / 2, cy), sw / 2, sw / 2)
        elif kind == "looked_up":
            painter.setPen(QtGui.QPen(text, style.px(1.2), QtCore.Qt.PenStyle.DotLine))
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QtCore.QPointF(x + sw / 2, cy), sw / 2, sw / 2)
        elif kind == "country":
            painter.setPen(QtGui.QPen(text, style.px(1.5), QtCore.Qt.PenStyle.DashLine))
            painter.setBrush(style.color("background"))
            painter.drawEllipse(QtCore.QPointF(x + sw / 2, cy), sw / 2, sw / 2)
        else:
            _, edge = style.role(kinds.kind(model.arcs[0].kind).colour_role)
            painter.setPen(QtGui.QPen(edge, style.px(1.6)))
            painter.drawLine(QtCore.QPointF(x, cy), QtCore.QPointF(x + sw, cy))
        painter.setPen(text)
        draw_label(
            painter, QtCore.QPointF(x + sw + style.px(5), cy + metrics.ascent() / 2 - 1), label
        )
        y += row
    painter.setPen(style.color("muted_text"))
    for line in note.split("\n") if note else ():
        line = metrics.elidedText(line, QtCore.Qt.TextElideMode.ElideRight, width - 2 * pad)
        draw_label(painter, QtCore.QPointF(x, y + row / 2 + metrics.ascent() / 2 - 1), line)
        y += row


def world_extent_ratio() -> float:
    """Width over height of the map's band of the projected world (58° S to the North
    Pole: about 2.4)."""
    south = float(equal_earth(0.0, SOUTH_LAT)[1])
    return 2 * WORLD_HALF_WIDTH / (WORLD_HALF_HEIGHT - south)
