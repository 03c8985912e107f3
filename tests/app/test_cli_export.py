"""``export`` on the command line, run in this process (the QApplication is the tests'):
the options' effects on the figure."""

from __future__ import annotations

from tests.export.pixels import halo_pixels
from viewer.app.cli import main


def test_selection_is_highlighted_only_with_select(tmp_path, capsys):
    plain, selected = tmp_path / "plain.png", tmp_path / "selected.png"
    assert main(["export", "-o", str(plain), "--range", "2020:2026", "--width", "900"]) == 0
    assert (
        main(
            [
                "export",
                "-o",
                str(selected),
                "--range",
                "2020:2026",
                "--width",
                "900",
                "--select",
                "session-93",
            ]
        )
        == 0
    )
    assert halo_pixels(plain) == 0
    assert halo_pixels(selected) > 20


def test_select_of_an_unknown_id_is_refused(tmp_path, capsys):
    assert main(["export", "-o", str(tmp_path / "x.png"), "--select", "no-such-id"]) == 2
    assert "no-such-id" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_range_outside_the_data_is_drawn_and_exits_0(tmp_path, capsys):
    out = tmp_path / "far.svg"
    assert main(["export", "-o", str(out), "--range", "1500:1600", "--width", "800"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Range shown: 1500 – 1600 (no records in this range)" in text


def test_arguments_beyond_the_limits_are_refused_with_exit_2(tmp_path, capsys):
    out = str(tmp_path / "x.png")
    cases = [
        (["--width", "199"], "width 199 px is outside 200-20000 px"),
        (["--height", "149"], "height 149 px is outside 150-20000 px"),
        (["--scale", "9"], "scale 9 is outside 0.25-8"),
        (["--width", "5000", "--scale", "8"], "too wide"),
        (["--width", "20000", "--height", "15000"], "too large for a PNG"),
    ]
    for extra, message in cases:
        try:
            code = main(["export", "-o", out, *extra])
        except SystemExit as exc:  # argparse refuses a value outside its limit
            code = exc.code
        assert code == 2, extra
        assert message in capsys.readouterr().err, extra
    assert not (tmp_path / "x.png").exists()
    # The same size is fine as a PDF (its page sets the size).
    assert (
        main(
            [
                "export",
                "-o",
                str(tmp_path / "x.pdf"),
                "--width",
                "20000",
                "--height",
                "15000",
                "--no-sources",
            ]
        )
        == 0
    )


def test_lanes_chooses_the_lanes_exported(tmp_path, capsys):
    # A file whose lanes need more height than an image has could only be exported from
    # the window, after hiding lanes there (a new user's finding)
    from PySide6 import QtGui

    whole, two = tmp_path / "whole.png", tmp_path / "two.png"
    assert main(["export", "-o", str(whole)]) == 0
    assert main(["export", "--lanes", "Sessions, Flag handovers", "-o", str(two)]) == 0
    assert QtGui.QImage(str(two)).height() < QtGui.QImage(str(whole)).height()
    same = tmp_path / "same.png"  # case does not matter
    assert main(["export", "--lanes", "sessions,FLAG HANDOVERS", "-o", str(same)]) == 0
    assert QtGui.QImage(str(same)).height() == QtGui.QImage(str(two)).height()
    capsys.readouterr()
    assert main(["export", "--lanes", "Sessions,Moon", "-o", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert "--lanes: no lane 'Moon'" in err and "'Presidents'" in err
    assert not (tmp_path / "x.png").exists()


def test_select_of_a_record_outside_the_figure_warns_and_exports(tmp_path, capsys):
    """A record outside ``--range`` (or in a lane left out) cannot be highlighted: the
    export says so and is written (it said nothing: a new user's finding)."""
    out = tmp_path / "x.png"
    args = ["export", "-o", str(out), "--width", "900", "--select", "session-1"]
    assert main([*args, "--range", "2010:2027"]) == 0
    err = capsys.readouterr().err
    assert "warning: --select: record 'session-1' is not drawn (it lies outside --range)" in err
    assert out.exists() and halo_pixels(out) == 0
    assert main([*args, "--lanes", "presidents"]) == 0
    assert "its lane is left out by --lanes" in capsys.readouterr().err
    assert main(args) == 0
    assert "--select" not in capsys.readouterr().err


def test_options_a_format_does_not_use_are_named_as_ignored(tmp_path, capsys):
    """A PDF takes its page's size, a PNG or SVG has no page: such options were dropped
    without a word (a new user's finding); the export is still written."""
    pdf, svg = tmp_path / "x.pdf", tmp_path / "x.svg"
    assert main(["export", "-o", str(pdf), "--width", "900", "--range", "2020:2026"]) == 0
    assert "warning: --width: a PDF takes the size of its --page; ignored" in (
        capsys.readouterr().err
    )
    assert pdf.exists()
    assert (
        main(["export", "-o", str(svg), "--page", "A3", "--portrait", "--range", "2020:2026"]) == 0
    )
    assert "warning: --page and --portrait: only a PDF has a page; ignored" in (
        capsys.readouterr().err
    )
    assert main(["export", "-o", str(svg), "--scale", "2", "--range", "2020:2026"]) == 0
    assert "warning" not in capsys.readouterr().err
    # An option given with its default value is named too (it was not: a second trial).
    assert (
        main(["export", "-o", str(svg), "--page", "A4", "--landscape", "--range", "2020:2026"]) == 0
    )
    assert "warning: --page and --landscape: only a PDF has a page; ignored" in (
        capsys.readouterr().err
    )
    assert main(["export", "-o", str(pdf), "--width", "1600", "--range", "2020:2026"]) == 0
    assert "warning: --width: a PDF" in capsys.readouterr().err


def test_select_of_a_record_not_on_the_map_warns(tmp_path, capsys):
    """The map export said nothing of a --select it could not highlight (a second trial),
    where the timeline's export names why."""
    out = tmp_path / "m.png"
    args = ["export", "-o", str(out), "--view", "map", "--width", "800"]
    assert main([*args, "--select", "session-88", "--range", "1930:1960"]) == 0
    assert "record 'session-88' is not on the map (it lies outside --range)" in (
        capsys.readouterr().err
    )
    assert main([*args, "--select", "session-3"]) == 0  # no date, no place
    assert "record 'session-3' is not on the map" in capsys.readouterr().err
    assert main([*args, "--select", "session-88"]) == 0
    assert "--select" not in capsys.readouterr().err
    assert out.exists()


def test_select_of_a_point_without_a_start_says_why_it_is_not_drawn(tmp_path, capsys):
    # A session known by its end alone is not drawn (a point is drawn at its start);
    # --select said it "lies outside --range", inside the range (a trial)
    from tests.documents import record, write

    data = write(
        tmp_path / "s.json",
        [dict(record("s1", None, kind="session", end="1931"), start=None), record("e", "1930")],
    )
    out = tmp_path / "x.png"
    assert main(["export", str(data), "-o", str(out), "--select", "s1"]) == 0
    err = capsys.readouterr().err
    assert "record 's1' is not drawn (it has no start, where a marker is drawn)" in err
