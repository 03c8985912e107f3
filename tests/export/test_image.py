"""Exported images: size, content, text; safe writing."""

import errno
import html
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6 import QtGui

from tests.conftest import MINI
from tests.documents import document, loaded_dataset, record
from viewer.core.layout import compute_layout
from viewer.core.loading import load_file
from viewer.core.ranges import parse_range
from viewer.export.image import _LEFTOVER, ExportError, ExportOptions, export_image

ROOT = Path(__file__).resolve().parents[2]

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def mini():
    result = load_file(MINI)
    return result.dataset, compute_layout(result.dataset)


def _colours(image):
    return {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 5)
    }


def test_png_has_the_size_and_shows_the_chart(bundled, bundled_layout, tmp_path):
    out = export_image(
        bundled.dataset,
        bundled_layout,
        tmp_path / "all.png",
        ExportOptions(width_px=1237, height_px=411, sources=False),
    )
    image = QtGui.QImage(str(out))
    assert (image.width(), image.height()) == (1237, 411)
    assert not image.hasAlphaChannel()
    colours = _colours(image)
    assert len(colours) > 20  # not blank
    session_blue = QtGui.QColor("#0072B2").rgb()
    assert session_blue in {
        image.pixel(x, y) for x in range(image.width()) for y in range(image.height())
    }


def test_png_range_shows_the_93rd_session_label(bundled, bundled_layout, tmp_path):
    out = tmp_path / "recent.svg"
    export_image(
        bundled.dataset,
        bundled_layout,
        out,
        ExportOptions(x_range=parse_range("2020:2026"), width_px=1600),
    )
    texts = [t.text for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    assert any(t and "Marrakech" in t for t in texts)


def test_svg_root_and_exact_text(mini, tmp_path):
    dataset, layout = mini
    out = export_image(dataset, layout, tmp_path / "m.svg", ExportOptions(width_px=900))
    root = ET.parse(out).getroot()
    assert root.get("width") == "900"
    assert root.get("viewBox").split()[2] == "900"
    texts = [(t.text or "").strip() for t in root.iter(f"{SVG}text")]
    assert "Mini <test> & timeline" in texts  # the data's characters, not markup
    assert "Presidents" in texts and "Sessions" in texts


def test_pdf_is_a4_landscape_with_searchable_text(mini, tmp_path):
    from pypdf import PdfReader

    dataset, layout = mini
    out = export_image(dataset, layout, tmp_path / "m.pdf")
    reader = PdfReader(str(out))
    page = reader.pages[0]
    w, h = float(page.mediabox.width), float(page.mediabox.height)
    assert w == pytest.approx(842, abs=2) and h == pytest.approx(595, abs=2)
    text = " ".join(page.extract_text().split())  # pypdf turns word gaps into tabs
    assert "Mini <test> & timeline" in text
    assert "Presidents" in text
    fonts = page["/Resources"]["/Font"]
    descriptors = [
        fonts[name].get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        for name in fonts
    ]
    assert all("/FontFile2" in d.get_object() for d in descriptors)  # fonts are embedded


def test_failed_export_keeps_the_existing_file(mini, tmp_path):
    dataset, layout = mini
    target = tmp_path / "keep.png"
    target.write_bytes(b"old")
    with pytest.raises(ExportError):
        export_image(dataset, layout, target, ExportOptions(width_px=10))
    assert target.read_bytes() == b"old"
    with pytest.raises(ExportError, match="does not exist"):
        export_image(dataset, layout, tmp_path / "no" / "x.png")
    with pytest.raises(ExportError, match="format"):
        export_image(dataset, layout, tmp_path / "x.gif")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.png"]


def test_an_unwritable_folder_is_named_with_the_reason(mini, unwritable_folder):
    dataset, layout = mini
    folder, denied = unwritable_folder
    with denied(), pytest.raises(ExportError) as failure:
        export_image(dataset, layout, folder / "chart.png")
    assert str(failure.value) == (
        f"{folder / 'chart.png'}: cannot write in folder {folder} ({os.strerror(errno.EACCES)})"
    )
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="a /proc file system")
def test_a_folder_that_takes_no_files_is_not_called_missing(mini):
    """/proc exists but takes no new files; the system answers "No such file or
    directory", which a new user read as a missing folder."""
    dataset, layout = mini
    with pytest.raises(ExportError) as failure:
        export_image(dataset, layout, Path("/proc/chart.png"))
    assert (
        str(failure.value)
        == "/proc/chart.png: cannot write in folder /proc (it takes no new files)"
    )


def _run_python(code: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )


def test_a_killed_export_leaves_the_old_file_and_no_partial_one(mini, tmp_path):
    target = tmp_path / "chart.png"
    target.write_bytes(b"old")
    # Killed (SIGKILL: no clean-up) once the new file's bytes are written, before they
    # replace the old file: the moment a named temporary file would be left behind.
    result = _run_python(
        textwrap.dedent(f"""
        import os, signal
        from PySide6 import QtCore

        class KilledWhileWriting(QtCore.QSaveFile):
            def write(self, data):
                written = super().write(data)
                os.kill(os.getpid(), signal.SIGKILL)
                return written

        QtCore.QSaveFile = KilledWhileWriting
        from viewer.app.cli import main
        main(["export", {str(MINI)!r}, "-o", {str(target)!r}])
        """)
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert target.read_bytes() == b"old"
    # Linux file systems with unnamed temporary files leave nothing at all; elsewhere Qt's
    # named one is left, and the next export into the folder removes it once stale.
    left = [p for p in tmp_path.iterdir() if p != target]
    assert all(_LEFTOVER.fullmatch(p.name) for p in left), left
    for p in left:
        os.utime(p, (time.time() - 120, time.time() - 120))
    dataset, layout = mini
    export_image(dataset, layout, target)
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_a_full_disk_keeps_the_old_file_and_says_why(tmp_path, fmt):
    target = tmp_path / f"chart.{fmt}"
    target.write_bytes(b"old")
    # A limit on the size of files written stands in for a full disk: writes stop short,
    # then fail with EFBIG.
    result = _run_python(
        textwrap.dedent(f"""
        import resource, signal
        from viewer.app.qt_setup import ensure_app
        from viewer.core.layout import compute_layout
        from viewer.core.loading import load_file
        from viewer.export.image import ExportError, export_image

        ensure_app(offscreen=True)
        dataset = load_file({str(MINI)!r}).dataset
        layout = compute_layout(dataset)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
        try:
            export_image(dataset, layout, {str(target)!r})
        except ExportError as exc:
            print(exc)
        """)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"{target}: could not be written in folder {tmp_path} "
        f"({os.strerror(errno.EFBIG)}); the existing file is "
        "unchanged"
    )
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_stale_partial_files_of_killed_exports_are_removed(mini, tmp_path):
    dataset, layout = mini
    whole = export_image(dataset, layout, tmp_path / "whole.png").read_bytes()
    (tmp_path / "whole.png").unlink()
    files = {
        "chart.png.AbCdEf": whole[:300],  # Qt's temporary file, cut off: removed
        ".chart.ab12_d34.png": b"",  # an earlier version's, empty: removed
        ".other.zz99yy88.svg": b'<?xml version="1.0"?><svg',  # another export's: removed
        "chart.png.Backup": whole,  # a whole image: kept, whatever its name
        "notes.png.abcdef": b"my notes",  # not an image of ours: kept
        "chart.png.backup2": whole[:300],  # not the pattern: kept
        "chart.pdf.XyZabc": b"%PDF-1.4\n",  # fresh: may be an export still running: kept
    }
    old = time.time() - 120
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        if name != "chart.pdf.XyZabc":
            os.utime(tmp_path / name, (old, old))
    export_image(dataset, layout, tmp_path / "chart.png")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [
            "chart.png",
            "chart.png.Backup",
            "notes.png.abcdef",
            "chart.png.backup2",
            "chart.pdf.XyZabc",
        ]
    )


def test_non_ascii_file_name(mini, tmp_path):
    dataset, layout = mini
    out = export_image(dataset, layout, tmp_path / "Brüssel – 年表.png")
    assert QtGui.QImage(str(out)).width() == 1600


@pytest.mark.parametrize(
    "width,height,scale", [(1237, 500, 1.37), (801, 333, 2.0), (640, 481, 0.5)]
)
def test_png_size_is_width_and_height_times_scale(mini, tmp_path, width, height, scale):
    dataset, layout = mini
    out = export_image(
        dataset,
        layout,
        tmp_path / "s.png",
        ExportOptions(width_px=width, height_px=height, scale=scale, sources=False),
    )
    image = QtGui.QImage(str(out))
    assert (image.width(), image.height()) == (round(width * scale), round(height * scale))


def _ink(image):
    """Share of pixels that are not the background colour."""
    bg = image.pixel(0, 0)
    step = 3
    total = hits = 0
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            total += 1
            hits += image.pixel(x, y) != bg
    return hits / total


def test_lines_and_text_grow_with_the_scale(mini, tmp_path):
    dataset, layout = mini
    small = export_image(dataset, layout, tmp_path / "1.png", ExportOptions(width_px=800, scale=1))
    big = export_image(dataset, layout, tmp_path / "3.png", ExportOptions(width_px=800, scale=3))
    a, b = QtGui.QImage(str(small)), QtGui.QImage(str(big))
    assert b.width() == 2400
    # Same picture, bigger: the share of inked pixels stays about the same (hairlines
    # that did not grow would make it fall to about a third).
    assert _ink(b) == pytest.approx(_ink(a), rel=0.3)


def test_whole_timeline_shows_every_row(bundled, bundled_layout):
    from viewer.export.image import Figure
    from viewer.graphics.style import LIGHT

    fig = Figure(bundled.dataset, bundled_layout, ExportOptions(), LIGHT)
    fig.build(1600, 260)  # much less than the natural height
    try:
        lo, hi = fig.chart.getViewBox().viewRange()[1]
        assert lo <= 0 and hi >= bundled_layout.y_max - 0.3
        x_lo, x_hi = fig.chart.x_range()
        assert x_lo <= bundled_layout.x_min_days and x_hi >= bundled_layout.x_max_days
    finally:
        fig.close()


def test_footnotes_number_the_labels_and_list_sources(mini, tmp_path):
    dataset, layout = mini
    out = export_image(dataset, layout, tmp_path / "n.svg", ExportOptions(width_px=900))
    texts = [(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    assert any(t.startswith("3 Oslo [") for t in texts)
    number = next(t for t in texts if t.startswith("3 Oslo [")).split("[")[1].rstrip("]")
    assert f"[{number}] 3 Oslo:" in texts and "https://example.org/c" in texts
    svg_text = out.read_text(encoding="utf-8")
    assert re.search(
        r'<a xlink:href="https://example.org/c"><text[^>]*>\s*https://example.org/c'
        r"</text></a>",
        svg_text,
    )
    plain = export_image(
        dataset, layout, tmp_path / "p.svg", ExportOptions(width_px=900, sources=False)
    )
    texts = [(t.text or "").strip() for t in ET.parse(plain).getroot().iter(f"{SVG}text")]
    assert not any("[" in t for t in texts)


def test_a_height_too_small_for_footnotes_draws_the_chart_unnumbered(
    bundled, bundled_layout, tmp_path
):
    """At 200 px no label has room for a number at any height the footnotes would leave:
    the export was refused; it is drawn, without labels cut by their rows (rows thinner
    than a line of text get none), and the caption says why nothing is numbered."""
    out = export_image(
        bundled.dataset,
        bundled_layout,
        tmp_path / "x.svg",
        ExportOptions(height_px=200, x_range=parse_range("2010:2027")),
    )
    texts = [t.text or "" for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    assert "sources not numbered: no label has room for a number" in " ".join(texts)
    assert not [t for t in texts if t.startswith(("Khoo", "Ronald", "79"))]


def test_svg_renders_like_the_png_in_cairosvg(mini, tmp_path):
    cairosvg = pytest.importorskip("cairosvg")
    from PySide6 import QtCore

    dataset, layout = mini
    png = export_image(dataset, layout, tmp_path / "c.png", ExportOptions(width_px=900))
    svg = export_image(dataset, layout, tmp_path / "c.svg", ExportOptions(width_px=900))
    cairosvg.svg2png(url=str(svg), write_to=str(tmp_path / "cairo.png"))
    a = QtGui.QImage(str(png)).convertToFormat(QtGui.QImage.Format.Format_RGB32)
    b = QtGui.QImage(str(tmp_path / "cairo.png")).convertToFormat(QtGui.QImage.Format.Format_RGB32)
    assert a.size() == b.size()
    small = QtCore.QSize(a.width() // 8, a.height() // 8)
    a = a.scaled(
        small,
        QtCore.Qt.AspectRatioMode.IgnoreAspectRatio,
        QtCore.Qt.TransformationMode.SmoothTransformation,
    )
    b = b.scaled(
        small,
        QtCore.Qt.AspectRatioMode.IgnoreAspectRatio,
        QtCore.Qt.TransformationMode.SmoothTransformation,
    )
    diffs = []
    for x in range(small.width()):
        for y in range(small.height()):
            ca, cb = QtGui.QColor(a.pixel(x, y)), QtGui.QColor(b.pixel(x, y))
            diffs.append(
                abs(ca.red() - cb.red()) + abs(ca.green() - cb.green()) + abs(ca.blue() - cb.blue())
            )
    assert sum(diffs) / len(diffs) / 3 < 4  # mean difference per channel, of 255


@pytest.mark.parametrize("scale", [3.0, 4.0])
def test_a_pdf_whose_legend_leaves_no_room_for_lanes_is_refused(
    bundled, bundled_layout, tmp_path, scale
):
    """At scale 3 on A4 the legend took all the chart's height: the PDF held a title, an
    axis, a legend and a caption, no lane, and the export succeeded (a new user's
    finding). It is refused, saying what helps; without the legend it is drawn, lanes
    and all."""
    from pypdf import PdfReader

    out = tmp_path / "big.pdf"
    options = ExportOptions(scale=scale)
    with pytest.raises(ExportError) as refused:
        export_image(bundled.dataset, bundled_layout, out, options)
    assert str(refused.value) == (
        f"{out}: an A4 page at scale {scale:g} leaves no room for the chart and its legend; "
        "use a smaller --scale or --no-legend"
    )
    assert not out.exists()
    export_image(bundled.dataset, bundled_layout, out, ExportOptions(scale=scale, legend=False))
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "Sessions" in text and "Presidents" in text


def test_an_image_whose_legend_leaves_no_room_for_lanes_is_refused(
    bundled, bundled_layout, tmp_path
):
    out = tmp_path / "low.png"
    options = ExportOptions(width_px=400, height_px=200, scale=2.0, sources=False)
    with pytest.raises(ExportError, match="leaves no room for the chart and its legend"):
        export_image(bundled.dataset, bundled_layout, out, options)


@pytest.mark.parametrize(
    "page,landscape,size", [("A3", False, (842, 1191)), ("Letter", True, (792, 612))]
)
def test_pdf_page_sizes(mini, tmp_path, page, landscape, size):
    from pypdf import PdfReader

    dataset, layout = mini
    out = export_image(
        dataset, layout, tmp_path / "p.pdf", ExportOptions(page=page, landscape=landscape)
    )
    box = PdfReader(str(out)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=2)


def test_pdf_footnotes_continue_on_more_pages(bundled, bundled_layout, tmp_path):
    from pypdf import PdfReader

    out = export_image(
        bundled.dataset,
        bundled_layout,
        tmp_path / "all.pdf",
        ExportOptions(page="A4", landscape=True),
    )
    reader = PdfReader(str(out))
    assert len(reader.pages) > 1
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "[1] " in text
    # A page of notes says what it continues (a new user's page 2 had no heading)
    second = " ".join(reader.pages[1].extract_text().split())
    assert second.startswith(f"{bundled.dataset.title}: sources, continued (page 2 of ")


def test_a_pdf_whose_notes_fit_fills_its_page(tmp_path):
    """Ten events of one day stack in ten rows, taller than the page at scale 2;
    one has a source, so one footnote. The chart, held to 70 % of the page when there are
    notes, left a fifth of the page empty under that note (the bundled record at scale 2
    did the same). Now it takes what the notes leave: the lowest line of text is less
    than 8 % of the page above its bottom margin (10 mm)."""
    from pypdf import PdfReader

    from viewer.core.importers import load_bytes

    rows = [f"e{i},Event {i},1990-06-15," for i in range(9)] + [
        "cited,Cited,1990-06-15,https://e.org"
    ]
    raw = ("id,title,start,sources\n" + "\n".join(rows) + "\n").encode()
    dataset = load_bytes(raw, "stack.csv").dataset
    out = export_image(
        dataset, compute_layout(dataset), tmp_path / "s2.pdf", ExportOptions(scale=2.0)
    )
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    baselines: list[float] = []

    def seen(text, cm, tm, _font, _size):  # the text's place in the page's points
        if text.strip():
            baselines.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=seen)
    margin = 10 / 25.4 * 72
    height = float(page.mediabox.height)
    assert "[1] Cited: https://e.org" in " ".join(page.extract_text().split())
    assert 0 < min(baselines) - margin < 0.08 * height


def test_a_pdf_whose_notes_continue_fills_its_first_page(bundled, tmp_path):
    """The A4 figure of 2010-2027 left a third of its first page empty: the next note,
    twelve lines, did not fit whole in what was left, and went to page 2. A note now
    fills the column and continues in the next: the first page's lowest line stands near
    its bottom margin, and every note's lines are there once, in order."""
    from pypdf import PdfReader

    x_range = parse_range("2010:2027")
    layout = compute_layout(bundled.dataset, within=x_range)
    out = export_image(bundled.dataset, layout, tmp_path / "a4.pdf", ExportOptions(x_range=x_range))
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2
    baselines: list[float] = []

    def seen(text, cm, tm, _font, _size):  # the text's place in the page's points
        if text.strip():
            baselines.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    reader.pages[0].extract_text(visitor_text=seen)
    margin = 10 / 25.4 * 72
    assert 0 < min(baselines) - margin < 0.05 * float(reader.pages[0].mediabox.height)
    text = "\n".join(page.extract_text() for page in reader.pages)
    heads = [int(m.group(1)) for m in re.finditer(r"^\s*\[(\d+)\]\s", text, re.M)]
    assert heads == list(range(1, len(heads) + 1)) and len(heads) >= 10


def test_notes_are_split_only_where_each_part_keeps_two_lines():
    from viewer.export.image import _fill

    # 5 lines, then 12 in the 5 left and a next column of 10; whole notes go to the next
    assert _fill([5, 12, 3], 2, 10, 20, split=True) == [
        [[(0, 0, 5), (1, 0, 5)], [(1, 5, 12), (2, 0, 3)]]
    ]
    assert _fill([5, 12, 3], 2, 10, 20) == [[[(0, 0, 5)], [(1, 0, 12)]], [[(2, 0, 3)]]]
    # one line left: the note goes on whole; three lines left of a four-line note: two stay
    assert _fill([9, 4], 2, 10, 10, split=True) == [[[(0, 0, 9)], [(1, 0, 4)]]]
    assert _fill([7, 4], 2, 10, 10, split=True) == [[[(0, 0, 7), (1, 0, 2)], [(1, 2, 4)]]]


@pytest.mark.parametrize("size", [(800, 300), (400, 300), (800, 400)])
def test_every_footnote_of_a_short_export_has_its_number_in_the_chart(
    bundled, bundled_layout, tmp_path, size
):
    """An 800 x 300 export numbered its labels in a chart of its natural height, then
    gave the chart what the footnotes left: a strip where no numbered label was drawn,
    over four footnotes whose numbers were nowhere (a new user's finding). The footnotes
    are those of the labels the chart draws; when none has room, the caption says so."""
    width, height = size
    options = ExportOptions(width_px=width, height_px=height)
    out = export_image(bundled.dataset, bundled_layout, tmp_path / "short.svg", options)
    texts = [t.text or "" for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    in_chart = {m.group(1) for t in texts if (m := re.search(r"\[(\d+)\]\s*$", t))}
    noted = {m.group(1) for t in texts if (m := re.match(r"\[(\d+)\] ", t))}
    assert noted <= in_chart, (noted, in_chart)
    if noted:
        assert "Sources of the numbered items" in " ".join(texts)
    else:
        assert "sources not numbered: no label has room for a number" in " ".join(texts)
    if size == (800, 400):
        assert noted  # room for a few numbered labels


def test_a_dark_pdf_fills_its_margins(mini, tmp_path):
    # A dark figure sat on a white page border
    from pypdf import PdfReader

    dataset, layout = mini
    out = export_image(dataset, layout, tmp_path / "d.pdf", ExportOptions(theme="dark"))
    content = PdfReader(str(out)).pages[0].get_contents().get_data().decode("latin-1")
    # The first rectangle filled: "x y w h re", in the coordinates of the margins' inside
    x, y, _w, _h = map(float, content.split(" re", 1)[0].rsplit("\n", 1)[-1].split()[-4:])
    assert x < 0 and y < 0  # it reaches into the margins, page 1 and the notes' pages


def test_pdf_lists_every_source_of_every_numbered_item_as_a_link(bundled, bundled_layout, tmp_path):
    from pypdf import PdfReader

    out = export_image(
        bundled.dataset,
        bundled_layout,
        tmp_path / "links.pdf",
        ExportOptions(x_range=parse_range("2010:2027")),
    )
    reader = PdfReader(str(out))
    uris = {
        a.get_object()["/A"]["/URI"]
        for page in reader.pages
        for a in (page["/Annots"].get_object() if "/Annots" in page else [])
    }
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    heads = re.findall(r"\[(\d+)\] ([^:\[\]]+?): http", text)
    assert len(heads) >= 8
    # Every source of the numbered sessions is linked (sessions: "93 Marrakech" labels).
    for _number, label in heads:
        if label.split(" ")[0].isdigit():
            record = bundled.dataset.get(f"session-{label.split(' ')[0]}")
            assert {s.url for s in record.sources} <= uris, label


@pytest.mark.parametrize(
    "years", [None, "1990:2027", "2010:2027", "2015:2022", "1930:1950", "1938:1948"]
)
def test_every_number_on_the_chart_has_its_note_and_back(bundled, bundled_layout, tmp_path, years):
    """Footnotes a reader can use: each "[n]" on the chart has note n, each note n has
    "[n]" on the chart, and no URL is cut (wrapped lines join to whole sources). A range
    is drawn from its own layout, as ``export --range`` draws it (a band's label once took
    the place of a numbered session's, whose note was left without its number)."""
    from viewer.core.layout import compute_layout

    x_range = parse_range(years) if years else None
    layout = bundled_layout if x_range is None else compute_layout(bundled.dataset, within=x_range)
    options = ExportOptions(x_range=x_range)
    out = export_image(bundled.dataset, layout, tmp_path / "n.svg", options)
    texts = [(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    # "Rome [4]", or the mark alone ("[7]") where no cut name fitted
    on_chart = {int(m.group(1)) for t in texts for m in [re.search(r"(?:^| )\[(\d+)\]$", t)] if m}
    in_notes = {int(m.group(1)) for t in texts for m in [re.match(r"\[(\d+)\] ", t)] if m}
    assert on_chart and on_chart == in_notes == set(range(1, len(in_notes) + 1))
    assert not [t for t in texts if t.startswith("http") and "…" in t]
    links = re.findall(r'<a xlink:href="([^"]+)">', out.read_text(encoding="utf-8"))
    sources = {s.url for r in bundled.dataset.records for s in r.sources}
    assert links and {html.unescape(u) for u in links} <= sources  # "&" is "&amp;" in XML


def test_labels_with_room_for_a_number_get_one_when_few_are_numbered(
    bundled, bundled_layout, tmp_path
):
    """An 800 px export has 140 cited items: marks as wide as "[999]" fitted four labels,
    and "Sicot" and "Dressler", in bars twice their width, went unnumbered, the caption
    saying they had no room (a new user's finding). Four numbers need one digit: the
    labels are placed again with marks of one digit, and those fit too."""
    out = export_image(
        bundled.dataset, bundled_layout, tmp_path / "n.svg", ExportOptions(width_px=800)
    )
    texts = [(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    on_chart = {
        m.group(1): int(m.group(2)) for t in texts for m in [re.fullmatch(r"(.+) \[(\d)\]", t)] if m
    }
    assert {"Sicot", "Dressler", "Népote", "Kendall"} <= set(on_chart)
    assert sorted(on_chart.values()) == list(range(1, len(on_chart) + 1))


def test_no_name_cut_to_a_stub_where_its_mark_alone_names_it(bundled, bundled_layout, tmp_path):
    """The default export drew "Lour…", "Dick…", "Perss…", "Kane…", "Espi…" and "Phili…":
    stubs that name no one a reader could find. Where no whole name fits, a cited item's
    label is its footnote mark alone ("[7]"), whose note names it in full; a whole name
    with no room for a mark is drawn unnumbered ("Jarva") rather than cut or replaced by
    a number."""
    out = export_image(bundled.dataset, bundled_layout, tmp_path / "s.svg", ExportOptions())
    texts = [(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    assert not [t for t in texts if t.endswith("…") or "… [" in t]
    alone = {int(t[1:-1]) for t in texts if re.fullmatch(r"\[\d+\]", t)}
    notes = {
        int(m.group(1)): m.group(2)
        for t in texts
        for m in [re.match(r"\[(\d+)\] (.+?):(?: |$)", t)]
        if m
    }
    assert alone and alone <= set(notes)
    assert "Agostinho Lourenço" in {notes[n] for n in alone}
    assert "Jarva" in texts


def test_the_caption_of_the_narrowest_export_is_whole(bundled, bundled_layout, tmp_path):
    """At 200 px, the least width, the caption was cut after four lines ("sources not
    numbered: no label has room…", a new user's finding): it takes the lines it needs, up
    to six, and ends whole."""
    options = ExportOptions(width_px=200)
    out = export_image(bundled.dataset, bundled_layout, tmp_path / "c.svg", options)
    texts = [(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    first = next(i for i, t in enumerate(texts) if t.startswith("Range shown"))
    caption = texts[first:]
    assert 4 < len(caption) <= 6 and not [t for t in caption if t.endswith("…")]
    assert " ".join(caption).endswith("no label has room for a number")


def test_marks_alone_may_take_one_more_digit_where_that_leaves_no_stub(bundled, tmp_path):
    """At 800 px over 1923-1950, nine labels were numbered, and "Kalte…" and "Stei…"
    stayed stubs because a tenth number needed a second digit (the second trial): marks
    of two digits are tried too, and taken as they leave every whole name whole."""
    from viewer.core.layout import compute_layout

    x_range = parse_range("1923:1950")
    layout = compute_layout(bundled.dataset, within=x_range)
    options = ExportOptions(width_px=800, x_range=x_range)
    out = export_image(bundled.dataset, layout, tmp_path / "s.svg", options)
    texts = [(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    assert not [t for t in texts if "…" in t]
    notes = {m.group(2) for t in texts for m in [re.match(r"\[(\d+)\] (.+?):(?: |$)", t)] if m}
    assert {"Otto Steinhäusl", "Ernst Kaltenbrunner"} <= notes
    assert "Johann Schober [4]" in texts  # whole, with its number


def test_dark_theme(mini, tmp_path):
    dataset, layout = mini
    out = export_image(dataset, layout, tmp_path / "d.png", ExportOptions(theme="dark"))
    assert QtGui.QColor(QtGui.QImage(str(out)).pixel(2, 2)).lightness() < 60


def test_cancelled_export_writes_nothing(mini, tmp_path):
    from viewer.export.image import ExportCancelled

    dataset, layout = mini
    target = tmp_path / "c.png"
    target.write_bytes(b"old")
    steps = []

    def progress(step, total):
        steps.append((step, total))
        return step < 3

    with pytest.raises(ExportCancelled):
        export_image(dataset, layout, target, ExportOptions(progress=progress))
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.png"]
    assert (3, 4) in steps


def test_svg_keeps_non_latin_scripts_exactly(tmp_path):
    from viewer.core.loading import load_document

    titles = ["北京", "Пекин & <Москва>", "بكين", "Ἀθῆναι", "Zürich – Genève"]
    doc = document(
        [
            {
                "id": f"x{n}",
                "kind": "presidency",
                "lane": f"l{n}",
                "title": t,
                "start": "1990",
                "end": "2010",
                "sources": ["https://e.org"],
            }
            for n, t in enumerate(titles)
        ],
        title="scripts",
        lanes=[{"id": f"l{n}", "title": f"Ämter {n}"} for n in range(len(titles))],
    )
    dataset = load_document(doc, "s.json").dataset
    out = export_image(
        dataset,
        compute_layout(dataset),
        tmp_path / "s.svg",
        ExportOptions(width_px=1600, sources=False),
    )
    texts = [(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    for title in titles:
        assert title in texts, (title, texts)
    assert "Ämter 0" in texts


def test_svg_keeps_a_cjk_label_with_spaces_in_one_text_element(tmp_path):
    from viewer.core.loading import load_document
    from viewer.graphics.text import family_for

    if family_for("北京 上海", "DejaVu Sans") == "DejaVu Sans":
        pytest.skip("no font with Chinese characters installed (Debian: fonts-droid-fallback)")

    doc = document(
        [
            {
                "id": "x",
                "kind": "presidency",
                "lane": "a",
                "title": "北京 上海",
                "start": "1990",
                "end": "2010",
                "sources": ["https://e.org"],
            }
        ],
        title="cjk",
    )
    dataset = load_document(doc, "c.json").dataset
    out = export_image(
        dataset,
        compute_layout(dataset),
        tmp_path / "c.svg",
        ExportOptions(width_px=1600, sources=False),
    )
    texts = [(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    assert "北京 上海" in texts


def test_files_with_characters_that_are_not_text_export(tmp_path):
    """A lone surrogate crashed Qt (segmentation fault) and a NUL broke SVG; both are
    replaced when the file is read, so every format exports."""
    import json

    from viewer.core.importers import load_any

    doc = document(
        [
            {
                "id": "x",
                "kind": "event",
                "lane": "a",
                "title": "half \ud83d emoji",
                "start": "2000",
                "sources": ["https://e.org"],
            },
            {
                "id": "y",
                "kind": "event",
                "lane": "a",
                "title": "nul \x00 here",
                "start": "2001",
                "sources": ["https://e.org"],
            },
        ]
    )
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    dataset = load_any(path).dataset
    for suffix in ("png", "svg", "pdf"):
        out = export_image(
            dataset,
            compute_layout(dataset),
            tmp_path / f"out.{suffix}",
            ExportOptions(width_px=600, height_px=300),
        )
        assert out.stat().st_size > 1000
    assert "half \ufffd emoji" in (tmp_path / "out.svg").read_text(encoding="utf-8")


def test_png_larger_than_the_pixel_limit_is_refused_before_drawing(tmp_path, mini):
    dataset, layout = mini
    with pytest.raises(ExportError, match="1,024,000,000 pixels is too large for a PNG"):
        export_image(
            dataset,
            layout,
            tmp_path / "huge.png",
            ExportOptions(width_px=16000, height_px=16000, scale=2),
        )
    with pytest.raises(ExportError, match="too tall"):
        export_image(
            dataset,
            layout,
            tmp_path / "tall.png",
            ExportOptions(width_px=1000, height_px=20000, scale=2),
        )
    assert not list(tmp_path.iterdir())


def test_shortened_labels_keep_their_footnote_number(tmp_path, bundled, bundled_layout):
    """A label elided to fit its bar keeps "[n]", so the reader can find its sources."""
    import re

    out = export_image(
        bundled.dataset, bundled_layout, tmp_path / "narrow.svg", ExportOptions(width_px=900)
    )
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", out.read_text(encoding="utf-8"))
    elided = [t for t in texts if "…" in t and not t.startswith("[")]  # not the notes
    assert all(re.search(r" \[\d+\]$", t) for t in elided), elided


@pytest.mark.parametrize("fmt", ["svg", "pdf"])
def test_a_range_outside_the_data_is_drawn_as_asked(tmp_path, bundled, bundled_layout, fmt):
    """``1500:1600`` draws 1500-1600 (empty lanes), not the data's nearest century, and the
    caption says so."""
    out = export_image(
        bundled.dataset,
        bundled_layout,
        tmp_path / f"far.{fmt}",
        ExportOptions(width_px=800, x_range=parse_range("1500:1600")),
    )
    if fmt == "svg":
        texts = [(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    else:
        from pypdf import PdfReader

        texts = [
            " ".join(line.split())
            for line in PdfReader(str(out)).pages[0].extract_text().splitlines()
        ]
    caption = next(t for t in texts if t.startswith("Range shown:"))
    assert caption.startswith("Range shown: 1500 – 1600")
    assert "no records in this range" in caption
    years = {int(t) for t in texts if t.isdigit() and len(t) == 4}
    assert years and min(years) >= 1500 and max(years) <= 1600
    assert not any("Marrakech" in t or "Vienna" in t for t in texts)


def test_a_range_beyond_one_end_of_the_data_is_drawn_as_asked(tmp_path, bundled, bundled_layout):
    out = export_image(
        bundled.dataset,
        bundled_layout,
        tmp_path / "late.svg",
        ExportOptions(width_px=800, x_range=parse_range("2000:2200"), sources=False),
    )
    texts = [(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    assert any(t.startswith("Range shown: 2000 – 2200") for t in texts)
    assert "2150" in texts or "2200" in texts or "2175" in texts
    assert not any("no records" in t for t in texts)


def test_vector_exports_draw_hatched_bands_as_vectors(tmp_path, bundled, bundled_layout):
    """A large hatched band is copied from a pre-drawn image on screen; in SVG that image
    was embedded at full size (megabytes), so vector exports fill it with the brush."""
    out = export_image(
        bundled.dataset,
        bundled_layout,
        tmp_path / "big.svg",
        ExportOptions(width_px=4000, height_px=3000),
    )
    text = out.read_text(encoding="utf-8")
    assert "<image" not in text
    assert out.stat().st_size < 2_000_000


@pytest.mark.parametrize("years", ["2010:2027", "2012:2027"])
def test_svg_of_a_part_of_the_timeline_draws_nothing_over_the_lane_names(
    tmp_path, bundled, bundled_layout, years
):
    """SVG has no clipping: bars (and, from 2012, a handover arrow from 2011) that start
    before the range were drawn over the lane names. Rendered with CairoSVG, the
    lane-name column matches the (clipped) PNG."""
    cairosvg = pytest.importorskip("cairosvg")
    options = ExportOptions(
        width_px=1000, x_range=parse_range(years), sources=False, legend=False
    )  # the legend's swatches sit under the lane names
    png = export_image(bundled.dataset, bundled_layout, tmp_path / "p.png", options)
    svg = export_image(bundled.dataset, bundled_layout, tmp_path / "p.svg", options)
    cairosvg.svg2png(url=str(svg), write_to=str(tmp_path / "cairo.png"))
    a = QtGui.QImage(str(png)).convertToFormat(QtGui.QImage.Format.Format_RGB32)
    b = QtGui.QImage(str(tmp_path / "cairo.png")).convertToFormat(QtGui.QImage.Format.Format_RGB32)
    assert a.size() == b.size()
    # The lane-name column: left of the chart's axis line (found in the PNG).
    row = a.height() // 3
    axis_x = next(
        x
        for x in range(40, a.width() // 3)
        if QtGui.QColor(a.pixel(x, row)).lightness() < 140
        and QtGui.QColor(a.pixel(x, row + 40)).lightness() < 140
    )

    def coloured(image):  # bar fills and markers are coloured; lane names are grey
        return sum(
            1
            for x in range(0, axis_x - 2)
            for y in range(0, image.height(), 2)
            if QtGui.QColor(image.pixel(x, y)).hsvSaturation() > 60
        )

    assert coloured(a) < 20
    assert coloured(b) < 20


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_the_chart_is_built_once(tmp_path, bundled, bundled_layout, monkeypatch, fmt):
    """Numbering the footnotes and sizing the chart to what they leave use one chart."""
    from viewer.export import image
    from viewer.graphics.chart import TimelineChart

    built = []

    class Counted(TimelineChart):
        def __init__(self, *args, **kwargs):
            built.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(image, "TimelineChart", Counted)
    export_image(
        bundled.dataset,
        bundled_layout,
        tmp_path / f"once.{fmt}",
        ExportOptions(x_range=parse_range("2010:2027"), width_px=1000),
    )
    assert len(built) == 1


def test_a_fitted_png_beyond_the_pixel_limit_is_refused_before_drawing(tmp_path):
    """Without --height the height is known only after layout: 300 lanes at 20000 px x 1.6
    would be 32000 x 19200 pixels (614 million), over the PNG limit."""

    lanes = [{"id": f"l{k}", "title": f"Lane {k}"} for k in range(300)]
    records = [
        {
            "id": f"r{k}",
            "kind": "event",
            "lane": f"l{k}",
            "title": f"Event {k}",
            "start": f"{1900 + k % 100}",
            "sources": ["https://e.org"],
        }
        for k in range(300)
    ]
    dataset = loaded_dataset(records, title="tall", lanes=lanes)
    target = tmp_path / "tall.png"
    with pytest.raises(
        ExportError,
        match="at the height its content needs, 32,000 x "
        r"19,200 = 614,400,000 pixels is too large for a PNG",
    ):
        export_image(
            dataset,
            compute_layout(dataset),
            target,
            ExportOptions(width_px=20000, scale=1.6, sources=False),
        )
    assert not target.exists()


def test_a_narrow_export_says_in_full_why_items_are_unnumbered(tmp_path, bundled):
    # At 600 px the caption was cut to "(138 of 140 ite…", and said "no room for their
    # label" of labels drawn without a number
    dataset = bundled.dataset
    out = export_image(
        dataset, compute_layout(dataset), tmp_path / "narrow.svg", ExportOptions(width_px=800)
    )
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", out.read_text("utf-8"))))
    assert "unnumbered: no room for a number or its note, or no source):" in text
    assert "…" not in text.split("Range shown")[1].split("[1]")[0]  # the caption, not cut


def test_caption_lines_wrap_at_a_word_into_two():
    from viewer.export.image import caption_lines

    def width(t):
        return 10.0 * len(t)

    assert caption_lines("one two three", width, 200) == ["one two three"]
    assert caption_lines("one two three", width, 80) == ["one two", "three"]
    assert caption_lines("Range   ·   Sources", width, 90) == ["Range   ·", "Sources"]


def test_an_english_svg_holds_no_invisible_direction_marks(tmp_path):
    # Each isolate around "(+N more in the PDF or 'records')" was a <text> of its own,
    # drawn as a box by some renderers; an English footnote needs none.
    from viewer.core.paths import BUNDLED_DATA

    result = load_file(BUNDLED_DATA)
    layout = compute_layout(result.dataset)
    options = ExportOptions(width_px=1400, x_range=parse_range("1990:2027"))
    out = export_image(result.dataset, layout, tmp_path / "b.svg", options)
    root = ET.parse(out).getroot()
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert any("more in the app" in t for t in texts)
    assert not [t for t in texts if set(t) & {"\u2066", "\u2067", "\u2068", "\u2069"}]


def test_the_caption_counts_the_records_without_a_date(tmp_path):
    # Sessions 3 and 6-13 have no date: the gap they leave in 1929-1937 read as years
    # without a session, the figure saying nothing of them
    from viewer.core.paths import BUNDLED_DATA

    result = load_file(BUNDLED_DATA)
    layout = compute_layout(result.dataset)
    assert layout.undated
    options = ExportOptions(width_px=1400, x_range=parse_range("1920:1940"))
    out = export_image(result.dataset, layout, tmp_path / "u.svg", options)
    texts = " ".join(t.text or "" for t in ET.parse(out).getroot().iter(f"{SVG}text"))
    without_lane = result.dataset.columns.without_lane  # articles
    assert without_lane
    assert (
        f"not drawn: {len(layout.undated)} without a date, {without_lane} without a lane" in texts
    )


def test_the_caption_counts_the_records_without_a_lane_as_the_status_bar_does(tmp_path):
    """Articles without a lane are off the chart: the caption says how many, as the
    window's status bar does (the caption named only those without a date); a band
    without a lane shades every lane and is not counted."""
    recs = [
        record("a", "1990", lane="l"),
        record("n1", "1991", kind="article", lane=None, about=["a"]),
        record("n2", "1992", kind="article", lane=None, about=["a"]),
        record("era", "1980", kind="era", lane=None, end="1985"),
    ]
    dataset = loaded_dataset(recs, lanes=[{"id": "l", "title": "L"}])
    assert dataset.columns.without_lane == 2
    out = export_image(dataset, compute_layout(dataset), tmp_path / "l.svg", ExportOptions())
    texts = " ".join(t.text or "" for t in ET.parse(out).getroot().iter(f"{SVG}text"))
    assert "2 records without a lane, not drawn" in texts


def _one_term(title, start, end):
    """A dataset of one sourced presidency titled *title*, in lane ``a``."""
    from viewer.core.loading import load_document

    term = {"id": "x", "kind": "presidency", "lane": "a", "title": title, "start": start}
    doc = document([{**term, "end": end, "sources": ["https://e.org"]}], title="ar")
    return load_document(doc, "a.json").dataset


def test_an_arabic_title_has_its_mark_on_its_left_a_space_apart_in_png_and_svg(tmp_path):
    # A trial saw "[1]مؤتمر القاهرة الدولي" in a PNG, the mark touching the title, and the
    # SVG wrote the mark's brackets reversed ("]" and "1" as texts of their own).
    title = "مؤتمر القاهرة الدولي"
    dataset = _one_term(title, "1990", "1992")
    options = ExportOptions(width_px=900, x_range=parse_range("1980:2000"))
    out = export_image(dataset, compute_layout(dataset), tmp_path / "a.svg", options)
    chart = [
        (float(t.get("x", 0)), (t.text or "").strip("\u200e\u200f "))
        for t in ET.parse(out).getroot().iter(f"{SVG}text")
        if float(t.get("y", 0)) < 100  # the chart's texts, not the footnotes below it
    ]
    mark = [x for x, text in chart if text == "[1]"]
    named = [x for x, text in chart if text == title]
    assert len(mark) == 1 and len(named) == 1 and mark[0] < named[0], chart
    assert not [text for _, text in chart if text.strip() in ("[", "]", "1")]


def test_an_arabic_title_holding_latin_words_reads_the_same_with_its_mark(tmp_path):
    # A trial: with its mark set before it as a left-to-right line, "مؤتمر ICPO-Interpol
    # الدولي" was drawn with its words in the wrong order. The runs of the title are
    # drawn where they are drawn without a mark, the mark on the left.
    title = "مؤتمر ICPO-Interpol الدولي"
    dataset = _one_term(title, "1950", "1960")
    layout = compute_layout(dataset)

    def runs(sources, chart=True):
        options = ExportOptions(width_px=900, x_range=parse_range("1948:1962"), sources=sources)
        out = export_image(dataset, layout, tmp_path / f"{sources}.svg", options)
        texts = list(ET.parse(out).getroot().iter(f"{SVG}text"))
        assert not [t.text for t in texts if set(t.text or "") & set("\u202b\u202c\u2067")]
        return [
            (float(t.get("x", 0)), (t.text or "").strip("\u200e\u200f :"))
            for t in texts
            if (float(t.get("y", 0)) < 100) == chart
        ]

    plain, marked = runs(False), runs(True)
    words = ["مؤتمر", "ICPO-Interpol", "الدولي"]
    order = [text for _, text in sorted(plain) if text in words]
    assert sorted(order) == sorted(words), plain
    assert [text for _, text in sorted(marked) if text in words] == order
    mark = [x for x, text in marked if text == "[1]"]
    assert len(mark) == 1 and mark[0] < min(x for x, text in marked if text in words)
    # The footnote under the chart, "[1] title: URL", reads the title as the chart does
    note = [text for _, text in sorted(runs(True, chart=False))]
    assert [text for text in note if text in words] == order, note


def test_lanes_deeper_than_the_image_keep_the_rows_that_fit(tmp_path):
    """300 spans that all overlap need 300 rows: an image 400 px tall keeps the rows that
    fit at 4 px a row, draws the other spans over them, and its caption says so; the
    shallow lane keeps its row. Before, the export was refused."""
    recs = [record(f"s{k}", "2000", lane="a", end="2005") for k in range(300)]
    recs.append(record("p", "2001-01-01", lane="b"))
    lanes = [{"id": "a", "title": "Deep"}, {"id": "b", "title": "Shallow"}]
    dataset = loaded_dataset(recs, lanes=lanes)
    layout = compute_layout(dataset)
    assert layout.lanes[0].rows == 300
    options = ExportOptions(width_px=900, height_px=400, sources=False)
    png = QtGui.QImage(str(export_image(dataset, layout, tmp_path / "deep.png", options)))
    assert (png.width(), png.height()) == (900, 400)
    assert len(_colours(png)) > 10
    svg = html.unescape(export_image(dataset, layout, tmp_path / "deep.svg", options).read_text())
    found = re.search(
        r"([\d,]+) records drawn over others to fit the image \(at most (\d+) rows a lane\)", svg
    )
    assert found, svg[-3000:]
    over, rows = int(found[1].replace(",", "")), int(found[2])
    assert 20 < rows < 100 and over == 300 - rows
    assert ">Deep<" in svg and ">Shallow<" in svg
    # Room for every row: no note.
    roomy = ExportOptions(width_px=900, height_px=1600, sources=False)
    text = export_image(dataset, layout, tmp_path / "roomy.svg", roomy).read_text()
    assert "drawn over others" not in text


def test_an_svg_embeds_each_density_row_once_not_its_whole_block(tmp_path):
    """Dense lanes are drawn as densities, a row at a time from images of many rows: an
    SVG holds each row's own pixels (a million records' SVG once grew to gigabytes,
    every row embedding its whole block)."""
    import base64
    import random
    import struct

    rng = random.Random(3)
    recs = []
    for k in range(3000):
        year = rng.randint(1900, 1950)
        recs.append(record(f"s{k}", f"{year}-0{rng.randint(1, 9)}", end=str(year + 1)))
    dataset = loaded_dataset(recs)
    layout = compute_layout(dataset)
    assert layout.lanes[0].rows > 20
    options = ExportOptions(width_px=900, height_px=None, sources=False)
    svg = export_image(dataset, layout, tmp_path / "dense.svg", options).read_text()
    images = re.findall(r'xlink:href="data:image/png;base64,([^"]+)"', svg)
    assert len(images) > 20  # a strip a row
    heights = {struct.unpack(">I", base64.b64decode(data)[20:24])[0] for data in images}
    assert heights == {1}, heights
    assert len(svg) < 2_000_000


def test_rows_cut_for_an_image_are_4_px_beside_the_legend_and_footnotes(tmp_path):
    """The rows were cut for the image less its title, caption and axis, and then drawn
    thinner beside the legend and footnotes, under a caption saying "at most 121 rows a lane" (0.4
    px apart: a new user's finding): they are cut to what the chart holds at 4 px a row."""
    from viewer.export.image import AXIS_PX, CAPTION_PX, TITLE_PX

    recs = [record(f"s{k}", "2000", lane="a", end="2005") for k in range(190)]
    recs += [record(f"p{k}", f"200{k}-01-01", lane="b") for k in range(3)]
    lanes = [{"id": "a", "title": "Deep"}, {"id": "b", "title": "Shallow"}]
    dataset = loaded_dataset(recs, lanes=lanes)
    options = ExportOptions(width_px=900, height_px=300, sources=False)
    svg = html.unescape(
        export_image(dataset, compute_layout(dataset), tmp_path / "cut.svg", options).read_text()
    )
    found = re.search(
        r"([\d,]+) records? drawn over others to fit the image \(at most (\d+) rows? a lane\)", svg
    )
    assert found, svg[-2000:]
    rows = int(found[2])
    # The lanes' rows, a row of the other lane and the gap, at 4 px each, leave room for
    # the legend's line (20 px at least) besides the title, caption and axis.
    assert (rows + 1 + 0.5) * 4 <= 300 - (TITLE_PX + CAPTION_PX + AXIS_PX) - 20
    assert int(found[1].replace(",", "")) == 190 - rows


def test_a_lane_cut_to_one_row_says_one_row(tmp_path):
    """The caption's row count is a count of its own: "at most 1 row a lane", not "cut to
    1 rows" (a new user's finding)."""
    lanes = [{"id": f"l{n}", "title": f"Deep {n}"} for n in range(7)]
    recs = [
        record(f"s{n}-{k}", "2000", lane=f"l{n}", end="2005") for n in range(7) for k in range(3)
    ]
    dataset = loaded_dataset(recs, lanes=lanes)
    options = ExportOptions(width_px=900, height_px=150, sources=False, legend=False)
    svg = html.unescape(
        export_image(dataset, compute_layout(dataset), tmp_path / "one.svg", options).read_text()
    )
    found = re.search(r"([\d,]+) records? drawn over others to fit the image \(([^)]*)\)", svg)
    assert found, svg[-2000:]
    assert found[2] == "at most 1 row a lane"
    assert int(found[1]) == 7 * 2


def test_a_tall_bands_cut_name_is_written_whole_in_two_lines(tmp_path, bundled):
    """The band of the years without a session read "No ses… [2]" in the default export,
    in a band tall enough for two lines (a new user's finding): its name is whole, in two
    lines, with its footnote number."""
    dataset = bundled.dataset
    out = export_image(dataset, compute_layout(dataset), tmp_path / "d.svg", ExportOptions())
    texts = [t.text or "" for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    assert "No sessions," in texts
    assert any(re.fullmatch(r"1939-1945 \[\d+\]", t) for t in texts), texts[:80]
    assert not any(t.startswith("No ses…") for t in texts)


def test_a_narrow_caption_takes_the_lines_it_needs(tmp_path):
    """At 400 px the caption was cut to two lines, before the count of rows ("… (at …"):
    it takes the lines its words need, the chart the height left."""
    recs = [record(f"s{k}", "2000", lane="a", end="2005") for k in range(300)]
    recs += [record(f"n{k}", f"19{k:02d}", kind="article", lane=None) for k in range(3)]
    dataset = loaded_dataset(recs, lanes=[{"id": "a", "title": "Deep"}])
    options = ExportOptions(width_px=400, height_px=300, sources=False)
    out = export_image(dataset, compute_layout(dataset), tmp_path / "n.svg", options)
    texts = [t.text or "" for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    caption = " ".join(t for t in texts if t and not t.startswith(("Deep", "t")))
    assert re.search(
        r"records drawn over others to fit the image \(at most \d+ rows? a lane\)", caption
    ), caption
    assert "3 records without a lane, not drawn" in caption
    png = QtGui.QImage(
        str(export_image(dataset, compute_layout(dataset), tmp_path / "n.png", options))
    )
    assert (png.width(), png.height()) == (400, 300)


def test_a_presidents_name_goes_under_a_term_too_short_for_it(bundled, bundled_layout, tmp_path):
    """The default export cut most presidents' names to stubs inside their terms
    ("Simp…", "Balle…", "Perss…") while the row under them was empty (a new user's
    finding): a name with no room in its bar's row goes whole under the bar."""
    out = export_image(bundled.dataset, bundled_layout, tmp_path / "d.svg", ExportOptions())
    texts = [(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    for name in ("Simpson", "Ballestrazzi", "Selebi"):
        assert any(re.fullmatch(name + r" \[\d+\]", t) for t in texts), name
    assert not [t for t in texts if t.startswith(("Simp…", "Balle…"))]


def test_a_short_export_of_many_lanes_is_drawn_without_numbers_rather_than_refused(tmp_path):
    """Twenty-five lanes at 800 x 300 were refused: "no room for the chart and its 42
    source footnotes", the footnotes of labels drawn at the chart's natural height, while
    at any height the image has room for, no label has room for a number (the second
    trial). The figure is drawn, and its caption says why nothing is numbered."""
    lanes = [{"id": f"l{i}", "title": f"Organisation {i}"} for i in range(25)]
    records = [
        record(
            f"r{i}-{j}",
            str(1920 + 25 * j + i % 7),
            end=str(1930 + 25 * j + i % 7),
            lane=f"l{i}",
            title=f"Organisation {i} event {j}",
        )
        for i in range(25)
        for j in range(4)
    ]
    dataset = loaded_dataset(records, lanes=lanes)
    options = ExportOptions(width_px=800, height_px=300)
    out = export_image(dataset, compute_layout(dataset), tmp_path / "many.svg", options)
    text = " ".join(t.text or "" for t in ET.parse(out).getroot().iter(f"{SVG}text"))
    assert "sources not numbered" in text


def test_an_export_within_a_markers_period_draws_its_line(tmp_path):
    """An export of 1970-1980 of a file whose record is dated "19XX" drew nothing and said
    "(no records in this range)" (a trial): the record's period crosses the range, so its
    line is drawn and the caption does not call the range empty."""
    from tests.documents import loaded_dataset, record
    from viewer.core.layout import compute_layout

    dataset = loaded_dataset([record("century", "19XX")])
    x_range = parse_range("1970:1980")
    layout = compute_layout(dataset, within=x_range)
    assert list(layout.ids) == ["century"]
    options = ExportOptions(width_px=900, x_range=x_range)
    out = export_image(dataset, layout, tmp_path / "c.svg", options)
    root = ET.parse(out).getroot()
    texts = [(t.text or "").strip() for t in root.iter(f"{SVG}text")]
    caption = " ".join(t for t in texts if "Range shown" in t)
    assert "1970" in caption and "no records in this range" not in caption
    png = export_image(dataset, layout, tmp_path / "c.png", options)
    image = QtGui.QImage(str(png))
    blue = [
        x
        for x in range(image.width())
        if any(
            QtGui.QColor(image.pixel(x, y)).blue() > QtGui.QColor(image.pixel(x, y)).red() + 30
            for y in range(0, image.height() // 2)
        )
    ]
    assert len(blue) > image.width() * 0.6  # a line across the chart


def test_a_period_that_ends_before_the_range_does_not_cross_it(tmp_path):
    """ "19XX" ends with 1999: an export of 2000-2005 counted it (no "no records in this
    range", its legend entry shown), and one of 1995-2010 drew a chevron at the view's
    right edge and no tick at 2000 (a trial)."""
    from tests.documents import loaded_dataset, record
    from viewer.core.layout import compute_layout

    dataset = loaded_dataset([record("century", "19XX")])
    assert not list(compute_layout(dataset, within=parse_range("2000:2005")).ids)
    assert not list(compute_layout(dataset, within=parse_range("1890:1899")).ids)
    assert list(compute_layout(dataset, within=parse_range("1999:2005")).ids) == ["century"]
    x_range = parse_range("1995:2010")
    layout = compute_layout(dataset, within=x_range)
    options = ExportOptions(width_px=1600, x_range=x_range, legend=False)
    image = QtGui.QImage(str(export_image(dataset, layout, tmp_path / "c.png", options)))

    def bluish_columns(x_from: int, x_to: int) -> int:
        return sum(
            any(
                QtGui.QColor(image.pixel(x, y)).blue() > QtGui.QColor(image.pixel(x, y)).red() + 30
                for y in range(image.height())
            )
            for x in range(x_from, x_to)
        )

    assert bluish_columns(int(image.width() * 0.4), image.width()) == 0  # nothing past 2000
    assert bluish_columns(int(image.width() * 0.1), int(image.width() * 0.3)) > 0


def test_an_arabic_caption_names_a_data_file_of_digits_in_its_order(qapp, tmp_path):
    # "البيانات: 1923-1938.csv" was drawn "csv.1938-1923": after the Arabic words the
    # name's digits were read as Arabic numbers. Isolated, the name reads as written.
    from viewer.app import language
    from viewer.core.loading import load_document

    term = {"id": "x", "kind": "presidency", "lane": "a", "title": "t", "start": "1990"}
    doc = document([{**term, "end": "1992", "sources": ["https://e.org"]}], title="ar")
    dataset = load_document(doc, "/d/1923-1938.csv").dataset
    options = ExportOptions(width_px=900, x_range=parse_range("1980:2000"))
    language.install("ar")
    try:
        out = export_image(dataset, compute_layout(dataset), tmp_path / "a.svg", options)
    finally:
        language.install("en")
    texts = [
        (float(t.get("x", 0)), t.text or "") for t in ET.parse(out).getroot().iter(f"{SVG}text")
    ]
    digits = [x for x, text in texts if text.startswith("1923-1938")]
    csv = [x for x, text in texts if text.endswith("csv")]
    assert len(digits) == 1 and len(csv) == 1 and digits[0] < csv[0], texts
    out = export_image(dataset, compute_layout(dataset), tmp_path / "e.svg", options)
    caption = " ".join(t.text or "" for t in ET.parse(out).getroot().iter(f"{SVG}text"))
    assert "Data: 1923-1938.csv" in caption
