import json

import pytest

from viewer.core.loading import LoadError, load_document, load_file
from viewer.core.paths import BUNDLED_DATA, SCHEMA_PATH


def _doc(records):
    return {"format": "timeline-viewer/1", "title": "t", "lanes": [{"id": "a", "title": "A"}],
            "records": records}


GOOD = {"id": "g", "kind": "session", "lane": "a", "title": "good", "start": "2000",
        "sources": ["https://example.org"]}


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


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"{\n  \"format\": ", "line 2"),
    (b"[1, 2]", "JSON object"),
    (b'{"format": "timeline-viewer/1", "title": "x", "lanes": []}', "records"),
    (b"{\"title\": \"caf\xe9\"}", "UTF-8"),
])
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
    jsonschema.validate(json.loads(BUNDLED_DATA.read_text(encoding="utf-8")), schema,
                        cls=jsonschema.Draft202012Validator)


def test_bundled_loads_clean(bundled):
    assert bundled.problems == ()


def test_term_fields_and_per_claim_sources_load_and_bad_ones_are_reported():
    term = {"id": "t", "kind": "presidency", "lane": "a", "title": "T", "start": "2000-01-02",
            "end": "2004", "elected": "2000-01-01", "end_reason": "resigned",
            "field_sources": {"start": ["https://example.org/s"]},
            "sources": ["https://example.org"]}
    result = load_document(_doc([term,
                                 {**term, "id": "badday", "elected": "2000-02-30"},
                                 {**term, "id": "badreason", "end_reason": "fired"},
                                 {**term, "id": "badurl", "field_sources": {"end": ["ftp://x"]}}]),
                           "f.json")
    [record] = result.dataset.records
    assert record.elected.text == "2000-01-01" and record.end_reason == "resigned"
    assert record.sources_for("start") == ("https://example.org/s",)
    assert record.sources_for("end") == ()
    bad = {(p.record_id, p.field.split(".")[0]) for p in result.errors}
    assert bad == {("badday", "elected"), ("badreason", "end_reason"),
                   ("badurl", "field_sources")}


def test_quick_check_never_accepts_what_the_schema_rejects():
    """The quick structural check lets a record skip jsonschema only when it is valid."""
    import random

    from viewer.core.loading import _plainly_valid, _validators

    raw_records = json.loads(BUNDLED_DATA.read_text(encoding="utf-8"))["records"]
    validator = _validators()[1]
    odd_values = [None, "", "x y", 0, -1, 1.5, True, [], {}, ["x"], [""], {"city": 3},
                  "2000-13", "..", "19XX", "https://e.org", "ftp://e.org", [{"name": ""}],
                  [{"name": "A", "age": 3}], ["a", "a"], "held", "bogus", {"city": None},
                  "era", "https://e.org\n", "a\n"]
    keys = ["id", "kind", "lane", "title", "session", "start", "end", "status", "inferred",
            "place", "people", "summary", "how_ended", "from_record", "to_record", "about",
            "related", "publisher", "url", "notes", "sources", "facts", "unknown_key",
            "elected", "end_reason", "field_sources"]
    rng = random.Random(7)
    accepted = rejected = 0
    for _ in range(3000):
        rec = dict(rng.choice(raw_records))
        for _ in range(rng.randint(1, 2)):
            key = rng.choice(keys)
            if rng.random() < 0.2:
                rec.pop(key, None)
            else:
                rec[key] = rng.choice(odd_values)
        schema_ok = not list(validator.iter_errors(rec))
        if _plainly_valid(rec):
            assert schema_ok, rec
            accepted += 1
        rejected += not schema_ok
    assert accepted > 100 and rejected > 1000
