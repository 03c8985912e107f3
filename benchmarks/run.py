"""Benchmark of the viewer at 1,000 to 1,000,000 records, side by side with matplotlib.

Usage: python benchmarks/run.py [--sizes 1000,100000] [--json OUT] [--no-peer]
                                [--format json|parquet]

For each size, a fresh process (so that peak memory is its own) on Qt's offscreen platform:

load_s
    ``load_any`` (what File › Open reads with) of a generated file
    (``benchmarks/generate.py``; this viewer's JSON, or Parquet with ``--format
    parquet``): read, parse, validate, build the records or columns.
first_paint_s
    From handing the loaded records to the main window (1400 x 860) to its first paint:
    layout, lane items, filters and the painted window.
frame_ms_p50, frame_ms_p95
    One frame is a change of the visible range (a pan by 5 % of the width, a zoom in or
    out by 1.25, or a jump) until the event loop is idle (every paint of that step done),
    at three zoom levels: the full range, about five years (mid) and three days (day), at
    six places each. ``frame_ms_p95_full``, ``_mid`` and ``_day`` give the p95 of each level.
paints_per_step
    The most paint events the timeline's viewport received for one of those frames (one
    is the ideal: every extra paint is a whole repaint of the chart).
click_ms_p50, click_ms_p95
    A real click: a synthetic press and release (``QTest.mouseClick``) on the timeline's
    viewport at the centre of a drawn record, until the event loop is idle (the selection
    painted and the details panel filled), at 100 records at the full range and 100 at mid
    zoom. The first click after loading counts like any other.
key_ms_p50, key_ms_p95
    A press of the Right arrow key on the timeline (the next record of the lane is selected,
    scrolled into view, painted and its details shown), until the event loop is idle; 100
    presses from a record at mid zoom.
search_keystroke_ms_p50, search_keystroke_ms_p95
    One character typed in the search field (``QTest.keyClick``; the words ``Vienna``,
    ``session`` and ``President`` typed letter by letter, then cleared) until the matches
    are painted on the timeline (the rest dimmed) and the count shown, with the event loop
    idle. Above ``SEARCH_AT_ONCE_UP_TO`` records the window searches once typing pauses
    (``SEARCH_PAUSE_MS``): that deliberate pause is not counted, the search it starts is
    (the key's own work plus ``Session.search_now`` until idle).
hit_test_ms
    p95 of resolving a click to a record id (``TimelineView.records_at``, the lookup alone)
    at 200 places on drawn records, at the full range and at mid zoom.
export_png_s
    Export of the whole range to a 1600 x 1000 PNG (``export_image``), app already up.
peak_rss_mb
    The process's peak resident memory after all of the above (``getrusage``).
matplotlib_export_png_s
    ``benchmarks/matplotlib_peer.py`` drawing the same records (same positions, ranges and
    image size) in its own process; ``null`` when it ran out of time (``--peer-timeout``).

The table goes to standard output; ``--json OUT`` writes ``{"<N>": {...}}`` with the
numbers above.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
sys.path.insert(0, str(ROOT / "benchmarks"))

WINDOW_SIZE = (1400, 860)
EXPORT_SIZE = (1600, 1000)
MID_RANGE_DAYS = 5 * 365.25
DAY_RANGE_DAYS = 3.0
PLACES = (0.1, 0.3, 0.5, 0.7, 0.9, 0.99)
"""Quantiles of the records' centres where the mid and day views are placed."""
KEYS = (
    "load_s",
    "first_paint_s",
    "frame_ms_p50",
    "frame_ms_p95",
    "paints_per_step",
    "click_ms_p50",
    "click_ms_p95",
    "key_ms_p50",
    "key_ms_p95",
    "search_keystroke_ms_p50",
    "search_keystroke_ms_p95",
    "hit_test_ms",
    "export_png_s",
    "peak_rss_mb",
    "matplotlib_export_png_s",
)
CLICKS_PER_VIEW = 100
KEY_STEPS = 100


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


# -- inside the measured process ----------------------------------------------------------------


class _PaintCounter:
    """Counts the paint events a widget receives (an event filter, installed for its life)."""

    def __init__(self, widget: Any) -> None:
        from PySide6 import QtCore

        counter = self

        class _Filter(QtCore.QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
                if event.type() == QtCore.QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self._filter = _Filter()
        widget.installEventFilter(self._filter)


class _AnyPaint(_PaintCounter):
    """Counts the paints of several widgets (the timeline and the details panel)."""

    def __init__(self, *widgets: Any) -> None:
        super().__init__(widgets[0])
        for widget in widgets[1:]:
            widget.installEventFilter(self._filter)


def _until_idle(app: Any, paints: _PaintCounter) -> None:
    """Process events until two passes add no paint: the step's work and repaints are done."""
    while True:
        before = paints.count
        app.processEvents()
        if paints.count == before:
            app.processEvents()  # what the last paint posted (a deferred update)
            if paints.count == before:
                return


def _frames(
    app: Any, view: Any, centres: Any, paints: _PaintCounter
) -> tuple[dict[str, list[float]], int]:
    """Frame times in ms per zoom level and the most paints of one frame (see the module
    docstring)."""
    import numpy as np

    lo_full, hi_full = view.chart.full_range()
    places = np.quantile(centres, PLACES) if len(centres) else [0.5 * (lo_full + hi_full)]
    most = 0

    def frame(lo: float, hi: float) -> float:
        nonlocal most
        before = paints.count
        t0 = time.perf_counter()
        view.set_x_range(lo, hi)
        _until_idle(app, paints)
        elapsed = 1000 * (time.perf_counter() - t0)
        most = max(most, paints.count - before)
        return elapsed

    def walk(lo: float, hi: float, out: list[float]) -> None:
        out.append(frame(lo, hi))
        for _ in range(4):
            step = 0.05 * (hi - lo)
            lo, hi = lo + step, hi + step
            out.append(frame(lo, hi))
        for factor in (1.25, 1.25, 0.8, 0.8):
            c, half = 0.5 * (lo + hi), 0.5 * (hi - lo) / factor
            lo, hi = c - half, c + half
            out.append(frame(lo, hi))
        for _ in range(4):
            step = -0.05 * (hi - lo)
            lo, hi = lo + step, hi + step
            out.append(frame(lo, hi))

    times: dict[str, list[float]] = {"full": [], "mid": [], "day": []}
    walk(lo_full, hi_full, times["full"])
    walk(lo_full, hi_full, times["full"])
    for level, width in (("mid", MID_RANGE_DAYS), ("day", DAY_RANGE_DAYS)):
        for c in places:
            walk(float(c) - width / 2, float(c) + width / 2, times[level])
    return times, most


def _drawn_inside(app: Any, view: Any, layout: Any, lo: float, hi: float) -> Any:
    """Show ``[lo, hi]``; layout positions of the records whose centre is in view."""
    import numpy as np

    from viewer.core.layout import ROW_HEIGHT

    view.set_x_range(lo, hi)
    app.processEvents()
    (_, _), (y_top, y_bottom) = view.chart.getViewBox().viewRange()
    centre = 0.5 * (layout.x0_days + layout.x1_days)
    return np.nonzero(
        (centre > lo) & (centre < hi) & (layout.y0 > y_top) & (layout.y0 + ROW_HEIGHT < y_bottom)
    )[0]


def _clicks(app: Any, window: Any, layout: Any, rng: Any, paints: _PaintCounter) -> list[float]:
    """Milliseconds from a synthetic click on a drawn record to the idle event loop, with
    the record selected (see the module docstring)."""
    from PySide6 import QtCore
    from PySide6.QtTest import QTest

    from viewer.core.layout import ROW_HEIGHT

    view = window.timeline
    times: list[float] = []
    lo_full, hi_full = view.chart.full_range()
    mid = 0.5 * (layout.x_min_days + layout.x_max_days)
    for lo, hi in ((lo_full, hi_full), (mid - MID_RANGE_DAYS / 2, mid + MID_RANGE_DAYS / 2)):
        inside = _drawn_inside(app, view, layout, lo, hi)
        if len(inside) == 0:
            continue
        _until_idle(app, paints)
        for i in rng.choice(inside, size=CLICKS_PER_VIEW):
            x = 0.5 * float(layout.x0_days[i] + layout.x1_days[i])
            point = view.view_to_widget(x, float(layout.y0[i] + ROW_HEIGHT / 2))
            window.session.select(None)
            _until_idle(app, paints)
            t0 = time.perf_counter()
            QTest.mouseClick(
                view.viewport(),
                QtCore.Qt.MouseButton.LeftButton,
                QtCore.Qt.KeyboardModifier.NoModifier,
                point,
            )
            _until_idle(app, paints)
            times.append(1000 * (time.perf_counter() - t0))
            if window.session.selected_id is None:
                raise RuntimeError(f"a click on {layout.ids[i]!r} selected nothing")
    return times


def _key_steps(app: Any, window: Any, layout: Any, paints: _PaintCounter) -> list[float]:
    """Milliseconds from a press of the Right arrow key to the idle event loop, with the
    next record of the lane selected and shown (see the module docstring)."""
    import numpy as np
    from PySide6 import QtCore
    from PySide6.QtTest import QTest

    view = window.timeline
    mid = 0.5 * (layout.x_min_days + layout.x_max_days)
    lo, hi = mid - MID_RANGE_DAYS / 2, mid + MID_RANGE_DAYS / 2
    inside = _drawn_inside(app, view, layout, lo, hi)
    if len(inside) == 0:
        return []
    # Start in the lane with the most records, early enough to take every step.
    lanes = layout.lane[inside]
    busiest = int(np.bincount(lanes).argmax())
    start = int(inside[lanes == busiest][np.argmin(layout.x0_days[inside[lanes == busiest]])])
    window.session.select(layout.ids[start])
    view.setFocus()
    _until_idle(app, paints)
    times: list[float] = []
    for _ in range(KEY_STEPS):
        before = window.session.selected_id
        t0 = time.perf_counter()
        QTest.keyClick(view, QtCore.Qt.Key.Key_Right)
        _until_idle(app, paints)
        times.append(1000 * (time.perf_counter() - t0))
        if window.session.selected_id == before:
            break  # the lane's end
    return times


SEARCH_WORDS = ("Vienna", "session", "President")


def _search_keystrokes(app: Any, window: Any, paints: _PaintCounter) -> list[float]:
    """Milliseconds from one character typed in the search field to the idle event loop
    with its matches painted (see the module docstring)."""
    from PySide6 import QtCore
    from PySide6.QtTest import QTest

    field = window.search.field
    window.search.focus()
    _until_idle(app, paints)
    times: list[float] = []
    for word in SEARCH_WORDS:
        for char in word:
            t0 = time.perf_counter()
            QTest.keyClick(field, char)
            _until_idle(app, paints)
            if window.session.search_pending:  # the pause in typing is not counted
                elapsed = time.perf_counter() - t0
                t0 = time.perf_counter() - elapsed
                window.session.search_now()
                _until_idle(app, paints)
            times.append(1000 * (time.perf_counter() - t0))
            if window.session.state.query != field.text():
                raise RuntimeError(f"the search for {field.text()!r} did not run")
        field.selectAll()
        QTest.keyClick(field, QtCore.Qt.Key.Key_Delete)
        window.session.search_now()
        _until_idle(app, paints)
    return times


def _hit_tests(app: Any, view: Any, layout: Any, rng: Any) -> list[float]:
    """Milliseconds of ``records_at`` at 100 drawn records for each of two views."""
    import numpy as np
    from PySide6 import QtCore

    from viewer.core.layout import ROW_HEIGHT

    times: list[float] = []
    lo_full, hi_full = view.chart.full_range()
    mid = 0.5 * (layout.x_min_days + layout.x_max_days)
    for lo, hi in ((lo_full, hi_full), (mid - MID_RANGE_DAYS / 2, mid + MID_RANGE_DAYS / 2)):
        view.set_x_range(lo, hi)
        app.processEvents()
        vb = view.chart.getViewBox()
        (_, _), (y_top, y_bottom) = vb.viewRange()
        centre = 0.5 * (layout.x0_days + layout.x1_days)
        inside = np.nonzero(
            (centre > lo)
            & (centre < hi)
            & (layout.y0 > y_top)
            & (layout.y0 + ROW_HEIGHT < y_bottom)
        )[0]
        if len(inside) == 0:
            continue
        for i in rng.choice(inside, size=100):
            scene = vb.mapViewToScene(
                QtCore.QPointF(float(centre[i]), float(layout.y0[i] + ROW_HEIGHT / 2))
            )
            t0 = time.perf_counter()
            view.records_at(scene)
            times.append(1000 * (time.perf_counter() - t0))
    return times


def _write_peer_input(
    folder: Path,
    dataset: Any,
    layout: Any,
    x_range: tuple[float, float],
    y_range: tuple[float, float],
) -> None:
    """Positions and labels of the drawn records for the matplotlib peer."""
    import numpy as np

    from viewer.core.labels import short_label

    np.savez(
        folder / "peer.npz",
        x0=layout.x0_days,
        x1=layout.x1_days,
        y0=layout.y0,
        is_span=layout.is_span,
        x_range=np.array(x_range),
        y_range=np.array(y_range),
        size_px=np.array(EXPORT_SIZE),
        lane_centres=np.array([(b.y0 + b.y1) / 2 for b in layout.lanes]),
        lane_titles=np.array([b.title for b in layout.lanes]),
        title=np.array(dataset.title),
    )
    labels = (short_label(dataset.get(i), dataset).replace("\n", " ") for i in layout.ids)
    (folder / "labels.txt").write_text("\n".join(labels), encoding="utf-8")


def _export_y_range(dataset: Any, layout: Any) -> tuple[float, float]:
    """The y range (lane units) the chart shows in an export of :data:`EXPORT_SIZE`."""
    import pyqtgraph as pg
    from PySide6 import QtCore

    from viewer.export.image import CAPTION_PX, TITLE_PX
    from viewer.graphics.chart import TimelineChart

    view = pg.GraphicsView()
    view.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart = TimelineChart()
    view.setCentralItem(chart)
    view.resize(EXPORT_SIZE[0], EXPORT_SIZE[1] - TITLE_PX - CAPTION_PX)
    view.show()
    chart.set_data(dataset, layout)
    y_range = chart.getViewBox().viewRange()[1]
    view.close()
    return float(y_range[0]), float(y_range[1])


def measure(path: Path, peer_folder: Path | None) -> dict[str, float | None]:
    """Measure one file in this process (see the module docstring)."""
    import resource

    import numpy as np

    from viewer.app.memory import return_large_blocks
    from viewer.app.qt_setup import collect_garbage_on_gui_thread, ensure_app

    app = ensure_app(offscreen=True)
    collect_garbage_on_gui_thread()  # as the window's app runs
    return_large_blocks()  # as the app does (viewer.app.cli.main)
    import tempfile

    from PySide6 import QtCore

    from viewer.app import docks, settings
    from viewer.app.main_window import MainWindow

    # Never read or write the user's settings (last file, geometry) from a benchmark.
    settings.use_file(str(Path(tempfile.mkdtemp(prefix="tv-bench-")) / "settings.ini"))
    from viewer.core.importers import load_any
    from viewer.export.image import ExportError, ExportOptions, export_image

    window = MainWindow()
    window.resize(*WINDOW_SIZE)
    docks.fit_details_width(window, window.details_dock)  # as in a window of that size
    painted: list[float] = []

    class _FirstPaint(QtCore.QObject):
        def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
            if event.type() == QtCore.QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    first_paint = _FirstPaint()
    t0 = time.perf_counter()
    result = load_any(path)
    t1 = time.perf_counter()
    window.set_result(result)
    window.timeline.viewport().installEventFilter(first_paint)
    window.show()
    while not painted and time.perf_counter() - t1 < 120:
        app.processEvents()
    window.timeline.viewport().removeEventFilter(first_paint)
    out: dict[str, float | None] = {
        "records": float(len(result.dataset.records)),
        "load_s": t1 - t0,
        "first_paint_s": painted[0] - t1,
    }

    layout = window.session.layout
    assert layout is not None
    view = window.timeline
    paints = _PaintCounter(view.viewport())
    shown = _AnyPaint(view.viewport(), window.details.viewport())
    clicks = _clicks(app, window, layout, np.random.default_rng(2), shown)
    out["click_ms_p50"] = _p(clicks, 0.5)
    out["click_ms_p95"] = _p(clicks, 0.95)
    keys = _key_steps(app, window, layout, shown)
    out["key_ms_p50"] = _p(keys, 0.5) if keys else float("nan")
    out["key_ms_p95"] = _p(keys, 0.95) if keys else float("nan")
    window.session.select(None)
    searched = _search_keystrokes(
        app, window, _AnyPaint(view.viewport(), window.table.viewport(), window.search)
    )
    out["search_keystroke_ms_p50"] = _p(searched, 0.5)
    out["search_keystroke_ms_p95"] = _p(searched, 0.95)
    frames, most = _frames(app, view, 0.5 * (layout.x0_days + layout.x1_days), paints)
    every = [t for level in frames.values() for t in level]
    out["frame_ms_p50"] = _p(every, 0.5)
    out["frame_ms_p95"] = _p(every, 0.95)
    out["paints_per_step"] = float(most)
    for level, times in frames.items():
        out[f"frame_ms_p95_{level}"] = _p(times, 0.95)
    out["hit_test_ms"] = _p(_hit_tests(app, view, layout, np.random.default_rng(1)), 0.95)

    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "export.png"
        t0 = time.perf_counter()
        try:
            export_image(
                result.dataset,
                layout,
                png,
                ExportOptions(width_px=EXPORT_SIZE[0], height_px=EXPORT_SIZE[1]),
            )
        except ExportError as exc:  # the lanes do not fit the image: say so, measure the rest
            print(f"export skipped: {exc}", file=sys.stderr)
            out["export_png_s"] = None
        else:
            out["export_png_s"] = time.perf_counter() - t0
            if peer_folder is not None:
                (peer_folder / "ours.png").write_bytes(png.read_bytes())
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if peer_folder is not None:
        _write_peer_input(
            peer_folder,
            result.dataset,
            layout,
            view.chart.full_range(),
            _export_y_range(result.dataset, layout),
        )
    window.close()
    return out


# -- the driver --------------------------------------------------------------------------------


def run_size(
    n: int, peer: bool, peer_timeout: float, data_dir: Path | None, file_format: str = "json"
) -> dict[str, Any]:
    """Generate (or reuse) the file of *n* records in *file_format* (``json``: this viewer's
    format; ``parquet``), measure it in a child process and run the matplotlib peer on
    it."""
    from generate import dataset_path, parquet_path

    path = (parquet_path if file_format == "parquet" else dataset_path)(n, folder=data_dir)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        result_file = folder / "result.json"
        cmd = [sys.executable, __file__, "--child", str(path), "--result", str(result_file)]
        if peer:
            cmd += ["--peer-folder", str(folder)]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYQTGRAPH_QT_LIB="PySide6")
        subprocess.run(cmd, check=True, env=env)
        result: dict[str, Any] = json.loads(result_file.read_text(encoding="utf-8"))
        result["matplotlib_export_png_s"] = None
        if peer and importlib.util.find_spec("matplotlib") is None:
            print(
                "matplotlib is not installed: its column is left empty "
                "(pip install -e '.[bench]', or --no-peer)",
                file=sys.stderr,
            )
            peer = False
        if peer:
            try:
                done = subprocess.run(
                    [
                        sys.executable,
                        str(ROOT / "benchmarks" / "matplotlib_peer.py"),
                        str(folder / "peer.npz"),
                        str(folder / "labels.txt"),
                        str(folder / "peer.png"),
                    ],
                    check=True,
                    capture_output=True,
                    text=True,
                    timeout=peer_timeout,
                )
                result["matplotlib_export_png_s"] = float(done.stdout.split()[-1])
            except subprocess.TimeoutExpired:
                pass
    return result


def _fmt(value: Any, digits: int) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def table(results: dict[str, dict[str, Any]]) -> str:
    """The results as a Markdown table."""
    head = (
        "| records | load s | first paint s | frame p50 ms | frame p95 ms "
        "(full / mid / day) | paints per step | click p50 / p95 ms | arrow key p50 / p95 ms "
        "| search key p50 / p95 ms | hit-test ms | export PNG s | matplotlib s | ratio | peak MB |"
    )
    lines = [head, "|" + "---:|" * 14]
    for n, r in results.items():
        mpl = r.get("matplotlib_export_png_s")
        ratio = f"{mpl / r['export_png_s']:.0f}x" if mpl and r["export_png_s"] else "-"
        lines.append(
            f"| {int(n):,} | {_fmt(r['load_s'], 2)} | {_fmt(r['first_paint_s'], 2)} | "
            f"{_fmt(r['frame_ms_p50'], 1)} | {_fmt(r['frame_ms_p95'], 1)} "
            f"({_fmt(r['frame_ms_p95_full'], 1)} / {_fmt(r['frame_ms_p95_mid'], 1)} / "
            f"{_fmt(r['frame_ms_p95_day'], 1)}) | {_fmt(r['paints_per_step'], 0)} | "
            f"{_fmt(r['click_ms_p50'], 1)} / {_fmt(r['click_ms_p95'], 1)} | "
            f"{_fmt(r['key_ms_p50'], 1)} / {_fmt(r['key_ms_p95'], 1)} | "
            f"{_fmt(r.get('search_keystroke_ms_p50'), 1)} / "
            f"{_fmt(r.get('search_keystroke_ms_p95'), 1)} | "
            f"{_fmt(r['hit_test_ms'], 2)} | "
            f"{_fmt(r['export_png_s'], 2)} | {_fmt(mpl, 2)} | {ratio} | "
            f"{_fmt(r['peak_rss_mb'], 0)} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default="1000,10000,100000,1000000",
        help="comma-separated record counts (default: %(default)s)",
    )
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--no-peer", action="store_true", help="skip the matplotlib peer")
    parser.add_argument(
        "--peer-timeout",
        type=float,
        default=600.0,
        help="seconds before the peer is given up (default: %(default)s)",
    )
    parser.add_argument("--data-dir", type=Path, help="where generated files are cached")
    parser.add_argument(
        "--format",
        choices=("json", "parquet"),
        default="json",
        help="file format of the generated records (default: %(default)s)",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--peer-folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        result = measure(args.child, args.peer_folder)
        args.result.write_text(json.dumps(result), encoding="utf-8")
        return 0
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes: expected numbers separated by commas, got {args.sizes!r}")
    results: dict[str, dict[str, Any]] = {}
    for n in sizes:
        print(f"measuring {n:,} records…", file=sys.stderr, flush=True)
        results[str(n)] = run_size(
            n, not args.no_peer, args.peer_timeout, args.data_dir, args.format
        )
    print(f"format: {args.format}")
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
