"""The timeline chart: one pyqtgraph ``PlotItem`` with lanes, axes and batched items.

The same class draws the window's timeline and every export, so what is exported looks
like what is shown.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore

from viewer.core import kinds
from viewer.core.layout import ROW_PITCH, Layout
from viewer.core.records import Dataset
from viewer.core.spatial import stable_order
from viewer.graphics.axes import DateAxisItem, LaneAxisItem
from viewer.graphics.bands import AcrossBandItem, BandItem, LaneBackgroundItem
from viewer.graphics.handovers import HandoverLaneItem
from viewer.graphics.label_layer import LabelLayerItem
from viewer.graphics.lane_item import LaneItem
from viewer.graphics.legend import CHART_MARGIN_PX, LegendItem
from viewer.graphics.model import ChartModel
from viewer.graphics.points import PointLaneItem
from viewer.graphics.spans import SpanLaneItem
from viewer.graphics.style import LIGHT, Style

MIN_RANGE_DAYS = 2.0
"""The narrowest view: about two days."""
ROW_PX_MIN = 18.0
"""Smallest height of one lane row on screen, in pixels (a label's text fits in it), but
while every lane is fitted in the window (:meth:`TimelineChart.set_lanes_fitted`)."""
ROW_PX_MAX = 46.0
"""Largest height of one lane row on screen, in pixels."""
_NO_LIMIT = 1e7
"""A layout row's height with no limit, in pixels (Qt's QWIDGETSIZE_MAX is 16777215)."""


#: Most lane items of one shape: beyond this many lanes, an item draws a run of
#: neighbouring lanes (its densities then take the colour of its first record's kind).
MAX_LANE_ITEMS = 256


class TimelineChart(pg.PlotItem):
    """A timeline of lanes: x in days since 1970-01-01, y in lane units (downwards).

    Call :meth:`set_data` after a data change (items are rebuilt, one per lane and kind),
    :meth:`set_selected` to highlight a record. The legend is a row of the chart's layout
    under the date axis, outside the data area. On screen the plot is no taller than its
    lanes at :data:`ROW_PX_MAX` per row, so the date axis sits right under the last lane.
    """

    def __init__(
        self, style: Style = LIGHT, show_legend: bool = True, fit_all_rows: bool = False
    ) -> None:
        self._style = style
        self._show_legend = show_legend
        self._fit_all_rows = fit_all_rows
        self.timeline_legend: LegendItem | None = None
        self.date_axis = DateAxisItem(style)
        self.lane_axis = LaneAxisItem(style)
        super().__init__(axisItems={"bottom": self.date_axis, "left": self.lane_axis})
        margin = CHART_MARGIN_PX  # pyqtgraph's, stated where the legend's width reads it
        self.layout.setContentsMargins(margin, margin, margin, margin)
        # A figure with its own direction: time flows left to right in every language, lane
        # names on the left, on screen and in exports (docs/architecture.md, "Languages").
        self.setLayoutDirection(QtCore.Qt.LayoutDirection.LeftToRight)
        self.hideButtons()
        self.setMenuEnabled(False)
        vb = self.getViewBox()
        vb.setMouseEnabled(x=True, y=False)
        vb.invertY(True)
        vb.setBackgroundColor(style.background)
        self.model: ChartModel | None = None
        self._items: list[LaneItem] = []
        self.paint_order: list[LaneItem] = []
        """The items, topmost first (higher z, then the later added: Qt's stacking)."""
        self.label_layer: LabelLayerItem | None = None
        self._y_top = -0.25
        self._visible_units = 1.0
        self._lanes_fitted = False
        self._max_range_days = math.inf
        vb.sigResized.connect(self._fit_y)
        # The view's transform follows a range change at once. pyqtgraph defers it to the
        # start of the next paint, where moving every item marks the scene changed again,
        # so each change of range was painted twice.
        vb.sigRangeChanged.connect(self._apply_range)

    def _apply_range(self, *_: object) -> None:
        self.getViewBox().updateMatrix()

    @property
    def style(self) -> Style:
        """The drawing style."""
        return self._style

    def set_style(self, style: Style) -> None:
        """Redraw everything with *style* (theme change)."""
        self._style = style
        self.date_axis.apply_style(style)
        self.lane_axis.apply_style(style)
        self.getViewBox().setBackgroundColor(style.background)
        if self.model is not None:
            # Rebuild the items: they keep looks, marker stamps and hatched images made in
            # the old colours. Selection, dimming and the view range stay.
            model = self.model
            x_range, y_top = self.x_range(), self._y_top
            self.set_data(model.dataset, model.layout)
            assert self.model is not None
            self.model.selected, self.model.dimmed = model.selected, model.dimmed
            self._y_top = y_top
            self.set_x_range(*x_range)
            self._fit_y()

    def set_data(self, dataset: Dataset, layout: Layout) -> None:
        """Show *dataset* placed by *layout*: rebuild the lane items and the view limits."""
        for item in self._items:
            self.removeItem(item)
        self._items = []
        if self.timeline_legend is not None:
            self.layout.removeItem(self.timeline_legend)
            self.timeline_legend.setParentItem(None)
            if self.timeline_legend.scene() is not None:
                self.timeline_legend.scene().removeItem(self.timeline_legend)
            self.timeline_legend = None
        self.model = ChartModel(dataset, layout, self._style)
        # No record to draw: no dates either (an axis of 1970 said something false).
        self.date_axis.setStyle(showValues=bool(layout.ids))
        self._y_top = -0.25
        background = LaneBackgroundItem(self.model, np.arange(0))
        background.setZValue(-10)
        self._add(background)
        arrow = layout.of_kinds(kinds.shape_kinds("arrow"))  # records of the arrow kinds
        groups = (
            (BandItem, layout.is_band & ~layout.across, -5),
            (SpanLaneItem, ~layout.is_band & ~arrow & layout.is_span, 0),
            (HandoverLaneItem, ~layout.is_band & arrow, 1),
            (PointLaneItem, ~layout.is_band & ~arrow & ~layout.is_span, 2),
        )
        # The records by lane, in one sort: lanes without records cost nothing here. One
        # item per lane and shape, or per run of neighbouring lanes when there are more
        # lanes than MAX_LANE_ITEMS: the number of items (each a graphics item that Qt and
        # pyqtgraph handle one by one) stays bounded whatever the number of lanes.
        per_item = -(-len(layout.lanes) // MAX_LANE_ITEMS) if len(layout.lanes) else 1
        order = stable_order(layout.lane)
        groups_of = layout.lane[order] // per_item
        cuts = np.flatnonzero(np.diff(groups_of)) + 1
        for run in np.split(order, cuts) if len(order) else []:
            run = np.sort(run) if per_item > 1 else run
            for cls, wanted, z in groups:
                idx = run[wanted[run]]
                if len(idx):
                    item = cls(self.model, idx)
                    item.setZValue(z)
                    self._add(item)
        across = np.nonzero(layout.across)[0]
        if len(across):
            item = AcrossBandItem(self.model, across)
            item.setZValue(-6)  # under the lanes' own bands
            self._add(item)
        self.label_layer = LabelLayerItem(
            self.model,
            [
                i
                for i in self._items
                if isinstance(i, (SpanLaneItem, HandoverLaneItem, PointLaneItem, BandItem))
            ],
        )
        self.label_layer.setZValue(5)
        self._add(self.label_layer)
        if self._show_legend:
            self.timeline_legend = LegendItem(self.model)
            self.layout.addItem(self.timeline_legend, 4, 0, 1, 3)
            self._fit_legend(self.timeline_legend)
            self.layout.activate()
        self.paint_order = [
            item
            for _, _, item in sorted(
                ((-it.zValue(), -k, it) for k, it in enumerate(self._items)),
                key=lambda entry: entry[:2],
            )
        ]
        self.lane_axis.set_layout(layout)
        self.lane_axis.fit_width(self.size().width())
        self.layout.activate()  # the names' width, before the rows are fitted
        self._apply_limits(layout)

    def _add(self, item: LaneItem) -> None:
        self.addItem(item)
        self._items.append(item)

    @property
    def lane_items(self) -> list[LaneItem]:
        """The batched items, background first."""
        return list(self._items)

    def full_range(self) -> tuple[float, float]:
        """The x range (days) that shows every drawn record with a margin."""
        if self.model is None or not self.model.layout.ids:
            return (0.0, 365.0)
        lo, hi = self.model.layout.x_min_days, self.model.layout.x_max_days
        pad = max((hi - lo) * 0.03, 15.0)
        return (lo - pad, hi + pad)

    def _apply_limits(self, layout: Layout) -> None:
        if not layout.ids and math.isfinite(self._max_range_days):
            # Nothing drawn (every lane hidden): the limits and the view stay those of the
            # records drawn before; limits of no data moved the view to 1970, where it
            # stayed once a lane was shown again, on an empty stretch (a trial)
            self._fit_y()
            return
        lo, hi = self.full_range()
        span = hi - lo
        vb = self.getViewBox()
        self._max_range_days = span * 1.5
        vb.setLimits(
            xMin=lo - span * 0.25,
            xMax=hi + span * 0.25,
            minXRange=MIN_RANGE_DAYS,
            maxXRange=self._max_range_days,
        )
        self._fit_y()
        self.set_x_range(lo, hi)

    #: The share of the chart's height the window's legend takes at most (in a 640 x 420
    #: window it took more than the lanes); an export's legend is always whole.
    LEGEND_MOST_SHARE = 0.25

    def _fit_legend(self, legend: LegendItem) -> None:
        size = self.size()
        most = None if self._fit_all_rows else self.LEGEND_MOST_SHARE * size.height()
        legend.fit_width(size.width(), most)

    def _fit_y(self, *_: object) -> None:
        """Size the rows: on screen between :data:`ROW_PX_MIN` and :data:`ROW_PX_MAX`
        pixels, the plot no taller than the lanes need (the date axis right under the last
        lane), scrolling when they need more than there is; while the lanes are fitted
        (:meth:`set_lanes_fitted`), as thin as every lane needs to fit, however thin; in
        exports (*fit_all_rows*) the lanes fill the plot exactly."""
        if self.model is None:
            return
        vb = self.getViewBox()
        legend = self.timeline_legend
        if legend is not None:
            self._fit_legend(legend)
        if self.lane_axis.fit_width(self.size().width()):
            self.layout.activate()  # now, so that the plot's width is right for what follows
        units = self.model.layout.y_max + 0.5
        height_px = vb.height()
        if height_px <= 0:
            vb.setYRange(-0.25, units - 0.25, padding=0)
            return
        if self._fit_all_rows:
            px_per_unit = height_px / units
        else:
            space = self._space_px()
            floor = 0.0 if self._lanes_fitted else ROW_PX_MIN
            px_per_unit = min(max(space / units, floor), ROW_PX_MAX)
            # (half a pixel short of the space is the space: a plot capped at the window's
            # height would stay that short when the window grows)
            wanted = units * px_per_unit if units * px_per_unit < space - 0.5 else _NO_LIMIT
            if abs(self.layout.rowMaximumHeight(2) - wanted) > 0.5:
                self.layout.setRowMaximumHeight(2, wanted)
                self.layout.activate()  # now, so that what is drawn next is laid out
                height_px = vb.height()
        pad_px = 0.0
        if self._lanes_fitted and not self._fit_all_rows:
            # To the plot's height as laid out (not the estimate), with half a marker above
            # the first lane and below the last: a marker reaches past a thin row.
            pad_px = self._style.px(self._style.marker_px) / 2
            px_per_unit = min(max(height_px - 2 * pad_px, 1.0) / units, ROW_PX_MAX)
        self._visible_units = height_px / px_per_unit
        top = min(max(self._y_top, -0.25), self.max_y_top()) - pad_px / px_per_unit
        vb.setYRange(top, top + self._visible_units, padding=0)

    def _space_px(self) -> float:
        """The height the plot may take (pixels): the chart's, less the date axis and
        the legend under it."""
        legend = self.timeline_legend
        legend_px = legend.maximumHeight() if legend is not None else 0.0
        return float(max(self.size().height() - self.date_axis.height() - legend_px, 1.0))

    def lanes_overflow(self) -> bool:
        """Whether the lanes need more height than the plot has in rows of a readable
        height (:data:`ROW_PX_MIN` pixels): then fitting them in the window
        (:meth:`set_lanes_fitted`) shows more; else it changes nothing."""
        if self.model is None:
            return False
        return (self.model.layout.y_max + 0.5) * ROW_PX_MIN > self._space_px() + 0.5

    def set_lanes_fitted(self, fitted: bool) -> None:
        """Fit every lane in the plot's height, the rows as thin as that takes (below the
        text's height no label is drawn: an overview of a file of many rows), or go back
        to rows of at least :data:`ROW_PX_MIN` pixels (scrolling)."""
        self._lanes_fitted = fitted
        self._fit_y()
        if not fitted and self.model is not None and self.model.selected is not None:
            y0 = float(self.model.layout.y0[self.model.selected])
            self.ensure_y_visible(y0, y0 + ROW_PITCH)  # not back at the first lane

    @property
    def lanes_fitted(self) -> bool:
        """Whether every lane is fitted in the plot's height (:meth:`set_lanes_fitted`)."""
        return self._lanes_fitted

    def set_right_gutter(self, px: float) -> bool:
        """Keep *px* pixels right of the plot free (0: none), for the window's lane scroll
        bar, which covered the plot's right edge and the labels there ("Philipp", "9" at
        640 x 420). Returns whether the gutter changed (the plot is then laid out again)."""
        layout = self.layout
        if (
            abs(layout.columnMinimumWidth(2) - px) < 0.5
            and abs(layout.columnMaximumWidth(2) - px) < 0.5
        ):
            return False
        layout.setColumnFixedWidth(2, px)
        layout.activate()
        return True

    def max_y_top(self) -> float:
        """The largest first visible y (lane units) that still shows the last lane:
        -0.25 when everything fits, more when the lanes are taller than the view."""
        if self.model is None:
            return -0.25
        return max(-0.25, self.model.layout.y_max + 0.25 - self._visible_units)

    def scroll_y(self, delta_units: float) -> None:
        """Scroll the lanes up or down by *delta_units* lane units (when they overflow)."""
        self._y_top = min(max(self._y_top + delta_units, -0.25), self.max_y_top())
        self._fit_y()

    def scroll_pages(self, pages: float) -> None:
        """Scroll by *pages* times the visible height, less a row so that one stays in
        view (Page Up / Page Down)."""
        self.scroll_y(pages * max(1.0, self._visible_units - 1.0))

    def ensure_y_visible(self, y0: float, y1: float) -> None:
        """Scroll vertically so that lane units ``[y0, y1]`` are in view."""
        top, bottom = self._y_top, self._y_top + self._visible_units
        if y0 < top:
            self._y_top = y0 - 0.25
        elif y1 > bottom - 1:
            self._y_top = y1 - self._visible_units + 1.5
        self._fit_y()

    def legend_height_px(self, width_px: float) -> float:
        """Height of the legend row at *width_px* (0 without a legend)."""
        if self.timeline_legend is None:
            return 0.0
        return self.timeline_legend.height_for(width_px)

    def set_x_range(self, lo_days: float, hi_days: float) -> None:
        """Show ``[lo_days, hi_days]`` exactly (no padding)."""
        self.getViewBox().setXRange(lo_days, hi_days, padding=0)

    def zoom_x(self, scale: float, centre_days: float) -> None:
        """Make the visible range *scale* times as wide (< 1 zooms in), keeping the date
        *centre_days* where it is on screen. The width stops at :data:`MIN_RANGE_DAYS` and
        at the widest view; a zoom that a limit leaves with no room changes nothing (the
        view does not slide sideways, as pyqtgraph's clamp of a narrower range would)."""
        lo, hi = self.x_range()
        width = hi - lo
        if width <= 0 or not math.isfinite(scale) or scale <= 0:
            return
        new_width = min(max(width * scale, MIN_RANGE_DAYS), max(self._max_range_days, width))
        if abs(new_width - width) <= 1e-9 * width:
            return
        new_lo = centre_days - (centre_days - lo) * (new_width / width)
        self.set_x_range(new_lo, new_lo + new_width)

    def x_range(self) -> tuple[float, float]:
        """The visible x range in days."""
        lo, hi = self.getViewBox().viewRange()[0]
        return float(lo), float(hi)

    def aggregated_at(self, x_days: float, y: float) -> bool:
        """Whether the point ``(x_days, y)`` (days, lane units) lies in a lane that the
        last paint drew as densities (too many records in view to draw each)."""
        if self.model is None:
            return False
        lane = self.model.layout.lane_at(y)
        return lane is not None and any(
            item.aggregated and item.in_lane(lane) for item in self._items
        )

    def set_dimmed(self, dimmed: np.ndarray | None) -> None:
        """Draw the items where *dimmed* is true faintly (``None``: none)."""
        if self.model is None:
            return
        self.model.dimmed = dimmed
        for item in self._items:
            item.refresh()

    def set_selected(self, index: int | None) -> None:
        """Highlight the layout item *index* (``None`` clears)."""
        if self.model is None:
            return
        was = self.model.selected
        self.model.selected = index
        if was == index:
            return
        # Only the rows of the old and new selection change (its highlight, and the labels
        # of its row, placed again): the rest of the chart is not drawn again.
        for i in (was, index):
            if i is not None and self.label_layer is not None:
                self.label_layer.update(self._selection_strip(i))

    SELECTION_MARGIN_PX = 12.0
    """How far a selection's highlight reaches beyond its record's row, in pixels."""

    def _selection_strip(self, index: int) -> QtCore.QRectF:
        """The view-wide strip (data coordinates) of the rows that layout *index* and its
        highlight are drawn in."""
        assert self.model is not None
        lay = self.model.layout
        (lo, hi), _ = self.getViewBox().viewRange()
        days_px, units_px = self.getViewBox().viewPixelSize()
        margin = self.SELECTION_MARGIN_PX * units_px
        top = float(lay.y0[index]) - margin
        height = float(lay.height[index]) + 2 * margin
        pad = 4 * days_px
        return QtCore.QRectF(lo - pad, top, hi - lo + 2 * pad, height)
