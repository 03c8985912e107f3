"""The main window: timeline, details panel, menus, and the one place signals are wired."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6 import QtCore, QtGui, QtWidgets

from viewer.app import citing, exporting, file_watch, menus, settings, theme
from viewer.app.icons import icon
from viewer.app.loader import LoadTask, internal_error_message
from viewer.app.opening import Opener, same_file
from viewer.app.session import Session
from viewer.core.display_text import shown_text
from viewer.core.loading import LoadResult
from viewer.core.paths import BUNDLED_DATA
from viewer.core.ranges import usable_view_range
from viewer.core.search import filter_words, statuses
from viewer.core.words import plural
from viewer.export.image import ExportOptions
from viewer.widgets.details_panel import DetailsPanel, open_in_browser
from viewer.widgets.export_dialog import ExportChoices, choose_export
from viewer.widgets.hover_tip import keep_hover_tooltips
from viewer.widgets.load_report import LoadReportWidget
from viewer.widgets.record_table import RecordTable
from viewer.widgets.search_bar import SearchBar
from viewer.widgets.shortcuts_dialog import ShortcutsDialog
from viewer.widgets.status_bits import StatusBits
from viewer.widgets.timeline_view import TimelineView

_Slot = TypeVar("_Slot", bound=Callable[..., None])


def _reported_to_set_result(slot: _Slot) -> _Slot:
    """A slot of the session's signals whose exception, while :meth:`MainWindow.set_result`
    runs, is handed back to it (a signal's slot cannot raise to the emitter), so a bug while
    showing a file is reported with the file's name and the data shown before comes back."""

    @functools.wraps(slot)
    def wrapper(self: MainWindow, *args: object) -> None:
        if self._show_errors is None:
            slot(self, *args)
            return
        try:
            slot(self, *args)
        except Exception as exc:  # noqa: BLE001  # re-raised by set_result
            self._show_errors.append(exc)

    return wrapper  # type: ignore[return-value]


#: Lanes listed in View › Lanes: a menu of thousands of entries cannot be used (and takes
#: seconds to build); the others stay shown.
MENU_LANES = 200


class MainWindow(QtWidgets.QMainWindow):
    """Timeline in the centre, details in a dock on the right.

    The data and the view state live in :attr:`session` (a :class:`Session`); the window
    builds docks, menus and actions, and :meth:`_connect_signals` wires the session and the
    widgets. Widgets only show state and report intent.
    """

    def __init__(self) -> None:
        super().__init__()
        self.session = Session(self)
        self._show_errors: list[Exception] | None = None  # see _reported_to_set_result
        self.setWindowTitle("Timeline Viewer")
        self.setWindowIcon(icon("app"))
        self.resize(self._default_size())
        self.theme_name = "system"

        self.timeline = TimelineView(self)
        keep_hover_tooltips(self.timeline)
        self.search = SearchBar(self)
        self.setCentralWidget(self.timeline)
        self.details = DetailsPanel(self)
        area = QtCore.Qt.DockWidgetArea
        self.details_dock = self._dock(
            "Details", "details_dock", self.details, area.RightDockWidgetArea
        )
        self.resizeDocks([self.details_dock], [420], QtCore.Qt.Orientation.Horizontal)
        self.table = RecordTable(self)
        self.table_dock = self._dock(
            "Records", "table_dock", self.table, area.BottomDockWidgetArea, hidden=True
        )
        self.report = LoadReportWidget(self)
        self.report_dock = self._dock(
            "Load Report", "report_dock", self.report, area.BottomDockWidgetArea, hidden=True
        )
        self.tabifyDockWidget(self.table_dock, self.report_dock)
        self.file_watch = file_watch.FileWatch(self)
        self.opener = Opener(
            self,
            show=self._show_loaded,
            fail=self._load_failed,
            status=self.statusBar().showMessage,
            shown_path=lambda: (
                self.session.dataset.path if self.session.dataset is not None else ""
            ),
        )
        self._reload_box: QtWidgets.QMessageBox | None = None  # a failed reload's message
        self._loaded_at = ""  # when the file shown was read (HH:MM:SS)
        self.setAcceptDrops(True)
        self.status_bits = StatusBits(self.statusBar())
        self._make_actions()
        self._make_menus()
        self._connect_signals()
        self._build_recent_menu()
        self.details.show_empty(None)

    def _dock(
        self,
        title: str,
        name: str,
        widget: QtWidgets.QWidget,
        area: QtCore.Qt.DockWidgetArea,
        hidden: bool = False,
    ) -> QtWidgets.QDockWidget:
        """A dock named *name* (for the saved layout) holding *widget* in *area*."""
        dock = QtWidgets.QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        if hidden:
            dock.hide()
        return dock

    @staticmethod
    def _default_size() -> QtCore.QSize:
        """1400 x 860, or 90 % of a smaller screen."""
        screen = QtGui.QGuiApplication.primaryScreen()
        if screen is None:
            return QtCore.QSize(1400, 860)
        room = screen.availableGeometry().size()
        return QtCore.QSize(min(1400, int(room.width() * 0.9)), min(860, int(room.height() * 0.9)))

    # -- construction ------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.commands = menus.make_actions(self, self.table_dock)
        self.theme_group = QtGui.QActionGroup(self)
        self.theme_actions: dict[str, QtGui.QAction] = {}
        for name, text in (("system", "&System"), ("light", "&Light"), ("dark", "&Dark")):
            a = QtGui.QAction(text, self.theme_group)
            a.setCheckable(True)
            a.setData(name)
            self.theme_actions[name] = a
        self.theme_actions["system"].setChecked(True)

    def _make_menus(self) -> None:
        submenus = menus.build_menus(
            self,
            self.commands,
            {
                "details_dock": self.details_dock.toggleViewAction(),
                "report_dock": self.report_dock.toggleViewAction(),
                "Theme": list(self.theme_actions.values()),
            },
            self.search,
        )
        self.recent_menu = submenus["Open Recent"]
        self.lanes_menu = submenus["Lanes"]
        self.status_menu = submenus["Show Items"]

    def _connect_signals(self) -> None:
        """The one place where widgets meet."""
        # Timeline -> selection
        session = self.session
        session.data_changed.connect(self._show_data)
        session.layout_changed.connect(self._show_layout)
        session.selection_changed.connect(self._show_selection)
        session.matches_changed.connect(self._show_matches)
        self.timeline.record_clicked.connect(session.select)
        self.timeline.background_clicked.connect(lambda: session.select(None))
        self.timeline.range_changed.connect(self.status_bits.show_range)
        self.timeline.step_requested.connect(
            lambda step: self._reveal(session.step(step, self.timeline.x_range()))
        )
        self.timeline.lane_step_requested.connect(
            lambda step: self._reveal(session.lane_step(step, self.timeline.x_range()))
        )
        self.timeline.zoom_requested.connect(self._zoom)
        self.timeline.activate_requested.connect(self._open_first_source)
        # Search
        self.search.query_changed.connect(session.set_query)
        self.search.next_requested.connect(lambda: self._reveal(session.step_match(1)))
        self.search.previous_requested.connect(lambda: self._reveal(session.step_match(-1)))
        self.commands["find"].triggered.connect(self.search.focus)
        # Details panel -> selection / browser
        self.details.record_link_activated.connect(self._select_and_show)
        self.details.url_open_requested.connect(self._open_url)
        # Citation of the selection: Edit › Copy Citation and the details panel's button
        session.selection_changed.connect(
            lambda _id: menus.enable_for_selection(
                self.commands, session.selected_record is not None
            )
        )
        self.commands["copy_citation"].triggered.connect(self._copy_citation)
        self.details.citation_requested.connect(self._copy_citation)
        # Actions
        self.commands["open"].triggered.connect(self._open_dialog)
        self.commands["export"].triggered.connect(self._export_dialog)
        self.commands["quit"].triggered.connect(self.close)
        self.commands["fit"].triggered.connect(self.timeline.fit_all)
        self.commands["zoom_in"].triggered.connect(lambda: self._zoom(2.0))
        self.commands["zoom_out"].triggered.connect(lambda: self._zoom(0.5))
        self.commands["clear"].triggered.connect(lambda: session.select(None))
        self.commands["about"].triggered.connect(self._about)
        self.commands["shortcuts"].triggered.connect(self._show_shortcuts)
        self.commands["full_screen"].toggled.connect(self._set_full_screen)
        self.commands["reset_settings"].triggered.connect(self._reset_settings)
        self.theme_group.triggered.connect(lambda a: self.set_theme(str(a.data())))
        # Table and load report -> selection
        self.table.record_selected.connect(self._select_and_show)
        self.report.record_activated.connect(self._select_and_show)
        self.status_bits.report_requested.connect(
            lambda: (self.report_dock.show(), self.report_dock.raise_())
        )
        # Files
        self.commands["reload"].triggered.connect(self.reload)
        self.commands["open_bundled"].triggered.connect(
            lambda: self.open_in_background(BUNDLED_DATA)
        )
        self.file_watch.changed.connect(lambda _path: self.reload())

    # -- data ----------------------------------------------------------------------------------
    def set_result(self, result: LoadResult, keep_view: bool = False) -> None:
        """Show a loaded dataset; its problems go to the load report. With *keep_view*
        (a reload), the visible range, the hidden lanes and the selection are kept where
        the records still exist."""
        previous_range = self.timeline.x_range() if (keep_view and self.session.dataset) else None
        self._show_errors = []
        try:
            self.session.set_result(result, keep_view)
        finally:
            errors, self._show_errors = self._show_errors, None
        if errors:
            raise errors[0]
        if previous_range is not None:
            self.timeline.set_x_range(*previous_range)
        selected = self.session.selected_id
        if keep_view and selected is not None:
            self.timeline.ensure_visible(selected)

    @_reported_to_set_result
    def _show_data(self) -> None:
        """The session holds a new dataset: show it everywhere."""
        result, dataset, layout = (
            self.session.load_result,
            self.session.dataset,
            self.session.layout,
        )
        assert result is not None and dataset is not None and layout is not None
        self._loaded_at = time.strftime("%H:%M:%S")
        self.timeline.set_data(dataset, layout)
        self.table.set_dataset(dataset)
        self._build_filter_menus()
        name = Path(dataset.path).name if dataset.path else "untitled"
        self.setWindowTitle(f"{shown_text(name)} – Timeline Viewer")
        self.setWindowFilePath(dataset.path)
        self._update_counts()
        self.report.set_result(result)
        errors = result.error_count
        self.status_bits.show_problems(errors, len(result.problems) - len(result.errors))
        if errors or not dataset.records:
            self.report_dock.show()
            self.report_dock.raise_()
        if dataset.path:
            self.file_watch.watch(dataset.path)

    @_reported_to_set_result
    def _show_layout(self) -> None:
        """Lanes or statuses were hidden or shown: redraw at the same range, tick the menus."""
        dataset, layout = self.session.dataset, self.session.layout
        if dataset is None or layout is None:
            return
        x_range = self.timeline.x_range()
        self.timeline.set_data(dataset, layout)
        self.timeline.set_x_range(*x_range)
        self.timeline.set_selected(self.session.selected_id)
        state = self.session.state
        for menu, hidden in (
            (self.lanes_menu, state.hidden_lanes),
            (self.status_menu, state.hidden_statuses),
        ):
            for a in menu.actions():
                blocked = a.blockSignals(True)
                a.setChecked(a.data() not in hidden)
                a.blockSignals(blocked)
        self._update_counts()

    @_reported_to_set_result
    def _show_selection(self, record_id: str | None) -> None:
        """The session's selection changed: highlight it, show its details, mark its row."""
        dataset, result = self.session.dataset, self.session.load_result
        self.timeline.set_selected(record_id)
        record = dataset.get(record_id) if (dataset is not None and record_id) else None
        if record is not None:
            self.details.show_record(record, dataset)
        elif dataset is not None and result is not None and not dataset.records:
            self.details.show_no_records(result)
        else:
            self.details.show_empty(dataset)
        self.table.select_record(record_id if record is not None else None)

    @_reported_to_set_result
    def _show_matches(self) -> None:
        """The search's matches or position changed: dim the rest, show the count."""
        session = self.session
        if not session.searching:
            self.timeline.set_dimmed(None)
            self.search.set_count(None, 0, searching=False)
            return
        self.timeline.set_dimmed(session.match_positions)
        pos = session.state.match_pos
        self.search.set_count(
            None if pos is None else pos + 1, len(session.state.matches), searching=True
        )

    def _reveal(self, record_id: str | None) -> None:
        """Scroll the timeline to a record the keyboard or search selected."""
        if record_id is not None:
            self.timeline.ensure_visible(record_id)

    def open_in_background(
        self,
        path: str | Path,
        keep_view: bool = False,
        date_format: str | None = None,
        then: Callable[[LoadResult], None] | None = None,
    ) -> LoadTask:
        """Load *path* off the GUI thread (:meth:`Opener.open`). The window stays usable
        meanwhile; a file that cannot be used gives a message, and the data shown before
        stays. *then* is called with the result once it is shown."""
        return self.opener.open(path, keep_view, date_format, then)

    def _show_loaded(self, result: LoadResult, keep_view: bool, path: str) -> bool:
        """:meth:`set_result`, guarded: an internal error names the file and the place,
        and the data shown before comes back. Returns success."""
        previous = self.session.load_result
        try:
            self.set_result(result, keep_view)
        except Exception as exc:  # a bug must not leave a half-shown file
            message = internal_error_message(path, "showing", exc)
            if previous is not None:
                try:
                    self.set_result(previous, keep_view=True)
                except Exception:  # noqa: BLE001  # nothing more to fall back to
                    pass
            self._load_failed(path, message)
            return False
        self._close_reload_message()
        self._remember(path)
        return True

    def _load_failed(self, path: str, message: str) -> None:
        """Tell that *path* could not be used: what was shown before stays, and the message
        says so (for a reload of the open file: its last good data, and when it was read)."""
        name = shown_text(Path(path).name)
        shown = self.session.dataset.path if self.session.dataset is not None else ""
        if shown and same_file(shown, path):
            title = "Could not reload the file"
            tail = (
                f"The last good data of {name}, read at {self._loaded_at}, is still "
                "shown. It is read again when the file changes (or with File › Reload)."
            )
            self.statusBar().showMessage(
                f"{name} changed but could not be read; the last good data is still shown"
            )
        elif shown:
            title = "Could not open the file"
            tail = f"{shown_text(Path(shown).name)} is still shown."
        else:
            title = "Could not open the file"
            tail = "No data is shown. Use File › Open… or File › Open Bundled Record."
            self.report.set_failure(message)
            self.details.show_failure(message)
            self.setWindowTitle(f"{name} (not opened) – Timeline Viewer")
        self._close_reload_message()
        box = self._message(title, f"{message}\n\n{tail}", QtWidgets.QMessageBox.Icon.Critical)
        if shown and same_file(shown, path):
            self._reload_box = box

    def _close_reload_message(self) -> None:
        """Close the message of a failed reload that a newer reload has superseded."""
        box, self._reload_box = self._reload_box, None
        if box is not None:
            try:
                box.close()
            except RuntimeError:  # already closed and deleted by the user
                pass

    def open_at_start(
        self,
        path: str | Path,
        date_format: str | None = None,
        x_range: tuple[float, float] | None = None,
        select: str | None = None,
    ) -> LoadTask:
        """The start-up file, loaded like any other (in the background, guarded: a file
        that fails leaves an empty window with the message). Once shown: *x_range*, else
        the view saved for this file; then *select* (an unknown id is reported in the
        status bar)."""

        def shown(_result: LoadResult) -> None:
            if self.session.dataset is None:
                return
            if x_range is not None:
                self.timeline.set_x_range(*x_range)
            else:
                self.restore_view()
            if select:
                if self.session.dataset.get(select) is None:
                    self.statusBar().showMessage(
                        f"--select: no record with id {shown_text(select)!r}", 10000
                    )
                else:
                    self._select_and_show(select)

        return self.open_in_background(path, date_format=date_format, then=shown)

    def reload(self) -> None:
        """Read the open file again, keeping the view and the selection (F5)."""
        self.opener.reload()

    def _remember(self, path: str) -> None:
        if same_file(path, BUNDLED_DATA):
            return  # File › Open Bundled Record opens it
        file_watch.remember(path)
        self._build_recent_menu()

    def _build_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = file_watch.recent_files()
        for path in paths:
            a = self.recent_menu.addAction(shown_text(path).replace("&", "&&"))
            a.triggered.connect(lambda _=False, p=path: self.open_in_background(p))
        self.recent_menu.setEnabled(bool(paths))

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:  # noqa: N802
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:  # noqa: N802
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_in_background(files[0])

    # -- filters -------------------------------------------------------------------------------
    def _build_filter_menus(self) -> None:
        self.lanes_menu.clear()
        self.status_menu.clear()
        if self.session.dataset is None:
            return
        lanes = self.session.dataset.lanes
        for lane in lanes[:MENU_LANES]:
            # "&" is literal, not a mnemonic
            a = self.lanes_menu.addAction(shown_text(lane.title).replace("&", "&&"))
            a.setData(lane.id)
            a.setCheckable(True)
            a.setChecked(lane.id not in self.session.state.hidden_lanes)
            a.toggled.connect(lambda on, lid=lane.id: self.session.set_lane_visible(lid, on))
        if len(lanes) > MENU_LANES:
            more = self.lanes_menu.addAction(
                f"… and {plural(len(lanes) - MENU_LANES, 'more lane')} (not listed)"
            )
            more.setEnabled(False)
        for status in statuses(self.session.dataset):
            a = self.status_menu.addAction(shown_text(filter_words(status)).replace("&", "&&"))
            a.setCheckable(True)
            a.setChecked(status not in self.session.state.hidden_statuses)
            a.setData(status)
            a.toggled.connect(lambda on, st=status: self.session.set_status_visible(st, on))

    def _update_counts(self) -> None:
        dataset, layout = self.session.dataset, self.session.layout
        if dataset is not None and layout is not None:
            self.status_bits.show_counts(
                len(layout.ids),
                len(dataset.records),
                len(layout.undated),
                self.session.without_lane,
            )

    # -- actions on the selection -----------------------------------------------------------
    def _open_first_source(self) -> None:
        record = self.session.selected_record
        if record is not None and record.sources:
            self._open_url(QtCore.QUrl(record.sources[0].url))

    def _copy_citation(self) -> None:
        record, dataset = self.session.selected_record, self.session.dataset
        if record is not None and dataset is not None:
            citing.copy_citation(record, dataset)
            self.statusBar().showMessage("Citation copied", 5000)

    def _open_url(self, url: QtCore.QUrl) -> None:
        if open_in_browser(url):
            self.statusBar().showMessage(
                f"Opened {shown_text(url.toString())} in the browser", 5000
            )
        else:
            self._message(
                "Could not open the link",
                f"No web browser could be started for:\n{url.toString()}\n\n"
                "Copy the address from the Details panel instead.",
                QtWidgets.QMessageBox.Icon.Warning,
            )

    def _select_and_show(self, record_id: str) -> None:
        """Select *record_id* and scroll the timeline to it (from the table, a link or a
        search step)."""
        if self.session.select(record_id):
            self.timeline.ensure_visible(record_id)

    # -- view ----------------------------------------------------------------------------------
    def _zoom(self, factor: float) -> None:
        centre = None
        layout, selected = self.session.layout, self.session.selected_id
        i = layout.index_of(selected) if (layout is not None and selected) else None
        if layout is not None and i is not None:
            centre = float(layout.x0_days[i] + layout.x1_days[i]) / 2
        self.timeline.zoom(factor, centre)

    # -- dialogs -------------------------------------------------------------------------------
    def _message(
        self, title: str, text: str, icon: QtWidgets.QMessageBox.Icon
    ) -> QtWidgets.QMessageBox:
        """Show *text* as plain text (direction overrides neutralised) in a window-modal,
        non-blocking message box; returns the box."""
        box = QtWidgets.QMessageBox(
            icon, title, shown_text(text), QtWidgets.QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setObjectName("message_box")
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal and non-blocking: the app stays usable
        return box

    def _open_dialog(self) -> None:
        start = (
            str(Path(self.session.dataset.path).parent)
            if (self.session.dataset and self.session.dataset.path)
            else ""
        )
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            "Open timeline",
            start,
            "Timeline files (*.json *.csv *.tsv *.txt *.parquet *.arrow *.feather *.ipc);;"
            "JSON (*.json);;CSV (*.csv *.tsv *.txt);;"
            "Parquet / Arrow (*.parquet *.arrow *.feather *.ipc);;All files (*)",
        )
        if path:
            self.open_in_background(path)

    def _export_dialog(self) -> None:
        dataset = self.session.dataset
        if dataset is None or self.session.layout is None:
            return
        selected = self.session.selected_record
        choose_export(
            exporting.saved_choices(dataset.path),
            dataset.title,
            self,
            selected.title if selected is not None else None,
            export=self._export_chosen,
        )

    def _export_chosen(self, choices: ExportChoices) -> str | None:
        """Remember *choices* and export them: ``None`` when written or cancelled (the
        status bar says which), else why not, for the dialog to show."""
        assert self.session.dataset is not None
        exporting.save_choices(choices, self.session.dataset.path)
        options = exporting.options_from(choices, self.timeline.x_range(), self.session.selected_id)
        return self._export(choices.path, options)[1]

    def export_to(
        self, path: str | Path, width_px: int | None = None, options: ExportOptions | None = None
    ) -> Path | None:
        """Export the chart to *path*: with *options*, or else the visible range at
        *width_px* (default: the timeline's width, at least 1200), without the selection's
        highlight. A failure is shown in a message; returns the path written."""
        if self.session.dataset is None or self.session.layout is None:
            return None
        if options is None:
            width = width_px or max(1200, self.timeline.width())
            options = ExportOptions(x_range=self.timeline.x_range(), width_px=width)
        written, problem = self._export(path, options)
        if problem is not None:
            self._message("Export failed", problem, QtWidgets.QMessageBox.Icon.Critical)
        return written

    def _export(self, path: str | Path, options: ExportOptions) -> tuple[Path | None, str | None]:
        """:func:`exporting.run_export` on the data shown, told in the status bar."""
        dataset, layout = self.session.dataset, self.session.layout
        assert dataset is not None and layout is not None
        written, problem = exporting.run_export(self, dataset, layout, path, options)
        if written is not None:
            self.statusBar().showMessage(f"Exported {shown_text(str(written))}", 8000)
        elif problem is None:
            self.statusBar().showMessage("Export cancelled; no file was written", 5000)
        return written, problem

    def _show_shortcuts(self) -> None:
        box = ShortcutsDialog(menus.shortcut_rows(self.commands), self)
        box.setObjectName("shortcuts_box")
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def _about(self) -> None:
        from viewer.app.version import version_text

        text = (
            f"{version_text()}\n\n"
            "Bundled data: INTERPOL's General Assembly sessions (1923-2026), Presidents, "
            "Secretaries General and flag handovers, compiled from the sources cited in "
            "each record (INTERPOL releases, national police and ministry pages, news "
            "reports); summaries are original text.\n\n"
            "Licence: MIT (code); DejaVu fonts under their own free licence."
        )
        self._message("About Timeline Viewer", text, QtWidgets.QMessageBox.Icon.Information)

    # -- theme, full screen, settings -----------------------------------------------------
    def set_theme(self, name: str, remember: bool = True) -> None:
        """Use theme *name* (``system``, ``light`` or ``dark``); *remember* stores it."""
        if name not in theme.THEME_NAMES:
            name = "system"
        self.theme_name = name
        self.theme_actions[name].setChecked(True)
        app = QtWidgets.QApplication.instance()
        assert isinstance(app, QtWidgets.QApplication)
        self.timeline.set_style(theme.apply_theme(app, name))
        if remember:
            settings.THEME.set(name)

    def _set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def restore_settings(self) -> None:
        """Window geometry, dock layout and theme from the last session."""
        geometry = settings.WINDOW_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.WINDOW_STATE.get()
        if not state.isEmpty():
            self.restoreState(state)
        self.set_theme(settings.THEME.get())

    def restore_view(self) -> None:
        """The last view range and hidden lanes, when the same file is open again."""
        if self.session.dataset is None or settings.LAST_FILE.get() != self.session.dataset.path:
            return
        hidden = set(settings.HIDDEN_LANES.get())
        for a in self.lanes_menu.actions():
            if a.data() in hidden:
                a.setChecked(False)
        saved = settings.VIEW_RANGE.get()
        usable = usable_view_range(saved, *self.timeline.full_range())
        if usable is not None:
            self.timeline.set_x_range(*usable)
        elif saved:
            settings.log.warning(
                "settings: view/range %r does not suit %s; showing it all",
                saved,
                self.session.dataset.path,
            )

    def save_settings(self) -> None:
        """Store geometry, dock layout, last file, view range and hidden lanes."""
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_STATE.set(self.saveState())
        if self.session.dataset is not None and self.session.dataset.path:
            settings.LAST_FILE.set(self.session.dataset.path)
            lo, hi = self.timeline.x_range()
            settings.VIEW_RANGE.set([str(lo), str(hi)])
            settings.HIDDEN_LANES.set(sorted(self.session.state.hidden_lanes))
        settings.store().sync()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802
        self.opener.cancel()
        self.save_settings()
        super().closeEvent(event)

    def _reset_settings(self) -> None:
        answer = QtWidgets.QMessageBox.question(
            self,
            "Reset settings",
            "Forget the window layout, theme, last file, view and "
            "export choices? The defaults apply now and at the next start.",
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        self.reset_settings()

    def reset_settings(self) -> None:
        """Forget every stored setting and go back to the default theme."""
        settings.reset()
        self.set_theme("system", remember=False)
