"""Saved settings are checked before use: bad values fall back to their defaults with a
note in the log, so that no saved value can stop the window or make a feature fail."""

import logging

import pytest
from PySide6 import QtWidgets

from viewer.app import cli, errors, settings
from viewer.app.main_window import MainWindow
from viewer.app.start_up import open_at_start
from viewer.core import export_spec as spec
from viewer.core.paths import BUNDLED_DATA
from viewer.widgets.export_dialog import ExportDialog


@pytest.fixture
def saved(tmp_path):
    """A fresh settings file; write raw values into it as a hand-edited file would."""
    path = tmp_path / "settings.ini"
    settings.use_file(str(path))

    def write(**values):
        store = settings.store()
        for key, value in values.items():
            store.setValue(key.replace("__", "/"), value)
        store.sync()

    yield write
    settings.use_file(str(tmp_path / "after.ini"))


def _start(qtbot, **kwargs):
    """The window as the command line starts it: settings restored, the last file loaded
    in the background."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.restore_settings()
    window.resize(1400, 860)
    window.show()
    open_at_start(window, settings.LAST_FILE.get() or BUNDLED_DATA, **kwargs)
    qtbot.waitUntil(lambda: window.session.dataset is not None, timeout=20000)
    return window


@pytest.mark.parametrize(
    "saved_range",
    [["-inf", "inf"], ["-1e308", "1e308"], ["nan", "1"], ["5", "5"], ["1e9", "2e9"], ["x"]],
)
def test_a_bad_saved_view_range_shows_the_whole_timeline(qtbot, saved, caplog, saved_range):
    saved(data__last_file=str(BUNDLED_DATA), view__range=saved_range)
    with caplog.at_level(logging.WARNING, logger="viewer"):
        window = _start(qtbot)
    assert window.timeline.x_range() == pytest.approx(window.timeline.chart.full_range())
    assert len(window.session.layout.ids) > 100  # drawn, not blank
    assert any("view/range" in r.getMessage() for r in caplog.records)


def test_a_good_saved_view_range_is_restored(qtbot, saved):
    saved(data__last_file=str(BUNDLED_DATA), view__range=["14610", "20089"])  # 2010-2025
    window = _start(qtbot)
    assert window.timeline.x_range() == pytest.approx((14610, 20089), abs=1)


@pytest.mark.parametrize(
    "setting, raw, expected",
    [
        (settings.EXPORT_WIDTH, "99999999999999999999", 1600),
        (settings.EXPORT_WIDTH, "50", 1600),
        (settings.EXPORT_WIDTH, "1e3", 1600),
        (settings.EXPORT_HEIGHT, "100", 0),
        (settings.EXPORT_SCALE, "nan", 1.0),
        (settings.EXPORT_SCALE, "-inf", 1.0),
        (settings.EXPORT_SCALE, "100", 1.0),
        (settings.EXPORT_FROM, "-99999999999", 1923),
        (settings.EXPORT_FORMAT, "exe", "png"),
        (settings.EXPORT_EXTENT, "everything", "visible"),
        (settings.EXPORT_PAGE, "B5", "A4"),
        (settings.EXPORT_THEME, "neon", "light"),
        (settings.EXPORT_LEGEND, "maybe", True),
        (settings.EXPORT_FOLDER, "/no/such/folder", ""),
        (settings.THEME, "purple", "system"),
    ],
)
def test_invalid_values_fall_back_to_defaults_with_a_log_note(
    saved, caplog, setting, raw, expected
):
    key = setting.key
    saved(**{key.replace("/", "__"): raw})
    with caplog.at_level(logging.WARNING, logger="viewer"):
        assert setting.get() == expected
    assert key in caplog.text and "not a valid value" in caplog.text


def test_valid_values_are_kept_without_a_note(saved, caplog, tmp_path):
    saved(
        export__width_px=3000,
        export__scale=2.5,
        export__format="svg",
        export__legend=False,
        export__folder=str(tmp_path),
    )
    with caplog.at_level(logging.WARNING, logger="viewer"):
        assert settings.EXPORT_WIDTH.get() == 3000
        assert settings.EXPORT_SCALE.get() == 2.5
        assert settings.EXPORT_FORMAT.get() == "svg"
        assert settings.EXPORT_LEGEND.get() is False
        assert settings.EXPORT_FOLDER.get() == str(tmp_path)
    assert not caplog.records


def test_export_works_whatever_was_saved(qtbot, saved, window, tmp_path, monkeypatch):
    # Each value in its own range, together too large for the exporter (20000 px x 8).
    saved(
        export__width_px="20000",
        export__height_px="20000",
        export__scale="8",
        export__format="png",
        export__page="B5",
        export__from_year="99999999999999",
        export__extent="years",
        export__to_year="abc",
        export__title="t" * 5000,
    )
    target = tmp_path / "chart.png"

    def accept_as_offered(initial, title, parent, selected_title=None, export=None):
        # The user opens File > Export and presses Save without changing anything.
        dialog = ExportDialog(initial, title, parent)
        qtbot.addWidget(dialog)
        dialog.path_edit.setText(str(target))
        assert export(dialog.choices()) is None
        return dialog.choices()

    monkeypatch.setattr("viewer.app.exporting.choose_export", accept_as_offered)
    window.commands["export"].trigger()
    assert target.stat().st_size > 0
    assert not [
        w
        for w in QtWidgets.QApplication.topLevelWidgets()
        if w.objectName() == "message_box" and w.isVisible()
    ]


def test_reset_settings_on_the_command_line(saved, tmp_path, monkeypatch):
    saved(view__theme="dark", data__last_file="/somewhere.json", export__width_px=999)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))  # the log, not the user's
    shot = tmp_path / "shot.png"
    try:
        assert cli.main(["--reset-settings", "--screenshot", str(shot)]) == 0
    finally:
        for handler in list(errors.log.handlers):
            errors.log.removeHandler(handler)
            handler.close()
    assert settings.THEME.get() == "system" and settings.LAST_FILE.get() == ""
    assert settings.EXPORT_WIDTH.get() == 1600
    assert "reset from the command line" in errors.log_path().read_text()


def test_reset_settings_is_in_the_help():
    parser = cli.build_window_parser()
    assert "--reset-settings" in parser.format_help()
    assert parser.parse_args(["--reset-settings"]).reset_settings


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
    assert (settings.EXPORT_FROM.default, settings.EXPORT_TO.default) == (
        spec.FROM_YEAR,
        spec.TO_YEAR,
    )


def test_a_stored_format_that_is_not_one_gives_the_default(window, tmp_path, monkeypatch):
    settings.use_file(str(tmp_path / "settings.ini"))
    settings.EXPORT_FORMAT.set("gif")
    seen = {}
    monkeypatch.setattr(
        "viewer.app.exporting.choose_export",
        lambda initial, *rest, **kw: seen.setdefault("initial", initial) and None,
    )
    window.commands["export"].trigger()
    assert seen["initial"].fmt == settings.EXPORT_FORMAT.default
    assert seen["initial"].path.endswith("." + settings.EXPORT_FORMAT.default)


def test_fitted_lanes_are_remembered_at_the_next_start(qtbot, saved):
    # A new user fitted the lanes, quit, and found them unfitted at the next start
    saved(data__last_file=str(BUNDLED_DATA))
    window = _start(qtbot)
    assert not window.commands["fit_lanes"].isChecked()
    window.commands["fit_lanes"].setChecked(True)  # as on a file taller than the window
    window.close()  # saves
    again = _start(qtbot)
    assert again.commands["fit_lanes"].isChecked() and again.timeline.chart.lanes_fitted
