"""The details panel shows data literally and routes links without following them."""

from PySide6 import QtCore, QtGui

from tests.conftest import MINI
from tests.documents import document, loaded_dataset
from viewer.core.loading import load_file
from viewer.widgets.details_panel import DetailsPanel


def test_text_is_literal_and_sources_are_links(qtbot):
    dataset = load_file(MINI).dataset
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_record(dataset.get("p1"), dataset)
    text = panel.plain_text()
    assert "Anna <Ö> Example" in text  # a < in a name is a <
    assert "https://example.org/p1" in panel.toHtml()
    panel.show_record(dataset.get("s1"), dataset)
    assert "Founding <congress> & more." in panel.plain_text()
    assert "3–7 September 1923" in panel.plain_text()


def test_links_are_signalled_not_followed(qtbot):
    dataset = load_file(MINI).dataset
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_record(dataset.get("s1"), dataset)
    with qtbot.waitSignal(panel.record_link_activated) as rec:
        panel.anchorClicked.emit(QtCore.QUrl("record:h1"))
    assert rec.args == ["h1"]
    with qtbot.waitSignal(panel.url_open_requested) as url:
        panel.anchorClicked.emit(QtCore.QUrl("https://example.org/a"))
    assert url.args[0].toString() == "https://example.org/a"
    with qtbot.assertNotEmitted(panel.url_open_requested):
        panel.anchorClicked.emit(QtCore.QUrl("file:///etc/passwd"))
    assert panel.record_id == "s1"  # the panel did not navigate away


def test_bundled_93rd_session_panel(qtbot, bundled):
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_record(bundled.dataset.get("session-93"), bundled.dataset)
    text = panel.plain_text()
    for needle in (
        "24–27 November 2025",
        "Marrakech, Morocco",
        "Lucas Philippe",
        "Sources disagree",
        "Hong Kong",
        "Sources",
    ):
        assert needle in text, needle


def test_claims_show_their_own_numbered_sources(qtbot, bundled):
    dataset = bundled.dataset
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_record(dataset.get("sg-9"), dataset)
    text = panel.plain_text()
    assert "Elected" in text and "5 November 2024" in text
    assert "How it ended" in text and "still in office" in text
    html = panel.toHtml()
    assert "noticias.uol.com.br" in html
    panel.show_record(dataset.get("session-86"), dataset)
    assert "Sources disagree: attendance" in panel.plain_text()
    assert "Xi pledges to help strengthen Interpol" in panel.plain_text()  # article listed


def test_imported_record_without_sources_says_so(qtbot):
    from viewer.core.importers import load_bytes

    result = load_bytes(
        b"id,title,start,end,display_date\nx,No <i>source</i>,1914,1918,during the war\n", "s.csv"
    )
    record = result.dataset.get("x")
    assert record.sources == ()
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_record(record, result.dataset)
    text = panel.plain_text()
    assert "No source given in the file." in text
    assert "No <i>source</i>" in text and "during the war" in text


def test_many_alternatives_fit_a_narrow_panel(qtbot, bundled):
    """The 1st session's attendance has six alternatives: two to a row, so that words are
    not broken and the panel needs no horizontal scrolling at the window's panel width."""
    import re

    from viewer.widgets.details_html import record_html

    record = bundled.dataset.get("session-1")
    assert len(record.disputes[0].alternatives) == 6
    html = record_html(record, bundled.dataset)
    table = html[html.index("Sources disagree") :]
    table = table[table.index("<table") : table.index("</table>")]
    assert [row.count("<td") for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)] == [2, 2, 2]
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    panel.show_record(record, bundled.dataset)
    assert panel.horizontalScrollBar().maximum() == 0


def test_how_a_term_ended_is_not_said_twice(qtbot):

    rec = {
        "id": "p",
        "kind": "presidency",
        "lane": "a",
        "title": "A President",
        "start": "1950",
        "end": "1955",
        "end_reason": "died",
        "how_ended": "died in office",
        "sources": ["https://e.org"],
    }
    other = {**rec, "id": "q", "end_reason": "resigned", "how_ended": "over a scandal"}
    dataset = loaded_dataset([rec, other])
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_record(dataset.get("p"), dataset)
    assert "died in office" in panel.plain_text() and "died: died" not in panel.plain_text()
    panel.show_record(dataset.get("q"), dataset)
    assert "resigned: over a scandal" in panel.plain_text()


def test_a_record_of_twenty_thousand_facts_people_and_sources_shows_the_first_200(qtbot, tmp_path):
    import json

    from viewer.widgets.details_html import SHOWN_PER_LIST

    n = 20_000
    doc = document(
        [
            {
                "id": "many",
                "kind": "event",
                "title": "Many",
                "start": "2000",
                "lane": "a",
                "sources": [f"https://example.org/s/{i}" for i in range(n)],
                "people": [{"name": f"Person {i}"} for i in range(n)],
                "facts": [
                    {
                        "label": f"Fact {i}",
                        "value": f"v{i}",
                        "sources": [f"https://example.org/f/{i}"],
                    }
                    for i in range(n)
                ],
            }
        ]
    )
    path = tmp_path / "many.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    dataset = load_file(path).dataset
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_record(dataset.get("many"), dataset)
    text = panel.plain_text()
    last = SHOWN_PER_LIST - 1
    assert f"Fact {last}:" in text and f"Fact {last + 1}:" not in text
    assert f"Person {last}" in text and f"Person {last + 1}\n" not in text
    assert f"https://example.org/s/{last}" in text
    assert "https://example.org/s/200" not in text
    for line in (
        "… and 19,800 more facts, not shown here",
        "… and 19,800 more names, not shown here",
        # the record's 20,000 and those of the 200 facts shown
        "… and 20,000 more sources, not shown here",
    ):
        assert line in text, line
    assert len(text) < 100_000  # bounded, whatever the number of facts


def test_disputes_show_200_alternatives_in_all():
    from viewer.core.dates import parse_edtf
    from viewer.core.records import Alternative, Dataset, Dispute, Record, Source
    from viewer.widgets.details_html import record_html

    def dispute(name, count):
        return Dispute(
            name, tuple(Alternative(f"{name} {i}", ("https://example.org/",)) for i in range(count))
        )

    record = Record(
        id="r",
        kind="event",
        title="R",
        start=parse_edtf("2000"),
        sources=(Source("https://example.org/"),),
        disputes=(dispute("first", 150), dispute("second", 150), dispute("third", 2)),
    )
    html = record_html(record, Dataset(title="t", lanes=(), records=(record,)))
    assert "first 149" in html and "second 49" in html and "second 50" not in html
    assert "… and 100 more alternatives" in html
    assert "third" not in html and "… and 1 more disputed field," in html


def test_a_session_with_thousands_of_related_records_has_a_bounded_panel(qtbot, tmp_path):
    import json

    from viewer.widgets.details_html import record_html

    n = 4000
    source = ["https://example.org/"]
    records = [
        {
            "id": "s",
            "kind": "session",
            "lane": "a",
            "title": "The session",
            "start": "1990-05-05",
            "sources": source,
        }
    ]
    records += [
        {
            "id": f"p{i}",
            "kind": "presidency",
            "lane": "a",
            "title": f"President {i}",
            "start": "1980",
            "end": "2000",
            "sources": source,
        }
        for i in range(n)
    ]
    records += [
        {
            "id": f"a{i}",
            "kind": "article",
            "title": f"Article {i}",
            "start": "1991",
            "about": ["s"],
            "url": "https://example.org/a",
            "sources": source,
        }
        for i in range(n)
    ]
    records += [
        {
            "id": f"h{i}",
            "kind": "handover",
            "lane": "a",
            "title": f"Handover {i}",
            "start": "1990-05-06",
            "from_record": "s",
            "sources": source,
        }
        for i in range(n)
    ]
    path = tmp_path / "crowded.json"
    path.write_text(
        json.dumps(
            {
                "format": "timeline-viewer/1",
                "title": "t",
                "lanes": [{"id": "a", "title": "A"}],
                "records": records,
            }
        ),
        encoding="utf-8",
    )
    result = load_file(path)
    dataset = result.dataset
    assert len(dataset.records) == 3 * n + 1, result.problems[:3]
    html = record_html(dataset.get("s"), dataset)
    assert len(html.encode("utf-8")) < 50_000
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_record(dataset.get("s"), dataset)
    text = panel.plain_text()
    assert "President in office: President 9 " in text
    assert "President 10 " not in text
    assert "… and 3,990 more: President in office" in text
    assert "… and 3,990 more: Article" in text
    assert "… and 3,990 more: Flag handover" in text
    for record in dataset.records[:: n // 4]:  # the other side: each lists the session
        assert len(record_html(record, dataset).encode("utf-8")) < 50_000


def test_claim_without_its_own_source_says_so(qtbot, bundled):
    dataset = bundled.dataset
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_record(dataset.get("president-19"), dataset)  # end stated by no single source
    assert "stated by no single source; see the record's sources" in panel.plain_text()
    panel.show_record(dataset.get("session-90"), dataset)  # every claim has its own sources
    assert "stated by no single source" not in panel.plain_text()
    # Beside "How it ended", no field name ("end_reason: stated by…", a new user saw)
    panel.show_record(dataset.get("president-19"), dataset)
    ended = next(line for line in panel.plain_text().splitlines() if "completed" in line)
    assert "stated by no single source" in ended and "end_reason" not in ended


def _numbered_sources(html):
    """The URLs of the panel's numbered source list, in order, and the URL each ``[n]``
    reference beside a claim points at, by n."""
    import re

    listed = re.findall(r"<li><a href=\"([^\"]+)\"", html.split("<h3>Sources</h3>")[1])
    refs = {int(n): url for url, n in re.findall(r"<a href=\"([^\"]+)\">\[(\d+)\]</a>", html)}
    return listed, refs


def test_sources_show_their_kind_primary_and_press_first_and_numbers_stay_right(qtbot):
    from viewer.widgets.details_html import record_html

    mirror, paper, gov, book = (
        f"https://{h}.example/x" for h in ("mirror", "paper", "gov", "book")
    )
    dataset = loaded_dataset(
        [
            {
                "id": "s",
                "kind": "session",
                "lane": "a",
                "title": "s",
                "start": "2001",
                "place": {"city": "X"},
                "sources": [
                    {"url": mirror, "kind": "copy"},
                    {"url": book, "kind": "reference"},
                    {"url": paper, "kind": "press"},
                    {"url": gov, "kind": "primary"},
                ],
                "field_sources": {"start": [mirror, gov], "place": [paper]},
            },
            {"id": "plain", "kind": "session", "lane": "a", "title": "p", "start": "2002",
             "sources": [mirror, gov]},
        ]
    )  # fmt: skip
    html = record_html(dataset.get("s"), dataset)
    listed, refs = _numbered_sources(html)
    assert listed == [gov, paper, book, mirror]
    assert {n: listed[n - 1] for n in refs} == refs  # [n] beside a claim is the n-th source
    assert set(refs.values()) == {mirror, gov, paper}
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_record(dataset.get("s"), dataset)
    text = panel.plain_text()
    for word in ("(primary)", "(press)", "(reference)", "(copy)"):
        assert word in text, word
    assert text.index("gov.example (primary)") < text.index("mirror.example (copy)")
    panel.show_record(dataset.get("plain"), dataset)  # a file without kinds: as before
    text = panel.plain_text()
    assert "(primary)" not in text and "(copy)" not in text
    assert _numbered_sources(record_html(dataset.get("plain"), dataset))[0] == [mirror, gov]


def test_bundled_president_panel_lists_primary_and_press_before_mirrors(bundled):
    from viewer.widgets.details_html import record_html

    record = bundled.dataset.get("president-1")
    kinds = {s.url: s.kind for s in record.sources}
    assert record.sources[0].kind == "copy"  # the file lists the mirror first
    listed, refs = _numbered_sources(record_html(record, bundled.dataset))
    ranks = [("primary", "press", "reference", "copy").index(kinds[u]) for u in listed]
    assert ranks == sorted(ranks) and ranks[0] < 3
    assert all(listed[n - 1] == url for n, url in refs.items())


def test_source_numbers_beside_a_claim_read_in_ascending_order(bundled):
    """ "[3] [1] [5] [4]" beside a date read as disorder: each run of numbers ascends."""
    import re

    from viewer.widgets.details_html import record_html

    runs = 0
    for record in bundled.dataset.records:
        text = re.sub(r"<[^>]+>", "", record_html(record, bundled.dataset))
        for run in re.findall(r"\[\d+\](?: \[\d+\])+", text):
            numbers = [int(n) for n in re.findall(r"\d+", run)]
            assert numbers == sorted(numbers), (record.id, run)
            runs += 1
    assert runs > 100


def test_citation_button_shows_with_a_record_and_signals_its_id(qtbot):
    dataset = load_file(MINI).dataset
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 500)
    panel.show()
    button = panel.citation_button
    assert not button.isVisible()
    panel.show_record(dataset.get("s1"), dataset)
    assert button.isVisible() and button.text() == "Copy citation"
    # Below the text, not over it: the text's viewport ends above the button.
    assert panel.viewport().geometry().bottom() < button.geometry().top()
    with qtbot.waitSignal(panel.citation_requested) as sent:
        qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)
    assert sent.args == ["s1"]
    with_strip = panel.viewport().height()
    panel.show_empty(dataset)
    assert not button.isVisible()
    assert panel.viewport().height() > with_strip  # the strip goes with the button


def test_a_megabyte_word_is_cut_in_the_panel_and_says_so(qtbot):
    """One unbroken word of a million characters took Qt about eight minutes to lay out."""
    from tests.documents import loaded_dataset, record
    from viewer.core.display_text import PANEL_CHARS_MAX

    dataset = loaded_dataset([record("r", summary="y" * 1_000_000)])
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_record(dataset.get("r"), dataset)
    text = panel.plain_text()
    assert "y" * PANEL_CHARS_MAX in text and "y" * (PANEL_CHARS_MAX + 1) not in text
    assert f"… ({1_000_000 - PANEL_CHARS_MAX:,} more characters not shown" in text


def test_the_scroll_bar_shows_exactly_when_the_text_needs_it(qtbot):
    # The panel shows its scroll bar before laying out a text it guesses long (one layout,
    # not two): whatever it guessed, a long text ends with the bar and a short one without,
    # and the text takes the width left beside the bar
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 300)
    panel.show()
    qtbot.waitExposed(panel)
    long_html = "<p>" + "<br>".join(f"line {i}" for i in range(80)) + "</p>"
    bar = panel.verticalScrollBar()
    for html, needs_bar in (
        ("<p>short</p>", False),
        (long_html, True),
        ("<p>short again</p>", False),
        (long_html, True),
        (long_html + long_html, True),
        ("<p>x</p>", False),
    ):
        panel.setHtml(html)
        QtCore.QCoreApplication.processEvents()
        assert bar.isVisible() == needs_bar, html[:20]
        assert panel.verticalScrollBarPolicy() == QtCore.Qt.ScrollBarPolicy.ScrollBarAsNeeded
        width = panel.document().textWidth()
        assert abs(width - panel.viewport().width()) <= 1


def _luminance(colour):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def test_the_scroll_bar_is_flat_and_its_handle_stands_out(qtbot):
    # The panel's bar is a plain handle on a plain groove (Fusion's gradients cost most of a
    # click: see viewer/widgets/scroll_bars.py), the handle at 3:1 contrast or more with
    # the groove (WCAG's figure for controls), in a light and a dark palette alike
    for base, text in (("#ffffff", "#000000"), ("#1b1e23", "#e6e6e6")):
        panel = DetailsPanel()
        qtbot.addWidget(panel)
        palette = panel.palette()
        palette.setColor(QtGui.QPalette.ColorRole.Base, QtGui.QColor(base))
        palette.setColor(QtGui.QPalette.ColorRole.Text, QtGui.QColor(text))
        panel.setPalette(palette)
        panel.resize(360, 300)
        panel.show()
        qtbot.waitExposed(panel)
        panel.setHtml("<p>" + "<br>".join(f"line {i}" for i in range(80)) + "</p>")
        QtCore.QCoreApplication.processEvents()
        bar = panel.verticalScrollBar()
        assert bar.isVisible()
        image = bar.grab().toImage()
        colours = {
            image.pixelColor(x, y).name()
            for x in range(image.width())
            for y in range(image.height())
        }
        assert len(colours) == 2, colours  # groove and handle, nothing else
        groove = image.pixelColor(0, image.height() - 1)  # the handle starts at the top
        handle = next(QtGui.QColor(c) for c in colours if c != groove.name())
        lighter, darker = sorted((_luminance(groove), _luminance(handle)), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 3.0, (groove.name(), handle.name())
        assert groove.name() != base  # one sees where the bar is


def test_a_title_of_megabytes_heads_the_panel_cut_and_says_so(qtbot):
    # A new user's 5 MB title filled the panel as a heading of 700 lines: the heading is
    # cut as the chart cuts titles, and a line says so (a second user found the title
    # repeated as text for thousands of lines)
    from tests.documents import loaded_dataset, record
    from viewer.core.display_text import DRAWN_CHARS_MAX, PANEL_CHARS_MAX

    title = "Title " * 1_000_000
    dataset = loaded_dataset([record("r", title=title)])
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_record(dataset.get("r"), dataset)
    heading = panel.document().firstBlock().text()
    assert heading == title[: DRAWN_CHARS_MAX - 1] + "…"
    text = panel.plain_text()
    assert "(title cut: 6,000,000 characters in all;" in text
    assert "Title " * 100 not in text[len(heading) :]  # not repeated
    assert len(text) < 2 * PANEL_CHARS_MAX


def test_a_session_number_is_written_without_thousands_separators(qtbot):
    from tests.documents import record

    dataset = loaded_dataset([record("s", kind="session", session=10263, title="10263rd")])
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_record(dataset.get("s"), dataset)
    text = panel.plain_text()
    assert "10263" in text and "10,263" not in text


def test_the_when_row_names_which_date_is_inferred(qtbot, bundled):
    # A trial read "1963 – unknown (inferred)" as if Jarva's unknown end were inferred
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    for record_id, words in (
        ("president-12", "1963 – unknown (start inferred)"),
        ("president-10", "1956 – 1960 (end inferred)"),
        ("president-9", "1946 – 1956 (inferred)"),
    ):
        panel.show_record(bundled.dataset.get(record_id), bundled.dataset)
        assert words in panel.plain_text(), record_id


def test_the_status_row_says_which_values_are_inferred_in_words(qtbot, bundled):
    # A second trial: "official; end_reason inferred; how_ended inferred" read as code
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_record(bundled.dataset.get("president-20"), bundled.dataset)
    text = panel.plain_text()
    assert "how the term ended inferred" in text and "end_reason" not in text
    assert text.count("how the term ended inferred") == 1


def test_a_term_whose_end_is_not_known_claims_nothing_to_source(qtbot, bundled):
    # A trial: "How it ended: not known (stated by no single source; see the record's
    # sources)" flagged the absence of a fact as an unsourced claim
    dataset = bundled.dataset
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    record = dataset.get("sg-4")
    assert record.end_reason == "unknown" and not record.sources_for("end_reason")
    panel.show_record(record, dataset)
    ended = next(line for line in panel.plain_text().splitlines() if "not known" in line)
    assert "no single source" not in ended


def test_a_date_in_an_arabic_reason_of_an_empty_file_keeps_its_order():
    """The panel of a file without a valid record lists its problems: in Arabic each date
    of a reason is isolated, as in the load report ("1935-01-01" after an Arabic word
    read "01-01-1935"); in English the list is as before."""
    from viewer.app import language
    from viewer.core.importers import load_bytes
    from viewer.widgets.details_html import no_records_html

    csv = b"id,title,start,end\nb,B,1940-05-02,1935-01-01\n"
    language.install("ar")
    try:
        html = no_records_html(load_bytes(csv, "/d/e.csv"))
        assert "\u20681935-01-01\u2069" in html and "\u20681940-05-02\u2069" in html
        assert "/d/e.csv" in html  # a path is left whole
    finally:
        language.install("en")
    html = no_records_html(load_bytes(csv, "/d/e.csv"))
    assert "field &#x27;end&#x27;: end 1935-01-01 is before start 1940-05-02</li>" in html


def test_the_problems_of_an_empty_file_are_listed_in_the_readers_words():
    """The panel of a file without a valid record listed each problem as the command line
    writes it, in English whatever the language ("error: /d/e.csv, line 2 (id 'b'), field
    'end': ..."), its file named again on each line (a trial)."""
    from viewer.app import language
    from viewer.core.importers import load_bytes
    from viewer.widgets.details_html import no_records_html

    csv = b"id,title,start,end\nb,B,1940-05-02,1935-01-01\n"
    language.install("fr")
    try:
        html = no_records_html(load_bytes(csv, "/d/e.csv"))
    finally:
        language.install("en")
    assert "<li>erreur : ligne 2, id &#x27;b&#x27;, champ &#x27;end&#x27; : " in html
    assert "error:" not in html and "<li>/d/e.csv" not in html
