"""Axes of the timeline: our own date axis (x) and the lane-name axis (y)."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6 import QtGui

from viewer.core.layout import Layout
from viewer.core.ticks import compute_ticks
from viewer.graphics.style import Style


class DateAxisItem(pg.AxisItem):
    """Bottom axis in days since 1970-01-01, labelled by :func:`viewer.core.ticks.compute_ticks`.

    Unlike pyqtgraph's ``DateAxisItem`` it applies no time zone and labels any year,
    BC included.
    """

    def __init__(self, style: Style, **kwargs: Any) -> None:
        super().__init__(orientation="bottom", **kwargs)
        self._labels: dict[float, str] = {}
        self.apply_style(style)

    def apply_style(self, style: Style) -> None:
        """Fonts and pens from *style*."""
        self._char_px = style.px(style.font_px) * 0.62
        self.setStyle(tickFont=style.font(), tickTextOffset=int(style.px(4)),
                      tickLength=int(style.px(6)))
        self.setPen(pg.mkPen(style.muted_text, width=max(1.0, style.px(1))))
        self.setTextPen(pg.mkPen(style.text))

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N802,N803
        major, minor = compute_ticks(minVal, maxVal, size, self._char_px)
        self._labels = {t.days: t.label for t in major}
        spacing = (maxVal - minVal) or 1.0
        return [(spacing, [t.days for t in major]), (spacing / 10, [t.days for t in minor])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        return [self._labels.get(v, "") for v in values]


class LaneAxisItem(pg.AxisItem):
    """Left axis that names each lane at its vertical centre (plain text, never HTML)."""

    def __init__(self, style: Style, **kwargs: Any) -> None:
        super().__init__(orientation="left", **kwargs)
        self.apply_style(style)

    def apply_style(self, style: Style) -> None:
        """Fonts and pens from *style*."""
        self.setStyle(tickFont=style.font(bold=True), tickLength=0,
                      tickTextOffset=int(style.px(6)))
        self.setPen(pg.mkPen(style.muted_text, width=max(1.0, style.px(1))))
        self.setTextPen(pg.mkPen(style.text))

    def set_layout(self, layout: Layout) -> None:
        """Place one label per lane at the lane's centre; widen the axis to fit them."""
        self.setTicks([[((b.y0 + b.y1) / 2, b.title) for b in layout.lanes], []])
        font = self.style["tickFont"]
        metrics = QtGui.QFontMetricsF(font) if font is not None else None
        widest = max((metrics.horizontalAdvance(b.title) for b in layout.lanes), default=40.0) \
            if metrics is not None else 120.0
        self.setWidth(int(widest + 2 * self.style["tickTextOffset"][0] + 8))
