"""Collect the interface's words into ``viewer/translations/viewer_{fr,es,ar}.ts`` with
``pyside6-lupdate`` (dropping the words the code no longer has), then compile each into its
``.qm`` with ``pyside6-lrelease`` (the ``.qm`` files are committed and ship in the package).

Usage: ``.venv/bin/python tools/update_translations.py [--no-collect]``: translate the
entries marked ``unfinished`` (Qt Linguist, ``pyside6-linguist``, or a text editor) between
the two steps; ``tests/app/test_translations.py`` fails while any is left.

Plurals: PySide's lupdate marks a message as plural (``numerus``) only when its count is a
number written in the call, never a variable, and then turns the plural translations of a
variable's call back into one unfinished form. So a message whose source has ``%n`` or
``%Ln`` is made plural here after lupdate ran, keeping the forms translated before.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "viewer" / "translations"
LANGUAGES = ("fr", "es", "ar")
PLURAL_FORMS = {"fr": 2, "es": 2, "ar": 6}
"""How many plural forms Qt's rules give each language (Arabic: zero, one, two, few, many,
other)."""
_BIN = Path(sys.executable).parent

Key = tuple[str, str, str]


def ts_path(lang: str) -> Path:
    """The ``.ts`` file of *lang*."""
    return TRANSLATIONS / f"viewer_{lang}.ts"


def _key(context: ET.Element, message: ET.Element) -> Key:
    comment = message.find("comment")
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        comment.text or "" if comment is not None else "",
    )


def _plurals(root: ET.Element) -> dict[Key, list[str]]:
    out = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            if forms and translation is not None and translation.get("type") != "unfinished":
                out[_key(context, message)] = [f.text or "" for f in forms]
    return out


def make_plural(ts: Path, lang: str, before: dict[Key, list[str]]) -> None:
    """Mark the messages of *ts* whose source has ``%n`` as plural, with the forms of
    *before* (by context, source and comment) or else empty, unfinished ones."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source and "%Ln" not in source:
                continue
            message.set("numerus", "yes")
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            translation = ET.SubElement(message, "translation")
            forms = before.get(_key(context, message))
            if not forms or len(forms) != PLURAL_FORMS[lang]:
                translation.set("type", "unfinished")
                forms = [""] * PLURAL_FORMS[lang]
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def collect(ts: Path, lang: str) -> str:
    """Run ``pyside6-lupdate`` over ``viewer/`` into *ts* (obsolete entries dropped), then
    :func:`make_plural`; returns lupdate's report."""
    before = _plurals(ET.parse(ts).getroot()) if ts.exists() else {}
    args = [str(_BIN / "pyside6-lupdate"), "-no-obsolete", "-extensions", "py", "-recursive"]
    args += ["-locations", "none", str(ROOT / "viewer"), "-target-language", lang]
    done = subprocess.run([*args, "-ts", str(ts)], capture_output=True, text=True, check=True)
    make_plural(ts, lang, before)
    return done.stdout + done.stderr


def release(ts: Path, qm: Path) -> None:
    """Compile *ts* into *qm* with ``pyside6-lrelease``."""
    subprocess.run(
        [str(_BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def main(argv: list[str]) -> int:
    for lang in LANGUAGES:
        ts = ts_path(lang)
        if "--no-collect" not in argv:
            print(collect(ts, lang).strip())
        release(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
