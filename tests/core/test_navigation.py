from viewer.core.navigation import nearest_in_next_lane, step_in_lane


def test_steps_follow_time_within_a_lane(bundled_layout):
    layout = bundled_layout
    i92 = layout.index_of("session-92")
    assert layout.ids[step_in_lane(layout, i92, 1)] == "session-93"
    assert layout.ids[step_in_lane(layout, i92, -1)] == "session-91"
    last = layout.index_of("session-94")
    assert step_in_lane(layout, last, 1) is None


def test_adjacent_lane_picks_the_nearest_in_time(bundled_layout):
    layout = bundled_layout
    i93 = layout.index_of("session-93")
    below = nearest_in_next_lane(layout, i93, 1)
    assert layout.ids[below] in ("president-29", "president-30")
    assert nearest_in_next_lane(layout, i93, -1) is None
