"""Exported images: size, content, text; safe writing."""

import xml.etree.ElementTree as ET

import pytest
from PySide6 import QtGui

from viewer.core.layout import compute_layout
from viewer.core.loading import load_file
from viewer.core.ranges import parse_range
from viewer.export.image import ExportError, ExportOptions, export_image
from tests.conftest import MINI

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def mini():
    result = load_file(MINI)
    return result.dataset, compute_layout(result.dataset)


def _colours(image):
    return {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 5)}


def test_png_has_the_size_and_shows_the_chart(bundled, bundled_layout, tmp_path):
    out = export_image(bundled.dataset, bundled_layout, tmp_path / "all.png",
                       ExportOptions(width_px=1237, height_px=411))
    image = QtGui.QImage(str(out))
    assert (image.width(), image.height()) == (1237, 411)
    assert not image.hasAlphaChannel()
    colours = _colours(image)
    assert len(colours) > 20  # not blank
    session_blue = QtGui.QColor("#0072B2").rgb()
    assert session_blue in {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}


def test_png_range_shows_the_93rd_session_label(bundled, bundled_layout, tmp_path):
    out = tmp_path / "recent.svg"
    export_image(bundled.dataset, bundled_layout, out,
                 ExportOptions(x_range=parse_range("2020:2026"), width_px=1600))
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
    descriptors = [fonts[name].get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                   for name in fonts]
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


def test_non_ascii_file_name(mini, tmp_path):
    dataset, layout = mini
    out = export_image(dataset, layout, tmp_path / "Brüssel – 年表.png")
    assert QtGui.QImage(str(out)).width() == 1600
