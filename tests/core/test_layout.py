import random

import numpy as np
import pytest

from tests.documents import document, loaded_dataset, record
from viewer.core.dates import days_from_civil
from viewer.core.layout import ROW_HEIGHT, compute_layout, pack_rows
from viewer.core.loading import load_document


def _doc(records):
    return document(records, lanes=[{"id": "a", "title": "A"}, {"id": "b", "title": "B"}])


def _term(rid, start, end, lane="a"):
    return record(rid, start, kind="presidency", lane=lane, end=end)


def test_touching_terms_share_a_row_overlapping_do_not():
    recs = [
        _term("x", "2000-01-01", "2004-05-01"),
        _term("y", "2004-05-01", "2008-01-01"),
        _term("z", "2006-01-01", "2007-01-01"),
    ]
    layout = compute_layout(load_document(_doc(recs), "t").dataset)
    rows = {i: int(r) for i, r in zip(layout.ids, layout.row)}
    assert rows["x"] == rows["y"] == 0
    assert rows["z"] == 1


def test_a_term_of_unknown_end_starts_where_a_term_ending_that_year_ends():
    """Jackson's term ends "1963" (drawn to the middle of 1963, as every year-only date);
    Jarva's starts "1963" with its end unknown. It was drawn from 1 January, over the end
    of Jackson's, in a second row: two presidents at once (a new user's finding)."""
    recs = [
        _term("jackson", "1960", "1963"),
        record("jarva", "1963", kind="presidency", lane="a", inferred=["start"]),
    ]
    dataset = load_document(_doc(recs), "t").dataset
    assert dataset.get("jarva").end_unknown
    layout = compute_layout(dataset)
    at = {i: k for k, i in enumerate(layout.ids)}
    jackson, jarva = at["jackson"], at["jarva"]
    assert layout.row[jackson] == layout.row[jarva] == 0
    assert layout.x0_days[jarva] == layout.x1_days[jackson]
    # Its bar still covers only the rest of its year: no length the sources do not give.
    assert layout.x1_days[jarva] == dataset.get("jarva").start.last_day + 1


def test_rows_do_not_depend_on_file_order():
    rng = random.Random(4)
    recs = []
    for n in range(200):
        y = rng.randint(1900, 2000)
        recs.append(_term(f"r{n}", f"{y}", f"{y + rng.randint(0, 8)}"))
    base = compute_layout(load_document(_doc(recs), "t").dataset)
    expected = dict(zip(base.ids, base.row.tolist()))
    for _ in range(3):
        rng.shuffle(recs)
        other = compute_layout(load_document(_doc(recs), "t").dataset)
        assert dict(zip(other.ids, other.row.tolist())) == expected


def test_no_two_bars_overlap_in_a_row():
    x0 = np.array([0.0, 5, 3, 10, 10, 2])
    x1 = np.array([5.0, 9, 4, 12, 10, 30])
    rows = pack_rows(x0, x1, list("abcdef"))
    for r in set(rows.tolist()):
        spans = sorted((x0[i], max(x1[i], x0[i] + 1)) for i in range(6) if rows[i] == r)
        for (_a0, a1), (b0, _b1) in zip(spans, spans[1:]):
            assert a1 <= b0


def test_same_day_points_stack():
    recs = [
        {
            "id": i,
            "kind": "session",
            "lane": "a",
            "title": i,
            "start": "2000-05-05",
            "sources": ["https://example.org"],
        }
        for i in ("p", "q")
    ]
    layout = compute_layout(load_document(_doc(recs), "t").dataset)
    assert sorted(layout.row.tolist()) == [0, 1]


def test_lanes_are_stacked_and_undated_listed():
    recs = [
        _term("x", "2000", "2004"),
        _term("y", "2001", "2002", lane="b"),
        {
            "id": "u",
            "kind": "session",
            "lane": "a",
            "title": "u",
            "start": None,
            "sources": ["https://example.org"],
        },
    ]
    layout = compute_layout(load_document(_doc(recs), "t").dataset)
    assert layout.undated == ("u",)
    a, b = layout.lanes
    assert a.y1 <= b.y0
    i = layout.index_of("y")
    assert b.y0 <= layout.y0[i] and layout.y0[i] + ROW_HEIGHT <= b.y1


def test_bundled_layout_places_every_dated_record(bundled, bundled_layout):
    drawn = set(bundled_layout.ids)
    for r in bundled.dataset.records:
        if r.lane is None:
            continue
        assert (r.id in drawn) != (r.id in bundled_layout.undated)
    # Open-ended terms run to the data's as-of day.
    i = bundled_layout.index_of("president-30")
    assert bundled_layout.x1_days[i] > bundled_layout.x0_days[i]


def _reference_rows(x0, x1, keys):
    """The first packer (a scan over the rows, O(n * rows)), kept as the reference."""
    n = len(x0)
    rows = np.zeros(n, dtype=np.int32)
    widths = np.maximum(x1 - x0, 1.0)
    order = sorted(range(n), key=lambda i: (x0[i], x0[i] + widths[i], keys[i]))
    row_ends = []
    for i in order:
        start, end = float(x0[i]), float(x0[i] + widths[i])
        for r, last_end in enumerate(row_ends):
            if last_end <= start:
                row_ends[r] = end
                rows[i] = r
                break
        else:
            rows[i] = len(row_ends)
            row_ends.append(end)
    return rows


def test_heap_packer_gives_the_same_rows_as_the_reference_on_random_data():
    rng = np.random.default_rng(11)
    for trial in range(40):
        n = int(rng.integers(1, 400))
        x0 = rng.integers(0, 300, n).astype(float) + rng.choice([0.0, 0.5], n)
        length = np.where(rng.random(n) < 0.4, 0.0, rng.exponential(20, n).round())
        x1 = x0 + length
        keys = [f"k{int(k)}" for k in rng.permutation(n)]
        assert np.array_equal(pack_rows(x0, x1, keys), _reference_rows(x0, x1, keys)), trial


def test_layout_arrays_derived_once():
    recs = [
        _term("x", "2000", "2004"),
        _term("y", "2001", "2002"),
        _term("z", "2001", "2003", lane="b"),
        {
            "id": "gap",
            "kind": "no_session",
            "lane": "b",
            "title": "gap",
            "start": "2005",
            "end": "2006",
            "sources": ["https://example.org"],
        },
    ]
    layout = compute_layout(load_document(_doc(recs), "t").dataset)
    a, b = layout.lanes
    assert a.rows == 2 and b.rows == 1
    assert layout.index_of("z") == layout.ids.index("z")
    assert layout.index_of("nope") is None
    assert layout.global_row[layout.index_of("z")] == 2
    assert layout.height[layout.index_of("gap")] == b.y1 - b.y0
    assert layout.height[layout.index_of("x")] == ROW_HEIGHT


def test_lanes_packed_together_are_packed_as_each_alone():
    """Packing every lane in one pass gives each lane the rows that packing it alone
    gives, ties of start and end included (broken by key)."""
    from viewer.core.columns import rank_of
    from viewer.core.layout import _pack_lanes

    rng = np.random.default_rng(7)
    for _ in range(100):
        n = int(rng.integers(1, 60))
        lane = rng.integers(0, 4, n).astype(np.intp)
        x0 = rng.integers(0, 12, n).astype(np.float64)
        x1 = x0 + rng.integers(0, 4, n)
        keys = [f"k{int(v)}" for v in rng.permutation(n)]
        rows, order, _ = _pack_lanes(lane, x0, x1, np.argsort(rank_of(keys)))
        assert sorted(order.tolist()) == list(range(n))
        assert np.all(np.diff(lane[order]) >= 0)
        for li in range(4):
            mine = np.flatnonzero(lane == li)
            alone = _reference_rows(x0[mine], x1[mine], [keys[i] for i in mine])
            assert rows[mine].tolist() == list(alone)


def test_many_lanes_of_one_record_each_are_laid_out_as_one_lane_each():
    recs = [record(f"r{k}", f"{1900 + k}", lane=f"l{k}") for k in range(40)]
    recs += [record(f"big{k}", f"{1950 + k % 7}", lane="l0") for k in range(50)]
    layout = compute_layout(
        loaded_dataset(recs, lanes=[{"id": f"l{k}", "title": f"L{k}"} for k in range(40)])
    )
    assert [b.id for b in layout.lanes] == [f"l{k}" for k in range(40)]
    assert layout.lane.tolist() == sorted(layout.lane.tolist())  # records in lane order
    for k in range(1, 40):
        i = layout.index_of(f"r{k}")
        assert layout.lanes[k].y0 <= layout.y0[i] < layout.lanes[k].y1
        assert layout.x0_days[i] == layout.x1_days[i]


def test_index_of_finds_every_drawn_record_and_none_of_the_rest(bundled):
    dataset = bundled.dataset
    hidden = frozenset({dataset.lanes[0].id})
    layout = compute_layout(dataset, hidden_lanes=hidden)
    assert all(layout.index_of(rid) == i for i, rid in enumerate(layout.ids))
    drawn = set(layout.ids)
    left_out = [r.id for r in dataset.records if r.id not in drawn]
    assert left_out and all(layout.index_of(rid) is None for rid in left_out)
    assert layout.index_of("no such id") is None
    assert [dataset.records[p].id for p in layout.record_pos] == list(layout.ids)


def test_a_band_shades_its_whole_periods():
    """A band for the year 2020 covers all of 2020 (the trial saw a sliver at 1 July), with
    or without a lane; one for 1939-1945 from 1 January 1939 to the end of 1945."""
    import datetime

    def day(y, m=1, d=1):
        return float((datetime.date(y, m, d) - datetime.date(1970, 1, 1)).days)

    dataset = loaded_dataset(
        [
            record("y2020", "2020", kind="no_session", end="2020"),
            record("war", "1939", kind="no_session", end="1945"),
            record("era", "1990", kind="era", end="1999", lane=None),
            record("m", "2001-03", kind="era"),
        ]
    )
    layout = compute_layout(dataset)
    extent = {i: (layout.x0_days[k], layout.x1_days[k]) for k, i in enumerate(layout.ids)}
    assert extent["y2020"] == (day(2020), day(2021))
    assert extent["war"] == (day(1939), day(1946))
    assert extent["era"] == (day(1990), day(2000))
    assert extent["m"] == (day(2001, 3), day(2001, 4))


def test_the_drawn_extent_covers_the_first_and_last_records_periods():
    """One record "1950" opens on 1950, not on a month around 1 July (a trial found it)."""
    import datetime

    def day(y, m=1, d=1):
        return float((datetime.date(y, m, d) - datetime.date(1970, 1, 1)).days)

    layout = compute_layout(loaded_dataset([record("r", "1950")]))
    assert (layout.x_min_days, layout.x_max_days) == (day(1950), day(1951))
    days = compute_layout(loaded_dataset([record("a", "1950-03-04"), record("b", "1960-05")]))
    assert (days.x_min_days, days.x_max_days) == (day(1950, 3, 4), day(1960, 6))


def test_ids_at_takes_the_ids_at_positions_in_order(bundled_layout):
    import numpy as np

    layout = bundled_layout
    positions = np.array([5, 0, 3, 3], dtype=np.intp)
    assert layout.ids_at(positions) == tuple(layout.ids[i] for i in (5, 0, 3, 3))
    assert layout.ids_at(np.zeros(0, dtype=np.intp)) == ()
    taken = layout.ids_at(positions)
    assert list(taken) == [layout.ids[i] for i in (5, 0, 3, 3)]
    assert taken[1:3] == (layout.ids[0], layout.ids[3]) and taken[-1] == layout.ids[3]
    assert layout.ids[3] in taken and layout.ids[1] not in taken and "no-such-id" not in taken
    assert taken.index(layout.ids[3]) == 2 and taken.index(layout.ids[3], 3) == 3
    with pytest.raises(ValueError):
        taken.index(layout.ids[1])
    assert taken != tuple(layout.ids[i] for i in (5, 0, 3))


def test_a_layout_within_days_places_only_what_they_show_in_rows_of_their_own():
    from viewer.core.dates import days_from_civil

    recs = [
        record("long", "1990", end="2010"),
        record("mid", "1995", end="2001"),  # a second row, beside "long"
        record("late", "2020"),
        record("late-too", "2021-03", end="2022"),
        {**record("era", "2019", end="2022", kind="era"), "lane": None},  # across every lane
    ]
    dataset = load_document(_doc(recs), "t").dataset
    whole = compute_layout(dataset)
    assert whole.lanes[0].rows == 2
    days = (float(days_from_civil(2015, 1, 1)), float(days_from_civil(2025, 1, 1)))
    within = compute_layout(dataset, within=days)
    assert sorted(within.ids) == ["era", "late", "late-too"]
    assert within.lanes[0].rows == 1  # "long" and "mid" no longer take rows
    assert within.y_max < whole.y_max
    # A record that reaches into the days from before them is placed
    into = compute_layout(dataset, within=(days[0] - 10 * 365.25, days[1]))
    assert "long" in into.ids and "mid" not in into.ids


def test_kinds_of_the_items_are_their_records_kinds(bundled, bundled_layout):
    """The layout's kind codes name each drawn record's kind: the kinds drawn and the
    items of a set of kinds are those of the records."""
    layout = bundled_layout
    record_kinds = [bundled.dataset.get(rid).kind for rid in layout.ids]
    assert layout.kinds_drawn() == frozenset(record_kinds)
    assert "handover" in layout.kinds_drawn()
    wanted = {"handover", "presidency"}
    assert layout.of_kinds(wanted).tolist() == [k in wanted for k in record_kinds]
    assert not layout.of_kinds(set()).any()


def _deep_and_shallow():
    """Lane a: ten spans that all overlap (ten rows); lane b: two points (one row)."""
    recs = [record(f"s{k}", "2000", kind="event", lane="a", end="2005") for k in range(10)]
    recs += [record("p1", "2001-01-01", lane="b"), record("p2", "2003-01-01", lane="b")]
    dataset = load_document(_doc(recs), "t").dataset
    return dataset, compute_layout(dataset)


def test_the_most_rows_that_fit_leave_shallow_lanes_whole():
    from viewer.core.layout import LANE_GAP, most_rows_within

    _, layout = _deep_and_shallow()
    assert [b.rows for b in layout.lanes] == [10, 1]
    assert most_rows_within(layout, layout.y_max) == 10
    assert most_rows_within(layout, 100.0) == 10
    assert most_rows_within(layout, 3 + 1 + LANE_GAP) == 3  # three rows of a, b's one
    assert most_rows_within(layout, 3.9 + LANE_GAP) == 2
    assert most_rows_within(layout, 2 + LANE_GAP) == 1
    assert most_rows_within(layout, 1.9) is None  # not even a row a lane


def test_lanes_cut_to_fewer_rows_draw_the_rest_over_others():
    from viewer.core.layout import ROW_HEIGHT, ROW_PITCH, rows_at_most

    dataset, layout = _deep_and_shallow()
    capped, over = rows_at_most(layout, 3, dataset.columns)
    assert over == 7
    assert list(capped.ids) == list(layout.ids)  # the same items, in the same order
    assert [b.rows for b in capped.lanes] == [3, 1]
    assert capped.row.max() == 2
    a, b = capped.lanes
    assert b.y0 == a.y1 + 0.5 and capped.y_max == b.y1
    offset = (ROW_PITCH - ROW_HEIGHT) / 2
    top = np.array([a.y0, b.y0])[capped.lane]
    assert np.allclose(capped.y0, top + capped.row * ROW_PITCH + offset)
    assert sorted(capped.reading_order.tolist()) == list(range(len(capped.ids)))
    assert capped.lane_reading.tolist() == [0, 10, 12]
    # Room for every row: nothing changes.
    same, none_over = rows_at_most(layout, 10, dataset.columns)
    assert none_over == 0
    assert np.array_equal(same.row, layout.row) and np.array_equal(same.y0, layout.y0)
    assert same.lanes == layout.lanes
    assert np.array_equal(same.reading_order, layout.reading_order)


def test_rows_cut_on_random_records_match_a_layout_packed_with_the_cut():
    """The layout keeps its packed items in the order they were placed, so packing them
    again with a cut gives what packing the records with that cut gives."""
    from viewer.core.layout import _pack_lanes, row_extents, rows_at_most

    rng = random.Random(8)
    recs = []
    for k in range(600):
        start = rng.randint(1900, 1920)
        extra = {"end": str(start + rng.randint(0, 6))} if rng.random() < 0.6 else {}
        recs.append(
            record(f"r{rng.randint(0, 10**6)}-{k}", str(start), lane=rng.choice("ab"), **extra)
        )
    dataset = load_document(_doc(recs), "t").dataset
    layout = compute_layout(dataset)
    id_order = dataset.columns.id_order
    for most in (1, 3, 7, 10**6):
        capped, over = rows_at_most(layout, most, dataset.columns)
        packed = np.flatnonzero(~layout.is_band)
        pos = layout.record_pos[packed]
        x0, x1 = row_extents(
            dataset.columns,
            pos,
            layout.x0_days[packed],
            layout.x1_days[packed],
            ~layout.is_span[packed],
        )
        local = np.full(len(dataset.records), -1)
        local[pos] = np.arange(len(pos))
        by_id = local[id_order][local[id_order] >= 0]
        rows, _, expected_over = _pack_lanes(
            layout.lane[packed].astype(np.intp),
            x0,
            x1,
            by_id,
            0 if most == 10**6 else most,
        )
        assert np.array_equal(capped.row[packed], rows), most
        assert over == expected_over


def test_bars_meet_where_one_ends_and_the_next_of_its_row_starts():
    from viewer.core.layout import meeting_ends

    rows = np.array([0, 0, 1, 0, 2])
    x0 = np.array([0.5, 10.5, 10.5, 20.0, 5.5])
    x1 = np.array([10.5, 20.0, 30.5, 20.0, 5.5])
    starts_met, ends_met = meeting_ends(rows, x0, x1)
    # 0 hands over to 1 at 10.5 (2 starts then too, in another row); 1 to the bar of no
    # length 3 at 20; 4, of no length, meets nothing, not even itself
    assert starts_met.tolist() == [False, True, False, True, False]
    assert ends_met.tolist() == [True, True, False, False, False]


def test_a_point_known_to_a_decade_keeps_its_whole_decade_in_its_row():
    """A marker dated "195X" has a whisker over 1950-1959 under it; a point of that decade
    in its row put its marker on that whisker, which then read as either's (a new user's
    finding). Such a point holds its whole period in its row, as does one with an end
    (its light bar); points outside it still share the row."""
    recs = [
        record("decade", "195X", lane="a"),
        record("precise", "1952-06-01", lane="a"),
        record("year", "1957", lane="a"),
        record("month", "1957-03", lane="a"),
        record("next", "1961", lane="a"),
        record("week", "1970-01-01", kind="session", lane="b", end="1970-01-07"),
        record("inside", "1970-01-04", lane="b"),
        record("after", "1970-01-08", lane="b"),
    ]
    layout = compute_layout(load_document(_doc(recs), "t").dataset)
    row = {rid: int(layout.row[i]) for i, rid in enumerate(layout.ids)}
    assert row["decade"] not in (row["precise"], row["year"], row["month"])
    assert row["year"] != row["month"]  # 1957 holds its March
    assert row["next"] == row["decade"]  # 1961 is past the decade's whisker
    assert row["week"] != row["inside"] and row["after"] == row["week"]
    # The markers stay at their dates' centres.
    x0 = {rid: float(layout.x0_days[i]) for i, rid in enumerate(layout.ids)}
    assert x0["decade"] == (days_from_civil(1950, 1, 1) + days_from_civil(1960, 1, 1)) / 2


def test_a_bar_known_by_its_end_alone_spans_its_ends_period_up_to_its_centre():
    """An event whose start is unknown and whose end is "1930" was a sliver at mid-1930,
    which read as an exact date (a trial); a presidency of the same dates was drawn from
    1 January 1930 to the year's centre. Both are now drawn so."""
    dataset = loaded_dataset(
        [
            dict(record("e", None, end="1930"), start=None),
            dict(record("p", None, kind="presidency", end="1930"), start=None),
        ]
    )
    layout = compute_layout(dataset)
    first = days_from_civil(1930, 1, 1)
    centre = (first + days_from_civil(1931, 1, 1)) / 2
    for rid in ("e", "p"):
        i = layout.index_of(rid)
        assert i is not None
        assert layout.x0_days[i] == first and layout.x1_days[i] == centre
