"""The timeline widget: a pyqtgraph view of a :class:`~viewer.graphics.chart.TimelineChart`
that turns clicks and hovers into record ids."""

from __future__ import annotations

import html

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from viewer.core.i18n import translate
from viewer.core.labels import tooltip_text
from viewer.core.layout import Layout
from viewer.core.records import Dataset
from viewer.graphics import picking
from viewer.graphics.chart import TimelineChart
from viewer.graphics.style import LIGHT, Style
from viewer.widgets.scroll_bars import BAR_WIDTH_PX, flat_sheet

FOCUS_FRAME_PX = 2
"""Width of the frame that shows the view has keyboard focus, in pixels."""


class TimelineView(pg.GraphicsView):
    """Passive timeline widget.

    Signals
    -------
    record_clicked(str)
        A click (not a drag) landed on a record; carries its id.
    background_clicked()
        A click landed on empty chart space.
    range_changed(float, float)
        The visible x range changed (days since 1970-01-01).
    step_requested(int)
        Left (-1) or Right (+1): select the previous or next item in the lane.
    lane_step_requested(int)
        Up (-1) or Down (+1): select the nearest item in the adjacent lane.
    zoom_requested(float)
        + (2.0) or - (0.5): zoom around the selection.
    activate_requested()
        Enter or Return: open the selected item's first source.
    page_requested(float)
        Scroll the lanes by this many views' heights (Page Up / Page Down).

    Repeated clicks on one spot where several items overlap select each in turn. A
    double-click where a lane shows densities (too many records in view to draw each)
    zooms in four times around the pointer. While the view has keyboard focus, a frame of
    :data:`FOCUS_FRAME_PX` pixels in the palette's highlight colour runs round its edge
    (on screen only: exports draw the chart, not this widget).
    """

    record_clicked = QtCore.Signal(str)
    background_clicked = QtCore.Signal()
    range_changed = QtCore.Signal(float, float)
    step_requested = QtCore.Signal(int)
    lane_step_requested = QtCore.Signal(int)
    zoom_requested = QtCore.Signal(float)
    activate_requested = QtCore.Signal()
    page_requested = QtCore.Signal(float)
    lanes_overflow_changed = QtCore.Signal(bool)
    """Whether the lanes need more than the view's height in readable rows changed
    (:meth:`TimelineChart.lanes_overflow`): fitting them has something to show."""

    _KEYS = {
        QtCore.Qt.Key.Key_Left: ("step_requested", -1),
        QtCore.Qt.Key.Key_Right: ("step_requested", 1),
        QtCore.Qt.Key.Key_Up: ("lane_step_requested", -1),
        QtCore.Qt.Key.Key_Down: ("lane_step_requested", 1),
        QtCore.Qt.Key.Key_Plus: ("zoom_requested", 2.0),
        QtCore.Qt.Key.Key_Equal: ("zoom_requested", 2.0),
        QtCore.Qt.Key.Key_Minus: ("zoom_requested", 0.5),
        QtCore.Qt.Key.Key_Return: ("activate_requested", None),
        QtCore.Qt.Key.Key_PageUp: ("page_requested", -1.0),
        QtCore.Qt.Key.Key_PageDown: ("page_requested", 1.0),
        QtCore.Qt.Key.Key_Enter: ("activate_requested", None),
    }

    def __init__(self, parent: QtWidgets.QWidget | None = None, style: Style = LIGHT) -> None:
        super().__init__(parent, background=style.background)
        self.chart = TimelineChart(style)
        self.setCentralItem(self.chart)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 200)
        self.setAccessibleName(translate("Timeline", "Timeline"))
        # The chart is a figure laid out left to right in every language (see TimelineChart);
        # its view too, so that its painter lays out labels such as "88 Santiago" that way.
        self.setLayoutDirection(QtCore.Qt.LayoutDirection.LeftToRight)
        self.setMouseTracking(True)
        self._dataset: Dataset | None = None
        self._layout: Layout | None = None
        self._empty_note = ""
        self._hover_id: str | None = None
        self._last_click: tuple[QtCore.QPointF, list[str], int] | None = None
        self._pan_from_px: float | None = None
        """While the left button drags below the lanes: the pointer's last x."""
        self.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.scene().sigMouseMoved.connect(self._on_scene_moved)
        self.chart.getViewBox().sigXRangeChanged.connect(self._on_range)
        self.page_requested.connect(self.chart.scroll_pages)
        # Lanes taller than the view scroll (wheel, Page Up/Down); this bar at the plot's
        # right edge shows that there are more and where the view is among them.
        self.lane_bar = QtWidgets.QScrollBar(QtCore.Qt.Orientation.Vertical, self)
        self.lane_bar.setAccessibleName(translate("Timeline", "Lanes"))
        self.lane_bar.setStyleSheet(flat_sheet(self.palette()))
        self.lane_bar.hide()
        self._syncing_bar = False
        self._overflow = False
        self.chart.getViewBox().sigYRangeChanged.connect(self._sync_lane_bar)
        self.chart.getViewBox().sigResized.connect(self._sync_lane_bar)
        self.lane_bar.valueChanged.connect(self._on_lane_bar)

    # -- state in --------------------------------------------------------------------------
    def set_data(self, dataset: Dataset, layout: Layout) -> None:
        """Show a dataset placed by *layout*."""
        self._dataset = dataset
        self._layout = layout
        self.chart.set_data(dataset, layout)
        # The chart as tall as the view again: Qt clamped it to the height the lanes shown
        # before needed, and a view gives it its size again only when it is resized (a
        # taller file stayed in the old file's height, the rest of the window blank).
        size = self.size()  # as pyqtgraph's resizeEvent gives it
        pg.GraphicsView.setRange(
            self,
            QtCore.QRectF(0, 0, size.width(), size.height()),
            padding=0,
            disableAutoPixel=False,
        )

    def show_all_when_none_in_view(self) -> None:
        """Show every drawn record when none crosses the range in view (after lanes were
        hidden and shown again, the view stayed on an empty stretch: a trial). O(n)."""
        layout = self._layout
        if layout is None or not len(layout.ids):
            return
        lo, hi = self.x_range()
        if not np.any((layout.x1_days >= lo) & (layout.x0_days <= hi)):
            self.set_x_range(*self.chart.full_range())

    def set_empty_note(self, text: str) -> None:
        """Say *text* in the middle of the chart, and to a screen reader as the view's
        description (``""``: nothing): why a file's records draw nothing (an empty lane
        under an axis without dates said nothing of it)."""
        if text == self._empty_note:
            return
        self._empty_note = text
        self.setAccessibleDescription(text)
        self.viewport().update()

    def set_style(self, style: Style) -> None:
        """Draw with *style* (light or dark theme)."""
        self.setBackground(style.background)
        self.chart.set_style(style)
        self.lane_bar.setStyleSheet(flat_sheet(self.palette()))

    _BAR_STEPS = 100
    """Steps of the lane bar per lane unit (a row)."""

    def _sync_lane_bar(self, *_: object) -> None:
        """Show the lane bar where the lanes overflow the plot, its handle where the view
        is among them; hide it when they fit."""
        overflow = self.chart.lanes_overflow()
        if overflow != self._overflow:
            self._overflow = overflow
            self.lanes_overflow_changed.emit(overflow)
        vb = self.chart.getViewBox()
        (_, _), (top, bottom) = vb.viewRange()
        last_top = self.chart.max_y_top()
        bar = self.lane_bar
        shown = last_top > -0.25 + 1e-6
        # Beside the plot, in a gutter kept for it, not over the plot's right edge
        if self.chart.set_right_gutter(BAR_WIDTH_PX if shown else 0.0):
            return  # laid out again: the plot's resize syncs the bar
        if not shown:
            bar.hide()
            return
        plot = self.mapFromScene(vb.sceneBoundingRect()).boundingRect()
        bar.setGeometry(plot.right() + 1, plot.top(), BAR_WIDTH_PX, plot.height())
        steps = self._BAR_STEPS
        self._syncing_bar = True
        try:
            bar.setRange(0, round((last_top + 0.25) * steps))
            bar.setPageStep(max(1, round((bottom - top) * steps)))
            bar.setSingleStep(steps)
            bar.setValue(round((top + 0.25) * steps))
        finally:
            self._syncing_bar = False
        bar.show()

    def _on_lane_bar(self, value: int) -> None:
        """The user moved the lane bar: scroll the lanes to its place."""
        if self._syncing_bar:
            return
        (_, _), (top, _) = self.chart.getViewBox().viewRange()
        self.chart.scroll_y(value / self._BAR_STEPS - 0.25 - top)

    def set_selected(self, record_id: str | None) -> None:
        """Highlight *record_id* (``None`` clears)."""
        index = self._layout.index_of(record_id) if (self._layout and record_id) else None
        self.chart.set_selected(index)

    def set_x_range(self, lo_days: float, hi_days: float) -> None:
        """Show the range ``[lo_days, hi_days]``."""
        self.chart.set_x_range(lo_days, hi_days)

    def x_range(self) -> tuple[float, float]:
        """The visible range in days."""
        return self.chart.x_range()

    def full_range(self) -> tuple[float, float]:
        """The range in days that shows every record (what :meth:`fit_all` shows)."""
        return self.chart.full_range()

    def spare_height_px(self) -> int:
        """Pixels of the view below the chart's last row (the legend, else the date axis)
        that show nothing: the lanes need less height than the view has. 0 when they fill
        it (they scroll)."""
        last = self.chart.timeline_legend or self.chart.date_axis
        bottom = self.mapFromScene(QtCore.QPointF(0.0, last.sceneBoundingRect().bottom())).y()
        return max(0, self.viewport().height() - bottom)

    def fit_all(self) -> None:
        """Show every record."""
        self.chart.set_x_range(*self.full_range())

    @property
    def lanes_overflow(self) -> bool:
        """Whether the lanes need more than the view's height in readable rows (see
        :attr:`lanes_overflow_changed`)."""
        return self._overflow

    def fit_lanes(self, fitted: bool) -> None:
        """Fit every lane in the view's height, however thin its rows (see
        :meth:`TimelineChart.set_lanes_fitted`), or scroll rows of a readable height."""
        self.chart.set_lanes_fitted(fitted)

    def zoom(self, factor: float, centre_days: float | None = None) -> None:
        """Zoom by *factor* (>1 zooms in) around *centre_days* (default: the view centre)."""
        lo, hi = self.x_range()
        c = (lo + hi) / 2 if centre_days is None else centre_days
        self.chart.zoom_x(1 / factor, c)

    def ensure_visible(self, record_id: str) -> None:
        """Pan (keeping the zoom) so that *record_id* is in view, centred where the view
        stays within the whole timeline; zoom out if it is wider."""
        if self._layout is None:
            return
        i = self._layout.index_of(record_id)
        if i is None:
            return
        from viewer.core.layout import ROW_HEIGHT

        y0 = float(self._layout.y0[i])
        self.chart.ensure_y_visible(y0, y0 + ROW_HEIGHT)
        a, b = float(self._layout.x0_days[i]), float(self._layout.x1_days[i])
        lo, hi = self.x_range()
        width = hi - lo
        if a >= lo and b <= hi:
            return
        if b - a > width * 0.9:
            pad = (b - a) * 0.1 + 1
            self.set_x_range(a - pad, b + pad)
        else:
            # Centred on the item, but kept within the whole timeline where it fits (the
            # last session centred left years of empty space after the data).
            full_lo, full_hi = self.chart.full_range()
            start = (a + b) / 2 - width / 2
            if width <= full_hi - full_lo:
                start = min(max(start, full_lo), full_hi - width)
            self.set_x_range(start, start + width)

    # -- geometry helpers (also used by tests) ------------------------------------------------
    def view_to_widget(self, x_days: float, y: float) -> QtCore.QPoint:
        """Widget pixel of a point in data coordinates (days, lane units)."""
        scene = self.chart.getViewBox().mapViewToScene(QtCore.QPointF(x_days, y))
        return self.mapFromScene(scene)

    def item_centre(self, record_id: str) -> QtCore.QPoint | None:
        """Widget pixel at the centre of a drawn record, or ``None``."""
        if self._layout is None:
            return None
        i = self._layout.index_of(record_id)
        if i is None:
            return None
        from viewer.core.layout import ROW_HEIGHT

        x = (self._layout.x0_days[i] + self._layout.x1_days[i]) / 2
        return self.view_to_widget(float(x), float(self._layout.y0[i] + ROW_HEIGHT / 2))

    def records_at(self, scene_pos: QtCore.QPointF) -> list[str]:
        """Ids of the records drawn at a scene position, topmost first, then those drawn
        near it (:func:`viewer.graphics.picking.records_at`)."""
        if self._layout is None:
            return []
        return [self._layout.ids[i] for i in picking.records_at(self.chart, self, scene_pos)]

    def record_at(self, scene_pos: QtCore.QPointF) -> str | None:
        """Id of the best record under a scene position, or ``None``."""
        hits = self.records_at(scene_pos)
        return hits[0] if hits else None

    def set_dimmed(self, keep: npt.NDArray[np.intp] | None) -> None:
        """Draw every record faintly but those at the layout positions *keep* (``None``:
        draw all normally)."""
        if self._layout is None:
            return
        if keep is None:
            self.chart.set_dimmed(None)
            return
        dimmed = np.ones(len(self._layout.ids), dtype=np.bool_)
        dimmed[keep] = False
        self.chart.set_dimmed(dimmed)

    # -- events -----------------------------------------------------------------------------
    def _on_scene_clicked(self, event: object) -> None:
        if getattr(event, "button", lambda: None)() != QtCore.Qt.MouseButton.LeftButton:
            return
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        vb = self.chart.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return
        if getattr(event, "double", lambda: False)():
            p = vb.mapSceneToView(scene_pos)
            if self.chart.aggregated_at(p.x(), p.y()):
                self.zoom(4.0, p.x())
                return
        hits = self.records_at(scene_pos)
        if not hits:
            self._last_click = None
            self.background_clicked.emit()
            return
        choice = 0
        if self._last_click is not None:
            last_pos, last_hits, last_choice = self._last_click
            if last_hits == hits and (last_pos - scene_pos).manhattanLength() <= 4:
                choice = (last_choice + 1) % len(hits)
        self._last_click = (QtCore.QPointF(scene_pos), hits, choice)
        self.record_clicked.emit(hits[choice])

    def _on_scene_moved(self, scene_pos: QtCore.QPointF) -> None:
        record_id = self.record_at(scene_pos)
        if record_id == self._hover_id:
            return
        self._hover_id = record_id
        record = self._dataset.get(record_id) if (self._dataset and record_id) else None
        if record is None:
            QtWidgets.QToolTip.hideText()
            self.viewport().unsetCursor()
            return
        self.viewport().setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        # Escaped and wrapped so that Qt never reads the user's text as markup.
        tip = "<qt>" + html.escape(tooltip_text(record)).replace("\n", "<br>") + "</qt>"
        QtWidgets.QToolTip.showText(
            self.mapToGlobal(self.mapFromScene(scene_pos)) + QtCore.QPoint(12, 12), tip, self
        )

    def _on_range(self, *_: object) -> None:
        lo, hi = self.x_range()
        self.range_changed.emit(lo, hi)

    def wheelEvent(self, ev: QtGui.QWheelEvent) -> None:  # noqa: N802
        # Shift+wheel (or a sideways wheel) scrolls the lanes vertically when they overflow;
        # the plain wheel zooms the time axis (pyqtgraph).
        if ev.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier:
            delta = ev.angleDelta().y() or ev.angleDelta().x()
            self.chart.scroll_y(-delta / 120 * 2.0)
            ev.accept()
            return
        vb = self.chart.getViewBox()
        scene_pos = self.mapToScene(ev.position().toPoint())
        if self._below_lanes(ev.position()) or vb.sceneBoundingRect().contains(scene_pos):
            # Over the lanes and below them (the date axis, the legend, the space under
            # them), the wheel zooms around the date under the pointer: by our own step,
            # which at the narrowest view leaves the range alone (pyqtgraph's would clamp
            # the narrower range around its middle, sliding the view sideways).
            centre = vb.mapSceneToView(
                QtCore.QPointF(scene_pos.x(), vb.sceneBoundingRect().center().y())
            )
            steps = ev.angleDelta().y() / 120
            scale = 1.02 ** (steps * 120 * vb.state["wheelScaleFactor"])
            self.chart.zoom_x(scale, centre.x())
            ev.accept()
            return
        super().wheelEvent(ev)

    def _below_lanes(self, pos: QtCore.QPointF) -> bool:
        """Whether widget position *pos* is under the lanes' plot (date axis, legend, the
        space below), where wheel and drag still zoom and pan the time axis."""
        if self._layout is None:
            return False
        vb_rect = self.chart.getViewBox().sceneBoundingRect()
        scene_pos = self.mapToScene(pos.toPoint())
        return scene_pos.y() > vb_rect.bottom() and vb_rect.left() <= scene_pos.x()

    def mousePressEvent(self, ev: QtGui.QMouseEvent) -> None:  # noqa: N802
        if ev.button() == QtCore.Qt.MouseButton.LeftButton and self._below_lanes(ev.position()):
            self._pan_from_px = ev.position().x()
            ev.accept()
            return
        super().mousePressEvent(ev)

    def mouseMoveEvent(self, ev: QtGui.QMouseEvent) -> None:  # noqa: N802
        if self._pan_from_px is not None:
            vb = self.chart.getViewBox()
            dx_px = ev.position().x() - self._pan_from_px
            self._pan_from_px = ev.position().x()
            vb.translateBy(x=-dx_px * vb.viewPixelSize()[0])
            ev.accept()
            return
        super().mouseMoveEvent(ev)

    def mouseReleaseEvent(self, ev: QtGui.QMouseEvent) -> None:  # noqa: N802
        if self._pan_from_px is not None:
            self._pan_from_px = None
            ev.accept()
            return
        super().mouseReleaseEvent(ev)

    def keyPressEvent(self, ev: QtGui.QKeyEvent) -> None:  # noqa: N802
        entry = self._KEYS.get(QtCore.Qt.Key(ev.key()))
        if entry is None or ev.modifiers() & ~(
            QtCore.Qt.KeyboardModifier.KeypadModifier | QtCore.Qt.KeyboardModifier.ShiftModifier
        ):
            QtWidgets.QGraphicsView.keyPressEvent(self, ev)
            return
        name, value = entry
        signal = getattr(self, name)
        if value is None:
            signal.emit()
        else:
            signal.emit(value)
        ev.accept()

    def paintEvent(self, ev: QtGui.QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(ev)
        if self._empty_note:
            self._paint_empty_note()
        if not self.hasFocus():
            return
        colour = self.palette().color(QtGui.QPalette.ColorRole.Highlight)
        r, px = self.viewport().rect(), FOCUS_FRAME_PX
        painter = QtGui.QPainter(self.viewport())
        try:  # four strips, corners included (a pen's default bevel join cuts them)
            for strip in (
                QtCore.QRect(r.left(), r.top(), r.width(), px),
                QtCore.QRect(r.left(), r.bottom() - px + 1, r.width(), px),
                QtCore.QRect(r.left(), r.top(), px, r.height()),
                QtCore.QRect(r.right() - px + 1, r.top(), px, r.height()),
            ):
                painter.fillRect(strip, colour)
        finally:
            painter.end()

    def _paint_empty_note(self) -> None:
        """The empty note (:meth:`set_empty_note`), wrapped, in the middle of the view."""
        painter = QtGui.QPainter(self.viewport())
        try:
            painter.setPen(self.palette().color(QtGui.QPalette.ColorRole.PlaceholderText))
            margin = 24
            area = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
            painter.drawText(
                area,
                int(QtCore.Qt.AlignmentFlag.AlignCenter | QtCore.Qt.TextFlag.TextWordWrap),
                self._empty_note,
            )
        finally:
            painter.end()

    def focusInEvent(self, ev: QtGui.QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(ev)
        self.viewport().update()

    def focusOutEvent(self, ev: QtGui.QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(ev)
        self.viewport().update()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802,A002
        return QtWidgets.QWidget.focusNextPrevChild(self, next)
