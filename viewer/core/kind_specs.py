"""The shapes of the kinds' registry (:mod:`viewer.core.kinds`): what a kind and a status
declare. Plain frozen data, imported by the registry and by the profiles that fill it
(:mod:`viewer.core.profiles`). Pure Python: no Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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
known; ``inferred`` its start is inferred (points are hollow), or a term's start or end
(hollow bars); ``end_unknown`` a term whose
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
