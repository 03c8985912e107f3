"""The window's docks: the details panel on the right, the record table and the load report
tabbed at the bottom (hidden until asked for). Each dock has an object name, so the dock
layout saved in the settings finds it again."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from viewer.core.i18n import translate

DETAILS_WIDTH_PX = 420
"""The details dock's first width, in pixels (less in a window under 1260 px wide)."""


def _dock(
    window: QtWidgets.QMainWindow,
    title: str,
    name: str,
    widget: QtWidgets.QWidget,
    area: QtCore.Qt.DockWidgetArea,
    hidden: bool = False,
) -> QtWidgets.QDockWidget:
    """A dock named *name* (for the saved layout) holding *widget* in *area* of *window*."""
    dock = QtWidgets.QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    if hidden:
        dock.hide()
    return dock


def fit_details_width(window: QtWidgets.QMainWindow, details_dock: QtWidgets.QDockWidget) -> None:
    """Give the details dock its first width for *window*'s present width:
    :data:`DETAILS_WIDTH_PX`, at most a third of a small window, at least the panel's own
    least width (in a 720 px window it took 400 px and left the chart 310)."""
    panel = details_dock.widget()
    least = panel.minimumWidth() if panel is not None else 0
    first = min(DETAILS_WIDTH_PX, max(least, window.width() // 3))
    window.resizeDocks([details_dock], [first], QtCore.Qt.Orientation.Horizontal)


def add_docks(
    window: QtWidgets.QMainWindow,
    details: QtWidgets.QWidget,
    table: QtWidgets.QWidget,
    report: QtWidgets.QWidget,
) -> tuple[QtWidgets.QDockWidget, QtWidgets.QDockWidget, QtWidgets.QDockWidget]:
    """Dock *details* on the right of *window*, and *table* and *report* as hidden tabs at
    the bottom; returns the three docks in that order."""
    area = QtCore.Qt.DockWidgetArea
    details_dock = _dock(
        window, translate("Docks", "Details"), "details_dock", details, area.RightDockWidgetArea
    )
    fit_details_width(window, details_dock)
    table_dock = _dock(
        window, translate("Docks", "Records"), "table_dock", table, area.BottomDockWidgetArea, True
    )
    report_dock = _dock(
        window,
        translate("Docks", "Load Report"),
        "report_dock",
        report,
        area.BottomDockWidgetArea,
        True,
    )
    window.tabifyDockWidget(table_dock, report_dock)
    for dock in (table_dock, report_dock):
        _raised_when_shown(dock)
    return details_dock, table_dock, report_dock


def _raised_when_shown(dock: QtWidgets.QDockWidget) -> None:
    """Bring *dock*'s tab to the front whenever its View menu entry shows it (View › Load
    Report opened behind the records table's tab, and seemed to do nothing). Queued: the
    dock area adds the tab after the action's own slot has run."""
    dock.toggleViewAction().toggled.connect(
        lambda shown: shown and QtCore.QTimer.singleShot(0, dock.raise_)
    )


TABLE_MIN_PX = 200
"""The least empty height under the chart that the records table is shown in at a first
start (less would show two or three rows)."""
TABLE_MARGIN_PX = 16
"""Of that height, what is left to the chart (the dock's splitter, and a row's rounding),
so that the lanes still fit without scrolling."""


def show_table(
    window: QtWidgets.QMainWindow, table_dock: QtWidgets.QDockWidget, height_px: int
) -> None:
    """Show *table_dock* (raised over the load report) *height_px* high, taken from the
    empty height under the chart."""
    table_dock.show()
    table_dock.raise_()
    window.resizeDocks([table_dock], [height_px], QtCore.Qt.Orientation.Vertical)


def fill_spare_height(
    window: QtWidgets.QMainWindow, table_dock: QtWidgets.QDockWidget, spare_px: int
) -> None:
    """Show *table_dock* in the *spare_px* of height the chart leaves empty, when that is
    at least :data:`TABLE_MIN_PX` (a short record in a tall window at a first start). A
    dock group shown already (the load report's tab, raised after a file's errors) grows
    by that height, its raised tab kept: it stayed short under 270 px of empty chart (a
    new user's finding)."""
    if spare_px < TABLE_MIN_PX:
        return
    bottom = QtCore.Qt.DockWidgetArea.BottomDockWidgetArea
    shown = [
        d
        for d in window.findChildren(QtWidgets.QDockWidget)
        if d.isVisible() and not d.isFloating() and window.dockWidgetArea(d) == bottom
    ]
    if shown:  # a tab of its group shown already (the load report): the group grows,
        grown = max(d.height() for d in shown) + spare_px - TABLE_MARGIN_PX
        table_dock.show()  # the table's tab beside it; the shown one raised again once
        QtCore.QTimer.singleShot(0, shown[0].raise_)  # the show has raised the table's
        window.resizeDocks([shown[0]], [grown], QtCore.Qt.Orientation.Vertical)
    else:
        show_table(window, table_dock, spare_px - TABLE_MARGIN_PX)


def add_map_dock(
    window: QtWidgets.QMainWindow, view: QtWidgets.QWidget, table_dock: QtWidgets.QDockWidget
) -> QtWidgets.QDockWidget:
    """The map's dock (View › Map), under the chart, hidden until asked for: a tab beside
    the records table's, raised when shown, so that each has the window's width (side by
    side, a new user found both cramped: place names cut, the table's columns pushed
    out)."""
    area = QtCore.Qt.DockWidgetArea.BottomDockWidgetArea
    dock = _dock(window, translate("Docks", "Map"), "map_dock", view, area, hidden=True)
    window.tabifyDockWidget(table_dock, dock)
    _raised_when_shown(dock)
    return dock
