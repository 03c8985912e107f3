"""Plain CSV with documented columns."""

import codecs
import datetime

import pytest

from viewer.core.dates import days_from_civil, format_range
from viewer.core.errors import LoadError
from viewer.core.importers import load_bytes
from viewer.core.layout import compute_layout


def _load(text, name="t.csv", **kw):
    return load_bytes(text.encode("utf-8"), name, **kw)


def test_columns_lanes_places_people_sources_and_intervals():
    text = (
        "# title: My institutions\n# as_of: 2025-06\n"
        "id,Title,Start,End,Lane,Kind,City,Country,People,Summary,Sources,Related\n"
        "a,Founded,1923-09,,Bodies,,Vienna,Austria,Johann Schober; Someone Else,,"
        "https://e.org/1 https://e.org/2;https://e.org/3,b\n"
        "b,Term,1923/1938,,People,presidency,,,,,https://e.org/b,\n"
        "c,Running,1946~,..,,,,,,plain <b>text</b>,,\n"
        "w,War,1939-09-01,1945-09-02,Periods,era,,,,,,\n"
    )
    result = _load(text)
    ds = result.dataset
    assert ds.title == "My institutions" and ds.as_of.text == "2025-06"
    assert [lane.title for lane in ds.lanes] == ["Bodies", "People", "Periods", "Events"]
    a = ds.get("a")
    assert a.start.display() == "September 1923" and a.place.display() == "Vienna, Austria"
    assert [p.name for p in a.people] == ["Johann Schober", "Someone Else"]
    assert [s.url for s in a.sources] == ["https://e.org/1", "https://e.org/2", "https://e.org/3"]
    b = ds.get("b")
    assert (b.kind, b.start.text, b.end.text) == ("presidency", "1923", "1938")
    c = ds.get("c")
    assert c.open_end and c.start.approximate and c.sources == ()
    assert c.summary == "plain <b>text</b>"  # plain text stays as written, shown escaped
    assert ds.get("w").kind == "era"
    assert not result.errors
    assert [p.field for p in result.problems] == ["sources"]  # c has no source


def test_each_bad_row_is_reported_with_its_line():
    text = (
        "id,title,start,end,lane,kind,sources,colour\n"
        "ok,Good,1923,,,,https://e.org,red\n"
        "bad-day,Bad day,1923-02-31,,,,,\n"
        '"multi\nline",Two lines,1923,,,,,\n'
        "slash,Slash,03/04/1923,,,,,\n"
        "back,Backwards,1930,1920,,,,\n"
        "ok,Duplicate,1923,,,,,\n"
        ",No id no date,,,,,,\n"
        "url,Bad URL,1923,,,,ftp://x.org,\n"
        "kind,Odd kind,1923,,,battle,,\n"
        "lane,Odd lane,1923,,nowhere,,,\n"
    )
    result = _load(text)
    assert sorted(r.id for r in result.dataset.records) == [
        "kind",
        "lane",
        "multi\nline",
        "no-id-no-date",  # its start unknown, as our format's null: undated
        "ok",
        "url",
    ]
    found = {(p.line, p.severity, p.field) for p in result.problems}
    assert {
        (3, "error", "start"),
        (6, "error", "start"),
        (7, "error", "end"),
        (8, "error", "id"),
        (9, "warning", "id"),  # its id made from its title; no start: unknown
        (10, "warning", "sources"),
        (11, "warning", "kind"),
        (1, "warning", "colour"),
    } <= found
    slash = next(p for p in result.problems if p.line == 6)
    assert "ambiguous" in slash.message and slash.record_id == "slash"
    assert "line 6 (id 'slash'), field 'start'" in str(slash)


def test_declared_date_format_in_the_file_or_the_call():
    body = "id,title,start\na,A,03/04/1923\n"
    assert _load("# date_format: DMY\n" + body).dataset.get("a").start.text == "1923-04-03"
    assert _load(body, date_format="MDY").dataset.get("a").start.text == "1923-03-04"
    assert (
        _load("# date_format: DMY\n" + body, date_format="MDY").dataset.get("a").start.text
        == "1923-03-04"
    )
    with pytest.raises(LoadError, match="line 1.*YMD"):
        _load("# date_format: YMD\n" + body)


def test_semicolons_and_byte_order_mark_as_excel_writes_them():
    raw = codecs.BOM_UTF8 + "Id;Title;Start\r\nz;Zürich;1923\r\n".encode()
    result = load_bytes(raw, "excel.csv")
    assert result.dataset.get("z").title == "Zürich"


def test_aliases_and_missing_start_column():
    result = _load("title,date,end_date,group,description,url\nA,1923,1924,G,d,https://e.org\n")
    record = result.dataset.records[0]
    assert (record.end.text, record.lane, record.summary) == ("1924", "G", "d")
    with pytest.raises(LoadError, match="start"):
        _load("id,title\na,A\n")


def test_many_rows_of_one_title_get_ids_in_linear_time():
    """Each made-up id counted up from ``-2`` past every id taken before it: 37,500 rows
    titled "a" took four and a half minutes."""
    import time

    began = time.perf_counter()
    result = _load("title,start\n" + "a,1923\n" * 30_000)
    assert time.perf_counter() - began < 10
    ids = [r.id for r in result.dataset.records]
    assert ids[:3] == ["a", "a-2", "a-3"] and ids[-1] == "a-30000" and len(set(ids)) == 30_000
    mixed = _load("id,title,start\na-2,x,1923\n,a,1923\n,a,1923\n,a,1923\n")
    assert [r.id for r in mixed.dataset.records] == ["a-2", "a", "a-3", "a-4"]


def test_running_record_without_as_of_is_drawn_to_today():
    # The file's latest date is 2021: the running record used to stop there, a year long.
    text = (
        "id,title,start,end\nrun,Still running,2020-03-01,..\ndone,Finished,2021-01-01,2021-02-01\n"
    )
    result = _load(text)
    ds = result.dataset
    assert ds.as_of is None and not result.errors
    layout = compute_layout(ds)
    i = layout.index_of("run")
    today = datetime.datetime.now(datetime.timezone.utc).date()
    today_days = (today - datetime.date(1970, 1, 1)).days
    assert abs(layout.x1_days[i] - today_days) <= 1.0
    assert format_range(ds.get("run").start, None, open_end=True).endswith("– present")


def test_running_record_with_as_of_stops_there():
    text = "# as_of: 2022-06-30\nid,title,start,end\nrun,Still running,2020-03-01,..\n"
    layout = compute_layout(_load(text).dataset)
    assert layout.x1_days[layout.index_of("run")] == days_from_civil(2022, 6, 30) + 0.5


def test_sources_without_a_scheme_are_read_as_https():
    result = _load("id,title,start,sources\na,A,1923,//example.org/a; https://e.org/b\n")
    assert [s.url for s in result.dataset.get("a").sources] == [
        "https://example.org/a",
        "https://e.org/b",
    ]
    assert not result.problems


def test_records_without_a_source_are_named_in_the_warning(tmp_path):
    from viewer.core.importers import load_any

    path = tmp_path / "t.csv"
    path.write_text(
        "id,title,start,sources\n"
        + "".join(f"r{n},Row {n},2000,\n" for n in range(8))
        + "s,Sourced,2001,https://e.org\n",
        encoding="utf-8",
    )
    warning = next(str(p) for p in load_any(path).problems if p.field == "sources")
    assert "8 records without a source URL" in warning
    assert "'r0', 'r1', 'r2', 'r3', 'r4' and 3 more" in warning
    assert "'s'" not in warning


def test_rows_without_a_lane_join_the_files_own_events_lane_and_eras_shade_every_lane():
    """A file with a lane "Events" and rows without a lane gets one "Events" lane, not two;
    an era without a lane is a band across every lane (found by a new-user trial)."""
    result = _load(
        "title,start,end,lane,kind,sources\n"
        "A,1990,,Events,,https://e.org\n"
        "B,1991,,Other,,https://e.org\n"
        "Nineties,1990,1999,,era,https://e.org\n"
        "C,1992,,,,https://e.org\n"
    )
    ds = result.dataset
    assert [lane.title for lane in ds.lanes] == ["Events", "Other"]
    lane_of = {r.title: r.lane for r in ds.records}
    assert lane_of["C"] == lane_of["A"] and lane_of["Nineties"] is None
    layout = compute_layout(ds)
    era = layout.index_of(next(r.id for r in ds.records if r.title == "Nineties"))
    assert era is not None and layout.across[era]


def test_a_row_without_id_or_title_is_not_said_to_take_its_id_from_its_title():
    # A trial: "no id; it is given the id 'record', made from its title" for a row with
    # no title
    from viewer.core.importers import load_bytes

    raw = b"id,title,start,sources\na,A,1990,https://e.org/a\n,,1991,https://e.org/b\n"
    result = load_bytes(raw, "t.csv")
    messages = [p.message for p in result.problems if p.field == "id"]
    assert len(messages) == 1 and messages[0].startswith("no id and no title; it is given")


def test_a_lane_whose_rows_are_all_refused_is_not_drawn(tmp_path):
    # A trial: one good row in lane L and one refused row without a lane drew an empty
    # "Events" lane in the window and the export.
    from viewer.core.importers import load_any

    path = tmp_path / "lane.csv"
    path.write_text("id,title,start,lane\nx1,ok,2020,L\nx2,bad,nope,\nx3,bad too,1999-02-30,M\n")
    result = load_any(path)
    assert [r.id for r in result.dataset.records] == ["x1"]
    assert [lane.id for lane in result.dataset.lanes] == ["L"]
    assert len(result.errors) == 2


def test_a_csv_names_where_its_coordinates_come_from(tmp_path):
    """A coords_source column was refused as unknown: a CSV could not credit its
    gazetteer (a second trial); it is the place's, as in our JSON."""
    from viewer.core.importers import load_any

    path = tmp_path / "c.csv"
    path.write_text(
        "id,title,start,lat,lon,coords_source\n"
        "a,A,2000,48.2,16.37,https://www.geonames.org/2761369\n"
        "b,B,2001,,,https://ignored.example\n",
        encoding="utf-8",
    )
    result = load_any(path)
    assert not [p for p in result.problems if p.field == "coords_source"]
    a, b = result.dataset.get("a"), result.dataset.get("b")
    assert a.place.coords_source == "https://www.geonames.org/2761369"
    assert b.place is None  # no coordinates: nothing they come from


def test_a_title_of_spaces_alone_is_no_title():
    """A title of spaces was drawn as a bare "[6]", its footnote "[6]    : https://..."
    (a new user's finding); it is warned about as a missing title, and the record is
    named by its id."""
    raw = b'id,title,start,sources\na,A,1990,https://e.org/a\nb,"   ",1991,https://e.org/b\n'
    result = load_bytes(raw, "t.csv")
    assert [r.title for r in result.dataset.records] == ["A", "b"]
    assert [(p.record_id, p.field, p.message) for p in result.problems] == [
        ("b", "title", "no title")
    ]


def test_an_empty_start_is_unknown_as_our_formats_null():
    """A CSV row with an empty start was refused and lost, where our JSON's ``"start":
    null`` loads the same record with its start unknown (a new user's finding): both load
    alike, undated without an end, drawn from its end with one."""
    from tests.documents import document, record
    from viewer.core.loading import load_document

    result = _load("id,title,start,end\nnone,No dates,,\nend,End only,,1960\n")
    assert not result.errors
    records = [record("none", None), record("end", None, end="1960")]
    for r in records:
        r["start"] = None  # the key is required, its value may be null
    ours = load_document(document(records), "t.json")
    assert not ours.errors
    for rid in ("none", "end"):
        got, want = result.dataset.get(rid), ours.dataset.get(rid)
        assert (got.start, got.end, got.open_end) == (want.start, want.end, want.open_end)
    assert result.dataset.get("end").end.text == "1960"
    layout = compute_layout(result.dataset)
    assert "none" in layout.undated and "end" in layout.ids


def test_an_intervals_unknown_or_open_start_is_unknown_as_an_empty_cell():
    """ "/1930" (EDTF's unknown start) and "../1930" (open) were refused where an empty
    start with the end 1930 loaded (a trial): both load with their start unknown."""
    result = _load("id,title,start\nu,Unknown,/1930\no,Open,../1930\n")
    assert not result.errors
    for rid in ("u", "o"):
        record = result.dataset.get(rid)
        assert record.start is None and record.end.text == "1930"
