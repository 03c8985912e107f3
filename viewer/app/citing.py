"""Edit › Copy Citation: the selected record's citation on the clipboard, as readable text
and as CSL-JSON (:mod:`viewer.core.citation` makes both)."""

from __future__ import annotations

import json

from PySide6 import QtCore, QtGui

from viewer.app import errors
from viewer.app.version import name_and_version
from viewer.core.citation import CSL_JSON_MIME, citation_text, csl_item
from viewer.core.records import Dataset, Record


def citation_mime(record: Record, dataset: Dataset) -> QtCore.QMimeData:
    """The citation of *record* as clipboard data: ``text/plain`` holds the readable
    citation, :data:`~viewer.core.citation.CSL_JSON_MIME` a CSL-JSON array of one item
    (UTF-8), which reference managers read.

    Should the style's rendering fail (a bug in it, not in the data), the text holds the
    CSL-JSON instead and the failure is logged: a citation is still copied."""
    viewer = name_and_version()
    csl = json.dumps([csl_item(record, dataset, viewer)], ensure_ascii=False, indent=1)
    try:
        text = citation_text(record, dataset, viewer)
    except Exception:  # noqa: BLE001  # citeproc-py's own bug must not lose the citation
        errors.log.exception("citation: the readable style failed for record %r", record.id)
        text = csl
    mime = QtCore.QMimeData()
    mime.setText(text)
    mime.setData(CSL_JSON_MIME, QtCore.QByteArray(csl.encode("utf-8")))
    return mime


def copy_citation(record: Record, dataset: Dataset) -> None:
    """Put :func:`citation_mime` of *record* on the system clipboard."""
    QtGui.QGuiApplication.clipboard().setMimeData(citation_mime(record, dataset))
