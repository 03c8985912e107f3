"""TimelineJS files: the JSON format (of version 3, and the older layout of version 2) and
the spreadsheet template as CSV.

Mapping (field names as in TimelineJS's documentation):

- each event becomes a record of kind ``event``; ``unique_id`` is kept as its id (else an
  id is made from the headline, as TimelineJS does);
- ``text.headline`` is the title and ``text.text`` the summary, both turned from HTML into
  plain text; links in the text and an http(s) ``media.url`` become sources (the media
  caption or credit is the source's title);
- ``group`` names the lane (records without one go to a lane "Events");
- ``display_date`` is kept and shown instead of our wording of the dates;
- eras become background bands (kind ``era``) in a lane "Eras" at the top; the title slide
  gives the dataset's title and description;
- a negative year is a year BC as TimelineJS shows it (-44 is 44 BC); there is no year 0.

TimelineJS 2's JSON, ``{"timeline": {"headline", "text", "date": [...], "era": [...]}}``,
maps to the same records: each of ``date`` is an event with ``startDate`` and ``endDate``
(``"2011,12,10"``, see :func:`parse_old_date`), ``headline``, ``text``, ``tag`` (the
lane; ``timeline.tags`` orders them) and ``asset`` (``media``, ``credit``, ``caption``);
each of ``era`` is an era; ``timeline.headline`` and ``timeline.text`` are the title and
description.

The spreadsheet columns are ``Year, Month, Day, Time, End Year, End Month, End Day,
End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail,
Type, Group, Background`` (``Alt Text`` optional); older sheets use ``Start Date``,
``End Date`` and ``Tag``. Numbers may contain spaces or commas (``1,923``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from viewer.core.assembly import LoadResult, Problem
from viewer.core.dates import (
    DateError,
    EdtfDate,
    check_ascii_digits,
    edtf_from_parts,
    parse_date_input,
    shown,
)
from viewer.core.errors import LoadError, Progress, json_kind
from viewer.core.i18n import embedded, translate
from viewer.core.importers.csvfile import (
    CsvTable,
    duplicate_columns,
    normalise,
    repeated_column,
)
from viewer.core.importers.drafts import (
    ERA_NEEDS_END,
    MISSING_START,
    Draft,
    LaneSet,
    assemble,
    default_lane_title,
)
from viewer.core.importers.html_text import html_to_text

FORMAT_JSON = "timelinejs-json"
FORMAT_CSV = "timelinejs-csv"

_TOP_FIELDS = frozenset({"events", "title", "eras", "scale"})
_EVENT_FIELDS = frozenset(
    {
        "start_date",
        "end_date",
        "text",
        "media",
        "group",
        "display_date",
        "background",
        "autolink",
        "unique_id",
    }
)
_ERA_FIELDS = frozenset({"start_date", "end_date", "text", "unique_id", "display_date"})
_DATE_FIELDS = frozenset(
    {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"}
)
_MEDIA_FIELDS = frozenset(
    {"url", "caption", "credit", "thumbnail", "alt", "title", "link", "link_target"}
)
_TEXT_FIELDS = frozenset({"headline", "text"})

#: Spreadsheet columns (normalised, see :func:`viewer.core.importers.csvfile.normalise`).
CSV_COLUMNS = frozenset(
    normalise(c)
    for c in (
        "Year",
        "Month",
        "Day",
        "Time",
        "End Year",
        "End Month",
        "End Day",
        "End Time",
        "Display Date",
        "Headline",
        "Text",
        "Media",
        "Media Credit",
        "Media Caption",
        "Media Thumbnail",
        "Type",
        "Group",
        "Background",
        "Alt Text",
        "Start Date",
        "End Date",
        "Tag",
    )
)


@dataclass
class _Event:
    """The parts of a TimelineJS event or era that become a record, as text."""

    headline: str = ""
    text: str = ""
    media_url: str = ""
    media_caption: str = ""
    media_credit: str = ""
    group: str = ""
    display_date: str = ""
    unique_id: str = ""


def is_timelinejs_header(keys: set[str]) -> bool:
    """Whether normalised CSV header *keys* are TimelineJS's."""
    return "headline" in keys and bool(keys & {"year", "startdate"})


def timeline_year(value: int) -> int:
    """Astronomical year of a TimelineJS year: -44 (shown as 44 BC) is -43.

    Raises
    ------
    DateError
        For year 0, which TimelineJS users cannot mean (1 BC is -1).
    """
    if value == 0:
        raise DateError(translate("Load", "there is no year 0 (1 BC is -1)"))
    return value + 1 if value < 0 else value


def _number(value: Any, name: str) -> int | None:
    """A TimelineJS date part: a whole number, perhaps as text with spaces or commas."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise DateError(
            translate("Load", "{name}: expected a number, found {value}").format(
                name=name, value=repr(value)
            )
        )
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return int(value)
        raise DateError(_not_whole(name, repr(value)))
    if isinstance(value, str):
        text = re.sub(r"[\s,]+", "", value)
        if not text:
            return None
        if len(text) <= _MOST_DIGITS and re.fullmatch(r"[+-]?[0-9]+", text):
            # Any whole number: one too large is said to be so by the date's checks (a
            # year of 17 digits was called "not a whole number": a trial)
            return int(text)
        check_ascii_digits(text)
        raise DateError(_not_whole(name, shown(value)))
    raise DateError(
        translate("Load", "{name}: expected a number, found {value}").format(
            name=embedded(name), value=json_kind(value)
        )
    )


_MOST_DIGITS = 4000
"""Digits of the longest number read from text (Python converts at most 4,300)."""


def _not_whole(name: str, value: str) -> str:
    # The key and its value as they are in the file, each a left-to-right run of its own:
    # in an Arabic sentence, "year '19x0'" lost its quote's place (a trial)
    return translate("Load", "{name} {value} is not a whole number").format(
        name=embedded(name), value=embedded(value)
    )


def date_from_parts(year: Any, month: Any, day: Any) -> EdtfDate | None:
    """The date of TimelineJS parts (numbers or numeric text); ``None`` when all are empty.

    Raises
    ------
    DateError
        A month or day without a year, parts that are not whole numbers, impossible days.
    """
    y, m, d = _number(year, "year"), _number(month, "month"), _number(day, "day")
    if y is None:
        if m is not None or d is not None:
            raise DateError(translate("Load", "a month or day without a year"))
        return None
    return edtf_from_parts(timeline_year(y), m, d)


def _text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _checked_text(part: dict[str, Any], name: str, draft: Draft, prefix: str = "") -> str:
    """The text of field *name* of *part* (a number as text), warned on *draft* (as
    *prefix* + *name*) when it is neither: an object given as a headline became
    "(untitled)" without a word (a new user's finding)."""
    value = part.get(name)
    text = _text_of(value)
    if value is not None and value != "" and not text:
        draft.warn(
            prefix + name,
            translate("Load", "expected a text or a number, found {kind}; read as empty").format(
                kind=json_kind(value)
            ),
        )
    return text


def _fill(
    draft: Draft, event: _Event, lanes: LaneSet, default_lane: str | None, names: dict[str, str]
) -> None:
    """Title, summary, sources, lane and id of *draft* from *event*; *names* gives the
    field names used in messages."""
    title, _ = html_to_text(event.headline)
    summary, links = html_to_text(event.text)
    draft.title = title or summary.split("\n", 1)[0][:80]
    if not draft.title.strip():  # "(untitled)" without a word, where a CSV row says so
        draft.warn_once(names["headline"], translate("Load", "no title"))
    draft.summary = summary
    draft.display_date = html_to_text(event.display_date)[0]
    if event.unique_id.strip():
        draft.id = event.unique_id.strip()
    media = event.media_url.strip()
    caption = html_to_text(event.media_caption)[0]
    credit = html_to_text(event.media_credit)[0]
    if media.startswith("<"):  # embedded HTML (a quote, an iframe): keep its text and links
        quote, media_links = html_to_text(media)
        if quote:
            draft.summary = f"{draft.summary}\n{quote}".strip()
        for url in media_links:
            draft.add_source(url, names["media"], caption, credit)
    elif media:
        draft.add_source(media, names["media"], caption or credit, credit)
    for url in links:
        draft.add_source(url, names["text"])
    group = html_to_text(event.group)[0]
    draft.lane = lanes.lane_for(group) if group else default_lane


def _warn_unknown(obj: dict[str, Any], known: frozenset[str], draft: Draft, prefix: str) -> None:
    for key in obj:
        if key not in known:
            draft.warn(f"{prefix}{key}", translate("Load", "unknown field, ignored"))


def _sub(obj: dict[str, Any], key: str, draft: Draft, known: frozenset[str]) -> dict[str, Any]:
    """The object at *key* (empty when absent); a warning when it is not an object."""
    value = obj.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        draft.warn(
            key,
            translate("Load", "expected an object, found {kind}; ignored").format(
                kind=json_kind(value)
            ),
        )
        return {}
    _warn_unknown(value, known, draft, f"{key}.")
    return value


def _json_date(
    obj: dict[str, Any], key: str, draft: Draft, date_format: str | None
) -> tuple[EdtfDate | None, str]:
    """(date, its display_date) of the date object at *key*; errors go to *draft*."""
    value = obj.get(key)
    if value is None or value == {} or value == "":
        return None, ""
    if isinstance(value, str):
        try:
            return parse_date_input(value, date_format), ""
        except DateError as exc:
            draft.error(key, str(exc))
            return None, ""
    if not isinstance(value, dict):
        draft.error(
            key,
            translate("Load", "expected a date object, found {kind}").format(kind=json_kind(value)),
        )
        return None, ""
    _warn_unknown(value, _DATE_FIELDS, draft, f"{key}.")
    try:
        date = date_from_parts(value.get("year"), value.get("month"), value.get("day"))
    except DateError as exc:
        draft.error(key, str(exc))
        return None, ""
    if date is None:
        draft.error(f"{key}.year", translate("Load", "missing year"))
    return date, _text_of(value.get("display_date"))


def _json_event(
    raw: dict[str, Any], draft: Draft, known: frozenset[str], date_format: str | None
) -> _Event:
    _warn_unknown(raw, known, draft, "")
    text = _sub(raw, "text", draft, _TEXT_FIELDS)
    media = _sub(raw, "media", draft, _MEDIA_FIELDS)
    start, start_label = _json_date(raw, "start_date", draft, date_format)
    end, end_label = _json_date(raw, "end_date", draft, date_format)
    draft.start, draft.end = start, end
    if start is None and not draft.errors:
        draft.error("start_date", translate("Load", MISSING_START))
    draft.check_order("end_date")
    for name in ("unique_id", "group"):  # _text_of() would quietly make them ""
        value = raw.get(name)
        if value is not None and not _text_of(value) and value != "":
            reason = (
                translate(
                    "Load",
                    "expected a text or a number, found {kind}; an id is made from the headline",
                )
                if name == "unique_id"
                else translate(
                    "Load",
                    "expected a text or a number, found {kind}; read as an event without a group",
                )
            )
            draft.warn(name, reason.format(kind=json_kind(value)))
    display = _checked_text(raw, "display_date", draft)
    if not display and (start_label or end_label):
        display = " – ".join(
            x
            for x in (
                start_label or (start.display() if start else ""),
                end_label or (end.display() if end else ""),
            )
            if x
        )
    return _Event(
        headline=_checked_text(text, "headline", draft, "text."),
        text=_checked_text(text, "text", draft, "text."),
        media_url=_checked_text(media, "url", draft, "media."),
        media_caption=_checked_text(media, "caption", draft, "media."),
        media_credit=_checked_text(media, "credit", draft, "media."),
        group=_text_of(raw.get("group")),
        display_date=display,
        unique_id=_text_of(raw.get("unique_id")),
    )


@dataclass(frozen=True)
class _JsonLayout:
    """The names one layout of TimelineJS JSON gives to the parts read alike (see
    :data:`_V3` and :data:`_V2`)."""

    events: str
    eras: str
    group: str
    end: str
    names: dict[str, str]
    read: Callable[[dict[str, Any], Draft, bool, str | None], _Event]
    """Reads one event (or era, when the flag is true) into the draft's dates and an
    :class:`_Event`."""


def _v3_event(raw: dict[str, Any], draft: Draft, era: bool, date_format: str | None) -> _Event:
    return _json_event(raw, draft, _ERA_FIELDS if era else _EVENT_FIELDS, date_format)


_V3 = _JsonLayout(
    "events",
    "eras",
    "group",
    "end_date",
    {"media": "media.url", "text": "text.text", "headline": "text.headline"},
    _v3_event,
)


def _read_json_events(
    events: list[Any],
    eras: list[Any],
    layout: _JsonLayout,
    file: str,
    *,
    title: str,
    description: str,
    problems: list[Problem],
    date_format: str | None,
    progress: Progress | None,
    order: tuple[str, ...] = (),
) -> LoadResult:
    """Drafts of the *events* and *eras* of either JSON layout, assembled: eras in a lane
    of their own at the top, each group a lane (those named in *order* first, in that
    order), events without a group in a lane "Events"."""

    def group_of(raw: Any) -> str:
        return html_to_text(_text_of(raw.get(layout.group)))[0] if isinstance(raw, dict) else ""

    groups = {group_of(e) for e in events}
    lanes = LaneSet(groups)
    era_lane = lanes.add_special("eras", "Eras") if eras else None
    needs_default = any(not group_of(e) for e in events)
    default_lane = lanes.add_special("events", default_lane_title()) if needs_default else None
    drafts: list[Draft] = []
    for collection, items in ((layout.eras, eras), (layout.events, events)):
        era = collection == layout.eras
        for index, raw in enumerate(items):
            draft = Draft(index=index, collection=collection)
            drafts.append(draft)
            if not isinstance(raw, dict):
                draft.error(
                    "",
                    translate("Load", "expected an object, found {kind}").format(
                        kind=json_kind(raw)
                    ),
                )
                continue
            event = layout.read(raw, draft, era, date_format)
            if era:
                draft.kind = "era"
                if draft.end is None and not draft.errors:
                    draft.error(layout.end, translate("Load", ERA_NEEDS_END))
                event.group = ""  # eras have a lane of their own, never one of the groups
            _fill(draft, event, lanes, era_lane if era else default_lane, layout.names)
    first = ((era_lane,) if era_lane else ()) + tuple(g for g in order if g in groups)
    return assemble(
        drafts,
        lanes.lanes(first=first),
        file=file,
        title=title,
        description=description,
        problems=problems,
        progress=progress,
        fmt=FORMAT_JSON,
        lanes_from_records=True,
    )


def read_timelinejs_json(
    data: dict[str, Any],
    file: str,
    *,
    date_format: str | None = None,
    progress: Progress | None = None,
) -> LoadResult:
    """Read a parsed TimelineJS JSON document (see the module docstring), in the layout
    of TimelineJS 3 (``events``) or of TimelineJS 2 (``{"timeline": {"date": [...]}}``,
    see :func:`is_timelinejs2_document`).

    Dates given as text rather than objects are read as EDTF (slash dates need
    *date_format*).

    Raises
    ------
    LoadError
        When ``events`` (``timeline.date``) is missing or not a list.
    """
    if is_timelinejs2_document(data):
        return _read_timelinejs2(data, file, date_format, progress)
    events = data.get("events")
    if not isinstance(events, list):
        raise LoadError(
            translate("Load", "{file}: TimelineJS JSON needs an 'events' list").format(file=file)
        )
    eras: list[Any] = data["eras"] if isinstance(data.get("eras"), list) else []
    problems = [
        Problem("warning", file, None, None, key, translate("Load", "unknown field, ignored"))
        for key in data
        if key not in _TOP_FIELDS
    ]
    if "eras" in data and not isinstance(data["eras"], list):
        problems.append(
            Problem("warning", file, None, None, "eras", translate("Load", "not a list; ignored"))
        )
    title, description = _title_slide(data.get("title"), file, problems)
    return _read_json_events(
        events,
        eras,
        _V3,
        file,
        title=title,
        description=description,
        problems=problems,
        date_format=date_format,
        progress=progress,
    )


def is_timelinejs2_document(data: Any) -> bool:
    """Whether parsed JSON *data* is in TimelineJS 2's layout: an object whose only key is
    ``timeline``, an object with a ``date`` member (no other format has that shape)."""
    return (
        isinstance(data, dict)
        and list(data) == ["timeline"]
        and isinstance(data["timeline"], dict)
        and "date" in data["timeline"]
    )


_V2_TIMELINE_FIELDS = frozenset(
    {"headline", "type", "text", "startDate", "asset", "tags", "date", "era"}
)
_V2_EVENT_FIELDS = frozenset(
    {"startDate", "endDate", "headline", "text", "tag", "classname", "asset"}
)
_V2_ERA_FIELDS = frozenset({"startDate", "endDate", "headline", "text", "tag"})
_V2_ASSET_FIELDS = frozenset({"media", "thumbnail", "credit", "caption"})


def _v2_date(
    raw: dict[str, Any], key: str, draft: Draft, date_format: str | None
) -> EdtfDate | None:
    """The date at *key* of a TimelineJS 2 event (see :func:`parse_old_date`)."""
    value = raw.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        draft.error(
            key,
            translate("Load", "expected a date text, found {kind}").format(kind=json_kind(value)),
        )
        return None
    try:
        return parse_old_date(value, date_format)
    except DateError as exc:
        draft.error(key, str(exc))
        return None


def _v2_event(raw: dict[str, Any], draft: Draft, era: bool, date_format: str | None) -> _Event:
    _warn_unknown(raw, _V2_ERA_FIELDS if era else _V2_EVENT_FIELDS, draft, "")
    asset = {} if era else _sub(raw, "asset", draft, _V2_ASSET_FIELDS)
    draft.start = _v2_date(raw, "startDate", draft, date_format)
    draft.end = _v2_date(raw, "endDate", draft, date_format)
    if draft.start is None and not draft.errors:
        draft.error("startDate", translate("Load", MISSING_START))
    draft.check_order("endDate")
    tag = raw.get("tag")
    if tag is not None and not _text_of(tag) and tag != "":
        draft.warn(
            "tag",
            translate(
                "Load", "expected a text, found {kind}; read as an event without a tag"
            ).format(kind=json_kind(tag)),
        )
    return _Event(
        headline=_checked_text(raw, "headline", draft),
        text=_checked_text(raw, "text", draft),
        media_url=_checked_text(asset, "media", draft, "asset."),
        media_caption=_checked_text(asset, "caption", draft, "asset."),
        media_credit=_checked_text(asset, "credit", draft, "asset."),
        group=_text_of(tag),
    )


_V2 = _JsonLayout(
    "date",
    "era",
    "tag",
    "endDate",
    {"media": "asset.media", "text": "text", "headline": "headline"},
    _v2_event,
)


def _read_timelinejs2(
    data: dict[str, Any], file: str, date_format: str | None, progress: Progress | None
) -> LoadResult:
    """Read TimelineJS 2's layout: ``timeline.date`` are the events, ``timeline.era`` the
    eras, ``tag`` the group, ``asset.media`` the media; ``timeline.headline`` and
    ``timeline.text`` the title and description; ``timeline.tags`` orders the tags' lanes."""
    timeline = data["timeline"]
    events = timeline["date"]
    if not isinstance(events, list):
        raise LoadError(
            translate(
                "Load", "{file}: TimelineJS 2 JSON needs a 'timeline.date' list, found {kind}"
            ).format(file=file, kind=json_kind(events))
        )
    problems = [
        Problem(
            "warning",
            file,
            None,
            None,
            f"timeline.{key}",
            translate("Load", "unknown field, ignored"),
        )
        for key in timeline
        if key not in _V2_TIMELINE_FIELDS
    ]
    eras: list[Any] = []
    for key in ("era", "tags"):
        if key in timeline and not isinstance(timeline[key], list):
            problems.append(
                Problem(
                    "warning",
                    file,
                    None,
                    None,
                    f"timeline.{key}",
                    translate("Load", "not a list; ignored"),
                )
            )
    if isinstance(timeline.get("era"), list):
        eras = timeline["era"]
    tags = timeline["tags"] if isinstance(timeline.get("tags"), list) else []
    order = tuple(html_to_text(t)[0] for t in tags if isinstance(t, str))
    title = html_to_text(_text_of(timeline.get("headline")))[0] or Path(file).stem
    description = html_to_text(_text_of(timeline.get("text")))[0]
    return _read_json_events(
        events,
        eras,
        _V2,
        file,
        title=title,
        description=description,
        problems=problems,
        date_format=date_format,
        progress=progress,
        order=order,
    )


def _title_slide(slide: Any, file: str, problems: list[Problem]) -> tuple[str, str]:
    """(title, description) from a TimelineJS title slide; the file name when it has none.
    A headline or text that is not text is warned about in *problems*."""
    text = slide.get("text") if isinstance(slide, dict) else None
    if isinstance(text, dict):
        found = [
            Problem(
                "warning",
                file,
                None,
                None,
                f"title.text.{name}",
                translate(
                    "Load", "expected a text or a number, found {kind}; read as empty"
                ).format(kind=json_kind(text[name])),
            )
            for name in ("headline", "text")
            if text.get(name) is not None and text[name] != "" and not _text_of(text[name])
        ]
        problems += found
        headline = html_to_text(_text_of(text.get("headline")))[0]
        body = html_to_text(_text_of(text.get("text")))[0]
        if headline:
            return headline, body
    return Path(file).stem, ""


_OLD_DATE = re.compile(
    r"\s*(-?[0-9]{1,15})(?:\s*,\s*([0-9]{1,2})(?:\s*,\s*([0-9]{1,2})"
    r"(?:\s*,\s*[0-9]{1,2}){0,3})?)?\s*",
    re.ASCII,
)


def parse_old_date(text: str, date_format: str | None) -> EdtfDate:
    """A date of TimelineJS 2 (``startDate`` in its JSON, ``Start Date`` in its sheet).

    ``"2012,1,26"`` is year, month, day, perhaps followed by hours, minutes and seconds
    (``"2011,12,10,07,02,10"``: the day is kept); ``"1888"`` and ``"2012,1"`` are a year
    and a month; a negative year is a year BC as TimelineJS shows it (``"-44"``). Any
    other text is read as EDTF (slash dates need *date_format*).

    Raises
    ------
    DateError
        Unreadable or impossible dates, year 0.
    """
    parts = _OLD_DATE.fullmatch(text)
    date = date_from_parts(*parts.groups()) if parts else None
    # The pattern needs a year, so its parts always make a date.
    return date if date is not None else parse_date_input(text, date_format)


def _csv_date(
    row: dict[str, str], prefix: str, old: str, draft: Draft, date_format: str | None
) -> EdtfDate | None:
    """The start (*prefix* ``""``) or end (``"end"``) date of a spreadsheet row, from the
    Year/Month/Day columns or the old ``Start Date``/``End Date`` column *old*."""
    names = ("Year", "Month", "Day") if not prefix else ("End Year", "End Month", "End Day")
    year = row.get(f"{prefix}year", "")
    if not year and row.get(old, ""):
        column = "Start Date" if old == "startdate" else "End Date"
        try:
            return parse_old_date(row[old], date_format)
        except DateError as exc:
            draft.error(column, str(exc))
            return None
    if prefix and not year:
        return None  # TimelineJS ignores an End Month or End Day without an End Year
    month, day = row.get(f"{prefix}month", ""), row.get(f"{prefix}day", "")
    try:
        return date_from_parts(year, month, day)
    except DateError as exc:
        draft.error(names[_faulty_part(year, month)], str(exc))
        return None


def _faulty_part(year: str, month: str) -> int:
    """Which of a date's Year, Month and Day columns (0, 1, 2) made it unreadable, given
    that the three together did not read: the first that fails with those before it (a
    day 30 in February blamed the Year)."""
    for part, parts in enumerate(((year, "", ""), (year, month, ""))):
        try:
            date_from_parts(*parts)
        except DateError:
            return part
    return 2


_CSV_NAMES = {"media": "Media", "text": "Text", "headline": "Headline"}


def read_timelinejs_csv(
    table: CsvTable, file: str, *, date_format: str | None = None, progress: Progress | None = None
) -> LoadResult:
    """Read a TimelineJS spreadsheet saved as CSV (see the module docstring).

    Slash dates in the old ``Start Date``/``End Date`` columns need *date_format*.
    """
    problems = list(table.problems)
    problems += [
        Problem(
            "warning",
            file,
            None,
            None,
            name,
            translate("Load", "unknown column, ignored"),
            line=table.header_line,
        )
        for name in table.header
        if name and normalise(name) not in CSV_COLUMNS
    ]
    problems += [
        Problem(
            "warning",
            file,
            None,
            None,
            table.header[index],
            repeated_column(index + 1, first + 1, table.header[first]),
            line=table.header_line,
        )
        for index, first in duplicate_columns(table.header)
    ]
    group_of = [r.cells.get("group") or r.cells.get("tag", "") for r in table.rows]
    types = [r.cells.get("type", "").strip().lower() for r in table.rows]
    groups = {html_to_text(g)[0] for g in group_of}
    lanes = LaneSet(groups)
    era_lane = lanes.add_special("eras", "Eras") if "era" in types else None
    needs_default = any(
        not html_to_text(g)[0] for g, t in zip(group_of, types) if t not in ("title", "era")
    )
    default_lane = lanes.add_special("events", default_lane_title()) if needs_default else None
    title, description = Path(file).stem, ""
    has_title = False
    drafts: list[Draft] = []
    for row, group, kind in zip(table.rows, group_of, types):
        cells = row.cells
        event = _Event(
            headline=cells.get("headline", ""),
            text=cells.get("text", ""),
            media_url=cells.get("media", ""),
            media_caption=cells.get("mediacaption", ""),
            media_credit=cells.get("mediacredit", ""),
            group=group,
            display_date=cells.get("displaydate", ""),
        )
        draft = Draft(line=row.line)
        if kind == "title" and not has_title:
            has_title = True
            title = html_to_text(event.headline)[0] or title
            description = html_to_text(event.text)[0]
            continue
        drafts.append(draft)
        if kind == "title":
            draft.warn("Type", translate("Load", "a second title slide; read as an event"))
        elif kind not in ("", "era"):
            draft.warn(
                "Type",
                translate("Load", "unknown type {type}; read as an event").format(type=repr(kind)),
            )
        if cells.get("endyear") == "" and (cells.get("endmonth") or cells.get("endday")):
            draft.warn(
                "End Year",
                translate("Load", "End Month or End Day without an End Year; ignored"),
            )
        draft.start = _csv_date(cells, "", "startdate", draft, date_format)
        draft.end = _csv_date(cells, "end", "enddate", draft, date_format)
        if draft.start is None and not draft.errors:
            draft.error("Year", translate("Load", "missing start date (Year)"))
        draft.check_order("End Year")
        if kind == "era":
            draft.kind = "era"
            if draft.end is None and not draft.errors:
                draft.error("End Year", translate("Load", ERA_NEEDS_END))
        _fill(draft, event, lanes, era_lane if kind == "era" else default_lane, _CSV_NAMES)
        if kind == "era":
            draft.lane = era_lane
    return assemble(
        drafts,
        lanes.lanes(first=(era_lane,) if era_lane else ()),
        file=file,
        title=title,
        description=description,
        problems=problems,
        progress=progress,
        fmt=FORMAT_CSV,
        lanes_from_records=True,
    )
