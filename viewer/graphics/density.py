"""Densities: where too many records are in view to draw each, how many cover each pixel.

Per row and pixel column, the count of records covering it is drawn as the opacity of the
item's colour: one record faint, 16 or more opaque (log scale). Rows are drawn in blocks
of at most :data:`DENSITY_BLOCK_CELLS` cells. Where rows are thinner than
:data:`PIXEL_ROWS_BELOW_PX`, the count is per pixel row (the rows in it added up).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from PySide6 import QtCore, QtGui

from viewer.core.layout import ROW_HEIGHT, ROW_PITCH, Layout
from viewer.core.pixel_counts import covered_columns, row_counts
from viewer.graphics.looks import DIM_OPACITY

DENSITY_BLOCK_CELLS = 1 << 20
"""Density images are made for blocks of rows of at most this many pixel cells."""
PIXEL_ROWS_BELOW_PX = 2.0
"""Where a row is thinner than this (pixels), densities count per pixel row, the rows in
it added up, instead of per row."""


DensityImages = list[tuple[float, QtGui.QImage, list[tuple[QtCore.QRectF, QtCore.QRectF]]]]
"""What :func:`density_images` makes: (opacity, image, [(target, source) rectangles])."""


def paint_density(
    p: QtGui.QPainter,
    layout: Layout,
    vis: npt.NDArray[np.intp],
    dimmed: npt.NDArray[np.bool_] | None,
    colour: QtGui.QColor,
    sx: float,
    dx: float,
    sy: float,
    dy: float,
    visible: QtCore.QRectF,
    min_px: float,
) -> None:
    """Per row and pixel column, how many of layout indices *vis* cover it (each at least
    *min_px* wide), drawn as the opacity of *colour*. While a search dims non-matches
    (*dimmed*, per layout index), their density is drawn faintly and the matches' density
    over it at full strength. ``x_px = sx * days + dx``, ``y_px = sy * y + dy``."""
    draw_density(p, density_images(layout, vis, dimmed, colour, sx, dx, sy, dy, visible, min_px))


def is_raster(painter: QtGui.QPainter) -> bool:
    """Whether *painter* paints pixels (screen, image), not vectors (SVG, PDF, picture)."""
    engine = painter.paintEngine()
    vector = (
        QtGui.QPaintEngine.Type.SVG,
        QtGui.QPaintEngine.Type.Pdf,
        QtGui.QPaintEngine.Type.Picture,
    )
    return engine is None or engine.type() not in vector


def draw_density(p: QtGui.QPainter, images: DensityImages) -> None:
    """Draw what :func:`density_images` made (again, while the view has not changed).
    A vector painter (SVG, PDF) is given each row's own pixels: it writes the whole image
    for every part drawn of it, and an SVG of a million records, a strip per row of
    images of hundreds of rows, grew to gigabytes."""
    raster = is_raster(p)
    for opacity, image, rects in images:
        p.setOpacity(opacity)
        for target, source in rects:
            if raster or source == QtCore.QRectF(image.rect()):
                p.drawImage(target, image, source)
            else:
                part = image.copy(source.toAlignedRect())
                p.drawImage(target, part, QtCore.QRectF(part.rect()))
    p.setOpacity(1.0)


def density_images(
    layout: Layout,
    vis: npt.NDArray[np.intp],
    dimmed: npt.NDArray[np.bool_] | None,
    colour: QtGui.QColor,
    sx: float,
    dx: float,
    sy: float,
    dy: float,
    visible: QtCore.QRectF,
    min_px: float,
) -> DensityImages:
    """The images :func:`paint_density` draws, with their opacity and rectangles (device
    pixels), so that a repaint of the same view draws them without counting again."""
    out: DensityImages = []
    if dimmed is not None and len(vis):
        faint = dimmed[vis]
        _images(out, DIM_OPACITY, layout, vis[faint], colour, sx, dx, sy, dy, visible, min_px)
        _images(out, 1.0, layout, vis[~faint], colour, sx, dx, sy, dy, visible, min_px)
        return out
    _images(out, 1.0, layout, vis, colour, sx, dx, sy, dy, visible, min_px)
    return out


def _images(
    out: DensityImages,
    opacity: float,
    lay: Layout,
    vis: npt.NDArray[np.intp],
    colour: QtGui.QColor,
    sx: float,
    dx: float,
    sy: float,
    dy: float,
    visible: QtCore.QRectF,
    min_px: float,
) -> None:
    left = math.floor(visible.left())
    width = int(math.ceil(visible.right())) - left
    if width <= 0 or not len(vis):
        return
    lo, hi = covered_columns(lay, vis, sx, dx, min_px, left)
    c0 = np.clip(np.floor(lo), 0, width).astype(np.int64)
    c1 = np.clip(np.floor(hi) + 1, 0, width).astype(np.int64)
    if ROW_PITCH * sy < PIXEL_ROWS_BELOW_PX:
        _pixel_rows(out, opacity, lay, vis, c0, c1, colour, sy, dy, visible, left, width)
        return
    g_rows = lay.global_row[vis]
    if len(g_rows) > 1 and bool(np.any(g_rows[1:] < g_rows[:-1])):
        by_row = np.argsort(g_rows, kind="stable")  # queries give rows in order
        g_rows, c0, c1, vis = g_rows[by_row], c0[by_row], c1[by_row], vis[by_row]
    first = int(g_rows[0])
    local = g_rows - first
    n_rows = int(local[-1]) + 1
    stride = width + 1
    row_y = np.zeros(n_rows)
    row_y[local] = lay.y0[vis] * sy + dy
    present = np.zeros(n_rows, dtype=np.bool_)
    present[local] = True
    height = ROW_HEIGHT * sy
    rgb = (colour.red(), colour.green(), colour.blue())
    # Rows in blocks of at most DENSITY_BLOCK_CELLS cells: a whole chart of a million
    # records has thousands of rows, and one image of them all took 200 MB.
    block = max(1, DENSITY_BLOCK_CELLS // stride)
    for r0 in range(0, n_rows, block):
        r1 = min(n_rows, r0 + block)
        i0, i1 = np.searchsorted(local, (r0, r1)).tolist()
        if i0 == i1:
            continue
        rows_here = r1 - r0
        counts = row_counts(local[i0:i1] - r0, c0[i0:i1], c1[i0:i1], rows_here, width)
        image = _argb_image(density_alpha(counts), rgb, width, rows_here)
        out.append(
            (
                opacity,
                image,
                [
                    (
                        QtCore.QRectF(left, float(row_y[r0 + r]), width, height),
                        QtCore.QRectF(0, r, width, 1),
                    )
                    for r in np.flatnonzero(present[r0:r1]).tolist()
                ],
            )
        )


def _pixel_rows(
    out: DensityImages,
    opacity: float,
    lay: Layout,
    vis: npt.NDArray[np.intp],
    c0: npt.NDArray[np.int64],
    c1: npt.NDArray[np.int64],
    colour: QtGui.QColor,
    sy: float,
    dy: float,
    visible: QtCore.QRectF,
    left: int,
    width: int,
) -> None:
    """:func:`_images` where rows are thinner than :data:`PIXEL_ROWS_BELOW_PX`: each
    record counts in the pixel row its row's centre falls in (columns ``[c0, c1)``), so
    that the rows sharing a pixel row add up, and one image per block of pixel rows is
    drawn as it is, not a strip per row (thousands of strips: every lane fitted in the
    window)."""
    top = math.floor(visible.top())
    n_rows = int(math.ceil(visible.bottom())) - top
    if n_rows <= 0:
        return
    centre = (lay.y0[vis] + ROW_HEIGHT / 2) * sy + dy - top
    rows = np.floor(centre).astype(np.int64)
    inside = (rows >= 0) & (rows < n_rows)
    rows, c0, c1 = rows[inside], c0[inside], c1[inside]
    if not len(rows):
        return
    rgb = (colour.red(), colour.green(), colour.blue())
    block = max(1, DENSITY_BLOCK_CELLS // (width + 1))
    last = int(rows.max()) + 1  # the image spans this item's pixel rows only
    for r0 in range(int(rows.min()), last, block):
        rows_here = min(last, r0 + block) - r0
        part = (rows >= r0) & (rows < r0 + rows_here)
        if not part.any():
            continue
        counts = row_counts(rows[part] - r0, c0[part], c1[part], rows_here, width)
        image = _argb_image(density_alpha(counts), rgb, width, rows_here)
        target = QtCore.QRectF(left, top + r0, width, rows_here)
        out.append((opacity, image, [(target, QtCore.QRectF(0, 0, width, rows_here))]))


def _argb_image(
    a8: npt.NDArray[np.uint32], rgb: tuple[int, int, int], width: int, height: int
) -> QtGui.QImage:
    """An image (width x height) of *rgb* at alphas *a8* (height, width), premultiplied."""
    argb = np.ascontiguousarray(
        (a8 << 24)
        | ((a8 * rgb[0]) // 255 << 16)
        | ((a8 * rgb[1]) // 255 << 8)
        | (a8 * rgb[2]) // 255,
        dtype=np.uint32,
    )
    return QtGui.QImage(
        argb.data, width, height, width * 4, QtGui.QImage.Format.Format_ARGB32_Premultiplied
    ).copy()


def density_alpha(counts: npt.NDArray[np.int32]) -> npt.NDArray[np.uint32]:
    """Alpha (0-255) of a density cell covered by *counts* records: 0 for none, then from
    0.35 for one record to opaque for 16 or more (log scale)."""
    table = np.zeros(17, dtype=np.uint32)
    table[1:] = (255 * (0.35 + 0.65 * np.minimum(1.0, np.log2(np.arange(1, 17)) / 4))).astype(
        np.uint32
    )
    return table[np.minimum(counts, 16)]
