"""View › Table: every record in a sortable table that shares the selection."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from viewer.core.records import Dataset

COLUMNS = ("Title", "Kind", "Start", "End", "Place", "Status", "Sources")


class RecordTableModel(QtCore.QAbstractTableModel):
    """Rows are the dataset's records in file order; the sort key of a date column is its
    first day (days since 1970-01-01), so dates sort by time, not alphabetically."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._dataset: Dataset | None = None

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Show *dataset* (``None``: empty)."""
        self.beginResetModel()
        self._dataset = dataset
        self.endResetModel()

    def rowCount(self, parent: Any = QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self._dataset is None else len(self._dataset.records)

    def columnCount(self, parent: Any = QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation,  # noqa: N802
                   role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == QtCore.Qt.Orientation.Horizontal and role == QtCore.Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def record_id(self, row: int) -> str:
        """Id of the record in *row* (model row)."""
        assert self._dataset is not None
        return self._dataset.records[row].id

    def row_of(self, record_id: str) -> int | None:
        """Model row of *record_id*."""
        if self._dataset is None:
            return None
        for row, r in enumerate(self._dataset.records):
            if r.id == record_id:
                return row
        return None

    def data(self, index: QtCore.QModelIndex, role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102
        if not index.isValid() or self._dataset is None:
            return None
        r = self._dataset.records[index.row()]
        col = index.column()
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            return (r.title, r.kind.replace("_", " "),
                    r.start.display() if r.start else "unknown",
                    "present" if r.open_end else (r.end.display() if r.end else ""),
                    r.place_display if (r.place or r.kind == "session") else "",
                    r.status.replace("_", " "), str(len(r.sources)))[col]
        if role == QtCore.Qt.ItemDataRole.UserRole:  # sort key
            if col == 2:
                return r.start.first_day if r.start else -10**9
            if col == 3:
                return 10**9 if r.open_end else (r.end.first_day if r.end else -10**9)
            if col == 6:
                return len(r.sources)
            return self.data(index, QtCore.Qt.ItemDataRole.DisplayRole).casefold()
        return None


class RecordTable(QtWidgets.QTableView):
    """Passive table of records.

    Signals
    -------
    record_selected(str)
        The user selected a row; carries the record id.
    """

    record_selected = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_model = RecordTableModel(self)
        self.proxy = QtCore.QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source_model)
        self.proxy.setSortRole(QtCore.Qt.ItemDataRole.UserRole)
        self.proxy.setDynamicSortFilter(False)  # sort when asked, not on every reset
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setAccessibleName("Records table")
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setResizeContentsPrecision(200)  # sample rows, not all
        self.verticalHeader().setVisible(False)
        self._quiet = False
        self._pending: Dataset | None | bool = False
        self._selected: str | None = None
        self.selectionModel().currentRowChanged.connect(self._on_current)

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Show *dataset*'s records (filled in when the table is first shown, so that a
        large file costs nothing until the user opens the table)."""
        self._pending = dataset
        if self.isVisible():
            self._fill()

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._pending is not False:
            self._fill()
            selected = self._selected
            if selected:
                self.select_record(selected)

    def _fill(self) -> None:
        dataset, self._pending = self._pending, False
        self.source_model.set_dataset(dataset)  # type: ignore[arg-type]
        # File order until the user clicks a column header.
        self.horizontalHeader().setSortIndicator(-1, QtCore.Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.resizeColumnsToContents()

    def select_record(self, record_id: str | None) -> None:
        """Select and show *record_id*'s row without emitting :attr:`record_selected`."""
        self._selected = record_id
        if self._pending is not False:
            return  # not filled yet: selected when shown
        self._quiet = True
        try:
            row = self.source_model.row_of(record_id) if record_id else None
            if row is None:
                self.clearSelection()
                return
            index = self.proxy.mapFromSource(self.source_model.index(row, 0))
            self.setCurrentIndex(index)
            self.scrollTo(index)
        finally:
            self._quiet = False

    def _on_current(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        row = self.proxy.mapToSource(current).row()
        self.record_selected.emit(self.source_model.record_id(row))
