"""Each drawn record's look, read from the columns, is the look of the record itself."""

import sys
from pathlib import Path

import pytest

from tests.conftest import MINI
from viewer.core.importers import load_any
from viewer.core.layout import compute_layout
from viewer.core.loading import load_document
from viewer.core.paths import BUNDLED_DATA
from viewer.graphics.looks import look_of
from viewer.graphics.model import ChartModel
from viewer.graphics.style import DARK, LIGHT

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import generate  # noqa: E402


def _datasets(tmp_path):
    yield load_any(BUNDLED_DATA).dataset
    yield load_any(MINI).dataset
    yield load_document(generate.generate_document(2000, seed=9), "g.json").dataset
    yield load_any(generate.parquet_path(2000, seed=9, folder=tmp_path)).dataset


@pytest.mark.parametrize("style", [LIGHT, DARK])
def test_looks_from_the_columns_are_the_records_looks(tmp_path, style):
    for dataset in _datasets(tmp_path):
        layout = compute_layout(dataset)
        model = ChartModel(dataset, layout, style)
        for i in range(len(layout.ids)):
            assert model.look(i) == look_of(model.records[i], style), layout.ids[i]
