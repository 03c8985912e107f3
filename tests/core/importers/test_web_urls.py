"""Which sources are kept as web links: the quick test of plain URLs agrees with the
general one (``urllib.parse.urlsplit``) on every text."""

from urllib.parse import urlsplit

from hypothesis import given
from hypothesis import strategies as st

from viewer.core.importers.drafts import is_web_url


def _by_urlsplit(url: str) -> bool:
    if any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host)


_PARTS = st.sampled_from(
    [
        "http",
        "HTTPS",
        "ftp",
        "://",
        "//",
        ":",
        "/",
        "?",
        "#",
        "@",
        "[",
        "]",
        "::1",
        ".",
        "-",
        "a",
        "Z9",
        "é",
        " ",
        "\n",
        "\x01",
        "80",
        "example.org",
        "ü.de",
        "%20",
    ]
)


@given(st.lists(_PARTS, max_size=10).map("".join))
def test_the_quick_test_agrees_with_urlsplit(url):
    assert is_web_url(url) == _by_urlsplit(url)


def test_plain_and_odd_urls():
    assert is_web_url("https://www.interpol.int/News-and-Events")
    assert is_web_url("HTTP://EXAMPLE.ORG")
    assert is_web_url("http://[::1]/a")  # the general test: a bracketed host
    assert is_web_url("https://user@example.org:8080/x")
    assert not is_web_url("https://example.org/a b")
    assert not is_web_url("ftp://example.org/")
    assert not is_web_url("https:///no-host")
    assert not is_web_url("https://example.org\n")
