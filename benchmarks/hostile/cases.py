"""The hostile inputs: each case writes one file (or special file) into a folder.

A :class:`Case` names its input, the format it pretends to be, its size class (``fast``: run
on every CI run, small and quick to write; ``full``: big files or slow runs, for
``--full`` only) and what ``validate`` should answer (:data:`EXPECTED_EXIT`). ``records``
and ``export`` use the valid records of a file with bad ones, so for them only "handled" is
expected (see ``runner``). Everything is deterministic: the same call writes the same bytes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

EXPECTED_EXIT = {"ok": 0, "data": 1, "unreadable": 2, "refused": 2}
"""What ``validate`` exits with for each expected outcome: ``ok`` loads (warnings allowed),
``data`` reports bad records (the good ones still load), ``unreadable`` cannot be read or parsed
at all, ``refused`` is over one of the viewer's stated limits (size, digits, nesting)."""

LONG_DIGITS = 5000
"""More digits than Python converts from text to int by default (4,300)."""

COST_BRANCHES = "fixed on branch cost-c/cost-g"


@dataclass(frozen=True)
class Case:
    """One hostile input.

    Attributes
    ----------
    name
        File-name stem, unique; also the case's id in tests and tables.
    fmt
        ``ours`` (this viewer's JSON), ``csv`` (plain CSV), ``tljs`` (TimelineJS JSON),
        ``tljs-csv`` (TimelineJS spreadsheet), ``vis`` (vis-timeline JSON) or ``any``.
    size
        ``fast`` or ``full``.
    expect
        A key of :data:`EXPECTED_EXIT`: what ``validate`` should answer.
    suffix
        The file name's ending, dot included (the format may lie about it on purpose).
    write
        ``write(path)`` creates the input at ``path``.
    ci_commands
        The commands the CI test runs on this input (the runner always runs all three).
    export_args
        Extra arguments for ``export``.
    export_suffix
        The exported file's ending (``.png``, ``.svg`` or ``.pdf``).
    note
        Why the case is here, in a few words.
    pending
        Non-empty when the case is known to fail on this branch and is being fixed elsewhere.
    """

    name: str
    fmt: str
    size: str
    expect: str
    suffix: str
    write: Callable[[Path], None]
    ci_commands: tuple[str, ...] = ("validate",)
    export_args: tuple[str, ...] = ()
    export_suffix: str = ".png"
    note: str = ""
    pending: str = ""
    root_skips: bool = field(default=False)
    """True when the case means nothing to root (permission checks do not apply)."""

    def path(self, folder: Path) -> Path:
        """The input's path in ``folder``."""
        return folder / f"{self.name}{self.suffix}"


# --- building blocks: one valid record in each format -------------------------------------

SOURCE = "https://example.org/hostile"


def ours(records: list[dict], lanes: list[dict] | None = None, **top: object) -> dict:
    """A document in this viewer's format around ``records`` (lane ``a`` unless given)."""
    doc: dict = {
        "format": "timeline-viewer/1",
        "title": "Hostile corpus",
        "lanes": lanes if lanes is not None else [{"id": "a", "title": "A"}],
        "records": records,
    }
    doc.update(top)
    return doc


def our_record(rid: str = "r1", **fields: object) -> dict:
    """A valid record of this viewer's format, with ``fields`` replacing its defaults."""
    record: dict = {
        "id": rid,
        "kind": "event",
        "lane": "a",
        "title": "A record",
        "start": "1923",
        "sources": [SOURCE],
    }
    record.update(fields)
    return record


def tljs(events: list[dict], **top: object) -> dict:
    """A TimelineJS document around ``events``."""
    doc: dict = {"events": events}
    doc.update(top)
    return doc


def tljs_event(uid: object = "e1", year: object = "1923", **fields: object) -> dict:
    """A valid TimelineJS event."""
    event: dict = {"unique_id": uid, "start_date": {"year": year}, "text": {"headline": "An event"}}
    event.update(fields)
    return event


def vis(items: list[dict], groups: list[dict] | None = None) -> dict:
    """A vis-timeline document (``{"items", "groups"}``)."""
    doc: dict = {"items": items}
    if groups is not None:
        doc["groups"] = groups
    return doc


def vis_item(iid: object = "i1", start: object = "1923-01-01", **fields: object) -> dict:
    """A valid vis-timeline item."""
    item: dict = {"id": iid, "start": start, "content": "An item"}
    item.update(fields)
    return item


CSV_HEADER = "id,title,start,end,summary,sources\n"
CSV_ROW = f"r1,A row,1923,,,{SOURCE}\n"


# --- writers ------------------------------------------------------------------------------


def text(content: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    """A writer of ``content`` in ``encoding`` (no newline translation)."""

    def write(path: Path) -> None:
        path.write_bytes(content.encode(encoding))

    return write


def raw(content: bytes) -> Callable[[Path], None]:
    """A writer of exact bytes."""

    def write(path: Path) -> None:
        path.write_bytes(content)

    return write


def as_json(
    doc: object, replace: tuple[str, str] | None = None, ascii_only: bool = False
) -> Callable[[Path], None]:
    """A writer of ``doc`` as JSON in UTF-8; ``replace`` swaps a marker string for raw JSON
    text (for numbers and nesting that Python's ``json`` would not write itself);
    ``ascii_only`` writes other characters as ``\\u`` escapes."""

    def write(path: Path) -> None:
        content = json.dumps(doc, ensure_ascii=ascii_only)
        if replace is not None:
            content = content.replace(json.dumps(replace[0]), replace[1])
        path.write_bytes(content.encode("utf-8"))

    return write


def chunks(parts: Callable[[], Iterator[bytes]]) -> Callable[[Path], None]:
    """A writer of a big file from a generator of byte chunks."""

    def write(path: Path) -> None:
        with open(path, "wb") as out:
            for part in parts():
                out.write(part)

    return write


def sparse(size: int, head: bytes) -> Callable[[Path], None]:
    """A writer of ``head`` followed by a hole up to ``size`` bytes (no disk used)."""

    def write(path: Path) -> None:
        with open(path, "wb") as out:
            out.write(head)
            out.truncate(size)

    return write


def symlink(target: str) -> Callable[[Path], None]:
    """A writer of a symbolic link to ``target``."""

    def write(path: Path) -> None:
        path.symlink_to(target)

    return write


def fifo(path: Path) -> None:
    """Create a named pipe with no writer (reading it would wait forever)."""
    os.mkfifo(path)


def directory(path: Path) -> None:
    """Create a directory where a file is expected."""
    path.mkdir()


def unreadable(path: Path) -> None:
    """Create a valid file without read permission."""
    path.write_text(CSV_HEADER + CSV_ROW, encoding="utf-8")
    path.chmod(0)


MARK = "@@HOSTILE@@"
"""Stands for raw JSON text in :func:`as_json` documents."""

BIG = "1" * LONG_DIGITS
LONG_YEAR = "Y" + "1" * LONG_DIGITS
NESTED = "[" * 100_000 + "]" * 100_000
MARKUP = '<img src="file:///etc/hostname">'
BIDI = "".join(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def _newlines(total: int) -> Callable[[], Iterator[bytes]]:
    def parts() -> Iterator[bytes]:
        yield CSV_HEADER.encode()
        block = b"\n" * (64 << 20)
        left = total
        while left > 0:
            yield block[:left]
            left -= len(block)
        yield CSV_ROW.encode()

    return parts


def _empty_records(count: int) -> Callable[[], Iterator[bytes]]:
    def parts() -> Iterator[bytes]:
        yield b'{"format": "timeline-viewer/1", "title": "Empty records", '
        yield b'"lanes": [{"id": "a", "title": "A"}], "records": ['
        yield b",".join([b"{}"] * count)
        yield b"]}"

    return parts


def _lanes(count: int, used: int) -> dict:
    lanes = [{"id": f"lane-{i}", "title": f"Lane {i}"} for i in range(count)]
    records = [
        our_record(f"r{i}", lane=f"lane-{i}", start=str(1900 + i % 100)) for i in range(used)
    ]
    return ours(records, lanes)


def parquet(columns: Callable[[], dict[str, object]]) -> Callable[[Path], None]:
    """A Parquet file of the table *columns* () gives (pyarrow infers the types)."""

    def write(path: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table(columns()), path)

    return write


def _plain_rows(n: int, **changes: Callable[[int], object]) -> Callable[[], dict[str, object]]:
    """*n* plain rows (the fast path's), a column changed by a function of the row."""

    def columns() -> dict[str, object]:
        base: dict[str, Callable[[int], object]] = {
            "id": lambda i: f"r{i}",
            "title": lambda i: f"Row {i}",
            "start": lambda i: f"{1900 + i % 100}-0{1 + i % 9}",
            "lane": lambda i: "A",
            "sources": lambda i: [SOURCE],
        }
        base.update(changes)
        return {key: [make(i) for i in range(n)] for key, make in base.items()}

    return columns


def _far_days(path: Path) -> None:
    """An Arrow IPC file whose dates lie beyond the years EDTF writes: 2**62 seconds and
    microseconds, the last and first date32 days, beside good rows."""
    import pyarrow as pa
    import pyarrow.feather as feather

    columns = _plain_rows(4)()
    for name, kind in (("start", pa.timestamp("s")), ("end", pa.timestamp("us", tz="UTC"))):
        columns[name] = pa.array([0, 2**62, -(2**62), None], kind)
    columns["display_date"] = pa.array([0, 2**31 - 1, -(2**31), None], pa.date32())
    feather.write_feather(pa.table(columns), str(path))


def _cases() -> list[Case]:
    c = Case
    good_csv = CSV_HEADER + CSV_ROW
    return [
        # numbers of more than 4,300 digits, in each JSON format
        c(
            "bignum-ours",
            "ours",
            "fast",
            "data",
            ".json",
            as_json(ours([our_record(session=MARK)]), (MARK, BIG)),
            note="5,000-digit integer in a record: its record refused",
        ),
        c(
            "bignum-ours-top",
            "ours",
            "fast",
            "refused",
            ".json",
            as_json(ours([our_record()], extra=MARK), (MARK, BIG)),
            note="5,000-digit integer outside the records",
        ),
        c(
            "bignum-tljs",
            "tljs",
            "fast",
            "refused",
            ".json",
            as_json(tljs([tljs_event(year=MARK)]), (MARK, BIG)),
        ),
        c(
            "bignum-vis",
            "vis",
            "fast",
            "refused",
            ".json",
            as_json(vis([vis_item(start=MARK)]), (MARK, BIG)),
        ),
        c(
            "bigfloat-vis",
            "vis",
            "fast",
            "data",
            ".json",
            as_json(vis([vis_item(start=MARK), vis_item("i2")]), (MARK, BIG + ".5")),
            note="5,000-digit float: infinity milliseconds",
        ),
        # Y-years of more than 4,300 digits, in each format
        c(
            "longyear-ours",
            "ours",
            "fast",
            "data",
            ".json",
            as_json(ours([our_record(start=LONG_YEAR), our_record("r2")])),
        ),
        c(
            "longyear-csv",
            "csv",
            "fast",
            "data",
            ".csv",
            text(CSV_HEADER + f"r0,Long,{LONG_YEAR},,,{SOURCE}\n" + CSV_ROW),
        ),
        c(
            "longyear-tljs",
            "tljs",
            "fast",
            "data",
            ".json",
            as_json(tljs([tljs_event(year=LONG_YEAR), tljs_event("e2")])),
        ),
        c(
            "longyear-tljs-csv",
            "tljs-csv",
            "fast",
            "data",
            ".csv",
            text(f"Year,Headline\n{LONG_YEAR},Long\n1923,Short\n"),
        ),
        c(
            "longyear-vis",
            "vis",
            "fast",
            "data",
            ".json",
            as_json(vis([vis_item(start=LONG_YEAR), vis_item("i2")])),
        ),
        c(
            "start-open-ours",
            "ours",
            "fast",
            "data",
            ".json",
            as_json(ours([our_record(start=".."), our_record("r2")])),
            note='"start": ".."',
        ),
        c(
            "edtf-odd-csv",
            "csv",
            "fast",
            "data",
            ".csv",
            text(
                "id,title,start\n"
                + "".join(
                    f"r{i},Odd,{d}\n"
                    for i, d in enumerate(
                        (
                            "Y1E99999999",
                            "1923/Y1E9999999",
                            "-Y99999999999999999",
                            "+275760-09-13",
                            "1923-01-01T00:00:00+99:99",
                            "9999-12-31T23:59:60Z",
                            "2001-99",
                            "1923~?%",
                        )
                    )
                )
                + "ok,Fine,1923\n"
            ),
            note="exponent years, JavaScript's extended years",
        ),
        c(
            "extreme-years-csv",
            "csv",
            "fast",
            "ok",
            ".csv",
            text(
                "id,title,start,end\nr1,Far,Y99999999999,\nr2,Near,1923,\n"
                "r3,Before,Y-99999999999,\nr4,All,-9999,Y99999999999\n"
            ),
            ci_commands=("validate", "export"),
            note="an axis of 200 billion years",
        ),
        c(
            "export-too-wide",
            "csv",
            "fast",
            "ok",
            ".csv",
            text(CSV_HEADER + CSV_ROW),
            ci_commands=("validate", "export"),
            export_args=("--width", "20000", "--scale", "8"),
            note="export refuses a 160,000-pixel image",
        ),
        # CSV
        c(
            "csv-newlines-1.2gb",
            "csv",
            "full",
            "ok",
            ".csv",
            chunks(_newlines(1_200_000_000)),
            note="1.2 GB of newlines around one row",
        ),
        c(
            "csv-unterminated-quote",
            "csv",
            "fast",
            "data",
            ".csv",
            text(
                CSV_HEADER
                + f'r0,"Never closed,1922,,,{SOURCE}\n'
                + CSV_ROW
                + f"r2,Later,1924,,,{SOURCE}\n"
            ),
            ci_commands=("validate", "records"),
        ),
        c(
            "csv-100k-columns",
            "csv",
            "full",
            "ok",
            ".csv",
            text(
                CSV_HEADER.rstrip("\n")
                + "".join(f",extra{i}" for i in range(100_000))
                + "\n"
                + CSV_ROW.rstrip("\n")
                + ",x" * 100_000
                + "\n"
            ),
            note="unknown columns",
        ),
        c(
            "csv-cell-200kb",
            "csv",
            "fast",
            "ok",
            ".csv",
            text(CSV_HEADER + f'r1,Big,1923,,"{"x" * 200_000}",{SOURCE}\n'),
        ),
        c(
            "csv-duplicate-columns",
            "csv",
            "fast",
            "ok",
            ".csv",
            text("id,title,start,title,date\n" + "r1,First,1923,Second,1924\n"),
        ),
        # trailing newlines in ids, dates and URLs
        c(
            "newline-id-ours",
            "ours",
            "fast",
            "data",
            ".json",
            as_json(ours([our_record("r1\n"), our_record("r2")])),
        ),
        c(
            "newline-date-ours",
            "ours",
            "fast",
            "data",
            ".json",
            as_json(ours([our_record(start="1923\n"), our_record("r2")])),
        ),
        c(
            "newline-url-ours",
            "ours",
            "fast",
            "data",
            ".json",
            as_json(ours([our_record(sources=[SOURCE + "\n"]), our_record("r2")])),
        ),
        c(
            "newline-fields-csv",
            "csv",
            "fast",
            "ok",
            ".csv",
            text(CSV_HEADER + f'"r0\n",A,"1922\n",,,"{SOURCE}\n"\n' + CSV_ROW),
        ),
        c(
            "newline-fields-vis",
            "vis",
            "fast",
            "ok",
            ".json",
            as_json(vis([vis_item("i0\n", "1923-01-01\n"), vis_item("i2")])),
            note="imported formats trim the text around values",
        ),
        c(
            "newline-fields-tljs",
            "tljs",
            "fast",
            "ok",
            ".json",
            as_json(tljs([tljs_event("e0\n", "1923\n"), tljs_event("e2")])),
        ),
        # digits that are not ASCII
        c(
            "digits-arabic-ours",
            "ours",
            "fast",
            "data",
            ".json",
            as_json(ours([our_record(start="١٩٢٣"), our_record("r2")])),
        ),
        c(
            "digits-fullwidth-csv",
            "csv",
            "fast",
            "data",
            ".csv",
            text(CSV_HEADER + f"r0,Wide,１９２３-０１,,,{SOURCE}\n" + CSV_ROW),
        ),
        c(
            "digits-arabic-vis",
            "vis",
            "fast",
            "data",
            ".json",
            as_json(vis([vis_item(start="١٩٢٣-٠١-٠١"), vis_item("i2")])),
        ),
        c(
            "digits-fullwidth-tljs",
            "tljs",
            "fast",
            "data",
            ".json",
            as_json(tljs([tljs_event(year="１９２３"), tljs_event("e2")])),
        ),
        # ids that are not strings
        c(
            "ids-objects-tljs",
            "tljs",
            "fast",
            "ok",
            ".json",
            as_json(
                tljs([tljs_event({"a": 1}), tljs_event(True), tljs_event(False), tljs_event(None)])
            ),
        ),
        c(
            "ids-objects-vis",
            "vis",
            "fast",
            "ok",
            ".json",
            as_json(
                vis(
                    [
                        vis_item({"a": [1]}, group={"g": 1}),
                        vis_item(True, group=False),
                        vis_item(False),
                        vis_item([1, 2]),
                    ]
                )
            ),
            ci_commands=("validate", "records"),
        ),
        # wrong-typed texts and types (a list as a type refused the whole file)
        c(
            "vis-types-and-contents",
            "vis",
            "fast",
            "ok",
            ".json",
            as_json(
                vis(
                    [
                        vis_item("a", type=["range"]),
                        vis_item("b", type={"t": 1}, content={"x": 1}),
                        vis_item("c", content=[1], title={"t": 1}),
                        vis_item("ok"),
                    ]
                )
            ),
            ci_commands=("validate", "records"),
        ),
        # vis times and JavaScript's extreme milliseconds
        c(
            "vis-time-25h",
            "vis",
            "fast",
            "data",
            ".json",
            as_json(vis([vis_item(start="1923-01-01T25:99:99Z"), vis_item("i2")])),
        ),
        c(
            "vis-ms-extremes",
            "vis",
            "fast",
            "data",
            ".json",
            as_json(
                vis(
                    [
                        vis_item("a", 8.64e15),
                        vis_item("b", -8.64e15),
                        vis_item("c", 8.64e15 + 1e3),
                        vis_item("d", -1e300),
                        vis_item("e", 1.7976931348623157e308),
                        vis_item("ok", 0),
                    ]
                )
            ),
        ),
        c(
            "vis-ms-inf-string",
            "vis",
            "fast",
            "data",
            ".json",
            as_json(vis([vis_item("a", "Infinity"), vis_item("b", "NaN"), vis_item("ok", 0)])),
        ),
        c(
            "vis-ms-nan-literal",
            "vis",
            "fast",
            "data",
            ".json",
            text(
                '{"items": [{"id": "a", "start": NaN}, {"id": "b", "start": Infinity}, '
                '{"id": "c", "start": 0}]}'
            ),
            note="NaN and Infinity: not JSON, but JavaScript writes them",
        ),
        # size limit
        c(
            "sparse-1.6gb",
            "ours",
            "full",
            "refused",
            ".json",
            sparse(1_600_000_000, b'{"records": ['),
            note="sparse file over 1.5 GB",
        ),
        # names and text that could be markup or reorder text
        c(
            "name-with\nnewline",
            "csv",
            "fast",
            "ok",
            ".csv",
            text(good_csv),
            ci_commands=("validate", "export"),
        ),
        c(
            "name-<b>markup<b>",
            "csv",
            "fast",
            "ok",
            ".csv",
            text(good_csv),
            ci_commands=("validate",),
        ),
        c(
            "markup-title-ours",
            "ours",
            "fast",
            "ok",
            ".json",
            as_json(
                ours(
                    [our_record(title=MARKUP, summary=MARKUP)],
                    [{"id": "a", "title": MARKUP}],
                    title=MARKUP,
                )
            ),
            ci_commands=("validate", "export"),
            export_suffix=".svg",
        ),
        c(
            "markup-kind-ours",
            "ours",
            "fast",
            "data",
            ".json",
            as_json(ours([our_record(kind=MARKUP), our_record("r2")])),
            note="this viewer's format has a fixed list of kinds",
        ),
        c(
            "markup-kind-csv",
            "csv",
            "fast",
            "ok",
            ".csv",
            text("id,title,kind,start,lane\n" + f'r1,"{MARKUP}","{MARKUP}",1923,"{MARKUP}"\n'),
            ci_commands=("validate", "records"),
        ),
        c(
            "markup-vis",
            "vis",
            "fast",
            "ok",
            ".json",
            as_json(vis([vis_item(content=MARKUP, group="g")], [{"id": "g", "content": MARKUP}])),
        ),
        c(
            "bidi-zero-width-ids",
            "ours",
            "fast",
            "data",
            ".json",
            as_json(
                ours(
                    [
                        our_record("r" + BIDI),
                        our_record("z" + ZERO_WIDTH),
                        our_record("t", title=BIDI + "evil"),
                    ]
                )
            ),
            ci_commands=("validate", "records", "export"),
        ),
        c(
            "bidi-zero-width-csv",
            "csv",
            "fast",
            "ok",
            ".csv",
            text(
                CSV_HEADER
                + f"r{BIDI},Bidi {BIDI},1923,,,{SOURCE}\n"
                + f"z{ZERO_WIDTH},Zero,1924,,,{SOURCE}\n"
            ),
        ),
        # cost grows with the data, not its shape (point 3 of the issue: other branches)
        c(
            "vis-100k-groups",
            "vis",
            "full",
            "ok",
            ".json",
            as_json(
                vis(
                    [vis_item(f"i{i}", group=f"g{i}") for i in range(0, 100_000, 1000)],
                    [{"id": f"g{i}", "content": f"G{i}"} for i in range(100_000)],
                )
            ),
            pending=COST_BRANCHES,
        ),
        c(
            "ours-100k-lanes",
            "ours",
            "full",
            "ok",
            ".json",
            as_json(_lanes(100_000, 100_000)),
            pending=COST_BRANCHES,
        ),
        c(
            "ours-1m-unused-lanes",
            "ours",
            "full",
            "ok",
            ".json",
            as_json(_lanes(1_000_000, 1)),
            pending=COST_BRANCHES,
        ),
        c(
            "title-50mb",
            "ours",
            "full",
            "ok",
            ".json",
            as_json(ours([our_record(title="T" * 50_000_000)])),
            pending=COST_BRANCHES,
        ),
        c(
            "facts-100k",
            "ours",
            "full",
            "ok",
            ".json",
            as_json(
                ours(
                    [
                        our_record(
                            facts=[
                                {"label": f"L{i}", "value": f"V{i}", "sources": [SOURCE]}
                                for i in range(100_000)
                            ]
                        )
                    ]
                )
            ),
            pending=COST_BRANCHES,
        ),
        c(
            "export-scale-8-tall",
            "ours",
            "full",
            "ok",
            ".json",
            as_json(_lanes(2000, 2000)),
            export_args=("--scale", "8"),
            pending=COST_BRANCHES,
        ),
        c(
            "ours-1m-empty-records",
            "ours",
            "full",
            "data",
            ".json",
            chunks(_empty_records(1_000_000)),
            pending=COST_BRANCHES,
        ),
        # nesting and huge strings
        c(
            "nested-ours",
            "ours",
            "fast",
            "refused",
            ".json",
            as_json(ours([our_record(summary=MARK)]), (MARK, NESTED)),
        ),
        c(
            "nested-tljs",
            "tljs",
            "fast",
            "refused",
            ".json",
            as_json(tljs([tljs_event(text=MARK)]), (MARK, NESTED)),
        ),
        c(
            "nested-vis",
            "vis",
            "fast",
            "refused",
            ".json",
            text(NESTED),
            note="an array of arrays 100,000 deep",
        ),
        c(
            "nested-objects",
            "any",
            "fast",
            "refused",
            ".json",
            text('{"a":' * 100_000 + "1" + "}" * 100_000),
        ),
        c(
            "string-5mb-ours",
            "ours",
            "fast",
            "ok",
            ".json",
            as_json(ours([our_record(summary="s" * 5_000_000, title="t" * 1_000_000)])),
        ),
        c(
            "string-200mb-csv",
            "csv",
            "full",
            "ok",
            ".csv",
            text(CSV_HEADER + f'r1,Big,1923,,"{"x" * 200_000_000}",{SOURCE}\n'),
        ),
        # special files
        c("dev-zero", "any", "fast", "unreadable", ".json", symlink("/dev/zero")),
        c("fifo", "any", "fast", "unreadable", ".csv", fifo),
        c("directory", "any", "fast", "unreadable", ".json", directory),
        c("empty-json", "ours", "fast", "unreadable", ".json", raw(b"")),
        c("empty-csv", "csv", "fast", "unreadable", ".csv", raw(b"")),
        c("no-read-permission", "csv", "fast", "unreadable", ".csv", unreadable, root_skips=True),
        c("dangling-link", "any", "fast", "unreadable", ".json", symlink("does-not-exist")),
        # encodings
        c("utf16-bom-csv", "csv", "fast", "ok", ".csv", text("\ufeff" + good_csv, "utf-16-le")),
        c(
            "utf16-no-bom-json",
            "ours",
            "fast",
            "unreadable",
            ".json",
            lambda p: p.write_bytes(json.dumps(ours([our_record()])).encode("utf-16-le")),
        ),
        c(
            "utf8-bom-json",
            "ours",
            "fast",
            "ok",
            ".json",
            lambda p: p.write_bytes(b"\xef\xbb\xbf" + json.dumps(ours([our_record()])).encode()),
        ),
        c(
            "utf32-bom-json",
            "vis",
            "fast",
            "ok",
            ".json",
            lambda p: p.write_bytes(json.dumps(vis([vis_item()])).encode("utf-32")),
        ),
        c(
            "latin1-csv",
            "csv",
            "fast",
            "unreadable",
            ".csv",
            text(CSV_HEADER + f"r1,Caf\u00e9 M\u00fcnchen,1923,,,{SOURCE}\n", "latin-1"),
        ),
        c(
            "invalid-utf8-json",
            "ours",
            "fast",
            "unreadable",
            ".json",
            lambda p: p.write_bytes(
                json.dumps(ours([our_record(title="XX")])).encode().replace(b"XX", b"\xff\xfe\xc3")
            ),
        ),
        c(
            "nul-csv",
            "csv",
            "fast",
            "unreadable",
            ".csv",
            raw((CSV_HEADER + "r1,A\x00B,1923,,," + SOURCE + "\n").encode()),
        ),
        c(
            "nul-raw-json",
            "ours",
            "fast",
            "unreadable",
            ".json",
            lambda p: p.write_bytes(
                json.dumps(ours([our_record(title="XX")])).encode().replace(b"XX", b"A\x00B")
            ),
        ),
        c(
            "nul-escaped-json",
            "ours",
            "fast",
            "ok",
            ".json",
            as_json(ours([our_record(title="A\x00B\ud800")]), ascii_only=True),
            note="escaped NUL and a lone surrogate in a title",
        ),
        # truncated files
        c(
            "truncated-ours",
            "ours",
            "fast",
            "unreadable",
            ".json",
            lambda p: p.write_bytes(
                json.dumps(ours([our_record(f"r{i}") for i in range(50)])).encode()[:1500]
            ),
        ),
        c(
            "truncated-tljs",
            "tljs",
            "fast",
            "unreadable",
            ".json",
            lambda p: p.write_bytes(json.dumps(tljs([tljs_event()])).encode()[:-3]),
        ),
        c(
            "truncated-csv-quote",
            "csv",
            "fast",
            "data",
            ".csv",
            text(CSV_HEADER + CSV_ROW + 'r2,"Cut off'),
        ),
        # wrong extensions and other formats
        c("csv-as-json", "csv", "fast", "unreadable", ".json", text(good_csv)),
        c("json-as-csv", "ours", "fast", "unreadable", ".csv", as_json(ours([our_record()]))),
        c(
            "png-as-json",
            "any",
            "fast",
            "unreadable",
            ".json",
            raw(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
        ),
        c(
            "zip-as-csv",
            "any",
            "fast",
            "unreadable",
            ".csv",
            raw(b"PK\x03\x04" + bytes(range(256)) * 4),
        ),
        c("json-scalar", "any", "fast", "unreadable", ".json", text("42")),
        # Parquet read straight into columns when every row is plain: rows that are not
        # send the table the row path, which words them; costs stay bounded
        c(
            "parquet-plain-1m",
            "parquet",
            "full",
            "ok",
            ".parquet",
            parquet(_plain_rows(1_000_000)),
            ci_commands=(),
            note="a million plain rows, read into columns",
        ),
        c(
            "parquet-repeated-ids-1m",
            "parquet",
            "full",
            "data",
            ".parquet",
            parquet(_plain_rows(1_000_000, id=lambda i: f"r{i % 1000}")),
            ci_commands=(),
            note="a million rows of 1,000 ids: the row path names the repeats",
        ),
        c(
            "parquet-lanes-100k",
            "parquet",
            "full",
            "ok",
            ".parquet",
            parquet(_plain_rows(100_000, lane=lambda i: f"lane {i}")),
            ci_commands=(),
            note="100,000 rows in as many lanes",
        ),
        c(
            "parquet-long-title",
            "parquet",
            "fast",
            "ok",
            ".parquet",
            parquet(_plain_rows(3, title=lambda i: "T" * 5_000_000 if i == 1 else "t")),
            note="a 5 MB title",
        ),
        c(
            "parquet-bad-rows",
            "parquet",
            "fast",
            "data",
            ".parquet",
            parquet(
                _plain_rows(
                    50,
                    start=lambda i: "31/02/1923" if i == 3 else "1923",
                    end=lambda i: "1900" if i == 4 else None,
                    sources=lambda i: ["ftp://x", SOURCE, SOURCE] if i == 5 else [SOURCE],
                )
            ),
            note="a slash date, an end before its start, a bad and a repeated source",
        ),
        c(
            "parquet-nul-place",
            "parquet",
            "fast",
            "ok",
            ".parquet",
            parquet(_plain_rows(5, city=lambda i: "Vi\x00enna", country=lambda i: "At\x00")),
            note="NUL characters in place names",
        ),
        c(
            "arrow-far-days",
            "parquet",
            "fast",
            "data",
            ".arrow",
            _far_days,
            note="timestamps and days beyond the year 9999 (a second's one wrapped round)",
        ),
        c(
            "parquet-struct-column",
            "parquet",
            "fast",
            "ok",
            ".parquet",
            parquet(_plain_rows(5, sources=lambda i: {"url": SOURCE, "n": i})),
            note="a column of structs, which no CSV cell holds: ignored, with a warning",
        ),
        c(
            "json-wrong-shapes",
            "ours",
            "fast",
            "unreadable",
            ".json",
            as_json(
                {"format": "timeline-viewer/1", "title": ["x"], "lanes": "a", "records": {"r": 1}}
            ),
        ),
    ]


CASES: tuple[Case, ...] = tuple(_cases())


def select(full: bool) -> tuple[Case, ...]:
    """The fast cases, or all of them when ``full``."""
    return tuple(case for case in CASES if full or case.size == "fast")


def generate(folder: Path, cases: tuple[Case, ...]) -> dict[str, Path]:
    """Write each case's input into ``folder`` (created if missing).

    Returns ``{case name: input path}``. An input that already exists is written again.
    Raises ``OSError`` when the folder cannot be written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for case in cases:
        path = case.path(folder)
        if path.is_symlink() or path.is_file() or stat_is_fifo(path):
            path.unlink()
        elif path.is_dir():
            path.rmdir()
        case.write(path)
        paths[case.name] = path
    return paths


def stat_is_fifo(path: Path) -> bool:
    """True when ``path`` exists and is a named pipe (without opening it)."""
    try:
        return path.is_fifo()
    except OSError:
        return False
