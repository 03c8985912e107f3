"""The records table sorts by keys read from the dataset's columns, as it sorted by keys
read from each record."""

from pathlib import Path

import pytest

from tests.core.test_columns import _random_records
from tests.documents import document, record
from viewer.core import kinds
from viewer.core.display_text import natural_keys
from viewer.core.importers import load_any
from viewer.core.loading import load_document
from viewer.widgets.record_table import COLUMNS, RecordTableModel

ROOT = Path(__file__).resolve().parents[2]


def _reference_key(r, column, shown_text):
    """The key each record gave before the records were columns; text columns sort by the
    words the cell shows (a kind's and a status's name in the reader's language)."""
    if column == 2:
        return r.start.first_day if r.start else -(10**9)
    if column == 3:
        return 10**9 if r.open_end else (r.end.first_day if r.end else -(10**9))
    if column == 6:
        return len(r.sources)
    if column == 4:
        place = r.place_display if (r.place or kinds.kind(r.kind).place_unknown_mark) else ""
        return natural_keys([place])[0]
    if column == 0:
        return natural_keys([shown_text])[0]
    return shown_text.casefold()


@pytest.mark.parametrize("source", ["interpol", "random"])
def test_each_column_sorts_as_the_records_keys_do(qapp, source):
    if source == "interpol":
        dataset = load_any(ROOT / "data" / "interpol.json").dataset
    else:
        doc = document(_random_records(2, 300), lanes=[{"id": "a", "title": "A"}])
        dataset = load_document(doc, "t").dataset
    records = tuple(dataset.records)
    model = RecordTableModel()
    model.set_dataset(dataset)
    for column in range(len(COLUMNS)):
        model.sort(-1)  # file order: row i shows record i
        cells = [model.data(model.index(i, column)) for i in range(len(records))]
        model.sort(column)
        shown = [model.record_id(row) for row in range(model.rowCount())]
        order = sorted(
            range(len(records)), key=lambda i: _reference_key(records[i], column, cells[i])
        )  # stable
        expected = [records[i] for i in order]
        assert shown == [r.id for r in expected], COLUMNS[column]


def test_titles_sort_with_their_numbers_in_numeric_order(qapp):
    # A trial's table put the 7th session after the 79th: titles sorted as text
    titles = ["79th session", "Session 10", "7th session", "100th session", "session 9"]
    titles += ["80th session", "007th session, again", "a\x00 2", "a\x00 10"]
    doc = document([record(f"r{i}", title=title) for i, title in enumerate(titles)])
    model = RecordTableModel()
    model.set_dataset(load_document(doc, "t.json").dataset)
    model.sort(0)
    shown = [titles[int(model.record_id(row)[1:])] for row in range(model.rowCount())]
    assert shown == [
        "7th session",
        "007th session, again",
        "79th session",
        "80th session",
        "100th session",
        "a\x00 2",
        "a\x00 10",
        "session 9",
        "Session 10",
    ]


def test_a_title_of_megabytes_is_cut_in_its_cell(qapp):
    # The table measured and drew a 5 MB title in full: each click took 1.4-2.1 s
    from viewer.core.display_text import DRAWN_CHARS_MAX

    title = "x" * 5_000_000
    dataset = load_document(document([record("r", title=title)]), "t.json").dataset
    model = RecordTableModel()
    model.set_dataset(dataset)
    shown = model.data(model.index(0, 0))
    assert len(shown) == DRAWN_CHARS_MAX and shown.endswith("…")


def _shown_table(qtbot, dataset, width):
    """A records table *width* px wide, shown, filled with *dataset*."""
    from viewer.widgets.record_table import RecordTable

    table = RecordTable()
    qtbot.addWidget(table)
    table.resize(width, 300)
    table.set_dataset(dataset)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_a_long_title_leaves_room_for_the_other_columns(qtbot):
    # A second user's 5 MB title made the Title column fill the table: Kind, Start and
    # Place only showed after scrolling sideways
    dataset = load_document(
        document([record("a", title="Word " * 1_000_000), record("b")]), "t.json"
    ).dataset
    table = _shown_table(qtbot, dataset, 900)
    assert table.horizontalHeader().length() <= table.viewport().width()  # no scrolling
    for column in (1, 2):  # kind and start in view without scrolling
        assert table.columnViewportPosition(column) + table.columnWidth(column) <= (
            table.viewport().width()
        )


def test_the_spare_width_goes_to_the_titles_not_the_sources(qtbot):
    # In a small file's table the Sources column (a count) was the widest, titles cut
    dataset = load_document(
        document([record("a", title="A title of some length " * 3), record("b")]), "t.json"
    ).dataset
    table = _shown_table(qtbot, dataset, 1400)
    last = len(COLUMNS) - 1
    sources = table.columnWidth(last)
    needs = max(table.sizeHintForColumn(last), table.horizontalHeader().sectionSizeHint(last))
    assert sources <= needs + 2  # as wide as its header or count needs
    assert table.columnWidth(0) > 3 * sources
    assert abs(table.horizontalHeader().length() - table.viewport().width()) <= 1  # filled
    table.resize(1600, 300)  # a wider dock: the titles take that too
    qtbot.waitUntil(lambda: table.horizontalHeader().length() >= table.viewport().width() - 1)


def test_the_titles_narrow_again_with_the_view(qtbot):
    # The Title column kept the width of a wider table: Status and Sources were out of
    # view behind a scroll bar
    dataset = load_document(document([record("a", title="Short"), record("b")]), "t.json").dataset
    table = _shown_table(qtbot, dataset, 1600)
    table.resize(900, 300)
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width() + 1)
    table.setColumnWidth(0, 700)  # the user widens the titles: theirs to keep
    table.resize(1000, 300)
    qtbot.wait(10)
    assert table.columnWidth(0) == 700


def test_every_column_is_in_view_in_the_bundled_table(qtbot):
    # The bundled record's table at 1400 px hid Status and Sources behind a scroll bar
    from viewer.core.paths import BUNDLED_DATA
    from viewer.widgets.record_table import TITLE_MIN_PX

    table = _shown_table(qtbot, load_any(BUNDLED_DATA).dataset, 1390)
    assert table.horizontalHeader().length() <= table.viewport().width() + 1
    assert table.columnWidth(0) >= TITLE_MIN_PX


@pytest.mark.parametrize("width", [1390, 1150])
def test_every_column_is_in_view_in_spanish_too(qtbot, width):
    # A trial: in Spanish (longer kinds, dates and statuses) the Sources column showed
    # "Fu" behind a scroll bar while Estado stood 240 px wide
    from viewer.app import language
    from viewer.core.paths import BUNDLED_DATA
    from viewer.widgets.record_table import TITLE_MIN_PX

    language.install("es")
    try:
        table = _shown_table(qtbot, load_any(BUNDLED_DATA).dataset, width)
        assert table.horizontalHeader().length() <= table.viewport().width() + 1
        assert table.columnWidth(0) >= TITLE_MIN_PX
    finally:
        language.install("en")
