from tests.conftest import MINI
from viewer.core.loading import load_file
from viewer.graphics.legend import entries, present_signatures, shown_labels


def _labels(records):
    return shown_labels(present_signatures([r for r in records if r.lane]))


def test_bundled_legend_lists_every_style_in_use(bundled):
    assert _labels(bundled.dataset.records) == [e.label for e in entries() if e.label != "Era"]


def test_legend_leaves_out_styles_not_in_the_data():
    labels = _labels(load_file(MINI).dataset.records)
    assert "Not officially recognised" not in labels and "Secretary General" not in labels
    assert {"Session", "Date inferred", "Acting", "Flag handover: host → next host"} <= set(labels)
