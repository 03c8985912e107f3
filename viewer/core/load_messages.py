"""The words the window uses when a file cannot be used, and its title: pure text, so the
rules (what stays shown, what the user can do next) are stated once and tested without Qt.

Every piece of a path is passed through :func:`~viewer.core.display_text.shown_text`, so a
file name is shown literally.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from viewer.core.display_text import shown_text
from viewer.core.i18n import QT_TRANSLATE_NOOP, embedded, paragraph, translate

APP_NAME = QT_TRANSLATE_NOOP("Messages", "Timeline Viewer")

#: The words of the severities (the problems' values stay as the core writes them).
SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("LoadReport", "error"),
    "warning": QT_TRANSLATE_NOOP("LoadReport", "warning"),
    "note": QT_TRANSLATE_NOOP("LoadReport", "note"),
}


def severity_words(severity: str) -> str:
    """A problem's *severity* (``error``, ``warning``, ``note``) in the reader's words."""
    return translate("LoadReport", SEVERITIES.get(severity, severity))


def problem_line(problem: Any) -> str:
    """A :class:`~viewer.core.assembly.Problem` on one line in the reader's words, for a
    list that names its file around it: ``error: line 3, id 'x', field 'end': REASON``."""
    #: {severity}: error or warning; {problem}: where it is and why.
    return translate("Messages", "{severity}: {problem}").format(
        severity=severity_words(problem.severity), problem=problem.in_words()
    )


def window_title(path: str, opened: bool = True) -> str:
    """The window's title for the file *path* (``""``: data without a file), or for a file
    that could not be opened (*opened* false)."""
    name = embedded(shown_text(Path(path).name)) if path else translate("Messages", "untitled")
    if not opened:
        name = translate("Messages", "{file} (not opened)").format(file=name)
    return f"{name} – {translate('Messages', APP_NAME)}"


@dataclass(frozen=True)
class LoadFailure:
    """What the window says when a file could not be used.

    Attributes:
        title: the message box's title.
        text: the message box's text: why, then what is shown now.
        status: a lasting status-bar message (``""``: none).
        reloading: whether the file shown failed to reload (its data stays shown).
        nothing_shown: whether no data is shown (the report and details say why).
    """

    title: str
    text: str
    status: str
    reloading: bool
    nothing_shown: bool


def load_failure(message: str, path: str, shown: str, same: bool, loaded_at: str) -> LoadFailure:
    """The words for *path* failing with *message*, while the file *shown* (``""``: none)
    is shown; *same* tells whether *path* is that file (a reload), read at *loaded_at*
    (``HH:MM:SS``)."""
    name = embedded(shown_text(Path(path).name))
    message = paragraph(embedded(message))
    if shown and same:
        kept = translate(
            "Messages",
            "The last good data of {file}, read at {time}, is still shown. It is read again "
            "when the file changes (or with File › Reload).",
        ).format(file=name, time=loaded_at)
        return LoadFailure(
            translate("Messages", "Could not reload the file"),
            f"{message}\n\n{kept}",
            translate(
                "Messages",
                "{file} changed but could not be read; the last good data is still shown",
            ).format(file=name),
            reloading=True,
            nothing_shown=False,
        )
    if shown:
        tail = translate("Messages", "{file} is still shown.").format(
            file=embedded(shown_text(Path(shown).name))
        )
    else:
        tail = translate(
            "Messages", "No data is shown. Use File › Open… or File › Open Bundled Record."
        )
    return LoadFailure(
        translate("Messages", "Could not open the file"),
        f"{message}\n\n{tail}",
        "",
        reloading=False,
        nothing_shown=not shown,
    )


def empty_note(drawn: int, total: int, hidden: int) -> str:
    """What the chart says when *drawn* of *total* records are drawn: ``""`` when some
    are; else why none is (no valid record; *hidden*: records in hidden lanes, or of
    hidden kinds or statuses; no lane or date), and where to find them."""
    if drawn:
        return ""
    if not total:
        return translate(
            "Messages", "Nothing to draw: the file holds no valid record. The Load Report says why."
        )
    if hidden:
        return translate(
            "Messages",
            "Nothing to draw with the lanes and items shown: show them again in View › "
            "Lanes and View › Show Items.",
        )
    return translate(
        "Messages",
        "Nothing to draw: no record has both a lane and a known date. View › Table lists "
        "every record.",
    )


def nothing_to_draw(file: str, valid: int, errors: int) -> str:
    """Why an export of *file* writes nothing: no record has a lane and a known date;
    *valid* records loaded and *errors* were refused (said by the command line and the
    window alike)."""
    counts = ", ".join(
        (
            translate("Messages", "%Ln valid record(s)", None, valid),
            translate("Messages", "%Ln error(s)", None, errors),
        )
    )
    return translate(
        "Messages",
        "{file}: nothing to draw: no record has a lane and a known date ({counts}; 'validate' "
        "lists them)",
    ).format(file=embedded(file), counts=counts)
