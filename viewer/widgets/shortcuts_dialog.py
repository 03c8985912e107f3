"""Help › Keyboard Shortcuts: keys in one column, what they do in the other."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore, QtWidgets

from viewer.core.i18n import isolated, translate


class ShortcutsDialog(QtWidgets.QDialog):
    """A two-column table of shortcuts that never wraps a description into the key column:
    each column is as wide as its longest entry, and the dialog as wide as both (up to the
    screen). Non-modal; closes with Esc or Close.

    Parameters
    ----------
    shortcuts : sequence of (keys, description)
        In the order shown.
    """

    def __init__(
        self, shortcuts: Sequence[tuple[str, str]], parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Shortcuts", "Keyboard Shortcuts"))
        self._shortcuts = tuple(shortcuts)
        self.table = QtWidgets.QTableWidget(len(self._shortcuts), 2, self)
        self.table.setAccessibleName(translate("Shortcuts", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [translate("Shortcuts", "Keys"), translate("Shortcuts", "Action")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        for row, (keys, description) in enumerate(self._shortcuts):
            # Keys keep their own direction in a right-to-left table: "Ctrl++", not "++Ctrl".
            for col, text in enumerate((isolated(keys), description)):
                self.table.setItem(row, col, QtWidgets.QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(self._natural_size())

    def _natural_size(self) -> QtCore.QSize:
        """Both columns and every row without scrolling, within the screen."""
        table = self.table
        width = (
            table.columnWidth(0)
            + table.columnWidth(1)
            + table.frameWidth() * 2
            + table.verticalScrollBar().sizeHint().width()
            + 40
        )
        height = (
            table.horizontalHeader().height()
            + sum(table.rowHeight(r) for r in range(table.rowCount()))
            + table.frameWidth() * 2
            + 80
        )
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 40)
        return QtCore.QSize(width, height)

    def text(self) -> str:
        """Every shortcut as plain text, one per line (keys, a tab, what they do)."""
        return "\n".join(f"{keys}\t{description}" for keys, description in self._shortcuts)
