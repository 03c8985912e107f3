"""The permanent part of the status bar: the load's problems (a button that opens the load
report), how many records are drawn and how many are not, and the range shown. Passive:
the window tells it what to show; a click on the button is the ``report_requested``
signal."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from viewer.core.i18n import number, translate
from viewer.core.ranges import format_view_range


class ElidedLabel(QtWidgets.QLabel):
    """A label of plain text that, given less width than its text needs, draws it cut with
    "…" and shows it whole in its tooltip (in a 720 px window the record counts were cut
    mid-word under the range: "(see V"). :meth:`text` is the whole text."""

    LEAST_PX = 80
    """The least width the label asks for, in pixels."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred
        )

    def setText(self, text: str) -> None:  # noqa: N802
        """Show *text* (whole in the tooltip)."""
        super().setText(text)
        self.setToolTip(text)
        self.updateGeometry()

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802
        """:data:`LEAST_PX` wide at most."""
        hint = super().minimumSizeHint()
        return QtCore.QSize(min(hint.width(), self.LEAST_PX), hint.height())

    def drawn_text(self) -> str:
        """The text as drawn at the label's width: whole, or cut with "…"."""
        room = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), QtCore.Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802
        """The text, cut with "…" when the label is narrower than it."""
        painter = QtGui.QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.drawn_text(),
            self.foregroundRole(),
        )


def _plain_label() -> QtWidgets.QLabel:
    label = QtWidgets.QLabel()
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    return label


class StatusBits(QtCore.QObject):
    """The widgets added to *status_bar*: ``count_label`` on the left, where a temporary
    message (``showMessage``) takes its place while it lasts, then ``problems_button`` and
    ``range_label``, right-aligned and always shown. (The count was a permanent widget
    that took all the width: no temporary message was ever seen, "--range ...: the
    window shows ..." and "Citation copied" among them, a trial.)"""

    report_requested = QtCore.Signal()

    def __init__(self, status_bar: QtWidgets.QStatusBar) -> None:
        super().__init__(status_bar)
        self.problems_button = QtWidgets.QPushButton(status_bar)
        self.problems_button.setFlat(True)
        self.problems_button.setObjectName("problems_button")
        self.problems_button.setAccessibleName(
            translate("Status", "Load problems: show the load report")
        )
        self.problems_button.hide()
        self.problems_button.clicked.connect(self.report_requested)
        self.count_label = ElidedLabel()
        self.range_label = _plain_label()
        status_bar.addWidget(self.count_label, 1)
        for widget in (self.problems_button, self.range_label):
            status_bar.addPermanentWidget(widget, 0)

    def show_problems(self, errors: int, warnings: int, records: bool = True) -> None:
        """``Load report: 2 errors (records left out), 1 warning``; hidden when both are 0.
        Without *records* (nothing could be loaded: an empty file), ``1 error``: no record
        was left out, and the details panel says why there are none."""
        if not errors:
            parts = []
        elif records:
            parts = [translate("Status", "%Ln error(s) (records left out)", None, errors)]
        else:
            parts = [translate("Status", "%Ln error(s)", None, errors)]
        if warnings:
            parts.append(translate("Status", "%Ln warning(s)", None, warnings))
        self.problems_button.setText(
            translate("Status", "Load report: {problems}").format(problems=", ".join(parts))
        )
        self.problems_button.setVisible(bool(parts))

    def show_counts(
        self, drawn: int, total: int, undated: int, without_lane: int, hidden: int = 0
    ) -> None:
        """``140 of 180 records drawn · 40 not on the timeline: … · 6 hidden …`` (records;
        *hidden*: in hidden lanes, or of hidden kinds or statuses)."""
        text = translate("Status", "{drawn} of %Ln record(s) drawn", None, total).format(
            drawn=number(drawn)
        )
        if undated or without_lane:
            text += " · " + translate(
                "Status",
                "{missing} not on the timeline: {undated} without a date, {without_lane} "
                "without a lane (see View › Table)",
            ).format(
                missing=number(undated + without_lane),
                undated=number(undated),
                without_lane=number(without_lane),
            )
        if hidden:
            text += " · " + translate(
                "Status", "{hidden} hidden (View › Lanes, View › Show Items)"
            ).format(hidden=number(hidden))
        self.count_label.setText(text)

    def show_range(self, lo_days: float, hi_days: float, drawn: bool = True) -> None:
        """``Showing 2010 – 2027`` for the range shown (days since 1970-01-01); nothing
        when nothing is *drawn* (an empty chart read "Showing 1 Jan 1970 – 31 Dec 1970")."""
        self.range_label.setVisible(drawn)
        self.range_label.setText(
            translate("Status", "Showing {range}").format(range=format_view_range(lo_days, hi_days))
        )
