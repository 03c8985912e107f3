"""Write data/examples/health.parquet and health.arrow from data/examples/health.csv.

The Parquet and Arrow examples hold the same records as the plain CSV example, in the
columns the table readers take (see README, "Opening your own data"): dates as EDTF
strings, ``people`` and ``sources`` as list columns, the title, description and ``as_of``
as the table's metadata. Run from the repository root:
``python tools/make_table_examples.py``.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.feather as feather
import pyarrow.parquet as pq

from viewer.core.importers import load_any

EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "examples"


def main() -> None:
    """Read health.csv with the viewer's own reader and write both tables."""
    dataset = load_any(EXAMPLES / "health.csv").dataset
    lane_titles = {lane.id: lane.title for lane in dataset.lanes}
    records = dataset.records
    table = pa.table(
        {
            "id": [r.id for r in records],
            "title": [r.title for r in records],
            "start": [r.start.text if r.start else None for r in records],
            "end": [(".." if r.open_end else r.end.text if r.end else None) for r in records],
            "lane": [lane_titles.get(r.lane or "", None) for r in records],
            "kind": [r.kind for r in records],
            "city": [r.place.city if r.place else None for r in records],
            "country": [r.place.country if r.place else None for r in records],
            "people": [[p.name for p in r.people] for r in records],
            "summary": [r.summary for r in records],
            "sources": [[s.url for s in r.sources] for r in records],
        },
        metadata={
            "title": dataset.title,
            "description": (
                "Example of the Parquet and Arrow formats: the records of health.csv, with "
                "list columns for people and sources."
            ),
            "as_of": dataset.as_of.text if dataset.as_of else "",
        },
    )
    pq.write_table(table, EXAMPLES / "health.parquet")
    feather.write_feather(table, EXAMPLES / "health.arrow")


if __name__ == "__main__":
    main()
