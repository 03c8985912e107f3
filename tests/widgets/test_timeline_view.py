"""Keyboard scrolling, wheel zoom and the focus frame of the timeline view."""

from PySide6 import QtCore, QtGui, QtWidgets

from tests.documents import loaded_dataset
from viewer.core.layout import compute_layout
from viewer.graphics.chart import MIN_RANGE_DAYS
from viewer.widgets.timeline_view import TimelineView


def test_page_down_scrolls_a_view_height(qtbot):
    records = [
        {
            "id": f"r{i}",
            "kind": "event",
            "lane": "a",
            "title": f"Event {i}",
            "start": "2000",
            "end": "2001",
            "sources": ["https://e.org"],
        }
        for i in range(80)
    ]  # 80 overlapping bars: 80 rows
    dataset = loaded_dataset(records)
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


def _view(qtbot, lanes=3, parent_layout=None):
    records = [
        {
            "id": f"r{i}",
            "kind": "event",
            "lane": f"l{i % lanes}",
            "title": f"Event {i}",
            "start": f"{2000 + i}",
            "end": f"{2001 + i}",
            "sources": ["https://e.org"],
        }
        for i in range(6)
    ]
    dataset = loaded_dataset(
        records, lanes=[{"id": f"l{n}", "title": f"L{n}"} for n in range(lanes)]
    )
    view = TimelineView()
    if parent_layout is None:
        qtbot.addWidget(view)
        view.resize(800, 400)
        view.show()
    else:
        parent_layout.addWidget(view)
        parent_layout.parentWidget().resize(800, 460)
        parent_layout.parentWidget().show()
    view.set_data(dataset, compute_layout(dataset))
    qtbot.waitExposed(view)
    return view


def _wheel(view, pos, notches=1):
    vp = view.viewport()
    event = QtGui.QWheelEvent(
        QtCore.QPointF(pos),
        QtCore.QPointF(vp.mapToGlobal(pos)),
        QtCore.QPoint(0, 0),
        QtCore.QPoint(0, 120 * notches),
        QtCore.Qt.MouseButton.NoButton,
        QtCore.Qt.KeyboardModifier.NoModifier,
        QtCore.Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QtWidgets.QApplication.sendEvent(vp, event)


def test_wheel_zoom_in_at_the_narrowest_view_leaves_the_range_alone(qtbot):
    view = _view(qtbot)
    vb = view.chart.getViewBox()
    rect = vb.sceneBoundingRect()
    over_lanes = view.mapFromScene(
        QtCore.QPointF(rect.left() + rect.width() * 0.8, rect.center().y())
    )
    below = view.mapFromScene(QtCore.QPointF(rect.left() + rect.width() * 0.2, rect.bottom() + 8))

    def date_under(pos):
        return vb.mapSceneToView(view.mapToScene(pos)).x()

    before, width = date_under(over_lanes), view.x_range()[1] - view.x_range()[0]
    _wheel(view, over_lanes)  # an ordinary notch: narrower, the date under the pointer stays
    assert view.x_range()[1] - view.x_range()[0] < width * 0.99
    assert abs(date_under(over_lanes) - before) < 1e-6 * (view.x_range()[1] - view.x_range()[0])
    view.zoom(1e6, (view.x_range()[0] + view.x_range()[1]) / 2 + 100)  # as far as it goes
    lo, hi = view.x_range()
    assert hi - lo <= MIN_RANGE_DAYS + 1e-6
    for pos in (over_lanes, below, over_lanes):
        for _ in range(5):
            _wheel(view, pos)
            now = view.x_range()
            assert abs(now[0] - lo) < 1e-9 and abs(now[1] - hi) < 1e-9, (pos, now, (lo, hi))
    # zooming out still works from there, around the pointer
    _wheel(view, over_lanes, -1)
    wider = view.x_range()
    assert wider[1] - wider[0] > hi - lo


def _border_highlight(view):
    """Share of the view's outermost two pixel rings in the palette's highlight colour."""
    image = view.grab().toImage()
    highlight = view.palette().color(QtGui.QPalette.ColorRole.Highlight).name()
    w, h = image.width(), image.height()
    ring = [(x, y) for d in (0, 1) for x in range(d, w - d, 7) for y in (d, h - 1 - d)]
    ring += [(x, y) for d in (0, 1) for y in range(d, h - d, 7) for x in (d, w - 1 - d)]
    return sum(image.pixelColor(x, y).name() == highlight for x, y in ring) / len(ring)


def test_a_focus_frame_shows_while_the_view_has_keyboard_focus(qtbot):
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    layout = QtWidgets.QVBoxLayout(window)
    other = QtWidgets.QLineEdit()
    layout.addWidget(other)
    view = _view(qtbot, parent_layout=layout)
    window.activateWindow()
    qtbot.waitActive(window)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert _border_highlight(view) == 0
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert _border_highlight(view) == 1.0
    other.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert _border_highlight(view) == 0
