"""Unexpected errors: logged to a file in the platform's log folder and shown in a dialog;
the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
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

    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Critical,
        "Unexpected error",
        shown_text(
            f"Something went wrong: {kind.__name__}: {value}\n\n"
            f"The app keeps running. Details are in the log file:\n{path}"
        ),
        QtWidgets.QMessageBox.StandardButton.Ok,
        app.activeWindow(),
    )
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    box.setObjectName("error_box")
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
