"""End to end: the app as a user starts it, in a real X11 window on a virtual screen."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import generator

pytestmark = pytest.mark.x11


def _need(tool):
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing; .ci/run installs it")
        pytest.skip(f"{tool} not installed (see README: system packages)")
    return path


def _free_display():
    for n in range(150, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return f":{n}"
    pytest.skip("no free X display number")


@pytest.fixture
def xvfb():
    _need("Xvfb")
    display = _free_display()
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 10
    while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
        if time.time() > deadline or proc.poll() is not None:
            proc.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    yield display
    proc.terminate()
    proc.wait(timeout=10)


def _app_env(display, tmp_path, ready):
    """The app's environment on *display*: X11, settings under *tmp_path*, and *ready*
    written once the data is painted."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(
        DISPLAY=display,
        TIMELINE_VIEWER_READY_FILE=str(ready),
        QT_QPA_PLATFORM="xcb",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    return env


def test_app_window_is_up_with_data(xvfb, tmp_path):
    xdotool = _need("xdotool")
    ready = tmp_path / "ready.txt"
    env = _app_env(xvfb, tmp_path, ready)
    log_path = tmp_path / "app.log"
    with log_path.open("w") as log:
        app = subprocess.Popen(
            [sys.executable, "-m", "viewer"], env=env, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.time() + 60
        while not ready.exists():
            if app.poll() is not None:
                pytest.fail(f"the app exited early ({app.returncode}):\n{log_path.read_text()}")
            if time.time() > deadline:
                pytest.fail("the window did not paint its data within 60 s")
            time.sleep(0.05)
        drawn = int(ready.read_text().split()[1])
        assert drawn > 100  # the bundled record is on screen
        found = subprocess.run(
            [xdotool, "search", "--onlyvisible", "--name", "interpol.json"],
            env=env,
            capture_output=True,
            text=True,
        )
        assert found.returncode == 0 and found.stdout.strip(), (
            "no visible window named after the data"
        )
        if shutil.which("import"):
            shot = tmp_path / "screen.png"
            subprocess.run(
                ["import", "-window", "root", str(shot)], env=env, check=True, timeout=30
            )
            from PySide6 import QtGui

            image = QtGui.QImage(str(shot))
            blue = QtGui.QColor("#0072B2").rgb()
            hits = sum(
                1
                for x in range(0, image.width(), 2)
                for y in range(0, image.height() // 2, 2)
                if image.pixel(x, y) == blue
            )
            assert hits > 30, "no session markers on the screen"
        # Ctrl+E in the search field (which keeps it for "end of line" on X11) exports
        window = found.stdout.split()[0]
        subprocess.run([xdotool, "windowfocus", "--sync", window], env=env, check=True)
        subprocess.run([xdotool, "key", "ctrl+f", "ctrl+e"], env=env, check=True)
        asked = time.time()
        while not _visible(xdotool, env, "Export Image"):
            if time.time() - asked > 10:
                pytest.fail("Ctrl+E in the search field did not open Export Image")
            time.sleep(0.05)
        assert app.poll() is None, "the app died"
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()


def _visible(xdotool, env, name):
    found = subprocess.run(
        [xdotool, "search", "--onlyvisible", "--name", name],
        env=env,
        capture_output=True,
        text=True,
    )
    return found.stdout.split()


def test_the_window_answers_while_a_million_records_load(xvfb, tmp_path):
    # A million records (our JSON) load in a worker thread for several seconds: meanwhile
    # the window opens Help › Keyboard Shortcuts from the keyboard within a second or two,
    # and the records are drawn when they are read
    xdotool = _need("xdotool")
    generate = generator()
    data = generate.dataset_path(1_000_000, folder=tmp_path)
    ready = tmp_path / "ready.txt"
    env = _app_env(xvfb, tmp_path, ready)
    log_path = tmp_path / "app.log"
    with log_path.open("w") as log:
        app = subprocess.Popen(
            [sys.executable, "-m", "viewer", str(data)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.time() + 60
        while not (windows := _visible(xdotool, env, "Timeline")):
            if app.poll() is not None or time.time() > deadline:
                pytest.fail(f"no window ({app.poll()}):\n{log_path.read_text()}")
            time.sleep(0.1)
        time.sleep(0.5)  # the load has begun
        assert not ready.exists(), "the million records loaded before the test could ask"
        subprocess.run([xdotool, "windowfocus", "--sync", windows[0]], env=env, check=True)
        asked = time.time()
        subprocess.run([xdotool, "key", "alt+h", "k"], env=env, check=True)
        while not _visible(xdotool, env, "Keyboard Shortcuts"):
            if time.time() - asked > 5:
                pytest.fail("the window did not answer a key within 5 s while loading")
            time.sleep(0.05)
        answered = time.time()
        loading = not ready.exists()
        deadline = time.time() + 180
        while not ready.exists():
            if app.poll() is not None or time.time() > deadline:
                pytest.fail(f"the records were not drawn:\n{log_path.read_text()}")
            time.sleep(0.2)
        drawn = int(ready.read_text().split()[1])
        assert loading, "the dialog opened only after the records were drawn"
        assert answered - asked < 2.0, f"the window took {answered - asked:.1f} s to answer"
        assert drawn > 100_000  # the records are on screen (densities, not all one by one)
        assert app.poll() is None, "the app died"
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
