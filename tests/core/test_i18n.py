"""The core's hooks for the reader's language (viewer.core.i18n), without Qt: English by
default, a translator and date words set by the app, EDTF precision kept in every form."""

from __future__ import annotations

import pytest

from viewer.core import i18n
from viewer.core.dates import format_range, parse_edtf, year_label
from viewer.core.labels import ordinal
from viewer.core.ticks import compute_ticks

#: A French of our own for these tests (the app takes its words from QLocale).
_MOIS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
FRENCH = i18n.DateWords(
    months=tuple(_MOIS),
    months_alone=tuple(_MOIS),
    months_short=tuple(m[:4] + "." if len(m) > 4 else m for m in _MOIS),
    day_pattern="d MMMM yyyy",
    month_pattern="MMMM yyyy",
    group="\u202f",
)
SPANISH = i18n.DateWords(
    months=("enero",) * 10 + ("noviembre", "diciembre"),
    months_alone=("enero",) * 10 + ("noviembre", "diciembre"),
    months_short=("ene",) * 10 + ("nov", "dic"),
    day_pattern="d 'de' MMMM 'de' yyyy",
    month_pattern="MMMM 'de' yyyy",
)
ARABIC_DIGITS = i18n.DateWords(
    months=("يناير",) * 10 + ("نوفمبر", "ديسمبر"),
    months_alone=("يناير",) * 10 + ("نوفمبر", "ديسمبر"),
    months_short=("يناير",) * 10 + ("نوفمبر", "ديسمبر"),
    digits="٠١٢٣٤٥٦٧٨٩",
    group="٬",
)


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_translator(None)
    i18n.set_date_words(None)


def test_english_is_the_default_with_its_plurals_and_numbers():
    assert i18n.translate("C", "%Ln record(s)", None, 1) == "1 record"
    assert i18n.translate("C", "%Ln record(s)", None, 1234) == "1,234 records"
    assert i18n.translate("C", "%Ln match(es)", None, 0) == "0 matches"
    assert i18n.translate("C", "Range shown: {range}") == "Range shown: {range}"
    assert i18n.number(1234567) == "1,234,567"
    assert parse_edtf("2025-11-24").display() == "24 November 2025"


def test_a_translator_set_by_the_app_is_used_and_can_be_taken_back():
    seen = []

    def upper(context, text, disambiguation=None, n=-1):
        seen.append((context, text, disambiguation, n))
        return text.upper()

    i18n.set_translator(upper)
    assert format_range(None, None) == "DATE UNKNOWN"
    assert seen == [("dates", "date unknown", None, -1)]
    i18n.set_translator(None)
    assert format_range(None, None) == "date unknown"


def test_dates_follow_the_language_and_keep_their_precision():
    i18n.set_date_words(FRENCH)
    assert parse_edtf("2025-11-24").display() == "24 novembre 2025"
    assert parse_edtf("2025-11").display() == "novembre 2025"
    assert parse_edtf("1977").display() == "1977"  # a year stays a year
    i18n.set_date_words(SPANISH)
    assert parse_edtf("2025-11-24").display() == "24 de noviembre de 2025"
    assert parse_edtf("2025-11").display() == "noviembre de 2025"
    assert parse_edtf("1977").display() == "1977"
    i18n.set_date_words(ARABIC_DIGITS)
    assert parse_edtf("2025-11-24").display() == "٢٤ نوفمبر ٢٠٢٥"
    assert parse_edtf("1977").display() == "١٩٧٧"
    assert i18n.number(12345) == "١٢٬٣٤٥"


def test_a_range_in_one_month_shares_its_month_only_where_the_day_comes_first():
    start, end = parse_edtf("2025-11-24"), parse_edtf("2025-11-27")
    i18n.set_date_words(SPANISH)
    assert format_range(start, end) == "24–27 de noviembre de 2025"
    i18n.set_date_words(
        i18n.DateWords(FRENCH.months, FRENCH.months, FRENCH.months_short, "MMMM d, yyyy")
    )
    assert format_range(start, end) == "novembre 24, 2025 – novembre 27, 2025"


def test_bc_years_and_ordinals_go_through_the_translator():
    words = {"{year} BC": "{year} av. J.-C.", "{n}rd": "{n}e"}
    i18n.set_translator(lambda c, t, d=None, n=-1: words.get(t, t))
    assert year_label(-43) == "44 av. J.-C."
    assert ordinal(93) == "93e"
    i18n.set_translator(None)
    assert (year_label(-43), ordinal(93), ordinal(11), ordinal(1)) == (
        "44 BC",
        "93rd",
        "11th",
        "1st",
    )


def test_axis_labels_use_the_short_month_names():
    i18n.set_date_words(FRENCH)
    lo, hi = parse_edtf("2025-01").first_day, parse_edtf("2025-12").last_day
    major, _ = compute_ticks(lo, hi, 1200)
    labels = [t.label for t in major]
    assert "nove. 2025" in labels and not any("Nov" in label for label in labels)


def test_isolated_wraps_in_a_first_strong_isolate_in_a_right_to_left_interface():
    i18n.set_right_to_left(True)
    try:
        assert i18n.isolated("(+٢ أخرى)") == "\u2068(+٢ أخرى)\u2069"
    finally:
        i18n.set_right_to_left(False)
    # Left to right, none: an SVG held each mark as a text of its own (drawn as a box)
    assert i18n.isolated("(+2 more)") == "(+2 more)"


def test_numbers_in_order_isolates_dates_and_signed_numbers_in_a_right_to_left_interface():
    # After an Arabic word the digits of "1935-01-01" are read as Arabic numbers, which a
    # hyphen does not join: the load report showed "01-01-1935"
    sentence = "النهاية 1935-01-01 تسبق البداية 1940-05-02."
    i18n.set_right_to_left(True)
    try:
        assert i18n.numbers_in_order(sentence) == (
            "النهاية \u20681935-01-01\u2069 تسبق البداية \u20681940-05-02\u2069."
        )
        assert i18n.numbers_in_order("السنة (-500)") == "السنة (\u2068-500\u2069)"
        assert i18n.numbers_in_order("'03/04/1923' تاريخ") == "'\u206803/04/1923\u2069' تاريخ"
        # Left alone: a lone number, a range with spaces (read right to left as the app's
        # own), a number inside a word or a path (isolating a part reordered the rest)
        for kept in ("السطر 2.", "١٩٢٢ – ١٩٦٢", "1923 – 1938", "1923-1938.csv", "a/1923-01"):
            assert i18n.numbers_in_order(kept) == kept
    finally:
        i18n.set_right_to_left(False)
    assert i18n.numbers_in_order(sentence) == sentence
