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


def test_the_layout_a_file_opens_with_is_made_off_the_gui_thread(window, monkeypatch):
    # The loader's worker lays the file out (2.3 s at a million records); the window
    # only takes that layout, and lays out again itself when lanes are hidden
    import threading

    from viewer.core import layout as layout_module
    from viewer.core.paths import BUNDLED_DATA

    threads = []
    compute = layout_module.compute_layout

    def spy(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return compute(*args, **kwargs)

    monkeypatch.setattr(layout_module, "compute_layout", spy)
    assert open_and_wait(window, BUNDLED_DATA)
    assert threads == [False]
    window.session.set_lane_visible(window.session.dataset.lanes[0].id, False)
    assert threads == [False, True]
