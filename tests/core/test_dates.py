import datetime

import pytest

from viewer.core.dates import (
    DateError,
    civil_from_days,
    days_from_civil,
    format_range,
    parse_date_input,
    parse_edtf,
    year_label,
)


def test_day_numbers_match_the_standard_library():
    epoch = datetime.date(1970, 1, 1)
    day = datetime.date(1, 1, 1)
    while day.year < 2100:
        assert days_from_civil(day.year, day.month, day.day) == (day - epoch).days
        day += datetime.timedelta(days=97)
    assert days_from_civil(1923, 9, 7) == -16918


def test_day_numbers_run_on_one_a_day_across_year_zero():
    # A new user's export of 0000 began on "2 Jan 1 BC": days of the 400 years before
    # year 0's March were numbered one off (the source's C truncation, kept under floors).
    lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    expected = days_from_civil(-801, 1, 1)
    for year in range(-801, 802):
        for month in range(1, 13):
            leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
            for day in range(1, lengths[month - 1] + (month == 2 and leap) + 1):
                assert days_from_civil(year, month, day) == expected, (year, month, day)
                assert civil_from_days(expected) == (year, month, day)
                expected += 1
    assert days_from_civil(1, 1, 1) == (datetime.date(1, 1, 1) - datetime.date(1970, 1, 1)).days


@pytest.mark.parametrize("ymd", [(1923, 9, 7), (-43, 3, 15), (0, 2, 29), (2024, 2, 29), (1, 1, 1)])
def test_round_trip(ymd):
    assert civil_from_days(days_from_civil(*ymd)) == ymd


def test_precision_kept_and_shown():
    assert parse_edtf("1914").display() == "1914"
    assert parse_edtf("1914-06").display() == "June 1914"
    assert parse_edtf("1914-06-28").display() == "28 June 1914"
    assert parse_edtf("1946~").display() == "c. 1946"
    assert parse_edtf("1918?").display() == "1918?"
    assert parse_edtf("195X").display() == "1950s"


def test_year_is_drawn_mid_year_not_first_january():
    d = parse_edtf("1977")
    assert d.first_day == days_from_civil(1977, 1, 1)
    assert d.last_day == days_from_civil(1977, 12, 31)
    assert d.first_day < d.centre_days < d.last_day


def test_bc_years():
    assert year_label(0) == "1 BC"
    assert year_label(-43) == "44 BC"
    assert parse_edtf("-0043").display() == "44 BC"


@pytest.mark.parametrize("bad", ["1923-02-31", "1923-13", "03/04/1923", "", "abcd", "2023-02-29"])
def test_rejects_impossible_and_ambiguous(bad):
    with pytest.raises(DateError):
        parse_edtf(bad)


def test_format_range():
    a, b = parse_edtf("2025-11-24"), parse_edtf("2025-11-27")
    assert format_range(a, b) == "24–27 November 2025"
    assert (
        format_range(parse_edtf("2025-11-27"), None, open_end=True) == "27 November 2025 – present"
    )
    assert format_range(None, parse_edtf("1968")) == "unknown – 1968"


def test_long_y_years_are_refused_before_conversion():
    """More digits than Python converts to an int (4,300) is a DateError with a short
    message, not a ValueError."""
    with pytest.raises(DateError) as info:
        parse_edtf("Y" + "1" * 5000)
    assert "a year of 5,000 digits" in str(info.value) and len(str(info.value)) < 200
    with pytest.raises(DateError, match="beyond 100,000,000,000"):
        parse_edtf("Y-100000000001")
    assert parse_edtf("Y-100000000000").year == -100_000_000_000
    assert parse_edtf("Y0000170000002").year == 170_000_002


def test_long_text_is_quoted_short_in_messages():
    for text in ("1" * 100_000, "a" * 100_000, "1923/" * 1000):
        with pytest.raises(DateError) as info:
            parse_edtf(text)
        assert len(str(info.value)) < 300


@pytest.mark.parametrize(
    "text,digit",
    [
        ("١٩٢٣", "ARABIC-INDIC DIGIT ONE"),
        ("１９２３-０１", "FULLWIDTH DIGIT ONE"),
        ("۱۹۲۳", "EXTENDED ARABIC-INDIC DIGIT ONE"),
        ("1923-0٤", "ARABIC-INDIC DIGIT FOUR"),
        ("Y１７００００", "FULLWIDTH DIGIT ONE"),
        ("०३/०४/१९२३", "DEVANAGARI DIGIT ZERO"),
    ],
)
def test_digits_other_than_ascii_are_refused_with_a_reason(text, digit):
    """Python's ``\\d`` and ``int()`` read them, so they were accepted as dates."""
    from viewer.core.dates import parse_date_input

    with pytest.raises(DateError, match=rf"\({digit}\) is not an ASCII digit"):
        parse_edtf(text)
    with pytest.raises(DateError, match="is not an ASCII digit"):
        parse_date_input(text, "DMY")


def test_a_string_that_is_no_date_is_refused_in_words_for_people():
    """The edtf package's own words ("Please provide a valid EDTF string") reached the Load
    Report (a trial)."""
    import pytest

    from viewer.core.dates import DateError, parse_edtf

    with pytest.raises(DateError) as info:
        parse_edtf("not a date")
    message = str(info.value)
    assert "'not a date' is not an EDTF date (write a year 1923" in message
    assert "Please provide" not in message and "position" not in message


def test_plain_day_span_agrees_with_parse_edtf():
    """The quick span of a plain date is the parsed date's first and last day; any
    other text (qualifiers, seasons, unspecified digits, days that do not exist, other
    digits) is left to the parser."""
    from viewer.core.dates import DateError, parse_edtf, plain_day_span

    texts = []
    for year in [*range(0, 10000, 37), 1900, 2000, 2023, 2024]:
        texts.append(f"{year:04d}")
        for month in range(0, 14):
            texts.append(f"{year:04d}-{month:02d}")
            texts += [f"{year:04d}-{month:02d}-{day:02d}" for day in (0, 1, 28, 29, 30, 31, 32)]
    texts += [t + q for t in texts[::97] for q in ("~", "?", "%", "~~")]
    texts += ["2023~", "2001-21", "199X", "-0044", "12345", "２０２３", "2023-1-01", " 2023", "~"]
    quick = 0
    for text in texts:
        span = plain_day_span(text)
        try:
            date = parse_edtf(text)
        except DateError:
            assert span is None, text
            continue
        if span is not None:
            quick += 1
            assert span == (date.first_day, date.last_day), text
        elif len(text) in (4, 7, 10) and text.replace("-", "").isdigit():  # no qualifier
            assert 21 <= int(text[5:7]) <= 24, text  # only seasons are left to the parser
    assert quick > 15000


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2020-01-01T02:00:00+09:00", (2020, 1, 1)),  # the day as written, in its own zone
        ("2020-01-03T23:59Z", (2020, 1, 3)),
        ("1923-09-03T10:30:15.250", (1923, 9, 3)),
        ("2020-01-01T24:00:00", (2020, 1, 1)),  # the end of the day
        ("2020-01-01t10:00z", (2020, 1, 1)),  # as vis-timeline takes it
    ],
)
def test_a_date_and_time_of_edtf_level_0_is_its_day(text, day):
    # A trial: '2020-01-01T02:00:00+09:00' in a CSV was refused as "EDTF, but not a single
    # date of level 0 or 1", while the same instant as a Parquet timestamp loaded
    date = parse_edtf(text)
    assert (date.year, date.month, date.day, date.precision) == (*day, "day")
    assert date.text == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2020-01-01 02:00", "write a T between the day and the time"),
        # The rules and words of vis-timeline's times (a trial found them differ)
        ("2020-01-01T25:00", "the time 25:00 does not exist"),
        ("2020-01-01T10:60", "the time 10:60 does not exist"),
        ("2016-12-31T23:59:60Z", "the time 23:59:60 does not exist"),
        ("2020-01-01T10:00+24:00", "the time zone \\+24:00 does not exist"),
        ("2023-02-30T10:00", "day 30 does not exist in that month"),
    ],
)
def test_a_date_and_time_that_is_not_one_says_why(text, reason):
    with pytest.raises(DateError, match=reason):
        parse_edtf(text)


def test_an_edtf_form_the_viewer_cannot_place_is_refused_without_a_class_name():
    # A trial: "'2020-01T10:30:00Z' (DateAndTime) is EDTF..." showed a class of the edtf
    # package to readers
    with pytest.raises(DateError) as caught:
        parse_edtf("2020-01T10:30:00Z")
    assert "(" not in str(caught.value).split(" is EDTF")[0]
    assert "YYYY-MM-DDThh:mm" in str(caught.value)


def test_a_date_the_edtf_package_chokes_on_writes_nothing_to_stdout(capsys):
    """edtf 5.0.2 printed "trying to PartialUnspecified.__init__(...)" to stdout for
    "1957-1X", which broke the JSON that `records` writes there (a trial)."""
    for text in ("1957-1X", "1957-0X", "1957-X1"):
        with pytest.raises(DateError, match="is not an EDTF date"):
            parse_date_input(text)
    assert capsys.readouterr().out == ""


def test_a_text_that_is_no_date_is_asked_of_the_edtf_parser_once(monkeypatch, tmp_path):
    """A million rows whose start was "not a date" asked the edtf package's parser again for
    each (about 1 ms a row: more than five minutes, a trial). Each row is still refused,
    named, with the same words; the parser is asked once for the text."""
    import edtf

    from viewer.core.importers import load_any

    calls = []
    real = edtf.parse_edtf
    monkeypatch.setattr(edtf, "parse_edtf", lambda s: calls.append(s) or real(s))
    path = tmp_path / "bad.csv"
    rows = "".join(f"r{i},Meeting {i},not a date zz,a\n" for i in range(50))
    path.write_text("id,title,start,lane\n" + rows, encoding="utf-8")
    result = load_any(path)
    errors = [p for p in result.problems if p.severity == "error"]
    assert len(errors) == 50 and len(result.dataset.records) == 0
    assert {p.record_id for p in errors} == {f"r{i}" for i in range(50)}
    assert len({p.message for p in errors}) == 1
    assert "'not a date zz' is not an EDTF date" in errors[0].message
    assert calls == ["not a date zz"]
