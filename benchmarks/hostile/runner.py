"""Run the viewer's commands on the hostile inputs and classify every run.

Each run is ``python -m viewer validate|records|export FILE`` in its own process group,
under ``/usr/bin/time -v`` (peak memory; ``resource.getrusage`` of the child when that
program is missing), with an address-space limit (``RLIMIT_AS``, 3 GB by default) and a
time limit (60 s by default). The input's bytes (or, for special files, its type and
times) are compared before and after.

A run is, in this order of precedence:

``over 3 GB``
    it ran out of address space (``MemoryError``, ``bad_alloc``, "Cannot allocate memory"
    on standard error) or its peak resident memory reached the limit;
``hung``
    still running at the time limit (its process group is killed);
``crashed``
    a signal, exit code 70 (the viewer's internal error) or any other code than 0, 1 and 2,
    a ``Traceback`` on standard error, or a failure without any message;
``handled``
    exit 0, 1 or 2 with messages and no traceback.

An input's status is the worst of its runs' (over 3 GB, hung, crashed, handled);
``modified`` is counted apart: an input whose bytes changed.
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from benchmarks.hostile.cases import Case

ROOT = Path(__file__).resolve().parents[2]
GB = 1 << 30
MEMORY_LIMIT_BYTES = 3 * GB
TIMEOUT_S = 60.0
COMMANDS = ("validate", "records", "export")
STATUSES = ("handled", "crashed", "hung", "over 3 GB")
"""From best to worst."""
GNU_TIME = Path("/usr/bin/time")
OUT_OF_MEMORY = re.compile(rb"MemoryError|bad_alloc|Cannot allocate memory|out of memory")
TRACEBACK = re.compile(rb"Traceback \(most recent call last\)")

_LIMIT_AND_EXEC = (
    "import os, resource, sys\n"
    "limit = int(sys.argv[1])\n"
    "resource.setrlimit(resource.RLIMIT_AS, (limit, limit))\n"
    "resource.setrlimit(resource.RLIMIT_CORE, (0, 0))\n"
    "os.execv(sys.argv[2], sys.argv[2:])\n"
)
"""Set the limits, then become the command (no ``preexec_fn``: runs start from threads)."""

_RUSAGE = (
    "import os, sys\n"
    "pid = os.fork()\n"
    "if pid == 0:\n"
    "    os.execv(sys.argv[2], sys.argv[2:])\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "with open(sys.argv[1], 'w') as out:\n"
    "    out.write(f'Maximum resident set size (kbytes): {usage.ru_maxrss}\\n')\n"
    "    if os.WIFSIGNALED(status):\n"
    "        out.write(f'Command terminated by signal {os.WTERMSIG(status)}\\n')\n"
    "sys.exit(os.waitstatus_to_exitcode(status) % 256)\n"
)
"""The stand-in for ``/usr/bin/time -v -o FILE``: the child's peak memory, same wording."""


@dataclass(frozen=True)
class Run:
    """One command on one input.

    ``exit_code`` is ``None`` when the run was killed at the time limit; ``signal`` is the
    signal that ended the viewer, if any; ``seconds`` is wall time; ``peak_mb`` the peak
    resident memory in MiB (``None`` when unknown); ``message`` the first line of standard
    error (or of standard output when standard error is empty), at most 160 characters;
    ``stderr_lines`` the number of lines on standard error; ``work`` the run's folder
    (``stdout``, ``stderr``, ``time.txt`` and an export's ``out.*``); ``leftovers`` the names
    of any other files the run left there (a temporary file an export failed to remove).
    """

    case: str
    command: str
    status: str
    exit_code: int | None
    signal: int | None
    seconds: float
    peak_mb: float | None
    modified: bool
    message: str
    stderr_lines: int
    work: Path
    leftovers: tuple[str, ...] = ()


def signature(path: Path) -> tuple[object, ...]:
    """What must not change about an input: a regular file's size, modification time and
    SHA-256; for anything else (a link to a device, a pipe, a directory) its type and times,
    without opening it. A missing path has the signature ``("missing",)``."""
    try:
        info = path.stat()
    except OSError:
        try:
            info = path.lstat()
        except OSError:
            return ("missing",)
    if not stat.S_ISREG(info.st_mode) or not os.access(path, os.R_OK):
        return (stat.S_IFMT(info.st_mode), info.st_mtime_ns, info.st_size)
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 22):
            digest.update(block)
    return (info.st_size, info.st_mtime_ns, digest.hexdigest())


def command_argv(case: Case, command: str, path: Path, work: Path) -> list[str]:
    """The viewer's argument vector for ``command`` on ``path`` (exports go into ``work``)."""
    argv = [sys.executable, "-m", "viewer", command]
    if command == "export":
        argv += ["-o", str(work / f"out{case.export_suffix}"), *case.export_args]
    return argv + [str(path)]


def _peak_mb(report: str) -> float | None:
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    return int(found.group(1)) / 1024 if found else None


def _signal_of(report: str) -> int | None:
    found = re.search(r"Command terminated by signal (\d+)", report)
    return int(found.group(1)) if found else None


def _first_line(path: Path) -> str:
    with open(path, "rb") as f:
        head = f.read(4096)
    line = head.decode("utf-8", "replace").strip().split("\n", 1)[0] if head.strip() else ""
    return line[:160]


_OURS = {"stdout", "stderr", "time.txt", "config", "state"}


def _leftovers(work: Path) -> tuple[str, ...]:
    return tuple(
        sorted(
            p.name for p in work.iterdir() if p.name not in _OURS and not p.name.startswith("out.")
        )
    )


def _count_lines(path: Path) -> int:
    count = 0
    last = b"\n"
    with open(path, "rb") as f:
        while block := f.read(1 << 22):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def _contains(path: Path, pattern: re.Pattern[bytes]) -> bool:
    """Whether ``pattern`` occurs in the file (read in blocks: outputs may be big)."""
    tail = b""
    with open(path, "rb") as f:
        while block := f.read(1 << 22):
            if pattern.search(tail + block):
                return True
            tail = block[-64:]
    return False


def run_one(
    case: Case,
    command: str,
    path: Path,
    work: Path,
    timeout_s: float = TIMEOUT_S,
    memory_limit: int = MEMORY_LIMIT_BYTES,
) -> Run:
    """Run ``command`` on ``path`` in a subprocess and classify it (see the module docstring).

    ``work`` is an empty folder for this run's outputs (standard output and error, the
    memory report, the export, the viewer's settings and log). Never raises for anything
    the viewer does; ``OSError`` when ``work`` cannot be written.
    """
    work.mkdir(parents=True, exist_ok=True)
    report = work / "time.txt"
    viewer = command_argv(case, command, path, work)
    if GNU_TIME.exists():
        measured = [str(GNU_TIME), "-v", "-o", str(report), *viewer]
    else:
        measured = [sys.executable, "-c", _RUSAGE, str(report), *viewer]
    argv = [sys.executable, "-c", _LIMIT_AND_EXEC, str(memory_limit), *measured]
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYQTGRAPH_QT_LIB="PySide6",
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_STATE_HOME=str(work / "state"),
        PYTHONFAULTHANDLER="",
    )
    before = signature(path)
    start = time.monotonic()
    with open(work / "stdout", "wb") as out, open(work / "stderr", "wb") as err:
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            cwd=work,
            env=env,
            start_new_session=True,
        )
        try:
            code: int | None = proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            code = None
    seconds = time.monotonic() - start
    modified = signature(path) != before
    measures = report.read_text(errors="replace") if report.exists() else ""
    peak = _peak_mb(measures)
    killed_by = _signal_of(measures)
    stderr = work / "stderr"
    message = _first_line(stderr) or _first_line(work / "stdout")
    if _contains(stderr, OUT_OF_MEMORY) or (
        peak is not None and peak * (1 << 20) >= 0.98 * memory_limit
    ):
        status = "over 3 GB"
    elif code is None:
        status = "hung"
    elif (
        killed_by is not None
        or code not in (0, 1, 2)
        or _contains(stderr, TRACEBACK)
        or (code != 0 and not message)
    ):
        status = "crashed"
    else:
        status = "handled"
    return Run(
        case.name,
        command,
        status,
        code,
        killed_by,
        round(seconds, 2),
        None if peak is None else round(peak, 1),
        modified,
        message,
        _count_lines(stderr),
        work,
        _leftovers(work),
    )


def run_all(
    jobs: Iterable[tuple[Case, str, Path]],
    work: Path,
    workers: int = 2,
    timeout_s: float = TIMEOUT_S,
    memory_limit: int = MEMORY_LIMIT_BYTES,
    progress: Callable[[Run], None] | None = None,
) -> list[Run]:
    """Run every ``(case, command, input path)`` with ``workers`` at a time; each run gets
    its own folder under ``work``. Returns the runs in the order given."""
    todo = list(jobs)

    def one(index: int) -> Run:
        case, command, path = todo[index]
        done = run_one(
            case, command, path, work / f"{index:04d}-{command}", timeout_s, memory_limit
        )
        if progress is not None:
            progress(done)
        return done

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(one, range(len(todo))))


def by_input(runs: Iterable[Run]) -> dict[str, tuple[str, bool]]:
    """``{case: (worst status of its runs, whether any run modified it)}``."""
    worst: dict[str, tuple[str, bool]] = {}
    for r in runs:
        status, modified = worst.get(r.case, ("handled", False))
        if STATUSES.index(r.status) > STATUSES.index(status):
            status = r.status
        worst[r.case] = (status, modified or r.modified)
    return worst


def table(runs: list[Run], expected: dict[str, int] | None = None) -> str:
    """The summary table, then one line per run that was not handled (or modified its input,
    or, given ``expected`` exit codes of ``validate`` by case, answered otherwise)."""
    inputs = by_input(runs)
    counts = {s: sum(1 for st, _ in inputs.values() if st == s) for s in STATUSES}
    modified = sum(1 for _, m in inputs.values() if m)
    head = ("inputs tried", *STATUSES, "input modified")
    values = (len(inputs), *(counts[s] for s in STATUSES), modified)
    lines = [
        "| " + " | ".join(head) + " |",
        "|" + "---:|" * len(head),
        "| " + " | ".join(str(v) for v in values) + " |",
        "",
        f"{len(runs)} runs; per input, the worst of its runs.",
    ]
    odd = [
        r
        for r in runs
        if r.status != "handled"
        or r.modified
        or r.leftovers
        or (expected and r.command == "validate" and r.exit_code != expected.get(r.case))
    ]
    if odd:
        lines += [
            "",
            "| input | command | status | exit | time s | peak MB | message |",
            "|---|---|---|---:|---:|---:|---|",
        ]
        for r in odd:
            status = r.status + (", input modified" if r.modified else "")
            if r.leftovers:
                status += f", left {len(r.leftovers)} files ({r.leftovers[0]!r}...)"
            if expected and r.command == "validate" and r.exit_code != expected.get(r.case):
                status += f", expected exit {expected.get(r.case)}"
            exit_text = "-" if r.exit_code is None else str(r.exit_code)
            if r.signal:
                exit_text += f" (signal {r.signal})"
            message = r.message.replace("|", "\\|")
            lines.append(
                f"| {r.case!r} | {r.command} | {status} | {exit_text} | "
                f"{r.seconds:.1f} | {r.peak_mb if r.peak_mb is not None else '?'} | "
                f"{message} |"
            )
    return "\n".join(lines)


def scratch(prefix: str = "hostile-") -> Path:
    """A new temporary folder for a run of the corpus."""
    return Path(tempfile.mkdtemp(prefix=prefix))
