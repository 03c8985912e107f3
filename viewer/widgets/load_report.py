"""The load report: what was wrong with the file, problem by problem.

A passive widget (put it in a dock or a dialog): the main window gives it a
:class:`~viewer.core.loading.LoadResult` (or the message of a file that could not be read)
and listens to :attr:`LoadReportWidget.record_activated`. All text is plain text, with
direction overrides made visible (:func:`viewer.core.display_text.shown_text`); the
tooltips are escaped, so a problem message quoting markup never loads anything.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from viewer.core import kinds
from viewer.core.display_text import shown_text
from viewer.core.i18n import (
    QT_TRANSLATE_NOOP,
    digits_in_order,
    embedded,
    numbers_in_order,
    paragraph,
    translate,
)
from viewer.core.load_messages import severity_words
from viewer.core.loading import LoadResult, Problem
from viewer.widgets.plain_text import tooltip

COLUMNS = (
    QT_TRANSLATE_NOOP("LoadReport", "Severity"),
    QT_TRANSLATE_NOOP("LoadReport", "File"),
    QT_TRANSLATE_NOOP("LoadReport", "Where"),
    QT_TRANSLATE_NOOP("LoadReport", "Id"),
    QT_TRANSLATE_NOOP("LoadReport", "Field"),
    QT_TRANSLATE_NOOP("LoadReport", "Reason"),
)

MAX_UNSOURCED_ROWS = 1000
"""Records without a source listed one by one (one more row counts the rest)."""

_ID_ROLE = QtCore.Qt.ItemDataRole.UserRole


class LoadReportWidget(QtWidgets.QWidget):
    """A summary line and a table of problems: severity, file, line or record, record id,
    field and reason, in file order; then a note for each record without a source (the
    first :data:`MAX_UNSOURCED_ROWS`), which selects it.

    Signals
    -------
    record_activated(str)
        The id of a record that exists in the loaded dataset, when the user chooses (clicks,
        moves to, or activates with Enter / double-click) a problem about it. Problems about
        records that were not loaded (rejected ones) emit nothing.
    """

    record_activated = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QtWidgets.QLabel(self)
        self.summary.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = QtWidgets.QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName(translate("LoadReport", "Load problems"))
        self.table.setHorizontalHeaderLabels([translate("LoadReport", c) for c in COLUMNS])
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QtWidgets.QHeaderView.ResizeMode.Stretch)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self._filling = False
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.cellActivated.connect(lambda row, _col: self._emit_row(row))
        self.clear()

    # -- state in ------------------------------------------------------------------------
    def clear(self) -> None:
        """Show nothing loaded."""
        self._fill([], set())
        self.summary.setText(translate("LoadReport", "No file loaded."))

    def set_result(self, result: LoadResult) -> None:
        """Show the problems of *result*; rows about records in its dataset can be chosen."""
        dataset = result.dataset
        errors = result.error_count
        warnings = result.warning_count
        records = len(dataset.records)
        counts = ", ".join(
            (
                translate("LoadReport", "%Ln record(s) loaded", None, records),
                translate("LoadReport", "%Ln error(s)", None, errors),
                translate("LoadReport", "%Ln warning(s)", None, warnings),
            )
        )
        text = f"{embedded(dataset.path or dataset.title)}: {counts}."
        if not records:
            text += " " + translate("LoadReport", "No valid record: nothing to show.")
        elif not result.problems:
            text += " " + translate("LoadReport", "No problems found.")
        columns = dataset.columns
        # Claims only, as the load's warning counts them (an era gives context)
        context = columns.codes_of(columns.kind_names, kinds.CONTEXT_KINDS)[columns.kind]
        unsourced = [
            columns.ids[i] for i in ((columns.n_sources == 0) & ~context).nonzero()[0].tolist()
        ]
        unsourced_count = len(unsourced)
        if unsourced:
            text += " " + translate(
                "LoadReport",
                "%Ln record(s) without a source (listed as notes).",
                None,
                unsourced_count,
            )
        self.summary.setText(shown_text(paragraph(text)))
        # Rows of severity "note" (not a problem of the file: the panel says so too).
        file = dataset.path or ""
        notes = [
            Problem(
                "note",
                file,
                None,
                rid,
                "sources",  # type: ignore[arg-type]
                translate("LoadReport", "no source given in the file"),
            )
            for rid in unsourced[:MAX_UNSOURCED_ROWS]
        ]
        rest = len(unsourced) - MAX_UNSOURCED_ROWS
        if rest > 0:
            notes.append(
                Problem(
                    "note",
                    file,
                    None,
                    None,
                    "sources",  # type: ignore[arg-type]
                    translate(
                        "LoadReport",
                        "… and %Ln more record(s) without a source (View › Table, Sources "
                        "column: 0)",
                        None,
                        rest,
                    ),
                )
            )
        self._fill(
            (*result.problems, *notes),
            {p.record_id for p in result.problems if p.record_id and dataset.get(p.record_id)}
            | set(unsourced[:MAX_UNSOURCED_ROWS]),
        )

    def set_failure(self, message: str) -> None:
        """Show that a file could not be read at all (*message* names file and place)."""
        self._fill([], set())
        could_not = translate("LoadReport", "Could not open the file.")
        self.summary.setText(shown_text(f"{could_not} {embedded(message)}"))

    # -- inside --------------------------------------------------------------------------
    def _fill(self, problems: tuple[Problem, ...] | list[Problem], existing: set[str]) -> None:
        self._filling = True
        try:
            self.table.clearContents()
            self.table.setRowCount(len(problems))
            for row, p in enumerate(problems):
                severity = severity_words(p.severity)
                # The file's path a left-to-right run: in an Arabic table its leading slash
                # went to its end, "tmp/a.json/" (a trial)
                values = (
                    severity,
                    embedded(p.file),
                    p.location,
                    p.record_id or "",
                    p.field,
                    p.message,
                )
                chosen = p.record_id if p.record_id in existing else None
                for col, value in enumerate(values):
                    text = shown_text(value)
                    if col in (2, 3, 5):  # where, id and reason: a date's digits kept in order
                        text = numbers_in_order(digits_in_order(text) if col == 5 else text)
                    item = QtWidgets.QTableWidgetItem(text)
                    item.setData(_ID_ROLE, chosen)
                    if col == 5:
                        item.setToolTip(tooltip(value))  # escaped: never read as markup
                    if p.severity == "error" and col == 0:
                        item.setForeground(QtGui.QBrush(QtGui.QColor("#b00020")))
                    self.table.setItem(row, col, item)
        finally:
            self._filling = False

    def record_id_at(self, row: int) -> str | None:
        """The id of the loaded record the problem in *row* is about, or None."""
        item = self.table.item(row, 0)
        value = item.data(_ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def _on_selection(self) -> None:
        if self._filling:
            return
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) == 1:
            self._emit_row(rows.pop())

    def _emit_row(self, row: int) -> None:
        record_id = self.record_id_at(row)
        if record_id is not None:
            self.record_activated.emit(record_id)
