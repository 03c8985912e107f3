"""The main window: timeline, details panel, menus, and the one place signals are wired."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from viewer.app import (
    citing,
    docks,
    file_watch,
    language,
    menus,
    qt_setup,
    settings,
    theme,
    window_settings,
)
from viewer.app.errors import SlotErrors
from viewer.app.exporting import WindowExport
from viewer.app.icons import icon
from viewer.app.links import open_link
from viewer.app.loader import LoadTask
from viewer.app.map_link import MapLink
from viewer.app.messages import show_message
from viewer.app.opening import Opener
from viewer.app.session import Session
from viewer.app.version import about_text
from viewer.core.i18n import translate
from viewer.core.load_messages import APP_NAME, empty_note, window_title
from viewer.core.loading import LoadResult
from viewer.core.paths import BUNDLED_DATA
from viewer.export.image import ExportOptions
from viewer.widgets.details_panel import DetailsPanel
from viewer.widgets.hover_tip import keep_hover_tooltips
from viewer.widgets.load_report import LoadReportWidget
from viewer.widgets.map_view import MapView
from viewer.widgets.record_table import RecordTable
from viewer.widgets.search_bar import SearchBar
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
        self.map_dock = docks.add_map_dock(self, self.map, self.table_dock)
        self.map_link = MapLink(self.map, self.map_dock, self.session, self.timeline.x_range)
        self.file_watch = file_watch.FileWatch(self)
        self.exports = WindowExport(
            self,
            self.session,
            visible=self.timeline.x_range,
            width_px=self.timeline.width,
            status=self.statusBar().showMessage,
        )
        self.status_bits = StatusBits(self.statusBar())
        self.commands = menus.make_actions(self, self.table_dock)
        self.theme_group, self.theme_actions = menus.make_theme_actions(self)
        self.language_group = menus.make_language_actions(
            self, language.current(), language.LANGUAGES
        )
        submenus = menus.build_menus(
            self,
            self.commands,
            {
                "details_dock": self.details_dock.toggleViewAction(),
                "report_dock": self.report_dock.toggleViewAction(),
                "map_dock": self.map_dock.toggleViewAction(),
                "Theme": list(self.theme_actions.values()),
                "Language": self.language_group.actions(),
            },
            self.search,
        )
        self.recent_menu = submenus["Open Recent"]
        self.lanes_menu = submenus["Lanes"]
        self.status_menu = submenus["Show Items"]
        self.opener = Opener(
            self, self.session, self.set_result, self.statusBar().showMessage, self.recent_menu
        )
        self._connect_signals()
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
        self.timeline.range_changed.connect(
            lambda lo, hi: self.status_bits.show_range(
                lo, hi, self.session.layout is not None and bool(self.session.layout.ids)
            )
        )
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
        self.commands["open"].triggered.connect(self.opener.ask_and_open)
        self.commands["open_folder"].triggered.connect(self.opener.ask_and_open_folder)
        self.commands["export"].triggered.connect(self.exports.ask)
        self.commands["quit"].triggered.connect(self.close)
        self.commands["fit"].triggered.connect(self.timeline.fit_all)
        # When a file is shown, its objects out of the garbage collector's way, and the
        # garbage the file before it left collected once the timeline has painted it.
        self._settle_timer = QtCore.QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(qt_setup.SETTLE_MS)
        self._settle_timer.timeout.connect(qt_setup.settle_garbage)
        self._after_paint = _AfterPaint(self.timeline.viewport(), self._settle_timer.start)
        session.data_changed.connect(qt_setup.hold_garbage)
        session.data_changed.connect(self._after_paint.arm)
        fit_lanes = self.commands["fit_lanes"]
        fit_lanes.toggled.connect(self.timeline.fit_lanes)
        # Only where it shows more (lanes taller than the window), or to be turned off: a
        # trial user ticked it on a file that fits and saw nothing change.
        fit_lanes.setEnabled(False)
        fit_lanes.toggled.connect(
            lambda on: fit_lanes.setEnabled(on or self.timeline.lanes_overflow)
        )
        self.timeline.lanes_overflow_changed.connect(
            lambda over: fit_lanes.setEnabled(over or fit_lanes.isChecked())
        )
        self.commands["zoom_in"].triggered.connect(lambda: self._zoom(2.0))
        self.commands["zoom_out"].triggered.connect(lambda: self._zoom(0.5))
        self.commands["clear"].triggered.connect(lambda: session.select(None))
        self.commands["about"].triggered.connect(
            lambda: show_message(
                self, translate("Window", "About Timeline Viewer"), about_text(), Icon.Information
            )
        )
        self.commands["shortcuts"].triggered.connect(
            lambda: menus.show_shortcuts(self, self.commands)
        )
        self.commands["full_screen"].toggled.connect(
            lambda on: self.showFullScreen() if on else self.showNormal()
        )
        self.commands["reset_settings"].triggered.connect(
            lambda: window_settings.ask_reset(self) and self.reset_settings()
        )
        self.theme_group.triggered.connect(lambda a: self.set_theme(str(a.data())))
        self.language_group.triggered.connect(lambda a: language.ask_restart(self, str(a.data())))
        # Table and load report -> selection
        self.table.record_selected.connect(self._select_and_show)
        self.table.selection_cleared.connect(lambda: self.session.select(None))
        self.report.record_activated.connect(self._select_and_show)
        self.status_bits.report_requested.connect(
            lambda: (self.report_dock.show(), self.report_dock.raise_())
        )
        # Files
        self.commands["reload"].triggered.connect(self.opener.reload)
        self.commands["open_bundled"].triggered.connect(
            lambda: self.open_in_background(BUNDLED_DATA)
        )
        self.file_watch.changed.connect(lambda _path: self.opener.reload())
        self.opener.nothing_shown.connect(self._show_unopened)
        # With nothing shown yet, the panel says what is loading (not "no data loaded").
        self.opener.load_started.connect(
            lambda path: self.session.dataset is None and self.details.show_loading(Path(path).name)
        )
        self.opener.load_ended.connect(
            lambda: (
                self.session.dataset is None
                and self.details.record_id is None
                and self.details.show_empty(None)
            )
        )
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
        self.status_bits.show_problems(errors, result.warning_count, bool(dataset.records))
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
        self.timeline.show_all_when_none_in_view()
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
            None if pos is None else pos + 1,
            len(session.state.matches),
            searching=True,
            undrawn=session.undrawn_matches,
        )

    def _show_loading(self, path: str) -> None:
        """With nothing shown yet, the panel says which file is loading."""
        if self.session.dataset is None:
            self.details.show_loading(Path(path).name)

    def _show_loaded(self) -> None:
        """A load ended: with still nothing shown, the panel's empty state again (a
        failure then says why)."""
        if self.session.dataset is None:
            self.details.show_empty(None)

    def _show_unopened(self, path: str, message: str) -> None:
        """*path* could not be used and no data is shown: the report, the details panel and
        the title say so."""
        self.report.set_failure(message)
        self.details.show_failure(message)
        self.setWindowTitle(window_title(path, opened=False))

    def _update_counts(self) -> None:
        dataset, layout = self.session.dataset, self.session.layout
        if dataset is not None and layout is not None:
            drawn, total = len(layout.ids), len(dataset.records)
            undated, without_lane = len(layout.undated), self.session.without_lane
            hidden = max(0, total - drawn - undated - without_lane)
            self.status_bits.show_counts(drawn, total, undated, without_lane, hidden=hidden)
            self.timeline.set_empty_note(empty_note(drawn, total, hidden))
            # The range shown, or none when nothing is drawn (a view kept as it was when
            # nothing is drawn emits no change of range)
            self.status_bits.show_range(*self.timeline.x_range(), drawn > 0)

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

    # -- links, dialogs, exports ---------------------------------------------------------------
    def _open_first_source(self) -> None:
        record = self.session.selected_record
        if record is not None and record.sources:
            open_link(self, QtCore.QUrl(record.sources[0].url), self.statusBar().showMessage)

    def _copy_citation(self) -> None:
        record, dataset = self.session.selected_record, self.session.dataset
        if record is not None and dataset is not None:
            citing.copy_citation(record, dataset)
            self.statusBar().showMessage(translate("Window", "Citation copied"), 5000)

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
        """Window geometry, dock layout, theme and fitted lanes from the last session.
        Without a saved
        dock layout (a first start), the start-up file's records table fills the height the
        lanes leave empty (:func:`docks.fill_spare_height`, once it is drawn)."""
        theme_name, docks_restored = window_settings.restore_window(self)
        self.set_theme(theme_name)
        self.commands["fit_lanes"].setChecked(settings.LANES_FITTED.get())
        if not docks_restored:
            self.session.data_changed.connect(
                lambda: QtCore.QTimer.singleShot(
                    0,
                    lambda: docks.fill_spare_height(
                        self, self.table_dock, self.timeline.spare_height_px()
                    ),
                ),
                QtCore.Qt.ConnectionType.SingleShotConnection,
            )

    def restore_view(self) -> None:
        """The last view range and hidden lanes, when the same file is open again."""
        hidden, x_range = window_settings.saved_view(self.session.path, self.timeline.full_range())
        self.session.hide_lanes(hidden)
        if x_range is not None:
            self.timeline.set_x_range(*x_range)

    def save_settings(self) -> None:
        """Store geometry, dock layout, last file, view range and hidden lanes."""
        window_settings.save_window(
            self,
            self.session.path,
            self.timeline.x_range(),
            self.session.state.hidden_lanes,
            self.commands["fit_lanes"].isChecked(),
        )

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802
        self.opener.cancel()
        self.save_settings()
        super().closeEvent(event)

    def reset_settings(self) -> None:
        """Forget every stored setting and go back to the default theme."""
        settings.reset()
        self.set_theme("system", remember=False)


class _AfterPaint(QtCore.QObject):
    """Calls *then* once after the next paint of *widget* (:meth:`arm`): the event loop's
    next pass after that paint, not before it."""

    def __init__(self, widget: QtWidgets.QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        self._armed = False
        widget.installEventFilter(self)

    def arm(self) -> None:
        """Wait for the next paint."""
        self._armed = True

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if self._armed and event.type() == QtCore.QEvent.Type.Paint:
            self._armed = False
            QtCore.QTimer.singleShot(0, self._then)
        return False
