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

from PySide6 import QtCore, QtGui, QtWidgets

from viewer.app.icons import icon
from viewer.app.theme import THEME_NAMES
from viewer.core.display_text import shown_text
from viewer.core.i18n import QT_TRANSLATE_NOOP, translate
from viewer.core.records import Dataset
from viewer.core.search import filter_words, statuses
from viewer.core.view_state import ViewState
from viewer.widgets.shortcuts_dialog import ShortcutsDialog

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
    Command(
        "open",
        QT_TRANSLATE_NOOP("Commands", "&Open…"),
        _Keys.Open,
        "open",
        QT_TRANSLATE_NOOP("Commands", "Open a file (or drop it on the window)"),
    ),
    Command(
        "open_folder",
        QT_TRANSLATE_NOOP("Commands", "Open &Folder…"),
        None,
        None,
        QT_TRANSLATE_NOOP("Commands", "Open a folder of Parquet files (a partitioned table)"),
    ),
    Command(
        "reload",
        QT_TRANSLATE_NOOP("Commands", "&Reload"),
        _Keys.Refresh,
        None,
        QT_TRANSLATE_NOOP(
            "Commands", "Reload the file (it also reloads by itself when it changes on disk)"
        ),
    ),
    Command("open_bundled", QT_TRANSLATE_NOOP("Commands", "Open &Bundled Record")),
    Command(
        "export",
        QT_TRANSLATE_NOOP("Commands", "&Export Image…"),
        "Ctrl+E",
        "export",
        QT_TRANSLATE_NOOP("Commands", "Export the chart as an image"),
    ),
    Command(
        "export_map",
        QT_TRANSLATE_NOOP("Commands", "Export &Map…"),
        None,
        None,
        QT_TRANSLATE_NOOP("Commands", "Export the map of the places"),
    ),
    Command(
        "quit",
        QT_TRANSLATE_NOOP("Commands", "&Quit"),
        _Keys.Quit,
        None,
        QT_TRANSLATE_NOOP("Commands", "Quit"),
    ),
    Command(
        "fit",
        QT_TRANSLATE_NOOP("Commands", "&Fit All"),
        "Home",
        "fit",
        QT_TRANSLATE_NOOP("Commands", "Fit all: show the whole timeline"),
    ),
    Command(
        "fit_lanes",
        QT_TRANSLATE_NOOP("Commands", "Fit Lanes in &Window"),
        "Ctrl+Shift+L",
        None,
        QT_TRANSLATE_NOOP(
            "Commands", "Fit every lane in the window's height (rows too thin for labels)"
        ),
        checkable=True,
    ),
    Command(
        "zoom_in",
        QT_TRANSLATE_NOOP("Commands", "Zoom &In"),
        _Keys.ZoomIn,
        "zoom-in",
        QT_TRANSLATE_NOOP("Commands", "Zoom in"),
    ),
    Command(
        "zoom_out",
        QT_TRANSLATE_NOOP("Commands", "Zoom &Out"),
        _Keys.ZoomOut,
        "zoom-out",
        QT_TRANSLATE_NOOP("Commands", "Zoom out"),
    ),
    Command(
        "clear",
        QT_TRANSLATE_NOOP("Commands", "Clear Selection"),
        "Esc",
        None,
        QT_TRANSLATE_NOOP("Commands", "Clear the selection"),
    ),
    Command(
        "copy_citation",
        QT_TRANSLATE_NOOP("Commands", "Copy &Citation"),
        "Ctrl+Shift+C",
        None,
        QT_TRANSLATE_NOOP("Commands", "Copy a citation of the selected item (text and CSL-JSON)"),
        needs_selection=True,
    ),
    Command(
        "find",
        QT_TRANSLATE_NOOP("Commands", "&Find…"),
        _Keys.Find,
        None,
        QT_TRANSLATE_NOOP("Commands", "Search titles, places, people and summaries"),
    ),
    Command(
        "table",
        QT_TRANSLATE_NOOP("Commands", "&Table"),
        "Ctrl+T",
        "table",
        QT_TRANSLATE_NOOP("Commands", "Show or hide the table of all records"),
    ),
    Command(
        "full_screen",
        QT_TRANSLATE_NOOP("Commands", "F&ull Screen"),
        _Keys.FullScreen,
        None,
        QT_TRANSLATE_NOOP("Commands", "Full screen"),
        checkable=True,
    ),
    Command("reset_settings", QT_TRANSLATE_NOOP("Commands", "&Reset Settings…")),
    Command("shortcuts", QT_TRANSLATE_NOOP("Commands", "&Keyboard Shortcuts")),
    Command("about", QT_TRANSLATE_NOOP("Commands", "&About Timeline Viewer")),
)

#: Keys that the timeline and the search field handle themselves (not menu commands).
VIEW_KEYS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Keys", "Tab"),
        QT_TRANSLATE_NOOP("Keys", "Move the keyboard focus to the timeline"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Left / Right"),
        QT_TRANSLATE_NOOP("Keys", "Select the previous / next item in the lane"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Up / Down"),
        QT_TRANSLATE_NOOP("Keys", "Select the nearest item in the lane above / below"),
    ),
    ("+ / -", QT_TRANSLATE_NOOP("Keys", "Zoom in / out around the selection")),
    (
        QT_TRANSLATE_NOOP("Keys", "Enter"),
        QT_TRANSLATE_NOOP("Keys", "Open the selected item's first source in the browser"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Page Up / Page Down, Shift+wheel"),
        QT_TRANSLATE_NOOP("Keys", "Scroll the lanes up / down when they overflow"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Enter / Shift+Enter (in search)"),
        QT_TRANSLATE_NOOP("Keys", "Select the next / previous match"),
    ),
    (QT_TRANSLATE_NOOP("Keys", "Mouse wheel / drag"), QT_TRANSLATE_NOOP("Keys", "Zoom / pan")),
    (
        QT_TRANSLATE_NOOP("Keys", "Repeated clicks"),
        QT_TRANSLATE_NOOP("Keys", "Cycle through items drawn on the same spot"),
    ),
)

#: Menu titles and the window's submenus, for lupdate (they are shown through translate()).
_MENU_TITLES = (
    QT_TRANSLATE_NOOP("Menus", "&File"),
    QT_TRANSLATE_NOOP("Menus", "&Edit"),
    QT_TRANSLATE_NOOP("Menus", "&View"),
    QT_TRANSLATE_NOOP("Menus", "&Help"),
    QT_TRANSLATE_NOOP("Menus", "Open &Recent"),
    QT_TRANSLATE_NOOP("Menus", "&Lanes"),
    QT_TRANSLATE_NOOP("Menus", "&Show Items"),
    QT_TRANSLATE_NOOP("Menus", "T&heme"),
    QT_TRANSLATE_NOOP("Menus", "L&anguage"),
)

#: The menus: a command's name, "-" for a separator, or "@name" for a submenu that the
#: window fills (recent files, lanes, statuses, themes) or a dock's show/hide action.
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "&File",
        (
            "open",
            "open_folder",
            "@Open &Recent",
            "open_bundled",
            "reload",
            "export",
            "export_map",
            "-",
            "quit",
        ),
    ),
    ("&Edit", ("copy_citation", "-", "find", "-", "reset_settings")),
    (
        "&View",
        (
            "fit",
            "fit_lanes",
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
            "@L&anguage",
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
        a.setText(translate("Commands", c.text))
        if c.keys is not None:
            a.setShortcut(QtGui.QKeySequence(c.keys))
        if c.icon:
            a.setIcon(icon(c.icon))
            # An on/off entry shows its check mark in the menu, as Details and Map do (its
            # icon took the mark's place); the toolbar keeps the icon.
            a.setIconVisibleInMenu(not a.isCheckable())
        if c.checkable:
            a.setCheckable(True)
        # An on/off entry shows its check mark in the menu, as Details and Map do (the
        # table's icon took the mark's place); the toolbar keeps the icon.
        a.setIconVisibleInMenu(not a.isCheckable())
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
        menu = window.menuBar().addMenu(translate("Menus", title))
        for entry in entries:
            if entry == "-":
                menu.addSeparator()
            elif not entry.startswith("@"):
                menu.addAction(actions[entry])
            elif isinstance(extra.get(entry[1:]), QtGui.QAction):
                menu.addAction(extra[entry[1:]])  # type: ignore[arg-type]
            else:
                sub = menu.addMenu(translate("Menus", entry[1:]))
                for a in extra.get(entry[1:].replace("&", ""), []):  # type: ignore[union-attr]
                    sub.addAction(a)
                submenus[entry[1:].replace("&", "")] = sub
    toolbar = window.addToolBar(translate("Menus", "Main toolbar"))
    toolbar.setObjectName("main_toolbar")
    for name in TOOLBAR:
        toolbar.addAction(actions[name])
    toolbar.addSeparator()
    toolbar.addWidget(toolbar_widget)
    return submenus


def shortcut_rows(actions: Mapping[str, QtGui.QAction]) -> list[tuple[str, str]]:
    """Help › Keyboard Shortcuts: :data:`VIEW_KEYS`, then every command that has keys and
    says what it does, with its keys as this platform writes them (``Ctrl+F``)."""
    rows = [(translate("Keys", keys), translate("Keys", does)) for keys, does in VIEW_KEYS]
    for c in COMMANDS:
        keys = actions[c.name].shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText)
        if c.does and keys:
            rows.append((keys, translate("Commands", c.does)))
    return rows


def show_shortcuts(parent: QtWidgets.QWidget, actions: Mapping[str, QtGui.QAction]) -> None:
    """Help › Keyboard Shortcuts: a non-modal dialog over *parent* listing
    :func:`shortcut_rows` of *actions* (deleted when closed)."""
    box = ShortcutsDialog(shortcut_rows(actions), parent)
    box.setObjectName("shortcuts_box")
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()


def make_theme_actions(
    window: QtWidgets.QMainWindow,
) -> tuple[QtGui.QActionGroup, dict[str, QtGui.QAction]]:
    """View › Theme: one checkable action per theme name (its data), exclusive, ``system``
    checked."""
    group = QtGui.QActionGroup(window)
    actions: dict[str, QtGui.QAction] = {}
    for name in THEME_NAMES:
        a = QtGui.QAction(translate("Menus", THEME_TITLES[name]), group)
        a.setCheckable(True)
        a.setData(name)
        actions[name] = a
    actions["system"].setChecked(True)
    return group, actions


#: View › Theme's entries (the theme names are the settings' values).
THEME_TITLES = {
    "system": QT_TRANSLATE_NOOP("Menus", "&System"),
    "light": QT_TRANSLATE_NOOP("Menus", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Menus", "&Dark"),
}


def make_language_actions(
    window: QtWidgets.QMainWindow, chosen: str, languages: Mapping[str, str]
) -> QtGui.QActionGroup:
    """View › Language: one checkable entry per language code of *languages* (its data; the
    language's own name as text, untranslated, so a reader finds theirs), *chosen* checked;
    exclusive."""
    group = QtGui.QActionGroup(window)
    for code, name in languages.items():
        a = QtGui.QAction(name, group)
        a.setCheckable(True)
        a.setData(code)
        a.setChecked(code == chosen)
    return group


def menu_text(text: str) -> str:
    """*text* from a file as a menu entry: shown literally (``&`` is no mnemonic)."""
    return shown_text(text).replace("&", "&&")


def fill_check_menu(
    menu: QtWidgets.QMenu,
    entries: Sequence[tuple[str, str]],
    hidden: Collection[str],
    toggled: Callable[[str, bool], None],
    limit: int | None = None,
) -> None:
    """Fill *menu* with one checkable entry per ``(key, text)`` of *entries* (the key is the
    action's data), checked unless hidden; toggling calls ``toggled(key, checked)``. Past
    *limit* entries, one disabled line counts those not listed."""
    menu.clear()
    for key, text in entries[:limit]:
        a = menu.addAction(menu_text(text))
        a.setData(key)
        a.setCheckable(True)
        a.setChecked(key not in hidden)
        a.toggled.connect(lambda on, k=key: toggled(k, on))
    if limit is not None and len(entries) > limit:
        more = len(entries) - limit
        rest = menu.addAction(translate("Menus", "… and %Ln more (not listed)", None, more))
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
