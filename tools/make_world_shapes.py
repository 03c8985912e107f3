"""Make ``resources/geo/countries-110m.json`` from Natural Earth's 110m admin-0 countries.

Natural Earth (https://www.naturalearthdata.com/) is public domain. The input is the GeoJSON
file ``ne_110m_admin_0_countries`` (for example from the repository
martynafford/natural-earth-geojson, ``110m/cultural/ne_110m_admin_0_countries.json``).
Only what the map draws is kept: each country's names, its ISO 3166-1 alpha-2 and alpha-3
codes, and its outer and inner rings as flat ``[lon, lat, lon, lat, ...]`` lists in degrees,
rounded to 0.1 degree (about 11 km: finer than a 110m shape's own accuracy), with repeated
points dropped.

Run once at build time (``python tools/make_world_shapes.py NE_FILE.json``); the app reads
the result through :mod:`viewer.core.world` and never downloads anything.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "geo" / "countries-110m.json"
NAME_FIELDS = ("NAME", "NAME_LONG", "ADMIN", "FORMAL_EN", "NAME_SORT", "NAME_ALT")


def _ring(points: list[list[float]]) -> list[float]:
    flat: list[float] = []
    last = None
    for lon, lat in points:
        p = (round(lon, 1), round(lat, 1))
        if p != last:
            flat.extend(p)
            last = p
    return flat


def _code(value: object) -> str:
    text = str(value or "")
    return "" if text.startswith("-") else text


def main(argv: list[str]) -> int:
    source = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    countries = []
    for feature in source["features"]:
        props, geom = feature["properties"], feature["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        rings = [r for poly in polygons for r in (_ring(ring) for ring in poly) if len(r) >= 6]
        names: list[str] = []
        for key in NAME_FIELDS:
            value = props.get(key)
            if isinstance(value, str) and value and value not in names:
                names.append(value)
        countries.append(
            {
                "names": names,
                # France and Norway have ISO_A2 -99 in Natural Earth (overseas parts):
                # the World Bank's code and ADM0_A3 name them
                "iso2": _code(props.get("ISO_A2")) or _code(props.get("WB_A2")),
                "iso3": _code(props.get("ISO_A3")) or _code(props.get("ADM0_A3")),
                "rings": rings,
            }
        )
    countries.sort(key=lambda c: c["names"][0])
    out = {
        "source": "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries "
        "(public domain, https://www.naturalearthdata.com/)",
        "rounding_deg": 0.1,
        "countries": countries,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(countries)} countries, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
