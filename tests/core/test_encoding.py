"""Bytes to text: UTF-8 with or without BOM, UTF-16/32 with BOM, clear rejections."""

import codecs

import pytest

from viewer.core.encoding import decode
from viewer.core.errors import LoadError

TEXT = "id,title,start\nzurich,Zürich – Genève ≠ Kraków,1923\n"


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with its byte-order mark
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
    ],
)
def test_decoded_exactly(raw):
    assert decode(raw, "f.csv") == TEXT


@pytest.mark.parametrize(
    "raw,needles",
    [
        (
            "id,title\n1,Zürich\n".encode("cp1252"),
            ["f.csv", "line 2, column 4", "0xFC", "not UTF-8", "Windows-1252"],
        ),
        ("id,title\n1,Zurich\n".encode("utf-16-le"), ["UTF-16", "byte-order mark"]),
        (b"PK\x03\x04rest-of-a-workbook", ["workbook", "CSV UTF-8"]),
        (b"   \n\t ", ["empty"]),
        (b"", ["empty"]),
        (b"id,title\x00\n", ["NUL"]),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", ["UTF-16", "not valid"]),
    ],
)
def test_rejected_with_the_reason(raw, needles):
    with pytest.raises(LoadError) as info:
        decode(raw, "f.csv")
    for needle in needles:
        assert needle in str(info.value)


def test_excel_is_advised_for_a_table_not_for_json():
    latin = '{"title": "café"}'.encode("cp1252")
    with pytest.raises(LoadError) as info:
        decode(latin, "f.json")
    assert "save the file as UTF-8 and open it again" in str(info.value)
    assert "Excel" not in str(info.value)
    with pytest.raises(LoadError) as info:
        decode("id,title\n1,café\n".encode("cp1252"), "f.csv")
    assert '"CSV UTF-8" in Excel' in str(info.value)


@pytest.mark.parametrize(
    "raw, words",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "this is a PNG file (image/png), not a timeline"),
        (b"%PDF-1.7\n" + bytes(200), "this is a PDF file (application/pdf)"),
        (b"PAR1" + bytes(200), "a Parquet file cut short or damaged"),
    ],
)
def test_a_binary_file_is_named_not_called_bad_utf8(tmp_path, raw, words):
    """A PNG renamed to .json was answered with Excel's "CSV UTF-8" advice (a trial)."""
    from viewer.core.importers import load_any

    path = tmp_path / "renamed.json"
    path.write_bytes(raw)
    with pytest.raises(LoadError) as info:
        load_any(path)
    assert words in str(info.value) and "Excel" not in str(info.value)


def test_bad_bytes_after_a_utf8_mark_are_named_by_line_and_column():
    """After a UTF-8 byte-order mark, a Latin-1 letter got only a byte offset ("byte
    36"); without the mark it got its line and column (a new user's finding)."""
    body = "id,title,start\na,Ok,1990\nb,Caf\u00e9,1991\n".encode("latin-1")
    messages = []
    for raw in (codecs.BOM_UTF8 + body, body):
        with pytest.raises(LoadError) as caught:
            decode(raw, "f.csv")
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert "line 3, column 6: byte 0xE9 is not UTF-8 (it may be Windows-1252" in messages[0]


def test_the_column_of_a_bad_byte_counts_characters():
    """ "a,你好" then a bad byte: column 5 as an editor shows it, not 9 (bytes)."""
    with pytest.raises(LoadError) as caught:
        decode(b"id,title\n" + "a,你好".encode() + b"\xff\n", "f.csv")
    assert "line 2, column 5: byte 0xFF" in str(caught.value)
