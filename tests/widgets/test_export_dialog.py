from tests.export.pixels import halo_pixels
from viewer.widgets.export_dialog import ExportChoices, ExportDialog


def test_choices_round_trip(qtbot, tmp_path):
    initial = ExportChoices(
        path=str(tmp_path / "a.svg"),
        fmt="svg",
        extent="years",
        from_year=1950,
        to_year=1960,
        width_px=1000,
        height_px=700,
        scale=2.0,
        page="A3",
        landscape=False,
        title="T",
        legend=False,
        sources=False,
        theme="dark",
    )
    dialog = ExportDialog(initial, "Default title")
    qtbot.addWidget(dialog)
    assert dialog.choices() == initial


def test_format_and_extension_follow_each_other(qtbot, tmp_path):
    dialog = ExportDialog(ExportChoices(path=str(tmp_path / "chart.png")), "t")
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(2)  # PDF
    assert dialog.path_edit.text().endswith("chart.pdf")
    assert dialog.page_combo.isEnabled() and not dialog.width_spin.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "chart.svg"))
    dialog.path_edit.textEdited.emit(dialog.path_edit.text())
    assert dialog.choices().fmt == "svg"


def test_window_remembers_export_choices(window, tmp_path, monkeypatch):
    from viewer.app import settings

    settings.use_file(str(tmp_path / "settings.ini"))
    target = tmp_path / "out.svg"
    chosen = ExportChoices(
        path=str(target), fmt="svg", extent="all", width_px=900, legend=False, theme="dark"
    )
    monkeypatch.setattr(
        "viewer.app.exporting.choose_export",
        lambda initial, title, parent, selected=None, export=None: export(chosen) or chosen,
    )
    window.commands["export"].trigger()
    assert target.exists()
    seen = {}
    monkeypatch.setattr(
        "viewer.app.exporting.choose_export",
        lambda initial, title, parent, selected=None, export=None: (
            seen.setdefault("initial", initial) and None
        ),
    )
    window.commands["export"].trigger()
    initial = seen["initial"]
    assert (initial.fmt, initial.extent, initial.width_px, initial.legend, initial.theme) == (
        "svg",
        "all",
        900,
        False,
        "dark",
    )
    assert initial.path == str(tmp_path / "interpol.svg")


def test_save_says_why_it_cannot_go_on(qtbot, tmp_path):
    from pathlib import Path

    dialog = ExportDialog(ExportChoices(path=""), "t")
    qtbot.addWidget(dialog)
    dialog._accept()
    assert "Choose a file" in dialog.message.text() and dialog.result() == 0
    dialog.path_edit.setText(str(tmp_path / "x.png"))
    dialog.extent_years.setChecked(True)
    dialog.from_spin.setValue(1990)
    dialog.to_spin.setValue(1980)
    dialog._accept()
    assert "before the first" in dialog.message.text() and dialog.result() == 0
    dialog.path_edit.setText("~/chart.png")
    assert dialog.choices().path == str(Path.home() / "chart.png")


def _run_dialog(monkeypatch, qtbot, edit):
    """Make the window's export use the real dialog, changed by ``edit(dialog)`` and
    accepted; returns what the dialog showed when it opened, as ``seen``."""
    seen = {}

    def choose(initial, default_title, parent, selected_title=None, export=None):
        dialog = ExportDialog(initial, default_title, parent, selected_title)
        qtbot.addWidget(dialog)
        seen["title"] = dialog.title_edit.text()
        seen["highlight"] = (
            dialog.highlight_check.isEnabled(),
            dialog.highlight_check.isChecked(),
            dialog.highlight_check.text(),
        )
        edit(dialog)
        assert export(dialog.choices()) is None
        return dialog.choices()

    monkeypatch.setattr("viewer.app.exporting.choose_export", choose)
    return seen


def test_export_title_follows_the_open_file(window, qtbot, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from tests.conftest import MINI, open_and_wait
    from viewer.app import settings
    from viewer.core.paths import BUNDLED_DATA

    settings.use_file(str(tmp_path / "settings.ini"))
    interpol_title = window.session.dataset.title

    def typed(dialog):
        dialog.path_edit.setText(str(tmp_path / "a.pdf"))
        dialog.path_edit.textEdited.emit(dialog.path_edit.text())  # the format follows
        dialog.title_edit.setText("My figure")

    seen = _run_dialog(monkeypatch, qtbot, typed)
    window.commands["export"].trigger()
    assert seen["title"] == interpol_title
    assert PdfReader(str(tmp_path / "a.pdf")).metadata.title == "My figure"

    assert open_and_wait(window, MINI)

    def keep(dialog):
        dialog.path_edit.setText(str(tmp_path / "b.pdf"))
        dialog.path_edit.textEdited.emit(dialog.path_edit.text())

    seen = _run_dialog(monkeypatch, qtbot, keep)
    window.commands["export"].trigger()
    assert seen["title"] == "Mini <test> & timeline"  # not the title typed for INTERPOL
    reader = PdfReader(str(tmp_path / "b.pdf"))
    assert reader.metadata.title == "Mini <test> & timeline"
    assert "Mini <test> & timeline" in " ".join(reader.pages[0].extract_text().split())

    # The typed title belongs to the file it was typed for.
    assert open_and_wait(window, BUNDLED_DATA)
    seen = _run_dialog(monkeypatch, qtbot, keep)
    window.commands["export"].trigger()
    assert seen["title"] == "My figure"


def test_the_files_own_title_is_not_kept_as_typed(qtbot, tmp_path):
    dialog = ExportDialog(ExportChoices(path=str(tmp_path / "a.png")), "Own title")
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Own title"
    assert dialog.choices().title == ""  # follows whichever file is open
    dialog.title_edit.setText("Typed")
    assert dialog.choices().title == "Typed"


def test_selection_is_exported_only_when_asked(window, qtbot, tmp_path, monkeypatch):
    from viewer.app import settings
    from viewer.core.ranges import parse_range

    settings.use_file(str(tmp_path / "settings.ini"))
    window.timeline.set_x_range(*parse_range("2020:2026"))
    window.session.select("session-93")

    def plain(dialog):
        dialog.path_edit.setText(str(tmp_path / "plain.png"))

    seen = _run_dialog(monkeypatch, qtbot, plain)
    window.commands["export"].trigger()
    enabled, checked, text = seen["highlight"]
    assert enabled and not checked and "Marrakech" in text  # offered, off by default
    assert halo_pixels(tmp_path / "plain.png") == 0

    def highlighted(dialog):
        dialog.path_edit.setText(str(tmp_path / "selected.png"))
        dialog.highlight_check.setChecked(True)

    _run_dialog(monkeypatch, qtbot, highlighted)
    window.commands["export"].trigger()
    assert halo_pixels(tmp_path / "selected.png") > 20

    # Not remembered: the next export starts without the highlight again.
    seen = _run_dialog(monkeypatch, qtbot, plain)
    window.commands["export"].trigger()
    assert seen["highlight"][1] is False


def test_no_highlight_offered_without_a_selection(qtbot, tmp_path):
    dialog = ExportDialog(ExportChoices(path=str(tmp_path / "a.png"), highlight=True), "t")
    qtbot.addWidget(dialog)
    assert not dialog.highlight_check.isEnabled() and not dialog.highlight_check.isChecked()
    assert dialog.choices().highlight is False


def test_the_dialogs_limits_and_defaults_are_the_export_specs(qtbot):
    from viewer.core import export_spec as spec

    dialog = ExportDialog(ExportChoices(), "t")
    qtbot.addWidget(dialog)
    assert (dialog.width_spin.minimum(), dialog.width_spin.maximum()) == (
        spec.WIDTH_PX.low,
        spec.WIDTH_PX.high,
    )
    assert dialog.height_spin.maximum() == spec.HEIGHT_PX.high
    assert (dialog.scale_spin.minimum(), dialog.scale_spin.maximum()) == (
        spec.SCALE.low,
        spec.SCALE.high,
    )
    assert [dialog.page_combo.itemText(i) for i in range(dialog.page_combo.count())] == list(
        spec.PAGES
    )
    assert [dialog.theme_combo.itemData(i) for i in range(dialog.theme_combo.count())] == list(
        spec.THEMES
    )
    default = spec.ExportOptions()
    choices = dialog.choices()
    assert (
        choices.width_px,
        choices.scale,
        choices.page,
        choices.landscape,
        choices.theme,
        choices.legend,
        choices.sources,
    ) == (
        default.width_px,
        default.scale,
        default.page,
        default.landscape,
        default.theme,
        default.legend,
        default.sources,
    )
    assert choices.height_px == 0 and dialog.height_spin.text() == "fit content"
    # Below the smallest height there is only "fit content".
    dialog.height_spin.setValue(int(spec.HEIGHT_PX.low))
    assert dialog.choices().height_px == spec.HEIGHT_PX.low
    dialog.height_spin.stepDown()
    assert dialog.choices().height_px == 0 and dialog.height_spin.text() == "fit content"


def test_save_refuses_an_image_beyond_the_limits(qtbot, tmp_path):
    dialog = ExportDialog(ExportChoices(path=str(tmp_path / "big.png")), "t")
    qtbot.addWidget(dialog)
    dialog.width_spin.setValue(20000)
    dialog.height_spin.setValue(15000)
    dialog._accept()
    assert "too large for a PNG" in dialog.message.text() and dialog.result() == 0
    dialog.format_combo.setCurrentIndex(1)  # SVG: no pixel limit
    dialog._accept()
    assert dialog.message.text() == "" and dialog.result() == 1


def test_the_selected_items_title_is_shown_as_written(qtbot):
    dialog = ExportDialog(ExportChoices(), "t", selected_title="Rock & Roll <b>5</b>")
    qtbot.addWidget(dialog)
    # Qt shows "&&" as "&"; the one "&H" is the box's shortcut.
    assert dialog.highlight_check.text() == "&Highlight the selected item (Rock && Roll <b>5</b>)"
    assert dialog.highlight_check.isEnabled()


def _when_modal(qtbot, act):
    """Call ``act(widget)`` with the modal window once it is open (inside its event loop),
    and close it after; returns a dict where *act* may record what it saw."""
    from PySide6 import QtCore, QtWidgets

    seen = {}

    def run():
        widget = QtWidgets.QApplication.activeModalWidget()
        if widget is None:
            QtCore.QTimer.singleShot(10, run)
            return
        try:
            act(widget, seen)
        finally:
            if widget.isVisible():
                widget.reject()

    QtCore.QTimer.singleShot(0, run)
    return seen


def test_a_failed_export_keeps_the_dialog_open_and_says_why(
    window, qtbot, tmp_path, unwritable_folder
):
    import errno
    import os

    from PySide6 import QtCore, QtWidgets

    from viewer.app import settings

    settings.use_file(str(tmp_path / "settings.ini"))
    folder, denied = unwritable_folder
    typed = str(folder / "my chart.png")

    def save_into_the_read_only_folder(dialog, seen):
        dialog.path_edit.setText(typed)
        save = dialog.findChild(QtWidgets.QDialogButtonBox).button(
            QtWidgets.QDialogButtonBox.StandardButton.Save
        )
        with denied():
            qtbot.mouseClick(save, QtCore.Qt.MouseButton.LeftButton)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.message.text()
        seen["name"] = dialog.path_edit.text()

    seen = _when_modal(qtbot, save_into_the_read_only_folder)
    window.commands["export"].trigger()
    assert seen["open"]
    assert seen["message"] == (
        f"{typed}: cannot write in folder {folder} ({os.strerror(errno.EACCES)})"
    )
    assert seen["name"] == typed
    assert list(folder.iterdir()) == []
    assert not [
        w
        for w in QtWidgets.QApplication.topLevelWidgets()
        if w.objectName() == "message_box" and w.isVisible()
    ]


def test_a_successful_export_closes_the_dialog(window, qtbot, tmp_path):
    from PySide6 import QtCore, QtWidgets

    from viewer.app import settings

    settings.use_file(str(tmp_path / "settings.ini"))
    target = tmp_path / "done.png"

    def save(dialog, seen):
        dialog.path_edit.setText(str(target))
        qtbot.mouseClick(
            dialog.findChild(QtWidgets.QDialogButtonBox).button(
                QtWidgets.QDialogButtonBox.StandardButton.Save
            ),
            QtCore.Qt.MouseButton.LeftButton,
        )
        seen["open"] = dialog.isVisible()

    seen = _when_modal(qtbot, save)
    window.commands["export"].trigger()
    assert seen["open"] is False
    assert target.stat().st_size > 0


def test_the_replace_question_shows_the_file_name_as_typed(qtbot, tmp_path):
    from PySide6 import QtCore, QtWidgets

    existing = tmp_path / "<b>x</b>&amp;.png"  # the file 'b>&amp;.png' in the folder '<b>x<'
    existing.parent.mkdir()
    existing.write_bytes(b"old")
    dialog = ExportDialog(ExportChoices(path=str(existing)), "t")
    qtbot.addWidget(dialog)

    def look(box, seen):
        label = next(w for w in box.findChildren(QtWidgets.QLabel) if "already exists" in w.text())
        seen["shown"] = (label.text(), label.textFormat())
        box.button(QtWidgets.QMessageBox.StandardButton.No).click()

    seen = _when_modal(qtbot, look)
    dialog._accept()
    assert seen["shown"] == (
        f"{existing} already exists. Replace it?",
        QtCore.Qt.TextFormat.PlainText,
    )
    assert dialog.result() == 0 and existing.read_bytes() == b"old"


def test_a_long_message_grows_the_dialog_instead_of_squashing_its_rows(qtbot, tmp_path):
    # A new user saw the rows of choices squashed when an error of several lines appeared
    dialog = ExportDialog(ExportChoices(path=str(tmp_path / "chart.png")), "t")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.show_failure("the image could not be written: " + "a reason in many words " * 30)
    qtbot.waitUntil(lambda: dialog.height() > before, timeout=2000)
    for field in (dialog.path_edit, dialog.width_spin, dialog.from_spin):
        assert field.height() >= field.sizeHint().height() - 1


def test_years_before_year_0_keep_their_sign_in_arabic(qtbot, tmp_path):
    # "(-500)" after an Arabic word read "(500-)": each year is isolated
    from viewer.app import language

    language.install("ar")
    try:
        dialog = ExportDialog(ExportChoices(path=str(tmp_path / "x.png")), "t")
        qtbot.addWidget(dialog)
        dialog.extent_years.setChecked(True)
        dialog.from_spin.setValue(-400)
        dialog.to_spin.setValue(-500)
        dialog._accept()
        text = dialog.message.text()
        assert "(\u2068-500\u2069)" in text and "(\u2068-400\u2069)" in text
    finally:
        language.install("en")
    dialog._accept()
    assert dialog.message.text() == "The last year (-500) is before the first (-400)."
