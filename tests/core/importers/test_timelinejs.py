"""TimelineJS JSON and spreadsheet CSV: mapping, dates, problems with their place."""

import json

import pytest

from tests.conftest import FIXTURES
from viewer.core.errors import LoadError
from viewer.core.importers import load_any, load_bytes

TLJS = FIXTURES / "timelinejs"


def _json(events, **top):
    return json.dumps({"events": events, **top}).encode()


def _event(year="1923", **extra):
    return {"start_date": {"year": year}, "text": {"headline": f"event {year}"}, **extra}


def test_the_same_timeline_in_both_formats_gives_the_same_records():
    from_json = load_any(TLJS / "women_in_computing.json")
    from_csv = load_any(TLJS / "women_in_computing.csv")
    assert from_json.format == "timelinejs-json" and from_csv.format == "timelinejs-csv"

    def key(r):
        return (r.id, r.title, r.start.text, r.end.text if r.end else None, r.lane)

    assert [key(r) for r in from_json.dataset.records] == [key(r) for r in from_csv.dataset.records]
    assert from_json.dataset.title == from_csv.dataset.title == "Women in Computing"
    assert len(from_json.dataset.records) == 10 and not from_json.errors and not from_csv.errors


def test_no_markup_reaches_titles_or_summaries():
    for name in ("women_in_computing.json", "women_in_computing.csv", "eras.json"):
        for r in load_any(TLJS / name).dataset.records:
            for text in (r.title, r.summary, r.display_date, *(s.title for s in r.sources)):
                assert "<" not in text and "&amp;" not in text, (name, r.id, text)


def test_mapping_of_an_event():
    result = load_any(TLJS / "women_in_computing.json")
    ada = result.dataset.get("ada-lovelace")
    assert ada.start.text == "1815-12-10" and ada.end.text == "1852-11-27"
    assert ada.summary.startswith("Women have been programming")
    urls = [s.url for s in ada.sources]
    assert urls[0].endswith("Ada_Lovelace_portrait.jpg")  # media.url
    assert "https://en.wikipedia.org/wiki/Analytical_Engine" in urls  # link in the text
    assert ada.sources[0].title.startswith("Portrait by Alfred Edward Chalon")  # caption
    clarke = result.dataset.get("edith-clarke-bucking-the-trend")
    assert "There is no demand for women engineers" in clarke.summary  # a quote as media
    eniac = result.dataset.get("and-the-women-who-made-it-work")
    assert eniac.start.precision == "month" and eniac.dates_display == "July 1943 – 1946"


def test_eras_become_bands_in_a_lane_of_their_own():
    result = load_any(TLJS / "eras.json")
    lanes = result.dataset.lanes
    assert lanes[0].title == "Eras"
    eras = [r for r in result.dataset.records if r.kind == "era"]
    assert [e.title for e in eras] == ["Era Test 650-700", "Era Test 600-650", "Era Test 700-720"]
    assert all(e.lane == lanes[0].id and e.is_span for e in eras)
    assert result.dataset.title == "Eras Test"
    from viewer.core.layout import compute_layout

    layout = compute_layout(result.dataset)
    assert layout.is_band[[layout.ids.index(e.id) for e in eras]].all()


def test_ids_groups_display_dates_and_bc_years():
    events = [
        _event("-44", unique_id="caesar", group="Rome", display_date="Ides of March"),
        _event("1923", group="Vienna"),
        _event("1923", group="Vienna"),  # same headline: the generated id gets a suffix
        _event("2000"),  # no group: lane "Events"
        _event("1914", unique_id=7),
    ]
    result = load_bytes(
        _json(events, title={"text": {"headline": "<b>T</b>", "text": "d"}}), "t.json"
    )
    ds = result.dataset
    assert [r.id for r in ds.records] == ["caesar", "event-1923", "event-1923-2", "event-2000", "7"]
    assert [lane.title for lane in ds.lanes] == ["Rome", "Vienna", "Events"]
    caesar = ds.get("caesar")
    assert caesar.start.display() == "44 BC" and caesar.dates_display == "Ides of March"
    assert (ds.title, ds.description) == ("T", "d")


@pytest.mark.parametrize(
    "event,field,needle",
    [
        (_event("0"), "start_date", "no year 0"),
        (
            {"start_date": {"year": "1923", "month": "2", "day": "30"}},
            "start_date",
            "does not exist",
        ),
        ({"start_date": {"year": "1923", "month": "13"}}, "start_date", "1-12"),
        ({"start_date": {"year": "nineteen"}}, "start_date", "whole number"),
        ({"start_date": {"month": "3"}}, "start_date", "without a year"),
        ({"text": {"headline": "no date"}}, "start_date", "missing start date"),
        ({"start_date": {"year": 1950}, "end_date": {"year": 1940}}, "end_date", "before start"),
        ({"start_date": "03/04/1923"}, "start_date", "ambiguous"),
        ("not an object", "", "expected an object"),
    ],
)
def test_bad_events_are_reported_and_the_others_load(event, field, needle):
    result = load_bytes(_json([_event("1900"), event, _event("2000")]), "t.json")
    assert [r.start.text for r in result.dataset.records] == ["1900", "2000"]
    (error,) = result.errors
    assert (error.index, error.collection, error.field) == (1, "events", field)
    assert needle in error.message
    assert "t.json, events #2" in str(error)


def test_duplicate_ids_unknown_fields_and_bad_media():
    events = [
        _event("1900", unique_id="a"),
        _event("1901", unique_id="a"),
        _event("1902", colour="red", media={"url": "javascript:alert(1)"}),
    ]
    result = load_bytes(_json(events, extra=1), "t.json")
    assert [r.id for r in result.dataset.records] == ["a", "event-1902"]
    problems = {(p.severity, p.index, p.field): p.message for p in result.problems}
    assert "duplicate id" in problems[("error", 1, "id")]
    assert problems[("warning", 2, "colour")] == "unknown field, ignored"
    assert "not an http(s) URL" in problems[("warning", 2, "media.url")]
    assert ("warning", None, "extra") in problems
    assert result.dataset.get("event-1902").sources == ()


CSV_HEADER = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,"
    "Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
)


def test_spreadsheet_rows_types_numbers_and_lines():
    body = (
        CSV_HEADER
        + ',,,,,,,,,My title,"<p>About</p>",,,,,title,,\n'
        + '"1,923",9,3,,,,,,,Vienna,"two\nlines",,,,,,Police,\n'
        + "1939,,,,1945,,,,,War,,,,,,era,,\n"
        + "1950,2,30,,,,,,,Bad day,,,,,,,Police,\n"
        + ",,,,,,,,,Second title,,,,,,title,,\n"
        + "1960,,,,,5,,,,Dangling end month,,,,,,,,\n"
    )
    result = load_bytes(body.encode(), "sheet.csv")
    ds = result.dataset
    assert ds.title == "My title" and ds.description == "About"
    assert [lane.title for lane in ds.lanes] == ["Eras", "Police", "Events"]
    vienna = ds.get("vienna")
    assert vienna.start.text == "1923-09-03" and vienna.summary == "two\nlines"
    assert ds.get("war").kind == "era"
    by_line = {(p.line, p.severity, p.field): p.message for p in result.problems}
    assert "does not exist" in by_line[(6, "error", "Day")]  # after a two-line cell
    assert "second title" in by_line[(7, "warning", "Type")]
    assert "missing start" in by_line[(7, "error", "Year")]
    assert "without an End Year" in by_line[(8, "warning", "End Year")]
    assert ds.get("dangling-end-month").end is None
    assert len(result.errors) == 2


def test_old_spreadsheet_columns_and_declared_slash_dates():
    body = (
        "Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,"
        "Media Thumbnail,Type,Tag\n"
        "03/04/1923,,Slash date,,,,,,,Old\n"
        '"2012,1,26",2012-02,Comma date,,,,,,,Old\n'
    )
    result = load_bytes(body.encode(), "old.csv")
    assert [r.title for r in result.dataset.records] == ["Comma date"]
    (error,) = result.errors
    assert (error.line, error.field) == (2, "Start Date") and "ambiguous" in error.message
    declared = load_bytes(body.encode(), "old.csv", date_format="MDY")
    assert [r.start.text for r in declared.dataset.records] == ["1923-03-04", "2012-01-26"]
    assert declared.dataset.lanes[0].title == "Old" and not declared.errors


def test_ids_and_groups_that_are_not_text_or_numbers_are_warned_about():
    result = load_bytes(
        _json(
            [
                _event("1923", unique_id={"a": 1}),
                _event("1924", unique_id=True, group=["x"]),
                _event("1925", unique_id=25),
            ]
        ),
        "t.json",
    )
    assert [r.id for r in result.dataset.records] == ["event-1923", "event-1924", "25"]
    assert [(p.index, p.field, p.message) for p in result.problems if p.field != "sources"] == [
        (
            0,
            "unique_id",
            "expected a text or a number, found an object; an id is made from the headline",
        ),
        (
            1,
            "unique_id",
            "expected a text or a number, found true or false; an id is made from the headline",
        ),
        (
            1,
            "group",
            "expected a text or a number, found an array; read as an event without a group",
        ),
    ]


def test_texts_that_are_not_text_are_warned_about_and_read_as_empty():
    """A headline given as an object became "(untitled)" without a word (a new user's
    finding); so did a media URL given as a list, in either layout of the format."""
    v3 = {
        "events": [
            {"start_date": {"year": 2000}, "text": {"headline": {"a": 1}, "text": "ok"}},
            {"start_date": {"year": 2001}, "text": {"headline": "Fine"}, "media": {"url": ["x"]}},
        ]
    }
    v2 = {"timeline": {"headline": "T", "date": [{"startDate": "2000", "headline": [1]}]}}
    found = []
    for doc in (v3, v2):
        result = load_bytes(json.dumps(doc).encode(), "t.json")
        assert len(result.dataset.records) == len(doc.get("events", [None]))
        found += [(p.index, p.field, p.message) for p in result.problems if p.field != "sources"]
    assert found == [
        (0, "text.headline", "expected a text or a number, found an object; read as empty"),
        (1, "media.url", "expected a text or a number, found an array; read as empty"),
        (0, "headline", "expected a text or a number, found an array; read as empty"),
    ]


def test_a_title_slide_or_display_date_that_is_not_text_is_warned_about():
    doc = {
        "title": {"text": {"headline": {"x": 1}}},
        "events": [
            {"start_date": {"year": 2000}, "text": {"headline": "A"}, "display_date": {"a": 1}}
        ],
    }
    result = load_bytes(json.dumps(doc).encode(), "slides.json")
    assert result.dataset.title == "slides"  # the file's name, as without a headline
    found = [(p.index, p.field, p.message) for p in result.problems if p.field != "sources"]
    reason = "expected a text or a number, found an object; read as empty"
    assert found == [(None, "title.text.headline", reason), (0, "display_date", reason)]


@pytest.mark.parametrize("year", ["١٩٢٣", "１９２３", "1９23"])
def test_digits_other_than_ascii_are_refused_with_a_reason(year):
    """``int()`` reads Arabic-Indic and full-width digits: they were taken as 1923."""
    for raw, name in (
        (_json([_event(year), _event("1924")]), "t.json"),
        (f"Year,Headline\n{year},a\n1924,b\n".encode(), "t.csv"),
    ):
        result = load_bytes(raw, name)
        assert [r.start.text for r in result.dataset.records] == ["1924"]
        [error] = result.errors
        assert "is not an ASCII digit; dates are written with the digits 0-9" in error.message


def test_numbers_of_thousands_of_digits_are_errors_not_a_crash():
    big = "9" * 4300
    raw = (
        '{"events": [{"start_date": {"year": %s}}, {"start_date": {"year": 1923, "month": %s}},'
        ' {"start_date": {"year": 1e300}}, {"start_date": {"year": 1923}}]}' % (big, big)
    )
    result = load_bytes(raw.encode(), "t.json")
    assert [r.start.text for r in result.dataset.records] == ["1923"]
    assert [p.index for p in result.errors] == [0, 1, 2]
    assert all(len(str(p)) < 300 for p in result.errors)
    assert "of about 4,30" in result.errors[0].message


def test_timelinejs2_layout_reads_as_the_same_records():
    result = load_any(TLJS / "old_layout.json")
    ds = result.dataset
    assert result.format == "timelinejs-json" and not result.errors
    assert ds.title == "Harbour works" and ds.description.startswith("Building the new harbour")
    # eras first, then the tags in the order timeline.tags gives, then untagged events
    assert [lane.title for lane in ds.lanes] == ["Eras", "Works", "Council", "Events"]
    pier = ds.get("pier-built")
    assert (pier.start.text, pier.end.text) == ("1999-03-14", "2001-11-02")
    assert pier.summary == "Piles driven, then the deck poured."
    assert [(s.url, s.title) for s in pier.sources] == [
        ("https://example.org/pier.jpg", "The pier in 2000")
    ]
    assert ds.get("council-vote").start.text == "1998-06-01"  # the time of day is dropped
    assert ds.get("opening-day").start.precision == "year"
    assert ds.get("a-roman-quay-said-to-be-here").start.display() == "44 BC"
    era = ds.get("construction-years")
    assert era.kind == "era" and era.lane == ds.lanes[0].id and era.end.text == "2002-12-31"
    # the same event in the version 3 layout gives the same record
    v3 = load_bytes(
        _json(
            [
                {
                    "start_date": {"year": 1999, "month": 3, "day": 14},
                    "end_date": {"year": 2001, "month": 11, "day": 2},
                    "text": {
                        "headline": "Pier built",
                        "text": "<p>Piles driven, then the deck poured.</p>",
                    },
                    "group": "Works",
                    "media": {
                        "url": "https://example.org/pier.jpg",
                        "caption": "The pier in 2000",
                        "credit": "Port archive",
                    },
                }
            ]
        ),
        "v3.json",
    ).dataset.get("pier-built")
    assert v3 == pier


def test_timelinejs2_problems_name_the_event_and_field():
    doc = {
        "timeline": {
            "headline": "t",
            "date": [
                {"startDate": "2012,13,1", "headline": "bad month"},
                {"headline": "no date"},
                {"startDate": "2012,1,5", "endDate": "2011", "headline": "ends before"},
                {"startDate": "2012,1,5", "headline": "fine", "colour": "red"},
                "not an object",
            ],
            "era": [{"startDate": "2010", "headline": "open era"}],
            "extra": 1,
        }
    }
    result = load_bytes(json.dumps(doc).encode(), "old.json")
    assert [r.title for r in result.dataset.records] == ["fine"]
    where = {(p.collection, p.index, p.field) for p in result.problems}
    assert {
        ("date", 0, "startDate"),
        ("date", 1, "startDate"),
        ("date", 2, "endDate"),
        ("date", 3, "colour"),
        ("date", 4, ""),
        ("era", 0, "endDate"),
        ("", None, "timeline.extra"),
    } <= where


@pytest.mark.parametrize(
    "doc",
    [
        {"timeline": {"date": "nope"}},
        {"timeline": {"headline": "no dates"}},
        {"timeline": {"date": []}, "events": "x"},
    ],
)
def test_timelinejs2_detection_is_strict(doc):
    with pytest.raises(LoadError) as info:
        load_bytes(json.dumps(doc).encode(), "x.json")
    assert "x.json" in str(info.value)


def test_media_and_links_without_a_scheme_are_read_as_https():
    event = _event(
        media={"url": "//upload.example.org/pic.jpg", "caption": "A picture"},
        text={"headline": "h", "text": 'See <a href="//example.org/more">more</a>.'},
    )
    record = load_bytes(_json([event]), "t.json").dataset.records[0]
    assert [s.url for s in record.sources] == [
        "https://upload.example.org/pic.jpg",
        "https://example.org/more",
    ]
    old = load_any(TLJS / "old_layout.json").dataset.get("council-vote")
    assert [s.url for s in old.sources] == ["https://example.org/minutes.pdf"]
    sheet = load_bytes(b"Year,Headline,Media\n1923,h,//example.org/x.png\n", "t.csv")
    assert [s.url for s in sheet.dataset.records[0].sources] == ["https://example.org/x.png"]


def test_a_spreadsheet_date_error_names_the_column_at_fault():
    """Day 30 of February blamed the Year column (a new user's finding)."""
    text = (
        "Year,Month,Day,Headline,Text,End Year,End Month,End Day\n"
        "2020,2,30,Bad day,x,,,\n"
        "2020,13,1,Bad month,x,,,\n"
        "20x0,1,1,Bad year,x,,,\n"
        "2020,1,1,Bad end,x,2021,2,31\n"
    )
    result = load_bytes(text.encode(), "tl.csv")
    assert [(p.line, p.field) for p in result.errors] == [
        (2, "Day"),
        (3, "Month"),
        (4, "Year"),
        (5, "End Day"),
    ]


def test_an_event_without_a_headline_or_text_is_untitled_with_a_warning():
    """An empty headline became "(untitled)" without a word, where a CSV row without a
    title is warned of (a new user's finding)."""
    empty = _event("1950", unique_id="e")
    empty["text"] = {"headline": ""}
    result = load_bytes(_json([_event("1923"), empty]), "t.json")
    titles = {r.id: r.title for r in result.dataset.records}
    assert titles["e"] == "(untitled)"
    (warning,) = [p for p in result.problems if p.record_id == "e"]
    assert (warning.field, warning.message) == ("text.headline", "no title")


def test_a_refused_event_is_named_by_its_headline():
    """A TimelineJS file has no ids: "events #137" alone sent the reader counting events.
    A problem of an event names its headline after its place, literally; an event
    without a headline is named by its place alone."""
    doc = {
        "events": [
            {"start_date": {"year": "1950"}, "text": {"headline": "Good"}},
            {"text": {"headline": "Vienna <b>congress</b>"}},
            {"start_date": {"year": "1951", "month": "13"}, "text": {"headline": ""}},
        ]
    }
    result = load_bytes(json.dumps(doc).encode(), "t.json")
    errors = [str(p) for p in result.errors]
    assert errors[0].startswith("error: t.json, events #2 ('Vienna congress'), field 'start_date'")
    assert errors[1].startswith("error: t.json, events #3, field 'start_date': month 13")
    assert [p.location for p in result.errors] == [
        "events #2 ('Vienna congress')",
        "events #3",
    ]


def test_a_year_of_many_digits_is_said_to_be_too_large():
    """A year "19500000000000000" was called "not a whole number", which it is (a
    trial): it is said to be beyond the years this viewer reads."""
    doc = {"events": [{"start_date": {"year": "19500000000000000"}, "text": {"headline": "H"}}]}
    result = load_bytes(json.dumps(doc).encode(), "t.json")
    [error] = result.errors
    assert error.message == (
        "year of about 17 digits is beyond 100,000,000,000 before or after year 0"
    )
