"""What the window says when a file cannot be used (pure text)."""

from viewer.core.load_messages import load_failure, window_title


def test_a_failed_reload_keeps_the_last_good_data_and_says_when_it_was_read():
    f = load_failure("bad.json: line 3: oops", "/d/bad.json", "/d/bad.json", True, "10:11:12")
    assert f.reloading and not f.nothing_shown
    assert f.title == "Could not reload the file"
    assert f.text.startswith("bad.json: line 3: oops\n\n")
    assert "read at 10:11:12" in f.text and "bad.json changed" in f.status


def test_another_file_failing_names_the_file_still_shown():
    f = load_failure("why", "/d/new.csv", "/d/old.json", False, "10:11:12")
    assert not f.reloading and not f.nothing_shown and f.status == ""
    assert f.text == "why\n\nold.json is still shown."


def test_nothing_shown_says_what_to_do_next():
    f = load_failure("why", "/d/new.csv", "", False, "")
    assert f.nothing_shown and f.title == "Could not open the file"
    assert "File › Open…" in f.text


def test_file_names_are_shown_literally():
    evil = "/d/report\u202egnp.json"
    assert "\u202e" not in window_title(evil)
    assert "\u202e" not in load_failure("x", evil, evil, True, "").status
    assert window_title("") == "untitled – Timeline Viewer"
    assert window_title("/d/a.json", opened=False) == "a.json (not opened) – Timeline Viewer"
