"""Exceptions of loading, shared by the loaders of every format."""

from __future__ import annotations

import re
from collections.abc import Callable

from viewer.core.i18n import translate

#: What could end a line of a message or change how it reads: C0 and C1 control
#: characters (line feed, carriage return, escape...), lone surrogates (a file name's
#: undecodable bytes, which UTF-8 output cannot encode), the Unicode line and paragraph
#: separators and the bidirectional marks, embeddings, overrides and isolates.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]"
)


def one_line(text: str) -> str:
    """*text* with each character that could start a new line, reorder what is shown or
    fail to print escaped as Python writes it (``\\n``, ``\\u202e``, ``\\udcff``): a file
    named ``x\\nerror: forged`` cannot add a line of its own to a message."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class LoadError(Exception):
    """The file cannot be used at all (missing, unreadable, empty, not text, not JSON or
    CSV, wrong shape).

    The message names the file and, where known, the line and column; it is one line
    (see :func:`one_line`), whatever the file's name or content holds.
    """

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


class LoadCancelled(Exception):
    """Loading was stopped on request (raised by a :data:`Progress` callback)."""


Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while records are read (``total`` is 0 while it is
not yet known). It may raise :class:`LoadCancelled` to stop the load; loaders let that
exception through."""


def json_kind(value: object) -> str:
    """What a parsed JSON value is, in JSON's words, in the reader's language: ``an
    object``, ``an array``, ``a string``, ``a number``, ``true or false``, ``null``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return translate("Load", "true or false")
    if isinstance(value, (int, float)):
        return translate("Load", "a number")
    if isinstance(value, str):
        return translate("Load", "a string")
    if isinstance(value, list):
        return translate("Load", "an array")
    if isinstance(value, dict):
        return translate("Load", "an object")
    return type(value).__name__
