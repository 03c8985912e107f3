"""User text never becomes markup: every place that shows text from a file (tooltips,
message boxes, progress dialogs, status bar, table, load report, details panel, window
title) shows it literally, loads nothing, and shows direction overrides as visible marks."""

import json

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from tests.conftest import open_and_wait
from tests.documents import document
from viewer.core.display_text import BIDI_CONTROLS

IMG = '<img src="file:///etc/hostname">'
NAME_IMG = '<img src="hostname">'  # a file name cannot hold "/"
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "\u202eevil" displays as "live"


class _Document(QtGui.QTextDocument):
    """A document that records the resources (images, style sheets) it asks for."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[str] = []

    def loadResource(self, type_, url):  # noqa: N802
        self.loaded.append(url.toString())
        return None


def as_qt_shows(text: str, fmt=QtCore.Qt.TextFormat.AutoText) -> tuple[str, list[str]]:
    """What Qt displays for *text* in a tooltip or label of format *fmt*: the visible text
    and the resources it would load (rich text when ``Qt::mightBeRichText``, as QToolTip
    and QLabel decide)."""
    doc = _Document()
    rich = fmt == QtCore.Qt.TextFormat.RichText or (
        fmt == QtCore.Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    doc.size()  # lays the document out: images are asked for here
    return doc.toPlainText(), doc.loaded


def test_the_probe_sees_the_old_hole():
    shown, loaded = as_qt_shows(f"'{IMG}' is not one of ...")
    assert loaded == ["file:///etc/hostname"] * len(loaded) and loaded
    assert IMG not in shown


@pytest.fixture
def hostile(tmp_path):
    """A file whose texts hold markup and direction overrides, under a name that does."""
    doc = document(
        [
            {
                "id": "e1",
                "kind": IMG,
                "lane": "a",
                "title": "T",
                "start": "1990",
                "sources": ["https://example.org/"],
            },
            {
                "id": "e2",
                "kind": "event",
                "lane": "a",
                "title": f"{RLO}evil <b>{IMG}</b>",
                "start": "1991",
                "place": {"city": f"<i>{RLO}city</i>"},
                "summary": f"{IMG}{RLO}txet",
                "sources": ["https://example.org/"],
            },
        ],
        title=f"{RLO}evil {IMG}",
        description=f"<b>desc</b> {RLO}cba",
        lanes=[{"id": "a", "title": f"{RLO}A & <b>"}],
    )
    path = tmp_path / f"<b>{RLO}x<i>.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _no_bidi(text: str) -> bool:
    return not set(text) & BIDI_CONTROLS


def test_load_report_shows_markup_literally_and_loads_nothing(qtbot, window, hostile):
    assert open_and_wait(window, hostile)
    table = window.report.table
    reasons = [table.item(row, 5) for row in range(table.rowCount())]
    kind_problem = next(item for item in reasons if IMG in item.text())
    shown, loaded = as_qt_shows(kind_problem.toolTip())
    assert loaded == []
    assert IMG in shown
    for row in range(table.rowCount()):
        for col in range(table.columnCount()):
            item = table.item(row, col)
            assert _no_bidi(item.text()) and _no_bidi(item.toolTip())
    summary = window.report.summary
    assert summary.textFormat() == QtCore.Qt.TextFormat.PlainText
    assert _no_bidi(summary.text()) and "⟦U+202E⟧" in summary.text()


def test_table_details_and_title_show_markup_literally(qtbot, window, hostile):
    assert open_and_wait(window, hostile)
    window.commands["table"].trigger()
    model = window.table.source_model
    row = model.row_of("e2")
    title = model.index(row, 0).data()
    assert title == f"⟦U+202E⟧evil <b>{IMG}</b>"  # literal, direction override visible
    assert model.index(row, 4).data().startswith("<i>⟦U+202E⟧city</i>")
    assert all(_no_bidi(model.index(row, c).data()) for c in range(model.columnCount()))
    assert window.table.itemDelegate() is not None  # plain QStyledItemDelegate: no markup
    window.session.select("e2")
    text = window.details.plain_text()
    assert f"⟦U+202E⟧evil <b>{IMG}</b>" in text and f"{IMG}⟦U+202E⟧txet" in text
    assert _no_bidi(text)
    window.session.select(None)
    text = window.details.plain_text()
    assert f"⟦U+202E⟧evil {IMG}" in text and "<b>desc</b>" in text and _no_bidi(text)
    assert window.windowTitle().startswith("<b>⟦U+202E⟧x<i>.json")
    assert [a.text() for a in window.lanes_menu.actions()] == ["⟦U+202E⟧A && <b>"]


def test_message_boxes_and_progress_show_file_names_literally(qtbot, window, tmp_path):
    for box in QtWidgets.QApplication.topLevelWidgets():
        if box.objectName() == "message_box":
            box.close()
    path = tmp_path / f"{NAME_IMG}{RLO}nosj.json"
    path.write_text("{broken", encoding="utf-8")
    task = window.open_in_background(path)
    progress = window.findChild(QtWidgets.QProgressDialog, "load_progress")
    label = progress.findChild(QtWidgets.QLabel)
    assert label.textFormat() == QtCore.Qt.TextFormat.PlainText
    assert NAME_IMG in label.text() and _no_bidi(label.text())
    qtbot.waitUntil(lambda: not task.is_running(), timeout=20000)
    qtbot.waitUntil(
        lambda: any(
            w.objectName() == "message_box" and w.isVisible()
            for w in QtWidgets.QApplication.topLevelWidgets()
        ),
        timeout=5000,
    )
    box = next(
        w
        for w in QtWidgets.QApplication.topLevelWidgets()
        if w.objectName() == "message_box" and w.isVisible()
    )
    assert box.textFormat() == QtCore.Qt.TextFormat.PlainText
    # The loader's message escapes the override itself ("\u202e"); either way it is shown.
    assert NAME_IMG in box.text() and "nosj.json" in box.text() and _no_bidi(box.text())
    box.close()


def test_an_unexpected_error_box_neutralises_direction_overrides(
    qtbot, window, monkeypatch, tmp_path
):
    from viewer.app import errors

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    try:
        raise ValueError(f"bad {RLO}txet {IMG}")
    except ValueError as exc:
        errors.handle_exception(type(exc), exc, exc.__traceback__)
    box = next(
        w
        for w in QtWidgets.QApplication.topLevelWidgets()
        if w.objectName() == "error_box" and w.isVisible()
    )
    assert f"bad ⟦U+202E⟧txet {IMG}" in box.text()
    assert box.textFormat() == QtCore.Qt.TextFormat.PlainText
    box.close()
    for handler in list(errors.log.handlers):
        errors.log.removeHandler(handler)
        handler.close()


def test_status_bar_shows_file_names_literally(qtbot, window, tmp_path):
    path = tmp_path / f"{NAME_IMG}{RLO}.csv"
    path.write_text("id,title,start\nr1,One,1990\n", encoding="utf-8")
    assert open_and_wait(window, path)
    path.write_text("{not csv or json\x00", encoding="utf-8")
    window.commands["reload"].trigger()
    qtbot.waitUntil(
        lambda: "could not be read" in window.statusBar().currentMessage(), timeout=20000
    )
    message = window.statusBar().currentMessage()
    assert f"{NAME_IMG}⟦U+202E⟧.csv" in message and _no_bidi(message)
    for box in QtWidgets.QApplication.topLevelWidgets():
        if box.objectName() == "message_box":
            box.close()


def test_the_hover_tooltip_neutralises_direction_overrides(window, hostile):
    from viewer.core.labels import tooltip_text

    assert open_and_wait(window, hostile)
    text = tooltip_text(window.session.dataset.get("e2"))
    assert text.startswith(f"⟦U+202E⟧evil <b>{IMG}</b>") and _no_bidi(text)
