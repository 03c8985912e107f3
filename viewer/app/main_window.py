"""The main window: timeline, details panel, menus, and the one place signals are wired."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from viewer import __version__
from viewer.core.dates import civil_from_days, year_label
from viewer.core.layout import Layout, compute_layout
from viewer.core.loading import LoadError, LoadResult, load_file
from viewer.core.navigation import first_in_view, nearest_in_next_lane, step_in_lane
from viewer.core.search import matching_ids, statuses
from viewer.core.paths import resource_path
from viewer.core.records import Dataset
from viewer.export.image import ExportError, ExportOptions, export_image
from viewer.widgets.details_panel import DetailsPanel, open_in_browser
from viewer.widgets.search_bar import SearchBar
from viewer.widgets.timeline_view import TimelineView

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
    ("Ctrl+F", "Search titles, places, people and summaries"),
    ("Enter / Shift+Enter (in search)", "Select the next / previous match"),
    ("Ctrl++ / Ctrl+-", "Zoom in / out"),
    ("Mouse wheel / drag", "Zoom / pan"),
    ("Repeated clicks", "Cycle through items drawn on the same spot"),
    ("Ctrl+O", "Open a file"),
    ("Ctrl+E", "Export the chart as an image"),
    ("Ctrl+Q", "Quit"),
)


class MainWindow(QtWidgets.QMainWindow):
    """Timeline in the centre, details in a dock on the right.

    State lives here (dataset, layout, selection); widgets only show it and report intent.
    """

    def __init__(self) -> None:
        super().__init__()
        self.dataset: Dataset | None = None
        self.layout_: Layout | None = None
        self.load_result: LoadResult | None = None
        self.selected_id: str | None = None
        self.hidden_lanes: set[str] = set()
        self.hidden_statuses: set[str] = set()
        self.matches: list[str] = []
        self.match_pos: int | None = None
        self.setWindowTitle("Timeline Viewer")
        icon = resource_path("icons", "app.svg")
        if icon.exists():
            self.setWindowIcon(QtGui.QIcon(str(icon)))
        self.resize(1400, 860)

        self.timeline = TimelineView(self)
        self.search = SearchBar(self)
        self.setCentralWidget(self.timeline)
        self.details = DetailsPanel(self)
        self.details_dock = QtWidgets.QDockWidget("Details", self)
        self.details_dock.setObjectName("details_dock")
        self.details_dock.setWidget(self.details)
        self.details_dock.setFeatures(QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetMovable
                                      | QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.resizeDocks([self.details_dock], [420], QtCore.Qt.Orientation.Horizontal)
        self.range_label = QtWidgets.QLabel()
        self.range_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.count_label = QtWidgets.QLabel()
        self.count_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.range_label)
        self._make_actions()
        self._make_menus()
        self._connect_signals()
        self.details.show_empty(None)

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
        self.export_action = action("&Export Image…", "Ctrl+E")
        self.quit_action = action("&Quit", keys.Quit)
        self.fit_action = action("&Fit All", "Home")
        self.zoom_in_action = action("Zoom &In", keys.ZoomIn)
        self.zoom_out_action = action("Zoom &Out", keys.ZoomOut)
        self.clear_action = action("Clear Selection", "Esc")
        self.find_action = action("&Find…", keys.Find)
        self.shortcuts_action = action("&Keyboard Shortcuts")
        self.about_action = action("&About Timeline Viewer")

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu("&View")
        for a in (self.fit_action, self.zoom_in_action, self.zoom_out_action, self.clear_action):
            view_menu.addAction(a)
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        self.lanes_menu = view_menu.addMenu("&Lanes")
        self.status_menu = view_menu.addMenu("&Show Items")
        view_menu.addSeparator()
        view_menu.addAction(self.details_dock.toggleViewAction())
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        for a in (self.open_action, self.export_action, self.fit_action,
                  self.zoom_in_action, self.zoom_out_action):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)

    def _connect_signals(self) -> None:
        """The one place where widgets meet."""
        # Timeline -> selection
        self.timeline.record_clicked.connect(self.select)
        self.timeline.background_clicked.connect(self.clear_selection)
        self.timeline.range_changed.connect(self._show_range)
        self.timeline.step_requested.connect(self._step)
        self.timeline.lane_step_requested.connect(self._lane_step)
        self.timeline.zoom_requested.connect(self._zoom)
        self.timeline.activate_requested.connect(self._open_first_source)
        # Search
        self.search.query_changed.connect(self._search)
        self.search.next_requested.connect(lambda: self._step_match(1))
        self.search.previous_requested.connect(lambda: self._step_match(-1))
        self.find_action.triggered.connect(self.search.focus)
        # Details panel -> selection / browser
        self.details.record_link_activated.connect(self._select_and_show)
        self.details.url_open_requested.connect(open_in_browser)
        # Actions
        self.open_action.triggered.connect(self._open_dialog)
        self.export_action.triggered.connect(self._export_dialog)
        self.quit_action.triggered.connect(self.close)
        self.fit_action.triggered.connect(self.timeline.fit_all)
        self.zoom_in_action.triggered.connect(lambda: self._zoom(2.0))
        self.zoom_out_action.triggered.connect(lambda: self._zoom(0.5))
        self.clear_action.triggered.connect(self.clear_selection)
        self.about_action.triggered.connect(self._about)
        self.shortcuts_action.triggered.connect(self._show_shortcuts)

    # -- data ----------------------------------------------------------------------------------
    def set_result(self, result: LoadResult) -> None:
        """Show a loaded dataset (and tell the user about its problems, if any)."""
        self.load_result = result
        self.dataset = result.dataset
        self.hidden_lanes = set()
        self.hidden_statuses = set()
        self.layout_ = compute_layout(result.dataset)
        self.selected_id = None
        self.timeline.set_data(self.dataset, self.layout_)
        self.details.show_empty(self.dataset)
        self._build_filter_menus()
        self._search(self.search.field.text())
        name = Path(self.dataset.path).name if self.dataset.path else "untitled"
        self.setWindowTitle(f"{name} – Timeline Viewer")
        self._update_counts()
        if result.problems:
            self._message("Some records could not be loaded",
                          "\n".join(str(p) for p in result.problems[:20])
                          + ("\n…" if len(result.problems) > 20 else ""),
                          QtWidgets.QMessageBox.Icon.Warning)

    def open_path(self, path: str | Path) -> bool:
        """Load *path*; on failure keep the current data and show why. Returns success."""
        try:
            result = load_file(path)
        except LoadError as exc:
            self._message("Could not open the file", str(exc), QtWidgets.QMessageBox.Icon.Critical)
            return False
        self.set_result(result)
        return True

    # -- filters -------------------------------------------------------------------------------
    def _build_filter_menus(self) -> None:
        self.lanes_menu.clear()
        self.status_menu.clear()
        if self.dataset is None:
            return
        for lane in self.dataset.lanes:
            a = self.lanes_menu.addAction(lane.title)
            a.setCheckable(True)
            a.setChecked(True)
            a.toggled.connect(lambda on, lid=lane.id: self.set_lane_visible(lid, on))
        for status in statuses(self.dataset):
            a = self.status_menu.addAction(STATUS_NAMES.get(status, status.replace("_", " ")))
            a.setCheckable(True)
            a.setChecked(True)
            a.toggled.connect(lambda on, st=status: self.set_status_visible(st, on))

    def set_lane_visible(self, lane_id: str, visible: bool) -> None:
        """Show or hide a lane (the layout is recomputed; the view range is kept)."""
        (self.hidden_lanes.discard if visible else self.hidden_lanes.add)(lane_id)
        self._relayout()

    def set_status_visible(self, status: str, visible: bool) -> None:
        """Show or hide the records of one status."""
        (self.hidden_statuses.discard if visible else self.hidden_statuses.add)(status)
        self._relayout()

    def _relayout(self) -> None:
        if self.dataset is None:
            return
        x_range = self.timeline.x_range()
        self.layout_ = compute_layout(self.dataset, frozenset(self.hidden_lanes),
                                      frozenset(self.hidden_statuses))
        self.timeline.set_data(self.dataset, self.layout_)
        self.timeline.set_x_range(*x_range)
        if self.selected_id is not None and self.layout_.index_of(self.selected_id) is None:
            self.clear_selection()
        else:
            self.timeline.set_selected(self.selected_id)
        self._search(self.search.field.text())
        self._update_counts()

    def _update_counts(self) -> None:
        if self.dataset is None or self.layout_ is None or self.load_result is None:
            return
        text = f"{len(self.layout_.ids)} of {len(self.dataset.records)} records drawn"
        if self.load_result.problems:
            text += f" · {len(self.load_result.problems)} load problems"
        self.count_label.setText(text)

    # -- search --------------------------------------------------------------------------------
    def _search(self, query: str) -> None:
        if self.dataset is None or self.layout_ is None:
            return
        if not query.strip():
            self.matches, self.match_pos = [], None
            self.timeline.set_dimmed(None)
            self.search.set_count(None, 0, searching=False)
            return
        drawn = [r for r in (self.dataset.get(i) for i in self.layout_.ids) if r is not None]
        found = matching_ids(drawn, query)
        order = sorted(found, key=lambda rid: (float(self.layout_.x0_days[self.layout_.index_of(rid)]),  # type: ignore[union-attr,index]
                                               rid))
        self.matches, self.match_pos = order, None
        self.timeline.set_dimmed(set(order))
        self.search.set_count(None, len(order), searching=True)

    def _step_match(self, step: int) -> None:
        if not self.matches:
            return
        if self.match_pos is None:
            self.match_pos = 0 if step > 0 else len(self.matches) - 1
        else:
            self.match_pos = (self.match_pos + step) % len(self.matches)
        self._select_and_show(self.matches[self.match_pos])
        self.search.set_count(self.match_pos + 1, len(self.matches), searching=True)

    # -- keyboard navigation ---------------------------------------------------------------------
    def _current_index(self) -> int | None:
        if self.layout_ is None or not self.layout_.ids:
            return None
        if self.selected_id is not None:
            index = self.layout_.index_of(self.selected_id)
            if index is not None:
                return index
        return None

    def _select_index(self, index: int | None) -> None:
        if index is not None and self.layout_ is not None:
            self._select_and_show(self.layout_.ids[index])

    def _step(self, step: int) -> None:
        current = self._current_index()
        if current is None:
            if self.layout_ is not None:
                self._select_index(first_in_view(self.layout_, *self.timeline.x_range()))
            return
        assert self.layout_ is not None
        self._select_index(step_in_lane(self.layout_, current, step))

    def _lane_step(self, direction: int) -> None:
        current = self._current_index()
        if current is None:
            self._step(1)
            return
        assert self.layout_ is not None
        self._select_index(nearest_in_next_lane(self.layout_, current, direction))

    def _open_first_source(self) -> None:
        record = self.dataset.get(self.selected_id) if (self.dataset and self.selected_id) else None
        if record is not None and record.sources:
            open_in_browser(QtCore.QUrl(record.sources[0].url))

    # -- selection -----------------------------------------------------------------------------
    @QtCore.Slot(str)
    def select(self, record_id: str) -> None:
        """Select *record_id*: highlight it and show its details."""
        if self.dataset is None:
            return
        record = self.dataset.get(record_id)
        if record is None:
            return
        self.selected_id = record_id
        self.timeline.set_selected(record_id)
        self.details.show_record(record, self.dataset)

    def _select_and_show(self, record_id: str) -> None:
        self.select(record_id)
        self.timeline.ensure_visible(record_id)

    @QtCore.Slot()
    def clear_selection(self) -> None:
        """Clear the selection and show the dataset's overview."""
        self.selected_id = None
        self.timeline.set_selected(None)
        self.details.show_empty(self.dataset)

    # -- view ----------------------------------------------------------------------------------
    def _zoom(self, factor: float) -> None:
        centre = None
        if self.selected_id and self.layout_ is not None:
            i = self.layout_.index_of(self.selected_id)
            if i is not None:
                centre = float(self.layout_.x0_days[i] + self.layout_.x1_days[i]) / 2
        self.timeline.zoom(factor, centre)

    def _show_range(self, lo: float, hi: float) -> None:
        a, b = civil_from_days(int(lo)), civil_from_days(int(hi))
        if hi - lo > 3 * 366:
            text = f"{year_label(a[0])} – {year_label(b[0])}"
        else:
            text = f"{a[0]}-{a[1]:02d}-{a[2]:02d} – {b[0]}-{b[1]:02d}-{b[2]:02d}"
        self.range_label.setText(f"Showing {text}")

    # -- dialogs -------------------------------------------------------------------------------
    def _message(self, title: str, text: str, icon: QtWidgets.QMessageBox.Icon) -> None:
        box = QtWidgets.QMessageBox(icon, title, text, QtWidgets.QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setObjectName("message_box")
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal and non-blocking: the app stays usable

    def _open_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, "Open timeline", "", "Timeline files (*.json);;All files (*)")
        if path:
            self.open_path(path)

    def _export_dialog(self) -> None:
        if self.dataset is None or self.layout_ is None:
            return
        start = str(Path.home() / "timeline.png")
        path, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self, "Export image", start,
            "PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)")
        if not path:
            return
        if not Path(path).suffix:
            path += "." + (chosen.split("*.")[-1].rstrip(")") if chosen else "png")
        self.export_to(path)

    def export_to(self, path: str | Path, width_px: int | None = None) -> Path | None:
        """Export the chart as shown (visible range, selection) to *path*."""
        if self.dataset is None or self.layout_ is None:
            return None
        width = width_px or max(1200, self.timeline.width())
        options = ExportOptions(x_range=self.timeline.x_range(), width_px=width,
                                selected=self.selected_id)
        try:
            written = export_image(self.dataset, self.layout_, path, options)
        except ExportError as exc:
            self._message("Export failed", str(exc), QtWidgets.QMessageBox.Icon.Critical)
            return None
        self.statusBar().showMessage(f"Exported {written}", 8000)
        return written

    def _show_shortcuts(self) -> None:
        width = max(len(k) for k, _ in SHORTCUTS)
        text = "\n".join(f"{k.ljust(width)}   {v}" for k, v in SHORTCUTS)
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.NoIcon, "Keyboard Shortcuts",
                                    text, QtWidgets.QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setFont(QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont))
        box.setObjectName("shortcuts_box")
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _about(self) -> None:
        import pyqtgraph
        import PySide6

        text = (f"Timeline Viewer {__version__}\n"
                f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}, "
                f"pyqtgraph {pyqtgraph.__version__}\n\n"
                "Bundled data: INTERPOL General Assembly sessions, Presidents, Secretaries "
                "General and flag handovers, each record with its sources.")
        self._message("About Timeline Viewer", text, QtWidgets.QMessageBox.Icon.Information)
