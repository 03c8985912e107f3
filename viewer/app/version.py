"""What ``--version`` and Help › About say: this viewer's version and the libraries it runs
on."""

from __future__ import annotations

import sys

from viewer import __version__
from viewer.core.i18n import translate

APP_NAME = "Timeline Viewer"
"""The viewer's name as people write it (citations name it with :func:`name_and_version`)."""


def name_and_version() -> str:
    """``Timeline Viewer 0.1.0``: how a citation names the software that made it."""
    return f"{APP_NAME} {__version__}"


def version_text() -> str:
    """Versions of the app and the libraries it runs on (no Qt import needed)."""
    from importlib.metadata import PackageNotFoundError, version

    def v(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "not installed"

    try:
        from PySide6 import QtCore  # no display needed

        qt = QtCore.qVersion()
    except ImportError:
        qt = "not installed"
    return (
        f"timeline-viewer {__version__} (Python {sys.version.split()[0]}, Qt {qt}, "
        f"PySide6 {v('PySide6-Essentials')}, pyqtgraph {v('pyqtgraph')})"
    )


def about_text() -> str:
    """Help › About: the versions, the bundled data's origin and the licences."""
    return (
        f"{version_text()}\n\n"
        + translate(
            "About",
            "Bundled data: INTERPOL's General Assembly sessions (1923-2026), Presidents, "
            "Secretaries General and flag handovers, compiled from the sources cited in "
            "each record (INTERPOL releases, national police and ministry pages, news "
            "reports); summaries are original text.",
        )
        + "\n\n"
        + translate("About", "Licence: MIT (code); DejaVu fonts under their own free licence.")
    )
