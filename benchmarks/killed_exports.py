"""Litter left by killed exports: start CLI exports and ``kill -9`` them at random moments.

Usage: python benchmarks/killed_exports.py [--runs 18] [--records 10000] [--formats png]
                                           [--seed 0] [--keep DIR]

Each run exports a synthetic file (``benchmarks/generate.py``) with
``python -m viewer export -o DIR/chart.FMT`` into a folder that already holds an older
``chart.FMT``, and kills the process (SIGKILL, no clean-up possible) at a moment drawn
uniformly from the start to the end of an uninterrupted export of the same file (measured
once first). After each run it counts the files in the folder other than the target and
checks that the target is either the old file, untouched, or a complete new one.

Prints, for each format: runs, runs killed before they finished, runs that left files
beside the target (and their names), runs whose target is neither the old file nor a
complete new one. Exit status 1 when any run left a file or damaged the target.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

OLD = b"old file, must survive a killed export\n"


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return env


def _command(data: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "viewer", "export", str(data), "-o", str(out)]


def _complete(path: Path, fmt: str) -> bool:
    """Whether *path* is a whole file of *fmt* (by its ending: PNG's IEND, PDF's %%EOF,
    SVG's closing tag)."""
    tail = path.read_bytes()[-64:]
    return {"png": b"IEND" in tail, "pdf": b"%%EOF" in tail, "svg": b"</svg>" in tail}[fmt]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=18)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--formats", default="png", help="comma-separated: png,svg,pdf")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="work in this folder and keep it (default: a temporary one)",
    )
    args = parser.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="killed-exports-"))
    work.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "generate.py"),
            str(args.records),
            "--out",
            str(work / "data"),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    data = next((work / "data").glob(f"synthetic-{args.records}-*.json"))
    rng = random.Random(args.seed)
    failed = False
    for fmt in args.formats.split(","):
        folder = work / f"out-{fmt}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        target = folder / f"chart.{fmt}"
        t0 = time.perf_counter()
        subprocess.run(_command(data, target), env=_env(), check=True, stdout=subprocess.DEVNULL)
        full_s = time.perf_counter() - t0
        killed = littered = damaged = 0
        names: set[str] = set()
        for _ in range(args.runs):
            target.write_bytes(OLD)
            proc = subprocess.Popen(
                _command(data, target),
                env=_env(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.0, full_s))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.wait()
            others = sorted(p.name for p in folder.iterdir() if p != target)
            if others:
                littered += 1
                names.update(others)
            if target.read_bytes() != OLD and not _complete(target, fmt):
                damaged += 1
            for name in others:
                (folder / name).unlink()
        print(
            f"{fmt}: {args.runs} runs (an uninterrupted export takes {full_s:.1f} s), "
            f"{killed} killed, {littered} left files beside the target, "
            f"{damaged} damaged the target"
        )
        if names:
            print(f"  left: {', '.join(sorted(names)[:6])}{' …' if len(names) > 6 else ''}")
        failed = failed or littered > 0 or damaged > 0
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
