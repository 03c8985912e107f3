"""The map's model: sites, arcs, eras, the unplaced, the range filter, picking and labels."""

from __future__ import annotations

import json

import numpy as np
import pytest

from viewer.core import map_model as mm
from viewer.core.importers import load_any
from viewer.core.loading import load_file
from viewer.core.paths import BUNDLED_DATA
from viewer.core.world import load_world

SRC = ["https://example.org/a"]


def _doc(tmp_path, records):
    path = tmp_path / "t.json"
    doc = {
        "format": "timeline-viewer/1",
        "title": "T",
        "lanes": [{"id": "s", "title": "S"}],
        "records": [{"lane": "s", "sources": SRC, "kind": "session", **r} for r in records],
    }
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = load_file(path)
    assert not result.errors, result.problems
    return result.dataset


@pytest.fixture(scope="module")
def bundled():
    return mm.build_map(load_any(BUNDLED_DATA).dataset, load_world())


def test_bundled_sites_stack_a_city_s_sessions(bundled):
    vienna = next(s for s in bundled.sites if s.label == "Vienna, Austria")
    assert [bundled.entry_ids[e] for e in vienna.entries] == [
        "session-1",
        "session-25",
        "session-42",
        "session-91",
    ]
    assert bundled.sites[0] is vienna  # most sessions: drawn first, under the others
    assert bundled.site_of("session-42") == bundled.sites.index(vienna)


def test_bundled_country_only_hosts_and_the_unplaced(bundled):
    by_country = {s.label for s in bundled.sites if s.by_country}
    assert by_country == {"Italy", "Ghana", "Kenya", "Philippines"}
    assert bundled.off_map == ("session-62",)  # Aruba: no shape at 1:110m
    assert bundled.not_on_map == ("Aruba",)
    assert "session-3" in bundled.unplaced  # host unknown
    assert "president-1" not in bundled.unplaced  # no place expected


def test_bundled_handovers_are_arcs_between_hosts(bundled):
    assert len(bundled.arcs) == 12
    first = bundled.arcs[0]
    assert first.record_id == "handover-80"
    assert bundled.sites[first.source].label == "Hanoi, Vietnam"
    assert bundled.sites[first.target].label == "Rome, Italy"


def test_bundled_eras_are_round_periods(bundled):
    assert [e.label for e in bundled.eras][0] == "1920–1939"
    assert bundled.eras[-1].label == "2020–2026"
    assert len(bundled.eras) <= mm.MAX_ERAS
    era = bundled.entry_era[bundled.entry_ids.index("session-91")]
    assert bundled.eras[era].first_year == 2020


def test_range_filter(bundled):
    assert mm.entries_in_range(bundled, None).all()
    from viewer.core.dates import days_from_civil

    shown = mm.entries_in_range(
        bundled, (days_from_civil(2010, 1, 1), days_from_civil(2012, 12, 31))
    )
    ids = {bundled.entry_ids[i] for i in np.flatnonzero(shown)}
    assert ids == {"session-79", "session-80", "session-81"}


def test_user_file_with_coordinates_and_without(tmp_path):
    ds = _doc(
        tmp_path,
        [
            {
                "id": "a",
                "title": "A",
                "start": "2001",
                "place": {"city": "Lyon", "country": "France", "lat": 45.75, "lon": 4.85},
            },
            {"id": "b", "title": "B", "start": "2002", "place": {"city": "Nowhere"}},
            {"id": "c", "title": "C", "start": "2003", "place": {"country": "Atlantis"}},
        ],
    )
    model = mm.build_map(ds, load_world())
    assert [s.label for s in model.sites] == ["Lyon, France"]
    assert model.off_map == ("b", "c") and model.unplaced == ()
    assert model.not_on_map == ("Nowhere", "Atlantis")


def test_no_place_at_all(tmp_path):
    ds = _doc(tmp_path, [{"id": "a", "title": "A", "start": "2001"}])
    model = mm.build_map(ds, load_world())
    assert model.sites == () and model.arcs == ()


def test_pick_site_nearest_centre_then_topmost():
    centres = [(100.0, 100.0), (104.0, 100.0)]
    assert mm.pick_site(103, 100, centres, [10.0, 3.0]) == 1  # the small one, drawn last
    assert mm.pick_site(101, 100, centres, [10.0, 3.0]) == 0  # the big one's centre
    assert mm.pick_site(102, 100, [(100.0, 100.0), (104.0, 100.0)], [5.0, 5.0]) == 1  # tie
    assert mm.pick_site(92, 100, centres, [10.0, 3.0]) == 0
    assert mm.pick_site(200, 200, centres, [10.0, 3.0]) is None
    assert mm.pick_site(104, 100, centres, [10.0, 0.0]) == 0  # radius 0: hidden


def test_arc_and_its_picking():
    line = mm.arc_polyline((0.0, 0.0), (100.0, 0.0))
    assert tuple(line[0]) == (0.0, 0.0) and tuple(line[-1]) == (100.0, 0.0)
    top = line[len(line) // 2]
    assert top[1] < -10  # bent to the left of travel: upwards on screen going right
    assert mm.pick_arc(float(top[0]), float(top[1]) + 2, [line]) == 0
    assert mm.pick_arc(50.0, 0.0, [line]) is None  # the chord is not the arc


def test_next_at_site_steps_and_wraps(bundled):
    site = bundled.site_of("session-1")
    entries = bundled.sites[site].entries
    assert mm.next_at_site(bundled, site, None, entries) == "session-1"
    assert mm.next_at_site(bundled, site, "session-1", entries) == "session-25"
    assert mm.next_at_site(bundled, site, "session-91", entries) == "session-1"


def test_choose_labels_skips_overlaps_tries_other_sides_and_keeps_the_selection():
    boxes = [[(0, 0, 10, 10)], [(5, 5, 15, 15)], [(20, 0, 30, 10)]]
    assert mm.choose_labels(boxes) == [(0, 0), (2, 0)]
    assert sorted(mm.choose_labels(boxes, keep_out=[1])) == [(1, 0), (2, 0)]
    assert mm.choose_labels(boxes, obstacles=[(25, 5, 27, 7)]) == [(0, 0)]  # a marker under 2
    two_sides = [[(0, 0, 10, 10)], [(5, 0, 15, 10), (20, 0, 30, 10)]]
    assert mm.choose_labels(two_sides) == [(0, 0), (1, 1)]  # the second goes to its left


def test_missing_places_are_counted_in_a_range(bundled):
    from viewer.core.dates import days_from_civil

    assert mm.missing_in_range(bundled, None) == (len(bundled.unplaced), 1)
    recent = (float(days_from_civil(2011, 1, 1)), float(days_from_civil(2026, 12, 31)))
    assert mm.missing_in_range(bundled, recent) == (0, 0)
    aruba = (float(days_from_civil(1993, 1, 1)), float(days_from_civil(1993, 12, 31)))
    assert mm.missing_in_range(bundled, aruba)[1] == 1


def test_cities_without_coordinates_are_looked_up_and_marked(tmp_path):
    from viewer.core.gazetteer import load_gazetteer

    ds = _doc(
        tmp_path,
        [
            {
                "id": "a",
                "title": "A",
                "start": "2001",
                "place": {"city": "Lyon", "country": "France"},
            },
            {
                "id": "b",
                "title": "B",
                "start": "2002",
                "place": {"city": "Lyon", "country": "Chile"},
            },
            {"id": "c", "title": "C", "start": "2003", "place": {"city": "Nowhere"}},
        ],
    )
    model = mm.build_map(ds, load_world(), load_gazetteer())
    lyon = next(s for s in model.sites if s.label == "Lyon, France")
    assert lyon.looked_up and lyon.coords_url == "https://www.geonames.org/2996944"
    x, y = mm.equal_earth(4.85, 45.75)
    assert (lyon.x, lyon.y) == pytest.approx((float(x), float(y)), abs=1e-3)
    chile = next(s for s in model.sites if s.label == "Chile")  # no Lyon there: the country
    assert chile.by_country and not chile.looked_up
    assert model.off_map == ("c",)


def test_marker_areas_follow_counts_within_a_cap():
    assert mm.site_radius_px(0, 5.0) == 0
    assert mm.site_radius_px(4, 5.0, 4) == pytest.approx(10.0)  # area 4 x one record's
    big = mm.site_radius_px(10_000, 5.0, 10_000)
    assert big == pytest.approx(5.0 * mm.MAX_RADIUS_UNITS)
    assert mm.site_radius_px(2_500, 5.0, 10_000) == pytest.approx(big / 2)
    assert mm.site_radius_px(1, 5.0, 10_000) == mm.MIN_RADIUS_PX


def test_an_era_of_one_year_is_labelled_with_that_year(tmp_path):
    place = {"city": "Dakar", "country": "Senegal", "lat": 14.69, "lon": -17.44}
    one_year = _doc(tmp_path, [{"id": "a", "title": "A", "start": "2000", "place": place}])
    assert [e.label for e in mm.build_map(one_year, load_world()).eras] == ["2000"]
    two = _doc(
        tmp_path,
        [
            {"id": "a", "title": "A", "start": "2000", "place": place},
            {"id": "b", "title": "B", "start": "2001", "place": place},
        ],
    )
    assert [e.label for e in mm.build_map(two, load_world()).eras] == ["2000–2001"]


def test_a_city_in_a_country_the_shapes_do_not_name_is_looked_up_in_what_it_may_mean(
    tmp_path,
):
    ds = _doc(
        tmp_path,
        [
            {
                "id": "a",
                "title": "A",
                "start": "2001",
                "place": {"city": "Busan", "country": "Korea"},
            },
            {
                "id": "b",
                "title": "B",
                "start": "2002",
                "place": {"city": "Lyon", "country": "Korea"},
            },
            {
                "id": "c",
                "title": "C",
                "start": "2003",
                "place": {"city": "London", "country": "UK"},
            },
        ],
    )
    from viewer.core.gazetteer import load_gazetteer

    model = mm.build_map(ds, load_world(), load_gazetteer())
    assert sorted(s.label for s in model.sites) == ["Busan, Korea", "London, UK"]
    assert all(s.looked_up and not s.by_country for s in model.sites)
    assert model.off_map == ("b",)  # Lyon is in France, not in either Korea: not guessed


def test_a_site_given_only_by_coordinates_is_named_by_them(tmp_path):
    """Its marker said "unknown" while the details panel gave the coordinates."""
    ds = _doc(
        tmp_path,
        [{"id": "a", "title": "A", "start": "2000", "place": {"lat": 48.2, "lon": 16.37}}],
    )
    model = mm.build_map(ds, load_world())
    assert [site.label for site in model.sites] == ["48.2° N, 16.37° E"]
    # Beside its marker too, whole: the map wrote "48.2° N" (a second trial).
    assert [site.short for site in model.sites] == ["48.2° N, 16.37° E"]
    lyon = _doc(
        tmp_path,
        [
            {
                "id": "l",
                "title": "L",
                "start": "2000",
                "place": {"city": "Lyon", "lat": 45.75, "lon": 4.85},
            }
        ],
    )
    assert [site.short for site in mm.build_map(lyon, load_world()).sites] == ["Lyon"]


def test_a_date_wider_than_an_era_has_none_and_the_legend_says_so(tmp_path):
    """ "19XX" took the colour of the first era (1900-1919), though it may be any year of
    the century, and stretched the eras over the century (a trial): it has no era, the
    eras are those of the dates known to a year, and the legend explains the grey."""
    from viewer.app.cli import main

    place = {"city": "Lyon", "country": "France", "lat": 45.75, "lon": 4.85}
    records = [
        {"id": "x", "title": "X", "start": "19XX", "place": place},
        {"id": "a", "title": "A", "start": "1990-05", "place": place},
        {"id": "b", "title": "B", "start": "2005", "place": place},
        {"id": "d", "title": "D", "start": "201X", "place": place},  # after the last era
        {"id": "e", "title": "E", "start": "199X", "place": place},  # within one
        {"id": "f", "title": "F", "start": "200X", "place": place},  # past "2000–2005"
        {"id": "g", "title": "G", "kind": "event", "start": None, "end": "1995", "place": place},
    ]
    model = mm.build_map(_doc(tmp_path, records), load_world())
    era = dict(
        zip(model.entry_ids, (model.eras[e].label if e >= 0 else None for e in model.entry_era))
    )
    assert era == {
        "x": None,
        "a": "1990–1999",
        "b": "2000–2005",
        "d": None,
        "e": "1990–1999",
        "f": None,
        "g": "1990–1999",
    }
    # The record known by its end alone is in a range that holds its end
    shown = np.flatnonzero(mm.entries_in_range(model, (9000.0, 9500.0)))  # within 1994-1996
    assert [model.entry_ids[e] for e in shown] == ["x", "e", "g"]  # 19XX and 199X may be
    out = tmp_path / "map.svg"
    assert main(["export", str(tmp_path / "t.json"), "--view", "map", "-o", str(out)]) == 0
    assert "No period: no date, or a date no single period holds" in out.read_text(encoding="utf-8")


def test_a_range_does_not_hold_the_day_after_it(tmp_path):
    """A range's end is not in it (``--range 1949-12-01:1949-12-31`` ends at the start of
    1 January 1950): records of 1950 were counted in it (a trial)."""
    from viewer.core.dates import parse_edtf

    place = {"city": "Lyon", "country": "France", "lat": 45.75, "lon": 4.85}
    ds = _doc(
        tmp_path,
        [
            {"id": "a", "title": "A", "start": "1950", "place": place},
            {"id": "b", "title": "B", "start": "1949-12-31", "place": place},
            {
                "id": "c",
                "title": "C",
                "kind": "event",
                "start": None,
                "end": "1950",
                "place": place,
            },
        ],
    )
    model = mm.build_map(ds, load_world())
    december = (parse_edtf("1949-12-01").first_day, parse_edtf("1949-12-31").last_day + 1.0)
    shown = [model.entry_ids[e] for e in np.flatnonzero(mm.entries_in_range(model, december))]
    assert shown == ["b"]
    # A view that shows half of 31 December still shows its record
    half = (parse_edtf("1949-12-31").first_day + 0.5, parse_edtf("1950").first_day - 0.1)
    shown = [model.entry_ids[e] for e in np.flatnonzero(mm.entries_in_range(model, half))]
    assert shown == ["b"]
