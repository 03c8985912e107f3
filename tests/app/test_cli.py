"""The command line, run as a user runs it: a separate process, no display."""

import json
import os
import subprocess
import sys

import pytest
from PySide6 import QtGui

from tests.conftest import MINI
from viewer import __version__


def run(*args, env_extra=None):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "PYQTGRAPH_QT_LIB")
    }
    env.update(
        XDG_CONFIG_HOME=os.environ.get("TV_TEST_CONFIG", "/nonexistent/config"),
        XDG_STATE_HOME=os.environ.get("TV_TEST_STATE", "/nonexistent/state"),
    )
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_records_jsonl():
    result = run("records", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    kinds = {r["kind"] for r in rows}
    assert {"session", "presidency", "secretary_general", "handover", "article"} <= kinds
    s93 = next(r for r in rows if r["id"] == "session-93")
    assert s93["session"] == 93 and s93["start"] == "2025-11-24" and s93["end"] == "2025-11-27"
    assert "Marrakech" in s93["place"]
    for row in rows:
        assert {"id", "kind", "title", "start", "end", "place", "people", "sources"} <= row.keys()
        assert row["sources"] and all(u.startswith(("http://", "https://")) for u in row["sources"])
    philippe = next(r for r in rows if r["id"] == "president-30")
    assert philippe["end"] is None and philippe["open_end"] is True


def test_records_csl_json_cites_every_record():
    result = run("records", "--format", "csl-json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    ids = [json.loads(line)["id"] for line in run("records").stdout.splitlines()]
    assert [item["id"] for item in items] == ids
    for item in items:
        assert item["type"] == "entry" and item["title"]
        assert item["container-title"] == "INTERPOL General Assembly, 1923-2026"
        assert item["version"] == "2026-11-30"
        assert item["publisher"] == f"Timeline Viewer {__version__}"
        assert item["URL"].startswith(("http://", "https://"))
    by_id = {item["id"]: item for item in items}
    assert by_id["session-2"]["issued"] == {"date-parts": [[1924]]}  # a year stays a year
    assert by_id["session-93"]["issued"] == {"date-parts": [[2025, 11, 24], [2025, 11, 27]]}


def test_records_csl_json_of_a_file_without_records(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("title,start\n", encoding="utf-8")
    result = run("records", "--format", "csl-json", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_export_without_display(tmp_path, fmt):
    out = tmp_path / f"chart.{fmt}"
    result = run("export", "-o", str(out), "--range", "2010:2027", "--width", "1300")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert out.stat().st_size > 1000
    if fmt == "png":
        image = QtGui.QImage(str(out))
        assert image.width() == 1300


def test_screenshot_with_selection(tmp_path):
    out = tmp_path / "win.png"
    result = run("--select", "session-93", "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    image = QtGui.QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600


def test_validate_clean_and_broken(tmp_path):
    assert run("validate").returncode == 0
    broken = tmp_path / "b.json"
    doc = json.loads(MINI.read_text(encoding="utf-8"))
    doc["records"][0]["start"] = "1923-02-31"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    result = run("validate", str(broken))
    assert result.returncode == 1
    assert "b.json" in result.stdout and "record 1" in result.stdout and "start" in result.stdout


def test_validate_names_the_valid_records_no_chart_draws(tmp_path):
    """An export of a file whose records have no date said "nothing to draw ...
    'validate' lists them", and validate listed nothing (a trial)."""
    path = tmp_path / "undated.csv"
    path.write_text("title,start,end,sources\nA,,,https://e.org/1\nB,,,https://e.org/2\n")
    result = run("validate", str(path))
    assert result.returncode == 0, result.stderr
    assert f"{path}: not drawn: 2 valid records without a date ('a', 'b')" in result.stdout
    exported = run("export", str(path), "-o", str(tmp_path / "x.png"))
    assert exported.returncode != 0 and "'validate' lists them" in exported.stderr
    bundled = run("validate").stdout
    assert "not drawn: 9 valid records without a date ('session-3', " in bundled
    assert ", 31 without a lane ('article-70', " in bundled


@pytest.mark.parametrize("content", [None, "", "{oops"])
def test_bad_input_exits_non_zero_without_traceback(tmp_path, content):
    path = tmp_path / "in.json"
    if content is not None:
        path.write_text(content)
    for args in (
        ["records", str(path)],
        ["export", str(path), "-o", str(tmp_path / "x.png")],
        ["validate", str(path)],
    ):
        result = run(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr
        assert "in.json" in result.stderr


def test_bad_arguments():
    result = run("export", "-o", "x.png", "--range", "2027:2010")
    assert result.returncode == 2 and "before" in result.stderr
    assert run("--version").stdout.startswith("timeline-viewer")


def test_export_options(tmp_path):
    out = tmp_path / "o.png"
    result = run(
        "export",
        str(MINI),
        "-o",
        str(out),
        "--width",
        "901",
        "--height",
        "401",
        "--scale",
        "1.5",
        "--no-legend",
        "--no-sources",
        "--theme",
        "dark",
        "--title",
        "A <title> & more",
        "--range",
        "1920-01-01:1935-06-30",
    )
    assert result.returncode == 0, result.stderr
    image = QtGui.QImage(str(out))
    assert (image.width(), image.height()) == (1352, 602)
    assert QtGui.QColor(image.pixel(2, 2)).lightness() < 60
    pdf = tmp_path / "o.pdf"
    assert run("export", str(MINI), "-o", str(pdf), "--page", "A3", "--portrait").returncode == 0
    from pypdf import PdfReader

    box = PdfReader(str(pdf)).pages[0].mediabox
    assert float(box.height) > float(box.width) > 800


def test_export_failures_are_messages(tmp_path):
    result = run("export", "-o", str(tmp_path / "missing" / "x.png"))
    assert result.returncode == 1 and "does not exist" in result.stderr
    # Arguments beyond the export's limits are bad arguments: exit 2, before any work.
    result = run("export", "-o", str(tmp_path / "x.gif"))
    assert result.returncode == 2 and "format" in result.stderr
    assert "Traceback" not in result.stderr
    result = run("export", "-o", str(tmp_path / "x.png"), "--width", "20000", "--height", "20000")
    assert result.returncode == 2 and "too large for a PNG" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_export_of_a_file_with_nothing_to_draw_writes_nothing(tmp_path):
    """A file whose only record was refused exported an empty 1970 chart, exit 0 (a trial)."""
    from tests.documents import record, write

    bad = record("r")
    del bad["sources"]
    path = write(tmp_path / "bad.json", [bad])
    result = run("export", str(path), "-o", str(tmp_path / "x.png"))
    assert result.returncode == 1 and "nothing to draw: no record has a lane" in result.stderr
    assert "0 valid records, 1 error" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_validate_qa_and_coverage():
    result = run("validate", "--qa", "--coverage")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "qa: dispute: session-1, field 'attendance'" in out
    assert "qa: term-gap: president-9" in out
    assert "data-check findings" in out
    assert "| Sessions with a sourced host city |" in out


def test_records_jsonl_has_dispute_alternatives_and_claim_sources():
    rows = {r["id"]: r for r in map(json.loads, run("records").stdout.splitlines())}
    alts = rows["session-1"]["disputes"][0]["alternatives"]
    assert len(alts) >= 2 and all(a["sources"] for a in alts)
    assert rows["session-69"]["field_sources"]["start"]
    assert rows["sg-9"]["end_reason"] == "incumbent" and rows["sg-9"]["elected"] == "2024-11-05"


@pytest.mark.parametrize("command", ["validate", "records", "export"])
def test_an_internal_error_has_its_own_exit_code_and_a_log_entry(tmp_path, command):
    """A bug (here: loading raises what no loader raises) is neither data errors (1) nor an
    unusable file (2): exit 70, one line on standard error, the traceback in the log."""
    code = (
        "import sys\nimport viewer.app.cli as cli\n"
        "def boom(*args, **kwargs):\n    raise RuntimeError('boom\\nsecond line')\n"
        f"cli._load = boom\nsys.exit(cli.main([{command!r}, 'x.json', '-o', 'x.png']"
        f"[:2 if {command!r} != 'export' else 4]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(XDG_STATE_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 70, result.stderr
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("timeline-viewer: internal error (RuntimeError: boom\\nsecond line)")
    log = (tmp_path / "timeline-viewer" / "log" / "timeline-viewer.log").read_text()
    assert "Traceback" in log and "RuntimeError: boom" in log and log.count("ERROR") == 1


def test_a_file_name_cannot_forge_lines_of_output(tmp_path):
    """A newline (or a bidirectional override) in a file name is escaped in every message:
    each problem stays one line."""
    path = tmp_path / "bad\nerror: forged \u202e.csv"
    path.write_text("start,title\nnope,a\n", encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("error: ") and "bad\\nerror: forged \\u202e.csv, line 2" in lines[0]
    assert lines[1].endswith(": read as CSV: 0 valid records, 1 error, 0 warnings")
    missing = run("validate", str(tmp_path / "<b>gone</b>\n.json"))
    assert missing.returncode == 2
    assert missing.stderr.splitlines() == [
        f"timeline-viewer: {tmp_path}/<b>gone</b>\\n.json: file not found"
    ]


def test_parquet_records_validate_and_export(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    good = tmp_path / "t.parquet"
    pq.write_table(
        pa.table(
            {
                "id": ["a", "b"],
                "title": ["A", "B"],
                "start": ["1923", "1950-05"],
                "lane": ["L", "M"],
                "sources": [["https://e.org/a"], None],
            }
        ),
        good,
    )
    rows = [json.loads(line) for line in run("records", str(good)).stdout.splitlines()]
    assert [(r["id"], r["start"], r["sources"]) for r in rows] == [
        ("a", "1923", ["https://e.org/a"]),
        ("b", "1950-05", []),
    ]
    out = tmp_path / "chart.png"
    assert run("export", "-o", str(out), str(good)).returncode == 0 and out.stat().st_size > 1000
    broken = tmp_path / "b.parquet"
    pq.write_table(pa.table({"id": ["a", "b"], "start": ["1923", "soon"]}), broken)
    result = run("validate", str(broken))
    assert result.returncode == 1 and f"{broken}, row 2 (id 'b'), field 'start'" in result.stdout
    corrupt = tmp_path / "c.parquet"
    corrupt.write_bytes(b"PAR1" + b"\x01" * 100 + b"PAR1")
    result = run("validate", str(corrupt))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{corrupt}: not a readable Parquet file" in result.stderr + result.stdout


def test_export_of_a_range_without_records_still_dates_its_axis(tmp_path):
    out = tmp_path / "empty.svg"
    result = run("export", "-o", str(out), "--range", "1800:1850")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "no records in this range" in text
    assert any(f">{year}<" in text for year in range(1800, 1851, 10)), "no year on the axis"


def test_export_of_a_range_stacks_only_the_records_it_shows(tmp_path):
    from tests.documents import record, write

    # Ten records overlapping in the 1990s, one in 2020: the range 2015:2025 needs a row.
    data = write(
        tmp_path / "d.json",
        [record(f"r{i}", "1990", end="1999") for i in range(10)] + [record("late", "2020")],
    )
    whole, part = tmp_path / "whole.png", tmp_path / "part.png"
    assert run("export", str(data), "-o", str(whole)).returncode == 0
    result = run("export", str(data), "-o", str(part), "--range", "2015:2025")
    assert result.returncode == 0, result.stderr
    assert QtGui.QImage(str(part)).height() < QtGui.QImage(str(whole)).height() - 100


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csl-json"])
def test_records_escape_characters_that_reorder_a_terminal_line(tmp_path, fmt):
    from tests.documents import record, write

    title = "abc\u202edef \u200bhidden"
    data = write(tmp_path / "d.json", [record("x", title=title)])
    result = run("records", str(data), "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert "\u202e" not in result.stdout and "\u200b" not in result.stdout
    assert "\\u202e" in result.stdout
    lines = result.stdout.splitlines() if fmt == "jsonl" else [result.stdout]
    values = [json.loads(line) for line in lines]
    rows = values if fmt == "jsonl" else values[0]
    assert title in [row.get("title") for row in rows]  # the same value, escaped


def test_a_range_may_start_with_a_negative_year_without_an_equals_sign(tmp_path):
    out = tmp_path / "bc.svg"
    result = run("export", "-o", str(out), "--range", "-0044:2027")
    assert result.returncode == 0, result.stderr
    assert "Range shown: 45 BC – 2027" in out.read_text(encoding="utf-8")  # astronomical -44


def test_an_export_whose_rows_are_thinner_than_text_draws_no_labels(tmp_path):
    from tests.documents import record, write

    def titles_drawn(n, height):
        data = write(
            tmp_path / f"d{n}.json",
            [record(f"r{i}", "1990", end="1999", title=f"Title{i}") for i in range(n)],
        )
        out = tmp_path / f"d{n}.svg"
        result = run("export", str(data), "-o", str(out), "--height", str(height), "--no-sources")
        assert result.returncode == 0, result.stderr
        return out.read_text(encoding="utf-8").count(">Title")

    assert titles_drawn(5, 600) == 5  # rows taller than the text: every bar is named
    assert titles_drawn(300, 1400) == 0  # 4 px rows: text would cross its neighbours'


def test_markers_in_rows_thinner_than_a_marker_stay_apart(tmp_path):
    """Sixty events on one day stack in sixty rows of about 10 px: each marker shrinks to
    its row instead of covering its neighbours."""
    import re

    from tests.documents import record, write

    data = write(tmp_path / "d.json", [record(f"e{i}", "1990-06-15") for i in range(60)])
    out = tmp_path / "d.svg"
    result = run("export", str(data), "-o", str(out), "--height", "700", "--no-legend")
    assert result.returncode == 0, result.stderr
    circles = [
        (float(cy), float(r))
        for cy, r in re.findall(r'<circle[^>]* cy="([0-9.]+)" r="([0-9.]+)"', out.read_text())
    ]
    assert len(circles) == 60
    ys = sorted(cy for cy, _ in circles)
    pitch = min(b - a for a, b in zip(ys, ys[1:]))
    assert 4 < pitch < 12  # thinner than a marker of the window (about 11 px)
    assert all(2 * r <= pitch for _, r in circles)


def test_records_give_a_places_coordinates(tmp_path):
    """`records` gives a place's coordinates as fields of their own (a new user's finding:
    they were only in the place's words), null where the file gives none."""
    doc = {
        "format": "timeline-viewer/1",
        "title": "T",
        "lanes": [{"id": "s", "title": "S"}],
        "records": [
            {
                "id": rid,
                "kind": "event",
                "title": rid,
                "start": "2001",
                "lane": "s",
                "sources": ["https://example.org/"],
                "place": place,
            }
            for rid, place in (
                ("a", {"lat": 48.2, "lon": -16.37}),
                ("z", {"lat": -0.0, "lon": 0}),
                ("b", {"city": "Lyon", "country": "France"}),
            )
        ],
    }
    path = tmp_path / "c.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = run("records", str(path))
    assert result.returncode == 0, result.stderr
    rows = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert (rows["a"]["lat"], rows["a"]["lon"]) == (48.2, -16.37)
    assert rows["a"]["place"] == "48.2° N, 16.37° W"
    assert (rows["b"]["lat"], rows["b"]["lon"], rows["b"]["city"]) == (None, None, "Lyon")
    assert '"lat":0.0' in result.stdout.replace(" ", "") and "-0.0" not in result.stdout


def test_a_closed_pipe_or_a_full_disk_is_no_internal_error(tmp_path):
    """`validate | head -1` and `records > /dev/full` were told as internal errors, exit
    70, which the README keeps for bugs (a trial): a reader that stops early is no error,
    and output that cannot be written is said as that."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(XDG_CONFIG_HOME=str(tmp_path / "c"), XDG_STATE_HOME=str(tmp_path / "s"))
    shell = (
        f"{sys.executable} -m viewer validate --qa | head -1 >/dev/null; exit ${{PIPESTATUS[0]}}"
    )
    closed = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, env=env)
    assert closed.returncode == 0 and "internal error" not in closed.stderr, closed.stderr
    shell = f"{sys.executable} -m viewer --version | true; exit ${{PIPESTATUS[0]}}"
    closed = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, env=env)
    assert closed.returncode == 0 and not closed.stderr, closed.stderr
    if os.path.exists("/dev/full"):
        # --version gave a traceback, --help exited 0 with its text lost (a trial)
        for args in (["records"], ["--version"], ["--help"], ["export", "--help"]):
            with open("/dev/full", "w") as full:
                result = subprocess.run(
                    [sys.executable, "-m", "viewer", *args],
                    stdout=full,
                    stderr=subprocess.PIPE,
                    text=True,
                    env=env,
                )
            assert result.returncode == 1, args
            assert result.stderr.strip() == (
                "timeline-viewer: could not write the output (No space left on device)"
            ), args


def test_records_json_is_written_as_its_records_are_made(tmp_path, monkeypatch, capsys):
    """`records --format json` made the whole list, then its text: a million records took
    5.8 GB (a trial). Each record is written once made, and the text is what json.dumps
    writes of the whole list, indent 1."""
    import viewer.core.serialize as serialize
    from tests.documents import record, write
    from viewer.app.cli import main

    data = write(tmp_path / "d.json", [record(f"r{i}") for i in range(5)])
    written_before: list[str] = []
    real = serialize.record_to_json

    def noting(rec):
        written_before.append(capsys.readouterr().out)
        return real(rec)

    monkeypatch.setattr(serialize, "record_to_json", noting)
    assert main(["records", str(data), "--format", "json"]) == 0
    rest = capsys.readouterr().out
    text = "".join(written_before) + rest
    assert '"r0"' in "".join(written_before[:2])  # out before the second record was made
    rows = json.loads(text)
    assert text == json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    assert [row["id"] for row in rows] == [f"r{i}" for i in range(5)]
