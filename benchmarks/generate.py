"""Synthetic timeline records for the benchmarks, in this viewer's JSON format or Parquet.

Usage: python benchmarks/generate.py N [N ...] [--out DIR] [--seed S] [--format parquet]

Writes ``DIR/synthetic-N.json`` (default DIR: ``$TMPDIR/timeline-viewer-bench``) for each
N, valid against ``data/timeline.schema.json``; with ``--format parquet``, the same records
as ``DIR/synthetic-N.parquet`` in the plain CSV columns (``id``, ``title``, ``start``,
``end``, ``lane`` (its title), ``kind``, ``status``, ``city``, ``country``, ``people`` and
``sources`` as lists of strings); what those columns cannot hold (session numbers,
``from_record``, ``about``...) is left out. The records imitate a large archive of an
institution's history from 1800 to 2025, with more records in recent years:

- 30 % sessions (points in the Conferences lane; some announced, scheduled, with an
  inferred year or an unknown host city);
- 35 % events without an end (points in the Missions, Conflicts and Reports lanes);
- 20 % events with an end (bars; lengths log-normal, median about a month, up to 40
  years; Conflicts, Missions and Treaties lanes);
- 6 % presidencies and 4 % secretaries general (bars of 1 to 15 years, with a person;
  some acting or not recognised);
- 2 % handovers between consecutive sessions, 1 % articles (not drawn) and a few
  periods without a session (bands).

80 % of dates are days, 12 % months and 8 % years; 3 % are approximate (``~``). Titles
are 15 to 80 characters. The output depends only on N and the seed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from viewer.core.dates import civil_from_days, days_from_civil  # noqa: E402

SIZES = (1_000, 10_000, 100_000, 1_000_000)
"""The sizes the issue asks for."""
GENERATOR_VERSION = 1
"""Bumped when the output changes, so that cached files are written again."""

LANES = (
    ("conferences", "Conferences"),
    ("leaders", "Presidents"),
    ("secretariat", "Secretaries General"),
    ("treaties", "Treaties and agreements"),
    ("conflicts", "Conflicts and crises"),
    ("missions", "Missions"),
    ("reports", "Reports"),
    ("handovers", "Handovers"),
)

FIRST_DAY = days_from_civil(1800, 1, 1)
LAST_DAY = days_from_civil(2025, 12, 31)

_CITIES = (
    ("Vienna", "Austria"),
    ("Berlin", "Germany"),
    ("Paris", "France"),
    ("Rome", "Italy"),
    ("Oslo", "Norway"),
    ("Mexico City", "Mexico"),
    ("Lyon", "France"),
    ("Rio de Janeiro", "Brazil"),
    ("Nairobi", "Kenya"),
    ("Kuala Lumpur", "Malaysia"),
    ("Marrakech", "Morocco"),
    ("Hong Kong", "China"),
    ("Buenos Aires", "Argentina"),
    ("Santiago", "Chile"),
    ("Abu Dhabi", "United Arab Emirates"),
    ("New Delhi", "India"),
    ("Hanoi", "Viet Nam"),
    ("Cape Town", "South Africa"),
    ("Ottawa", "Canada"),
    ("Canberra", "Australia"),
    ("Reykjavík", "Iceland"),
    ("Kraków", "Poland"),
    ("São Paulo", "Brazil"),
    ("Seoul", "Korea"),
)
_TOPICS = (
    "maritime safety",
    "public health",
    "telegraph standards",
    "postal rates",
    "refugee protection",
    "customs cooperation",
    "narcotics control",
    "civil aviation",
    "weights and measures",
    "labour standards",
    "child protection",
    "cybercrime",
    "stolen works of art",
    "counterfeit currency",
    "disaster relief",
    "fisheries",
    "the rights of minorities",
    "railway gauges",
    "radio frequencies",
    "trade statistics",
)
_GIVEN = (
    "Anna",
    "Jean",
    "Karl",
    "Maria",
    "Li",
    "Ahmed",
    "Olga",
    "Pedro",
    "Fatima",
    "John",
    "Yuki",
    "Ngozi",
    "Lars",
    "Carmen",
    "Ivan",
    "Mireille",
    "Jürgen",
    "Ayşe",
    "Kwame",
    "Ana",
)
_FAMILY = (
    "Schober",
    "Dupont",
    "Müller",
    "Rossi",
    "Nakamura",
    "Okafor",
    "Svensson",
    "García",
    "Kowalski",
    "Al-Rashid",
    "Nguyen",
    "Silva",
    "Petrov",
    "O'Brien",
    "Haddad",
    "Larsen",
    "Fernández de la Cruz",
    "Mbeki",
    "Chen",
    "Van der Berg",
)
_ACTIONS = (
    "Mission to",
    "Inquiry in",
    "Observer team in",
    "Relief operation in",
    "Technical assistance to",
    "Liaison office in",
)
_CRISES = ("Crisis", "Dispute", "Conflict", "Blockade", "Emergency", "Famine")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class _Dates:
    """Random EDTF dates at mixed precision, weighted towards recent years."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def day(self) -> int:
        """A day number in [FIRST_DAY, LAST_DAY], later days more likely."""
        return FIRST_DAY + int((LAST_DAY - FIRST_DAY) * self.rng.random() ** 0.6)

    def precision(self) -> str:
        u = self.rng.random()
        return "day" if u < 0.80 else "month" if u < 0.92 else "year"

    @staticmethod
    def text(days: int, precision: str, approximate: bool = False) -> str:
        y, m, d = civil_from_days(days)
        text = (
            f"{y:04d}-{m:02d}-{d:02d}"
            if precision == "day"
            else f"{y:04d}-{m:02d}"
            if precision == "month"
            else f"{y:04d}"
        )
        return text + ("~" if approximate else "")

    def span(self, start: int, length_days: int) -> tuple[str, str]:
        """(start, end) EDTF strings of one precision with end not before start."""
        precision = self.precision()
        approximate = self.rng.random() < 0.03
        end = min(start + max(length_days, 0), LAST_DAY)
        return self.text(start, precision, approximate), self.text(end, precision)


def generate_document(n: int, seed: int = 0) -> dict[str, Any]:
    """A timeline document of *n* records (a dict in the JSON format, not yet written).

    Raises
    ------
    ValueError
        When *n* is below 20 (too few for every kind of record).
    """
    if n < 20:
        raise ValueError(f"n must be at least 20, got {n}")
    rng = random.Random(seed)
    dates = _Dates(rng)
    counts = {
        "session": int(n * 0.30),
        "presidency": int(n * 0.06),
        "secretary_general": int(n * 0.04),
        "handover": int(n * 0.02),
        "article": int(n * 0.01),
        "no_session": max(2, min(40, n // 2000)),
    }
    counts["span_event"] = int(n * 0.20)
    counts["point_event"] = n - sum(counts.values())
    records: list[dict[str, Any]] = []

    session_days = sorted(dates.day() for _ in range(counts["session"]))
    sessions: list[dict[str, Any]] = []
    for number, day in enumerate(session_days, start=1):
        city, country = rng.choice(_CITIES)
        u = rng.random()
        rec: dict[str, Any] = {
            "id": f"session-{number}",
            "kind": "session",
            "lane": "conferences",
            "session": number,
            "title": f"{_ordinal(number)} General Conference on {rng.choice(_TOPICS)}, {city}",
            "status": "announced" if u < 0.01 else "scheduled" if u < 0.02 else "held",
            "place": {"city": None if u > 0.97 else city, "country": country},
        }
        precision = dates.precision()
        rec["start"] = dates.text(day, precision)
        if precision == "day" and rng.random() < 0.7:
            rec["end"] = dates.text(day + rng.randint(1, 5), "day")
        if rng.random() < 0.04:
            rec["start"] = dates.text(day, "year")
            rec.pop("end", None)
            rec["inferred"] = ["start"]
        sessions.append(rec)
    records += sessions

    for kind, lane, role, count in (
        ("presidency", "leaders", "President", counts["presidency"]),
        ("secretary_general", "secretariat", "Secretary General", counts["secretary_general"]),
    ):
        for k in range(count):
            name = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
            start, end = dates.span(dates.day(), int(365 * rng.uniform(1, 15)))
            u = rng.random()
            rec = {
                "id": f"{kind}-{k + 1}",
                "kind": kind,
                "lane": lane,
                "title": f"{role} {name}",
                "start": start,
                "end": end,
                "status": "acting" if u < 0.05 else "not_recognised" if u < 0.07 else "official",
                "people": [{"name": name, "role": role}],
            }
            if u > 0.995:
                rec["end"] = None
            records.append(rec)

    for k in range(counts["span_event"]):
        lane = rng.choice(("conflicts", "missions", "treaties"))
        city, country = rng.choice(_CITIES)
        length = int(min(rng.lognormvariate(3.4, 1.6), 40 * 365))
        start, end = dates.span(dates.day(), length)
        title = (
            f"{rng.choice(_ACTIONS)} {country}"
            if lane == "missions"
            else f"Treaty of {city} on {rng.choice(_TOPICS)}"
            if lane == "treaties"
            else f"{country} {rng.choice(_CRISES)}"
        )
        records.append(
            {
                "id": f"span-{k + 1}",
                "kind": "event",
                "lane": lane,
                "title": title,
                "start": start,
                "end": end,
                "place": {"city": city, "country": country},
            }
        )

    for k in range(counts["point_event"]):
        lane = rng.choice(("missions", "conflicts", "reports", "reports"))
        day = dates.day()
        topic = rng.choice(_TOPICS)
        title = (
            f"Report on {topic} ({civil_from_days(day)[0]})"
            if lane == "reports"
            else f"{rng.choice(_CRISES)} declared in {rng.choice(_CITIES)[1]}"
        )
        records.append(
            {
                "id": f"event-{k + 1}",
                "kind": "event",
                "lane": lane,
                "title": title,
                "start": dates.text(day, dates.precision(), rng.random() < 0.03),
            }
        )

    for k in range(counts["handover"]):
        i = rng.randrange(len(sessions) - 1)
        a, b = sessions[i], sessions[i + 1]
        records.append(
            {
                "id": f"handover-{k + 1}",
                "kind": "handover",
                "lane": "handovers",
                "title": f"Flag handover: {a['title']} to {b['title']}",
                "start": a.get("end", a["start"]),
                "from_record": a["id"],
                "to_record": b["id"],
            }
        )

    for k in range(counts["no_session"]):
        start, end = dates.span(dates.day(), rng.randint(365, 3 * 365))
        records.append(
            {
                "id": f"gap-{k + 1}",
                "kind": "no_session",
                "lane": "conferences",
                "title": "No session held",
                "start": start,
                "end": end,
                "status": "no_session",
            }
        )

    for k in range(counts["article"]):
        about = rng.choice(sessions)["id"]
        records.append(
            {
                "id": f"article-{k + 1}",
                "kind": "article",
                "title": "Press article",
                "start": dates.text(dates.day(), "day"),
                "about": [about],
                "status": "published",
                "publisher": "The Example Gazette",
            }
        )

    for number, rec in enumerate(records):
        rec["sources"] = [f"https://archive.example.org/records/{number}"]
    rng.shuffle(records)
    return {
        "format": "timeline-viewer/1",
        "title": f"Synthetic archive of {n:,} records",
        "as_of": "2025-12-31",
        "lanes": [{"id": i, "title": t} for i, t in LANES],
        "records": records,
    }


def default_dir() -> Path:
    """Where generated files are cached: ``$TMPDIR/timeline-viewer-bench``."""
    return Path(tempfile.gettempdir()) / "timeline-viewer-bench"


def dataset_path(n: int, seed: int = 0, folder: Path | None = None) -> Path:
    """Path of the file of *n* records, written first if missing or from an older generator."""
    folder = folder or default_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"synthetic-{n}-s{seed}-v{GENERATOR_VERSION}.json"
    if not path.exists():
        tmp = path.with_suffix(".part")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(generate_document(n, seed), fh, ensure_ascii=False, separators=(",", ":"))
        tmp.replace(path)
    return path


PARQUET_PART = 1_000_000
"""Above this many records, a Parquet file is written a part of this size at a time."""


def parquet_path(n: int, seed: int = 0, folder: Path | None = None) -> Path:
    """Path of the Parquet file of the records of :func:`dataset_path` (*n*, *seed*),
    written first if missing or from an older generator. Above :data:`PARQUET_PART`
    records (ten million take about 8 GB as dicts), the file is written in parts of that
    size, part *k* generated with the seed ``seed + k`` and its ids prefixed ``pK-``, so
    that memory stays that of one part; its records are of the same kinds and mix."""
    import pyarrow.parquet as pq

    folder = folder or default_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"synthetic-{n}-s{seed}-v{GENERATOR_VERSION}.parquet"
    if path.exists():
        return path
    tmp = path.with_suffix(".part")
    if n <= PARQUET_PART:
        pq.write_table(_parquet_part(n, seed, ""), tmp)
    else:
        sizes = [PARQUET_PART] * (n // PARQUET_PART)
        rest = n % PARQUET_PART
        if rest >= 20:
            sizes.append(rest)
        elif rest:  # too few to generate: they join the last part
            sizes[-1] += rest
        writer = None
        for k, size in enumerate(sizes):
            part = _parquet_part(size, seed + k, f"p{k}-")
            writer = writer or pq.ParquetWriter(tmp, part.schema)
            writer.write_table(part)
        assert writer is not None
        writer.close()
    tmp.replace(path)
    return path


def _parquet_part(n: int, seed: int, prefix: str) -> Any:
    """The records of :func:`generate_document` (*n*, *seed*) as a pyarrow table in the
    plain CSV columns, each id prefixed *prefix*."""
    import pyarrow as pa

    records = generate_document(n, seed)["records"]
    lane_titles = dict(LANES)

    def place(rec: dict[str, Any], key: str) -> str | None:
        return (rec.get("place") or {}).get(key)

    columns: dict[str, list[Any]] = {
        "id": [prefix + r["id"] for r in records],
        "title": [r["title"] for r in records],
        "start": [r["start"] for r in records],
        "end": [r.get("end") for r in records],
        "lane": [lane_titles.get(r.get("lane", "")) for r in records],
        "kind": [r["kind"] for r in records],
        "status": [r.get("status") for r in records],
        "city": [place(r, "city") for r in records],
        "country": [place(r, "country") for r in records],
        "people": [[p["name"] for p in r.get("people", ())] for r in records],
        "sources": [r["sources"] for r in records],
    }
    del records
    schema = pa.schema(
        [
            (name, pa.list_(pa.string()) if name in ("people", "sources") else pa.string())
            for name in columns
        ]
    )
    return pa.table(columns, schema=schema)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=list(SIZES))
    parser.add_argument("--out", type=Path, default=None, help="folder (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--format",
        choices=("json", "parquet"),
        default="json",
        help="file format (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    write = parquet_path if args.format == "parquet" else dataset_path
    for n in args.sizes:
        print(write(n, args.seed, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
