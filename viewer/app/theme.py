"""Light and dark themes for the whole window: Qt palette plus the chart's style.

"system" follows the desktop's colour scheme (``QStyleHints.colorScheme``); when the desktop
does not say, light is used.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from viewer.graphics.style import DARK, LIGHT, Style

THEME_NAMES = ("system", "light", "dark")


def system_prefers_dark() -> bool:
    """Whether the desktop asks for a dark colour scheme."""
    hints = QtGui.QGuiApplication.styleHints()
    return hints.colorScheme() == QtCore.Qt.ColorScheme.Dark


def resolve(theme: str) -> str:
    """``light`` or ``dark`` for a theme setting (``system``, ``light``, ``dark``)."""
    if theme == "system":
        return "dark" if system_prefers_dark() else "light"
    return "dark" if theme == "dark" else "light"


def dark_palette() -> QtGui.QPalette:
    """A dark palette whose text/background pairs have a contrast ratio above 7:1."""
    p = QtGui.QPalette()
    role, group = QtGui.QPalette.ColorRole, QtGui.QPalette.ColorGroup
    colours = {
        role.Window: "#23272e",
        role.WindowText: "#eceff4",
        role.Base: "#1b1e23",
        role.AlternateBase: "#262b33",
        role.ToolTipBase: "#2e333b",
        role.ToolTipText: "#eceff4",
        role.PlaceholderText: "#9aa3b0",
        role.Text: "#eceff4",
        role.Button: "#2e333b",
        role.ButtonText: "#eceff4",
        role.BrightText: "#ffffff",
        role.Highlight: "#2f6aa3",
        role.HighlightedText: "#ffffff",
        role.Link: "#8cc8ff",
        role.LinkVisited: "#c9a8ff",
        role.Mid: "#4a515c",
        role.Dark: "#15171b",
        role.Light: "#3a404a",
    }
    for r, c in colours.items():
        p.setColor(r, QtGui.QColor(c))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QtGui.QColor("#7d8590"))
    return p


INDICATOR_OUTLINE = {"light": "#6e6e6e", "dark": "#8b94a3"}
"""Outline of radio buttons and check boxes (contrast above 4.5:1 with the window in each
theme; Fusion's own outline, a darker shade of the window, has 2.1:1 in light and 1.2:1 in
dark, so an unchecked one all but disappeared)."""


class _Style(QtWidgets.QProxyStyle):
    """Fusion, with radio buttons and check boxes outlined visibly in both themes."""

    def drawPrimitive(
        self,
        element: QtWidgets.QStyle.PrimitiveElement,  # noqa: N802
        option: QtWidgets.QStyleOption,
        painter: QtGui.QPainter,
        widget: QtWidgets.QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        pe = QtWidgets.QStyle.PrimitiveElement
        if element not in (pe.PE_IndicatorRadioButton, pe.PE_IndicatorCheckBox):
            return
        dark = option.palette.color(QtGui.QPalette.ColorRole.Window).lightness() < 128
        outline = QtGui.QColor(INDICATOR_OUTLINE["dark" if dark else "light"])
        painter.save()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        painter.setPen(QtGui.QPen(outline, 1.0))
        rect = QtCore.QRectF(option.rect)
        if element == pe.PE_IndicatorRadioButton:
            # Fusion's circle: centre one pixel in, radius half the (odd) width less one.
            width = option.rect.width()
            radius = (width + (width + 1) % 2) / 2.0 - 1
            painter.drawEllipse(
                QtCore.QPointF(option.rect.center()) + QtCore.QPointF(1, 1), radius, radius
            )
        else:
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.restore()


def apply_theme(app: QtWidgets.QApplication, theme: str) -> Style:
    """Set the application's palette for *theme* and return the chart style to use."""
    name = resolve(theme)
    if not isinstance(app.style(), _Style):
        # Once per application: replacing the style deletes the one that widgets still
        # waiting for deletion (and style sheets over it) point to; a test run crashed so.
        app.setStyle(_Style("Fusion"))
    if name == "dark":
        app.setPalette(dark_palette())
        return DARK
    app.setPalette(light_palette(app.style().standardPalette()))
    return LIGHT


def light_palette(base: QtGui.QPalette) -> QtGui.QPalette:
    """Fusion's light palette with a darker selection colour (contrast above 4.5:1)."""
    p = QtGui.QPalette(base)
    role = QtGui.QPalette.ColorRole
    p.setColor(role.Highlight, QtGui.QColor("#1f5f99"))
    p.setColor(role.HighlightedText, QtGui.QColor("#ffffff"))
    p.setColor(role.Link, QtGui.QColor("#0b57a4"))
    p.setColor(role.PlaceholderText, QtGui.QColor("#6b6b6b"))
    return p


def contrast_ratio(a: QtGui.QColor, b: QtGui.QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21; 4.5 is the minimum for body text).

    Formula: https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
    """

    def luminance(c: QtGui.QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
