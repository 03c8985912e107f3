"""Every example in data/examples loads and renders to an image."""

import pytest
from PySide6 import QtGui

from viewer.core.dates import parse_edtf
from viewer.core.importers import load_any
from viewer.core.layout import compute_layout
from viewer.core.paths import data_path
from viewer.export.image import ExportOptions, export_image
from viewer.graphics.style import LIGHT

EXAMPLES = sorted(p.name for p in data_path("examples").iterdir())


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_renders(tmp_path, name):
    result = load_any(data_path("examples", name))
    layout = compute_layout(result.dataset)
    assert len(layout.ids) == len(result.dataset.records)  # every record is drawn
    out = export_image(result.dataset, layout, tmp_path / "out.png", ExportOptions(width_px=900))
    image = QtGui.QImage(str(out))
    assert image.width() == 900 and image.height() > 200
    pixels = [image.pixel(x, y) for x in range(0, 900, 3) for y in range(0, image.height(), 3)]
    assert len(set(pixels)) > 20
    # Era bands are drawn (more of their tint than the legend's swatch alone would give).
    era = pixels.count(QtGui.QColor(LIGHT.tint_fill).rgb())
    assert era > 60, era


@pytest.mark.parametrize("years", [(1930, 1960), (1936, 1950)])
def test_an_era_behind_a_busy_first_row_is_named_lower_in_its_lane(tmp_path, years):
    # The Permanent Court's bar fills the Courts lane's first row over the whole war.
    result = load_any(data_path("examples", "courts.vis.json"))
    layout = compute_layout(result.dataset)
    options = ExportOptions(width_px=1600)
    if years is not None:
        rng = (parse_edtf(str(years[0])).first_day, parse_edtf(str(years[1])).last_day)
        options = ExportOptions(width_px=1600, x_range=rng)
    out = export_image(result.dataset, layout, tmp_path / "out.svg", options)
    assert ">Second World War<" in out.read_text("utf-8")
