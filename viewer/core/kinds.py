"""THE registry of record kinds and statuses: how each is drawn, named and explained.

A :class:`KindSpec` declares a kind once: its shape on the chart, the colour role the style
paints it in, its legend entries, its names (details panel, menus, related records) and the
few behaviours layout and labels need (a term of a single-holder office, a place that is
expected). A :class:`StatusSpec` declares a status once: its menu words, its mark in the
details panel and tooltips, and how it changes a look. Drawing, the legend, the View menus,
the details panel and layout read these; ``viewer/graphics`` and ``viewer/widgets`` name no
kind or status of their own.

The schema's kinds are registered by the profiles in :mod:`viewer.core.profiles` when
this module is imported. :func:`register_kind` and :func:`register_status` add more (a
profile, a test); a kind or status nobody registered gets a generic spec
(:func:`kind`, :func:`status`), so a user's file with its own words still draws and explains
itself.

Pure Python: no Qt here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from viewer.core import profiles
from viewer.core.kind_specs import (
    Fill,
    KindSpec,
    LabelForm,
    LegendEntry,
    Shape,
    StatusLook,
    StatusSpec,
    Variant,
)

if TYPE_CHECKING:
    from viewer.core.records import Record

__all__ = [
    "Fill",
    "KindSpec",
    "LabelForm",
    "LegendEntry",
    "Shape",
    "StatusLook",
    "StatusSpec",
    "Variant",
    "is_kind",
    "is_status",
    "kind",
    "kind_names",
    "kinds",
    "register_kind",
    "register_status",
    "shape_kinds",
    "status",
    "term_kinds",
]


class KindNames:
    """Names of the registered kinds by what they are, as frozensets kept current by every
    registration (the one :data:`NAMES` object never changes, so it may be imported by
    name): for code that asks of a million records, where a set look-up is what counts."""

    __slots__ = ("arrow", "band", "point", "term")

    def __init__(self) -> None:
        self.term: frozenset[str] = frozenset()
        """Term kinds (:attr:`KindSpec.term`)."""
        self.point: frozenset[str] = frozenset()
        """Kinds of shape ``point`` (never spans; a kind nobody registered is a bar)."""
        self.arrow: frozenset[str] = frozenset()
        """Kinds of shape ``arrow``."""
        self.band: frozenset[str] = frozenset()
        """Kinds of shape ``band``."""


NAMES = KindNames()
_KINDS: dict[str, KindSpec] = {}
_STATUSES: dict[str, StatusSpec] = {}
_GENERIC: dict[str, KindSpec] = {}
_version = 0


def _changed() -> None:
    global _version
    _version += 1
    _GENERIC.clear()
    specs = _KINDS.values()
    NAMES.term = frozenset(s.name for s in specs if s.term)
    NAMES.point = frozenset(s.name for s in specs if s.shape == "point")
    NAMES.arrow = frozenset(s.name for s in specs if s.shape == "arrow")
    NAMES.band = frozenset(s.name for s in specs if s.shape == "band")


def register_kind(spec: KindSpec) -> None:
    """Declare a kind (or replace the spec of one of the same name)."""
    _KINDS[spec.name] = spec
    _changed()


def unregister_kind(name: str) -> None:
    """Forget a kind registered by :func:`register_kind` (unknown names: no-op)."""
    if _KINDS.pop(name, None) is not None:
        _changed()


def register_status(spec: StatusSpec) -> None:
    """Declare a status (or replace the spec of one of the same name)."""
    _STATUSES[spec.name] = spec
    _changed()


def version() -> int:
    """A number that changes whenever the registry does (for caches outside this module)."""
    return _version


def kind(name: str) -> KindSpec:
    """The spec of kind *name*; for a kind nobody registered, a generic one: a bar in the
    ``neutral`` role, named as written, with no legend entry."""
    spec = _KINDS.get(name)
    if spec is None:
        spec = _GENERIC.get(name)
        if spec is None:
            spec = _GENERIC[name] = KindSpec(
                name, "bar", "neutral", display_name=name, plural=name.replace("_", " ")
            )
    return spec


def status(name: str) -> StatusSpec:
    """The spec of status *name*; for one nobody registered, a plain status whose menu
    words are its name with spaces for underscores."""
    spec = _STATUSES.get(name)
    if spec is None:
        spec = StatusSpec(name, words=name.replace("_", " "))
    return spec


def is_kind(name: str) -> bool:
    """Whether kind *name* is registered."""
    return name in _KINDS


def is_status(name: str) -> bool:
    """Whether status *name* is registered."""
    return name in _STATUSES


def kinds() -> tuple[KindSpec, ...]:
    """Every registered kind, in registration order."""
    return tuple(_KINDS.values())


def kind_names() -> tuple[str, ...]:
    """Names of the registered kinds, in registration order."""
    return tuple(_KINDS)


CONTEXT_KINDS = frozenset({"era"})
"""Kinds that give context, not claims (an era's band): a record of them without a source
is not counted among the unsourced, by the load's warning or the load report."""


def term_kinds() -> frozenset[str]:
    """Names of the registered term kinds (:attr:`KindSpec.term`)."""
    return NAMES.term


def shape_kinds(shape: Shape) -> frozenset[str]:
    """Names of the registered kinds of *shape* (``bar``: computed on each call)."""
    if shape == "bar":
        return frozenset(s.name for s in _KINDS.values() if s.shape == "bar")
    found: frozenset[str] = getattr(NAMES, shape)
    return found


def is_span_kind(name: str) -> bool:
    """Whether records of kind *name* are drawn as spans when they have an end (unknown
    kinds are: they are generic bars)."""
    return kind(name).spans


def is_band_kind(name: str) -> bool:
    """Whether records of kind *name* are drawn as bands."""
    return name in NAMES.band


class KnownKinds:
    """The registered kind names as a live collection (``"treaty" in KNOWN_KINDS`` sees a
    kind registered after import)."""

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in _KINDS

    def __iter__(self) -> Iterator[str]:
        return iter(kind_names())

    def __len__(self) -> int:
        return len(kind_names())


KNOWN_KINDS = KnownKinds()


def legend_entries() -> list[tuple[str, str, str]]:
    """(kind, variant, label) of every legend entry, in legend order."""
    entries = [
        (e.order, i, spec.name, e.variant, e.label)
        for i, (spec, e) in enumerate((s, e) for s in kinds() for e in s.legend())
    ]
    return [(k, v, label) for _o, _i, k, v, label in sorted(entries)]


def dates_inferred(record: Any) -> bool:
    """Whether *record*'s start or end is inferred (named in its ``inferred``)."""
    return "start" in record.inferred or "end" in record.inferred


def legend_variants(record: Record) -> tuple[str, ...]:
    """Every legend variant (:data:`Variant`) whose mark a record's look carries, in the
    order the look is decided (:func:`viewer.graphics.looks.look_of`): a status that
    changes the look first (which decides the rest of it), then an unknown end of a term,
    an inferred start of a point or an inferred start or end of a term, and an unknown
    expected place (its colour); ``()`` for the plain look. A term of inferred dates whose
    end is unknown is hollow and dashed: the legend explains both (it showed only the
    dashes: a new user's finding)."""
    spec = kind(record.kind)
    st = status(record.status)
    unplaced = ("place_unknown",) if place_unknown(record) else ()
    dashed = ("end_unknown",) if spec.term and record.end_unknown else ()
    if st.look == "tentative":  # hollow and dashed already
        return (st.variant, *unplaced)
    if st.look != "plain":
        return (st.variant, *dashed, *unplaced) if st.look != "disowned" else (st.variant, *dashed)
    found: list[str] = [*dashed]
    if (spec.shape == "point" and "start" in record.inferred) or (
        spec.term and dates_inferred(record)
    ):
        found.append("inferred")
    return (*found, *unplaced)


def drawn_as_span(term: Any, point: Any, has_end: Any, open_end: Any) -> Any:
    """Whether an item is drawn as a bar rather than a marker: a term always (its unknown
    end still gives it a period), a point kind's never, any other when it has an end or
    runs on. Each argument is a bool or a bool array (n,), as the result is: the one
    statement of the rule that the layout applies to arrays and the legend to a record
    (see :func:`drawn_as_point`)."""
    return np.logical_or(
        term, np.logical_and(np.logical_not(point), np.logical_or(has_end, open_end))
    )


def dated_vaguely(
    has_start: Any, first_day: Any, last_day: Any, has_end: Any, open_end: Any
) -> Any:
    """Whether an item's date is known to less than a day (its start's period, *first_day*
    to *last_day*, is longer) with no end: drawn as a marker, it takes a whisker over that
    period when zoomed in past it, and the legend explains the whisker. Each argument is
    a bool, a number or an array (n,), as the result is: the one statement of the rule
    that the chart applies to arrays and the legend to a record or a stand-in."""
    return np.logical_and(
        np.logical_and(has_start, np.greater(last_day, first_day)),
        np.logical_not(np.logical_or(has_end, open_end)),
    )


def drawn_as_point(record: Any) -> bool:
    """Whether *record* (of a point or bar kind: bands and arrows are drawn their own way)
    is drawn as a marker (:func:`drawn_as_span` for one record): a point kind's, or a bar
    kind's (not a term) without an end (an event of one day). Its
    legend swatch is then a marker too (point events had a box there: a new user's
    finding)."""
    spec = kind(record.kind)
    return not drawn_as_span(
        spec.term, spec.shape == "point", record.end is not None, record.open_end
    )


class _Placed(Protocol):
    """What :func:`place_unknown` reads: a record, or the facts its label is made of."""

    @property
    def kind(self) -> str: ...
    @property
    def place(self) -> Any: ...


def place_unknown(record: _Placed) -> bool:
    """Whether *record*'s kind expects a place (a host city) and the place is not known to
    a city's precision (see :attr:`~viewer.core.records.Place.located`)."""
    return bool(kind(record.kind).place_unknown_mark) and not (
        record.place and record.place.located
    )


def _register_profiles() -> None:
    """Register every bundled profile, INTERPOL's kinds first (the schema's order)."""
    for profile in profiles.PROFILES:
        for spec in profile.KINDS:
            register_kind(spec)
        for status_spec in profile.STATUSES:
            register_status(status_spec)


_register_profiles()
