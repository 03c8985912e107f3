"""The map's export: sizes, not blank, markers where the cities are, SVG readable by another
renderer (cairosvg), PDF pages, the caption's sources, and ``export --view map``."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6 import QtGui

from tests.export.pixels import halo_pixels, rgb
from viewer.app.cli import main
from viewer.core import map_model as mm
from viewer.core.export_spec import ExportOptions
from viewer.core.geo import equal_earth
from viewer.core.world import load_world
from viewer.export.image import TITLE_PX, ExportError, fit_title
from viewer.export.map_image import MAP_CAPTION_PX, export_map, map_caption, natural_height_px
from viewer.graphics.style import LIGHT
from viewer.graphics.world_map import ERA_COLOURS, scene_for

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def qapp_needed(qapp):
    return qapp


def test_png_size_and_content(qapp_needed, bundled, tmp_path):
    out = export_map(bundled.dataset, tmp_path / "m.png", ExportOptions(width_px=1200))
    pixels = rgb(out)
    assert pixels.shape == (natural_height_px(1200), 1200, 3)
    assert len(np.unique(pixels.reshape(-1, 3), axis=0)) > 50  # not blank


def test_a_marker_is_drawn_where_dakar_is(qapp_needed, bundled, tmp_path):
    # Dakar (one session, 1992) is alone on the coast: its marker's centre has its era's colour
    width = 1200
    out = export_map(bundled.dataset, tmp_path / "m.png", ExportOptions(width_px=width))
    height = natural_height_px(width)
    model = mm.build_map(bundled.dataset, load_world())
    scene = scene_for(model, (0.0, TITLE_PX, width, height - TITLE_PX - MAP_CAPTION_PX), LIGHT)
    x, y = equal_earth(-17.444, 14.694)
    px, py = scene.fit.point_px(float(x), float(y))
    era = model.eras[int(model.entry_era[model.entry_ids.index("session-61")])]
    colour = QtGui.QColor(ERA_COLOURS[model.eras.index(era)])
    r, g, b = rgb(out)[round(py), round(px)]
    assert abs(r - colour.red()) + abs(g - colour.green()) + abs(b - colour.blue()) < 30


def test_svg_opens_in_another_renderer(qapp_needed, bundled, tmp_path):
    cairosvg = pytest.importorskip("cairosvg")
    out = export_map(bundled.dataset, tmp_path / "m.svg", ExportOptions(width_px=900))
    root = ET.parse(out).getroot()
    assert root.get("width") == "900"
    text = out.read_text(encoding="utf-8")
    assert "Ottawa" in text and "Natural Earth" in text
    png = cairosvg.svg2png(url=str(out))
    image = QtGui.QImage.fromData(png)
    assert image.width() == 900 and image.height() == natural_height_px(900)
    buf = image.convertToFormat(QtGui.QImage.Format.Format_RGB32)
    arr = np.frombuffer(buf.constBits(), np.uint8)
    assert len(np.unique(arr)) > 20


def test_pdf_is_one_page(qapp_needed, bundled, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    out = export_map(bundled.dataset, tmp_path / "m.pdf", ExportOptions(page="A4"))
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    assert "Natural Earth" in " ".join(reader.pages[0].extract_text().split())


def test_caption_credits_the_sources_and_counts(bundled):
    model = mm.build_map(bundled.dataset, load_world())
    caption = map_caption(bundled.dataset, model, 70, None)
    assert "Natural Earth" in caption and "GeoNames (CC BY 4.0)" in caption
    assert "70 of 70 placed records" in caption and "interpol.json" in caption


def test_range_leaves_records_out_and_selection_is_highlighted(qapp_needed, bundled, tmp_path):
    from viewer.core.dates import days_from_civil

    rng = (float(days_from_civil(2010, 1, 1)), float(days_from_civil(2013, 1, 1)))
    out = export_map(
        bundled.dataset,
        tmp_path / "r.png",
        ExportOptions(width_px=900, x_range=rng, selected="session-80"),
    )
    assert halo_pixels(out) > 20
    plain = export_map(bundled.dataset, tmp_path / "p.png", ExportOptions(width_px=900))
    assert halo_pixels(plain) == 0


def test_bad_target_is_an_export_error(qapp_needed, bundled, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_map(bundled.dataset, tmp_path / "missing" / "m.png")
    with pytest.raises(ExportError):
        export_map(bundled.dataset, tmp_path / "m.gif")


@pytest.mark.parametrize("ext", ["png", "svg", "pdf"])
def test_cli_export_view_map(qapp_needed, tmp_path, capsys, ext):
    out = tmp_path / f"map.{ext}"
    assert main(["export", "--view", "map", "-o", str(out), "--width", "800"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert out.stat().st_size > 10_000


def test_cli_map_of_a_file_without_places(qapp_needed, tmp_path, capsys):
    data = tmp_path / "plain.csv"
    data.write_text("title,start\nOne,2001\n", encoding="utf-8")
    out = tmp_path / "map.svg"
    assert main(["export", str(data), "--view", "map", "-o", str(out), "--width", "800"]) == 0
    assert "No record of this file has a place" in out.read_text(encoding="utf-8")


def test_no_label_is_cut_by_the_maps_edge(qapp_needed, bundled):
    # A narrow dock: "Nusa Dua (Bali)" near the right edge goes to the left of its marker
    from viewer.graphics.world_map import LABEL_FONT_PX

    model = mm.build_map(bundled.dataset, load_world())
    width, height = 420.0, 200.0
    scene = scene_for(model, (0.0, 0.0, width, height), LIGHT)
    metrics = QtGui.QFontMetricsF(LIGHT.font(size_px=LABEL_FONT_PX))
    assert len(scene.labels) > 5
    for i, (x, top) in scene.labels:
        site = model.sites[i]
        text = site.label if site.by_country else site.label.split(", ")[0]
        assert 0 <= x and x + metrics.horizontalAdvance(text) <= width, text
        assert 0 <= top and top + metrics.height() <= height, text


@pytest.mark.parametrize("view", ["map", "timeline"])
def test_a_narrow_export_shrinks_its_title_to_fit(qapp_needed, tmp_path, view, capsys):
    # 300 px is too narrow for the bundled title at 18 px: it is drawn whole, smaller, and
    # ends inside the right margin
    title = "INTERPOL General Assembly, 1923-2026"
    text, font = fit_title(LIGHT, title, 300)
    assert text == title and font.pixelSize() < 18
    assert QtGui.QFontMetricsF(font).horizontalAdvance(text) <= 300 - 24
    out = tmp_path / f"{view}.png"
    legend = ["--no-legend"] if view == "map" else []  # 300 px leave a map's legend no room
    assert main(["export", "--view", view, "--width", "300", *legend, "-o", str(out)]) == 0
    band = rgb(out)[:TITLE_PX, :, :]
    inked = np.nonzero(np.abs(band - band[0, 0]).sum(axis=2) > 60)[1]
    assert len(inked) > 100 and inked.max() < 300 - 12


def test_a_title_too_long_to_shrink_is_elided(qapp_needed):
    text, font = fit_title(LIGHT, "A very long title " * 10, 300)
    assert text.endswith("…") and font.pixelSize() == 12 and text.count("\n") == 1


def test_a_title_too_long_for_one_line_takes_two_whole(qapp_needed):
    # A new user's long --title was cut in one line, without a word
    title = "A very long title of a study of the General Assembly of INTERPOL"
    text, font = fit_title(LIGHT, title, 400)
    assert text.replace("\n", " ") == title and text.count("\n") == 1


def test_the_legend_never_covers_a_place_in_a_narrow_map(qapp_needed, bundled):
    # In a dock 420 x 300 px the legend in the bottom-left corner would cover South
    # America's hosts: the world is fitted beside or above it
    model = mm.build_map(bundled.dataset, load_world())
    scene = scene_for(model, (0.0, 0.0, 420.0, 300.0), LIGHT)
    x0, y0, x1, y1 = scene.legend_box
    assert y1 > y0
    for (cx, cy), r in zip(scene.centres_px, scene.radii_px, strict=True):
        if r:
            assert not (x0 < cx < x1 and y0 < cy < y1)
    # A large map keeps its legend over the sea of its corner, at full size
    big = scene_for(model, (0.0, 0.0, 1600.0, 760.0), LIGHT)
    assert (
        big.fit.scale == scene_for(model, (0.0, 0.0, 1600.0, 760.0), LIGHT, legend=False).fit.scale
    )


def test_a_city_the_map_cannot_locate_is_said_to_be_placed_at_its_country(qapp_needed, tmp_path):
    """A record in "القاهرة", Egypt (a city the gazetteer does not know by that name) was
    marked "Place known by its country only", though the file gives a city (a new user's
    finding): the mark says the record is placed at its country, no city located."""
    from tests.documents import loaded_dataset, record

    records = [
        record(
            "c", "2000", kind="session", session=1, place={"city": "القاهرة", "country": "Egypt"}
        )
    ]
    dataset = loaded_dataset(records)
    out = export_map(dataset, tmp_path / "m.svg", ExportOptions(width_px=900))
    text = out.read_text(encoding="utf-8")
    assert "Placed at its country: no city located" in text
    assert "known by its country only" not in text


@pytest.mark.parametrize(("size", "side"), [((300, None), "width"), ((200, 150), "height")])
def test_a_map_too_small_beside_its_legend_is_refused(qapp_needed, bundled, tmp_path, size, side):
    """At 300 px (and 200 x 150) the legend filled the image and no country or marker was
    drawn, and the export succeeded (a new user's finding): such an export is refused,
    saying what helps; without the legend it draws the map."""
    width, height = size
    options = ExportOptions(width_px=width, height_px=height)
    with pytest.raises(ExportError, match=f"beside its legend; use a larger --{side}, or --no"):
        export_map(bundled.dataset, tmp_path / "m.png", options)
    assert not (tmp_path / "m.png").exists()
    plain = ExportOptions(width_px=width, height_px=height, legend=False)
    image = QtGui.QImage(str(export_map(bundled.dataset, tmp_path / "m.png", plain)))
    assert (image.width(), image.height()) == (width, height or natural_height_px(width))
    # Wide and low, the height limits the world: a larger width did not help
    low = ExportOptions(width_px=8000, height_px=200)
    with pytest.raises(ExportError, match="use a larger --height, or --no-legend"):
        export_map(bundled.dataset, tmp_path / "m.png", low)
    model = mm.build_map(bundled.dataset, load_world())
    scene = scene_for(model, (0.0, 0.0, 420.0, 300.0), LIGHT)  # the window's dock: it fits
    assert not scene.legend_crowds and scene.legend_rows


def test_an_empty_range_is_said_to_be_empty_and_no_label_lies_under_the_note(bundled):
    """A range without records drew an empty world captioned only "0 of 70 placed
    records"; zoomed in, the note under the legend ("Not on the map: ...") was drawn over
    Dakar's label (a new user's finding)."""
    model = mm.build_map(bundled.dataset, load_world())
    empty = map_caption(bundled.dataset, model, 0, (150_000.0, 160_000.0))
    assert "(no records in this range)" in empty.split("\n")[0]
    assert "(no records" not in map_caption(bundled.dataset, model, 70, None)
    metrics = QtGui.QFontMetricsF(LIGHT.font(size_px=11))
    centre = tuple(float(v) for v in equal_earth(10.0, 40.0))  # Europe and Africa
    for zoom in (1.5, 2.0, 3.0, 4.0):  # a dock's map, zoomed in by the wheel
        scene = scene_for(model, (0.0, 0.0, 420.0, 300.0), LIGHT, zoom=zoom, centre=centre)
        assert scene.legend_note
        x0, _, _, y1 = scene.legend_box
        note_x1 = x0 + LIGHT.px(8) + min(metrics.horizontalAdvance(scene.legend_note), 404)
        row = LIGHT.px(16.0)
        for site, (lx, ly) in scene.labels:
            text = model.sites[site].short or model.sites[site].label
            across = lx < note_x1 and lx + metrics.horizontalAdvance(text) > x0
            assert not (across and ly < y1 + row and ly + metrics.height() > y1), (zoom, text)


def test_a_narrow_maps_caption_wraps_and_keeps_its_credits_whole(qapp_needed, bundled, tmp_path):
    """At 480 px the caption's second line was cut to "coordinates: GeoNa…": the credit
    that GeoNames' licence (CC BY 4.0) asks for was lost (a new user's finding). Each line
    wraps instead."""
    out = export_map(bundled.dataset, tmp_path / "m.svg", ExportOptions(width_px=480))
    texts = [(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    first = next(i for i, t in enumerate(texts) if t.startswith("All dates"))
    caption = " ".join(texts[first:])
    assert "GeoNames (CC BY 4.0)" in caption and "Natural Earth (public domain)" in caption
    assert not [t for t in texts[first:] if t.endswith("…")]


def test_the_note_of_what_is_not_on_the_map_takes_two_lines_where_one_cut_it(
    qapp_needed, bundled, tmp_path
):
    """At 600 x 300 the note under the legend was cut to "… coordinates here (A…": the
    place it named was lost (the first two trials). It takes a second line instead."""
    options = ExportOptions(width_px=600, height_px=300)
    out = export_map(bundled.dataset, tmp_path / "n.svg", options)
    texts = [(t.text or "").strip() for t in ET.parse(out).getroot().iter(f"{SVG}text")]
    first = next(i for i, t in enumerate(texts) if t.startswith("Not on the map"))
    note = " ".join(texts[first : first + 2])
    assert note.endswith("(Aruba)") and not texts[first].endswith("…")


def test_an_arabic_caption_isolates_the_data_file_name(qapp, bundled):
    # "1923-1938.csv" after Arabic words was drawn "csv.1938-1923"
    from dataclasses import replace

    from viewer.app import language

    dataset = replace(bundled.dataset, path="/d/1923-1938.csv")
    model = mm.build_map(dataset, load_world())
    language.install("ar")
    try:
        caption = map_caption(dataset, model, 70, None)
    finally:
        language.install("en")
    assert "\u20681923-1938.csv\u2069" in caption
    assert "Data: 1923-1938.csv   ·   " in map_caption(dataset, model, 70, None)
