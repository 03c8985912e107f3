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
