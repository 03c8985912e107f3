"""The map dock's widget: the hosts on a world map, linked to the selection.

Passive: the window gives it a model (:meth:`MapView.set_model`), the entries to show
(:meth:`MapView.set_shown`), the selection and the style; it reports intent through
signals. Painting and geometry are :mod:`viewer.graphics.world_map` and
:mod:`viewer.core.map_model`, shared with the map export.
"""

from __future__ import annotations

import html

import numpy as np
import numpy.typing as npt
from PySide6 import QtCore, QtGui, QtWidgets

from viewer.core import map_model as mm
from viewer.core.geo import WORLD_HALF_HEIGHT, WORLD_HALF_WIDTH, Fit, unfit
from viewer.core.i18n import number, translate
from viewer.core.world import World
from viewer.graphics.style import LIGHT, Style
from viewer.graphics.world_map import MapScene, paint_map, scene_for

MIN_HEIGHT_PX = 180
MAX_ZOOM = 16.0
WHEEL_STEP = 1.25
"""Zoom factor of one wheel notch."""


class MapCanvas(QtWidgets.QWidget):
    """The painted map. Clicks and hovers are turned into record ids here.

    Signals:
        record_clicked(str): a marker (its next record: repeated clicks step through a
            city's records) or an arc (its handover) was clicked.
    """

    record_clicked = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        # A figure with its own direction, as the chart: the world is not mirrored in a
        # right-to-left interface (docs/architecture.md, "Languages"); the dock around is
        self.setLayoutDirection(QtCore.Qt.LayoutDirection.LeftToRight)
        self.setMouseTracking(True)
        self.setMinimumHeight(MIN_HEIGHT_PX)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding
        )
        self._model: mm.MapModel | None = None
        self._world: World | None = None
        self._mask: npt.NDArray[np.bool_] | None = None
        self._day_range: tuple[float, float] | None = None
        self._selected: str | None = None
        self._style: Style = LIGHT
        self._scene: MapScene | None = None
        self._zoom = 1.0
        self._centre: tuple[float, float] | None = None
        self._drag_from: QtCore.QPointF | None = None
        self._waiting = False

    # -- state in ------------------------------------------------------------------------
    def set_model(
        self, model: mm.MapModel | None, world: World | None, waiting: bool = False
    ) -> None:
        """Show *model* placed with *world* (``None``: nothing loaded, or with *waiting*,
        the map still being made)."""
        self._model, self._world, self._mask = model, world, None
        self._waiting = waiting and model is None
        self._changed()

    def set_shown(
        self, mask: npt.NDArray[np.bool_] | None, day_range: tuple[float, float] | None = None
    ) -> None:
        """Show the entries of *mask* only (``None``: all), those of *day_range* (days;
        the note then counts the unplaced records of that range)."""
        self._mask, self._day_range = mask, day_range
        self._changed()

    def set_selected(self, record_id: str | None) -> None:
        """Highlight *record_id*'s site or arc."""
        self._selected = record_id
        self._changed()

    def set_style(self, style: Style) -> None:
        """Draw with *style* (the theme's)."""
        self._style = style
        self._changed()

    @property
    def model(self) -> mm.MapModel | None:
        """The model shown."""
        return self._model

    def fit(self) -> Fit | None:
        """Projected units to this widget's pixels, as last drawn (``None``: no model)."""
        scene = self._current_scene()
        return scene.fit if scene is not None else None

    @property
    def zoom(self) -> float:
        """The magnification (1: the whole world)."""
        return self._zoom

    def zoom_at(self, factor: float, at: QtCore.QPointF) -> None:
        """Magnify by *factor* (within 1 and :data:`MAX_ZOOM`) keeping the point under *at*
        (pixels) in place."""
        fit = self.fit()
        if fit is None:
            return
        zoom = min(MAX_ZOOM, max(1.0, self._zoom * factor))
        if zoom == 1.0:
            self.reset_zoom()
            return
        px, py = unfit(fit, at.x(), at.y())
        scale = fit.scale * zoom / self._zoom
        x0, y0 = at.x() - px * scale, at.y() + py * scale
        self._zoom = zoom
        self._set_centre(((self.width() / 2 - x0) / scale, (y0 - self.height() / 2) / scale))

    def reset_zoom(self) -> None:
        """Show the whole world again."""
        self._zoom, self._centre = 1.0, None
        self._changed()

    def _set_centre(self, centre: tuple[float, float]) -> None:
        x = min(WORLD_HALF_WIDTH, max(-WORLD_HALF_WIDTH, centre[0]))
        y = min(WORLD_HALF_HEIGHT, max(-WORLD_HALF_HEIGHT, centre[1]))
        self._centre = (x, y)
        self._changed()

    def shown_count(self) -> int:
        """How many records the map shows now."""
        scene = self._current_scene()
        return sum(len(s) for s in scene.shown) if scene is not None else 0

    # -- drawing -------------------------------------------------------------------------
    def _changed(self) -> None:
        self._scene = None
        self.update()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802
        self._scene = None
        super().resizeEvent(event)

    def _current_scene(self) -> MapScene | None:
        if self._model is None:
            return None
        if self._scene is None:
            rect = (0.0, 0.0, float(self.width()), float(self.height()))
            for legend in (True, False):  # without it where it would crowd the map out
                self._scene = scene_for(
                    self._model,
                    rect,
                    self._style,
                    self._mask,
                    self._selected,
                    self._zoom,
                    self._centre,
                    self._day_range,
                    legend=legend,
                )
                if not self._scene.legend_crowds:
                    break
        return self._scene

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802
        painter = QtGui.QPainter(self)
        try:
            scene = self._current_scene()
            if scene is None or self._model is None or self._world is None:
                painter.fillRect(self.rect(), self._style.color("background"))
                painter.setPen(self._style.color("muted_text"))
                painter.drawText(
                    self.rect(),
                    int(QtCore.Qt.AlignmentFlag.AlignCenter),
                    translate("Map", "Placing the records on the map…")
                    if self._waiting
                    else translate("Map", "No file open"),
                )
                return
            paint_map(painter, self._model, self._world, scene, self._style, self._selected)
        finally:
            painter.end()

    # -- picking -------------------------------------------------------------------------
    def _pick(self, pos: QtCore.QPointF) -> tuple[str, int] | None:
        """("site", index) or ("arc", index) under *pos*, markers first."""
        scene = self._current_scene()
        if scene is None:
            return None
        site = mm.pick_site(pos.x(), pos.y(), scene.centres_px, scene.radii_px)
        if site is not None:
            return "site", site
        lines = [a if a is not None else np.zeros((1, 2)) + np.inf for a in scene.arcs_px]
        arc = mm.pick_arc(pos.x(), pos.y(), lines)
        return ("arc", arc) if arc is not None else None

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802
        hit = self._pick(event.position())
        scene, model = self._scene, self._model
        if hit is None or scene is None or model is None:
            if event.button() == QtCore.Qt.MouseButton.LeftButton and self._zoom > 1.0:
                self._drag_from = event.position()  # panning the magnified map
            super().mousePressEvent(event)
            return
        what, i = hit
        if what == "arc":
            self.record_clicked.emit(model.arcs[i].record_id)
        elif event.button() == QtCore.Qt.MouseButton.RightButton and len(scene.shown[i]) > 1:
            self._offer_all(i, event.globalPosition().toPoint())
        else:
            self.record_clicked.emit(mm.next_at_site(model, i, self._selected, scene.shown[i]))
        event.accept()

    def _offer_all(self, site: int, at: QtCore.QPoint) -> None:
        """A menu of every record shown at *site*; choosing one selects it."""
        assert self._model is not None and self._scene is not None
        menu = QtWidgets.QMenu(self)
        menu.setLayoutDirection(QtWidgets.QApplication.layoutDirection())  # the reader's
        menu.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        for e in self._scene.shown[site]:
            rid = self._model.entry_ids[e]
            title = f"{self._model.entry_titles[e]} ({self._model.entry_dates[e]})"
            action = menu.addAction(title.replace("&", "&&"))  # literal text, no mnemonic
            action.triggered.connect(lambda _=False, rid=rid: self.record_clicked.emit(rid))
        menu.popup(at)

    def tooltip_at(self, pos: QtCore.QPointF) -> str:
        """The hover text at *pos* (plain text): a city, its records and years; or a
        handover; ``""`` over nothing."""
        hit = self._pick(pos)
        model, scene = self._model, self._scene
        if hit is None or model is None or scene is None:
            return ""
        what, i = hit
        if what == "arc":
            arc = model.arcs[i]
            return f"{arc.title}\n{arc.dates}"
        site = model.sites[i]
        if site.by_country:
            place = translate("Map", "{place} (placed at its country: no city located)")
        elif site.looked_up:
            place = translate(
                "Map", "{place} (located by its name in GeoNames; the file gives no coordinates)"
            )
        else:
            place = "{place}"
        lines = [place.format(place=site.label)]
        lines += [f"{model.entry_titles[e]} · {model.entry_dates[e]}" for e in scene.shown[i]]
        if len(scene.shown[i]) > 1:
            lines.append(translate("Map", "Click again for the next; right-click for all"))
        return "\n".join(lines)

    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:  # noqa: N802
        notches = event.angleDelta().y() / 120
        if notches:
            self.zoom_at(WHEEL_STEP**notches, event.position())
        event.accept()

    def mouseDoubleClickEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802
        if self._pick(event.position()) is None:
            self.reset_zoom()
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802
        self._drag_from = None
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802
        fit = self.fit()
        if self._drag_from is not None and fit is not None and fit.scale:
            delta = event.position() - self._drag_from
            self._drag_from = event.position()
            cx, cy = unfit(fit, self.width() / 2 - delta.x(), self.height() / 2 - delta.y())
            self._set_centre((cx, cy))
            return
        text = self.tooltip_at(event.position())
        if text:
            tip = "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
            QtWidgets.QToolTip.showText(event.globalPosition().toPoint(), tip, self)
            self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        else:
            QtWidgets.QToolTip.hideText()
            self.unsetCursor()
        super().mouseMoveEvent(event)


class MapView(QtWidgets.QWidget):
    """The map with its toggle: only the records in the timeline's visible range.

    Signals:
        record_clicked(str): see :class:`MapCanvas`.
        in_view_only_toggled(bool): the user asked to show only the timeline's visible
            range (``True``) or everything.
    """

    record_clicked = QtCore.Signal(str)
    in_view_only_toggled = QtCore.Signal(bool)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = MapCanvas(self)
        self.in_view_only = QtWidgets.QCheckBox(
            translate("Map", "Only the timeline's visible range"), self
        )
        self.in_view_only.setObjectName("map_in_view_only")
        self.count = QtWidgets.QLabel(self)
        self.count.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        top = QtWidgets.QHBoxLayout()
        top.setContentsMargins(6, 2, 6, 0)
        top.addWidget(self.in_view_only)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        self.canvas.record_clicked.connect(self.record_clicked)
        self.in_view_only.toggled.connect(self.in_view_only_toggled)

    def set_model(
        self, model: mm.MapModel | None, world: World | None, waiting: bool = False
    ) -> None:
        """See :meth:`MapCanvas.set_model`."""
        self.canvas.set_model(model, world, waiting)
        self._count()

    def set_shown(
        self, mask: npt.NDArray[np.bool_] | None, day_range: tuple[float, float] | None = None
    ) -> None:
        """See :meth:`MapCanvas.set_shown`."""
        self.canvas.set_shown(mask, day_range)
        self._count()

    def set_selected(self, record_id: str | None) -> None:
        """See :meth:`MapCanvas.set_selected`."""
        self.canvas.set_selected(record_id)

    def set_style(self, style: Style) -> None:
        """See :meth:`MapCanvas.set_style`."""
        self.canvas.set_style(style)

    def _count(self) -> None:
        model = self.canvas.model
        if model is None or not model.sites:
            self.count.setText("")
            return
        placed = len(model.entry_ids)  # a plain variable: lupdate reads no call as a count
        self.count.setText(
            # Of the records the map can place: a new user read "70 of 70 records on the
            # map" as all of them, over a note of 24 more that are not on it.
            translate(
                "Map", "Showing {shown} of the %Ln record(s) placed on the map", None, placed
            ).format(shown=number(self.canvas.shown_count()))
        )
