"""JSON Schemas (draft 2020-12) for every record, generated from the records themselves.

Each schema's ``properties`` and ``required`` are the record's fields, read from its attrs
definition and type annotations, so the schemas cannot drift from the records; titles and
descriptions come from the docstrings and the fields' ``metadata["description"]``. They
describe the data :func:`sro_domain.codec.to_data` writes and
:func:`sro_domain.codec.from_data` reads.

>>> from sro_domain import Agency
>>> schema = schema_for(Agency)
>>> schema["required"], schema["properties"]["kind"]["enum"][:2]
(['name', 'kind'], ['police_department', 'sheriffs_office'])
"""

from __future__ import annotations

import enum
import types
import typing
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from sro_domain import models
from sro_domain.models import NoMou

__all__ = ["MODELS", "remedy_schema", "schema_for", "timeline_schema", "verdict_schema"]

DRAFT = "https://json-schema.org/draft/2020-12/schema"
MODELS: dict[str, type] = {record.__name__: record for record in models.RECORDS}
"""Every record type with a schema, by name."""

# The decoder's own forms (sro_domain.codec.DATE_FORM and DECIMAL_FORM; decision D8).
_DATE = {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
_PLACES = "{1,30}"  # at most 30 decimal places (decision D6)
_DECIMAL = {
    "anyOf": [
        {"type": "string", "pattern": rf"^-?[0-9]+(\.[0-9]{_PLACES})?$"},
        {"type": "integer"},
    ]
}
# Where a field's bounds can be said in a schema, it says them; the rest its description says.
_BOUNDED: dict[tuple[str, str], dict[str, Any]] = {
    ("Training", "hours"): {
        "anyOf": [
            # Greater than 0 (some digit other than 0), at most 1,000,000.
            {
                "type": "string",
                "pattern": rf"^(?=.*[1-9])0*([0-9]{{1,6}}(\.[0-9]{_PLACES})?|1000000(\.0{_PLACES})?)$",
            },
            {"type": "integer", "minimum": 1, "maximum": 1_000_000},
        ]
    },
    ("Assignment", "hours_per_week"): {
        "anyOf": [
            {
                "type": "string",
                "pattern": rf"^0*((1[0-5][0-9]|16[0-7]|[0-9]{{1,2}})(\.[0-9]{_PLACES})?|168(\.0{_PLACES})?)$",
            },
            {"type": "integer", "minimum": 0, "maximum": 168},
        ]
    },
    ("Assignment", "share_in_schools"): {
        "anyOf": [
            {"type": "string", "pattern": rf"^(0+(\.[0-9]{_PLACES})?|0*1(\.0{_PLACES})?)$"},
            {"type": "integer", "minimum": 0, "maximum": 1},
        ]
    },
    ("YearWeeks", "weeks"): {"type": "integer", "minimum": 0, "maximum": 53},
}
_NON_BLANK = {"type": "string", "pattern": r"\S"}
# Records whose sets must not be empty; the record's validator says so, the schema repeats it.
_AT_LEAST_ONE = {("Assignment", "schools")}


def schema_for(model: type) -> dict[str, Any]:
    """The JSON Schema of ``model``'s data, with every nested record under ``$defs``.

    Raises:
        TypeError: ``model`` is not a record type.
    """
    if not attrs.has(model):
        raise TypeError(f"schema_for takes a record type, got {model!r}")
    definitions: dict[str, Any] = {}
    root = _record(model, definitions)
    definitions.pop(model.__name__, None)
    schema = {"$schema": DRAFT, **root}
    if definitions:
        schema["$defs"] = definitions
    return schema


def _record(model: type, definitions: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(model)
    properties: dict[str, Any] = {}
    required: list[str] = []
    definitions.setdefault(model.__name__, {})  # placeholder against recursion
    for field in attrs.fields(model):
        prop = _type(hints[field.name], definitions, (model.__name__, field.name))
        description = field.metadata.get("description")
        if description:
            prop = {**prop, "description": description}
        properties[field.name] = prop
        if field.default is attrs.NOTHING:
            required.append(field.name)
    schema = {
        "title": model.__name__,
        "description": _summary(model),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    definitions[model.__name__] = schema
    return schema


def _summary(model: type) -> str:
    return (model.__doc__ or model.__name__).strip().split("\n\n")[0].replace("\n", " ")


def _type(kind: Any, definitions: dict[str, Any], where: tuple[str, str]) -> dict[str, Any]:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = list(typing.get_args(kind))
        parts = [
            {"type": "null"} if option is type(None)
            else {"const": NoMou.NO_MOU.value} if option is NoMou
            else _type(option, definitions, where)
            for option in options
        ]  # fmt: skip
        return {"anyOf": parts}
    if origin in (tuple, frozenset):
        item = _type(typing.get_args(kind)[0], definitions, where)
        array: dict[str, Any] = {"type": "array", "items": item}
        if where in _AT_LEAST_ONE:
            array["minItems"] = 1
        return array
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"enum": [member.value for member in kind]}
    if kind is bool:
        return {"type": "boolean"}
    if kind is int:
        return dict(_BOUNDED.get(where, {"type": "integer"}))
    if kind is str:
        return dict(_NON_BLANK)
    if kind is Decimal:
        return dict(_BOUNDED.get(where, _DECIMAL))
    if kind is date:
        return dict(_DATE)

    if attrs.has(kind):
        if kind.__name__ not in definitions:
            _record(kind, definitions)
        return {"$ref": f"#/$defs/{kind.__name__}"}
    raise TypeError(f"no schema for {kind!r}")  # pragma: no cover - every record field is covered


# --- verdicts --------------------------------------------------------------------------------

_OUTCOME = {"enum": ["met", "not_met", "unknown"]}
_PATHS = {"type": "array", "items": {"type": "string"}, "uniqueItems": True}
_TEXT = {"type": "string"}
_ID = {"type": "string", "minLength": 1}


def verdict_schema(detail: str = "full") -> dict[str, Any]:
    """The JSON Schema of a verdict's data in one of the shapes of :data:`~sro_domain.codec.DETAILS`.

    It describes what :func:`sro_domain.codec.to_data` writes (and ``sro-domain check --format
    json --detail …``, which adds ``record`` and ``subject``) and what
    :func:`sro_domain.codec.from_data` reads back. Objects may have other keys, so that a reader
    of one version accepts a later one's additions.

    >>> verdict_schema("summary")["required"]
    ['format', 'library_version', 'ruleset', 'detail', 'id', 'outcome', 'applies', 'as_of', 'missing', 'failing']

    Raises:
        ValueError: ``detail`` is not one of the shapes.
    """
    from sro_domain.codec import DETAILS, VERDICT_FORMAT  # noqa: PLC0415 - codec loads the rules

    if detail not in DETAILS:
        raise ValueError(f"detail must be one of {', '.join(DETAILS)}, got {detail!r}")
    head = {
        "format": {"const": VERDICT_FORMAT},
        "library_version": {"type": "string", "pattern": r"^[0-9]+\.[0-9]+\.[0-9]+"},
        "ruleset": {"type": "string", "pattern": "^sha256:[0-9a-f]{16}$"},
    }
    top = {
        "id": {**_ID, "description": "The standard's id, as in sro_domain.STANDARDS."},
        "outcome": _OUTCOME,
        "applies": {**_OUTCOME, "description": "Whether the standard reaches the subject."},
        "as_of": _DATE,
        "missing": {**_PATHS, "description": "Paths of unknown facts that could change it."},
    }
    title = f"Verdict ({detail})"
    if detail == "full":
        node = {
            "type": "object",
            "properties": {
                "id": _ID, "title": _TEXT, "outcome": _OUTCOME, "reason": _TEXT,
                "source": _ID, "citation": _TEXT, "quote": {"type": ["string", "null"]},
                "as_of": _DATE, "facts": {"type": "object"}, "parameters": {"type": "object"},
                "missing": _PATHS, "applies": _OUTCOME,
                "scope": {"anyOf": [{"$ref": "#/$defs/node"}, {"type": "null"}]},
                "children": {"type": "array", "items": {"$ref": "#/$defs/node"}},
            },
            "required": list(_NODE_KEYS),
        }  # fmt: skip
        return {
            "$schema": DRAFT,
            "title": title,
            "description": "A verdict tree: every standard and rule, with its source's words.",
            "allOf": [{"$ref": "#/$defs/node"}],
            "type": "object",
            "properties": head,
            "required": list(head),
            "$defs": {"node": node},
        }
    if detail == "leaves":
        rule = {
            "type": "object",
            "properties": {
                "id": {**_ID, "description": "The rule's id, as in sro_domain.RULES."},
                "outcome": _OUTCOME, "applies": _OUTCOME, "reason": _TEXT,
                "facts": {"type": "object"}, "missing": _PATHS,
            },
            "required": ["id", "outcome", "applies", "reason", "facts", "missing"],
        }  # fmt: skip
        entries: dict[str, Any] = {"rules": {"type": "array", "items": rule}}
        description = "A standard's outcome and each rule's outcome, reason and facts."
    else:
        entries = {"failing": {"type": "array", "items": _ID, "description": "Failing rules."}}
        description = "A standard's outcome and the ids of the rules that fail."
    properties = {**head, "detail": {"const": detail}, **top, **entries}
    return {
        "$schema": DRAFT,
        "title": title,
        "description": description,
        "type": "object",
        "properties": properties,
        "required": list(properties),
    }


def timeline_schema() -> dict[str, Any]:
    """The JSON Schema of a timeline's data, as :func:`sro_domain.codec.to_data` writes it.

    >>> timeline_schema()["properties"]["spans"]["items"]["required"]
    ['start', 'end', 'outcome', 'applies', 'in_force']
    """
    from sro_domain.codec import TIMELINE_FORMAT  # noqa: PLC0415 - codec loads the rules

    maybe = {"anyOf": [_OUTCOME, {"type": "null"}]}
    span = {
        "type": "object",
        "properties": {
            "start": _DATE, "end": _DATE,
            "outcome": {**maybe, "description": "null on days the standard is not in force"},
            "applies": {**maybe, "description": "Whether the standard reaches the subject."},
            "in_force": {"type": "boolean"},
        },
        "required": ["start", "end", "outcome", "applies", "in_force"],
    }  # fmt: skip
    properties = {
        "format": {"const": TIMELINE_FORMAT},
        "library_version": {"type": "string", "pattern": r"^[0-9]+\.[0-9]+\.[0-9]+"},
        "ruleset": {"type": "string", "pattern": "^sha256:[0-9a-f]{16}$"},
        "standard": {**_ID, "description": "The standard's id, as in sro_domain.STANDARDS."},
        "start": _DATE,
        "end": _DATE,
        "spans": {"type": "array", "items": span, "minItems": 1},
    }
    return {
        "$schema": DRAFT,
        "title": "Timeline",
        "description": "A standard's outcome on one subject over a range of days, as maximal "
        "spans of days with one outcome and reach.",
        "type": "object",
        "properties": properties,
        "required": list(properties),
    }


def remedy_schema() -> dict[str, Any]:
    """The JSON Schema of a remedy's data, as :func:`sro_domain.codec.to_data` writes it.

    >>> remedy_schema()["required"][:3]
    ['rule', 'citation', 'path']
    """
    day = {"anyOf": [_DATE, {"type": "null"}]}
    properties = {
        "rule": {**_ID, "description": "The rule's id, as in sro_domain.RULES."},
        "citation": _TEXT,
        "path": {**_ID, "description": "The fact to change, a dotted path from the subject."},
        "action": _TEXT,
        "by": {**day, "description": "The last day the change can be made, if the rule sets one."},
        "wait_until": {**day, "description": "The day time alone meets the rule, if it does."},
        "options": {"type": "array", "items": _TEXT},
        "possible": {"type": "boolean"},
        "reason": {"type": ["string", "null"], "description": "Why it is not possible."},
    }
    return {
        "$schema": DRAFT,
        "title": "Remedy",
        "description": "What would meet one rule that a verdict finds not met.",
        "type": "object",
        "properties": properties,
        "required": list(properties),
    }


_NODE_KEYS = (
    "id", "title", "outcome", "reason", "source", "citation", "quote", "as_of", "facts",
    "parameters", "missing", "applies", "scope", "children",
)  # fmt: skip
