"""The peer of the benchmark: a plain matplotlib script that draws the same records.

Usage: python benchmarks/matplotlib_peer.py PEER.npz LABELS.txt OUT.png

Reads the positions written by ``benchmarks/run.py`` (x in days since 1970-01-01, y in
lane units, one label per line) and draws them the way a plain script does: one bar per
span (``barh``), one marker per point (``scatter``), one text per record, the same x and y
range and the same image size as our export. Prints the seconds from the start of drawing
to the written PNG (matplotlib's import and the file reading are not counted).

matplotlib is a benchmark-only dependency (``pip install .[bench]``).
"""

from __future__ import annotations

import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

ROW_HEIGHT = 0.8


def draw(peer: dict[str, np.ndarray], labels: list[str], out: str) -> float:
    """Draw the records of *peer* and write *out*; return the seconds taken."""
    t0 = time.perf_counter()
    width_px, height_px = (int(v) for v in peer["size_px"])
    fig = plt.figure(figsize=(width_px / 100, height_px / 100), dpi=100)
    ax = fig.add_axes((0.1, 0.08, 0.88, 0.84))
    x0, x1, y0 = peer["x0"], peer["x1"], peer["y0"]
    spans, points = peer["is_span"], ~peer["is_span"]
    ax.barh(
        y0[spans] + ROW_HEIGHT / 2,
        np.maximum(x1[spans] - x0[spans], 1.0),
        left=x0[spans],
        height=ROW_HEIGHT,
        color="#a6dcc9",
        edgecolor="#00735a",
        linewidth=0.8,
    )
    ax.scatter(x0[points], y0[points] + ROW_HEIGHT / 2, s=40, color="#0072B2", zorder=3)
    for x, y, text in zip(x0.tolist(), y0.tolist(), labels):
        ax.text(x, y + ROW_HEIGHT / 2, text, fontsize=8, va="center", clip_on=True)
    ax.set_xlim(*peer["x_range"])
    ax.set_ylim(peer["y_range"][1], peer["y_range"][0])
    ax.set_yticks(peer["lane_centres"], [str(t) for t in peer["lane_titles"]])
    ax.set_title(str(peer["title"]))
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    with np.load(args[0]) as data:
        peer = {k: data[k] for k in data.files}
    with open(args[1], encoding="utf-8") as fh:
        labels = fh.read().split("\n")
    print(f"{draw(peer, labels, args[2]):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
