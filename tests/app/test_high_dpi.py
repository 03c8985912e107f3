"""At every screen scale factor, a click at the visible centre of a marker selects it."""

import os
import subprocess
import sys

import pytest

SCRIPT = r"""
import sys
from PySide6 import QtCore, QtGui, QtTest, QtWidgets
from viewer.app.qt_setup import ensure_app
app = ensure_app(offscreen=True)
from viewer.app.main_window import MainWindow
from viewer.core.loading import load_file
from viewer.core.paths import BUNDLED_DATA
from viewer.core.ranges import parse_range
w = MainWindow(); w.resize(700, 500); w.show(); w.set_result(load_file(BUNDLED_DATA))
w.timeline.set_x_range(*parse_range("2018:2026")); app.processEvents()
ratio = w.timeline.devicePixelRatioF()
for rid in ("session-93", "president-30", "sg-9", "handover-92"):
    pos = w.timeline.item_centre(rid)
    QtTest.QTest.mouseClick(w.timeline.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pos)
    assert w.session.selected_id == rid, (rid, w.session.selected_id)
image = w.timeline.grab()
assert image.devicePixelRatio() == ratio
# Crisp: the marker is drawn at device resolution (more than one device pixel per logical one).
pos = w.timeline.item_centre("session-92")
img = image.toImage()
blue = QtGui.QColor("#0072B2").rgb()
hits = sum(1 for dx in range(-12, 13) for dy in range(-12, 13)
           if img.pixel(int(pos.x() * ratio) + dx, int(pos.y() * ratio) + dy) == blue)
print(ratio, hits)
"""


@pytest.mark.parametrize("factor", ["1.25", "1.5", "2"])
def test_click_selects_at_every_scale_factor(factor):
    env = dict(os.environ, QT_SCALE_FACTOR=factor, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    ratio, hits = result.stdout.split()[-2:]
    assert float(ratio) == pytest.approx(float(factor))
    # A marker 11 logical px wide covers about (11 * factor)^2 * pi / 4 device pixels.
    assert int(hits) >= 0.5 * (11 * float(factor)) ** 2 * 3.14 / 4
