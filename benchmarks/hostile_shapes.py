"""Hostile shapes: files whose cost must follow their size, not their shape (issue 13).

Writes one file per case and times the real path in this process:

- ``groups``: a vis-timeline file of N groups, one item in each (``load_any``);
- ``facts``: one record of this viewer's format with N facts, each with its own source,
  loaded and shown in the details panel (offscreen);
- ``empty``: N empty records ``{}`` (``load_any``: every record is refused);
- ``urls``: a plain CSV file of one row whose ``sources`` cell holds N URLs (``load_any``).

Usage: ``python benchmarks/hostile_shapes.py CASE N [DIR]``; prints seconds. Run it under
``/usr/bin/time -v`` for the peak memory (maximum resident set size).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def groups_document(n: int) -> dict[str, Any]:
    """vis-timeline JSON: *n* groups, one item in each."""
    return {
        "groups": [{"id": f"g{i}", "content": f"Group {i}"} for i in range(n)],
        "items": [
            {"id": i, "group": f"g{i}", "start": "2000-01-01", "content": f"Item {i}"}
            for i in range(n)
        ],
    }


def facts_document(n: int) -> dict[str, Any]:
    """This viewer's format: one record with *n* facts, each with a source of its own."""
    facts = [
        {"label": f"Fact {i}", "value": f"value {i}", "sources": [f"https://example.org/fact/{i}"]}
        for i in range(n)
    ]
    return {
        "format": "timeline-viewer/1",
        "title": "Many facts",
        "lanes": [{"id": "a", "title": "A"}],
        "records": [
            {
                "id": "many",
                "kind": "event",
                "title": "Many facts",
                "start": "2000",
                "lane": "a",
                "sources": ["https://example.org/"],
                "facts": facts,
            }
        ],
    }


def empty_document(n: int) -> dict[str, Any]:
    """This viewer's format with *n* empty records ``{}``."""
    return {
        "format": "timeline-viewer/1",
        "title": "Empty records",
        "lanes": [{"id": "a", "title": "A"}],
        "records": [{}] * n,
    }


def urls_csv(n: int) -> str:
    """A plain CSV file of one row with *n* URLs in its ``sources`` cell."""
    return (
        "title,start,sources\nMany,2000,"
        + ";".join(f"https://example.org/{i}" for i in range(n))
        + "\n"
    )


DOCUMENTS = {"groups": groups_document, "facts": facts_document, "empty": empty_document}


def main(argv: list[str]) -> int:
    case, n = argv[0], int(argv[1])
    folder = Path(argv[2]) if len(argv) > 2 else Path(tempfile.mkdtemp())
    if case == "urls":
        path = folder / f"{case}-{n}.csv"
        path.write_text(urls_csv(n), encoding="utf-8")
    else:
        path = folder / f"{case}-{n}.json"
        path.write_text(json.dumps(DOCUMENTS[case](n)), encoding="utf-8")
    from viewer.core.importers import load_any

    t0 = time.perf_counter()
    result = load_any(path)
    t1 = time.perf_counter()
    print(
        f"{case} n={n:,}: load {t1 - t0:.2f} s, {len(result.dataset.records):,} records, "
        f"{len(result.problems):,} problems listed, {path.stat().st_size:,} bytes"
    )
    if case == "facts":
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6 import QtWidgets

        from viewer.widgets.details_panel import DetailsPanel

        app = QtWidgets.QApplication([])
        panel = DetailsPanel()
        t2 = time.perf_counter()
        panel.show_record(result.dataset.records[0], result.dataset)
        app.processEvents()
        t3 = time.perf_counter()
        print(f"details panel: {t3 - t2:.2f} s, {len(panel.plain_text()):,} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
