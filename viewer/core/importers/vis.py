"""vis-timeline item and group arrays in JSON.

Accepted shapes: an array of items, or an object ``{"items": [...], "groups": [...]}``.

- Item ``id`` is kept as the record id; ``content`` (HTML) becomes the title as plain text,
  ``title`` (the tooltip, HTML) the summary; links in either become sources.
- ``start`` is required; ``end`` makes a range. ``type: "background"`` makes a background
  band (kind ``era``) in the item's lane, or across every lane when it has no group (as
  vis-timeline draws it); ``point`` and ``box`` are points.
- Dates are ISO or EDTF text (``2014-04-20``, ``2014-04-20T10:00:00`` keeps the day,
  ``1914``, ``195X``...) or numbers of milliseconds since 1970-01-01 UTC, as vis-timeline
  takes them. Slash dates need a declared order.
- ``group`` names a group's ``id``: groups become lanes (``content`` is the lane title),
  ordered by their ``order``. Without a ``groups`` array, each group id becomes a lane.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from viewer.core.assembly import LoadResult, Problem
from viewer.core.dates import (
    DateError,
    EdtfDate,
    check_time_of_day,
    civil_from_days,
    days_from_civil,
    edtf_from_parts,
    parse_date_input,
)
from viewer.core.dates import shown as shown_text
from viewer.core.errors import LoadError, Progress, json_kind
from viewer.core.i18n import QT_TRANSLATE_NOOP, number, translate
from viewer.core.importers.drafts import MISSING_START, Draft, LaneSet, assemble
from viewer.core.importers.html_text import html_to_text

FORMAT = "vis-timeline"

_ITEM_FIELDS = frozenset(
    {
        "id",
        "start",
        "end",
        "content",
        "group",
        "subgroup",
        "type",
        "title",
        "className",
        "style",
        "selectable",
        "editable",
        "align",
        "limitSize",
    }
)
_GROUP_FIELDS = frozenset(
    {
        "id",
        "content",
        "title",
        "order",
        "visible",
        "nestedGroups",
        "showNested",
        "className",
        "style",
        "subgroupOrder",
        "subgroupStack",
        "subgroupVisibility",
        "treeLevel",
    }
)
_TOP_FIELDS = frozenset({"items", "groups", "title", "description", "options"})
_TYPES = frozenset({"box", "point", "range", "background"})
#: A date with a time of day (ISO 8601, as JavaScript and moment.js read it).
_ISO_TIME = re.compile(
    r"([+-]?[0-9]{4,6})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})"
    r"(?::([0-9]{2})(?:[.,][0-9]+)?)?\s*(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?",
    re.ASCII | re.IGNORECASE,
)
#: A year, month or day with JavaScript's expanded year, a sign and six digits
#: (``-000044-03-15``): what ``Date.prototype.toISOString`` writes for years before 0 or
#: after 9999, without its time.
_ISO_EXPANDED_DAY = re.compile(r"([+-][0-9]{6})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", re.ASCII)
#: The start of one (a date, then T or a space and a digit): what follows must be a time.
_ISO_TIME_START = re.compile(r"[+-]?[0-9]{4,6}-[0-9]{2}-[0-9]{2}[T ][0-9]", re.ASCII)
_JS_MAX_MS = 8_640_000_000_000_000
"""JavaScript's Date range, in milliseconds either side of 1970 (20 April 271821 BC to
13 September 275760)."""
_MS_PER_DAY = 86_400_000
#: The milliseconds this viewer places on a day: years -9999 to 9999 (EDTF gives a month
#: and a day only to years of four digits).
_MIN_MS = days_from_civil(-9999, 1, 1) * _MS_PER_DAY
_MAX_MS = days_from_civil(10000, 1, 1) * _MS_PER_DAY - 1


def is_vis_document(data: Any) -> bool:
    """Whether parsed JSON *data* looks like vis-timeline items (and groups)."""
    if isinstance(data, dict):
        return isinstance(data.get("items"), list)
    return (
        isinstance(data, list)
        and bool(data)
        and all(isinstance(x, dict) for x in data[:20])
        and any("start" in x for x in data[:20])
    )


def _str(value: Any) -> str:
    """*value* when it is text, else ``""``."""
    return value if isinstance(value, str) else ""


def _key(value: Any) -> str | None:
    """An item or group id as text (numbers allowed), or None when absent or unusable."""
    if value is None or isinstance(value, (bool, dict, list)):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def parse_vis_date(value: Any, date_format: str | None) -> EdtfDate:
    """A vis-timeline date: ISO/EDTF text, or milliseconds since 1970-01-01 UTC (day
    precision).

    Raises
    ------
    DateError
        Unreadable text, an impossible time of day (``T25:99:99Z``), a boolean or object,
        a number of milliseconds outside years -9999 to 9999 (JavaScript's own range is
        wider, ±8.64e15 ms, but EDTF gives a day only to years of four digits).
    """
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise DateError(
            translate("Load", "expected a date text or milliseconds, found {kind}").format(
                kind=json_kind(value)
            )
        )
    if isinstance(value, (int, float)):
        # math.isfinite() of an int of hundreds of digits raises OverflowError.
        finite = isinstance(value, int) or math.isfinite(value)
        if not finite or not _MIN_MS <= value <= _MAX_MS:
            if not finite:
                amount = translate("Load", "{value} milliseconds").format(value=repr(value))
            elif abs(value) >= 10**30:
                amount = translate("Load", "a number of {digits} digits as milliseconds").format(
                    digits=number(len(str(int(abs(value)))))
                )
            else:
                amount = translate("Load", "{value} milliseconds").format(
                    value=number(int(value)) if value == int(value) else repr(value)
                )
            beyond = not finite or abs(value) > _JS_MAX_MS
            raise DateError(
                translate("Load", _OUTSIDE_MS[beyond]).format(
                    amount=amount, low=number(_MIN_MS), high=number(_MAX_MS)
                )
            )
        y, m, d = civil_from_days(math.floor(value / _MS_PER_DAY))
        return edtf_from_parts(y, m, d)
    text = value.strip()
    m_time = _ISO_TIME.fullmatch(text)
    if m_time:
        check_time_of_day(value, *m_time.group(4, 5, 6, 7))
        return edtf_from_parts(int(m_time.group(1)), int(m_time.group(2)), int(m_time.group(3)))
    m_day = _ISO_EXPANDED_DAY.fullmatch(text)
    if m_day:
        year, month, day = m_day.groups()
        return edtf_from_parts(
            int(year), None if month is None else int(month), None if day is None else int(day)
        )
    if _ISO_TIME_START.match(text):
        raise DateError(
            translate(
                "Load",
                "{value} is not a date and time (YYYY-MM-DDThh:mm, with :ss, .sss and Z or "
                "±hh:mm if given)",
            ).format(value=shown_text(value))
        )
    return parse_date_input(value, date_format)


def read_vis(
    data: Any, file: str, *, date_format: str | None = None, progress: Progress | None = None
) -> LoadResult:
    """Read parsed vis-timeline JSON (see the module docstring).

    Raises
    ------
    LoadError
        When *data* is neither an array of items nor an object with an ``items`` array.
    """
    problems: list[Problem] = []
    if isinstance(data, dict):
        items, groups = data.get("items"), data.get("groups")
        problems += [
            Problem("warning", file, None, None, key, translate("Load", "unknown field, ignored"))
            for key in data
            if key not in _TOP_FIELDS
        ]
        title = _str(data.get("title")) or Path(file).stem
        description = _str(data.get("description"))
    else:
        items, groups, title, description = data, None, Path(file).stem, ""
    if not isinstance(items, list):
        raise LoadError(
            translate("Load", "{file}: vis-timeline JSON needs an array of items").format(file=file)
        )
    if groups is not None and not isinstance(groups, list):
        problems.append(
            Problem("warning", file, None, None, "groups", translate("Load", "not a list; ignored"))
        )
        groups = None
    group_problems, lanes, known_groups = _read_groups(groups, items, file)
    known = frozenset(known_groups)  # one look-up per item (a list took 100 s for 100k groups)
    no_group = None
    if groups is not None and any(
        isinstance(i, dict) and _key(i.get("group")) is None and i.get("type") != "background"
        for i in items
    ):
        no_group = lanes.add_special("no-group", "(no group)")
    drafts: list[Draft] = []
    for index, raw in enumerate(items):
        draft = Draft(index=index, collection="items")
        drafts.append(draft)
        if not isinstance(raw, dict):
            draft.error(
                "",
                translate("Load", "expected an object, found {kind}").format(kind=json_kind(raw)),
            )
            continue
        _read_item(raw, draft, date_format)
        group = _key(raw.get("group"))
        _warn_unusable(raw, "group", group, draft, _NO_GROUP)
        if group is None and draft.kind == "era":
            draft.lane = None  # a background across every lane
        elif group is None:
            draft.lane = no_group if groups is not None else lanes.lane_for("items", "Items")
        elif groups is None:
            draft.lane = lanes.lane_for(group)
        elif group in known:
            draft.lane = group
        else:
            draft.error(
                "group", translate("Load", "unknown group {group}").format(group=repr(group))
            )
    return assemble(
        drafts,
        lanes.lanes(first=tuple(known_groups)),
        file=file,
        title=title,
        description=description,
        problems=problems + group_problems,
        progress=progress,
        fmt=FORMAT,
    )


def _warn_unusable(
    raw: dict[str, Any], name: str, key: str | None, draft: Draft, instead: str
) -> None:
    """A warning when *raw* has a *name* (an id or group) that :func:`_key` cannot use:
    an object, an array, true or false, empty text."""
    value = raw.get(name)
    if key is None and value is not None:
        draft.warn(name, translate("Load", instead).format(kind=_found(value)))


def _found(value: Any) -> str:
    """What a value that is not a usable key is: empty text, or its JSON kind."""
    return translate("Load", "empty text") if isinstance(value, str) else json_kind(value)


_NO_GROUP = QT_TRANSLATE_NOOP(
    "Load", "expected a text or a number, found {kind}; read as an item without a group"
)
_NO_ID = QT_TRANSLATE_NOOP(
    "Load", "expected a text or a number, found {kind}; an id is made from the title"
)
_OUTSIDE_MS = {
    False: QT_TRANSLATE_NOOP(
        "Load",
        "{amount} is outside the dates this viewer places to the day: years -9999 to 9999 "
        "(10000 BC to AD 9999), {low} to {high} milliseconds since 1970; give a date text "
        "instead (Y-prefixed for longer years)",
    ),
    True: QT_TRANSLATE_NOOP(
        "Load",
        "{amount} is outside the dates this viewer places to the day and beyond JavaScript's "
        "own (±8.64e15): years -9999 to 9999 (10000 BC to AD 9999), {low} to {high} "
        "milliseconds since 1970; give a date text instead (Y-prefixed for longer years)",
    ),
}
"""Why milliseconds are not read, by whether they are beyond JavaScript's range too."""


def _text(raw: dict[str, Any], name: str, warn: Callable[[str, str], None]) -> str:
    """The HTML text of field *name* of *raw* (a number as text; "" when absent); a value
    of another type is warned about through *warn(field, reason)* and read as empty (an
    object as an item's content made its title the id without a word)."""
    value = raw.get(name)
    if value is None or isinstance(value, str):
        return value or ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    warn(
        name,
        translate("Load", "expected a text or a number, found {kind}; read as empty").format(
            kind=json_kind(value)
        ),
    )
    return ""


def _warn_group(
    bad: Callable[[str, str, str | None, Literal["error", "warning"]], None],
    gid: str | None,
    field: str,
    reason: str,
) -> None:
    """A warning about group *gid*'s *field*, through its *bad*."""
    bad(field, reason, gid, "warning")


def _read_item(raw: dict[str, Any], draft: Draft, date_format: str | None) -> None:
    for key in raw:
        if key not in _ITEM_FIELDS:
            draft.warn(key, translate("Load", "unknown field, ignored"))
    draft.id = _key(raw.get("id"))
    _warn_unusable(raw, "id", draft.id, draft, _NO_ID)
    content, links = html_to_text(_text(raw, "content", draft.warn))
    tooltip, tip_links = html_to_text(_text(raw, "title", draft.warn))
    draft.title = content or tooltip.split("\n", 1)[0][:80]
    if not draft.title.strip():  # titled by its id without a word, where a CSV row says so
        draft.warn_once("content", translate("Load", "no title"))
        draft.title = draft.id or ""
    draft.summary = tooltip if tooltip != draft.title else ""
    for url in links + tip_links:
        draft.add_source(url, "content")
    kind = raw.get("type")
    if kind is not None and (not isinstance(kind, str) or kind not in _TYPES):
        # (a list or an object here raised "unhashable type" and refused the whole file)
        draft.warn(
            "type",
            translate("Load", "unknown type {type}; read from start and end").format(
                type=repr(kind)
            )
            if isinstance(kind, str)
            else translate(
                "Load", "expected a type name, found {kind}; read from start and end"
            ).format(kind=json_kind(kind)),
        )
        kind = None
    if raw.get("start") in (None, ""):
        draft.error("start", translate("Load", MISSING_START))
        return
    for name in ("start", "end"):
        value = raw.get(name)
        if value in (None, ""):
            continue
        try:
            setattr(draft, name, parse_vis_date(value, date_format))
        except DateError as exc:
            draft.error(name, str(exc))
    if kind in ("point", "box") and draft.end is not None:
        draft.warn("end", translate("Load", "a {type} has no end; ignored").format(type=kind))
        draft.end = None
    if kind in ("range", "background") and draft.end is None and not draft.errors:
        draft.error("end", translate("Load", "a {type} item needs an end").format(type=kind))
    if kind == "background":
        draft.kind = "era"
    draft.check_order("end")


def _read_groups(
    groups: list[Any] | None, items: list[Any], file: str
) -> tuple[list[Problem], LaneSet, list[str]]:
    """Lanes from the groups, in their ``order``; problems of bad groups."""
    used = {_key(i.get("group")) for i in items if isinstance(i, dict)}
    lanes = LaneSet(
        {k for k in used if k is not None}
        | {
            k
            for g in (groups or ())
            if isinstance(g, dict)
            for k in (_key(g.get("id")),)
            if k is not None
        }
    )
    out: list[Problem] = []
    if groups is None:
        return out, lanes, []
    good: list[tuple[float, int, str, str, list[Any]]] = []
    seen: set[str] = set()
    for index, raw in enumerate(groups):

        def bad(
            field: str,
            reason: str,
            gid: str | None = None,
            severity: Literal["error", "warning"] = "error",
            index: int = index,
        ) -> None:
            out.append(Problem(severity, file, index, gid, field, reason, collection="groups"))

        if not isinstance(raw, dict):
            bad("", f"expected an object, found {json_kind(raw)}")
            continue
        gid = _key(raw.get("id"))
        for key in raw:
            if key not in _GROUP_FIELDS:
                bad(key, translate("Load", "unknown field, ignored"), gid, "warning")
        if gid is None:
            value = raw.get("id")
            bad(
                "id",
                translate("Load", "missing id")
                if value is None
                else translate("Load", "expected a text or a number, found {kind}").format(
                    kind=_found(value)
                ),
            )
            continue
        if gid in seen:
            bad("id", translate("Load", "duplicate group id"), gid)
            continue
        seen.add(gid)
        text = html_to_text(_text(raw, "content", functools.partial(_warn_group, bad, gid)))[0]
        order = raw.get("order")
        rank = (
            float(order)
            if isinstance(order, (int, float))
            and not isinstance(order, bool)
            and math.isfinite(order)
            else math.inf
        )
        nested = raw.get("nestedGroups")
        good.append((rank, index, gid, text or gid, nested if isinstance(nested, list) else []))
    good.sort(key=lambda g: (g[0], g[1]))
    for _rank, index, gid, text, nested in good:
        lanes.lane_for(gid, text)
        for child in nested:
            if _key(child) not in seen:
                out.append(
                    Problem(
                        "warning",
                        file,
                        index,
                        gid,
                        "nestedGroups",
                        translate("Load", "refers to unknown group {group}").format(
                            group=repr(child)
                        ),
                        collection="groups",
                    )
                )
    return out, lanes, [g[2] for g in good]
