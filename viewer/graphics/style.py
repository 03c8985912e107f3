"""Colours and sizes of the chart, shared by the screen and every export.

The palette is Okabe and Ito's colour-blind-safe set ("Color Universal Design",
https://jfly.uni-koeln.de/color/): blue, bluish green, reddish purple and vermillion,
with light tints for bar fills so that dark text on them keeps a contrast above 4.5:1.

Record colours are kept by colour role, not by kind: a kind names its role in the registry
(:attr:`viewer.core.kinds.KindSpec.colour_role`) and :meth:`Style.role` gives the role's
fill and edge (the fields ``<role>_fill`` and ``<role>_edge``).
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
    primary_fill: str = "#0072B2"
    primary_edge: str = "#0072B2"
    unknown_fill: str = "#7a8794"
    """Records whose expected place is not known."""
    unknown_edge: str = "#7a8794"
    accent1_fill: str = "#a6dcc9"
    accent1_edge: str = "#00735a"
    accent2_fill: str = "#ecc3da"
    accent2_edge: str = "#9b4a78"
    accent3_fill: str = "#D55E00"
    accent3_edge: str = "#D55E00"
    neutral_fill: str = "#c9d9ec"
    """Kinds without a role of their own."""
    neutral_edge: str = "#3b5f8a"
    muted_fill: str = "#d4d4d4"
    """Records whose status disowns them (not recognised)."""
    muted_edge: str = "#6b6b6b"
    band_fill: str = "#e9e9e9"
    band_edge: str = "#b0b0b0"
    tint_fill: str = "#f1e7cf"
    tint_edge: str = "#c9b27c"
    """A tint's ends (where eras overlap, each one's start and end show)."""
    selection: str = "#000000"
    selection_halo: str = "#E69F00"
    marker_px: float = 11.0
    min_bar_px: float = 6.0
    font_px: float = 12.0
    scale: float = 1.0

    def color(self, name: str) -> QtGui.QColor:
        """The named colour as a QColor."""
        return QtGui.QColor(getattr(self, name))

    def role(self, name: str) -> tuple[QtGui.QColor, QtGui.QColor]:
        """(fill, edge) of colour role *name* (``accent1``); an unknown role is drawn in
        the ``neutral`` role's colours."""
        fill = getattr(self, f"{name}_fill", None)
        edge = getattr(self, f"{name}_edge", None)
        if not isinstance(fill, str) or not isinstance(edge, str):
            fill, edge = self.neutral_fill, self.neutral_edge
        return QtGui.QColor(fill), QtGui.QColor(edge)

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
    primary_fill="#56B4E9",
    primary_edge="#56B4E9",
    unknown_fill="#9aa5b1",
    unknown_edge="#9aa5b1",
    accent1_fill="#1f5f4f",
    accent1_edge="#5fd0b0",
    accent2_fill="#5e3452",
    accent2_edge="#e08cc0",
    accent3_fill="#F0A35E",
    accent3_edge="#F0A35E",
    neutral_fill="#2d4466",
    neutral_edge="#8fb3e0",
    muted_fill="#4a4a4a",
    muted_edge="#b0b0b0",
    band_fill="#2c2f35",
    band_edge="#6b717c",
    tint_fill="#4d4330",  # warm, 1.7:1 on the background; muted text on it 5.2:1
    tint_edge="#8c7448",
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
