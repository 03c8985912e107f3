"""The hostile corpus stays handled: every fast input of ``benchmarks/hostile`` goes through the
commands its case names (``validate`` always; ``records`` and ``export`` for some), each in a
subprocess with a time limit and a 3 GB address-space limit, two at a time. Every run ends with
exit 0, 1 or 2 and a message, without a traceback, and leaves its input as it was; ``validate``
answers what the case expects. The big and slow inputs run in ``python -m benchmarks.hostile
--run --full`` only."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.hostile import cases, runner  # noqa: E402

AS_ROOT = os.geteuid() == 0
FAST = cases.select(full=False)
RUN_TIMEOUT_S = 30.0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], runner.Run]:
    folder = tmp_path_factory.mktemp("hostile")
    chosen = tuple(c for c in FAST if not (AS_ROOT and c.root_skips))
    paths = cases.generate(folder / "inputs", chosen)
    jobs = [(c, command, paths[c.name]) for c in chosen for command in c.ci_commands]
    runs = runner.run_all(
        jobs, folder / "runs", workers=max(2, os.cpu_count() or 2), timeout_s=RUN_TIMEOUT_S
    )
    return {(r.case, r.command): r for r in runs}


@pytest.mark.parametrize("case", FAST, ids=lambda c: c.name.replace("\n", "\\n"))
def test_hostile_input_is_handled(
    corpus: dict[tuple[str, str], runner.Run], case: cases.Case
) -> None:
    if AS_ROOT and case.root_skips:
        pytest.skip("running as root: file permissions do not apply")
    for command in case.ci_commands:
        run = corpus[(case.name, command)]
        assert run.status == "handled", run
        assert not run.modified, run
        assert run.leftovers == (), run
        if run.exit_code == 2:  # refused: one line that says why, naming the program
            assert run.stderr_lines == 1 and run.message.startswith("timeline-viewer: "), run
    validate = corpus[(case.name, "validate")]
    assert validate.exit_code == cases.EXPECTED_EXIT[case.expect], validate


def test_markup_is_exported_as_text(corpus: dict[tuple[str, str], runner.Run]) -> None:
    svg = (corpus[("markup-title-ours", "export")].work / "out.svg").read_text(encoding="utf-8")
    assert svg.count("&lt;img src=&quot;file:///etc/hostname&quot;&gt;") >= 2  # title, label
    assert "<image" not in svg and 'file:///etc/hostname"' not in svg


def test_fast_set_is_small_and_deterministic(tmp_path: Path) -> None:
    chosen = tuple(c for c in FAST if not c.root_skips)
    first = cases.generate(tmp_path / "a", chosen)
    second = cases.generate(tmp_path / "b", chosen)
    sizes = 0
    for name, path in first.items():
        assert runner.signature(path)[::2] == runner.signature(second[name])[::2], name
        if path.is_file() and not path.is_symlink():
            sizes += path.stat().st_size
    assert sizes < 20_000_000
    assert len({c.name for c in cases.CASES}) == len(cases.CASES)
    assert {c.expect for c in cases.CASES} <= set(cases.EXPECTED_EXIT)


# The runner's own verdicts, on stand-ins for the viewer that misbehave on purpose.
MISBEHAVIOURS = {
    "sleeps": ("import time; time.sleep(30)", "hung"),
    "internal error": (
        "import sys; print('timeline-viewer: internal error', file=sys.stderr); sys.exit(70)",
        "crashed",
    ),
    "traceback": ("raise ValueError('boom')", "crashed"),
    "silent failure": ("import sys; sys.exit(2)", "crashed"),
    "killed": ("import os, signal; os.kill(os.getpid(), signal.SIGSEGV)", "crashed"),
    "too big": ("b = bytearray(4 << 30)", "over 3 GB"),
    "refuses": (
        "import sys; print('timeline-viewer: no', file=sys.stderr); sys.exit(2)",
        "handled",
    ),
}


@pytest.mark.parametrize("name", MISBEHAVIOURS)
def test_runner_classifies_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    code, expected = MISBEHAVIOURS[name]
    monkeypatch.setattr(
        runner, "command_argv", lambda case, command, path, work: [sys.executable, "-c", code]
    )
    target = tmp_path / "input.csv"
    target.write_text("id,start\n", encoding="utf-8")
    run = runner.run_one(FAST[0], "validate", target, tmp_path / "run", timeout_s=3)
    assert run.status == expected, run
    assert not run.modified
    assert runner.by_input([run]) == {FAST[0].name: (expected, False)}


def test_runner_sees_a_modified_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "input.csv"
    target.write_text("id,start\n", encoding="utf-8")
    monkeypatch.setattr(
        runner,
        "command_argv",
        lambda case, command, path, work: [
            sys.executable,
            "-c",
            f"open({str(path)!r}, 'a').write('x')",
        ],
    )
    run = runner.run_one(FAST[0], "validate", target, tmp_path / "run", timeout_s=10)
    assert run.modified and run.status == "handled"
    summary = runner.table([run])
    assert "| 1 | 1 | 0 | 0 | 0 | 1 |" in summary
    assert "input modified" in summary.splitlines()[-1]
