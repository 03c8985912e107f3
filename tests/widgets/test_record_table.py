"""The records table sorts by keys read from the dataset's columns, as it sorted by keys
read from each record."""

from pathlib import Path

import pytest

from tests.core.test_columns import _random_records
from tests.documents import document
from viewer.core import kinds
from viewer.core.importers import load_any
from viewer.core.loading import load_document
from viewer.widgets.record_table import COLUMNS, RecordTableModel

ROOT = Path(__file__).resolve().parents[2]


def _reference_key(r, column):
    """The key each record gave before the records were columns."""
    if column == 2:
        return r.start.first_day if r.start else -(10**9)
    if column == 3:
        return 10**9 if r.open_end else (r.end.first_day if r.end else -(10**9))
    if column == 6:
        return len(r.sources)
    text = (
        r.title,
        r.kind.replace("_", " "),
        "",
        "",
        r.place_display if (r.place or kinds.kind(r.kind).place_unknown_mark) else "",
        r.status.replace("_", " "),
    )[column]
    return text.casefold()


@pytest.mark.parametrize("source", ["interpol", "random"])
def test_each_column_sorts_as_the_records_keys_do(qapp, source):
    if source == "interpol":
        dataset = load_any(ROOT / "data" / "interpol.json").dataset
    else:
        doc = document(_random_records(2, 300), lanes=[{"id": "a", "title": "A"}])
        dataset = load_document(doc, "t").dataset
    records = tuple(dataset.records)
    model = RecordTableModel()
    model.set_dataset(dataset)
    for column in range(len(COLUMNS)):
        model.sort(column)
        shown = [model.record_id(row) for row in range(model.rowCount())]
        expected = sorted(records, key=lambda r: _reference_key(r, column))  # stable
        assert shown == [r.id for r in expected], COLUMNS[column]
