"""Kinds and statuses any timeline may use: events, eras, articles; published. No checks of
its own (the data checks of :mod:`viewer.core.qa` apply to every dataset)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from viewer.core.findings import CoverageRow, Finding
from viewer.core.i18n import QT_TRANSLATE_NOOP
from viewer.core.kind_specs import KindSpec, StatusSpec

if TYPE_CHECKING:
    from viewer.core.records import Dataset

KINDS = (
    KindSpec(
        "article",
        "point",
        "neutral",
        display_name=QT_TRANSLATE_NOOP("Kinds", "Article"),
        plural=QT_TRANSLATE_NOOP("Kinds", "Articles"),
        relation_label=QT_TRANSLATE_NOOP("Kinds", "Article"),
    ),
    KindSpec(
        "event",
        "bar",
        "neutral",
        display_name=QT_TRANSLATE_NOOP("Kinds", "Event"),
        plural=QT_TRANSLATE_NOOP("Kinds", "Events"),
        # In the legend too: a second trial found a file's own bars with no entry there
        legend_label=QT_TRANSLATE_NOOP("Kinds", "Event"),
        legend_order=20,
    ),
    KindSpec(
        "era",
        "band",
        "tint",
        display_name=QT_TRANSLATE_NOOP("Kinds", "Era"),
        plural=QT_TRANSLATE_NOOP("Kinds", "Eras"),
        fill="none",
        legend_label=QT_TRANSLATE_NOOP("Kinds", "Era"),
        legend_order=30,
    ),
)

STATUSES = (
    StatusSpec(
        "published",
        words=QT_TRANSLATE_NOOP("Kinds", "published"),
        word=QT_TRANSLATE_NOOP("Kinds", "published"),
    ),
)


def checks(dataset: Dataset) -> list[Finding]:
    """No checks of this profile's own."""
    return []


def coverage_rows(dataset: Dataset) -> list[CoverageRow]:
    """No coverage rows of this profile's own."""
    return []
