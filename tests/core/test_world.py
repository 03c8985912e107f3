"""The shipped country shapes: found by name and code, and placed where they belong."""

from __future__ import annotations

import pytest

from viewer.core.geo import equal_earth
from viewer.core.world import WORLD_FILE, load_world


def test_shipped_file_is_small_and_complete():
    world = load_world()
    assert 170 <= len(world.countries) <= 180
    assert "Natural Earth" in world.source
    assert WORLD_FILE.stat().st_size < 200_000


@pytest.mark.parametrize("name", ["Italy", "italy", " ITA ", "IT", "Italian Republic"])
def test_find_by_name_or_code(name):
    country = load_world().find(name)
    assert country is not None and country.names[0] == "Italy"


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Viet Nam", "Vietnam"),
        ("Korea, Republic of", "South Korea"),
        ("Türkiye", "Turkey"),
        ("Russian Federation", "Russia"),
        ("NOR", "Norway"),  # Natural Earth gives Norway no alpha-2 code
    ],
)
def test_iso_names_the_shapes_spell_otherwise_are_found(name, found):
    country = load_world().find(name)
    assert country is not None and country.names[0] == found


def test_a_name_of_two_countries_is_not_guessed():
    assert load_world().find("Korea") is None


def test_unknown_or_missing_countries():
    world = load_world()
    assert world.find("Atlantis") is None and world.find(None) is None and world.find("") is None
    assert world.find("Aruba") is None  # too small for the 1:110m shapes


@pytest.mark.parametrize(
    ("country", "lon", "lat", "tol"),
    [("Italy", 12.5, 42.8, 0.08), ("Ghana", -1.0, 7.9, 0.05), ("Kenya", 37.9, 0.5, 0.08)],
)
def test_centroid_lies_in_the_country(country, lon, lat, tol):
    cx, cy = load_world().find(country).centroid
    x, y = equal_earth(lon, lat)
    assert abs(cx - float(x)) < tol and abs(cy - float(y)) < tol


def test_france_centroid_is_in_europe_not_guiana():
    cx, cy = load_world().find("France").centroid
    x, y = equal_earth(2.5, 46.5)
    assert abs(cx - float(x)) < 0.08 and abs(cy - float(y)) < 0.08


def test_bundled_hosts_have_gazetteer_coordinates():
    from viewer.core.importers import load_any
    from viewer.core.paths import BUNDLED_DATA

    records = load_any(BUNDLED_DATA).dataset.records
    cities = [r for r in records if r.place and r.place.city]
    assert cities and all(r.place.lat is not None for r in cities)
    assert all(r.place.coords_source.startswith("https://www.geonames.org/") for r in cities)
    vienna = next(r.place for r in records if r.id == "session-1")
    assert (vienna.lat, vienna.lon) == pytest.approx((48.208, 16.372), abs=1e-3)
    # A place known by its country alone gets no coordinate of ours
    assert next(r.place for r in records if r.id == "session-23").lat is None
