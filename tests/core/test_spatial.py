import numpy as np
import pytest

from viewer.core import spatial
from viewer.core.spatial import RowIndex


@pytest.mark.parametrize("per_row", [0, 10**9], ids=["searched", "compared"])
def test_query_finds_exactly_the_overlapping_items_of_the_rows(monkeypatch, per_row):
    # Both ways of answering (a search per row, or every item of the rows compared)
    monkeypatch.setattr(spatial, "_MASK_PER_ROW", per_row)
    rng = np.random.default_rng(3)
    n = 2000
    rows = rng.integers(0, 30, n)
    x0 = rng.uniform(0, 1000, n)
    x1 = x0 + np.where(rng.random(n) < 0.3, 0, rng.exponential(30, n))
    items = np.nonzero(rng.random(n) < 0.7)[0]
    index = RowIndex.build(rows, x0, x1, items, 30)
    assert len(index) == len(items)
    for _ in range(300):
        r0 = int(rng.integers(0, 32))
        r1 = r0 + int(rng.integers(0, 6))
        lo = float(rng.uniform(-50, 1050))
        hi = lo + float(rng.exponential(100))
        got = index.query(r0, r1, lo, hi)
        inside = items[
            (rows[items] >= r0) & (rows[items] < r1) & (x1[items] >= lo) & (x0[items] <= hi)
        ]
        assert sorted(got.tolist()) == sorted(inside.tolist())
        # Row by row, each row by start.
        keys = list(zip(rows[got].tolist(), x0[got].tolist()))
        assert keys == sorted(keys)


@pytest.mark.parametrize("by_start", [True, False], ids=["by start", "shuffled"])
def test_an_index_of_all_items_is_that_of_their_positions(by_start):
    """``items=None`` indexes every item, as the list of all positions does (without a
    copy of each array), items given by start or not."""
    rng = np.random.default_rng(8)
    n = 3000
    x0 = rng.uniform(0, 1000, n)
    if by_start:
        x0.sort()
    x1 = x0 + rng.exponential(20, n)
    rows = rng.integers(0, 25, n)
    every = RowIndex.build(rows, x0, x1, None, 25)
    listed = RowIndex.build(rows, x0, x1, np.arange(n), 25)
    for name in ("order", "row_start", "x0_days", "x1_days", "x1_reach"):
        assert np.array_equal(getattr(every, name), getattr(listed, name)), name
    assert sorted(every.query(3, 9, 200, 400).tolist()) == sorted(
        np.flatnonzero((rows >= 3) & (rows < 9) & (x1 >= 200) & (x0 <= 400)).tolist()
    )


def test_empty_and_bad_keys():
    empty = RowIndex.build(np.zeros(0, int), np.zeros(0), np.zeros(0), np.zeros(0, int), 3)
    assert len(empty.query(0, 3, 0, 10)) == 0
    with pytest.raises(ValueError, match="row keys"):
        RowIndex.build(np.array([5]), np.zeros(1), np.zeros(1), np.array([0]), 3)


def test_both_ways_give_the_same_items_in_the_same_order(monkeypatch):
    rng = np.random.default_rng(5)
    n = 5000
    rows = rng.integers(0, 40, n)
    x0 = rng.uniform(0, 1000, n)
    x1 = x0 + rng.exponential(20, n)
    index = RowIndex.build(rows, x0, x1, np.arange(n), 40)
    for _ in range(100):
        r0 = int(rng.integers(0, 40))
        r1 = r0 + int(rng.integers(1, 40))
        lo = float(rng.uniform(-50, 1050))
        hi = lo + float(rng.exponential(200))
        monkeypatch.setattr(spatial, "_MASK_PER_ROW", 0)
        searched = index.query(r0, r1, lo, hi)
        monkeypatch.setattr(spatial, "_MASK_PER_ROW", 10**9)
        assert np.array_equal(index.query(r0, r1, lo, hi), searched)


@pytest.mark.parametrize("seed", range(30))
def test_sorted_by_sorts_as_lexsort_with_the_order_last(seed):
    """Packed into one integer (whole days and halves, rows, lanes) or one sort a key
    (fractions, huge spans, NaN), the order is np.lexsort's, ties kept as given."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(0, 400))
    lane = rng.integers(0, 3, n)
    days = rng.integers(-5, 5, n) + 0.5 * rng.integers(0, 2, n)
    kinds = {
        0: days,
        1: days + 0.25,  # not halves: a sort a key
        2: rng.integers(-(2**40), 2**40, n).astype(np.float64),  # spans too wide to pack
        3: np.where(rng.random(n) < 0.1, np.nan, days),
        4: rng.integers(0, 2, n).astype(np.bool_),
    }
    key = kinds[seed % 5]
    rows = rng.integers(0, 40_000, n)  # past int16
    given = rng.permutation(n).astype(np.intp)
    rank = np.empty(n, dtype=np.intp)
    rank[given] = np.arange(n)
    for keys in ((lane, key), (lane, key, rows), (key,), (rows, lane)):
        expected = np.lexsort((rank, *reversed(keys)))
        assert np.array_equal(spatial.sorted_by(given, *keys), expected), (seed, len(keys))


@pytest.mark.parametrize(
    "dtype, lo, hi",
    [
        (np.int64, -5, 5),  # many ties
        (np.int64, -(2**40), 2**40),  # a span times n still within an int64
        (np.int64, -(2**62), 2**62),  # too wide: the stable argsort
        (np.uint64, 2**63, 2**63 + 9),  # past int64: the stable argsort
        (np.int16, -300, 300),
        (np.bool_, 0, 2),
    ],
)
def test_stable_order_is_a_stable_argsort(dtype, lo, hi):
    rng = np.random.default_rng(7)
    for n in (0, 1, 2, 1000):
        if dtype is np.uint64:
            key = (np.uint64(lo) + rng.integers(0, hi - lo, n).astype(np.uint64)).astype(dtype)
        else:
            key = rng.integers(lo, hi, n, dtype=np.int64 if dtype is not np.int16 else np.int16)
            key = key.astype(dtype)
        assert np.array_equal(spatial.stable_order(key), np.argsort(key, kind="stable")), n


@pytest.mark.parametrize("given", ["by start", "any order", "with NaN"])
def test_the_index_orders_items_by_row_then_start_then_as_given(given):
    """Items already by start within their rows (a layout's) take one sort by row; others
    a sort by both: the same order, ties in the order given."""
    rng = np.random.default_rng(4)
    n = 3000
    rows = rng.integers(0, 50, n)
    x0 = rng.integers(0, 300, n).astype(np.float64)  # many ties
    if given == "with NaN":
        x0[::97] = np.nan
    x1 = x0 + 5
    items = np.flatnonzero(rng.random(n) < 0.8)
    if given == "by start":
        items = items[np.argsort(x0[items], kind="stable")]
    index = RowIndex.build(rows, x0, x1, items, 50)
    expected = items[np.lexsort((np.arange(len(items)), x0[items], rows[items]))]
    assert np.array_equal(index.order, expected)
    assert np.array_equal(index.x0_days, x0[expected], equal_nan=True)


@pytest.mark.parametrize("far", [False, True], ids=["one key", "row by row"])
def test_items_starting_at_a_day_are_counted_in_their_row(far):
    rows = np.array([0, 0, 1, 1, 1, 2])
    x0 = np.array([10.5, 20.5, 10.5, 10.5, 30.0, 5.0])
    if far:  # starts too far apart for one exact key: the search goes row by row
        x0 = x0 + np.array([0, 0, 0, 0, 0, 2.0**60])
    index = RowIndex.build(rows, x0, x0 + 1, None, 3)
    counts = index.starting_at(
        np.array([0, 0, 1, 1, 2, 0]), np.array([10.5, 11.0, 10.5, 30.0, x0[5], 5.0])
    )
    assert counts.tolist() == [1, 0, 2, 1, 1, 0]
