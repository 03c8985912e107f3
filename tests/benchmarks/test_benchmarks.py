"""The benchmark harness keeps working: the generator's records are valid and
``benchmarks/run.py`` runs at N = 1,000 (no timing is asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from viewer.core.layout import compute_layout
from viewer.core.loading import load_document

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate  # noqa: E402
import run  # noqa: E402


def test_generated_records_are_valid_and_mixed():
    doc = generate.generate_document(1000, seed=3)
    result = load_document(doc, "synthetic.json")
    assert result.problems == ()
    assert len(result.dataset.records) == 1000
    layout = compute_layout(result.dataset)
    kinds = Counter(r.kind for r in result.dataset.records)
    assert set(kinds) == {
        "session",
        "presidency",
        "secretary_general",
        "handover",
        "article",
        "no_session",
        "event",
    }
    assert layout.is_span.any() and (~layout.is_span).any()
    assert len(layout.lanes) == len(generate.LANES)
    years = [r.start.year for r in result.dataset.records if r.start is not None]
    assert 1800 <= min(years) and max(years) <= 2025
    # The same seed gives the same records; another seed other records.
    assert generate.generate_document(1000, seed=3) == doc
    assert generate.generate_document(1000, seed=4) != doc


def test_generated_parquet_holds_the_same_records(tmp_path):
    from viewer.core.importers import load_any

    assert (
        generate.main(["1000", "--seed", "3", "--out", str(tmp_path), "--format", "parquet"]) == 0
    )
    result = load_any(generate.parquet_path(1000, 3, tmp_path))
    assert result.format == "parquet" and result.problems == ()
    ours = load_document(generate.generate_document(1000, seed=3), "synthetic.json").dataset
    assert [
        (r.id, r.kind, r.title, r.start, r.end, r.open_end, r.status, r.place, r.sources)
        for r in result.dataset.records
    ] == [
        (r.id, r.kind, r.title, r.start, r.end, r.open_end, r.status, r.place, r.sources)
        for r in ours.records
    ]
    titles = {lane.id: lane.title for lane in ours.lanes}
    assert [titles.get(r.lane) for r in ours.records] == [
        next((lane.title for lane in result.dataset.lanes if lane.id == r.lane), None)
        for r in result.dataset.records
    ]


def test_a_large_parquet_file_is_written_in_parts(tmp_path, monkeypatch):
    # Above PARQUET_PART records the file is written a part at a time (each part its own
    # seed, ids prefixed by part): all rows, ids unique, read into columns without problems
    from viewer.core.importers import load_any

    monkeypatch.setattr(generate, "PARQUET_PART", 100)
    result = load_any(generate.parquet_path(250, 0, tmp_path))
    ids = result.dataset.columns.ids
    assert len(ids) == 250 and len(set(ids)) == 250 and result.problems == ()
    assert {i.split("-", 1)[0] for i in ids} == {"p0", "p1", "p2"}
    assert len(load_any(generate.parquet_path(205, 0, tmp_path)).dataset.columns.ids) == 205


def test_generator_refuses_tiny_sizes():
    with pytest.raises(ValueError, match="at least 20"):
        generate.generate_document(5)


@pytest.mark.parametrize("file_format", ["json", "parquet"])
def test_run_at_1000_records_writes_every_number(tmp_path, file_format):
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--sizes",
            "1000",
            "--no-peer",
            "--json",
            str(out),
            "--data-dir",
            str(tmp_path / "data"),
            "--format",
            file_format,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=dict(
            os.environ,
            XDG_CONFIG_HOME=str(tmp_path / "config"),
            XDG_STATE_HOME=str(tmp_path / "state"),
        ),
    )
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "config" / "timeline-viewer").exists()  # settings left alone
    results = json.loads(out.read_text(encoding="utf-8"))
    assert list(results) == ["1000"]
    numbers = results["1000"]
    assert numbers["records"] == 1000
    for key in run.KEYS:
        assert key in numbers
        if key != "matplotlib_export_png_s":
            assert numbers[key] > 0, key
    assert numbers["matplotlib_export_png_s"] is None  # --no-peer
    assert "| 1,000 |" in done.stdout
    assert f"format: {file_format}" in done.stdout
    assert list((tmp_path / "data").glob(f"*.{file_format}"))  # the file measured


def test_matplotlib_peer_draws_a_png(tmp_path):
    pytest.importorskip("matplotlib")
    import matplotlib_peer
    import numpy as np

    peer = {
        "x0": np.array([0.0, 100.0]),
        "x1": np.array([50.0, 100.0]),
        "y0": np.array([0.1, 1.1]),
        "is_span": np.array([True, False]),
        "x_range": np.array([-10.0, 120.0]),
        "y_range": np.array([-0.25, 2.0]),
        "size_px": np.array([400, 300]),
        "lane_centres": np.array([0.5, 1.5]),
        "lane_titles": np.array(["A", "B"]),
        "title": np.array("t"),
    }
    png = tmp_path / "peer.png"
    assert matplotlib_peer.draw(peer, ["bar", "point"], str(png)) > 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
