"""``python -m benchmarks.hostile``: write the hostile corpus, and with ``--run`` feed it to
the viewer and print the table (see :mod:`benchmarks.hostile.runner`).

Usage: python -m benchmarks.hostile [--run] [--full] [--out DIR] [--jobs N] [--timeout S]
                                    [--only NAME ...]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from benchmarks.hostile import cases, runner  # noqa: E402


def build_parser() -> argparse.ArgumentParser:
    """The command line of the corpus."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.hostile", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--run", action="store_true", help="run validate, records and export on every input"
    )
    parser.add_argument(
        "--full", action="store_true", help="also the big and slow inputs (about 3 GB of disk)"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="folder for the inputs and runs (default: a new temporary one)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=max(1, (os.cpu_count() or 2) // 2),
        help="runs at a time (each may use up to 3 GB)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=runner.TIMEOUT_S,
        help="seconds before a run counts as hung",
    )
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these cases")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Write the corpus (and run it with ``--run``); returns 0, or 1 when a run was not
    handled or an input was modified."""
    args = build_parser().parse_args(argv)
    out = args.out or runner.scratch()
    chosen = cases.select(args.full)
    if args.only:
        chosen = tuple(c for c in cases.CASES if c.name in args.only)
    if os.geteuid() == 0:
        skipped = [c.name for c in chosen if c.root_skips]
        chosen = tuple(c for c in chosen if not c.root_skips)
        if skipped:
            print(f"skipped as root (permissions do not apply): {', '.join(skipped)}")
    started = time.monotonic()
    paths = cases.generate(out / "inputs", chosen)
    print(f"{len(paths)} inputs written to {out / 'inputs'} in {time.monotonic() - started:.1f} s")
    if not args.run:
        return 0

    def progress(done: runner.Run) -> None:
        print(
            f"  {done.case!r} {done.command}: {done.status}, exit {done.exit_code}, "
            f"{done.seconds:.1f} s, {done.peak_mb} MB",
            file=sys.stderr,
            flush=True,
        )

    jobs = [(c, command, paths[c.name]) for c in chosen for command in runner.COMMANDS]
    runs = runner.run_all(jobs, out / "runs", args.jobs, args.timeout, progress=progress)
    expected = {c.name: cases.EXPECTED_EXIT[c.expect] for c in chosen}
    print(runner.table(runs, expected))
    print(
        f"\n{len(runs)} runs in {time.monotonic() - started:.0f} s "
        f"({'/usr/bin/time -v' if runner.GNU_TIME.exists() else 'getrusage'}, "
        f"limits {args.timeout:.0f} s and {runner.MEMORY_LIMIT_BYTES // runner.GB} GB)"
    )
    statuses = runner.by_input(runs).values()
    return 0 if all(s == "handled" and not m for s, m in statuses) else 1


if __name__ == "__main__":
    sys.exit(main())
