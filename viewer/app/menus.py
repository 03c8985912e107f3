"""The window's commands, stated once: each command's menu text, keys, icon and what it
does, from which the actions, the menus, the toolbar and Help › Keyboard Shortcuts are
built. What a command does when triggered is wired in
:meth:`viewer.app.main_window.MainWindow._connect_signals`. The menus the window fills
(View › Lanes and Show Items, File › Open Recent, View › Theme) are made here too, from
the data and state they are given.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6 import QtGui, QtWidgets

from viewer.app.icons import icon
from viewer.app.theme import THEME_NAMES
from viewer.core.display_text import shown_text
from viewer.core.records import Dataset
from viewer.core.search import filter_words, statuses
from viewer.core.view_state import ViewState
from viewer.core.words import plural

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
    Command("export_map", "Export &Map…", None, None, "Export the map of the places"),
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
    (
        "&File",
        ("open", "@Open &Recent", "open_bundled", "reload", "export", "export_map", "-", "quit"),
    ),
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
            "@map_dock",
            "@report_dock",
            "@T&heme",
            "full_screen",
        ),
    ),
    ("&Help", ("shortcuts", "about")),
)
TOOLBAR = ("open", "export", "fit", "zoom_in", "zoom_out", "table")

#: Lanes listed in View › Lanes: a menu of thousands of entries cannot be used (and takes
#: seconds to build); the others stay shown.
MENU_LANES = 200


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


def make_theme_actions(
    window: QtWidgets.QMainWindow,
) -> tuple[QtGui.QActionGroup, dict[str, QtGui.QAction]]:
    """View › Theme: one checkable action per theme name (its data), exclusive, ``system``
    checked."""
    group = QtGui.QActionGroup(window)
    actions: dict[str, QtGui.QAction] = {}
    for name in THEME_NAMES:
        a = QtGui.QAction(f"&{name.capitalize()}", group)
        a.setCheckable(True)
        a.setData(name)
        actions[name] = a
    actions["system"].setChecked(True)
    return group, actions


def menu_text(text: str) -> str:
    """*text* from a file as a menu entry: shown literally (``&`` is no mnemonic)."""
    return shown_text(text).replace("&", "&&")


def fill_check_menu(
    menu: QtWidgets.QMenu,
    entries: Sequence[tuple[str, str]],
    hidden: Collection[str],
    toggled: Callable[[str, bool], None],
    limit: int | None = None,
    more: str = "lane",
) -> None:
    """Fill *menu* with one checkable entry per ``(key, text)`` of *entries* (the key is the
    action's data), checked unless hidden; toggling calls ``toggled(key, checked)``. Past
    *limit* entries, one disabled line counts the *more* not listed."""
    menu.clear()
    for key, text in entries[:limit]:
        a = menu.addAction(menu_text(text))
        a.setData(key)
        a.setCheckable(True)
        a.setChecked(key not in hidden)
        a.toggled.connect(lambda on, k=key: toggled(k, on))
    if limit is not None and len(entries) > limit:
        rest = menu.addAction(f"… and {plural(len(entries) - limit, 'more ' + more)} (not listed)")
        rest.setEnabled(False)


def tick_check_menu(menu: QtWidgets.QMenu, hidden: Collection[str]) -> None:
    """Check the entries of a :func:`fill_check_menu` menu whose key is not in *hidden*,
    without telling anyone (the state they show is already in force)."""
    for a in menu.actions():
        blocked = a.blockSignals(True)
        a.setChecked(a.data() not in hidden)
        a.blockSignals(blocked)


def fill_recent_menu(
    menu: QtWidgets.QMenu, paths: Iterable[str], open_path: Callable[[str], object]
) -> None:
    """File › Open Recent: one entry per path (shown literally), calling *open_path*."""
    menu.clear()
    paths = list(paths)
    for path in paths:
        a = menu.addAction(menu_text(path))
        a.triggered.connect(lambda _=False, p=path: open_path(p))
    menu.setEnabled(bool(paths))


class _Filters(Protocol):
    """What the filter menus change (the session)."""

    def set_lane_visible(self, lane_id: str, visible: bool) -> None: ...
    def set_status_visible(self, status: str, visible: bool) -> None: ...


def fill_filter_menus(
    lanes_menu: QtWidgets.QMenu,
    status_menu: QtWidgets.QMenu,
    dataset: Dataset,
    state: ViewState,
    filters: _Filters,
) -> None:
    """View › Lanes (the first :data:`MENU_LANES` lanes) and View › Show Items (each
    status) for *dataset*, ticked as *state* shows them; toggling an entry tells
    *filters*."""
    lanes = [(lane.id, lane.title) for lane in dataset.lanes]
    fill_check_menu(
        lanes_menu, lanes, state.hidden_lanes, filters.set_lane_visible, limit=MENU_LANES
    )
    kinds = [(status, filter_words(status)) for status in statuses(dataset)]
    fill_check_menu(status_menu, kinds, state.hidden_statuses, filters.set_status_visible)


def tick_filter_menus(
    lanes_menu: QtWidgets.QMenu, status_menu: QtWidgets.QMenu, state: ViewState
) -> None:
    """Tick the filter menus as *state* shows the lanes and statuses."""
    tick_check_menu(lanes_menu, state.hidden_lanes)
    tick_check_menu(status_menu, state.hidden_statuses)
