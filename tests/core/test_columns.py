"""Records as columns: the columnar passes give what the record-by-record ones gave, on
every bundled file, every fixture and random records of every shape."""

import collections
import json
import random
from pathlib import Path

import numpy as np
import pytest

from tests.core import reference_layout
from tests.documents import document, record
from viewer.core.columns import LazyRecords, RecordColumns
from viewer.core.importers import load_any
from viewer.core.layout import compute_layout
from viewer.core.loading import load_document
from viewer.core.records import Dataset
from viewer.core.relations_index import RelationIndex
from viewer.core.search import SearchIndex, statuses

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(
    [
        *(ROOT / "data").glob("*.json"),
        *(ROOT / "data" / "examples").iterdir(),
        *(ROOT / "tests" / "fixtures").rglob("*.json"),
        *(ROOT / "tests" / "fixtures").rglob("*.csv"),
    ]
)
FILES = [p for p in FILES if p.name != "timeline.schema.json"]

FIELDS = (
    "ids",
    "lane",
    "row",
    "x0_days",
    "x1_days",
    "y0",
    "is_span",
    "is_band",
    "across",
    "kind",
    "lanes",
    "undated",
    "x_min_days",
    "x_max_days",
    "record_pos",
    "item_of_record",
    "reading_order",
    "lane_reading",
)


def assert_same_layout(dataset: Dataset, **filters: frozenset[str]) -> None:
    new = compute_layout(dataset, **filters)
    old = reference_layout.compute_layout(dataset, **filters)
    for name in FIELDS:
        a, b = getattr(new, name), getattr(old, name)
        if name == "kind":  # codes into each layout's own kind names
            a = np.array((*new.kind_names, ""), dtype=object)[a]
            b = np.array((*old.kind_names, ""), dtype=object)[b]
        if isinstance(a, np.ndarray):
            assert a.dtype == b.dtype, name
            assert np.array_equal(a, b), name
        elif name == "lanes":
            assert [vars(x) for x in a] == [vars(x) for x in b], name
        else:
            assert a == b, name


def _filters(dataset: Dataset) -> list[dict[str, frozenset[str]]]:
    found = statuses(dataset)
    out: list[dict[str, frozenset[str]]] = [{}]
    if dataset.lanes:
        out.append({"hidden_lanes": frozenset({dataset.lanes[0].id})})
    if found:
        out.append({"hidden_statuses": frozenset(found[:1])})
    return out


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_bundled_file_and_fixture_lays_out_as_before(path):
    dataset = load_any(path).dataset
    assert len(dataset.records) > 0
    for filters in _filters(dataset):
        assert_same_layout(dataset, **filters)


def _random_records(seed: int, n: int) -> list[dict]:
    """Records of every kind and shape: points, spans, terms with and without an end,
    running ones, bands in a lane and across every lane, arrows, undated ones."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        kind = rng.choice(
            ["event", "presidency", "session", "handover", "no_session", "era", "article"]
        )
        year = rng.randint(1900, 1910)
        start = rng.choice([f"{year}", f"{year}-0{rng.randint(1, 9)}", f"{year}-03-1{k % 9}"])
        extra: dict = {}
        shape = rng.random()
        if shape < 0.3:
            extra["end"] = f"{year + rng.randint(0, 3)}"
        elif shape < 0.4:
            extra["end"] = ".."
        lane = rng.choice(["a", "b", "a", None]) if kind != "article" else None
        if kind == "handover":
            extra["to_record"] = f"r{rng.randint(0, n - 1)}"
            extra["from_record"] = f"r{rng.randint(0, n - 1)}"
        if kind == "article":
            extra["about"] = [f"r{rng.randint(0, n - 1)}"]
        if rng.random() < 0.2:
            extra["status"] = rng.choice(["acting", "disputed"])
        rec = record(f"r{k}", start if rng.random() > 0.05 else None, kind=kind, **extra)
        if lane is None:
            rec.pop("lane", None)
        else:
            rec["lane"] = lane
        out.append(rec)
    return out


@pytest.mark.parametrize("seed", range(6))
def test_random_records_of_every_shape_lay_out_as_before(seed):
    doc = document(
        _random_records(seed, 300),
        lanes=[{"id": "a", "title": "A"}, {"id": "b", "title": "B"}, {"id": "c", "title": "C"}],
        as_of="1912-06-01",
    )
    result = load_document(doc, "t")
    dataset = result.dataset
    assert len(dataset.records) > 200
    for filters in _filters(dataset):
        assert_same_layout(dataset, **filters)


def test_columns_answer_relations_and_search_as_records_do():
    doc = document(
        _random_records(3, 300),
        lanes=[{"id": "a", "title": "A"}, {"id": "b", "title": "B"}],
    )
    dataset = load_document(doc, "t").dataset
    records = tuple(dataset.records)
    by_columns, by_records = RelationIndex(dataset.columns), RelationIndex(records)
    for r in records:
        assert list(by_columns.handovers_of(r.id)) == list(by_records.handovers_of(r.id))
        assert list(by_columns.articles_about(r.id)) == list(by_records.articles_about(r.id))
    for day in range(-30000, 0, 997):
        assert by_columns.holders_at("presidency", day, 5) == by_records.holders_at(
            "presidency", day, 5
        )
    for query in ("r1", "event", "paris", "1"):
        assert np.array_equal(
            SearchIndex(dataset.columns).matches(query), SearchIndex(records).matches(query)
        )


def test_lazy_records_behave_as_a_tuple_of_records():
    records = tuple(load_any(ROOT / "tests" / "fixtures" / "mini.json").dataset.records)
    made: list[int] = []

    def make(i: int):
        made.append(i)
        return records[i]

    lazy = LazyRecords(len(records), make)
    assert len(lazy) == len(records)
    assert lazy[0] == records[0] and lazy[-1] == records[-1]
    assert lazy[1:3] == records[1:3] and isinstance(lazy[1:3], tuple)
    assert list(lazy) == list(records)
    assert lazy == records and records == lazy
    assert lazy != records[:-1]
    with pytest.raises(IndexError):
        lazy[len(records)]
    made.clear()
    _ = lazy[0], lazy[0]
    assert made == []  # kept from before
    columns = RecordColumns.of(records)
    dataset = Dataset.with_columns(columns, lazy, "t", ())
    assert dataset.columns is columns
    assert dataset.position_of(records[-1].id) == len(records) - 1
    assert dataset.get(records[1].id) == records[1]


def assert_same_columns(a: RecordColumns, b: RecordColumns) -> None:
    for name in RecordColumns.__dataclass_fields__:
        x, y = getattr(a, name), getattr(b, name)
        if isinstance(x, np.ndarray):
            assert x.dtype == y.dtype and np.array_equal(x, y), name
        else:
            assert x == y, name


def _synthetic(tmp_path: Path, n: int) -> Path:
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import generate_document
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    out = tmp_path / "synthetic.json"
    out.write_text(json.dumps(generate_document(n)), encoding="utf-8")
    return out


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_loader_fills_the_columns_the_records_give(path):
    dataset = load_any(path).dataset
    records = tuple(dataset.records)
    assert_same_columns(dataset.columns, RecordColumns.of(records))


def test_a_large_file_is_loaded_as_columns_and_records_made_on_demand(tmp_path):
    dataset = load_any(_synthetic(tmp_path, 3000)).dataset
    assert isinstance(dataset.records, LazyRecords)
    records = tuple(dataset.records)
    assert len(records) == 3000 and len({r.id for r in records}) == 3000
    assert_same_columns(dataset.columns, RecordColumns.of(records))
    assert_same_layout(dataset)
    assert_same_layout(Dataset(dataset.title, dataset.lanes, records, as_of=dataset.as_of))


def test_records_read_in_batches_load_as_in_one(monkeypatch):
    """Duplicate ids, refused records and references across the batches the loader
    reads at a time give the problems and records one batch gives."""
    from viewer.core import loading

    recs = _random_records(5, 400)
    recs[50]["id"] = recs[10]["id"]  # a duplicate in another batch
    recs[60]["start"] = "2001-02-30"  # a date that does not exist
    recs[70]["end"] = "1800"  # an end before the start
    recs[80]["lane"] = "nowhere"
    recs[90] = {"id": "broken"}  # refused by the schema
    recs += [{"id": f"bad{k}", "kind": "event"} for k in range(120)]  # beyond the listed
    recs += [record("late-dup", "1905"), record("late-dup", "1906")]
    raw = json.dumps(
        document(recs, lanes=[{"id": "a", "title": "A"}, {"id": "b", "title": "B"}])
    ).encode()
    whole = loading.load_bytes(raw, "t.json")
    monkeypatch.setattr(loading, "_BATCH", 7)
    batched = loading.load_bytes(raw, "t.json")
    assert batched.problems == whole.problems
    assert len(whole.problems) > 100
    assert tuple(batched.dataset.records) == tuple(whole.dataset.records)
    assert_same_columns(batched.dataset.columns, whole.dataset.columns)


@pytest.mark.parametrize("source", ["synthetic", "random", "interpol"])
def test_a_plain_batch_kept_whole_loads_as_record_by_record(tmp_path, monkeypatch, source):
    """A batch whose records all pass plainly is kept whole; going through it record by
    record gives the same problems, records and columns."""
    from viewer.core import loading

    if source == "synthetic":
        raw = _synthetic(tmp_path, 2000).read_bytes()
    elif source == "interpol":
        raw = (ROOT / "data" / "interpol.json").read_bytes()
    else:
        raw = json.dumps(document(_random_records(4, 300), as_of="1912-06-01")).encode()
    quick = loading.load_bytes(raw, "t.json")
    monkeypatch.setattr(loading, "_all_plain", lambda *args: None)
    slow = loading.load_bytes(raw, "t.json")
    assert quick.problems == slow.problems
    assert tuple(quick.dataset.records) == tuple(slow.dataset.records)
    assert_same_columns(quick.dataset.columns, slow.dataset.columns)
    progress: list[tuple[int, int]] = []
    loading.load_bytes(raw, "t.json", lambda done, total: progress.append((done, total)))
    monkeypatch.undo()
    quick_progress: list[tuple[int, int]] = []
    loading.load_bytes(raw, "t.json", lambda done, total: quick_progress.append((done, total)))
    assert quick_progress == progress


@pytest.mark.parametrize(
    "path",
    [p for p in FILES if p.suffix == ".json" and b'"records"' in p.read_bytes()[:4000]]
    + ["synthetic"],
    ids=str,
)
def test_records_made_on_demand_are_those_built_one_by_one(tmp_path, path):
    """Each record a dataset makes when asked for equals the record built eagerly from
    the same JSON by build_record (the path every record took before)."""
    import msgspec

    from viewer.core.loading import build_record, load_file
    from viewer.core.schema import RecordIn

    if path == "synthetic":
        path = _synthetic(tmp_path, 1500)
    result = load_file(path)
    raw_records = json.loads(Path(path).read_bytes())["records"]
    by_id = {}
    for raw in raw_records:
        try:
            record = build_record(msgspec.convert(raw, RecordIn), {})
        except Exception:  # refused: its problem is the loader's to report
            continue
        by_id.setdefault(record.id, record)
    assert len(result.dataset.records) > 0
    for record in reversed(result.dataset.records):  # from the end: none made before
        assert record == by_id[record.id]


def test_loading_a_large_file_makes_no_record(tmp_path, monkeypatch):
    """Loading (with the checks every format gets) reads columns only: no record object
    is made until something asks for one."""
    from viewer.core import loading

    path = _synthetic(tmp_path, 3000)
    made: list[str] = []
    build = loading.build_record
    monkeypatch.setattr(
        loading, "build_record", lambda r, dates: made.append(r.id) or build(r, dates)
    )
    result = load_any(path)
    result.dataset.prepare()
    compute_layout(result.dataset).prepare()
    _ = statuses(result.dataset), result.dataset.search_index.matches("treaty")
    assert made == []
    assert result.dataset.get(result.dataset.columns.ids[7]) is not None
    assert len(made) == 1


@pytest.mark.parametrize("path", [*FILES, "random"], ids=str)
def test_look_stand_ins_give_the_legend_variants_of_the_records(path):
    """The looks the legend learns from the columns are those of the drawn records."""
    from viewer.core import kinds

    if path == "random":
        dataset = load_document(
            document(_random_records(1, 300), lanes=[{"id": "a", "title": "A"}]), "t"
        ).dataset
    else:
        dataset = load_any(path).dataset
    layout = compute_layout(dataset)
    drawn = [dataset.records[int(p)] for p in layout.record_pos]
    expected = {(r.kind, kinds.legend_variants(r)) for r in drawn}
    stand_ins = dataset.columns.look_stand_ins(layout.record_pos)
    assert {(s.kind, kinds.legend_variants(s)) for s in stand_ins} == expected
    assert len(stand_ins) <= len(drawn)
    # Asked again (the answer is kept), and of part of the records: each its own answer.
    again = dataset.columns.look_stand_ins(layout.record_pos)
    assert {(s.kind, kinds.legend_variants(s)) for s in again} == expected
    part = layout.record_pos[: len(layout.record_pos) // 2]
    in_part = {(r.kind, kinds.legend_variants(r)) for r in (dataset.records[int(p)] for p in part)}
    assert {(s.kind, kinds.legend_variants(s)) for s in dataset.columns.look_stand_ins(part)} == (
        in_part
    )
    assert {(s.kind, kinds.legend_variants(s)) for s in again} == expected


def _labels_both_ways(dataset: Dataset) -> None:
    from viewer.core.labels import label_forms, label_rank

    columns = dataset.columns
    for position, rec in enumerate(dataset.records):
        facts = columns.label_facts(position)
        assert label_forms(facts, dataset) == label_forms(rec, dataset), rec.id
        assert label_rank(facts) == label_rank(rec), rec.id


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_labels_read_from_the_columns_are_those_of_the_records(path):
    # A label drawn for a record not made yet costs no record (a third of a frame that
    # lands on new records of a large file): the same label, from the columns.
    _labels_both_ways(load_any(path).dataset)


@pytest.mark.parametrize("seed", range(3))
def test_labels_of_random_records_read_from_the_columns_are_those_of_the_records(seed):
    doc = document(
        _random_records(seed, 300),
        lanes=[{"id": "a", "title": "A"}, {"id": "b", "title": "B"}, {"id": "c", "title": "C"}],
    )
    _labels_both_ways(load_document(doc, "t").dataset)


def test_labels_of_a_large_file_read_from_the_columns_are_those_of_the_records(tmp_path):
    dataset = load_any(_synthetic(tmp_path, 3000)).dataset
    assert isinstance(dataset.records, LazyRecords)  # the columns made without records
    _labels_both_ways(dataset)


def test_sorted_ids_find_each_records_index_and_rank_the_ids():
    import pyarrow as pa

    from viewer.core.columns import SortedIds, rank_of
    from viewer.core.text_array import TextArray

    rng = random.Random(3)
    ids = [
        rng.choice(["a", "b", "ab", "é", "Z", "", "a\x00", "session-9", "session-10"])
        for _ in range(300)
    ]
    index = SortedIds.of_arrow(TextArray(pa.array(ids, pa.string())))
    last = {record_id: i for i, record_id in enumerate(ids)}  # a repeated id: its last index
    assert {record_id: index.get(record_id) for record_id in last} == last
    assert index.get("missing") is None and "missing" not in index and "a" in index
    counts = collections.Counter(ids)
    assert index.repeated().tolist() == [counts[record_id] > 1 for record_id in ids]
    # The index of some of them (records refused): the same look-ups, renumbered
    keep = np.array([counts[record_id] == 1 or i % 2 == 0 for i, record_id in enumerate(ids)])
    kept_ids = [record_id for record_id, k in zip(ids, keep) if k]
    kept = index.kept(keep)
    assert {r: kept.get(r) for r in kept_ids} == {r: i for i, r in enumerate(kept_ids)}
    assert list(kept) == sorted(kept_ids)
    distinct = ["b", "a", "ab", "session-9", "session-10", "Z", "z-1", "a-b"]
    rng.shuffle(distinct)
    columns = load_document(
        document([record(record_id, "1950") for record_id in distinct]), "t"
    ).dataset.columns
    made = SortedIds.of_arrow(TextArray(pa.array(columns.ids, pa.string())))
    assert not made.repeated().any()
    expected = rank_of(columns.ids)
    columns.known_id_order(made)
    assert np.array_equal(columns.id_rank, expected)
    assert [columns.ids[i] for i in columns.id_order] == sorted(columns.ids)
    assert np.array_equal(rank_of(TextArray(pa.array(columns.ids))), expected)
