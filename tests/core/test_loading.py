import json
from pathlib import Path

import pytest

from tests.documents import document, record, write
from viewer.core.loading import LoadError, load_document, load_file
from viewer.core.paths import BUNDLED_DATA, SCHEMA_PATH


def _doc(records):
    return document(records)


GOOD = {
    "id": "g",
    "kind": "session",
    "lane": "a",
    "title": "good",
    "start": "2000",
    "sources": ["https://example.org"],
}


#: Values and keys for random changes to records (fuzz tests of the loader).
ODD_VALUES = [
    None,
    "",
    "x y",
    0,
    -1,
    1.5,
    True,
    [],
    {},
    ["x"],
    [""],
    {"city": 3},
    "2000-13",
    "..",
    "19XX",
    "https://e.org",
    "ftp://e.org",
    [{"name": ""}],
    [{"name": "A", "age": 3}],
    ["a", "a"],
    "held",
    "bogus",
    {"city": None},
    "era",
    "https://e.org\n",
    "a\n",
]
ODD_KEYS = [
    "id",
    "kind",
    "lane",
    "title",
    "session",
    "start",
    "end",
    "status",
    "inferred",
    "place",
    "people",
    "summary",
    "how_ended",
    "from_record",
    "to_record",
    "about",
    "related",
    "publisher",
    "url",
    "notes",
    "sources",
    "facts",
    "unknown_key",
    "elected",
    "end_reason",
    "field_sources",
]


def _mutated(records, rng, count, values, keys):
    """*count* copies of random *records*, each with one or two keys removed or set to
    one of *values*."""
    for _ in range(count):
        rec = dict(rng.choice(records))
        for _ in range(rng.randint(1, 2)):
            key = rng.choice(keys)
            if rng.random() < 0.2:
                rec.pop(key, None)
            else:
                rec[key] = rng.choice(values)
        yield rec


def test_bad_records_are_reported_and_good_ones_load():
    records = [
        GOOD,
        {**GOOD, "id": "nodate", "start": "2000-02-31"},
        {**GOOD, "id": "backwards", "kind": "presidency", "start": "2001", "end": "1999"},
        {**GOOD, "id": "nosrc", "sources": []},
        {**GOOD, "id": "badurl", "sources": ["javascript:alert(1)"]},
        {**GOOD, "id": "lane", "lane": "nowhere"},
        {**GOOD},  # duplicate id
    ]
    result = load_document(_doc(records), "f.json")
    assert [r.id for r in result.dataset.records] == ["g"]
    by_id = {(p.record_id, p.field) for p in result.errors}
    assert ("nodate", "start") in by_id
    assert ("backwards", "end") in by_id
    assert ("nosrc", "sources") in by_id
    assert ("badurl", "sources.0") in by_id
    assert ("lane", "lane") in by_id
    assert ("g", "id") in by_id
    text = str(result.errors[0])
    assert "f.json" in text and "record 2" in text and "nodate" in text


@pytest.mark.parametrize(
    "content,needle",
    [
        (b"", "empty"),
        (b'{\n  "format": ', "line 2"),
        (b"[1, 2]", "JSON object"),
        (b'{"format": "timeline-viewer/1", "title": "x", "lanes": []}', "records"),
        (b'{"title": "caf\xe9"}', "UTF-8"),
    ],
)
def test_unusable_files_raise_with_file_and_place(tmp_path, content, needle):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(LoadError) as info:
        load_file(path)
    assert str(path) in str(info.value)
    assert needle in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(LoadError, match="not found"):
        load_file(tmp_path / "nope.json")


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(_doc([GOOD])).encode())
    assert len(load_file(path).dataset.records) == 1


def test_input_file_is_not_modified(tmp_path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(_doc([GOOD, {**GOOD, "id": "bad", "start": "x"}])))
    before = path.read_bytes(), path.stat().st_mtime_ns
    load_file(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_bundled_file_validates_against_its_schema():
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(
        json.loads(BUNDLED_DATA.read_text(encoding="utf-8")),
        schema,
        cls=jsonschema.Draft202012Validator,
    )


def test_bundled_loads_clean(bundled):
    assert bundled.problems == ()


def test_term_fields_and_per_claim_sources_load_and_bad_ones_are_reported():
    term = {
        "id": "t",
        "kind": "presidency",
        "lane": "a",
        "title": "T",
        "start": "2000-01-02",
        "end": "2004",
        "elected": "2000-01-01",
        "end_reason": "resigned",
        "field_sources": {"start": ["https://example.org/s"]},
        "sources": ["https://example.org"],
    }
    result = load_document(
        _doc(
            [
                term,
                {**term, "id": "badday", "elected": "2000-02-30"},
                {**term, "id": "badreason", "end_reason": "fired"},
                {**term, "id": "badurl", "field_sources": {"end": ["ftp://x"]}},
            ]
        ),
        "f.json",
    )
    [record] = result.dataset.records
    assert record.elected.text == "2000-01-01" and record.end_reason == "resigned"
    assert record.sources_for("start") == ("https://example.org/s",)
    assert record.sources_for("end") == ()
    bad = {(p.record_id, p.field.split(".")[0]) for p in result.errors}
    assert bad == {("badday", "elected"), ("badreason", "end_reason"), ("badurl", "field_sources")}


def test_the_loader_refuses_what_the_schema_refuses_and_no_more():
    """msgspec decides (the types derived from the schema, and our bulk checks of the
    patterns they leave out); jsonschema only words. Random changes to bundled records:
    both decide alike; a record the schema accepts is left out only for its meaning."""
    import random

    from viewer.core.schema import validators

    raw_records = json.loads(BUNDLED_DATA.read_text(encoding="utf-8"))["records"]
    validator = validators()[1]
    odd_values = ODD_VALUES + [
        {"start": ["https://e.org"]},
        {"bad key": ["https://e.org"]},
        {"start": []},
        "resigned",
        "2000-02-30",
        5.0,
        5.5,
        1e400,
        1e308,
        10**30,
    ]
    accepted = rejected = 0
    for rec in _mutated(raw_records, random.Random(7), 3000, odd_values, [*ODD_KEYS, "disputes"]):
        if isinstance(rec.get("lane"), str):
            rec["lane"] = "a"
        schema_ok = not list(validator.iter_errors(rec))
        result = load_document(_doc([rec]), "f.json")
        if not schema_ok:
            assert not result.dataset.records, rec
            rejected += 1
        elif not result.dataset.records:
            assert {p.field for p in result.errors} <= {"start", "end", "elected"}, rec
        else:
            accepted += 1
    assert accepted > 100 and rejected > 1000


def _both_paths(tmp_path, doc_or_bytes):
    """(result read from the bytes, result of the parsed JSON) of one file."""
    from viewer.core.encoding import decode
    from viewer.core.loading import load_bytes, parse_json

    raw = doc_or_bytes if isinstance(doc_or_bytes, bytes) else json.dumps(doc_or_bytes).encode()
    path = tmp_path / "f.json"
    path.write_bytes(raw)
    general = load_document(parse_json(decode(raw, str(path)), str(path)), str(path))
    return load_bytes(raw, str(path)), general


def _same(typed, general):
    assert typed.dataset.records == general.dataset.records
    for a, b in zip(typed.dataset.records, general.dataset.records, strict=True):
        for name in a.__struct_fields__:  # field by field: a positional slip shows here
            assert getattr(a, name) == getattr(b, name), (a.id, name)
    assert typed.dataset.lanes == general.dataset.lanes
    assert typed.dataset.as_of == general.dataset.as_of
    assert typed.dataset.title == general.dataset.title
    assert typed.problems == general.problems


def test_bytes_and_parsed_json_give_the_same_result(tmp_path):
    """The bundled file, the example of our format and a file with every kind of problem
    of meaning: read from the bytes or from parsed JSON, equal records and problems."""
    from viewer.core.loading import decode_document

    assert decode_document(BUNDLED_DATA.read_bytes()) is not None, "read straight from bytes"
    typed, general = _both_paths(tmp_path, BUNDLED_DATA.read_bytes())
    _same(typed, general)
    ours = [
        path
        for path in sorted((BUNDLED_DATA.parent / "examples").glob("*.json"))
        if json.loads(path.read_bytes()).get("format") == "timeline-viewer/1"
    ]
    assert ours
    for example in ours:
        typed, general = _both_paths(tmp_path, example.read_bytes())
        assert typed is not None, example
        _same(typed, general)
    doc = _doc(
        [
            {**GOOD, "id": "e", "place": {}},
            {**GOOD, "id": "n", "place": {"city": None}, "end": ".."},
            {**GOOD, "id": "r", "related": ["nowhere"], "session": 4, "about": ["g"]},
            {**GOOD, "id": "g2", "start": "2023-02-30"},
            {**GOOD, "id": "g3", "start": "2001", "end": "2000"},
            {**GOOD, "id": "e", "title": "duplicate"},
            {**GOOD, "id": "l", "lane": "nolane"},
            {
                **GOOD,
                "id": "t",
                "kind": "presidency",
                "elected": "1999-12",
                "end_reason": "died",
                "field_sources": {"start": ["https://e.org/1"], "end": ["https://e.org/2"]},
                "people": [{"name": "<A & B>", "role": "President"}],
                "facts": [{"label": "L", "value": "V", "sources": ["https://e.org/3"]}],
                "disputes": [
                    {
                        "field": "start",
                        "note": "n",
                        "alternatives": [
                            {"value": "1", "sources": ["https://e.org/4"], "preferred": True},
                            {"value": "2", "sources": ["https://e.org/5"]},
                        ],
                    }
                ],
                "sources": [
                    "https://e.org",
                    {"url": "https://e.org/x", "title": "T", "publisher": "P", "date": "2001-02"},
                ],
            },
        ]
    )
    doc["as_of"] = "2026-11-30"
    typed, general = _both_paths(tmp_path, doc)
    assert typed is not None
    _same(typed, general)
    assert {p.record_id for p in typed.errors} == {"g2", "g3", "e", "l"}
    typed, general = _both_paths(tmp_path, b"\xef\xbb\xbf" + json.dumps(doc).encode())
    assert typed is not None
    _same(typed, general)


@pytest.mark.parametrize(
    "change",
    [
        {"id": "bad id"},
        {"start": "03/04/1923"},
        {"end": "soon"},
        {"sources": ["ftp://e.org"]},
        {"inferred": ["start", "start"]},
        {"status": ""},
        {"kind": "party"},
        {"unknown": 1},
        {"sources": []},
        {"title": ""},
    ],
)
def test_both_routes_refuse_what_the_schema_rejects(tmp_path, change):
    typed, general = _both_paths(tmp_path, _doc([GOOD, {**GOOD, "id": "x", **change}]))
    _same(typed, general)
    assert general.errors and len(general.dataset.records) == 1


@pytest.mark.parametrize(
    "change",
    [
        {"id": "x\n"},
        {"start": "2000\n"},
        {"end": "2001\n"},
        {"sources": ["https://e.org\n"]},
        {"url": "https://e.org/a\n"},
        {"related": ["g\n"]},
        {"from_record": "g\n"},
        {"elected": "1999\n"},
        {"field_sources": {"start\n": ["https://e.org"]}},
        {"sources": [{"url": "https://e.org\n"}]},
        {"sources": [{"url": "https://e.org", "date": "2000\n"}]},
    ],
)
def test_a_final_line_break_fails_the_schema_in_both_paths(tmp_path, change):
    """Python's ``$`` matches before a final line break (ECMA-262's, the schema's
    language, does not): ids, dates and URLs ending in one passed the schema."""
    typed, general = _both_paths(tmp_path, _doc([GOOD, {**GOOD, "id": "x", **change}]))
    _same(typed, general)
    [error] = general.errors
    assert error.index == 1 and error.field.split(".")[0] == next(iter(change))
    assert [r.id for r in general.dataset.records] == ["g"]


def test_a_final_line_break_in_a_lane_id_refuses_the_file(tmp_path):
    doc = _doc([GOOD])
    doc["lanes"][0]["id"] = "a\n"
    path = tmp_path / "lane.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(LoadError, match=r"lanes\.0\.id: 'a\\n' is not a valid id .*line break"):
        load_file(path)


def test_python_pattern_reads_dollar_as_ecma_262_does():
    from viewer.core.loading import python_pattern

    assert python_pattern("^[a-z]+$") == "^[a-z]+\\Z"
    assert python_pattern("^a\\$") == "^a\\$"  # an escaped dollar sign stays
    assert python_pattern("^a\\\\$") == "^a\\\\\\Z"  # an escaped backslash, then the end
    assert python_pattern("^a") == "^a"


def test_loading_reports_progress_and_can_be_cancelled(tmp_path):
    from viewer.core.errors import LoadCancelled
    from viewer.core.loading import load_bytes

    raw = json.dumps(_doc([{**GOOD, "id": f"r{i}"} for i in range(1200)])).encode()
    calls = []
    result = load_bytes(raw, "f.json", lambda done, total: calls.append((done, total)))
    assert result is not None and len(result.dataset.records) == 1200
    assert calls[0] == (0, 0) and (500, 1200) in calls and calls[-1] == (1200, 1200)

    def cancel(done, total):
        if done >= 500:
            raise LoadCancelled()

    with pytest.raises(LoadCancelled):
        load_bytes(raw, "f.json", cancel)


def test_unknown_fields_are_named_and_json_errors_read_well(tmp_path):
    result = load_document(
        _doc(
            [
                GOOD,
                {**GOOD, "id": "c", "colour": "red"},
                {**GOOD, "id": "p", "place": {"city": "X", "zip": "1"}},
                {**GOOD, "id": "f", "session": 5.0},
            ]
        ),
        "f.json",
    )
    assert [(p.record_id, p.field) for p in result.errors] == [("c", "colour"), ("p", "place.zip")]
    assert "unknown field 'colour'" in result.errors[0].message
    assert result.dataset.get("f").session == 5 and type(result.dataset.get("f").session) is int
    path = tmp_path / "cut.json"
    path.write_text('{"format": "timeline-viewer/1", "title": "cut', encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load_file(path)
    assert str(info.value).endswith("invalid JSON (Unterminated string starting here)")


def test_devices_pipes_and_huge_files_are_refused_before_reading(tmp_path, monkeypatch):
    import os

    from viewer.core import encoding
    from viewer.core.importers import load_any

    for path in (Path("/dev/zero"), tmp_path / "pipe"):
        if path.name == "pipe":
            os.mkfifo(path)
        with pytest.raises(LoadError, match="not a regular file"):
            load_any(path)
    big = tmp_path / "big.json"
    big.write_text(json.dumps(_doc([GOOD])), encoding="utf-8")
    monkeypatch.setattr(encoding, "MAX_FILE_BYTES", 100)
    with pytest.raises(LoadError, match="larger than this viewer reads"):
        load_any(big)


def test_the_size_limit_message_states_the_limit(tmp_path):
    """It said "2 GB" for a limit of 1.5 GB (the limit rounded to no decimals)."""
    import os

    from viewer.core.encoding import MAX_FILE_BYTES, read_bytes

    big = tmp_path / "sparse.json"
    with open(big, "wb") as fh:  # sparse: takes no disk space
        fh.truncate(MAX_FILE_BYTES + 1)
    assert os.path.getsize(big) == 1_500_000_001
    with pytest.raises(LoadError) as info:
        read_bytes(big)
    assert str(info.value) == (
        f"{big}: 1,500,000,001 bytes is larger than this viewer reads "
        "(1,500,000,000 bytes, 1.5 GB, at most)"
    )


_LONG = "7" * 5000  # more digits than Python converts to an int (4,300)


@pytest.mark.parametrize(
    "name,text",
    [
        # (in one of our records: that record's error, see the last test of this file)
        (
            "top.json",
            json.dumps(_doc([GOOD])).replace('"title": "t"', f'"title": "t", "n": {_LONG}'),
        ),
        (
            "tj.json",
            '{"events": [{"start_date": {"year": %s}, "text": {"headline": "a"}}]}' % _LONG,
        ),
        ("vis.json", '[{"id": 1, "start": "2014-04-20"},\n {"id": 2, "start": -%s}]' % _LONG),
        ("visid.json", '[{"id": %s, "start": "2014-04-20"}]' % _LONG),
    ],
)
def test_whole_numbers_longer_than_python_reads_are_named_not_a_traceback(tmp_path, name, text):
    from viewer.core.importers import load_any

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load_any(path)
    message = str(info.value)
    assert message.startswith(f"{path}: line ") and "5,000 digits" in message
    assert "at most 4,300 digits" in message and len(message) < 300
    line, column = (int(x) for x in message.split(": line ")[1].split(":")[0].split(", column "))
    at = text.splitlines()[line - 1][column - 1 :]
    assert at.lstrip("-").startswith("7777")


def test_long_digit_runs_in_strings_and_long_floats_are_not_the_problem(tmp_path):
    """Digits inside a string are text, and a float's digits are read (as infinity) by
    Python: neither is a number too long to read; the message points at the real one."""
    from viewer.core.loading import parse_json

    assert parse_json(f'["{_LONG}", {_LONG}.5, 1e{_LONG[:3]}]', "f.json")[0] == _LONG
    with pytest.raises(LoadError, match="line 2, column 3: a whole number of 5,000"):
        parse_json(f'["{_LONG}", {_LONG}.5,\n  {_LONG}]', "f.json")


def test_open_start_is_a_schema_error_in_both_paths(tmp_path):
    """``"start": ".."`` (only an end may be open) is refused by the schema and named, not
    an assertion failure."""
    from viewer.core.importers import load_any

    typed, general = _both_paths(tmp_path, _doc([GOOD, {**GOOD, "id": "x", "start": ".."}]))
    _same(typed, general)
    [error] = general.errors
    assert (error.record_id, error.field) == ("x", "start")
    assert error.message.startswith('".." is not a date of this format')
    assert [r.id for r in general.dataset.records] == ["g"]
    path = tmp_path / "open.json"
    path.write_text(json.dumps(_doc([{**GOOD, "start": ".."}])), encoding="utf-8")
    assert str(load_any(path).errors[0]) == str(general.errors[0]).replace(
        str(tmp_path / "f.json"), str(path)
    ).replace("record 2 (id 'x')", "record 1 (id 'g')")


def test_messages_are_one_line_whatever_the_file_name_holds():
    from viewer.core.loading import Problem

    problem = Problem("error", "a\nerror: b\u202e.json", 0, "x\ny", "start", "bad\rdate")
    assert str(problem) == (
        "error: a\\nerror: b\\u202e.json, record 1 (id 'x\\ny'), field 'start': bad\\rdate"
    )
    assert problem.file == "a\nerror: b\u202e.json"  # the fields keep the real values
    assert str(LoadError("x\udcff\n.json: file not found")) == "x\\udcff\\n.json: file not found"


@pytest.mark.parametrize("field", ["start", "end", "elected"])
def test_digits_other_than_ascii_in_dates_are_named_in_both_paths(tmp_path, field):
    typed, general = _both_paths(tmp_path, _doc([GOOD, {**GOOD, "id": "x", field: "١٩٩٩"}]))
    _same(typed, general)
    [error] = general.errors
    assert (error.record_id, error.field) == ("x", field)
    assert error.message == (
        "'١٩٩٩': '١' (ARABIC-INDIC DIGIT ONE) is not an ASCII digit; "
        "dates are written with the digits 0-9"
    )


def test_refusals_beyond_the_first_hundred_are_counted_and_good_records_still_load():
    from viewer.core.loading import LISTED_ERROR_RECORDS

    with_facts = dict(
        GOOD, facts=[{"label": "l", "value": "v", "sources": ["https://example.org/"]}]
    )
    bad_facts = dict(GOOD, facts=[{"label": "l", "value": "v", "sources": []}])
    refused = [
        {},
        7,
        dict(GOOD, kind="nope"),
        dict(GOOD, start="not a date"),
        bad_facts,
        dict(GOOD, extra=1),
        dict(GOOD, kind=[]),
    ]
    records = []
    for n in range(300):  # each record past the 100th refused takes the counting path
        records.append(refused[n % len(refused)])
        if n % 50 == 0:
            records.append(dict(with_facts if n % 100 else GOOD, id=f"good-{n}"))
    result = load_document(_doc(records), "f.json")
    assert [r.id for r in result.dataset.records] == [f"good-{n}" for n in range(0, 300, 50)]
    listed = {p.index for p in result.errors if p.index is not None}
    assert len(listed) == LISTED_ERROR_RECORDS
    assert str(result.errors[0]) == (
        "error: f.json, record 1, field 'id': missing; the format requires this field"
    )
    summary = result.problems[-1]
    assert summary.index is None and summary.field == "records"
    assert summary.message.startswith("… and 200 more records with errors")
    assert summary.message.endswith("300 of 306 records refused in all")
    assert result.unlisted_errors == 200
    assert result.error_count == len(result.errors) - 1 + 200


def test_a_few_refusals_are_all_listed():
    result = load_document(_doc([{}] * 100 + [GOOD]), "f.json")
    assert result.unlisted_errors == 0 and result.error_count == len(result.errors) == 300
    assert [r.id for r in result.dataset.records] == ["g"]


def test_every_field_of_a_record_reaches_its_place():
    """build_record fills Record positionally: a field slipped into its neighbour's place
    shows here, each field holding a value of its own."""
    from viewer.core.records import Alternative, Dispute, Fact, Person, Place, Source

    rec = {
        "id": "t",
        "kind": "presidency",
        "lane": "a",
        "title": "T",
        "start": "2000-01-02",
        "end": "2004",
        "session": 3,
        "status": "acting",
        "inferred": ["start"],
        "place": {"city": "C", "country": "K", "venue": "V"},
        "people": [{"name": "N", "role": "R", "country": "PC", "short_name": "S"}],
        "summary": "sum",
        "facts": [{"label": "L", "value": "FV", "sources": ["https://e.org/f"]}],
        "disputes": [
            {
                "field": "start",
                "note": "dn",
                "alternatives": [
                    {"value": "1", "sources": ["https://e.org/1"], "preferred": True},
                    {"value": "2", "sources": ["https://e.org/2"]},
                ],
            }
        ],
        "how_ended": "how",
        "end_reason": "resigned",
        "elected": "1999-12",
        "field_sources": {"start": ["https://e.org/s"]},
        "from_record": "fr",
        "to_record": "to",
        "about": ["ab"],
        "related": ["re"],
        "publisher": "pub",
        "url": "https://e.org/u",
        "notes": "nn",
        "sources": ["https://e.org", {"url": "https://e.org/x", "title": "ST", "publisher": "SP"}],
    }
    [record] = load_document(_doc([rec]), "f.json").dataset.records
    expected = {
        "id": "t",
        "kind": "presidency",
        "title": "T",
        "open_end": False,
        "lane": "a",
        "session": 3,
        "status": "acting",
        "inferred": ("start",),
        "place": Place("C", "K", "V"),
        "people": (Person("N", "R", "PC", "S"),),
        "summary": "sum",
        "facts": (Fact("L", "FV", ("https://e.org/f",)),),
        "disputes": (
            Dispute(
                "start",
                (
                    Alternative("1", ("https://e.org/1",), True),
                    Alternative("2", ("https://e.org/2",)),
                ),
                "dn",
            ),
        ),
        "how_ended": "how",
        "end_reason": "resigned",
        "field_sources": (("start", ("https://e.org/s",)),),
        "from_record": "fr",
        "to_record": "to",
        "about": ("ab",),
        "related": ("re",),
        "publisher": "pub",
        "url": "https://e.org/u",
        "notes": "nn",
        "sources": (Source("https://e.org"), Source("https://e.org/x", "ST", "SP")),
        "display_date": "",
    }
    for name, value in expected.items():
        assert getattr(record, name) == value, name
    assert (record.start.text, record.end.text, record.elected.text) == (
        "2000-01-02",
        "2004",
        "1999-12",
    )
    assert set(expected) | {"start", "end", "elected"} == set(record.__struct_fields__)


def test_the_schema_is_the_one_declaration_of_the_format():
    """The msgspec types and enum lists are derived from the published schema; the
    record kinds the rest of the viewer knows are the schema's."""
    import typing

    import msgspec

    from viewer.core.records import KINDS
    from viewer.core.schema import SCHEMA, RecordIn, enum_values

    fields = {f.name: f for f in msgspec.structs.fields(RecordIn)}
    record = SCHEMA["$defs"]["record"]
    assert set(fields) == set(record["properties"])
    assert {n for n, f in fields.items() if f.required} == set(record["required"])
    assert typing.get_args(fields["kind"].type) == enum_values("record", "kind")
    assert set(enum_values("record", "kind")) == set(KINDS)  # the registry's kinds
    assert typing.get_args(fields["status"].type) == enum_values("record", "status")


def test_a_file_with_bad_records_is_decoded_once(tmp_path, monkeypatch):
    """Bad records are refused one by one from the bytes: the file is not decoded to text
    and parsed again (a 100,000-record file with one bad record took 2.2 s, not 1.0)."""
    from viewer.core import importers, loading

    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps(_doc([GOOD, {**GOOD, "id": "bad id"}, {**GOOD, "id": "x", "start": "2000-13"}]))
    )

    def no_text_route(*args):
        raise AssertionError("decoded to text again")

    for module in (loading, importers):
        monkeypatch.setattr(module, "parse_json", no_text_route)
    result = importers.load_any(path)
    assert [r.id for r in result.dataset.records] == ["g"]
    assert [(p.index, p.field) for p in result.errors] == [(1, "id"), (2, "start")]


@pytest.mark.parametrize(
    "records",
    [
        [record("a"), record("b"), record("c")],  # every record kept
        [record("a", start="2001-13"), record("b"), record("c")],  # the first refused
        [record("a"), record("a"), record("b"), record("c")],  # a repeated id dropped
        [record("a"), record("b", lane="nowhere"), record("c")],  # unknown lane
    ],
)
def test_each_kept_id_is_found_at_its_record_whatever_was_refused(tmp_path, records):
    """Read from bytes and from parsed JSON, the position of each kept id is the index of
    its record in the dataset, also after records before it were refused or dropped."""
    path = write(tmp_path / "f.json", records)
    for dataset in (load_file(path).dataset, load_document(document(records), "f").dataset):
        ids = [r.id for r in dataset.records]
        assert ids and set(ids) <= {"a", "b", "c"}
        assert [dataset.position_of(i) for i in ids] == list(range(len(ids)))
        assert [dataset.get(i).id for i in ids] == ids
        assert dataset.position_of("nowhere") is None


def test_a_session_number_beyond_a_million_is_refused_naming_record_and_field():
    # A new user's session of 1e308 loaded, and was printed as a 309-digit number
    doc = _doc([record("a", "1923", session=1e308), record("b", "1924", session=7)])
    result = load_document(doc, "f.json")
    assert [r.id for r in result.dataset.records] == ["b"]
    (error,) = result.errors
    assert error.field == "session" and "'a'" in str(error) and "1000000" in str(error)


def test_a_bad_as_of_is_a_warning_in_words_and_the_records_load():
    # It printed "'yesterday' does not match '^-?[0-9X]{4}(-[0-9X]{2}...)?[~?%]?$'" and
    # refused the whole file, whose records were good
    doc = document([record("a", "1923")], as_of="yesterday")
    result = load_document(doc, "f.json")
    assert [r.id for r in result.dataset.records] == ["a"] and not result.errors
    (warning,) = [p for p in result.problems if p.field == "as_of"]
    assert "is not an EDTF date" in warning.message and "^" not in warning.message
    with pytest.raises(LoadError):  # another bad field still refuses the file
        load_document(document([record("a", "1923")], as_of="yesterday", title=5), "f.json")


def test_a_record_titled_with_spaces_alone_is_refused_and_the_others_load():
    """A title of spaces passed the schema's "at least one character" and was drawn as a
    bare footnote number (a new user's finding): the schema asks for a character that is
    not a space, and says so in words."""
    records = [record("good"), {**record("blank"), "title": " \t "}]
    result = load_document(document(records), "t.json")
    assert [r.id for r in result.dataset.records] == ["good"]
    (problem,) = result.problems
    assert (problem.record_id, problem.field) == ("blank", "title")
    assert problem.message == "a title of spaces alone: write the title"


def test_refusals_worded_for_a_user_one_each():
    """A new user's file: an empty title gave two errors, the second saying "a title of
    spaces alone" of a title without spaces (and the summary counted 11 errors for 10
    records left out); a latitude without its longitude said "'lon' is a dependency of
    'lat'"; an EDTF interval in 'start' was called an ambiguous slash date."""
    lat_only = {**record("lat"), "place": {"city": "Lyon", "lat": 45.76}}
    records = [
        record("good"),
        {**record("empty"), "title": ""},
        lat_only,
        record("interval", "1950/1960"),
        record("slash", "03/04/1968"),
    ]
    result = load_document(document(records), "t.json")
    assert [r.id for r in result.dataset.records] == ["good"]
    said = {(p.record_id, p.field): p.message for p in result.problems}
    assert len(said) == len(result.problems) == 4
    assert said["empty", "title"] == "empty: write a value"
    assert said["lat", "place"] == "lat given without lon: give both or neither"
    assert said["interval", "start"] == (
        "\"1950/1960\" is an interval: give its first date as 'start' and its last as 'end'"
    )
    assert "slash dates like 03/04/1923 are ambiguous" in said["slash", "start"]


def test_a_file_titled_with_spaces_alone_still_loads_its_records():
    """The record's title of spaces alone is refused (above), but a file's own title, or a
    lane's, of spaces alone refused the whole file (the second trial): they load."""
    doc = document([record("good")], title="   ", lanes=[{"id": "a", "title": " "}])
    result = load_document(doc, "t.json")
    assert [r.id for r in result.dataset.records] == ["good"]


@pytest.mark.parametrize("value", [[1] * 200_000, "nest"], ids=["long", "nested"])
def test_a_huge_wrong_value_is_shown_short_and_the_reason_kept(value):
    """A summary of 200,000 numbers, or nested 500 levels deep, was worded by jsonschema
    with the whole value first, and the message was cut before its reason (a new user's
    finding): the value is shortened, and the reason follows it."""
    if value == "nest":
        for _ in range(500):
            value = [value]
    bad = record("bad", "2000")
    bad["summary"] = value
    result = load_document(document([bad, record("good", "2001")]), "f.json")
    assert [r.id for r in result.dataset.records] == ["good"]
    (problem,) = [p for p in result.problems if p.record_id == "bad"]
    assert problem.field == "summary"
    assert problem.message.endswith(" characters) is not of type 'string'"), problem.message
    assert len(problem.message) <= 200


def test_a_number_too_long_to_read_refuses_its_record_not_the_file(tmp_path):
    """A start of 5,001 digits refused the whole file, its good record too, where 4,001
    digits refused only its record (a new user's finding): it is its record's error, named
    by field, and the others load."""
    text = json.dumps(document([record("good", "1999"), record("big", "@")]))
    path = tmp_path / "big.json"
    path.write_text(text.replace('"@"', "9" * 5001), encoding="utf-8")
    result = load_file(path)
    assert [r.id for r in result.dataset.records] == ["good"]
    [error] = result.errors
    assert (error.index, error.field) == (1, "start")
    assert error.message == (
        "a whole number of 5,001 digits; this viewer reads numbers of at most 4,300 digits"
    )


def test_a_season_is_read_in_our_format_as_the_readme_says():
    """The README said a season was refused in our JSON, while it loaded (a trial): it is
    read, spring 1957 from March to May; a Y year is refused."""
    from viewer.core.dates import days_from_civil

    result = load_document(
        document([record("spring", "1957-21"), record("far", "Y170000002")]), "t.json"
    )
    spring = result.dataset.get("spring")
    assert spring.start.precision == "season"
    assert (spring.start.first_day, spring.start.last_day) == (
        days_from_civil(1957, 3, 1),
        days_from_civil(1957, 6, 1) - 1,
    )
    assert [(p.record_id, p.field) for p in result.errors] == [("far", "start")]


def test_an_empty_record_names_each_field_it_lacks():
    # {} lacked id, kind and title, and its three problems all said field 'id'
    result = load_document(_doc([{}, GOOD]), "f.json")
    assert [p.field for p in result.errors] == ["id", "kind", "title"]


def test_problems_past_a_hundred_of_a_field_are_counted_in_one_line(tmp_path):
    """A million rows without an id made a million warnings, and the window took 100 s and
    7 GB to show them (a trial): past the first hundred of a severity and field, the
    problems are counted, in one line each, and the totals stay whole."""
    from viewer.core.importers import load_any

    path = tmp_path / "many.csv"
    rows = [f",Meeting {i},1990,a" for i in range(250)]  # no id: a warning each
    rows += [f"bad-{i},Bad {i},not a date,a" for i in range(180)]  # an error each
    path.write_text("id,title,start,lane\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = load_any(path)
    assert len(result.dataset.records) == 250
    assert result.warning_count >= 250 and result.error_count == 180
    no_id = [p for p in result.problems if p.severity == "warning" and p.field == "id"]
    # each says the id made for it, a reason of its own: a hundred more are listed
    assert len(no_id) == 201 and no_id[-1].stands_for == 50
    assert str(no_id[-1]).endswith("… and 50 more of this field, not listed")
    bad = [p for p in result.errors if p.field == "start"]
    assert len(bad) == 101 and [p.record_id for p in bad[:100]] == [f"bad-{i}" for i in range(100)]
    assert bad[-1].stands_for == 80 and bad[-1].index is None


def test_a_different_problem_after_a_hundred_of_one_field_is_listed(tmp_path):
    # 150 rows of "not a date", then 150 of an impossible day: the impossible day was
    # never shown, counted in "200 more like it" (a trial)
    from viewer.core.importers import load_any

    path = tmp_path / "mixed.csv"
    rows = [f"a{i},A,not a date,x" for i in range(150)] + [
        f"b{i},B,1923-02-31,x" for i in range(150)
    ]
    path.write_text("id,title,start,lane\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = load_any(path)
    assert result.error_count == 300
    listed = [p for p in result.errors if p.stands_for == 1]
    assert any("1923-02-31" in p.message for p in listed)
    assert [p.record_id for p in listed if "1923-02-31" in p.message] == ["b0"]
    assert result.errors[-1].message == "… and 199 more of this field, not listed"
