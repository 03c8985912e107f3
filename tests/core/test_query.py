from tests.documents import document
from viewer.core.layout import ROW_HEIGHT, compute_layout
from viewer.core.loading import load_document
from viewer.core.query import hit_test


def _layout():
    doc = document(
        [
            {
                "id": "bar",
                "kind": "presidency",
                "lane": "a",
                "title": "bar",
                "start": "2000-01-01",
                "end": "2010-01-01",
                "sources": ["https://e.org"],
            },
            {
                "id": "pt",
                "kind": "session",
                "lane": "a",
                "title": "pt",
                "start": "2005-06-01",
                "sources": ["https://e.org"],
            },
        ]
    )
    return compute_layout(load_document(doc, "t").dataset)


def test_point_wins_over_bar_and_bar_elsewhere():
    layout = _layout()
    i_pt = layout.index_of("pt")
    i_bar = layout.index_of("bar")
    x = float(layout.x0_days[i_pt])
    y = float(layout.y0[i_pt] + ROW_HEIGHT / 2)
    # The point was packed on its own row? Either way, a hit at its centre selects it first.
    assert hit_test(layout, x, y, days_per_px=10.0)[0] == i_pt
    y_bar = float(layout.y0[i_bar] + ROW_HEIGHT / 2)
    assert hit_test(layout, float(layout.x0_days[i_bar]) + 100, y_bar, 10.0)[0] == i_bar


def test_minimum_pixel_size_and_miss():
    layout = _layout()
    i_pt = layout.index_of("pt")
    x = float(layout.x0_days[i_pt])
    y = float(layout.y0[i_pt] + ROW_HEIGHT / 2)
    # 4 px away at 10 days per pixel is inside a 10 px marker; 8 px away is not.
    assert i_pt in hit_test(layout, x + 40, y, 10.0, min_px=10)
    assert i_pt not in hit_test(layout, x + 80, y, 10.0, min_px=10)
    assert hit_test(layout, x, y + 50, 10.0) == []


def _brute_force(layout, x_days, y, days_per_px, min_px=10.0):
    """The first hit test: every item looked at."""
    import numpy as np

    half_min = 0.5 * min_px * days_per_px
    centre = 0.5 * (layout.x0_days + layout.x1_days)
    lo = np.minimum(layout.x0_days, centre - half_min)
    hi = np.maximum(layout.x1_days, centre + half_min)
    band_height = np.array([layout.lanes[i].y1 - layout.lanes[i].y0 for i in layout.lane])
    height = np.where(layout.is_band, band_height, ROW_HEIGHT)
    hits = np.nonzero(
        (lo <= x_days) & (x_days <= hi) & (layout.y0 <= y) & (y < layout.y0 + height)
    )[0]
    tier = np.where(layout.is_band[hits], 2, np.where(layout.is_span[hits], 1, 0))
    order = np.lexsort((np.abs(centre[hits] - x_days), tier))
    return [int(i) for i in hits[order]]


def test_indexed_hit_test_equals_looking_at_every_item():
    import random

    rng = random.Random(5)
    lanes = [{"id": f"l{i}", "title": f"L{i}"} for i in range(3)]
    records = []
    for n in range(600):
        year = rng.randint(1950, 2000)
        rec = {
            "id": f"r{n}",
            "kind": rng.choice(["session", "presidency", "event"]),
            "lane": rng.choice(lanes)["id"],
            "title": "t",
            "start": f"{year}",
            "sources": ["https://e.org"],
        }
        if rec["kind"] != "session" and rng.random() < 0.7:
            rec["end"] = f"{year + rng.randint(0, 6)}"
        records.append(rec)
    records.append(
        {
            "id": "gap",
            "kind": "no_session",
            "lane": "l0",
            "title": "gap",
            "start": "1960",
            "end": "1963",
            "sources": ["https://e.org"],
        }
    )
    doc = document(records, lanes=lanes)
    layout = compute_layout(load_document(doc, "t").dataset)
    found = 0
    for _ in range(3000):
        x = rng.uniform(layout.x_min_days - 100, layout.x_max_days + 100)
        y = rng.uniform(-1, layout.y_max + 1)
        per_px = rng.choice([0.5, 10.0, 200.0])
        hits = hit_test(layout, x, y, per_px)
        assert hits == _brute_force(layout, x, y, per_px)
        found += len(hits) > 1
    assert found > 100
