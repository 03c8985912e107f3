import numpy as np

from tests.conftest import MINI
from viewer.core.loading import load_file
from viewer.graphics.legend import entries, present_signatures, shown_labels


def _labels(records):
    return shown_labels(present_signatures([r for r in records if r.lane]))


def test_bundled_legend_lists_every_style_in_use(bundled):
    # every entry but those of the generic kinds, which it has none of
    unused = {"Era", "Event", "Start unknown: drawn dashed over its end's date"}
    assert _labels(bundled.dataset.records) == [e.label for e in entries() if e.label not in unused]


def test_legend_leaves_out_styles_not_in_the_data():
    labels = _labels(load_file(MINI).dataset.records)
    assert "Not officially recognised" not in labels and "Secretary General" not in labels
    assert {"Session", "Date inferred", "Acting", "Flag handover: host → next host"} <= set(labels)


def test_a_file_of_events_has_them_in_its_legend():
    # A second trial's generated file: its event bars had no legend entry, and above
    # 50,000 records the legend listed INTERPOL's entries instead of the looks drawn
    from tests.documents import document, record
    from viewer.core.loading import load_document

    doc = document([record("a", "1990", end="1995"), record("b", "2000")])
    assert "Event" in _labels(load_document(doc, "e.json").dataset.records)


def test_a_term_with_an_inferred_date_is_hollow_and_named_in_the_legend(qapp, bundled):
    # A trial: Lourenço's and Louwage's bars, whose years are inferred, looked like terms
    # a source dates; only sessions had a "Date inferred" look
    import numpy as np

    from viewer.graphics.looks import look_of
    from viewer.graphics.style import Style

    style = Style()
    dataset = bundled.dataset
    background = style.color("background")
    for record_id in ("president-9", "president-10", "president-12"):  # both, end, start
        record = dataset.get(record_id)
        assert look_of(record, style).fill == background, record_id
        position = dataset.position_of(record_id)
        stand_in = dataset.columns.look_stand_in(dataset.columns.look_key(position))
        assert look_of(stand_in, style) == look_of(record, style), record_id
    plain = dataset.get("president-11")  # Jackson: dates a source states
    assert look_of(plain, style).fill != background
    # Lourenço alone (only his end inferred): the legend learns the look from the columns
    only = np.array([dataset.position_of("president-10")], dtype=np.intp)
    stand_ins = dataset.columns.look_stand_ins(only)
    assert shown_labels(present_signatures(stand_ins)) == ["Term's dates inferred"]
    assert "Term's dates inferred" in _labels(dataset.records)


def test_a_term_hollow_and_dashed_has_both_its_entries(qapp, bundled):
    """Jarva's term (start inferred, end unknown) is drawn hollow and dashed; a figure of
    his term alone listed only "Start or end unknown", not what the hollow bar means (a
    new user's finding)."""
    import numpy as np

    from viewer.graphics.looks import look_of
    from viewer.graphics.style import Style

    dataset = bundled.dataset
    jarva = dataset.get("president-12")
    look = look_of(jarva, Style())
    assert look.dashed and look.fill == Style().color("background")
    expected = ["Start or end unknown", "Term's dates inferred"]
    assert _labels([jarva]) == expected
    only = np.array([dataset.position_of("president-12")], dtype=np.intp)
    assert shown_labels(present_signatures(dataset.columns.look_stand_ins(only))) == expected


def test_an_events_swatch_shows_the_forms_its_records_are_drawn_in():
    """Events of one day are drawn as markers, longer ones as bars; the legend's "Event"
    swatch was a box either way (a new user's finding)."""
    from tests.documents import document, record
    from viewer.core.loading import load_document
    from viewer.graphics.legend import swatch_forms

    (event,) = [e for e in entries() if e.signature == ("event", "")]

    def forms(records):
        dataset = load_document(document(records), "e.json").dataset
        present = present_signatures(list(dataset.records))
        stand_ins = dataset.columns.look_stand_ins(np.arange(len(dataset.records)))
        assert swatch_forms(event, present_signatures(stand_ins)) == swatch_forms(event, present)
        return swatch_forms(event, present)

    day, span = record("d", "1990-05-01"), record("s", "1990", end="1995")
    assert forms([day]) == ("point",)
    assert forms([span]) == ("bar",)
    assert forms([day, span]) == ("point", "bar")
    assert swatch_forms(event, None) == ("bar",)


def test_a_point_dated_to_its_decade_brings_the_whiskers_entry():
    """The line under a marker dated "195X" was explained nowhere (the third trial): the
    legend has an entry for it where such a point is drawn, from records or from the
    columns' stand-ins alike, and none in a file of exact days."""
    from tests.documents import document, record
    from viewer.core.loading import load_document

    whisker = entries()[-1].label
    assert whisker.startswith("Date known to its month, year, decade or century")
    vague = load_document(document([record("a", "195X"), record("b", "1955-07-02")]), "v.json")
    exact = load_document(
        document([record("a", "1950-01-02"), record("b", "1955-07-02")]), "e.json"
    )
    assert whisker in _labels(vague.dataset.records)
    assert whisker not in _labels(exact.dataset.records)
    for result, shown in ((vague, True), (exact, False)):
        cols = result.dataset.columns
        stand_ins = cols.look_stand_ins(np.arange(len(cols), dtype=np.intp))
        assert (whisker in shown_labels(present_signatures(stand_ins))) == shown
    # A span of a year has no whisker: it is drawn as a bar
    span = load_document(document([record("a", "1950", end="1951")]), "s.json")
    assert whisker not in _labels(span.dataset.records)


def test_a_bar_known_by_its_end_alone_is_dashed_and_named(qapp):
    """An event with an end and no start ("../1930", or an empty start cell) was drawn as
    a plain bar over 1930: it read as a short event of that year (last session's note).
    It is dashed, in the window (the look made from the columns) as in a file (from the
    record), and the legend names the look; a bar with both dates is neither."""
    from tests.documents import document, record
    from viewer.core.loading import load_document
    from viewer.graphics import style
    from viewer.graphics.looks import look_of

    words = "Start unknown: drawn dashed over its end's date"
    dataset = load_document(
        document(
            [dict(record("u", None, end="1930"), start=None), record("k", "1920", end="1925")]
        ),
        "u.json",
    ).dataset
    cols = dataset.columns
    unknown, known = dataset.position_of("u"), dataset.position_of("k")
    for position, dashed in ((unknown, True), (known, False)):
        assert look_of(dataset.records[position], style.style_for("light")).dashed == dashed
        stand_in = cols.look_stand_in(cols.look_key(position))
        assert look_of(stand_in, style.style_for("light")).dashed == dashed
    assert words in _labels(dataset.records)
    stand_ins = cols.look_stand_ins(np.arange(len(cols), dtype=np.intp))
    assert words in shown_labels(present_signatures(stand_ins))
    only_known = [dataset.records[known]]
    assert words not in _labels(only_known)
    assert words not in shown_labels(present_signatures(cols.look_stand_ins(np.array([known]))))
