"""Reading exported PNGs in tests: pixels as numpy arrays."""

from __future__ import annotations

import numpy as np
from PySide6 import QtGui


def rgb(path) -> np.ndarray:
    """The PNG at *path* as an ``(height, width, 3)`` array of ints (red, green, blue)."""
    image = QtGui.QImage(str(path)).convertToFormat(QtGui.QImage.Format.Format_RGB32)
    bgra = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4
    )[:, : image.width()]
    return bgra[..., 2::-1].astype(int)


def halo_pixels(path) -> int:
    """Pixels in the selection halo's colour (#E69F00, within a small tolerance)."""
    pixels = rgb(path)
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return int(np.count_nonzero((abs(r - 230) < 12) & (abs(g - 159) < 12) & (b < 40)))
