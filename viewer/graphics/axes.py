"""Axes of the timeline: our own date axis (x) and the lane-name axis (y)."""

from __future__ import annotations

import bisect
import math
from typing import Any

import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from viewer.core.display_text import drawn_text
from viewer.core.layout import Layout
from viewer.core.ticks import compute_ticks
from viewer.graphics.bands import TICK_CHAR_WIDTH
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
        self._char_px = style.px(style.font_px) * TICK_CHAR_WIDTH
        font = style.font()
        # The axis is as tall as its font needs, known before any paint. pyqtgraph would
        # start at 18 px of text and grow only after a first paint measured the labels;
        # a label taller than the axis is not drawn, so an export rendered without a prior
        # paint (any font above ~15 px, i.e. scale 1.5 and up) lost its dates.
        text_px = math.ceil(QtGui.QFontMetricsF(font).height()) + 1
        self.setStyle(
            tickFont=font,
            tickTextOffset=int(style.px(4)),
            tickLength=int(style.px(6)),
            tickTextHeight=text_px,
            autoExpandTextSpace=False,
        )
        self.setPen(pg.mkPen(style.muted_text, width=max(1.0, style.px(1))))
        self.setTextPen(pg.mkPen(style.text))
        self._left_room_px = style.px(self.LEFT_ROOM_PX)

    #: Pixels a date may reach left of the axis, under the lane names (which leave that
    #: corner empty; their axis is at least 40 px wide): half of the widest label, "1000
    #: BC" or "Sep 1923". pyqtgraph drops a label that leaves the axis's rectangle, and a
    #: BC year's wider label at the left end went missing.
    LEFT_ROOM_PX = 32.0

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        """pyqtgraph's rectangle, reaching :data:`LEFT_ROOM_PX` further left."""
        rect = super().boundingRect()
        return rect.united(
            self.mapRectFromParent(self.geometry()).adjusted(-self._left_room_px, 0, 0, 0)
        )

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:  # noqa: N802,N803
        major, minor = compute_ticks(minVal, maxVal, size, self._char_px)
        self._labels = {t.days: t.label for t in major}
        spacing = (maxVal - minVal) or 1.0
        return [(spacing, [t.days for t in major]), (spacing / 10, [t.days for t in minor])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        return [self._labels.get(v, "") for v in values]


class LaneAxisItem(pg.AxisItem):
    """Left axis that names each lane (plain text, never HTML) at the centre of the lane's
    visible part, so that a lane taller than the view is still named."""

    #: Distance kept between a name and the visible edge of its lane, in pixels.
    EDGE_PX = 12.0

    #: The share of the chart's width the names may take at most (a 200 px export gave
    #: them 150 px and the plot 47, too narrow for a single date).
    MAX_SHARE = 0.4

    def __init__(self, style: Style, **kwargs: Any) -> None:
        super().__init__(orientation="left", **kwargs)
        self._layout: Layout | None = None
        self._names: dict[float, str] = {}
        self._needed_px = 0.0
        self._chart_px = 0.0
        self._width_px = -1
        self.apply_style(style)

    #: The smallest size names are written at, in pixels at scale 1, when lanes are too
    #: thin for the chart font (bold DejaVu Sans stays legible at 7 px): below it lanes go
    #: unnamed rather than unreadable.
    SMALLEST_FONT_PX = 7.0

    def apply_style(self, style: Style) -> None:
        """Fonts and pens from *style*."""
        self._font = style.font(bold=True)
        self._smallest_px = max(1, round(style.px(self.SMALLEST_FONT_PX)))
        self.setStyle(tickFont=self._font, tickLength=0, tickTextOffset=int(style.px(6)))
        self.setPen(pg.mkPen(style.muted_text, width=max(1.0, style.px(1))))
        self.setTextPen(pg.mkPen(style.text))

    def set_layout(self, layout: Layout) -> None:
        """Name each lane of *layout*; widen the axis to fit the names."""
        self._layout = layout
        self.picture = None  # pyqtgraph's cached drawing of the ticks
        self.update()
        metrics = QtGui.QFontMetricsF(self._font)
        widest = max(
            (metrics.horizontalAdvance(drawn_text(b.title)) for b in layout.lanes), default=40.0
        )
        self._needed_px = widest + 2 * self.style["tickTextOffset"][0] + 8
        self._apply_width()

    def fit_width(self, chart_px: float) -> bool:
        """The chart is *chart_px* wide: the names take what they need, at most
        :data:`MAX_SHARE` of it (cut with an ellipsis beyond). Returns whether the axis's
        width changed (the chart's layout is then to be activated)."""
        self._chart_px = chart_px
        return self._apply_width()

    def _apply_width(self) -> bool:
        width = self._needed_px
        if self._chart_px > 0:
            width = min(width, max(self.MAX_SHARE * self._chart_px, 40.0))
        if int(width) == self._width_px:
            return False
        self._width_px = int(width)
        self.picture = None
        self.setWidth(self._width_px)
        return True

    def _shown(self, titles: list[str]) -> list[str]:
        """*titles* cut with an ellipsis to the width the names have: at their end, or in
        their middle where cutting the end would make two different names read the same
        (ten lanes "Directorate-General for ... Number N" all read "Directorate-Gener…": a
        new user's finding)."""
        font = self.style["tickFont"]
        room = max(self._width_px - 2 * self.style["tickTextOffset"][0] - 8, 1.0)
        if font is None or self._width_px >= int(self._needed_px):
            return titles
        metrics = QtGui.QFontMetricsF(font)
        cut = [metrics.elidedText(t, QtCore.Qt.TextElideMode.ElideRight, room) for t in titles]
        meant: dict[str, set[str]] = {}
        for title, shown in zip(titles, cut):
            meant.setdefault(shown, set()).add(title)
        return [
            metrics.elidedText(title, QtCore.Qt.TextElideMode.ElideMiddle, room)
            if len(meant[shown]) > 1
            else shown
            for title, shown in zip(titles, cut)
        ]

    #: Pixels kept between a name's text rectangle (pyqtgraph's, 80 % of a line) and the
    #: ends of the rectangle the axis claims, which grows by as much: a name's letters stay
    #: inside it, so a repaint of the axis clears them. (In a window of 100,000 records,
    #: the stem of a name drawn near the bottom was left on screen under the lane names,
    #: "a stray tick"; 4 px left a dot of it.)
    GLYPH_OVERFLOW_PX = 8.0

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802
        """pyqtgraph's rectangle (the axis and the room for names past its ends), and the
        letters' overflow of their text rectangles."""
        pad = self.GLYPH_OVERFLOW_PX
        return super().boundingRect().adjusted(0, -pad, 0, pad)

    def generateDrawSpecs(self, p: QtGui.QPainter) -> Any:  # noqa: N802
        """pyqtgraph's drawing, in the font that names every lane in view (see
        :meth:`_fitting_font`), without the names whose letters would reach past
        pyqtgraph's own rectangle (it keeps a name whose text rectangle is inside it)."""
        self.style["tickFont"] = self._fitting_font()
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return specs
        axis, ticks, texts = specs
        inner = super().boundingRect()
        pad = self.GLYPH_OVERFLOW_PX
        kept = [t for t in texts if inner.contains(t[0].adjusted(0, -pad, 0, pad))]
        return axis, ticks, kept

    def _fitting_font(self) -> QtGui.QFont:
        """The chart's bold font, or when the lanes in view are too thin to name each in
        it (an export of many lanes in a small image: half of them went unnamed), the
        largest size down to :data:`SMALLEST_FONT_PX` that names every one; the chart's
        font again when none does. O(lanes in view) a size."""
        size = self.geometry().height()
        lo, hi = min(self.range), max(self.range)
        if self._layout is None or size <= 0 or hi <= lo:
            return self._font
        wanted = self._wanted(lo, hi, size)

        def sized(px: int) -> tuple[QtGui.QFont, float]:  # the font, its line in lane units
            font = QtGui.QFont(self._font)
            font.setPixelSize(px)
            return font, QtGui.QFontMetricsF(font).height() * (hi - lo) / size

        if (len(wanted) - 1) * sized(self._smallest_px)[1] > hi - lo:
            return self._font  # too many lanes for any size (thousands: no size is tried)
        for px in range(self._font.pixelSize(), self._smallest_px - 1, -1):
            font, line = sized(px)
            if len(_spaced(wanted, line, lo, hi)) == len(wanted):
                return self._font if px == self._font.pixelSize() else font
        return self._font

    def _wanted(self, lo: float, hi: float, size: float) -> list[tuple[float, float, float, str]]:
        """(top, bottom, y, name) in lane units of each lane in view from *lo* to *hi*
        (*size* pixels long): *y* is the lane's centre, or the middle of its visible part
        when the centre is out of view. A lane cut by the view's edge to less than half
        :data:`EDGE_PX` is left out."""
        assert self._layout is not None
        margin = self.EDGE_PX * (hi - lo) / size if size > 0 else 0.0
        sliver = margin / 2
        first, end = self._layout.lanes_between(lo, hi)  # only the lanes in view
        wanted: list[tuple[float, float, float, str]] = []
        for lane in self._layout.lanes[first:end]:
            y0, y1, title = lane.y0, lane.y1, drawn_text(lane.title)
            top, bottom = max(y0, lo), min(y1, hi)
            if top >= bottom or ((top > y0 or bottom < y1) and bottom - top < sliver):
                # Out of view, or a sliver of it at the view's edge: named, it pushed the
                # name of the lane beside it off its row ("Lane 22" over "Lane 23")
                continue
            y = (y0 + y1) / 2
            if not top + margin <= y <= bottom - margin:
                # The lane's centre is out of view: the middle of what is in view (a lane
                # many screens tall had its name at the bottom edge, its rows above
                # unnamed).
                y = (top + bottom) / 2
            wanted.append((top, bottom, y, title))
        return wanted

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:  # noqa: N802,N803
        """One value per lane in view (see :meth:`_wanted`; lane units; *size* is the
        axis length in pixels), spaced a line of the names' font apart."""
        lo, hi = min(minVal, maxVal), max(minVal, maxVal)
        self._names = {}
        if self._layout is None:
            return [(1.0, [])]
        font = self.style["tickFont"]
        for y, title in self._named(self._wanted(lo, hi, size), font, lo, hi, size):
            self._names[y] = title
        return [(1.0, list(self._names))]

    @staticmethod
    def _named(
        wanted: list[tuple[float, float, float, str]],
        font: QtGui.QFont | None,
        lo: float,
        hi: float,
        size: float,
    ) -> list[tuple[float, str]]:
        """(y, name) of the *wanted* lanes named in *font* on an axis *size* pixels long
        from *lo* to *hi* (lane units): :func:`_spaced` a line of *font* apart."""
        text_px = QtGui.QFontMetricsF(font).height() if font is not None else 16.0
        line = text_px * (hi - lo) / size if size > 0 else 0.0
        return _spaced(wanted, line, lo, hi)

    def unnamed_lanes(self) -> tuple[int, int]:
        """(lanes in view left unnamed, lanes in view) at the axis's present size and range:
        lanes too thin for a name even at :data:`SMALLEST_FONT_PX` (an export of 25 lanes
        at 800 x 300 named 9 of them, and nothing said so). O(lanes in view)."""
        size = self.geometry().height()
        lo, hi = min(self.range), max(self.range)
        if self._layout is None or size <= 0 or hi <= lo:
            return 0, 0
        wanted = self._wanted(lo, hi, size)
        named = self._named(wanted, self._fitting_font(), lo, hi, size)
        return len(wanted) - len(named), len(wanted)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        """The lane names of :meth:`tickValues`."""
        return self._shown([self._names.get(v, "") for v in values])


def _spaced(
    wanted: list[tuple[float, float, float, str]], line: float, lo: float, hi: float
) -> list[tuple[float, str]]:
    """Where to write the names of *wanted* lanes ((top, bottom, centre, name) in lane
    units, in order; *line*: a name's height; the view from *lo* to *hi*) so that no two
    cross: where the view has room for every name, names a line apart, each moved as
    little as that takes (down, then up from the view's bottom) and no further than half
    a line outside its lane; else taller lanes keep their names first. A name that cannot
    be written near its lane is left out (lanes thinner than the text: every lane fitted
    in the window, or an export of many lanes)."""
    if not wanted or line <= 0:
        return [(y, name) for _, _, y, name in wanted]
    ys = [y for _, _, y, _ in wanted]
    if len(ys) * line <= hi - lo:
        for i in range(1, len(ys)):
            ys[i] = max(ys[i], ys[i - 1] + line)
        ys[-1] = min(ys[-1], hi - line / 2)
        for i in range(len(ys) - 2, -1, -1):
            ys[i] = min(ys[i], ys[i + 1] - line)
        return [
            (y, name)
            for y, (top, bottom, _, name) in zip(ys, wanted, strict=True)
            if top - line / 2 <= y <= bottom + line / 2
        ]
    kept: list[float] = []
    out: list[tuple[float, str]] = []
    by_height = sorted(((b - t, y, n) for t, b, y, n in wanted), key=lambda w: -w[0])
    for _, y, name in by_height:
        at = bisect.bisect_left(kept, y)
        if (at > 0 and y - kept[at - 1] < line) or (at < len(kept) and kept[at] - y < line):
            continue
        kept.insert(at, y)
        out.append((y, name))
    return sorted(out)
