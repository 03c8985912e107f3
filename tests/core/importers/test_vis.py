"""vis-timeline items and groups."""

import json

import pytest

from viewer.core.dates import days_from_civil
from viewer.core.importers import load_bytes
from viewer.core.importers.vis import parse_vis_date
from viewer.core.layout import compute_layout


def _load(data, **kw):
    return load_bytes(json.dumps(data).encode(), "items.json", **kw)


def test_items_and_groups():
    data = {
        "groups": [
            {"id": 2, "content": "<b>Second</b>", "order": 2},
            {"id": "one", "content": "First", "order": 1, "nestedGroups": ["nowhere"]},
        ],
        "items": [
            {"id": 1, "content": "A <i>box</i>", "start": "2014-04-20", "group": "one"},
            {
                "id": "r",
                "content": "Range",
                "start": "2014-04-20T10:00:00",
                "end": "2014-05-01",
                "group": 2,
                "title": "Tip <a href='https://e.org/x'>x</a>",
            },
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
    result = _load(
        [
            {"id": 1, "content": "a", "start": "1923", "group": "x"},
            {"id": 2, "content": "b", "start": "1924"},
        ]
    )
    assert [lane.title for lane in result.dataset.lanes] == ["x", "Items"]
    assert result.dataset.get("1").start.precision == "year"


@pytest.mark.parametrize(
    "item,field,needle",
    [
        (
            {"id": "x", "content": "c", "start": "1923", "group": "missing"},
            "group",
            "unknown group",
        ),
        ({"id": "x", "content": "c", "start": "1923-02-30"}, "start", "does not exist"),
        ({"id": "x", "content": "c"}, "start", "missing start"),
        ({"id": "x", "content": "c", "start": "1923", "type": "range"}, "end", "needs an end"),
        ({"id": "x", "content": "c", "start": "1930", "end": "1920"}, "end", "before start"),
        ({"id": "x", "content": "c", "start": True}, "start", "expected a date"),
        ({"id": "x", "content": "c", "start": 1e20}, "start", "outside"),
        ({"id": "x", "content": "c", "start": "03/04/1923"}, "start", "ambiguous"),
        ({"id": "a", "content": "dup", "start": "1923"}, "id", "duplicate id"),
    ],
)
def test_bad_items(item, field, needle):
    data = {
        "groups": [{"id": "g", "content": "G"}],
        "items": [{"id": "a", "content": "ok", "start": "1900", "group": "g"}, item],
    }
    result = _load(data)
    assert [r.id for r in result.dataset.records] == ["a"]
    (error,) = result.errors
    assert (error.index, error.collection, error.field) == (1, "items", field)
    assert needle in error.message


def test_slash_dates_with_a_declared_order_and_point_with_end():
    result = _load(
        [{"id": 1, "content": "a", "start": "03/04/1923", "end": "1930", "type": "point"}],
        date_format="DMY",
    )
    record = result.dataset.get("1")
    assert record.start.text == "1923-04-03" and record.end is None
    assert any(p.field == "end" and p.severity == "warning" for p in result.problems)


def test_milliseconds_are_utc_days():
    assert parse_vis_date(0, None).text == "1970-01-01"
    assert parse_vis_date(-1, None).text == "1969-12-31"
    assert parse_vis_date(days_from_civil(1066, 10, 14) * 86_400_000, None).text == "1066-10-14"


@pytest.mark.parametrize(
    "value,needle",
    [
        ("2014-04-20T25:99:99Z", "the time 25:99:99 does not exist"),
        ("2014-04-20T23:60", "the time 23:60 does not exist"),
        ("2014-04-20T10:00:61+02:00", "the time 10:00:61 does not exist"),
        ("2014-04-20T10:00:00+25:00", r"the time zone \+25:00 does not exist"),
        ("2014-04-20T10:00 and more", "is not a date and time"),
        ("2014-04-20T١٠:00", "is not an ASCII digit"),
    ],
)
def test_impossible_times_are_errors_not_dropped(value, needle):
    """``T25:99:99Z`` was read as 20 April 2014, the time silently dropped."""
    from viewer.core.dates import DateError

    with pytest.raises(DateError, match=needle):
        parse_vis_date(value, None)


@pytest.mark.parametrize(
    "value,day",
    [
        ("2014-04-20T10:00", "2014-04-20"),
        ("2014-04-20 10:00:59.999Z", "2014-04-20"),
        ("2014-04-20T24:00:00", "2014-04-20"),
        ("+002014-04-20T23:59:59-0500", "2014-04-20"),
        ("2014-04-20t10:00z", "2014-04-20"),
    ],
)
def test_possible_times_keep_their_day(value, day):
    assert parse_vis_date(value, None).text == day


def test_a_day_with_javascripts_expanded_year_is_read():
    """JavaScript writes years before 0 with a sign and six digits: "-000044-03-15" was
    refused as "a month or day of a year beyond 9999", while the same day with a time
    was read (a new user's finding)."""
    from viewer.core.dates import DateError

    assert parse_vis_date("-000044-03-15", None).text == "-0044-03-15"
    assert parse_vis_date("+002024-01-05", None).text == "2024-01-05"
    assert parse_vis_date("-000049", None).text == "-0049"  # a year alone (the second trial)
    assert parse_vis_date("-000049-07", None).text == "-0049-07"
    with pytest.raises(DateError, match="does not exist"):
        parse_vis_date("-000044-02-30", None)
    with pytest.raises(DateError, match="more than four digits"):
        parse_vis_date("+012021-01-01", None)


def test_milliseconds_beyond_four_digit_years_state_the_real_limit():
    from viewer.core.dates import DateError

    last = days_from_civil(10000, 1, 1) * 86_400_000 - 1
    first = days_from_civil(-9999, 1, 1) * 86_400_000
    assert parse_vis_date(last, None).text == "9999-12-31"
    assert parse_vis_date(first, None).text == "-9999-01-01"
    for value in (last + 1, first - 1, 8.64e15, -8.64e15):
        with pytest.raises(DateError) as info:
            parse_vis_date(value, None)
        assert "years -9999 to 9999" in str(info.value)
        assert "-377,705,116,800,000 to 253,402,300,799,999 milliseconds" in str(info.value)
        assert "JavaScript's own" not in str(info.value)  # JavaScript reads these
    with pytest.raises(
        DateError,
        match=r"9,000,000,000,000,000 milliseconds .* beyond "
        r"JavaScript's own \(±8.64e15\)",
    ):
        parse_vis_date(9e15, None)


def test_ids_and_groups_that_are_not_text_or_numbers_are_warned_about():
    """Objects, booleans and empty text were replaced by a made-up id without a word."""
    data = {
        "groups": [{"id": "g", "content": "G"}, {"id": True, "content": "H"}],
        "items": [
            {"id": {"a": 1}, "content": "obj", "start": "1900", "group": "g"},
            {"id": False, "content": "bool", "start": "1901", "group": "g"},
            {"id": "", "content": "empty", "start": "1902", "group": ["g"]},
            {"id": 7, "content": "fine", "start": "1903", "group": "g"},
        ],
    }
    result = _load(data)
    assert [r.title for r in result.dataset.records] == ["obj", "bool", "empty", "fine"]
    assert result.dataset.records[3].id == "7"
    warnings = [
        (p.collection, p.index, p.field, p.message)
        for p in result.problems
        if "expected a text or a number" in p.message
    ]
    assert warnings == [
        ("groups", 1, "id", "expected a text or a number, found true or false"),
        (
            "items",
            0,
            "id",
            "expected a text or a number, found an object; an id is made from the title",
        ),
        (
            "items",
            1,
            "id",
            "expected a text or a number, found true or false; an id is made from the title",
        ),
        (
            "items",
            2,
            "id",
            "expected a text or a number, found empty text; an id is made from the title",
        ),
        (
            "items",
            2,
            "group",
            "expected a text or a number, found an array; read as an item without a group",
        ),
    ]


def test_numbers_of_thousands_of_digits_are_errors_not_a_crash():
    """4,300 digits is as many as Python reads; ``math.isfinite`` of such a number
    raised OverflowError (exit 70)."""
    big = "9" * 4300
    raw = f'[{{"id": 1, "start": {big}}}, {{"id": {big}, "start": "1900", "end": -{big}}}]'
    result = load_bytes(raw.encode(), "items.json")
    assert [(p.index, p.field) for p in result.errors] == [(0, "start"), (1, "end")]
    for error in result.errors:
        assert error.message.startswith("a number of 4,300 digits as milliseconds is outside")
        assert len(str(error)) < 500


def test_links_without_a_scheme_are_read_as_https():
    items = [
        {
            "id": 1,
            "start": "2014-04-20",
            "content": '<a href="//example.org/a">A</a>',
            "title": '<a href="//x.example/b">b</a>',
        }
    ]
    record = _load(items).dataset.get("1")
    assert [s.url for s in record.sources] == ["https://example.org/a", "https://x.example/b"]


def test_a_background_without_a_group_spans_every_lane():
    data = {
        "groups": [{"id": "a", "content": "A"}, {"id": "b", "content": "B"}],
        "items": [
            {"id": "x", "content": "x", "start": "2001-01-01", "group": "a"},
            {"id": "y", "content": "y", "start": "2002-01-01", "group": "b"},
            {"id": "z", "content": "z", "start": "2003-01-01", "group": "b"},
            {
                "id": "bg",
                "type": "background",
                "content": "Dry years",
                "start": "2000-01-01",
                "end": "2004-01-01",
            },
        ],
    }
    result = _load(data)
    ds = result.dataset
    assert not result.errors
    assert [lane.title for lane in ds.lanes] == ["A", "B"]  # no "(no group)" lane
    bg = ds.get("bg")
    assert (bg.kind, bg.lane, bg.title) == ("era", None, "Dry years")
    layout = compute_layout(ds)
    i = layout.index_of("bg")
    assert layout.across[i] and layout.is_band[i] and layout.across.sum() == 1
    assert layout.y0[i] == layout.lanes[0].y0
    assert layout.y0[i] + layout.height[i] == layout.lanes[-1].y1
    day = days_from_civil(2000, 6, 1)
    assert layout.across_index.query(0, 1, day, day).tolist() == [i]  # over every lane
    # hiding a lane keeps it across the others
    hidden = compute_layout(ds, hidden_lanes=frozenset({"a"}))
    assert hidden.across[hidden.index_of("bg")]


@pytest.mark.parametrize("kind", [["range"], {"a": 1}])
def test_a_type_that_is_not_text_is_warned_about_not_a_crash(kind):
    """A list as an item's type raised "unhashable type" and refused the whole file (a
    new user's finding): it is warned about, and both records load."""
    result = _load(
        {
            "items": [
                {"id": "ok", "start": "2000-01-01", "content": "Good", "type": kind},
                {"id": "ok2", "start": "2001-01-01", "content": "Good2"},
            ]
        }
    )
    assert [r.id for r in result.dataset.records] == ["ok", "ok2"]
    [warning] = [p for p in result.problems if p.field == "type"]
    assert warning.record_id == "ok" and warning.message.startswith("expected a type name, found")


def test_content_that_is_not_text_is_warned_about():
    """An object as an item's or a group's content made the title the id, and the lane
    the group's id, without a word; a number is read as its text."""
    result = _load(
        {
            "items": [
                {"id": "a", "start": "2000", "content": {"x": 1}, "group": "g"},
                {"id": "b", "start": "2001", "content": 42, "group": "g"},
            ],
            "groups": [{"id": "g", "content": ["x"]}],
        }
    )
    assert [r.title for r in result.dataset.records] == ["a", "42"]
    found = sorted(
        (p.field, p.record_id, p.message) for p in result.problems if p.field == "content"
    )
    assert found == [
        ("content", "a", "expected a text or a number, found an object; read as empty"),
        ("content", "g", "expected a text or a number, found an array; read as empty"),
    ]


def test_an_item_without_content_is_titled_by_its_id_with_a_warning():
    """An empty content made the item's title its id ("7") without a word, where a CSV row
    without a title is warned of (a new user's finding)."""
    result = _load([{"id": 7, "content": "", "start": "2014-04-20"}])
    assert [r.title for r in result.dataset.records] == ["7"]
    (warning,) = [p for p in result.problems if p.record_id == "7"]
    assert (warning.field, warning.message) == ("content", "no title")
