"""The words of an institution's history as the INTERPOL record writes it: General Assembly
sessions, terms as President or Secretary General, flag handovers between hosts, years
without a session, and the statuses of sessions and terms.

Everything INTERPOL-specific the viewer says is here, once; the code that draws and
explains records reads it through :mod:`viewer.core.kinds`.
"""

from __future__ import annotations

from viewer.core.kind_specs import KindSpec, LegendEntry, StatusSpec

KINDS = (
    KindSpec(
        "session",
        "point",
        "primary",
        display_name="General Assembly session",
        numbered_name="{ordinal} session of the General Assembly",
        plural="Sessions",
        legend_label="Session",
        legend_order=10,
        legend_variants=(
            LegendEntry("place_unknown", "Host city unknown", 11),
            LegendEntry("inferred", "Year inferred", 12),
            LegendEntry("announced", "Announced / unconfirmed", 13),
        ),
        relation_label="Session",
        lists_holders=True,
        place_unknown_mark="host city unknown",
        place_row=True,
        label="number_place",
        claim_fields=("start", "end", "place"),
    ),
    KindSpec(
        "presidency",
        "bar",
        "accent1",
        display_name="Term as President",
        plural="Terms as President",
        legend_label="President",
        legend_order=40,
        legend_variants=(
            LegendEntry("acting", "Acting", 41),
            LegendEntry("not_recognised", "Not officially recognised", 42),
            LegendEntry("end_unknown", "End unknown", 51),
        ),
        relation_label="President",
        holder_label="President in office",
        term=True,
        label="holder",
        claim_fields=("start", "end", "end_reason"),
    ),
    KindSpec(
        "secretary_general",
        "bar",
        "accent2",
        display_name="Term as Secretary General",
        plural="Terms as Secretary General",
        legend_label="Secretary General",
        legend_order=50,
        relation_label="Secretary General",
        holder_label="Secretary General in office",
        term=True,
        label="holder",
        claim_fields=("start", "end", "end_reason"),
    ),
    KindSpec(
        "handover",
        "arrow",
        "accent3",
        display_name="Flag handover",
        numbered_name="Flag handover at the {ordinal} session",
        plural="Flag handovers",
        legend_label="Flag handover: host → next host",
        legend_order=60,
        relation_label="Flag handover",
        place_row=True,
        label="from_to",
        from_to_labels=("Handed over at", "Next host"),
        link_labels=("Handover to the next host", "Handover from the previous host"),
    ),
    KindSpec(
        "no_session",
        "band",
        "band",
        display_name="No session",
        plural="Years without a session",
        legend_label="No session held",
        legend_order=20,
        relation_label="No session",
        fill="hatch",
    ),
)

STATUSES = (
    StatusSpec("held", words="Sessions held", word="held"),
    StatusSpec(
        "announced",
        words="Announced sessions",
        mark="announced; not reported as held",
        look="tentative",
        label_rank=2,
    ),
    StatusSpec(
        "scheduled",
        words="Scheduled, not confirmed",
        mark="scheduled; not confirmed as held",
        look="tentative",
        legend_as="announced",
        label_rank=2,
    ),
    StatusSpec("no_session", words="Years without a session", word="no session held"),
    StatusSpec("official", words="Official terms", word="official"),
    StatusSpec("acting", words="Acting terms", mark="acting", look="hatched", label_rank=2),
    StatusSpec(
        "not_recognised",
        words="Not officially recognised",
        mark="not recognised by INTERPOL",
        look="disowned",
        label_rank=2,
    ),
)
