"""Colours and sizes of the chart, shared by the screen and every export.

The palette is Okabe and Ito's colour-blind-safe set ("Color Universal Design",
https://jfly.uni-koeln.de/color/): blue, bluish green, reddish purple and vermillion,
with light tints for bar fills so that dark text on them keeps a contrast above 4.5:1.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtGui


@dataclass(frozen=True)
class Style:
    """Everything a painter needs to draw the chart. Sizes are in device pixels at
    scale 1; ``scale`` multiplies them (for large exports)."""

    background: str = "#ffffff"
    text: str = "#1a1a1a"
    muted_text: str = "#555555"
    lane_shade: str = "#f3f5f8"
    grid: str = "#d9dde3"
    session: str = "#0072B2"
    session_unknown_host: str = "#7a8794"
    presidency_fill: str = "#a6dcc9"
    presidency_edge: str = "#00735a"
    sg_fill: str = "#ecc3da"
    sg_edge: str = "#9b4a78"
    other_fill: str = "#c9d9ec"
    other_edge: str = "#3b5f8a"
    not_recognised_fill: str = "#d4d4d4"
    not_recognised_edge: str = "#6b6b6b"
    handover: str = "#D55E00"
    band_fill: str = "#e9e9e9"
    band_edge: str = "#b0b0b0"
    era_fill: str = "#f1e7cf"
    selection: str = "#000000"
    selection_halo: str = "#E69F00"
    marker_px: float = 11.0
    min_bar_px: float = 6.0
    font_px: float = 12.0
    scale: float = 1.0

    def color(self, name: str) -> QtGui.QColor:
        """The named colour as a QColor."""
        return QtGui.QColor(getattr(self, name))

    def px(self, value: float) -> float:
        """A size in pixels at this style's scale."""
        return value * self.scale

    def font(self, bold: bool = False, size_px: float | None = None) -> QtGui.QFont:
        """The chart font (DejaVu Sans, bundled) at *size_px* (default :attr:`font_px`)."""
        font = QtGui.QFont("DejaVu Sans")
        font.setPixelSize(max(1, round(self.px(size_px or self.font_px))))
        font.setBold(bold)
        return font


LIGHT = Style()

DARK = Style(
    background="#1b1e23",
    text="#eceff4",
    muted_text="#b8bec9",
    lane_shade="#242932",
    grid="#3a404b",
    session="#56B4E9",
    session_unknown_host="#9aa5b1",
    presidency_fill="#1f5f4f",
    presidency_edge="#5fd0b0",
    sg_fill="#5e3452",
    sg_edge="#e08cc0",
    other_fill="#2d4466",
    other_edge="#8fb3e0",
    not_recognised_fill="#4a4a4a",
    not_recognised_edge="#b0b0b0",
    handover="#F0A35E",
    band_fill="#2c2f35",
    band_edge="#6b717c",
    selection="#ffffff",
    selection_halo="#E69F00",
)

THEMES = {"light": LIGHT, "dark": DARK}


def style_for(theme: str, scale: float = 1.0) -> Style:
    """The style of a theme (``light`` or ``dark``) at a *scale* (1 = screen pixels).

    Raises
    ------
    KeyError
        For an unknown theme name.
    """
    from dataclasses import replace

    return replace(THEMES[theme], scale=scale)
