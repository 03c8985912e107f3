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
    (b"\xff\xfe\x00bad", "UTF-8"),
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


def test_fast_paths_never_accept_what_the_schema_rejects(bundled):
    """The fast paths of large files: a record that the quick check or the typed decoder
    passes must be valid."""
    import random

    from viewer.core.loading import _decode_typed, _load_typed, _plainly_valid, _validators

    raw_records = json.loads(BUNDLED_DATA.read_text(encoding="utf-8"))["records"]
    validator = _validators()[1]
    odd_values = [None, "", "x y", 0, -1, 1.5, True, [], {}, ["x"], [""], {"city": 3},
                  "2000-13", "..", "19XX", "https://e.org", "ftp://e.org", [{"name": ""}],
                  [{"name": "A", "age": 3}], ["a", "a"], "held", "bogus", {"city": None}]
    keys = ["id", "kind", "lane", "title", "session", "start", "end", "status", "inferred",
            "place", "people", "summary", "how_ended", "from_record", "to_record", "about",
            "related", "publisher", "url", "notes", "sources", "facts", "unknown_key"]
    rng = random.Random(7)
    accepted = rejected = typed = 0
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
        doc = {"format": "timeline-viewer/1", "title": "t", "lanes": [{"id": "a", "title": "A"}],
               "records": [rec]}
        decoded = _decode_typed(json.dumps(doc).encode())
        if decoded is not None and _load_typed(decoded, "t") is not None:
            assert schema_ok, rec
            typed += 1
        rejected += not schema_ok
    assert accepted > 100 and typed > 100 and rejected > 1000
    # Every valid record of the bundled file that has no facts or disputes is accepted.
    plain = [r for r in raw_records if "facts" not in r and "disputes" not in r
             and all(isinstance(s, str) for s in r["sources"])]
    assert plain and all(_plainly_valid(r) for r in plain)


def test_load_file_and_load_document_agree(tmp_path):
    records = [GOOD, {**GOOD, "id": "bad", "start": "2000-02-31"},
               {**GOOD, "id": "x", "sources": ["nope"]}, {"id": 5}]
    doc = _doc(records)
    path = tmp_path / "f.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    from_file = load_file(path)
    from_doc = load_document(doc, str(path))
    assert from_file.dataset.records == from_doc.dataset.records
    assert from_file.problems == from_doc.problems
    assert doc["records"] == records  # load_document leaves its input alone


def test_typed_path_gives_what_the_general_path_gives(tmp_path, bundled):
    from viewer.core.loading import _decode_typed

    raw = BUNDLED_DATA.read_bytes()
    assert _decode_typed(raw) is not None  # the bundled file takes the typed path
    general = load_document(json.loads(raw), str(BUNDLED_DATA))
    assert bundled.dataset.records == general.dataset.records
    assert bundled.dataset.lanes == general.dataset.lanes
    assert bundled.dataset.as_of == general.dataset.as_of
    assert bundled.problems == general.problems
    # Place {} is no place, {"city": null} a place with nothing known, in both paths.
    doc = _doc([{**GOOD, "id": "e", "place": {}}, {**GOOD, "id": "n", "place": {"city": None}},
                {**GOOD, "id": "r", "related": ["nowhere"], "session": 4}])
    path = tmp_path / "p.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert _decode_typed(path.read_bytes()) is not None
    typed, general = load_file(path), load_document(doc, str(path))
    assert typed.dataset.records == general.dataset.records
    assert typed.problems == general.problems and typed.problems[0].field == "related"


def test_typed_enums_follow_the_schema():
    import typing

    from viewer.core.loading import _KindT, _StatusT, _schema

    record = _schema()["$defs"]["record"]["properties"]
    assert set(typing.get_args(_KindT)) == set(record["kind"]["enum"])
    assert set(typing.get_args(_StatusT)) == set(record["status"]["enum"])
