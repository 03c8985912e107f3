"""Text from files made safe to show: direction overrides visible, invisible id characters
reported at load time."""

import json

from tests.documents import document
from viewer.core.display_text import (
    BIDI_CONTROLS,
    invisible_in,
    mark,
    shown_text,
)
from viewer.core.importers import load_any


def test_a_right_to_left_override_cannot_turn_evil_into_live():
    shown = shown_text("\u202elive")
    assert shown == "⟦U+202E⟧live"
    assert not set(shown) & BIDI_CONTROLS


def test_every_override_and_isolate_is_neutralised():
    controls = "".join(chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
    shown = shown_text(f"a{controls}b")
    assert not set(shown) & BIDI_CONTROLS
    assert shown == "a" + "".join(mark(c) for c in controls) + "b"


def test_ordinary_and_right_to_left_text_is_unchanged():
    for text in ("Marrakech", "<b>bold</b>", "مراكش", "עברית", "", "a\u200fb"):
        assert shown_text(text) == text


def test_invisible_characters_are_named():
    assert invisible_in("session-1\u200b") == ["U+200B ZERO WIDTH SPACE"]
    assert invisible_in("a\ufeffb\u200db\u200d") == [
        "U+FEFF ZERO WIDTH NO-BREAK SPACE",
        "U+200D ZERO WIDTH JOINER",
    ]
    assert invisible_in("session-1") == []


def test_zero_width_characters_in_ids_are_a_load_warning(tmp_path):
    path = tmp_path / "ids.csv"
    path.write_text(
        "id,title,start\ne1,One,1990\ne1\u200b,Two,1991\ne\u2060x,Three,1992\n", encoding="utf-8"
    )
    result = load_any(path)
    assert len(result.dataset.records) == 3  # the records still load
    warnings = [p for p in result.problems if p.field == "id"]
    assert [p.record_id for p in warnings] == ["e1\u200b", "e\u2060x"]
    assert all(p.severity == "warning" for p in warnings)
    assert "U+200B ZERO WIDTH SPACE" in warnings[0].message
    assert "looks like 'e1'" in warnings[0].message
    assert "⟦U+200B⟧" in warnings[0].message  # the message itself shows where


def test_zero_width_ids_are_reported_in_vis_timeline_too(tmp_path):
    path = tmp_path / "vis.json"
    path.write_text(
        json.dumps(
            [
                {"id": "x\u200d1", "content": "One", "start": "1990-01-01"},
                {"id": "x2", "content": "Two", "start": "1991-01-01"},
            ]
        ),
        encoding="utf-8",
    )
    result = load_any(path)
    assert [p.record_id for p in result.problems if p.field == "id"] == ["x\u200d1"]


def test_our_format_refuses_such_ids_outright(tmp_path):
    doc = document(
        [
            {
                "id": i,
                "kind": "event",
                "lane": "a",
                "title": "T",
                "start": "1990",
                "sources": ["https://example.org/"],
            }
            for i in ("e1", "e2\u200b")
        ]
    )
    path = tmp_path / "ids.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = load_any(path)
    assert [r.id for r in result.dataset.records] == ["e1"]
    assert [(p.severity, p.field) for p in result.problems] == [("error", "id")]


def test_clean_ids_give_no_warning(tmp_path):
    path = tmp_path / "ids.csv"
    path.write_text("id,title,start\ne1,One,1990\ne2,Two,1991\n", encoding="utf-8")
    assert not [p for p in load_any(path).problems if p.field == "id"]


def test_drawn_text_is_cut_to_what_can_be_shown():
    from viewer.core.display_text import DRAWN_CHARS_MAX, drawn_text

    assert drawn_text("short \u202e") == "short " + shown_text("\u202e")
    cut = drawn_text("x" * 10_000_000)
    assert len(cut) == DRAWN_CHARS_MAX and cut.endswith("\u2026")


def test_a_line_break_is_drawn_as_a_space():
    # A title with a line break was a label of two lines, and "Linebreak" in a footnote
    from viewer.core.display_text import drawn_text

    assert drawn_text("Line\nbreak") == "Line break"
    assert drawn_text("a\r\nb\u2028c\rd") == "a b c d"


def test_a_joiner_inside_an_emoji_is_not_invisible():
    # A trial's family emoji id was warned about as holding an invisible character
    for emoji in ("👨\u200d👩\u200d👧", "❤\ufe0f\u200d🔥", "👍🏽\u200d👩"):
        assert invisible_in(emoji) == [], emoji
    for hidden in ("a\u200db", "\u200d👩", "👨\u200d", "👨\u200d\u200d👩"):
        assert invisible_in(hidden) == ["U+200D ZERO WIDTH JOINER"], hidden


def test_ids_that_look_the_same_are_a_load_warning(tmp_path):
    # A trial: "café" with one accented letter and with a combining accent, "Å" and the
    # Ångström sign, loaded as two records each without a word
    path = tmp_path / "ids.csv"
    ids = ["café", "cafe\u0301", "\u00c5", "\u212b", "ﬁle", "file", "naïve", "Straße", "STRASSE"]
    rows = "".join(f"{rid},T{i},1990\n" for i, rid in enumerate(ids))
    path.write_text("id,title,start\n" + rows, encoding="utf-8")
    result = load_any(path)
    assert len(result.dataset.records) == len(ids)  # the records still load
    warned = {p.record_id: p.message for p in result.problems if p.field == "id"}
    assert set(warned) == {"cafe\u0301", "\u212b", "ﬁle"}
    # Each id with the characters that tell them apart as marks, the other with its line
    # (they printed alike: "id 'café' looks the same as id 'café'", a second trial).
    assert warned["cafe\u0301"].startswith(
        "id 'cafe⟦U+0301⟧' looks the same as id 'caf⟦U+00E9⟧' at line 2 but"
    )
    assert "U+0301" in warned["cafe\u0301"] and "U+00E9" in warned["cafe\u0301"]
    assert "id '⟦U+FB01⟧le' looks the same as id 'file' at line 7" in warned["ﬁle"]
    # Each warning names its record's line (a trial had to search the file for the id).
    lines = {p.record_id: p.location for p in result.problems if p.field == "id"}
    assert lines == {"cafe\u0301": "line 3", "\u212b": "line 5", "ﬁle": "line 6"}


def test_an_invisible_id_in_a_parquet_table_is_named_by_its_row(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    ids = ["a", "b\u200bc", "d"]
    path = tmp_path / "ids.parquet"
    pq.write_table(pa.table({"id": ids, "title": ids, "start": ["1990"] * 3}), path)
    result = load_any(path)
    assert len(result.dataset.records) == 3
    (warning,) = (p for p in result.problems if p.field == "id")
    assert (warning.record_id, warning.location) == ("b\u200bc", "row 2")
    assert "U+200B ZERO WIDTH SPACE" in warning.message


def test_natural_keys_sort_accented_names_among_their_letters():
    # A trial's table put Évian and Århus after Zürich
    from viewer.core.display_text import natural_keys

    names = ["Zürich", "Évian", "apple", "Århus", "élan 10", "élan 9", "Bern"]
    keys = natural_keys(names)
    assert sorted(names, key=lambda n: keys[names.index(n)]) == [
        "apple",
        "Århus",
        "Bern",
        "élan 9",
        "élan 10",
        "Évian",
        "Zürich",
    ]
