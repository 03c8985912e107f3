"""Render the window with the map dock open to a PNG, without a display.

Usage: python docs/figures/make_map_window.py OUT.png   (run by make_figures.py)

The bundled record, the timeline at 2008-2027, View › Map shown under it and the 91st
session (Vienna, 2023) selected, so its marker carries the selection's ring.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    from PySide6 import QtCore, QtTest, QtWidgets

    app = QtWidgets.QApplication([])
    from viewer.app.main_window import MainWindow
    from viewer.core.dates import days_from_civil
    from viewer.core.importers import load_any
    from viewer.core.paths import BUNDLED_DATA

    window = MainWindow()
    window.resize(1500, 1000)
    window.show()
    window.set_theme("light", remember=False)
    window.set_result(load_any(BUNDLED_DATA))
    window.map_dock.show()
    window.resizeDocks([window.map_dock], [520], QtCore.Qt.Orientation.Vertical)
    window.timeline.set_x_range(days_from_civil(2008, 1, 1), days_from_civil(2027, 1, 1))
    window.session.select("session-91")
    QtTest.QTest.qWait(300)
    # The map's model is made in a worker thread: the picture waits for it.
    for _ in range(200):
        if not window.map_link.placing:
            break
        QtTest.QTest.qWait(100)
    QtTest.QTest.qWait(300)
    window.grab().save(argv[1])
    print(argv[1])
    window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
