"""CITATION.cff at the repository root: the fields that the Citation File Format 1.2.0
requires, and the version and licence that pyproject.toml states."""

import datetime
import re
from pathlib import Path

from viewer import __version__

ROOT = Path(__file__).resolve().parents[2]


def _top_level(text):
    """The ``key: value`` pairs of a YAML document's top level (quotes removed), and the
    keys whose value is a list of mappings (``authors``). No YAML library is a
    dependency: the file keeps to this plain subset, which the test also checks."""
    fields, lists, current = {}, {}, None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        top = re.fullmatch(r"([a-z][a-z-]*):(?: (.*))?", line)
        if top:
            current = top.group(1)
            assert current not in fields, f"{current} given twice"
            fields[current] = (top.group(2) or "").strip().strip('"')
            continue
        item = re.fullmatch(r"  - (?:([a-z-]+): )?(.+)", line)
        assert item and current, f"not in the plain subset: {line!r}"
        lists.setdefault(current, []).append(item.groups())
    return fields, lists


def test_citation_cff_is_complete_and_matches_pyproject():
    fields, lists = _top_level((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert fields["cff-version"] == "1.2.0"
    assert fields["message"] and fields["title"] == "Timeline Viewer"
    assert lists["authors"] and all(key == "name" and value for key, value in lists["authors"])
    version = re.search(r'(?m)^version = "([^"]+)"$', pyproject).group(1)
    assert fields["version"] == version == __version__
    licence = re.search(r'(?m)^license = \{ text = "([^"]+)" \}$', pyproject).group(1)
    assert fields["license"] == licence
    datetime.date.fromisoformat(fields["date-released"])
