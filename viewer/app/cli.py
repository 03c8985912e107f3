"""Command line: ``python -m viewer`` / ``timeline-viewer``.

Arguments are parsed before Qt is imported, so ``--help`` and argument errors are fast and
never need a display. Exit codes: 0 success, 1 data errors (``validate``) or failed work,
2 unusable input or bad arguments, 70 an unexpected internal error (a bug: logged with its
traceback, see :func:`_guarded`).
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from viewer.app.memory import return_large_blocks
from viewer.app.version import version_text
from viewer.core import export_spec as spec
from viewer.core.export_spec import Limit
from viewer.core.i18n import LANGUAGES
from viewer.core.words import plural

if TYPE_CHECKING:
    from viewer.core.loading import LoadResult
    from viewer.core.records import Dataset

COMMANDS = ("export", "records", "validate")

EXIT_INTERNAL_ERROR = 70
"""Exit code of an unexpected internal error (``EX_SOFTWARE`` of sysexits.h), so that a
script can tell a bug from bad data (1) or an unusable file or argument (2)."""


def _range(text: str) -> tuple[float, float] | None:
    from viewer.core.ranges import parse_range

    try:
        return parse_range(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _bounded(convert: type, limit: Limit, what: str):  # type: ignore[no-untyped-def]
    """An argparse type: *convert* the text and check it lies within *limit*."""

    def parse(text: str):  # type: ignore[no-untyped-def]
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a valid {what}") from None
        problem = limit.problem(value)
        if problem:
            raise argparse.ArgumentTypeError(problem)
        return value

    return parse


def _lang_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=tuple(LANGUAGES),
        default=None,
        help="interface language: English, French, Spanish or Arabic (default: the one "
        "chosen in View > Language, else the system's)",
    )


def _file_arg(parser: argparse.ArgumentParser) -> None:
    from viewer.core.importers import FORMATS

    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help=f"timeline file: {', '.join(FORMATS.values())} (default: the bundled INTERPOL record)",
    )
    parser.add_argument(
        "--date-format",
        type=str.upper,
        choices=("DMY", "MDY"),
        default=None,
        help="read slash dates (03/04/1923) as day/month/year or "
        "month/day/year (default: reject them)",
    )


class _VersionAction(argparse.Action):
    """``--version``: print :func:`version_text` on one line (argparse would wrap it)."""

    def __init__(
        self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: object
    ) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=kwargs.get("help")
        )  # type: ignore[arg-type]

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(version_text())
        parser.exit()


class _Parser(argparse.ArgumentParser):
    """An argument parser whose help and messages raise what writing them raises
    (argparse drops an ``OSError``: ``--help > /dev/full`` exited 0, its text lost: a
    trial). Its sub-command parsers are of this class too."""

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        if message:
            (file or sys.stderr).write(message)


def build_window_parser() -> argparse.ArgumentParser:
    """Parser of the window mode: ``timeline-viewer [FILE] [options]``."""
    p = _Parser(
        prog="timeline-viewer",
        description="Explore a timeline. Sub-commands: export, records, validate "
        "(see 'timeline-viewer COMMAND --help').",
    )
    _file_arg(p)
    p.add_argument(
        "--version",
        action=_VersionAction,
        help="print the versions of the app, Python, Qt, PySide6 and pyqtgraph",
    )
    _lang_arg(p)
    p.add_argument("--select", metavar="ID", help="select this record at start")
    p.add_argument(
        "--range",
        type=_range,
        metavar="FROM:TO",
        help="initial view: years (2010:2027) or ISO dates",
    )
    p.add_argument(
        "--screenshot",
        metavar="OUT.png",
        help="render the window to a PNG without a display, then exit",
    )
    p.add_argument(
        "--reset-settings",
        action="store_true",
        help="forget the saved settings (window, theme, last file and view, "
        "export choices) before starting",
    )
    return p


def build_command_parser() -> argparse.ArgumentParser:
    """Parser of the sub-commands that work without a window."""
    p = _Parser(prog="timeline-viewer")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("export", help="export the chart to PNG, SVG or PDF (no display needed)")
    _file_arg(e)
    e.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="output file: " + ", ".join("." + f for f in spec.FORMATS),
    )
    e.add_argument(
        "--range",
        type=_range,
        default=None,
        metavar="FROM:TO",
        help="years (2010:2027), ISO dates (2025-11-20:2025-12-01) or 'all' "
        "(default: the window's opening view, which is all); drawn as "
        "asked, also outside the data",
    )
    defaults = spec.ExportOptions()
    e.add_argument(
        "--width",
        type=_bounded(int, spec.WIDTH_PX, "whole number of pixels"),
        default=None,  # given or not: a PDF warns that it ignores it
        metavar="PX",
        help=f"image width in pixels ({spec.WIDTH_PX.describe()}, default {defaults.width_px})",
    )
    e.add_argument(
        "--height",
        type=_bounded(int, spec.HEIGHT_PX, "whole number of pixels"),
        default=defaults.height_px,
        metavar="PX",
        help=f"image height in pixels ({spec.HEIGHT_PX.describe()}; default: "
        f"as tall as the content needs, at most "
        f"{spec.NATURAL_HEIGHT_MAX_PX} px)",
    )
    e.add_argument(
        "--scale",
        type=_bounded(float, spec.SCALE, "scale factor"),
        default=defaults.scale,
        metavar="S",
        help="scale: a PNG or SVG is round(width x S) by round(height x S) pixels; "
        "lines and text grow with it, on a PDF's page too "
        f"({spec.SCALE.describe()}, default {defaults.scale:g}; at most "
        f"{spec.MAX_SIDE_PX} pixels a side and {spec.MAX_PNG_PIXELS:,} "
        "pixels a PNG)",
    )
    e.add_argument(
        "--page",
        choices=spec.PAGES,
        default=None,  # given or not: a PNG or SVG warns that it ignores it
        help=f"PDF page size (default {defaults.page})",
    )
    orient = e.add_mutually_exclusive_group()
    orient.add_argument(
        "--landscape",
        dest="landscape",
        action="store_true",
        default=None,
        help="PDF page in landscape" + (" (default)" if defaults.landscape else ""),
    )
    orient.add_argument(
        "--portrait",
        dest="landscape",
        action="store_false",
        help="PDF page in portrait" + ("" if defaults.landscape else " (default)"),
    )
    e.add_argument(
        "--title",
        default=defaults.title,
        help="title above the chart (default: the file's own title)",
    )
    e.add_argument("--no-legend", dest="legend", action="store_false", help="leave out the legend")
    e.add_argument(
        "--no-sources",
        dest="sources",
        action="store_false",
        help="leave out the numbered source footnotes",
    )
    e.add_argument(
        "--theme",
        choices=tuple(spec.THEMES),
        default=defaults.theme,
        help=f"colours (default {defaults.theme})",
    )
    e.add_argument(
        "--select", metavar="ID", help="highlight this record in the figure (default: no highlight)"
    )
    e.add_argument(
        "--lanes",
        metavar="LANE,...",
        help="only these lanes, by id or title, separated by commas (default: every lane; "
        "fewer lanes need less height)",
    )
    _lang_arg(e)
    e.add_argument(
        "--view",
        choices=("timeline", "map"),
        default="timeline",
        help="what to export: the timeline (default) or the map of the places",
    )
    r = sub.add_parser("records", help="print the records")
    _file_arg(r)
    r.add_argument(
        "--format",
        choices=("jsonl", "json", "csl-json"),
        default="jsonl",
        help="jsonl: one JSON object per line (default); json: one array; csl-json: an "
        "array of CSL-JSON items, to cite the records in a reference manager",
    )
    v = sub.add_parser("validate", help="check a file and list its problems")
    _file_arg(v)
    v.add_argument(
        "--qa",
        action="store_true",
        help="also run the data checks (unsourced claims, inferred values, "
        "disputes, term gaps and overlaps, session numbering)",
    )
    v.add_argument(
        "--coverage", action="store_true", help="print a Markdown table of what the record covers"
    )
    return p


def _load(file: str | None, date_format: str | None = None) -> LoadResult:
    from viewer.core.importers import load_any
    from viewer.core.paths import BUNDLED_DATA

    return load_any(Path(file) if file else BUNDLED_DATA, date_format=date_format)


def _err(message: str) -> None:
    from viewer.core.errors import one_line

    print(f"timeline-viewer: {one_line(message)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0, 1, 2 or :data:`EXIT_INTERNAL_ERROR`,
    see the module docstring)."""
    return_large_blocks()  # large arrays freed go back to the system (see its module)
    args_list = _range_values_joined(list(sys.argv[1:] if argv is None else argv))
    try:
        if args_list and args_list[0] in COMMANDS:
            args = _parsed(build_command_parser(), args_list)
            handler = {
                "export": _cmd_export,
                "records": _cmd_records,
                "validate": _cmd_validate,
            }[args.command]
            return _guarded(handler, args)
        return _guarded(_run_window, _parsed(build_window_parser(), args_list))
    except BrokenPipeError:  # `validate | head -1`, `--version | true`: exit 0, quietly
        _quiet_stdout()
        return 0
    except OSError as exc:  # `records > /dev/full` (`--version`'s gave a traceback: a trial)
        if exc.errno not in _OUTPUT_ERRNOS:
            raise
        _quiet_stdout()
        _err(f"could not write the output ({exc.strerror or exc})")
        return 1


def _parsed(parser: argparse.ArgumentParser, args: list[str]) -> argparse.Namespace:
    """*args* parsed by *parser*; after ``--help`` or ``--version`` (which exit with 0),
    what they printed is flushed here, so that output that cannot be written is said
    (``--help > /dev/full`` exited 0, its text lost: a trial)."""
    try:
        return parser.parse_args(args)
    except SystemExit as done:
        if done.code in (0, None):
            sys.stdout.flush()
        raise


def _range_values_joined(args: list[str]) -> list[str]:
    """*args* with ``--range -0044:2027`` written ``--range=-0044:2027``: argparse takes a
    value that starts with ``-`` for an option (``expected one argument``), but a range
    may start with a negative (astronomical) year."""
    out: list[str] = []
    i = 0
    while i < len(args):
        if args[i] == "--":  # the rest are file names, as they are
            return out + args[i:]
        if args[i] == "--range" and i + 1 < len(args) and args[i + 1].startswith("-"):
            if args[i + 1][1:2].isdigit():
                out.append(f"--range={args[i + 1]}")
                i += 2
                continue
        out.append(args[i])
        i += 1
    return out


def _guarded(run: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """``run(args)``; an exception that escapes it (a bug: files and arguments are checked
    with messages of their own) is logged with its traceback (see
    :func:`viewer.app.errors.log_path`) and told on one line of standard error, and the
    exit code is :data:`EXIT_INTERNAL_ERROR`."""
    try:
        return run(args)
    except OSError as exc:
        # A reader of standard output that stopped early (`validate | head -1`) or output
        # that cannot be written (`records > /dev/full`) is no bug: :func:`main` says so
        # (both were told as internal errors, exit 70: a trial)
        if isinstance(exc, BrokenPipeError) or exc.errno in _OUTPUT_ERRNOS:
            raise
        return _internal_error(exc)
    except Exception as exc:  # noqa: BLE001  # the last guard: no traceback on the terminal
        return _internal_error(exc)


_OUTPUT_ERRNOS = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO") if hasattr(errno, name)
)
"""Errors of writing standard output (a full disk, a quota, a file too large, a device
that fails) that are no bug of the viewer."""


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's last flush of
    what could not be written says nothing."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _internal_error(exc: BaseException) -> int:
    """Log *exc* (a bug) with its traceback, tell it on one line of standard error and
    return :data:`EXIT_INTERNAL_ERROR` (see :func:`_guarded`)."""
    import logging
    import traceback

    from viewer.app import errors

    path = errors.setup_logging()
    if any(isinstance(h, logging.FileHandler) for h in errors.log.handlers):
        errors.log.error("Unexpected error in %s:\n%s", " ".join(sys.argv), traceback.format_exc())
        where = f"the details are logged in {path}"
    else:
        where = f"the details could not be logged ({path} cannot be written)"
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    _err(f"internal error ({detail[:300]}), not a problem found in the file; {where}")
    return EXIT_INTERNAL_ERROR


def _load_or_report(args: argparse.Namespace, out: object = None) -> LoadResult | None:
    """Load ``args.file``; print its problems to *out* (default stderr); ``None`` when the
    file cannot be used (the reason is printed)."""
    from viewer.core.loading import LoadError

    try:
        result = _load(args.file, args.date_format)
    except LoadError as exc:
        _err(str(exc))
        return None
    for problem in result.problems:
        print(problem, file=out or sys.stderr)  # type: ignore[call-overload]
    return result


def _cmd_records(args: argparse.Namespace) -> int:
    from viewer.core.display_text import escaped_json
    from viewer.core.serialize import record_to_json

    result = _load_or_report(args)
    if result is None:
        return 2
    dataset = result.dataset
    if args.format == "csl-json":
        from viewer.app.version import name_and_version
        from viewer.core.citation import iter_csl_json

        # Written item by item: memory stays that of one item, whatever the file's size.
        for piece in iter_csl_json(dataset.records, dataset, name_and_version()):
            sys.stdout.write(escaped_json(piece))
    elif args.format == "json":
        # Record by record, as json.dumps writes the whole list with indent=1: memory
        # stays that of one record (the list of a million took 5.8 GB, a trial).
        sys.stdout.write("[")
        separator = "\n"
        for record in dataset.records:
            item = json.dumps(record_to_json(record), ensure_ascii=False, indent=1)
            sys.stdout.write(separator + escaped_json(textwrap.indent(item, " ")))
            separator = ",\n"
        sys.stdout.write("]\n" if separator == "\n" else "\n]\n")
    else:
        for record in dataset.records:
            line = json.dumps(record_to_json(record), ensure_ascii=False)
            sys.stdout.write(escaped_json(line) + "\n")
    sys.stdout.flush()  # a reader that stopped early: main() exits 0 quietly
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from viewer.core.errors import one_line
    from viewer.core.importers import FORMATS

    result = _load_or_report(args, out=sys.stdout)
    if result is None:
        return 2
    errors = result.error_count
    warnings = result.warning_count
    print(
        f"{one_line(result.dataset.path)}: read as "
        f"{FORMATS.get(result.format, result.format)}: "
        f"{plural(len(result.dataset.records), 'valid record')}, {plural(errors, 'error')}, "
        f"{plural(warnings, 'warning')}"
    )
    not_drawn = _not_drawn_note(result.dataset)
    if not_drawn:
        print(f"{one_line(result.dataset.path)}: {not_drawn}")
    if getattr(args, "qa", False):
        from viewer.core.qa import check_dataset

        findings = check_dataset(result.dataset)
        for finding in findings:
            print(finding)
        print(f"{one_line(result.dataset.path)}: {len(findings)} data-check findings")
    if getattr(args, "coverage", False):
        from viewer.core.coverage import coverage_markdown

        print(coverage_markdown(result.dataset))
    return 1 if errors else 0


def _not_drawn_note(dataset: Dataset) -> str:
    """``not drawn: 2 valid records without a date ('a', 'b'), 1 without a lane ('c')``
    for the valid records of *dataset* that no chart draws, their first ids named; ``""``
    when there are none. An export of such a file said "nothing to draw ... 'validate'
    lists them", and validate listed nothing (a trial). O(n) in numpy."""
    import numpy as np

    from viewer.core import kinds
    from viewer.core.dates import shown

    cols = dataset.columns
    no_date = np.flatnonzero(~cols.has_start & ~cols.has_end & ~cols.open_end & (cols.lane >= 0))
    bands = cols.codes_of(cols.kind_names, kinds.shape_kinds("band"))[cols.kind]
    no_lane = np.flatnonzero((cols.lane < 0) & ~bands)
    parts = []
    for found, what in ((no_date, "without a date"), (no_lane, "without a lane")):
        if len(found):
            ids = ", ".join(shown(cols.ids[int(p)]) for p in found[:_NAMED_NOT_DRAWN])
            more = ", ..." if len(found) > _NAMED_NOT_DRAWN else ""
            count = plural(len(found), "valid record") if not parts else f"{len(found):,}"
            parts.append(f"{count} {what} ({ids}{more})")
    return "not drawn: " + ", ".join(parts) if parts else ""


_NAMED_NOT_DRAWN = 5
"""Records named in validate's note of those not drawn (the rest are counted)."""


def _cmd_export(args: argparse.Namespace) -> int:
    defaults = spec.ExportOptions()
    given = [
        name
        for name, value in (
            ("--width", args.width),
            ("--height", args.height),
            ("--page", args.page),
            ({True: "--landscape", False: "--portrait"}.get(args.landscape), args.landscape),
        )
        if value is not None and name is not None
    ]
    options = spec.ExportOptions(
        x_range=args.range,
        width_px=defaults.width_px if args.width is None else args.width,
        height_px=args.height,
        scale=args.scale,
        title=args.title,
        selected=args.select,
        legend=args.legend,
        sources=args.sources,
        theme=args.theme,
        page=defaults.page if args.page is None else args.page,
        landscape=defaults.landscape if args.landscape is None else args.landscape,
    )
    # Bad arguments are refused (exit 2) before the file is read or Qt is started.
    try:
        fmt = spec.format_of(args.output)
        spec.validate(options, fmt)
    except spec.InvalidExport as exc:
        _err(f"{args.output}: {exc}")
        return 2
    ignored = " and ".join(spec.ignored_options(given, fmt))
    if ignored and fmt == "pdf":
        _err(f"warning: {ignored}: a PDF takes the size of its --page; ignored")
    elif ignored:
        _err(f"warning: {ignored}: only a PDF has a page; ignored")
    result = _load_or_report(args)
    if result is None:
        return 2
    if args.select and result.dataset.get(args.select) is None:
        _err(f"--select: no record with id {args.select!r} in {result.dataset.path}")
        return 2
    from viewer.app.qt_setup import ensure_app

    ensure_app(offscreen=True)
    from viewer.app import language

    language.install(language.chosen(args.lang))
    from viewer.core.layout import compute_layout
    from viewer.core.load_messages import nothing_to_draw
    from viewer.export.image import ExportError, export_image

    if args.view == "map":
        return _export_map(result, args.output, options, args.select)
    hidden: frozenset[str] = frozenset()
    if args.lanes:
        lanes = result.dataset.lanes
        # Lanes are named by id or title, case ignored ("conferences" is "Conferences").
        asked = [name.strip() for name in args.lanes.split(",") if name.strip()]
        wanted = {name.casefold() for name in asked}
        known = {n.casefold() for lane in lanes for n in (lane.id, lane.title)}
        unknown = [name for name in asked if name.casefold() not in known]
        if unknown:
            _err(
                f"--lanes: no lane {', '.join(map(repr, unknown))} in {result.dataset.path}; "
                f"its lanes: {', '.join(repr(lane.title) for lane in lanes[:20])}"
                + (", …" if len(lanes) > 20 else "")
            )
            return 2
        hidden = frozenset(
            lane.id
            for lane in lanes
            if lane.id.casefold() not in wanted and lane.title.casefold() not in wanted
        )
    layout = compute_layout(result.dataset, hidden_lanes=hidden, within=args.range)
    if not layout.ids and not (args.range and compute_layout(result.dataset, hidden).ids):
        _err(nothing_to_draw(result.dataset.path, len(result.dataset.records), result.error_count))
        return 1
    if args.select and layout.index_of(args.select) is None:
        _err(f"warning: --select: {_not_drawn(result.dataset, args.select, hidden)}")
    try:
        written = export_image(result.dataset, layout, args.output, options)
    except ExportError as exc:
        _err(str(exc))
        return 1
    print(written)
    return 0


def _not_drawn(dataset: Dataset, record_id: str, hidden_lanes: frozenset[str]) -> str:
    """Why the record *record_id* of *dataset* is not in an export's figure (it exists),
    as a sentence: the figure is written without a highlight (a new user's export of a
    record outside ``--range`` said nothing)."""
    record = dataset.get(record_id)
    assert record is not None
    if record.lane is None:
        why = "it has no lane"
    elif record.lane in hidden_lanes:
        why = "its lane is left out by --lanes"
    elif record.start is None and record.end is None:
        why = "it has no date"
    elif record.start is None and not record.is_span:
        why = "it has no start, where a marker is drawn"  # said "outside --range" (a trial)
    else:
        why = "it lies outside --range"
    return f"record {record_id!r} is not drawn ({why}): the figure has no highlight"


def _export_map(
    result: LoadResult, output: str, options: spec.ExportOptions, select: str | None
) -> int:
    """``export --view map``: the map of the places (a file without any place gives a map
    that says so); a warning when the record *select* is not on it."""
    from viewer.core import map_model as mm
    from viewer.core.gazetteer import load_gazetteer
    from viewer.core.world import load_world
    from viewer.export.image import ExportError
    from viewer.export.map_image import export_map

    model = mm.build_map(result.dataset, load_world(), load_gazetteer())
    if select is not None:
        why = ""
        if model.site_of(select) is None:
            why = "it has no place the map knows"
        elif select in model.entry_ids:
            shown = mm.entries_in_range(model, options.x_range)
            if not shown[model.entry_ids.index(select)]:
                why = "it lies outside --range"
        if why:
            _err(f"warning: --select: record {select!r} is not on the map ({why}): no highlight")
    try:
        written = export_map(result.dataset, output, options, model=model)
    except ExportError as exc:
        _err(str(exc))
        return 1
    print(written)
    return 0


def _report_first_paint(window: object, path: str) -> None:
    """For benchmarks and end-to-end tests: when the timeline has painted its data for
    the first time, write ``time.time()`` and the number of records drawn to *path*."""
    import time

    from PySide6 import QtCore

    viewport = window.timeline.viewport()  # type: ignore[attr-defined]

    class _Filter(QtCore.QObject):
        def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
            if event.type() == QtCore.QEvent.Type.Paint and window.session.layout is not None:  # type: ignore[attr-defined]
                viewport.removeEventFilter(self)
                QtCore.QTimer.singleShot(
                    0,
                    lambda: Path(path).write_text(
                        f"{time.time()} {len(window.session.layout.ids)}\n",  # type: ignore[attr-defined]
                        encoding="utf-8",
                    ),
                )
            return False

    window._ready_filter = _Filter(window)  # type: ignore[attr-defined]  # kept alive
    viewport.installEventFilter(window._ready_filter)  # type: ignore[attr-defined]


def _has_display() -> bool:
    """Whether a window can be shown: not Linux, a display is set, or Qt is told where."""
    return (
        not sys.platform.startswith("linux")
        or bool(os.environ.get("DISPLAY"))
        or bool(os.environ.get("WAYLAND_DISPLAY"))
        or bool(os.environ.get("QT_QPA_PLATFORM"))
    )


def _run_window(args: argparse.Namespace) -> int:
    from viewer.app.qt_setup import collect_garbage_on_gui_thread, ensure_app

    if not args.screenshot and not _has_display():
        _err(
            "no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window "
            "cannot open. Without a display, use 'export' for images or --screenshot."
        )
        return 2

    app = ensure_app(offscreen=bool(args.screenshot))
    collect_garbage_on_gui_thread()  # the window's workers: see its docstring
    from viewer.app import docks, errors, language, settings
    from viewer.app.main_window import MainWindow
    from viewer.core.loading import LoadError

    errors.setup_logging()
    if args.reset_settings:
        settings.reset()
        errors.log.warning("settings: reset from the command line (--reset-settings)")
    language.install(language.chosen(args.lang))
    window = MainWindow()
    if not args.screenshot:
        # The window always starts: the file loads in the background, guarded, and a file
        # that fails leaves an empty window with the message.
        errors.install_excepthook()
        window.restore_settings()
        last = settings.LAST_FILE.get()
        if args.file is None and last and Path(last).exists():  # a file or a folder
            args.file = last
        from viewer.app.start_up import open_at_start
        from viewer.core.paths import BUNDLED_DATA

        window.show()
        open_at_start(window, args.file or BUNDLED_DATA, args.date_format, args.range, args.select)
        ready_file = os.environ.get("TIMELINE_VIEWER_READY_FILE")
        if ready_file:
            _report_first_paint(window, ready_file)
        return app.exec()
    try:
        result = _load(args.file, args.date_format)
    except LoadError as exc:
        _err(str(exc))
        return 2
    window.set_result(result)
    window.resize(1400, 860)
    docks.fit_details_width(window, window.details_dock)
    window.show()
    if args.range:
        window.timeline.set_x_range(*args.range)
    if args.select:
        if result.dataset.get(args.select) is None:
            _err(f"--select: no record with id {args.select!r}")
            if args.screenshot:
                return 2
        else:
            window.session.select(args.select)
            window.timeline.ensure_visible(args.select)
    ready_file = os.environ.get("TIMELINE_VIEWER_READY_FILE")
    if ready_file:
        _report_first_paint(window, ready_file)
    if args.screenshot:
        app.processEvents()
        image = window.grab()
        target = Path(args.screenshot)
        if target.suffix.lower() not in (".png", ".jpg", ".jpeg", ".bmp"):
            _err(f"{target}: use a .png file name for the screenshot")
            return 2
        if not target.parent.is_dir():
            _err(f"{target}: folder {target.parent} does not exist")
            return 1
        if not image.save(str(target)):
            _err(f"{target}: could not write the screenshot (no permission or disk full?)")
            return 1
        print(args.screenshot)
        return 0
    return app.exec()
