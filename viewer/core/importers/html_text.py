"""HTML fragments (TimelineJS text, vis-timeline content) to plain text.

Uses the standard library's tolerant :class:`html.parser.HTMLParser`: tags are dropped,
character references decoded, the text of ``script`` and ``style`` elements left out, block
elements (paragraphs, line breaks, list items, quotes) become line breaks. No markup ever
reaches the user interface; the http(s) links (and ``//`` ones) found on the way are
returned separately so that an importer can keep them as sources.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(
    {
        "p",
        "br",
        "div",
        "li",
        "ul",
        "ol",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "hr",
        "cite",
        "figcaption",
        "pre",
    }
)
_HIDDEN = frozenset({"script", "style", "template", "head", "title"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        if tag in _BLOCKS:
            self._break()
        wanted = {"a": "href", "iframe": "src"}.get(tag)
        for name, value in attrs:
            # "//host/path" is kept too: the importer reads it as https (see add_source).
            if (
                name == wanted
                and value
                and value.strip().lower().startswith(("http://", "https://", "//"))
            ):
                self.links.append(value.strip())

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        if tag in _BLOCKS:
            self._break()

    def _break(self) -> None:
        """One line break between blocks, however many tags open and close there."""
        if not self.parts or not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(fragment: str) -> tuple[str, tuple[str, ...]]:
    """The plain text of an HTML *fragment* and the http(s) (or ``//``) links in it, in order.

    Whitespace is collapsed inside lines; block elements give line breaks (at most one
    empty line in a row); leading and trailing space is removed. Text without markup comes
    back unchanged apart from whitespace and character references (``&amp;`` is ``&``).
    An unfinished tag at the end (``<a href="...`` cut short) is dropped.
    """
    if "<" not in fragment and "&" not in fragment:
        return _tidy(fragment), ()
    parser = _TextCollector()
    parser.feed(fragment)
    # What is left unparsed is an unfinished tag or comment ("<a href=..." cut short):
    # drop it rather than show markup as text.
    cut = parser.rawdata.find("<")
    if cut >= 0:
        parser.rawdata = parser.rawdata[:cut]
    parser.close()
    links = tuple(dict.fromkeys(parser.links))
    return _tidy("".join(parser.parts)), links


_UNTIDY = re.compile(r"[\n\t\r\f\v\u00a0]|  ")


def _tidy(text: str) -> str:
    if not _UNTIDY.search(text):
        return text.strip()
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
