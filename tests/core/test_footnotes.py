"""Numbered source footnotes of an export."""

from viewer.core.dates import parse_edtf
from viewer.core.footnotes import footnotes_for
from viewer.core.labels import short_label
from viewer.core.layout import compute_layout
from viewer.core.loading import load_file
from viewer.core.paths import BUNDLED_DATA


def test_two_notes_of_one_name_are_told_apart_by_their_dates():
    # Kim Jong Yang's acting and elected terms were two notes named "Kim Jong Yang"
    dataset = load_file(BUNDLED_DATA).dataset
    layout = compute_layout(dataset)
    labels = [short_label(dataset.get(rid), dataset) for rid in layout.ids]
    span = (parse_edtf("2018").first_day, parse_edtf("2019").last_day)
    notes = footnotes_for(dataset, layout, span, labels)
    kim = [note.label for note in notes if note.label.startswith("Kim Jong Yang")]
    assert len(kim) == 2 and len(set(kim)) == 2, kim
    assert all("(" in label and "2018" in label for label in kim), kim
    names = [note.label for note in notes]
    assert len(names) == len(set(names))  # no two notes of one name
