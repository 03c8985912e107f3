from viewer.core.layout import ROW_HEIGHT, compute_layout
from viewer.core.loading import load_document
from viewer.core.query import hit_test


def _layout():
    doc = {"format": "timeline-viewer/1", "title": "t", "lanes": [{"id": "a", "title": "A"}],
           "records": [
               {"id": "bar", "kind": "presidency", "lane": "a", "title": "bar",
                "start": "2000-01-01", "end": "2010-01-01", "sources": ["https://e.org"]},
               {"id": "pt", "kind": "session", "lane": "a", "title": "pt",
                "start": "2005-06-01", "sources": ["https://e.org"]},
           ]}
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
