"""The words of an institution's history as the INTERPOL record writes it: General Assembly
sessions, terms as President or Secretary General, flag handovers between hosts, years
without a session, and the statuses of sessions and terms; and the checks only that record
takes (its session numbering, the coverage of its sessions).

Everything INTERPOL-specific the viewer says is here, once; the code that draws and
explains records reads it through :mod:`viewer.core.kinds`, the data checks through
:mod:`viewer.core.profiles` (:func:`checks`, :func:`coverage_rows`: nothing for a dataset
this profile does not :func:`claim <claims>`, such as a user's own file with sessions).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from viewer.core.findings import CoverageRow, Finding, has_exact_dates
from viewer.core.i18n import QT_TRANSLATE_NOOP
from viewer.core.kind_specs import KindSpec, LegendEntry, StatusSpec
from viewer.core.paths import BUNDLED_DATA

if TYPE_CHECKING:
    from viewer.core.records import Dataset, Record

KINDS = (
    KindSpec(
        "session",
        "point",
        "primary",
        display_name=QT_TRANSLATE_NOOP("Kinds", "General Assembly session"),
        numbered_name=QT_TRANSLATE_NOOP("Kinds", "{ordinal} session of the General Assembly"),
        plural=QT_TRANSLATE_NOOP("Kinds", "Sessions"),
        legend_label=QT_TRANSLATE_NOOP("Kinds", "Session"),
        legend_order=10,
        legend_variants=(
            LegendEntry("place_unknown", QT_TRANSLATE_NOOP("Kinds", "Host city unknown"), 11),
            LegendEntry("inferred", QT_TRANSLATE_NOOP("Kinds", "Date inferred"), 12),
            LegendEntry("announced", QT_TRANSLATE_NOOP("Kinds", "Announced / unconfirmed"), 13),
        ),
        relation_label=QT_TRANSLATE_NOOP("Kinds", "Session"),
        lists_holders=True,
        place_unknown_mark=QT_TRANSLATE_NOOP("Kinds", "host city unknown"),
        place_row=True,
        label="number_place",
        claim_fields=("start", "end", "place"),
    ),
    KindSpec(
        "presidency",
        "bar",
        "accent1",
        display_name=QT_TRANSLATE_NOOP("Kinds", "Term as President"),
        plural=QT_TRANSLATE_NOOP("Kinds", "Terms as President"),
        legend_label=QT_TRANSLATE_NOOP("Kinds", "President"),
        legend_order=40,
        legend_variants=(
            LegendEntry("acting", QT_TRANSLATE_NOOP("Kinds", "Acting"), 41),
            LegendEntry(
                "not_recognised", QT_TRANSLATE_NOOP("Kinds", "Not officially recognised"), 42
            ),
            LegendEntry("end_unknown", QT_TRANSLATE_NOOP("Kinds", "Start or end unknown"), 51),
            LegendEntry("inferred", QT_TRANSLATE_NOOP("Kinds", "Term's dates inferred"), 52),
        ),
        relation_label=QT_TRANSLATE_NOOP("Kinds", "President"),
        holder_label=QT_TRANSLATE_NOOP("Kinds", "President in office"),
        term=True,
        label="holder",
        claim_fields=("start", "end", "end_reason"),
    ),
    KindSpec(
        "secretary_general",
        "bar",
        "accent2",
        display_name=QT_TRANSLATE_NOOP("Kinds", "Term as Secretary General"),
        plural=QT_TRANSLATE_NOOP("Kinds", "Terms as Secretary General"),
        legend_label=QT_TRANSLATE_NOOP("Kinds", "Secretary General"),
        legend_order=50,
        relation_label=QT_TRANSLATE_NOOP("Kinds", "Secretary General"),
        holder_label=QT_TRANSLATE_NOOP("Kinds", "Secretary General in office"),
        term=True,
        label="holder",
        claim_fields=("start", "end", "end_reason"),
    ),
    KindSpec(
        "handover",
        "arrow",
        "accent3",
        display_name=QT_TRANSLATE_NOOP("Kinds", "Flag handover"),
        numbered_name=QT_TRANSLATE_NOOP("Kinds", "Flag handover at the {ordinal} session"),
        plural=QT_TRANSLATE_NOOP("Kinds", "Flag handovers"),
        legend_label=QT_TRANSLATE_NOOP("Kinds", "Flag handover: host → next host"),
        legend_order=60,
        relation_label=QT_TRANSLATE_NOOP("Kinds", "Flag handover"),
        place_row=True,
        label="from_to",
        from_to_labels=(
            QT_TRANSLATE_NOOP("Kinds", "Handed over at"),
            QT_TRANSLATE_NOOP("Kinds", "Next host"),
        ),
        link_labels=(
            QT_TRANSLATE_NOOP("Kinds", "Handover to the next host"),
            QT_TRANSLATE_NOOP("Kinds", "Handover from the previous host"),
        ),
    ),
    KindSpec(
        "no_session",
        "band",
        "band",
        display_name=QT_TRANSLATE_NOOP("Kinds", "No session"),
        plural=QT_TRANSLATE_NOOP("Kinds", "Years without a session"),
        legend_label=QT_TRANSLATE_NOOP("Kinds", "No session held"),
        legend_order=20,
        relation_label=QT_TRANSLATE_NOOP("Kinds", "No session"),
        fill="hatch",
    ),
)

STATUSES = (
    StatusSpec(
        "held",
        words=QT_TRANSLATE_NOOP("Kinds", "Sessions held"),
        word=QT_TRANSLATE_NOOP("Kinds", "held"),
    ),
    StatusSpec(
        "announced",
        words=QT_TRANSLATE_NOOP("Kinds", "Announced sessions"),
        mark=QT_TRANSLATE_NOOP("Kinds", "announced; not reported as held"),
        look="tentative",
        label_rank=2,
    ),
    StatusSpec(
        "scheduled",
        words=QT_TRANSLATE_NOOP("Kinds", "Scheduled, not confirmed"),
        mark=QT_TRANSLATE_NOOP("Kinds", "scheduled; not confirmed as held"),
        look="tentative",
        legend_as="announced",
        label_rank=2,
    ),
    StatusSpec(
        "no_session",
        words=QT_TRANSLATE_NOOP("Kinds", "Years without a session"),
        word=QT_TRANSLATE_NOOP("Kinds", "no session held"),
    ),
    StatusSpec(
        "official",
        words=QT_TRANSLATE_NOOP("Kinds", "Official terms"),
        word=QT_TRANSLATE_NOOP("Kinds", "official"),
    ),
    StatusSpec(
        "acting",
        words=QT_TRANSLATE_NOOP("Kinds", "Acting terms"),
        mark=QT_TRANSLATE_NOOP("Kinds", "acting"),
        look="hatched",
        label_rank=2,
    ),
    StatusSpec(
        "not_recognised",
        words=QT_TRANSLATE_NOOP("Kinds", "Not officially recognised"),
        mark=QT_TRANSLATE_NOOP("Kinds", "not recognised by INTERPOL"),
        look="disowned",
        label_rank=2,
    ),
)


# -- the checks of the INTERPOL record --------------------------------------------------------
def claims(dataset: Dataset) -> bool:
    """Whether *dataset* is the bundled INTERPOL record (the file :data:`BUNDLED_DATA`),
    which alone takes this profile's checks."""
    if not dataset.path:
        return False
    try:
        return Path(dataset.path).resolve() == BUNDLED_DATA.resolve()
    except (OSError, RuntimeError, ValueError):
        return False


def checks(dataset: Dataset) -> list[Finding]:
    """This profile's data checks of *dataset* (:func:`check_numbering`), when it
    :func:`claims` it; else none."""
    return check_numbering(dataset) if claims(dataset) else []


def coverage_rows(dataset: Dataset) -> list[CoverageRow]:
    """This profile's rows of the coverage table (:func:`session_coverage`), when it
    :func:`claims` *dataset*; else none."""
    return session_coverage(dataset) if claims(dataset) else []


def session_coverage(dataset: Dataset) -> list[CoverageRow]:
    """Rows: sessions with a host city; with a host (city or country); with exact dates;
    with a known year; with at least one article."""
    sessions = [r for r in dataset.records if r.kind == "session"]
    about: set[str] = set()
    for r in dataset.records:
        if r.kind == "article":
            about.update(r.about)
    n = len(sessions)
    return [
        CoverageRow(
            "Sessions with a sourced host city",
            sum(1 for r in sessions if r.place is not None and r.place.city),
            n,
        ),
        CoverageRow(
            "Sessions with a sourced host (city or country)",
            sum(1 for r in sessions if r.place is not None and (r.place.city or r.place.country)),
            n,
        ),
        CoverageRow(
            "Sessions with exact dates (first and last day)",
            sum(1 for r in sessions if has_exact_dates(r)),
            n,
        ),
        CoverageRow(
            "Sessions with a known year",
            sum(1 for r in sessions if r.start is not None and "start" not in r.inferred),
            n,
        ),
        CoverageRow(
            "Sessions with at least one article", sum(1 for r in sessions if r.id in about), n
        ),
    ]


def _year_spans(years: list[int]) -> str:
    """``[1928, 1929, 1930, 1932]`` -> ``1928-1930, 1932``."""
    spans: list[list[int]] = []
    for year in years:
        if spans and year == spans[-1][1] + 1:
            spans[-1][1] = year
        else:
            spans.append([year, year])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def check_numbering(dataset: Dataset) -> list[Finding]:
    """Holes, repeats and order errors in session numbers, and years without a session.

    Numbers must run 1, 2, 3... without repeats; dated sessions must not go back in time
    as the number rises; and when two consecutively numbered sessions are dated, every full
    year strictly between them must be covered by a ``no_session`` record (or any record
    in the sessions' lane), so that no year is silently empty.
    """
    numbered = [r for r in dataset.records if r.kind == "session" and r.session is not None]
    sessions = [
        r for _i, r in sorted(enumerate(numbered), key=lambda pair: (pair[1].session or 0, pair[0]))
    ]
    out: list[Finding] = []
    expected = 1
    seen: dict[int, str] = {}
    for record in sessions:
        number = record.session or 0
        if number in seen:
            out.append(
                Finding(
                    "numbering-duplicate",
                    record.id,
                    "session",
                    f"session number {number} is also used by {seen[number]}",
                )
            )
            continue
        seen[number] = record.id
        if number > expected:
            missing = str(expected) if number == expected + 1 else f"{expected}-{number - 1}"
            out.append(
                Finding(
                    "numbering-gap", record.id, "session", f"no record for session number {missing}"
                )
            )
        expected = number + 1

    covered: set[int] = set()
    for r in dataset.records:
        if r.kind == "no_session" and r.start is not None:
            last = r.end.year if r.end is not None else r.start.year
            covered.update(range(r.start.year, last + 1))
    unique = [r for r in sessions if seen.get(r.session or 0) == r.id]
    previous: Record | None = None
    for record in unique:
        if record.start is None:
            continue
        if previous is not None and previous.start is not None:
            if record.start.last_day < previous.start.first_day:
                out.append(
                    Finding(
                        "numbering-order",
                        record.id,
                        "start",
                        f"session {record.session} ({record.start.text}) is dated "
                        f"before session {previous.session} "
                        f"({previous.start.text})",
                    )
                )
            elif (record.session or 0) == (previous.session or 0) + 1:
                empty = [
                    y for y in range(previous.start.year + 1, record.start.year) if y not in covered
                ]
                if empty:
                    span = _year_spans(empty)
                    out.append(
                        Finding(
                            "year-without-record",
                            record.id,
                            "start",
                            f"no session and no no_session record for {span}, "
                            f"between sessions {previous.session} and "
                            f"{record.session}",
                        )
                    )
        previous = record
    return out
