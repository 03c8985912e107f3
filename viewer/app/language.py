"""The interface language: which one, and putting it in force (the one place that decides).

The language is ``--lang`` when given, else the one chosen in View › Language (kept in the
settings), else the system's when the app speaks it, else English. :func:`install` loads
Qt's own translations (``qtbase_xx.qm``: the standard dialogs and buttons) and ours
(``viewer/translations/viewer_xx.qm``, compiled by ``pyside6-lrelease`` from the ``.ts``
files that ``pyside6-lupdate`` collects), sets the locale that writes dates and numbers,
the layout direction that the translation states (right to left for Arabic), and points
the core's hooks (:mod:`viewer.core.i18n`) at them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from viewer.app import settings
from viewer.core import i18n
from viewer.core.i18n import LANGUAGES, translate

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
"""Where ``viewer_xx.ts`` and the compiled ``viewer_xx.qm`` live (inside the package)."""

_installed: list[QtCore.QTranslator] = []
_current: list[str] = ["en"]


def system_language() -> str:
    """The system locale's language when the app speaks it, else ``en``."""
    code = QtCore.QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def chosen(cli_lang: str | None = None) -> str:
    """The language to use: *cli_lang* (``--lang``), else the saved choice, else
    :func:`system_language`."""
    if cli_lang in LANGUAGES:
        return str(cli_lang)
    saved = settings.LANGUAGE.get()
    return saved if saved in LANGUAGES else system_language()


def current() -> str:
    """The language in force (``en`` until :func:`install`)."""
    return _current[0]


def _qt_translations_dir() -> str:
    return QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)


def _load(app: QtCore.QCoreApplication, name: str, folder: str) -> bool:
    translator = QtCore.QTranslator(app)
    if not translator.load(name, folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def date_words(locale: QtCore.QLocale) -> i18n.DateWords:
    """How *locale* writes dates and numbers: its month names, its long date format without
    the weekday (``d 'de' MMMM 'de' yyyy``), that format without the day for a month
    (``MMMM 'de' yyyy``), its digits and thousands separator."""
    fmt = QtCore.QLocale.FormatType
    day = re.sub(r"d{4}[^dMy']*", "", locale.dateFormat(fmt.LongFormat)).strip()
    first_month = day.find("M")
    if 0 <= day.find("d") < first_month:
        month = day[first_month:]  # "d 'de' MMMM 'de' yyyy" -> "MMMM 'de' yyyy"
    else:
        month = re.sub(r"\s*\bd{1,2}\b[,.]?", "", day)  # "MMMM d, yyyy" -> "MMMM yyyy"
    zero = ord(locale.zeroDigit())
    return i18n.DateWords(
        months=tuple(locale.monthName(m, fmt.LongFormat) for m in range(1, 13)),
        months_alone=tuple(locale.standaloneMonthName(m, fmt.LongFormat) for m in range(1, 13)),
        months_short=tuple(locale.monthName(m, fmt.ShortFormat) for m in range(1, 13)),
        day_pattern=day,
        month_pattern=month,
        digits="".join(chr(zero + i) for i in range(10)),
        group=locale.groupSeparator(),
    )


def layout_direction() -> QtCore.Qt.LayoutDirection:
    """The direction the installed translation states (Qt's convention: ``RTL`` for the
    languages written right to left)."""
    direction = translate(
        "QGuiApplication",
        "QT_LAYOUT_DIRECTION",
        "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' "
        "in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.",
    )
    is_rtl = direction == "RTL"
    return (
        QtCore.Qt.LayoutDirection.RightToLeft if is_rtl else QtCore.Qt.LayoutDirection.LeftToRight
    )


def install(lang: str) -> str:
    """Put *lang* in force for the running application (an unknown code: English):
    translators, default locale, layout direction and the core's hooks. Returns the code
    installed. Called at start, before the window is built."""
    lang = lang if lang in LANGUAGES else "en"
    app = QtCore.QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QtCore.QLocale(lang)
    QtCore.QLocale.setDefault(locale)
    if lang == "en":
        i18n.set_translator(None)  # the source text is the English, with its plurals
        i18n.set_date_words(None)
    else:
        _load(app, f"qtbase_{lang}", _qt_translations_dir())
        if not _load(app, f"viewer_{lang}", str(TRANSLATIONS_DIR)):
            print(f"timeline-viewer: no translation viewer_{lang}.qm found", file=sys.stderr)
        i18n.set_translator(QtCore.QCoreApplication.translate)  # type: ignore[arg-type]
        i18n.set_date_words(date_words(locale))
    direction = layout_direction()
    i18n.set_right_to_left(direction == QtCore.Qt.LayoutDirection.RightToLeft)
    if isinstance(app, QtWidgets.QApplication):
        app.setLayoutDirection(direction)
    _current[0] = lang
    return lang


def restart_arguments(argv: list[str]) -> list[str]:
    """The arguments to start the app again with (after ``python``): *argv* (the original
    command line, ``sys.orig_argv``) without ``--lang`` and ``--reset-settings``, so the
    saved choice applies and the settings just saved are kept."""
    out: list[str] = []
    skip = False
    for arg in argv[1:]:
        if skip:
            skip = False
            continue
        if arg == "--lang":
            skip = True
        elif arg.startswith("--lang=") or arg == "--reset-settings":
            continue
        else:
            out.append(arg)
    return out


def restart(window: QtWidgets.QWidget) -> bool:
    """Start the app again (same interpreter and arguments, see :func:`restart_arguments`),
    then close *window* (which saves its settings and view). Returns whether the new
    process started; if not, the window stays open."""
    window.close()
    if window.isVisible():  # the close was refused
        return False
    args = restart_arguments(list(getattr(sys, "orig_argv", [sys.executable, *sys.argv])))
    if not QtCore.QProcess.startDetached(sys.executable, args):
        window.show()
        return False
    QtCore.QCoreApplication.quit()
    return True


def ask_restart(window: QtWidgets.QWidget, lang: str) -> None:
    """View › Language: keep *lang* in the settings and offer to restart now (the language
    changes when the app starts)."""
    settings.LANGUAGE.set(lang)
    if lang == current():
        return
    box = QtWidgets.QMessageBox(window)
    box.setIcon(QtWidgets.QMessageBox.Icon.Question)
    box.setObjectName("language_box")
    box.setWindowTitle(translate("Language", "Language"))
    box.setText(
        translate(
            "Language",
            "The interface will be in {language} when Timeline Viewer starts again. "
            "Restart now? Your file, view and settings are kept.",
        ).format(language=LANGUAGES[lang])
    )
    restart_button = box.addButton(
        translate("Language", "Restart Now"), QtWidgets.QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("Language", "Later"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    restart_button.clicked.connect(lambda: restart(window))
    box.open()
