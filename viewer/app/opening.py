"""Opening files in the window: every load (the first, File › Open, a drop, a recent file,
a reload when the file changes) runs in a :class:`~viewer.app.loader.LoadTask` off the GUI
thread, with a progress dialog and Cancel when it takes longer than half a second.

:class:`Opener` owns the task, the file's declared date format (for reloads) and the
reload that waits for a running one; what the window does with a result is its
``show(result, keep_view, path) -> bool`` and ``fail(path, message)`` callbacks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from viewer.app.loader import LoadTask
from viewer.core.display_text import shown_text
from viewer.core.i18n import QT_TRANSLATE_NOOP, embedded, translate
from viewer.core.loading import LoadResult

OPEN_FILTER = QT_TRANSLATE_NOOP(
    "Open",
    "Timeline files (*.json *.csv *.tsv *.txt *.parquet *.arrow *.feather *.ipc);;"
    "JSON (*.json);;CSV (*.csv *.tsv *.txt);;"
    "Parquet / Arrow (*.parquet *.arrow *.feather *.ipc);;All files (*)",
)
"""File › Open's choice of file types."""


def ask_open_path(parent: QtWidgets.QWidget, shown_path: str) -> str:
    """File › Open's dialog, in the folder of the file *shown_path* (``""``: none): the
    path chosen, or ``""``."""
    start = str(Path(shown_path).parent) if shown_path else ""
    path, _ = QtWidgets.QFileDialog.getOpenFileName(
        parent, translate("Open", "Open timeline"), start, translate("Open", OPEN_FILTER)
    )
    return path


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether *a* and *b* name the same file (after resolving links and ``..``)."""
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, RuntimeError, ValueError):
        return str(a) == str(b)


class Opener(QtCore.QObject):
    """Loads files in the background for the window *parent*.

    *show* is called on the GUI thread with ``(result, keep_view, path)`` and returns
    whether the result could be shown; *fail* with ``(path, message)`` when the file could
    not be used; *status* with ``(text, milliseconds)`` for the status bar; *shown_path*
    returns the path of the file shown (``""``: none).
    """

    def __init__(
        self,
        parent: QtWidgets.QWidget,
        show: Callable[[LoadResult, bool, str], bool],
        fail: Callable[[str, str], None],
        status: Callable[[str, int], None],
        shown_path: Callable[[], str],
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._show, self._fail, self._status, self._shown_path = show, fail, status, shown_path
        self._task: LoadTask | None = None
        self._date_format: str | None = None  # of the file shown, for reloads
        self._reload_again = False  # the file changed while it was being read

    def open(
        self,
        path: str | Path,
        keep_view: bool = False,
        date_format: str | None = None,
        then: Callable[[LoadResult], None] | None = None,
    ) -> LoadTask:
        """Load *path* in a worker thread (cancelling a load still running). A reload
        (*keep_view*) that finds no valid record where the file shown had some keeps the
        data shown and reports the failure. *then* is called with the result once it is
        shown (not when it fails or is cancelled)."""
        if self._task is not None and self._task.is_running():
            self._task.cancel()
        if date_format is None and keep_view:
            date_format = self._date_format
        task = LoadTask(path, date_format=date_format, parent=self)
        progress = QtWidgets.QProgressDialog(self._window)
        label = QtWidgets.QLabel(
            translate("Open", "Loading {file}…").format(file=embedded(shown_text(Path(path).name)))
        )
        label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        progress.setLabel(label)
        progress.setCancelButtonText(translate("Open", "Cancel"))
        progress.setRange(0, 0)
        progress.setObjectName("load_progress")
        progress.setWindowTitle(translate("Open", "Loading"))
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(task.cancel)

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            if total:
                progress.setValue(done)

        def done() -> None:
            progress.reset()
            progress.hide()
            progress.deleteLater()
            if self._reload_again:
                self._reload_again = False
                QtCore.QTimer.singleShot(0, self.reload)

        def finished(result: LoadResult) -> None:
            done()
            shown = self._shown_path()
            if keep_view and not result.dataset.records and shown and same_file(shown, path):
                # A reload that found no valid record (a save half done): keep what works.
                first = str(result.problems[0]) if result.problems else "no records"
                errors = result.error_count
                self._fail(
                    str(path),
                    translate(
                        "Open",
                        "{file}: no valid record any more (%Ln error(s); the first: {first})",
                        None,
                        errors,
                    ).format(file=embedded(str(path)), first=embedded(first)),
                )
                return
            if self._show(result, keep_view, str(path)):
                self._date_format = date_format
                if then is not None:
                    then(result)

        task.progress.connect(on_progress)
        task.finished.connect(finished)
        task.failed.connect(lambda message: (done(), self._fail(str(path), message)))
        task.cancelled.connect(
            lambda: (
                done(),
                self._status(
                    translate("Open", "Loading {file} cancelled").format(
                        file=embedded(shown_text(Path(path).name))
                    ),
                    5000,
                ),
            )
        )
        self._task = task
        task.start()
        return task

    def reload(self) -> None:
        """Read the file shown again, keeping the view and the selection. While the same
        file is loading, it is read once more when that ends; while another file is
        loading, nothing happens (it would be cancelled)."""
        shown = self._shown_path()
        if self._task is not None and self._task.is_running():
            if shown and same_file(shown, self._task.path):
                self._reload_again = True
            return
        if shown and Path(shown).is_file():
            self.open(shown, keep_view=True)
        elif shown:
            self._status(
                translate(
                    "Open", "{file} is no longer there; the last good data is still shown"
                ).format(file=embedded(shown_text(Path(shown).name))),
                0,
            )

    def cancel(self) -> None:
        """Cancel the load running, if any (the window is closing)."""
        if self._task is not None and self._task.is_running():
            self._task.cancel()
