"""The one declaration of this viewer's file format: ``data/timeline.schema.json``.

The published JSON Schema is the only place the format is written down. Everything else
is derived from it when this module is imported:

- :data:`RecordIn` and :data:`DocumentIn`, ``msgspec`` types that check
  types, enums, lengths, required and unknown fields in C while a file is decoded (see
  :func:`msgspec_type`);
- the enum lists (:func:`enum_values`) and the patterns of ids, dates and URLs
  (:func:`pattern`), with ``$`` read as ECMA-262 reads it (:func:`python_pattern`);
- the jsonschema validators that word a refusal (:func:`validators`); they never decide one.

A few string patterns are left out of the msgspec types on purpose (:data:`DEFERRED`): a
million regular expression calls from msgspec cost seconds, so the loader checks those
values for all records at once instead.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Annotated, Any, Literal, Union

import jsonschema
import jsonschema.validators
import msgspec

from viewer.core.paths import SCHEMA_PATH

__all__ = [
    "DEFERRED",
    "SCHEMA",
    "DocumentIn",
    "RecordIn",
    "enum_values",
    "msgspec_type",
    "pattern",
    "python_pattern",
    "validators",
]

with SCHEMA_PATH.open(encoding="utf-8") as _fh:
    SCHEMA: dict[str, Any] = json.load(_fh)
"""The published JSON Schema (draft 2020-12), as parsed JSON."""

DEFERRED = frozenset({"record.id", "record.title", "record.start", "record.end", "record.sources"})
"""Fields (``definition.property``) whose string patterns the msgspec types leave out; the
loader checks them for all records at once (see :mod:`viewer.core.loading`)."""


def python_pattern(pattern: str) -> str:
    """A JSON Schema *pattern* (ECMA-262) for Python's ``re.search``: a final ``$`` becomes
    ``\\Z``.

    In ECMA-262, ``$`` (without the multiline flag) matches only at the end of the text;
    in Python it also matches before a final line break, so ``"a\\n"`` would pass
    ``^[a-z]+$``: ids, dates and URLs ending in a line break would pass the schema.
    """
    body = pattern[:-1]
    escaped = (len(body) - len(body.rstrip("\\"))) % 2 == 1  # "\\$" is a dollar sign
    return body + "\\Z" if pattern.endswith("$") and not escaped else pattern


@lru_cache(maxsize=64)
def compiled(pattern_text: str) -> re.Pattern[str]:
    """The JSON Schema pattern *pattern_text*, compiled for ``search`` (see
    :func:`python_pattern`)."""
    return re.compile(python_pattern(pattern_text))


def pattern(name: str) -> str:
    """The pattern (ECMA-262 text) of the schema's definition *name* (``id``, ``edtf``,
    ``url``)."""
    text: str = SCHEMA["$defs"][name]["pattern"]
    return text


def enum_values(definition: str, prop: str) -> tuple[str, ...]:
    """The values the schema allows for property *prop* of definition *definition*, in the
    schema's order (``enum_values("record", "kind")``)."""
    return tuple(SCHEMA["$defs"][definition]["properties"][prop]["enum"])


# ---------------------------------------------------------------------------------------
# msgspec types derived from the schema


def _resolve(node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    ref = node.get("$ref")
    if ref is None:
        return None, node
    name = ref.rsplit("/", 1)[-1]
    return name, SCHEMA["$defs"][name]


def _is_str_like(tp: Any) -> bool:
    origin = getattr(tp, "__origin__", None)
    if tp is str or origin is Literal:
        return True
    return bool(origin is Annotated and tp.__origin__ is str)


_STRUCTS: dict[str, Any] = {}


def msgspec_type(node: dict[str, Any], name: str = "", *, deferred: bool = False) -> Any:
    """The msgspec type that accepts what the schema *node* accepts (never more, except
    where the loader checks afterwards: *deferred* leaves string patterns out, several
    string alternatives become one ``str``, and an ``integer`` accepts any number, whose
    whole value the loader checks).

    *name* names the struct made for an object node without a ``$ref``.
    """
    ref_name, node = _resolve(node)
    if "enum" in node:
        return Literal[tuple(node["enum"])]
    if "const" in node:
        return Literal[node["const"]]
    if "oneOf" in node or "anyOf" in node:
        options = [
            msgspec_type(n, name, deferred=deferred) for n in node.get("oneOf") or node["anyOf"]
        ]
        return _union(options)
    kinds = node.get("type")
    if isinstance(kinds, list):
        return _union([msgspec_type({**node, "type": k}, name, deferred=deferred) for k in kinds])
    if kinds == "null":
        return type(None)
    if kinds == "boolean":
        return bool
    if kinds == "integer":
        bounds_of = {k: node[s] for k, s in (("ge", "minimum"), ("le", "maximum")) if s in node}
        bound = msgspec.Meta(**bounds_of)
        return Union[Annotated[int, bound], Annotated[float, bound]]  # noqa: UP007
    if kinds == "number":
        bounds = {k: node[s] for k, s in (("ge", "minimum"), ("le", "maximum")) if s in node}
        return Annotated[float, msgspec.Meta(**bounds)]  # msgspec takes a JSON integer too
    if kinds == "string":
        limits: dict[str, Any] = {}
        if node.get("minLength"):
            limits["min_length"] = node["minLength"]
        if "pattern" in node and not deferred:
            limits["pattern"] = python_pattern(node["pattern"])
        return Annotated[str, msgspec.Meta(**limits)] if limits else str
    if kinds == "array":
        item = msgspec_type(node.get("items", {}), name, deferred=deferred)
        tp = tuple[item, ...]  # type: ignore[valid-type]
        return (
            Annotated[tp, msgspec.Meta(min_length=node["minItems"])] if node.get("minItems") else tp
        )
    if kinds == "object" and "properties" in node:
        return _struct(ref_name or name, node)
    if kinds == "object":
        keys = msgspec_type(node.get("propertyNames", {"type": "string"}), name)
        values = msgspec_type(node.get("additionalProperties", {}), name)
        return dict[keys, values]  # type: ignore[valid-type]
    if not node:
        return Any
    raise ValueError(f"schema node not translated: {node!r}")


def _union(options: list[Any]) -> Any:
    strings = [o for o in options if _is_str_like(o)]
    if len(strings) > 1:  # msgspec takes one string type in a union: the loader checks
        options = [str] + [o for o in options if not _is_str_like(o)]
    return Union[tuple(options)]  # noqa: UP007


def _default(node: dict[str, Any], tp: Any) -> Any:
    """The default of an optional field of type *tp*: ``UNSET`` when null is allowed (so
    that an absent field and a null one differ), else an empty value of the field's own
    kind (msgspec never checks defaults, so present values always are checked). A present
    field whose value is its default is valid (or refused by msgspec): the structs omit
    such fields when turned back into JSON (``omit_defaults``), to word a refusal."""
    _, node = _resolve(node)
    kinds = node.get("type")
    if "oneOf" in node or (isinstance(kinds, list) and "null" in kinds):
        return msgspec.UNSET
    if kinds == "integer":
        return 0
    if kinds == "boolean":
        return False
    if kinds == "array":
        return ()
    if kinds == "object" and "properties" not in node:
        return msgspec.field(default_factory=dict)
    return ""  # strings and enums


def _struct(name: str, node: dict[str, Any], overrides: dict[str, Any] | None = None) -> Any:
    key = name if overrides is None else f"{name}*"
    if key in _STRUCTS:
        return _STRUCTS[key]
    required = set(node.get("required", ()))
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for prop, sub in node["properties"].items():
        if overrides and prop in overrides:
            tp = overrides[prop]
        else:
            tp = msgspec_type(sub, f"{name}_{prop}", deferred=f"{name}.{prop}" in DEFERRED)
        if prop in required:
            fields.append((prop, tp))
        else:
            default = _default(sub, tp)
            if default is msgspec.UNSET:
                tp = Union[tp, msgspec.UnsetType]  # noqa: UP007
            fields.append((prop, tp, default))
    fields.sort(key=lambda f: len(f) == 3)  # required fields first, as Python wants
    struct = msgspec.defstruct(
        f"{name.capitalize()}In",
        fields,
        forbid_unknown_fields=node.get("additionalProperties") is False,
        gc=False,
        omit_defaults=True,
        module=__name__,
    )
    _STRUCTS[key] = struct
    return struct


RecordIn: Any = _struct("record", SCHEMA["$defs"]["record"])
"""One record as the schema declares it (see :func:`msgspec_type` for where it is looser)."""
DocumentIn: Any = _struct("document", SCHEMA, overrides={"records": list[msgspec.Raw]})
"""A whole file, its records left as raw JSON (each is decoded as a :data:`RecordIn` on
its own, so that one bad record does not refuse the file)."""


# ---------------------------------------------------------------------------------------
# jsonschema: words for a refusal


def _pattern_keyword(
    validator: Any, pattern_text: str, instance: Any, schema: Any
) -> Iterator[jsonschema.ValidationError]:
    """jsonschema's ``pattern`` keyword, with ``$`` read as in ECMA-262 (see
    :func:`python_pattern`)."""
    if validator.is_type(instance, "string") and not compiled(pattern_text).search(instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern_text!r}")


#: Draft 2020-12, with patterns anchored as the schema's own language anchors them.
# (The stubs leave ``extend`` untyped.)
_Validator = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    jsonschema.Draft202012Validator, {"pattern": _pattern_keyword}
)


@lru_cache(maxsize=1)
def validators() -> tuple[Any, Any]:
    """(validator of the file without its records, validator of one record): jsonschema
    validators that word what the msgspec types refuse."""
    top = dict(SCHEMA)
    top["properties"] = dict(SCHEMA["properties"], records={"type": "array"})
    record_schema = {"$ref": "#/$defs/record", "$defs": SCHEMA["$defs"]}
    return _Validator(top), _Validator(record_schema)
