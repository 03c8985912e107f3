"""A date-only item sits on its calendar day whatever the machine's time zone."""

import json
import os
import subprocess
import sys

CODE = """
import json, time
time.tzset()
from viewer.core.layout import compute_layout
from viewer.core.loading import load_file
from viewer.core.paths import BUNDLED_DATA
from viewer.core.ticks import compute_ticks
layout = compute_layout(load_file(BUNDLED_DATA).dataset)
ticks = compute_ticks(-20000.0, 21000.0, 1200)[0]
print(json.dumps([list(layout.x0_days), list(layout.x1_days), [(t.days, t.label) for t in ticks]]))
"""


def test_positions_are_the_same_in_every_time_zone():
    outputs = []
    for tz in ("UTC", "America/New_York", "Pacific/Auckland"):
        env = dict(os.environ, TZ=tz)
        result = subprocess.run(
            [sys.executable, "-c", CODE], capture_output=True, text=True, env=env, check=True
        )
        outputs.append(json.loads(result.stdout))
    assert outputs[0] == outputs[1] == outputs[2]
    # And 24 November 2025 is day 20416 since 1970-01-01 (noon: 20416.5).
    from viewer.core.dates import parse_edtf

    assert parse_edtf("2025-11-24").centre_days == 20416.5
