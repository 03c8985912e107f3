"""EDTF level 1, intervals, declared slash-date orders and dates built from parts."""

import pytest

from viewer.core.dates import (
    DateError,
    days_from_civil,
    edtf_from_parts,
    parse_date_input,
    parse_edtf,
    parse_interval,
)


@pytest.mark.parametrize(
    "text,precision,shown,first,last",
    [
        ("1985-XX", "year", "1985", (1985, 1, 1), (1985, 12, 31)),
        ("1985-XX-XX", "year", "1985", (1985, 1, 1), (1985, 12, 31)),
        ("1985-04-XX", "month", "April 1985", (1985, 4, 1), (1985, 4, 30)),
        ("19XX", "century", "1900–1999", (1900, 1, 1), (1999, 12, 31)),
        ("195X~", "decade", "c. 1950s", (1950, 1, 1), (1959, 12, 31)),
        ("-195X", "decade", "1960 BC – 1951 BC", (-1959, 1, 1), (-1950, 12, 31)),
        ("2001-21", "season", "Spring 2001", (2001, 3, 1), (2001, 5, 31)),
        ("2001-24", "season", "Winter 2001", (2001, 12, 1), (2002, 2, 28)),
        ("Y170000002", "year", "170000002", (170000002, 1, 1), (170000002, 12, 31)),
        ("Y-17000", "year", "17001 BC", (-17000, 1, 1), (-17000, 12, 31)),
        ("1950%", "year", "c. 1950?", (1950, 1, 1), (1950, 12, 31)),
    ],
)
def test_level1_dates_keep_their_precision(text, precision, shown, first, last):
    d = parse_edtf(text)
    assert d.precision == precision
    assert d.display() == shown
    assert d.first_day == days_from_civil(*first)
    assert d.last_day == days_from_civil(*last)
    assert d.text == text


@pytest.mark.parametrize(
    "bad",
    [
        "1985-XX-12",
        "19XX-05",
        "2001-25",
        "2001-21-03",
        "1XXX",
        "XXXX",
        "1985-04-31",
        "Y1234",
        "Y999999999999999",
        "+1985",
    ],
)
def test_not_level_0_or_1_or_impossible(bad):
    with pytest.raises(DateError):
        parse_edtf(bad)


def test_intervals_with_open_and_unknown_ends():
    i = parse_interval("1923-09-03/1938-03-12")
    assert (i.start.text, i.end.text, i.open_start, i.open_end) == (
        "1923-09-03",
        "1938-03-12",
        False,
        False,
    )
    i = parse_interval("1923/..")
    assert i.start.text == "1923" and i.end is None and i.open_end
    i = parse_interval("../1938")
    assert i.start is None and i.open_start and i.end.text == "1938"
    i = parse_interval("1923/")
    assert i.end is None and not i.open_end
    i = parse_interval("/1938")
    assert i.start is None and not i.open_start
    assert parse_interval("-0044-03-15/-0043").start.display() == "15 March 45 BC"


@pytest.mark.parametrize(
    "bad,needle",
    [
        ("1938/1923", "before"),
        ("/", "at least one"),
        ("1923", "START/END"),
        ("1923/1924/1925", "START/END"),
        ("1923/1923-02-30", "does not exist"),
    ],
)
def test_bad_intervals(bad, needle):
    with pytest.raises(DateError, match=needle):
        parse_interval(bad)


def test_slash_dates_need_a_declared_order():
    with pytest.raises(DateError, match="ambiguous"):
        parse_date_input("03/04/1923")
    assert parse_date_input("03/04/1923", "DMY").text == "1923-04-03"
    assert parse_date_input("03/04/1923", "MDY").text == "1923-03-04"
    assert parse_date_input("3.4.1923", "DMY").text == "1923-04-03"
    assert parse_date_input("04/1923", "MDY").precision == "month"
    assert parse_date_input("1923-04-03", "MDY").text == "1923-04-03"  # ISO needs no order
    with pytest.raises(DateError, match="does not exist"):
        parse_date_input("31/02/1923", "DMY")
    with pytest.raises(DateError, match="1-12"):
        parse_date_input("13/01/1923", "MDY")
    with pytest.raises(DateError, match="four digits"):
        parse_date_input("03/04/23", "DMY")
    with pytest.raises(DateError, match="unknown date format"):
        parse_date_input("03/04/1923", "YDM")


def test_dates_from_parts():
    assert edtf_from_parts(1815, 12, 10).text == "1815-12-10"
    assert edtf_from_parts(-43).display() == "44 BC"
    assert edtf_from_parts(123456).text == "Y123456"
    assert edtf_from_parts(1914, 6).display() == "June 1914"
    for bad in [(1923, 2, 29), (1923, 13), (1923, None, 5), (10**12,)]:
        with pytest.raises(DateError):
            edtf_from_parts(*bad)
