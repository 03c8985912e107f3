"""Problems found by a new-user trial, kept fixed."""

import json
import os
import stat
import subprocess
import sys

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from tests.conftest import MINI, open_and_wait
from tests.documents import document, record
from viewer.core.layout import compute_layout
from viewer.core.loading import load_document, load_file
from viewer.core.ranges import parse_range
from viewer.export.image import ExportError, _verify, export_image


def test_opening_a_second_file_replaces_the_first(qtbot, window):
    assert open_and_wait(window, MINI)
    assert (
        window.session.dataset.get("s1") is not None
        and window.session.dataset.get("session-93") is None
    )
    assert "mini.json" in window.windowTitle()
    pos = window.timeline.item_centre("s3")
    qtbot.mouseClick(window.timeline.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pos)
    assert window.session.selected_id == "s3"


def test_cut_off_svg_and_pdf_are_detected(tmp_path):
    svg = tmp_path / "x.svg"
    svg.write_text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>a')
    with pytest.raises(ExportError, match="completely"):
        _verify("svg", svg.read_bytes(), svg)
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\n")
    with pytest.raises(ExportError, match="completely"):
        _verify("pdf", pdf.read_bytes(), pdf)


def test_exported_files_get_ordinary_permissions(tmp_path):
    dataset = load_file(MINI).dataset
    layout = compute_layout(dataset)
    old = os.umask(0o022)
    try:
        out = export_image(dataset, layout, tmp_path / "a.png")
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
        out.chmod(0o640)
        export_image(dataset, layout, out)
        assert stat.S_IMODE(out.stat().st_mode) == 0o640
    finally:
        os.umask(old)


def test_unknown_end_of_term_reads_unknown(bundled, bundled_layout):
    jarva = bundled.dataset.get("president-12")
    assert jarva.end is None and not jarva.open_end
    assert jarva.dates_display == "1963 – unknown"
    i = bundled_layout.index_of("president-12")
    assert bundled_layout.is_span[i] and bundled_layout.x1_days[i] > bundled_layout.x0_days[i]


def test_many_lanes_scroll_vertically(qtbot, window):
    doc = document(
        [
            {
                "id": f"r{n}",
                "kind": "event",
                "lane": f"l{n}",
                "title": f"r{n}",
                "start": "2000",
                "end": "2001",
                "sources": ["https://e.org"],
            }
            for n in range(40)
        ],
        title="tall",
        lanes=[{"id": f"l{n}", "title": f"Lane {n}"} for n in range(40)],
    )
    result = load_document(doc, "tall.json")
    window.set_result(result)
    vb = window.timeline.chart.getViewBox()
    top_before = vb.viewRange()[1][0]
    vp = window.timeline.viewport()
    centre = QtCore.QPointF(vp.rect().center())
    wheel = QtGui.QWheelEvent(
        centre,
        QtCore.QPointF(vp.mapToGlobal(centre.toPoint())),
        QtCore.QPoint(0, 0),
        QtCore.QPoint(0, -120 * 3),
        QtCore.Qt.MouseButton.NoButton,
        QtCore.Qt.KeyboardModifier.ShiftModifier,
        QtCore.Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QtWidgets.QApplication.sendEvent(vp, wheel)
    assert vb.viewRange()[1][0] > top_before
    window.session.select("r39")
    window.timeline.ensure_visible("r39")
    lo, hi = vb.viewRange()[1]
    y = window.session.layout.y0[window.session.layout.index_of("r39")]
    assert lo <= y <= hi


def test_status_bar_range_is_exact(window):
    window.timeline.set_x_range(*parse_range("2010:2027"))
    assert window.status_bits.range_label.text() == "Showing 2010 – 2027"


def test_duplicate_lane_ids_are_reported():
    doc = document([], lanes=[{"id": "a", "title": "A"}, {"id": "a", "title": "B"}])
    result = load_document(doc, "d.json")
    assert len(result.dataset.lanes) == 1
    assert any("duplicate lane id" in p.message for p in result.errors)


def _run(*args, **kw):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        **kw,
    )


def test_no_display_is_a_message_not_a_hang():
    result = _run()
    assert result.returncode == 2 and "no display" in result.stderr


def test_export_of_unknown_selection_fails(tmp_path):
    result = _run("export", "-o", str(tmp_path / "x.png"), "--select", "nope")
    assert result.returncode == 2 and "nope" in result.stderr


def test_records_into_a_closed_pipe():
    code = (
        "import subprocess, sys; p = subprocess.Popen([sys.executable, '-m', 'viewer', "
        "'records'], stdout=subprocess.PIPE, stderr=subprocess.PIPE); "
        "p.stdout.readline(); p.stdout.close(); err = p.stderr.read(); p.wait(); "
        "sys.stdout.write(err.decode())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in result.stdout


def test_deeply_nested_json_is_a_load_error(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100000)
    result = _run("validate", str(path))
    assert result.returncode == 2
    assert "line 1, column 100000: JSON nested 100,000 levels deep" in result.stderr


def test_a_record_nested_too_deeply_is_placed_by_line_and_column(tmp_path):
    """A record nested 1,000 levels deep refused the file with "JSON nested too deeply to
    read", no place named (a new user's finding)."""
    deep = record("deep", "2000")
    deep["summary"] = "@"
    text = json.dumps(document([record("good", "1999"), deep]), indent=1)
    text = text.replace('"@"', "[" * 1000 + "]" * 1000)
    at = text.index("[" * 1000) + 999  # the deepest bracket, 1,003 levels in with the file's
    line = text.count("\n", 0, at) + 1
    column = at - text.rfind("\n", 0, at)
    path = tmp_path / "deep.json"
    path.write_text(text, encoding="utf-8")
    result = _run("validate", str(path))
    assert result.returncode == 2
    assert f"line {line}, column {column}: JSON nested 1,003 levels deep" in result.stderr


def test_jsonl_is_valid_for_every_record(bundled):
    result = _run("records")
    assert result.returncode == 0, result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == [record.id for record in bundled.dataset.records]
