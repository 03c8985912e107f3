"""The session: the data shown and the user's view of it, in one object that signals changes.

The session owns the loaded :class:`~viewer.core.loading.LoadResult` (and its dataset), the
layout computed from it, and the :class:`~viewer.core.view_state.ViewState` (selection,
hidden lanes and statuses, search). Every change goes through a method here, which applies a
pure transition from :mod:`viewer.core.view_state` and emits what changed. The main window
connects these signals to the widgets; no widget and not the window keep a copy of the
dataset, the layout or the selection.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt
from PySide6 import QtCore

from viewer.core import view_state as vs
from viewer.core.layout import Layout, compute_layout, layout_for
from viewer.core.loading import LoadResult
from viewer.core.records import Dataset, Record

SEARCH_AT_ONCE_UP_TO = 20_000
"""Up to this many drawn records, search runs at every key; above, once typing pauses."""
SEARCH_PAUSE_MS = 300
"""The pause in typing (milliseconds) after which a large file is searched."""


class Session(QtCore.QObject):
    """The data shown and the view state, with change signals.

    Signals:
        data_changed(): a new dataset and layout (a file was opened or reloaded); the
            selection and matches follow in their own signals.
        layout_changed(): the same dataset under a new layout (a lane or status was hidden or
            shown).
        selection_changed(object): the selected record id (``str``) or ``None``.
        matches_changed(): the query, its matches or the match position changed.
    """

    data_changed = QtCore.Signal()
    layout_changed = QtCore.Signal()
    selection_changed = QtCore.Signal(object)
    matches_changed = QtCore.Signal()

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._result: LoadResult | None = None
        self._layout: Layout | None = None
        self._state = vs.ViewState()
        self._match_positions: npt.NDArray[np.intp] = np.zeros(0, dtype=np.intp)
        self._without_lane = 0
        self._loaded_at = ""
        self._search_timer = QtCore.QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.search_now)
        self._pending_query = ""
        self._undrawn_matches = 0

    # -- what is shown -------------------------------------------------------------------------
    @property
    def load_result(self) -> LoadResult | None:
        """The result shown (dataset and load problems), or ``None`` before the first load."""
        return self._result

    @property
    def dataset(self) -> Dataset | None:
        """The dataset shown, or ``None``."""
        return self._result.dataset if self._result is not None else None

    @property
    def path(self) -> str:
        """The path of the file shown, or ``""`` when none is."""
        return self._result.dataset.path if self._result is not None else ""

    @property
    def layout(self) -> Layout | None:
        """The layout of the drawn records (hidden lanes and statuses left out), or ``None``."""
        return self._layout

    def layout_within(self, days: tuple[float, float] | None) -> Layout | None:
        """The layout of the drawn records between the first and last of *days* only, their
        rows stacked among themselves, as an export of that range draws them (see
        :func:`~viewer.core.layout.compute_layout`); the window's :attr:`layout` for
        ``None``."""
        if days is None or self._result is None:
            return self._layout
        state = self._state
        return compute_layout(
            self._result.dataset, state.hidden_lanes, state.hidden_statuses, within=days
        )

    @property
    def state(self) -> vs.ViewState:
        """The current view state (frozen)."""
        return self._state

    @property
    def selected_id(self) -> str | None:
        """The selected record's id, or ``None``."""
        return self._state.selected

    @property
    def selected_record(self) -> Record | None:
        """The selected record, or ``None``."""
        dataset, selected = self.dataset, self._state.selected
        return dataset.get(selected) if (dataset is not None and selected) else None

    @property
    def match_positions(self) -> npt.NDArray[np.intp]:
        """Layout positions of the search matches (empty without a query), in match order."""
        return self._match_positions

    @property
    def searching(self) -> bool:
        """Whether a search is active (a non-blank query)."""
        return bool(self._state.query.strip())

    @property
    def without_lane(self) -> int:
        """How many records of the dataset have no lane (they are not drawn)."""
        return self._without_lane

    @property
    def loaded_at(self) -> str:
        """When the result shown was taken in (``HH:MM:SS``, local time; ``""``: never)."""
        return self._loaded_at

    @property
    def selection_centre(self) -> float | None:
        """The middle of the selected record as drawn (days), or ``None`` when nothing
        drawn is selected."""
        layout, selected = self._layout, self._state.selected
        i = layout.index_of(selected) if (layout is not None and selected) else None
        if layout is None or i is None:
            return None
        return float(layout.x0_days[i] + layout.x1_days[i]) / 2

    # -- data ----------------------------------------------------------------------------------
    def set_result(self, result: LoadResult, keep_view: bool = False) -> None:
        """Show *result*. With *keep_view* (a reload) the hidden lanes that still exist, the
        hidden statuses and the selection (if its record is still drawn) are kept.
        Emits ``data_changed``, then ``selection_changed`` and ``matches_changed``."""
        result.dataset.prepare()  # done by the loader's thread already (then it costs nothing)
        lane_ids = frozenset(lane.id for lane in result.dataset.lanes)
        state = vs.for_new_data(self._state, lane_ids, keep_view)
        self._result = result
        self._without_lane = result.dataset.columns.without_lane
        self._layout = layout_for(result.dataset, state.hidden_lanes, state.hidden_statuses)
        self._state = vs.fit_to_layout(state, self._layout)
        self._loaded_at = time.strftime("%H:%M:%S")
        self.data_changed.emit()
        self.selection_changed.emit(self._state.selected)
        self.search_now(self._pending_query)  # the last typed, even if it waits for a pause

    def _relayout(self, state: vs.ViewState) -> None:
        if self._result is None:
            self._state = state
            return
        before = self._state.selected
        self._layout = layout_for(self._result.dataset, state.hidden_lanes, state.hidden_statuses)
        self._state = vs.fit_to_layout(state, self._layout)
        self.layout_changed.emit()
        if self._state.selected != before:
            self.selection_changed.emit(self._state.selected)
        self.search_now(self._pending_query)  # the last typed, even if it waits for a pause

    def set_lane_visible(self, lane_id: str, visible: bool) -> None:
        """Show or hide a lane: the layout is recomputed (``layout_changed``)."""
        if (lane_id not in self._state.hidden_lanes) != visible:
            self._relayout(vs.set_lane_visible(self._state, lane_id, visible))

    def hide_lanes(self, lane_ids: Iterable[str]) -> None:
        """Hide the lanes of *lane_ids* that the dataset has (one new layout)."""
        if self._result is None:
            return
        known = frozenset(lane.id for lane in self._result.dataset.lanes)
        new = (frozenset(lane_ids) & known) - self._state.hidden_lanes
        if new:
            self._relayout(vs.hide_lanes(self._state, new))

    def set_status_visible(self, status: str, visible: bool) -> None:
        """Show or hide the records of one status (as :meth:`set_lane_visible`)."""
        if (status not in self._state.hidden_statuses) != visible:
            self._relayout(vs.set_status_visible(self._state, status, visible))

    # -- selection -----------------------------------------------------------------------------
    def select(self, record_id: str | None) -> bool:
        """Select *record_id* (``None`` clears). An id the dataset does not hold is ignored.
        Emits ``selection_changed`` (also when the same record is selected again: its
        details are shown again). Returns whether the selection is now *record_id*."""
        dataset = self.dataset
        if record_id is not None and (dataset is None or dataset.get(record_id) is None):
            return False
        before = self._state.match_pos
        self._state = vs.select(self._state, record_id)
        self.selection_changed.emit(record_id)
        if self._state.match_pos != before:
            self.matches_changed.emit()
        return True

    def _select_from(self, state: vs.ViewState) -> str | None:
        """Take *state*; emit and return its selection if that changed, else ``None``."""
        changed = state.selected != self._state.selected
        moved = state.match_pos != self._state.match_pos
        self._state = state
        if changed:
            self.selection_changed.emit(state.selected)
        if moved:
            self.matches_changed.emit()
        return state.selected if changed else None

    def step(self, step: int, view_range: tuple[float, float]) -> str | None:
        """Move the selection *step* items along its lane (the first item in *view_range*
        when nothing is selected). Returns the newly selected id, or ``None`` when the
        selection did not change (at a lane's end)."""
        if self._layout is None:
            return None
        return self._select_from(vs.step_in_lane_of(self._state, self._layout, step, view_range))

    def lane_step(self, direction: int, view_range: tuple[float, float]) -> str | None:
        """Move the selection to the nearest item in the lane above (-1) or below (+1)."""
        if self._layout is None:
            return None
        return self._select_from(
            vs.step_across_lanes(self._state, self._layout, direction, view_range)
        )

    # -- search --------------------------------------------------------------------------------
    def set_query(self, query: str) -> None:
        """The search text changed: search now for up to :data:`SEARCH_AT_ONCE_UP_TO` drawn
        records, else once typing pauses for :data:`SEARCH_PAUSE_MS`."""
        self._pending_query = query
        if self._layout is not None and len(self._layout.ids) > SEARCH_AT_ONCE_UP_TO:
            self._search_timer.start()
        else:
            self.search_now(query)

    @property
    def undrawn_matches(self) -> int:
        """How many records match the last search but are not drawn (no date, no lane, in
        a hidden lane or of a hidden status): the table lists them."""
        return self._undrawn_matches

    @property
    def search_pending(self) -> bool:
        """Whether a typed query waits for the pause in typing before it is searched."""
        return self._search_timer.isActive()

    def prepare_search(self) -> None:
        """Start making the dataset's search index in a worker thread as the search field
        takes the focus (the first query would otherwise make it on the GUI thread: 0.2 s
        at 100,000 records, 1.8 s at 1,000,000); a query typed meanwhile waits for it. The
        thread is a daemon: it holds nothing to save, so quitting never waits for it."""
        if self._result is not None:
            index = self._result.dataset.search_index
            threading.Thread(target=index.prepare, name="search-index", daemon=True).start()

    def search_now(self, query: str | None = None) -> None:
        """Search *query* (default: the last one typed) at once; emits ``matches_changed``."""
        self._search_timer.stop()
        query = self._pending_query if query is None else query
        self._pending_query = query
        if self._layout is None or self._result is None:
            self._state = vs.with_matches(self._state, query, ())
            self._undrawn_matches = 0
            return
        index = self._result.dataset.search_index
        positions = vs.ordered_matches(query, self._layout, index)
        self._match_positions = positions
        # Matching records the chart does not draw (no date, no lane, a hidden lane): the
        # same query again is answered from the index's last (at once).
        self._undrawn_matches = len(index.matches(query)) - len(positions) if query.strip() else 0
        self._state = vs.with_matches(self._state, query, self._layout.ids_at(positions))
        self.matches_changed.emit()

    def step_match(self, step: int) -> str | None:
        """Select the next (+1) or previous (-1) match, wrapping around; a query still
        waiting for the pause is searched first. Returns the selected id, or ``None`` when
        nothing matches. Emits ``matches_changed`` and ``selection_changed``."""
        if self.search_pending:
            self.search_now()
        if not self._state.matches:
            return None
        self._state = vs.step_match(self._state, step, self._layout)
        self.matches_changed.emit()
        self.selection_changed.emit(self._state.selected)
        return self._state.selected
