"""The details panel's content as HTML built from plain text.

Every string from the data passes through :func:`_e` (direction overrides made visible by
:func:`viewer.core.display_text.shown_text`, then :func:`html.escape`), so a ``<`` in a name
shows as ``<`` and ``\u202e`` cannot turn "evil" into "live". The only links are
``record:ID`` (select a record) and the sources' http(s) URLs; nothing else (images, style
sheets) is ever referenced.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from viewer.core import kinds
from viewer.core.display_text import DRAWN_CHARS_MAX, drawn_text, panel_text, shown_text
from viewer.core.i18n import (
    QT_TRANSLATE_NOOP,
    embedded,
    number,
    numbers_in_order,
    paragraph,
    translate,
)
from viewer.core.labels import end_reason_words, mark_separator, ordinal, status_marks
from viewer.core.load_messages import problem_line
from viewer.core.loading import LoadResult
from viewer.core.qa import claim_known
from viewer.core.records import Dataset, Record
from viewer.core.relations import relations_of
from viewer.core.source_kinds import kinds_by_url, source_kind, weighed_order


def _e(text: str) -> str:
    """*text* from the data as HTML: cut to :data:`~viewer.core.display_text.PANEL_CHARS_MAX`
    characters, direction overrides made visible, then escaped."""
    return escape(panel_text(text))


DISPUTE_COLUMNS = 2
"""Alternatives of a disputed value shown side by side in each row of the panel."""

SHOWN_PER_LIST = 200
"""Items of each of a record's lists that the panel shows: facts, people, status marks,
disputed alternatives (all disputes together), sources (each relation to other records lists
:data:`viewer.core.relations.SHOWN_PER_RELATION`). The rest are
counted in one line, so that a record of 100,000 facts is built and laid out as fast as one
of 200 (it froze the window for minutes)."""

_MORE = {
    "fact": QT_TRANSLATE_NOOP("Details", "… and %Ln more fact(s), not shown here"),
    "person": QT_TRANSLATE_NOOP("Details", "… and %Ln more name(s), not shown here"),
    "mark": QT_TRANSLATE_NOOP("Details", "… and %Ln more mark(s), not shown here"),
    "alternative": QT_TRANSLATE_NOOP("Details", "… and %Ln more alternative(s), not shown here"),
    "disputed field": QT_TRANSLATE_NOOP(
        "Details", "… and %Ln more disputed field(s), not shown here"
    ),
    "source": QT_TRANSLATE_NOOP("Details", "… and %Ln more source(s), not shown here"),
}


def _more(count: int, noun: str) -> str:
    """The line that stands for *count* items of a list that are not shown (``""`` for
    none); *noun* is a key of ``_MORE``."""
    if count <= 0:
        return ""
    prints = translate("Details", "{command} prints them all").format(
        command="<code>timeline-viewer records FILE</code>"
    )
    return (
        f"<p class='muted'>{escape(translate('Details', _MORE[noun], None, count))} ({prints})</p>"
    )


def _heading(text: str) -> str:
    """A heading of the panel in the app's own words (escaped, never cut)."""
    return f"<h3>{escape(text)}</h3>"


def _link(url: str, text: str | None = None) -> str:
    return f'<a href="{escape(url, quote=True)}">{_e(text or url)}</a>'


def _record_link(record: Record) -> str:
    return (
        f'<a href="record:{escape(record.id, quote=True)}">{escape(drawn_text(record.title))}</a>'
        f' <span class="muted">({_e(record.dates_display)})</span>'
    )


def _host(url: str) -> str:
    host = urlsplit(url).hostname or url
    return host[4:] if host.startswith("www.") else host


def _source_refs(urls: tuple[str, ...], numbers: dict[str, int]) -> str:
    """Links ``[n]`` to *urls*, in ascending order of their numbers in *numbers* (a URL not
    yet numbered takes the next number)."""
    numbered = sorted((numbers.setdefault(url, len(numbers) + 1), url) for url in urls)
    return " ".join(_link(url, f"[{n}]") for n, url in numbered)


NO_SINGLE_SOURCE = QT_TRANSLATE_NOOP(
    "Details", "stated by no single source; see the record's sources"
)
"""Shown beside a known claim of a session or term that no per-claim source states."""


def _field_refs(record: Record, fields: tuple[str, ...], numbers: dict[str, int]) -> str:
    """Numbered source links for the claims in *fields* (per-claim sources); for a claim
    that needs its own source (:attr:`viewer.core.kinds.KindSpec.claim_fields`), is known, is not
    inferred and has none, the words of :data:`NO_SINGLE_SOURCE`; else ``""``."""
    urls = tuple(dict.fromkeys(u for name in fields for u in record.sources_for(name)))
    refs = (" " + _source_refs(urls[:SHOWN_PER_LIST], numbers)) if urls else ""
    bare = [
        f
        for f in fields
        if f in kinds.kind(record.kind).claim_fields
        and f not in record.inferred
        and not record.sources_for(f)
        and claim_known(record, f)  # "not known" claims nothing
    ]
    if bare and record.sources:
        # The claims named only where the row holds more than one ("start, end"): a row
        # of one showed its field's name, "end_reason", beside "How it ended".
        named = f"{_e(', '.join(bare))}: " if len(fields) > 1 else ""
        refs += (
            f' <span class="muted">({named}{escape(translate("Details", NO_SINGLE_SOURCE))})</span>'
        )
    return refs


_TITLE_CUT = QT_TRANSLATE_NOOP(
    "Details", "(title cut: {count} characters in all; python -m viewer records prints it whole)"
)
"""Under a heading cut to :data:`~viewer.core.display_text.DRAWN_CHARS_MAX` characters."""


def record_html(record: Record, dataset: Dataset) -> str:
    """HTML for *record*: title, kind, when, where, who, status, summary, key facts,
    disputes (alternatives side by side), related records, notes and numbered sources.

    The record's sources are numbered primary and press first (then reference, copy and
    unweighed ones, file order within a kind: :func:`viewer.core.source_kinds.weighed_order`),
    and each shows the word of its kind; claims cite them by these numbers."""
    numbers: dict[str, int] = {}
    for s in weighed_order(record.sources):
        numbers.setdefault(s.url, len(numbers) + 1)
    parts = [f"<h2>{escape(drawn_text(record.title))}</h2>"]
    if len(record.title) > DRAWN_CHARS_MAX:  # the heading is cut: say so, and where it is whole
        more = translate("Details", _TITLE_CUT).format(count=number(len(record.title)))
        parts.append(f"<p class='muted'>{escape(more)}</p>")
    spec = kinds.kind(record.kind)
    kind = translate("Kinds", spec.display_name)
    if record.session is not None and spec.numbered_name:
        kind = translate("Kinds", spec.numbered_name).replace("{ordinal}", ordinal(record.session))
    parts.append(f'<p class="muted">{_e(kind)}</p>')
    rows = []
    when = record.dates_display
    inferred_dates = [f for f in ("start", "end") if f in record.inferred]
    inferred = translate("Details", "(inferred)")
    # Which date is inferred, where only one is: "1963 – unknown (inferred)" read as if
    # the unknown end were inferred.
    if inferred_dates == ["start"]:
        #: After a term's dates when only its start is inferred ("1963 – unknown (start
        #: inferred)").
        when += " " + translate("Details", "(start inferred)")
    elif inferred_dates == ["end"]:
        #: After a term's dates when only its end is inferred.
        when += " " + translate("Details", "(end inferred)")
    elif inferred_dates:
        when += " " + inferred
    rows.append(
        (translate("Details", "When"), _e(when) + _field_refs(record, ("start", "end"), numbers))
    )
    if record.elected is not None:
        rows.append(
            (
                translate("Details", "Elected"),
                _e(record.elected.display()) + _field_refs(record, ("elected",), numbers),
            )
        )
    if record.place is not None or spec.place_row:
        place = record.place.display() if record.place else translate("Details", "unknown")
        rows.append(
            (translate("Details", "Where"), _e(place) + _field_refs(record, ("place",), numbers))
        )
    if record.session is not None:
        session = number(record.session, grouped=False) + (
            " " + inferred if "session" in record.inferred else ""
        )
        rows.append((translate("Details", "Session"), _e(session)))
    if record.people:
        rows.append(
            (
                translate("Details", "Who"),
                "<br>".join(
                    _e(p.name)
                    + (f" – {_e(p.role)}" if p.role else "")
                    + (f" ({_e(p.country)})" if p.country else "")
                    for p in record.people[:SHOWN_PER_LIST]
                )
                + _more(len(record.people) - SHOWN_PER_LIST, "person"),
            )
        )
    if record.how_ended or record.end_reason:
        ended = end_reason_words(record.end_reason or "", record.how_ended or "")
        rows.append(
            (
                translate("Details", "How it ended"),
                _e(ended) + _field_refs(record, ("end_reason",), numbers),
            )
        )
    if record.publisher:
        rows.append((translate("Details", "Publisher"), _e(record.publisher)))
    if record.url:
        rows.append((translate("Details", "Link"), _link(record.url)))
    marks = status_marks(record)
    word = kinds.status(record.status).word
    if word and not any(record.status in m for m in marks):
        marks.insert(0, translate("Kinds", word))
    if marks:
        rows.append(
            (
                translate("Details", "Status"),
                _e(mark_separator().join(marks[:SHOWN_PER_LIST]))
                + _more(len(marks) - SHOWN_PER_LIST, "mark"),
            )
        )
    parts.append(
        "<table cellspacing='0' cellpadding='2'>"
        + "".join(f"<tr><td valign='top'><b>{escape(k)}</b></td><td>{v}</td></tr>" for k, v in rows)
        + "</table>"
    )
    if record.summary:
        parts.append(f"<p>{_e(record.summary)}</p>")
    if record.facts:
        parts.append(_heading(translate("Details", "Key facts")) + "<ul>")
        for fact in record.facts[:SHOWN_PER_LIST]:
            parts.append(
                f"<li><b>{_e(fact.label)}:</b> {_e(fact.value)} "
                f"{_source_refs(fact.sources[:SHOWN_PER_LIST], numbers)}</li>"
            )
        parts.append("</ul>" + _more(len(record.facts) - SHOWN_PER_LIST, "fact"))
    _disputes_html(record, numbers, parts)
    relations = relations_of(record, dataset)
    if relations:
        parts.append(_heading(translate("Details", "Related")) + "<ul>")
        for relation in relations:
            for label, other in relation.pairs:
                parts.append(f"<li>{_e(label)}: {_record_link(other)}</li>")
            if relation.more:
                count = relation.more
                more = translate("Details", "… and %Ln more: {relation}", None, count)
                parts.append(f"<li class='muted'>{_e(more.format(relation=relation.name))}</li>")
        parts.append("</ul>")
    if record.notes:
        parts.append(_heading(translate("Details", "Notes")) + f"<p>{_e(record.notes)}</p>")
    sources_heading = _heading(translate("Details", "Sources"))
    if not numbers:
        none = escape(translate("Details", "No source given in the file."))
        parts.append(f"{sources_heading}<p style='color:#555'>{none}</p>")
        return "\n".join(parts)
    titles: dict[str, str] = {}
    for source in record.sources:
        if source.title:
            titles.setdefault(source.url, source.title)
    source_kinds = kinds_by_url(record)
    parts.append(f"{sources_heading}<ol>")
    for url in list(numbers)[:SHOWN_PER_LIST]:  # in the order of their numbers
        title = titles.get(url, "")
        text = f"{title} ({_host(url)})" if title else _host(url)
        word = source_kind(source_kinds.get(url, "")).word
        # Not italic: the oblique face of the usual fonts has no Arabic, drawn as boxes.
        kind = f" <span class='muted'>({escape(translate('Kinds', word))})</span>" if word else ""
        # Each item in the reader's direction: "20.210.105.67 (صحافة)" went right to left
        # and the items that begin with a Latin host left to right.
        item = paragraph(f"{_link(url, text)}{kind}")
        parts.append(f"<li>{item}<br><span class='muted'>{_e(url)}</span></li>")
    parts.append("</ol>" + _more(len(numbers) - SHOWN_PER_LIST, "source"))
    return "\n".join(parts)


def _disputes_html(record: Record, numbers: dict[str, int], parts: list[str]) -> None:
    """Append the record's disputes to *parts*: alternatives side by side, at most
    :data:`SHOWN_PER_LIST` of them over all disputes."""
    budget = SHOWN_PER_LIST
    for shown, dispute in enumerate(record.disputes):
        if budget <= 0:
            parts.append(_more(len(record.disputes) - shown, "disputed field"))
            return
        disagree = translate("Details", "⚠ Sources disagree: {field}")
        parts.append(f"<h3>{_e(disagree.format(field=dispute.field))}</h3>")
        if dispute.note:
            parts.append(f"<p>{_e(dispute.note)}</p>")
        # Side by side, two to a row: six alternatives in one row of a side panel broke
        # words in the middle.
        parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>")
        alternatives = dispute.alternatives[:budget]
        budget -= len(alternatives)
        for first in range(0, len(alternatives), DISPUTE_COLUMNS):
            parts.append("<tr>")
            for alt in alternatives[first : first + DISPUTE_COLUMNS]:
                preferred = escape(translate("Details", "(preferred)"))
                mark = f" <span class='muted'>{preferred}</span>" if alt.preferred else ""
                parts.append(
                    f"<td valign='top' width='{100 // DISPUTE_COLUMNS}%'>"
                    f"{_e(alt.value)}{mark}<br>"
                    f"{_source_refs(alt.sources[:SHOWN_PER_LIST], numbers)}</td>"
                )
            parts.append("</tr>")
        parts.append(
            "</table>" + _more(len(dispute.alternatives) - len(alternatives), "alternative")
        )


def empty_html(dataset: Dataset | None) -> str:
    """What the panel shows with nothing selected."""
    if dataset is None:
        text = translate("Details", "No data loaded. Use File › Open… to open a timeline file.")
        return f"<p>{escape(text)}</p>"
    hint = translate(
        "Details",
        "Click a marker or a bar to see what happened, when, where, who, and the sources.",
    )
    return (
        f"<h2>{_e(dataset.title)}</h2><p>{_e(dataset.description)}</p>"
        f"<p class='muted'>{escape(hint)}</p>"
    )


def loading_html(file_name: str) -> str:
    """What the panel shows while the first file loads: its name (the words of the load's
    progress dialog)."""
    text = translate("Open", "Loading {file}…").format(file=shown_text(file_name))
    return f"<p class='muted'>{escape(text)}</p>"


def no_records_html(result: LoadResult) -> str:
    """The empty state of a file with no valid record: what went wrong, record by record."""
    path = result.dataset.path or translate("Details", "the file")
    # A date's digits kept in order after an Arabic word, as in the load report
    items = "".join(
        f"<li>{escape(numbers_in_order(panel_text(problem_line(p))))}</li>"
        for p in result.problems[:30]
    )
    more = ""
    if len(result.problems) > 30:
        rest = len(result.problems) - 30
        more = translate("Details", "… and %Ln more in the Load Report.", None, rest)
        more = f"<p class='muted'>{escape(more)}</p>"
    heading = translate("Details", "No record could be loaded")
    reasons = translate(
        "Details", "{file} has no valid record, so the timeline is empty. The reasons:"
    )
    reasons = reasons.format(file=embedded(path))
    return f"<h2>{escape(heading)}</h2><p>{_e(reasons)}</p><ul>{items}</ul>{more}"


def failure_html(message: str) -> str:
    """The empty state after a file could not be opened at all: *message* (which names the
    file and the place of the problem) and what to do next."""
    heading = translate("Details", "Could not open the file")
    next_step = translate(
        "Details",
        "Nothing is shown. Use File › Open… to open another file, or File › Open Bundled Record.",
    )
    shown = _e(paragraph(embedded(message)))
    return f"<h2>{escape(heading)}</h2><p>{shown}</p><p class='muted'>{escape(next_step)}</p>"
