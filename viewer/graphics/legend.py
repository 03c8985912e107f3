"""The legend: one swatch per drawing style, in its own row under the chart's date axis.

The entries are those the registry of kinds declares (:mod:`viewer.core.kinds`: each
kind's legend label and variants), drawn with the same looks as the lanes
(:func:`viewer.graphics.looks.look_of` on example records), so the legend cannot drift
from the chart, and a kind registered later has its entry without a change here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from viewer.core import i18n, kinds
from viewer.core.dates import parse_edtf
from viewer.core.i18n import translate
from viewer.core.records import Place, Record
from viewer.graphics.guard import guarded_paint
from viewer.graphics.looks import look_of, pen
from viewer.graphics.model import ChartModel
from viewer.graphics.style import Style

_Y = parse_edtf("2000")

Signature = tuple[str, str]
"""(kind, legend variant) of a record: which legend entry shows its look
(:func:`viewer.core.kinds.legend_variants`)."""


@dataclass(frozen=True)
class Entry:
    """One legend entry: its *label*, the *shape* its swatch takes, an *example* record
    drawn with :func:`look_of`, and the *signature* of the records it stands for."""

    label: str
    shape: str
    example: Record
    signature: Signature


def _example(kind: str, variant: str) -> Record:
    """A record of *kind* that looks as legend *variant* says."""
    status = "" if variant in ("", "place_unknown", "inferred", "end_unknown") else variant
    return Record(
        id="legend",
        kind=kind,
        title="",
        start=_Y,
        end=None if variant == "end_unknown" else _Y,
        status=status,
        place=Place(city=None if variant == "place_unknown" else "x"),
        inferred=("start",) if variant == "inferred" else (),
    )


_entries: tuple[int, tuple[Entry, ...]] | None = None


WHISKER: Signature = ("", "\x00whisker")
"""The signature of the whisker's entry: points dated to less than a day, with no end
(:meth:`viewer.graphics.points.PointLaneItem._whiskers`), whatever their kind."""


START_UNKNOWN: Signature = ("", "\x00start_unknown")
"""The signature of the entry of bars, bands and arrows without a start (not terms, which
have their kinds' own entries): drawn over their end's period, dashed
(:func:`viewer.graphics.looks.look_of`), whatever their kind."""


def _start_unknown(record: Any) -> bool:
    """Whether *record* (a record or a look's stand-in) takes :data:`START_UNKNOWN`'s entry:
    a bar, band or arrow kind's, not a term's, without a start."""
    spec = kinds.kind(record.kind)
    return bool(record.start_unknown) and spec.shape != "point" and not spec.term


def entries() -> tuple[Entry, ...]:
    """Every legend entry the registry declares (:func:`viewer.core.kinds.legend_entries`),
    in legend order, then the entry of bars without a start and the whisker's; made again
    when the registry changes."""
    global _entries
    version = (kinds.version(), i18n.generation())
    if _entries is None or _entries[0] != version:
        declared = [
            Entry(
                translate("Kinds", label),
                kinds.kind(kind).shape,
                _example(kind, variant),
                (kind, variant),
            )
            for kind, variant, label in kinds.legend_entries()
        ]
        # The line under a marker whose date is a year or a decade ("195X"): a reader
        # could not learn what it meant (the third trial)
        whisker = Entry(
            translate(
                "Legend", "Date known to its month, year, decade or century: the line under it"
            ),
            "whisker",
            declared[0].example if declared else _example("", ""),  # its swatch is its own
            WHISKER,
        )
        # A record known by its end alone read as a short event of that date (a new
        # user's finding): dashed, and named here
        bar_kinds = [e.signature[0] for e in declared if e.shape == "bar"]
        plain_bars = [k for k in bar_kinds if not kinds.kind(k).term] or bar_kinds or [""]
        start_unknown = Entry(
            translate("Legend", "Start unknown: drawn dashed over its end's date"),
            "bar",
            Record(id="legend", kind=plain_bars[0], title="", start=None, end=_Y),
            START_UNKNOWN,
        )
        _entries = (version, (*declared, start_unknown, whisker))
    return _entries[1]


def _vague(record: Any) -> bool:
    """Whether *record* (a record, or a stand-in with ``vague``) is drawn with a whisker
    when zoomed in: drawn as a marker, its start known to less than a day, no end."""
    flag = getattr(record, "vague", None)
    if flag is None:
        start = record.start
        flag = start is not None and kinds.dated_vaguely(
            True, start.first_day, start.last_day, record.end is not None, record.open_end
        )
    return bool(flag) and kinds.drawn_as_point(record)


SIGNATURES_UP_TO = 5_000_000
"""Above this many drawn records the legend lists every entry of the kinds present (the
looks found cost 0.05 s a million records; at 50,000, the limit before, a generated file
of 100,000 listed INTERPOL's entries and left its own bars out)."""
SWATCH_PX = 22.0
GAP_PX = 16.0
ROW_PX = 20.0
PAD_PX = 6.0


def present_signatures(records: Sequence[Any]) -> set[Signature]:
    """The signatures of *records* (records, or the stand-ins of
    :meth:`~viewer.core.columns.RecordColumns.look_stand_ins`: to show only the legend
    entries that occur). A record whose variant has no entry of its own counts as its
    kind's plain look; a record drawn with the marks of several entries (hollow and
    dashed) counts for each."""
    declared = {e.signature for e in entries()}
    found = set()
    for rec in records:
        for variant in kinds.legend_variants(rec) or ("",):
            signature = (rec.kind, variant)
            found.add(signature if signature in declared else (rec.kind, ""))
        if kinds.kind(rec.kind).shape == "bar":  # drawn as a bar, or as a marker
            found.add((rec.kind, AS_POINT if kinds.drawn_as_point(rec) else AS_BAR))
        if _vague(rec):
            found.add(WHISKER)
        if _start_unknown(rec):
            found.add(START_UNKNOWN)
    return found


AS_POINT, AS_BAR = "\x00point", "\x00bar"
"""Signatures that are no entry's: a bar kind whose records are drawn as markers (without an
end), as bars, or both; its swatch shows the forms that occur (see :func:`swatch_forms`)."""


def swatch_forms(entry: Entry, present: set[Signature] | None) -> tuple[str, ...]:
    """The shapes *entry*'s swatch shows: its kind's, or for a bar kind whose records are
    drawn as markers too (one-day events), ``("point", "bar")`` (``("point",)`` when all
    are markers), as the *present* signatures say (``None``: its kind's shape)."""
    kind = entry.signature[0]
    if entry.shape != "bar" or present is None or (kind, AS_POINT) not in present:
        return (entry.shape,)
    return ("point", "bar") if (kind, AS_BAR) in present else ("point",)


def shown_labels(present: set[Signature] | None = None) -> list[str]:
    """Labels of the entries shown for the *present* signatures (``None``: all), in order."""
    return [e.label for e in entries() if present is None or e.signature in present]


def legend_rows(
    width_px: float, style: Style, present: set[Signature] | None = None
) -> list[list[int]]:
    """Entry indices per legend row for a legend *width_px* wide (greedy wrapping).

    *present* (from :func:`present_signatures`) limits the entries to the looks that occur
    in the data (``None``: all).
    """
    metrics = QtGui.QFontMetricsF(style.font(size_px=11))
    rows: list[list[int]] = [[]]
    x = 0.0
    for i, entry in enumerate(entries()):
        if present is not None and entry.signature not in present:
            continue
        w = _entry_px(entry.label, style, metrics)
        if x + w > width_px and rows[-1]:
            rows.append([])
            x = 0.0
        rows[-1].append(i)
        x += w
    return rows if rows[-1] else rows[:-1]


def legend_height_px(width_px: float, style: Style, present: set[Signature] | None = None) -> float:
    """Height in pixels the legend needs at *width_px*."""
    rows = legend_rows(width_px, style, present)
    return len(rows) * style.px(ROW_PX) + 2 * style.px(PAD_PX) if rows else 0.0


CHART_MARGIN_PX = 1.0
"""The chart's layout margin on each side, in pixels (pyqtgraph's, set by the chart): the
legend's row is the chart's width less two of them."""


def height_in_chart(
    chart_width_px: float, style: Style, present: set[Signature] | None = None
) -> float:
    """Pixels the legend needs as the row of a chart *chart_width_px* wide: its width less
    the layout's margins and the legend's padding (the height was once worked out for the
    chart's whole width, and a legend 2 px narrower wrapped to a row more than it had)."""
    inner = chart_width_px - 2 * CHART_MARGIN_PX - 2 * style.px(PAD_PX)
    return legend_height_px(inner, style, present)


def more_entries(count: int) -> str:
    """What a legend cut short says of the *count* entries it leaves out."""
    return translate("Legend", "+%n more: enlarge the window", None, count)


def _entry_px(label: str, style: Style, metrics: QtGui.QFontMetricsF) -> float:
    """Pixels an entry labelled *label* takes in a row: swatch, label and gap."""
    return style.px(SWATCH_PX + 4) + metrics.horizontalAdvance(label) + style.px(GAP_PX)


class LegendItem(pg.GraphicsWidget):
    """The legend as its own row of the chart's layout, under the date axis: never over
    the data. Its height follows its width (:meth:`fit_width`)."""

    def __init__(self, model: ChartModel) -> None:
        super().__init__()
        self._model = model
        self._signatures: set[Signature] | None = None

    def kinds(self) -> set[Signature]:
        """Look signatures present in the drawn data (see :func:`present_signatures`),
        worked out once per data change; above :data:`SIGNATURES_UP_TO` records, where a
        pass over all of them would cost, every entry of the kinds drawn."""
        model = self._model
        if len(model.records) > SIGNATURES_UP_TO:
            return {e.signature for e in entries() if e.signature[0] in model.kinds}
        if self._signatures is None:
            self._signatures = present_signatures(
                model.dataset.columns.look_stand_ins(model.layout.record_pos)
            )
        return self._signatures

    def labels(self) -> list[str]:
        """Labels of the entries the legend shows for the drawn data, in order."""
        return shown_labels(self.kinds())

    def height_for(self, width_px: float) -> float:
        """Pixels the legend needs in a chart *width_px* wide (0 when it has no entries)."""
        st = self._model.style
        return height_in_chart(width_px, st, self.kinds())

    def fit_width(self, width_px: float, most_px: float | None = None) -> None:
        """Take the height the entries need at *width_px*, at most *most_px* (and at least
        a row): a legend cut short names the entries it leaves out (see :meth:`paint`)."""
        height = self.height_for(width_px)
        if most_px is not None and height > most_px:
            st = self._model.style
            rows = max(1, int((most_px - 2 * st.px(PAD_PX)) // st.px(ROW_PX)))
            height = rows * st.px(ROW_PX) + 2 * st.px(PAD_PX)
        if abs(self.maximumHeight() - height) > 0.5 or abs(self.minimumHeight() - height) > 0.5:
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self.updateGeometry()

    @guarded_paint
    def paint(self, p: QtGui.QPainter, *args: Any) -> None:
        st = self._model.style
        box = self.rect()
        kinds = self.kinds()
        rows = legend_rows(box.width() - 2 * st.px(PAD_PX), st, kinds)
        if not rows:
            return
        room_rows = max(1, int((box.height() - 2 * st.px(PAD_PX) + 0.5) // st.px(ROW_PX)))
        more = ""
        if room_rows < len(rows):  # cut short (a small window): say how many are left out
            left_out = sum(map(len, rows[room_rows:]))
            rows = rows[:room_rows]
            last = rows[-1]
            label_metrics = QtGui.QFontMetricsF(st.font(size_px=11))
            table = entries()
            room = box.width() - 2 * st.px(PAD_PX)
            while True:
                more = more_entries(left_out)
                used = sum(_entry_px(table[i].label, st, label_metrics) for i in last)
                if not last or used + label_metrics.horizontalAdvance(more) <= room:
                    break
                last.pop()
                left_out += 1
        p.save()
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        font = st.font(size_px=11)
        p.setFont(font)
        metrics = QtGui.QFontMetricsF(font)
        y = box.top() + st.px(PAD_PX)
        table = entries()
        for row in rows:
            x = box.left() + st.px(PAD_PX)
            cy = y + st.px(ROW_PX) / 2
            for i in row:
                label, rec = table[i].label, table[i].example
                swatch = QtCore.QRectF(x, cy - st.px(7), st.px(SWATCH_PX), st.px(14))
                forms = swatch_forms(table[i], kinds)
                if table[i].signature == START_UNKNOWN:
                    forms = ("dashes",)  # of any kind: its swatch in no kind's colours
                if len(forms) == 1:
                    self._swatch(p, forms[0], rec, swatch)
                else:  # a marker, then a short bar
                    marker = st.px(st.marker_px)
                    self._swatch(p, "point", rec, swatch.adjusted(0, 0, marker - swatch.width(), 0))
                    self._swatch(p, "bar", rec, swatch.adjusted(marker + st.px(3), 0, 0, 0))
                x += st.px(SWATCH_PX + 4)
                p.setPen(st.color("text"))
                room = box.right() - st.px(PAD_PX) - x
                if metrics.horizontalAdvance(label) > room:  # an entry wider than the image
                    label = metrics.elidedText(label, QtCore.Qt.TextElideMode.ElideRight, room)
                p.drawText(
                    QtCore.QPointF(x, cy + metrics.ascent() / 2 - metrics.descent() / 2), label
                )
                x += metrics.horizontalAdvance(label) + st.px(GAP_PX)
            if more and row is rows[-1]:
                p.setPen(st.color("muted_text"))
                p.drawText(
                    QtCore.QPointF(x, cy + metrics.ascent() / 2 - metrics.descent() / 2), more
                )
            y += st.px(ROW_PX)
        p.restore()

    def _swatch(self, p: QtGui.QPainter, shape: str, rec: Record, rect: QtCore.QRectF) -> None:
        st = self._model.style
        look = look_of(rec, st)
        c = rect.center()
        if shape == "dashes":  # dashes alone, of any shape and kind (a pale blue bar read as
            # a kind of its own beside orange arrows and beige eras: a trial)
            p.setPen(pen(st.color("muted_text"), st.px(1.2), True))
            p.setBrush(QtGui.QBrush(st.color("background")))
            p.drawRect(rect)
        elif shape == "whisker":  # a hollow marker, and its period's line under it
            r = st.px(st.marker_px) / 2 * 0.8
            muted = st.color("muted_text")
            p.setPen(pen(muted, st.px(1.4)))
            p.setBrush(QtGui.QBrush(st.color("background")))
            p.drawEllipse(QtCore.QPointF(c.x(), c.y() - st.px(2)), r, r)
            y, cap = c.y() - st.px(2) + r + st.px(2), min(r * 0.7, st.px(4))
            p.setPen(pen(muted, st.px(1.2)))
            left, right = rect.left(), rect.right()
            p.drawLine(QtCore.QPointF(left, y), QtCore.QPointF(right, y))
            p.drawLine(QtCore.QPointF(left, y - cap), QtCore.QPointF(left, y))
            p.drawLine(QtCore.QPointF(right, y - cap), QtCore.QPointF(right, y))
        elif shape == "point":
            r = st.px(st.marker_px) / 2
            p.setPen(pen(look.edge, st.px(1.6), look.dashed))
            p.setBrush(QtGui.QBrush(look.fill))
            p.drawEllipse(c, r, r)
        elif shape == "arrow":
            p.setPen(pen(look.edge, st.px(2)))
            p.setBrush(QtGui.QBrush(look.edge))
            head = st.px(6)
            p.drawLine(
                QtCore.QPointF(rect.left(), c.y()), QtCore.QPointF(rect.right() - head, c.y())
            )
            p.drawPolygon(
                QtGui.QPolygonF(
                    [
                        QtCore.QPointF(rect.right(), c.y()),
                        QtCore.QPointF(rect.right() - head, c.y() - head / 1.6),
                        QtCore.QPointF(rect.right() - head, c.y() + head / 1.6),
                    ]
                )
            )
        else:
            p.setPen(pen(look.edge, st.px(1), look.dashed))
            p.setBrush(QtGui.QBrush(look.fill))
            p.drawRect(rect)
            if look.pattern not in (
                QtCore.Qt.BrushStyle.SolidPattern,
                QtCore.Qt.BrushStyle.NoBrush,
            ):
                p.setPen(QtCore.Qt.PenStyle.NoPen)
                p.setBrush(QtGui.QBrush(look.edge, look.pattern))
                p.drawRect(rect)
