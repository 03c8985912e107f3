from tests.conftest import MINI
from viewer.core.loading import load_file
from viewer.graphics.legend import entries, present_signatures, shown_labels


def _labels(records):
    return shown_labels(present_signatures([r for r in records if r.lane]))


def test_bundled_legend_lists_every_style_in_use(bundled):
    # every entry but those of the generic kinds, which it has none of
    unused = {"Era", "Event"}
    assert _labels(bundled.dataset.records) == [e.label for e in entries() if e.label not in unused]


def test_legend_leaves_out_styles_not_in_the_data():
    labels = _labels(load_file(MINI).dataset.records)
    assert "Not officially recognised" not in labels and "Secretary General" not in labels
    assert {"Session", "Date inferred", "Acting", "Flag handover: host → next host"} <= set(labels)


def test_a_file_of_events_has_them_in_its_legend():
    # A second trial's generated file: its event bars had no legend entry, and above
    # 50,000 records the legend listed INTERPOL's entries instead of the looks drawn
    from tests.documents import document, record
    from viewer.core.loading import load_document

    doc = document([record("a", "1990", end="1995"), record("b", "2000")])
    assert "Event" in _labels(load_document(doc, "e.json").dataset.records)
