"""Exceptions of loading, shared by the loaders of every format."""

from __future__ import annotations

from collections.abc import Callable


class LoadError(Exception):
    """The file cannot be used at all (missing, unreadable, empty, not text, not JSON or
    CSV, wrong shape).

    The message names the file and, where known, the line and column.
    """


class LoadCancelled(Exception):
    """Loading was stopped on request (raised by a :data:`Progress` callback)."""


Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while records are read (``total`` is 0 while it is
not yet known). It may raise :class:`LoadCancelled` to stop the load; loaders let that
exception through."""


def json_kind(value: object) -> str:
    """What a parsed JSON value is, in JSON's words: ``an object``, ``an array``,
    ``a string``, ``a number``, ``true or false``, ``null``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
