"""Counts of records per pixel column and row, against counting each item's columns."""

import numpy as np

from viewer.core.pixel_counts import row_counts


def test_counts_equal_a_count_item_by_item():
    rng = np.random.default_rng(5)
    for n_rows, width, items in ((1, 1, 0), (1, 7, 3), (4, 50, 200), (30, 300, 5000)):
        rows = rng.integers(0, n_rows, items)
        c0 = rng.integers(0, width + 1, items)
        c1 = np.minimum(c0 + rng.integers(0, 12, items), width)
        expected = np.zeros((n_rows, width), dtype=np.int32)
        for r, a, b in zip(rows.tolist(), c0.tolist(), c1.tolist()):
            expected[r, a:b] += 1
        counts = row_counts(rows, c0, c1, n_rows, width)
        assert counts.shape == (n_rows, width)
        assert np.array_equal(counts, expected)
