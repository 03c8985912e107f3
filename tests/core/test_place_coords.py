"""place.lat / place.lon in our format: read, bounded, and both or neither."""

from __future__ import annotations

import json

import numpy as np

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


def test_a_session_placed_by_coordinates_alone_is_not_host_city_unknown(tmp_path):
    """A session whose place gives only its coordinates has a known host: it is drawn,
    ranked and marked as one (a new user's finding: it was grey, "host city unknown")."""
    from viewer.core import kinds, labels

    doc = {
        "format": "timeline-viewer/1",
        "title": "T",
        "lanes": [{"id": "s", "title": "Sessions"}],
        "records": [
            {
                "id": f"s{n}",
                "kind": "session",
                "session": n,
                "title": f"Session {n}",
                "start": f"200{n}",
                "lane": "s",
                "sources": ["https://example.org/"],
                "place": place,
            }
            for n, place in (
                (1, {"lat": 48.2, "lon": 16.37}),
                (2, {"country": "Austria"}),
                (3, {"city": "Vienna"}),
            )
        ],
    }
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    dataset = load_file(path).dataset
    by_id = {r.id: r for r in dataset.records}
    assert [kinds.legend_variants(by_id[k]) for k in ("s1", "s2", "s3")] == [
        (),
        ("place_unknown",),
        (),
    ]
    assert "host city unknown" not in labels.status_marks(by_id["s1"])
    assert "host city unknown" in labels.status_marks(by_id["s2"])
    # The columns the chart reads give the same looks, without records.
    stand_ins = dataset.columns.look_stand_ins(np.arange(3))
    assert sorted(kinds.legend_variants(s) for s in stand_ins) == [(), ("place_unknown",)]
