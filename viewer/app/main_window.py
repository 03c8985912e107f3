"""The main window: timeline, details panel, menus, and the one place signals are wired."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from viewer.app import citing, docks, file_watch, menus, settings, theme, window_settings
from viewer.app.errors import SlotErrors
from viewer.app.exporting import WindowExport
from viewer.app.icons import icon
from viewer.app.links import open_link
from viewer.app.loader import LoadTask, internal_error_message
from viewer.app.map_link import MapLink
from viewer.app.messages import LoadMessages, show_message
from viewer.app.opening import Opener, ask_open_path, same_file
from viewer.app.session import Session
from viewer.app.version import about_text
from viewer.core.display_text import shown_text
from viewer.core.load_messages import APP_NAME, load_failure, window_title
from viewer.core.loading import LoadResult
from viewer.core.paths import BUNDLED_DATA
from viewer.export.image import ExportOptions
from viewer.widgets.details_panel import DetailsPanel
from viewer.widgets.hover_tip import keep_hover_tooltips
from viewer.widgets.load_report import LoadReportWidget
from viewer.widgets.map_view import MapView
from viewer.widgets.record_table import RecordTable
from viewer.widgets.search_bar import SearchBar
from viewer.widgets.shortcuts_dialog import ShortcutsDialog
from viewer.widgets.status_bits import StatusBits
from viewer.widgets.timeline_view import TimelineView

Icon = QtWidgets.QMessageBox.Icon


class MainWindow(QtWidgets.QMainWindow):
    """Timeline in the centre, details in a dock on the right.

    The data and the view state live in :attr:`session` (a :class:`Session`); the window
    builds docks, menus and actions, and :meth:`_connect_signals` wires the session and the
    widgets. Widgets only show state and report intent.
    """

    def __init__(self) -> None:
        super().__init__()
        self.session = Session(self)
        self._slot_errors = SlotErrors()  # raised by set_result
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self.resize(window_settings.default_size())
        self.theme_name = "system"

        self.timeline = TimelineView(self)
        keep_hover_tooltips(self.timeline)
        self.search = SearchBar(self)
        self.setCentralWidget(self.timeline)
        self.details = DetailsPanel(self)
        self.table = RecordTable(self)
        self.report = LoadReportWidget(self)
        self.details_dock, self.table_dock, self.report_dock = docks.add_docks(
            self, self.details, self.table, self.report
        )
        self.map = MapView(self)
        self.map_dock = docks.add_map_dock(self, self.map)
        self.map_link = MapLink(self.map, self.map_dock, self.session, self.timeline.x_range)
        self._fill_spare = False  # see restore_settings
        self.file_watch = file_watch.FileWatch(self)
        self.load_messages = LoadMessages(self)
        self.opener = Opener(
            self,
            show=self._show_loaded,
            fail=self._load_failed,
            status=self.statusBar().showMessage,
            shown_path=self._shown_path,
        )
        self.exports = WindowExport(
            self,
            self.session,
            visible=self.timeline.x_range,
            width_px=self.timeline.width,
            status=self.statusBar().showMessage,
        )
        self.setAcceptDrops(True)
        self.status_bits = StatusBits(self.statusBar())
        self.commands = menus.make_actions(self, self.table_dock)
        self.theme_group, self.theme_actions = menus.make_theme_actions(self)
        submenus = menus.build_menus(
            self,
            self.commands,
            {
                "details_dock": self.details_dock.toggleViewAction(),
                "report_dock": self.report_dock.toggleViewAction(),
                "map_dock": self.map_dock.toggleViewAction(),
                "Theme": list(self.theme_actions.values()),
            },
            self.search,
        )
        self.recent_menu = submenus["Open Recent"]
        self.lanes_menu = submenus["Lanes"]
        self.status_menu = submenus["Show Items"]
        self._connect_signals()
        self._build_recent_menu()
        self.details.show_empty(None)

    def _connect_signals(self) -> None:
        """The one place where widgets meet."""
        # Session -> widgets
        session = self.session
        guard = self._slot_errors.guard
        session.data_changed.connect(guard(self._show_data))
        session.layout_changed.connect(guard(self._show_layout))
        session.selection_changed.connect(guard(self._show_selection))
        session.matches_changed.connect(guard(self._show_matches))
        # Timeline -> selection
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
        self.search.field_focused.connect(session.prepare_search)
        self.search.next_requested.connect(lambda: self._reveal(session.step_match(1)))
        self.search.previous_requested.connect(lambda: self._reveal(session.step_match(-1)))
        self.commands["find"].triggered.connect(self.search.focus)
        # Details panel -> selection / browser
        self.details.record_link_activated.connect(self._select_and_show)
        self.details.url_open_requested.connect(
            lambda url: open_link(self, url, self.statusBar().showMessage)
        )
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
        self.commands["export"].triggered.connect(self.exports.ask)
        self.commands["quit"].triggered.connect(self.close)
        self.commands["fit"].triggered.connect(self.timeline.fit_all)
        self.commands["zoom_in"].triggered.connect(lambda: self._zoom(2.0))
        self.commands["zoom_out"].triggered.connect(lambda: self._zoom(0.5))
        self.commands["clear"].triggered.connect(lambda: session.select(None))
        self.commands["about"].triggered.connect(
            lambda: show_message(self, "About Timeline Viewer", about_text(), Icon.Information)
        )
        self.commands["shortcuts"].triggered.connect(self._show_shortcuts)
        self.commands["full_screen"].toggled.connect(
            lambda on: self.showFullScreen() if on else self.showNormal()
        )
        self.commands["reset_settings"].triggered.connect(
            lambda: window_settings.ask_reset(self) and self.reset_settings()
        )
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
        # Map <-> selection and the timeline's range
        session.data_changed.connect(guard(self.map_link.data_changed))
        session.selection_changed.connect(self.map.set_selected)
        self.map.record_clicked.connect(self._select_and_show)
        self.map.in_view_only_toggled.connect(lambda _on: self.map_link.apply_range())
        session.layout_changed.connect(self.map_link.apply_range)
        self.timeline.range_changed.connect(lambda *_: self.map_link.range_changed())
        self.map_dock.visibilityChanged.connect(lambda on: on and self.map_link.refresh())
        self.commands["export_map"].triggered.connect(
            lambda: self.map_link.ask_export(self, self.statusBar().showMessage)
        )

    # -- data ----------------------------------------------------------------------------------
    def set_result(self, result: LoadResult, keep_view: bool = False) -> None:
        """Show a loaded dataset; its problems go to the load report. With *keep_view*
        (a reload), the visible range, the hidden lanes and the selection are kept where
        the records still exist."""
        previous_range = self.timeline.x_range() if (keep_view and self.session.dataset) else None
        with self._slot_errors.raised():
            self.session.set_result(result, keep_view)
        if previous_range is not None:
            self.timeline.set_x_range(*previous_range)
        selected = self.session.selected_id
        if keep_view and selected is not None:
            self.timeline.ensure_visible(selected)

    def _show_data(self) -> None:
        """The session holds a new dataset: show it everywhere."""
        result, dataset, layout = (
            self.session.load_result,
            self.session.dataset,
            self.session.layout,
        )
        assert result is not None and dataset is not None and layout is not None
        self.timeline.set_data(dataset, layout)
        self.table.set_dataset(dataset)
        menus.fill_filter_menus(
            self.lanes_menu, self.status_menu, dataset, self.session.state, self.session
        )
        self.setWindowTitle(window_title(dataset.path))
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

    def _show_layout(self) -> None:
        """Lanes or statuses were hidden or shown: redraw at the same range, tick the menus."""
        dataset, layout = self.session.dataset, self.session.layout
        if dataset is None or layout is None:
            return
        x_range = self.timeline.x_range()
        self.timeline.set_data(dataset, layout)
        self.timeline.set_x_range(*x_range)
        self.timeline.set_selected(self.session.selected_id)
        menus.tick_filter_menus(self.lanes_menu, self.status_menu, self.session.state)
        self._update_counts()

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

    def _update_counts(self) -> None:
        dataset, layout = self.session.dataset, self.session.layout
        if dataset is not None and layout is not None:
            self.status_bits.show_counts(
                len(layout.ids),
                len(dataset.records),
                len(layout.undated),
                self.session.without_lane,
            )

    def _reveal(self, record_id: str | None) -> None:
        """Scroll the timeline to a record the keyboard or search selected."""
        if record_id is not None:
            self.timeline.ensure_visible(record_id)

    def _select_and_show(self, record_id: str) -> None:
        """Select *record_id* and scroll the timeline to it (from the table, a link or a
        search step)."""
        if self.session.select(record_id):
            self.timeline.ensure_visible(record_id)

    def _zoom(self, factor: float) -> None:
        """Zoom by *factor* around the selection (else the middle of the view)."""
        self.timeline.zoom(factor, self.session.selection_centre)

    # -- files ---------------------------------------------------------------------------------
    def _shown_path(self) -> str:
        return self.session.dataset.path if self.session.dataset is not None else ""

    def _open_dialog(self) -> None:
        path = ask_open_path(self, self._shown_path())
        if path:
            self.open_in_background(path)

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
        self.load_messages.close_reload_message()
        if not same_file(path, BUNDLED_DATA):  # File › Open Bundled Record opens it
            file_watch.remember(path)
            self._build_recent_menu()
        return True

    def _load_failed(self, path: str, message: str) -> None:
        """Tell that *path* could not be used: what was shown before stays, and the message
        says so (for a reload of the open file: its last good data, and when it was read)."""
        shown = self._shown_path()
        failure = load_failure(
            message, path, shown, bool(shown) and same_file(shown, path), self.session.loaded_at
        )
        if failure.status:
            self.statusBar().showMessage(failure.status)
        if failure.nothing_shown:
            self.report.set_failure(message)
            self.details.show_failure(message)
            self.setWindowTitle(window_title(path, opened=False))
        self.load_messages.show_failure(failure)

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
            if self._fill_spare:
                self._fill_spare = False
                QtCore.QTimer.singleShot(0, self._fill_spare_height)
            if select:
                if self.session.dataset.get(select) is None:
                    self.statusBar().showMessage(
                        f"--select: no record with id {shown_text(select)!r}", 10000
                    )
                else:
                    self._select_and_show(select)

        return self.open_in_background(path, date_format=date_format, then=shown)

    def _fill_spare_height(self) -> None:
        """Show the records table under the chart in the height the lanes leave empty, when
        that is at least :data:`docks.TABLE_MIN_PX` (a short record in a tall window)."""
        spare = self.timeline.spare_height_px()
        if spare >= docks.TABLE_MIN_PX and not self.table_dock.isVisible():
            docks.show_table(self, self.table_dock, spare - docks.TABLE_MARGIN_PX)

    def reload(self) -> None:
        """Read the open file again, keeping the view and the selection (F5)."""
        self.opener.reload()

    def _build_recent_menu(self) -> None:
        menus.fill_recent_menu(self.recent_menu, file_watch.recent_files(), self.open_in_background)

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:  # noqa: N802
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:  # noqa: N802
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_in_background(files[0])

    # -- links, dialogs, exports ---------------------------------------------------------------
    def _open_first_source(self) -> None:
        record = self.session.selected_record
        if record is not None and record.sources:
            open_link(self, QtCore.QUrl(record.sources[0].url), self.statusBar().showMessage)

    def _copy_citation(self) -> None:
        record, dataset = self.session.selected_record, self.session.dataset
        if record is not None and dataset is not None:
            citing.copy_citation(record, dataset)
            self.statusBar().showMessage("Citation copied", 5000)

    def _show_shortcuts(self) -> None:
        box = ShortcutsDialog(menus.shortcut_rows(self.commands), self)
        box.setObjectName("shortcuts_box")
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def export_to(
        self, path: str | Path, width_px: int | None = None, options: ExportOptions | None = None
    ) -> Path | None:
        """:meth:`WindowExport.export_to`: the chart to *path* (a failure gives a message);
        returns the path written."""
        return self.exports.export_to(path, width_px, options)

    # -- theme and settings ----------------------------------------------------------------------
    def set_theme(self, name: str, remember: bool = True) -> None:
        """Use theme *name* (``system``, ``light`` or ``dark``); *remember* stores it."""
        if name not in theme.THEME_NAMES:
            name = "system"
        self.theme_name = name
        self.theme_actions[name].setChecked(True)
        app = QtWidgets.QApplication.instance()
        assert isinstance(app, QtWidgets.QApplication)
        style = theme.apply_theme(app, name)
        self.timeline.set_style(style)
        self.map.set_style(style)
        if remember:
            settings.THEME.set(name)

    def restore_settings(self) -> None:
        """Window geometry, dock layout and theme from the last session. Without a saved
        dock layout (a first start), the start-up file's records table fills the height the
        lanes leave empty (:meth:`_fill_spare_height`)."""
        theme_name, docks_restored = window_settings.restore_window(self)
        self.set_theme(theme_name)
        self._fill_spare = not docks_restored

    def restore_view(self) -> None:
        """The last view range and hidden lanes, when the same file is open again."""
        hidden, x_range = window_settings.saved_view(self._shown_path(), self.timeline.full_range())
        self.session.hide_lanes(hidden)
        if x_range is not None:
            self.timeline.set_x_range(*x_range)

    def save_settings(self) -> None:
        """Store geometry, dock layout, last file, view range and hidden lanes."""
        window_settings.save_window(
            self, self._shown_path(), self.timeline.x_range(), self.session.state.hidden_lanes
        )

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802
        self.opener.cancel()
        self.save_settings()
        super().closeEvent(event)

    def reset_settings(self) -> None:
        """Forget every stored setting and go back to the default theme."""
        settings.reset()
        self.set_theme("system", remember=False)
