"""Timeline files of hostile shape (small in records, large in lanes or text), for the
benchmarks of issue 13 and the tests that check their cost stays bounded.

Usage: python benchmarks/hostile_lanes.py SHAPE N -o FILE

Shapes (each valid against ``data/timeline.schema.json``):

- ``lanes``: N lanes, one event in each (every lane drawn);
- ``unused``: N declared lanes, 3 records in the first lane (the other lanes empty);
- ``title``: 3 records whose title and the file's title are N characters long.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

SOURCE = ["https://example.org/source"]


def _event(k: int, lane: str, title: str) -> dict[str, Any]:
    return {
        "id": f"r{k}",
        "kind": "event",
        "lane": lane,
        "title": title,
        "start": f"{1900 + k % 100}-0{1 + k % 9}-1{k % 10}",
        "sources": SOURCE,
    }


def many_lanes(n: int) -> dict[str, Any]:
    """*n* lanes with one event each."""
    return {
        "format": "timeline-viewer/1",
        "title": f"{n} lanes",
        "lanes": [{"id": f"l{k}", "title": f"Lane {k}"} for k in range(n)],
        "records": [_event(k, f"l{k}", f"Event {k}") for k in range(n)],
    }


def unused_lanes(n: int) -> dict[str, Any]:
    """*n* declared lanes; three events, all in the first."""
    return {
        "format": "timeline-viewer/1",
        "title": f"{n} lanes, 3 records",
        "lanes": [{"id": f"l{k}", "title": f"Lane {k}"} for k in range(n)],
        "records": [_event(k, "l0", f"Event {k}") for k in range(3)],
    }


def long_title(n: int) -> dict[str, Any]:
    """Three events (and the file) with titles of *n* characters."""
    text = ("A long title " * (n // 13 + 1))[:n]
    return {
        "format": "timeline-viewer/1",
        "title": text,
        "lanes": [{"id": "l0", "title": text}],
        "records": [_event(k, "l0", text) for k in range(3)],
    }


SHAPES = {"lanes": many_lanes, "unused": unused_lanes, "title": long_title}


def write(shape: str, n: int, path: str | Path) -> Path:
    """Write the document of *shape* and size *n* to *path* (JSON); return the path."""
    path = Path(path)
    path.write_text(json.dumps(SHAPES[shape](n)), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("shape", choices=tuple(SHAPES))
    p.add_argument("n", type=int)
    p.add_argument("-o", "--out", required=True)
    args = p.parse_args(argv)
    write(args.shape, args.n, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
