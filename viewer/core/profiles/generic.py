"""Kinds and statuses any timeline may use: events, eras, articles; published."""

from __future__ import annotations

from viewer.core.kind_specs import KindSpec, StatusSpec

KINDS = (
    KindSpec(
        "article",
        "point",
        "neutral",
        display_name="Article",
        plural="Articles",
        relation_label="Article",
    ),
    KindSpec("event", "bar", "neutral", display_name="Event", plural="Events"),
    KindSpec(
        "era",
        "band",
        "tint",
        display_name="Era",
        plural="Eras",
        fill="none",
        legend_label="Era",
        legend_order=30,
    ),
)

STATUSES = (StatusSpec("published", words="published", word="published"),)
