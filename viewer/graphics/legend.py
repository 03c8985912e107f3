"""The legend: one swatch per drawing style, in its own row under the chart's date axis.

Entries are drawn with the same looks as the lanes (:func:`viewer.graphics.looks.look_of`
on example records), so the legend cannot drift from the chart.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from viewer.core.dates import parse_edtf
from viewer.core.records import Place, Record
from viewer.graphics.looks import look_of, pen
from viewer.graphics.model import ChartModel
from viewer.graphics.style import Style

_Y = parse_edtf("2000")


def _rec(kind: str, status: str = "", city: str | None = "x", inferred: tuple[str, ...] = (),
         end: bool = True) -> Record:
    return Record(id="legend", kind=kind, title="", start=_Y, end=_Y if end else None,
                  status=status, place=Place(city=city), inferred=inferred)  # type: ignore[arg-type]


#: (label, shape, example record); shape is "point", "bar", "band" or "arrow".
ENTRIES: tuple[tuple[str, str, Record], ...] = (  # label, shape, example
    ("Session", "point", _rec("session", "held")),
    ("Host city unknown", "point", _rec("session", "held", city=None)),
    ("Year inferred", "point", _rec("session", "held", inferred=("start",))),
    ("Announced / unconfirmed", "point", _rec("session", "announced")),
    ("No session held", "band", _rec("no_session", "no_session")),
    ("Era", "band", _rec("era")),
    ("President", "bar", _rec("presidency", "official")),
    ("Acting", "bar", _rec("presidency", "acting")),
    ("Not officially recognised", "bar", _rec("presidency", "not_recognised")),
    ("Secretary General", "bar", _rec("secretary_general", "official")),
    ("End unknown", "bar", _rec("presidency", "official", end=False)),
    ("Flag handover: host → next host", "arrow", _rec("handover")),
)

SIGNATURES_UP_TO = 50_000
"""Above this many drawn records the legend lists every entry of the kinds present."""
SWATCH_PX = 22.0
GAP_PX = 16.0
ROW_PX = 20.0
PAD_PX = 6.0


def _signature(rec: Record) -> tuple[str, str, bool, bool, bool]:
    """What decides a record's look: kind, status, host known, start inferred, end unknown."""
    host_known = rec.kind != "session" or bool(rec.place and rec.place.city)
    return (rec.kind, rec.status if rec.kind != "handover" else "", host_known,
            "start" in rec.inferred and rec.kind == "session", rec.end_unknown)


def present_signatures(records: list[Record]) -> set[tuple[str, str, bool, bool, bool]]:
    """The look signatures of *records* (to show only the legend entries that occur)."""
    return {_signature(r) for r in records}


def _entry_matches(rec: Record, present: set[tuple[str, str, bool, bool, bool]]) -> bool:
    kind, status, host_known, inferred, end_unknown = _signature(rec)
    for p_kind, p_status, p_host, p_inferred, p_end in present:
        if p_kind != kind:
            continue
        if kind == "session":
            if status in ("announced", "scheduled") and p_status in ("announced", "scheduled"):
                return True
            if status == "held" and p_status not in ("announced", "scheduled"):
                # One entry per feature: hollow (year inferred), grey (host unknown), plain.
                if inferred and p_inferred:
                    return True
                if not host_known and not inferred and not p_host:
                    return True
                if host_known and not inferred and p_host and not p_inferred:
                    return True
        elif kind in ("presidency", "secretary_general"):
            if end_unknown:
                if p_end:
                    return True
            elif p_status == status or (status == "official" and p_status not in
                                        ("acting", "not_recognised")):
                return True
        else:
            return True
    return False


def legend_rows(width_px: float, style: Style,
                present: set[tuple[str, str, bool, bool, bool]] | None = None) -> list[list[int]]:
    """Entry indices per legend row for a legend *width_px* wide (greedy wrapping).

    *present* (from :func:`present_signatures`) limits the entries to the looks that occur
    in the data (``None``: all).
    """
    metrics = QtGui.QFontMetricsF(style.font(size_px=11))
    rows: list[list[int]] = [[]]
    x = 0.0
    for i, (label, _shape, rec) in enumerate(ENTRIES):
        if present is not None and not _entry_matches(rec, present):
            continue
        w = style.px(SWATCH_PX + 4) + metrics.horizontalAdvance(label) + style.px(GAP_PX)
        if x + w > width_px and rows[-1]:
            rows.append([])
            x = 0.0
        rows[-1].append(i)
        x += w
    return rows if rows[-1] else rows[:-1]


def legend_height_px(width_px: float, style: Style,
                     present: set[tuple[str, str, bool, bool, bool]] | None = None) -> float:
    """Height in pixels the legend needs at *width_px*."""
    rows = legend_rows(width_px, style, present)
    return len(rows) * style.px(ROW_PX) + 2 * style.px(PAD_PX) if rows else 0.0


class LegendItem(pg.GraphicsWidget):
    """The legend as its own row of the chart's layout, under the date axis: never over
    the data. Its height follows its width (:meth:`fit_width`)."""

    def __init__(self, model: ChartModel) -> None:
        super().__init__()
        self._model = model
        self._signatures: set[tuple[str, str, bool, bool, bool]] | None = None

    def kinds(self) -> set[tuple[str, str, bool, bool, bool]]:
        """Look signatures present in the drawn data (see :func:`present_signatures`),
        worked out once per data change; above :data:`SIGNATURES_UP_TO` records, where a
        pass over all of them would cost, every entry of the kinds drawn."""
        model = self._model
        if len(model.records) > SIGNATURES_UP_TO:
            return {_signature(rec) for _l, _s, rec in ENTRIES if rec.kind in model.kinds}
        if self._signatures is None:
            self._signatures = present_signatures(list(model.records))
        return self._signatures

    def height_for(self, width_px: float) -> float:
        """Pixels the legend needs at *width_px* (0 when it has no entries)."""
        st = self._model.style
        return legend_height_px(width_px - 2 * st.px(PAD_PX), st, self.kinds())

    def fit_width(self, width_px: float) -> None:
        """Take the height the entries need at *width_px*."""
        height = self.height_for(width_px)
        if abs(self.maximumHeight() - height) > 0.5 or abs(self.minimumHeight() - height) > 0.5:
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self.updateGeometry()

    def paint(self, p: QtGui.QPainter, *args: Any) -> None:
        st = self._model.style
        box = self.rect()
        kinds = self.kinds()
        rows = legend_rows(box.width() - 2 * st.px(PAD_PX), st, kinds)
        if not rows:
            return
        p.save()
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        font = st.font(size_px=11)
        p.setFont(font)
        metrics = QtGui.QFontMetricsF(font)
        y = box.top() + st.px(PAD_PX)
        for row in rows:
            x = box.left() + st.px(PAD_PX)
            cy = y + st.px(ROW_PX) / 2
            for i in row:
                label, shape, rec = ENTRIES[i]
                self._swatch(p, shape, rec, QtCore.QRectF(x, cy - st.px(7), st.px(SWATCH_PX),
                                                          st.px(14)))
                x += st.px(SWATCH_PX + 4)
                p.setPen(st.color("text"))
                p.drawText(QtCore.QPointF(x, cy + metrics.ascent() / 2 - metrics.descent() / 2),
                           label)
                x += metrics.horizontalAdvance(label) + st.px(GAP_PX)
            y += st.px(ROW_PX)
        p.restore()

    def _swatch(self, p: QtGui.QPainter, shape: str, rec: Record, rect: QtCore.QRectF) -> None:
        st = self._model.style
        look = look_of(rec, st)
        c = rect.center()
        if shape == "point":
            r = st.px(st.marker_px) / 2
            p.setPen(pen(look.edge, st.px(1.6), look.dashed))
            p.setBrush(QtGui.QBrush(look.fill))
            p.drawEllipse(c, r, r)
        elif shape == "arrow":
            p.setPen(pen(look.edge, st.px(2)))
            p.setBrush(QtGui.QBrush(look.edge))
            head = st.px(6)
            p.drawLine(QtCore.QPointF(rect.left(), c.y()), QtCore.QPointF(rect.right() - head, c.y()))
            p.drawPolygon(QtGui.QPolygonF([QtCore.QPointF(rect.right(), c.y()),
                                           QtCore.QPointF(rect.right() - head, c.y() - head / 1.6),
                                           QtCore.QPointF(rect.right() - head, c.y() + head / 1.6)]))
        else:
            plain = look.pattern == QtCore.Qt.BrushStyle.NoBrush
            fill = st.color("band_fill") if shape == "band" and not plain else look.fill
            p.setPen(pen(look.edge, st.px(1), look.dashed))
            p.setBrush(QtGui.QBrush(fill))
            p.drawRect(rect)
            if look.pattern not in (QtCore.Qt.BrushStyle.SolidPattern,
                                    QtCore.Qt.BrushStyle.NoBrush):
                p.setPen(QtCore.Qt.PenStyle.NoPen)
                p.setBrush(QtGui.QBrush(look.edge, look.pattern))
                p.drawRect(rect)
