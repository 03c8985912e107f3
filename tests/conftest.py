"""Headless, strict test set-up: offscreen Qt, PySide6 for pyqtgraph, bundled fonts."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
# The interface follows the system's language (viewer.app.language): the tests expect
# English words whatever the machine's locale, and so do the commands they start.
for _name in ("LANGUAGE", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LC_ALL"] = "C.UTF-8"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from viewer.core.layout import compute_layout  # noqa: E402
from viewer.core.loading import LoadResult, load_file  # noqa: E402
from viewer.core.paths import BUNDLED_DATA  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini.json"


def generator():  # type: ignore[no-untyped-def]
    """``benchmarks/generate.py`` as a module (synthetic records for tests), imported once
    without changing ``sys.path``."""
    import importlib.util
    import sys

    module = sys.modules.get("generate")
    if module is None:
        path = Path(__file__).resolve().parents[1] / "benchmarks" / "generate.py"
        spec = importlib.util.spec_from_file_location("generate", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["generate"] = module
        spec.loader.exec_module(module)
    return module


def write_tall_file(tmp_path: Path, records: int = 3000):  # type: ignore[no-untyped-def]
    """A generated file of *records* records whose lanes need more height than a view has."""
    import json

    path = tmp_path / "tall.json"
    path.write_text(json.dumps(generator().generate_document(records, seed=2)), encoding="utf-8")
    return path


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


#: Test folders whose tests never need Qt: the pure core and the benchmark scripts' checks.
PURE_FOLDERS = ("core", "benchmarks")
#: Fixtures that start a QApplication.
QT_FIXTURES = frozenset({"qapp", "qtbot", "window"})


def pytest_collection_modifyitems(config, items):
    """Mark every test that needs Qt as ``gui``: those outside :data:`PURE_FOLDERS` and those
    that ask for a Qt fixture. ``pytest -m "not gui"`` then runs the pure tests without ever
    importing PySide6 (``pytest_sessionfinish`` checks it)."""
    tests_root = Path(__file__).parent
    for item in items:
        folder = Path(str(item.path)).relative_to(tests_root).parts[0]
        if folder not in PURE_FOLDERS or QT_FIXTURES & set(item.fixturenames):
            item.add_marker(pytest.mark.gui)


def pytest_sessionfinish(session, exitstatus):
    """A run without gui tests must not have imported Qt: fail it if it did."""
    import sys

    if session.config.getoption("markexpr", "") == "not gui" and session.testscollected:
        loaded = sorted(m for m in ("PySide6", "shiboken6", "pyqtgraph") if m in sys.modules)
        if loaded:
            print(f"\npure tests imported {', '.join(loaded)}")
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def _qt_set_up(qapp, tmp_path_factory):
    """Keep settings in a temporary INI file (never the user's), register the bundled fonts
    and pyqtgraph options, and collect garbage on the GUI thread only, as the app does at
    start. Once per session, for gui tests only."""
    from viewer.app import settings
    from viewer.app.qt_setup import collect_garbage_on_gui_thread, ensure_app

    settings.use_file(str(tmp_path_factory.mktemp("settings") / "settings.ini"))
    ensure_app(offscreen=True)
    collect_garbage_on_gui_thread()
    yield


@pytest.fixture(autouse=True)
def _gui_set_up(request):
    """Give each ``gui`` test the Qt set-up; pure tests get nothing (and no QApplication)."""
    if request.node.get_closest_marker("gui"):
        request.getfixturevalue("_qt_set_up")
    yield
    import gc

    if not gc.isenabled():  # collected on this (the GUI) thread: what is due after each test
        from viewer.app.qt_setup import collect_garbage_on_gui_thread

        collect_garbage_on_gui_thread().check()


def open_and_wait(window, path, date_format=None, timeout_s=120.0) -> bool:
    """Open *path* in *window* as File › Open does (in the background) and wait until the
    load ends; returns whether the file is shown."""
    import time

    from PySide6 import QtTest

    shown, ended = [], []
    task = window.open_in_background(
        path, date_format=date_format, then=lambda _result: shown.append(True)
    )
    for signal in (task.finished, task.failed, task.cancelled):
        signal.connect(lambda *_: ended.append(True))
    # A small file may be read before the lines above connect (a queued signal goes to
    # the receivers connected when it is emitted): the task then is no longer running,
    # and the window's own connections, made before it started, still deliver it.
    deadline = time.monotonic() + timeout_s
    while not ended and task.is_running() and time.monotonic() < deadline:
        QtTest.QTest.qWait(10)
    assert ended or not task.is_running(), f"loading {path} did not end within {timeout_s} s"
    settle = time.monotonic() + 2.0  # for the window's own handlers of the end
    while not (ended or shown) and time.monotonic() < settle:
        QtTest.QTest.qWait(10)
    QtTest.QTest.qWait(0)
    return bool(shown)


def shown_window(qtbot, result, size=(1400, 860)):
    """A main window made, sized to *size* (pixels), shown and given *result*."""
    from viewer.app.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    w.set_result(result)
    return w


@pytest.fixture
def window(qtbot, bundled):
    """The main window, shown at 1400 x 860, on the bundled record."""
    return shown_window(qtbot, bundled)


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
