"""Words for a record the schema refuses: jsonschema names each problem of the record
(it never decides a refusal: msgspec, through :mod:`viewer.core.schema`, does), in words a
user can act on, without regular expressions.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import jsonschema

from viewer.core.assembly import Problem
from viewer.core.dates import DateError, check_ascii_digits, shown
from viewer.core.i18n import QT_TRANSLATE_NOOP, translate
from viewer.core.schema import validators

__all__ = ["Unreadable", "path_of", "refusal_problems"]


@dataclass(frozen=True)
class Unreadable:
    """A record that could not be parsed to be worded: the *field* (JSON path, or "") and
    the *reason*, in words."""

    field: str
    reason: str


_INTERVAL = re.compile(r"-?[0-9X]{4}[^/]*/(?:-?[0-9X]{4}[^/]*|\.\.)?")
"""An EDTF interval (``1950/1960``, ``1950/..``): two dates where a field takes one (a
slash date, ``03/04/1968``, is not one)."""


def refusal_problems(raw: Any, index: int, file: str, reason: str) -> list[Problem]:
    """Up to three problems that word why the schema refuses record *raw* (parsed JSON, or
    :class:`Unreadable`) at *index* of *file*, by jsonschema; *reason* is msgspec's or our
    own, used when jsonschema finds nothing to say."""
    if isinstance(raw, Unreadable):
        return [Problem("error", file, index, None, raw.field, raw.reason)]
    rid = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else None
    errors = sorted(validators()[1].iter_errors(raw), key=lambda e: list(e.absolute_path))
    # An empty text breaks both "at least one character" and "not spaces alone": one error
    empty = {tuple(e.absolute_path) for e in errors if e.validator == "minLength"}
    errors = [
        e for e in errors if not (e.validator == "pattern" and tuple(e.absolute_path) in empty)
    ]
    if not errors:
        reason = reason or translate("Load", "refused by the schema")
        return [Problem("error", file, index, rid, "", reason)]
    # jsonschema says "required" once for each field missing from one object, in the
    # order the schema lists them: the n-th names the n-th missing field ({} named "id"
    # three times, for id, kind and title)
    nth: dict[int, int] = {}
    problems = []
    for err in errors[:3]:
        n = nth[id(err.instance)] = nth.get(id(err.instance), -1) + (err.validator == "required")
        problems.append(
            Problem("error", file, index, rid, path_of(err, max(n, 0)), short_message(err))
        )
    return problems


def path_of(error: jsonschema.ValidationError, nth: int = 0) -> str:
    """The JSON path of the field *error* is about; for fields the schema does not know,
    the path of the (first) unknown field itself; for a field missing, the *nth* missing
    field of its object (0: the first)."""
    path = [str(p) for p in error.absolute_path]
    missing = _missing_field(error, nth)
    if missing:
        path.append(missing)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        unknown = sorted(str(k) for k in error.instance if k not in known)
        if unknown:
            path.append(unknown[0])
    return ".".join(path)


def _missing_field(error: jsonschema.ValidationError, nth: int = 0) -> str:
    """The field a ``required`` error finds missing (the *nth* the object lacks, in the
    schema's order; the last when there are fewer), else ``""``."""
    if error.validator != "required" or not isinstance(error.instance, dict):
        return ""
    wanted = error.validator_value if isinstance(error.validator_value, list) else []
    missing = [str(k) for k in wanted if k not in error.instance]
    return missing[min(nth, len(missing) - 1)] if missing else ""


_FIELD_HINTS = {
    "start": QT_TRANSLATE_NOOP(
        "Load",
        "{value} is not a date of this format: YYYY, YYYY-MM or YYYY-MM-DD (slash dates like "
        "03/04/1923 are ambiguous and not accepted), or null when unknown",
    ),
    "end": QT_TRANSLATE_NOOP(
        "Load",
        "{value} is not a date of this format: YYYY, YYYY-MM or YYYY-MM-DD, '..' when still "
        "running, or null",
    ),
    "as_of": QT_TRANSLATE_NOOP("Load", "{value} is not an EDTF date"),
}


def _json_shown(value: Any, limit: int = 60) -> str:
    """*value* as JSON for a message, cut to about *limit* characters."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except RecursionError:  # nested deeper than Python's encoder goes (the parser went)
        text = repr(value)
    return text if len(text) <= limit else text[:limit] + f"… ({len(text):,} characters)"


def short_message(err: jsonschema.ValidationError) -> str:
    """A schema error (of a record, or of the document's own fields) in words a user can
    act on (no regular expressions)."""
    message = _schema_message(err)
    if err.validator in ("pattern", "oneOf") and isinstance(err.instance, str):
        if err.instance.endswith(("\n", "\r")):
            message += " " + translate("Load", "(it ends with a line break)")
        path = [str(p) for p in err.absolute_path]
        if path[:1] in (["start"], ["end"], ["elected"]) or path[-1:] == ["date"]:
            try:
                check_ascii_digits(err.instance)
            except DateError as exc:  # "١٩٢٣": say why it is not a date
                message = str(exc)
    return message


def _not_an_address(text: str) -> str:
    return translate("Load", "{value} is not an http:// or https:// address").format(
        value=shown(text)
    )


def _schema_message(err: jsonschema.ValidationError) -> str:
    path = [str(p) for p in err.absolute_path]
    field = path[0] if path else ""
    if not path and err.validator == "type":
        return translate("Load", "a record must be a JSON object, not {value}").format(
            value=_json_shown(err.instance)
        )
    if _missing_field(err):
        return translate("Load", "missing; the format requires this field")
    if err.validator == "additionalProperties":
        unknown = path_of(err).rsplit(".", 1)[-1]
        return translate(
            "Load",
            "unknown field {field}: this format has no such field (see "
            "data/timeline.schema.json); the record is left out",
        ).format(field=repr(unknown))
    if field in _FIELD_HINTS and err.validator in ("oneOf", "pattern", "type"):
        if field in ("start", "end") and _INTERVAL.fullmatch(str(err.instance)):
            return translate(
                "Load",
                "{value} is an interval: give its first date as 'start' and its last as 'end'",
            ).format(value=_json_shown(err.instance))
        return translate("Load", _FIELD_HINTS[field]).format(value=_json_shown(err.instance))
    if err.validator == "minLength" and err.instance == "":
        return translate("Load", "empty: write a value")
    if err.validator == "dependentRequired" and isinstance(err.instance, dict):
        deps = err.validator_value if isinstance(err.validator_value, dict) else {}
        for given, needed in deps.items():
            lacking = [n for n in needed if n not in err.instance]
            if given in err.instance and lacking:
                #: {given} and {needed}: field names ("lat given without lon").
                return translate(
                    "Load", "{given} given without {needed}: give both or neither"
                ).format(given=given, needed=lacking[0])
    if "sources" in path and err.validator in ("oneOf", "pattern", "type"):
        if isinstance(err.instance, str):
            return _not_an_address(err.instance)
        return translate("Load", "a source must be an http(s) address or an object with a 'url'")
    if err.validator == "pattern" and isinstance(err.instance, str):
        if field == "url" or path[-1:] == ["url"]:
            return _not_an_address(err.instance)
        if field in ("id", "related", "about", "from_record", "to_record") or path[-1:] == ["id"]:
            return translate(
                "Load",
                "{value} is not a valid id (letters, digits and _ . : - only, starting with a "
                "letter or digit)",
            ).format(value=shown(err.instance))
        if path[-1:] == ["title"]:
            return translate("Load", "a title of spaces alone: write the title")
    if err.validator == "minItems" and field == "sources":
        return translate("Load", "no source: every record needs at least one http(s) source")
    if err.validator == "oneOf" and err.context:
        reasons = "; ".join(sorted({c.message[:200] for c in err.context})[:2])
        return translate("Load", "{value} is not valid here: {reasons}").format(
            value=_json_shown(err.instance), reasons=reasons
        )
    # jsonschema starts with the whole value, which may be huge: shown shortened, so that
    # the reason after it stays ("[1, 1, 1, … 1…" of 200,000 items lost "is not of type")
    message = str(err.message)
    try:
        whole = repr(err.instance)
    except RecursionError:
        whole = ""
    if len(whole) > 60 and message.startswith(whole):
        message = _json_shown(err.instance) + message[len(whole) :]
    return message if len(message) <= 200 else message[:200] + "…"
