"""Time from the run command to the first painted window with data, and export times.

Usage: python benchmarks/startup.py [--runs 5]

Starts ``python -m viewer`` in a real X11 window on Xvfb (needs the xvfb package) the given
number of times and prints each time and the median, in seconds, from process start to the
first paint of the timeline with the bundled data (reported by the app through
``TIMELINE_VIEWER_READY_FILE``). Then times ``python -m viewer export`` of the whole chart
to PNG (process start to exit) and the in-process export alone.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing


def _xvfb() -> tuple[subprocess.Popen[bytes], str]:
    for n in range(200, 260):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            proc = subprocess.Popen(
                ["Xvfb", f":{n}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            while not Path(f"/tmp/.X11-unix/X{n}").exists():
                time.sleep(0.02)
            return proc, f":{n}"
    raise SystemExit("no free display")


def time_startup(display: str) -> float:
    """Seconds from spawning the app to its first paint with data."""
    with tempfile.TemporaryDirectory() as tmp:
        ready = Path(tmp) / "ready"
        env = dict(
            os.environ,
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            TIMELINE_VIEWER_READY_FILE=str(ready),
            XDG_CONFIG_HOME=f"{tmp}/config",
            XDG_STATE_HOME=f"{tmp}/state",
        )
        t0 = time.time()
        app = subprocess.Popen(
            [sys.executable, "-m", "viewer"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            while not ready.exists() or not ready.read_text().strip():
                if app.poll() is not None:
                    raise SystemExit("the app exited before painting")
                time.sleep(0.005)
            painted = float(ready.read_text().split()[0])
        finally:
            app.terminate()
            app.wait()
    return painted - t0


def time_export_cli(out: Path) -> float:
    """Seconds for ``python -m viewer export -o OUT.png`` (whole chart), process included."""
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "viewer", "export", "-o", str(out)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def time_export_in_process(out: Path, runs: int) -> float:
    """Median seconds of :func:`viewer.export.image.export_image` alone (app already up)."""
    from viewer.app.qt_setup import ensure_app

    ensure_app(offscreen=True)
    from viewer.core.layout import compute_layout
    from viewer.core.loading import load_file
    from viewer.core.paths import BUNDLED_DATA
    from viewer.export.image import export_image

    dataset = load_file(BUNDLED_DATA).dataset
    layout = compute_layout(dataset)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        export_image(dataset, layout, out)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    xvfb, display = _xvfb()
    try:
        time_startup(display)  # warm the file cache once, not counted
        times = [time_startup(display) for _ in range(args.runs)]
    finally:
        xvfb.terminate()
    print(
        "startup to first painted window with data (s):",
        " ".join(f"{t:.3f}" for t in times),
        f"median {statistics.median(times):.3f}",
    )
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "all.png"
        cli = [time_export_cli(out) for _ in range(3)]
        print(
            "export whole chart to PNG, CLI process (s):",
            " ".join(f"{t:.3f}" for t in cli),
            f"median {statistics.median(cli):.3f}",
        )
        print(
            f"export whole chart to PNG, in process (s): median "
            f"{time_export_in_process(out, 5):.3f}"
        )


if __name__ == "__main__":
    main()
