"""Settings: every key declared once, with its type, default and check (after Picard's
``config.py``). Values live in ``QSettings`` (the platform's place: ~/.config on Linux);
tests point it at a temporary file with :func:`use_file`.

A stored value is checked before use: one of the wrong type or outside its range (a
hand-edited file, an older or newer version of the app, a damaged disk) gives the default
instead, and a note in the log names the key and the value.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6 import QtCore

T = TypeVar("T")

log = logging.getLogger("viewer.settings")

_BOOL_TEXT = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}

_settings: QtCore.QSettings | None = None


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting: ``key`` in QSettings, Python ``type``, ``default`` and
    ``valid``, a check of the converted value (``None``: any value of the type)."""

    key: str
    type: type
    default: T
    valid: Callable[[Any], bool] | None = None

    def get(self) -> T:
        """The stored value; the default when missing, and (with a note in the log) when
        of the wrong type or refused by ``valid``."""
        raw = store().value(self.key, None)
        if raw is None:
            return self._default()
        try:
            value = self._convert(raw)
        except (TypeError, ValueError, OverflowError, KeyError):
            return self._invalid(raw)
        if self.valid is not None and not self.valid(value):
            return self._invalid(raw)
        return value

    def _convert(self, raw: Any) -> T:
        if self.type is bool:
            if isinstance(raw, str):
                return _BOOL_TEXT[raw.strip().lower()]  # type: ignore[return-value]  # or KeyError
            if isinstance(raw, (bool, int)):
                return bool(raw)  # type: ignore[return-value]
            return self._raise()
        if self.type is list:
            if raw == "":
                return self._default()
            items = list(raw) if isinstance(raw, (list, tuple)) else [raw]
            if not all(isinstance(item, str) for item in items):
                return self._raise()
            return items  # type: ignore[return-value]
        if self.type is QtCore.QByteArray:
            return raw if isinstance(raw, QtCore.QByteArray) else self._raise()
        if self.type is int and isinstance(raw, str):
            return int(raw.strip())  # type: ignore[return-value]  # "1e9" is not an int
        if isinstance(raw, (list, tuple, dict)):
            return self._raise()
        return self.type(raw)  # type: ignore[no-any-return]

    def _default(self) -> T:
        if isinstance(self.default, list):
            return list(self.default)  # type: ignore[return-value]  # a copy to change
        return self.default

    @staticmethod
    def _raise() -> Any:
        raise ValueError("wrong type")

    def _invalid(self, raw: Any) -> T:
        shown = repr(raw)
        log.warning("settings: %s = %s is not a valid value; using the default %r",
                    self.key, shown if len(shown) <= 200 else shown[:200] + "…", self.default)
        return self._default()

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


# -- checks -----------------------------------------------------------------------------------
# The export limits are those the exporter enforces (viewer/export/image.py) and the export
# dialog offers; they move to viewer/core/export_spec.py once that exists.
EXPORT_WIDTH_PX = (200, 20000)
EXPORT_HEIGHT_PX = (150, 20000)  # or 0: fit the content
EXPORT_SCALE_RANGE = (0.25, 8.0)
EXPORT_MAX_SIDE_PX = 32000
EXPORT_YEARS = (-9999, 9999)
EXPORT_FORMATS = ("png", "svg", "pdf")
EXPORT_EXTENTS = ("visible", "all", "years")
EXPORT_PAGES = ("A4", "A3", "Letter")
EXPORT_THEMES = ("light", "dark")
EXPORT_TITLE_MAX = 1000
"""Longest export title kept (characters)."""


def _one_of(*choices: str) -> Callable[[Any], bool]:
    return lambda value: value in choices


def _between(low: float, high: float) -> Callable[[Any], bool]:
    return lambda value: low <= value <= high  # False for NaN


def _folder(value: str) -> bool:
    return value == "" or Path(value).is_dir()


def _finite_pair(value: list[str]) -> bool:
    try:
        return len(value) == 2 and all(math.isfinite(float(v)) for v in value)
    except ValueError:
        return False


def checked_export_size(width_px: int, height_px: int, scale: float,
                        fmt: str) -> tuple[int, int, float]:
    """(*width_px*, *height_px*, *scale*) made exportable together: each is already in its
    own range (see the ``EXPORT_*`` settings); a scale that makes the image wider or taller
    than the exporter allows, or a PNG larger than its pixel limit, falls back to 1 and
    then the height to 0 (fit), with a note in the log."""
    from viewer.export.image import MAX_PIXELS

    def too_large(w: int, h: int, s: float) -> bool:
        if round(w * s) > EXPORT_MAX_SIDE_PX or round(h * s) > EXPORT_MAX_SIDE_PX:
            return True
        return fmt == "png" and bool(h) and round(w * s) * round(h * s) > MAX_PIXELS

    if too_large(width_px, height_px, scale):
        log.warning("settings: export size %d x %d px at scale %g is too large; using "
                    "scale 1", width_px, height_px, scale)
        scale = 1.0
        if too_large(width_px, height_px, scale):
            height_px = 0
    return width_px, height_px, scale


# -- the declared settings -------------------------------------------------------------------
WINDOW_GEOMETRY = Setting("window/geometry", QtCore.QByteArray, QtCore.QByteArray())
WINDOW_STATE = Setting("window/state", QtCore.QByteArray, QtCore.QByteArray())
LAST_FILE = Setting("data/last_file", str, "")
RECENT_FILES = Setting("data/recent_files", list, [])
VIEW_RANGE = Setting("view/range", list, [], _finite_pair)
"""``[lo, hi]`` in days as text; whether it suits the file is checked when it is used."""
HIDDEN_LANES = Setting("view/hidden_lanes", list, [])
THEME = Setting("view/theme", str, "system", _one_of("system", "light", "dark"))
EXPORT_FORMAT = Setting("export/format", str, "png", _one_of(*EXPORT_FORMATS))
EXPORT_EXTENT = Setting("export/extent", str, "visible", _one_of(*EXPORT_EXTENTS))
EXPORT_FROM = Setting("export/from_year", int, 1923, _between(*EXPORT_YEARS))
EXPORT_TO = Setting("export/to_year", int, 2026, _between(*EXPORT_YEARS))
EXPORT_WIDTH = Setting("export/width_px", int, 1600, _between(*EXPORT_WIDTH_PX))
EXPORT_HEIGHT = Setting("export/height_px", int, 0,
                        lambda v: v == 0 or EXPORT_HEIGHT_PX[0] <= v <= EXPORT_HEIGHT_PX[1])
EXPORT_SCALE = Setting("export/scale", float, 1.0, _between(*EXPORT_SCALE_RANGE))
EXPORT_PAGE = Setting("export/page", str, "A4", _one_of(*EXPORT_PAGES))
EXPORT_LANDSCAPE = Setting("export/landscape", bool, True)
EXPORT_TITLE = Setting("export/title", str, "", lambda v: len(v) <= EXPORT_TITLE_MAX)
EXPORT_LEGEND = Setting("export/legend", bool, True)
EXPORT_SOURCES = Setting("export/sources", bool, True)
EXPORT_THEME = Setting("export/theme", str, "light", _one_of(*EXPORT_THEMES))
EXPORT_FOLDER = Setting("export/folder", str, "", _folder)

ALL: tuple[Setting[Any], ...] = tuple(v for v in globals().values() if isinstance(v, Setting))
