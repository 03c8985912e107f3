"""Side panel with the selected record's details and sources."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from viewer.core.i18n import translate
from viewer.core.loading import LoadResult
from viewer.core.records import Dataset, Record
from viewer.widgets.details_html import (
    empty_html,
    failure_html,
    loading_html,
    no_records_html,
    record_html,
)
from viewer.widgets.scroll_bars import make_flat

#: Space around the "Copy citation" button in its strip below the text (pixels).
_STRIP_PAD_PX = 4


LEAST_WIDTH_PX = 200
"""The panel's least width, in pixels: a third of a 600 px window (at 280, a 640 px window
left the chart 180 px; the panel's text wraps, its buttons fit)."""


class DetailsPanel(QtWidgets.QTextBrowser):
    """Passive, read-only panel. Never follows links itself and never loads resources.

    Signals
    -------
    record_link_activated(str)
        A ``record:ID`` link was clicked; carries the id.
    url_open_requested(QUrl)
        An http(s) source link was clicked; the window opens it in the system browser.
    citation_requested(str)
        The "Copy citation" button was clicked; carries the id of the record shown.

    Attributes
    ----------
    citation_button : QPushButton
        "Copy citation", in a strip below the text; shown only while a record is shown.
    """

    record_link_activated = QtCore.Signal(str)
    url_open_requested = QtCore.Signal(QtCore.QUrl)
    citation_requested = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(translate("Docks", "Details"))
        self.setMinimumWidth(LEAST_WIDTH_PX)
        self.anchorClicked.connect(self._on_anchor)
        make_flat(self)
        self._record_id: str | None = None
        self._html = ""
        self._height_per_char = 0.0  # of the text shown last (pixels; see setHtml)
        self.citation_button = QtWidgets.QPushButton(translate("Details", "Copy citation"), self)
        self.citation_button.setToolTip(
            translate(
                "Details",
                "Copy a citation of this item: readable text and CSL-JSON (Edit › Copy Citation)",
            )
        )
        self.citation_button.clicked.connect(self._on_cite)
        self._citation_shown = True  # so that hiding it below takes effect
        self._show_citation_button(False)
        self._apply_palette()

    def _apply_palette(self) -> None:
        """Style sheet from the palette, so that every text is readable in both themes."""
        pal = self.palette()
        text, base = (
            pal.color(QtGui.QPalette.ColorRole.Text),
            pal.color(QtGui.QPalette.ColorRole.Base),
        )
        muted = QtGui.QColor(
            (text.red() * 3 + base.red()) // 4,
            (text.green() * 3 + base.green()) // 4,
            (text.blue() * 3 + base.blue()) // 4,
        )
        link = pal.color(QtGui.QPalette.ColorRole.Link)
        self.document().setDefaultStyleSheet(
            f".muted {{ color: {muted.name()}; }} a {{ color: {link.name()}; }}"
        )
        if self._html:
            self.setHtml(self._html)

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.PaletteChange:
            self._apply_palette()

    def setHtml(self, html: str) -> None:  # noqa: N802
        """Show *html*, laid out once: when the text will need the scroll bar (its height
        guessed from the length of the HTML, at the height per character of the text
        shown before), the bar is shown first, so that the text is not laid out at the
        whole width and then again beside the bar (half the time of a click that opens a
        long text). A wrong guess costs what it did before: one layout more."""
        self._html = html
        bar = self.verticalScrollBar()
        policy = QtCore.Qt.ScrollBarPolicy
        guessed_px = self._height_per_char * len(html)
        if not bar.isVisible() and guessed_px > self.viewport().height():
            self.setVerticalScrollBarPolicy(policy.ScrollBarAlwaysOn)
        super().setHtml(html)
        self.setVerticalScrollBarPolicy(policy.ScrollBarAsNeeded)
        if html:
            self._height_per_char = self.document().size().height() / len(html)

    @property
    def record_id(self) -> str | None:
        """Id of the record shown, or ``None``."""
        return self._record_id

    def show_record(self, record: Record, dataset: Dataset) -> None:
        """Show *record*'s details."""
        self._record_id = record.id
        self._show_citation_button(True)  # first: the text is laid out once, at its width
        self.setHtml(record_html(record, dataset))

    def show_empty(self, dataset: Dataset | None) -> None:
        """Show the dataset's description and a hint."""
        self._record_id = None
        self._show_citation_button(False)
        self.setHtml(empty_html(dataset))

    def show_loading(self, file_name: str) -> None:
        """The empty state while the file *file_name* loads and nothing is shown yet."""
        self._record_id = None
        self._show_citation_button(False)
        self.setHtml(loading_html(file_name))

    def show_no_records(self, result: LoadResult) -> None:
        """The empty state of a file without any valid record, with the reasons."""
        self._record_id = None
        self._show_citation_button(False)
        self.setHtml(no_records_html(result))

    def show_failure(self, message: str) -> None:
        """The empty state after a file could not be opened: *message* and what to do."""
        self._record_id = None
        self._show_citation_button(False)
        self.setHtml(failure_html(message))

    def _show_citation_button(self, shown: bool) -> None:
        """Show or hide the citation button, with the strip below the text that holds it.
        Nothing changes when it already is so (a change of margins lays the text out
        again: one selection after another would pay for it twice)."""
        if shown == self._citation_shown:
            return
        self._citation_shown = shown
        self.citation_button.setVisible(shown)
        self.setViewportMargins(0, 0, 0, self._strip_height() if shown else 0)
        self._place_citation_button()

    def _strip_height(self) -> int:
        return self.citation_button.sizeHint().height() + 2 * _STRIP_PAD_PX

    def _place_citation_button(self) -> None:
        """Put the button at the right of the strip below the text (under the viewport,
        clear of the scroll bar)."""
        text_area = self.viewport().geometry()
        hint = self.citation_button.sizeHint()
        self.citation_button.setGeometry(
            text_area.right() - hint.width() - _STRIP_PAD_PX + 1,
            text_area.bottom() + 1 + _STRIP_PAD_PX,
            hint.width(),
            hint.height(),
        )

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_citation_button()

    def _on_cite(self) -> None:
        if self._record_id is not None:
            self.citation_requested.emit(self._record_id)

    def loadResource(self, type_: int, name: QtCore.QUrl) -> Any:  # noqa: N802
        # Content never loads anything from the network or disk by itself.
        return None

    def _on_anchor(self, url: QtCore.QUrl) -> None:
        if url.scheme() == "record":
            self.record_link_activated.emit(url.path())
        elif url.scheme() in ("http", "https"):
            self.url_open_requested.emit(url)

    def plain_text(self) -> str:
        """The panel's text without markup (for tests and accessibility)."""
        return self.toPlainText()


def open_in_browser(url: QtCore.QUrl) -> bool:
    """Open an http(s) *url* in the system browser; other schemes are refused."""
    if url.scheme() not in ("http", "https"):
        return False
    return QtGui.QDesktopServices.openUrl(url)
