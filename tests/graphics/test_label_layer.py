"""The chart's labels as drawn: no collisions on real files, host names, short forms."""

from __future__ import annotations

import json
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6 import QtCore, QtGui

from tests.documents import document, write
from viewer.core.importers import load_any
from viewer.core.layout import compute_layout
from viewer.core.ranges import parse_range
from viewer.graphics.chart import TimelineChart

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "data" / "examples").iterdir()) + sorted(
    (ROOT / "tests" / "fixtures" / "timelinejs").glob("*.json")
)


def _draw(qtbot, path: Path, years: str | None, width: int = 1600, height: int = 420):
    """Draw *path* as an export draws it (all rows fitted) and return the chart."""
    result = load_any(path)
    layout = compute_layout(result.dataset)
    view = pg.GraphicsView()
    qtbot.addWidget(view)
    view.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart = TimelineChart(fit_all_rows=True)
    view.setCentralItem(chart)
    view.resize(width, height)
    view.show()
    chart.set_data(result.dataset, layout)
    chart.set_x_range(*(parse_range(years) if years else chart.full_range()))
    view.grab()  # paints: the label layer places its labels
    chart.view = view
    return chart


def _collisions(chart) -> list[str]:
    layer = chart.label_layer
    found = []
    is_band = chart.model.layout.is_band
    shapes = layer.shapes()
    for label in layer.placed:
        r = label.rect
        for index, shape in shapes:
            if index == label.index or abs(shape.top() - r.top()) > 0.5 or is_band[index]:
                continue  # its own item, another row, or a background band (labels cross)
            if shape.left() < r.right() - 0.01 and shape.right() > r.left() + 0.01:
                found.append(f"{label.text!r} over item {index}")
        for other in layer.placed:
            if (
                other is not label
                and abs(other.rect.top() - r.top()) < 0.5
                and other.rect.left() < r.right() - 0.01
                and other.rect.right() > r.left() + 0.01
            ):
                found.append(f"{label.text!r} over label {other.text!r}")
    return found


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_no_label_collides_in_the_example_files(qtbot, path):
    chart = _draw(qtbot, path, None)
    assert chart.label_layer.placed, "some labels are drawn"
    assert _collisions(chart) == []
    vis = chart.getViewBox().sceneBoundingRect()
    for label in chart.label_layer.placed:  # within the plot: not cut at an edge
        assert label.rect.left() >= vis.left() - 0.5 and label.rect.right() <= vis.right() + 0.5


@pytest.mark.parametrize("years", [None, "1990:2027", "2010:2027"])
def test_no_label_collides_in_the_bundled_record(qtbot, years):
    chart = _draw(qtbot, ROOT / "data" / "interpol.json", years)
    assert _collisions(chart) == []
    texts = [label.text for label in chart.label_layer.placed]
    assert all(len(t) > 1 or t.isdigit() or t == "?" for t in texts)
    assert not [t for t in texts if t.endswith("…") and sum(c.isalnum() for c in t) < 4], texts


def test_sessions_name_their_host_when_zoomed_in(qtbot):
    """From 2010 to 2027, every session label that has room carries its host city (at
    2000 px: the lane names take their whole width, 153 px)."""
    chart = _draw(qtbot, ROOT / "data" / "interpol.json", "2010:2027", width=2000)
    sessions = [
        label.text for label in chart.label_layer.placed if label.text.split(" ")[0].isdigit()
    ]
    assert "94 Hong Kong" in sessions
    assert len([t for t in sessions if " " in t]) >= 11
    # None over the year without a session (2020): a new user read "88" there as its name
    model = chart.model
    band = next(
        shape
        for index, shape in chart.label_layer.shapes()
        if model.layout.is_band[index] and model.layout.lane[index] == 0
    )
    over = [lab.text for lab in chart.label_layer.placed if band.intersects(lab.rect)]
    assert all(not t.split(" ")[0].isdigit() for t in over), over


def test_a_person_is_named_by_short_name_when_the_whole_name_does_not_fit(qtbot):
    chart = _draw(qtbot, ROOT / "data" / "interpol.json", "1920:2030", width=1000)
    texts = {label.text for label in chart.label_layer.placed}
    assert texts & {"Kendall", "Noble", "Stock", "Schober", "Louwage", "Népote"}
    assert not [t for t in texts if t.startswith("L…") or t in ("Zu", "A")]


def _sessions(tmp_path, days: list[str]) -> Path:
    records = [
        {
            "id": f"s{n}",
            "kind": "session",
            "lane": "a",
            "session": n,
            "title": f"Session {n}",
            "start": day,
            "status": "held",
            "place": {"city": "Lyon", "country": "France"},
            "sources": ["https://e.org"],
        }
        for n, day in enumerate(days, start=1)
    ]
    path = tmp_path / "three.json"
    write(path, records, title="Three")
    return path


def test_the_selected_record_is_labelled_first(qtbot, tmp_path):
    """Session 1's label takes the room between sessions 1 and 2, the only room for
    session 2's whole label, until session 2 is selected."""
    path = _sessions(tmp_path, ["2000-01-01", "2000-03-01", "2000-03-31", "2010-01-01"])
    chart = _draw(qtbot, path, "1999:2001")
    second = chart.model.layout.index_of("s2")
    before = {label.index: label.text for label in chart.label_layer.placed}
    assert before[second] == "2"
    chart.set_selected(second)
    chart.view.grab()
    after = {label.index: label.text for label in chart.label_layer.placed}
    assert after[second] == "2 Lyon"
    assert _collisions(chart) == []


def test_the_selected_markers_label_starts_beyond_its_ring(qtbot, tmp_path):
    """The selection's ring reaches 6 px beyond a marker: its label was drawn from the
    marker's edge, its first character under the ring (a new user's finding)."""
    path = _sessions(tmp_path, ["2000-01-01", "2005-01-01"])
    chart = _draw(qtbot, path, "1999:2007")
    first = chart.model.layout.index_of("s1")

    def label_rect():
        (label,) = [label for label in chart.label_layer.placed if label.index == first]
        return label.rect

    before = label_rect()
    chart.set_selected(first)
    chart.view.grab()
    after = label_rect()
    assert after.left() - before.left() >= 6 * chart.model.style.scale - 0.01
    assert after.width() == before.width() and _collisions(chart) == []


def test_a_new_selection_places_its_rows_again_with_the_labels_of_a_whole_pass(qtbot, monkeypatch):
    """A click places only the rows of the old and new selection again, and the labels are
    those a whole placement pass gives for that selection."""
    from viewer.core.paths import BUNDLED_DATA
    from viewer.graphics import label_layer

    chart = _draw(qtbot, BUNDLED_DATA, "1990:2010")
    layout = chart.model.layout
    passes = []
    original = label_layer.place_labels
    monkeypatch.setattr(
        label_layer,
        "place_labels",
        lambda rows, *a, **k: passes.append(len(rows)) or original(rows, *a, **k),
    )

    def labels(c):
        return sorted(
            (label.index, label.text, label.rect.getRect()) for label in c.label_layer.placed
        )

    in_view = sorted({label.index for label in chart.label_layer.placed})
    for chosen in (in_view[0], in_view[len(in_view) // 2], None):
        passes.clear()
        chart.set_selected(chosen)
        chart.view.grab()
        fresh = _draw(qtbot, BUNDLED_DATA, "1990:2010")
        fresh.set_selected(chosen)
        fresh.view.grab()
        assert labels(chart) == labels(fresh)
        # the click's pass over its rows, then the fresh chart's whole pass
        assert passes[0] < passes[1], passes
    assert layout is chart.model.layout


def test_a_direction_override_in_a_title_cannot_reverse_its_label(qtbot, tmp_path):
    """U+202E would draw "evil" as "live": chart labels show it as a visible mark."""
    path = tmp_path / "rlo.json"
    path.write_text(
        json.dumps(
            document(
                [
                    {
                        "id": "r",
                        "kind": "event",
                        "lane": "a",
                        "title": "x\u202eevil",
                        "start": "2000",
                        "sources": ["https://e.org"],
                    },
                    {
                        "id": "s",
                        "kind": "event",
                        "lane": "a",
                        "title": "y",
                        "start": "2010",
                        "sources": ["https://e.org"],
                    },
                ]
            )
        )
    )
    chart = _draw(qtbot, path, None)
    texts = [label.text for label in chart.label_layer.placed]
    assert any("U+202E" in t and "evil" in t for t in texts), texts
    assert not [t for t in texts if "\u202e" in t]


def test_no_label_crosses_the_bar_of_a_session_of_several_days(qtbot, tmp_path):
    """A session known only to the year ("1988" to "1988") is drawn with a light bar over
    the year; the next session's label must not cross it."""
    path = _sessions(tmp_path, ["1988-03-01", "1988-02-01", "1995-01-01"])
    data = json.loads(path.read_text())
    data["records"][0]["start"], data["records"][0]["end"] = "1988", "1988"
    path.write_text(json.dumps(data))
    chart = _draw(qtbot, path, "1987:1990")
    assert chart.label_layer.placed
    assert _collisions(chart) == []
    bar = next(s for i, s in chart.label_layer.shapes() if i == chart.model.layout.index_of("s1"))
    assert bar.width() > 100  # the year-long bar is part of the session's shape


def test_eras_in_a_lane_of_their_own_are_named(qtbot):
    """The example's "Periods" lane holds only eras (background bands): the Congress of
    Vienna's band is too narrow for its name, even cut, which starts at the band's start
    and runs past its end; the interwar years' band holds its name, cut."""
    chart = _draw(qtbot, ROOT / "data" / "examples" / "institutions.json", None, width=1200)
    layout = chart.model.layout
    named = {
        chart.model.records[label.index].title: label
        for label in chart.label_layer.placed
        if layout.is_band[label.index]
    }
    assert set(named) == {"Congress of Vienna", "Between the world wars"}, named
    vienna = named["Congress of Vienna"]
    band = next(s for i, s in chart.label_layer.shapes() if i == vienna.index)
    assert band.left() <= vienna.rect.left() <= band.right()  # at its start, not beside it
    assert vienna.text == "Congress of Vienna"
    wars = named["Between the world wars"]
    assert wars.text.startswith("Betw")
    assert _collisions(chart) == []


def test_a_band_named_lower_in_its_lane_keeps_the_labels_of_a_whole_pass(qtbot):
    """An era named in its lane's second row (its first is full): selecting each record
    in turn gives the labels a whole placement pass gives, and no label collides."""
    path = ROOT / "data" / "examples" / "courts.vis.json"

    def labels(c):
        return sorted((lab.index, lab.text, lab.rect.getRect()) for lab in c.label_layer.placed)

    chart = _draw(qtbot, path, "1930:1960")
    era = [lab for lab in chart.label_layer.placed if lab.text == "Second World War"]
    assert era and era[0].rect.top() > min(lab.rect.top() for lab in chart.label_layer.placed)
    for chosen in sorted({lab.index for lab in chart.label_layer.placed}) + [None]:
        chart.set_selected(chosen)
        chart.view.grab()
        fresh = _draw(qtbot, path, "1930:1960")
        fresh.set_selected(chosen)
        fresh.view.grab()
        assert labels(chart) == labels(fresh)
        assert not _collisions(chart)


@pytest.mark.parametrize(
    ("years", "label", "under"),
    [("1940:1990", "Kaltenb", "own")],
    ids=["inside its hatched bar"],
)
def test_no_hatch_line_runs_through_a_label(qtbot, years, label, under):
    """Kaltenbrunner's term (not officially recognised: a hatched bar) is named inside it;
    the hatch lines stop at the text's box. (A label across a hatched band it is not in,
    the other case, is no longer placed.)"""
    from viewer.core.paths import BUNDLED_DATA

    chart = _draw(qtbot, BUNDLED_DATA, years)
    model = chart.model
    found = [lab for lab in chart.label_layer.placed if lab.text.startswith(label)]
    assert found, [lab.text for lab in chart.label_layer.placed]
    rect = found[0].rect
    if under == "own":
        hatched = found[0].index
    else:  # the hatched band the label crosses
        hatched = next(
            index
            for index, shape in chart.label_layer.shapes()
            if model.layout.is_band[index]
            and model.look(index).pattern != QtCore.Qt.BrushStyle.NoBrush
            and shape.intersects(rect)
        )
    image = chart.view.viewport().grab().toImage()
    edge = model.look(hatched).edge.rgb()
    # the text's middle (the bar may be taller than the text)
    r = QtCore.QRectF(rect.left() + 1, rect.center().y() - 4, rect.width() - 2, 8).toAlignedRect()
    hatch = sum(
        image.pixel(x, y) & 0xFFFFFF == edge & 0xFFFFFF
        for x in range(r.left(), r.right())
        for y in range(r.top(), r.bottom())
    )
    assert hatch == 0


def test_a_name_under_its_bar_has_a_leader_up_to_the_bar(qtbot):
    """Names written in the row under their bars ("Higgitt", "Simpson") read as naming the
    empty row (the second trial): a thin leader joins each to its bar's lower edge, a
    little inside the bar (from its very edge, it read as the bar before's: the third)."""
    chart = _draw(qtbot, ROOT / "data" / "interpol.json", None, width=900, height=420)
    image = chart.view.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB32)
    shapes = dict(chart.label_layer.shapes())
    under = [
        label
        for label in chart.label_layer.placed
        if label.rect.top() >= shapes[label.index].bottom()  # a row below its bar
    ]
    assert under
    background = QtGui.QColor(image.pixel(5, 5))
    for label in under:
        bar = shapes[label.index]
        x = round(label.rect.left() + min(5, (bar.right() - label.rect.left()) / 2))
        gap = range(round(bar.bottom()) + 3, round(label.rect.top()) + 2)
        assert len(gap) > 3
        column = [  # the leader, a pixel wide, falls in one of three columns
            any(QtGui.QColor(image.pixel(x + dx, y)) != background for dx in (-1, 0, 1))
            for y in gap
        ]
        assert all(column), label.text
