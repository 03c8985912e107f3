"""Records as read from a foreign file, and their validation into a :class:`LoadResult`.

Every importer turns its rows or objects into :class:`Draft` values (noting problems on
each draft as it goes) and hands them to :func:`assemble`, which applies the rules all
formats share: ids kept or generated, duplicate ids, unknown lanes and records, and the
bookkeeping of problems with file, line or index, id and field. A draft has the attributes
of a record of our format, and :func:`viewer.core.loading.record_of` builds its record, as
it builds those of our own files.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import ClassVar
from urllib.parse import urlsplit

from viewer.core import kinds
from viewer.core.assembly import Assembly, FieldError, LoadResult, Problem
from viewer.core.dates import DateError, EdtfDate, parse_date_input, parse_interval, shown
from viewer.core.errors import Progress
from viewer.core.i18n import QT_TRANSLATE_NOOP, translate
from viewer.core.loading import record_of
from viewer.core.records import Kind, Lane, Person, Place, Record, Source

#: The lane the viewer makes for the records of a file that names no lane.
DEFAULT_LANE_TITLE = QT_TRANSLATE_NOOP("Load", "Events")
"""The title of the lane the viewer makes for records whose file names none, in English
(a file's own lane of that title is used instead); :func:`default_lane_title` in the
reader's language."""


def default_lane_title() -> str:
    """:data:`DEFAULT_LANE_TITLE` in the reader's language."""
    return translate("Load", DEFAULT_LANE_TITLE)


UNTITLED = "(untitled)"
"""The title of a record whose file gives none."""
_SPACE = re.compile(r"\s")


MISSING_START = QT_TRANSLATE_NOOP("Load", "missing start date")
ERA_NEEDS_END = QT_TRANSLATE_NOOP("Load", "an era needs an end date")
"""Reasons every importer gives (translate them where they are given)."""

#: Records without a source named in the load's warning (the rest are counted).
NAMED_UNSOURCED = 5


@dataclass(slots=True)
class Draft:
    """One record read from a file, not yet validated (mutable, for importers only).

    ``index`` (0-based, in the array ``collection``) or ``line`` (1-based, CSV) says where
    it came from. ``id`` is the file's own id, if any. ``errors`` and ``warnings`` are
    (field, reason) pairs; a draft with errors does not become a record. ``sources`` grow
    through :meth:`add_source` only (which keeps each URL once).
    """

    index: int | None = None
    line: int | None = None
    collection: str = ""
    id: str | None = None
    start_unknown: bool = False
    """The file left the start empty where that means unknown, as ``null`` does in our
    format (a plain CSV cell): the record loads undated, or drawn from its end alone, where
    it was refused and lost (a new user's finding)."""
    id_left_empty: bool = False
    """The file has ids but left this one's empty: the id made from the title is named in
    a warning (where a format has no ids, as a CSV file without an ``id`` column, it is
    not)."""
    kind: Kind = "event"
    title: str = ""
    start: EdtfDate | None = None
    end: EdtfDate | None = None
    open_end: bool = False
    lane: str | None = None
    status: str = ""
    place: Place | None = None
    people: tuple[Person, ...] = ()
    summary: str = ""
    display_date: str = ""
    related: tuple[str, ...] = ()
    sources: list[Source] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    _source_urls: set[str] = field(default_factory=set, repr=False)
    """The URLs of ``sources``, so that each added one is a single look-up (a cell of
    100,000 URLs was a quadratic scan)."""

    # The fields of our format that no importer fills, as constants of the class: a Draft
    # reads as a record of our format, which :func:`viewer.core.loading.record_of` builds.
    session: ClassVar[None] = None
    inferred: ClassVar[tuple[str, ...]] = ()
    facts: ClassVar[tuple[()]] = ()
    disputes: ClassVar[tuple[()]] = ()
    how_ended: ClassVar[str] = ""
    end_reason: ClassVar[str] = ""
    field_sources: ClassVar[None] = None
    from_record: ClassVar[str] = ""
    to_record: ClassVar[str] = ""
    about: ClassVar[tuple[str, ...]] = ()
    publisher: ClassVar[str] = ""
    url: ClassVar[str] = ""
    notes: ClassVar[str] = ""

    def error(self, field_name: str, reason: str) -> None:
        """Note an error: the draft will be reported and left out."""
        self.errors.append((field_name, reason))

    def warn(self, field_name: str, reason: str) -> None:
        """Note a warning: reported, the record still loads."""
        self.warnings.append((field_name, reason))

    def warn_once(self, field_name: str, reason: str) -> None:
        """:meth:`warn`, unless *field_name* is warned of already (a title of the wrong
        type, read as empty, needs no second word that it is empty)."""
        if all(name != field_name for name, _ in self.warnings):
            self.warn(field_name, reason)

    def add_source(self, url: str, field_name: str, title: str = "", publisher: str = "") -> None:
        """Keep *url* as a source when it is an http(s) URL, else warn and drop it.

        A URL without a scheme (``//example.org/a``, as web pages write links that follow
        the page's own) is read as https.
        """
        url = url.strip()
        if not url:
            return
        if url.startswith("//"):
            url = "https:" + url
        if not is_web_url(url):
            self.warn(
                field_name,
                translate("Load", "{url} is not an http(s) URL; not kept as a source").format(
                    url=repr(_short(url))
                ),
            )
            return
        if url not in self._source_urls:
            self._source_urls.add(url)
            self.sources.append(Source(url, title, publisher))

    def set_dates(
        self,
        start_text: str,
        end_text: str,
        start_field: str,
        end_field: str,
        date_format: str | None,
    ) -> None:
        """Parse a start and an end typed as text (see :func:`parse_date_input`).

        The start may be a whole EDTF interval (``1923/1938``, ``1923/..``) when the end is
        empty; an end of ``..`` means still running. An empty start is unknown
        (:attr:`start_unknown`), as ``null`` is in our format, and so is the unknown or
        open start of an interval (``/1930``, ``../1930``). A bad start, a bad end or an
        end before the start are errors.
        """
        start_text, end_text = start_text.strip(), end_text.strip()
        try:
            if not start_text:
                self.start_unknown = True
            elif "/" in start_text and _is_interval(start_text):
                if end_text:
                    self.error(
                        start_field, translate("Load", "an interval here and an end date as well")
                    )
                    return
                interval = parse_interval(start_text)
                # "/1930" (EDTF's unknown start) or "../1930" (open) is an unknown start,
                # as an empty cell is (it was refused where the empty cell loaded: a trial)
                self.start_unknown = interval.start is None
                self.start, self.end = interval.start, interval.end
                self.open_end = interval.open_end
                return
            else:
                self.start = parse_date_input(start_text, date_format)
        except DateError as exc:
            self.error(start_field, str(exc))
            return
        if end_text == "..":
            self.open_end = True
        elif end_text:
            try:
                self.end = parse_date_input(end_text, date_format)
            except DateError as exc:
                self.error(end_field, str(exc))
                return
        self.check_order(end_field)

    def check_order(self, end_field: str) -> None:
        """Error when the end is before the start."""
        if (
            self.start is not None
            and self.end is not None
            and self.end.last_day < self.start.first_day
        ):
            self.error(
                end_field,
                translate("Load", "end {end} is before start {start}").format(
                    end=self.end.text, start=self.start.text
                ),
            )


def _is_interval(text: str) -> bool:
    """Whether *text* is meant as an EDTF interval rather than a slash date."""
    left, _, right = text.partition("/")
    sides = [s.strip() for s in (left, right)]
    return all(s in ("", "..") or re.match(r"^-?\d{4}|^Y|^-?\d{2,3}X", s) for s in sides)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


PLAIN_WEB_URL = re.compile(r"(?i:https?)://[A-Za-z0-9.-]+(?:[/?#]\S*)?")
"""The common case of :func:`is_web_url`, true without :func:`urlsplit`: an http(s) URL
whose host is plain ASCII letters, digits, dots and dashes (no user, port or brackets),
without spaces. ``urlsplit`` gives such a URL that scheme and a non-empty host."""


def is_web_url(url: str) -> bool:
    """Whether *url* is an absolute http(s) URL with a host and no spaces."""
    if PLAIN_WEB_URL.fullmatch(url):
        return True  # a fifth of the time of the general test below
    if _SPACE.search(url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host)


def slug(text: str, fallback: str = "record") -> str:
    """An id-like form of *text*: ``Ada Lovelace`` is ``ada-lovelace`` (at most 40
    characters; *fallback* when nothing is left)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40].strip("-")
    return out or fallback


def unique(base: str, taken: set[str], last: dict[str, int] | None = None) -> str:
    """*base*, or *base* with ``-2``, ``-3``... so that it is not in *taken*; adds it.

    *last*, kept by the caller across calls, remembers the last number given to each base,
    so that the 10,000th record titled "x" costs one look-up, not 10,000 (a file of many
    untitled rows took minutes).
    """
    n = 1 if last is None else last.get(base, 1)
    name = base if n == 1 else f"{base}-{n}"
    while name in taken:
        n += 1
        name = f"{base}-{n}"
    if last is not None:
        last[base] = n
    taken.add(name)
    return name


LIST_ITEM = "\x1f"
"""Before each item of a cell that came from a list column (a Parquet or Arrow table's;
:data:`viewer.core.importers.arrow_text.LIST_ITEM`): such a cell is split there only."""


def split_list(text: str, separators: str = ";") -> tuple[str, ...]:
    """Non-empty items of *text* split on any of *separators* (``"ws"`` adds whitespace),
    each stripped; a cell that begins with :data:`LIST_ITEM` (a list column's) is split at
    that mark only, each item whole."""
    if not text:
        return ()
    if text[0] == LIST_ITEM:
        return tuple(item.strip() for item in text.split(LIST_ITEM) if item.strip())
    return tuple(item.strip() for item in _splitter(separators).split(text) if item.strip())


@lru_cache(maxsize=8)
def _splitter(separators: str) -> re.Pattern[str]:
    chars = re.escape(separators.replace("ws", "")) + ("\\s" if "ws" in separators else "")
    return re.compile(f"[{chars}]+")


def assemble(
    drafts: list[Draft],
    lanes: list[Lane],
    *,
    file: str,
    title: str,
    description: str = "",
    problems: list[Problem] | None = None,
    progress: Progress | None = None,
    fmt: str = "",
    as_of: EdtfDate | None = None,
    lanes_from_records: bool = False,
) -> LoadResult:
    """Validate *drafts* and build the :class:`LoadResult`.

    Parameters
    ----------
    drafts : list of Draft
        In file order.
    lanes : list of Lane
        In drawing order; a draft whose lane is not among them is an error.
    file, title, description : str
        Name of the file in messages; the dataset's title and description.
    problems : list of Problem, optional
        File-level problems found by the importer, reported first.
    progress : callable, optional
        Called with (drafts done, total); may raise ``LoadCancelled``.
    fmt : str
        Name of the format, kept in the result.
    as_of : EdtfDate, optional
        The day records that are still running are drawn up to.
    lanes_from_records : bool
        Whether the *lanes* are those the records name (a CSV's lane column, TimelineJS
        groups), not lanes the file declares: then a lane no record kept is in is left out.
    """
    assembly = Assembly(file, tuple(lanes), list(problems or []), len(drafts), progress)
    kept = accept_drafts(assembly, drafts, [d.id for d in drafts])
    unsourced = [r.id for _, r in kept if not r.sources and r.kind not in kinds.CONTEXT_KINDS]
    warn_unsourced(assembly, len(unsourced), unsourced[:NAMED_UNSOURCED])
    if lanes_from_records:  # a lane of refused records alone was drawn, empty
        used = {record.lane for record in assembly.records}
        assembly.lanes = tuple(lane for lane in assembly.lanes if lane.id in used)
    return assembly.result(title, description, as_of, fmt=fmt)


def accept_drafts(
    assembly: Assembly, drafts: Sequence[Draft], given: Iterable[str | None]
) -> list[tuple[int, Record]]:
    """Apply the rules of a load to *drafts* (in file order) in *assembly*: each draft's
    warnings and errors become problems, a repeated id or a draft with errors is refused,
    a draft without an id is given one made from its title, unique among *given* (every
    id the file gives, read only when such a draft comes; ``""`` and ``None``: none) and
    the ids made before it. Returns the index in *drafts* and the record of each draft
    kept (added to *assembly*), in order."""
    taken: set[str] | None = None
    last_number: dict[str, int] = {}
    kept: list[tuple[int, Record]] = []
    for n, d in enumerate(drafts):
        assembly.progress(n)
        for field_name, reason in d.warnings:
            assembly.problem("warning", d, d.id, field_name, reason)
        if d.id and assembly.is_duplicate(d.id, d):
            continue
        lane_error = assembly.unknown_lane(d.lane)
        if lane_error:
            d.error("lane", lane_error)
        if d.start is None and not d.start_unknown and not d.errors:
            d.error("start", translate("Load", MISSING_START))
        if d.errors:
            for field_name, reason in d.errors:
                assembly.problem("error", d, d.id, field_name, reason)
            continue
        if d.id:
            rid = d.id
        else:
            if taken is None:
                taken = {i for i in given if i}
            rid = unique(slug(d.title), taken, last_number)
        if d.id_left_empty:
            assembly.problem(
                "warning",
                d,
                rid,
                "id",
                #: A row of a table with ids whose id is empty; {id}: the id it is given.
                translate("Load", "no id; it is given the id {id}, made from its title").format(
                    id=shown(rid)
                )
                if d.title
                else translate("Load", "no id and no title; it is given the id {id}").format(
                    id=shown(rid)
                ),
            )
        try:
            record = record_of_draft(d, rid)
        except FieldError as exc:  # the importers check the order of dates themselves
            assembly.problem("error", d, d.id, exc.field, exc.message)
            continue
        assembly.add(record, d)
        kept.append((n, record))
    return kept


def record_of_draft(d: Draft, rid: str) -> Record:
    """The record of the draft *d*, which :func:`assemble` accepted, with the id *rid*
    (``(untitled)`` when it has no title).

    Raises
    ------
    FieldError
        An end before the start.
    """
    if not d.title or d.title.isspace():
        d.title = UNTITLED
    return record_of(d, rid, d.start, d.end, d.open_end, None, d.display_date)


def warn_unsourced(assembly: Assembly, count: int, named_ids: list[str]) -> None:
    """The load's one warning about *count* records (not eras) without a source, naming
    the first of them (*named_ids*, at most :data:`NAMED_UNSOURCED`); none when *count* is
    0."""
    if not count:
        return
    named = ", ".join(shown(rid) for rid in named_ids)
    rest = count - len(named_ids)
    if rest:
        named = translate("Load", "{records} and %Ln more", None, rest).format(records=named)
    assembly.problem(
        "warning",
        None,
        None,
        "sources",
        translate(
            "Load",
            '%Ln record(s) without a source URL (shown as "no source given"): {records}',
            None,
            count,
        ).format(records=named),
    )


class LaneSet:
    """Lanes named by a file (groups, tags), created in order of first use.

    *reserved* holds every name the file uses, so that lanes of our own
    (:meth:`add_special`) never take the id of one of the file's lanes.
    """

    def __init__(self, reserved: set[str] | None = None) -> None:
        self._lanes: dict[str, Lane] = {}
        self._taken: set[str] = set(reserved or ())

    def lane_for(self, name: str, title: str | None = None) -> str:
        """The lane id for *name*, creating the lane (titled *title* or *name*)."""
        if name not in self._lanes:
            self._taken.add(name)
            self._lanes[name] = Lane(name, title or name)
        return self._lanes[name].id

    def add_special(self, base: str, title: str) -> str:
        """A lane of our own (eras, ungrouped records) whose id differs from every name
        the file uses; returns its id."""
        lane_id = unique(base, self._taken)
        self._lanes[f"\0{lane_id}"] = Lane(lane_id, title)
        return lane_id

    def lanes(self, first: tuple[str, ...] = ()) -> list[Lane]:
        """The lanes: those with ids in *first* first, then the file's lanes in order of
        creation, then our own (see :meth:`add_special`). Linear in the lanes (*first* is
        looked up as a set: 100,000 vis-timeline groups were a quadratic scan)."""
        first_ids = frozenset(first)
        head = [lane for lane in self._lanes.values() if lane.id in first_ids]
        named = [
            lane
            for key, lane in self._lanes.items()
            if not key.startswith("\0") and lane.id not in first_ids
        ]
        special = [
            lane
            for key, lane in self._lanes.items()
            if key.startswith("\0") and lane.id not in first_ids
        ]
        return head + named + special
