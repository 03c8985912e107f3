"""Source kinds: one table that follows the schema; ordering, lookups and tests on lists."""

from tests.documents import document
from viewer.core.loading import load_document
from viewer.core.records import Source
from viewer.core.schema import SCHEMA
from viewer.core.source_kinds import (
    SOURCE_KINDS,
    UNWEIGHED,
    all_copies,
    has_strong_source,
    kinds_by_url,
    source_kind,
    weighed_order,
)


def test_the_table_names_exactly_the_schema_kinds_in_its_order():
    enum = SCHEMA["$defs"]["source"]["properties"]["kind"]["enum"]
    assert list(SOURCE_KINDS) == enum
    assert [k.rank for k in SOURCE_KINDS.values()] == sorted(k.rank for k in SOURCE_KINDS.values())
    assert {k.name for k in SOURCE_KINDS.values() if k.strong} == {"primary", "press"}
    assert source_kind("") is UNWEIGHED and source_kind("rumour") is UNWEIGHED
    assert UNWEIGHED.word == ""


def test_weighed_order_puts_primary_and_press_first_and_keeps_file_order_within_a_kind():
    s = [
        Source("https://a", kind="copy"),
        Source("https://b", kind="press"),
        Source("https://c", kind="reference"),
        Source("https://d", kind="primary"),
        Source("https://e"),
        Source("https://f", kind="press"),
    ]
    assert [x.url for x in weighed_order(s)] == [f"https://{c}" for c in "dbfcae"]
    plain = [Source(f"https://{c}") for c in "zyx"]
    assert weighed_order(plain) == plain  # a file without kinds keeps its order


def test_kinds_come_from_the_file_and_old_files_load_without_them():
    doc = document(
        [
            {
                "id": "r",
                "kind": "session",
                "title": "r",
                "start": "2000",
                "sources": [
                    "https://plain",
                    {"url": "https://copy", "kind": "copy"},
                    {"url": "https://gov", "kind": "primary", "title": "T"},
                ],
            }
        ]
    )
    record = load_document(doc, "t.json").dataset.get("r")
    assert [s.kind for s in record.sources] == ["", "copy", "primary"]
    kinds = kinds_by_url(record)
    assert kinds == {"https://plain": "", "https://copy": "copy", "https://gov": "primary"}
    assert has_strong_source(["https://copy", "https://gov"], kinds)
    assert not has_strong_source(["https://copy", "https://plain", "https://elsewhere"], kinds)
    assert all_copies(["https://copy"], kinds)
    assert not all_copies([], kinds)
    assert not all_copies(["https://copy", "https://plain"], kinds)  # unweighed is no copy


def test_an_unknown_kind_is_refused_naming_the_record_and_field():
    doc = document(
        [
            {"id": "good", "kind": "session", "title": "g", "start": "2000",
             "sources": [{"url": "https://a", "kind": "press"}]},
            {"id": "bad", "kind": "session", "title": "b", "start": "2000",
             "sources": [{"url": "https://a", "kind": "gossip"}]},
        ]
    )  # fmt: skip
    result = load_document(doc, "t.json")
    assert [r.id for r in result.dataset.records] == ["good"]
    (problem,) = result.problems
    assert "bad" in str(problem) and "sources" in str(problem)
