"""The view state's pure transitions, on the small test file (plain asserts, no Qt)."""

import pytest

from tests.conftest import MINI
from viewer.core import view_state as vs
from viewer.core.layout import compute_layout
from viewer.core.loading import load_file
from viewer.core.search import SearchIndex

WHOLE = (-1e6, 1e6)  # a view range (days) that holds every record


@pytest.fixture(scope="module")
def mini():
    dataset = load_file(MINI).dataset
    return dataset, compute_layout(dataset)


def test_a_state_is_frozen():
    with pytest.raises(AttributeError):
        vs.ViewState().selected = "s1"  # type: ignore[misc]


def test_select_and_clear():
    state = vs.select(vs.ViewState(), "s2")
    assert state.selected == "s2"
    assert vs.select(state, None).selected is None


def test_steps_walk_a_lane_by_start_and_stop_at_its_end(mini):
    _, layout = mini
    state = vs.step_in_lane_of(vs.ViewState(), layout, 1, WHOLE)
    assert state.selected == "s1"  # nothing selected: the first item in view
    state = vs.step_in_lane_of(state, layout, 1, WHOLE)
    assert state.selected == "s2"
    state = vs.step_in_lane_of(state, layout, -1, WHOLE)
    assert state.selected == "s1"
    assert vs.step_in_lane_of(state, layout, -1, WHOLE) == state


def test_step_across_lanes_goes_to_the_nearest_item_below_and_back(mini):
    _, layout = mini
    state = vs.select(vs.ViewState(), "s1")
    down = vs.step_across_lanes(state, layout, 1, WHOLE)
    assert down.selected == "p1"  # the 1923-1932 term, nearer to 1923 than p2's
    # Back up: nearest by centre to p1's (1928) is the 1926 gap band, not s1 (1923).
    assert vs.step_across_lanes(down, layout, -1, WHOLE).selected == "gap"
    assert vs.step_across_lanes(down, layout, 1, WHOLE).selected == "h1"


def test_hiding_a_lane_drops_a_selection_it_held(mini):
    dataset, _ = mini
    state = vs.select(vs.ViewState(), "p1")
    state = vs.set_lane_visible(state, "presidents", False)
    assert state.hidden_lanes == {"presidents"}
    layout = compute_layout(dataset, state.hidden_lanes, state.hidden_statuses)
    assert vs.fit_to_layout(state, layout).selected is None
    assert vs.set_lane_visible(state, "presidents", True).hidden_lanes == frozenset()


def test_hiding_a_status(mini):
    state = vs.set_status_visible(vs.ViewState(), "acting", False)
    assert state.hidden_statuses == {"acting"}
    assert vs.set_status_visible(state, "acting", True).hidden_statuses == frozenset()


def test_search_orders_matches_by_start_and_steps_wrap(mini):
    dataset, layout = mini
    index = SearchIndex(dataset.records)
    state = vs.search(vs.ViewState(), "s", layout, index)
    starts = [layout.x0_days[layout.index_of(i)] for i in state.matches]
    assert state.matches and starts == sorted(starts)
    first = vs.step_match(state, 1)
    assert first.match_pos == 0 and first.selected == state.matches[0]
    last = vs.step_match(state, -1)
    assert last.match_pos == len(state.matches) - 1
    assert vs.step_match(last, 1).match_pos == 0
    empty = vs.search(first, "  ", layout, index)
    assert empty.matches == () and empty.match_pos is None and empty.query == "  "
    assert vs.step_match(empty, 1) == empty


def test_new_data_keeps_the_view_only_on_reload():
    state = vs.ViewState(
        selected="s1",
        hidden_lanes=frozenset({"a", "gone"}),
        hidden_statuses=frozenset({"acting"}),
        query="x",
        matches=("s1",),
        match_pos=0,
    )
    reloaded = vs.for_new_data(state, frozenset({"a", "b"}), keep_view=True)
    assert reloaded.hidden_lanes == {"a"} and reloaded.hidden_statuses == {"acting"}
    assert reloaded.selected == "s1" and reloaded.query == "x" and reloaded.match_pos is None
    opened = vs.for_new_data(state, frozenset({"a"}), keep_view=False)
    assert opened == vs.ViewState(query="x")


@pytest.mark.parametrize("as_tuple", [False, True])
def test_the_first_step_through_matches_goes_on_from_the_selection(
    bundled, bundled_layout, as_tuple
):
    """With the 2011 session selected, Enter on "marrakech" went back to 2007 (a trial).
    Matches kept as the layout's ids at positions step as a tuple of the same ids does."""
    layout = bundled_layout
    index = SearchIndex(bundled.dataset.records)
    state = vs.search(vs.select(vs.ViewState(), "session-80"), "marrakech", layout, index)
    if as_tuple:
        state = vs.with_matches(state, state.query, tuple(state.matches))
    assert "session-80" not in state.matches and len(state.matches) >= 3
    here = layout.x0_days[layout.index_of("session-80")]
    starts = [layout.x0_days[layout.index_of(m)] for m in state.matches]
    after = vs.step_match(state, 1, layout)
    assert after.selected == state.matches[next(k for k, x in enumerate(starts) if x > here)]
    before = vs.step_match(state, -1, layout)
    assert before.selected == state.matches[max(k for k, x in enumerate(starts) if x < here)]
    assert vs.step_match(state, 1).selected == state.matches[0]  # without a layout


def test_many_and_few_matches_are_ordered_alike(bundled, bundled_layout):
    # Many matches are put in order by one pass over the layout's order by start, few by a
    # sort of their own: both give start day, then position, for queries of every size
    index = SearchIndex(bundled.dataset.records)
    layout = bundled_layout
    sizes = set()
    for query in ("a", "e", "session", "general assembly", "vienna", "president", "zzz"):
        found = vs.ordered_matches(query, layout, index)
        items = layout.item_of_record[index.matches(query)]
        items = items[items >= 0]
        assert sorted(found.tolist()) == sorted(items.tolist())
        keys = [(layout.x0_days[i], i) for i in found.tolist()]
        assert keys == sorted(keys), query
        sizes.add(len(found) * 32 < len(layout.ids))
    assert sizes == {True, False}  # both ways were taken
