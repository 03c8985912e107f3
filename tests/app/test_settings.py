"""Settings: the export's defaults are the export spec's."""

from viewer.app import settings
from viewer.core import export_spec as spec


def test_export_defaults_come_from_the_export_spec():
    default = spec.ExportOptions()
    assert settings.EXPORT_FORMAT.default in spec.FORMATS
    assert settings.EXPORT_EXTENT.default in spec.EXTENTS
    assert settings.EXPORT_WIDTH.default == default.width_px
    assert settings.EXPORT_HEIGHT.default == 0 and default.height_px is None  # fit
    assert settings.EXPORT_SCALE.default == default.scale
    assert settings.EXPORT_PAGE.default == default.page
    assert settings.EXPORT_LANDSCAPE.default == default.landscape
    assert settings.EXPORT_LEGEND.default == default.legend
    assert settings.EXPORT_SOURCES.default == default.sources
    assert settings.EXPORT_THEME.default == default.theme
    assert (settings.EXPORT_FROM.default, settings.EXPORT_TO.default) == \
        (spec.FROM_YEAR, spec.TO_YEAR)


def test_a_stored_format_that_is_not_one_gives_the_default(window, tmp_path, monkeypatch):
    settings.use_file(str(tmp_path / "settings.ini"))
    settings.EXPORT_FORMAT.set("gif")
    seen = {}
    monkeypatch.setattr("viewer.app.main_window.choose_export",
                        lambda initial, *rest: seen.setdefault("initial", initial) and None)
    window.export_action.trigger()
    assert seen["initial"].fmt == settings.EXPORT_FORMAT.default
    assert seen["initial"].path.endswith("." + settings.EXPORT_FORMAT.default)
