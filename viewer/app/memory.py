"""How the process asks the system for memory.

glibc's ``malloc`` serves a block of 128 KiB or more with its own ``mmap`` and gives it back
to the system when it is freed, but it raises that threshold to the size of each such
block freed, up to 32 MiB. After the first large array of a load is freed, the arrays of a
million-record load and layout (4-8 MB each) come from the heap instead. Freed, they stay
in the process: the resident size only grows.

:func:`return_large_blocks` fixes the threshold at 128 KiB. Measured with
``benchmarks/run.py --sizes 1000000 --no-peer`` (our JSON), back to back on the project's
2-core machine: peak 1,599 MB with the moving threshold, 1,359 MB fixed. Load, first paint,
frames and clicks stayed within the runs' spread: 7.70 s against 6.87 s to load, frame p95
28.7 ms against 31.1 ms.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

LARGE_BLOCK_BYTES = 128 * 1024
"""From this size a block is mapped on its own and handed back when freed (glibc's
default threshold, kept from moving)."""

_M_MMAP_THRESHOLD = -3
"""``mallopt``'s parameter for that threshold (``<malloc.h>``)."""


@functools.cache
def return_large_blocks() -> bool:
    """Ask glibc to map every block of :data:`LARGE_BLOCK_BYTES` or more on its own, so
    that freeing it returns it to the system (see the module docstring). Returns whether
    it was set: ``False`` on other systems and C libraries (macOS, Windows, musl), where it
    does nothing. Once per process."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, LARGE_BLOCK_BYTES))
