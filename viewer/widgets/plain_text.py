"""Text from files for Qt widgets that would otherwise guess whether it is markup.

Qt shows a tooltip, a ``QLabel`` in its default mode and a ``QMessageBox`` text as rich
text when ``Qt::mightBeRichText`` says so: a problem message quoting a file's ``<img
src="file:///...">`` would then load that image. Labels and boxes get ``Qt.PlainText``;
tooltips have no such switch, so :func:`tooltip` escapes the text and marks it as rich text
itself.
"""

from __future__ import annotations

from html import escape

from viewer.core.display_text import shown_text


def tooltip(text: str) -> str:
    """*text* (plain, from a file) as a tooltip that shows it literally: direction
    overrides made visible, markup escaped, line breaks kept."""
    return "<qt>" + escape(shown_text(text)).replace("\n", "<br>") + "</qt>"
