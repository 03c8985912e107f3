"""Opening files in the window: every load (the first, File › Open, a drop, a recent file,
a reload when the file changes) runs in a :class:`~viewer.app.loader.LoadTask` off the GUI
thread, with a progress dialog and Cancel when it takes longer than half a second.

:class:`Opener` owns the task, the file's declared date format (for reloads), the reload
that waits for a running one, the guard around showing a result (a bug brings the data shown
before back), the messages of failed loads, File › Open Recent and files dropped on the
window. It hands a result to the window's ``show`` (which puts it in the session) and says
through a signal when nothing is shown after a failure; the window wires both.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from viewer.app import file_watch, menus
from viewer.app.loader import LoadTask, internal_error_message
from viewer.app.messages import LoadMessages
from viewer.app.session import Session
from viewer.core.display_text import shown_text
from viewer.core.i18n import QT_TRANSLATE_NOOP, embedded, translate
from viewer.core.load_messages import load_failure
from viewer.core.loading import LoadResult
from viewer.core.paths import BUNDLED_DATA

OPEN_FILTER = QT_TRANSLATE_NOOP(
    "Open",
    "Timeline files (*.json *.csv *.tsv *.txt *.parquet *.arrow *.arrows *.feather *.ipc);;"
    "JSON (*.json);;CSV (*.csv *.tsv *.txt);;"
    "Parquet / Arrow (*.parquet *.arrow *.arrows *.feather *.ipc);;All files (*)",
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


def ask_open_folder(parent: QtWidgets.QWidget, shown_path: str) -> str:
    """File › Open Folder's dialog (a partitioned Parquet table is a folder, which File ›
    Open's dialog only enters), beside the file or folder *shown_path* (``""``: none): the
    folder chosen, or ``""``."""
    start = str(Path(shown_path).parent) if shown_path else ""
    return QtWidgets.QFileDialog.getExistingDirectory(
        parent, translate("Open", "Open a folder of Parquet files"), start
    )


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether *a* and *b* name the same file (after resolving links and ``..``)."""
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, RuntimeError, ValueError):
        return str(a) == str(b)


class Opener(QtCore.QObject):
    """Loads files in the background for the window *parent* and hands them to *session*.

    *show* is called on the GUI thread with ``(result, keep_view)`` to show a result (it
    puts it in *session*; an exception there is caught, reported and the result shown
    before comes back); *status* with ``(text, milliseconds)`` for the status bar;
    *recent_menu* is File › Open Recent, kept filled. Local files dropped on *parent* open
    (the first, when several are dropped).

    Signals:
        nothing_shown(str, str): ``(path, message)``: *path* could not be used and no data
            is shown (the message box has been shown already).
        load_started(str): a file (its path) began to load.
        load_ended(): that load ended (shown, failed or cancelled).
    """

    nothing_shown = QtCore.Signal(str, str)
    load_started = QtCore.Signal(str)
    load_ended = QtCore.Signal()

    def __init__(
        self,
        parent: QtWidgets.QWidget,
        session: Session,
        show: Callable[[LoadResult, bool], None],
        status: Callable[[str, int], None],
        recent_menu: QtWidgets.QMenu,
    ) -> None:
        super().__init__(parent)
        self._window, self._session = parent, session
        self._show, self._status, self._recent_menu = show, status, recent_menu
        self._messages = LoadMessages(parent)
        self._task: LoadTask | None = None
        self._date_format: str | None = None  # of the file shown, for reloads
        self._reload_again = False  # the file changed while it was being read
        # The latest load until its end is delivered here: its worker may have ended, its
        # result still on its way to this thread (see reload)
        self._awaiting: LoadTask | None = None
        self._fill_recent_menu()
        parent.setAcceptDrops(True)
        parent.installEventFilter(self)

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
        self._awaiting = task
        progress = QtWidgets.QProgressDialog(self._window)
        label = QtWidgets.QLabel(
            translate("Open", "Loading {file}…").format(file=embedded(_dialog_name(path)))
        )
        label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        label.setWordWrap(True)
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
            if self._awaiting is task:
                self._awaiting = None
            progress.reset()
            progress.hide()
            progress.deleteLater()
            self.load_ended.emit()
            if self._reload_again:
                self._reload_again = False
                QtCore.QTimer.singleShot(0, self.reload)

        def finished(result: LoadResult) -> None:
            done()
            if self._task is not task:
                # A load another open has cancelled, but which ended before it knew: shown
                # after the newer file's, it replaced it (a loaded machine, in a test)
                return
            shown = self._session.path
            if keep_view and not result.dataset.records and shown and same_file(shown, path):
                # A reload that found no valid record (a save half done): keep what works.
                first = result.problems[0].in_words() if result.problems else ""
                errors = result.error_count
                self._fail(
                    str(path),
                    translate(
                        "Open",
                        "{file}: no valid record any more (%Ln error(s); the first: {first})",
                        None,
                        errors,
                    ).format(file=embedded(str(path)), first=first),
                )
                return
            if self._show_guarded(result, keep_view, str(path)):
                self._date_format = date_format
                if then is not None:
                    then(result)

        def on_placing(count: int) -> None:
            # Records read: the indexes and lanes take a while more, with no progress known.
            # Through the dialog, which grows to the longer text (set on the label alone,
            # it was cut: "…records of synthetic-1").
            progress.setLabelText(
                translate(
                    "Open", "Placing the %Ln record(s) of {file} in lanes…", None, count
                ).format(file=embedded(_dialog_name(path)))
            )
            progress.setRange(0, 0)

        task.progress.connect(on_progress)
        task.placing.connect(on_placing)
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
        self.load_started.emit(str(path))
        task.start()
        return task

    def ask_and_open(self) -> None:
        """File › Open: ask for a file (:func:`ask_open_path`) and open it."""
        path = ask_open_path(self._window, self._session.path)
        if path:
            self.open(path)

    def ask_and_open_folder(self) -> None:
        """File › Open Folder: ask for a folder (:func:`ask_open_folder`) and open it."""
        path = ask_open_folder(self._window, self._session.path)
        if path:
            self.open(path)

    def reload(self) -> None:
        """Read the file shown again, keeping the view and the selection. While the same
        file is loading, it is read once more when that ends; while another file is
        loading, nothing happens (it would be cancelled)."""
        shown = self._session.path
        if self._task is not None and (self._task.is_running() or self._awaiting is self._task):
            # Also once its worker has ended, until its result is shown: a reload then (the
            # folder's watch, on a loaded machine) read the file shown again, and the newer
            # file, opened by the user, was dropped as superseded (a CI run)
            if shown and same_file(shown, self._task.path):
                self._reload_again = True
            return
        if shown and Path(shown).exists():  # a file, or a folder of Parquet files
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

    def _show_guarded(self, result: LoadResult, keep_view: bool, path: str) -> bool:
        """Show *result* (read from *path*), guarded: an internal error names the file and
        the place, and the data shown before comes back. Returns success."""
        previous = self._session.load_result
        try:
            self._show(result, keep_view)
        except Exception as exc:  # a bug must not leave a half-shown file
            message = internal_error_message(path, "showing", exc)
            if previous is not None:
                try:
                    self._show(previous, True)
                except Exception:  # noqa: BLE001  # nothing more to fall back to
                    pass
            self._fail(path, message)
            return False
        self._messages.close_reload_message()
        if not same_file(path, BUNDLED_DATA):  # File › Open Bundled Record opens it
            file_watch.remember(path)
            self._fill_recent_menu()
        return True

    def _fail(self, path: str, message: str) -> None:
        """Tell that *path* could not be used: what was shown before stays, and the message
        says so (for a reload of the open file: its last good data, and when it was read)."""
        shown = self._session.path
        failure = load_failure(
            message, path, shown, bool(shown) and same_file(shown, path), self._session.loaded_at
        )
        if failure.status:
            self._status(failure.status, 0)
        if failure.nothing_shown:
            self.nothing_shown.emit(path, message)
        self._messages.show_failure(failure)

    def _fill_recent_menu(self) -> None:
        menus.fill_recent_menu(self._recent_menu, file_watch.recent_files(), self.open)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        """Files dragged over the window are accepted; the first dropped opens."""
        kind = event.type()
        if isinstance(event, QtGui.QDropEvent) and kind in (event.Type.DragEnter, event.Type.Drop):
            files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
            if files:
                event.acceptProposedAction()
                if kind == event.Type.Drop:
                    self.open(files[0])
                return True
        return super().eventFilter(watched, event)


DIALOG_NAME_CHARS = 60
"""The most characters of a file's name the loading dialog shows: a longer one is cut in
its middle (a name without spaces cannot wrap, and made the dialog wider than the screen,
its Cancel button out of sight)."""


def _dialog_name(path: str | Path) -> str:
    """*path*'s file name as the loading dialog shows it: literal, cut in the middle with
    "…" beyond :data:`DIALOG_NAME_CHARS` characters."""
    name = shown_text(Path(path).name)
    if len(name) <= DIALOG_NAME_CHARS:
        return name
    half = (DIALOG_NAME_CHARS - 1) // 2
    return name[:half] + "…" + name[-half:]
