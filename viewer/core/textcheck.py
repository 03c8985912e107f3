"""Characters that no text of a record may hold, found and replaced before records are built.

JSON can spell characters that are not text: a lone UTF-16 surrogate (``"\\ud83d"``, half of
an emoji cut by a tool that counts UTF-16 units) or a control character (``"\\u0000"``).
Python keeps them in its strings, but Qt crashes on a lone surrogate, UTF-8 output cannot
encode one, and XML (SVG) cannot hold control characters. Each one is replaced by U+FFFD
(the replacement character ``�``) and reported as a warning naming the record and field, so
that the record still loads and the user sees where the file is damaged.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "ARROW_BAD",
    "CONTROLS",
    "REPLACEMENT",
    "clean",
    "clean_json",
    "clean_lines",
    "json_may_hold_bad_text",
]

REPLACEMENT = "\ufffd"
"""What a bad character becomes."""

CONTROLS = ((0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x9F))
"""The control characters that no text may hold, as ranges of code points (first, last):
C0 other than tab, line feed and carriage return; DEL; C1."""
#: Lone surrogates (a pair decodes to one character, so any surrogate left is alone) and
#: the control characters.
_BAD = re.compile("[\ud800-\udfff" + "".join(f"{chr(a)}-{chr(b)}" for a, b in CONTROLS) + "]")
ARROW_BAD = "[" + "".join(f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in CONTROLS) + "]"
"""The control characters as a pattern of pyarrow's regular expressions (RE2): Arrow's
strings are UTF-8, which cannot hold a lone surrogate."""
#: JSON escapes that can produce them (raw control characters are not valid JSON, and
#: UTF-8 cannot encode a surrogate). A file without any loads without a walk over its values.
_ESCAPE_HINT = re.compile(rb"\\u(?:[dD][89a-fA-F]|00[0189][0-9a-fA-F]|007[fF])")
_RAW_C1 = re.compile(rb"\xc2[\x80-\x9f]")  # C1 controls written as UTF-8
_HIGH = re.compile(rb"\\u[dD][89abAB][0-9a-fA-F]{2}")
_LOW = re.compile(rb"\\u[dD][c-fC-F][0-9a-fA-F]{2}")


def clean(text: str) -> str:
    """*text* with every lone surrogate and control character (but tab and line ends)
    replaced by :data:`REPLACEMENT`."""
    return _BAD.sub(REPLACEMENT, text)


def json_may_hold_bad_text(content: bytes | str) -> bool:
    """Whether JSON *content* may hold a bad character: an escape of a lone surrogate or of
    a control character, or a C1 control written as UTF-8 (cheap: one search of the raw
    text; an escaped backslash before ``u`` can give a harmless false alarm). Surrogate
    pairs (escaped emoji) are fine."""
    raw = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    if _RAW_C1.search(raw):
        return True
    for hint in _ESCAPE_HINT.finditer(raw):  # a simple search, then a closer look at hits
        at = hint.start()
        if _HIGH.match(raw, at):
            if not _LOW.match(raw, at + 6):
                return True  # a high surrogate without its low half
        elif _LOW.match(raw, at):
            if not (at >= 6 and _HIGH.match(raw, at - 6)):
                return True  # a low surrogate without its high half
        else:
            return True  # a control character
    return False


def clean_json(data: Any) -> list[tuple[str | int, ...]]:
    """Replace bad characters in every string of parsed JSON *data*, in place (keys too).

    Returns the path of each changed value or key: a tuple of keys and list indices from
    the top, such as ``("records", 7, "title")``.
    """
    changed: list[tuple[str | int, ...]] = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        node, path = stack.pop()
        is_dict = isinstance(node, dict)
        for key, value in list(node.items() if is_dict else enumerate(node)):
            if is_dict and isinstance(key, str) and _BAD.search(key):
                del node[key]
                key = clean(key)
                node[key] = value
                changed.append((*path, key))
            if isinstance(value, str):
                if _BAD.search(value):
                    node[key] = clean(value)
                    changed.append((*path, key))
            elif isinstance(value, (dict, list)):
                stack.append((value, (*path, key)))
    changed.sort(key=lambda p: [(0, x) if isinstance(x, int) else (1, x) for x in p])
    return changed


def clean_lines(text: str) -> tuple[str, list[int]]:
    """(*text* cleaned, the 1-based numbers of the lines that held a bad character): for
    CSV, whose cells have no path before they are split."""
    lines: list[int] = []
    pos, line = 0, 1
    for m in _BAD.finditer(text):  # counting on from the last one: linear, not quadratic
        line += text.count("\n", pos, m.start())
        pos = m.start()
        if not lines or lines[-1] != line:
            lines.append(line)
    return (clean(text) if lines else text), lines
