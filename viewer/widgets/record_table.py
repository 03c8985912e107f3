"""View › Table: every record in a sortable table that shares the selection."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6 import QtCore, QtGui, QtWidgets

from viewer.core import kinds
from viewer.core.columns import RecordColumns
from viewer.core.display_text import drawn_text, natural_keys
from viewer.core.i18n import QT_TRANSLATE_NOOP, number, translate
from viewer.core.records import Dataset
from viewer.widgets.scroll_bars import make_flat

TITLE_MIN_PX = 240
"""The narrowest the Title column is made to leave room for the others (pixels): a title
of about 35 characters."""

COLUMNS = (
    QT_TRANSLATE_NOOP("Table", "Title"),
    QT_TRANSLATE_NOOP("Table", "Kind"),
    QT_TRANSLATE_NOOP("Table", "Start"),
    QT_TRANSLATE_NOOP("Table", "End"),
    QT_TRANSLATE_NOOP("Table", "Place"),
    QT_TRANSLATE_NOOP("Table", "Status"),
    QT_TRANSLATE_NOOP("Table", "Sources"),
)


class RecordTableModel(QtCore.QAbstractTableModel):
    """Rows are the dataset's records, in file order until sorted. Sorting is done here
    (keys for all rows once, then numpy's stable argsort), not by a proxy that would ask
    :meth:`data` twice per comparison: a million rows sort in seconds, not minutes. A date
    column sorts by first day (days since 1970-01-01), unknown dates first."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._dataset: Dataset | None = None
        self._order: npt.NDArray[np.intp] = np.zeros(0, dtype=np.intp)  # row -> record
        # record -> row, made when needed after a sort; None in file order (row = record)
        self._rows: npt.NDArray[np.intp] | None = None
        self._sorted = False

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Show *dataset* (``None``: empty), in file order."""
        self.beginResetModel()
        self._dataset = dataset
        self._order = np.arange(len(dataset.records) if dataset else 0, dtype=np.intp)
        self._rows, self._sorted = None, False
        self.endResetModel()

    def rowCount(self, parent: Any = QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self._dataset is None else len(self._order)

    def columnCount(self, parent: Any = QtCore.QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: QtCore.Qt.Orientation,  # noqa: N802
        role: int = QtCore.Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == QtCore.Qt.Orientation.Horizontal
            and role == QtCore.Qt.ItemDataRole.DisplayRole
        ):
            return translate("Table", COLUMNS[section])
        return None

    def record_id(self, row: int) -> str:
        """Id of the record shown in *row*."""
        assert self._dataset is not None
        return self._dataset.records[int(self._order[row])].id

    def row_of(self, record_id: str) -> int | None:
        """The row that shows *record_id* (``None`` when it is not in the dataset)."""
        if self._dataset is None:
            return None
        i = self._dataset.position_of(record_id)
        if i is None:
            return None
        if not self._sorted:
            return i
        if self._rows is None:
            self._rows = np.empty(len(self._order), dtype=np.intp)
            self._rows[self._order] = np.arange(len(self._order), dtype=np.intp)
        return int(self._rows[i])

    def sort(
        self, column: int, order: QtCore.Qt.SortOrder = QtCore.Qt.SortOrder.AscendingOrder
    ) -> None:  # noqa: D102
        if self._dataset is None:
            return
        columns = self._dataset.columns
        self.layoutAboutToBeChanged.emit()
        if column < 0:
            ranked = np.arange(len(columns), dtype=np.intp)
        else:
            key_list = _sort_keys(columns, column)
            if isinstance(key_list, np.ndarray):  # numbers
                keys = key_list
                ranked = np.argsort(keys, kind="stable").astype(np.intp)
            else:  # text: Python's sort compares strings far faster than numpy on objects
                keys = np.array(key_list, dtype=object)
                ranked = np.array(
                    sorted(range(len(key_list)), key=key_list.__getitem__), dtype=np.intp
                )
            if order == QtCore.Qt.SortOrder.DescendingOrder:
                # Stable in both directions: equal keys keep file order.
                ranked = ranked[np.argsort(-_ranks(keys[ranked]), kind="stable")]
        # Rows the view holds on to (the current row, the selection) follow their records.
        persistent = self.persistentIndexList()
        held = [int(self._order[i.row()]) for i in persistent]
        self._order, self._rows, self._sorted = ranked, None, True
        if persistent:
            rows = np.empty(len(ranked), dtype=np.intp)
            rows[ranked] = np.arange(len(ranked), dtype=np.intp)
            self._rows = rows
            self.changePersistentIndexList(
                persistent, [self.index(int(rows[r]), i.column()) for r, i in zip(held, persistent)]
            )
        self.layoutChanged.emit()

    def data(
        self, index: QtCore.QModelIndex, role: int = QtCore.Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: D102
        if not index.isValid() or self._dataset is None:
            return None
        if role != QtCore.Qt.ItemDataRole.DisplayRole:
            return None
        r = self._dataset.records[int(self._order[index.row()])]
        values = (
            r.title,
            _kind_words(r.kind),
            r.start.display() if r.start else translate("dates", "unknown", "a date"),
            translate("Table", "present") if r.open_end else (r.end.display() if r.end else ""),
            r.place_display if (r.place or kinds.kind(r.kind).place_unknown_mark) else "",
            _status_words(r.status),
            number(len(r.sources)),
        )
        # Text from the file, with direction overrides made visible (a view shows
        # DisplayRole as plain text, never as markup), cut as the chart cuts it: a title of
        # megabytes made each click take 1.4-2.1 s while the table measured it.
        return drawn_text(values[index.column()])


def _sort_keys(columns: RecordColumns, column: int) -> npt.NDArray[np.int64] | list[str]:
    """The keys that *column* sorts the records by, read from their columns: days for
    dates (unknown first, a running end last), a count for sources, else the shown text
    without case, titles and places with their numbers in numeric order
    (:func:`~viewer.core.display_text.natural_keys`)."""
    never = 10**9
    if column == 2:
        return np.where(columns.has_start, columns.start_first, -never).astype(np.int64)
    if column == 3:
        return np.where(
            columns.open_end, never, np.where(columns.has_end, columns.end_first, -never)
        ).astype(np.int64)
    if column == 6:
        return columns.n_sources.astype(np.int64)
    if column == 0:
        return natural_keys(columns.titles)
    if column == 4:
        marked = columns.codes_of(
            columns.kind_names,
            frozenset(k for k in columns.kind_names if kinds.kind(k).place_unknown_mark),
        )[columns.kind].tolist()
        return natural_keys(
            [place or ("unknown" if mark else "") for place, mark in zip(columns.places, marked)]
        )
    if column == 1:
        names, codes, shown = columns.kind_names, columns.kind, _kind_words
    else:
        names, codes, shown = columns.status_names, columns.status, _status_words
    words = [shown(name).casefold() for name in names]  # by the words the column shows
    return [words[c] for c in codes.tolist()]


def _ranks(sorted_keys: npt.NDArray[Any]) -> npt.NDArray[np.int64]:
    """Dense ranks of keys already in ascending order (equal keys, equal ranks)."""
    if not len(sorted_keys):
        return np.zeros(0, dtype=np.int64)
    changes = np.concatenate(([False], sorted_keys[1:] != sorted_keys[:-1]))
    return np.cumsum(changes).astype(np.int64)


COLUMN_SHARE_MAX = 0.4
"""The widest the Title column is made when the table is filled, as a share of its width."""
OTHER_SHARE_MAX = 0.22
"""The widest any other column is made then (a place with its venue: the bundled record's
Status and Sources were out of view)."""
COLUMN_MIN_PX = 160
"""The narrowest a column is cut to by these shares, in pixels."""


class RecordTable(QtWidgets.QTableView):
    """Passive table of records.

    Signals
    -------
    record_selected(str)
        The user selected a row; carries the record id.
    selection_cleared()
        The user unselected the selected row (Ctrl+Space, Ctrl+click).
    """

    record_selected = QtCore.Signal(str)
    selection_cleared = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_model = RecordTableModel(self)
        self.setModel(self.source_model)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        # Tab leaves the table, as in any other widget (from cell to cell it selected each
        # row it passed, and never left).
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(translate("Table", "Records table"))
        self.horizontalHeader().setStretchLastSection(False)  # the spare width: titles'
        self.horizontalHeader().setResizeContentsPrecision(200)  # sample rows, not all
        self.verticalHeader().setVisible(False)
        make_flat(self)
        self._quiet = False
        self._title_px = 0  # the Title column's own width, as filled
        self._title_set_px = -1  # the width last given to it here (-1: none yet)
        self._sizing = False  # giving it a width now
        self._natural: dict[int, int] = {}  # the other columns' widths, as filled
        self._others_set: dict[int, int] = {}  # and as last given here
        self._pending: Dataset | None | bool = False
        self._selected: str | None = None
        # A row selected is a record chosen; the current row alone is not (the view makes
        # the first row current when it takes the focus).
        self.selectionModel().selectionChanged.connect(self._on_selection)
        # A sort moves the current row with its record: not the user's choice of a record
        # (a trial's first click on a header selected the first row), and the selected
        # row stays in view.
        self.source_model.layoutAboutToBeChanged.connect(self._hush)
        self.source_model.layoutChanged.connect(self._after_sort)

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
        self.resizeColumnsToContents()
        # No column wider than its share of the view: a title of hundreds of characters
        # pushed every other column out of sight (the cell is elided).
        for column in range(self.model().columnCount()):
            share = COLUMN_SHARE_MAX if column == 0 else OTHER_SHARE_MAX
            widest = max(COLUMN_MIN_PX, int(self.viewport().width() * share))
            if self.columnWidth(column) > widest:
                self.setColumnWidth(column, widest)
        self._natural = {c: self.columnWidth(c) for c in range(1, self.model().columnCount())}
        self._others_set = dict(self._natural)
        self._title_px = self.columnWidth(0)
        self._title_set_px = -1
        self._give_spare_width()

    def _fit_others(self, room: int) -> None:
        """Size the columns but the Title to their contents (as filled), the widest of
        them narrowed to one width, their cells cut, so that together they take at most
        *room* pixels (none below :data:`COLUMN_MIN_PX`): in Spanish the longer kinds,
        dates and statuses pushed Sources out of view. A column the user sized stays as
        they left it."""
        ours = {
            c: width
            for c, width in self._natural.items()
            if self.columnWidth(c) == self._others_set.get(c)
        }
        room -= sum(self.columnWidth(c) for c in self._natural if c not in ours)
        widths = sorted(ours.values())
        cap = max(widths, default=0)
        for k, width in enumerate(widths):  # the width that spreads what is left evenly
            share = (room - sum(widths[:k])) // (len(widths) - k)
            if share < width:
                cap = max(share, COLUMN_MIN_PX)
                break
        for column, width in ours.items():
            if self.columnWidth(column) != min(width, cap):
                self.setColumnWidth(column, min(width, cap))
            self._others_set[column] = min(width, cap)

    def _give_spare_width(self) -> None:
        """Give the Title column the width the other columns leave in the view (the last
        column, Sources, took it: a number in a wide empty cell), down to
        :data:`TITLE_MIN_PX` (titles then cut in their cells) so that every column is in
        view (the others narrowed first when they need more: :meth:`_fit_others`); it
        follows the view's width. Once the user has sized it, it stays as they left it."""
        now = self.columnWidth(0)
        if self._sizing or (self._title_set_px >= 0 and now != self._title_set_px):
            return  # within a change made here (a scroll bar came or went), or user-sized
        self._sizing = True
        try:
            self._fit_others(self.viewport().width() - TITLE_MIN_PX)
            others = self.horizontalHeader().length() - now
            width = max(min(self._title_px, TITLE_MIN_PX), self.viewport().width() - others)
            if width != now:
                self.setColumnWidth(0, width)
            self._title_set_px = width
        finally:
            self._sizing = False

    def viewportEvent(self, event: QtCore.QEvent) -> bool:  # noqa: N802
        handled = super().viewportEvent(event)
        if event.type() == QtCore.QEvent.Type.Resize:  # the view's, or a scroll bar came
            self._give_spare_width()
        return handled

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
            index = self.source_model.index(row, 0)
            self.setCurrentIndex(index)
            self.scrollTo(index)
        finally:
            self._quiet = False

    def _hush(self) -> None:
        self._quiet = True

    def _after_sort(self) -> None:
        self._quiet = False
        row = self.source_model.row_of(self._selected) if self._selected else None
        if row is not None:
            self.scrollTo(self.source_model.index(row, 0))

    def _on_selection(self, *_: object) -> None:
        if self._quiet:
            return
        rows = self.selectionModel().selectedRows()
        if rows:
            self.record_selected.emit(self.source_model.record_id(rows[0].row()))
        elif self._selected is not None:
            self.selection_cleared.emit()


def _kind_words(kind: str) -> str:
    """A kind as the table names it: the registry's name in the reader's language
    (``General Assembly session``, ``Session de l'Assemblée générale``); a kind nobody
    registered, as the file writes it (``_`` read as a space)."""
    return translate("Kinds", kinds.kind(kind).display_name).replace("_", " ")


def _status_words(status: str) -> str:
    """A status as the table names it: its mark or word in the reader's language
    (``acting``, ``held``); else as the file writes it (``_`` read as a space)."""
    spec = kinds.status(status)
    words = spec.mark or spec.word
    return translate("Kinds", words) if words else status.replace("_", " ")
