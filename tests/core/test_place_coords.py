"""place.lat / place.lon in our format: read, bounded, and both or neither."""

from __future__ import annotations

import json

from viewer.core.loading import load_file


def _load(tmp_path, place):
    doc = {
        "format": "timeline-viewer/1",
        "title": "T",
        "lanes": [{"id": "s", "title": "S"}],
        "records": [
            {
                "id": "ok",
                "kind": "event",
                "title": "Good",
                "start": "2001",
                "lane": "s",
                "sources": ["https://example.org/"],
                "place": {"city": "Lyon"},
            },
            {
                "id": "r",
                "kind": "event",
                "title": "R",
                "start": "2001",
                "lane": "s",
                "sources": ["https://example.org/"],
                "place": place,
            },
        ],
    }
    path = tmp_path / "t.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return load_file(path)


def test_coordinates_are_read_as_degrees(tmp_path):
    result = _load(tmp_path, {"city": "Lyon", "lat": 45, "lon": 4.85, "coords_source": "GeoNames"})
    place = result.dataset.get("r").place
    assert (place.lat, place.lon, place.coords_source) == (45.0, 4.85, "GeoNames")
    assert isinstance(place.lat, float)


def test_a_coordinate_alone_refuses_the_record_naming_the_field(tmp_path):
    result = _load(tmp_path, {"city": "Lyon", "lat": 45})
    assert result.dataset.get("r") is None and result.dataset.get("ok") is not None
    assert any("'place'" in str(p) and "lon" in str(p) for p in result.errors)


def test_out_of_range_is_refused(tmp_path):
    result = _load(tmp_path, {"city": "Lyon", "lat": 45, "lon": 200})
    assert result.dataset.get("r") is None
    assert any("place.lon" in str(p) for p in result.errors)
