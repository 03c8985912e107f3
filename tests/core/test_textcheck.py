"""Characters that are not text (lone surrogates, control characters) in input files."""

import json

from tests.documents import document
from viewer.core.importers import load_any
from viewer.core.layout import compute_layout
from viewer.core.loading import decode_document
from viewer.core.textcheck import REPLACEMENT, clean, clean_json, clean_lines


def test_clean_replaces_lone_surrogates_and_controls_but_keeps_text():
    assert clean("a\ud800b\x00c\x7f") == f"a{REPLACEMENT}b{REPLACEMENT}c{REPLACEMENT}"
    assert clean("tab\tline\nreturn\r é 中 😀") == "tab\tline\nreturn\r é 中 😀"
    data = {
        "records": [{"title": "ok"}, {"title": "x\udc00", "people": [{"name": "\x01"}]}],
        "bad\ud83dkey": 1,
    }
    assert clean_json(data) == [
        (f"bad{REPLACEMENT}key",),
        ("records", 1, "people", 0, "name"),
        ("records", 1, "title"),
    ]
    assert data["records"][1]["title"] == f"x{REPLACEMENT}"
    assert clean_lines("a\nb\x0bc\nd\x00\n") == (f"a\nb{REPLACEMENT}c\nd{REPLACEMENT}\n", [2, 3])


def _ours(tmp_path, records):
    doc = document(records)
    path = tmp_path / "f.json"
    path.write_text(json.dumps(doc), encoding="utf-8")  # json.dumps escapes as \uXXXX
    return path


def test_bad_characters_are_replaced_and_reported_by_record_and_field(tmp_path):
    good = {"kind": "event", "lane": "a", "start": "2000", "sources": ["https://e.org"]}
    path = _ours(
        tmp_path,
        [
            {**good, "id": "a1", "title": "emoji 😀 pair"},
            {**good, "id": "a2", "title": "half \ud83d emoji"},
            {**good, "id": "a3", "title": "nul", "summary": "x\x00y"},
        ],
    )
    assert decode_document(path.read_bytes()) is None  # read as text, which names them
    result = load_any(path)
    titles = [r.title for r in result.dataset.records]
    assert titles == ["emoji 😀 pair", f"half {REPLACEMENT} emoji", "nul"]
    assert result.dataset.records[2].summary == f"x{REPLACEMENT}y"
    assert [(p.severity, p.index, p.record_id, p.field) for p in result.problems] == [
        ("warning", 1, "a2", "title"),
        ("warning", 2, "a3", "summary"),
    ]
    # Every record can be laid out and its text encoded (Qt crashed on a lone surrogate).
    compute_layout(result.dataset)
    for record in result.dataset.records:
        (record.title + record.summary).encode("utf-8")


def test_bad_characters_in_other_formats(tmp_path):
    vis = tmp_path / "items.json"
    vis.write_text(
        json.dumps(
            [
                {"id": 1, "content": "bad \udc00", "start": "2000-01-01"},
                {"id": 2, "content": "ok", "start": "2001-01-01"},
            ]
        )
    )
    result = load_any(vis)
    bad = [p for p in result.problems if "not text" in p.message]
    assert [(p.index, p.record_id, p.field) for p in bad] == [(0, "1", "content")]
    assert len(result.dataset.records) == 2
    csv = tmp_path / "rows.csv"
    csv.write_text("start,title\n2000,ok\n2001,vertical\x0btab\n", encoding="utf-8")
    result = load_any(csv)
    bad = [p for p in result.problems if "not text" in p.message]
    assert [p.line for p in bad] == [3]
    assert sorted(r.title for r in result.dataset.records) == ["ok", f"vertical{REPLACEMENT}tab"]


def test_escaped_emoji_keep_the_fast_path_and_c1_controls_do_not(tmp_path):
    """Python's json.dump writes an emoji as a surrogate pair of escapes: that is text, and
    the file keeps the typed path (a large file took 30 s instead of 8 on the other)."""
    from viewer.core.textcheck import json_may_hold_bad_text

    assert not json_may_hold_bad_text(rb'{"t": "\ud83d\ude00 and \u00e9"}')
    assert json_may_hold_bad_text(rb'{"t": "\ud83d alone"}')
    assert json_may_hold_bad_text(rb'{"t": "\ude00 alone"}')
    assert json_may_hold_bad_text(rb'{"t": "\u0085"}')
    assert json_may_hold_bad_text('{"t": "\u0085"}'.encode())
    good = {"kind": "event", "lane": "a", "start": "2000", "sources": ["https://e.org"]}
    path = _ours(tmp_path, [{**good, "id": "a1", "title": "emoji 😀"}])
    assert decode_document(path.read_bytes()) is not None
    path = _ours(tmp_path, [{**good, "id": "a1", "title": "next\u0085line"}])
    result = load_any(path)
    assert result.dataset.records[0].title == f"next{REPLACEMENT}line"
    assert [p.field for p in result.problems] == ["title"]


def test_clean_lines_counts_lines_once_however_many_bad_characters():
    """Each bad character counted the lines from the start of the text: quadratic (hours
    for a large CSV full of control characters)."""
    import time

    text = "ok\n" + "a\x01\n" * 200_000
    began = time.perf_counter()
    cleaned, lines = clean_lines(text)
    assert time.perf_counter() - began < 5
    assert lines[:2] == [2, 3] and len(lines) == 200_000 and lines[-1] == 200_001
    assert clean_lines("\x01\x02\n\n\x03")[1] == [1, 3]


def test_ids_made_equal_by_replacing_their_bad_characters_say_so(tmp_path):
    # Two trials: 'a\x07' and 'a\x1f' both became 'a�', and the second was refused as a
    # duplicate of an id the file does not repeat.
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "t.csv").write_text("id,title,start\na\x07,One,2000\na\x1f,Two,2001\n")
    pq.write_table(
        pa.table({"id": ["a\x07", "a\x1f"], "title": ["One", "Two"], "start": ["2000", "2001"]}),
        tmp_path / "t.parquet",
    )
    for name in ("t.csv", "t.parquet"):
        result = load_any(tmp_path / name)
        (error,) = result.errors
        assert error.record_id == f"a{REPLACEMENT}" and error.field == "id"
        assert error.message.startswith("duplicate id (first used at ")
        assert "differed only in characters that are not text" in error.message
        assert [r.title for r in result.dataset.records] == ["One"]


def test_a_csv_bad_character_is_named_by_line_id_and_column_and_many_are_counted(tmp_path):
    # A trial: a CSV's warning gave the line alone, a Parquet table's the row, id and column;
    # and a CSV listed every line where a table listed 100 rows and counted the rest.
    csv = tmp_path / "t.csv"
    csv.write_text(
        "# title: T\x07\nid,Title,start,summary\n"
        'a,One\x01,2000,"two\nlines\x02, \x03"\nb,Two,2001,ok\n'
    )
    bad = [p for p in load_any(csv).problems if "not text" in p.message]
    assert [(p.line, p.record_id, p.field) for p in bad] == [
        (1, None, ""),  # the metadata: no row
        (3, "a", "Title"),  # the column as the header writes it
        (3, "a", "summary"),  # once, though its cell spans two lines
    ]
    many = tmp_path / "many.csv"
    many.write_text("id,start\n" + "".join(f"r{n}\x01,2000\n" for n in range(250)))
    bad = [p for p in load_any(many).problems if "not text" in p.message]
    assert len(bad) == 101 and bad[0].record_id == f"r0{REPLACEMENT}"
    assert bad[-1].message.startswith("150 more rows held characters that are not text")
