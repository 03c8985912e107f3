"""The window shows a large file making records only for what it shows."""

from tests.conftest import open_and_wait
from tests.core.test_columns import _synthetic


def test_opening_a_large_file_makes_records_only_for_what_is_shown(
    qtbot, window, tmp_path, monkeypatch
):
    from viewer.core import loading

    path = _synthetic(tmp_path, 5000)
    made: list[str] = []
    build = loading.build_record
    monkeypatch.setattr(
        loading, "build_record", lambda r, dates: made.append(r.id) or build(r, dates)
    )
    assert open_and_wait(window, path)
    qtbot.wait(50)
    assert len(window.session.dataset.records) == 5000
    assert len(made) < 1000, len(made)
