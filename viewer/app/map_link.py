"""The map dock's link to the session and the timeline: its model is built from the
session's dataset when the dock is shown (and again only when the data changes), and the
records it shows follow the timeline's visible range while its toggle asks for it.

The main window calls these methods from :meth:`MainWindow._connect_signals`; this module
connects nothing itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6 import QtCore, QtWidgets

from viewer.app import errors
from viewer.app.messages import show_message
from viewer.app.preload import MAP_MODULES, preload
from viewer.app.session import Session
from viewer.core import map_model as mm
from viewer.core.display_text import shown_text
from viewer.core.export_spec import ExportOptions
from viewer.core.gazetteer import load_gazetteer
from viewer.core.i18n import embedded, translate
from viewer.core.records import Dataset
from viewer.core.world import load_world
from viewer.graphics.world_map import prepare_paths
from viewer.widgets.map_view import MapView


class _Built(QtCore.QObject):
    """Carries a model built in the worker thread to the GUI thread."""

    done = QtCore.Signal(object, object)


RANGE_PAUSE_MS = 120
"""How long the timeline's range rests before the map follows it (milliseconds)."""


class MapLink:
    """Keeps *view* showing the map of *session*'s data; *dock* is the map's dock (the
    model is built only while it is shown), *visible* gives the timeline's range (days)."""

    def __init__(
        self,
        view: MapView,
        dock: QtWidgets.QDockWidget,
        session: Session,
        visible: Callable[[], tuple[float, float]],
    ) -> None:
        self._view, self._dock, self._session, self._visible = view, dock, session, visible
        self._built_for: Dataset | None = None
        self._model: mm.MapModel | None = None
        self._building: Dataset | None = None  # the dataset a worker is making a model of
        # A child of the view: deleted with it on the GUI thread, never by the worker
        # dropping the last reference to this link.
        self._built = _Built(view)
        self._built.done.connect(self._on_built, QtCore.Qt.ConnectionType.QueuedConnection)
        # While the timeline pans, the map follows once the range rests (a filter and a
        # repaint cost about a second at 100,000 placed records)
        self._range_timer = QtCore.QTimer(view)
        self._range_timer.setSingleShot(True)
        self._range_timer.setInterval(RANGE_PAUSE_MS)
        self._range_timer.timeout.connect(self.apply_range)

    @property
    def placing(self) -> bool:
        """Whether a worker is making the map's model of the data shown (the dock says
        the records are being placed)."""
        return self._building is not None

    @property
    def model(self) -> mm.MapModel | None:
        """The map's model of the data shown, or ``None``; built here, on the calling
        thread, when the worker has not built it yet (an export needs it at once)."""
        dataset = self._session.dataset
        if dataset is None:
            return None
        if self._built_for is not dataset:
            self._model = mm.build_map(dataset, load_world(), load_gazetteer())
            self._built_for = dataset
        return self._model

    def data_changed(self) -> None:
        """A new dataset: rebuild the map now if it is shown, else when it is next shown."""
        self._built_for = None
        if self._dock.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Give the view the current model, its shown records and the selection. A model
        not built yet is built in a worker thread (1.7 s at 100,000 records: the window
        stays responsive, and the view says the map is being made meanwhile)."""
        dataset = self._session.dataset
        if dataset is not None and self._built_for is not dataset:
            self._view.set_model(None, None, waiting=True)
            if self._building is not dataset:
                self._building = dataset
                preload(MAP_MODULES)  # not in the worker: see viewer.app.preload
                threading.Thread(
                    target=self._build, args=(dataset,), name="map-model", daemon=True
                ).start()
            return
        model = self._model if dataset is not None else None
        self._view.set_model(model, load_world() if model is not None else None)
        self._view.set_selected(self._session.selected_id)
        self.apply_range()

    def _build(self, dataset: Dataset) -> None:
        """In the worker thread: the model of *dataset*, handed to the GUI thread (a
        queued signal). A failure (a bug) is handed over too, and logged there."""
        try:
            built: object = mm.build_map(dataset, load_world(), load_gazetteer())
            prepare_paths(load_world())
        except Exception as exc:  # noqa: BLE001  # a bug: logged on the GUI thread
            built = exc
        try:
            self._built.done.emit(dataset, built)
        except RuntimeError:  # the window was closed meanwhile: nobody to tell
            pass

    def _on_built(self, dataset: Dataset, built: object) -> None:
        """On the GUI thread: keep the model built for *dataset* if it is still the one
        shown, and show it."""
        if self._building is dataset:
            self._building = None
        if dataset is not self._session.dataset:
            return  # another file came meanwhile: its own build follows
        if isinstance(built, BaseException):
            errors.log.error("the map could not be made", exc_info=built)
            self._view.set_model(None, None)
            return
        assert isinstance(built, mm.MapModel)
        self._model, self._built_for = built, dataset
        if self._dock.isVisible():
            self.refresh()

    def range_changed(self) -> None:
        """The timeline's visible range changed: the map follows once it rests
        (:data:`RANGE_PAUSE_MS`) while its toggle is on."""
        if self._view.in_view_only.isChecked() and self._dock.isVisible():
            self._range_timer.start()

    def apply_range(self) -> None:
        """Show the records drawn on the timeline (hidden lanes and statuses left out) of
        the range the map is to show (:meth:`shown_range`), now."""
        self._range_timer.stop()
        model, layout = self._model, self._session.layout
        if model is None or not self._dock.isVisible():
            return
        day_range = self.shown_range()
        shown = mm.entries_in_range(model, day_range)
        if layout is not None and (
            self._session.state.hidden_lanes or self._session.state.hidden_statuses
        ):
            drawn = np.array(
                [layout.index_of(rid) is not None for rid in model.entry_ids], dtype=bool
            )
            shown &= drawn
        all_shown = day_range is None and bool(shown.all())
        self._view.set_shown(None if all_shown else shown, day_range)

    def shown_range(self) -> tuple[float, float] | None:
        """The range the map shows: the timeline's while the toggle is on, else ``None``."""
        return self._visible() if self._view.in_view_only.isChecked() else None

    def ask_export(self, parent: QtWidgets.QWidget, status: Callable[[str, int], None]) -> None:
        """File › Export Map…: the export dialog of the timeline (same choices, saved
        alike); its range ("visible" is the timeline's) picks the records shown."""
        from viewer.app import exporting
        from viewer.widgets.export_dialog import choose_export

        dataset = self._session.dataset
        if dataset is None:
            return
        selected = self._session.selected_record

        def export(choices: exporting.ExportChoices) -> str | None:
            exporting.save_choices(choices, dataset.path)
            options = exporting.options_from(choices, self._visible(), self._session.selected_id)
            problem = self._write(choices.path, options)
            if problem is None:
                status(
                    translate("Export", "Exported the map to {file}").format(
                        file=embedded(shown_text(choices.path))
                    ),
                    8000,
                )
            return problem

        choose_export(
            exporting.saved_choices(dataset.path),
            dataset.title,
            parent,
            selected.title if selected is not None else None,
            export=export,
        )

    def export_to(
        self, parent: QtWidgets.QWidget, path: str | Path, options: ExportOptions | None = None
    ) -> Path | None:
        """Export the map to *path* (default options: the map as shown, at 1600 px); a
        failure is shown in a message. Returns the path written."""
        options = options or ExportOptions(x_range=self.shown_range())
        problem = self._write(path, options)
        if problem is not None:
            show_message(
                parent,
                translate("Export", "Export failed"),
                problem,
                QtWidgets.QMessageBox.Icon.Critical,
            )
            return None
        return Path(path)

    def _write(self, path: str | Path, options: ExportOptions) -> str | None:
        from viewer.export.image import ExportError
        from viewer.export.map_image import export_map

        dataset = self._session.dataset
        if dataset is None:
            return translate("Export", "No file is open")
        try:
            export_map(dataset, path, options, model=self.model)
        except ExportError as exc:
            return str(exc)
        return None
