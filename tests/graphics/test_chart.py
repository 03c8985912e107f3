"""The chart redraws only the rows of the old and new selection, and what is on screen then
is exactly what a whole repaint draws."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from PySide6 import QtCore, QtWidgets

from tests.conftest import open_and_wait

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import generate  # noqa: E402


def _on_screen(window):
    """The timeline's viewport as the screen shows it (the offscreen platform's backing
    store: what the partial repaints left there, not a fresh drawing)."""
    view = window.timeline
    top = view.viewport().mapTo(window, QtCore.QPoint(0, 0))
    g = window.geometry()
    size = view.viewport().size()
    return (
        window.windowHandle()
        .screen()
        .grabWindow(0, g.x() + top.x(), g.y() + top.y(), size.width(), size.height())
        .toImage()
    )


def test_a_change_of_selection_repaints_its_rows_as_a_whole_repaint_would(qtbot, window, tmp_path):
    path = tmp_path / "thousand.json"
    path.write_text(json.dumps(generate.generate_document(1000, seed=4)), encoding="utf-8")
    assert open_and_wait(window, path)
    app = QtWidgets.QApplication.instance()
    view = window.timeline
    layout = window.session.layout
    painted = []

    class Counter(QtCore.QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QtCore.QEvent.Type.Paint:
                painted.append(event.rect().height())
            return False

    counter = Counter()
    view.viewport().installEventFilter(counter)
    rng = np.random.default_rng(1)
    mid = 0.5 * (layout.x_min_days + layout.x_max_days)
    for lo, hi in (view.full_range(), (mid - 900, mid + 900)):
        view.set_x_range(lo, hi)
        app.processEvents()
        (_, _), (top, bottom) = view.chart.getViewBox().viewRange()
        centre = 0.5 * (layout.x0_days + layout.x1_days)
        shown = np.flatnonzero(
            (centre > lo) & (centre < hi) & (layout.y0 > top) & (layout.y0 + 1 < bottom)
        )
        for i in rng.choice(shown, 8).tolist():
            painted.clear()
            window.session.select(layout.ids[i])
            app.processEvents()
            app.processEvents()
            partial = _on_screen(window)
            assert painted and max(painted) < view.viewport().height()  # not all of it
            view.viewport().repaint()
            app.processEvents()
            assert _on_screen(window) == partial, layout.ids[i]
    view.viewport().removeEventFilter(counter)


def test_a_selected_flag_handover_is_framed_in_the_selection_colour(qtbot, window):
    # A handover is drawn in the orange of the selection's halo, so the halo alone left a
    # selected one unmarked among its neighbours at the full range (a new user's finding)
    from PySide6 import QtGui

    app = QtWidgets.QApplication.instance()
    view = window.timeline
    layout = window.session.layout
    handover = next(
        i for i, rid in enumerate(layout.ids) if window.session.dataset.get(rid).kind == "handover"
    )
    selection = QtGui.QColor(view.chart.style.color("selection")).rgb()

    def dark_pixels():
        image = _on_screen(window)
        point = view.view_to_widget(
            float(0.5 * (layout.x0_days[handover] + layout.x1_days[handover])),
            float(layout.y0[handover] + 0.5),
        )
        return sum(
            1
            for x in range(int(point.x()) - 30, int(point.x()) + 30)
            for y in range(int(point.y()) - 12, int(point.y()) + 12)
            if image.pixel(x, y) == selection
        )

    window.session.select(None)
    app.processEvents()
    before = dark_pixels()
    window.session.select(layout.ids[handover])
    app.processEvents()
    app.processEvents()
    assert dark_pixels() > before + 20
