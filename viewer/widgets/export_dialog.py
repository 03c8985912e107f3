"""The export dialog: file, format, extent, size or page, title, legend, footnotes, theme."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from viewer.core import export_spec as spec
from viewer.core.display_text import shown_text
from viewer.core.export_spec import FORMAT_NAMES, FORMATS
from viewer.core.i18n import embedded, isolated, translate

_DEFAULT = spec.ExportOptions()
_FIT = int(spec.HEIGHT_PX.low) - 1
"""The height box's value that reads "fit content", just below the smallest height."""


@dataclass(frozen=True)
class ExportChoices:
    """What the user chose. ``extent`` is one of :data:`viewer.core.export_spec.EXTENTS`:
    ``visible``, ``all`` or ``years`` (then ``from_year``..``to_year``, inclusive).
    ``height_px`` 0 means "fit the content"; ``title`` ``""`` means the open file's own
    title. Defaults and limits are those of :mod:`viewer.core.export_spec`."""

    path: str = ""
    fmt: str = FORMATS[0]
    extent: str = spec.EXTENTS[0]
    from_year: int = spec.FROM_YEAR
    to_year: int = spec.TO_YEAR
    width_px: int = _DEFAULT.width_px
    height_px: int = 0
    scale: float = _DEFAULT.scale
    page: str = _DEFAULT.page
    landscape: bool = _DEFAULT.landscape
    title: str = ""
    legend: bool = _DEFAULT.legend
    sources: bool = _DEFAULT.sources
    theme: str = _DEFAULT.theme
    highlight: bool = False
    """Draw the selected item's highlight in the figure (never remembered)."""


class ExportDialog(QtWidgets.QDialog):
    """Passive dialog: :meth:`choices` gives the user's choices.

    *default_title* is the open file's title: the title field starts with
    ``initial.title`` or else it, and :attr:`ExportChoices.title` is ``""`` while the field
    holds the file's title. It asks before overwriting an existing file.

    Signals
    -------
    export_requested(ExportChoices)
        Save was pressed and the choices passed the dialog's checks (a replaced file was
        confirmed). A slot that cannot write the file calls :meth:`show_failure` before it
        returns (connect it directly, not queued): the dialog then stays open with
        everything typed; otherwise the dialog closes as accepted.
    """

    export_requested = QtCore.Signal(object)

    def __init__(
        self,
        initial: ExportChoices,
        default_title: str,
        parent: QtWidgets.QWidget | None = None,
        selected_title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Export", "Export Image"))
        self.setObjectName("export_dialog")
        form = QtWidgets.QFormLayout()

        self.path_edit = QtWidgets.QLineEdit(initial.path)
        self.path_edit.setAccessibleName(translate("Export", "File"))
        browse = QtWidgets.QPushButton(translate("Export", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        file_label = QtWidgets.QLabel(translate("Export", "&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)

        self.format_combo = QtWidgets.QComboBox()
        for fmt in FORMATS:
            self.format_combo.addItem(f"{translate('Export', FORMAT_NAMES[fmt])} (.{fmt})", fmt)
        self.format_combo.setCurrentIndex(
            FORMATS.index(initial.fmt) if initial.fmt in FORMATS else 0
        )
        self.format_combo.setAccessibleName(translate("Export", "Format"))
        form.addRow(translate("Export", "F&ormat:"), self.format_combo)

        self.extent_visible = QtWidgets.QRadioButton(translate("Export", "&Visible range"))
        self.extent_all = QtWidgets.QRadioButton(translate("Export", "&Whole timeline"))
        self.extent_years = QtWidgets.QRadioButton(translate("Export", "&Years"))
        self.from_spin = QtWidgets.QSpinBox()
        self.to_spin = QtWidgets.QSpinBox()
        for spin, value, name in (
            (self.from_spin, initial.from_year, translate("Export", "From year")),
            (self.to_spin, initial.to_year, translate("Export", "To year")),
        ):
            spin.setRange(int(spec.YEAR.low), int(spec.YEAR.high))
            spin.setValue(value)
            spin.setAccessibleName(name)
        {"visible": self.extent_visible, "all": self.extent_all, "years": self.extent_years}.get(
            initial.extent, self.extent_visible
        ).setChecked(True)
        extent_row = QtWidgets.QHBoxLayout()
        for w in (
            self.extent_visible,
            self.extent_all,
            self.extent_years,
            self.from_spin,
            QtWidgets.QLabel(translate("Export", "to")),
            self.to_spin,
        ):
            extent_row.addWidget(w)
        extent_row.addStretch(1)
        form.addRow(translate("Export", "Extent:"), extent_row)

        self.width_spin = QtWidgets.QSpinBox()
        self.width_spin.setRange(int(spec.WIDTH_PX.low), int(spec.WIDTH_PX.high))
        self.width_spin.setValue(initial.width_px)
        self.width_spin.setSuffix(" px")
        self.width_spin.setAccessibleName(translate("Export", "Width in pixels"))
        self.height_spin = QtWidgets.QSpinBox()
        self.height_spin.setRange(_FIT, int(spec.HEIGHT_PX.high))
        self.height_spin.setSpecialValueText(translate("Export", "fit content"))
        self.height_spin.setValue(initial.height_px or _FIT)
        self.height_spin.setSuffix(" px")
        self.height_spin.setAccessibleName(translate("Export", "Height in pixels"))
        self.scale_spin = QtWidgets.QDoubleSpinBox()
        self.scale_spin.setRange(spec.SCALE.low, spec.SCALE.high)
        self.scale_spin.setSingleStep(spec.SCALE_STEP)
        self.scale_spin.setValue(initial.scale)
        self.scale_spin.setPrefix("× ")
        self.scale_spin.setAccessibleName(translate("Export", "Scale"))
        size_row = QtWidgets.QHBoxLayout()
        for w in (
            self.width_spin,
            QtWidgets.QLabel("×"),
            self.height_spin,
            QtWidgets.QLabel(translate("Export", "scale")),
            self.scale_spin,
        ):
            size_row.addWidget(w)
        size_row.addStretch(1)
        self.size_label = QtWidgets.QLabel(translate("Export", "&Size:"))
        form.addRow(self.size_label, size_row)

        self.page_combo = QtWidgets.QComboBox()
        self.page_combo.addItems(list(spec.PAGES))
        self.page_combo.setCurrentText(initial.page)
        self.page_combo.setAccessibleName(translate("Export", "Page size"))
        self.orientation_combo = QtWidgets.QComboBox()
        self.orientation_combo.addItems(
            [translate("Export", "Landscape"), translate("Export", "Portrait")]
        )
        self.orientation_combo.setCurrentIndex(0 if initial.landscape else 1)
        self.orientation_combo.setAccessibleName(translate("Export", "Orientation"))
        page_row = QtWidgets.QHBoxLayout()
        page_row.addWidget(self.page_combo)
        page_row.addWidget(self.orientation_combo)
        page_row.addStretch(1)
        self.page_label = QtWidgets.QLabel(translate("Export", "&Page:"))
        form.addRow(self.page_label, page_row)

        # The field starts with the title the figure will have: the one typed for this file,
        # else the file's own; left as the file's title (or emptied) it follows the file.
        self._default_title = default_title
        self.title_edit = QtWidgets.QLineEdit(initial.title or default_title)
        self.title_edit.setPlaceholderText(default_title)
        self.title_edit.setAccessibleName(translate("Export", "Title"))
        form.addRow(translate("Export", "&Title:"), self.title_edit)

        self.legend_check = QtWidgets.QCheckBox(translate("Export", "&Legend"))
        self.legend_check.setChecked(initial.legend)
        self.sources_check = QtWidgets.QCheckBox(translate("Export", "&Source footnotes"))
        self.sources_check.setChecked(initial.sources)
        self.theme_combo = QtWidgets.QComboBox()
        for theme, label in spec.THEMES.items():
            self.theme_combo.addItem(translate("Export", label), theme)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(initial.theme)))
        self.theme_combo.setAccessibleName(translate("Export", "Theme"))
        opts = QtWidgets.QHBoxLayout()
        for w in (
            self.legend_check,
            self.sources_check,
            QtWidgets.QLabel(translate("Export", "Theme:")),
            self.theme_combo,
        ):
            opts.addWidget(w)
        opts.addStretch(1)
        form.addRow(translate("Export", "Include:"), opts)

        # The selection is a place in the window, not part of the figure: drawn only when
        # asked, and the box is unchecked each time (it is not one of the remembered choices).
        self.highlight_check = QtWidgets.QCheckBox(
            translate("Export", "&Highlight the selected item")  # '&&': a data '&', no mnemonic
            + (f" ({selected_title.replace('&', '&&')})" if selected_title else "")
        )
        self.highlight_check.setChecked(initial.highlight and selected_title is not None)
        self.highlight_check.setEnabled(selected_title is not None)
        if selected_title is None:
            self.highlight_check.setToolTip(translate("Export", "Nothing is selected"))
        form.addRow("", self.highlight_check)

        for label, buddy in (
            (self.size_label, self.width_spin),
            (self.page_label, self.page_combo),
        ):
            label.setBuddy(buddy)

        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self._failed = False
        """Whether a slot of :attr:`export_requested` reported a failure."""
        self.message = QtWidgets.QLabel("")
        self.message.setObjectName("export_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        outer = QtWidgets.QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.message)
        outer.addWidget(buttons)

        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.path_edit.textEdited.connect(self._path_edited)
        for w in (self.extent_visible, self.extent_all, self.extent_years):
            w.toggled.connect(self._sync_enabled)
        self._sync_enabled()

    # -- behaviour ----------------------------------------------------------------------------
    def _fmt(self) -> str:
        return str(self.format_combo.currentData())

    def _sync_enabled(self) -> None:
        pdf = self._fmt() == "pdf"
        for w in (self.width_spin, self.height_spin, self.scale_spin, self.size_label):
            w.setEnabled(not pdf)
        for w in (self.page_combo, self.orientation_combo, self.page_label):
            w.setEnabled(pdf)
        years = self.extent_years.isChecked()
        self.from_spin.setEnabled(years)
        self.to_spin.setEnabled(years)

    def _format_changed(self) -> None:
        path = self.path_edit.text().strip()
        if path:
            self.path_edit.setText(str(Path(path).with_suffix("." + self._fmt())))
        self._sync_enabled()

    def _path_edited(self, text: str) -> None:
        ext = Path(text).suffix.lower().lstrip(".")
        if ext in FORMATS and ext != self._fmt():
            self.format_combo.blockSignals(True)
            self.format_combo.setCurrentIndex(FORMATS.index(ext))
            self.format_combo.blockSignals(False)
            self._sync_enabled()

    def _browse(self) -> None:
        fmt = self._fmt()
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self,
            translate("Export", "Export image to"),
            self.path_edit.text(),
            f"{translate('Export', FORMAT_NAMES[fmt])} (*.{fmt});;"
            + translate("Export", "All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            self._path_edited(path)
            self._confirmed_path = path  # the file dialog already asked about overwriting

    def _accept(self) -> None:
        choices = self.choices()
        if not choices.path:
            self._say(translate("Export", "Choose a file to save the image to (Browse…)."))
            self.path_edit.setFocus()
            return
        if choices.extent == "years" and choices.to_year < choices.from_year:
            self._say(
                # Isolated in Arabic: "(-500)" after an Arabic word read "(500-)"
                translate("Export", "The last year ({last}) is before the first ({first}).").format(
                    last=isolated(str(choices.to_year)), first=isolated(str(choices.from_year))
                )
            )
            self.to_spin.setFocus()
            return
        problems = spec.problems(
            spec.ExportOptions(
                width_px=choices.width_px,
                height_px=choices.height_px or None,
                scale=choices.scale,
                page=choices.page,
                theme=choices.theme,
            ),
            choices.fmt,
        )
        if problems:
            self._say(problems[0][0].upper() + problems[0][1:] + ".")
            self.width_spin.setFocus()
            return
        self._say("")
        if Path(choices.path).exists() and getattr(self, "_confirmed_path", None) != choices.path:
            if not self._confirm_replace(choices.path):
                return
        self._failed = False
        self.export_requested.emit(choices)
        if not self._failed:
            self.accept()

    def _confirm_replace(self, path: str) -> bool:
        """Ask whether to replace the file *path* (shown as typed, never as markup)."""
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            translate("Export", "Replace file?"),
            translate("Export", "{file} already exists. Replace it?").format(
                file=embedded(shown_text(path))
            ),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setObjectName("replace_box")
        return box.exec() == QtWidgets.QMessageBox.StandardButton.Yes

    def _say(self, text: str) -> None:
        """Show *text* (plain) under the choices, the dialog grown to hold it: a message
        of several lines squashed the rows of choices above it."""
        self.message.setText(text)
        QtCore.QTimer.singleShot(0, self._fit_height)

    def _fit_height(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        need = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if need > self.height():
            self.resize(self.width(), need)

    def show_failure(self, message: str) -> None:
        """Say why the file could not be written (*message*, plain text) and keep the
        dialog open, the file name in focus, so the user can change it and save again."""
        self._failed = True
        self._say(shown_text(message))
        self.path_edit.setFocus()

    def _typed_title(self) -> str:
        """The title typed by the user; ``""`` when it is the file's own."""
        text = self.title_edit.text()
        return "" if text.strip() in ("", self._default_title.strip()) else text

    def choices(self) -> ExportChoices:
        """The choices shown in the dialog (the file name gets the format's extension)."""
        fmt = self._fmt()
        path = self.path_edit.text().strip()
        if path.startswith("~"):
            path = str(Path(path).expanduser())  # as a shell would
        if path and Path(path).suffix.lower() != "." + fmt:
            path = (
                str(Path(path).with_suffix("." + fmt))
                if Path(path).suffix.lower().lstrip(".") in FORMATS
                else path + "." + fmt
            )
        extent = (
            "all"
            if self.extent_all.isChecked()
            else "years"
            if self.extent_years.isChecked()
            else "visible"
        )
        return replace(
            ExportChoices(),
            path=path,
            fmt=fmt,
            extent=extent,
            from_year=self.from_spin.value(),
            to_year=self.to_spin.value(),
            width_px=self.width_spin.value(),
            height_px=0 if self.height_spin.value() == _FIT else self.height_spin.value(),
            scale=round(self.scale_spin.value(), 4),
            page=self.page_combo.currentText(),
            landscape=self.orientation_combo.currentIndex() == 0,
            title=self._typed_title(),
            legend=self.legend_check.isChecked(),
            sources=self.sources_check.isChecked(),
            theme=str(self.theme_combo.currentData()),
            highlight=self.highlight_check.isChecked(),
        )


def choose_export(
    initial: ExportChoices,
    default_title: str,
    parent: QtWidgets.QWidget | None = None,
    selected_title: str | None = None,
    export: Callable[[ExportChoices], str | None] | None = None,
) -> ExportChoices | None:
    """Run the dialog modally; the choices, or ``None`` when cancelled. *selected_title*
    names the selected item (``None``: nothing selected, no highlight to offer).

    *export*, when given, is called on Save with the choices and returns ``None`` when the
    file was written, else the reason it was not: the dialog then shows it and stays open
    with everything typed, until a save succeeds or the user cancels."""
    dialog = ExportDialog(initial, default_title, parent, selected_title)
    if export is not None:

        def run(choices: ExportChoices) -> None:
            problem = export(choices)
            if problem is not None:
                dialog.show_failure(problem)

        dialog.export_requested.connect(run)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    return dialog.choices()
