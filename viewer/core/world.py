"""The world's countries for the map: shapes projected once, and looked up by name or code.

The shapes are Natural Earth's 1:110m admin-0 countries (public domain), shipped as
``resources/geo/countries-110m.json`` (made by ``tools/make_world_shapes.py``: names, ISO
codes and rings rounded to 0.1 degree). They are read from disk once a process, on first
use, and projected with :func:`viewer.core.geo.equal_earth`; nothing is downloaded.

Pure Python and numpy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from viewer.core.geo import equal_earth
from viewer.core.paths import resource_path

__all__ = ["WORLD_FILE", "Country", "World", "load_world"]

WORLD_FILE = resource_path("geo", "countries-110m.json")
"""The shipped country shapes."""


@dataclass(frozen=True, eq=False)
class Country:
    """One country: its names (the first is the short one), ISO 3166-1 codes (``""`` when
    Natural Earth gives none), its rings as projected ``(n, 2)`` arrays (Earth radii; outer
    rings and holes alike, drawn with the odd-even rule), and the centroid ``(x, y)`` of
    its largest ring, where a place known by this country alone is marked."""

    names: tuple[str, ...]
    iso2: str
    iso3: str
    rings: tuple[npt.NDArray[np.float64], ...]
    centroid: tuple[float, float]


@dataclass(frozen=True, eq=False)
class World:
    """Every country of the shipped shapes, and where they come from (``source``)."""

    countries: tuple[Country, ...]
    source: str
    _by_name: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    _looked_up: dict[str, int | None] = field(default_factory=dict, repr=False, compare=False)
    """Names found (or not) through pycountry, each looked up once (about 50 µs each)."""

    def __post_init__(self) -> None:
        # Short names and codes first: a long or other name never hides them
        for keys in (lambda c: (c.names[0], c.iso2, c.iso3), lambda c: c.names[1:]):
            for i, country in enumerate(self.countries):
                for key in keys(country):
                    if key:
                        self._by_name.setdefault(key.casefold(), i)

    def find(self, name: str | None) -> Country | None:
        """The country named *name* (any of its names or its ISO alpha-2 or alpha-3 code,
        case and surrounding spaces ignored; else a name or code of ISO 3166-1 as
        pycountry knows them: ``Viet Nam``, ``Korea, Republic of``, ``Türkiye``; or ``UK``), or
        ``None`` (also for a name that could be two countries, such as ``Korea``)."""
        if not name:
            return None
        key = name.strip().casefold()
        i = self._by_name.get(key)
        if i is None and key:
            if key in self._looked_up:
                i = self._looked_up[key]
            else:
                code = _RESERVED.get(key) or _iso3(name.strip())
                i = self._looked_up[key] = (
                    None if code is None else self._by_name.get(code.casefold())
                )
        return None if i is None else self.countries[i]

    def candidates(self, name: str) -> frozenset[str]:
        """The ISO 3166-1 alpha-2 codes of the countries *name* may mean, as pycountry's
        fuzzy search finds them (``Korea``: both Koreas; ``Holland``: the Netherlands);
        empty when none. For a place whose country :meth:`find` cannot tell."""
        return _candidates(name.strip().casefold())


_RESERVED = {"uk": "GBR"}
"""Codes ISO 3166-1 reserves for a country besides its own (``UK`` for the United Kingdom,
whose code is ``GB``), which pycountry does not list."""


@lru_cache(maxsize=4096)
def _candidates(key: str) -> frozenset[str]:
    import pycountry

    if not key:
        return frozenset()
    try:
        return frozenset(c.alpha_2 for c in pycountry.countries.search_fuzzy(key))
    except LookupError:
        return frozenset()


def _iso3(name: str) -> str | None:
    """The ISO 3166-1 alpha-3 code pycountry gives *name* (its name, official or common
    name, or a code; case ignored), or ``None``."""
    import pycountry  # here: only names the shipped shapes do not hold need it

    try:
        found = pycountry.countries.lookup(name)
    except LookupError:
        return None
    code = getattr(found, "alpha_3", None)
    return code if isinstance(code, str) else None


def _centroid(ring: npt.NDArray[np.float64]) -> tuple[float, float, float]:
    """(area, cx, cy) of a closed or open ring (shoelace formula; area is unsigned)."""
    x, y = ring[:, 0], ring[:, 1]
    xn, yn = np.roll(x, -1), np.roll(y, -1)
    cross = x * yn - xn * y
    area = cross.sum() / 2
    if abs(area) < 1e-12:
        return 0.0, float(x.mean()), float(y.mean())
    cx = ((x + xn) * cross).sum() / (6 * area)
    cy = ((y + yn) * cross).sum() / (6 * area)
    return abs(float(area)), float(cx), float(cy)


def read_world(path: Path) -> World:
    """Read and project the country shapes of *path* (the shipped file's layout).

    Raises
    ------
    OSError, ValueError, KeyError
        When the file cannot be read or is not laid out as ``tools/make_world_shapes.py``
        writes it.
    """
    raw = json.loads(path.read_text(encoding="utf-8"))
    countries = []
    for c in raw["countries"]:
        rings = []
        for flat in c["rings"]:
            lonlat = np.asarray(flat, dtype=np.float64).reshape(-1, 2)
            x, y = equal_earth(lonlat[:, 0], lonlat[:, 1])
            rings.append(np.column_stack([x, y]))
        largest = max((_centroid(r) for r in rings), default=(0.0, 0.0, 0.0))
        countries.append(
            Country(tuple(c["names"]), c["iso2"], c["iso3"], tuple(rings), largest[1:])
        )
    return World(tuple(countries), str(raw.get("source", "")))


@lru_cache(maxsize=1)
def load_world() -> World:
    """The shipped world (:data:`WORLD_FILE`), read and projected once a process (about
    130 kB, a few milliseconds)."""
    return read_world(WORLD_FILE)
