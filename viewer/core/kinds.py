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
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from viewer.core.records import Record

Shape = Literal["point", "bar", "band", "arrow"]
"""``point``: a marker at the start; ``bar``: a span when the record has an end (a point
otherwise); ``band``: a background band the height of its lane (across every lane when the
record has none); ``arrow``: from the record's start to the start of its ``to_record``."""

Fill = Literal["solid", "hatch", "none"]
"""How a shape is filled: a solid fill, a hatch over a light fill, or a plain tint only."""

LabelForm = Literal["title", "number_place", "holder", "from_to"]
"""What a record's chart label says: its title; its number and city (``93 Marrakech``);
the holder's name; the places of the two records it joins (``Marrakech → Hong Kong``)."""

StatusLook = Literal["plain", "tentative", "hatched", "disowned"]
"""How a status changes a look: not at all; hollow and dashed (not confirmed); hatched in
the kind's colours (a stand-in); hatched in the muted role's colours (not recognised)."""

Variant = Literal["", "place_unknown", "inferred", "end_unknown"] | str
"""A legend entry of a kind: ``""`` the kind itself; ``place_unknown`` its place is not
known; ``inferred`` its start is inferred (points are hollow); ``end_unknown`` a term whose
end is not known (dashed); any other value is a status name (its status look)."""


@dataclass(frozen=True)
class LegendEntry:
    """One legend entry: *label* for the *variant* of a kind (see :data:`Variant`), placed
    by *order* among all entries (lower first, ties in registration order)."""

    variant: str
    label: str
    order: float


@dataclass(frozen=True)
class KindSpec:
    """Everything the viewer knows about one kind of record.

    Attributes
    ----------
    name : str
        The kind as files write it (``session``).
    shape : Shape
        How it is drawn (:data:`Shape`).
    colour_role : str
        The style's colour role (:meth:`viewer.graphics.style.Style.role`), e.g. ``accent1``.
    display_name : str
        Its name in the details panel (``General Assembly session``).
    numbered_name : str
        Its name when the record has a ``session`` number: ``{ordinal}`` is replaced by
        ``93rd``; ``""`` uses *display_name*.
    plural : str
        Its records together (the View › Show Items entry of records without a status).
    legend_label : str
        Its own legend entry; ``""``: the kind has no legend entry.
    legend_order : float
        Where its own entry goes among all entries (lower first).
    legend_variants : tuple of LegendEntry
        Further entries (statuses, unknown place...), each with its own order.
    relation_label : str
        How the details panel names a related record of this kind (``President``).
    holder_label : str
        For terms: the related-records line of the holder in office at a record that
        lists holders (``President in office``); ``""`` for none.
    lists_holders : bool
        Its details list the holders of every term kind in office on its first day.
    term : bool
        A term of one office with a single holder at a time: always a span; an unknown end
        (or start) reads ``unknown`` and is drawn dashed.
    place_unknown_mark : str
        Non-empty when a place is expected (a host city): the status mark when the city
        is not known, and such records are drawn in the ``unknown`` colour role.
    place_row : bool
        The details panel has a "Where" row even when the record gives no place.
    from_to_labels : (str, str)
        How its details name the records in its ``from_record`` and ``to_record``.
    claim_fields : tuple of str
        Fields that need a source of their own when known (data checks, ``qa``).
    link_labels : (str, str)
        For arrows: how the details of the record it leaves from, and of the one it goes
        to, name it (``Handover to the next host``, ``Handover from the previous host``).
    label : LabelForm
        What its chart label says (:data:`LabelForm`).
    fill : Fill
        How its shape is filled (:data:`Fill`).
    """

    name: str
    shape: Shape
    colour_role: str
    display_name: str
    plural: str
    numbered_name: str = ""
    legend_label: str = ""
    legend_order: float = 1000.0
    legend_variants: tuple[LegendEntry, ...] = ()
    relation_label: str = "Related"
    holder_label: str = ""
    lists_holders: bool = False
    term: bool = False
    place_unknown_mark: str = ""
    place_row: bool = False
    from_to_labels: tuple[str, str] = ("From", "To")
    link_labels: tuple[str, str] = ("Next", "Previous")
    claim_fields: tuple[str, ...] = ()
    label: LabelForm = "title"
    fill: Fill = "solid"

    @property
    def spans(self) -> bool:
        """Whether a record of this kind with an end (or still running) is drawn as a span."""
        return self.shape != "point"

    def legend(self) -> tuple[LegendEntry, ...]:
        """Its legend entries: its own (when it has a label), then its variants."""
        own = (LegendEntry("", self.legend_label, self.legend_order),) if self.legend_label else ()
        return own + self.legend_variants


@dataclass(frozen=True)
class StatusSpec:
    """Everything the viewer knows about one record status.

    Attributes
    ----------
    name : str
        The status as files write it (``acting``).
    words : str
        Its entry in View › Show Items (``Acting terms``).
    mark : str
        Its status mark in the details panel and tooltips (``acting``); ``""`` for none.
    word : str
        The word the details panel's Status row gives when no mark names it (``held``);
        ``""`` for none.
    look : StatusLook
        How it changes the look of a record (:data:`StatusLook`).
    legend_as : str
        The legend variant it shares (``scheduled`` shows as ``announced``); ``""``: its
        own name.
    label_rank : int
        Importance of labels of records with this status (lower placed first).
    """

    name: str
    words: str
    mark: str = ""
    word: str = ""
    look: StatusLook = "plain"
    legend_as: str = ""
    label_rank: int = 0

    @property
    def variant(self) -> str:
        """The legend variant of records with this status."""
        return self.legend_as or self.name


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
            spec = _GENERIC[name] = KindSpec(name, "bar", "neutral", display_name=name,
                                             plural=name.replace("_", " "))
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
    entries = [(e.order, i, spec.name, e.variant, e.label)
               for i, (spec, e) in enumerate((s, e) for s in kinds() for e in s.legend())]
    return [(k, v, label) for _o, _i, k, v, label in sorted(entries)]


def legend_variant(record: Record) -> str:
    """The legend variant (:data:`Variant`) a record is drawn as, in the order the look
    is decided: a status that changes the look first, then an unknown end of a term, an
    inferred start of a point, an unknown expected place; ``""`` for the plain look."""
    spec = kind(record.kind)
    st = status(record.status)
    if st.look != "plain":
        return st.variant
    if spec.term and record.end_unknown:
        return "end_unknown"
    if spec.shape == "point" and "start" in record.inferred:
        return "inferred"
    if spec.place_unknown_mark and not (record.place and record.place.city):
        return "place_unknown"
    return ""


def place_unknown(record: Record) -> bool:
    """Whether *record*'s kind expects a place (a host city) and the city is not known."""
    return bool(kind(record.kind).place_unknown_mark) and not (record.place
                                                               and record.place.city)


def _register_profiles() -> None:
    # Last, once every name above exists: the profiles import this module.
    from viewer.core.profiles import register_all

    register_all()


_register_profiles()
