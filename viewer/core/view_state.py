"""What the user is looking at, as one frozen value with pure transitions.

A :class:`ViewState` holds the selection, the hidden lanes and statuses, the search query, its
matches and the position in them. Every change is a function from a state (and, where it needs
positions, a :class:`~viewer.core.layout.Layout`) to a new state; nothing here draws, signals or
keeps a copy. The app's session (``viewer/app/session.py``) owns the current state and tells
the widgets when it changes, so the selection exists in one place only.

Record ids are the record's ``id`` strings; view ranges are ``(lo_days, hi_days)`` on the
chart's x axis (days since 1970-01-01).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from viewer.core.layout import IdsAt, Layout
from viewer.core.navigation import first_in_view, nearest_in_next_lane, step_in_lane
from viewer.core.search import SearchIndex


@dataclass(frozen=True)
class ViewState:
    """The user's view of one dataset.

    Attributes:
        selected: id of the selected record, or ``None``.
        hidden_lanes: ids of lanes the user hid (View › Lanes).
        hidden_statuses: record statuses the user hid (View › Show Items).
        query: the search text as typed.
        matches: ids of the drawn records that match *query*, ordered by start (then by
            position in the layout); empty for an empty query.
        match_pos: index into *matches* of the match last stepped to, or ``None`` before the
            first step.
    """

    selected: str | None = None
    hidden_lanes: frozenset[str] = frozenset()
    hidden_statuses: frozenset[str] = frozenset()
    query: str = ""
    matches: Sequence[str] = ()
    match_pos: int | None = None


def select(state: ViewState, record_id: str | None) -> ViewState:
    """*state* with *record_id* selected (``None`` clears the selection). The match
    position is kept only while the selection is that match: after a click elsewhere or
    Esc, the count says "N matches" again, and the next step goes on from the selection."""
    pos = state.match_pos
    if pos is not None and (pos >= len(state.matches) or state.matches[pos] != record_id):
        pos = None
    return replace(state, selected=record_id, match_pos=pos)


def set_lane_visible(state: ViewState, lane_id: str, visible: bool) -> ViewState:
    """*state* with lane *lane_id* shown or hidden. The caller recomputes the layout with the
    new :attr:`ViewState.hidden_lanes` and then calls :func:`fit_to_layout`."""
    hidden = state.hidden_lanes - {lane_id} if visible else state.hidden_lanes | {lane_id}
    return replace(state, hidden_lanes=hidden)


def hide_lanes(state: ViewState, lane_ids: frozenset[str]) -> ViewState:
    """*state* with the lanes *lane_ids* hidden too (as :func:`set_lane_visible`)."""
    return replace(state, hidden_lanes=state.hidden_lanes | lane_ids)


def set_status_visible(state: ViewState, status: str, visible: bool) -> ViewState:
    """*state* with the records of *status* shown or hidden (as :func:`set_lane_visible`)."""
    hidden = state.hidden_statuses - {status} if visible else state.hidden_statuses | {status}
    return replace(state, hidden_statuses=hidden)


def for_new_data(state: ViewState, lane_ids: frozenset[str], keep_view: bool) -> ViewState:
    """The state for newly loaded data whose lanes are *lane_ids*.

    A reload (*keep_view*) keeps the hidden lanes that still exist, the hidden statuses, the
    query and the selection (:func:`fit_to_layout` drops the selection if its record is gone);
    opening another file starts afresh but keeps the query, which stays in the search field.
    """
    if keep_view:
        return replace(
            state, hidden_lanes=state.hidden_lanes & lane_ids, matches=(), match_pos=None
        )
    return ViewState(query=state.query)


def fit_to_layout(state: ViewState, layout: Layout) -> ViewState:
    """*state* without a selection that *layout* does not draw (hidden or gone)."""
    if state.selected is not None and layout.index_of(state.selected) is None:
        return select(state, None)
    return state


def ordered_matches(query: str, layout: Layout, index: SearchIndex) -> npt.NDArray[np.intp]:
    """Layout positions of the drawn records that match *query*, ordered by start day (ties by
    position); empty for a blank query.

    *index* is the dataset's :class:`~viewer.core.search.SearchIndex` (positions in the
    dataset; records the layout does not draw are left out). Cost: one scan of the index's
    text (linear in the records' searchable text), then a sort of the matches when they
    are few, or one pass over the layout's :attr:`~viewer.core.layout.Layout.by_start`
    when they are many (a one-letter query: 0.1 s of sorting at a million records).
    """
    if not query.strip():
        return np.zeros(0, dtype=np.intp)
    items = layout.item_of_record[index.matches(query)]
    found = items[items >= 0]
    if len(found) * 32 < len(layout.ids):
        return found[np.lexsort((found, layout.x0_days[found]))]
    matched = np.zeros(len(layout.ids), dtype=np.bool_)
    matched[found] = True
    order = layout.by_start
    return order[matched[order]]


def with_matches(state: ViewState, query: str, matches: Sequence[str]) -> ViewState:
    """*state* with *query* and its *matches* (record ids in order: a tuple, or the
    :class:`~viewer.core.layout.IdsAt` of the layout's items that match); the match
    position is reset to before the first match."""
    return replace(state, query=query, matches=matches, match_pos=None)


def search(state: ViewState, query: str, layout: Layout, index: SearchIndex) -> ViewState:
    """*state* with *query* and its matches among the records *layout* draws, in the order of
    :func:`ordered_matches`."""
    return with_matches(state, query, layout.ids_at(ordered_matches(query, layout, index)))


def step_match(state: ViewState, step: int, layout: Layout | None = None) -> ViewState:
    """*state* moved *step* (+1 or -1) through the matches, wrapping around, with the reached
    match selected. The first step goes on from the selection when *layout* draws it (the
    first match that starts after it, or the last before it for -1; the selected record's
    own place when it is a match), else to the first match (+1) or the last (-1). Without
    matches the state is returned unchanged. Cost of a first step: O(matches)."""
    if not state.matches:
        return state
    n = len(state.matches)
    if state.match_pos is not None:
        pos = (state.match_pos + step) % n
    else:
        pos = _first_match_from_selection(state, step, layout)
    return replace(state, match_pos=pos, selected=state.matches[pos])


def _first_match_from_selection(state: ViewState, step: int, layout: Layout | None) -> int:
    """Where a first step through the matches lands (see :func:`step_match`)."""
    default = 0 if step > 0 else len(state.matches) - 1
    current = None if layout is None else _selected_index(state, layout)
    if current is None or layout is None:
        return default
    if state.selected in state.matches:
        return state.matches.index(state.selected)
    here = float(layout.x0_days[current])
    matches = state.matches
    items = (
        layout.item_of_record[matches.positions]
        if isinstance(matches, IdsAt) and matches.texts is layout.ids.texts
        else None
    )
    if items is not None and np.all(items >= 0):
        starts = layout.x0_days[items]
    else:
        starts = np.array(
            [
                float(layout.x0_days[i]) if (i := layout.index_of(m)) is not None else here
                for m in matches
            ],
            dtype=np.float64,
        ).reshape(len(matches))
    if step > 0:
        after = np.flatnonzero(starts > here)
        return int(after[0]) if len(after) else 0
    before = np.flatnonzero(starts < here)
    return int(before[-1]) if len(before) else default


def _selected_index(state: ViewState, layout: Layout) -> int | None:
    return None if state.selected is None else layout.index_of(state.selected)


def step_in_lane_of(
    state: ViewState, layout: Layout, step: int, view_range: tuple[float, float]
) -> ViewState:
    """*state* with the selection moved *step* items along its lane (by start day). Without a
    selection, the first item in *view_range* is selected. At a lane's end nothing changes."""
    current = _selected_index(state, layout)
    target = (
        first_in_view(layout, *view_range)
        if current is None
        else step_in_lane(layout, current, step)
    )
    return state if target is None else select(state, layout.ids[target])


def step_across_lanes(
    state: ViewState, layout: Layout, direction: int, view_range: tuple[float, float]
) -> ViewState:
    """*state* with the selection moved to the nearest item (in time) in the next drawn lane
    above (*direction* -1) or below (+1). Without a selection, as :func:`step_in_lane_of`."""
    current = _selected_index(state, layout)
    if current is None:
        return step_in_lane_of(state, layout, 1, view_range)
    target = nearest_in_next_lane(layout, current, direction)
    return state if target is None else select(state, layout.ids[target])
