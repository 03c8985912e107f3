"""File › Export in the window: the export dialog's choices kept in the settings, turned
into :class:`~viewer.export.image.ExportOptions`, and an export run with a progress dialog.

The command line's ``export`` builds its options from its arguments instead; both end in
:func:`viewer.export.image.export_image`, which draws the same chart as the window.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from viewer.app import settings
from viewer.app.messages import show_message
from viewer.app.session import Session
from viewer.core import export_spec
from viewer.core.dates import civil_from_days, days_from_civil
from viewer.core.display_text import shown_text
from viewer.core.i18n import embedded, translate
from viewer.core.layout import Layout
from viewer.core.load_messages import nothing_to_draw
from viewer.core.records import Dataset
from viewer.export.image import STEPS, ExportCancelled, ExportError, ExportOptions, export_image
from viewer.widgets.export_dialog import ExportChoices, choose_export


def saved_choices(data_path: str) -> ExportChoices:
    """The export dialog's choices as last saved (checked: a value out of its limits falls
    back to its default), for the file *data_path* (``""``: none). The file name is the
    data file's stem in the saved folder; a typed title is offered again only for the file
    it was typed for."""
    folder = settings.EXPORT_FOLDER.get() or str(Path.home())
    fmt = settings.EXPORT_FORMAT.get()
    if fmt not in export_spec.FORMATS:  # a settings file from elsewhere
        fmt = settings.EXPORT_FORMAT.default
    stem = Path(data_path).stem if data_path else "timeline"
    width, height, scale = settings.checked_export_size(
        settings.EXPORT_WIDTH.get(), settings.EXPORT_HEIGHT.get(), settings.EXPORT_SCALE.get(), fmt
    )
    own = bool(data_path) and settings.EXPORT_TITLE_FILE.get() == data_path
    return ExportChoices(
        path=str(Path(folder) / f"{stem}.{fmt}"),
        fmt=fmt,
        extent=settings.EXPORT_EXTENT.get(),
        from_year=settings.EXPORT_FROM.get(),
        to_year=settings.EXPORT_TO.get(),
        width_px=width,
        height_px=height,
        scale=scale,
        page=settings.EXPORT_PAGE.get(),
        landscape=settings.EXPORT_LANDSCAPE.get(),
        title=settings.EXPORT_TITLE.get() if own else "",
        legend=settings.EXPORT_LEGEND.get(),
        sources=settings.EXPORT_SOURCES.get(),
        theme=settings.EXPORT_THEME.get(),
    )


def _years_of_the_data(c: ExportChoices, layout: Layout) -> ExportChoices:
    """*c* with the first and last years of *layout*'s records as its years, unless the
    years were the last choice and hold some of them (the defaults, or years chosen for
    another file: a new user was offered 1923-2026 for a file of 1800-2025)."""
    first = civil_from_days(math.floor(layout.x_min_days))[0]
    last = civil_from_days(math.floor(layout.x_max_days))[0]
    if c.extent != "years" or c.to_year < first or c.from_year > last:
        return replace(c, from_year=first, to_year=last)
    return c


def save_choices(c: ExportChoices, data_path: str) -> None:
    """Remember *c*; its title (if any) for the file *data_path* only: a title typed for
    another file stays with that file until a title is typed for this one."""
    if c.title or settings.EXPORT_TITLE_FILE.get() == data_path:
        settings.EXPORT_TITLE_FILE.set(data_path if c.title else "")
        settings.EXPORT_TITLE.set(c.title)
    for setting, value in (
        (settings.EXPORT_FOLDER, str(Path(c.path).parent)),
        (settings.EXPORT_FORMAT, c.fmt),
        (settings.EXPORT_EXTENT, c.extent),
        (settings.EXPORT_FROM, c.from_year),
        (settings.EXPORT_TO, c.to_year),
        (settings.EXPORT_WIDTH, c.width_px),
        (settings.EXPORT_HEIGHT, c.height_px),
        (settings.EXPORT_SCALE, c.scale),
        (settings.EXPORT_PAGE, c.page),
        (settings.EXPORT_LANDSCAPE, c.landscape),
        (settings.EXPORT_LEGEND, c.legend),
        (settings.EXPORT_SOURCES, c.sources),
        (settings.EXPORT_THEME, c.theme),
    ):
        setting.set(value)


def options_from(
    c: ExportChoices, visible: tuple[float, float], selected: str | None
) -> ExportOptions:
    """The export options for the dialog's choices *c*: the extent is everything, the
    chosen years (1 January of the first to 1 January after the last) or *visible* (days);
    *selected* is highlighted when the dialog asked for it."""
    x_range: tuple[float, float] | None
    if c.extent == "all":
        x_range = None
    elif c.extent == "years":
        x_range = (
            float(days_from_civil(c.from_year, 1, 1)),
            float(days_from_civil(c.to_year + 1, 1, 1)),
        )
    else:
        x_range = visible
    return ExportOptions(
        x_range=x_range,
        width_px=c.width_px,
        height_px=c.height_px or None,
        scale=c.scale,
        title=c.title or None,
        selected=selected if c.highlight else None,
        legend=c.legend,
        sources=c.sources,
        theme=c.theme,
        page=c.page,
        landscape=c.landscape,
    )


def run_export(
    parent: QtWidgets.QWidget,
    dataset: Dataset,
    layout: Layout,
    path: str | Path,
    options: ExportOptions,
) -> tuple[Path | None, str | None]:
    """Export the chart to *path* with a progress dialog (over the modal dialog open, such
    as the export dialog, so its Cancel can be reached; shown only when the export takes
    longer than half a second): ``(path written, None)``, ``(None, None)`` when the user
    cancelled (nothing was written), ``(None, why)`` when it failed."""
    dialog = QtWidgets.QProgressDialog(QtWidgets.QApplication.activeModalWidget() or parent)
    label = QtWidgets.QLabel(
        translate("Export", "Exporting {file}…").format(file=embedded(shown_text(Path(path).name)))
    )
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    dialog.setLabel(label)
    dialog.setCancelButtonText(translate("Export", "Cancel"))
    dialog.setRange(0, STEPS)
    dialog.setObjectName("export_progress")
    dialog.setWindowTitle(translate("Export", "Export"))
    dialog.setMinimumDuration(500)

    def progress(step: int, steps: int) -> bool:
        dialog.setValue(step)
        QtWidgets.QApplication.processEvents()
        return not dialog.wasCanceled()

    QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
    try:
        return export_image(dataset, layout, path, replace(options, progress=progress)), None
    except ExportCancelled:
        return None, None
    except ExportError as exc:
        return None, str(exc)
    finally:
        QtWidgets.QApplication.restoreOverrideCursor()
        dialog.reset()
        dialog.deleteLater()


class WindowExport:
    """Exports from the window *parent* of the data shown in *session*: File › Export
    (:meth:`ask`) and :meth:`export_to`. *visible* returns the range shown (days),
    *width_px* the chart's width, *status* shows ``(text, milliseconds)`` in the status
    bar."""

    def __init__(
        self,
        parent: QtWidgets.QWidget,
        session: Session,
        visible: Callable[[], tuple[float, float]],
        width_px: Callable[[], int],
        status: Callable[[str, int], None],
    ) -> None:
        self._parent, self._session = parent, session
        self._visible, self._width_px, self._status = visible, width_px, status

    def ask(self) -> None:
        """File › Export: the export dialog, offering the choices saved last."""
        dataset, layout = self._session.dataset, self._session.layout
        if dataset is None or layout is None:
            return
        if not layout.ids:
            result = self._session.load_result
            errors = result.error_count if result is not None else 0
            show_message(
                self._parent,
                translate("Export", "Nothing to export"),
                nothing_to_draw(dataset.path, len(dataset.records), errors),
                QtWidgets.QMessageBox.Icon.Information,
            )
            return
        selected = self._session.selected_record
        choose_export(
            _years_of_the_data(saved_choices(dataset.path), layout),
            dataset.title,
            self._parent,
            selected.title if selected is not None else None,
            export=self._chosen,
        )

    def _chosen(self, choices: ExportChoices) -> str | None:
        """Remember *choices* and export them: ``None`` when written or cancelled (the
        status bar says which), else why not, for the dialog to show."""
        assert self._session.dataset is not None
        save_choices(choices, self._session.dataset.path)
        options = options_from(choices, self._visible(), self._session.selected_id)
        return self._export(choices.path, options)[1]

    def export_to(
        self, path: str | Path, width_px: int | None = None, options: ExportOptions | None = None
    ) -> Path | None:
        """Export the chart to *path*: with *options*, or else the visible range at
        *width_px* (default: the chart's width, at least 1200), without the selection's
        highlight. A failure is shown in a message; returns the path written."""
        if self._session.dataset is None or self._session.layout is None:
            return None
        if options is None:
            width = width_px or max(1200, self._width_px())
            options = ExportOptions(x_range=self._visible(), width_px=width)
        written, problem = self._export(path, options)
        if problem is not None:
            show_message(
                self._parent,
                translate("Export", "Export failed"),
                problem,
                QtWidgets.QMessageBox.Icon.Critical,
            )
        return written

    def _export(self, path: str | Path, options: ExportOptions) -> tuple[Path | None, str | None]:
        """:func:`run_export` on the data shown, told in the status bar."""
        dataset, layout = self._session.dataset, self._session.layout_within(options.x_range)
        assert dataset is not None and layout is not None
        written, problem = run_export(self._parent, dataset, layout, path, options)
        if written is not None:
            self._status(
                translate("Export", "Exported {file}").format(
                    file=embedded(shown_text(str(written)))
                ),
                8000,
            )
        elif problem is None:
            self._status(translate("Export", "Export cancelled; no file was written"), 5000)
        return written, problem
