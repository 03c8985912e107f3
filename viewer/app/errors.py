"""Unexpected errors: logged to a file in the platform's log folder and shown in a dialog;
the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import platformdirs

log = logging.getLogger("viewer")


def log_path() -> Path:
    """The log file: ``~/.local/state/timeline-viewer/log/timeline-viewer.log`` on Linux."""
    return Path(platformdirs.user_log_dir("timeline-viewer")) / "timeline-viewer.log"


def setup_logging() -> Path:
    """Send warnings and errors of the ``viewer`` logger to :func:`log_path`."""
    path = log_path()
    if not any(isinstance(h, logging.FileHandler) for h in log.handlers):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.FileHandler(path, encoding="utf-8")
        except OSError:
            return path
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def install_excepthook() -> None:
    """Show unexpected exceptions in a dialog (once the GUI runs) instead of dying."""
    sys.excepthook = handle_exception


def handle_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """Log the exception and show a short message with the log file's path."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    path = setup_logging()
    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    from PySide6 import QtCore, QtWidgets

    app = QtWidgets.QApplication.instance()
    if app is None:
        sys.__excepthook__(kind, value, tb)
        return
    from viewer.core.display_text import shown_text
    from viewer.core.i18n import embedded, translate

    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Critical,
        translate("Errors", "Unexpected error"),
        shown_text(
            translate(
                "Errors",
                "Something went wrong: {error}\n\nThe app keeps running. Details are in the "
                "log file:\n{path}",
            ).format(error=embedded(f"{kind.__name__}: {value}"), path=embedded(str(path)))
        ),
        QtWidgets.QMessageBox.StandardButton.Ok,
        app.activeWindow(),
    )
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    box.setObjectName("error_box")
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class SlotErrors:
    """Exceptions of signal slots handed back to the call that emitted the signal (a slot
    cannot raise to its emitter): while :meth:`raised` runs, a :meth:`guard`-ed slot's
    exception is held and raised once the block ends; at other times it propagates as
    usual. The window uses it so a bug while showing a file is reported with the file's
    name and the data shown before comes back."""

    def __init__(self) -> None:
        self._held: list[Exception] | None = None

    def guard(self, slot: Callable[..., None]) -> Callable[..., None]:
        """*slot*, its exceptions held while :meth:`raised` runs."""

        def guarded(*args: object) -> None:
            if self._held is None:
                slot(*args)
                return
            try:
                slot(*args)
            except Exception as exc:  # noqa: BLE001  # raised again by raised()
                self._held.append(exc)

        return guarded

    @contextmanager
    def raised(self) -> Iterator[None]:
        """Run the block, then raise the first exception a guarded slot held in it."""
        self._held = []
        try:
            yield
        finally:
            held, self._held = self._held, None
        if held:
            raise held[0]
