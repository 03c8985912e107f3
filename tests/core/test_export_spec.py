"""The export's options, limits and defaults (pure, no Qt)."""

import pytest

from viewer.core import export_spec as spec
from viewer.core.export_spec import ExportOptions, InvalidExport, problems, validate


def test_defaults_are_within_their_limits():
    options = ExportOptions()
    assert problems(options, "png") == []
    assert options.width_px == spec.WIDTH_PX.default and options.scale == spec.SCALE.default
    assert options.height_px is None and options.page in spec.PAGES
    assert options.theme in spec.THEMES and options.selected is None


@pytest.mark.parametrize("name", ["a.png", "A.PNG", "dir.x/b.svg", "c.pdf"])
def test_format_of_known_extensions(name):
    assert spec.format_of(name) == name.rsplit(".", 1)[1].lower()


def test_format_of_an_unknown_extension_says_what_to_use():
    with pytest.raises(
        InvalidExport, match=r"unknown image format 'gif'; use \.png, \.svg or \.pdf"
    ):
        spec.format_of("chart.gif")
    with pytest.raises(InvalidExport, match=r"no extension .* end the name with \.png"):
        spec.format_of("chart")


def test_a_folder_is_named_as_one(tmp_path):
    for folder in (str(tmp_path), f"{tmp_path}/", "not-there/"):
        with pytest.raises(InvalidExport, match="is a folder; name the file to write in it"):
            spec.format_of(folder)


@pytest.mark.parametrize(
    "options,message",
    [
        (ExportOptions(width_px=199), "width 199 px is outside 200-20000 px"),
        (ExportOptions(width_px=20001), "width 20001 px is outside 200-20000 px"),
        (ExportOptions(height_px=149), "height 149 px is outside 150-20000 px"),
        (ExportOptions(scale=0.2), "scale 0.2 is outside 0.25-8"),
        (ExportOptions(scale=float("nan")), "scale nan is outside 0.25-8"),
        (ExportOptions(page="A5"), "unknown page size 'A5'; use A4, A3, Letter"),
        (ExportOptions(theme="blue"), "unknown theme 'blue'; use light or dark"),
        (ExportOptions(x_range=(10.0, 10.0)), "the range is empty"),
        (ExportOptions(width_px=5000, scale=8), "too wide (40,000 pixels; at most 32,000)"),
        (ExportOptions(height_px=5000, scale=8), "too tall (40,000 pixels; at most 32,000)"),
        (
            ExportOptions(width_px=20000, height_px=15000),
            "20,000 x 15,000 = 300,000,000 pixels is too large for a PNG (at most 200,000,000)",
        ),
    ],
)
def test_each_limit_has_a_clear_message(options, message):
    with pytest.raises(InvalidExport) as info:
        validate(options, "png")
    assert message in str(info.value)


def test_the_png_pixel_limit_is_for_png_only():
    big = ExportOptions(width_px=20000, height_px=15000)
    assert problems(big, "svg") == [] and problems(big, "pdf") == []
    assert problems(big, "png")


def test_every_problem_is_named_at_once():
    found = problems(ExportOptions(width_px=10, scale=100, theme="x"), "png")
    assert len(found) == 3


def test_limits_are_inclusive():
    for limit in (spec.WIDTH_PX, spec.HEIGHT_PX, spec.SCALE):
        assert limit.low in limit and limit.high in limit
        assert limit.problem(limit.low) is None and limit.problem(limit.high) is None
        assert limit.problem(limit.high + 1) is not None


def test_lanes_problem_states_the_limit_and_what_to_change():
    from viewer.core.export_spec import lanes_problem

    assert lanes_problem(10, 14.5, 110, None, 1.0, "png") is None
    assert lanes_problem(10, 14.5, 110, 200, 1.0, "png") is None
    fitted = lanes_problem(3000, 4499.5, 110, None, 1.0, "png")
    assert fitted is not None and "18,108 px" in fitted and "12,000 px" in fitted
    assert "export --height 18108 or more" in fitted
    huge = lanes_problem(100_000, 149_999.5, 110, 1000, 1.0, "svg")
    assert huge is not None and "--height 1,000 px" in huge and "View › Lanes" in huge
    scaled = lanes_problem(3000, 4499.5, 110, None, 8.0, "png")
    assert scaled is not None and "at a smaller --scale" in scaled


def test_a_too_tall_export_names_its_limit_once_at_scale_1():
    # A trial read "(12,000 px, 12,000 pixels at scale 1)"
    from viewer.core.export_spec import lanes_problem

    one = lanes_problem(8, 6000, 100, None, 1, "png")
    assert "(12,000 px)" in one and "at scale" not in one
    two = lanes_problem(8, 6000, 100, None, 2, "png")
    assert "pixels at scale 2" in two
