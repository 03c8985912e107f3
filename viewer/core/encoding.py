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
from viewer.core.i18n import QT_TRANSLATE_NOOP, number, translate

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
ARROW_STREAM_MAGIC = b"\xff\xff\xff\xff"
"""The first bytes of an Arrow IPC stream (``.arrows``): the continuation marker before
each message's length (Arrow columnar format, "Encapsulated message format"). No text
file starts with them: they are not UTF-8, and as UTF-16 they are two non-characters."""


DAMAGED_TABLE = QT_TRANSLATE_NOOP(
    "Load", "a Parquet file cut short or damaged (its end is missing)"
)
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
        return translate("Load", DAMAGED_TABLE)
    import filetype  # only for files that are not text

    kind = filetype.guess(head)
    if kind is None:
        return None
    name = kind.extension.upper()
    # "an" before a type read letter by letter that starts with a vowel sound (an MP4).
    text = (
        translate("Load", "an {type} file ({mime})")
        if name[:1] in tuple("AEFHILMNORSX")
        else translate("Load", "a {type} file ({mime})")
    )
    return text.format(type=name, mime=kind.mime)


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
                translate(
                    "Load",
                    "{file}: not a regular file (a device or a pipe); save the data to a "
                    "file and open that",
                ).format(file=path)
            )
        if info.st_size > MAX_FILE_BYTES:
            raise LoadError(too_large(str(path), info.st_size))
        return path.read_bytes()
    except FileNotFoundError:
        raise LoadError(translate("Load", "{file}: file not found").format(file=path)) from None
    except IsADirectoryError:
        raise LoadError(
            translate("Load", "{file}: is a folder, not a file").format(file=path)
        ) from None
    except OSError as exc:
        raise LoadError(cannot_read(str(path), exc)) from None


def too_large(file: str, size: int) -> str:
    """Why *file* (or folder) of *size* bytes is not read: more than :data:`MAX_FILE_BYTES`."""
    return translate(
        "Load",
        "{file}: {size} bytes is larger than this viewer reads ({most} bytes, {gb} GB, at most)",
    ).format(file=file, size=number(size), most=number(MAX_FILE_BYTES), gb=_gb(MAX_FILE_BYTES))


def cannot_read(file: str, exc: OSError) -> str:
    """Why *file* could not be read: the operating system's reason (in its own words)."""
    return translate("Load", "{file}: cannot read ({reason})").format(
        file=file, reason=exc.strerror or exc
    )


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
            translate(
                "Load",
                "{file}: this is a spreadsheet workbook or other binary file, not text; save "
                'it as "CSV UTF-8" (or JSON) and open that',
            ).format(file=file)
        )
    kind = binary_kind(raw)
    if raw.startswith(PARQUET_MAGIC):
        raise LoadError(
            translate("Load", "{file}: {kind}; copy or write the file again and open it").format(
                file=file, kind=kind
            )
        )
    if kind is not None:
        raise LoadError(
            translate(
                "Load",
                "{file}: this is {kind}, not a timeline; open a JSON, CSV, Parquet or Arrow file",
            ).format(file=file, kind=kind)
        )
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError as exc:
                if bom == codecs.BOM_UTF8:  # where, as without the mark (which no editor shows)
                    body = raw[len(bom) :]
                    raise LoadError(_not_utf8(body, _utf8_error(body), file)) from None
                raise LoadError(
                    translate(
                        "Load",
                        "{file}: starts with a {encoding} byte-order mark but is not valid "
                        "{encoding} (byte {byte}: {reason})",
                    ).format(file=file, encoding=name, byte=exc.start, reason=exc.reason)
                ) from None
            break
    else:
        if len(raw) >= 4 and (
            raw[1::2].count(0) > len(raw) // 4 or raw[0::2].count(0) > len(raw) // 4
        ):
            raise LoadError(
                translate(
                    "Load",
                    "{file}: looks like UTF-16 text without a byte-order mark; save it as UTF-8",
                ).format(file=file)
            )
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise LoadError(_not_utf8(raw, exc, file)) from None
    if not text or text.isspace():  # not strip(), which would copy a large text
        raise LoadError(translate("Load", "{file}: the file is empty").format(file=file))
    if "\x00" in text:
        raise LoadError(
            translate("Load", "{file}: contains NUL characters: a binary file, not text").format(
                file=file
            )
        )
    return text


def _utf8_error(raw: bytes) -> UnicodeDecodeError:
    """The error of decoding *raw* (bytes known not to be UTF-8) as UTF-8."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc
    raise AssertionError("the bytes are UTF-8")


def _not_utf8(raw: bytes, exc: UnicodeDecodeError, file: str) -> str:
    before = raw[: exc.start]
    line = before.count(b"\n") + 1
    # In characters, as an editor counts them (the bytes before the first bad one are UTF-8).
    column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8")) + 1
    try:
        raw.decode("cp1252")
        latin = True
    except UnicodeDecodeError:
        latin = False
    # Excel's advice only where Excel may have written the file: not for JSON.
    excel = raw.lstrip()[:1] not in (b"{", b"[")
    text = _NOT_UTF8[(latin, excel)]
    return translate("Load", text).format(
        file=file, line=line, column=column, byte=f"0x{raw[exc.start]:02X}"
    )


_NOT_UTF8 = {
    (False, False): QT_TRANSLATE_NOOP(
        "Load",
        "{file}: line {line}, column {column}: byte {byte} is not UTF-8; save the file as "
        "UTF-8 and open it again",
    ),
    (True, False): QT_TRANSLATE_NOOP(
        "Load",
        "{file}: line {line}, column {column}: byte {byte} is not UTF-8 (it may be "
        "Windows-1252 or Latin-1); save the file as UTF-8 and open it again",
    ),
    (False, True): QT_TRANSLATE_NOOP(
        "Load",
        "{file}: line {line}, column {column}: byte {byte} is not UTF-8; save the file as "
        'UTF-8 ("CSV UTF-8" in Excel) and open it again',
    ),
    (True, True): QT_TRANSLATE_NOOP(
        "Load",
        "{file}: line {line}, column {column}: byte {byte} is not UTF-8 (it may be "
        'Windows-1252 or Latin-1); save the file as UTF-8 ("CSV UTF-8" in Excel) and open it '
        "again",
    ),
}
"""Why bytes are not UTF-8, by (whether they read as Windows-1252, whether the file may be
Excel's): whole sentences, so that each language words them its own way."""
