"""Modules a worker thread will import, imported first on the GUI thread.

A module imported for the first time in a worker thread while the GUI thread paints can
crash the app: PySide replaces ``__import__`` with a hook that inspects every new module,
and the map's worker importing pycountry (through ``importlib.metadata``) while the
timeline painted ended in a segmentation fault in the paint (seen with PySide 6.11 on a
file of 100,000 records). So each worker's lazy imports are made here before it starts.
"""

from __future__ import annotations

import importlib
from pathlib import Path

MAP_MODULES = ("pycountry",)
"""What the map's worker may import: country names the shipped shapes do not hold."""
TABLE_MODULES = ("pyarrow", "pyarrow.compute", "pyarrow.parquet", "pyarrow.feather")
"""What reading a Parquet or Arrow file, or a large CSV in columns, imports."""
PACKING_MODULES = ("numba",)
"""What the layout of a large file imports (:mod:`viewer.core.row_packing`)."""
LARGE_FILE_BYTES = 20_000_000
"""From this size a file may hold enough records for the layout to compile its row packing
(about 85,000 records of our JSON; it compiles from 200,000 items)."""
_TABLE_SUFFIXES = frozenset({".parquet", ".pq", ".arrow", ".feather", ".ipc", ".csv", ".tsv"})


def preload(modules: tuple[str, ...]) -> None:
    """Import *modules* now (on the calling thread); one that is not installed is left
    for its user to report."""
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            continue


def modules_for_file(path: Path) -> tuple[str, ...]:
    """What loading *path* may import in the loader's worker: the Arrow modules for a
    table format or a folder (partitioned Parquet), numba for a large file."""
    found: tuple[str, ...] = ()
    try:
        is_dir, size = path.is_dir(), (0 if path.is_dir() else path.stat().st_size)
    except OSError:
        return found
    if is_dir or path.suffix.lower() in _TABLE_SUFFIXES:
        found += TABLE_MODULES
    if is_dir or size >= LARGE_FILE_BYTES:
        found += PACKING_MODULES
    return found
