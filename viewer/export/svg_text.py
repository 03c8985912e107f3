"""The direction of each run of text in Qt's SVG, so that other programs draw it as Qt does.

Qt's SVG writer splits a line of mixed scripts into runs, one ``<text>`` element each, at
the place Qt gave the run, in the run's logical order, and says nothing of its direction.
Other programs then read each run as a left-to-right paragraph: the brackets and
quotation marks at the ends of a right-to-left run were drawn unmirrored and on the wrong
side (an Arabic footnote's "(+1 more ... «records»)" read "+)1 ... «records)»" in
librsvg). A run that is right to left here, and starts or ends with a character that is
not a right-to-left letter, is written between two right-to-left marks (U+200F, strong
and without width), so that the Unicode bidirectional algorithm (UAX #9)
of any program that applies it reads the whole run right to left, mirrored as Qt drew it,
at the place and width Qt gave it. (``direction="rtl"`` with ``text-anchor="end"`` did the
same in librsvg, but Qt's and CairoSVG's renderers, which ignore ``direction``, then drew
every such run a run's width too far left.)

A run is right to left when its first strong character is (Arabic, Hebrew), left to right
when it is Latin; a run of digits stays left to right (UAX #9 draws numbers so). A run of
neutral characters only (brackets, quotes, punctuation) takes the direction of the isolate
it is drawn in (Qt keeps the isolate marks ``\\u2066``-``\\u2069`` as runs of their own,
between the runs they enclose), or else of its paragraph: right to left in the bands
drawn in the reader's right-to-left direction (an Arabic figure's title and caption),
left to right elsewhere (the chart and the footnotes, drawn left to right).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence

_TOKEN = re.compile(r"<g\b[^>]*>|<text\b([^>]*)>([^<]*)</text>")
_MATRIX = re.compile(r'transform="matrix\(([^)]*)\)"')
_Y = re.compile(r'\sy="([^"]*)"')
_X = re.compile(r'\sx="([^"]*)"')
_OPEN = {"\u2066": "ltr", "\u2067": "rtl", "\u202a": "ltr", "\u202d": "ltr"}
_OPEN_RTL = {"\u202b", "\u202e"}
_FIRST_STRONG = "\u2068"
_CLOSE = {"\u2069", "\u202c"}
_CONTROLS = set(_OPEN) | _OPEN_RTL | {_FIRST_STRONG} | _CLOSE
_RLM = "\u200f"


def _strong(text: str) -> str | None:
    """``"rtl"`` or ``"ltr"``: the direction of *text*'s first strong character; ``None``
    when it has none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


def _is_rtl_letter(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _has_digit(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("EN", "AN") for c in text)


def directed_runs(svg: str, rtl_bands: Sequence[tuple[float, float]] = ()) -> str:
    """*svg* (Qt's SVG writer's text) with each right-to-left run marked (see the module's
    docstring). *rtl_bands*: the page's horizontal bands (top, bottom in pixels) drawn
    in the reader's right-to-left direction (none when the reader's is left to right).
    O(size of *svg* x runs on a line)."""
    prefer = "rtl" if rtl_bands else "ltr"
    tokens = list(_TOKEN.finditer(svg))
    texts: list[tuple[int, float, str]] = []  # (token index, page y, content)
    matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    for i, token in enumerate(tokens):
        if token.group(1) is None:  # a group: its transform applies to the texts in it
            found = _MATRIX.search(token.group(0))
            if found is not None:
                try:
                    values = tuple(float(v) for v in found.group(1).split(","))
                except ValueError:
                    values = ()
                matrix = values if len(values) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
            continue
        attrs = token.group(1)
        x_found, y_found = _X.search(attrs), _Y.search(attrs)
        try:
            x = float(x_found.group(1)) if x_found else 0.0
            y = float(y_found.group(1)) if y_found else 0.0
        except ValueError:
            x = y = 0.0
        page_y = matrix[1] * x + matrix[3] * y + matrix[5]
        texts.append((i, page_y, html.unescape(token.group(2))))

    rtl: set[int] = set()
    stack: list[str] = []
    line_y: float | None = None
    for n, (i, page_y, content) in enumerate(texts):
        if line_y is None or abs(page_y - line_y) > 0.01:
            stack.clear()  # isolates do not run from one line to the next
            line_y = page_y
        shown = "".join(c for c in content if c not in _CONTROLS)
        for char in content:
            if char in _CLOSE and stack:
                stack.pop()
            elif char in _OPEN:
                stack.append(_OPEN[char])
            elif char in _OPEN_RTL:
                stack.append("rtl")
            elif char == _FIRST_STRONG:
                stack.append(_isolate_direction(texts, n, page_y, prefer))
        if not shown.strip():
            continue
        direction = _strong(shown)
        if direction is None and not _has_digit(shown):
            in_band = any(top <= page_y <= bottom for top, bottom in rtl_bands)
            direction = stack[-1] if stack else ("rtl" if in_band else "ltr")
        if direction == "rtl" and not (_is_rtl_letter(shown[0]) and _is_rtl_letter(shown[-1])):
            rtl.add(i)  # (a run that starts and ends with letters reads alike unmarked)
    if not rtl:
        return svg
    out: list[str] = []
    last = 0
    for i in sorted(rtl):
        token = tokens[i]
        out.append(svg[last : token.start()])
        out.append(f"<text{token.group(1)}>{_RLM}{token.group(2)}{_RLM}</text>")
        last = token.end()
    out.append(svg[last:])
    return "".join(out)


def _isolate_direction(
    texts: list[tuple[int, float, str]], n: int, page_y: float, prefer: str
) -> str:
    """The direction of a first-strong isolate opened in run *n* of *texts* (runs in
    visual order, each in logical order), up to its closing mark on the same line.

    Its first strong character in logical order decides (UAX #9): the first run drawn when
    the isolate is left to right, the last when it is right to left. When the runs fit
    both (Latin drawn left of Arabic), *prefer* decides: the two read alike, but for
    neutral characters between them. Left to right without a strong character."""
    depth = 0
    started = False
    found: list[str] = []
    for _i, y, content in texts[n:]:
        if abs(y - page_y) > 0.01:
            break
        closed = False
        for char in content:
            if not started:
                started = char == _FIRST_STRONG
                continue
            if char in _CLOSE:
                if depth == 0:
                    closed = True
                    break
                depth -= 1
            elif char in _CONTROLS:
                depth += 1
            elif depth == 0:
                kind = unicodedata.bidirectional(char)
                direction = "rtl" if kind in ("R", "AL") else "ltr" if kind == "L" else None
                if direction is not None and (not found or found[-1] != direction):
                    found.append(direction)
        if closed:
            break
    if not found:
        return "ltr"
    ltr_fits, rtl_fits = found[0] == "ltr", found[-1] == "rtl"
    if ltr_fits and rtl_fits:
        return prefer
    return "rtl" if rtl_fits else "ltr"
