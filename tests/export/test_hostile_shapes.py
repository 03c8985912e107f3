"""Files of hostile shape (many lanes, a tall file at a large scale) export in bounded
time and memory, or are refused early with a message: the real command line runs in a
child process under a memory limit (RLIMIT_AS) and a timeout."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import hostile_lanes as hostile  # noqa: E402

MEMORY_LIMIT = 1_500_000_000
"""Address space of the exporting child, in bytes (Qt and numpy start at about 0.6 GB)."""

_LIMITED = f"""
import resource, runpy, sys
resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, {MEMORY_LIMIT}))
sys.argv = ["viewer"] + sys.argv[1:]
runpy.run_module("viewer", run_name="__main__")
"""


def _export(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", _LIMITED, "export", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


@pytest.mark.parametrize("extra", [(), ("--height", "800"), ("--scale", "8")])
def test_lanes_taller_than_any_image_are_refused_before_drawing(tmp_path, extra):
    """3,000 lanes need 18,000 px at 4 px a row: more than a fitted image (12,000 px), an
    800 px --height or a fitted image at scale 8 (4,000 px) give."""
    data = hostile.write("lanes", 3000, tmp_path / "lanes.json")
    out = tmp_path / "out.png"
    done = _export(data, "-o", out, *extra)
    assert done.returncode == 1, done.stderr
    # The lanes, title, caption and axis take 18,108 px; with the legend's share, more
    found = re.search(
        r"3,000 lanes need at least ([\d,]+) px of height \(4 px a row\)", done.stderr
    )
    assert found, done.stderr
    assert 18_108 <= int(found[1].replace(",", "")) <= 18_108 + 200
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_a_fitting_height_is_suggested_when_one_exists(tmp_path):
    data = hostile.write("lanes", 300, tmp_path / "lanes.json")
    done = _export(data, "-o", tmp_path / "out.png", "--height", "800")
    assert done.returncode == 1
    found = re.search(r"export --height (\d+) or more", done.stderr)
    assert found, done.stderr
    need = int(found[1])
    assert 1908 <= need <= 1908 + 200  # the lanes, title, caption, axis and the legend
    assert _export(data, "-o", tmp_path / "fits.png", "--height", str(need)).returncode == 0


def test_many_lanes_that_fit_are_drawn(tmp_path):
    data = hostile.write("lanes", 300, tmp_path / "lanes.json")
    out = tmp_path / "out.svg"
    done = _export(data, "-o", out, "--height", "2000", "--no-sources")
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    # Lanes of about 6 px: names a line apart (every lane's name would be drawn over its
    # neighbours'), the first lane's among them.
    named = set(re.findall(r">Lane (\d+)<", text))
    assert "0" in named and 60 <= len(named) < 300, len(named)


def test_declared_unused_lanes_in_a_pdf_page_are_refused(tmp_path):
    data = hostile.write("unused", 20_000, tmp_path / "unused.json")
    out = tmp_path / "out.pdf"
    done = _export(data, "-o", out)
    assert done.returncode == 1, done.stderr
    assert "20,000 lanes need at least" in done.stderr and "the page (" in done.stderr
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_a_title_of_megabytes_is_cut_before_it_is_measured(tmp_path, fmt):
    """Title, lane name and labels of 5 million characters: drawn cut, in bounded time
    and memory (a 50 MB title once took 3.5 GB)."""
    data = hostile.write("title", 5_000_000, tmp_path / "title.json")
    out = tmp_path / f"out.{fmt}"
    done = _export(data, "-o", out, "--height", "600")
    assert done.returncode == 0, done.stderr
    if fmt == "png":
        assert out.stat().st_size < 2_000_000
    else:  # the SVG's metadata holds the whole title, its drawing the cut one
        assert "A long title A long" in out.read_text(encoding="utf-8")
