"""What the map shows of a dataset: sites (places with their records), arcs (handovers),
eras (the colours' periods), and what could not be placed; plus picking and labels.

Pure functions over frozen values; nothing here knows Qt or pixels beyond plain numbers.

- A **site** is a point where drawn records happened: a city with coordinates
  (``place.lat``/``place.lon``); a city without them that the shipped gazetteer knows
  (``looked_up``, in the record's country when the map knows that country); or, for a
  place known by its country alone (or a city found nowhere), the centroid of that
  country's shape (``by_country``). Records at one site are kept in date order.
- An **arc** is a record of an arrow kind (a flag handover) whose ``from_record`` and
  ``to_record`` are both at sites: it runs from the first's site to the second's.
- **Eras** split the years of the placed records into at most :data:`MAX_ERAS` periods of a
  round length (10, 20, 25, 50... years), so that colours read as periods.
- Records whose kind expects a place that is not known are counted in
  :attr:`MapModel.unplaced`; places that no shape or coordinate can put on the map in
  :attr:`MapModel.off_map`.

The model is built once per dataset (:func:`build_map`, O(records)); the timeline's range
filters it with one vectorised pass (:func:`entries_in_range`), so panning costs O(entries).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from viewer.core import kinds
from viewer.core.dates import civil_from_days, year_label
from viewer.core.gazetteer import Gazetteer
from viewer.core.geo import equal_earth
from viewer.core.kinds import NAMES
from viewer.core.records import Dataset, Place, Record
from viewer.core.world import World

__all__ = [
    "MAX_ERAS",
    "Arc",
    "Era",
    "MapModel",
    "Site",
    "arc_polyline",
    "build_map",
    "choose_labels",
    "entries_in_range",
    "missing_in_range",
    "next_at_site",
    "pick_arc",
    "pick_site",
    "site_radius_px",
]

FUZZY_COUNTRIES_AT_MOST = 200
"""Distinct country names, unknown to the shapes, that a map's build searches for the
countries they may mean (pycountry's fuzzy search, about 8 ms each): at most 1.6 s, however
many a file holds; a city with any other unknown country name is not placed."""
MAX_ERAS = 6
"""The most eras (colours) the map uses."""
_ERA_STEPS = (10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000)


@dataclass(frozen=True)
class Era:
    """Years ``first_year`` to ``last_year`` (inclusive), and their label (``1960–1979``, in
    the reader's digits and era words: :func:`viewer.core.dates.year_label`)."""

    first_year: int
    last_year: int
    label: str


@dataclass(frozen=True)
class Site:
    """A point of the map: projected ``x``, ``y`` (Earth radii), its ``label`` (``Vienna,
    Austria``; the country alone when ``by_country``), and its entries (indices into
    :attr:`MapModel.entry_ids`, in date order); ``looked_up``: its coordinates come from
    the gazetteer (``coords_url``, the entry's page), not from the file."""

    x: float
    y: float
    label: str
    entries: tuple[int, ...]
    by_country: bool = False
    looked_up: bool = False
    coords_url: str = ""
    short: str = ""
    """What the map writes beside its marker: the city, else the whole label (a place
    given by its coordinates alone read "48.2° N", its longitude cut off)."""


@dataclass(frozen=True)
class Arc:
    """A handover record ``record_id`` from site ``source`` to site ``target`` (indices
    into :attr:`MapModel.sites`), its title, dates (display text), era index and kind."""

    record_id: str
    source: int
    target: int
    title: str
    dates: str
    era: int
    kind: str


@dataclass(frozen=True)
class MapModel:
    """The map of a dataset.

    Attributes
    ----------
    sites : sites in drawing order (most records first: small markers are drawn over
        large ones); picking goes from the last.
    arcs : handovers between sites, in file order.
    eras : the colour periods, oldest first.
    entry_ids, entry_titles, entry_dates : per placed record (an *entry*): id, title,
        dates as displayed.
    entry_site, entry_era : ``(n,)`` int arrays: the entry's site, its era (``-1``: undated).
    entry_first_day, entry_last_day : ``(n,)`` float arrays, days since 1970-01-01 (NaN:
        undated).
    unplaced : ids of drawn records whose place is expected but unknown, in file order.
    off_map : ids of drawn records whose place is named but cannot be put on the map (no
        coordinates, and a country without a shape at this scale), in file order.
    not_on_map : the places of :attr:`off_map` (``Aruba``), once each.
    missing_first_day, missing_last_day : ``(m,)`` float arrays, the days of
        :attr:`unplaced` then :attr:`off_map` (NaN: undated), for counting them in a range.
    """

    sites: tuple[Site, ...]
    arcs: tuple[Arc, ...]
    eras: tuple[Era, ...]
    entry_ids: tuple[str, ...]
    entry_titles: tuple[str, ...]
    entry_dates: tuple[str, ...]
    entry_site: npt.NDArray[np.intp]
    entry_era: npt.NDArray[np.intp]
    entry_first_day: npt.NDArray[np.float64]
    entry_last_day: npt.NDArray[np.float64]
    unplaced: tuple[str, ...]
    off_map: tuple[str, ...]
    not_on_map: tuple[str, ...]
    missing_first_day: npt.NDArray[np.float64]
    missing_last_day: npt.NDArray[np.float64]

    _index: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._index.update({rid: i for i, rid in enumerate(self.entry_ids)})
        self._index.update({a.record_id: -1 - i for i, a in enumerate(self.arcs)})

    def site_of(self, record_id: str | None) -> int | None:
        """The site of *record_id* (an entry's, or an arc's target), or ``None``. O(1)."""
        i = self._index.get(record_id) if record_id is not None else None
        if i is None:
            return None
        return int(self.entry_site[i]) if i >= 0 else self.arcs[-1 - i].target

    def arc_of(self, record_id: str | None) -> int | None:
        """The index in :attr:`arcs` of the handover *record_id*, or ``None``. O(1)."""
        i = self._index.get(record_id) if record_id is not None else None
        return -1 - i if i is not None and i < 0 else None


def _years(record: Record) -> tuple[float, float] | None:
    """The first and last day of *record*'s dates (days since 1970-01-01): its start's
    first to its end's last, or its end's period alone when its start is not known (the
    timeline draws it there: the map's range left it out); ``None`` without a date."""
    first = record.start if record.start is not None else record.end
    if first is None:
        return None
    last = record.end if record.end is not None else record.start
    assert last is not None
    return float(first.first_day), float(last.last_day)


def _eras(years: Sequence[int]) -> tuple[Era, ...]:
    """At most :data:`MAX_ERAS` periods of a round length covering *years*."""
    if not years:
        return ()
    low, high = min(years), max(years)
    for step in _ERA_STEPS:
        first = math.floor(low / step) * step
        if (high - first) // step + 1 <= MAX_ERAS:
            break
    out = []
    start = first
    while start <= high:
        end = start + step - 1
        last = min(end, high)
        label = year_label(start) if last == start else f"{year_label(start)}–{year_label(last)}"
        # The years its label says: 195X is not within "1950–1952" (a trial)
        out.append(Era(start, last, label))
        start += step
    return tuple(out)


def _start_years(record: Record) -> tuple[int, int] | None:
    """The first and last year of *record*'s start's period (``19XX``: 1900 and 1999), or
    of its end's when its start is not known (it was grey, as if undated: a trial);
    ``None`` without either."""
    date = record.start if record.start is not None else record.end
    if date is None:
        return None
    return date.year, civil_from_days(date.last_day)[0]


def _era_of(years: tuple[int, int] | None, eras: Sequence[Era]) -> int:
    """The era holding the whole period *years* (first and last year), ``-1`` when none
    does: no date, or one not within an era (``19XX`` was coloured as the first era's,
    1900-1919, though it may be any year of the century: a trial)."""
    if years is None:
        return -1
    for i, era in enumerate(eras):
        if era.first_year <= years[0] and years[1] <= era.last_year:
            return i
    return -1


def build_map(dataset: Dataset, world: World, gazetteer: Gazetteer | None = None) -> MapModel:
    """The :class:`MapModel` of *dataset*'s drawn records (those with a lane), placed with
    *world*'s shapes and, for cities the file gives no coordinates for, *gazetteer*'s (when
    given). O(records)."""
    arrows = NAMES.arrow
    keys: dict[tuple[float, float, str], int] = {}
    site_xy: list[tuple[float, float]] = []
    site_labels: list[str] = []
    site_how: list[str] = []  # "given", "looked_up" or "country"
    site_url: list[str] = []
    site_shorts: list[str] = []
    site_entries: list[list[int]] = []
    ids: list[str] = []
    titles: list[str] = []
    dates: list[str] = []
    spans: list[tuple[float, float] | None] = []
    start_years: list[tuple[int, int] | None] = []
    entry_site: list[int] = []
    unplaced: list[str] = []
    off_map: list[str] = []
    missing_spans: dict[str, tuple[float, float] | None] = {}
    not_found: dict[str, None] = {}
    cities: list[tuple[int, float, float]] = []  # entry, lon, lat: projected at once
    searched: dict[str, frozenset[str]] = {}

    def meant(country: str) -> frozenset[str]:
        """The countries an unknown country name may mean; a fuzzy search costs about
        8 ms, so only the first :data:`FUZZY_COUNTRIES_AT_MOST` distinct names get one."""
        got = searched.get(country)
        if got is None:
            fresh = len(searched) < FUZZY_COUNTRIES_AT_MOST
            got = searched[country] = world.candidates(country) if fresh else frozenset()
        return got

    for record in dataset.records:
        if record.lane is None or record.kind in arrows:
            continue
        place = record.place
        if place is None or not (place.city or place.country or place.lat is not None):
            if kinds.place_unknown(record):
                unplaced.append(record.id)
                missing_spans[record.id] = _years(record)
            continue
        country = world.find(place.country) if place.country else None
        found = None
        if place.lat is None and place.city and gazetteer is not None:
            if country is not None or not place.country:
                found = gazetteer.find(place.city, country.iso2 if country is not None else "")
            else:  # a country the shapes do not name ("Korea"): in a country it may mean
                found = gazetteer.find_in(place.city, meant(place.country))
        lat, lon = (place.lat, place.lon) if found is None else (found.lat, found.lon)
        url = found.url if found is not None else ""
        xy: tuple[float, float] | None = None
        if lat is not None and lon is not None:
            how = "given" if found is None else "looked_up"
            key: tuple[float, float, str] = (round(lat, 3), round(lon, 3), how)
            # The venue is for the panel; a place named by no city or country reads as
            # its coordinates (it said "unknown").
            label = Place(place.city, place.country, lat=lat, lon=lon).display()
            short = place.city or label
        else:
            if country is None:
                off_map.append(record.id)
                missing_spans[record.id] = _years(record)
                not_found[place.country or place.city or ""] = None
                continue
            xy = country.centroid
            how = "country"
            key = (round(xy[0], 6), round(xy[1], 6), how)
            label = place.country or country.names[0]
            short = label
        site = keys.get(key)
        if site is None:
            site = keys[key] = len(site_xy)
            site_xy.append(xy if xy is not None else (math.nan, math.nan))
            site_labels.append(label)
            site_how.append(how)
            site_url.append(url)
            site_shorts.append(short)
            site_entries.append([])
            if xy is None:
                cities.append((site, float(lon or 0.0), float(lat or 0.0)))
        entry = len(ids)
        ids.append(record.id)
        titles.append(record.title)
        dates.append(record.dates_display)
        spans.append(_years(record))
        start_years.append(_start_years(record))
        entry_site.append(site)
        site_entries[site].append(entry)
    if cities:
        x, y = equal_earth([c[1] for c in cities], [c[2] for c in cities])
        for (site, _, _), sx, sy in zip(cities, x, y, strict=True):
            site_xy[site] = (float(sx), float(sy))

    # The eras cover the years of the dates known to a year or better: a date wider than
    # a year (19XX) would stretch them over its whole period for every record.
    dated = [y for y in start_years if y is not None]
    eras = _eras([first for first, last in dated if first == last] or [y[0] for y in dated])
    entry_era = [_era_of(y, eras) for y in start_years]
    first = np.array([s[0] if s else np.nan for s in spans], dtype=np.float64)
    last = np.array([s[1] if s else np.nan for s in spans], dtype=np.float64)
    for entries in site_entries:
        entries.sort(key=lambda e: (np.isnan(first[e]), first[e]))
    # Most records first, so that smaller markers are drawn over (and picked before) larger
    order = sorted(range(len(site_xy)), key=lambda s: (-len(site_entries[s]), site_labels[s]))
    new_index = {old: new for new, old in enumerate(order)}
    sites = tuple(
        Site(
            site_xy[s][0],
            site_xy[s][1],
            site_labels[s],
            tuple(site_entries[s]),
            site_how[s] == "country",
            site_how[s] == "looked_up",
            site_url[s],
            site_shorts[s],
        )
        for s in order
    )
    entry_site_arr = np.array([new_index[s] for s in entry_site], dtype=np.intp)

    position = {rid: i for i, rid in enumerate(ids)}
    arcs = []
    for record in dataset.records:
        if record.kind not in arrows or record.lane is None:
            continue
        a, b = position.get(record.from_record or ""), position.get(record.to_record or "")
        if a is None or b is None or entry_site_arr[a] == entry_site_arr[b]:
            continue
        arcs.append(
            Arc(
                record.id,
                int(entry_site_arr[a]),
                int(entry_site_arr[b]),
                record.title,
                record.dates_display,
                _era_of(_start_years(record), eras),
                record.kind,
            )
        )
    return MapModel(
        sites,
        tuple(arcs),
        eras,
        tuple(ids),
        tuple(titles),
        tuple(dates),
        entry_site_arr,
        np.array(entry_era, dtype=np.intp),
        first,
        last,
        tuple(unplaced),
        tuple(off_map),
        tuple(not_found),
        *_days([missing_spans[r] for r in (*unplaced, *off_map)]),
    )


def _days(
    spans: Sequence[tuple[float, float] | None],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    first = np.array([s[0] if s else np.nan for s in spans], dtype=np.float64)
    last = np.array([s[1] if s else np.nan for s in spans], dtype=np.float64)
    return first, last


def _overlap(
    first: npt.NDArray[np.float64],
    last: npt.NDArray[np.float64],
    day_range: tuple[float, float] | None,
) -> npt.NDArray[np.bool_]:
    """Whether each entry's days, *first* to *last* (inclusive; NaN: undated), meet
    *day_range* (days, its end not included: what ``--range`` and the view give). Day *d*
    covers ``[d, d + 1)``: a record of the day after a range was counted in it (a
    trial)."""
    if day_range is None:
        return np.ones(len(first), dtype=bool)
    with np.errstate(invalid="ignore"):
        return (last + 1 > day_range[0]) & (first < day_range[1])


def missing_in_range(model: MapModel, day_range: tuple[float, float] | None) -> tuple[int, int]:
    """How many of :attr:`MapModel.unplaced` and of :attr:`MapModel.off_map` fall in
    *day_range* (all of them when ``None``; undated ones only then)."""
    inside = _overlap(model.missing_first_day, model.missing_last_day, day_range)
    n = len(model.unplaced)
    return int(np.count_nonzero(inside[:n])), int(np.count_nonzero(inside[n:]))


def entries_in_range(
    model: MapModel, day_range: tuple[float, float] | None
) -> npt.NDArray[np.bool_]:
    """Which entries are shown: all (``day_range`` ``None``), or those whose dates overlap
    ``[from_day, to_day]`` (undated ones are left out then). ``(n,)`` bool array."""
    return _overlap(model.entry_first_day, model.entry_last_day, day_range)


MAX_RADIUS_UNITS = 6.0
"""The largest marker's radius, in one-record radii (36 records' area); past that, every
marker shrinks alike, so areas stay proportional to counts."""
MIN_RADIUS_PX = 2.0


def site_radius_px(count: int, unit_px: float, max_count: int = 1) -> float:
    """The radius of a marker for *count* records (0 for none): its area grows with the
    count, ``unit_px * sqrt(count)``, scaled down alike when the largest (*max_count*)
    would pass :data:`MAX_RADIUS_UNITS` units; never under :data:`MIN_RADIUS_PX`."""
    if count <= 0:
        return 0.0
    unit = unit_px * min(1.0, MAX_RADIUS_UNITS / math.sqrt(max(max_count, 1)))
    return max(MIN_RADIUS_PX, unit * math.sqrt(count))


def pick_site(
    x_px: float,
    y_px: float,
    centres_px: Sequence[tuple[float, float]],
    radii_px: Sequence[float],
    slop_px: float = 3.0,
) -> int | None:
    """The marker under ``(x_px, y_px)``: of those whose disc (radius plus *slop_px*) holds
    the point, the one whose centre is nearest (a click on a city's centre picks that city
    even where a neighbour's marker is drawn over it), the topmost (last drawn) on a tie;
    markers of radius 0 (hidden) are skipped. ``None`` when none holds the point."""
    if not len(centres_px):
        return None
    centres = np.asarray(centres_px, dtype=np.float64).reshape(-1, 2)
    radii = np.asarray(radii_px, dtype=np.float64)
    d2 = (centres[:, 0] - x_px) ** 2 + (centres[:, 1] - y_px) ** 2
    d2[(radii <= 0) | (d2 > (radii + slop_px) ** 2)] = np.inf
    if not np.isfinite(d2).any():
        return None
    # the last of the nearest: reversed, argmin takes the first
    return len(d2) - 1 - int(np.argmin(d2[::-1]))


def arc_polyline(
    p0: tuple[float, float], p1: tuple[float, float], bend: float = 0.22, points: int = 24
) -> npt.NDArray[np.float64]:
    """A quadratic Bézier from *p0* to *p1* (pixels), bent to the left of the direction of
    travel by *bend* times the chord, sampled at *points* points: ``(points, 2)``."""
    (x0, y0), (x1, y1) = p0, p1
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    cx, cy = mx + bend * (y1 - y0), my - bend * (x1 - x0)
    t = np.linspace(0.0, 1.0, points)[:, None]
    a, b, c = np.array([x0, y0]), np.array([cx, cy]), np.array([x1, y1])
    out: npt.NDArray[np.float64] = (1 - t) ** 2 * a + 2 * (1 - t) * t * b + t**2 * c
    return out


def pick_arc(
    x_px: float, y_px: float, polylines: Sequence[npt.NDArray[np.float64]], tol_px: float = 4.0
) -> int | None:
    """The arc whose polyline passes nearest to ``(x_px, y_px)``, within *tol_px*; the
    later one on a tie (drawn on top)."""
    best, best_d = None, tol_px
    p = np.array([x_px, y_px])
    for i, line in enumerate(polylines):
        a, b = line[:-1], line[1:]
        ab = b - a
        denom = np.maximum((ab * ab).sum(axis=1), 1e-12)
        t = np.clip(((p - a) * ab).sum(axis=1) / denom, 0.0, 1.0)
        d = float(np.sqrt((((a + t[:, None] * ab) - p) ** 2).sum(axis=1)).min())
        if d <= best_d:
            best, best_d = i, d
    return best


def next_at_site(model: MapModel, site: int, selected: str | None, shown: Sequence[int]) -> str:
    """The record a click on *site* selects: its first shown entry, or, when *selected* is
    one of them, the next (wrapping): clicking again steps through a city's records.
    *shown* holds the site's shown entries (at least one)."""
    ids = [model.entry_ids[e] for e in shown]
    if selected in ids:
        return ids[(ids.index(selected) + 1) % len(ids)]
    return ids[0]


Box = tuple[float, float, float, float]
"""A rectangle in pixels: ``x0, y0, x1, y1``."""


_CELL_PX = 64.0
"""Side of the grid cells that label placement files boxes under."""


def _cells(box: Box) -> list[tuple[int, int]]:
    x0, y0, x1, y1 = (int(math.floor(v / _CELL_PX)) for v in box)
    return [(cx, cy) for cx in range(x0, x1 + 1) for cy in range(y0, y1 + 1)]


def choose_labels(
    candidates: Sequence[Sequence[Box]],
    keep_out: Sequence[int] = (),
    obstacles: Sequence[Box] = (),
) -> list[tuple[int, int]]:
    """Greedy label placement. *candidates* holds, per label in priority order, the boxes
    it may take (in order of preference: right of its marker, left...). Returns
    ``(label, candidate)`` pairs kept so that no two kept boxes overlap and none overlaps
    an *obstacle* (the markers). Labels in *keep_out* are placed first, in their first
    box, whatever they overlap (the selection's). Boxes are filed in a grid of
    :data:`_CELL_PX` cells, so each test looks at its neighbours only: about O(boxes)."""

    def apart(b: Box, o: Box) -> bool:
        return b[2] <= o[0] or o[2] <= b[0] or b[3] <= o[1] or o[3] <= b[1]

    grid: dict[tuple[int, int], list[Box]] = {}

    def file(box: Box) -> None:
        for cell in _cells(box):
            grid.setdefault(cell, []).append(box)

    def free(box: Box) -> bool:
        return all(apart(box, o) for cell in _cells(box) for o in grid.get(cell, ()))

    for o in obstacles:
        file(o)
    kept: list[tuple[int, int]] = []
    for i in keep_out:
        kept.append((i, 0))
    for i in keep_out:
        file(candidates[i][0])
    first = set(keep_out)
    for i in range(len(candidates)):
        if i in first:
            continue
        for c, box in enumerate(candidates[i]):
            if free(box):
                kept.append((i, c))
                file(box)
                break
    return kept
