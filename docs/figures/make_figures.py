"""Make the reference figures shown in the README (docs/figures/*.png).

Usage: python docs/figures/make_figures.py   (from the repository, after ``bash bin/run``
has set up .venv; the A4 page needs ``pdftoppm`` from poppler-utils)

Each figure is made by the command line's own export (``python -m viewer export``), so the
gallery shows exactly what a user gets:

- interpol-all.png: the bundled record, whole, 1600 px wide, with source footnotes;
- interpol-2010-2027.png: the bundled record from 2010 to 2027;
- interpol-dark.png: 1990-2027 in the dark theme, without footnotes;
- women-in-computing.png: an imported TimelineJS file (TimelineJS's own example);
- interpol-a4.png: the first page of an A4 landscape PDF of 2010-2027, as a PNG;
- interpol-map.png: the map of the hosts (``export --view map``), all sessions;
- interpol-map-2011-2026-dark.png: the map of 2011-2026, the years of the flag's journey,
  in the dark theme;
- map-dock.png: the window with View › Map open and the 91st session selected
  (``docs/figures/make_map_window.py``).

The window in each language (window-en.png, window-fr.png, window-es.png, window-ar.png) is a
screenshot of the real window on Xvfb, cropped to the window (1400 x 860), made with
``/work/shared/tools/xshot --wait 3 --shot raw.png -- python -m viewer --lang LANG
--select session-93 --range 2010:2027`` (settings in an empty ``XDG_CONFIG_HOME``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WOMEN = ROOT / "tests" / "fixtures" / "timelinejs" / "women_in_computing.json"

FIGURES: list[tuple[str, list[str]]] = [
    ("interpol-all.png", []),
    ("interpol-2010-2027.png", ["--range", "2010:2027"]),
    ("interpol-dark.png", ["--range", "1990:2027", "--theme", "dark", "--no-sources"]),
    ("women-in-computing.png", [str(WOMEN)]),
    ("interpol-map.png", ["--view", "map"]),
    (
        "interpol-map-2011-2026-dark.png",
        ["--view", "map", "--range", "2011:2026", "--theme", "dark"],
    ),
]


def export(out: Path, args: list[str]) -> None:
    """Run ``python -m viewer export`` with *args* to *out*; raise on failure."""
    subprocess.run(
        [sys.executable, "-m", "viewer", "export", *args, "-o", str(out)], check=True, cwd=ROOT
    )


def main() -> int:
    for name, args in FIGURES:
        export(HERE / name, args)  # prints the file's path
    subprocess.run(
        [sys.executable, str(HERE / "make_map_window.py"), str(HERE / "map-dock.png")],
        check=True,
        cwd=ROOT,
    )
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (Debian: poppler-utils): interpol-a4.png not made")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "a4.pdf"
        export(pdf, ["--range", "2010:2027", "--page", "A4", "--landscape"])
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "110",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(HERE / "interpol-a4"),
            ],
            check=True,
        )
    print(HERE / "interpol-a4.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
