"""Links from the data opened in the system's browser (http and https only), with word in
the status bar of the window, or a message when no browser could be started."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore, QtWidgets

from viewer.app.messages import show_message
from viewer.core.display_text import shown_text
from viewer.core.i18n import embedded, translate
from viewer.widgets.details_panel import open_in_browser


def open_link(
    parent: QtWidgets.QWidget, url: QtCore.QUrl, status: Callable[[str, int], None]
) -> None:
    """Open *url* in the browser and say so through *status* ``(text, milliseconds)``; a
    message over *parent* when no browser could be started."""
    if open_in_browser(url):
        status(
            translate("Links", "Opened {url} in the browser").format(
                url=embedded(shown_text(url.toString()))
            ),
            5000,
        )
        return
    show_message(
        parent,
        translate("Links", "Could not open the link"),
        translate(
            "Links",
            "No web browser could be started for:\n{url}\n\nCopy the address from the "
            "Details panel instead.",
        ).format(url=embedded(url.toString())),
        QtWidgets.QMessageBox.Icon.Warning,
    )
