from viewer.core.loading import load_file
from viewer.graphics.legend import ENTRIES, _entry_matches, present_signatures
from tests.conftest import MINI


def _labels(records):
    present = present_signatures([r for r in records if r.lane])
    return [label for label, _shape, rec in ENTRIES if _entry_matches(rec, present)]


def test_bundled_legend_lists_every_style_in_use(bundled):
    assert _labels(bundled.dataset.records) == [label for label, _s, _r in ENTRIES if label != "Era"]


def test_legend_leaves_out_styles_not_in_the_data():
    labels = _labels(load_file(MINI).dataset.records)
    assert "Not officially recognised" not in labels and "Secretary General" not in labels
    assert {"Session", "Year inferred", "Acting", "Flag handover: host → next host"} <= set(labels)
