"""Equal Earth against reference values of PROJ (the projection's reference implementation)."""

from __future__ import annotations

import numpy as np
import pytest

from viewer.core.geo import WORLD_HALF_HEIGHT, WORLD_HALF_WIDTH, equal_earth, fit_world

# (lon, lat) -> (x, y) on a sphere of radius 1.
REFERENCE = [
    # PROJ's documentation of eqearth: `echo 122 47 | proj +proj=eqearth +R=1` -> 1.55 0.89
    ((122.0, 47.0), (1.55, 0.89), 5e-3),
    # `proj -f "%.12f" +proj=eqearth +R=1` (PROJ 9.7.1) for London, Tokyo and Perth
    ((-0.1278, 51.5074), (-0.001565514410, 0.965105647318), 1e-9),
    ((139.6917, 35.6895), (1.909462941700, 0.697844715778), 1e-9),
    ((115.8571, -31.9535), (1.614621210487, -0.629372441721), 1e-9),
]


@pytest.mark.parametrize(("lonlat", "xy", "tol"), REFERENCE)
def test_equal_earth_matches_proj(lonlat, xy, tol):
    x, y = equal_earth(*lonlat)
    assert float(x) == pytest.approx(xy[0], abs=tol)
    assert float(y) == pytest.approx(xy[1], abs=tol)


def test_world_extent_matches_proj_on_the_equator_at_180_degrees():
    # PROJ's test suite (builtins.gie): +proj=eqearth +R=6378137, x of (180, 0) is
    # 17263256.84 m.
    assert WORLD_HALF_WIDTH * 6378137 == pytest.approx(17263256.84, abs=0.01)
    # The poles are lines at theta = pi/3.
    assert WORLD_HALF_HEIGHT == pytest.approx(float(equal_earth(-170.0, 90.0)[1]))
    assert 2.0 < WORLD_HALF_WIDTH / WORLD_HALF_HEIGHT < 2.1  # the paper's 2.05:1


def test_symmetry_and_arrays():
    x, y = equal_earth(np.array([10.0, -10.0]), np.array([30.0, -30.0]))
    assert x[0] == pytest.approx(-x[1]) and y[0] == pytest.approx(-y[1])
    assert x.shape == (2,)


def test_fit_world_centres_and_keeps_the_aspect():
    fit = fit_world(0, 0, 1000, 1000, margin_px=0)
    left, _ = fit.point_px(-WORLD_HALF_WIDTH, 0)
    right, top = fit.point_px(WORLD_HALF_WIDTH, WORLD_HALF_HEIGHT)
    _, bottom = fit.point_px(0, float(equal_earth(0, -58)[1]))
    assert (left, right) == pytest.approx((0, 1000))
    assert (top + bottom) / 2 == pytest.approx(500)  # the band from 58 S to the pole
    assert fit_world(0, 0, 3, 3, margin_px=4).scale == 0


def test_zoom_keeps_its_centre_and_unfit_inverts():
    from viewer.core.geo import unfit

    x, y = equal_earth(16.372, 48.208)
    fit = fit_world(0, 0, 800, 400, zoom=4, centre=(float(x), float(y)))
    assert fit.point_px(float(x), float(y)) == pytest.approx((400, 200))
    assert fit.scale == pytest.approx(4 * fit_world(0, 0, 800, 400).scale)
    assert unfit(fit, 400, 200) == pytest.approx((float(x), float(y)))
