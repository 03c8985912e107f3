"""The bundled INTERPOL record: every claim traceable, checks match the documentation,
numbering consistent, and the README's coverage table produced by the command."""

import re

from viewer.core.coverage import coverage, coverage_markdown
from viewer.core.paths import BUNDLED_DATA
from viewer.core.qa import check_dataset

DATA_README = BUNDLED_DATA.parent / "README.md"
README = BUNDLED_DATA.parent.parent / "README.md"


def _http(url):
    return url.startswith(("http://", "https://"))


def test_loads_without_problems(bundled):
    assert bundled.problems == ()


def test_every_record_fact_and_alternative_cites_http_sources(bundled):
    for r in bundled.dataset.records:
        assert r.sources and all(_http(s.url) for s in r.sources), r.id
        for fact in r.facts:
            assert fact.sources and all(map(_http, fact.sources)), (r.id, fact.label)
        for dispute in r.disputes:
            for alt in dispute.alternatives:
                assert alt.sources and all(map(_http, alt.sources)), (r.id, dispute.field)
        for name, urls in r.field_sources:
            assert urls and all(map(_http, urls)), (r.id, name)


def _expected_from_readme():
    text = DATA_README.read_text(encoding="utf-8")
    block = re.search(r"```text qa-expected\n(.*?)```", text, re.S)
    assert block, "data/README.md has no ```text qa-expected block"
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


def test_qa_reports_only_the_documented_items(bundled):
    found = [f.key for f in check_dataset(bundled.dataset)]
    assert found == _expected_from_readme()
    assert not [
        k
        for k in found
        if k.startswith(("unsourced-claim", "numbering-", "year-without-record", "term-overlap"))
    ]


def test_session_numbering_is_consistent(bundled):
    sessions = [r for r in bundled.dataset.records if r.kind == "session"]
    assert sorted(r.session for r in sessions) == list(range(1, 95))
    gaps = {
        r.id: (r.start.year, r.end.year) for r in bundled.dataset.records if r.kind == "no_session"
    }
    assert gaps == {"no-session-1939-1945": (1939, 1945), "no-session-2020": (2020, 2020)}
    for r in sessions:
        if r.start is None or r.session < 15:
            continue
        offset = 1931 if r.session <= 88 else 1932
        assert r.start.year == r.session + offset, r.id


def test_terms_know_how_they_ended(bundled):
    terms = [r for r in bundled.dataset.records if r.kind in ("presidency", "secretary_general")]
    assert terms
    for r in terms:
        assert r.end_reason in (
            "completed",
            "resigned",
            "died",
            "removed",
            "acting",
            "incumbent",
            "unknown",
        ), r.id
        assert r.status in ("official", "acting", "not_recognised"), r.id
        assert (r.end_reason == "acting") == (r.status == "acting"), r.id
        assert (r.end_reason == "incumbent") == r.open_end, r.id


def test_readme_coverage_table_matches_the_data(bundled):
    table = coverage_markdown(bundled.dataset)
    assert table in README.read_text(encoding="utf-8")
    rows = {row.what: row.count for row in coverage(bundled.dataset)}
    sessions = [r for r in bundled.dataset.records if r.kind == "session"]
    cities = sum(1 for r in sessions if r.place and r.place.city)
    assert rows["Sessions with a sourced host city"] == cities
    with_articles = {a for r in bundled.dataset.records if r.kind == "article" for a in r.about}
    assert (
        rows["Sessions with at least one article"]
        == len([r for r in sessions if r.id in with_articles])
        >= 25
    )


def test_per_claim_lists_rarely_repeat_the_whole_list(bundled):
    """Issue 15: at most 5% of per-claim lists repeat a record's whole list of three or more."""
    lists = [(r, urls) for r in bundled.dataset.records for _, urls in r.field_sources]
    whole = [
        r.id for r, urls in lists if len(r.sources) >= 3 and set(urls) == {s.url for s in r.sources}
    ]
    assert len(whole) <= 0.05 * len(lists)
    for r, urls in lists:
        assert set(urls) <= {s.url for s in r.sources}, r.id


def test_every_source_is_weighed_and_the_strong_claims_row_counts_them(bundled):
    """Issue 15, point 3: each source has a kind; the coverage row counts the known claims
    of sessions and terms whose own sources include a primary or press source."""
    records = bundled.dataset.records
    assert all(
        s.kind in ("primary", "press", "reference", "copy") for r in records for s in r.sources
    )
    rows = {row.what: (row.count, row.total) for row in coverage(bundled.dataset)}
    strong = total = 0
    for r in records:
        if r.kind not in ("session", "presidency", "secretary_general"):
            continue
        kinds = {s.url: s.kind for s in r.sources}
        known = {
            "start": r.start is not None,
            "end": r.end is not None,
            "place": r.place is not None and bool(r.place.city or r.place.country),
            "end_reason": r.end_reason not in ("", "unknown", "incumbent"),
        }
        for field, has in known.items():
            if has and field not in r.inferred and (r.kind != "session" or field != "end_reason"):
                total += 1
                strong += any(kinds.get(u) in ("primary", "press") for u in r.sources_for(field))
    assert rows["Claims with a primary or press source"] == (strong, total)
    assert strong / total > 0.6
