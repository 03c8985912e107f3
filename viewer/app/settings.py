"""Settings: every key declared once, with its type and default (after Picard's
``config.py``). Values live in ``QSettings`` (the platform's place: ~/.config on Linux);
tests point it at a temporary file with :func:`use_file`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6 import QtCore

from viewer.core import export_spec as spec

T = TypeVar("T")

_settings: QtCore.QSettings | None = None


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting: ``key`` in QSettings, Python ``type`` and ``default``."""

    key: str
    type: type
    default: T

    def get(self) -> T:
        """The stored value, or the default when missing or of the wrong type."""
        raw = store().value(self.key, self.default)
        try:
            if self.type is bool:
                if isinstance(raw, str):
                    return (raw.lower() in ("true", "1", "yes")) if raw else self.default  # type: ignore[return-value]
                return bool(raw)  # type: ignore[return-value]
            if self.type is list:
                if raw is None or raw == "":
                    return list(self.default)  # type: ignore[arg-type,return-value]
                return list(raw) if isinstance(raw, (list, tuple)) else [raw]  # type: ignore[return-value]
            if self.type is QtCore.QByteArray:
                return raw if isinstance(raw, QtCore.QByteArray) else self.default
            return self.type(raw)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        """Store *value*."""
        store().setValue(self.key, value)


def store() -> QtCore.QSettings:
    """The QSettings in use (created on first use)."""
    global _settings
    if _settings is None:
        _settings = QtCore.QSettings("timeline-viewer", "timeline-viewer")
    return _settings


def use_file(path: str) -> None:
    """Keep settings in the INI file *path* (tests, portable use)."""
    global _settings
    _settings = QtCore.QSettings(path, QtCore.QSettings.Format.IniFormat)


def reset() -> None:
    """Forget every stored setting."""
    store().clear()
    store().sync()


# -- the declared settings -------------------------------------------------------------------
WINDOW_GEOMETRY = Setting("window/geometry", QtCore.QByteArray, QtCore.QByteArray())
WINDOW_STATE = Setting("window/state", QtCore.QByteArray, QtCore.QByteArray())
LAST_FILE = Setting("data/last_file", str, "")
RECENT_FILES = Setting("data/recent_files", list, [])
VIEW_RANGE = Setting("view/range", list, [])
HIDDEN_LANES = Setting("view/hidden_lanes", list, [])
THEME = Setting("view/theme", str, "system")
# The export's defaults are the export spec's (viewer.core.export_spec), stated there once.
_EXPORT = spec.ExportOptions()
EXPORT_FORMAT = Setting("export/format", str, spec.FORMATS[0])
EXPORT_EXTENT = Setting("export/extent", str, spec.EXTENTS[0])
EXPORT_FROM = Setting("export/from_year", int, spec.FROM_YEAR)
EXPORT_TO = Setting("export/to_year", int, spec.TO_YEAR)
EXPORT_WIDTH = Setting("export/width_px", int, _EXPORT.width_px)
#: 0: as tall as the content needs (``ExportOptions.height_px`` None).
EXPORT_HEIGHT = Setting("export/height_px", int, _EXPORT.height_px or 0)
EXPORT_SCALE = Setting("export/scale", float, _EXPORT.scale)
EXPORT_PAGE = Setting("export/page", str, _EXPORT.page)
EXPORT_LANDSCAPE = Setting("export/landscape", bool, _EXPORT.landscape)
EXPORT_TITLE = Setting("export/title", str, "")
#: The file whose export the title in EXPORT_TITLE was typed for; other files get their own.
EXPORT_TITLE_FILE = Setting("export/title_file", str, "")
EXPORT_LEGEND = Setting("export/legend", bool, _EXPORT.legend)
EXPORT_SOURCES = Setting("export/sources", bool, _EXPORT.sources)
EXPORT_THEME = Setting("export/theme", str, _EXPORT.theme)
EXPORT_FOLDER = Setting("export/folder", str, "")

ALL: tuple[Setting[Any], ...] = tuple(v for v in globals().values() if isinstance(v, Setting))
