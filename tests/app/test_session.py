"""The session owns the data and the view state and signals every change."""

import pytest

from tests.conftest import MINI
from viewer.app.session import Session
from viewer.core.loading import load_file


@pytest.fixture
def session(qtbot):
    s = Session()
    s.set_result(load_file(MINI))
    return s


def test_select_signals_the_id_and_ignores_unknown_ids(qtbot, session):
    with qtbot.waitSignal(session.selection_changed) as blocker:
        assert session.select("s2")
    assert blocker.args == ["s2"] and session.selected_record.id == "s2"
    with qtbot.assertNotEmitted(session.selection_changed):
        assert not session.select("no-such-id")
    assert session.selected_id == "s2"


def test_hiding_the_selected_items_lane_clears_the_selection(qtbot, session):
    session.select("p1")
    with qtbot.waitSignals([session.layout_changed, session.selection_changed]):
        session.set_lane_visible("presidents", False)
    assert session.selected_id is None
    assert "p1" not in session.layout.ids and "s1" in session.layout.ids


def test_search_and_step_through_matches(qtbot, session):
    with qtbot.waitSignal(session.matches_changed):
        session.set_query("s")
    matches = session.state.matches
    assert matches and len(session.match_positions) == len(matches)
    with qtbot.waitSignal(session.selection_changed):
        assert session.step_match(1) == matches[0]
    assert session.step_match(-1) == matches[-1]


def test_a_reload_keeps_the_selection_and_hidden_lanes(qtbot, session):
    session.select("s3")
    session.set_lane_visible("handovers", False)
    session.set_result(load_file(MINI), keep_view=True)
    assert session.selected_id == "s3"
    assert session.state.hidden_lanes == {"handovers"}
    session.set_result(load_file(MINI))
    assert session.selected_id is None and session.state.hidden_lanes == frozenset()


def test_arrow_steps_walk_the_lane(qtbot, session):
    whole = (-1e6, 1e6)
    assert session.step(1, whole) == "s1"
    assert session.step(1, whole) == "s2"
    assert session.lane_step(1, whole) is not None
    assert session.selected_id.startswith("p")


def test_a_loaded_layout_is_ready_for_the_first_click(bundled, monkeypatch):
    """The hit-test's indexes are built when the data is shown, not on the first click."""
    from viewer.app.session import Session
    from viewer.core import spatial

    session = Session()
    session.set_result(bundled)
    layout = session.layout
    built = []
    original = spatial.RowIndex.build
    monkeypatch.setattr(
        spatial.RowIndex,
        "build",
        staticmethod(lambda *a, **k: built.append(1) or original(*a, **k)),
    )
    i = layout.index_of("session-92")
    row = int(layout.global_row[i])
    x = float(layout.x0_days[i])
    assert i in layout.row_index.query(row, row + 1, x, x).tolist()
    _ = layout.band_index, layout.across_index
    assert built == []


def test_hide_lanes_hides_known_lanes_in_one_layout(qtbot, session):
    with qtbot.waitSignal(session.layout_changed):
        session.hide_lanes(["presidents", "no-such-lane"])
    assert session.state.hidden_lanes == frozenset({"presidents"})
    assert "p1" not in session.layout.ids
    with qtbot.assertNotEmitted(session.layout_changed):
        session.hide_lanes(["presidents", "no-such-lane"])  # nothing new to hide


def test_selection_centre_is_the_middle_of_the_selected_record(qtbot, session):
    assert session.selection_centre is None
    session.select("s1")
    i = session.layout.index_of("s1")
    middle = (session.layout.x0_days[i] + session.layout.x1_days[i]) / 2
    assert session.selection_centre == pytest.approx(middle)
    assert session.loaded_at.count(":") == 2
