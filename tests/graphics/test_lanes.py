"""Lane items: what is drawn with culling, densities and plain bands."""

from __future__ import annotations

import datetime
import json
import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from tests.documents import document, loaded_dataset
from tests.documents import record as record_of
from viewer.core.dates import days_from_civil
from viewer.core.importers import load_bytes
from viewer.core.layout import ROW_HEIGHT, compute_layout
from viewer.core.loading import load_document
from viewer.graphics import density, lane_item
from viewer.graphics import points as points_module
from viewer.graphics.chart import TimelineChart


def _render(qtbot, dataset, layout, x_range, size=(1200, 420)):
    view = pg.GraphicsView()
    qtbot.addWidget(view)
    view.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart = TimelineChart()
    view.setCentralItem(chart)
    view.resize(*size)
    view.show()
    chart.set_data(dataset, layout)
    chart.set_x_range(*x_range)
    image = view.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB32)
    chart.view = view  # keep the view (and so the chart) alive with the chart
    return chart, image


def _pixels(image):
    ptr = image.constBits()
    return np.frombuffer(ptr, dtype=np.uint32, count=image.width() * image.height()).copy()


def _everything(self, dev):
    """No culling: every record of the item, in the order the index keeps them (the index
    holds positions into the item's indices)."""
    return self._indices[self._index.query(0, self._index.n_rows, -np.inf, np.inf)]


@pytest.mark.parametrize("years", [(1920, 2030), (1935, 1950), (2010, 2027), (2025.8, 2026)])
def test_culling_draws_the_same_as_drawing_everything(
    qtbot, bundled, bundled_layout, monkeypatch, years
):
    x_range = tuple(days_from_civil(int(y), 1, 1) + (y % 1) * 365 for y in years)
    _, culled = _render(qtbot, bundled.dataset, bundled_layout, x_range)
    monkeypatch.setattr(lane_item.LaneItem, "in_view", _everything)
    _, full = _render(qtbot, bundled.dataset, bundled_layout, x_range)
    assert np.array_equal(_pixels(culled), _pixels(full))


def _dense(n_points=3000, n_bands=20):
    rng = np.random.default_rng(2)
    records = []
    for k, day in enumerate(rng.integers(0, 3650, n_points).tolist()):
        y, m, d = 2000 + day // 365, 1 + (day % 365) // 31, 1 + (day % 365) % 28
        records.append(
            {
                "id": f"p{k}",
                "kind": "session",
                "lane": "a",
                "title": f"Point {k}",
                "start": f"{y:04d}-{m:02d}-{d:02d}",
                "sources": ["https://e.org"],
                "place": {"city": "Lyon", "country": "France"},
            }
        )
    for k in range(n_bands):
        records.append(
            {
                "id": f"gap{k}",
                "kind": "no_session",
                "lane": "a",
                "title": "gap",
                "start": f"{1950 + 3 * k}",
                "end": f"{1951 + 3 * k}",
                "sources": ["https://e.org"],
            }
        )
    doc = document(records, title="dense")
    dataset = load_document(doc, "dense.json").dataset
    return dataset, compute_layout(dataset)


def test_dense_lanes_draw_densities_and_zoomed_in_draw_each(qtbot):
    dataset, layout = _dense()
    chart, image = _render(
        qtbot, dataset, layout, (days_from_civil(2000, 1, 1), days_from_civil(2010, 1, 1))
    )
    points = [i for i in chart.lane_items if isinstance(i, points_module.PointLaneItem)]
    assert points and points[0].aggregated
    assert chart.aggregated_at(float(days_from_civil(2005, 1, 1)), float(layout.y0[0]) + 0.4)
    # The density is painted in the sessions' blue.
    blue = QtGui.QColor("#0072B2")
    px = _pixels(image)
    reds, greens, blues = (px >> 16) & 255, (px >> 8) & 255, px & 255
    bluish = (blues > reds + 40) & (blues > greens + 10)
    assert bluish.sum() > 2000, blue.name()
    chart, _ = _render(
        qtbot, dataset, layout, (days_from_civil(2004, 1, 1), days_from_civil(2004, 2, 1))
    )
    points = [i for i in chart.lane_items if isinstance(i, points_module.PointLaneItem)]
    assert not points[0].aggregated
    assert not chart.aggregated_at(float(days_from_civil(2004, 1, 15)), float(layout.y0[0]))


def test_many_bands_are_drawn_plain_and_few_hatched(qtbot):
    dataset, layout = _dense(n_points=30, n_bands=20)
    band_y = 0.5 * layout.lanes[0].y1
    for lo, hi, hatched in ((1945, 1995, False), (1949, 1954, True)):
        chart, image = _render(
            qtbot, dataset, layout, (days_from_civil(lo, 1, 1), days_from_civil(hi, 1, 1))
        )
        vb = chart.getViewBox()
        centre = vb.mapViewToScene(QtCore.QPointF(days_from_civil(1951, 1, 1), band_y))
        row = [
            image.pixelColor(int(centre.x()) + dx, int(centre.y())).name() for dx in range(-3, 4)
        ]
        assert (len(set(row)) > 1) == hatched, row


def test_double_click_on_densities_zooms_in(qtbot):
    from viewer.widgets.timeline_view import TimelineView

    dataset, layout = _dense()
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1200, 420)
    view.show()
    qtbot.waitExposed(view)
    view.set_data(dataset, layout)
    view.set_x_range(days_from_civil(2000, 1, 1), days_from_civil(2010, 1, 1))
    view.grab()  # paint, so that the items know they drew densities
    lo, hi = view.x_range()
    target = view.chart.getViewBox().mapViewToScene(
        QtCore.QPointF(days_from_civil(2005, 1, 1), float(layout.y0[0]) + 0.4)
    )

    class _Event:
        def button(self):
            return QtCore.Qt.MouseButton.LeftButton

        def scenePos(self):  # noqa: N802
            return target

        def double(self):
            return True

    with qtbot.waitSignal(view.range_changed):
        view._on_scene_clicked(_Event())
    new_lo, new_hi = view.x_range()
    assert new_hi - new_lo == pytest.approx((hi - lo) / 4, rel=0.01)
    assert new_lo < days_from_civil(2005, 1, 1) < new_hi


def test_stamped_markers_look_like_drawn_ones(qtbot, monkeypatch):
    dataset, layout = _dense(n_points=1500, n_bands=0)
    x_range = (days_from_civil(2000, 1, 1), days_from_civil(2002, 1, 1))
    chart, stamped = _render(qtbot, dataset, layout, x_range)
    points = [i for i in chart.lane_items if isinstance(i, points_module.PointLaneItem)][0]
    assert not points.aggregated
    monkeypatch.setattr(points_module, "STAMP_ABOVE", 10**9)
    chart, drawn = _render(qtbot, dataset, layout, x_range)

    def blue(px):
        return ((px & 255) > ((px >> 16) & 255) + 40).sum()

    a, b = _pixels(stamped), _pixels(drawn)
    assert blue(b) > 5000
    assert abs(blue(a) - blue(b)) < 0.05 * blue(b)  # the same markers, at most 1/2 px apart


def test_densities_drawn_in_blocks_of_rows_match_one_block(qtbot, monkeypatch):
    """Large densities are made a block of rows at a time (bounded memory); the picture is
    the same as with one image for all rows."""
    dataset, layout = _dense(n_points=3000, n_bands=0)
    assert layout.lanes[0].rows > 4
    x_range = (days_from_civil(2000, 1, 1), days_from_civil(2010, 1, 1))
    chart, whole = _render(qtbot, dataset, layout, x_range)
    assert [i for i in chart.lane_items if isinstance(i, points_module.PointLaneItem)][0].aggregated
    monkeypatch.setattr(density, "DENSITY_BLOCK_CELLS", 1)  # one row per block
    _, blocks = _render(qtbot, dataset, layout, x_range)
    assert np.array_equal(_pixels(whole), _pixels(blocks))
    assert (_pixels(whole) != _pixels(whole)[0]).sum() > 2000  # something was drawn


def test_point_labels_and_stamps_follow_a_new_layout(qtbot):
    """Marker stamps are kept per drawn index; after new data with the same ids and places,
    markers take the looks of the new records (grey for an unknown host, not blue)."""
    dataset, layout = _dense(n_points=400, n_bands=0)
    x_range = (days_from_civil(2000, 1, 1), days_from_civil(2010, 1, 1))
    chart, first = _render(qtbot, dataset, layout, x_range)
    assert any(isinstance(i, points_module.PointLaneItem) for i in chart.lane_items)
    records = [
        {
            "id": r.id,
            "kind": "session",
            "lane": "a",
            "title": r.title,
            "start": r.start.text,
            "sources": ["https://e.org"],
        }
        for r in dataset.records
    ]
    grey = loaded_dataset(records, title="grey")
    chart.set_data(grey, compute_layout(grey))
    chart.set_x_range(*x_range)
    image = chart.view.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB32)

    def blue(px):
        return ((px & 255) > ((px >> 16) & 255) + 40).sum()

    assert blue(_pixels(first)) > 2000
    assert blue(_pixels(image)) < 0.05 * blue(_pixels(first))


def test_a_lane_taller_than_the_view_is_named_inside_the_view(qtbot):
    from viewer.graphics.axes import LaneAxisItem
    from viewer.graphics.style import LIGHT

    dataset, layout = _dense(n_points=3000, n_bands=0)
    lane = layout.lanes[0]
    assert lane.rows > 4
    axis = LaneAxisItem(LIGHT)
    axis.set_layout(layout)
    # The view shows the top two rows of a lane whose centre is below them.
    lo, hi = lane.y0 + 0.2, lane.y0 + 2.2
    assert (lane.y0 + lane.y1) / 2 > hi
    ((_spacing, values),) = axis.tickValues(lo, hi, 300)
    assert len(values) == 1 and lo < values[0] < hi
    assert axis.tickStrings(values, 1, 1) == [lane.title]
    # In full view the name sits at the lane's centre.
    ((_spacing, values),) = axis.tickValues(lane.y0 - 1, lane.y1 + 1, 600)
    assert values == [(lane.y0 + lane.y1) / 2]


def test_a_session_of_several_days_shows_its_days_when_zoomed_in(qtbot, bundled, bundled_layout):
    """At day zoom the 93rd session (24-27 November 2025) has a light bar under its marker
    from its first to its last day; a year's view shows only the marker."""
    lo, hi = days_from_civil(2025, 11, 20), days_from_civil(2025, 12, 2)
    chart, image = _render(qtbot, bundled.dataset, bundled_layout, (lo, hi))
    vb = chart.getViewBox()
    i = bundled_layout.index_of("session-93")
    y = float(bundled_layout.y0[i]) + 0.4

    def colour_at(day: float) -> QtGui.QColor:
        point = vb.mapViewToScene(QtCore.QPointF(day, y))
        widget_point = chart.view.mapFromScene(point)
        return QtGui.QColor(image.pixel(widget_point.x(), widget_point.y()))

    def bluish(c: QtGui.QColor) -> bool:
        return c.blue() > c.red() + 30

    assert bluish(colour_at(days_from_civil(2025, 11, 26) + 0.5))  # inside the session
    assert bluish(colour_at(days_from_civil(2025, 11, 27) + 0.8))  # its last day
    assert not bluish(colour_at(days_from_civil(2025, 11, 22) + 0.5))  # before it
    assert not bluish(colour_at(days_from_civil(2025, 11, 29) + 0.5))  # after it


def test_a_date_known_to_its_decade_is_drawn_over_its_decade(qtbot):
    """A record dated "195X" had its marker at 1955, the centre, drawn exactly as one of
    1955 (a new user's finding): zoomed in past its period, a whisker under its marker
    spans 1950 to 1959; a record known to the day has none."""
    lanes = [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}]
    dataset = loaded_dataset(
        [record_of("vague", "195X", lane="a"), record_of("exact", "1955-07-02", lane="b")],
        lanes=lanes,
    )
    layout = compute_layout(dataset)
    assert layout.x_min_days == days_from_civil(1950, 1, 1)  # its whole decade in view
    assert layout.x_max_days == days_from_civil(1960, 1, 1)
    x_range = (layout.x_min_days - 400, layout.x_max_days + 400)
    chart, image = _render(qtbot, dataset, layout, x_range)
    vb = chart.getViewBox()

    def drawn_under(rid: str, year: int, month: int = 7) -> bool:
        i = layout.index_of(rid)
        point = vb.mapViewToScene(QtCore.QPointF(days_from_civil(year, month, 1), 0))
        x = chart.view.mapFromScene(point).x()
        top, bottom = (
            chart.view.mapFromScene(vb.mapViewToScene(QtCore.QPointF(0, y))).y()
            for y in (float(layout.y0[i]), float(layout.y0[i]) + 1.0)
        )
        assert 0 < x < image.width()
        colours = [QtGui.QColor(image.pixel(x, y)) for y in range(top, bottom)]
        return any(c.blue() > c.red() + 30 for c in colours)

    assert drawn_under("vague", 1951) and drawn_under("vague", 1959, 11)
    assert not drawn_under("vague", 1949, 10) and not drawn_under("vague", 1960, 3)
    assert not drawn_under("exact", 1951) and not drawn_under("exact", 1959, 11)
    # Neither of its ends in view (1952-1958): the line runs through the view (left out,
    # the marker read as known to the day); its row holds no other marker of its decade
    x_range = (days_from_civil(1952, 1, 1), days_from_civil(1958, 1, 1))
    chart, image = _render(qtbot, dataset, layout, x_range)
    vb = chart.getViewBox()
    assert drawn_under("vague", 1953) and drawn_under("vague", 1957)
    assert not drawn_under("exact", 1953) and not drawn_under("exact", 1957)

    # Its cut ends are chevrons at the view's edges (a line across the whole view read as
    # a row divider, a trial): more of the row is drawn at an edge than mid-line.
    def drawn_rows(x: int) -> int:
        i = layout.index_of("vague")
        top, bottom = (
            chart.view.mapFromScene(vb.mapViewToScene(QtCore.QPointF(0, y))).y()
            for y in (float(layout.y0[i]), float(layout.y0[i]) + 1.0)
        )
        return sum(
            QtGui.QColor(image.pixel(x, y)).blue() > QtGui.QColor(image.pixel(x, y)).red() + 30
            for y in range(top, bottom)
        )

    def x_of(day: float) -> int:
        return chart.view.mapFromScene(vb.mapViewToScene(QtCore.QPointF(day, 0))).x()

    left_edge, right_edge = x_of(x_range[0]), x_of(x_range[1])
    middle = x_of(days_from_civil(1953, 7, 1))
    line = drawn_rows(middle)
    assert line >= 1
    assert max(drawn_rows(x) for x in range(left_edge, left_edge + 12)) > line
    assert max(drawn_rows(x) for x in range(right_edge - 12, right_edge)) > line


def test_search_dimming_shows_in_densities(qtbot):
    """Zoomed out over many records (densities), a search that matches nothing fades the
    densities, and one that matches some leaves those strong."""
    dataset, layout = _dense(n_points=3000, n_bands=0)
    x_range = (days_from_civil(2000, 1, 1), days_from_civil(2010, 1, 1))
    chart, normal = _render(qtbot, dataset, layout, x_range)
    assert [i for i in chart.lane_items if isinstance(i, points_module.PointLaneItem)][0].aggregated

    def grab(dimmed):
        chart.set_dimmed(dimmed)
        return _pixels(
            chart.view.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB32)
        )

    def strong_blue(px):
        return ((px & 255) > ((px >> 16) & 255) + 100).sum()

    none_match = grab(np.ones(len(layout.ids), dtype=np.bool_))
    assert strong_blue(none_match) < 0.1 * strong_blue(_pixels(normal))
    half = np.arange(len(layout.ids)) % 2 == 0
    some_match = grab(half)
    assert strong_blue(none_match) < strong_blue(some_match) <= strong_blue(_pixels(normal))


@pytest.mark.parametrize("size", [(800, 500), (1200, 420), (1600, 1000)])
def test_the_legend_is_a_row_under_the_date_axis(qtbot, bundled, bundled_layout, size):
    """The legend never covers data: it sits below the plot and its date axis."""
    chart, _image = _render(qtbot, bundled.dataset, bundled_layout, (-20000.0, 21000.0), size)
    legend = chart.timeline_legend
    assert legend is not None and legend.isVisible() and legend.size().height() > 10
    vb_rect = chart.getViewBox().sceneBoundingRect()
    axis_rect = chart.date_axis.sceneBoundingRect()
    legend_rect = legend.sceneBoundingRect()
    assert legend_rect.top() >= axis_rect.bottom() - 1 >= vb_rect.bottom() - 1
    assert legend_rect.bottom() <= chart.view.height() + 1


def test_the_date_axis_sits_under_the_last_lane(qtbot, bundled, bundled_layout):
    """A tall window does not stretch the plot past its lanes: the date axis follows the
    last lane (rows at most ROW_PX_MAX), and the empty space is below the legend."""
    from viewer.graphics.chart import ROW_PX_MAX

    chart, _image = _render(
        qtbot, bundled.dataset, bundled_layout, (-20000.0, 21000.0), (1200, 1400)
    )
    vb = chart.getViewBox()
    last_lane_bottom = vb.mapViewToScene(QtCore.QPointF(0, bundled_layout.y_max)).y()
    axis_top = chart.date_axis.sceneBoundingRect().top()
    assert 0 <= axis_top - last_lane_bottom <= ROW_PX_MAX
    assert chart.legend_height_px(1200) > 0


def test_grid_lines_at_the_date_axis_ticks(qtbot, bundled, bundled_layout):
    """The vertical grid (drawn by the lane background, in one call) sits on the date
    axis's major ticks."""
    lo, hi = days_from_civil(2010, 1, 1), days_from_civil(2027, 1, 1)
    chart, image = _render(qtbot, bundled.dataset, bundled_layout, (lo, hi))
    vb = chart.getViewBox()
    gap_y = bundled_layout.lanes[0].y1 + 0.25  # between the first two lanes
    majors = [v for v, text in chart.date_axis._labels.items() if text]
    assert "2014" in chart.date_axis._labels.values()

    def at(day: float, dx_px: int = 0) -> int:
        point = chart.view.mapFromScene(vb.mapViewToScene(QtCore.QPointF(day, gap_y)))
        return QtGui.QColor(image.pixel(point.x() + dx_px, point.y())).lightness()

    tick = next(v for v, text in chart.date_axis._labels.items() if text == "2014")
    on_line = min(at(tick, d) for d in (-1, 0, 1))
    assert on_line < at(tick, 6) - 10  # the line is darker than the background beside it
    assert len(majors) >= 5


def test_a_band_across_every_lane_is_drawn_over_every_lane(qtbot):
    items = [
        {"id": str(k), "content": f"item {k}", "start": "2010-01-01", "group": g}
        for k, g in enumerate("abcab")
    ]
    items.append(
        {
            "id": "bg",
            "type": "background",
            "content": "Across",
            "start": "2000-01-01",
            "end": "2004-01-01",
        }
    )
    groups = [{"id": g, "content": g.upper()} for g in "abc"]
    dataset = load_bytes(json.dumps({"groups": groups, "items": items}).encode(), "x.json").dataset
    layout = compute_layout(dataset)
    chart, image = _render(
        qtbot, dataset, layout, (days_from_civil(1998, 1, 1), days_from_civil(2012, 1, 1))
    )
    vb = chart.getViewBox()
    era = QtGui.QColor(chart.style.color("tint_fill")).name()

    def colour(year, y):
        at = vb.mapViewToScene(QtCore.QPointF(days_from_civil(year, 7, 1), y))
        return image.pixelColor(int(at.x()), int(at.y())).name()

    assert len(layout.lanes) == 3
    for lane in layout.lanes:
        for y in (lane.y0 + 0.05, (lane.y0 + lane.y1) / 2, lane.y1 - 0.05):
            assert colour(2002, y) == era, (lane.title, y)
            assert colour(2006, y) != era


def test_a_repaint_of_the_same_view_draws_the_densities_without_counting_again(qtbot, monkeypatch):
    """A click (a new selection, the same view) redraws the densities made for this view;
    a new view or a search counts again. The picture is the same either way."""
    dataset, layout = _dense(n_points=3000, n_bands=0)
    x_range = (days_from_civil(2000, 1, 1), days_from_civil(2010, 1, 1))
    chart, first = _render(qtbot, dataset, layout, x_range)
    counted = []
    original = density.density_images
    monkeypatch.setattr(
        lane_item, "density_images", lambda *a, **k: counted.append(1) or original(*a, **k)
    )
    chart.set_selected(0)
    chart.set_selected(None)
    again = chart.view.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB32)
    assert counted == []
    assert np.array_equal(_pixels(first), _pixels(again))
    chart.set_dimmed(np.arange(len(layout.ids)) % 2 == 0)
    chart.view.grab()
    assert len(counted) == 1
    chart.set_x_range(x_range[0] + 100, x_range[1] + 100)
    chart.view.grab()
    assert len(counted) == 2


def _alpha_at(images, x: float, y: float) -> int:
    """The alpha of the density drawn at device pixel (x, y) (0: none)."""
    for _opacity, image, rects in images:
        for target, source in rects:
            if target.contains(QtCore.QPointF(x, y)):
                sx = source.left() + (x - target.left()) * source.width() / target.width()
                sy = source.top() + (y - target.top()) * source.height() / target.height()
                return QtGui.QColor.fromRgba(image.pixel(int(sx), int(sy))).alpha()
    return 0


def test_rows_thinner_than_a_pixel_add_up_in_their_pixel_row():
    # 400 records over the same years: 400 rows. Fitted in 100 px, four share a pixel row
    # and it shows four records' density, not one row's picked out of four.
    spans = [{**record_of(f"r{i}"), "end": "2010"} for i in range(400)]
    layout = compute_layout(loaded_dataset(spans))
    vis = np.arange(len(layout.x0_days), dtype=np.intp)
    x_px = (layout.x0_days[0] + layout.x1_days[0]) / 2 * 0.1  # sx = 0.1 px a day, dx = 0
    colour = QtGui.QColor("#1f77b4")

    def alpha(sy: float, y_px: float) -> int:
        visible = QtCore.QRectF(x_px - 50, 0, 100, 2000)
        return _alpha_at(
            density.density_images(layout, vis, None, colour, 0.1, 0.0, sy, 0.0, visible, 1.0),
            x_px,
            y_px,
        )

    one, four = (int(density.density_alpha(np.array([n]))[0]) for n in (1, 4))
    assert alpha(10.0, 10 * 5 + 5) == one  # rows of 10 px: one record each
    assert alpha(0.25, 50.5) == four  # rows of a quarter pixel: four in each pixel row


def test_the_ends_of_overlapping_eras_show(qtbot):
    # Three eras over each other were one tint from the first start to the last end.
    eras = [
        record_of(rid, start, kind="era", lane=None, end=end)
        for rid, start, end in (
            ("e1", "1873", "1896"),
            ("e2", "1881", "1913"),
            ("e3", "1871", "1913"),
        )
    ]
    dataset = loaded_dataset([*eras, record_of("p", "1919")])
    layout = compute_layout(dataset)
    chart, image = _render(
        qtbot, dataset, layout, (days_from_civil(1865, 1, 1), days_from_civil(1925, 1, 1))
    )
    vb = chart.getViewBox()
    edge = QtGui.QColor(chart.style.tint_edge).name()
    y = 0.5 * layout.lanes[0].y1
    for year in (1871, 1873, 1881, 1897):  # a start, or the day after an end
        at = vb.mapViewToScene(QtCore.QPointF(days_from_civil(year, 1, 1), y))
        near = {image.pixelColor(int(at.x()) + dx, int(at.y())).name() for dx in (-1, 0, 1)}
        assert edge in near, (year, near)
    inside = vb.mapViewToScene(QtCore.QPointF(days_from_civil(1890, 7, 1), y))
    assert image.pixelColor(int(inside.x()), int(inside.y())).name() != edge


def test_a_paint_that_fails_is_reported_once_and_the_rest_is_drawn(qtbot, monkeypatch):
    # A bug in one item's drawing took the whole app down (a segmentation fault, no word)
    from viewer.graphics import spans

    def broken(self, p, dev, idx):
        raise RuntimeError("a bug in drawing bars")

    monkeypatch.setattr(spans.SpanLaneItem, "paint_records", broken)
    dataset = loaded_dataset([record_of("p", "1990"), {**record_of("s", "1991"), "end": "1995"}])
    layout = compute_layout(dataset)
    with qtbot.capture_exceptions() as raised:
        chart, image = _render(
            qtbot, dataset, layout, (days_from_civil(1985, 1, 1), days_from_civil(2000, 1, 1))
        )
        chart.view.grab()  # a second frame fails the same way
        qtbot.wait(20)  # the event loop runs: the error comes out there
    assert [str(e[1]) for e in raised] == ["a bug in drawing bars"]
    point = chart.getViewBox().mapViewToScene(QtCore.QPointF(layout.x0_days[0], layout.y0[0] + 0.4))
    assert image.pixelColor(int(point.x()), int(point.y())) != QtGui.QColor(chart.style.background)


def test_lane_names_are_drawn_inside_the_axis_rectangle(qtbot):
    """Whatever the vertical scroll, the lane names' letters lie inside the rectangle the
    axis claims: letters drawn past it were left on screen when the names moved (a stray
    mark under the lane names of a large file, "a stray tick")."""
    from PySide6 import QtWidgets

    lanes = [{"id": f"l{k}", "title": f"Treaties and agreements {k}"} for k in range(12)]
    recs = [
        record_of(f"r{k}-{j}", f"{1990 + j}", lane=f"l{k}", end=f"{1995 + j}")
        for k in range(12)
        for j in range(4)
    ]
    dataset = loaded_dataset(recs, lanes=lanes)
    layout = compute_layout(dataset)
    chart, _ = _render(
        qtbot,
        dataset,
        layout,
        (days_from_civil(1988, 1, 1), days_from_civil(2002, 1, 1)),
        size=(700, 260),
    )
    axis = chart.lane_axis
    drawn = 0
    for step in range(60):
        chart.scroll_y(0.11 if step < 30 else -0.13)
        chart.view.grab()
        box = axis.boundingRect()
        image = QtGui.QImage(
            int(box.width()) + 40, int(box.height()) + 80, QtGui.QImage.Format.Format_ARGB32
        )
        image.fill(QtCore.Qt.GlobalColor.transparent)
        painter = QtGui.QPainter(image)
        painter.translate(20 - box.left(), 40 - box.top())
        axis.paint(painter, QtWidgets.QStyleOptionGraphicsItem(), None)
        painter.end()
        alpha = (_pixels(image) >> 24).reshape(image.height(), image.width())
        # Above and below it (its right edge is the axis line, drawn on that edge)
        top, bottom = 40, 40 + math.ceil(box.height())
        assert not alpha[:top].any() and not alpha[bottom:].any(), f"letters out at {step}"
        drawn += int(alpha.any())
    assert drawn == 60  # names were drawn at every step


def _svg_texts(view) -> list[str]:
    """The texts of *view*'s scene drawn into an SVG."""
    import xml.etree.ElementTree as ET

    from PySide6 import QtSvg

    buf = QtCore.QBuffer()
    buf.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    gen = QtSvg.QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(view.size())
    painter = QtGui.QPainter(gen)
    view.render(painter)
    painter.end()
    root = ET.fromstring(bytes(buf.data().data()))
    return [(t.text or "").strip() for t in root.iter("{http://www.w3.org/2000/svg}text")]


def test_a_small_windows_legend_takes_a_quarter_and_counts_what_it_leaves_out(
    qtbot, bundled, bundled_layout
):
    """In a 640 x 420 window the legend wrapped to eight rows and took more height than
    the lanes (a new user's finding). It now takes at most a quarter of the chart, and
    says how many entries it leaves out; the entries shown and left out are all of them."""
    chart, _image = _render(qtbot, bundled.dataset, bundled_layout, (-20000.0, 21000.0), (320, 300))
    legend = chart.timeline_legend
    assert legend is not None
    assert legend.size().height() <= chart.LEGEND_MOST_SHARE * chart.size().height() + 0.5
    texts = _svg_texts(chart.view)
    shown = [label for label in legend.labels() if label in texts]
    more = [t for t in texts if t.endswith("more: enlarge the window")]
    assert len(more) == 1 and shown
    assert int(more[0].lstrip("+").split()[0]) == len(legend.labels()) - len(shown)


def test_a_large_windows_legend_is_whole(qtbot, bundled, bundled_layout):
    chart, _image = _render(
        qtbot, bundled.dataset, bundled_layout, (-20000.0, 21000.0), (1600, 1000)
    )
    texts = _svg_texts(chart.view)
    assert all(label in texts for label in chart.timeline_legend.labels())
    assert not any("more" in t for t in texts)


def test_a_sliver_of_a_lane_at_the_views_edge_is_not_named(qtbot):
    """Scrolled so that the last lane showed 3 px, its name was written at the edge and
    pushed the name of the lane above off its row ("Lane 22" over "Lane 23": a new user's
    finding). A lane showing less than half the names' edge distance goes unnamed, and
    the lane above keeps its name at its centre."""
    from tests.documents import document, record
    from viewer.core.layout import compute_layout
    from viewer.core.loading import load_document

    lanes = [{"id": f"l{i}", "title": f"Lane {i}"} for i in range(6)]
    records = [record(f"r{i}", "1990", end="2000", lane=f"l{i}") for i in range(6)]
    dataset = load_document(document(records, lanes=lanes), "t.json").dataset
    layout = compute_layout(dataset)
    chart, _image = _render(qtbot, dataset, layout, (7000.0, 11500.0), (600, 300))
    vb = chart.getViewBox()
    last, above = layout.lanes[-1], layout.lanes[-2]
    height_px = vb.height()
    units_per_px = (last.y0 - above.y0 + 1.0) / height_px
    # the view ends 3 px into the last lane
    bottom = last.y0 + 3 * units_per_px
    vb.setYRange(bottom - (last.y0 - above.y0 + 1.0), bottom, padding=0)
    QtWidgets.QApplication.instance().processEvents()
    texts = _svg_texts(chart.view)
    assert "Lane 5" not in texts and "Lane 4" in texts


def _drawn_in_row(chart, image, layout, rid: str, day: float, row_offset: int = 0) -> bool:
    """Whether something bluish (a marker's edge colour, a whisker) is drawn at *day* in
    the row of record *rid* (or *row_offset* rows below it)."""
    vb = chart.getViewBox()
    i = layout.index_of(rid)
    top_units = float(layout.y0[i]) - 0.1 + row_offset  # the row's pitch, not its bar
    x = chart.view.mapFromScene(vb.mapViewToScene(QtCore.QPointF(day, 0))).x()
    top, bottom = (
        chart.view.mapFromScene(vb.mapViewToScene(QtCore.QPointF(0, y))).y()
        for y in (top_units, top_units + 1.0)
    )
    assert 0 < x < image.width() and bottom > top
    colours = [QtGui.QColor(image.pixel(x, y)) for y in range(top, bottom)]
    return any(c.blue() > c.red() + 30 for c in colours)


def _iso(day: int) -> str:
    """The ISO date of *day* (days since 1970-01-01)."""
    return (datetime.date(1970, 1, 1) + datetime.timedelta(days=day)).isoformat()


def test_whiskers_are_drawn_among_many_markers(qtbot):
    """Above 150 markers in view (stamped), whiskers were left out: the row kept for
    "195X" held its marker alone, and "1957" read as known to the day (a trial)."""
    start = days_from_civil(1950, 1, 1)
    exact = [record_of(f"p{k}", _iso(start + 24 * k), lane="a") for k in range(160)]
    dataset = loaded_dataset(
        [record_of("decade", "195X", lane="a"), record_of("year", "1957", lane="a"), *exact],
        lanes=[{"id": "a", "title": "A"}],
    )
    layout = compute_layout(dataset)
    x_range = (days_from_civil(1949, 1, 1), days_from_civil(1961, 1, 1))
    chart, image = _render(qtbot, dataset, layout, x_range, size=(1200, 900))
    points = [i for i in chart.lane_items if isinstance(i, points_module.PointLaneItem)][0]
    assert not points.aggregated and len(points.drawn) > points_module.STAMP_ABOVE
    assert _drawn_in_row(chart, image, layout, "decade", days_from_civil(1951, 3, 1))
    assert _drawn_in_row(chart, image, layout, "year", days_from_civil(1957, 2, 1))


def test_a_whisker_in_a_thin_row_stays_in_its_row(qtbot):
    """In rows too thin for a line under the marker (View > Fit Lanes, an export of many
    rows), the whisker ran through the marker of the row below (a trial): it goes through
    its own marker's centre."""
    dataset = loaded_dataset(
        [
            record_of("decade", "195X", lane="a"),
            record_of("a-inside", "1951-06-01", lane="a"),  # the row below
            *[record_of(f"deep{k}", "1951-06-01", lane="a") for k in range(40)],
        ],
        lanes=[{"id": "a", "title": "A"}],
    )
    layout = compute_layout(dataset)
    assert layout.row[layout.index_of("a-inside")] == layout.row[layout.index_of("decade")] + 1
    x_range = (days_from_civil(1949, 1, 1), days_from_civil(1961, 1, 1))
    chart, image = _render(qtbot, dataset, layout, x_range, size=(1200, 420))
    # In rows of the usual height it lies under the marker, off the line of the labels
    # beside it (through the centre, it crossed them: a trial)
    vb = chart.getViewBox()
    i = layout.index_of("decade")
    x = chart.view.mapFromScene(
        vb.mapViewToScene(QtCore.QPointF(days_from_civil(1953, 3, 1), 0))
    ).x()
    centre = chart.view.mapFromScene(
        vb.mapViewToScene(QtCore.QPointF(0, float(layout.y0[i]) + ROW_HEIGHT / 2))
    ).y()
    colours = [QtGui.QColor(image.pixel(x, y)) for y in range(centre - 2, centre + 3)]
    assert not any(c.blue() > c.red() + 30 for c in colours)
    assert _drawn_in_row(chart, image, layout, "decade", days_from_civil(1953, 3, 1))
    chart.set_lanes_fitted(True)  # View > Fit Lanes
    image = chart.view.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB32)
    vb = chart.getViewBox()
    row_px = abs(
        vb.mapViewToDevice(QtCore.QPointF(0, 1)).y() - vb.mapViewToDevice(QtCore.QPointF(0, 0)).y()
    )
    assert row_px < 14  # thinner than a marker and the line under it
    day = days_from_civil(1953, 3, 1)
    assert _drawn_in_row(chart, image, layout, "decade", day)
    assert not _drawn_in_row(chart, image, layout, "decade", day, row_offset=1)


def test_a_click_on_a_whisker_finds_its_record(qtbot):
    """A click on a whisker, away from any marker, cleared the selection instead of
    selecting its record (a trial): the record drawn at a pixel is the one a click
    finds."""
    from viewer.graphics.picking import records_at

    dataset = loaded_dataset(
        [record_of("decade", "195X", lane="a"), record_of("exact", "1951-06-01", lane="a")],
        lanes=[{"id": "a", "title": "A"}],
    )
    layout = compute_layout(dataset)
    x_range = (days_from_civil(1949, 1, 1), days_from_civil(1961, 1, 1))
    chart, image = _render(qtbot, dataset, layout, x_range)
    vb = chart.getViewBox()
    i = layout.index_of("decade")
    x = chart.view.mapFromScene(
        vb.mapViewToScene(QtCore.QPointF(days_from_civil(1953, 3, 1), 0))
    ).x()
    top, bottom = (
        chart.view.mapFromScene(vb.mapViewToScene(QtCore.QPointF(0, y))).y()
        for y in (float(layout.y0[i]), float(layout.y0[i]) + 0.9)
    )
    drawn = [
        y
        for y in range(top, bottom)
        if QtGui.QColor(image.pixel(x, y)).blue() > QtGui.QColor(image.pixel(x, y)).red() + 30
    ]
    assert drawn  # the whisker's pixels
    for y in drawn:
        scene = chart.view.mapToScene(QtCore.QPoint(x, y))
        assert [layout.ids[k] for k in records_at(chart, chart.view, scene)] == ["decade"]


def test_a_period_that_crosses_the_view_is_drawn_with_its_marker_out_of_view(qtbot):
    """In 1956-1959, "19XX" and "195X" have their markers out of view (1950, 1955): their
    rows, kept for their periods, were empty (two trials). Their lines cross the view,
    and a click on one finds its record."""
    from viewer.graphics.picking import records_at

    dataset = loaded_dataset(
        [
            record_of("century", "19XX", lane="a"),
            record_of("decade", "195X", lane="a"),
            record_of("year", "1957", lane="a"),
        ],
        lanes=[{"id": "a", "title": "A"}],
    )
    layout = compute_layout(dataset)
    x_range = (days_from_civil(1956, 1, 1), days_from_civil(1959, 1, 1))
    chart, image = _render(qtbot, dataset, layout, x_range)
    day = days_from_civil(1957, 8, 1)
    for rid in ("century", "decade"):
        assert _drawn_in_row(chart, image, layout, rid, day), rid
    vb = chart.getViewBox()
    i = layout.index_of("decade")
    x = chart.view.mapFromScene(vb.mapViewToScene(QtCore.QPointF(day, 0))).x()
    top, bottom = (
        chart.view.mapFromScene(vb.mapViewToScene(QtCore.QPointF(0, y))).y()
        for y in (float(layout.y0[i]), float(layout.y0[i]) + 0.9)
    )
    line = next(
        y
        for y in range(top, bottom)
        if QtGui.QColor(image.pixel(x, y)).blue() > QtGui.QColor(image.pixel(x, y)).red() + 30
    )
    scene = chart.view.mapToScene(QtCore.QPoint(x, line))
    assert [layout.ids[k] for k in records_at(chart, chart.view, scene)] == ["decade"]
