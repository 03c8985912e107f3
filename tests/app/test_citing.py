"""Edit › Copy Citation and the details panel's button: a click on a record, then a
citation on the clipboard as readable text and as CSL-JSON."""

import datetime
import json

import pytest
from PySide6 import QtCore, QtGui

from tests import documents
from tests.conftest import open_and_wait
from viewer.core.citation import CSL_JSON_MIME
from viewer.core.display_text import DRAWN_CHARS_MAX
from viewer.core.ranges import parse_range


@pytest.fixture(autouse=True)
def _empty_clipboard():
    """Start and end each test with an empty clipboard. Qt's offscreen platform keeps
    clipboard data in a static that outlives the QApplication: data set with
    ``setMimeData`` and left there crashes the test process at exit (not so on X11)."""
    QtGui.QGuiApplication.clipboard().clear()
    yield
    QtGui.QGuiApplication.clipboard().clear()


def _click(qtbot, window, record_id):
    pos = window.timeline.item_centre(record_id)
    assert pos is not None and window.timeline.viewport().rect().contains(pos), record_id
    qtbot.mouseClick(window.timeline.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pos)
    assert window.session.selected_id == record_id


def _clipboard():
    """``(text, CSL-JSON items)`` on the clipboard."""
    mime = QtGui.QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(CSL_JSON_MIME)
    return mime.text(), json.loads(bytes(mime.data(CSL_JSON_MIME)).decode("utf-8"))


def test_click_then_copy_citation(qtbot, window):
    window.timeline.set_x_range(*parse_range("2010:2026"))
    _click(qtbot, window, "session-93")
    record, dataset = window.session.selected_record, window.session.dataset
    window.commands["copy_citation"].trigger()
    text, items = _clipboard()
    assert record.title in text and dataset.title in text
    assert record.sources[0].url in text
    today = datetime.date.today()
    assert "Timeline Viewer" in text and f"Accessed: {today.day} {today:%B %Y}" in text
    assert [item["id"] for item in items] == ["session-93"]
    assert items[0]["issued"] == {"date-parts": [[2025, 11, 24], [2025, 11, 27]]}
    assert items[0]["container-title"] == dataset.title
    assert window.statusBar().currentMessage() == "Citation copied"


def test_copy_citation_needs_a_selection(qtbot, window):
    action = window.commands["copy_citation"]
    assert action.text().replace("&", "") == "Copy Citation"
    assert not action.isEnabled()
    assert not window.details.citation_button.isVisibleTo(window.details)
    window.session.select("session-2")
    assert action.isEnabled()
    assert window.details.citation_button.isVisibleTo(window.details)
    window.commands["clear"].trigger()
    assert not action.isEnabled()
    assert not window.details.citation_button.isVisibleTo(window.details)


def test_details_button_copies_a_year_as_a_year(qtbot, window, tmp_path):
    path = documents.write(
        tmp_path / "years.json",
        [documents.record("founding", "1923", title="Founding", sources=["https://e.org/f"])],
        title="Years",
        as_of="2026-01-31",
    )
    assert open_and_wait(window, path)
    window.timeline.fit_all()
    _click(qtbot, window, "founding")
    button = window.details.citation_button
    assert button.isVisible() and window.details.rect().contains(button.geometry())
    qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)
    text, items = _clipboard()
    assert items[0]["issued"] == {"date-parts": [[1923]]}
    assert "Years (1923) \u2018Founding\u2019" in text and "https://e.org/f" in text
    assert "Dates: 1923" in text
    assert window.statusBar().currentMessage() == "Citation copied"


def test_hostile_title_stays_literal_and_bounded(qtbot, window, tmp_path):
    # A megabyte of words (one word of a megabyte takes Qt's text layout minutes in the
    # details panel, a limit of its own, not of the citation).
    title = "<b>bold</b><img src=x>&amp; " + "word " * 200_000
    path = documents.write(
        tmp_path / "hostile.json",
        [documents.record("h", "1999", title=title)],
        title="<h1>Set</h1>",
    )
    assert open_and_wait(window, path)
    window.session.select("h")
    window.commands["copy_citation"].trigger()
    text, items = _clipboard()
    assert "<h1>Set</h1> (1999) \u2018<b>bold</b><img src=x>&amp; word word" in text
    assert len(text) < 4 * DRAWN_CHARS_MAX  # cut, like the export's titles
    assert items[0]["title"] == title  # the CSL-JSON is the data, whole
