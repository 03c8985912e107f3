"""Files whose shape, not size, used to blow up loading (issue 13): the ``validate`` and
``records`` commands run on them in a process limited to 1.5 GB of address space and
12 s of CPU, where the quadratic or per-record-jsonschema code of before took minutes
(``benchmarks/hostile_shapes.py`` prints the figures)."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import hostile_shapes  # noqa: E402

MEMORY_BYTES = 1_500_000_000
CPU_SECONDS = 12


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


def run_limited(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m viewer ARGS`` under the limits above, without a display."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "PYQTGRAPH_QT_LIB")
    }
    env.update(XDG_CONFIG_HOME="/nonexistent/config", XDG_STATE_HOME="/nonexistent/state")
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=_limits,
    )


def _write(path: Path, document: object) -> str:
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def test_twenty_five_thousand_vis_groups_load_as_lanes(tmp_path):
    path = _write(tmp_path / "groups.json", hostile_shapes.groups_document(25_000))
    result = run_limited("validate", path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "25,000 valid records, 0 errors" in result.stdout


def test_two_hundred_thousand_empty_records_are_counted_and_good_ones_load(tmp_path):
    document = hostile_shapes.empty_document(200_000)
    good = {
        "id": "good-{}",
        "kind": "event",
        "title": "Good",
        "start": "2000",
        "lane": "a",
        "sources": ["https://example.org/"],
        "facts": [{"label": "a fact", "value": "1", "sources": ["https://example.org/"]}],
    }
    for n, at in enumerate((0, 150, 100_000, 200_000)):  # first, among, after the listed
        document["records"].insert(at + n, json.loads(json.dumps(good).replace("{}", str(n))))
    path = _write(tmp_path / "empty.json", document)

    validated = run_limited("validate", path)
    assert validated.returncode == 1, validated.stderr[-2000:]
    lines = validated.stdout.splitlines()
    assert lines[0].endswith("record 2, field 'id': missing; the format requires this field")
    assert len(lines) == 100 * 3 + 2  # three problems of each of the first 100, two more
    assert (
        "… and 199,900 more records with errors, left out without being listed (only "
        "the first 100 records with errors are); 200,000 of 200,004 records refused in "
        "all"
    ) in lines[-2]
    assert lines[-1].endswith("4 valid records, 200,200 errors, 0 warnings")

    records = run_limited("records", "--format", "jsonl", path)
    assert records.returncode == 0, records.stderr[-2000:]
    ids = [json.loads(line)["id"] for line in records.stdout.splitlines()]
    assert ids == ["good-0", "good-1", "good-2", "good-3"]
    assert "199,900 more records with errors" in records.stderr


def test_a_csv_cell_of_twenty_thousand_urls_keeps_each_once(tmp_path):
    path = tmp_path / "urls.csv"
    text = hostile_shapes.urls_csv(20_000).rstrip("\n") + ";https://example.org/7\n"
    path.write_text(text, encoding="utf-8")  # the last URL repeats the eighth
    result = run_limited("records", "--format", "jsonl", str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    urls = [s if isinstance(s, str) else s["url"] for s in row["sources"]]
    assert len(urls) == 20_000 and urls[7] == "https://example.org/7"
