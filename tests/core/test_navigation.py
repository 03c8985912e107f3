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


def _synthetic_layout(n=600, seed=2):
    import random

    from viewer.core.layout import compute_layout
    from viewer.core.loading import load_document

    rng = random.Random(seed)
    lanes = [{"id": f"l{i}", "title": f"L{i}"} for i in range(4)]
    records = []
    for i in range(n):
        y = rng.randint(1950, 1960)  # few distinct days: many ties of start
        rec = {
            "id": f"r{rng.randint(0, 10**6)}-{i}",
            "kind": "event",
            "lane": rng.choice(lanes)["id"],
            "title": "T",
            "start": f"{y}",
            "sources": ["https://example.org/"],
        }
        if rng.random() < 0.5:
            rec["end"] = f"{y + rng.randint(0, 5)}"
        records.append(rec)
    records.append(
        {
            "id": "era",
            "kind": "era",
            "title": "Era",
            "start": "1955",
            "end": "1957",
            "sources": ["https://example.org/"],
        }
    )  # a band across every lane
    doc = {"format": "timeline-viewer/1", "title": "t", "lanes": lanes, "records": records}
    return compute_layout(load_document(doc, "t").dataset)


def test_steps_take_every_item_of_a_lane_by_start_row_then_id():
    layout = _synthetic_layout()
    for lane in range(len(layout.lanes)):
        members = [i for i in range(len(layout.ids)) if layout.lane[i] == lane]
        expected = sorted(
            members, key=lambda i: (float(layout.x0_days[i]), int(layout.row[i]), layout.ids[i])
        )
        walked = [expected[0]]
        while (nxt := step_in_lane(layout, walked[-1], 1)) is not None:
            walked.append(nxt)
        assert walked == expected
        back = [expected[-1]]
        while (prev := step_in_lane(layout, back[-1], -1)) is not None:
            back.append(prev)
        assert back == expected[::-1]
        assert step_in_lane(layout, expected[0], 3) == (expected[3] if len(expected) > 3 else None)


def test_first_in_view_is_the_first_overlapping_item_of_the_top_lane():
    from viewer.core.navigation import first_in_view

    layout = _synthetic_layout()
    for lo, hi in ((-7000.0, -6000.0), (-5000.0, -4990.0), (10**6, 2 * 10**6)):
        expected = None
        for lane in range(len(layout.lanes)):
            members = sorted(
                (i for i in range(len(layout.ids)) if layout.lane[i] == lane),
                key=lambda i: (float(layout.x0_days[i]), int(layout.row[i]), layout.ids[i]),
            )
            hits = [i for i in members if layout.x1_days[i] >= lo and layout.x0_days[i] <= hi]
            if hits:
                expected = hits[0]
                break
        assert first_in_view(layout, lo, hi) == expected


def test_the_nearest_item_below_matches_a_scan():
    import numpy as np

    layout = _synthetic_layout()
    centres = 0.5 * (layout.x0_days + layout.x1_days)
    for index in range(0, len(layout.ids), 37):
        lane = int(layout.lane[index]) + 1
        if lane >= len(layout.lanes):
            continue
        idx = np.nonzero(layout.lane == lane)[0]
        best = idx[np.lexsort((layout.row[idx], np.abs(centres[idx] - centres[index])))[0]]
        assert nearest_in_next_lane(layout, index, 1) == best
