"""The forms of a record's chart label (viewer.core.labels)."""

from tests.documents import loaded_dataset, record
from viewer.core.labels import label_forms


def test_a_term_without_people_is_a_question_mark_only_where_the_file_names_holders(bundled):
    """A user's file of Presidents titled by their names, without ``people``, drew "?" on
    the bars of Jean Monnet and Paul Finet, the mark of a President no source names (the
    third trial). "?" stands in only in a file that names its holders in ``people``."""
    terms = [record(name, "1952", kind="presidency", end="1955") for name in ("Monnet", "Finet")]
    plain = loaded_dataset(terms)
    forms = label_forms(plain.records[1], plain)
    assert forms.texts == ("Finet",) and forms.elide
    unknown = bundled.dataset.get("president-17")
    assert not unknown.people
    assert label_forms(unknown, bundled.dataset).texts == ("President (name unknown)", "?")
