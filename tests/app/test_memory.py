import sys

import numpy as np
import pytest

from viewer.app.memory import return_large_blocks

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")


def _resident_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 1e6


def test_large_arrays_freed_go_back_to_the_system():
    """After a 16 MB array is freed (which raised glibc's threshold), 160 MB of 4 MB arrays,
    each followed by a small block that stays, are freed: the process does not keep them
    (it kept all 160 MB without the fixed threshold)."""
    assert return_large_blocks()
    big = np.ones(2_000_000)
    del big
    before = _resident_mb()
    held, small = [], []
    for _ in range(40):
        held.append(np.ones(500_000))
        small.append(np.ones(300))
    assert _resident_mb() - before > 120  # they were there
    del held
    assert _resident_mb() - before < 40
    assert len(small) == 40
