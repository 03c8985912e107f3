"""A chart exported from records held as columns is the chart the records gave before:
the same SVG text as the record-by-record layout of the same records, as plain tuples."""

from pathlib import Path

import pytest

from tests.core import reference_layout
from viewer.core.importers import load_any
from viewer.core.layout import compute_layout
from viewer.core.records import Dataset
from viewer.export.image import ExportOptions, export_image

ROOT = Path(__file__).resolve().parents[2]
FILES = [
    ROOT / "data" / "interpol.json",
    ROOT / "data" / "examples" / "institutions.json",
    ROOT / "data" / "examples" / "courts.vis.json",
    ROOT / "tests" / "fixtures" / "mini.json",
]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_svg_export_is_the_same_as_from_records(tmp_path, path):
    dataset = load_any(path).dataset
    plain = Dataset(
        dataset.title,
        dataset.lanes,
        tuple(dataset.records),
        dataset.description,
        dataset.as_of,
        dataset.path,
    )
    options = ExportOptions(width_px=1200)
    new = export_image(dataset, compute_layout(dataset), tmp_path / "new.svg", options)
    old = export_image(plain, reference_layout.compute_layout(plain), tmp_path / "old.svg", options)
    new_text, old_text = Path(new).read_text("utf-8"), Path(old).read_text("utf-8")
    assert "<svg" in new_text and len(new_text) > 2000
    assert new_text.replace("new.svg", "old.svg") == old_text
