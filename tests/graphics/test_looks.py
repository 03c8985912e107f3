"""Each drawn record's look, read from the columns, is the look of the record itself."""

import sys
from pathlib import Path

import pytest

from tests.conftest import MINI
from viewer.core.importers import load_any
from viewer.core.layout import compute_layout
from viewer.core.loading import load_document
from viewer.core.paths import BUNDLED_DATA
from viewer.graphics.looks import look_of
from viewer.graphics.model import ChartModel
from viewer.graphics.style import DARK, LIGHT

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import generate  # noqa: E402


def _datasets(tmp_path):
    yield load_any(BUNDLED_DATA).dataset
    yield load_any(MINI).dataset
    yield load_document(generate.generate_document(2000, seed=9), "g.json").dataset
    yield load_any(generate.parquet_path(2000, seed=9, folder=tmp_path)).dataset


@pytest.mark.parametrize("style", [LIGHT, DARK])
def test_looks_from_the_columns_are_the_records_looks(tmp_path, style):
    for dataset in _datasets(tmp_path):
        layout = compute_layout(dataset)
        model = ChartModel(dataset, layout, style)
        for i in range(len(layout.ids)):
            assert model.look(i) == look_of(model.records[i], style), layout.ids[i]


def test_a_date_not_known_is_dashed_whatever_the_status():
    # An acting President's term without a start, and one not recognised, were drawn
    # with solid edges: their statuses' hatching took the dashes' place (a trial)
    from tests.documents import document, record

    records = [
        dict(record(rid, None, kind="presidency", status=status, end="1936"), start=None)
        for rid, status in (("a", "acting"), ("n", "not_recognised"), ("o", "official"))
    ] + [record("k", "1930", kind="presidency", status="acting", end="1936")]
    dataset = load_document(document(records), "t.json").dataset
    cols = dataset.columns
    for rid, dashed in (("a", True), ("n", True), ("o", True), ("k", False)):
        position = dataset.position_of(rid)
        assert look_of(dataset.records[position], LIGHT).dashed == dashed, rid
        stand_in = cols.look_stand_in(cols.look_key(position))
        assert look_of(stand_in, LIGHT).dashed == dashed, rid


def test_a_selected_bar_of_an_unknown_date_keeps_its_dashes(tmp_path):
    # Selected, a bar known by its end alone was outlined solid: its dashes, which the
    # legend explains, were gone (a trial)
    import re

    from viewer.app.cli import main

    data = tmp_path / "sel.csv"
    data.write_text("id,title,start,end,lane\nr1,U,,1930,m\nr2,K,1920,1925,m\n", encoding="utf-8")
    selection = LIGHT.color("selection").name()

    def dashed_selection(record_id):
        out = tmp_path / f"{record_id}.svg"
        assert main(["export", str(data), "-o", str(out), "--select", record_id]) == 0
        text = out.read_text(encoding="utf-8")
        return bool(re.search(f'stroke="{selection}"[^>]*stroke-dasharray', text))

    assert dashed_selection("r1") and not dashed_selection("r2")


def test_bands_and_arrows_known_by_their_end_alone_are_dashed_and_named(tmp_path):
    # An era, a period without a session (hatched) and a handover without a start were
    # drawn plain, as if their start were known (a trial): their edges are dashed now, and
    # the legend names the dashes
    import json
    import re

    from tests.documents import document, record
    from viewer.app.cli import main

    def export(start, legend):
        records = [
            dict(record(rid, start, kind=kind, end=end), start=start)
            for rid, kind, end in (
                ("e", "era", "1936"),
                ("n", "no_session", "1933"),
                ("h", "handover", "1940"),
            )
        ] + [record("p", "1920")]
        data = tmp_path / "d.json"
        data.write_text(json.dumps(document(records)), encoding="utf-8")
        out = tmp_path / f"{start}-{legend}.svg"
        assert (
            main(["export", str(data), "-o", str(out), *([] if legend else ["--no-legend"])]) == 0
        )
        dataset = load_any(data).dataset
        looks = [look_of(dataset.records[dataset.position_of(r)], LIGHT) for r in "enh"]
        layout = compute_layout(dataset)
        arrow = layout.index_of("h")
        if start is None:  # the arrow over its end's year up to its centre, its dashes seen
            assert layout.x1_days[arrow] - layout.x0_days[arrow] > 150
        return out.read_text(encoding="utf-8"), looks

    chart, looks = export(None, legend=False)
    assert all(look.dashed for look in looks)
    assert chart.count("stroke-dasharray") >= 3  # the era's two ends, the hatched frame
    with_legend = export(None, legend=True)[0]
    assert "Start unknown" in with_legend
    # Its swatch: dashes in no kind's colours (a pale blue bar beside orange arrows)
    muted = LIGHT.color("muted_text").name()
    assert re.search(f'stroke="{muted}"[^>]*stroke-dasharray', with_legend)
    chart, looks = export("1930", legend=False)
    assert not any(look.dashed for look in looks) and "stroke-dasharray" not in chart
