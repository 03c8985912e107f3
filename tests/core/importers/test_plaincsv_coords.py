"""Plain CSV's ``lat``/``lon`` columns: read as degrees; a bad value warns, never refuses."""

from __future__ import annotations

from viewer.core.importers import load_bytes


def _load(text):
    return load_bytes(text.encode("utf-8"), "t.csv")


def test_coordinates_and_their_aliases():
    result = _load("title,start,city,latitude,lng\nA,2001,Lyon,45.75,4.85\n")
    place = result.dataset.records[0].place
    assert (place.city, place.lat, place.lon) == ("Lyon", 45.75, 4.85)


def test_bad_or_lonely_coordinates_warn_and_the_record_stays():
    result = _load(
        "title,start,city,lat,lon\nA,2001,Lyon,north,4.85\nB,2002,Rome,41.9,\nC,2003,X,95,10\n"
    )
    assert [r.place.lat for r in result.dataset.records] == [None, None, None]
    assert [r.place.city for r in result.dataset.records] == ["Lyon", "Rome", "X"]
    told = [str(p) for p in result.problems if p.field in ("lat", "lon")]
    assert len(told) == 3 and all(t.startswith("warning: t.csv, line ") for t in told)
    assert "line 2 ('A'), field 'lat': 'north' is not a latitude in degrees" in told[0]
    assert "line 3 ('B'), field 'lon': lat and lon go together" in told[1]
    assert "line 4 ('C'), field 'lat': '95' is not a latitude" in told[2]
