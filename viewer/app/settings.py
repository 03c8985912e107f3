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

from viewer.core import export_spec as spec
from viewer.core.i18n import LANGUAGES

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
        log.warning(
            "settings: %s = %s is not a valid value; using the default %r",
            self.key,
            shown if len(shown) <= 200 else shown[:200] + "…",
            self.default,
        )
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
EXPORT_TITLE_MAX = 1000
"""Longest export title kept (characters)."""


def _one_of(*choices: str) -> Callable[[Any], bool]:
    return lambda value: value in choices


def _within(limit: spec.Limit) -> Callable[[Any], bool]:
    return lambda value: value in limit  # False for NaN and infinities


def _folder(value: str) -> bool:
    return value == "" or Path(value).is_dir()


def _finite_pair(value: list[str]) -> bool:
    try:
        return len(value) == 2 and all(math.isfinite(float(v)) for v in value)
    except ValueError:
        return False


def checked_export_size(
    width_px: int, height_px: int, scale: float, fmt: str
) -> tuple[int, int, float]:
    """(*width_px*, *height_px*, *scale*) made exportable together: each is already in its
    own range (see the ``EXPORT_*`` settings); a scale that makes the image wider or taller
    than the exporter allows, or a PNG larger than its pixel limit, falls back to 1 and
    then the height to 0 (fit), with a note in the log."""

    def too_large(w: int, h: int, s: float) -> bool:
        return spec.image_size_problem(w, h or None, s, fmt) is not None

    if too_large(width_px, height_px, scale):
        log.warning(
            "settings: export size %d x %d px at scale %g is too large; using scale 1",
            width_px,
            height_px,
            scale,
        )
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
#: View › Fit Lanes in Window, for every file.
LANES_FITTED = Setting("view/lanes_fitted", bool, False)
THEME = Setting("view/theme", str, "system", _one_of("system", "light", "dark"))
#: The interface language chosen in View › Language; "": the system's (viewer.app.language).
LANGUAGE = Setting("view/language", str, "", _one_of("", *LANGUAGES))
# The export's defaults and limits are the export spec's (viewer.core.export_spec).
_EXPORT = spec.ExportOptions()
EXPORT_FORMAT = Setting("export/format", str, spec.FORMATS[0], _one_of(*spec.FORMATS))
EXPORT_EXTENT = Setting("export/extent", str, spec.EXTENTS[0], _one_of(*spec.EXTENTS))
EXPORT_FROM = Setting("export/from_year", int, spec.FROM_YEAR, _within(spec.YEAR))
EXPORT_TO = Setting("export/to_year", int, spec.TO_YEAR, _within(spec.YEAR))
EXPORT_WIDTH = Setting("export/width_px", int, _EXPORT.width_px, _within(spec.WIDTH_PX))
#: 0: as tall as the content needs (``ExportOptions.height_px`` None).
EXPORT_HEIGHT = Setting(
    "export/height_px", int, _EXPORT.height_px or 0, lambda v: v == 0 or v in spec.HEIGHT_PX
)
EXPORT_SCALE = Setting("export/scale", float, _EXPORT.scale, _within(spec.SCALE))
EXPORT_PAGE = Setting("export/page", str, _EXPORT.page, _one_of(*spec.PAGES))
EXPORT_LANDSCAPE = Setting("export/landscape", bool, _EXPORT.landscape)
EXPORT_TITLE = Setting("export/title", str, "", lambda v: len(v) <= EXPORT_TITLE_MAX)
#: The file whose export the title in EXPORT_TITLE was typed for; other files get their own.
EXPORT_TITLE_FILE = Setting("export/title_file", str, "")
EXPORT_LEGEND = Setting("export/legend", bool, _EXPORT.legend)
EXPORT_SOURCES = Setting("export/sources", bool, _EXPORT.sources)
EXPORT_THEME = Setting("export/theme", str, _EXPORT.theme, _one_of(*spec.THEMES))
EXPORT_FOLDER = Setting("export/folder", str, "", _folder)
