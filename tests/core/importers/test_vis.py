"""vis-timeline items and groups."""

import json

import pytest

from viewer.core.dates import days_from_civil
from viewer.core.importers import load_bytes
from viewer.core.importers.vis import parse_vis_date


def _load(data, **kw):
    return load_bytes(json.dumps(data).encode(), "items.json", **kw)


def test_items_and_groups():
    data = {
        "groups": [{"id": 2, "content": "<b>Second</b>", "order": 2},
                   {"id": "one", "content": "First", "order": 1, "nestedGroups": ["nowhere"]}],
        "items": [
            {"id": 1, "content": "A <i>box</i>", "start": "2014-04-20", "group": "one"},
            {"id": "r", "content": "Range", "start": "2014-04-20T10:00:00",
             "end": "2014-05-01", "group": 2, "title": "Tip <a href='https://e.org/x'>x</a>"},
            {"id": "bg", "type": "background", "start": "2014-01", "end": "2014-06", "group": 2},
            {"id": "ms", "content": "Millis", "start": 1025481600000, "group": "one"},
        ],
    }
    result = _load(data)
    ds = result.dataset
    assert [lane.id for lane in ds.lanes] == ["one", "2"]
    assert [lane.title for lane in ds.lanes] == ["First", "Second"]
    assert [r.id for r in ds.records] == ["1", "r", "bg", "ms"]
    assert ds.get("1").title == "A box" and ds.get("1").start.precision == "day"
    r = ds.get("r")
    assert (r.start.text, r.end.text, r.lane) == ("2014-04-20", "2014-05-01", "2")
    assert r.summary == "Tip x" and [s.url for s in r.sources] == ["https://e.org/x"]
    assert ds.get("bg").kind == "era" and ds.get("bg").start.precision == "month"
    assert ds.get("ms").start.text == "2002-07-01"
    (warning,) = [p for p in result.problems if p.field == "nestedGroups"]
    assert warning.collection == "groups" and warning.index == 1 and "nowhere" in warning.message


def test_a_plain_array_makes_lanes_from_group_ids():
    result = _load([{"id": 1, "content": "a", "start": "1923", "group": "x"},
                    {"id": 2, "content": "b", "start": "1924"}])
    assert [lane.title for lane in result.dataset.lanes] == ["x", "Items"]
    assert result.dataset.get("1").start.precision == "year"


@pytest.mark.parametrize("item,field,needle", [
    ({"id": "x", "content": "c", "start": "1923", "group": "missing"}, "group", "unknown group"),
    ({"id": "x", "content": "c", "start": "1923-02-30"}, "start", "does not exist"),
    ({"id": "x", "content": "c"}, "start", "missing start"),
    ({"id": "x", "content": "c", "start": "1923", "type": "range"}, "end", "needs an end"),
    ({"id": "x", "content": "c", "start": "1930", "end": "1920"}, "end", "before start"),
    ({"id": "x", "content": "c", "start": True}, "start", "expected a date"),
    ({"id": "x", "content": "c", "start": 1e20}, "start", "outside"),
    ({"id": "x", "content": "c", "start": "03/04/1923"}, "start", "ambiguous"),
    ({"id": "a", "content": "dup", "start": "1923"}, "id", "duplicate id"),
])
def test_bad_items(item, field, needle):
    data = {"groups": [{"id": "g", "content": "G"}],
            "items": [{"id": "a", "content": "ok", "start": "1900", "group": "g"}, item]}
    result = _load(data)
    assert [r.id for r in result.dataset.records] == ["a"]
    (error,) = result.errors
    assert (error.index, error.collection, error.field) == (1, "items", field)
    assert needle in error.message


def test_slash_dates_with_a_declared_order_and_point_with_end():
    result = _load([{"id": 1, "content": "a", "start": "03/04/1923", "end": "1930",
                     "type": "point"}], date_format="DMY")
    record = result.dataset.get("1")
    assert record.start.text == "1923-04-03" and record.end is None
    assert any(p.field == "end" and p.severity == "warning" for p in result.problems)


def test_milliseconds_are_utc_days():
    assert parse_vis_date(0, None).text == "1970-01-01"
    assert parse_vis_date(-1, None).text == "1969-12-31"
    assert parse_vis_date(days_from_civil(1066, 10, 14) * 86_400_000, None).text == "1066-10-14"
