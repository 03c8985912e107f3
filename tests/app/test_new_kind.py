"""A kind registered in the core is drawn, listed in the legend and View › Show Items, and
explained in the details panel, with no other change (issue 14, point 3)."""

from __future__ import annotations

import pytest
from PySide6 import QtGui

from tests.conftest import open_and_wait
from viewer.core import kinds
from viewer.core.kinds import KindSpec, LegendEntry

TREATY = KindSpec(
    "treaty",
    "bar",
    "accent2",
    display_name="International treaty",
    plural="Treaties",
    legend_label="Treaty",
    legend_order=45,
    legend_variants=(LegendEntry("end_unknown", "Treaty, end unknown", 46),),
    relation_label="Treaty",
)


@pytest.fixture
def treaty_kind():
    kinds.register_kind(TREATY)
    yield TREATY
    kinds.unregister_kind(TREATY.name)


def _file(tmp_path):
    path = tmp_path / "treaties.csv"
    path.write_text(
        "id,title,kind,start,end,lane,sources,related\n"
        "rome,Treaty of Rome,treaty,1957,1993,Treaties,https://example.org/rome,\n"
        "fair,World fair,event,1958,1959,Events,https://example.org/fair,rome\n",
        encoding="utf-8",
    )
    return path


def test_a_registered_kind_is_drawn_listed_and_explained(qtbot, window, tmp_path, treaty_kind):
    assert open_and_wait(window, _file(tmp_path))
    record = window.session.dataset.get("rome")
    assert record is not None and record.kind == "treaty" and record.is_span

    # Drawn as a bar in its colour role's fill, at its position.
    window.timeline.set_x_range(*window.timeline.x_range())
    qtbot.wait(50)
    image = window.timeline.grab().toImage()
    pos = window.timeline.item_centre("rome")
    assert pos is not None
    fill = QtGui.QColor(window.timeline.chart.style.accent2_fill).name()
    row = [image.pixelColor(x, pos.y() + 4).name() for x in range(pos.x() - 60, pos.x() + 60)]
    assert row.count(fill) > 60

    # In the legend, under its own label, drawn as the other entries are.
    assert "Treaty" in window.timeline.chart.timeline_legend.labels()
    assert "Treaty, end unknown" not in window.timeline.chart.timeline_legend.labels()

    # In View › Show Items (records without a status are listed by their kind's plural),
    # and hiding it hides the treaty.
    actions = {a.data(): a for a in window.status_menu.actions()}
    assert actions["treaty"].text() == "Treaties"
    actions["treaty"].setChecked(False)
    assert window.session.layout.index_of("rome") is None
    actions["treaty"].setChecked(True)

    # In the details panel with its display name, and named by its relation label.
    window.session.select("rome")
    assert "International treaty" in window.details.plain_text()
    window.session.select("fair")
    assert "Treaty: Treaty of Rome" in window.details.plain_text()
