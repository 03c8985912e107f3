"""Search field with a match count, for the toolbar."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from viewer.core.i18n import number, translate

_WINDOW_KEYS = (
    QtCore.QKeyCombination(QtCore.Qt.KeyboardModifier.ControlModifier, QtCore.Qt.Key.Key_E),
)
"""Keys the field gives up to the window's commands: Ctrl+E (Export Image) is also a line
edit's "end of line" on X11, where End does the same."""


class SearchBar(QtWidgets.QWidget):
    """A search field and a count label. Passive: it reports intent only.

    Signals
    -------
    query_changed(str)
        The text changed.
    next_requested()
        Enter: go to the next match.
    previous_requested()
        Shift+Enter: go to the previous match.
    field_focused()
        The field took the keyboard focus: typing is likely to follow.
    """

    query_changed = QtCore.Signal(str)
    next_requested = QtCore.Signal()
    previous_requested = QtCore.Signal()
    field_focused = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QtWidgets.QLineEdit(self)
        self.field.setPlaceholderText(translate("Search", "Search titles, places, people…"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(translate("Search", "Search"))
        self.field.setMinimumWidth(240)
        self.field.setMaximumWidth(360)
        self.count = QtWidgets.QLabel(self)
        self.count.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.count.setMinimumWidth(90)
        self.count.setAccessibleName(translate("Search", "Search matches"))
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.count)
        self.field.textChanged.connect(self.query_changed)
        self.field.installEventFilter(self)

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if obj is self.field and event.type() == QtCore.QEvent.Type.FocusIn:
            self.field_focused.emit()
        if obj is self.field and event.type() == QtCore.QEvent.Type.ShortcutOverride:
            override: QtGui.QKeyEvent = event  # type: ignore[assignment]
            if override.keyCombination() in _WINDOW_KEYS:
                event.ignore()  # the window's shortcut, not the field's key binding
                return True
        if obj is self.field and event.type() == QtCore.QEvent.Type.KeyPress:
            key_event: QtGui.QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
                if key_event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier:
                    self.previous_requested.emit()
                else:
                    self.next_requested.emit()
                return True
            if key_event.key() == QtCore.Qt.Key.Key_Escape and self.field.text():
                self.field.clear()
                return True
        return super().eventFilter(obj, event)

    def focus(self) -> None:
        """Put the cursor in the field with its text selected."""
        self.field.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def set_count(self, current: int | None, total: int, searching: bool, undrawn: int = 0) -> None:
        """Show ``3 of 12`` (current is 1-based), ``12 matches`` or ``no match``, and how
        many *undrawn* records match too (``+2 not drawn``: the table lists them; a search
        that found only an article without a lane said "no match")."""
        hidden = searching and undrawn > 0
        if not searching:
            text = ""
        elif total == 0:
            text = (
                translate("Search", "%Ln match(es), not drawn", None, undrawn)
                if undrawn
                else translate("Search", "no match")
            )
            undrawn = 0
        elif current is None:
            text = translate("Search", "%Ln match(es)", None, total)
        else:
            text = translate("Search", "{current} of {total}").format(
                current=number(current), total=number(total)
            )
        if undrawn:
            text += " " + translate("Search", "(+%Ln not drawn)", None, undrawn)
        self.count.setText(text)
        self.count.setToolTip(
            translate(
                "Search",
                "Matches without a date or a lane, or in a hidden lane, are not drawn on "
                "the chart; View › Table lists every record.",
            )
            if hidden
            else ""
        )
