"""Message boxes of the window: plain text, window-modal and non-blocking; and the message
of a failed load, which a later successful load closes when it was a reload's."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from viewer.core.display_text import shown_text
from viewer.core.i18n import numbers_in_order
from viewer.core.load_messages import LoadFailure


def show_message(
    parent: QtWidgets.QWidget, title: str, text: str, icon: QtWidgets.QMessageBox.Icon
) -> QtWidgets.QMessageBox:
    """Show *text* as plain text (direction overrides neutralised) in a window-modal,
    non-blocking message box over *parent*; returns the box (deleted when closed). In a
    right-to-left interface a date's digits keep their order (a failed reload quotes the
    first problem: "1935-01-01" read "01-01-1935")."""
    box = QtWidgets.QMessageBox(
        icon,
        title,
        numbers_in_order(shown_text(text)),
        QtWidgets.QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    box.setObjectName("message_box")
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal and non-blocking: the app stays usable
    return box


class LoadMessages:
    """The messages of failed loads over the window *parent*: a failed reload's message
    stays until the next load ends (then it is superseded and closed)."""

    def __init__(self, parent: QtWidgets.QWidget) -> None:
        self._parent = parent
        self._reload_box: QtWidgets.QMessageBox | None = None

    def show_failure(self, failure: LoadFailure) -> None:
        """Show *failure* (:func:`viewer.core.load_messages.load_failure`)."""
        self.close_reload_message()
        box = show_message(
            self._parent, failure.title, failure.text, QtWidgets.QMessageBox.Icon.Critical
        )
        if failure.reloading:
            self._reload_box = box

    def close_reload_message(self) -> None:
        """Close the message of a failed reload that a newer load has superseded."""
        box, self._reload_box = self._reload_box, None
        if box is not None:
            try:
                box.close()
            except RuntimeError:  # already closed and deleted by the user
                pass
