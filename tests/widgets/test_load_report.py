"""The load report lists problems as plain text and selects records that exist."""

import pytest
from PySide6 import QtCore

from viewer.core.importers import load_bytes
from viewer.widgets.load_report import COLUMNS, LoadReportWidget

CSV = (
    "id,title,start,sources\n"
    "good,Good,1923,https://e.org\n"
    "rejected,Bad day,1923-02-31,\n"
    "kept,Bad URL <b>x</b>,1924,javascript:alert('<b>')\n"
)


@pytest.fixture
def report(qtbot):
    widget = LoadReportWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    result = load_bytes(CSV.encode(), "in.csv")
    widget.set_result(result)
    return widget, result


def _row(widget, row):
    return [widget.table.item(row, c).text() for c in range(len(COLUMNS))]


def _click(qtbot, widget, row):
    rect = widget.table.visualItemRect(widget.table.item(row, 2))
    qtbot.mouseClick(widget.table.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=rect.center())


def test_lists_every_problem_with_its_place(report):
    widget, result = report
    assert len(result.problems) == 3
    assert widget.table.rowCount() == 4  # and a note on the record without a source
    rows = [_row(widget, r) for r in range(4)]
    assert rows[0][:5] == ["error", "in.csv", "line 3", "rejected", "start"]
    assert "does not exist" in rows[0][5]
    assert rows[1][:5] == ["warning", "in.csv", "line 4", "kept", "sources"]
    assert "<b>" in rows[1][5]  # shown as typed, never as markup
    assert widget.summary.textFormat() == QtCore.Qt.TextFormat.PlainText
    assert "2 records loaded, 1 error, 2 warnings" in widget.summary.text()


def test_says_which_records_lack_a_source(qtbot, report):
    widget, _ = report
    note = _row(widget, 3)
    assert note[0] == "note" and note[3] == "kept" and note[4] == "sources"
    assert "no source" in note[5]
    assert "1 record without a source" in widget.summary.text()
    with qtbot.waitSignal(widget.record_activated) as blocker:
        _click(qtbot, widget, 3)
    assert blocker.args == ["kept"]


def test_many_records_without_a_source_are_counted_not_all_listed(qtbot):
    from viewer.widgets.load_report import MAX_UNSOURCED_ROWS

    widget = LoadReportWidget()
    qtbot.addWidget(widget)
    rows = "".join(f"r{i},R {i},1990\n" for i in range(MAX_UNSOURCED_ROWS + 5))
    result = load_bytes(("id,title,start\n" + rows).encode(), "many.csv")
    widget.set_result(result)
    assert widget.table.rowCount() == len(result.problems) + MAX_UNSOURCED_ROWS + 1
    last = _row(widget, widget.table.rowCount() - 1)
    assert last[0] == "note" and "and 5 more records without a source" in last[5]


def test_an_era_without_a_source_is_not_counted_as_unsourced(qtbot):
    """The report's header said "2 records without a source" where the load's warning
    said 1: it counted the era, which gives context and makes no claim (a new user's
    finding). Both count the same records, and list the same."""
    widget = LoadReportWidget()
    qtbot.addWidget(widget)
    raw = b"id,title,start,end,kind\nclaim,A claim,1990,,event\nage,An age,1980,2000,era\n"
    result = load_bytes(raw, "eras.csv")
    widget.set_result(result)
    [warning] = [p for p in result.problems if p.field == "sources"]
    assert warning.message.startswith("1 record without a source URL")
    assert "1 record without a source (listed as notes)" in widget.summary.text()
    notes = [_row(widget, r) for r in range(widget.table.rowCount())]
    assert [n[3] for n in notes if n[0] == "note"] == ["claim"]


def test_choosing_a_problem_selects_an_existing_record(qtbot, report):
    widget, _ = report
    with qtbot.waitSignal(widget.record_activated) as blocker:
        _click(qtbot, widget, 1)
    assert blocker.args == ["kept"]
    with qtbot.assertNotEmitted(widget.record_activated):
        _click(qtbot, widget, 0)  # the rejected record does not exist
    widget.table.setCurrentCell(2, 0)
    with qtbot.waitSignal(widget.record_activated) as blocker:
        widget.table.cellActivated.emit(1, 0)  # Enter / double-click
    assert blocker.args == ["kept"]


def test_failure_and_clean_states(qtbot):
    widget = LoadReportWidget()
    qtbot.addWidget(widget)
    widget.set_failure("x.json: line 2, column 3: invalid JSON")
    assert widget.table.rowCount() == 0 and "line 2, column 3" in widget.summary.text()
    clean = load_bytes(b"id,title,start,sources\na,A,1923,https://e.org\n", "c.csv")
    widget.set_result(clean)
    assert widget.table.rowCount() == 0 and "No problems found" in widget.summary.text()
    empty = load_bytes(b"id,title,start\na,A,1923-02-31\n", "e.csv")
    widget.set_result(empty)
    assert "No valid record" in widget.summary.text() and widget.table.rowCount() == 1


def test_a_reason_quoting_arabic_indic_digits_reads_in_order(qtbot):
    """A start of "١٩٩٥" was reported as "'١' :'١٩٩٥' (ARABIC-INDIC DIGIT ONE)": the
    punctuation between two runs of those digits was set right to left (a new user's
    finding). Laid out as the table draws it, the year comes before the colon."""
    from PySide6 import QtGui

    widget = LoadReportWidget()
    qtbot.addWidget(widget)
    result = load_bytes("id,title,start,sources\na,A,١٩٩٥,https://e.org\n".encode(), "d.csv")
    widget.set_result(result)
    (row,) = [
        r for r in range(widget.table.rowCount()) if widget.table.item(r, 4).text() == "start"
    ]
    text = widget.table.item(row, 5).text()
    layout = QtGui.QTextLayout(text, widget.table.font())
    option = QtGui.QTextOption()
    option.setTextDirection(QtCore.Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    year, colon = text.index("١٩٩٥"), text.index(":")
    assert line.cursorToX(year)[0] < line.cursorToX(colon)[0] < line.cursorToX(text.rindex("١"))[0]


def _x_of(widget, text, index, direction):
    """Where the character at *index* of *text* is drawn, laid out as a cell of *widget*'s
    table in *direction*."""
    from PySide6 import QtGui

    layout = QtGui.QTextLayout(text, widget.table.font())
    option = QtGui.QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return line.cursorToX(index)[0]


def test_a_date_in_an_arabic_reason_keeps_its_order(qtbot):
    """ "end 1935-01-01 is before start 1940-05-02" in Arabic read "01-01-1935" and
    "02-05-1940" (a trial): after an Arabic word, the digits are read as Arabic numbers,
    which a hyphen does not join. Each date is isolated, its year drawn left of its day."""
    from viewer.app import language

    csv = "id,title,start,end\nb,B,1940-05-02,1935-01-01\n"
    language.install("ar")
    try:
        widget = LoadReportWidget()
        qtbot.addWidget(widget)
        widget.set_result(load_bytes(csv.encode(), "d.csv"))
        text = widget.table.item(0, 5).text()
        assert "\u20681935-01-01\u2069" in text and "\u20681940-05-02\u2069" in text
        rtl = QtCore.Qt.LayoutDirection.RightToLeft
        for date in ("1935-01-01", "1940-05-02"):
            # the second digits of the year and of the day (not at an edge of the run)
            year, day = text.index(date) + 1, text.index(date) + len("1935-01-0")
            assert _x_of(widget, text, year, rtl) < _x_of(widget, text, day, rtl)
    finally:
        language.install("en")
    widget.set_result(load_bytes(csv.encode(), "d.csv"))
    assert widget.table.item(0, 5).text() == "end 1935-01-01 is before start 1940-05-02"
