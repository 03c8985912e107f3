"""The timeline widget: a pyqtgraph view of a :class:`~viewer.graphics.chart.TimelineChart`
that turns clicks and hovers into record ids."""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from viewer.core.labels import tooltip_text
from viewer.core.layout import Layout
from viewer.core.query import hit_test
from viewer.core.records import Dataset
from viewer.graphics.chart import TimelineChart
from viewer.graphics.style import LIGHT, Style


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
    """

    record_clicked = QtCore.Signal(str)
    background_clicked = QtCore.Signal()
    range_changed = QtCore.Signal(float, float)

    def __init__(self, parent: QtWidgets.QWidget | None = None, style: Style = LIGHT) -> None:
        super().__init__(parent, background=style.background)
        self.chart = TimelineChart(style)
        self.setCentralItem(self.chart)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Timeline")
        self.setMouseTracking(True)
        self._dataset: Dataset | None = None
        self._layout: Layout | None = None
        self._hover_id: str | None = None
        self.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.scene().sigMouseMoved.connect(self._on_scene_moved)
        self.chart.getViewBox().sigXRangeChanged.connect(self._on_range)

    # -- state in --------------------------------------------------------------------------
    def set_data(self, dataset: Dataset, layout: Layout) -> None:
        """Show a dataset placed by *layout*."""
        self._dataset = dataset
        self._layout = layout
        self.chart.set_data(dataset, layout)

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

    def fit_all(self) -> None:
        """Show every record."""
        self.chart.set_x_range(*self.chart.full_range())

    def zoom(self, factor: float, centre_days: float | None = None) -> None:
        """Zoom by *factor* (>1 zooms in) around *centre_days* (default: the view centre)."""
        lo, hi = self.x_range()
        c = (lo + hi) / 2 if centre_days is None else centre_days
        self.chart.getViewBox().scaleBy(x=1 / factor, center=QtCore.QPointF(c, 0))

    def ensure_visible(self, record_id: str) -> None:
        """Pan (keeping the zoom) so that *record_id* is in view; zoom out if it is wider."""
        if self._layout is None:
            return
        i = self._layout.index_of(record_id)
        if i is None:
            return
        a, b = float(self._layout.x0_days[i]), float(self._layout.x1_days[i])
        lo, hi = self.x_range()
        width = hi - lo
        if a >= lo and b <= hi:
            return
        if b - a > width * 0.9:
            pad = (b - a) * 0.1 + 1
            self.set_x_range(a - pad, b + pad)
        else:
            centre = (a + b) / 2
            self.set_x_range(centre - width / 2, centre + width / 2)

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

    def record_at(self, scene_pos: QtCore.QPointF) -> str | None:
        """Id of the best record under a scene position, or ``None``."""
        if self._layout is None:
            return None
        vb = self.chart.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = vb.mapSceneToView(scene_pos)
        days_per_px = vb.viewPixelSize()[0]
        hits = hit_test(self._layout, p.x(), p.y(), days_per_px,
                        min_px=max(self.chart.style.marker_px, self.chart.style.min_bar_px) + 2)
        return self._layout.ids[hits[0]] if hits else None

    # -- events -----------------------------------------------------------------------------
    def _on_scene_clicked(self, event: object) -> None:
        if getattr(event, "button", lambda: None)() != QtCore.Qt.MouseButton.LeftButton:
            return
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        if not self.chart.getViewBox().sceneBoundingRect().contains(scene_pos):
            return
        record_id = self.record_at(scene_pos)
        if record_id is None:
            self.background_clicked.emit()
        else:
            self.record_clicked.emit(record_id)

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
            self.mapToGlobal(self.mapFromScene(scene_pos)) + QtCore.QPoint(12, 12), tip, self)

    def _on_range(self, *_: object) -> None:
        lo, hi = self.x_range()
        self.range_changed.emit(lo, hi)

    def keyPressEvent(self, ev: QtGui.QKeyEvent) -> None:  # noqa: N802
        # Keys are handled by the window's actions; keep pyqtgraph from eating them.
        QtWidgets.QGraphicsView.keyPressEvent(self, ev)
