"""Icons: SVG files in ``resources/icons/``, reached only through :func:`icon`."""

from __future__ import annotations

from PySide6 import QtGui

from viewer.core.paths import resource_path


def icon(name: str) -> QtGui.QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if the file is missing)."""
    path = resource_path("icons", f"{name}.svg")
    return QtGui.QIcon(str(path)) if path.exists() else QtGui.QIcon()
