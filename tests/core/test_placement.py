"""Label placement (viewer.core.placement): no collisions, forms, sides, priority."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.placement import (
    ELLIPSIS,
    MIN_ELIDED_LETTERS,
    LabelForms,
    PlacedLabel,
    elide,
    noted,
    overlaps,
    place_labels,
    unnoted,
)

CHAR_PX = 7.0


def measure(_k: int, text: str) -> float:
    return CHAR_PX * len(text)


def test_label_right_of_a_point_when_there_is_room() -> None:
    placed = place_labels(
        [0], [100], [110], lambda k: LabelForms(("93 Marrakech", "93")), measure, 0, 1000
    )
    assert [(p.text, p.where) for p in placed] == [("93 Marrakech", "right")]
    assert placed[0].x_px >= 110


def test_label_at_the_right_edge_goes_left_instead_of_being_cut() -> None:
    placed = place_labels(
        [0], [950], [960], lambda k: LabelForms(("Rock & Roll 5 < 6",)), measure, 0, 1000
    )
    assert len(placed) == 1 and placed[0].where == "left"
    assert placed[0].text == "Rock & Roll 5 < 6" and placed[0].x1_px <= 950


def test_inside_a_bar_when_it_fits_else_beside() -> None:
    forms = lambda k: LabelForms(("Jean Népote",))  # noqa: E731
    wide = place_labels([0], [0], [200], forms, measure, 0, 1000, inside=[True])
    assert wide[0].where == "inside" and 0 < wide[0].x_px and wide[0].x1_px < 200
    narrow = place_labels([0], [0], [30], forms, measure, 0, 1000, inside=[True])
    assert narrow[0].where == "right"


def test_a_bar_without_room_takes_its_short_name_in_the_row_under_it() -> None:
    """Terms side by side, too short for a name: "Lour…" was cut inside its bar while the
    row under it was empty (a new user's finding). A bar allowed ``under`` takes its
    shortest whole form there, from its left edge, before any label is cut; not over an
    item of that row, nor a word space from another label."""
    forms = lambda k: LabelForms(("Florent E. Louwage", "Louwage"), " [6]", elide=True)  # noqa: E731
    rows, x0, x1 = [0, 0, 0], [100, 175, 250], [175, 250, 325]
    plain = place_labels(rows, x0, x1, forms, measure, 0, 1000, inside=[True] * 3)
    assert [p.text for p in plain if p.item == 1] == ["Louwage"]  # whole, without its mark
    placed = place_labels(
        rows, x0, x1, forms, measure, 0, 1000, inside=[True] * 3, under=[False, True, False]
    )
    (named,) = [p for p in placed if p.item == 1]
    assert (named.text, named.where, named.row_offset, named.x_px) == (
        "Louwage [6]",
        "under",
        1,
        175,
    )
    assert overlaps(placed, rows, x0, x1) == []
    # An item in the row under it, where the name would go: cut in its own row again
    busy = place_labels(
        [0, 0, 0, 1],
        x0 + [180],
        x1 + [190],
        forms,
        measure,
        0,
        1000,
        inside=[True] * 4,
        under=[False, True, False, False],
    )
    assert not [p for p in busy if p.item == 1 and p.where == "under"]


def test_a_mark_alone_where_no_cut_name_fits_and_a_whole_name_before_a_mark() -> None:
    """A bar too short for "Lour… [7]" drew "Lour…", which named no one a reader could
    find: with a footnote mark, the mark alone goes where a cut name would ("[7]" inside
    the bar; its note names the item). Without one, or where the caller does not allow
    it, the stub stays (the window; an export whose numbers would need a digit more). A whole
    name that fits only without its mark is drawn unnumbered before any is cut."""

    def middle(width: float, note: str, alone: bool = True) -> list[PlacedLabel]:
        # Three bars side by side, the middle one *width* px wide and alone labelled
        name = LabelForms(("Agostinho Lourenço", "Lourenço"), note, elide=True, alone=alone)
        forms = lambda k: name if k == 1 else None  # noqa: E731
        x0, x1 = [0, 100, 100 + width], [100, 100 + width, 300 + width]
        return place_labels([0] * 3, x0, x1, forms, measure, 0, 1000, inside=[True] * 3)

    (alone,) = middle(50, " [7]")
    assert (alone.text, alone.where, alone.item) == ("[7]", "inside", 1)
    assert 100 < alone.x_px and alone.x1_px < 150
    (stub,) = middle(50, "")  # the window
    assert stub.text.endswith(ELLIPSIS) and stub.where == "inside"
    assert middle(50, " [7]", alone=False) == []  # the export draws it later, unnumbered
    # 74 px: "Lourenço" (56 px) fits inside, "Lourenço [7]" (84 px) does not
    assert [p.text for p in middle(74, " [7]")] == ["Lourenço"]
    assert noted("", " [7]") == "[7]" and unnoted("[7]", " [7]") == ""


def test_shorter_form_when_the_whole_one_has_no_room() -> None:
    # Two markers 40 px apart: "93 Marrakech" (84 px) cannot sit between them.
    placed = place_labels(
        [0, 0],
        [100, 140],
        [110, 150],
        lambda k: LabelForms(("93 Marrakech", "93")) if k == 0 else None,
        measure,
        50,
        150,
    )
    assert [p.text for p in placed] == ["93"]


def test_never_cut_below_four_letters() -> None:
    forms = lambda k: LabelForms(("Ahmed Naser Al-Raisi", "Al-Raisi"), elide=True)  # noqa: E731
    # 44 px of room (a gap after the marker, two before the next): "Al-Ra…" (42 px)
    # but not the short name (56 px).
    placed = place_labels(
        [0, 0], [0, 63], [10, 73], lambda k: forms(k) if k == 0 else None, measure, 0, 73
    )
    assert [p.text for p in placed] == ["Al-Ra" + ELLIPSIS]
    room = place_labels(
        [0, 0], [0, 28], [10, 38], lambda k: forms(k) if k == 0 else None, measure, 0, 38
    )
    assert room == []  # only "Al…" would fit: nothing is drawn


def test_elide_keeps_four_letters_and_the_note() -> None:
    m = lambda t: CHAR_PX * len(t)  # noqa: E731
    assert elide("Raymond Kendall", 7 * 9, m, " [3]") == "Raym" + ELLIPSIS + " [3]"
    assert elide("Raymond Kendall", 7 * 8, m, " [3]") is None
    assert elide("L. K", 1000, m) is None  # a form that cannot keep four letters


def test_elide_never_cuts_inside_a_number() -> None:
    """ "No sessions, 1939-19… [2]" read as a range of other years (a second trial)."""
    m = lambda t: CHAR_PX * len(t)  # noqa: E731
    room = CHAR_PX * len("No sessions, 1939-19… [2]")
    assert (
        elide("No sessions, 1939-1945", room, m, " [2]") == "No sessions, 1939-" + ELLIPSIS + " [2]"
    )
    assert elide("Session 12345", CHAR_PX * len("Session 123…"), m) == "Session" + ELLIPSIS
    assert elide("123456789", CHAR_PX * 6, m) is None  # no cut outside the number


def test_priority_decides_who_gets_the_room() -> None:
    # Both labels want the gap between the two markers; only one fits.
    forms = lambda k: LabelForms(("abcdefghi",))  # noqa: E731
    x0, x1 = [100, 230], [110, 240]
    default = place_labels([0, 0], x0, x1, forms, measure, 95, 245)
    assert [(p.item, p.where) for p in default] == [(0, "right")]
    swapped = place_labels([0, 0], x0, x1, forms, measure, 95, 245, priority=[1, 0])
    assert [(p.item, p.where) for p in swapped] == [(1, "left")]


def test_a_label_left_of_its_item_never_follows_an_unlabelled_one_closely() -> None:
    """Selected, the 18th session's label went left of its marker, just after the 17th's
    marker, which had none: "● 18 ◉" read as the 17th's (a new user's finding). Such a
    label is placed again off its item's left; here the 17th's label takes the room."""
    forms = lambda k: LabelForms((str(17 + k),))  # noqa: E731
    x0, x1 = [100, 150, 175], [110, 160, 185]  # 17, 18 (selected), 19
    placed = place_labels([0, 0, 0], x0, x1, forms, measure, 95, 190, priority=[1, 0, 1])
    assert ("18", "left") not in {(p.text, p.where) for p in placed}
    assert ("17", "right") in {(p.text, p.where) for p in placed}
    # Far enough after the unlabelled item, a label left of its own stays there
    far = place_labels([0, 0, 0], [20, 150, 175], [30, 160, 185], forms, measure, 0, 190)
    assert ("18", "left") in {(p.text, p.where) for p in far}


def test_labels_in_different_rows_do_not_interfere() -> None:
    forms = lambda k: LabelForms(("a long label here",))  # noqa: E731
    placed = place_labels([0, 1], [100, 100], [110, 110], forms, measure, 0, 1000)
    assert len(placed) == 2


def test_centred_inside_an_arrow() -> None:
    placed = place_labels(
        [0],
        [0],
        [300],
        lambda k: LabelForms(("→ Hong Kong",)),
        measure,
        0,
        1000,
        inside=[True],
        beside=[False],
        centre=[True],
    )
    assert placed[0].where == "inside"
    assert abs((placed[0].x_px + placed[0].x1_px) / 2 - 150) < 1


def test_a_small_pan_keeps_the_same_labels() -> None:
    rng = np.random.default_rng(3)
    x0 = np.sort(rng.uniform(0, 2000, 200))
    x1 = x0 + 10
    rows = rng.integers(0, 3, 200)
    forms = lambda k: LabelForms((f"Label number {k}", f"{k}"))  # noqa: E731
    a = place_labels(rows, x0, x1, forms, measure, 500, 1500)
    b = place_labels(rows, x0 + 2, x1 + 2, forms, measure, 500, 1500)
    kept_a = {(p.item, p.text) for p in a if 600 < p.x_px < 1400}
    kept_b = {(p.item, p.text) for p in b if 600 < p.x_px < 1400}
    assert len(kept_a ^ kept_b) <= 2


@st.composite
def scenes(draw: st.DrawFn) -> tuple[list[int], list[float], list[float], list[bool], list[str]]:
    n = draw(st.integers(1, 40))
    rows, x0, x1, inside, texts = [], [], [], [], []
    for _ in range(n):
        r = draw(st.integers(0, 3))
        a = draw(st.floats(-100, 1100, allow_nan=False))
        span = draw(st.booleans())
        w = draw(st.floats(1, 400)) if span else 11.0
        rows.append(r)
        x0.append(a)
        x1.append(a + w)
        inside.append(span)
        texts.append(draw(st.text("ab cdéfgh→", min_size=1, max_size=24)))
    return rows, x0, x1, inside, texts


@settings(max_examples=300, deadline=None)
@given(scenes(), st.floats(0, 400), st.floats(500, 1000))
def test_no_label_overlaps_anything_but_its_own_item(scene, left: float, right: float) -> None:
    rows, x0, x1, inside, texts = scene
    forms = lambda k: LabelForms((texts[k], texts[k][:3]), " [1]", elide=True, alone=True)  # noqa: E731
    placed = place_labels(rows, x0, x1, forms, measure, left, right, inside=inside, under=inside)
    assert overlaps(placed, rows, x0, x1) == []
    for p in placed:
        assert left <= p.x_px and p.x1_px <= right
        assert abs(p.width_px - measure(p.item, p.text)) < 1e-9
        if p.where == "inside":
            assert x0[p.item] <= p.x_px and p.x1_px <= x1[p.item]
        # Whole forms with the mark or without it, or the mark alone
        whole = {texts[p.item], texts[p.item][:3], "[1]"}
        whole |= {text + " [1]" for text in whole}
        if p.text not in whole:
            kept = p.text.split(ELLIPSIS)[0]
            assert sum(c.isalnum() for c in kept) >= MIN_ELIDED_LETTERS
    assert len({p.item for p in placed}) == len(placed)


def test_a_footnote_mark_stays_after_a_title_ending_in_arabic():
    # A second new user saw "Cairo [4] القاهرة": the mark's digits joined the Arabic run
    from viewer.core.placement import elide, noted

    assert noted("Cairo القاهرة", " [4]") == "Cairo القاهرة\u200e [4]"
    assert noted("Cairo", " [4]") == "Cairo [4]"
    assert noted("القاهرة", "") == "القاهرة"
    cut = elide("Cairo القاهرة الكبرى عاصمة", 200.0, lambda t: 10.0 * len(t), " [4]")
    assert cut is not None and cut.endswith("…\u200e [4]")


def test_a_footnote_mark_goes_left_of_an_arabic_title_a_space_apart():
    # A trial saw "[1]مؤتمر القاهرة الدولي": the mark touched the title, its space on the
    # far side; the SVG drew it "]1[". A second trial: set before the title as a line of
    # its own direction, the mark turned "مؤتمر ICPO-Interpol الدولي" around. The title
    # keeps its own direction; the mark is a left-to-right run after it.
    from viewer.core.placement import elide, noted, unnoted

    assert noted("مؤتمر القاهرة", " [4]") == "مؤتمر القاهرة\u200f \u200e[4]\u200e"
    cut = elide("القاهرة الكبرى عاصمة", 200.0, lambda t: 10.0 * len(t), " [4]")
    assert cut is not None and cut.startswith("القاهرة") and cut.endswith("…\u200f \u200e[4]\u200e")
    for text in ("مؤتمر القاهرة", "Cairo القاهرة", "Rome", "«القاهرة»", "مؤتمر ICPO الدولي"):
        assert unnoted(noted(text, " [12]"), " [12]") == text
    assert unnoted("Rome", " [12]") == "Rome"


def test_a_short_label_that_fits_is_placed_before_a_long_one_is_cut() -> None:
    # A marker, then a bar whose long title would be cut to fill the room left of it: the
    # marker keeps its whole label, the bar's cut label takes what is left, clear of it.
    forms = {
        0: LabelForms(("Good one",), elide=True),
        1: LabelForms(("A very long title that goes on and on",), elide=True),
    }
    x0, x1 = [100, 400], [110, 460]
    placed = place_labels([0, 0], x0, x1, forms.get, measure, 0, 470)
    by_item = {p.item: p for p in placed}
    assert by_item[0].text == "Good one" and by_item[0].where == "right"
    assert by_item[1].where == "left" and by_item[1].text.endswith(ELLIPSIS)
    assert by_item[1].x_px - by_item[0].x1_px >= 9  # clear of the marker's label


def test_a_label_left_of_its_item_keeps_clear_of_the_item_before() -> None:
    # The second marker's label has no room on its right (the plot's edge): on its left,
    # the whole form would begin 3 px after the first marker and read as that marker's;
    # the short form keeps 9 px clear of it.
    forms = lambda k: LabelForms(("abcdefghij", "abc")) if k == 1 else None  # noqa: E731
    placed = place_labels([0, 0], [0, 86], [10, 96], forms, measure, 0, 96)
    assert [(p.text, p.where) for p in placed] == [("abc", "left")]
    assert placed[0].x_px - 10 >= 9
    # On the right, a gap before the next marker is not enough: "84" there read as
    # marker 85's name (a new user's narrow PDF). Twice the gap is.
    forms_right = lambda k: LabelForms(("abcdefghij",)) if k == 0 else None  # noqa: E731
    close = place_labels([0, 0], [0, 86], [10, 96], forms_right, measure, 0, 96)
    assert [(p.text, p.where) for p in close] == []
    right = place_labels([0, 0], [0, 89], [10, 99], forms_right, measure, 0, 99)
    assert [(p.text, p.where) for p in right] == [("abcdefghij", "right")]


def test_a_label_right_of_its_item_keeps_clear_of_the_next_label() -> None:
    # B's label (placed first) sits left of B; A's label right of A would end 8 px before
    # it, and the two would read as one name: A's is not drawn.
    forms = lambda k: LabelForms(("aaaa",) if k == 0 else ("bb",))  # noqa: E731
    placed = place_labels([0, 0], [0, 66], [10, 76], forms, measure, 0, 76, priority=[1, 0])
    assert [(p.item, p.where) for p in placed] == [(1, "left")]
    roomy = place_labels([0, 0], [0, 80], [10, 90], forms, measure, 0, 90, priority=[1, 0])
    assert sorted((p.item, p.where) for p in roomy) == [(0, "right"), (1, "left")]


def test_a_cut_label_goes_inside_its_bar_when_it_fits_there() -> None:
    forms = lambda k: LabelForms(("Organisation with a very long official name " * 2,), elide=True)  # noqa: E731
    placed = place_labels([0], [0], [100], forms, measure, 0, 400, inside=[True])
    assert [p.where for p in placed] == ["inside"] and placed[0].text.endswith(ELLIPSIS)


def test_a_label_inside_the_next_bar_needs_no_more_than_the_gap() -> None:
    # The bar's edge stands between them: A's label may end 3 px before the bar.
    forms = {0: LabelForms(("aaaa",)), 1: LabelForms(("Bb",))}
    placed = place_labels(
        [0, 0],
        [0, 44],
        [10, 200],
        forms.get,
        measure,
        0,
        200,
        inside=[False, True],
        priority=[1, 0],
    )
    assert sorted((p.item, p.where) for p in placed) == [(0, "right"), (1, "inside")]


def test_a_backdrop_gets_a_label_but_stops_none() -> None:
    # A band (not an obstacle) under a marker: the marker's label crosses the band; the
    # band's own label goes inside the band, clear of the marker and its label.
    forms = {0: LabelForms(("marker",)), 1: LabelForms(("Between the wars",))}
    placed = place_labels(
        [0, 0],
        [300, 90],
        [310, 400],
        forms.get,
        measure,
        0,
        500,
        inside=[False, True],
        priority=[0, 1],
        obstacle=[True, False],
    )
    by_item = {p.item: p for p in placed}
    assert by_item[0].where == "right" and by_item[0].x_px < 400  # over the band
    assert by_item[1].where == "inside" and by_item[1].x1_px < 300  # clear of the marker


def test_backdrops_alone_and_without_priorities_are_placed() -> None:
    forms = lambda k: LabelForms((f"era{k}",))  # noqa: E731
    placed = place_labels(
        [0, 1],
        [0, 0],
        [200, 200],
        forms,
        measure,
        0,
        400,
        inside=[True, True],
        obstacle=[False, False],
    )
    assert sorted(p.item for p in placed) == [0, 1]
    mixed = place_labels(
        [0, 0, 0],
        [0, 300, 50],
        [10, 310, 250],
        forms,
        measure,
        0,
        400,
        inside=[False, False, True],
        obstacle=[True, True, False],
    )
    assert sorted(p.item for p in mixed) == [0, 1, 2]


def test_a_wide_band_is_named_further_in_when_its_left_is_taken() -> None:
    # A marker and its label sit at the band's left: the band's name goes after them.
    forms = {0: LabelForms(("14",)), 1: LabelForms(("No sessions, 1939-1945",))}
    placed = place_labels(
        [0, 0],
        [95, 100],
        [105, 600],
        forms.get,
        measure,
        0,
        700,
        inside=[False, True],
        priority=[0, 1],
        obstacle=[True, False],
    )
    by_item = {p.item: p for p in placed}
    assert by_item[1].where == "inside" and by_item[1].x_px >= by_item[0].x1_px + 3


def test_a_band_is_named_in_a_lower_row_when_its_first_row_is_full() -> None:
    # A bar fills the band's first row from edge to edge; rows 1 and 2 are the band's too.
    forms = {0: LabelForms(("Permanent Court",)), 1: LabelForms(("Second World War",))}
    args = ([0, 0], [0, 200], [700, 400], forms.get, measure, 0, 700)
    kw = dict(inside=[True, True], priority=[0, 1], obstacle=[True, False])
    alone = place_labels(*args, **kw)
    assert [p.item for p in alone] == [0]  # no room in its own row
    lower = place_labels(*args, **kw, rows_below=[0, 2])
    band = {p.item: p for p in lower}[1]
    assert band.row_offset == 1 and band.where == "inside"
    assert band.text == "Second World War" and not overlaps(lower, [0, 0], args[1], args[2])


def test_a_lower_row_is_tried_only_as_far_as_the_band_reaches() -> None:
    # Row 1 holds a bar over the band too: with one row below, the band gets no label.
    forms = {k: LabelForms((text,)) for k, text in enumerate(("a" * 90, "b" * 90, "War"))}
    rows, x0, x1 = [0, 1, 0], [0, 0, 200], [700, 700, 400]
    kw = dict(inside=[True, True, True], priority=[0, 0, 1], obstacle=[True, True, False])
    one = place_labels(rows, x0, x1, forms.get, measure, 0, 700, **kw, rows_below=[0, 0, 1])
    assert sorted(p.item for p in one) == [0, 1]
    two = place_labels(rows, x0, x1, forms.get, measure, 0, 700, **kw, rows_below=[0, 0, 2])
    assert {p.item: p.row_offset for p in two}[2] == 2


def test_a_band_too_narrow_for_its_name_is_named_from_its_start_never_beside() -> None:
    # 10 px: no room inside even for a cut name ("Cong…" is 35 px)
    forms = {0: LabelForms(("Congress of Vienna",), elide=True), 1: LabelForms(("marker",))}
    kw = dict(inside=[True, False], beside=[False, True], obstacle=[False, True])
    # Nothing after the band: its name starts inside it and runs on.
    placed = place_labels([0, 0], [100, 600], [110, 610], forms.get, measure, 0, 800, **kw)
    assert 0 not in {p.item for p in placed}  # without overflow: neither inside nor beside
    placed = place_labels(
        [0, 0], [100, 600], [110, 610], forms.get, measure, 0, 800, overflow=[True, False], **kw
    )
    band = {p.item: p for p in placed}[0]
    assert band.where == "start" and band.x_px == 104  # the pad inside its start
    # A marker where the name would run: the name cut short of it (not beside the band).
    placed = place_labels(
        [0, 0], [100, 150], [110, 160], forms.get, measure, 0, 800, overflow=[True, False], **kw
    )
    band = {p.item: p for p in placed}[0]
    assert band.where == "start" and band.text.endswith("…") and band.x1_px <= 150 - 3


def test_a_band_wide_enough_for_a_cut_name_holds_it_inside() -> None:
    # Whole past its end, "Between the world wars" covered 1940-1960 and read as naming
    # them (a new user's 500 px export), however free that room was.
    forms = {0: LabelForms(("Between the world wars",), elide=True), 1: LabelForms(("x",))}
    kw = dict(inside=[True, False], beside=[False, True], obstacle=[False, True])
    kw |= dict(overflow=[True, False], priority=[1, 0])
    placed = place_labels([0, 0], [100, 700], [180, 710], forms.get, measure, 0, 800, **kw)
    assert {p.item: (p.where, p.text) for p in placed}[0] == ("inside", "Between t…")
    # Too narrow for a cut one, its name starts inside it, but never over another band.
    forms[2] = LabelForms(("Second World War",), elide=True)
    kw3 = dict(inside=[True, False, True], beside=[False, True, False])
    kw3 |= dict(obstacle=[False, True, False], overflow=[True, False, True], priority=[1, 0, 1])
    placed = place_labels(
        [0, 0, 0], [100, 700, 115], [110, 710, 300], forms.get, measure, 0, 800, **kw3
    )
    assert 0 not in {p.item for p in placed}


def test_a_label_beside_its_marker_does_not_lie_over_a_band_it_is_not_in() -> None:
    # "15 Brussels" left of its marker, over the years without a session just before it,
    # read as those years' name; the next marker leaves no room on the right for it whole.
    forms = {
        0: LabelForms(("15 Brussels", "15")),
        1: LabelForms(("16",)),
        2: LabelForms(("No sessions",)),
    }
    rows, x0, x1 = [0, 0, 0], [400, 445, 100], [410, 455, 395]
    kw = dict(inside=[False, False, True], priority=[0, 1, 2], obstacle=[True, True, False])
    placed = {p.item: p for p in place_labels(rows, x0, x1, forms.get, measure, 0, 800, **kw)}
    assert placed[0].text == "15" and placed[0].where == "right"
    # A marker inside the band may have its label over it.
    x0_in, x1_in = [300, 445, 100], [310, 455, 395]
    inside = place_labels(rows, x0_in, x1_in, forms.get, measure, 0, 800, **kw)
    assert {p.item: p.text for p in inside}[0] == "15 Brussels"
    # "88" right of its marker, over the year without a session after it, read as that
    # year's name too: it goes left of its marker.
    after = {0: LabelForms(("88",)), 2: LabelForms(("No session",))}
    placed = place_labels(
        [0, 0], [300, 312], [310, 500], after.get, measure, 0, 800,
        inside=[False, True], priority=[0, 2], obstacle=[True, False],
    )  # fmt: skip
    assert {p.item: p.where for p in placed}[0] == "left"
    # A marker just after the band touches it at its left edge: still not in it.
    touching = place_labels(
        rows, [395, 445, 100], [405, 455, 395], forms.get, measure, 0, 800, **kw
    )
    assert {p.item: p.text for p in touching}[0] == "15"


def test_two_lines_split_at_a_space_with_the_mark_on_the_second():
    from viewer.core.placement import two_lines

    def width(text):
        return 10.0 * len(text)

    assert two_lines("No sessions, 1939-1945", 140, width, " [2]") == (
        "No sessions,",
        "1939-1945 [2]",
    )
    assert two_lines("No sessions, 1939-1945", 100, width, " [2]") is None  # 13 letters
    assert two_lines("Unsplittable", 500, width) is None  # one word: nothing to split
    assert two_lines("a b c d", 30, width) == ("a b", "c d")


def test_no_label_starts_under_the_start_of_a_bar_whose_name_may_go_under_it() -> None:
    """Names go under short bars, from their left edge: a label of the row under them
    that began near a bar's left edge read as that bar's name ("Steinhäusl", left of his
    own bar, under Schober's: the second trial's finding). It starts elsewhere, or is
    cut, or is not drawn; and a name under a bar keeps away from an item of its row just
    before it ("Kaltenbrunner" right of Steinhäusl's bar read as his)."""
    forms = lambda k: LabelForms(("Steinhäusl",), elide=True) if k == 1 else None  # noqa: E731
    rows, x0, x1 = [0, 1], [220, 300], [290, 310]
    placed = place_labels(
        rows, x0, x1, forms, measure, 0, 320, inside=[True, True], under=[True, False]
    )
    assert all(abs(p.x_px - 220) > 24 for p in placed), placed
    alone = place_labels(rows, x0, x1, forms, measure, 0, 320, inside=[True, True])
    assert [(p.text, p.x_px) for p in alone] == [("Steinhäusl", 227)]
    # The name under a bar just after an item of the lower row is not written
    names = lambda k: LabelForms(("Kaltenbrunner",)) if k == 0 else None  # noqa: E731
    rows, x0, x1 = [0, 0, 1], [240, 280, 200], [280, 300, 215]
    near = place_labels(
        rows, x0, x1, names, measure, 235, 1000, inside=[True] * 3, under=[True, False, False]
    )
    assert not [p for p in near if p.where == "under"]
    far = place_labels(  # no room beside: the plot begins just before it
        rows,
        [240, 280, 150],
        [280, 300, 185],
        names,
        measure,
        235,
        1000,
        inside=[True] * 3,
        under=[True, False, False],
    )
    assert [p.where for p in far] == ["under"]
