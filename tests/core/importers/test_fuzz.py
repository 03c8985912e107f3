"""Property-based fuzzing of every reader: random, mutated and structured input gives a
LoadResult that holds together, or a LoadError with a message; never another exception.

The default run is derandomized (the same 150 examples per test every time), so the suite
cannot fail by chance. For a wider random search: ``FUZZ_EXAMPLES=5000 pytest
tests/core/importers/test_fuzz.py``.
"""

import csv
import io
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core.errors import LoadError
from viewer.core.importers import arrow_table, load_bytes, plaincsv
from viewer.core.layout import compute_layout
from viewer.core.loading import LoadResult
from viewer.core.paths import data_path
from viewer.core.serialize import record_to_json

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    database=None,
    derandomize="FUZZ_EXAMPLES" not in os.environ,
    suppress_health_check=list(HealthCheck),
)

EXAMPLES = sorted(p.name for p in data_path("examples").iterdir())
NAMES = ["f.json", "f.csv", "f", "f.txt"]

TRICKY = st.sampled_from(
    [
        "",
        "1923",
        "1923-02-31",
        "1923-02-28",
        "03/04/1923",
        "..",
        "1,923",
        " 1 923 ",
        "-44",
        "0",
        "195X",
        "19XX",
        "2001-21",
        "2001-24",
        "Y170000002",
        "Y-99999999999999",
        "1946~",
        "1918?",
        "1923/1938",
        "1938/1923",
        "/1938",
        "1923/..",
        "<b>bold</b>",
        "<a href='https://e.org'>l</a>",
        "https://example.org/x",
        "javascript:alert(1)",
        "http://[::1",
        "era",
        "title",
        "background",
        "range",
        "point",
        "&amp;",
        "\u2028",
        "\x00",
        "\ufeff",
        "NaN",
        "1e400",
        "-0",
        "+5",
        "\r",
    ]
)
YEAR = st.integers(-3000, 3000)
EDTF = st.builds(
    lambda y, m, d, n: "-".join([f"{y:04d}", f"{m:02d}", f"{d:02d}"][:n]),
    st.integers(1000, 2100),
    st.integers(1, 12),
    st.integers(1, 31),
    st.integers(1, 3),
)
CELL = EDTF | YEAR.map(str) | TRICKY | st.text(max_size=12)
JSON_LEAF = (
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | CELL
)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)


_START_MAY_BE_UNKNOWN = ("timeline-viewer", plaincsv.FORMAT, arrow_table.PARQUET, arrow_table.ARROW)
"""The formats where a record's start may be unknown."""


def check(raw: bytes, name: str, date_format=None) -> LoadResult | None:
    """Load *raw*; a LoadError must explain itself, a result must hold together."""
    try:
        result = load_bytes(raw, name, date_format=date_format)
    except LoadError as exc:
        assert str(exc).strip()
        return None
    ds = result.dataset
    ids = [r.id for r in ds.records]
    assert len(ids) == len(set(ids))
    lanes = {lane.id for lane in ds.lanes}
    for record in ds.records:
        assert record.lane is None or record.lane in lanes
        # An unknown start: our format's null, a plain table's empty cell
        assert record.start is not None or result.format in _START_MAY_BE_UNKNOWN
        if record.start is not None and record.end is not None:
            assert record.end.last_day >= record.start.first_day
        json.dumps(record_to_json(record))
        assert record.dates_display
    for problem in result.problems:
        assert str(problem) and problem.severity in ("error", "warning")
    compute_layout(ds)
    return result


@FUZZ
@given(raw=st.binary(max_size=400), name=st.sampled_from(NAMES))
def test_random_bytes(raw, name):
    check(raw, name)


@FUZZ
@given(
    text=st.text(max_size=300),
    name=st.sampled_from(NAMES),
    prefix=st.sampled_from(["", "{", "[", "Year,Headline\n", "start,title\n", "\ufeff"]),
)
def test_random_text(text, name, prefix):
    check((prefix + text).encode("utf-8"), name)


_OPS = st.lists(
    st.tuples(
        st.sampled_from(["delete", "insert", "replace", "repeat"]),
        st.floats(0, 1),
        st.integers(1, 12),
        st.sampled_from(
            [
                b",",
                b'"',
                b"\n",
                b"{",
                b"}",
                b"[",
                b"]",
                b":",
                b"0",
                b"-",
                b"/",
                b"X",
                b"<",
                b"9",
                b";",
            ]
        )
        | st.binary(min_size=1, max_size=4),
    ),
    min_size=1,
    max_size=3,
)


def mutate(raw: bytes, ops) -> bytes:
    data = bytearray(raw)
    for op, where, size, blob in ops:
        i = int(where * len(data))
        if op == "delete":
            del data[i : i + size]
        elif op == "insert":
            data[i:i] = blob
        elif op == "replace":
            data[i : i + len(blob)] = blob
        else:
            data[i:i] = data[i : i + size]
    return bytes(data)


@FUZZ
@given(example=st.sampled_from(EXAMPLES), ops=_OPS, date_format=st.sampled_from([None, "DMY"]))
def test_mutated_examples(example, ops, date_format):
    raw = data_path("examples", example).read_bytes()
    check(mutate(raw, ops), example, date_format)


def _date_object():
    plausible = st.fixed_dictionaries(
        {"year": YEAR | YEAR.map(str)},
        optional={
            "month": st.integers(1, 12) | st.integers(1, 12).map(str),
            "day": st.integers(1, 31),
            "display_date": CELL,
        },
    )
    odd = st.fixed_dictionaries(
        {},
        optional={
            "year": JSON_LEAF | TRICKY,
            "month": JSON_LEAF,
            "day": JSON_LEAF,
            "display_date": JSON_LEAF,
        },
    )
    return plausible | plausible | odd | JSON_VALUE | EDTF


_TLJS_EVENT = (
    st.fixed_dictionaries(
        {"start_date": _date_object()},
        optional={
            "end_date": _date_object(),
            "text": st.fixed_dictionaries(
                {}, optional={"headline": CELL | JSON_LEAF, "text": CELL}
            ),
            "media": st.fixed_dictionaries(
                {}, optional={"url": CELL | JSON_LEAF, "caption": CELL, "credit": JSON_LEAF}
            ),
            "group": CELL | JSON_LEAF,
            "display_date": JSON_LEAF,
            "unique_id": JSON_LEAF,
            "extra": JSON_VALUE,
        },
    )
    | JSON_VALUE
)


@FUZZ
@given(
    events=st.lists(_TLJS_EVENT, max_size=6),
    eras=st.none() | st.lists(_TLJS_EVENT, max_size=3),
    title=JSON_VALUE,
)
def test_structured_timelinejs_json(events, eras, title):
    doc = {"events": events, "title": title}
    if eras is not None:
        doc["eras"] = eras
    check(json.dumps(doc).encode(), "t.json")


_VIS_START = EDTF | st.integers(-(10**13), 10**13) | JSON_LEAF
_VIS_ITEM = (
    st.fixed_dictionaries(
        {"start": _VIS_START},
        optional={
            "id": JSON_LEAF | st.integers(0, 5),
            "end": EDTF | JSON_LEAF | TRICKY,
            "content": CELL | JSON_LEAF,
            "title": CELL,
            "group": st.sampled_from(["a", "b", 1, None]),
            "type": st.sampled_from(["box", "point", "range", "background", "odd", 3]),
            "extra": JSON_VALUE,
        },
    )
    | JSON_VALUE
)
_VIS_GROUP = (
    st.fixed_dictionaries(
        {},
        optional={
            "id": st.sampled_from(["a", "b", 1, None, True]),
            "content": CELL | JSON_LEAF,
            "order": JSON_LEAF,
            "nestedGroups": JSON_VALUE,
        },
    )
    | JSON_VALUE
)


@FUZZ
@given(
    items=st.lists(_VIS_ITEM, max_size=6),
    groups=st.none() | st.lists(_VIS_GROUP, max_size=4),
    wrap=st.booleans(),
)
def test_structured_vis(items, groups, wrap):
    doc = {"items": items, "groups": groups} if wrap or groups is not None else items
    check(json.dumps(doc).encode(), "v.json")


_TLJS_COLUMNS = [
    "Year",
    "Month",
    "Day",
    "End Year",
    "End Month",
    "End Day",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Caption",
    "Type",
    "Group",
    "Start Date",
    "End Date",
    "Tag",
    "Odd",
]
_PLAIN_COLUMNS = [*plaincsv.COLUMNS, "odd"]


@FUZZ
@given(
    data=st.data(),
    timelinejs=st.booleans(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    meta=st.sampled_from(["", "# date_format: DMY\n", "# date_format: nope\n", "#title: t\n"]),
)
def test_structured_csv(data, timelinejs, delimiter, meta):
    pool = _TLJS_COLUMNS if timelinejs else _PLAIN_COLUMNS
    required = ["Year", "Headline"] if timelinejs else ["start"]
    header = required + data.draw(st.lists(st.sampled_from(pool), max_size=8))
    rows = data.draw(st.lists(st.lists(CELL, min_size=0, max_size=len(header) + 2), max_size=8))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    check((meta + out.getvalue()).encode("utf-8"), "s.csv")
