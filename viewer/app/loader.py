"""Loading a timeline file off the GUI thread, with progress and cancellation.

A :class:`LoadTask` runs :func:`viewer.core.importers.load_any` in a worker thread of a
``QThreadPool`` and reports back through Qt signals, which arrive on the GUI thread (queued
connections). The worker never touches a widget; it hands back the frozen
:class:`~viewer.core.loading.LoadResult`.

Every load in the window goes through one (:class:`viewer.app.opening.Opener` wires it)::

    task = LoadTask(path, date_format=None, parent=opener)
    task.progress.connect(on_progress)        # (done, total): records read so far
    progress_dialog.canceled.connect(task.cancel)
    task.finished.connect(show)               # LoadResult
    task.failed.connect(fail)                 # a one-line message naming the file
    task.cancelled.connect(say_cancelled)
    task.start()
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore

from viewer.app.preload import modules_for_file, preload
from viewer.core.errors import LoadCancelled, LoadError
from viewer.core.importers import load_any
from viewer.core.layout import layout_for
from viewer.core.loading import LoadResult

Loader = Callable[..., LoadResult]
"""``loader(path, *, date_format, progress) -> LoadResult`` (default: ``load_any``)."""


class LoadTask(QtCore.QObject):
    """Load one file in a worker thread.

    Parameters
    ----------
    path : str or Path
        The file to read (never written).
    date_format : "DMY", "MDY" or None
        Declared order of slash dates, passed to the loader.
    loader : callable, optional
        The loading function (tests pass a stand-in); default
        :func:`viewer.core.importers.load_any`.
    pool : QThreadPool, optional
        Where the work runs; default ``QThreadPool.globalInstance()``.

    Signals
    -------
    progress(int, int)
        Records read so far and the total (0 while not yet known, for example while the
        file is parsed).
    placing(int)
        The records (their number) are read; their indexes and the layout they open with
        are being made (no progress is known for that step).
    finished(object)
        The :class:`~viewer.core.loading.LoadResult`, once, when loading succeeded.
    failed(str)
        The message of a file that cannot be used at all (names the file and the place).
    cancelled()
        Loading stopped after :meth:`cancel`; nothing was loaded.

    Exactly one of ``finished``, ``failed`` and ``cancelled`` is emitted per :meth:`start`.
    """

    progress = QtCore.Signal(int, int)
    placing = QtCore.Signal(int)
    finished = QtCore.Signal(object)
    failed = QtCore.Signal(str)
    cancelled = QtCore.Signal()

    def __init__(
        self,
        path: str | Path,
        *,
        date_format: str | None = None,
        loader: Loader | None = None,
        pool: QtCore.QThreadPool | None = None,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._date_format = date_format
        self._loader = loader
        self._pool = pool or QtCore.QThreadPool.globalInstance()
        self._cancel = threading.Event()
        self._running = threading.Event()

    @property
    def path(self) -> Path:
        """The file being loaded."""
        return self._path

    def is_running(self) -> bool:
        """Whether the worker has started and not yet reported its end."""
        return self._running.is_set()

    def start(self) -> None:
        """Start loading in the pool (returns at once)."""
        self._cancel.clear()
        self._running.set()
        preload(modules_for_file(self._path))  # not in the worker: see viewer.app.preload
        self._pool.start(_Runnable(self))

    def cancel(self) -> None:
        """Ask the worker to stop at its next progress report; ``cancelled`` follows
        (unless the load had already ended)."""
        self._cancel.set()

    # -- worker side (runs in the pool's thread) ---------------------------------------
    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise LoadCancelled(str(self._path))
        self.progress.emit(done, total)

    def _run(self) -> None:
        try:
            if self._cancel.is_set():
                raise LoadCancelled(str(self._path))
            loader = self._loader or load_any  # looked up now: tests replace it
            result = loader(self._path, date_format=self._date_format, progress=self._report)
            if self._cancel.is_set():
                raise LoadCancelled(str(self._path))
            self.placing.emit(len(result.dataset.records))
            result.dataset.prepare()  # the indexes a selection uses, here and not on a click
            layout_for(result.dataset)  # the layout a file opens with (nothing hidden)
            if self._cancel.is_set():  # cancelled while placing: say so, show nothing
                raise LoadCancelled(str(self._path))
        except LoadCancelled:
            self._end(self.cancelled.emit)
        except LoadError as exc:
            failure = str(exc)
            self._end(lambda: self.failed.emit(failure))
        except Exception as exc:  # a reader bug must not take the app down
            message = internal_error_message(self._path, "reading", exc)
            self._end(lambda: self.failed.emit(message))
        else:
            self._end(lambda: self.finished.emit(result))

    def _end(self, emit: Callable[[], None]) -> None:
        self._running.clear()
        try:
            emit()
        except RuntimeError:  # the task's owner was deleted meanwhile: nobody to tell
            pass


def internal_error_message(path: str | Path, doing: str, exc: BaseException) -> str:
    """The message of an unexpected error (a bug of the viewer, not of the file) while
    *doing* something with the file *path*: it names the file and the place in the code,
    and the full traceback goes to the log (:func:`viewer.app.errors.log_path`).

    For example ``data.json: internal error while reading (KeyError: 'x' at vis.py:88);
    this is a fault of the viewer, not of the file. Details are in the log: …``.
    """
    from viewer.app import errors

    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    errors.log.error(
        "Internal error while %s %s:\n%s",
        doing,
        path,
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
    )
    text = str(exc)
    if len(text) > 300:
        text = text[:300] + "…"
    what = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return (
        f"{path}: internal error while {doing} ({what}{where}); "
        f"this is a fault of the viewer, not of the file. Details are in the log: "
        f"{errors.log_path()}"
    )


class _Runnable(QtCore.QRunnable):
    def __init__(self, task: LoadTask) -> None:
        super().__init__()
        self._task = task  # keeps the task alive until the work is done

    def run(self) -> None:
        self._task._run()
