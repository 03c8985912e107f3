"""Links between records: who was in office at a session, handovers, articles.

Every relation is answered from the dataset's
:class:`~viewer.core.relations_index.RelationIndex` and listed up to a limit, with the
count of the rest, so that the details panel of any record costs the same in a file of a
thousand records as in one of a million.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from viewer.core import kinds
from viewer.core.i18n import translate
from viewer.core.records import Dataset, Record

SHOWN_PER_RELATION = 10
"""Records listed for each relation of a record (the President in office, its articles...);
the rest are counted (one more is listed rather than counted)."""


@dataclass(frozen=True)
class Relation:
    """One relation of a record, as the details panel lists it.

    Attributes:
        name: what the relation is, for the line that counts the rest (``President in
            office``, ``Article``).
        pairs: ``(label, record)`` for each record listed, at most the limit asked for.
        more: how many records of the relation are not listed (0 when all are).
    """

    name: str
    pairs: tuple[tuple[str, Record], ...]
    more: int = 0


def holders_at(
    dataset: Dataset, kind: str, day: float, limit: int = SHOWN_PER_RELATION
) -> tuple[list[Record], int]:
    """Terms of *kind* (a term kind: ``presidency``) running on *day* (days since
    1970-01-01), acting terms included; bounds are inclusive. Returns up to *limit* of them
    in file order and how many there are in all. O(log n + limit log n)."""
    positions, total = dataset.relations.holders_at(kind, day, limit)
    return [dataset.records[i] for i in positions], total


def _listed(
    name: str, labelled: Iterable[tuple[str, Record]], total: int, limit: int, seen: set[str]
) -> Relation | None:
    """The first *limit* records of *labelled* not in *seen* (which gains them), and the
    count of the rest of *total*; ``None`` when nothing is listed or counted. A single
    record left over is listed rather than counted ("and 1 more" takes the same room)."""
    pairs: list[tuple[str, Record]] = []
    consumed = 0
    for label, r in labelled:
        if len(pairs) >= limit and total - consumed != 1:
            break
        consumed += 1
        if r.id not in seen:
            seen.add(r.id)
            pairs.append((label, r))
    more = max(0, total - consumed)
    return Relation(name, tuple(pairs), more) if (pairs or more) else None


def _records(dataset: Dataset, positions: Sequence[int]) -> Iterator[Record]:
    return (dataset.records[i] for i in positions)


def _resolved(dataset: Dataset, refs: Iterable[str | None]) -> Iterator[Record]:
    for ref in refs:
        target = dataset.get(ref) if ref else None
        if target is not None:
            yield target


def relations_of(
    record: Record, dataset: Dataset, limit: int = SHOWN_PER_RELATION
) -> list[Relation]:
    """The relations of *record* for the details panel, each listing at most *limit*
    records, with no record listed twice (nor *record* itself).

    For a kind that lists holders (a session): the holders of each term kind in office on
    its first day (``President in office``), the records of an arrow kind (handovers) from
    and to it, and its articles. For an arrow: the two records it links. For an article:
    the records it is about. Then the record's own ``related`` list, named by the kinds'
    ``relation_label``. Labels come from the kinds' registry (:mod:`viewer.core.kinds`).
    Cost: the dataset's indexes and the listed records, plus one look-up per id of the
    record's own ``about`` and ``related`` lists; never a scan of the dataset.
    """
    out: list[Relation] = []
    seen: set[str] = {record.id}

    def add(relation: Relation | None) -> None:
        if relation is not None:
            out.append(relation)

    spec = kinds.kind(record.kind)
    if spec.lists_holders and record.start is not None:
        day = (
            record.start.first_day if record.start.precision == "day" else record.start.centre_days
        )
        for term in kinds.kinds():
            if term.term and term.holder_label:
                label = translate("Kinds", term.holder_label)
                holders, total = holders_at(dataset, term.name, day, limit + 1 + len(seen))
                add(_listed(label, ((label, r) for r in holders), total, limit, seen))
    if spec.lists_holders:
        arrows = dataset.relations.handovers_of(record.id)
        name = (
            translate("Kinds", kinds.kind(dataset.records[arrows[0]].kind).relation_label)
            if len(arrows)
            else ""
        )
        add(
            _listed(
                name,
                (
                    (
                        translate(
                            "Kinds",
                            kinds.kind(h.kind).link_labels[0 if h.from_record == record.id else 1],
                        ),
                        h,
                    )
                    for h in _records(dataset, arrows)
                ),
                len(arrows),
                limit,
                seen,
            )
        )
        articles = dataset.relations.articles_about(record.id)
        article = translate("Kinds", "Article")
        add(
            _listed(
                article,
                ((article, a) for a in _records(dataset, articles)),
                len(articles),
                limit,
                seen,
            )
        )
    for label, ref in zip(spec.from_to_labels, (record.from_record, record.to_record)):
        label = translate("Kinds", label)
        target = list(_resolved(dataset, [ref]))
        add(_listed(label, ((label, r) for r in target), len(target), limit, seen))
    about = translate("Kinds", "About", "records an article is about")
    for name, refs in ((about, record.about), ("", record.related)):
        targets = list(_resolved(dataset, refs))
        add(
            _listed(
                name or translate("Kinds", "Related"),
                (
                    (translate("Kinds", kinds.kind(r.kind).relation_label) if not name else name, r)
                    for r in targets
                ),
                len(targets),
                limit,
                seen,
            )
        )
    return out


def related_records(
    record: Record, dataset: Dataset, limit: int = SHOWN_PER_RELATION
) -> list[tuple[str, Record]]:
    """The ``(label, record)`` pairs of :func:`relations_of`, in order (at most *limit* per
    relation)."""
    return [pair for relation in relations_of(record, dataset, limit) for pair in relation.pairs]
