"""Time the map at scale: building its model, placing it in a window-sized rectangle,
painting it, a hover (picking) and a range filter, for N records with places.

Usage: python benchmarks/map_scale.py [--records 100000] [--sites 5000]

The records are events in one lane, spread over 1800-2020, each at one of SITES cities
(random coordinates, a fixed seed) and a tenth of them known by their country only; one in
fifty is a handover from the previous record. Prints one line per step with the time in
milliseconds.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_dataset(n: int, sites: int):  # type: ignore[no-untyped-def]
    from viewer.core.dates import parse_edtf
    from viewer.core.records import Dataset, Lane, Place, Record

    rng = random.Random(7)
    cities = [(rng.uniform(-55, 75), rng.uniform(-180, 180)) for _ in range(sites)]
    countries = ["France", "Kenya", "Brazil", "India", "Japan", "Canada"]
    records = []
    for i in range(n):
        year = 1800 + i * 220 // n
        start = parse_edtf(f"{year:04d}")
        if i % 10 == 9:
            place = Place(None, countries[i % len(countries)])
        else:
            lat, lon = cities[rng.randrange(sites)]
            place = Place(f"City {i % sites}", "X", lat=lat, lon=lon)
        records.append(Record(f"r{i}", "event", f"Event {i}", start, lane="a", place=place))
        if i % 50 == 49:
            records.append(
                Record(
                    f"h{i}",
                    "handover",
                    "Handover",
                    start,
                    lane="h",
                    from_record=f"r{i - 1}",
                    to_record=f"r{i - 2}",
                )
            )
    lanes = (Lane("a", "A"), Lane("h", "Handovers"))
    return Dataset("bench", lanes, tuple(records))


def ms(t0: float) -> str:
    return f"{(time.perf_counter() - t0) * 1000:8.1f} ms"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--records", type=int, default=100_000)
    p.add_argument("--sites", type=int, default=5_000)
    args = p.parse_args(argv)
    from PySide6 import QtGui, QtWidgets

    app = QtWidgets.QApplication([])
    from viewer.core import map_model as mm
    from viewer.core.dates import days_from_civil
    from viewer.core.gazetteer import load_gazetteer
    from viewer.core.world import load_world
    from viewer.graphics.style import LIGHT
    from viewer.graphics.world_map import paint_map, scene_for

    dataset = make_dataset(args.records, args.sites)
    world, gazetteer = load_world(), load_gazetteer()
    print(f"{args.records:,} records at {args.sites:,} sites")
    t0 = time.perf_counter()
    model = mm.build_map(dataset, world, gazetteer)
    print(f"build_map      {ms(t0)}  ({len(model.sites):,} sites, {len(model.arcs):,} arcs)")
    rect = (0.0, 0.0, 1500.0, 520.0)
    t0 = time.perf_counter()
    scene = scene_for(model, rect, LIGHT)
    print(f"scene_for      {ms(t0)}  ({len(scene.labels):,} labels)")
    image = QtGui.QImage(1500, 520, QtGui.QImage.Format.Format_RGB32)
    painter = QtGui.QPainter(image)
    t0 = time.perf_counter()
    paint_map(painter, model, world, scene, LIGHT)
    print(f"paint_map      {ms(t0)}  (first: the country shapes' path is made)")
    t0 = time.perf_counter()
    paint_map(painter, model, world, scene, LIGHT)
    painter.end()
    print(f"paint again    {ms(t0)}")
    t0 = time.perf_counter()
    for k in range(100):
        mm.pick_site(10.0 * k, 260.0, scene.centres_px, scene.radii_px)
    print(f"pick_site x100 {ms(t0)}")
    t0 = time.perf_counter()
    day_range = (float(days_from_civil(1900, 1, 1)), float(days_from_civil(1950, 1, 1)))
    mask = mm.entries_in_range(model, day_range)
    scene_for(model, rect, LIGHT, mask, day_range=day_range)
    print(f"range + scene  {ms(t0)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
