"""The main window: timeline, details panel, menus, and the one place signals are wired."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from viewer import __version__
from viewer.core.dates import civil_from_days, year_label
from viewer.core.layout import Layout, compute_layout
from viewer.core.loading import LoadError, LoadResult, load_file
from viewer.core.paths import resource_path
from viewer.core.records import Dataset
from viewer.export.image import ExportError, ExportOptions, export_image
from viewer.widgets.details_panel import DetailsPanel, open_in_browser
from viewer.widgets.timeline_view import TimelineView


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
        self.setWindowTitle("Timeline Viewer")
        icon = resource_path("icons", "app.svg")
        if icon.exists():
            self.setWindowIcon(QtGui.QIcon(str(icon)))
        self.resize(1400, 860)

        self.timeline = TimelineView(self)
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
        view_menu.addAction(self.details_dock.toggleViewAction())
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        for a in (self.open_action, self.export_action, self.fit_action,
                  self.zoom_in_action, self.zoom_out_action):
            toolbar.addAction(a)

    def _connect_signals(self) -> None:
        """The one place where widgets meet."""
        # Timeline -> selection
        self.timeline.record_clicked.connect(self.select)
        self.timeline.background_clicked.connect(self.clear_selection)
        self.timeline.range_changed.connect(self._show_range)
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

    # -- data ----------------------------------------------------------------------------------
    def set_result(self, result: LoadResult) -> None:
        """Show a loaded dataset (and tell the user about its problems, if any)."""
        self.load_result = result
        self.dataset = result.dataset
        self.layout_ = compute_layout(result.dataset)
        self.selected_id = None
        self.timeline.set_data(self.dataset, self.layout_)
        self.details.show_empty(self.dataset)
        name = Path(self.dataset.path).name if self.dataset.path else "untitled"
        self.setWindowTitle(f"{name} – Timeline Viewer")
        drawn = len(self.layout_.ids)
        total = len(self.dataset.records)
        text = f"{drawn} of {total} records drawn"
        if result.problems:
            text += f" · {len(result.problems)} load problems"
        self.count_label.setText(text)
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

    def _about(self) -> None:
        import pyqtgraph
        import PySide6

        text = (f"Timeline Viewer {__version__}\n"
                f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}, "
                f"pyqtgraph {pyqtgraph.__version__}\n\n"
                "Bundled data: INTERPOL General Assembly sessions, Presidents, Secretaries "
                "General and flag handovers, each record with its sources.")
        self._message("About Timeline Viewer", text, QtWidgets.QMessageBox.Icon.Information)
