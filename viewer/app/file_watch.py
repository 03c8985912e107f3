"""Recent files and the watch on the open file (reload when it changes on disk)."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore

from viewer.app import settings

MAX_RECENT = 10


def recent_files() -> list[str]:
    """Recently opened files that still exist, newest first."""
    return [p for p in settings.RECENT_FILES.get() if Path(p).is_file()][:MAX_RECENT]


def remember(path: str) -> list[str]:
    """Put *path* first in the recent files; returns the new list."""
    absolute = str(Path(path).resolve())
    items = [absolute] + [p for p in settings.RECENT_FILES.get() if p != absolute]
    settings.RECENT_FILES.set(items[:MAX_RECENT])
    return items[:MAX_RECENT]


class FileWatch(QtCore.QObject):
    """Watches one file and reports changes once they settle.

    Editors often save by writing a new file and renaming it over the old one, which ends a
    plain ``QFileSystemWatcher`` watch; this class adds the path back after each change.

    Signals
    -------
    changed(str)
        The watched file changed (300 ms after the last change event).
    """

    changed = QtCore.Signal(str)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QtCore.QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_change)
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._fire)
        self._path = ""

    def watch(self, path: str) -> None:
        """Watch *path* (and stop watching the previous file)."""
        files = self._watcher.files()
        if files:
            self._watcher.removePaths(files)
        self._path = path
        if path and Path(path).exists():
            self._watcher.addPath(path)

    def _on_change(self, _path: str) -> None:
        self._timer.start()

    def _fire(self) -> None:
        if not self._path:
            return
        if Path(self._path).exists():
            if self._path not in self._watcher.files():
                self._watcher.addPath(self._path)
            self.changed.emit(self._path)
        else:
            # Removed for now (mid-save); look again shortly.
            QtCore.QTimer.singleShot(500, self._retry)

    def _retry(self) -> None:
        if self._path and Path(self._path).exists():
            self._watcher.addPath(self._path)
            self.changed.emit(self._path)
