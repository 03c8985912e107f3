"""Read a file's bytes and decode them to text, or say exactly why not.

UTF-8 (with or without a byte-order mark) is read as is; UTF-16 and UTF-32 are read when
the file starts with their byte-order mark. Anything else is rejected with a message that
names the file, the place and the likely cause, never decoded into mojibake by a guess.
Files are only ever opened for reading.
"""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

from viewer.core.errors import LoadError

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

MAX_FILE_BYTES = 1_500_000_000
"""The largest file read: a million records of our JSON take 237 MB, and reading a file
takes several times its size in memory."""

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
PARQUET_MAGIC = b"PAR1"
"""The first and last four bytes of a Parquet file (Apache Parquet format specification)."""
ARROW_MAGICS = (b"ARROW1", b"FEA1")
"""The first bytes of an Arrow IPC file (Feather v2) and of a Feather v1 file."""


DAMAGED_TABLE = "{} cut short or damaged (its end is missing)"
"""What :func:`binary_kind` says of a Parquet file the table reader did not take (one
without its closing magic number; a damaged Arrow file is worded by the Arrow reader)."""


def binary_kind(raw: bytes) -> str | None:
    """What a file that is not text is, in words for a message (``a PNG file
    (image/png)``; ``a Parquet file cut short or damaged ...``), or ``None`` when its first
    bytes match no known binary format. A Parquet file is told by its own magic number;
    other formats (images, PDF, archives, audio, video, fonts) by the ``filetype``
    package's signatures. Reads only the first 8 KB."""
    head = raw[:8192]
    if head.startswith(PARQUET_MAGIC):
        return DAMAGED_TABLE.format("a Parquet file")
    import filetype  # only for files that are not text

    kind = filetype.guess(head)
    if kind is None:
        return None
    return f"{_article(kind.extension.upper())} {kind.extension.upper()} file ({kind.mime})"


def _article(word: str) -> str:
    """``a`` or ``an`` before an upper-case file type read letter by letter (an MP4)."""
    return "an" if word[:1] in tuple("AEFHILMNORSX") else "a"


def read_bytes(path: Path) -> bytes:
    """The whole content of *path*.

    Raises
    ------
    LoadError
        Missing file, a folder, not a regular file (a device or a pipe, which could be read
        forever), larger than :data:`MAX_FILE_BYTES`, or an operating-system read error
        (permissions...).
    """
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(
                f"{path}: not a regular file (a device or a pipe); save the data "
                "to a file and open that"
            )
        if info.st_size > MAX_FILE_BYTES:
            raise LoadError(
                f"{path}: {info.st_size:,} bytes is larger than this viewer "
                f"reads ({MAX_FILE_BYTES:,} bytes, {_gb(MAX_FILE_BYTES)} GB, at "
                "most)"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise LoadError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise LoadError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise LoadError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _gb(size: int) -> str:
    """*size* bytes in GB, with as many decimals as it needs (1.5, not "2")."""
    return f"{size / 1e9:.3f}".rstrip("0").rstrip(".")


def decode(raw: bytes, file: str) -> str:
    """Decode *raw* to text; *file* names it in messages.

    Returns the text without any byte-order mark, with line ends as in the file.

    Raises
    ------
    LoadError
        Empty file; a spreadsheet workbook or other binary file (named when
        :func:`binary_kind` knows it); UTF-16 without a
        byte-order mark; bytes that are not UTF-8 (the message gives the line and column of
        the first bad byte and suggests re-saving as "CSV UTF-8" / UTF-8).
    """
    if raw.startswith(_ZIP_MAGIC) or raw.startswith(_OLE_MAGIC):
        raise LoadError(
            f"{file}: this is a spreadsheet workbook or other binary file, not "
            'text; save it as "CSV UTF-8" (or JSON) and open that'
        )
    kind = binary_kind(raw)
    if kind is not None and "cut short" in kind:
        raise LoadError(f"{file}: {kind}; copy or write the file again and open it")
    if kind is not None:
        raise LoadError(
            f"{file}: this is {kind}, not a timeline; open a JSON, CSV, Parquet or Arrow file"
        )
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError as exc:
                raise LoadError(
                    f"{file}: starts with a {name} byte-order mark but is not "
                    f"valid {name} (byte {exc.start}: {exc.reason})"
                ) from None
            break
    else:
        if len(raw) >= 4 and (
            raw[1::2].count(0) > len(raw) // 4 or raw[0::2].count(0) > len(raw) // 4
        ):
            raise LoadError(
                f"{file}: looks like UTF-16 text without a byte-order mark; save it as UTF-8"
            )
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise LoadError(_not_utf8(raw, exc, file)) from None
    if not text or text.isspace():  # not strip(), which would copy a large text
        raise LoadError(f"{file}: the file is empty")
    if "\x00" in text:
        raise LoadError(f"{file}: contains NUL characters: a binary file, not text")
    return text


def _not_utf8(raw: bytes, exc: UnicodeDecodeError, file: str) -> str:
    before = raw[: exc.start]
    line = before.count(b"\n") + 1
    column = exc.start - (before.rfind(b"\n") + 1) + 1
    hint = ""
    try:
        raw.decode("cp1252")
        hint = " (it may be Windows-1252 or Latin-1)"
    except UnicodeDecodeError:
        pass
    # Excel's advice only where Excel may have written the file: not for JSON.
    excel = "" if raw.lstrip()[:1] in (b"{", b"[") else ' ("CSV UTF-8" in Excel)'
    return (
        f"{file}: line {line}, column {column}: byte 0x{raw[exc.start]:02X} is not "
        f"UTF-8{hint}; save the file as UTF-8{excel} and open it again"
    )
