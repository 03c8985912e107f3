"""Keyboard scrolling of the timeline view."""

from PySide6 import QtCore

from viewer.core.layout import compute_layout
from viewer.core.loading import load_document
from viewer.widgets.timeline_view import TimelineView


def test_page_down_scrolls_a_view_height(qtbot):
    records = [{"id": f"r{i}", "kind": "event", "lane": "a", "title": f"Event {i}",
                "start": "2000", "end": "2001", "sources": ["https://e.org"]}
               for i in range(80)]  # 80 overlapping bars: 80 rows
    dataset = load_document({"format": "timeline-viewer/1", "title": "t",
                             "lanes": [{"id": "a", "title": "A"}], "records": records},
                            "t").dataset
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.show()
    view.set_data(dataset, compute_layout(dataset))
    qtbot.waitExposed(view)
    vb = view.chart.getViewBox()
    top0, bottom0 = vb.viewRange()[1]
    visible = abs(bottom0 - top0)
    assert visible < 60
    qtbot.keyClick(view, QtCore.Qt.Key.Key_PageDown)
    top1 = min(vb.viewRange()[1])
    assert abs((top1 - min(top0, bottom0)) - (visible - 1)) < 1.0
    qtbot.keyClick(view, QtCore.Qt.Key.Key_PageUp)
    assert abs(min(vb.viewRange()[1]) - min(top0, bottom0)) < 0.01
