"""The Equal Earth map projection, and the fitting of the projected world into pixels.

Equal Earth (Bojan Šavrič, Tom Patterson and Bernhard Jenny, "The Equal Earth map
projection", International Journal of Geographical Information Science 33(3), 2019,
https://doi.org/10.1080/13658816.2018.1504949) is an equal-area pseudocylindrical
projection for world maps: areas are true (a country's size on the map is its size on the
globe), the poles are lines and the meridians gentle curves. On a sphere of radius 1::

    θ = asin(√3/2 · sin φ)
    x = λ · cos θ / (√3/2 · (A1 + 3·A2·θ² + θ⁶·(7·A3 + 9·A4·θ²)))
    y = θ · (A1 + A2·θ² + θ⁶·(A3 + A4·θ²))

with λ, φ the longitude and latitude in radians and A1 = 1.340264, A2 = -0.081106,
A3 = 0.000893, A4 = 0.003796 (the paper's equations 2 and 3). ``y`` grows northwards.

Units: degrees in (longitude east, latitude north); projected units are Earth radii
(x in ``[-WORLD_HALF_WIDTH, WORLD_HALF_WIDTH]``, y in ``[-WORLD_HALF_HEIGHT,
WORLD_HALF_HEIGHT]``); pixels grow right and down. Pure Python and numpy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = [
    "WORLD_HALF_HEIGHT",
    "WORLD_HALF_WIDTH",
    "Fit",
    "equal_earth",
    "fit_world",
    "unfit",
]

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
"""The polynomial coefficients of Equal Earth (the paper's Table 1)."""
_M = math.sqrt(3.0) / 2.0

FloatArray = npt.NDArray[np.float64]


def equal_earth(lon_deg: npt.ArrayLike, lat_deg: npt.ArrayLike) -> tuple[FloatArray, FloatArray]:
    """Project longitudes and latitudes (degrees, same shape) with Equal Earth on a sphere
    of radius 1. Returns ``(x, y)`` arrays of that shape, ``y`` northwards. Latitudes are
    clipped to ``[-90, 90]``; longitudes are taken as given (``[-180, 180]`` maps onto the
    world's outline)."""
    lam = np.radians(np.asarray(lon_deg, dtype=np.float64))
    phi = np.radians(np.clip(np.asarray(lat_deg, dtype=np.float64), -90.0, 90.0))
    theta = np.arcsin(_M * np.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * np.cos(theta) / (_M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


def _extent() -> tuple[float, float]:
    x, _ = equal_earth(180.0, 0.0)
    _, y = equal_earth(0.0, 90.0)
    return float(x), float(y)


WORLD_HALF_WIDTH, WORLD_HALF_HEIGHT = _extent()
"""Half the width (x at 180° on the equator, 2.7066) and half the height (y at the pole,
1.3174) of the projected world, in Earth radii."""


@dataclass(frozen=True)
class Fit:
    """Projected units to pixels: ``px = x0_px + x * scale``, ``py = y0_px - y * scale``
    (pixels grow downwards, ``y`` northwards). ``scale`` is pixels per Earth radius."""

    scale: float
    x0_px: float
    y0_px: float

    def to_px(self, x: npt.ArrayLike, y: npt.ArrayLike) -> tuple[FloatArray, FloatArray]:
        """Pixel positions of projected points (arrays of one shape)."""
        return (
            self.x0_px + np.asarray(x, dtype=np.float64) * self.scale,
            self.y0_px - np.asarray(y, dtype=np.float64) * self.scale,
        )

    def point_px(self, x: float, y: float) -> tuple[float, float]:
        """The pixel position of one projected point."""
        return self.x0_px + x * self.scale, self.y0_px - y * self.scale


SOUTH_LAT = -58.0
"""The map's southern edge (degrees): Antarctica, where nothing of ours happens, is left
out, which gives the inhabited world about a sixth more height."""


def fit_world(
    left_px: float,
    top_px: float,
    width_px: float,
    height_px: float,
    margin_px: float = 4.0,
    zoom: float = 1.0,
    centre: tuple[float, float] | None = None,
    south_lat: float = SOUTH_LAT,
) -> Fit:
    """The :class:`Fit` that shows the projected world from *south_lat* to the North Pole
    as large as it fits, centred, in the rectangle ``(left_px, top_px, width_px,
    height_px)`` less *margin_px* on every side; *zoom* (1 or more) magnifies it around
    *centre* (projected units; default the middle of that world). A rectangle too small
    for anything gives a scale of 0 (not an error)."""
    south = float(equal_earth(0.0, south_lat)[1])
    inner_w = max(0.0, width_px - 2 * margin_px)
    inner_h = max(0.0, height_px - 2 * margin_px)
    scale = min(inner_w / (2 * WORLD_HALF_WIDTH), inner_h / (WORLD_HALF_HEIGHT - south))
    scale *= max(1.0, zoom)
    cx, cy = centre if centre is not None else (0.0, (WORLD_HALF_HEIGHT + south) / 2)
    return Fit(scale, left_px + width_px / 2 - cx * scale, top_px + height_px / 2 + cy * scale)


def unfit(fit: Fit, x_px: float, y_px: float) -> tuple[float, float]:
    """The projected point at pixel ``(x_px, y_px)`` under *fit* (its inverse)."""
    if fit.scale == 0:
        return 0.0, 0.0
    return (x_px - fit.x0_px) / fit.scale, (fit.y0_px - y_px) / fit.scale
