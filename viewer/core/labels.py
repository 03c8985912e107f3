"""Short labels and plain-text descriptions of records, shared by screen and export."""

from __future__ import annotations

from viewer.core import kinds
from viewer.core.columns import LabelFacts
from viewer.core.display_text import drawn_text, shown_text
from viewer.core.i18n import QT_TRANSLATE_NOOP, date_words, translate
from viewer.core.placement import LabelForms
from viewer.core.records import Dataset, Record

Labelled = Record | LabelFacts
"""What a label is made from: a record, or its :class:`LabelFacts` read from the columns
(the same attributes, the same label)."""


def ordinal(n: int) -> str:
    """*n* as an ordinal in the reader's language, of a session: ``1st``, ``2nd``, ``93rd``
    (``1re``, ``93e``; ``93.ª``; ``93``, the Arabic ``الدورة 93`` needs no suffix), in the
    reader's digits. The English suffix picks the form; a translation gives each its own."""
    if n == 1:
        form = translate("Ordinals", "{n}st", "the ordinal of 1 (a session)")
    elif 10 <= n % 100 <= 20:
        form = translate("Ordinals", "{n}th", "ordinal (a session)")
    else:
        form = {
            1: translate("Ordinals", "{n}st", "ordinal ending in 1, not 1 or 11 (a session)"),
            2: translate("Ordinals", "{n}nd", "ordinal (a session)"),
            3: translate("Ordinals", "{n}rd", "ordinal (a session)"),
        }.get(n % 10) or translate("Ordinals", "{n}th", "ordinal (a session)")
    return form.format(n=date_words().number(n, grouped=False))


def _host(dataset: Dataset, record_id: str | None) -> str | None:
    """The host (city, else country, else ``?``) of the record *record_id*, read from the
    columns; ``None`` when there is no such record."""
    position = None if record_id is None else dataset.position_of(record_id)
    if position is None:
        return None
    place = dataset.columns.label_facts(position).place
    if place is None:
        return "?"
    return str(place.city or place.country or "?")


def short_label(record: Record, dataset: Dataset) -> str:
    """The label drawn on the chart when there is room: a session's number and city, a
    term's holder, a handover's two hosts (``Marrakech → Hong Kong``), otherwise the
    title (the first of :func:`label_forms`)."""
    return label_forms(record, dataset).texts[0]


def label_forms(record: Labelled, dataset: Dataset) -> LabelForms:
    """The forms the chart's label of *record* may take, longest first, with direction
    overrides shown as visible marks (:func:`viewer.core.display_text.shown_text`), so a
    label cannot be drawn reversed (see :func:`_label_forms`)."""
    forms = _label_forms(record, dataset)
    texts = tuple(drawn_text(t) for t in forms.texts)
    return forms if texts == forms.texts else LabelForms(texts, forms.note, forms.elide)


def _label_forms(record: Labelled, dataset: Dataset) -> LabelForms:
    """The forms the chart's label of *record* may take, longest first (see
    :mod:`viewer.core.placement`): ``93 Marrakech`` → ``93``; ``Ahmed Naser Al-Raisi`` →
    ``Al-Raisi`` (the person's ``short_name``, never guessed), then cut to four letters
    and ``…``; ``Marrakech → Hong Kong`` → ``→ Hong Kong``; other titles are cut. Which
    form a kind takes is its :attr:`viewer.core.kinds.KindSpec.label`."""
    form = kinds.kind(record.kind).label
    if form == "number_place" and record.session is not None:
        number = date_words().number(record.session, grouped=False)
        city = record.place.city if record.place and record.place.city else None
        return LabelForms((f"{number} {city}", number) if city else (number,))
    if form == "from_to":
        src = _host(dataset, record.from_record) if record.from_record else None
        dst = _host(dataset, record.to_record) if record.to_record else None
        if src is not None or dst is not None:
            src, dst = src or "?", dst or "?"
            return LabelForms((f"{src} → {dst}", f"→ {dst}"))
    if form == "holder" and record.people:
        person = record.people[0]
        if person.short_name and person.short_name != person.name:
            return LabelForms((person.name, person.short_name), elide=True)
        return LabelForms((person.name,), elide=True)
    if form == "holder" and dataset.columns.holders:
        # A term without its holder in a file that names holders (in ``people``): one no
        # source names, "?" rather than "Presid…". In a file that names none there, the
        # title is the name: "?" read as an unknown holder (a new user's "Paul Finet")
        return LabelForms((record.title, "?"))
    return LabelForms((record.title,), elide=True)


def label_rank(record: Labelled) -> int:
    """Importance of a record's label within its kind, for placement (lower first): a
    session with a known host before one without, held or in office before announced,
    inferred, acting or unrecognised (:attr:`viewer.core.kinds.StatusSpec.label_rank`)."""
    rank = kinds.status(record.status).label_rank
    if rank:
        return rank
    if kinds.place_unknown(record):
        return 1
    return 1 if record.inferred else 0


def tooltip_text(record: Record) -> str:
    """Plain text for hover: title, dates and place, with status marks; direction
    overrides shown as visible marks (:func:`viewer.core.display_text.shown_text`)."""
    lines = [drawn_text(record.title), record.dates_display]
    if record.place is not None or kinds.kind(record.kind).place_unknown_mark:
        place = translate("Labels", "Place: {place}").format(place=record.place_display)
        lines.append(drawn_text(place))
    marks = status_marks(record)
    if marks:
        lines.append(drawn_text(mark_separator().join(marks)))
    return shown_text("\n".join(lines))


_INFERRED_WORDS = {
    "start": QT_TRANSLATE_NOOP("Labels", "start inferred"),
    "end": QT_TRANSLATE_NOOP("Labels", "end inferred"),
    "session": QT_TRANSLATE_NOOP("Labels", "session number inferred"),
    "end_reason": QT_TRANSLATE_NOOP("Labels", "how the term ended inferred"),
    "how_ended": QT_TRANSLATE_NOOP("Labels", "how the term ended inferred"),
    "place": QT_TRANSLATE_NOOP("Labels", "place inferred"),
    "elected": QT_TRANSLATE_NOOP("Labels", "election day inferred"),
}
"""Words for an inferred value of each field that may be inferred, in a record's status
marks (a field's name, "end_reason inferred", read as code)."""


_END_REASON_WORDS = {
    "completed": QT_TRANSLATE_NOOP("Labels", "completed"),
    "resigned": QT_TRANSLATE_NOOP("Labels", "resigned"),
    "died": QT_TRANSLATE_NOOP("Labels", "died in office"),
    "removed": QT_TRANSLATE_NOOP("Labels", "removed from office"),
    "acting": QT_TRANSLATE_NOOP("Labels", "acting until a holder was elected"),
    "incumbent": QT_TRANSLATE_NOOP("Labels", "still in office"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "not known"),
}
"""Words for each ``end_reason`` the schema allows (how a term ended, as one word)."""


def end_reason_words(reason: str, detail: str = "") -> str:
    """How a term ended (*reason*, a record's ``end_reason``) in the reader's language:
    ``"died"`` reads "died in office"; a value the schema does not list, as written. The
    file's own *detail* (its ``how_ended``, in the file's words) follows it, unless it
    only repeats the reason; in English, a detail that starts with the reason is shown
    alone ("completed (retired in 1963)", not "completed: completed (retired in 1963)")."""
    words = _END_REASON_WORDS.get(reason)
    shown = translate("Labels", words) if words else reason
    if not detail or detail == reason:
        return shown or detail
    if not reason or (shown == words and detail.casefold().startswith(reason.casefold())):
        return detail
    #: How a term ended ({reason}, in the reader's words), then the file's own words.
    return translate("Labels", "{reason}: {detail}").format(reason=shown, detail=detail)


def mark_separator() -> str:
    """What separates a record's status marks in the reader's language (``"; "``)."""
    return translate("Labels", "; ", "between status marks")


def status_marks(record: Record) -> list[str]:
    """Words for the record's status: its status's mark (acting, not recognised...),
    inferred values, an expected place not known, disagreeing sources."""
    marks: list[str] = []
    mark = kinds.status(record.status).mark
    if mark:
        marks.append(translate("Kinds", mark))
    for name in dict.fromkeys(_INFERRED_WORDS.get(f, f) for f in record.inferred):
        if name in _INFERRED_WORDS.values():
            marks.append(translate("Labels", name))
        else:  # a field no words are known for: its name
            marks.append(translate("Labels", "{field} inferred").format(field=name))
    if kinds.place_unknown(record):
        marks.append(translate("Kinds", kinds.kind(record.kind).place_unknown_mark))
    if record.disputes:
        marks.append(translate("Labels", "sources disagree"))
    return marks
