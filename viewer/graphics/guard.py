"""A paint that fails is reported, not fatal.

An exception raised inside a graphics item's ``paint`` (called by Qt while it paints the
view) took the whole app down with a segmentation fault, before any message: the error
dialog of :func:`viewer.app.errors.install_excepthook` opened in the middle of a paint.
:func:`guarded_paint` catches it there, lets that item draw nothing for this frame, and
raises it again from the event loop once the paint is over (each distinct error once),
where the app's handler logs it and shows it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6 import QtCore

_Paint = TypeVar("_Paint", bound=Callable[..., None])

_reported: set[tuple[type, str]] = set()
"""Errors already handed on (type and text): a failing item fails at every frame."""


def guarded_paint(paint: _Paint) -> _Paint:
    """*paint* (a ``paint(self, painter, *args)`` method) with its exceptions handed to
    the event loop instead of escaping into Qt's paint (see the module docstring)."""

    @functools.wraps(paint)
    def wrapper(self: Any, painter: Any, *args: Any) -> None:
        try:
            paint(self, painter, *args)
        except Exception as exc:  # noqa: BLE001  # raised again outside the paint
            key = (type(exc), str(exc))
            if key in _reported:
                return
            _reported.add(key)
            QtCore.QTimer.singleShot(0, functools.partial(_raise, exc))

    return wrapper  # type: ignore[return-value]


def _raise(exc: Exception) -> None:
    raise exc
