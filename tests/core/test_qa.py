"""Data checks: per-claim sources, inferred values, disputes, term succession, numbering."""

import dataclasses

from tests.documents import document
from viewer.core.loading import load_document
from viewer.core.paths import BUNDLED_DATA
from viewer.core.profiles.interpol import check_numbering
from viewer.core.qa import check_dataset, check_terms


def _dataset(records):
    doc = document(records, lanes=[{"id": "l", "title": "L"}])
    result = load_document(doc, "t.json")
    assert not result.errors, result.errors
    return result.dataset


def _term(rid, start, end, **extra):
    return {
        "id": rid,
        "kind": "presidency",
        "lane": "l",
        "title": rid,
        "start": start,
        "end": end,
        "sources": ["https://example.org/" + rid],
        **extra,
    }


def _session(n, start, **extra):
    return {
        "id": f"s{n}",
        "kind": "session",
        "lane": "l",
        "title": f"s{n}",
        "session": n,
        "start": start,
        "sources": ["https://example.org/s"],
        **extra,
    }


def _keys(findings):
    return [f.key for f in findings]


def test_overlap_and_gap_between_successive_holders():
    ds = _dataset(
        [
            _term("a", "2000-01-01", "2004-06-30"),
            _term("b", "2004-06-01", "2008-01-01"),  # starts before a ends
            _term("c", "2009-03-01", "2012-01-01"),
        ]
    )  # a year after b ends
    findings = check_terms(list(ds.records), "President")
    assert _keys(findings) == ["term-overlap b start", "term-gap c start"]
    assert "2004-06-01" in findings[0].message and "2004-06-30" in findings[0].message


def test_touching_terms_and_imprecise_dates_are_not_reported():
    ds = _dataset(
        [
            _term("a", "1932", "1934"),
            _term("b", "1934", "1935"),
            _term("c", "1935-06", "1938-03-12"),
            _term("d", "1938-03-12", ".."),
        ]
    )
    assert check_terms(list(ds.records), "President") == []


def test_next_day_start_is_not_a_gap_but_two_days_is():
    ds = _dataset(
        [
            _term("a", "2000-01-01", "2000-12-31"),
            _term("b", "2001-01-01", "2001-06-01"),
            _term("c", "2001-06-03", "2002-01-01"),
        ]
    )
    assert _keys(check_terms(list(ds.records), "P")) == ["term-gap c start"]


def test_unknown_boundary_keeps_undated_term_in_file_order():
    ds = _dataset(
        [
            _term("a", "1960", "1963"),
            _term("b", "1963", None),
            _term("c", None, "1968"),
            _term("d", "1968", "1972"),
        ]
    )
    findings = check_terms(list(ds.records), "President")
    assert _keys(findings) == ["term-boundary-unknown c start"]
    assert "end of b" in findings[0].message


def test_open_term_followed_by_another_is_an_overlap():
    ds = _dataset([_term("a", "2020", ".."), _term("b", "2024-01-01", None)])
    assert _keys(check_terms(list(ds.records), "P")) == ["term-overlap b start"]


def test_numbering_holes_repeats_order_and_silent_years():
    ds = _dataset(
        [
            _session(1, "1923"),
            _session(2, "1924"),
            _session(4, "1927"),
            _session(4, "1928", id="dup"),
            _session(5, "1926"),
            _session(6, "1927"),
            _session(7, "1933"),
            {
                "id": "gap",
                "kind": "no_session",
                "lane": "l",
                "title": "none",
                "start": "1931",
                "end": "1931",
                "sources": ["https://example.org/g"],
            },
        ]
    )
    keys = _keys(check_numbering(ds))
    assert keys == [
        "numbering-gap s4 session",
        "numbering-duplicate dup session",
        "numbering-order s5 start",
        "year-without-record s7 start",
    ]
    message = [f for f in check_numbering(ds) if f.code == "year-without-record"][0].message
    assert "1928-1930, 1932" in message and "1931" not in message


def test_only_the_interpol_record_takes_the_session_numbering_checks():
    own = _dataset([_session(1, "1923"), _session(3, "1925")])  # a user's file with sessions
    assert own.path and not [k for k in _keys(check_dataset(own)) if k.startswith("numbering")]
    bundled = dataclasses.replace(own, path=str(BUNDLED_DATA))
    assert "numbering-gap s3 session" in _keys(check_dataset(bundled))


def test_claims_need_their_own_sources_unless_inferred():
    ds = _dataset(
        [
            _session(
                1,
                "1923-09-03",
                end="1923-09-07",
                place={"city": "Vienna"},
                field_sources={"start": ["https://example.org/d"]},
            ),
            _session(2, "1924", inferred=["start"]),
            _term(
                "p",
                "1923",
                "1932",
                end_reason="died",
                field_sources={
                    "start": ["https://e.org/1"],
                    "end": ["https://e.org/1"],
                    "end_reason": ["https://e.org/1"],
                },
            ),
        ]
    )
    keys = _keys(check_dataset(ds))
    assert "no-single-source s1 end" in keys and "no-single-source s1 place" in keys
    assert "no-single-source s1 start" not in keys
    assert "inferred s2 start" in keys and "no-single-source s2 start" not in keys
    assert not [k for k in keys if k.startswith(("no-single-source p", "unsourced-claim"))]


def test_per_claim_lists_repeating_the_whole_list_of_three_are_reported():
    urls = ["https://e.org/1", "https://e.org/2", "https://e.org/3"]
    ds = _dataset(
        [
            _term(
                "p",
                "1923",
                "1932",
                end_reason="died",
                sources=urls,
                field_sources={"start": urls, "end": urls[:1], "end_reason": urls[1:]},
            ),
            _term(
                "q",
                "1932",
                "1940",
                end_reason="died",
                sources=urls[:2],
                field_sources={"start": urls[:2], "end": urls[:1], "end_reason": urls[1:2]},
            ),
        ]
    )
    keys = _keys(check_dataset(ds))
    assert "whole-list-sources p start" in keys
    assert not [
        k for k in keys if k.startswith("whole-list-sources") and k != "whole-list-sources p start"
    ]


def test_disputes_are_listed_with_their_values():
    ds = _dataset(
        [
            _session(
                1,
                "1923",
                disputes=[
                    {
                        "field": "attendance",
                        "alternatives": [
                            {
                                "value": "20 countries",
                                "sources": ["https://a.org"],
                                "preferred": True,
                            },
                            {"value": "19 countries", "sources": ["https://b.org"]},
                        ],
                    }
                ],
            )
        ]
    )
    finding = [f for f in check_dataset(ds) if f.code == "dispute"][0]
    assert finding.key == "dispute s1 attendance"
    assert "20 countries (preferred) | 19 countries" in finding.message
    assert str(finding).startswith("qa: dispute: s1, field 'attendance':")


def test_copy_only_records_and_claims():
    copy = {"url": "https://mirror.example/x", "kind": "copy"}
    copy2 = {"url": "https://docs.example/y", "kind": "copy"}
    press = {"url": "https://paper.example/z", "kind": "press"}
    ds = _dataset(
        [
            _session(1, "2001", sources=[copy, copy2]),
            _session(
                2,
                "2002",
                sources=[copy, press],
                field_sources={"start": [copy["url"]], "place": [press["url"], copy["url"]]},
                place={"city": "X"},
            ),
            _session(3, "2003", sources=["https://plain.example"]),  # unweighed: no finding
        ]
    )
    keys = [k for k in _keys(check_dataset(ds)) if k.startswith("copy-only")]
    assert keys == ["copy-only s1", "copy-only s2 start"]
