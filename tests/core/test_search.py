from viewer.core.search import fold, matching_ids


def test_fold_strips_case_and_accents():
    assert fold("Jean NÉPOTE") == "jean nepote"


def test_matches_title_place_people_summary(bundled):
    records = bundled.dataset.records
    assert "session-93" in matching_ids(records, "marrakech")
    assert "sg-4" in matching_ids(records, "nepote")
    assert "session-93" in matching_ids(records, "Hammouchi")  # a person at the session
    assert matching_ids(records, "   ") == set()
    assert matching_ids(records, "zzzz-no-such-thing") == set()
    both = matching_ids(records, "marrakech 2025")
    assert both <= matching_ids(records, "marrakech")
