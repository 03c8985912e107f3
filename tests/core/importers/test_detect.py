"""Format detection by content and extension; files are never written."""

import os
import shutil
import sys

import pytest

from tests.conftest import FIXTURES
from viewer.core.errors import LoadError
from viewer.core.importers import REGISTRY, detect_format, load_any, load_bytes
from viewer.core.paths import data_path

EXAMPLES = {
    "institutions.json": "timeline-viewer",
    "health.csv": "csv",
    "telecommunication.timelinejs.json": "timelinejs-json",
    "standards.timelinejs.csv": "timelinejs-csv",
    "courts.vis.json": "vis-timeline",
}
TABLE_EXAMPLES = {"health.parquet": "parquet", "health.arrow": "arrow"}


def test_examples_cover_every_format():
    """Every format has an example file; the tables hold health.csv's records."""
    assert set(EXAMPLES.values()) == {f.name for f in REGISTRY if f.text != "table"}
    assert set(TABLE_EXAMPLES.values()) == {f.name for f in REGISTRY if f.text == "table"}
    names = sorted(p.name for p in data_path("examples").iterdir())
    assert names == sorted([*EXAMPLES, *TABLE_EXAMPLES])
    csv = load_any(data_path("examples", "health.csv")).dataset
    for name, fmt in TABLE_EXAMPLES.items():
        result = load_any(data_path("examples", name))
        assert result.format == fmt and result.problems == ()
        assert result.dataset.records == csv.records
        assert (result.dataset.title, result.dataset.as_of) == (csv.title, csv.as_of)


@pytest.mark.parametrize("name,fmt", EXAMPLES.items())
def test_each_example_is_detected_and_loads_clean(name, fmt):
    path = data_path("examples", name)
    assert detect_format(path.read_text(encoding="utf-8"), name) == fmt
    result = load_any(path)
    assert result.format == fmt
    assert result.problems == ()
    assert len(result.dataset.records) >= 5


@pytest.mark.parametrize("name,fmt", EXAMPLES.items())
def test_content_decides_when_the_extension_does_not(name, fmt):
    raw = data_path("examples", name).read_bytes()
    assert load_bytes(raw, "no-extension").format == fmt
    assert load_bytes(raw, "odd.data").format == fmt


_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
_opened: list[tuple[str, object, int]] | None = None


def _audit(event, args):
    if event == "open" and _opened is not None:
        _opened.append((str(args[0]), args[1], args[2]))


sys.addaudithook(_audit)


@pytest.mark.parametrize("name,fmt", EXAMPLES.items())
def test_input_files_are_never_written(tmp_path, name, fmt):
    global _opened
    path = tmp_path / name
    shutil.copy(data_path("examples", name), path)
    before = path.read_bytes(), path.stat().st_mtime_ns
    _opened = []
    try:
        load_any(path)
        opened = list(_opened)
    finally:
        _opened = None
    mine = [(mode, flags) for p, mode, flags in opened if p == str(path)]
    assert mine, "the audit hook saw the file being opened"
    for mode, flags in mine:
        assert not (isinstance(mode, str) and set(mode) & set("wax+")), mode
        assert not (flags or 0) & _WRITE_FLAGS, flags
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert [p.name for p in tmp_path.iterdir()] == [name]


@pytest.mark.parametrize(
    "content,name,needles",
    [
        (b'{"hello": 1}', "x.json", ["x.json", "not a timeline format", "events"]),
        (b"[1, 2, 3]", "x.json", ["found an array"]),
        (b"[]", "x.json", ["found an empty array"]),  # "found an array; expected an array"
        (b"{}", "x.json", ["found an empty object"]),
        (b"a,b,c\n1,2,3\n", "x.csv", ["x.csv", "line 1", "not recognised", "start"]),
        (b"id,title\n", "x.json", ["line 1, column 1", "invalid JSON"]),
        (b'{"events": 3}', "x.json", ["'events' list"]),
    ],
)
def test_unrecognised_content_is_a_clear_load_error(content, name, needles):
    with pytest.raises(LoadError) as info:
        load_bytes(content, name)
    for needle in needles:
        assert needle in str(info.value)


def test_timelinejs_fixture_is_detected_from_content():
    raw = (FIXTURES / "timelinejs" / "eras.json").read_bytes()
    assert load_bytes(raw, "eras").format == "timelinejs-json"
