"""The window's commands, stated once: each command's menu text, keys, icon and what it
does, from which the actions, the menus, the toolbar and Help › Keyboard Shortcuts are
built. What a command does when triggered is wired in
:meth:`viewer.app.main_window.MainWindow._connect_signals`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6 import QtGui, QtWidgets

from viewer.app.icons import icon

_Keys = QtGui.QKeySequence.StandardKey


@dataclass(frozen=True)
class Command:
    """One command of the window.

    ``name`` is its key in :func:`make_actions`' result; ``text`` its menu text (``&``
    marks the mnemonic); ``keys`` a standard key, a key string or ``None``; ``icon`` a name
    for :func:`viewer.app.icons.icon`; ``does`` what Help › Keyboard Shortcuts says it does
    (``""``: not listed); ``checkable`` for on/off commands; ``needs_selection`` for
    commands that act on the selected record (disabled while nothing is selected, see
    :func:`enable_for_selection`).
    """

    name: str
    text: str
    keys: _Keys | str | None = None
    icon: str | None = None
    does: str = ""
    checkable: bool = False
    needs_selection: bool = False


COMMANDS: tuple[Command, ...] = (
    Command("open", "&Open…", _Keys.Open, "open", "Open a file (or drop it on the window)"),
    Command(
        "reload",
        "&Reload",
        _Keys.Refresh,
        None,
        "Reload the file (it also reloads by itself when it changes on disk)",
    ),
    Command("open_bundled", "Open &Bundled Record"),
    Command("export", "&Export Image…", "Ctrl+E", "export", "Export the chart as an image"),
    Command("quit", "&Quit", _Keys.Quit, None, "Quit"),
    Command("fit", "&Fit All", "Home", "fit", "Fit all: show the whole timeline"),
    Command("zoom_in", "Zoom &In", _Keys.ZoomIn, "zoom-in", "Zoom in"),
    Command("zoom_out", "Zoom &Out", _Keys.ZoomOut, "zoom-out", "Zoom out"),
    Command("clear", "Clear Selection", "Esc", None, "Clear the selection"),
    Command(
        "copy_citation",
        "Copy &Citation",
        "Ctrl+Shift+C",
        None,
        "Copy a citation of the selected item (text and CSL-JSON)",
        needs_selection=True,
    ),
    Command("find", "&Find…", _Keys.Find, None, "Search titles, places, people and summaries"),
    Command("table", "&Table", "Ctrl+T", "table", "Show or hide the table of all records"),
    Command("full_screen", "F&ull Screen", _Keys.FullScreen, None, "Full screen", checkable=True),
    Command("reset_settings", "&Reset Settings…"),
    Command("shortcuts", "&Keyboard Shortcuts"),
    Command("about", "&About Timeline Viewer"),
)

#: Keys that the timeline and the search field handle themselves (not menu commands).
VIEW_KEYS: tuple[tuple[str, str], ...] = (
    ("Tab", "Move the keyboard focus to the timeline"),
    ("Left / Right", "Select the previous / next item in the lane"),
    ("Up / Down", "Select the nearest item in the lane above / below"),
    ("+ / -", "Zoom in / out around the selection"),
    ("Enter", "Open the selected item's first source in the browser"),
    ("Page Up / Page Down, Shift+wheel", "Scroll the lanes up / down when they overflow"),
    ("Enter / Shift+Enter (in search)", "Select the next / previous match"),
    ("Mouse wheel / drag", "Zoom / pan"),
    ("Repeated clicks", "Cycle through items drawn on the same spot"),
)

#: The menus: a command's name, "-" for a separator, or "@name" for a submenu that the
#: window fills (recent files, lanes, statuses, themes) or a dock's show/hide action.
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("&File", ("open", "@Open &Recent", "open_bundled", "reload", "export", "-", "quit")),
    ("&Edit", ("copy_citation", "-", "find", "-", "reset_settings")),
    (
        "&View",
        (
            "fit",
            "zoom_in",
            "zoom_out",
            "clear",
            "find",
            "-",
            "@&Lanes",
            "@&Show Items",
            "-",
            "@details_dock",
            "table",
            "@report_dock",
            "@T&heme",
            "full_screen",
        ),
    ),
    ("&Help", ("shortcuts", "about")),
)
TOOLBAR = ("open", "export", "fit", "zoom_in", "zoom_out", "table")


def make_actions(
    window: QtWidgets.QMainWindow, table_dock: QtWidgets.QDockWidget
) -> dict[str, QtGui.QAction]:
    """One action per :data:`COMMANDS` entry, added to *window* (so their keys work while
    the menu bar is hidden, in full screen). ``table`` is *table_dock*'s show/hide action,
    given the command's text, keys and icon."""
    actions: dict[str, QtGui.QAction] = {}
    for c in COMMANDS:
        a = table_dock.toggleViewAction() if c.name == "table" else QtGui.QAction(window)
        a.setText(c.text)
        if c.keys is not None:
            a.setShortcut(QtGui.QKeySequence(c.keys))
        if c.icon:
            a.setIcon(icon(c.icon))
        if c.checkable:
            a.setCheckable(True)
        if c.needs_selection:
            a.setEnabled(False)
        window.addAction(a)
        actions[c.name] = a
    return actions


def enable_for_selection(actions: Mapping[str, QtGui.QAction], selected: bool) -> None:
    """Enable the commands that act on the selected record (``needs_selection``) exactly
    when a record is *selected*."""
    for c in COMMANDS:
        if c.needs_selection:
            actions[c.name].setEnabled(selected)


def build_menus(
    window: QtWidgets.QMainWindow,
    actions: Mapping[str, QtGui.QAction],
    extra: Mapping[str, QtGui.QAction | list[QtGui.QAction]],
    toolbar_widget: QtWidgets.QWidget,
) -> dict[str, QtWidgets.QMenu]:
    """The menu bar from :data:`MENUS` and the toolbar from :data:`TOOLBAR` (then
    *toolbar_widget*, the search field). *extra* gives the ``@`` entries that are actions
    (a dock's show/hide action) or groups of actions (a submenu of them, e.g. themes);
    other ``@`` entries become empty submenus, returned by name without ``&`` (``"Lanes"``)
    for the window to fill."""
    submenus: dict[str, QtWidgets.QMenu] = {}
    for title, entries in MENUS:
        menu = window.menuBar().addMenu(title)
        for entry in entries:
            if entry == "-":
                menu.addSeparator()
            elif not entry.startswith("@"):
                menu.addAction(actions[entry])
            elif isinstance(extra.get(entry[1:]), QtGui.QAction):
                menu.addAction(extra[entry[1:]])  # type: ignore[arg-type]
            else:
                sub = menu.addMenu(entry[1:])
                for a in extra.get(entry[1:].replace("&", ""), []):  # type: ignore[union-attr]
                    sub.addAction(a)
                submenus[entry[1:].replace("&", "")] = sub
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("main_toolbar")
    for name in TOOLBAR:
        toolbar.addAction(actions[name])
    toolbar.addSeparator()
    toolbar.addWidget(toolbar_widget)
    return submenus


def shortcut_rows(actions: Mapping[str, QtGui.QAction]) -> list[tuple[str, str]]:
    """Help › Keyboard Shortcuts: :data:`VIEW_KEYS`, then every command that has keys and
    says what it does, with its keys as this platform writes them (``Ctrl+F``)."""
    rows = list(VIEW_KEYS)
    for c in COMMANDS:
        keys = actions[c.name].shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText)
        if c.does and keys:
            rows.append((keys, c.does))
    return rows
