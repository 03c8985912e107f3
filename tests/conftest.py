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


@pytest.fixture
def unwritable_folder():
    """``(folder, denied)``: a folder this process may not write in while the context
    manager ``denied()`` is active. The folder is read-only (mode 555); as root, who may
    write anywhere, ``denied()`` also acts as user ``nobody`` (effective ids only, given
    back at its end). Skipped where root cannot do that."""
    import contextlib
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="unwritable-"))  # not under pytest's 0700 folder
    base.chmod(0o755)
    folder = base / "read-only"
    folder.mkdir()
    folder.chmod(0o555)

    @contextlib.contextmanager
    def denied():
        if os.geteuid() != 0:
            yield
            return
        try:
            os.setegid(65534)
            os.seteuid(65534)
        except OSError:
            os.setegid(0)
            pytest.skip("root cannot act as user nobody here")
        try:
            yield
        finally:
            os.seteuid(0)
            os.setegid(0)

    yield folder, denied
    folder.chmod(0o755)
    shutil.rmtree(base)
