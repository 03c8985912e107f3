"""Parquet files, partitioned Parquet folders and Arrow IPC (Feather) files."""

import datetime as dt

import pyarrow as pa
import pyarrow.feather as feather
import pyarrow.parquet as pq
import pytest

from viewer.core.errors import LoadError
from viewer.core.importers import load_any, load_bytes

CSV = (
    "id,title,start,end,lane,kind,place,people,summary,sources\n"
    "a,Founded,1923-09-03,,Bodies,,Vienna,Johann Schober; Someone Else,First,"
    "https://e.org/1;https://e.org/2\n"
    "b,Term,1923,1938,People,presidency,,Ann Bee,,https://e.org/b\n"
    "c,Running,1946~,..,Bodies,,,,,\n"
)
TABLE = {
    "id": ["a", "b", "c"],
    "title": ["Founded", "Term", "Running"],
    "start": ["1923-09-03", "1923", "1946~"],
    "end": [None, "1938", ".."],
    "lane": ["Bodies", "People", "Bodies"],
    "kind": [None, "presidency", None],
    "place": ["Vienna", None, None],
    "people": [["Johann Schober", "Someone Else"], ["Ann Bee"], []],
    "summary": ["First", None, None],
    "sources": [["https://e.org/1", "https://e.org/2"], ["https://e.org/b"], None],
}


def _facts(result):
    return [
        (
            r.id,
            r.title,
            r.kind,
            r.start.text,
            r.end.text if r.end else None,
            r.open_end,
            r.lane,
            r.place.display() if r.place else None,
            [p.name for p in r.people],
            r.summary,
            [s.url for s in r.sources],
        )
        for r in result.dataset.records
    ]


@pytest.fixture
def from_csv():
    result = load_bytes(CSV.encode(), "t.csv")
    assert not result.errors
    return result


def test_parquet_gives_the_records_of_the_same_csv(tmp_path, from_csv):
    path = tmp_path / "t.parquet"
    pq.write_table(pa.table(TABLE), path)
    result = load_any(path)
    assert result.format == "parquet" and not result.errors
    assert _facts(result) == _facts(from_csv)
    assert [lane.title for lane in result.dataset.lanes] == ["Bodies", "People"]


@pytest.mark.parametrize("suffix", [".feather", ".arrow", ".data"])
def test_feather_gives_the_records_of_the_same_csv(tmp_path, from_csv, suffix):
    path = tmp_path / f"t{suffix}"  # recognised by its content, whatever its name
    feather.write_feather(pa.table(TABLE), path)
    result = load_any(path)
    assert result.format == "arrow" and not result.errors
    assert _facts(result) == _facts(from_csv)


def test_an_arrow_stream_gives_the_records_of_the_same_csv(tmp_path, from_csv):
    """An Arrow IPC stream (``.arrows``, what ``pa.ipc.new_stream`` writes) was said to
    be "UTF-16 text without a byte-order mark" (a new user's finding); cut short, it is
    named as a damaged Arrow file."""
    path = tmp_path / "t.arrows"
    table = pa.table(TABLE)
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    result = load_any(path)
    assert result.format == "arrow" and not result.errors
    assert _facts(result) == _facts(from_csv)
    cut = tmp_path / "cut.arrows"
    cut.write_bytes(path.read_bytes()[:40])
    with pytest.raises(LoadError, match="cut.arrows: not a readable Arrow / Feather file"):
        load_any(cut)


def test_partitioned_folder_reads_partition_columns(tmp_path, from_csv):
    folder = tmp_path / "dataset"
    pq.write_to_dataset(pa.table(TABLE), folder, partition_cols=["lane"])
    (folder / "notes.txt").write_text("not a table")
    result = load_any(folder)
    assert result.format == "parquet" and not result.errors
    by_id = {f[0]: f for f in _facts(result)}
    assert by_id == {f[0]: f for f in _facts(from_csv)}


def test_date_and_timestamp_columns_land_on_their_calendar_day(tmp_path):
    utc = dt.timezone.utc
    table = pa.table(
        {
            "id": ["a", "b", "c"],
            "start": pa.array(
                [dt.date(1923, 9, 3), dt.date(1850, 1, 1), dt.date(2024, 2, 29)], pa.date32()
            ),
            # 20:00 UTC is the next day in Tokyo, the timestamp's own zone
            "end": pa.array(
                [
                    dt.datetime(1938, 3, 12, 20, 0, tzinfo=utc),
                    dt.datetime(1850, 1, 1, 0, 0, tzinfo=utc),
                    dt.datetime(2024, 3, 1, 14, 59, tzinfo=utc),
                ],
                pa.timestamp("us", tz="Asia/Tokyo"),
            ),
            "display_date": pa.array([dt.datetime(2020, 1, 1, 23, 59)] * 3, pa.timestamp("s")),
        }
    )
    path = tmp_path / "dates.parquet"
    pq.write_table(table, path)
    result = load_any(path)
    assert not result.errors
    got = {r.id: (r.start.text, r.end.text, r.start.precision) for r in result.dataset.records}
    assert got == {
        "a": ("1923-09-03", "1938-03-13", "day"),
        "b": ("1850-01-01", "1850-01-01", "day"),
        "c": ("2024-02-29", "2024-03-01", "day"),
    }
    assert result.dataset.get("a").display_date == "2020-01-01"  # naive: as written


def test_bad_rows_are_reported_by_row_and_good_rows_load(tmp_path):
    table = pa.table(
        {
            "id": ["a", "b", "c", "d", "e"],
            "start": ["1923", "1923-02-31", "1950", None, "1960"],
            "kind": ["event", "event", "event", "event", "meteor"],
        }
    )
    path = tmp_path / "bad.parquet"
    pq.write_table(table, path)
    result = load_any(path)
    # d's start is unknown (null), as in our format: it loads undated
    assert [r.id for r in result.dataset.records] == ["a", "c", "d", "e"]
    assert result.dataset.get("d").start is None
    errors = [str(p) for p in result.errors]
    assert len(errors) == 1
    assert errors[0].startswith(f"error: {path}, row 2 (id 'b'), field 'start': ")
    assert any(
        str(p).startswith(f"warning: {path}, row 5 (id 'e'), field 'kind'") for p in result.problems
    )


def test_unknown_column_of_any_type_is_a_warning(tmp_path):
    table = pa.table(
        {
            "id": ["a"],
            "title": ["A"],
            "start": ["1923"],
            "sources": ["https://e.org"],
            "extra": pa.array([{"x": 1}]),
        }
    )
    path = tmp_path / "extra.parquet"
    pq.write_table(table, path)
    result = load_any(path)
    assert len(result.dataset.records) == 1
    assert [str(p) for p in result.problems] == [
        f"warning: {path}, field 'extra': unknown column, ignored"
    ]


@pytest.mark.parametrize(
    "case", ["corrupt", "truncated", "struct start", "no start", "empty folder"]
)
def test_unreadable_tables_are_one_line_errors(tmp_path, case):
    path = tmp_path / "t.parquet"
    if case == "corrupt":
        path.write_bytes(b"PAR1" + b"\x00garbage" * 10 + b"PAR1")
        expected = "not a readable Parquet file"
    elif case == "truncated":
        pq.write_table(pa.table(TABLE), path)
        path.write_bytes(path.read_bytes()[:-20] + b"PAR1")
        expected = "not a readable Parquet file"
    elif case == "struct start":
        pq.write_table(pa.table({"start": pa.array([{"x": 1}]), "title": ["A"]}), path)
        expected = "column 'start' holds struct<x: int64>, which cannot be read as text"
    elif case == "no start":
        pq.write_table(pa.table({"title": ["x"]}), path)
        expected = "no 'start' column"
    else:
        path = tmp_path / "folder"
        (path / "lane=x").mkdir(parents=True)
        with pytest.raises(LoadError, match="a folder without Parquet files"):
            load_any(path)
        return
    with pytest.raises(LoadError) as info:
        load_any(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and expected in message and "\n" not in message


def test_an_empty_table_says_it_has_no_rows(tmp_path):
    # A second user's 0-row Parquet file said "No record could be loaded. The reasons:"
    # and nothing more, and validate found no error
    path = tmp_path / "empty.parquet"
    pq.write_table(
        pa.table({"id": pa.array([], pa.string()), "start": pa.array([], pa.string())}), path
    )
    result = load_any(path)
    assert not result.dataset.records
    assert [p.message for p in result.errors] == [
        "the table has no rows: the file holds no records"
    ]


def test_a_table_without_start_names_its_own_columns(tmp_path):
    # The message listed the columns this format reads as if they were the file's
    path = tmp_path / "nostart.parquet"
    pq.write_table(pa.table({"id": ["a"], "title": ["T"]}), path)
    with pytest.raises(LoadError) as caught:
        load_any(path)
    assert "no 'start' column (the file's columns: 'id', 'title'); this format reads id," in str(
        caught.value
    )


def test_a_folder_whose_files_disagree_names_the_column_and_the_files(tmp_path):
    # pyarrow said "Unsupported cast from struct<...> to list using function cast_list",
    # naming neither the file nor the column
    folder = tmp_path / "parts"
    folder.mkdir()
    row = {"id": ["a"], "title": ["A"], "start": ["2000"]}
    pq.write_table(pa.table({**row, "sources": [["https://e.org"]]}), folder / "a.parquet")
    pq.write_table(pa.table({**row, "sources": [{"url": "x", "n": 1}]}), folder / "b.parquet")
    with pytest.raises(LoadError) as info:
        load_any(folder)
    message = str(info.value)
    assert "'sources'" in message and "a.parquet" in message and "b.parquet" in message
    (folder / "b.parquet").write_bytes(b"PAR1 cut short")
    with pytest.raises(LoadError) as info:
        load_any(folder)
    assert "b.parquet: not a readable Parquet file" in str(info.value)


def test_a_folder_whose_files_give_a_column_different_types_reads_each_as_text(tmp_path):
    """Dates as date32 in one file, as text in another, years as numbers in a third, and
    timestamps in two zones: the folder was refused where each file alone read (a trial).
    Each file's column is read as that file alone reads it; rows keep their files' names."""
    import datetime

    folder = tmp_path / "parts"
    for lane in ("A", "B", "C", "D"):
        (folder / f"lane={lane}").mkdir(parents=True)

    def rows(ids, start, **more):
        return {"id": ids, "title": [i.upper() for i in ids], "start": start, **more}

    pq.write_table(
        pa.table(rows(["a", "b"], pa.array([datetime.date(2000, 1, 2), None], pa.date32()))),
        folder / "lane=A" / "p.parquet",
    )
    pq.write_table(pa.table(rows(["c"], ["1999-12"])), folder / "lane=B" / "p.parquet")
    pq.write_table(
        pa.table(rows(["d", "e"], pa.array([50, 1990], pa.int64()), end=["1990", "1900"])),
        folder / "lane=C" / "p.parquet",
    )
    moment = datetime.datetime(2001, 1, 1, 23, 30, tzinfo=datetime.timezone.utc)
    pq.write_table(
        pa.table(rows(["f"], pa.array([moment], pa.timestamp("s", tz="Asia/Tokyo")))),
        folder / "lane=D" / "p.parquet",
    )
    result = load_any(folder)
    starts = {r.id: r.start.text if r.start else None for r in result.dataset.records}
    assert starts == {
        "a": "2000-01-02",
        "b": None,  # a null date: not known
        "c": "1999-12",
        "d": "0050",
        "f": "2001-01-02",  # the day in the timestamp's own zone
    }
    assert [r.lane for r in result.dataset.records] == ["A", "A", "B", "C", "D"]
    # The row ending before its start, named in its file
    named = [(p.collection, p.index, p.field) for p in result.problems if p.severity == "error"]
    assert [(c.split("\x00")[-1], i, f) for c, i, f in named] == [("lane=C/p.parquet", 1, "end")]


@pytest.mark.parametrize("row_path", [False, True], ids=["columns", "rows"])
def test_control_characters_are_replaced_and_named_and_cells_stripped_as_csv_does(
    tmp_path, monkeypatch, row_path
):
    from viewer.core.importers import arrow_columns

    if row_path:  # the path of tables that are not plain
        monkeypatch.setattr(arrow_columns, "read_plain_table", lambda *a, **k: None)
    table = {
        "id": [" a ", "b", "   ", "c\x07d"],
        "title": ["A\x01x", "\u00a0B\u3000", "C", "D\u0085"],
        "start": ["1950", " 1951", "1952 ", "1953"],
        # an item holding the unit separator stays one person
        "people": [["Doe\x1fJane"], [], [], []],
        "sources": [["https://e.org/1"], ["https://e.org/2"], ["https://e.org/3"], []],
    }
    pq.write_table(pa.table(table), tmp_path / "t.parquet")
    result = load_any(tmp_path / "t.parquet")
    records = result.dataset.records
    assert [(r.id, r.title, r.start.text) for r in records] == [
        ("a", "A\ufffdx", "1950"),
        ("b", "B", "1951"),
        ("c", "C", "1952"),
        ("c\ufffdd", "D\ufffd", "1953"),
    ]
    assert [p.name for p in records[0].people] == ["Doe\ufffdJane"]
    bad = [(p.location, p.record_id, p.field) for p in result.problems if "not text" in p.message]
    assert bad == [
        ("row 1", "a", "title"),
        ("row 1", "a", "people"),
        ("row 4", "c\ufffdd", "id"),
        ("row 4", "c\ufffdd", "title"),
    ]
    assert any(p.field == "id" and "no id" in p.message for p in result.problems)


def test_many_rows_of_bad_text_are_listed_up_to_a_hundred_then_counted(tmp_path):
    n = 130
    table = {
        "id": [f"r{k}" for k in range(n)],
        "title": [f"T\x00{k}" for k in range(n)],
        "start": ["1950"] * n,
        "sources": [["https://e.org/1"]] * n,
    }
    pq.write_table(pa.table(table), tmp_path / "t.parquet")
    result = load_any(tmp_path / "t.parquet")
    assert len(result.dataset.records) == n
    bad = [p for p in result.problems if "not text" in p.message]
    assert [p.location for p in bad[:2]] == ["row 1", "row 2"] and len(bad) == 101
    assert bad[-1].location == "" and bad[-1].message.startswith("30 more rows")


def test_a_control_character_is_found_across_the_blocks_the_bytes_are_read_in(monkeypatch):
    from viewer.core.importers import arrow_text

    monkeypatch.setattr(arrow_text, "_BLOCK", 3)
    cells = ["ab", "c\u0080", "d", "\u00a0ok", "\u00e9t\u00e9", "x\x7f", "\u0160\u009f"]
    found = arrow_text.text_column(pa.chunked_array([pa.array(cells)]), "title", "f")
    assert found.bad_rows.tolist() == [1, 5, 6]
    assert found.cells.to_pylist() == [
        "ab",
        "c\ufffd",
        "d",
        "ok",
        "\u00e9t\u00e9",
        "x\ufffd",
        "\u0160\ufffd",
    ]


def test_an_empty_column_is_empty_and_a_column_that_is_not_text_is_ignored(tmp_path):
    # A trial: an all-null "end" column (what pandas writes for an empty one) refused the
    # whole file, as did a place given as a struct
    table = {
        "id": ["n1", "n2"],
        "title": ["A", "B"],
        "start": ["1990", "1991"],
        "end": pa.array([None, None]),
        "summary": pa.array([None, None]),
        "place": pa.array([{"city": "Lyon"}, {"city": "Rome"}]),
        "sources": [["https://e.org/a"], ["https://e.org/b"]],
    }
    pq.write_table(pa.table(table), tmp_path / "t.parquet")
    result = load_any(tmp_path / "t.parquet")
    assert [(r.id, r.start.text, r.end, r.place) for r in result.dataset.records] == [
        ("n1", "1990", None, None),
        ("n2", "1991", None, None),
    ]
    assert [(p.severity, p.field) for p in result.problems] == [("warning", "place")]
    assert "holds struct<city: string>, which cannot be read as text; ignored" in str(
        result.problems[0]
    )


def test_whole_numbers_in_date_columns_are_years(tmp_path):
    # A trial: an int64 start column of 1923, 50 and -44 said "'50' is not an EDTF date"
    table = {
        "title": ["A", "B", "C"],
        "start": [1923, 50, -44],
        "end": pa.array([1925, None, -43], pa.int16()),
        "sources": [["https://e.org/a"]] * 3,
    }
    pq.write_table(pa.table(table), tmp_path / "t.parquet")
    result = load_any(tmp_path / "t.parquet")
    assert not result.errors
    dates = [(r.start.text, r.end.text if r.end else None) for r in result.dataset.records]
    assert dates == [("1923", "1925"), ("0050", None), ("-0044", "-0043")]


@pytest.mark.parametrize(
    ("values", "kind", "shown"),
    [
        # 2**62 microseconds: Arrow wrote '<value out of range: 53375995>'
        ([0, 2**62, None], pa.timestamp("us"), "148108-07-06"),
        # 2**62 seconds wrapped round to a day in range when cast to a date
        ([0, 2**62, None], pa.timestamp("s"), "146138514283-06-19"),
        ([0, 2**31 - 1, None], pa.date32(), "5881580-07-11"),
        ([0, -(2**31), None], pa.date32(), "-5877641-06-23"),
    ],
)
def test_a_day_beyond_the_years_edtf_writes_is_refused_naming_it(tmp_path, values, kind, shown):
    table = pa.table({"id": ["a", "b", "c"], "start": pa.array(values, kind)})
    feather.write_feather(table, tmp_path / "far.arrow")  # Parquet keeps no seconds
    result = load_any(tmp_path / "far.arrow")
    records = result.dataset.records
    assert [(r.id, r.start and r.start.text) for r in records] == [("a", "1970-01-01"), ("c", None)]
    (error,) = result.errors  # a null start is unknown, as our format's null
    assert (error.index, error.field) == (1, "start")
    assert error.message.startswith(f"'{shown}': a month or day of a year beyond 9999")


def test_the_last_days_edtf_writes_are_read(tmp_path):
    days = [dt.date(1, 1, 1), dt.date(9999, 12, 31)]
    far_past = -4_371_587  # -9999-01-01, days from 1970-01-01
    table = pa.table(
        {
            "id": ["a", "b", "c"],
            "start": pa.array(
                [*[(d - dt.date(1970, 1, 1)).days for d in days], far_past], pa.date32()
            ),
        }
    )
    pq.write_table(table, tmp_path / "edges.parquet")
    result = load_any(tmp_path / "edges.parquet")
    assert not result.errors
    got = [r.start.text for r in result.dataset.records]
    assert got == ["0001-01-01", "9999-12-31", "-9999-01-01"]


def test_timestamps_at_the_limits_of_64_bits_keep_their_day_in_their_zone(tmp_path):
    # A trial: pandas' latest nanosecond timestamp (2262-04-11 23:47 UTC), in Tokyo,
    # wrapped round to 1677 ("end before start", the record lost), and the earliest, in
    # New York, loaded silently as 2262-04-11.
    ns_max, ns_min = 2**63 - 1, -(2**63)
    table = pa.table(
        {
            "id": ["open", "old"],
            "start": pa.array([0, ns_min], pa.timestamp("ns", tz="America/New_York")),
            "end": pa.array([ns_max, None], pa.timestamp("ns", tz="Asia/Tokyo")),
        }
    )
    pq.write_table(table, tmp_path / "limits.parquet")
    result = load_any(tmp_path / "limits.parquet")
    assert not result.errors
    got = {r.id: (r.start.text, r.end.text if r.end else None) for r in result.dataset.records}
    # 1677-09-21 00:12 UTC is the evening before in New York (local mean time, -4:56)
    assert got == {"open": ("1969-12-31", "2262-04-12"), "old": ("1677-09-20", None)}


def test_a_time_zone_that_is_not_known_is_named(tmp_path):
    mars = pa.timestamp("s", tz="Mars/Olympus")
    for column, refused in (("start", True), ("end", False)):
        table = {"id": ["a"], "start": pa.array([0], pa.timestamp("s"))}
        table[column] = pa.array([0], mars)
        path = tmp_path / f"{column}.arrow"
        feather.write_feather(pa.table(table), path)
        said = "gives its times in the time zone 'Mars/Olympus', which is not known"
        if refused:
            with pytest.raises(LoadError, match=said):
                load_any(path)
        else:
            result = load_any(path)
            assert [r.id for r in result.dataset.records] == ["a"]
            assert any(said in p.message and p.field == "end" for p in result.problems)


def test_a_folders_rows_are_named_by_file_and_row_within_it(tmp_path):
    # A trial: the rows of a partitioned folder were numbered across the whole folder
    # ("row 5"), which no file of it has.
    (tmp_path / "lane=A").mkdir()
    (tmp_path / "lane=B").mkdir()
    columns = {"title": ["x", "y"], "sources": [["https://e.org/1"]] * 2}
    pq.write_table(
        pa.table({"id": ["a1", "a\x07"], "start": ["2000", "2001"], **columns}),
        tmp_path / "lane=A" / "part-0.parquet",
    )
    pq.write_table(
        pa.table({"id": ["b1", "a1"], "start": ["bad", "2002"], **columns}),
        tmp_path / "lane=B" / "part-0.parquet",
    )
    said = [(p.location, p.record_id, p.field) for p in load_any(tmp_path).problems if p.location]
    assert said == [
        ("lane=A/part-0.parquet, row 2", "a�", "id"),  # a control character
        ("lane=B/part-0.parquet, row 1", "b1", "start"),
        ("lane=B/part-0.parquet, row 2", "a1", "id"),  # a duplicate
    ]
    (duplicate,) = [p for p in load_any(tmp_path).errors if p.field == "id"]
    assert duplicate.message == "duplicate id (first used at lane=A/part-0.parquet, row 1)"


def test_whole_numbers_beyond_four_digits_are_y_years_and_any_integer_type_is_read(tmp_path):
    # A trial: the least int64 read '--9223372036854775808', a uint64 column refused the
    # file, and 12021 was "not an EDTF date" (EDTF writes it Y12021).
    table = {
        "id": ["a", "b", "c"],
        "start": pa.array([12021, -(2**63), 1923], pa.int64()),
        "end": pa.array([None, None, 2**64 - 1], pa.uint64()),
    }
    pq.write_table(pa.table(table), tmp_path / "y.parquet")
    result = load_any(tmp_path / "y.parquet")
    assert [r.start.text for r in result.dataset.records] == ["Y12021"]
    assert [(e.index, e.field) for e in result.errors] == [(1, "start"), (2, "end")]
    assert result.errors[0].message.startswith("'Y-9223372036854775808': a year of 19 digits")


def test_a_place_given_only_by_its_coordinates_says_them(tmp_path):
    """A row with ``lat`` and ``lon`` but no place name was shown as "Where: unknown"
    (a new user's finding): its place reads as its coordinates."""
    path = tmp_path / "coords.parquet"
    table = {"id": ["a", "b", "c"], "start": ["2000", "2001", "2002"], "lat": [48.2, None, -1e-5]}
    table["lon"] = [-16.37, None, -151.2093]
    pq.write_table(pa.table(table), path)
    result = load_any(path)
    assert not result.errors
    a, b, c = result.dataset.records
    assert a.place is not None and a.place.display() == "48.2° N, 16.37° W"
    assert c.place is not None and c.place.display() == "0.00001° S, 151.2093° W"
    assert a.place_display == "48.2° N, 16.37° W"
    assert b.place is None or b.place.display() == "unknown"


def test_a_folder_without_parquet_files_says_so(tmp_path):
    """An empty folder said "is a folder, not a file", though folders of Parquet files
    are read (a new user's finding)."""
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a table")
    with pytest.raises(LoadError, match="empty: a folder without Parquet files"):
        load_any(folder)


def test_a_column_the_partition_folders_also_give_is_named(tmp_path):
    """pyarrow reads ``lane`` from the folder ``lane=X`` and drops the files' own ``lane``
    column: the load says so (it went unsaid: a new user's finding)."""
    part = tmp_path / "table" / "lane=X"
    part.mkdir(parents=True)
    pq.write_table(
        pa.table({"id": ["a"], "title": ["A"], "start": ["2000"], "lane": ["Y"]}),
        part / "part-0.parquet",
    )
    result = load_any(tmp_path / "table")
    assert [r.lane for r in result.dataset.records] == ["X"]
    (warning,) = [p for p in result.problems if p.field == "lane"]
    assert warning.severity == "warning"
    assert "column 'lane' is not read" in warning.message and "(lane=...)" in warning.message


def test_a_folder_whose_every_partition_is_null_reads(tmp_path):
    """pandas and pyarrow write a null lane as lane=__HIVE_DEFAULT_PARTITION__; a folder
    of those only was "not a readable Parquet file (... couldn't infer type)"."""
    table = pa.table(
        {
            "id": ["a", "b"],
            "title": ["A", "B"],
            "start": ["2000", "2001"],
            "lane": pa.array([None, None], pa.string()),
        }
    )
    pq.write_to_dataset(table, tmp_path / "t", partition_cols=["lane"])
    result = load_any(tmp_path / "t")
    assert not result.errors
    assert sorted(r.id for r in result.dataset.records) == ["a", "b"]


def test_a_column_only_later_files_of_a_folder_hold_is_read(tmp_path):
    """``end`` only in lane=B's file was dropped without a word, B's bars drawn as points
    (a new user's finding): every file's columns are read."""
    folder = tmp_path / "t"
    (folder / "lane=A").mkdir(parents=True)
    (folder / "lane=B").mkdir()
    pq.write_table(pa.table({"id": ["a"], "start": ["2000"]}), folder / "lane=A" / "p.parquet")
    pq.write_table(
        pa.table({"id": ["b"], "start": ["2000"], "end": ["2004"], "summary": ["S"]}),
        folder / "lane=B" / "p.parquet",
    )
    result = load_any(folder)
    assert not result.errors
    b = result.dataset.get("b")
    assert b.end is not None and b.end.text == "2004" and b.summary == "S"
    assert result.dataset.get("a").end is None


def _one_bad_row_table(tmp_path, n):
    """A Parquet table of *n* rows, one of them ending before it starts, and a column this
    viewer does not read: the whole table goes the row-by-row reader."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    ends = [""] * n
    ends[n // 2] = "1980"
    path = tmp_path / "onebad.parquet"
    table = pa.table(
        {
            "id": [f"r{i}" for i in range(n)],
            "title": [f"Meeting {i}" for i in range(n)],
            "lane": ["a"] * n,
            "start": ["1990"] * n,
            "end": ends,
            "colour": ["red"] * n,
        }
    )
    pq.write_table(table, path)
    return path


def test_a_table_read_row_by_row_tells_its_progress_as_it_reads(tmp_path, monkeypatch):
    """A million rows with one bad row: the bar stood at 0 % for most of the load, and
    Cancel was heard only once the rows were read (a trial). Progress rises from the first
    rows read, never goes back, and Cancel stops the reading before the records are
    assembled."""
    from viewer.core.errors import LoadCancelled
    from viewer.core.importers import load_any, plaincsv

    n = 6_000
    path = _one_bad_row_table(tmp_path, n)
    told: list[tuple[int, int]] = []
    assembled_after: list[int] = []
    real_assemble = plaincsv.assemble

    def assemble(*args, **kwargs):
        assembled_after.append(len([d for d, _ in told if d > 0]))
        return real_assemble(*args, **kwargs)

    monkeypatch.setattr(plaincsv, "assemble", assemble)
    result = load_any(path, progress=lambda done, total: told.append((done, total)))
    assert len(result.dataset.records) == n - 1 and result.error_count == 1
    row_path = told[[i for i, (d, _) in enumerate(told) if d == 0][-1] :]  # after the columns
    done = [d for d, _ in row_path]
    assert done == sorted(done) and done[-1] == n and {t for _, t in row_path} == {n}
    assert assembled_after[0] >= 5  # told while reading the rows, before assembling

    def cancel(done, total):
        if done > 0:
            raise LoadCancelled()

    assembled_after.clear()
    with pytest.raises(LoadCancelled):
        load_any(path, progress=cancel)
    assert assembled_after == []  # stopped while the rows were read


def test_years_as_floating_point_or_decimal_numbers(tmp_path):
    """pandas writes a column of years with a missing one as floats, the missing one NaN:
    NaN was an error ("'nan' is not an EDTF date") where a null loaded as an unknown
    start, and a decimal 1999.0 was refused where the float 2000.0 was a year (a trial)."""
    import decimal

    floats = tmp_path / "floats.parquet"
    starts = pa.array([2000.0, float("nan"), 1999.5, None, -44.0])
    pq.write_table(
        pa.table({"id": list("abcde"), "title": list("ABCDE"), "lane": ["x"] * 5, "start": starts}),
        floats,
    )
    result = load_any(floats)
    by_id = {r.id: r for r in result.dataset.records}
    assert by_id["a"].start.display() == "2000" and by_id["e"].start.text == "-0044"
    assert by_id["b"].start is None and by_id["d"].start is None  # NaN as null: unknown
    assert [(p.record_id, p.field) for p in result.errors] == [("c", "start")]
    assert "'1999.5' is not an EDTF date" in result.errors[0].message
    decimals = tmp_path / "decimals.parquet"
    values = [decimal.Decimal("1999.0"), decimal.Decimal("1999.5")]
    pq.write_table(
        pa.table(
            {
                "id": ["a", "b"],
                "title": ["A", "B"],
                "lane": ["x", "x"],
                "start": pa.array(values, pa.decimal128(10, 1)),
            }
        ),
        decimals,
    )
    result = load_any(decimals)
    assert [r.start.display() for r in result.dataset.records] == ["1999"]
    assert [(p.record_id, p.field) for p in result.errors] == [("b", "start")]
    # Whole or not in the decimal's own arithmetic: as a float this one is 2000.0
    close = tmp_path / "close.parquet"
    value = pa.array([decimal.Decimal("1999.9999999999999999")], pa.decimal128(38, 16))
    pq.write_table(pa.table({"id": ["a"], "title": ["A"], "lane": ["x"], "start": value}), close)
    result = load_any(close)
    assert not result.dataset.records and "'1999.9999999999999999'" in result.errors[0].message


def test_a_folder_whose_files_write_text_and_lists_in_their_large_forms_is_read(tmp_path):
    """pandas and polars write ``large_string`` and ``large_list``: a folder of such a file
    and a plain one was refused, naming the wrong column ('id' for 'sources'); a
    dictionary of texts beside plain text is read as text too."""
    folder = tmp_path / "parts"
    folder.mkdir()
    pq.write_table(
        pa.table(
            {
                "id": pa.array(["a"], pa.string()),
                "title": ["A"],
                "start": ["2000"],
                "lane": pa.array(["L"]).dictionary_encode(),
                "sources": pa.array([["https://e.org/a"]], pa.list_(pa.string())),
            }
        ),
        folder / "a.parquet",
    )
    pq.write_table(
        pa.table(
            {
                "id": pa.array(["b"], pa.large_string()),
                "title": ["B"],
                "start": ["2001"],
                "lane": ["L"],
                "sources": pa.array([["https://e.org/b"]], pa.large_list(pa.large_string())),
            }
        ),
        folder / "b.parquet",
    )
    result = load_any(folder)
    assert not result.problems
    assert [(r.id, r.lane, r.sources[0].url) for r in result.dataset.records] == [
        ("a", "L", "https://e.org/a"),
        ("b", "L", "https://e.org/b"),
    ]
    # A text view (pyarrow 16's, polars') beside text, which pyarrow does not join: as text
    pq.write_table(
        pa.table(
            {
                "id": pa.array(["v"], pa.string_view()),
                "title": pa.array(["V"], pa.string_view()),
                "start": ["2003"],
                "sources": pa.array([["https://e.org/v"]], pa.list_(pa.string())),
            }
        ),
        folder / "v.parquet",
    )
    result = load_any(folder)
    assert [r.id for r in result.dataset.records] == ["a", "b", "v"] and not result.errors
    (folder / "v.parquet").unlink()
    # A list in one file and a struct in the other: refused, naming that column
    pq.write_table(
        pa.table({"id": ["c"], "title": ["C"], "start": ["2002"], "sources": [{"u": "x"}]}),
        folder / "c.parquet",
    )
    with pytest.raises(LoadError) as info:
        load_any(folder)
    assert "column 'sources'" in str(info.value) and "c.parquet" in str(info.value)
