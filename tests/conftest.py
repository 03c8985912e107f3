"""Headless, strict test set-up: offscreen Qt, PySide6 for pyqtgraph, bundled fonts."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from viewer.core.layout import compute_layout  # noqa: E402
from viewer.core.loading import LoadResult, load_file  # noqa: E402
from viewer.core.paths import BUNDLED_DATA  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini.json"


@pytest.fixture(scope="session")
def bundled() -> LoadResult:
    """The bundled INTERPOL record, loaded once."""
    return load_file(BUNDLED_DATA)


@pytest.fixture(scope="session")
def bundled_layout(bundled):
    return compute_layout(bundled.dataset)


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6 import QtWidgets

    return QtWidgets.QApplication


@pytest.fixture(scope="session", autouse=True)
def _settings_file(tmp_path_factory):
    """Never touch the user's real settings: keep them in a temporary INI file."""
    from viewer.app import settings

    settings.use_file(str(tmp_path_factory.mktemp("settings") / "settings.ini"))
    yield


@pytest.fixture(scope="session", autouse=True)
def _fonts(qapp):
    """Register the bundled fonts and pyqtgraph options, as the app does at start."""
    from viewer.app.qt_setup import ensure_app

    ensure_app(offscreen=True)
    yield


@pytest.fixture
def window(qtbot, bundled):
    """The main window, shown at 1400 x 860, on the bundled record."""
    from viewer.app.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    qtbot.waitExposed(w)
    w.set_result(bundled)
    return w
