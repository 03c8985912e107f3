"""The window's start: the start-up file is opened like any other (in the background,
guarded: a file that fails leaves an empty window with the message), then shown at the range
asked for, else at the view saved for it, with the record asked for selected."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore

from viewer.app.loader import LoadTask
from viewer.core.display_text import shown_text
from viewer.core.i18n import QT_TRANSLATE_NOOP, translate
from viewer.core.loading import LoadResult
from viewer.core.ranges import format_view_range

if TYPE_CHECKING:
    from viewer.app.main_window import MainWindow


_RANGE_NEAR_DATA = QT_TRANSLATE_NOOP(
    "Window",
    "--range {asked}: the window shows {shown}, near the data; export draws any range",
)

_SELECT_MOVED = QT_TRANSLATE_NOOP(
    "Window", "--select {id} is outside --range {asked}: the window shows {shown}, around it"
)


def open_at_start(
    window: MainWindow,
    path: str | Path,
    date_format: str | None = None,
    x_range: tuple[float, float] | None = None,
    select: str | None = None,
) -> LoadTask:
    """Open the start-up file *path* in *window* (its dates in *date_format*, ``None``:
    as declared or guessed). Once shown: *x_range* (days), else the view saved for this
    file (:meth:`MainWindow.restore_view`); then *select* (an unknown id is said in the
    status bar for 10 s). Returns the load's task."""

    def shown(_result: LoadResult) -> None:
        dataset = window.session.dataset
        if dataset is None:
            return
        if x_range is not None:
            window.timeline.set_x_range(*x_range)
            lo, hi = window.timeline.x_range()
            if abs(lo - x_range[0]) > 1 or abs(hi - x_range[1]) > 1:
                # The window keeps the view near the data (exports draw any range).
                message = translate("Window", _RANGE_NEAR_DATA).format(
                    asked=format_view_range(*x_range), shown=format_view_range(lo, hi)
                )
                window.statusBar().showMessage(message, 15000)
        else:
            window.restore_view()
        if not select:
            return
        if dataset.get(select) is None:
            message = translate("Window", "--select: no record with id {id}").format(
                id=repr(shown_text(select))
            )
            window.statusBar().showMessage(message, 10000)
        elif window.session.select(select):
            before = window.timeline.x_range()
            window.timeline.ensure_visible(select)
            after = window.timeline.x_range()
            if x_range is not None and max(abs(a - b) for a, b in zip(before, after)) > 1:
                # The record is outside the range asked for: the view moved (silently,
                # a trial found)
                message = translate("Window", _SELECT_MOVED).format(
                    id=repr(shown_text(select)),
                    asked=format_view_range(*x_range),  # as asked (the view may be near it)
                    shown=format_view_range(*after),
                )
                window.statusBar().showMessage(message, 15000)
            # The arrow keys step from it at once (they did nothing until the chart was
            # clicked: a trial)
            window.timeline.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    return window.open_in_background(path, date_format=date_format, then=shown)
