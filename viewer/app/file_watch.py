"""Recent files and the watch on the open file (reload when it changes on disk)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6 import QtCore

from viewer.app import settings

MAX_RECENT = 10


def recent_files() -> list[str]:
    """Recently opened files (and folders of Parquet files) that still exist, newest
    first."""
    return [p for p in settings.RECENT_FILES.get() if Path(p).exists()][:MAX_RECENT]


def remember(path: str) -> list[str]:
    """Put *path* first in the recent files; returns the new list."""
    absolute = str(Path(path).resolve())
    items = [absolute] + [p for p in settings.RECENT_FILES.get() if p != absolute]
    settings.RECENT_FILES.set(items[:MAX_RECENT])
    return items[:MAX_RECENT]


MOST_WATCHED = 1000
"""Folders and files watched at most for a folder of Parquet files (each is a watch the
system counts, 8,192 a user by default on Linux): a larger table is reloaded with F5."""


class FileWatch(QtCore.QObject):
    """Watches one file, or one folder of Parquet files (its folders and files, at most
    :data:`MOST_WATCHED`), and reports changes once they settle.

    Editors often save by writing a new file and renaming it over the old one, which ends a
    plain ``QFileSystemWatcher`` watch; this class adds the paths back after each change.

    Signals
    -------
    changed(str)
        The watched file or folder changed (300 ms after the last change event).
    """

    changed = QtCore.Signal(str)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QtCore.QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_change)
        self._watcher.directoryChanged.connect(self._on_change)
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._fire)
        self._path = ""

    def watch(self, path: str) -> None:
        """Watch *path* (and stop watching the previous one)."""
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._path = path
        self._add_paths()

    def _add_paths(self) -> None:
        """Watch the path's file, or its folder with the folders and files in it (those
        not watched yet, as many as :data:`MOST_WATCHED` allows)."""
        path = self._path
        if not path or not Path(path).exists():
            return
        wanted = [path]
        if Path(path).is_dir():
            for folder, subfolders, files in os.walk(path):
                wanted += [os.path.join(folder, name) for name in subfolders + files]
                if len(wanted) >= MOST_WATCHED:
                    break
        watched = set(self._watcher.files() + self._watcher.directories())
        new = [p for p in wanted[:MOST_WATCHED] if p not in watched]
        if new:
            self._watcher.addPaths(new)

    def _on_change(self, _path: str) -> None:
        self._timer.start()

    def _fire(self) -> None:
        if not self._path:
            return
        if Path(self._path).exists():
            self._add_paths()
            self.changed.emit(self._path)
        else:
            # Removed for now (mid-save); look again shortly.
            QtCore.QTimer.singleShot(500, self._retry)

    def _retry(self) -> None:
        if self._path and Path(self._path).exists():
            self._add_paths()
            self.changed.emit(self._path)
