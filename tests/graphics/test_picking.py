"""What you click is what you see: a click selects the record drawn on top at its pixel.

The chart is drawn once more as a pick image (each record in a colour of its own, through
the same drawing code: :func:`viewer.graphics.picking.pick_image`); random pixels over
drawn items are clicked (``QTest`` on the timeline's viewport) and the selection compared
with the record painted there, at the full range, a mid zoom and a day zoom, on a generated
file of 1,000 records with overlaps.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets
from PySide6.QtTest import QTest

from tests.conftest import open_and_wait
from viewer.graphics.picking import pick_image

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import generate  # noqa: E402

CLICKS_PER_LEVEL = 120
"""Pixels clicked at each zoom level."""
BORDER_PX = 1
"""A pixel is sampled when every pixel this close has its record too: at a shape's edge
the rasteriser's rounding decides, half a pixel either way."""


def interior_pixels(pick: np.ndarray, area: QtCore.QRect) -> np.ndarray:
    """(y, x) of the pixels inside *area* (viewport pixels) whose record (not -1) is also
    that of every pixel within :data:`BORDER_PX`."""
    b = BORDER_PX
    top, left = area.top() + b, area.left() + b
    bottom, right = area.bottom() - b, area.right() - b
    centre = pick[top : bottom + 1, left : right + 1]
    same = centre >= 0
    for dy in range(-b, b + 1):
        for dx in range(-b, b + 1):
            same &= pick[top + dy : bottom + 1 + dy, left + dx : right + 1 + dx] == centre
    ys, xs = np.nonzero(same)
    return np.stack([ys + top, xs + left], axis=1)


def data_area(view) -> QtCore.QRect:
    """The chart's data area in viewport pixels."""
    scene_rect = view.chart.getViewBox().sceneBoundingRect()
    return view.mapFromScene(scene_rect).boundingRect().intersected(view.viewport().rect())


def click_agreement(window, rng, clicks: int) -> tuple[int, int, list[str]]:
    """Click *clicks* random pixels over drawn records in the current view; (clicks that
    selected the record painted there, clicks, descriptions of the others)."""
    app = QtWidgets.QApplication.instance()
    view = window.timeline
    layout = window.session.layout
    window.session.select(None)
    app.processEvents()
    pick = pick_image(view.chart, view)
    app.processEvents()
    pixels = interior_pixels(pick, data_area(view))
    assert len(pixels), "nothing drawn"
    chosen = pixels[rng.choice(len(pixels), size=min(clicks, len(pixels)), replace=False)]
    agree, wrong, last = 0, [], None
    x_range = view.x_range()
    for y, x in chosen.tolist():
        if last is not None and abs(last[0] - y) + abs(last[1] - x) <= 8:
            continue  # a second click on one spot selects the next record there
        last = (y, x)
        window.session.select(None)
        app.processEvents()
        QTest.mouseClick(
            view.viewport(),
            QtCore.Qt.MouseButton.LeftButton,
            QtCore.Qt.KeyboardModifier.NoModifier,
            QtCore.QPoint(x, y),
        )
        painted = layout.ids[int(pick[y, x])]
        if window.session.selected_id == painted:
            agree += 1
        else:
            wrong.append(f"({x}, {y}): painted {painted}, selected {window.session.selected_id}")
    assert view.x_range() == pytest.approx(x_range)  # clicks never moved the view
    return agree, agree + len(wrong), wrong


@pytest.fixture
def thousand(window, tmp_path):
    """The window on a generated file of 1,000 records (overlapping at the full range)."""
    path = tmp_path / "thousand.json"
    path.write_text(json.dumps(generate.generate_document(1000, seed=4)), encoding="utf-8")
    assert open_and_wait(window, path)
    return window


def _levels(window):
    """The full range, about five years and three days, around a busy place."""
    layout = window.session.layout
    centre = 0.5 * (layout.x0_days + layout.x1_days)
    busy = float(np.quantile(centre, 0.8))
    return {
        "full": window.timeline.full_range(),
        "mid": (busy - 2.5 * 365.25, busy + 2.5 * 365.25),
        "day": (busy - 1.5, busy + 1.5),
    }


@pytest.mark.parametrize("level", ["full", "mid", "day"])
def test_a_click_selects_the_record_painted_at_its_pixel(thousand, level):
    window = thousand
    window.timeline.set_x_range(*_levels(window)[level])
    agree, total, wrong = click_agreement(window, np.random.default_rng(7), CLICKS_PER_LEVEL)
    print(f"{level}: {agree}/{total}")
    assert total >= min(CLICKS_PER_LEVEL // 2, 20)
    assert not wrong, "\n".join(wrong[:10])


def test_the_pick_image_draws_each_record_where_it_is_drawn(thousand):
    # Every record drawn in full in view has its own colour at its centre (or is under
    # another drawn over it): the pick image is the chart, not a second drawing.
    window = thousand
    view = window.timeline
    lo, hi = _levels(window)["mid"]
    view.set_x_range(lo, hi)
    QtWidgets.QApplication.instance().processEvents()
    pick = pick_image(view.chart, view)
    area = data_area(view)
    pick = pick[area.top() : area.bottom() + 1, area.left() : area.right() + 1]
    layout = window.session.layout
    painted = set(np.unique(pick[pick >= 0]).tolist())
    drawn = [i for item in view.chart.lane_items for i in item.drawn.tolist()]
    assert painted <= set(range(len(layout.ids)))
    assert len(painted) >= 0.8 * len(set(drawn))
    # And the screen itself is back as it was (no pick colours left behind).
    image = view.viewport().grab().toImage()
    assert image.pixelColor(view.viewport().width() // 2, 2).name() != "#000000"


def _click(window, x: int, y: int) -> str | None:
    window.session.select(None)
    QtWidgets.QApplication.instance().processEvents()
    QTest.mouseClick(
        window.timeline.viewport(),
        QtCore.Qt.MouseButton.LeftButton,
        QtCore.Qt.KeyboardModifier.NoModifier,
        QtCore.QPoint(x, y),
    )
    return window.session.selected_id


def test_a_click_on_a_label_selects_its_record(window):
    view = window.timeline
    QtWidgets.QApplication.instance().processEvents()
    layout = window.session.layout
    labels = view.chart.label_layer.placed
    assert labels
    for label in labels[:: max(1, len(labels) // 8)]:
        centre = label.rect.center()
        assert _click(window, int(centre.x()), int(centre.y())) == layout.ids[label.index]


def test_a_click_far_from_every_drawn_record_selects_nothing(window):
    view = window.timeline
    QtWidgets.QApplication.instance().processEvents()
    pick = pick_image(view.chart, view)
    area = data_area(view)
    empty = pick < 0
    tried = 0
    for y in range(area.top() + 12, area.bottom() - 12, 37):
        for x in range(area.left() + 12, area.right() - 12, 53):
            if empty[y - 10 : y + 11, x - 10 : x + 11].all():
                assert _click(window, x, y) is None
                tried += 1
    assert tried >= 5


def _at_day_zoom(window, tmp_path, records, first_day, days, row_of):
    """Open *records* (dicts of :func:`tests.documents.record`), show *days* days from
    *first_day* (a (year, month, day)), and return ``click(days)``: the id selected by a
    click that many days after the first, on the row of record *row_of*."""
    from tests.documents import document
    from viewer.core.dates import days_from_civil

    path = tmp_path / "days.json"
    path.write_text(json.dumps(document(records)), encoding="utf-8")
    assert open_and_wait(window, path)
    view = window.timeline
    day = days_from_civil(*first_day)
    view.set_x_range(day, day + days)
    QtWidgets.QApplication.instance().processEvents()
    y = view.item_centre(row_of).y()
    box = view.chart.getViewBox()

    def click(after: float) -> str | None:
        window.session.select(None)
        scene = box.mapViewToScene(QtCore.QPointF(day + after, 0))
        pos = QtCore.QPoint(view.mapFromScene(scene).x(), y)
        QTest.mouseClick(view.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pos)
        return window.session.selected_id

    return click


def _same_row(window, *ids: str) -> bool:
    layout = window.session.layout
    return len({int(layout.global_row[layout.index_of(i)]) for i in ids}) == 1


def test_a_bar_given_to_the_day_covers_its_first_and_last_days(qtbot, window, tmp_path):
    """A bar of 10-12 June ran from noon to noon and read as two days at day zoom (a new
    user's finding; a band and a session's days cover theirs whole): it covers 10 June
    from midnight to 12 June at midnight after it. A click at 3 a.m. on 10 June selects
    it, one at 3 a.m. on 13 June does not."""
    from tests.documents import record

    records = [record("three", "2024-06-10", end="2024-06-12"), record("x", "2024-06-20")]
    click = _at_day_zoom(window, tmp_path, records, (2024, 6, 8), 7, "three")
    assert click(2 + 0.125) == "three"  # 10 June, 3 a.m.
    assert click(4 + 0.875) == "three"  # 12 June, 9 p.m.
    assert click(5 + 0.125) != "three"  # 13 June, 3 a.m.


def test_terms_that_meet_on_a_handover_day_share_it(qtbot, window, tmp_path):
    """A term ending on 25 November and the next beginning that day share a row; each
    drawn to the whole of that day, they overlapped on it at day zoom. They meet at noon:
    a click in the morning selects the outgoing term, one in the evening the incoming, and
    the outer days are still covered whole."""
    from tests.documents import record

    records = [
        record("out", "2021-11-20", end="2021-11-25", kind="presidency"),
        record("in", "2021-11-25", end="2021-11-28", kind="presidency"),
    ]
    click = _at_day_zoom(window, tmp_path, records, (2021, 11, 19), 11, "out")
    assert _same_row(window, "out", "in")
    assert click(1 + 0.125) == "out"  # 20 November, 3 a.m.
    assert click(6 + 0.25) == "out"  # 25 November, 6 a.m.
    assert click(6 + 0.75) == "in"  # 25 November, 6 p.m.
    assert click(9 + 0.875) == "in"  # 28 November, 9 p.m.


def test_a_term_does_not_cover_a_marker_of_its_row_on_its_last_day(qtbot, window, tmp_path):
    """Event Z ends on 25 November, and a meeting that day shares its row (a marker takes
    the row at noon). Z, drawn to the end of its last day, covered the marker and hid its
    label (a new user's finding). Z ends at noon there: a click that evening is not on Z,
    and the meeting's label is drawn."""
    from tests.documents import record

    records = [
        record("z", "2020-01-01", end="2021-11-25", title="Event Z"),
        record("a", "2021-11-25", end="2022-03-01", title="Event A"),
        record("meeting", "2021-11-25", title="Handover meeting"),
    ]
    click = _at_day_zoom(window, tmp_path, records, (2021, 11, 19), 11, "z")
    assert _same_row(window, "z", "meeting")
    assert click(6 + 0.9) != "z"  # 25 November, 9:36 p.m.
    layout = window.session.layout
    labels = {layout.ids[label.index] for label in window.timeline.chart.label_layer.placed}
    assert "meeting" in labels
