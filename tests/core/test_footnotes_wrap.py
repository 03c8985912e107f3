"""Footnote URLs wrap, never cut: every line fits and the lines give the URL back."""

from hypothesis import given
from hypothesis import strategies as st

from viewer.core.footnotes import wrap_url


def _measure(text: str) -> float:
    return 6.0 * len(text)


def test_a_short_url_stays_on_one_line() -> None:
    assert wrap_url("https://e.org/a", 600, 600, _measure) == ["https://e.org/a"]


def test_a_long_url_breaks_after_a_separator() -> None:
    url = "https://www.interpol.int/en/News-and-Events/News/2025/General-Assembly-closes"
    lines = wrap_url(url, 200, 300, _measure)
    assert "".join(lines) == url and len(lines) > 1
    assert lines[0].endswith(("/", "-", "."))
    assert all(_measure(line) <= 300 for line in lines)


@given(st.text(min_size=1, max_size=300), st.floats(1, 500), st.floats(1, 500))
def test_lines_fit_and_join_back(url: str, first: float, rest: float) -> None:
    lines = wrap_url(url, first, rest, _measure)
    assert "".join(lines) == url
    assert all(line for line in lines)
    for n, line in enumerate(lines):
        assert len(line) == 1 or _measure(line) <= (first if n == 0 else rest)
