"""The coverage table counts what the records hold."""

import dataclasses

from tests.documents import document
from viewer.core.coverage import coverage, coverage_markdown, has_exact_dates
from viewer.core.loading import load_document
from viewer.core.paths import BUNDLED_DATA


def _dataset(records):
    doc = document(records, lanes=[{"id": "l", "title": "L"}])
    return load_document(doc, "t.json").dataset


def _rec(rid, kind="session", **extra):
    return {
        "id": rid,
        "kind": kind,
        "lane": "l",
        "title": rid,
        "sources": ["https://example.org"],
        **{"start": None, **extra},
    }


def test_counts():
    ds = _dataset(
        [
            _rec("a", start="2001-01-02", end="2001-01-05", place={"city": "X", "country": "Y"}),
            _rec("b", start="2002", place={"city": None, "country": "Y"}),
            _rec("c", start="2003-04-01", end="2003-04-03", inferred=["end"]),
            _rec("d"),
            _rec("t1", "presidency", start="2000-01-01", end=".."),
            _rec("t2", "presidency", start="1990", end="2000-01-01"),
            {
                "id": "n",
                "kind": "article",
                "title": "n",
                "start": "2001",
                "about": ["a"],
                "sources": ["https://example.org/n"],
            },
        ]
    )
    # A user's file takes no INTERPOL rows; the INTERPOL record (its profile) does.
    assert [r.what for r in coverage(ds)] == [
        "Terms of office with exact dates",
        "Claims with a primary or press source",
    ]
    ds = dataclasses.replace(ds, path=str(BUNDLED_DATA))
    rows = {r.what: (r.count, r.total) for r in coverage(ds)}
    assert rows["Sessions with a sourced host city"] == (1, 4)
    assert rows["Sessions with a sourced host (city or country)"] == (2, 4)
    assert rows["Sessions with exact dates (first and last day)"] == (1, 4)
    assert rows["Sessions with a known year"] == (3, 4)
    assert rows["Sessions with at least one article"] == (1, 4)
    assert rows["Terms of office with exact dates"] == (1, 2)
    table = coverage_markdown(ds).splitlines()
    assert (
        table[0].startswith("| What |")
        and "| Sessions with a sourced host city | 1 | 4 | 25% |" in table
    )


def test_exact_dates_need_both_days():
    ds = _dataset([_rec("a", start="2001-01-02"), _rec("b", start="2001-01", end="2001-01-05")])
    assert [has_exact_dates(r) for r in ds.records] == [False, False]


def test_claims_with_a_primary_or_press_source():
    gov = {"url": "https://gov.example", "kind": "primary"}
    mirror = {"url": "https://mirror.example", "kind": "copy"}
    ds = _dataset(
        [
            _rec(
                "a",
                start="2001",
                place={"city": "X"},
                sources=[gov, mirror],
                field_sources={"start": [gov["url"]], "place": [mirror["url"]]},
            ),
            _rec("b", start="2002", sources=[gov]),  # a claim without its own sources
            _rec("c", start="2003", inferred=["start"], sources=[gov]),  # inferred: not counted
            _rec("d", "article", start="2004", sources=[gov]),  # articles make no claims
        ]
    )
    rows = {r.what: (r.count, r.total) for r in coverage(ds)}
    assert rows["Claims with a primary or press source"] == (1, 3)


def test_a_row_with_nothing_to_count_has_no_share():
    """ "0 | 0 | 0%" read as a measured zero (a trial): a row of 0 of 0 shows "-"."""
    table = coverage_markdown(_dataset([_rec("a", start="2001")])).splitlines()
    assert "| Terms of office with exact dates | 0 | 0 | - |" in table
