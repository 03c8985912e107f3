"""Relations of a record for the details panel: answered from indexes, listed up to a limit
with the rest counted, and the same lists as a full scan gives."""

from __future__ import annotations

import random

from viewer.core.loading import load_document
from viewer.core.relations import holders_at, related_records, relations_of

_KIND_LABELS = {
    "session": "Session",
    "presidency": "President",
    "secretary_general": "Secretary General",
    "handover": "Flag handover",
    "article": "Article",
    "no_session": "No session",
}


def _scan_holders(dataset, kind, day):
    """Terms of *kind* running on *day*, by a scan of every record (the reference)."""
    out = []
    for r in dataset.records:
        if r.kind != kind or r.start is None:
            continue
        if r.open_end:
            end = float("inf")
        elif r.end is not None:
            end = r.end.last_day + 1
        else:
            continue
        if r.start.first_day <= day < end:
            out.append(r)
    return out


def _scan_related(record, dataset):
    """The related records by scans of the dataset, without a limit (the reference)."""
    pairs = []
    if record.kind == "session" and record.start is not None:
        day = (
            record.start.first_day if record.start.precision == "day" else record.start.centre_days
        )
        pairs += [("President in office", r) for r in _scan_holders(dataset, "presidency", day)]
        pairs += [
            ("Secretary General in office", r)
            for r in _scan_holders(dataset, "secretary_general", day)
        ]
    if record.kind == "session":
        for h in dataset.records:
            if h.kind == "handover" and record.id in (h.from_record, h.to_record):
                pairs.append(
                    (
                        "Handover to the next host"
                        if h.from_record == record.id
                        else "Handover from the previous host",
                        h,
                    )
                )
        pairs += [
            ("Article", a) for a in dataset.records if a.kind == "article" and record.id in a.about
        ]
    for label, ref in (("Handed over at", record.from_record), ("Next host", record.to_record)):
        if ref and dataset.get(ref) is not None:
            pairs.append((label, dataset.get(ref)))
    pairs += [("About", dataset.get(ref)) for ref in record.about if dataset.get(ref)]
    pairs += [
        (_KIND_LABELS.get(dataset.get(ref).kind, "Related"), dataset.get(ref))
        for ref in record.related
        if dataset.get(ref)
    ]
    seen, unique = {record.id}, []
    for label, r in pairs:
        if r.id not in seen:
            seen.add(r.id)
            unique.append((label, r))
    return unique


def test_every_bundled_record_has_the_related_records_of_a_full_scan(bundled):
    dataset = bundled.dataset
    for record in dataset.records:
        expected = [(label, r.id) for label, r in _scan_related(record, dataset)]
        got = [(label, r.id) for label, r in related_records(record, dataset, limit=10_000)]
        assert got == expected, record.id
        # The panel's lists, as before the limit: no relation of the bundled record has
        # more than eleven records (president-9 has eleven related sessions).
        assert [(label, r.id) for label, r in related_records(record, dataset)] == expected


def _document(records):
    return {
        "format": "timeline-viewer/1",
        "title": "t",
        "lanes": [{"id": "a", "title": "A"}],
        "records": records,
    }


def _term(i, kind, start, end=None, open_end=False):
    rec = {
        "id": f"{kind}-{i}",
        "kind": kind,
        "lane": "a",
        "title": f"Term {i}",
        "start": start,
        "sources": ["https://example.org/"],
    }
    if open_end:
        rec["end"] = ".."
    elif end is not None:
        rec["end"] = end
    return rec


def test_terms_in_office_agree_with_a_scan_on_random_overlapping_terms():
    rng = random.Random(5)
    records = []
    for i in range(400):
        y = rng.randint(1900, 2000)
        u = rng.random()
        if u < 0.1:
            records.append(_term(i, "presidency", f"{y}", open_end=True))
        elif u < 0.15:
            records.append(_term(i, "presidency", f"{y}"))  # end unknown: left out
        else:
            end = y + rng.randint(1, 30)
            records.append(
                _term(
                    i,
                    "presidency",
                    f"{y}-{rng.randint(1, 12):02d}",
                    f"{end}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                )
            )
    dataset = load_document(_document(records), "t").dataset
    assert len(dataset.records) == 400
    for day in [rng.uniform(-30_000, 20_000) for _ in range(300)] + [-25567.0, 10957.0]:
        expected = _scan_holders(dataset, "presidency", day)
        listed, total = holders_at(dataset, "presidency", day, limit=5)
        assert total == len(expected)
        assert {r.id for r in listed} <= {r.id for r in expected}
        assert len(listed) == min(5, total)
        assert [r.id for r in holders_at(dataset, "presidency", day, limit=1000)[0]] == [
            r.id for r in expected
        ]  # all of them, in file order
    assert holders_at(dataset, "secretary_general", 0.0) == ([], 0)


def test_a_session_with_thousands_of_related_records_lists_ten_of_each():
    n = 3000
    records = [
        {
            "id": "s",
            "kind": "session",
            "lane": "a",
            "title": "S",
            "start": "1990-05-05",
            "sources": ["https://example.org/"],
        }
    ]
    records += [_term(i, "presidency", "1980", "2000") for i in range(n)]
    records += [
        {
            "id": f"art-{i}",
            "kind": "article",
            "title": f"Article {i}",
            "start": "1991",
            "about": ["s"],
            "url": "https://example.org/a",
            "sources": ["https://example.org/"],
        }
        for i in range(n)
    ]
    dataset = load_document(_document(records), "t").dataset
    relations = {r.name: r for r in relations_of(dataset.get("s"), dataset)}
    presidents, articles = relations["President in office"], relations["Article"]
    assert [r.id for _, r in presidents.pairs] == [f"presidency-{i}" for i in range(10)]
    assert presidents.more == n - 10
    assert [r.id for _, r in articles.pairs] == [f"art-{i}" for i in range(10)]
    assert articles.more == n - 10
    # Each article names the session once, and the session counts each article once.
    assert relations_of(dataset.get("art-0"), dataset)[0].pairs[0][1].id == "s"


def test_one_record_over_the_limit_is_listed_two_are_counted():
    for n, listed, more in ((11, 11, 0), (12, 10, 2)):
        records = [
            {
                "id": "s",
                "kind": "session",
                "lane": "a",
                "title": "S",
                "start": "1990-05-05",
                "sources": ["https://example.org/"],
            }
        ]
        records += [
            {
                "id": f"art-{i}",
                "kind": "article",
                "title": f"Article {i}",
                "start": "1991",
                "about": ["s"],
                "url": "https://example.org/a",
                "sources": ["https://example.org/"],
            }
            for i in range(n)
        ]
        dataset = load_document(_document(records), "t").dataset
        (articles,) = relations_of(dataset.get("s"), dataset)
        assert (len(articles.pairs), articles.more) == (listed, more)
