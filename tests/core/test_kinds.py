"""The registry of kinds and statuses: one statement of each, read by every layer."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import msgspec

from viewer.core import kinds
from viewer.core.dates import parse_edtf
from viewer.core.records import KINDS, Place, Record

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "data" / "timeline.schema.json").read_text(encoding="utf-8"))


def _rec(kind: str, status: str = "", **fields) -> Record:
    fields.setdefault("end", parse_edtf("2001"))
    return Record(id="r", kind=kind, title="t", start=parse_edtf("2000"), status=status, **fields)


def test_every_kind_and_status_of_the_schema_is_registered():
    record = SCHEMA["$defs"]["record"]["properties"]
    assert set(record["kind"]["enum"]) <= set(kinds.kind_names())
    for name in record["status"]["enum"]:
        assert kinds.is_status(name), name


def test_an_unregistered_kind_is_a_generic_bar_named_as_written():
    spec = kinds.kind("charter_of_rights")
    assert (spec.shape, spec.colour_role, spec.legend_label) == ("bar", "neutral", "")
    assert spec.display_name == "charter_of_rights"
    assert _rec("charter_of_rights").is_span
    assert kinds.status("under_review").words == "under review"


def test_a_registered_kind_is_known_everywhere_at_once():
    assert "treaty" not in KINDS
    kinds.register_kind(
        kinds.KindSpec(
            "treaty",
            "band",
            "accent1",
            display_name="Treaty",
            plural="Treaties",
            legend_label="Treaty",
        )
    )
    try:
        assert "treaty" in KINDS
        assert "treaty" in kinds.shape_kinds("band")
        assert ("treaty", "", "Treaty") in kinds.legend_entries()
    finally:
        kinds.unregister_kind("treaty")
    assert "treaty" not in KINDS and "treaty" not in kinds.shape_kinds("band")


def test_legend_variants_follow_the_look():
    """Every mark a look carries, in the order the look is decided."""
    assert kinds.legend_variants(_rec("session", "held", place=Place(city="Rome"))) == ()
    assert kinds.legend_variants(_rec("session", "held", place=Place(country="Italy"))) == (
        "place_unknown",
    )
    # Hollow, in the colour of an unknown host: both marks
    assert kinds.legend_variants(_rec("session", "held", inferred=("start",), place=Place())) == (
        "inferred",
        "place_unknown",
    )
    assert kinds.legend_variants(_rec("session", "scheduled", place=Place(city="Rome"))) == (
        "announced",
    )
    assert kinds.legend_variants(_rec("presidency", "official", end=None)) == ("end_unknown",)
    # Hatched and dashed: an acting term whose end is not known has both marks (its dashes
    # were lost, a trial)
    assert kinds.legend_variants(_rec("presidency", "acting", end=None)) == (
        "acting",
        "end_unknown",
    )


def _quoted_strings(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def test_graphics_and_widgets_name_no_kind_or_status():
    record = SCHEMA["$defs"]["record"]["properties"]
    names = set(record["kind"]["enum"]) | set(record["status"]["enum"])
    names |= set(kinds.kind_names())
    # A record field of the same name ("session", the session number) is a field, not a kind.
    names -= {f.name for f in msgspec.structs.fields(Record)}
    found = []
    for folder in ("graphics", "widgets"):
        for path in sorted((ROOT / "viewer" / folder).rglob("*.py")):
            for text in _quoted_strings(path) & names:
                found.append(f"{path.relative_to(ROOT)}: {text!r}")
    assert not found, "kind or status names outside viewer/core/kinds.py:\n" + "\n".join(found)


def test_a_records_marker_or_bar_is_what_the_layout_draws(bundled):
    """The legend's swatch (:func:`kinds.drawn_as_point`, one record) and the chart
    (``Layout.is_span``, arrays) read one rule: they agree for every record of the bundled
    file and of events, points and terms with and without ends, running on or not."""
    from tests.documents import document, record
    from viewer.core.layout import compute_layout
    from viewer.core.loading import load_document

    shapes = [
        record("day", "1990-05-01"),
        record("years", "1990", end="1995"),
        record("runs", "1990", end=".."),
        record("same", "1990", end="1990"),
        record("term-open", "1990", kind="president", end=".."),
        record("term-unknown", "1990", kind="president"),
        record("meeting", "1991-04-02", kind="session", session=3),
    ]
    made = load_document(document(shapes), "shapes.json").dataset
    checked = 0
    for dataset in (bundled.dataset, made):
        layout = compute_layout(dataset)
        for rec in dataset.records:
            item = layout.index_of(rec.id)
            if item is None or kinds.kind(rec.kind).shape not in ("bar", "point"):
                continue
            assert kinds.drawn_as_point(rec) == (not layout.is_span[item]), rec.id
            checked += 1
    assert checked > len(shapes)
