"""A key given twice in one JSON object was read silently (the last value won): each is now
a warning naming the record, the field and every value given, in every JSON format."""

import json

from viewer.core.importers import load_any, load_bytes
from viewer.core.json_keys import MOST_BYTES

_OURS = (
    '{"format": "timeline-viewer/1", "title": "T", "lanes": [{"id": "a", "title": "A"}],'
    ' "records": [%s]}'
)
_SOURCE = '"sources": ["https://example.org/a"]'


def _record(body: str) -> str:
    return '{"kind": "event", "lane": "a", %s, %s}' % (body, _SOURCE)


def test_our_format_names_record_field_and_every_value(tmp_path):
    text = _OURS % ",".join(
        [
            _record('"id": "r1", "title": "First", "title": "Second", "start": "1950"'),
            _record(
                '"id": "r2", "title": "B", "start": "1951", "place": {"city": "X", "city": "Y"}'
            ),
        ]
    )
    path = tmp_path / "t.json"
    path.write_text(text, encoding="utf-8")
    for result in (load_any(path), load_bytes(text.encode(), str(path))):
        told = [str(p) for p in result.problems]
        assert told == [
            f"warning: {path}, record 1 (id 'r1'), field 'title': given 2 times ('First', "
            "'Second'); only the last is read",
            f"warning: {path}, record 2 (id 'r2'), field 'place.city': given 2 times ('X', "
            "'Y'); only the last is read",
        ]
        # The records load, with the last value: as before, now said.
        assert [r.title for r in result.dataset.records] == ["Second", "B"]
        assert result.dataset.get("r2").place.city == "Y"
    assert path.read_text(encoding="utf-8") == text  # never modified


def test_timelinejs_and_vis_timeline_are_checked_too():
    tjs = {"events": "PLACEHOLDER"}
    text = json.dumps(tjs).replace(
        '"PLACEHOLDER"',
        '[{"start_date": {"year": "1950", "year": "1951"}, "text": {"headline": "Good"}}]',
    )
    result = load_bytes(text.encode(), "t.json")
    assert [str(p) for p in result.problems if "times (" in p.message] == [
        "warning: t.json, events #1 ('Good'), field 'start_date.year': given 2 times "
        "('1950', '1951'); only the last is read"
    ]
    vis = '[{"id": 1, "content": "A", "start": "1950-01-01", "start": {"a": [1, 2]}}]'
    result = load_bytes(vis.encode(), "v.json")
    assert [str(p) for p in result.problems if "times (" in p.message] == [
        "warning: v.json, items #1 (id '1'), field 'start': given 2 times ('1950-01-01', "
        '{"a": [1, 2]}); only the last is read'
    ]


def test_many_doubled_keys_are_listed_up_to_a_hundred_then_counted():
    records = [
        _record(f'"id": "r{k}", "title": "a", "title": "b", "start": "1950"') for k in range(150)
    ]
    result = load_bytes((_OURS % ",".join(records)).encode(), "t.json")
    doubled = [p for p in result.problems if p.field != "sources"]
    assert len(doubled) == 101
    assert doubled[-1].message == "… and 50 more keys given more than once"
    assert len(result.dataset.records) == 150


def test_a_file_beyond_the_checked_size_loads_without_the_check():
    pad = " " * (MOST_BYTES + 1)
    text = _OURS % _record('"id": "r1", "title": "First", "title": "Second", "start": "1950"')
    result = load_bytes((text + pad).encode(), "t.json")
    assert not [p for p in result.problems if "times (" in p.message]
    assert [r.title for r in result.dataset.records] == ["Second"]


def test_a_vis_item_without_an_id_is_named_by_its_content_and_an_empty_key_as_written():
    text = (
        '{"items": [{"content": "First", "start": "1950-01-01", "start": "1951-01-01"},'
        ' {"id": 2, "content": "A", "start": "1952-01-01", "": 3, "": 4}]}'
    )
    result = load_bytes(text.encode(), "v.json")
    assert [str(p) for p in result.problems if "times (" in p.message] == [
        "warning: v.json, items #1 ('First'), field 'start': given 2 times ('1950-01-01', "
        "'1951-01-01'); only the last is read",
        "warning: v.json, items #2 (id '2'), field '\"\"': given 2 times (3, 4); only the "
        "last is read",
    ]


def test_a_refused_file_names_a_key_it_gives_twice(tmp_path):
    """A file refused for "format: 'timeline-viewer/1' was expected" that held that very
    value, then another, said nothing of the second (a trial)."""
    import pytest

    from viewer.core.errors import LoadError

    text = (
        '{"format": "timeline-viewer/1", "format": "other", "title": "T", "lanes": [],'
        ' "records": []}'
    )
    path = tmp_path / "f.json"
    path.write_text(text, encoding="utf-8")
    for load in (lambda: load_any(path), lambda: load_bytes(text.encode(), str(path))):
        with pytest.raises(LoadError) as caught:
            load()
        assert str(caught.value) == (
            f"{path}: format: 'timeline-viewer/1' was expected (format is given 2 times "
            "('timeline-viewer/1', 'other'); only the last is read)"
        )
