"""The compiled run of row packing gives the rows of the Python run, and both those of the
first packer (a scan over the rows)."""

import numpy as np
import pytest

from viewer.core import row_packing


def _scan_rows(starts, ends, bounds):
    """Each lane's items in order, each to the first row whose last item has ended."""
    rows = []
    for k in range(len(bounds) - 1):
        row_ends: list[float] = []
        for i in range(bounds[k], bounds[k + 1]):
            for r, last_end in enumerate(row_ends):
                if last_end <= starts[i]:
                    row_ends[r] = ends[i]
                    rows.append(r)
                    break
            else:
                rows.append(len(row_ends))
                row_ends.append(ends[i])
    return rows


def _lanes(rng, n_lanes, n):
    lane = np.sort(rng.integers(0, n_lanes, n))
    starts = rng.integers(0, 200, n).astype(np.float64) + rng.choice([0.0, 0.5], n)
    ends = starts + np.maximum(rng.exponential(15, n).round(), 1.0)
    order = np.lexsort((ends, starts, lane))
    lane, starts, ends = lane[order], starts[order], ends[order]
    bounds = np.flatnonzero(np.r_[True, lane[1:] != lane[:-1], True])
    return starts, ends, bounds


@pytest.mark.parametrize("compiled", [False, True])
def test_both_runs_place_items_as_a_scan_over_the_rows_does(compiled):
    rng = np.random.default_rng(5)
    for trial in range(60):
        starts, ends, bounds = _lanes(rng, int(rng.integers(1, 6)), int(rng.integers(1, 300)))
        rows, over = row_packing.pack(starts, ends, bounds, compiled=compiled)
        assert over == 0
        assert rows.dtype == np.int32
        assert rows.tolist() == _scan_rows(starts.tolist(), ends.tolist(), bounds.tolist()), trial


def test_the_compiled_run_is_available_and_agrees_on_a_large_input():
    """numba compiles the loop on this machine (else every large file would pack at
    Python's speed without a word), and its rows equal Python's on 50,000 items."""
    starts, ends, bounds = _lanes(np.random.default_rng(9), 7, 50_000)
    compiled, _ = row_packing.pack(starts, ends, bounds, compiled=True)
    assert row_packing._compiled() is not None
    assert np.array_equal(compiled, row_packing.pack(starts, ends, bounds, compiled=False)[0])
    assert compiled.max() > 5  # deep enough to use both heaps


def _capped_scan(starts, ends, bounds, most):
    """Each lane's items in order, each to the first row whose last item has ended; when
    every row of a lane at its most is busy, to the row that frees first (the lowest of
    those), which then ends at the later of the two ends."""
    rows, over = [], 0
    for k in range(len(bounds) - 1):
        row_ends: list[float] = []
        for i in range(bounds[k], bounds[k + 1]):
            free = [r for r, last in enumerate(row_ends) if last <= starts[i]]
            if free:
                r = free[0]
            elif len(row_ends) < most:
                r = len(row_ends)
                row_ends.append(ends[i])
            else:
                r = min(range(len(row_ends)), key=lambda j: (row_ends[j], j))
                over += 1
            row_ends[r] = max(row_ends[r], ends[i]) if r < len(row_ends) else ends[i]
            rows.append(r)
    return rows, over


@pytest.mark.parametrize("compiled", [False, True])
def test_lanes_cut_to_a_number_of_rows_draw_the_rest_over_the_row_that_frees_first(compiled):
    rng = np.random.default_rng(11)
    for trial in range(60):
        starts, ends, bounds = _lanes(rng, int(rng.integers(1, 6)), int(rng.integers(1, 300)))
        whole, _ = row_packing.pack(starts, ends, bounds, compiled=compiled)
        most = int(rng.integers(1, 6))
        rows, over = row_packing.pack(starts, ends, bounds, most_rows=most, compiled=compiled)
        assert rows.max() < most
        expected = _capped_scan(starts.tolist(), ends.tolist(), bounds.tolist(), most)
        assert (rows.tolist(), over) == expected, trial
        if whole.max() < most:  # room for every row: the same rows, nothing drawn over
            assert np.array_equal(rows, whole) and over == 0
        else:
            assert over > 0


@pytest.mark.parametrize("arrow_from", [0, 10**9])  # pyarrow's sort, Python's
@pytest.mark.parametrize(
    "texts",
    [
        ["b", "a", "c"],
        ["a", "b", "c"],
        ["é", "z", "Z", "a-1", "a", "ا", "😀", "\uffff", "\U00010000"],
        ["x"],
        [],
        ["b", "\ud800", "a"],
    ],
)
def test_rank_of_is_the_place_in_pythons_order_of_strings(texts, arrow_from, monkeypatch):
    from viewer.core import columns

    monkeypatch.setattr(columns, "_ARROW_SORT_FROM", arrow_from)
    assert columns.rank_of(texts).tolist() == [sorted(texts).index(t) for t in texts]
