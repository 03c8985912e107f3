"""Citations of records: CSL-JSON items, and a readable reference rendered by citeproc-py.

A record is cited as an entry of its dataset (CSL type ``entry``). The CSL-JSON fields come
from these places:

==================  ==========================================================================
CSL-JSON field      from
==================  ==========================================================================
``id``              the record's id
``title``           the record's title
``issued``          the record's ``start`` (and ``end``, as a range) at their precision: a
                    year stays ``[[1923]]``; an unknown start leaves ``issued`` out; ``circa``
                    when a date is approximate or uncertain (EDTF ``~ ? %``)
``container-title`` the dataset's title
``version``         the dataset's ``as_of`` date, as the file writes it (EDTF)
``accessed``        the day the citation is made (today, or the date given), as date-parts
``publisher``       the viewer's name and version (``Timeline Viewer 0.1.0``)
``URL``             the record's first source
``note``            every source of the record, numbered (``1. title, publisher: URL``)
==================  ==========================================================================

The readable text is rendered by citeproc-py in the *Harvard - Cite Them Right* style
(:data:`STYLE_NAME`, the standard CSL style that citeproc-py ships) with the ``en-GB``
locale, as plain text; the record's dates at their precision and its numbered sources
follow the reference, one per line. Every text from the file is handed to citeproc-py as
literal text (no ``<span class="nocase">`` or other markup is interpreted, no case is
changed) and cut to :data:`~viewer.core.display_text.DRAWN_CHARS_MAX` characters, so that a
hostile title of a megabyte makes a citation of a few hundred characters. The CSL-JSON keeps
every text whole: it is data, like ``records --format json``.

Years are astronomical in :mod:`viewer.core.dates` (1 BC is year 0); CSL counts years
before 1 AD as negative numbers without a year 0 (``-1`` is 1 BC), so date-parts are
converted.
"""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from viewer.core.dates import EdtfDate
from viewer.core.display_text import drawn_text
from viewer.core.records import Dataset, Record
from viewer.core.source_kinds import weighed_order

STYLE_NAME = "harvard-cite-them-right"
"""The CSL style of the readable citation: *Harvard - Cite Them Right*, from the official
CSL style repository, shipped inside citeproc-py (no second package of 2,800 styles)."""

STYLE_LOCALE = "en-GB"
"""The locale of :data:`STYLE_NAME` (a British style: ``30 November 2026``)."""

CSL_JSON_MIME = "application/vnd.citationstyles.csl+json"
"""The media type of CSL-JSON (as registered by the Citation Style Language project)."""

CITED_SOURCES_MAX = 100
"""Sources the readable citation lists at most (the CSL-JSON's ``note`` has them all)."""

CSL_TYPE = "entry"
"""The CSL item type of a record: an entry of a larger work (its dataset)."""


def _year(astronomical: int) -> int:
    """CSL's year of an astronomical year: 0 (1 BC) is -1, -43 (44 BC) is -44."""
    return astronomical if astronomical > 0 else astronomical - 1


def date_parts(date: EdtfDate) -> list[int]:
    """CSL date-parts of one date at its precision: ``[1923]``, ``[1938, 6]``,
    ``[2025, 11, 24]``. A season gives its year (CSL states the season apart, see
    :func:`csl_date`); a decade or century gives its first year (``195X`` is ``[1950]``)."""
    if date.precision == "day" and date.month is not None and date.day is not None:
        return [_year(date.year), date.month, date.day]
    if date.precision == "month" and date.month is not None:
        return [_year(date.year), date.month]
    return [_year(date.year)]


def csl_date(start: EdtfDate, end: EdtfDate | None = None) -> dict[str, Any]:
    """A CSL-JSON date object: ``{"date-parts": [[1923]]}``, or a range
    ``{"date-parts": [[1923, 9, 3], [1923, 9, 7]]}`` when *end* is given and differs.
    ``circa`` is set when either date is approximate or uncertain, and ``season`` (1-4)
    for a single season; a decade or century (first year only) is ``circa`` too."""
    parts = [date_parts(start)]
    if end is not None and date_parts(end) != parts[0]:
        parts.append(date_parts(end))
    out: dict[str, Any] = {"date-parts": parts}
    dates = (start,) if end is None else (start, end)
    if any(d.approximate or d.uncertain or d.precision in ("decade", "century") for d in dates):
        out["circa"] = True
    if len(parts) == 1 and start.precision == "season" and start.month is not None:
        out["season"] = start.month - 20
    return out


def source_lines(record: Record) -> list[str]:
    """The record's sources, numbered from 1 in the details panel's order (primary and
    press first: :func:`~viewer.core.source_kinds.weighed_order`):
    ``1. Key dates, INTERPOL: https://...``
    (title and publisher when the file gives them). Texts are kept whole."""
    lines = []
    for i, source in enumerate(weighed_order(record.sources), 1):
        label = ", ".join(t for t in (source.title, source.publisher) if t)
        lines.append(f"{i}. {label}: {source.url}" if label else f"{i}. {source.url}")
    return lines


def csl_item(
    record: Record, dataset: Dataset, viewer: str, accessed: datetime.date | None = None
) -> dict[str, Any]:
    """One record as a CSL-JSON item (a dict ready for :func:`json.dumps`).

    Parameters
    ----------
    record, dataset
        The record and the dataset that holds it.
    viewer
        The viewer's name and version, ``"Timeline Viewer 0.1.0"`` (the ``publisher``).
    accessed
        The day the record is cited (CSL ``accessed``); default: today, local time.

    Returns
    -------
    dict
        Keys as listed in the module docstring; a key whose value is unknown (no dates, no
        ``as_of``, no sources) is left out. Never raises for any record a loader built.
    """
    item: dict[str, Any] = {"id": record.id, "type": CSL_TYPE, "title": record.title}
    if record.start is not None:
        end = None if record.open_end else record.end
        item["issued"] = csl_date(record.start, end)
    if dataset.title:
        item["container-title"] = dataset.title
    if dataset.as_of is not None:
        item["version"] = dataset.as_of.text or dataset.as_of.display()
    day = accessed or datetime.date.today()
    item["accessed"] = {"date-parts": [[day.year, day.month, day.day]]}
    if viewer:
        item["publisher"] = viewer
    if record.sources:
        item["URL"] = weighed_order(record.sources)[0].url
        item["note"] = "Sources:\n" + "\n".join(source_lines(record))
    return item


def _cut(value: Any) -> Any:
    """*value* with every string cut for display (:func:`drawn_text`), recursively."""
    if isinstance(value, str):
        return drawn_text(value)
    if isinstance(value, dict):
        return {k: _cut(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cut(v) for v in value]
    return value


@lru_cache(maxsize=1)
def _style() -> Any:
    """The parsed CSL style (parsed once: a few milliseconds)."""
    from citeproc import STYLES_PATH, CitationStylesStyle

    return CitationStylesStyle(
        os.path.join(STYLES_PATH, STYLE_NAME + ".csl"), locale=STYLE_LOCALE, validate=False
    )


def _reference(item: dict[str, Any]) -> str:
    """The bibliography entry of one CSL-JSON *item*, rendered by citeproc-py as plain text.

    The dataset's title stands in the author's place (as reference works are cited in
    author-date styles: *Encyclopaedia Britannica (2020) 'Title'*). Without an author the
    style puts the title there, and citeproc-py then prints the title a second time
    (citeproc-py issue 91: a substitute made through a macro is not suppressed later).
    """
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source import Name
    from citeproc.source.json import CiteProcJSON
    from citeproc.string import MixedString, NoCase

    class _Literal(CiteProcJSON):  # type: ignore[misc]
        """Strings and names as they are: no markup read, no case changed."""

        def parse_string(self, string: object) -> Any:
            return MixedString([NoCase(str(string))])

        def parse_names(self, names: list[dict[str, str]]) -> list[Any]:
            return [Name(literal=NoCase(n["literal"])) for n in names]

    shown = dict(item)
    container = shown.pop("container-title", "")
    if container:
        shown["author"] = [{"literal": container}]
    if "issued" in shown:
        # The style dates a reference by its years alone; citeproc-py renders nothing for
        # a range of days within one year, so only the years are handed to it (the
        # record's dates at their precision follow on a line of their own).
        years: list[list[int]] = []
        for parts in shown["issued"]["date-parts"]:
            if parts[:1] not in years:
                years.append(parts[:1])
        shown["issued"] = {"date-parts": years, "circa": shown["issued"].get("circa", False)}
    key = "record"  # citeproc-py lower-cases ids; one item per bibliography
    shown["id"] = key
    bibliography = CitationStylesBibliography(_style(), _Literal([shown]), formatter.plain)
    bibliography.register(Citation([CitationItem(key)]))
    return str(bibliography.bibliography()[0])


def citation_text(
    record: Record, dataset: Dataset, viewer: str, accessed: datetime.date | None = None
) -> str:
    """A readable citation of *record*: the reference in :data:`STYLE_NAME`, then the
    record's dates at their precision and its numbered sources, one per line.

    Every text from the file is cut to
    :data:`~viewer.core.display_text.DRAWN_CHARS_MAX` characters and its direction
    overrides made visible (:func:`~viewer.core.display_text.drawn_text`), so the result
    is at most a few hundred characters per source, and at most :data:`CITED_SOURCES_MAX`
    sources are listed, whatever the file holds. Plain text:
    nothing in it is markup. *viewer* as for :func:`csl_item`.
    """
    item = csl_item(record, dataset, viewer, accessed)
    item.pop("note", None)  # the sources follow the reference, one per line
    lines = [_reference(_cut(item))]
    lines.append(f"Dates: {drawn_text(record.dates_display)}")
    if record.sources:
        lines.append("Sources:")
        listed = source_lines(record)
        lines.extend(drawn_text(line) for line in listed[:CITED_SOURCES_MAX])
        if len(listed) > CITED_SOURCES_MAX:
            rest = len(listed) - CITED_SOURCES_MAX
            lines.append(f"… and {rest:,} more (every source is in the CSL-JSON)")
    return "\n".join(lines)


def iter_csl_json(records: Iterable[Record], dataset: Dataset, viewer: str) -> Iterator[str]:
    """The CSL-JSON array of *records* in pieces (``[``, one item per piece, ``]``), so a
    writer can stream a million records without holding the text: O(1) memory beyond the
    current item. Joined, the pieces are :func:`csl_json`."""
    yield "["
    first = True
    for record in records:
        item = json.dumps(csl_item(record, dataset, viewer), ensure_ascii=False)
        yield ("\n" if first else ",\n") + item
        first = False
    yield "\n]\n" if not first else "]\n"


def csl_json(records: Iterable[Record], dataset: Dataset, viewer: str) -> str:
    """The CSL-JSON array (text) of *records*, one item per record in the order given
    (see :func:`csl_item`)."""
    return "".join(iter_csl_json(records, dataset, viewer))
