"""CSV text to rows: blank lines, unclosed quotes, long cells, repeated columns."""

import time
import tracemalloc

import pytest

from viewer.core.importers import load_bytes
from viewer.core.importers.csvfile import read_csv


@pytest.mark.parametrize("blank", ["\n", "\r\n", " \t\n", ",,,\n", "\r"])
def test_blank_lines_cost_neither_memory_nor_time(blank):
    """Five million blank lines (the 1.2 GB file of newlines in small): the reader once
    listed every line first (about 50 bytes each, so gigabytes for such a file); now its
    memory does not grow with the number of lines, and line numbers stay right."""
    lines = 5_000_000
    text = "start,title\n" + blank * lines + "1923,a\n1924,b\n"
    tracemalloc.start()
    began = time.perf_counter()
    try:
        table = read_csv(text, "f.csv")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - began < 10
    assert peak < 1_000_000, f"{peak:,} bytes for {len(text):,} characters"
    assert [(r.line, r.cells["title"]) for r in table.rows] == [(lines + 2, "a"), (lines + 3, "b")]


def test_blank_lines_before_the_header_and_metadata_keep_their_numbers():
    table = read_csv("\n\n# title: T\n\n\r\nstart;title\n\n1923;a\n", "f.csv")
    assert table.meta == {"title": "T"} and table.meta_lines == {"title": 3}
    assert table.header_line == 6 and table.delimiter == ";"
    assert [r.line for r in table.rows] == [8]


def test_an_unclosed_quote_is_named_and_the_rows_after_it_are_kept():
    """The quote opened on line 3 was swallowing line 4 (a good row) into one cell, and
    the message named neither the quote nor the row. The row of the quote is left out: the
    rest of its line was one cell ("Vienna,y" its title; a start after the quote was lost,
    and the row loaded without one, a title of its whole line)."""
    text = 'start,title,summary\n1922,before,x\n1923,"Vienna,y\n1924,Good row,z\n1925,"Bern",w\n'
    result = load_bytes(text.encode(), "q.csv")
    titles = [r.title for r in result.dataset.records]
    assert titles == ["before", "Good row", "Bern"]
    [quote] = [p for p in result.problems if "quote" in p.message]
    assert (quote.severity, quote.line, quote.field) == ("error", 3, "title")
    assert "column 6" in quote.message and "never closed" in quote.message
    assert str(quote).startswith("error: q.csv, line 3, field 'title': a quote opens")
    assert "this row is left out" in quote.message


@pytest.mark.parametrize(
    "text,titles,line",
    [
        ('start,title\n1923,"Vienna\n1924,Good row\n', ["Good row"], 2),
        ('start,title\n1923,"Vienna', [], 2),  # the last line, no line end
        ('start,title\n1923,"a ""quoted"" word\n1924,b\n', ["b"], 2),
    ],
)
def test_unclosed_quotes_at_the_end_of_the_file(text, titles, line):
    result = load_bytes(text.encode(), "q.csv")
    assert [r.title for r in result.dataset.records] == titles
    assert [p.line for p in result.problems if "quote" in p.message and p.field != "sources"] == [
        line
    ]


def test_quoted_cells_over_several_lines_and_stray_quotes_read_as_before():
    text = 'start,title,summary\n1923,"two\nlines",x\n1924,"a"b,y\n1925,plain "word",z\n1926,c,d\n'
    result = load_bytes(text.encode(), "q.csv")
    assert [(r.title, r.summary) for r in result.dataset.records] == [
        ("two\nlines", "x"),
        ("ab", "y"),
        ('plain "word"', "z"),
        ("c", "d"),
    ]
    assert [r.start.text for r in result.dataset.records] == ["1923", "1924", "1925", "1926"]
    assert not [p for p in result.problems if "quote" in p.message]


def test_cells_longer_than_pythons_default_limit_are_read():
    """The csv module refuses cells over 128 KB unless told otherwise: the whole file was
    refused."""
    long = "x" * 300_000
    result = load_bytes(
        f'start,title,summary\n1923,a,{long}\n1924,b,"{long}"\n'.encode(), "long.csv"
    )
    assert [len(r.summary) for r in result.dataset.records] == [300_000, 300_000]
    assert not result.errors


def test_repeated_columns_are_reported():
    result = load_bytes(b"start,Title,title,date\n1923,a,b,1999\n", "dup.csv")
    assert result.dataset.records[0].title == "a"
    assert result.dataset.records[0].start.text == "1923"
    warnings = [(p.line, p.field, p.message) for p in result.problems if "repeats" in p.message]
    assert warnings == [
        (
            1,
            "title",
            "column 3 repeats column 2 ('Title'); only the first is read, the cells "
            "of column 3 are ignored",
        ),
        (
            1,
            "date",
            "column 4 repeats column 1 ('start'), both read as 'start'; only the "
            "first is read, the cells of column 4 are ignored",
        ),
    ]
    sheet = load_bytes(b"Year,Headline,headline\n1923,a,b\n", "dup.csv")
    assert [(p.field, p.message[:25]) for p in sheet.problems if "repeats" in p.message] == [
        ("headline", "column 3 repeats column 2")
    ]


def test_a_column_without_a_name_whose_cells_hold_text_is_named_in_a_warning():
    # A user's note in a column with no header was dropped without a word.
    text = "id,title,start,,kind\na,Alpha,2000,,event\nb,Beta,2001,secret note,event\n"
    result = load_bytes(text.encode(), "notes.csv")
    found = [p for p in result.problems if "no name" in p.message]
    assert len(found) == 1 and found[0].line == 1
    assert "column 4" in found[0].message and "line 3" in found[0].message
    assert [r.title for r in result.dataset.records] == ["Alpha", "Beta"]  # still loaded


def test_an_empty_column_without_a_name_says_nothing():
    # A header ending in a separator (spreadsheets write one) and no cells under it.
    result = load_bytes(b"id,title,start,\na,Alpha,2000,\n", "t.csv")
    assert not [p for p in result.problems if "no name" in p.message]


def test_the_row_of_an_unclosed_quote_is_named_by_its_id_or_title():
    """The error named "line 3" alone, its id and title cells whole before the quote,
    where other errors said "line 6 (id 'e')" (two trials)."""
    text = 'id,title,start,summary\na,Good,1950,x\nb,Unclosed last,1951,"oops\n'
    [quote] = load_bytes(text.encode(), "q.csv").errors
    assert str(quote).startswith("error: q.csv, line 3 (id 'b'), field 'summary'")
    text = 'title,start,summary\nGood,1950,x\nUnclosed last,1951,"oops\n'
    [quote] = load_bytes(text.encode(), "q.csv").errors
    assert str(quote).startswith("error: q.csv, line 3 ('Unclosed last'), field 'summary'")
