"""HTML fragments become plain text; links are collected."""

import pytest

from viewer.core.importers.html_text import html_to_text


def test_tags_go_text_and_links_stay():
    text, links = html_to_text(
        '<p class="lead">Take <a href="https://e.org/ada">Ada</a> &amp; <b>Charles</b>.</p>'
        '<span>Next</span><script>alert("x")</script><style>p {}</style>'
        '<iframe src="https://video.example/x"></iframe><a href="javascript:alert(1)">js</a>'
    )
    assert text == "Take Ada & Charles.\nNextjs"
    assert links == ("https://e.org/ada", "https://video.example/x")


@pytest.mark.parametrize(
    "fragment,expected",
    [
        ("plain text, a < b", "plain text, a < b"),
        ("AT&T", "AT&T"),
        ("  spaced\t out  ", "spaced out"),
        ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
        ("<p>a</p>\n\n\n<p>b</p>", "a\n\nb"),
        ('cut <a href="http://x', "cut"),
        ("<!-- note", ""),
        ("x<br>y", "x\ny"),
    ],
)
def test_plain_results(fragment, expected):
    assert html_to_text(fragment)[0] == expected


def test_links_without_a_scheme_are_collected():
    assert html_to_text('<a href="//e.org/a">a</a> <a href="/local">b</a>')[1] == ("//e.org/a",)
