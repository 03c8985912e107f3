from viewer.widgets.export_dialog import ExportChoices, ExportDialog


def test_choices_round_trip(qtbot, tmp_path):
    initial = ExportChoices(path=str(tmp_path / "a.svg"), fmt="svg", extent="years",
                            from_year=1950, to_year=1960, width_px=1000, height_px=700,
                            scale=2.0, page="A3", landscape=False, title="T", legend=False,
                            sources=False, theme="dark")
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
    chosen = ExportChoices(path=str(target), fmt="svg", extent="all", width_px=900,
                           legend=False, theme="dark")
    monkeypatch.setattr("viewer.app.main_window.choose_export", lambda initial, title, parent: chosen)
    window.export_action.trigger()
    assert target.exists()
    seen = {}
    monkeypatch.setattr("viewer.app.main_window.choose_export",
                        lambda initial, title, parent: seen.setdefault("initial", initial) and None)
    window.export_action.trigger()
    initial = seen["initial"]
    assert (initial.fmt, initial.extent, initial.width_px, initial.legend, initial.theme) == \
        ("svg", "all", 900, False, "dark")
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
