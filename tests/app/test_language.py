"""The interface in English, French, Spanish and Arabic (issue 17): the translations are
complete and current, each language leaves no English in the menus and the details panel's
headings, Arabic lays the window out right to left with the chart still left to right, dates
follow the language, exports are in it, and the choice is kept."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets

from tests.conftest import open_and_wait
from viewer.app import cli, language, menus, settings
from viewer.core import i18n
from viewer.core.dates import parse_edtf
from viewer.core.geo import equal_earth
from viewer.core.layout import compute_layout
from viewer.core.ticks import compute_ticks
from viewer.export.image import ExportOptions, export_image

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402

TRANSLATED = ("fr", "es", "ar")


@pytest.fixture(autouse=True)
def _english_after(qapp):
    """Each test may install a language; English and the locale come back after it."""
    locale = QtCore.QLocale()
    yield
    language.install("en")
    QtCore.QLocale.setDefault(locale)
    qapp.setLayoutDirection(QtCore.Qt.LayoutDirection.LeftToRight)


# -- the translation files ----------------------------------------------------------------------
@pytest.mark.parametrize("lang", TRANSLATED)
def test_lupdate_finds_nothing_unfinished_obsolete_or_new(lang, tmp_path):
    """pyside6-lupdate over the code, into a copy of the committed .ts: nothing is left to
    translate, nothing is obsolete, and the file does not change (it is current)."""
    committed = update_translations.ts_path(lang)
    ts = tmp_path / committed.name
    shutil.copy(committed, ts)
    update_translations.collect(ts, lang)
    text = ts.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    kinds = [t.get("type") for t in root.iter("translation")]
    assert kinds.count("unfinished") == 0, "untranslated entries: run tools/update_translations.py"
    assert not {"obsolete", "vanished"} & set(kinds)
    assert text == committed.read_text(encoding="utf-8"), "the .ts is not current"
    empty = [m.findtext("source") for m in root.iter("message") if _empty(m)]
    assert not empty


def _empty(message: ET.Element) -> bool:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return not all(f.text for f in forms) if forms else not translation.text


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_compiled_qm_is_current_and_inside_the_package(lang, tmp_path):
    qm = tmp_path / "out.qm"
    update_translations.release(update_translations.ts_path(lang), qm)
    shipped = language.TRANSLATIONS_DIR / f"viewer_{lang}.qm"
    assert shipped.read_bytes() == qm.read_bytes(), "run tools/update_translations.py"
    assert language.TRANSLATIONS_DIR.parent.name == "viewer"  # in the wheel's package
    ignored = subprocess.run(["git", "check-ignore", "-q", str(shipped)], cwd=ROOT)
    assert ignored.returncode == 1, "a .qm must be committed to ship"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_placeholders_survive_translation(lang):
    """Every ``{name}`` and ``%Ln`` of a source is in each of its translations."""
    root = ET.parse(update_translations.ts_path(lang)).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        names = set(re.findall(r"\{\w+\}", source))
        translation = message.find("translation")
        assert translation is not None
        for text in [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]:
            assert set(re.findall(r"\{\w+\}", text)) == names, (source, text)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_reasons_of_a_load_hold_no_direction_marks(lang):
    """A reason of context Load reaches the command line and ``str(Problem)`` through
    ``one_line``, which would show a mark as ``\\u200f``: the widgets add marks, the words
    have none."""
    root = ET.parse(update_translations.ts_path(lang)).getroot()
    for context in root.iter("context"):
        if context.findtext("name") != "Load":
            continue
        for translation in context.iter("translation"):
            for text in [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]:
                assert not set(text) & set("\u200e\u200f\u061c\u2066\u2067\u2068\u2069"), text


# -- languages in the window ---------------------------------------------------------------------
def _window(qtbot, bundled, lang):
    from viewer.app.main_window import MainWindow

    language.install(lang)
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.set_result(bundled)
    return w


def _menu_texts(window: QtWidgets.QMainWindow) -> list[str]:
    texts = []
    for action in window.menuBar().actions():
        texts.append(action.text())
        for sub in action.menu().actions():
            if not sub.isSeparator() and sub.data() is None:  # not data: lanes, languages
                texts.append(sub.text())
    return texts


def _english_menu_words() -> set[str]:
    words = {c.text for c in menus.COMMANDS} | set(menus._MENU_TITLES)
    return {w.replace("&", "") for w in words} | {"Details", "Records", "Load Report"}


#: Headings of the details panel of a session, in English.
PANEL_HEADINGS = ("When", "Where", "Session", "Who", "Status", "Key facts", "Sources")
#: Those the same word in the language (French "Session", "Sources").
SAME_WORD = {"fr": {"Session", "Sources"}, "es": set(), "ar": set()}


@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_language_leaves_no_english_in_menus_and_panel_headings(qtbot, bundled, lang):
    w = _window(qtbot, bundled, lang)
    texts = {t.replace("&", "") for t in _menu_texts(w)}
    english = _english_menu_words()
    assert not texts & english, texts & english
    assert len(texts) > 25
    themes = {a.text().replace("&", "") for a in w.theme_actions.values()}
    assert not themes & {"System", "Light", "Dark"}
    docks = {w.details_dock.windowTitle(), w.table_dock.windowTitle()}
    assert not docks & english
    w.session.select("session-93")
    lines = set(w.details.plain_text().splitlines())
    assert lines & set(PANEL_HEADINGS) == SAME_WORD[lang]
    translated = {i18n.translate("Details", h) for h in PANEL_HEADINGS}
    assert translated <= lines
    assert "93rd General Assembly, Marrakech" in lines  # the file's words stay as written


def test_english_menus_and_headings_are_the_source_text(qtbot, bundled):
    w = _window(qtbot, bundled, "en")
    assert "&File" in [a.text() for a in w.menuBar().actions()]
    w.session.select("session-93")
    assert {"When", "Where", "Key facts"} <= set(w.details.plain_text().splitlines())


def test_arabic_lays_the_window_out_right_to_left_and_the_chart_left_to_right(qtbot, bundled):
    w = _window(qtbot, bundled, "ar")
    rtl, ltr = QtCore.Qt.LayoutDirection.RightToLeft, QtCore.Qt.LayoutDirection.LeftToRight
    assert QtWidgets.QApplication.layoutDirection() == rtl
    assert w.layoutDirection() == rtl and w.details.layoutDirection() == rtl
    assert w.menuBar().layoutDirection() == rtl
    assert w.timeline.layoutDirection() == ltr and w.timeline.chart.layoutDirection() == ltr
    w.session.select("session-93")
    assert "الدورة ٩٣ للجمعية العامة" in w.details.plain_text()  # the Arabic ordinal


def test_a_french_axis_shows_french_month_names(qtbot, bundled):
    w = _window(qtbot, bundled, "fr")
    lo, hi = parse_edtf("2025-01").first_day, parse_edtf("2025-12").last_day
    axis = w.timeline.chart.date_axis
    ticks = axis.tickValues(lo, hi, 1200)
    labels = axis.tickStrings(ticks[0][1], 1.0, 1.0)
    assert "nov. 2025" in labels and "mars 2025" in labels, labels
    assert not any("Nov" in s or "Mar " in s for s in labels)
    # a year stays a year
    major, _ = compute_ticks(parse_edtf("1900").first_day, parse_edtf("2000").last_day, 1200)
    assert all(re.fullmatch(r"\d{4}", t.label) for t in major)


def test_a_french_details_panel_words_a_country_without_its_city_in_french(qtbot, bundled):
    """The French panel said "Où : Italy (city unknown)" (a new user's finding)."""
    w = _window(qtbot, bundled, "fr")
    w.session.select("session-23")
    text = w.details.toPlainText()
    assert "(ville inconnue)" in text and "city unknown" not in text


def test_spanish_dates_and_plurals(qtbot, bundled):
    _window(qtbot, bundled, "es")
    assert parse_edtf("2025-11-24").display() == "24 de noviembre de 2025"
    assert parse_edtf("1938-04").display() == "abril de 1938"
    assert parse_edtf("-0043").display() == "44 a. C."
    assert i18n.translate("Search", "%Ln match(es)", None, 1) == "1 coincidencia"
    assert i18n.translate("Search", "%Ln match(es)", None, 3) == "3 coincidencias"


def test_arabic_plural_forms_and_digits(qtbot, bundled):
    _window(qtbot, bundled, "ar")
    forms = [i18n.translate("LoadReport", "%Ln error(s)", None, n) for n in (1, 2, 5, 11, 100)]
    assert forms == ["خطأ واحد", "خطآن", "٥ أخطاء", "١١ خطأً", "١٠٠ خطأ"]


def test_a_spanish_export_has_a_spanish_caption(qtbot, bundled, tmp_path):
    language.install("es")
    out = export_image(
        bundled.dataset,
        compute_layout(bundled.dataset),
        tmp_path / "es.svg",
        ExportOptions(x_range=(parse_edtf("2010").first_day, parse_edtf("2027").last_day)),
    )
    svg = out.read_text(encoding="utf-8")
    assert "Periodo mostrado: 2010 – 2027" in svg
    assert "Fuentes de los elementos numerados" in svg and "Range shown" not in svg
    assert "Reunión" in svg  # the legend


def test_an_arabic_export_numbers_its_footnotes_in_the_digits_of_its_sessions(tmp_path):
    # "٧٩ [1]": the session in Arabic-Indic digits, its footnote number in Latin ones
    import re

    out = tmp_path / "ar.svg"
    assert cli.main(["export", "--lang", "ar", "--range", "2010:2027", "-o", str(out)]) == 0
    texts = [t.text or "" for t in ET.parse(out).getroot().iter("{http://www.w3.org/2000/svg}text")]
    # The SVG holds each run of one direction as a text: "٧٩", " [", "١", "]"
    after_bracket = [b for a, b in zip(texts, texts[1:]) if a.endswith("[")]
    assert after_bracket and all(re.fullmatch("[٠-٩]+", b) for b in after_bracket), after_bracket


def test_export_lang_on_the_command_line(tmp_path, capsys):
    out = tmp_path / "fr.svg"
    assert cli.main(["export", "--lang", "fr", "--range", "2010:2027", "-o", str(out)]) == 0
    assert "Période affichée : 2010 – 2027" in out.read_text(encoding="utf-8")


def test_window_lang_argument():
    assert cli.build_window_parser().parse_args(["--lang", "ar"]).lang == "ar"
    with pytest.raises(SystemExit):
        cli.build_window_parser().parse_args(["--lang", "de"])


# -- choosing -------------------------------------------------------------------------------
def test_the_language_is_the_argument_then_the_setting_then_the_system(monkeypatch):
    settings.LANGUAGE.set("")
    monkeypatch.setattr(language, "system_language", lambda: "es")
    assert language.chosen(None) == "es"
    settings.LANGUAGE.set("ar")
    assert language.chosen(None) == "ar"
    assert language.chosen("fr") == "fr"
    settings.LANGUAGE.set("")


def test_view_language_keeps_the_choice_and_offers_a_restart(qtbot, bundled, monkeypatch):
    restarted = []
    monkeypatch.setattr(language, "restart", lambda window: restarted.append(window))
    w = _window(qtbot, bundled, "en")
    french = next(a for a in w.language_group.actions() if a.data() == "fr")
    french.trigger()
    assert settings.LANGUAGE.get() == "fr"
    box = w.findChild(QtWidgets.QMessageBox, "language_box")
    assert box is not None and "Français" in box.text()
    next(b for b in box.buttons() if b.text() == "Later").click()
    assert restarted == []
    french.trigger()
    box = w.findChildren(QtWidgets.QMessageBox, "language_box")[-1]
    next(b for b in box.buttons() if b.text() == "Restart Now").click()
    assert restarted == [w]
    settings.LANGUAGE.set("")


def test_a_restart_keeps_the_arguments_but_the_language_and_the_reset():
    argv = ["python", "-m", "viewer", "data.json", "--lang", "fr", "--reset-settings", "--lang=es"]
    assert language.restart_arguments(argv) == ["-m", "viewer", "data.json"]


def test_qt_standard_dialogs_are_translated(qtbot):
    language.install("fr")
    box = QtWidgets.QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QtWidgets.QMessageBox.StandardButton.Cancel)
    assert box.button(QtWidgets.QMessageBox.StandardButton.Cancel).text() == "Annuler"


def test_a_french_load_report_words_the_problems_in_french(qtbot, tmp_path):
    from viewer.core.loading import load_file
    from viewer.widgets.load_report import LoadReportWidget

    language.install("fr")
    base = {"id": "a", "kind": "event", "title": "A", "start": "2001"}
    source = {"sources": ["https://example.org/a"]}
    doc = {
        "format": "timeline-viewer/1",
        "title": "T",
        "lanes": [{"id": "l", "title": "L"}],
        "records": [
            {**base, "lane": "l", **source},
            {**base, "lane": "l", **source},  # the same id
            {**base, "id": "b", "lane": "nowhere", **source},
            {**base, "id": "c", "lane": "l", "start": "03/04/1923", **source},
        ],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = load_file(path)
    messages = [p.message for p in result.problems]
    assert "identifiant en double (déjà employé à l'enregistrement 1)" in messages
    assert "piste inconnue 'nowhere'" in messages
    assert any(m.startswith('"03/04/1923" n\'est pas une date de ce format') for m in messages), (
        messages
    )
    report = LoadReportWidget()
    qtbot.addWidget(report)
    report.set_result(result)
    assert "1 enregistrement chargé, 3 erreurs, 0 avertissement." in report.summary.text()
    assert report.table.horizontalHeaderItem(5).text() == "Raison"
    assert report.table.item(0, 0).text() == "erreur"


def _report_rows(window) -> list[tuple[str, ...]]:
    table = window.report.table
    return [
        tuple(table.item(row, col).text() for col in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


def test_a_french_csv_load_report_names_row_and_field_in_french(qtbot, bundled, tmp_path):
    """The CSV importer's own reasons (issue 17): a row without a title, one with a month
    13, an unknown kind, in French, each with its line and field; the file's text stays as
    written. A row without a start loads, its start unknown (as our format's null)."""
    w = _window(qtbot, bundled, "fr")
    path = tmp_path / "élections.csv"
    path.write_text(
        "title,start,lane,kind,sources\n"
        "Bon,1990,Chambre,event,https://example.org/a\n"
        "Mois,1990-13,Chambre,event,https://example.org/b\n"
        ",1995,Chambre,event,https://example.org/c\n"
        "Sans début,,Chambre,event,https://example.org/d\n"
        "Vote,1996,Chambre,vote,https://example.org/e\n",
        encoding="utf-8",
    )
    assert open_and_wait(w, path)
    problems = {(p.line, p.field): p.message for p in w.session.load_result.problems}
    assert problems[(4, "title")] == "pas de titre"
    assert (5, "start") not in problems
    assert problems[(3, "start")].startswith("'1990-13' : le mois 13")
    assert problems[(6, "kind")] == "type inconnu 'vote' ; lu comme un évènement"
    rows = _report_rows(w)
    title_row = next(r for r in rows if r[4] == "title")
    assert title_row[0] == "avertissement" and title_row[2].endswith("4")
    assert title_row[5] == "pas de titre"
    month = next(r for r in rows if r[4] == "start")
    assert month[0] == "erreur" and month[5].startswith("'1990-13' : le mois 13")
    titles = [r.title for r in w.session.dataset.records]
    assert len(titles) == 4 and {"Bon", "Vote", "Sans début"} <= set(titles)


def _visible_box(name: str) -> QtWidgets.QMessageBox | None:
    return next(
        (
            b
            for b in QtWidgets.QApplication.topLevelWidgets()
            if b.objectName() == name and b.isVisible()
        ),
        None,
    )


def test_a_binary_file_is_refused_in_spanish(qtbot, tmp_path):
    """A picture opened as a timeline: the refusal, in the message box, the load report
    and the details panel's empty state, is Spanish and names the file and what it is."""
    from viewer.app.main_window import MainWindow

    language.install("es")
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    path = tmp_path / "foto.dat"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert not open_and_wait(w, path)
    qtbot.waitUntil(lambda: _visible_box("message_box") is not None, timeout=5000)
    box = _visible_box("message_box")
    assert box is not None
    reason = (
        f"{path}: es un archivo PNG (image/png), no una línea de tiempo; abra un archivo "
        "JSON, CSV, Parquet o Arrow"
    )
    assert reason in box.text()
    box.close()
    assert w.session.dataset is None
    assert w.report.summary.text() == f"No se pudo abrir el archivo. {reason}"
    assert reason in w.details.plain_text()


def test_a_path_in_an_arabic_sentence_keeps_its_order(qtbot):
    """In a right-to-left interface a path goes between left-to-right marks (not isolates,
    which the display of file text would show as marks): '/tmp/a.json' keeps its slash."""
    from viewer.core.load_messages import load_failure

    language.install("ar")
    failure = load_failure("/tmp/a.json: not a timeline", "/tmp/a.json", "", False, "")
    assert "\u200e/tmp/a.json: not a timeline\u200e" in failure.text
    assert failure.text.startswith("\u200f")  # the paragraph stays right to left
    assert not {"\u2066", "\u2067", "\u2068", "\u2069"} & set(failure.text)
    language.install("fr")
    assert load_failure("x", "/tmp/a.json", "", False, "").text.startswith("x\n\n")


# -- the map (issue 18) in the reader's language -------------------------------------------------
def test_a_spanish_map_export_has_a_spanish_caption_and_legend(qtbot, bundled, tmp_path):
    from viewer.export.map_image import export_map

    language.install("es")
    out = export_map(bundled.dataset, tmp_path / "es.svg", ExportOptions(width_px=1600))
    svg = out.read_text(encoding="utf-8")
    assert "Todas las fechas" in svg and "70 de 70 registros ubicados" in svg  # the caption
    assert "Mapa: Natural Earth (dominio público), proyección Equal Earth" in svg
    assert "Traspaso de la bandera: anfitrión → siguiente anfitrión" in svg  # the legend
    assert "Situado en su país: ninguna ciudad localizada" in svg
    assert "Fuera del mapa: 23 registros con lugar desconocido" in svg  # the note
    assert "Range shown" not in svg and "All dates" not in svg and "Not on the map" not in svg
    assert "Vienna" in svg  # the file's names stay as written
    ranged = export_map(
        bundled.dataset,
        tmp_path / "es-range.svg",
        ExportOptions(x_range=(parse_edtf("2010").first_day, parse_edtf("2027").last_day)),
    )
    assert "Periodo mostrado: 2010 – 2027" in ranged.read_text(encoding="utf-8")


def test_the_french_map_dock_speaks_french(qtbot, bundled):
    w = _window(qtbot, bundled, "fr")
    assert w.map_dock.windowTitle() == "Carte"
    assert w.map_dock.toggleViewAction().text() == "Carte"
    assert w.map.in_view_only.text() == "Seulement la période visible de la frise"
    w.show()
    w.map_dock.show()
    qtbot.waitUntil(lambda: w.map.canvas.model is not None)
    assert w.map.count.text() == "Affichés : 70 sur 70 enregistrements placés sur la carte"
    x, y = equal_earth(16.372, 48.208)  # Vienna: several sessions
    canvas = w.map.canvas
    tip = canvas.tooltip_at(QtCore.QPointF(*canvas.fit().point_px(float(x), float(y))))
    assert tip.startswith("Vienna, Austria\n")  # the file's place, as written
    assert tip.endswith("\nCliquez encore pour le suivant ; clic droit pour tous")
    w.map.in_view_only.setChecked(True)
    w.timeline.set_x_range(parse_edtf("2010").first_day, parse_edtf("2012").last_day)
    w.map_link.apply_range()
    shown = w.map.canvas.shown_count()
    assert 0 < shown < 70 and w.map.count.text().startswith(f"Affichés : {shown} sur 70 ")


def test_the_arabic_map_dock_mirrors_and_the_map_does_not(qtbot, bundled):
    from viewer.core import map_model as mm
    from viewer.graphics.world_map import unplaced_note

    w = _window(qtbot, bundled, "ar")
    rtl, ltr = QtCore.Qt.LayoutDirection.RightToLeft, QtCore.Qt.LayoutDirection.LeftToRight
    assert w.map_dock.layoutDirection() == rtl and w.map.layoutDirection() == rtl
    assert w.map.canvas.layoutDirection() == ltr  # a figure, as the chart
    w.show()
    w.map_dock.show()
    qtbot.waitUntil(lambda: w.map.canvas.model is not None)
    model = w.map.canvas.model
    assert isinstance(model, mm.MapModel)
    assert model.eras[0].label == "١٩٢٠–١٩٣٩"  # the reader's digits
    assert unplaced_note(model) == (
        "ليست على الخريطة: ٢٣ سجلًا مكانه غير معروف؛ "
        "سجل واحد ليس لمكانه شكل ولا إحداثيات هنا (Aruba)"
    )


def test_how_a_term_ended_is_in_the_readers_words(qapp):
    # A trial: the French panel showed the data's own word, "unknown"
    from viewer.core.labels import end_reason_words

    assert end_reason_words("unknown") == "not known"
    assert end_reason_words("died") == "died in office"
    assert end_reason_words("retired") == "retired"  # not in the schema: as written
    # The file's own words follow, unless they only repeat the reason (in English)
    assert end_reason_words("completed", "completed (retired in 1963)") == (
        "completed (retired in 1963)"
    )
    assert end_reason_words("died", "killed in office") == "died in office: killed in office"
    assert end_reason_words("", "stepped down") == "stepped down"
    language.install("fr")
    assert end_reason_words("unknown") == "inconnu"
    assert end_reason_words("unknown", "unknown") == "inconnu"
    # A trial: "décès en fonction: killed in office" in French; Jackson's "completed
    # (retired in 1963)" in Spanish
    assert end_reason_words("died", "killed in office (assassinated)") == (
        "décès en fonction : killed in office (assassinated)"
    )
    assert end_reason_words("completed", "completed (retired in 1963)") == (
        "mandat achevé : completed (retired in 1963)"
    )


def test_a_tables_rows_and_bad_text_are_named_in_the_readers_words(qapp, tmp_path):
    # A trial: the French load report said "row 9", "déjà employé at row 3" and the
    # English reason for a control character
    import pyarrow as pa
    import pyarrow.parquet as pq

    from viewer.core.importers import load_any

    table = {"id": ["a", "a"], "title": ["A\x07", "B"], "start": ["1990", "1991"]}
    pq.write_table(pa.table(table), tmp_path / "t.parquet")
    language.install("fr")
    lines = [str(p) for p in load_any(tmp_path / "t.parquet").problems]
    assert any("ligne 1" in line and "caractère de contrôle" in line for line in lines), lines
    assert any("ligne 2" in line and "à la ligne 1" in line for line in lines), lines
    assert not any(re.search(r"\brow\b|\bat\b|\bheld\b", line) for line in lines), lines


def test_the_lane_the_viewer_makes_is_named_in_the_readers_words(qapp):
    # A trial: a file without lanes showed its records in a lane "Events" in French,
    # Spanish and Arabic
    from viewer.core.importers import load_bytes

    raw = b"title,start,sources\nA,1990,https://e.org/a\n"
    assert [lane.title for lane in load_bytes(raw, "t.csv").dataset.lanes] == ["Events"]
    language.install("fr")
    assert [lane.title for lane in load_bytes(raw, "t.csv").dataset.lanes] == ["Événements"]


def test_arabic_source_kinds_are_not_italic_and_each_source_reads_right_to_left(qtbot, bundled):
    # A trial: in Arabic the kinds of sources showed as boxes "(□□□□)" (the oblique face
    # has no Arabic), and the source that begins with an IP address read right to left,
    # the others left to right.
    from viewer.widgets.details_html import record_html

    _window(qtbot, bundled, "ar")
    html = record_html(bundled.dataset.get("sg-4"), bundled.dataset)
    sources = html[html.index("<ol>") :]
    items = re.findall(r"<li>(.*?)</li>", sources, re.S)
    assert len(items) >= 4 and "<i>" not in sources
    assert all(item.startswith("\u200f") for item in items)
    assert "(أولي)" in sources


def test_an_arabic_svg_says_which_runs_read_right_to_left(tmp_path):
    """Qt's SVG writer gives each run of one direction a text of its own, in logical
    order, without its direction: other programs drew a right-to-left run's brackets and
    quotes unmirrored on the wrong side (a footnote's "(+1 ... «records»)" read "+)1 ...
    «records)»" in librsvg). A right-to-left run that starts or ends with a neutral
    character is now written between right-to-left marks (U+200F); left-to-right runs (a
    chart label's "[", a URL) and runs of letters are left alone."""
    svg = "{http://www.w3.org/2000/svg}text"
    out = tmp_path / "ar.svg"
    assert cli.main(["export", "--lang", "ar", "-o", str(out)]) == 0
    texts = [t.text or "" for t in ET.parse(out).getroot().iter(svg)]

    def rtl(text):
        return len(text) > 2 and text[0] == text[-1] == "\u200f"

    arabic = [t for t in texts if any("\u0621" <= c <= "\u064a" for c in t)]
    ends = [
        t for t in arabic if not ("\u0621" <= t[0] <= "\u064a" and "\u0621" <= t[-1] <= "\u064a")
    ]
    assert ends and all(rtl(t) for t in ends), [t for t in ends if not rtl(t)]
    assert [t for t in arabic if "\u200f" not in t]  # "دورة": letters only, unmarked
    quotes = [t for t in texts if t.strip("\u200f") == "»)"]  # "«records»)" of a footnote
    assert quotes and all(rtl(t) for t in quotes)
    brackets = [t for t in texts if t.strip() in ("[", "]")]
    assert brackets  # a chart label's "Dressler [٣]": left to right, unmarked
    assert not [t for t in texts if "\u200f" in t and (t.startswith("https:") or "[" in t)]
    english = tmp_path / "en.svg"
    assert cli.main(["export", "--lang", "en", "-o", str(english)]) == 0
    assert "\u200f" not in english.read_text(encoding="utf-8")
    # The map's legend line "... (Aruba)" ends right to left: its ")" is drawn leftmost,
    # mirrored
    mapped = tmp_path / "map.svg"
    assert cli.main(["export", "--lang", "ar", "--view", "map", "-o", str(mapped)]) == 0
    texts = [t.text or "" for t in ET.parse(mapped).getroot().iter(svg)]
    assert "\u200f)\u200f" in texts and ")" not in texts


def test_timelinejs_date_parts_are_worded_in_the_readers_language(qtbot, bundled, tmp_path):
    """A TimelineJS date of month 13 or 30 February was worded in English in a French or
    Arabic load report, the year's digits moved to the front of the Arabic line (a
    trial): each is in the reader's words, the month named as the reader names it."""
    w = _window(qtbot, bundled, "fr")
    path = tmp_path / "t.json"
    events = [
        {"start_date": {"year": "1990"}, "text": {"headline": "Bon"}},
        {"start_date": {"year": "1991", "month": "13"}, "text": {"headline": "Mois"}},
        {"start_date": {"year": "2000", "month": "2", "day": "30"}, "text": {"headline": "Jour"}},
    ]
    path.write_text(json.dumps({"events": events}), encoding="utf-8")
    assert open_and_wait(w, path)
    reasons = [p.message for p in w.session.load_result.errors]
    assert reasons == [
        "le mois 13 n’est pas entre 1 et 12",
        "le jour 30 n’existe pas en février 2000",
    ]


def test_an_arabic_load_report_shows_paths_left_to_right(qtbot, bundled, tmp_path):
    """In the Arabic window's load report, a path's leading slash went to its end,
    "tmp/a.json/" (a trial): laid out right to left as the table lays it out, the path
    reads left to right, its slash first."""
    from PySide6 import QtGui

    w = _window(qtbot, bundled, "ar")
    path = tmp_path / "t.json"
    events = [
        {"start_date": {"year": "1990"}, "text": {"headline": "Good"}},
        {"start_date": {"year": "19x0"}, "text": {"headline": "Bad"}},
    ]
    path.write_text(json.dumps({"events": events}), encoding="utf-8")
    assert open_and_wait(w, path)
    table = w.report.table
    assert table.layoutDirection() == QtCore.Qt.LayoutDirection.RightToLeft
    text = table.item(0, 1).text()
    slash = text.index(str(path)[0])
    layout = QtGui.QTextLayout(text, table.font())
    option = QtGui.QTextOption()
    option.setTextDirection(QtCore.Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    first, last = (line.cursorToX(k)[0] for k in (slash, slash + len(str(path)) - 1))
    assert first < last  # the slash at the left, the name's end at the right


def test_the_count_of_records_refused_unlisted_is_in_the_readers_language():
    """The summary of records refused beyond those listed was English in every language."""
    from tests.documents import document, record
    from viewer.core.loading import LISTED_ERROR_RECORDS, load_document

    records = [{"id": f"bad-{n}"} for n in range(LISTED_ERROR_RECORDS + 5)] + [record("ok")]
    language.install("fr")
    summary = load_document(document(records), "f.json").problems[-1]
    assert summary.stands_for == 5
    assert summary.message.startswith("… et 5 autres enregistrements en erreur, écartés")
    assert summary.message.endswith("105 des 106 enregistrements refusés en tout")
    language.install("ar")
    summary = load_document(document(records), "f.json").problems[-1]
    assert summary.message.startswith("… و٥ سجلات أخرى فيها أخطاء")


def test_a_message_box_keeps_a_dates_order_in_arabic(qtbot):
    """A failed reload quotes the file's first problem ("end 1935-01-01 is before start
    1940-05-02"): in Arabic its dates are isolated in the message box, which after an
    Arabic word read "01-01-1935"; in English the text is as given."""
    from viewer.app.messages import show_message

    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    icon = QtWidgets.QMessageBox.Icon.Critical
    language.install("ar")
    text = "النهاية 1935-01-01 تسبق البداية 1940-05-02"
    box = show_message(parent, "t", text, icon)
    assert box.text() == "النهاية \u20681935-01-01\u2069 تسبق البداية \u20681940-05-02\u2069"
    box.close()
    language.install("en")
    english = "end 1935-01-01 is before start 1940-05-02"
    box = show_message(parent, "t", english, icon)
    assert box.text() == english
    box.close()


def test_a_line_named_in_an_arabic_message_is_in_arabic_digits():
    """ "first used at line 2" kept 0-9 in Arabic, beside the report's own "السطر ٣"."""
    from viewer.core.importers import load_bytes

    language.install("ar")
    result = load_bytes(b"id,title,start\na,A,1990\na,B,1991\n", "t.csv")
    (repeat,) = result.errors
    assert "٢" in repeat.message and "2" not in repeat.message
