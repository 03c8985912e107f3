"""Collect the interface's words into ``viewer/translations/viewer_{fr,es,ar}.ts`` with
``pyside6-lupdate`` (dropping the words the code no longer has), then compile each into its
``.qm`` with ``pyside6-lrelease`` (the ``.qm`` files are committed and ship in the package).

Usage: ``.venv/bin/python tools/update_translations.py [--no-collect]``: translate the
entries marked ``unfinished`` (Qt Linguist, ``pyside6-linguist``, or a text editor) between
the two steps; ``tests/app/test_translations.py`` fails while any is left.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "viewer" / "translations"
LANGUAGES = ("fr", "es", "ar")
_BIN = Path(sys.executable).parent


def ts_path(lang: str) -> Path:
    """The ``.ts`` file of *lang*."""
    return TRANSLATIONS / f"viewer_{lang}.ts"


def collect(ts: Path, lang: str, no_obsolete: bool = True) -> str:
    """Run ``pyside6-lupdate`` over ``viewer/`` into *ts*; returns its report."""
    args = [str(_BIN / "pyside6-lupdate"), "-extensions", "py", "-recursive", "-locations"]
    args += ["none", str(ROOT / "viewer"), "-target-language", lang, "-ts", str(ts)]
    if no_obsolete:
        args.insert(1, "-no-obsolete")
    done = subprocess.run(args, capture_output=True, text=True, check=True)
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
