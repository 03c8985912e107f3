"""Citations: CSL-JSON items honour each date's precision, the readable reference is
rendered by citeproc-py and keeps user text literal and bounded."""

import datetime
import json

import pytest

from viewer.core.citation import CITED_SOURCES_MAX, csl_date, csl_item, csl_json, iter_csl_json
from viewer.core.citation import citation_text as cite
from viewer.core.dates import parse_edtf
from viewer.core.display_text import DRAWN_CHARS_MAX
from viewer.core.records import Dataset, Record, Source

VIEWER = "Timeline Viewer 9.8.7"
SRC = (
    Source(url="https://example.org/a", title="Key dates", publisher="INTERPOL"),
    Source(url="https://example.org/b"),
)


def _dataset(*records, title="My history", as_of="2026-11-30"):
    return Dataset(
        title=title,
        lanes=(),
        records=tuple(records),
        as_of=parse_edtf(as_of) if as_of else None,
    )


def _record(start="1923", end=None, title="Founding congress", sources=SRC, **kw):
    return Record(
        id="r1",
        kind="session",
        title=title,
        start=parse_edtf(start) if start else None,
        end=parse_edtf(end) if end else None,
        sources=sources,
        **kw,
    )


@pytest.mark.parametrize(
    ("start", "end", "issued"),
    [
        ("1923", None, {"date-parts": [[1923]]}),
        ("1938-06", None, {"date-parts": [[1938, 6]]}),
        ("1923-09-03", "1923-09-07", {"date-parts": [[1923, 9, 3], [1923, 9, 7]]}),
        ("1923-09-07", "1932", {"date-parts": [[1923, 9, 7], [1932]]}),
        ("1923~", None, {"date-parts": [[1923]], "circa": True}),
        ("2001-21", None, {"date-parts": [[2001]], "season": 1}),
        ("195X", None, {"date-parts": [[1950]], "circa": True}),
        ("0000", None, {"date-parts": [[-1]]}),  # 1 BC: CSL has no year 0
        ("-0043", None, {"date-parts": [[-44]]}),  # 44 BC
    ],
)
def test_issued_keeps_the_precision_of_the_dates(start, end, issued):
    assert csl_date(parse_edtf(start), parse_edtf(end) if end else None) == issued
    record = _record(start, end)
    assert csl_item(record, _dataset(record), VIEWER)["issued"] == issued


def test_unknown_and_open_dates():
    assert "issued" not in csl_item(_record(None), _dataset(), VIEWER)
    still_running = _record("2018-11-21", open_end=True)
    assert csl_item(still_running, _dataset(), VIEWER)["issued"] == {"date-parts": [[2018, 11, 21]]}


def test_item_fields_come_from_record_dataset_and_viewer():
    record = _record()
    item = csl_item(record, _dataset(record), VIEWER)
    assert item["id"] == "r1" and item["type"] == "entry"
    assert item["title"] == "Founding congress"
    assert item["container-title"] == "My history"
    assert item["version"] == "2026-11-30"
    today = datetime.date.today()
    assert item["accessed"] == {"date-parts": [[today.year, today.month, today.day]]}
    assert item["publisher"] == VIEWER
    assert item["URL"] == "https://example.org/a"
    assert item["note"].splitlines() == [
        "Sources:",
        "1. Key dates, INTERPOL: https://example.org/a",
        "2. https://example.org/b",
    ]
    bare = csl_item(_record(sources=()), _dataset(as_of=None, title=""), "")
    assert set(bare) == {"id", "type", "title", "issued", "accessed"}


def test_readable_citation_has_every_part():
    record = _record("1923-09-03", "1923-09-07")
    text = cite(record, _dataset(record), VIEWER, datetime.date(2026, 12, 6))
    reference, *rest = text.splitlines()
    # Harvard - Cite Them Right, en-GB: container (year) 'title'. publisher. URL (accessed).
    assert reference == (
        "My history (1923) \u2018Founding congress\u2019. Timeline Viewer 9.8.7. "
        "Available at: https://example.org/a (Accessed: 6 December 2026)."
    )
    assert rest == [
        "Dates: 3\u20137 September 1923",
        "Sources:",
        "1. Key dates, INTERPOL: https://example.org/a",
        "2. https://example.org/b",
    ]


def test_readable_citation_without_dates_or_sources():
    text = cite(_record(None, sources=()), _dataset(as_of=None), VIEWER)
    assert "(no date)" in text and "Founding congress" in text
    assert "Sources" not in text


def test_user_text_stays_literal_and_bounded():
    title = '<b>bold</b> <span class="nocase">kept</span> <i>it</i> & ' + "x" * 1_000_000
    hostile = Source(url="https://example.org/?q=<script>", title="<img src=x>" * 100_000)
    record = _record(title=title, sources=(hostile,))
    dataset = _dataset(record, title="<h1>" + "d" * 500_000)
    text = cite(record, dataset, VIEWER)
    assert '<b>bold</b> <span class="nocase">kept</span> <i>it</i> & xxx' in text
    assert "<h1>ddd" in text and "https://example.org/?q=<script>" in text
    assert "1. <img src=x><img src=x>" in text
    assert len(text) < 6 * DRAWN_CHARS_MAX
    # The CSL-JSON is data: kept whole.
    item = csl_item(record, dataset, VIEWER)
    assert item["title"] == title


def test_case_of_user_text_is_never_changed():
    record = _record(title="iPhone and the LAPD")
    text = cite(record, _dataset(record, title="eBay history"), VIEWER)
    assert text.startswith("eBay history (1923) \u2018iPhone and the LAPD\u2019")


def test_direction_overrides_are_made_visible():
    record = _record(title="evil\u202etxt.exe")
    text = cite(record, _dataset(record), VIEWER)
    assert "\u202e" not in text and "\u27e6U+202E\u27e7" in text


def test_csl_json_array_has_one_item_per_record_in_order():
    records = [
        Record(id=f"r{i}", kind="session", title=f"T{i}", start=parse_edtf("1990"))
        for i in range(5)
    ]
    dataset = _dataset(*records)
    items = json.loads(csl_json(dataset.records, dataset, VIEWER))
    assert [i["id"] for i in items] == [f"r{i}" for i in range(5)]
    assert json.loads(csl_json((), dataset, VIEWER)) == []
    # Streamed in pieces: one per record between the brackets.
    assert len(list(iter_csl_json(dataset.records, dataset, VIEWER))) == 5 + 2


def test_bundled_records_all_cite(bundled):
    dataset = bundled.dataset
    items = json.loads(csl_json(dataset.records, dataset, VIEWER))
    assert len(items) == len(dataset.records)
    assert all(i["container-title"] == dataset.title for i in items)
    first = dataset.records[0]
    text = cite(first, dataset, VIEWER)
    assert first.title in text and dataset.title in text and first.sources[0].url in text


def test_many_sources_are_listed_up_to_the_limit():
    sources = tuple(Source(url=f"https://example.org/{i}") for i in range(CITED_SOURCES_MAX + 5))
    record = _record(sources=sources)
    text = cite(record, _dataset(record), VIEWER)
    assert f"{CITED_SOURCES_MAX}. https://example.org/{CITED_SOURCES_MAX - 1}" in text
    assert f"https://example.org/{CITED_SOURCES_MAX}\n" not in text
    assert text.endswith("… and 5 more (every source is in the CSL-JSON)")
    note = csl_item(record, _dataset(record), VIEWER)["note"]
    assert note.count("\n") == CITED_SOURCES_MAX + 5


def test_sources_are_numbered_as_the_details_panel_numbers_them():
    """Primary and press first, as in the panel: a trial found the citation's "1." was a
    copy where the panel's [1] was the primary source."""
    sources = (
        Source("https://copy.example/a", kind="copy"),
        Source("https://primary.example/b", kind="primary"),
        Source("https://press.example/c", kind="press"),
    )
    record = _record(sources=sources)
    item = csl_item(record, _dataset(record), VIEWER)
    assert item["URL"] == "https://primary.example/b"
    assert item["note"].splitlines()[1:] == [
        "1. https://primary.example/b",
        "2. https://press.example/c",
        "3. https://copy.example/a",
    ]
