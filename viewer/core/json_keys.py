"""Keys given more than once in one JSON object, which every JSON reader we use takes
silently (the last value wins): a hand-edited file with ``"title"`` twice showed one of
them without a word (a new user's finding).

RFC 8259 (section 4) says the names within an object *should* be unique and that readers
differ where they are not; this module finds where they are not, so that the load can say
which value it read. The standard library's parser calls a hook with each object's pairs
in order, before they become a dict: the one place where a repeated key is still seen.
It parses the file a second time (about 16 ms a megabyte on this project's machine), so
only files of at most :data:`MOST_BYTES` are checked; larger files come from programs,
which do not write a key twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

MOST_BYTES = 8 * 1024 * 1024
"""Files larger than this (bytes, or characters of decoded text) are not checked."""

Path = tuple[str | int, ...]
"""Where a value is in a JSON document: keys of objects and indices of arrays, from the
top."""


class _Doubled(dict[str, Any]):
    """An object of the document that gave a key more than once: for each
    such key, every value given (*given*), in file order (the dict itself holds the last)."""

    given: dict[str, list[Any]]


def doubled_keys(content: str | bytes) -> Iterator[tuple[Path, str, list[Any], Any]]:
    """Each key given more than once in one object of the JSON *content* (UTF-8 bytes,
    with or without a byte-order mark, or text): ``(path of the object, key, values in
    file order, document)``, the document parsed with the last value of each key (what
    :func:`~viewer.core.loading.problem_at` names records from). Nothing for content larger
    than :data:`MOST_BYTES`, or that is not JSON (the load says what is wrong with it),
    or nested too deep to parse. Cost: one parse, then one walk of the document when some
    key is repeated."""
    if len(content) > MOST_BYTES:
        return
    if isinstance(content, bytes) and content.startswith(b"\xef\xbb\xbf"):
        content = content[3:]
    found = False

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal found
        made = dict(pairs)
        if len(made) == len(pairs):
            return made
        doubled = _Doubled(made)
        values: dict[str, list[Any]] = {}
        for key, value in pairs:
            values.setdefault(key, []).append(value)
        doubled.given = {key: given for key, given in values.items() if len(given) > 1}
        found = True
        return doubled

    try:
        document = json.loads(content, object_pairs_hook=pairs_hook)
    except (ValueError, RecursionError):
        return
    if not found:
        return
    stack: list[tuple[Path, Any]] = [((), document)]
    while stack:  # depth first, in file order
        path, node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node, _Doubled):
                for key, given in node.given.items():
                    yield path, key, given, document
            children = list(node.items())
        elif isinstance(node, list):
            children = list(enumerate(node))
        else:
            continue
        stack.extend(
            ((*path, key), child)
            for key, child in reversed(children)
            if isinstance(child, (dict, list))
        )
