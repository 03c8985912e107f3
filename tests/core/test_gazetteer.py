"""The shipped city table: found by name, in a country, accents and case ignored."""

from __future__ import annotations

import pytest

from viewer.core.gazetteer import GAZETTEER_FILE, load_gazetteer


def test_shipped_table_is_small():
    assert GAZETTEER_FILE.stat().st_size < 150_000
    assert len(load_gazetteer().cities) > 2000
    assert "GeoNames" in load_gazetteer().source


@pytest.mark.parametrize(
    ("name", "country", "geonameid"),
    [
        ("Vienna", "", 2761369),
        ("vienna", "AT", 2761369),
        ("Sao Paulo", "", 3448439),  # São Paulo
        ("London", "", 2643743),  # the most populous London
        ("London", "CA", 6058560),  # London, Ontario
    ],
)
def test_find(name, country, geonameid):
    city = load_gazetteer().find(name, country)
    assert city is not None and city.geonameid == geonameid
    assert city.url == f"https://www.geonames.org/{geonameid}"


def test_not_found():
    g = load_gazetteer()
    assert g.find("Atlantis") is None and g.find(None) is None and g.find("Vienna", "FR") is None
