"""Cities the map can find by name, for places a file names without coordinates.

The table is GeoNames' (https://www.geonames.org/, CC BY 4.0): the 3,043 cities of at least
200,000 people, shipped as ``resources/geo/cities-geonames.json`` (made by
``tools/make_gazetteer.py``; 117 kB) and read once a process on first use. A place found
here is *looked up*, not given: the map marks it so, and says where its coordinates come
from. Nothing is downloaded.

Pure Python.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

from viewer.core.paths import resource_path

__all__ = ["GAZETTEER_FILE", "City", "Gazetteer", "load_gazetteer"]

GAZETTEER_FILE = resource_path("geo", "cities-geonames.json")
"""The shipped city table."""


@dataclass(frozen=True)
class City:
    """A city of the table: name, ISO 3166-1 alpha-2 country, degrees north and east, and
    its GeoNames id (its page: :attr:`url`)."""

    name: str
    country: str
    lat: float
    lon: float
    geonameid: int

    @property
    def url(self) -> str:
        """The city's GeoNames page."""
        return f"https://www.geonames.org/{self.geonameid}"


def _key(name: str) -> str:
    """A name as compared: case, accents and surrounding spaces ignored."""
    plain = unicodedata.normalize("NFKD", name.strip().casefold())
    return "".join(c for c in plain if not unicodedata.combining(c))


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """The city table, most populous first, searchable by name."""

    cities: tuple[City, ...]
    source: str
    _by_name: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for i, city in enumerate(self.cities):
            self._by_name.setdefault(_key(city.name), []).append(i)

    def find(self, name: str | None, country_iso2: str = "") -> City | None:
        """The most populous city called *name* (case and accents ignored), in the country
        *country_iso2* when given; ``None`` when the table has none."""
        return self.find_in(name, {country_iso2} if country_iso2 else None)

    def find_in(self, name: str | None, countries: AbstractSet[str] | None) -> City | None:
        """The most populous city called *name* (case and accents ignored) in one of
        *countries* (ISO 3166-1 alpha-2 codes; ``None``: in any), or ``None``."""
        if not name or countries is not None and not countries:
            return None
        for i in self._by_name.get(_key(name), ()):
            if countries is None or self.cities[i].country in countries:
                return self.cities[i]
        return None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped table (:data:`GAZETTEER_FILE`), read once a process.

    Raises
    ------
    OSError, ValueError
        When the shipped file cannot be read (a broken install).
    """
    raw = json.loads(GAZETTEER_FILE.read_text(encoding="utf-8"))
    cities = []
    for name, country, lat, lon, geonameid in raw["cities"]:
        cities.append(City(name, country, float(lat), float(lon), int(geonameid)))
    return Gazetteer(tuple(cities), str(raw.get("source", "")))
