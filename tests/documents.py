"""Test documents in the viewer's own JSON format, built in one place.

``document(records)`` is a whole file's content (format, title, lanes, records) as a dict;
``record("x")`` one valid record; ``loaded_dataset(records)`` the loaded
:class:`~viewer.core.records.Dataset`; ``write(path, records)`` the file on disk. Every
argument not given takes a plain valid default, so a test states only what it is about.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

FORMAT = "timeline-viewer/1"
SOURCE = "https://e.org"


def document(
    records: Iterable[dict[str, Any]] = (),
    *,
    title: Any = "t",
    lanes: Iterable[dict[str, Any]] | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """A document of our format: *records*, *title*, *lanes* (default: one lane ``a``)
    and any other top-level *fields* (``description``, ``as_of``, ...)."""
    return {
        "format": FORMAT,
        "title": title,
        "lanes": [{"id": "a", "title": "A"}] if lanes is None else list(lanes),
        **fields,
        "records": list(records),
    }


def record(
    rid: str,
    start: str | None = "2000",
    *,
    kind: str = "event",
    lane: str | None = "a",
    **fields: Any,
) -> dict[str, Any]:
    """One record: *rid* is its id and default title; one source unless *fields* says."""
    out: dict[str, Any] = {"id": rid, "kind": kind, "title": rid, "sources": [SOURCE]}
    if lane is not None:
        out["lane"] = lane
    if start is not None:
        out["start"] = start
    out.update(fields)
    return out


def loaded_dataset(records: Iterable[dict[str, Any]] = (), **kw: Any):  # -> Dataset
    """The dataset that :func:`viewer.core.loading.load_document` makes of
    ``document(records, **kw)`` (errors, if any, left out as the loader does)."""
    from viewer.core.loading import load_document

    return load_document(document(records, **kw), "t.json").dataset


def write(path: Path, records: Iterable[dict[str, Any]] = (), **kw: Any) -> Path:
    """Write ``document(records, **kw)`` to *path* as UTF-8 JSON; returns *path*."""
    path.write_text(json.dumps(document(records, **kw)), encoding="utf-8")
    return path
