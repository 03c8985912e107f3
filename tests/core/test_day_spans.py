"""Plain dates read all at once (numpy) give what reading each one gives."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from viewer.core.columns import DaySpans
from viewer.core.dates import plain_day_span

_PIECES = st.sampled_from(
    [
        "1923",
        "0000",
        "9999",
        "2000",
        "1900",
        "-",
        "02",
        "29",
        "30",
        "31",
        "13",
        "00",
        "12",
        "~",
        "?",
        "%",
        "X",
        "1",
        "٣",
        " ",
        "/",
        "..",
        "2024-02-29",
        "2023-02-29",
        "1923-09-03",
    ]
)


def _compare(texts):
    spans = DaySpans(no_date=())
    texts = list(dict.fromkeys(texts))
    others = spans.add_plain(texts)
    for text in texts:
        expected = plain_day_span(text) if text else None
        if expected is None:
            assert text in others, text
        else:
            assert spans.get(text) == expected, text
            assert text not in others


@given(st.lists(st.lists(_PIECES, max_size=5).map("".join), max_size=40))
def test_plain_dates_at_once_are_plain_dates_one_by_one(texts):
    _compare(texts)


def test_every_day_of_four_centuries_and_the_odd_ones():
    days = np.arange(-200_000, 30_000, 37)  # 1422-2052, every 37th day
    from viewer.core.dates import civil_from_days

    texts = []
    for d in days.tolist():
        y, m, dd = civil_from_days(d)
        if 0 <= y <= 9999:
            texts += [f"{y:04d}-{m:02d}-{dd:02d}", f"{y:04d}-{m:02d}", f"{y:04d}", f"{y:04d}~"]
    texts += ["", "1923-02-30", "1923-00", "1923-13", "19230", "1923-1-01", "x" * 50, "1923~?"]
    _compare(texts)
