"""Fonts for labels: one font per label, so that every label is drawn as one text run.

Qt draws a string in several runs when its font lacks some characters (CJK in DejaVu Sans,
say): the missing ones come from a fallback font, and SVG output then holds one ``<text>``
per run. :func:`font_for` picks, for such a label, an installed family that has every
character, so the label stays one run (one SVG text element with the exact characters).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6 import QtCore, QtGui

_WRITING_SYSTEMS = (
    QtGui.QFontDatabase.WritingSystem.SimplifiedChinese,
    QtGui.QFontDatabase.WritingSystem.TraditionalChinese,
    QtGui.QFontDatabase.WritingSystem.Japanese,
    QtGui.QFontDatabase.WritingSystem.Korean,
    QtGui.QFontDatabase.WritingSystem.Thai,
    QtGui.QFontDatabase.WritingSystem.Devanagari,
    QtGui.QFontDatabase.WritingSystem.Hebrew,
    QtGui.QFontDatabase.WritingSystem.Arabic,
)


@lru_cache(maxsize=64)
def _raw(family: str) -> QtGui.QRawFont:
    font = QtGui.QFont(family)
    font.setPixelSize(12)
    return QtGui.QRawFont.fromFont(font)  # that font file alone, without fallbacks


@lru_cache(maxsize=64)
def _seen(family: str) -> tuple[set[str], set[str]]:
    """The characters *family* is known to have and to lack: each is asked of the font
    once (a label's first frame asked for every character of every elided candidate:
    most of a mid-zoom frame at 100,000 records)."""
    return set(), set()


def _covers(family: str, text: str) -> bool:
    raw = _raw(family)
    if not raw.isValid():
        return False
    has, lacks = _seen(family)
    unseen = set(text).difference(has)
    if not unseen:
        return True
    if not lacks.isdisjoint(unseen):
        return False
    for char in unseen:
        (has if raw.supportsCharacter(char) else lacks).add(char)
    return lacks.isdisjoint(unseen)


@lru_cache(maxsize=4096)
def family_for(text: str, base_family: str) -> str:
    """*base_family* when it has every character of *text*, else the first installed family
    (of those made for non-Latin scripts) that has them all, else *base_family*."""
    if _covers(base_family, text):
        return base_family
    for family in _script_families():
        if _covers(family, text):
            return family
    return base_family


@lru_cache(maxsize=1)
def _script_families() -> tuple[str, ...]:
    """The installed families made for the scripts of :data:`_WRITING_SYSTEMS`, in that
    order, each once (asked of Qt's font database once a process)."""
    families: dict[str, None] = {}
    for system in _WRITING_SYSTEMS:
        families.update(dict.fromkeys(QtGui.QFontDatabase.families(system)))
    return tuple(families)


def font_for(text: str, font: QtGui.QFont) -> QtGui.QFont:
    """*font*, or a copy in another family that can draw all of *text* in one run."""
    family = family_for(text, font.family())
    if family == font.family():
        return font
    other = QtGui.QFont(font)
    other.setFamily(family)
    return other


def draw_label(painter: QtGui.QPainter, where: object, text: str, flags: int | None = None) -> None:
    """``painter.drawText`` of a data label in one run: with :func:`font_for` the painter's
    font when that font lacks some characters. *where* is a QPointF (baseline start) or a
    QRectF (with *flags*)."""
    base = painter.font()
    font = font_for(text, base)
    if font is not base:
        painter.setFont(font)
    # Data text takes its direction from its first strong letter, whatever the interface's:
    # "88 Santiago" stays so in Arabic, an Arabic title reads right to left in English.
    direction = painter.layoutDirection()
    painter.setLayoutDirection(QtCore.Qt.LayoutDirection.LayoutDirectionAuto)
    if flags is None:
        painter.drawText(where, text)  # type: ignore[call-overload]
    else:
        painter.drawText(where, flags, text)  # type: ignore[call-overload]
    painter.setLayoutDirection(direction)
    if font is not base:
        painter.setFont(base)
