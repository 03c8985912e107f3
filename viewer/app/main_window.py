"""The main window: timeline, details panel, menus, and the one place signals are wired."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import TypeVar
from dataclasses import replace
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from viewer.app import settings, theme
from viewer.app.icons import icon
from viewer.core.dates import days_from_civil
from viewer.core.display_text import shown_text
from viewer.core.ranges import format_view_range, usable_view_range
from viewer.app import file_watch
from viewer.app.loader import LoadTask, internal_error_message
from viewer.app.session import Session
from viewer.core.errors import LoadError
from viewer.core.loading import LoadResult
from viewer.core.paths import BUNDLED_DATA
from viewer.widgets.load_report import LoadReportWidget
from viewer.core.search import statuses
from viewer.core import export_spec
from viewer.export.image import STEPS, ExportCancelled, ExportError, ExportOptions, export_image
from viewer.widgets.details_panel import DetailsPanel, open_in_browser
from viewer.widgets.hover_tip import keep_hover_tooltips
from viewer.widgets.export_dialog import ExportChoices, choose_export
from viewer.widgets.record_table import RecordTable
from viewer.widgets.search_bar import SearchBar
from viewer.widgets.shortcuts_dialog import ShortcutsDialog
from viewer.widgets.timeline_view import TimelineView

def plural(count: int, noun: str) -> str:
    """``1 warning``, ``2 warnings``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


STATUS_NAMES = {
    "held": "Sessions held",
    "announced": "Announced sessions",
    "scheduled": "Scheduled, not confirmed",
    "no_session": "Years without a session",
    "official": "Official terms",
    "acting": "Acting terms",
    "not_recognised": "Not officially recognised",
    "handover": "Flag handovers",
}

SHORTCUTS = (
    ("Tab", "Move the keyboard focus to the timeline"),
    ("Left / Right", "Select the previous / next item in the lane"),
    ("Up / Down", "Select the nearest item in the lane above / below"),
    ("+ / -", "Zoom in / out around the selection"),
    ("Enter", "Open the selected item's first source in the browser"),
    ("Esc", "Clear the selection"),
    ("Home", "Fit all: show the whole timeline"),
    ("Page Up / Page Down, Shift+wheel", "Scroll the lanes up / down when they overflow"),
    ("Ctrl+F", "Search titles, places, people and summaries"),
    ("Enter / Shift+Enter (in search)", "Select the next / previous match"),
    ("Ctrl++ / Ctrl+-", "Zoom in / out"),
    ("Mouse wheel / drag", "Zoom / pan"),
    ("Repeated clicks", "Cycle through items drawn on the same spot"),
    ("F11", "Full screen"),
    ("Ctrl+T", "Show or hide the table of all records"),
    ("Ctrl+O", "Open a file (or drop it on the window)"),
    ("F5", "Reload the file (it also reloads by itself when it changes on disk)"),
    ("Ctrl+E", "Export the chart as an image"),
    ("Ctrl+Q", "Quit"),
)


def _plain_label(text: str) -> QtWidgets.QLabel:
    """A label that shows *text* as plain text (a file name is never read as markup)."""
    label = QtWidgets.QLabel(text)
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    return label


def _same_file(a: str | Path, b: str | Path) -> bool:
    """Whether *a* and *b* name the same file (after resolving links and ``..``)."""
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, RuntimeError, ValueError):
        return str(a) == str(b)


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
        self.details_dock = QtWidgets.QDockWidget("Details", self)
        self.details_dock.setObjectName("details_dock")
        self.details_dock.setWidget(self.details)
        self.details_dock.setFeatures(QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetMovable
                                      | QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetFloatable
                                      | QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.resizeDocks([self.details_dock], [420], QtCore.Qt.Orientation.Horizontal)
        self.table = RecordTable(self)
        self.table_dock = QtWidgets.QDockWidget("Records", self)
        self.table_dock.setObjectName("table_dock")
        self.table_dock.setWidget(self.table)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.BottomDockWidgetArea, self.table_dock)
        self.table_dock.hide()
        self.report = LoadReportWidget(self)
        self.report_dock = QtWidgets.QDockWidget("Load Report", self)
        self.report_dock.setObjectName("report_dock")
        self.report_dock.setWidget(self.report)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.BottomDockWidgetArea, self.report_dock)
        self.tabifyDockWidget(self.table_dock, self.report_dock)
        self.report_dock.hide()
        self.problems_button = QtWidgets.QPushButton(self)
        self.problems_button.setFlat(True)
        self.problems_button.setObjectName("problems_button")
        self.problems_button.setAccessibleName("Load problems: show the load report")
        self.problems_button.hide()
        self.file_watch = file_watch.FileWatch(self)
        self._task: LoadTask | None = None
        self._date_format: str | None = None  # of the file shown, for reloads
        self._reload_again = False  # the file changed while it was being read
        self._reload_box: QtWidgets.QMessageBox | None = None  # a failed reload's message
        self._loaded_at = ""  # when the file shown was read (HH:MM:SS)
        self.setAcceptDrops(True)
        self.range_label = QtWidgets.QLabel()
        self.range_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.count_label = QtWidgets.QLabel()
        self.count_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.problems_button)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.range_label)
        self._make_actions()
        self._make_menus()
        self._connect_signals()
        self._build_recent_menu()
        self.details.show_empty(None)

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
        def action(text: str, shortcut: QtGui.QKeySequence | str | None = None) -> QtGui.QAction:
            a = QtGui.QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QtGui.QKeySequence(shortcut))
            self.addAction(a)
            return a

        keys = QtGui.QKeySequence.StandardKey
        self.open_action = action("&Open…", keys.Open)
        self.reload_action = action("&Reload", keys.Refresh)
        self.open_bundled_action = action("Open &Bundled Record")
        self.export_action = action("&Export Image…", "Ctrl+E")
        self.quit_action = action("&Quit", keys.Quit)
        self.fit_action = action("&Fit All", "Home")
        self.zoom_in_action = action("Zoom &In", keys.ZoomIn)
        self.zoom_out_action = action("Zoom &Out", keys.ZoomOut)
        self.clear_action = action("Clear Selection", "Esc")
        self.find_action = action("&Find…", keys.Find)
        self.full_screen_action = action("F&ull Screen", keys.FullScreen)
        self.full_screen_action.setCheckable(True)
        self.reset_settings_action = action("&Reset Settings…")
        self.shortcuts_action = action("&Keyboard Shortcuts")
        self.about_action = action("&About Timeline Viewer")
        self.table_action = self.table_dock.toggleViewAction()
        self.table_action.setText("&Table")
        self.table_action.setShortcut(QtGui.QKeySequence("Ctrl+T"))
        self.theme_group = QtGui.QActionGroup(self)
        self.theme_actions: dict[str, QtGui.QAction] = {}
        for name, text in (("system", "&System"), ("light", "&Light"), ("dark", "&Dark")):
            a = QtGui.QAction(text, self.theme_group)
            a.setCheckable(True)
            a.setData(name)
            self.theme_actions[name] = a
        self.theme_actions["system"].setChecked(True)
        for a, name in ((self.open_action, "open"), (self.export_action, "export"),
                        (self.fit_action, "fit"), (self.zoom_in_action, "zoom-in"),
                        (self.zoom_out_action, "zoom-out"), (self.table_action, "table")):
            a.setIcon(icon(name))

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        file_menu.addAction(self.open_bundled_action)
        file_menu.addAction(self.reload_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.reset_settings_action)
        view_menu = bar.addMenu("&View")
        for a in (self.fit_action, self.zoom_in_action, self.zoom_out_action, self.clear_action):
            view_menu.addAction(a)
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        self.lanes_menu = view_menu.addMenu("&Lanes")
        self.status_menu = view_menu.addMenu("&Show Items")
        view_menu.addSeparator()
        view_menu.addAction(self.details_dock.toggleViewAction())
        view_menu.addAction(self.table_action)
        view_menu.addAction(self.report_dock.toggleViewAction())
        theme_menu = view_menu.addMenu("T&heme")
        for a in self.theme_actions.values():
            theme_menu.addAction(a)
        view_menu.addAction(self.full_screen_action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        for a in (self.open_action, self.export_action, self.fit_action,
                  self.zoom_in_action, self.zoom_out_action, self.table_action):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)

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
        self.timeline.range_changed.connect(self._show_range)
        self.timeline.step_requested.connect(
            lambda step: self._reveal(session.step(step, self.timeline.x_range())))
        self.timeline.lane_step_requested.connect(
            lambda step: self._reveal(session.lane_step(step, self.timeline.x_range())))
        self.timeline.zoom_requested.connect(self._zoom)
        self.timeline.activate_requested.connect(self._open_first_source)
        # Search
        self.search.query_changed.connect(session.set_query)
        self.search.next_requested.connect(lambda: self._reveal(session.step_match(1)))
        self.search.previous_requested.connect(lambda: self._reveal(session.step_match(-1)))
        self.find_action.triggered.connect(self.search.focus)
        # Details panel -> selection / browser
        self.details.record_link_activated.connect(self._select_and_show)
        self.details.url_open_requested.connect(self._open_url)
        # Actions
        self.open_action.triggered.connect(self._open_dialog)
        self.export_action.triggered.connect(self._export_dialog)
        self.quit_action.triggered.connect(self.close)
        self.fit_action.triggered.connect(self.timeline.fit_all)
        self.zoom_in_action.triggered.connect(lambda: self._zoom(2.0))
        self.zoom_out_action.triggered.connect(lambda: self._zoom(0.5))
        self.clear_action.triggered.connect(lambda: session.select(None))
        self.about_action.triggered.connect(self._about)
        self.shortcuts_action.triggered.connect(self._show_shortcuts)
        self.full_screen_action.toggled.connect(self._set_full_screen)
        self.reset_settings_action.triggered.connect(self._reset_settings)
        self.theme_group.triggered.connect(lambda a: self.set_theme(str(a.data())))
        # Table and load report -> selection
        self.table.record_selected.connect(self._select_and_show)
        self.report.record_activated.connect(self._select_and_show)
        self.problems_button.clicked.connect(lambda: (self.report_dock.show(),
                                                      self.report_dock.raise_()))
        # Files
        self.reload_action.triggered.connect(self.reload)
        self.open_bundled_action.triggered.connect(lambda: self.open_in_background(BUNDLED_DATA))
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
        result, dataset, layout = (self.session.load_result, self.session.dataset,
                                   self.session.layout)
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
        self.problems_button.setVisible(bool(result.problems))
        warnings = len(result.problems) - len(result.errors)
        parts = [plural(errors, "error") + " (records left out)"] if errors else []
        if warnings:
            parts.append(plural(warnings, "warning"))
        self.problems_button.setText("Load report: " + ", ".join(parts))
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
        for menu, hidden in ((self.lanes_menu, state.hidden_lanes),
                             (self.status_menu, state.hidden_statuses)):
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
        self.search.set_count(None if pos is None else pos + 1, len(session.state.matches),
                              searching=True)

    def _reveal(self, record_id: str | None) -> None:
        """Scroll the timeline to a record the keyboard or search selected."""
        if record_id is not None:
            self.timeline.ensure_visible(record_id)

    def open_in_background(self, path: str | Path, keep_view: bool = False,
                           date_format: str | None = None,
                           then: Callable[[LoadResult], None] | None = None) -> LoadTask:
        """Load *path* in a worker thread; a progress dialog with Cancel appears when it
        takes longer than half a second. The window stays usable meanwhile. A file that
        cannot be used gives a message, and the data shown before stays (:meth:`reload`
        passes *keep_view*: the view and selection are kept). *then* is called with the
        result once it is shown (not when it fails or is cancelled)."""
        if self._task is not None and self._task.is_running():
            self._task.cancel()
        if date_format is None and keep_view:
            date_format = self._date_format
        task = LoadTask(path, date_format=date_format, parent=self)
        progress = QtWidgets.QProgressDialog(self)
        progress.setLabel(_plain_label(f"Loading {shown_text(Path(path).name)}…"))
        progress.setCancelButtonText("Cancel")
        progress.setRange(0, 0)
        progress.setObjectName("load_progress")
        progress.setWindowTitle("Loading")
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(task.cancel)

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            if total:
                progress.setValue(done)

        def done() -> None:
            progress.reset()
            progress.hide()
            progress.deleteLater()
            if self._reload_again:
                self._reload_again = False
                QtCore.QTimer.singleShot(0, self.reload)

        def finished(result: LoadResult) -> None:
            done()
            if keep_view and not result.dataset.records and self.session.dataset is not None \
                    and self.session.dataset.records and _same_file(self.session.dataset.path, path):
                # A reload that found no valid record (a save half done): keep what works.
                first = str(result.problems[0]) if result.problems else "no records"
                self._load_failed(str(path), f"{path}: no valid record any more "
                                             f"({plural(result.error_count, 'error')}; the "
                                             f"first: {first})")
                return
            if self._show_loaded(result, keep_view, str(path)):
                self._date_format = date_format
                self._remember(str(path))
                if then is not None:
                    then(result)

        task.progress.connect(on_progress)
        task.finished.connect(finished)
        task.failed.connect(lambda message: (done(), self._load_failed(str(path), message)))
        task.cancelled.connect(lambda: (done(), self.statusBar().showMessage(
            f"Loading {shown_text(Path(path).name)} cancelled", 5000)))
        self._task = task
        task.start()
        return task

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
        return True

    def _load_failed(self, path: str, message: str) -> None:
        """Tell that *path* could not be used: what was shown before stays, and the message
        says so (for a reload of the open file: its last good data, and when it was read)."""
        name = shown_text(Path(path).name)
        shown = self.session.dataset.path if self.session.dataset is not None else ""
        if shown and _same_file(shown, path):
            title = "Could not reload the file"
            tail = (f"The last good data of {name}, read at {self._loaded_at}, is still "
                    "shown. It is read again when the file changes (or with File › Reload).")
            self.statusBar().showMessage(
                f"{name} changed but could not be read; the last good data is still shown")
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
        if shown and _same_file(shown, path):
            self._reload_box = box

    def _close_reload_message(self) -> None:
        """Close the message of a failed reload that a newer reload has superseded."""
        box, self._reload_box = self._reload_box, None
        if box is not None:
            try:
                box.close()
            except RuntimeError:  # already closed and deleted by the user
                pass

    def open_at_start(self, path: str | Path, date_format: str | None = None,
                      x_range: tuple[float, float] | None = None,
                      select: str | None = None) -> LoadTask:
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
                    self.statusBar().showMessage(f"--select: no record with id "
                                                 f"{shown_text(select)!r}", 10000)
                else:
                    self._select_and_show(select)

        return self.open_in_background(path, date_format=date_format, then=shown)

    def reload(self) -> None:
        """Read the open file again, keeping the view and the selection (F5). While the
        same file is loading, it is read once more when that ends; while another file is
        loading, nothing happens (it would be cancelled)."""
        if self._task is not None and self._task.is_running():
            if self.session.dataset is not None and _same_file(self.session.dataset.path, self._task.path):
                self._reload_again = True
            return
        if self.session.dataset is not None and self.session.dataset.path and Path(self.session.dataset.path).is_file():
            self.open_in_background(self.session.dataset.path, keep_view=True)
        elif self.session.dataset is not None and self.session.dataset.path:
            self.statusBar().showMessage(
                f"{shown_text(Path(self.session.dataset.path).name)} is no longer there; "
                "the last good data is still shown")

    def _remember(self, path: str) -> None:
        if _same_file(path, BUNDLED_DATA):
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
        for lane in self.session.dataset.lanes:
            # "&" is literal, not a mnemonic
            a = self.lanes_menu.addAction(shown_text(lane.title).replace("&", "&&"))
            a.setData(lane.id)
            a.setCheckable(True)
            a.setChecked(lane.id not in self.session.state.hidden_lanes)
            a.toggled.connect(lambda on, lid=lane.id: self.session.set_lane_visible(lid, on))
        for status in statuses(self.session.dataset):
            a = self.status_menu.addAction(STATUS_NAMES.get(
                status, shown_text(status.replace("_", " ")).replace("&", "&&")))
            a.setCheckable(True)
            a.setChecked(status not in self.session.state.hidden_statuses)
            a.setData(status)
            a.toggled.connect(lambda on, st=status: self.session.set_status_visible(st, on))

    def _update_counts(self) -> None:
        if self.session.dataset is None or self.session.layout is None or self.session.load_result is None:
            return
        drawn = len(self.session.layout.ids)
        undated = len(self.session.layout.undated)
        not_drawn = self.session.without_lane
        text = f"{drawn} of {len(self.session.dataset.records)} records drawn"
        if undated or not_drawn:
            text += (f" · {undated + not_drawn} not on the timeline: {undated} without a date, "
                     f"{not_drawn} without a lane (see View › Table)")

        self.count_label.setText(text)

    # -- actions on the selection -----------------------------------------------------------
    def _open_first_source(self) -> None:
        record = self.session.selected_record
        if record is not None and record.sources:
            self._open_url(QtCore.QUrl(record.sources[0].url))

    def _open_url(self, url: QtCore.QUrl) -> None:
        if open_in_browser(url):
            self.statusBar().showMessage(f"Opened {shown_text(url.toString())} in the browser",
                                         5000)
        else:
            self._message("Could not open the link",
                          f"No web browser could be started for:\n{url.toString()}\n\n"
                          "Copy the address from the Details panel instead.",
                          QtWidgets.QMessageBox.Icon.Warning)

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

    def _show_range(self, lo: float, hi: float) -> None:
        self.range_label.setText(f"Showing {format_view_range(lo, hi)}")

    # -- dialogs -------------------------------------------------------------------------------
    def _message(self, title: str, text: str,
                 icon: QtWidgets.QMessageBox.Icon) -> QtWidgets.QMessageBox:
        """Show *text* as plain text (direction overrides neutralised) in a window-modal,
        non-blocking message box; returns the box."""
        box = QtWidgets.QMessageBox(icon, title, shown_text(text),
                                    QtWidgets.QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setObjectName("message_box")
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal and non-blocking: the app stays usable
        return box

    def _open_dialog(self) -> None:
        start = str(Path(self.session.dataset.path).parent) if (self.session.dataset and self.session.dataset.path) else ""
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, "Open timeline", start,
            "Timeline files (*.json *.csv *.tsv *.txt *.parquet *.arrow *.feather *.ipc);;"
            "JSON (*.json);;CSV (*.csv *.tsv *.txt);;"
            "Parquet / Arrow (*.parquet *.arrow *.feather *.ipc);;All files (*)")
        if path:
            self.open_in_background(path)

    def _export_dialog(self) -> None:
        if self.session.dataset is None or self.session.layout is None:
            return
        selected = self.session.selected_record
        choose_export(self._saved_export_choices(), self.session.dataset.title, self,
                      selected.title if selected is not None else None,
                      export=self._export_chosen)

    def _export_chosen(self, choices: ExportChoices) -> str | None:
        """Remember *choices* and export them: ``None`` when written or cancelled (the
        status bar says which), else why not, for the dialog to show."""
        assert self.session.dataset is not None
        self._save_export_choices(choices, self.session.dataset.path)
        return self._export(choices.path, self._options_from(choices))[1]

    def _saved_export_choices(self) -> ExportChoices:
        folder = settings.EXPORT_FOLDER.get() or str(Path.home())
        fmt = settings.EXPORT_FORMAT.get()
        if fmt not in export_spec.FORMATS:  # a settings file from elsewhere
            fmt = settings.EXPORT_FORMAT.default
        stem = Path(self.session.dataset.path).stem if self.session.dataset and self.session.dataset.path else "timeline"
        width, height, scale = settings.checked_export_size(
            settings.EXPORT_WIDTH.get(), settings.EXPORT_HEIGHT.get(),
            settings.EXPORT_SCALE.get(), fmt)
        # A typed title belongs to the file it was typed for: any other file starts with its
        # own title.
        own = self.session.dataset is not None and settings.EXPORT_TITLE_FILE.get() == self.session.dataset.path
        return ExportChoices(
            path=str(Path(folder) / f"{stem}.{fmt}"), fmt=fmt,
            extent=settings.EXPORT_EXTENT.get(), from_year=settings.EXPORT_FROM.get(),
            to_year=settings.EXPORT_TO.get(), width_px=width, height_px=height, scale=scale,
            page=settings.EXPORT_PAGE.get(), landscape=settings.EXPORT_LANDSCAPE.get(),
            title=settings.EXPORT_TITLE.get() if own else "", legend=settings.EXPORT_LEGEND.get(),
            sources=settings.EXPORT_SOURCES.get(), theme=settings.EXPORT_THEME.get())

    @staticmethod
    def _save_export_choices(c: ExportChoices, data_path: str) -> None:
        """Remember *c*; its title (if any) for the file *data_path* only: a title typed for
        another file stays with that file until a title is typed for this one."""
        if c.title or settings.EXPORT_TITLE_FILE.get() == data_path:
            settings.EXPORT_TITLE_FILE.set(data_path if c.title else "")
            settings.EXPORT_TITLE.set(c.title)
        for setting, value in ((settings.EXPORT_FOLDER, str(Path(c.path).parent)),
                               (settings.EXPORT_FORMAT, c.fmt), (settings.EXPORT_EXTENT, c.extent),
                               (settings.EXPORT_FROM, c.from_year), (settings.EXPORT_TO, c.to_year),
                               (settings.EXPORT_WIDTH, c.width_px),
                               (settings.EXPORT_HEIGHT, c.height_px),
                               (settings.EXPORT_SCALE, c.scale), (settings.EXPORT_PAGE, c.page),
                               (settings.EXPORT_LANDSCAPE, c.landscape),
                               (settings.EXPORT_LEGEND, c.legend),
                               (settings.EXPORT_SOURCES, c.sources),
                               (settings.EXPORT_THEME, c.theme)):
            setting.set(value)

    def _options_from(self, c: ExportChoices) -> ExportOptions:
        if c.extent == "all":
            x_range = None
        elif c.extent == "years":
            x_range = (float(days_from_civil(c.from_year, 1, 1)),
                       float(days_from_civil(c.to_year + 1, 1, 1)))
        else:
            x_range = self.timeline.x_range()
        return ExportOptions(x_range=x_range, width_px=c.width_px, height_px=c.height_px or None,
                             scale=c.scale, title=c.title or None,
                             selected=self.session.selected_id if c.highlight else None,
                             legend=c.legend, sources=c.sources, theme=c.theme, page=c.page,
                             landscape=c.landscape)

    def export_to(self, path: str | Path, width_px: int | None = None,
                  options: ExportOptions | None = None) -> Path | None:
        """Export the chart to *path*: with *options*, or else the visible range at
        *width_px* (default: the timeline's width, at least 1200), without the selection's
        highlight."""
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
        """Export the chart to *path* with a progress dialog (over the export dialog when
        that is open, so its Cancel can be reached): ``(path written, None)``, ``(None,
        None)`` when cancelled, ``(None, why)`` when it failed."""
        assert self.session.dataset is not None and self.session.layout is not None
        dialog = QtWidgets.QProgressDialog(QtWidgets.QApplication.activeModalWidget() or self)
        dialog.setLabel(_plain_label(f"Exporting {shown_text(Path(path).name)}…"))
        dialog.setCancelButtonText("Cancel")
        dialog.setRange(0, STEPS)
        dialog.setObjectName("export_progress")
        dialog.setWindowTitle("Export")
        dialog.setMinimumDuration(500)  # only for exports that take a while

        def progress(step: int, steps: int) -> bool:
            dialog.setValue(step)
            QtWidgets.QApplication.processEvents()
            return not dialog.wasCanceled()

        QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            written = export_image(self.session.dataset, self.session.layout, path,
                                   replace(options, progress=progress))
        except ExportCancelled:
            self.statusBar().showMessage("Export cancelled; no file was written", 5000)
            return None, None
        except ExportError as exc:
            return None, str(exc)
        finally:
            QtWidgets.QApplication.restoreOverrideCursor()
            dialog.reset()
            dialog.deleteLater()
        self.statusBar().showMessage(f"Exported {shown_text(str(written))}", 8000)
        return written, None

    def _show_shortcuts(self) -> None:
        box = ShortcutsDialog(SHORTCUTS, self)
        box.setObjectName("shortcuts_box")
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def _about(self) -> None:
        from viewer.app.cli import version_text

        text = (f"{version_text()}\n\n"
                "Bundled data: INTERPOL's General Assembly sessions (1923-2026), Presidents, "
                "Secretaries General and flag handovers, compiled from the sources cited in "
                "each record (INTERPOL releases, national police and ministry pages, news "
                "reports); summaries are original text.\n\n"
                "Licence: MIT (code); DejaVu fonts under their own free licence.")
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
        usable = usable_view_range(saved, *self.timeline.chart.full_range())
        if usable is not None:
            self.timeline.set_x_range(*usable)
        elif saved:
            settings.log.warning("settings: view/range %r does not suit %s; showing it all",
                                 saved, self.session.dataset.path)

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
        if self._task is not None and self._task.is_running():
            self._task.cancel()
        self.save_settings()
        super().closeEvent(event)

    def _reset_settings(self) -> None:
        answer = QtWidgets.QMessageBox.question(
            self, "Reset settings", "Forget the window layout, theme, last file, view and "
            "export choices? The defaults apply now and at the next start.")
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        self.reset_settings()

    def reset_settings(self) -> None:
        """Forget every stored setting and go back to the default theme."""
        settings.reset()
        self.set_theme("system", remember=False)
