"""Drafts become records through the one builder of our format (``loading.record_of``)."""

from viewer.core.dates import parse_edtf
from viewer.core.importers.drafts import Draft, assemble
from viewer.core.loading import load_bytes
from viewer.core.records import Lane, Person, Place


def _draft(**fields):
    d = Draft(index=0, lane="l", **fields)
    d.add_source("https://example.org/a", "sources", "A", "Pub")
    return d


def test_a_draft_builds_the_same_record_as_our_format():
    ours = load_bytes(
        b'{"format": "timeline-viewer/1", "title": "t", "lanes": [{"id": "l", "title": "L"}],'
        b' "records": [{"id": "r1", "kind": "event", "title": "T", "start": "1923-04",'
        b' "end": "..", "lane": "l", "place": {"city": "Vienna", "country": "Austria"},'
        b' "people": [{"name": "Ada", "role": "chair"}],'
        b' "sources": [{"url": "https://example.org/a", "title": "A", "publisher": "Pub"}]}]}',
        "ours.json",
    )
    d = _draft(
        id="r1",
        title="T",
        start=parse_edtf("1923-04"),
        open_end=True,
        place=Place("Vienna", "Austria"),
        people=(Person("Ada", "chair"),),
    )
    drafted = assemble([d], [Lane("l", "L")], file="d.csv", title="t")
    assert drafted.dataset.records == ours.dataset.records


def test_an_end_before_the_start_that_an_importer_let_through_is_an_error():
    d = _draft(id="r1", title="T", start=parse_edtf("1990"), end=parse_edtf("1980"))
    result = assemble(
        [d, _draft(title="", start=parse_edtf("1990"))], [Lane("l", "L")], file="d.csv", title="t"
    )
    (problem,) = result.errors
    assert (problem.field, problem.record_id) == ("end", "r1")
    assert problem.message == "end 1980 is before start 1990"
    (kept,) = result.dataset.records
    assert kept.title == "(untitled)"
