"""Plain Parquet and Arrow tables read straight into columns give exactly the dataset the
row path gives (records, columns, lanes, problems), and any other table goes the row path."""

import dataclasses
import os

import numpy as np
import pyarrow as pa
import pyarrow.feather as feather
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import generator
from viewer.core.columns import LazyRecords, RecordColumns
from viewer.core.errors import LoadError
from viewer.core.importers import arrow_columns, load_any, plaincsv

BASE = {
    "id": ["a", "b", "c", "d", "e", "f"],
    "title": ["Founded", "Term", "Running", "Era", "Article", "Gap"],
    "start": ["1923-09-03", " 1923 ", "1946~", "1939", "1950-02", "1940"],
    "end": [None, "1938", "..", "1945", None, "1945"],
    "lane": ["Bodies", "People", "Bodies", None, None, None],
    "kind": [None, "Presidency", "EVENT", "era", "article", "no_session"],
    "status": [None, "official", None, None, "published", None],
    "place": ["Vienna", None, "Lyon", None, None, None],
    "country": ["Austria", None, None, "France", None, None],
    "people": [["Johann Schober", "Someone Else"], ["Ann Bee"], [], None, [], []],
    "summary": ["First", None, "", "", "x", ""],
    "sources": [["https://e.org/1", "//e.org/2"], ["https://e.org/b"], None, None, None, []],
    "display_date": [None, "1923 to 1938", None, None, None, None],
}


DMY = "# date_format: DMY\n"
"""A CSV file's line declaring its slash dates day first."""


def _with(**changes):
    table = {k: list(v) for k, v in BASE.items()}
    for key, value in changes.items():
        if value is None:
            del table[key]
        else:
            table[key] = value
    return table


def _write(tmp_path, table, name="t.parquet", metadata=None):
    path = tmp_path / name
    arrow = pa.table(table)
    if metadata:
        arrow = arrow.replace_schema_metadata(metadata)
    if name.endswith(".parquet"):
        pq.write_table(arrow, path)
    else:
        feather.write_feather(arrow, path)
    return path


def _row_path(monkeypatch, path):
    with monkeypatch.context() as m:
        m.setattr(arrow_columns, "read_plain_table", lambda *a, **k: None)
        return load_any(path)


def _same(fast, slow):
    a, b = fast.dataset, slow.dataset
    assert (a.title, a.description, a.as_of, a.lanes) == (b.title, b.description, b.as_of, b.lanes)
    assert list(a.records) == list(b.records)
    assert [str(p) for p in fast.problems] == [str(p) for p in slow.problems]
    assert fast.format == slow.format
    for i, record_id in enumerate(b.columns.ids):
        assert a.position_of(record_id) == b.position_of(record_id) == i
    for field in dataclasses.fields(RecordColumns):
        x, y = getattr(a.columns, field.name), getattr(b.columns, field.name)
        if isinstance(x, np.ndarray):
            assert np.array_equal(x, y), field.name
        else:
            assert x == y, field.name


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"lane": None},  # no lane column: one "Events" lane
        {"lane": ["events", None, "Bodies", None, None, None]},  # the file's own lane
        {"place": None, "country": None},
        {"kind": None, "status": None, "summary": None, "display_date": None},
        {"sources": [[], [], [], [], [], []]},  # every record unsourced
        {"id": ["b", "a", "z", "y", "x", "w"]},
        {"id": ["é", "a", "北京", "y", "cafe\u0301", "café"]},  # beyond ASCII, look-alikes
        # sources that are not plain ASCII URLs: a port, a user, a character beyond ASCII,
        # spaces around an item (stripped in Python)
        {"sources": [["http://e.org:8080/a", "https://u@e.org/"], [], [], [], [], []]},
        {"sources": [["https://e.org/é"], ["\u00a0https://e.org/b "], [], [], [], []]},
        # days with a time of day: their day (a table of them went row by row, 5 s for
        # 200,000 rows)
        {
            "start": ["1923-09-03T10:00:00+01:00", "1923", "1946~", "1939", "1950-02", "1940"],
            "end": [None, "1938-12-31T23:59:59.5Z", "..", "1945", None, "1945-05-08T23:01+02:00"],
        },
        # a list's items whole: a ";" in a URL and in a name, null and empty items left out
        {
            "sources": [["https://e.org/p;id=4?x"], [None, "", "https://e.org/b"], [], [], [], []],
            "people": [["Doe; Jane", None], ["Ann Bee"], [], None, [], []],
        },
    ],
)
def test_a_plain_table_gives_the_row_paths_dataset(tmp_path, monkeypatch, changes):
    path = _write(tmp_path, _with(**changes), metadata={"title": "T", "as_of": "2020-01-01"})
    fast = load_any(path)
    assert isinstance(fast.dataset.records, LazyRecords)  # read into columns
    _same(fast, _row_path(monkeypatch, path))


def test_feather_and_generated_tables_too(tmp_path, monkeypatch):
    path = _write(tmp_path, _with(), name="t.feather")
    fast = load_any(path)
    assert isinstance(fast.dataset.records, LazyRecords)
    _same(fast, _row_path(monkeypatch, path))
    generated = generator().parquet_path(3000, seed=4, folder=tmp_path)
    fast = load_any(generated)
    assert isinstance(fast.dataset.records, LazyRecords)
    assert len(fast.dataset.records) == 3000
    _same(fast, _row_path(monkeypatch, generated))


def test_a_large_table_with_a_few_odd_rows_gives_the_row_paths_dataset(tmp_path, monkeypatch):
    """A generated table with rows of every kind the fast path does not read, scattered:
    read into columns but for those rows, the same dataset and messages as row by row."""
    generated = generator().parquet_path(3000, seed=5, folder=tmp_path)
    table = pq.read_table(generated)
    cells = {name: table.column(name).to_pylist() for name in table.column_names}
    cells["id"][10] = cells["id"][2000]  # a repeated id (both rows)
    cells["id"][20] = ""  # an id made from the title
    cells["end"][30], cells["start"][30] = "1900", "1950"  # an end before its start
    cells["kind"][40] = "spaceship"  # read as an event, with a warning
    cells["start"][50] = "1950~"  # not a plain date
    cells["start"][60] = "3/4/1950"  # a slash date
    cells["sources"][70] = ["ftp://e.org/x"]  # not a web URL
    cells["sources"][80] = ["https://e.org/x", "https://e.org/x"]  # one URL twice
    cells["title"][90] = ""
    cells["related"] = [None] * table.num_rows
    cells["related"][100] = cells["id"][5]  # a reference to a plain row's record
    cells["related"][101] = "nobody"  # a reference to no record
    path = tmp_path / "odd.parquet"
    pq.write_table(pa.table(cells), path)
    fast = load_any(path)
    assert isinstance(fast.dataset.records, LazyRecords)
    assert len(fast.dataset.records) == 3000 - 3  # the repeat, the end, the slash date
    assert {p.index for p in fast.problems if p.index is not None} == {
        20,
        30,
        40,
        60,
        70,
        90,
        2000,
        101,
    }
    _same(fast, _row_path(monkeypatch, path))


@pytest.mark.parametrize(
    "changes",
    [
        {"id": ["a", "a", "c", "d", "e", "f"]},  # a repeated id
        {"id": ["a", "", "c", "d", "e", "f"]},  # an id made from the title
        {"title": ["Founded", "", "Running", "Era", "Article", "Gap"]},
        {"start": ["1923-09-03", "1923", "1946~", "1939", "1950-02", "3/4/1940"]},
        {"start": ["1923-09-03", "1923/1938", "1946~", "1939", "1950-02", "1940"]},
        {"start": ["1923-09-03", "1923", "1946~", "1939", "1950-02", "1940-02-30T10:00"]},
        {"start": ["1923-09-03", "1923", "1946~", "1939", "1950-02", "1940-01-01T24:00:00"]},
        {"start": ["1923-09-03", "1923", "1946~", "1939", "1950-02", "1940-01-01 10:00"]},
        {"end": [None, "1900", "..", "1945", None, "1945"]},  # an end before its start
        {"end": [None, "1938", "..", None, None, "1945"]},  # an era without an end
        {"kind": [None, "presidency", "spaceship", "era", "article", "no_session"]},
        {"status": [None, "official", "maybe", None, "published", None]},
        {"sources": [["ftp://e.org/1"], [], None, None, None, []]},
        {"sources": [["https://e.org/1", "https://e.org/1"], [], None, None, None, []]},
        {"related": ["b", None, None, None, None, None]},
        {"lat": [48.2, None, None, None, None, None]},
        {"colour": ["red", None, None, None, None, None]},  # an unknown column
    ],
)
def test_rows_that_are_not_plain_are_read_as_the_row_path_reads_them(
    tmp_path, monkeypatch, changes
):
    """A row the fast path does not read is read by the row path's rules, the others into
    columns (one such row among a million sent the whole table the row path, 17 times
    slower); the dataset and messages are the row path's. A column the fast path does not
    know sends the whole table the row path."""
    path = _write(tmp_path, _with(**changes))
    result = load_any(path)
    assert isinstance(result.dataset.records, LazyRecords) == ("colour" not in changes)
    _same(result, _row_path(monkeypatch, path))


def _write_csv(tmp_path, table, preamble="", extra_line=""):
    """*table* (as in :data:`BASE`) as a CSV file: lists joined by ``;``, nulls empty."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(table)
    for i in range(len(table["id"])):
        writer.writerow(
            "; ".join(v[i]) if isinstance(v[i], list) else ("" if v[i] is None else v[i])
            for v in table.values()
        )
    path = tmp_path / "t.csv"
    path.write_text(preamble + out.getvalue() + extra_line, encoding="utf-8")
    return path


def _csv_row_path(monkeypatch, path):
    with monkeypatch.context() as m:
        m.setattr(arrow_columns, "read_csv_table", lambda *a, **k: None)
        return load_any(path)


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"lane": None},
        {"place": None, "country": None},
        {"kind": None, "status": None, "summary": None, "display_date": None},
        {"sources": [[], [], [], [], [], []]},
        {"id": ["b", "a", "z", "y", "x", "w"]},
        {"id": ["é", "a", "北京", "y", "cafe\u0301", "café"]},  # beyond ASCII, look-alikes
    ],
)
@pytest.mark.parametrize(
    "preamble", ["", "# title: T\n# as_of: 2020-01-01\n# date_format: DMY\n# description: d\n"]
)
def test_a_plain_csv_file_gives_the_row_paths_dataset(tmp_path, monkeypatch, changes, preamble):
    monkeypatch.setattr(plaincsv, "COLUMNS_FROM", 0)
    path = _write_csv(tmp_path, _with(**changes), preamble)
    fast = load_any(path)
    assert isinstance(fast.dataset.records, LazyRecords)  # read into columns
    _same(fast, _csv_row_path(monkeypatch, path))


def test_a_large_generated_csv_file_is_read_into_columns(tmp_path, monkeypatch):
    generated = load_any(generator().parquet_path(plaincsv.COLUMNS_FROM, seed=4, folder=tmp_path))
    rows = {
        "id": generated.dataset.columns.ids,
        **{
            name: [getattr(r, attr) for r in generated.dataset.records]
            for name, attr in (("title", "title"), ("kind", "kind"), ("summary", "summary"))
        },
        "start": [r.start.text for r in generated.dataset.records],
        "sources": [[s.url for s in r.sources] for r in generated.dataset.records],
    }
    path = _write_csv(tmp_path, rows)
    fast = load_any(path)
    assert isinstance(fast.dataset.records, LazyRecords)
    assert len(fast.dataset.records) == plaincsv.COLUMNS_FROM
    _same(fast, _csv_row_path(monkeypatch, path))


@pytest.mark.parametrize(
    ("changes", "preamble", "extra_line"),
    [
        ({"start": ["1923-09-03", "1923", "1946~", "1939", "1950-02", "3/4/1940"]}, "", ""),
        ({"id": ["a", "a", "c", "d", "e", "f"]}, "", ""),
        ({"colour": ["red", None, None, None, None, None]}, "", ""),  # an unknown column
        ({}, "# colour: red\n", ""),  # unknown metadata
        ({}, "", "g,Extra,2000,,,,,,,,,,,,one cell too many\n"),
        ({}, "", 'h,"Open quote,2000\n'),  # a quote never closed
        ({"start": ["1923-09-03", "1923", "1946~", "1939", "1950-02", "1940"]}, "", ""),
        # a slash date in the file's declared order, read by the row path's rules
        ({"start": ["1923-09-03", "1923", "1946~", "1939", "1950-02", "3/4/1940"]}, DMY, ""),
    ],
)
def test_any_other_csv_file_goes_the_row_path(tmp_path, monkeypatch, changes, preamble, extra_line):
    monkeypatch.setattr(plaincsv, "COLUMNS_FROM", 0)
    path = _write_csv(tmp_path, _with(**changes), preamble, extra_line)
    result = load_any(path)
    # Rows that are not plain (a slash date, a repeated id) are read by the row path's
    # rules, the rest into columns; a file whose header or lines say something goes the
    # row path whole.
    plain = preamble in ("", DMY) and not extra_line and "colour" not in changes
    assert isinstance(result.dataset.records, LazyRecords) == plain
    _same(result, _csv_row_path(monkeypatch, path))


_PLAIN_CELLS = {
    "id": st.sampled_from(["a", "b", "c", "d", "e", "f", "g", "h", ""]) | st.text(max_size=4),
    "title": st.text(max_size=8),
    "start": st.sampled_from(["1923", "1923-09", "1923-09-03", "1946~", " 1950 ", "3/4/1940"]),
    "end": st.sampled_from(["", "..", "1990", "1990-12", "1900", "2000-02-30"]),
    "lane": st.sampled_from(["", "Bodies", "bodies", "People", " Events "]) | st.text(max_size=3),
    "kind": st.sampled_from(["", "event", "Presidency", "era", "article", "no_session", "x"]),
    "status": st.sampled_from(["", "official", "published", "maybe"]),
    "city": st.sampled_from(["", "Vienna", "Lyon"]) | st.text(max_size=3),
    "country": st.sampled_from(["", "Austria", "France"]),
    "people": st.sampled_from(["", "Ann Bee", "Ann Bee; Cy Dee", " ; x"]) | st.text(max_size=6),
    "summary": st.text(max_size=6),
    "sources": st.sampled_from(
        [
            "",
            "https://e.org/1",
            "//e.org/2 https://e.org/3",
            "ftp://x",
            "https://e.org/1;https://e.org/1",
        ]
    )
    | st.text(max_size=6),
}


_PLAIN_ONLY = {
    "id": st.just(""),  # replaced by unique ids
    "title": st.text(min_size=1, max_size=8).filter(str.strip),
    "start": st.sampled_from(["1923", "1923-09", "1923-09-03", "1946~", " 1950 "]),
    "end": st.sampled_from(["", "..", "1990", "1990-12"]),
    "lane": st.sampled_from(["", "Bodies", "bodies", "People", " Events "]),
    "kind": st.sampled_from(["", "event", "Presidency", "article", "no_session"]),
    "status": st.sampled_from(["", "official", "published"]),
    "city": st.sampled_from(["", "Vienna", "Lyon"]) | st.text(max_size=3),
    "country": st.sampled_from(["", "Austria", "France"]) | st.text(max_size=3),
    "people": st.sampled_from(["", "Ann Bee", "Ann Bee; Cy Dee", " ; x"]) | st.text(max_size=6),
    "summary": st.text(max_size=6),
    "sources": st.sampled_from(["", "https://e.org/1", "//e.org/2 https://e.org/3"])
    | st.text(alphabet=" ;\u00a0\u2003\x1ce.org/hps:", max_size=12).map(
        lambda t: "https://e.org/" + t
    ),
}
"""Cells of plain rows, or nearly so (a source may still not be a URL)."""


# The fixtures hold nothing an example changes: the threshold is set to the same value.
@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    database=None,
    derandomize="FUZZ_EXAMPLES" not in os.environ,  # as in test_fuzz.py
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_csv_file_gives_what_the_row_path_gives(data, tmp_path_factory, monkeypatch):
    """Random tables of the documented columns, most rows plain, some not: read into
    columns or row by row, the same dataset and the same messages."""
    monkeypatch.setattr(plaincsv, "COLUMNS_FROM", 0)
    columns = ["id", "title", "start"] + data.draw(
        st.lists(st.sampled_from(list(_PLAIN_CELLS)[3:]), unique=True, max_size=9)
    )
    n = data.draw(st.integers(1, 8))
    cells = _PLAIN_ONLY if data.draw(st.booleans()) else _PLAIN_CELLS
    table = {c: data.draw(st.lists(cells[c], min_size=n, max_size=n)) for c in columns}
    if cells is _PLAIN_ONLY or data.draw(st.booleans()):
        table["id"] = [f"r{i}" for i in range(n)]  # unique ids: more tables are plain
    path = _write_csv(tmp_path_factory.mktemp("fuzz"), table)
    try:
        result = load_any(path)
    except LoadError as exc:
        with pytest.raises(LoadError) as slow:
            _csv_row_path(monkeypatch, path)
        assert str(slow.value) == str(exc)
        return
    _same(result, _csv_row_path(monkeypatch, path))


@pytest.mark.parametrize("path_kind", ["columns", "rows"])
def test_a_list_columns_items_are_kept_whole_and_a_null_item_loses_no_other(
    tmp_path, monkeypatch, path_kind
):
    # A trial's table: one null item emptied the whole list (the person and the source
    # were gone, and a warning said the row had no source); a ";" in an item cut a URL in
    # two and made two people of one name
    table = _with(
        sources=[["https://e.org/p;id=4?x"], [None, "", "https://e.org/b"], [], [], [], []],
        people=[["Doe; Jane", None], [None, "Alice"], [], None, [], []],
    )
    path = _write(tmp_path, table)
    result = load_any(path) if path_kind == "columns" else _row_path(monkeypatch, path)
    a, b = result.dataset.records[0], result.dataset.records[1]
    assert [s.url for s in a.sources] == ["https://e.org/p;id=4?x"]
    assert [p.name for p in a.people] == ["Doe; Jane"]
    assert [s.url for s in b.sources] == ["https://e.org/b"]
    assert [p.name for p in b.people] == ["Alice"]
    assert not any(p.record_id in ("a", "b") for p in result.problems), result.problems


@pytest.mark.parametrize("name", ["t.parquet", "t.csv"])
def test_an_empty_id_in_a_table_with_ids_is_named_with_the_id_it_is_given(tmp_path, name):
    # A trial: rows with an empty or null id were given ids from their titles in silence
    table = _with(id=["a", "", None, "d", "e", "f"])
    if name.endswith(".csv"):
        path = tmp_path / name
        import csv

        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id", "title", "start"])
            for rid, title, start in zip(table["id"], table["title"], table["start"]):
                writer.writerow([rid or "", title, start])
    else:
        path = _write(tmp_path, table, name)
    result = load_any(path)
    given = {r.title: r.id for r in result.dataset.records}
    warned = [p for p in result.problems if p.field == "id"]
    assert [(p.record_id, p.severity) for p in warned] == [
        (given["Term"], "warning"),
        (given["Running"], "warning"),
    ]
    assert given["Term"] in str(warned[0]) and (
        "row 2" in str(warned[0]) or "line 3" in str(warned[0])
    )
    assert len(result.dataset.records) == 6


def test_a_list_column_for_a_one_value_field_is_joined_in_words(tmp_path):
    # A second trial: a title given as a list was joined with invisible marks
    table = _with(title=[["Two", None, "parts"], ["Term"], ["Running"], ["Era"], ["A"], ["G"]])
    result = load_any(_write(tmp_path, table))
    assert result.dataset.records[0].title == "Two; ; parts"
    assert "\x1f" not in "".join(r.title for r in result.dataset.records)


def test_records_made_a_block_at_a_time_are_those_made_one_by_one(tmp_path, monkeypatch):
    """Iterating a table's records makes them a block of cells at a time (a cell at a time,
    ``records`` of a million rows took 47.8 s, 34.9 s so), the rows the row path read among
    them in their places, across blocks."""
    monkeypatch.setattr(LazyRecords, "BLOCK", 4)
    path = _write(
        tmp_path,
        _with(id=["a", "a", "c", "d", "e", "f"], end=[None, "1900", "..", "1945", None, "1945"]),
    )
    records = load_any(path).dataset.records
    assert isinstance(records, LazyRecords) and len(records) == 5
    assert list(records) == [records[i] for i in range(len(records))]
    assert [r.id for r in records] == ["a", "c", "d", "e", "f"]
