import pytest

from tests.conftest import generator
from tests.documents import loaded_dataset
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


def test_search_index_finds_what_matching_ids_finds(bundled, bundled_layout):
    from viewer.core.search import SearchIndex

    records = bundled.dataset.records
    index = SearchIndex(records)
    for query in (
        "marrakech",
        "Nepote",
        "NÉPOTE",
        "93",
        "marrakech 2025",
        "hong kong",
        "a",
        "e i",
        "zzzz-no-such-thing",
        "   ",
        "lyon france",
        "ß",
    ):
        found = index.matches(query)
        assert list(found) == sorted(found)
        assert {records[i].id for i in found} == matching_ids(records, query), query


def test_search_index_keeps_records_apart():
    """A word never matches across two records' texts."""
    from viewer.core.search import SearchIndex

    records = [
        {
            "id": f"r{i}",
            "kind": "event",
            "title": title,
            "start": "2000",
            "sources": ["https://e.org"],
        }
        for i, title in enumerate(["ab", "cd", "abcd"])
    ]
    dataset = loaded_dataset(records)
    index = SearchIndex(dataset.records)
    assert index.matches("bc").tolist() == [2]
    assert index.matches("ab").tolist() == [0, 2]
    assert index.matches("cd ab").tolist() == [2]


def test_other_spellings_of_places_are_found(bundled):
    records = bundled.dataset.records
    assert {"session-76", "session-93"} <= matching_ids(records, "marrakech")
    assert {"session-76", "session-93"} <= matching_ids(records, "MARRAKESH")
    assert "session-94" in matching_ids(records, "Hongkong")
    assert "session-94" in matching_ids(records, "hong kong")


def test_aliases_of_people_are_found():
    from viewer.core.records import Person, Place, Record

    record = Record(
        id="r",
        kind="event",
        title="t",
        start=None,
        place=Place("Marrakech", aliases=("Marrakesh",)),
        people=(Person("Jürgen Stock", aliases=("Juergen Stock",)),),
    )
    assert matching_ids([record], "juergen") == {"r"}
    assert matching_ids([record], "jurgen marrakesh") == {"r"}
    assert matching_ids([record], "rabat") == set()


def test_one_spelling_finds_every_record_that_writes_another(bundled):
    """ "marrakesh" found 2 records where "marrakech" found 5 (a trial): an alias of one
    place is a spelling of the word in every record."""
    records = bundled.dataset.records
    index = bundled.dataset.search_index
    for a, b in (("marrakech", "marrakesh"), ("hongkong", "hong kong")):
        found_a = {records[i].id for i in index.matches(a)}
        assert found_a == {records[i].id for i in index.matches(b)} == matching_ids(records, a)
        assert len(found_a) >= 3
    assert "handover-93" in matching_ids(records, "Marrakesh")


@pytest.mark.parametrize("block", [1 << 22, 64, 1])
def test_one_letter_or_digit_finds_what_matching_ids_finds(monkeypatch, block):
    # One letter or digit is answered from a bit per record and letter (ASCII texts, made a
    # block of text at a time), every other word by scanning the texts: both find what the
    # reference finds
    from viewer.core import search
    from viewer.core.loading import load_document
    from viewer.core.search import SearchIndex

    monkeypatch.setattr(search, "_LETTER_BLOCK", block)
    generate = generator()
    document = generate.generate_document(3000, seed=5)
    document["records"][7]["summary"] = ""  # an empty text among the others
    document["records"][8]["title"] = "Q9"
    records = load_document(document, "g.json").dataset.records
    index = SearchIndex(records).prepare()  # as the window does: the letter bits too
    for query in [*"abcdefghijklmnopqrstuvwxyz0123456789", "q 9", "Z", "s e", "x 7 k"]:
        found = index.matches(query)
        assert {records[i].id for i in found} == matching_ids(records, query), query


def test_no_code_point_past_the_marks_table_has_a_combining_class():
    import sys
    import unicodedata

    from viewer.core import search

    assert not any(
        unicodedata.combining(chr(c))
        for c in range(search._LAST_MARK_PLANE_END, sys.maxunicode + 1)
    )
    assert fold("Ｓｅ\u0301ance ǅ \U0001e94a\u00df") == "seance dz ss"


_TEXTS = __import__("hypothesis").strategies.lists(
    __import__("hypothesis").strategies.text(
        alphabet="aZé\u0301\u0645\u064e\u03a3\u00df\x00 \ud800\U0001e94aǅK", max_size=6
    ),
    max_size=8,
)


@__import__("hypothesis").given(_TEXTS)
def test_folding_a_column_at_once_folds_each_text_as_alone(texts):
    """The index folds the joined texts of a column in a few calls; each comes out as
    fold() makes it alone (a NUL, the index's separator, made a space)."""
    from viewer.core import search

    assert search._folded(texts) == [fold(t.replace("\x00", " ")) for t in texts]


@pytest.mark.parametrize("block", [1, 7])
def test_texts_folded_a_block_at_a_time_find_what_matching_ids_finds(monkeypatch, bundled, block):
    # Folded a block of texts at a time (a TextArray's titles made str a block at a time),
    # each word still found in its own record only
    from viewer.core import search
    from viewer.core.search import SearchIndex

    monkeypatch.setattr(search, "_FOLD_BLOCK", block)
    records = bundled.dataset.records
    index = SearchIndex(records)
    for query in ("marrakech", "NÉPOTE", "93", "hong kong", "e i", "lyon france"):
        assert {records[i].id for i in index.matches(query)} == matching_ids(records, query)


def test_a_tables_titles_are_searched_from_arrow(tmp_path):
    # Titles kept in Arrow (TextArray) are searched as a list of them is
    import pyarrow as pa
    import pyarrow.parquet as pq

    from viewer.core.importers import load_any
    from viewer.core.search import SearchIndex
    from viewer.core.text_array import TextArray

    titles = ["Évian accord", "Vienna congress", "Lyon HQ", "Ünïcode Ärger", "x"] * 3
    table = {
        "id": [f"r{k}" for k in range(len(titles))],
        "title": titles,
        "start": ["1990"] * len(titles),
        "sources": [["https://e.org/a"]] * len(titles),
    }
    pq.write_table(pa.table(table), tmp_path / "t.parquet")
    dataset = load_any(tmp_path / "t.parquet").dataset
    assert isinstance(dataset.columns.titles, TextArray)
    index = SearchIndex(dataset.columns)
    assert index.matches("evian").tolist() == [0, 5, 10]
    assert index.matches("arger unicode").tolist() == [3, 8, 13]


@pytest.mark.parametrize("share", [1.0, 0.0])
def test_a_query_typed_on_finds_what_a_new_search_finds(monkeypatch, bundled, share):
    # A query typed on from the last one searches only the last one's matches (when they
    # are few enough: always at share 1, never at 0); each answer is what matching_ids
    # finds, through other spellings ("Marrakesh" finds "Marrakech"), words typed and
    # deleted, and words that do not narrow ("krak" then "cracow").
    from viewer.core import search
    from viewer.core.search import SearchIndex

    monkeypatch.setattr(search, "_NARROW_SHARE", share)
    records = bundled.dataset.records
    index = SearchIndex(records)
    typed = [
        *("v", "vi", "vie", "vien", "vienn", "vienna", "vienna ", "vienna 1", "vienna 19"),
        *("vienna 1", "vienna", "vien", "marrakes", "marrakesh", "marrakesh 93"),
        *("n", "ne", "nep", "nepo", "nepote", "népote", "nepote jean", "jean nepote"),
        *("lyon", "lyon f", "lyon fr", "lyon france", "france lyon", "zz", "zzz", "z"),
        *("hong", "hong k", "hong ko", "hong kong", "kong", "e i", "e i n"),
    ]
    for query in typed:
        found = index.matches(query)
        assert list(found) == sorted(found), query
        assert {records[i].id for i in found} == matching_ids(records, query), query


def test_punctuation_around_a_word_of_a_query_is_left_out(bundled):
    # A trial: "marrakech," and '"Marrakech"' pasted from a text found nothing
    from viewer.core.search import SearchIndex, query_words

    assert query_words('"Marrakech", (Népote) «Lyon» c++ 9/11 -- ...') == [
        "marrakech",
        "nepote",
        "lyon",
        "c++",
        "9/11",
    ]
    records = bundled.dataset.records
    index = SearchIndex(records)
    plain = {records[i].id for i in index.matches("marrakech")}
    assert plain
    for query in ("marrakech,", '"Marrakech"', "(marrakech)", "marrakech."):
        assert {records[i].id for i in index.matches(query)} == plain, query
        assert matching_ids(records, query) == plain, query
