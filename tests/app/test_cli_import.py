"""The command line on every supported format: records, validate, export, slash dates."""

import json

import pytest

from tests.app.test_cli import run
from viewer.core.paths import data_path

EXAMPLES = sorted(p.name for p in data_path("examples").iterdir())


@pytest.mark.parametrize("name", EXAMPLES)
def test_records_jsonl_and_validate_on_every_format(name):
    path = str(data_path("examples", name))
    result = run("records", path, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) >= 5
    for row in rows:
        assert {"id", "kind", "title", "start", "end", "sources", "display_date"} <= row.keys()
        assert all(u.startswith(("http://", "https://")) for u in row["sources"])
    assert len({row["id"] for row in rows}) == len(rows)
    checked = run("validate", path)
    assert checked.returncode == 0, checked.stdout
    assert "0 errors, 0 warnings" in checked.stdout


def test_validate_exit_codes_and_report(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("id,title,start,colour\na,A,1923,red\nb,B,03/04/1923,\n", encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(
        "mine.csv, line 3 (id 'b'), field 'start'" in line and "ambiguous" in line for line in lines
    )
    assert any(
        "line 1" in line and "colour" in line and line.startswith("warning") for line in lines
    )
    assert lines[-1].endswith("read as CSV: 1 valid record, 1 error, 2 warnings")
    declared = run("validate", str(path), "--date-format", "dmy")
    assert declared.returncode == 0, declared.stdout
    records = run("records", str(path), "--date-format", "DMY")
    assert [json.loads(x)["start"] for x in records.stdout.splitlines()] == ["1923", "1923-04-03"]
    unreadable = tmp_path / "latin1.csv"
    unreadable.write_bytes("id,title,start\na,Zürich,1923\n".encode("cp1252"))
    result = run("validate", str(unreadable))
    assert result.returncode == 2
    assert "latin1.csv: line 2" in result.stderr and "UTF-8" in result.stderr
    assert "Traceback" not in result.stderr


def test_window_screenshot_opens_an_imported_format(tmp_path):
    out = tmp_path / "w.png"
    result = run(
        str(data_path("examples", "courts.vis.json")), "--select", "pcij", "--screenshot", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000
