"""Time loading N records in each supported format (read, detect, parse, validate) and the
lane layout of the result.

Usage: python benchmarks/load_formats.py [--records 100000] [--runs 3]

Writes one generated file per format to a temporary folder, loads each with
``viewer.core.importers.load_any`` and prints the median load time and file size.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing


def _date(i: int) -> tuple[int, int, int]:
    return 1800 + i % 220, 1 + i % 12, 1 + i % 28


def make_files(folder: Path, n: int) -> dict[str, Path]:
    """One file of *n* records per format, in *folder*."""
    lanes = [f"Lane {k}" for k in range(8)]
    ours = {
        "format": "timeline-viewer/1",
        "title": "bench",
        "lanes": [{"id": f"l{k}", "title": t} for k, t in enumerate(lanes)],
        "records": [
            {
                "id": f"r{i}",
                "kind": "event",
                "lane": f"l{i % 8}",
                "title": f"Record {i}",
                "start": "%04d-%02d-%02d" % _date(i),
                "sources": ["https://example.org/" + str(i)],
            }
            for i in range(n)
        ],
    }
    plain = io.StringIO()
    w = csv.writer(plain)
    w.writerow(["id", "title", "start", "end", "lane", "sources"])
    for i in range(n):
        y, m, d = _date(i)
        w.writerow(
            [
                f"r{i}",
                f"Record {i}",
                f"{y:04d}-{m:02d}-{d:02d}",
                f"{y + 1}",
                lanes[i % 8],
                f"https://example.org/{i}",
            ]
        )
    tl_events = [
        {
            "unique_id": f"r{i}",
            "start_date": dict(zip(("year", "month", "day"), map(str, _date(i)))),
            "text": {"headline": f"Record {i}", "text": f"<p>About <b>{i}</b></p>"},
            "media": {"url": f"https://example.org/{i}"},
            "group": lanes[i % 8],
        }
        for i in range(n)
    ]
    sheet = io.StringIO()
    w = csv.writer(sheet)
    w.writerow(["Year", "Month", "Day", "Headline", "Text", "Media", "Group"])
    for i in range(n):
        w.writerow(
            [
                *_date(i),
                f"Record {i}",
                f"<p>About {i}</p>",
                f"https://example.org/{i}",
                lanes[i % 8],
            ]
        )
    vis = {
        "groups": [{"id": k, "content": t} for k, t in enumerate(lanes)],
        "items": [
            {
                "id": i,
                "content": f"Record {i}",
                "start": "%04d-%02d-%02d" % _date(i),
                "group": i % 8,
            }
            for i in range(n)
        ],
    }
    files = {
        "timeline viewer JSON": ("ours.json", json.dumps(ours)),
        "plain CSV": ("plain.csv", plain.getvalue()),
        "TimelineJS JSON": ("tl.json", json.dumps({"events": tl_events})),
        "TimelineJS CSV": ("tl.csv", sheet.getvalue()),
        "vis-timeline JSON": ("vis.json", json.dumps(vis)),
    }
    out = {}
    for label, (name, text) in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        out[label] = path
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from viewer.core.importers import load_any
    from viewer.core.layout import compute_layout

    with tempfile.TemporaryDirectory() as tmp:
        for label, path in make_files(Path(tmp), args.records).items():
            times, layouts = [], []
            for _ in range(args.runs):
                t0 = time.process_time()
                result = load_any(path)
                t1 = time.process_time()
                compute_layout(result.dataset)
                layouts.append(time.process_time() - t1)
                times.append(t1 - t0)
            assert len(result.dataset.records) == args.records, result.problems[:3]
            print(
                f"{label:22s} {path.stat().st_size / 1e6:6.1f} MB  load "
                f"{statistics.median(times):6.2f} s  layout {statistics.median(layouts):5.2f} s"
            )


if __name__ == "__main__":
    main()
