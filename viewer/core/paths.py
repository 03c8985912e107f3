"""Where the bundled files live: ``data/`` (records and schema) and ``resources/``.

In a source checkout (or an editable install) they are the folders at the top of the
repository; a wheel carries copies inside the package, under ``viewer/_bundled/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _root(name: str) -> Path:
    bundled = _PACKAGE / "_bundled" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent / name


def data_path(*parts: str) -> Path:
    """Path of a file under ``data/`` (for example ``data_path("interpol.json")``)."""
    return _root("data").joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """Path of an asset under ``resources/`` (icons, fonts, styles): the one lookup."""
    return _root("resources").joinpath(*parts)


BUNDLED_DATA = data_path("interpol.json")
"""The bundled INTERPOL record."""
SCHEMA_PATH = data_path("timeline.schema.json")
"""JSON Schema (draft 2020-12) of the viewer's own format."""
