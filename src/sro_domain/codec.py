"""JSON interchange: records, verdicts, sources and rules to JSON-compatible data and back.

``to_data(obj)`` turns any record, :class:`~sro_domain.Verdict`, :class:`~sro_domain.Source` or
:class:`~sro_domain.Rule` into plain data — dicts, lists, strings, numbers, booleans, ``None`` —
with ISO dates, enum values and decimals as strings. ``from_data(Model, data)`` builds a record
back, checking every field and collecting **every** problem, each with its JSON path, into one
:class:`DecodeError`. Pure functions: no file access. Written by hand rather than with cattrs, so
that every problem names its path and comes from a specific check.

>>> from datetime import date
>>> from sro_domain import Training, TrainingKind
>>> course = Training(course="NASRO Basic SRO Course", kind=TrainingKind.SCHOOL_POLICING,
...                   hours="40", completed_on=date(2024, 6, 21))
>>> data = to_data(course)
>>> data["hours"], data["completed_on"], data["kind"]
('40', '2024-06-21', 'school_policing')
>>> from_data(Training, data) == course
True
>>> from_data(Training, {**data, "hours": "-4", "kind": "karate"})
Traceback (most recent call last):
...
sro_domain.codec.DecodeError: 2 problems decoding Training:
  kind: must be one of 'school_policing', 'nc_basic_sro', 'basic_law_enforcement', 'dare', 'other', got 'karate'
  hours: must be greater than 0, got '-4'
"""

from __future__ import annotations

import enum
import functools
import hashlib
import json
import re
import types
import typing
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from sro_domain import __version__
from sro_domain._validation import show
from sro_domain.errors import InvalidRecordError, SRODomainError
from sro_domain.models import NO_MOU, NoMou
from sro_domain.outcome import Outcome
from sro_domain.rules import Rule, Standard, Verdict
from sro_domain.sources import Source

__all__ = [
    "ROW_FIELDS",
    "RULESET",
    "VERDICT_FORMAT",
    "DecodeError",
    "from_data",
    "to_data",
    "to_rows",
]

VERDICT_FORMAT = "sro_domain.verdict/2"
"""The format tag of every encoded verdict; the number changes if the layout does.

Version 2 added ``applies`` (whether the standard reaches the subject; decision S1) to every
node, and ``scope`` (the scope's verdict, or null) to every standard's node.
"""

T = TypeVar("T")
_NONE_TYPE = type(None)


class DecodeError(SRODomainError, ValueError):
    """Data could not be decoded into a record; ``problems`` lists every ``(path, message)``."""

    def __init__(self, model: type, problems: list[tuple[str, str]]) -> None:
        self.model = model
        self.problems = tuple(problems)
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        lines = [f"  {path or '(top level)'}: {message}" for path, message in problems]
        super().__init__(f"{count} decoding {model.__name__}:\n" + "\n".join(lines))

    def __reduce__(self) -> tuple[object, ...]:
        # A process-pool worker that raises it must not break the pool (decision D7).
        return (self.__class__, (self.model, list(self.problems)))


def _fingerprint(rules: Iterable[Rule], standards: Iterable[Standard]) -> str:
    """``sha256:`` and 16 hex digits over what decides a verdict: rules and standards."""
    described = {
        "rules": sorted(
            [rule.id, rule.source.citation, rule.quote,
             {p.name: _encode(p.default) for p in rule.parameters}]
            for rule in rules
        ),
        "standards": sorted(
            [standard.id, [part.id for part in standard.parts],
             None if standard.scope is None else standard.scope.id,
             {key: _encode(value) for key, value in standard.parameters.items()}]
            for standard in standards
        ),
    }  # fmt: skip
    text = json.dumps(described, sort_keys=True, ensure_ascii=True)
    return "sha256:" + hashlib.sha256(text.encode("ascii")).hexdigest()[:16]


# --- encoding --------------------------------------------------------------------------------


def to_data(obj: Any) -> Any:
    """JSON-compatible data for a record, verdict, source or rule.

    Raises:
        TypeError: ``obj`` is none of these.
    """
    if isinstance(obj, Verdict):
        return {
            "format": VERDICT_FORMAT,
            "library_version": __version__,
            "ruleset": RULESET,
            **_verdict(obj),
        }
    if isinstance(obj, Source):
        return {name: _encode(getattr(obj, name)) for name in obj._fields}
    if isinstance(obj, Rule):
        return {
            "id": obj.id,
            "title": obj.title,
            "source": obj.source.id,
            "citation": obj.source.citation,
            "quote": obj.quote,
            "subject": obj.subject.__name__,
            "parameters": {p.name: _encode(p.default) for p in obj.parameters},
        }
    if attrs.has(type(obj)):
        return _encode(obj)
    raise TypeError(f"to_data takes a record, Verdict, Source or Rule, got {type(obj).__name__}")


ROW_FIELDS = ("standard", "rule", "outcome", "applies", "reason", "missing")
"""The keys of each row :func:`to_rows` makes, after the caller's own columns."""


def to_rows(verdict: Verdict, **columns: object) -> list[dict[str, object]]:
    """One flat row per rule of ``verdict``: for CSV files, spreadsheets and data frames.

    Each row has the caller's ``columns`` first (a record id, a school: whatever tells the
    subjects apart), then :data:`ROW_FIELDS`: the standard asked (``verdict.id``), the rule's
    id, its outcome and ``applies`` as their values (``"met"``, ``"not_met"``, ``"unknown"``),
    its reason, and the sorted tuple of the paths it is missing. The rows follow
    :meth:`~sro_domain.Verdict.leaves`, so a nested standard's rules are there too.

    >>> from datetime import date
    >>> from sro_domain import NASRO_SELECTION, Officer
    >>> verdict = NASRO_SELECTION.evaluate(Officer(id="A-17", volunteered=True),
    ...                                    as_of=date(2025, 1, 6))
    >>> rows = to_rows(verdict, officer="A-17")
    >>> rows[0]["officer"], rows[0]["rule"], rows[0]["outcome"], rows[0]["missing"]
    ('A-17', 'nasro.selection.experience', 'unknown', ('officer.service_periods',))
    >>> rows[-1]["rule"], rows[-1]["outcome"], rows[-1]["reason"]
    ('nasro.selection.volunteered', 'met', 'volunteered for the SRO position: yes (required)')

    Raises:
        TypeError: ``verdict`` is not a :class:`~sro_domain.Verdict`, or a column is named like
            one of :data:`ROW_FIELDS`.
    """
    if not isinstance(verdict, Verdict):
        raise TypeError(f"to_rows takes a Verdict, got {type(verdict).__name__}")
    clash = sorted(set(columns) & set(ROW_FIELDS))
    if clash:
        raise TypeError(f"to_rows: column {clash[0]!r} is one of its own fields {ROW_FIELDS}")
    standard = verdict.id
    return [
        {
            **columns,
            "standard": standard,
            "rule": leaf.id,
            "outcome": leaf.outcome.value,
            "applies": leaf.applies.value,
            "reason": leaf.reason,
            "missing": tuple(sorted(leaf.missing)),
        }
        for leaf in verdict.leaves()
    ]


def _verdict(verdict: Verdict) -> dict[str, Any]:
    return {
        "id": verdict.id,
        "title": verdict.title,
        "outcome": verdict.outcome.value,
        "reason": verdict.reason,
        "source": verdict.source.id,
        "citation": verdict.source.citation,
        "quote": verdict.quote,
        "as_of": verdict.as_of.isoformat(),
        "facts": {key: _encode(value) for key, value in verdict.facts.items()},
        "parameters": {key: _encode(value) for key, value in verdict.parameters.items()},
        "missing": sorted(verdict.missing),
        "applies": verdict.applies.value,
        "scope": None if verdict.scope is None else _verdict(verdict.scope),
        "children": [_verdict(child) for child in verdict.children],
    }


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [_encode(item) for item in value]
    if isinstance(value, frozenset):
        return sorted((_encode(item) for item in value), key=repr)
    if isinstance(value, Mapping):
        return {str(key): _encode(item) for key, item in value.items()}
    if attrs.has(type(value)):
        return {
            field.name: _encode(getattr(value, field.name)) for field in attrs.fields(type(value))
        }
    raise TypeError(f"cannot encode {type(value).__name__}")


# --- decoding --------------------------------------------------------------------------------


class _Problems:
    def __init__(self) -> None:
        self.found: list[tuple[str, str]] = []

    def add(self, path: str, message: str) -> None:
        self.found.append((path, message))


_INVALID = object()  # a field that could not be decoded; its problem is already recorded


def from_data(model: type[T], data: Any) -> T:
    """Build a ``model`` record from JSON-compatible data, as :func:`to_data` makes it.

    ``from_data(Verdict, data)`` reads back a verdict :func:`to_data` wrote, so that stored
    results can be reloaded: its rules and standards are found by id in this version's
    registries; its reasons, facts and parameters are kept as the data gives them.

    Raises:
        DecodeError: with every problem found and its path (``officer.trainings[2].hours``).
        TypeError: ``model`` is not a record type.
    """
    if model is Verdict:
        return _decode_top_verdict(data)  # type: ignore[return-value]
    if not attrs.has(model):
        raise TypeError(f"from_data takes a record type, got {model!r}")
    problems = _Problems()
    value = _decode_record(model, data, "", problems)
    if problems.found:
        raise DecodeError(model, problems.found)
    return value  # type: ignore[no-any-return]


def _decode_top_verdict(data: Any) -> Verdict:
    problems = _Problems()
    if isinstance(data, dict) and data.get("format") != VERDICT_FORMAT:
        problems.add("format", f"must be {VERDICT_FORMAT!r}, got {_show(data.get('format'))}")
    verdict = _decode_verdict(data, "", problems)
    if problems.found:
        raise DecodeError(Verdict, problems.found)
    return verdict  # type: ignore[no-any-return]


_VERDICT_KEYS = frozenset(
    {"id", "title", "outcome", "reason", "source", "citation", "quote", "as_of", "facts",
     "parameters", "missing", "applies", "scope", "children"}
)  # fmt: skip


def _json_value(value: Any) -> Any:
    """Facts and parameters as the data gives them; lists become tuples, as facts are."""
    if isinstance(value, list):
        return tuple(_json_value(item) for item in value)
    if isinstance(value, dict):
        return {key: _json_value(item) for key, item in value.items()}
    return value


def _decode_verdict(data: Any, path: str, problems: _Problems) -> Any:
    from sro_domain.registry import RULES  # noqa: PLC0415 - the registry is heavy

    if not isinstance(data, dict):
        problems.add(path, f"must be an object (Verdict), got {_show(data)}")
        return _INVALID
    missing = sorted(_VERDICT_KEYS - set(data))
    for key in missing:
        problems.add(_join(path, key), "is required")
    if missing:
        return _INVALID
    ident = data["id"]
    registry: Mapping[str, Any] = RULES if data["quote"] is not None else _every_standard()
    node = registry.get(ident) if isinstance(ident, str) else None
    if node is None:
        kind = "rule" if data["quote"] is not None else "standard"
        problems.add(
            _join(path, "id"),
            f"must be the id of a {kind} of sro_domain {__version__}, got {_show(ident)}",
        )
    outcome = _outcome(data["outcome"], _join(path, "outcome"), problems)
    applies = _outcome(data["applies"], _join(path, "applies"), problems)
    as_of = _date(data["as_of"], _join(path, "as_of"), problems)
    reason = _SCALARS[str](data["reason"], _join(path, "reason"), problems)
    paths = data["missing"]
    if not isinstance(paths, list) or not all(isinstance(item, str) for item in paths):
        problems.add(_join(path, "missing"), f"must be a list of paths, got {_show(paths)}")
    for key in ("facts", "parameters"):
        if not isinstance(data[key], dict):
            problems.add(_join(path, key), f"must be an object, got {_show(data[key])}")
    children = data["children"]
    if not isinstance(children, list):
        problems.add(_join(path, "children"), f"must be a list, got {_show(children)}")
        children = []
    decoded = [
        _decode_verdict(child, f"{_join(path, 'children')}[{index}]", problems)
        for index, child in enumerate(children)
    ]
    scope = data["scope"]
    scope_verdict = (
        None if scope is None else _decode_verdict(scope, _join(path, "scope"), problems)
    )
    if problems.found:
        return _INVALID
    return Verdict(
        typing.cast("Rule | Standard", node),
        outcome,
        as_of,
        children=tuple(decoded),
        reason=reason,
        facts=_json_value(data["facts"]),
        parameters=_json_value(data["parameters"]),
        missing=frozenset(paths),
        applies=applies,
        scope=scope_verdict,
    )


@functools.cache
def _every_standard() -> Mapping[str, Standard]:
    """The built-in standards, and every standard nested in one or serving as its scope."""
    from sro_domain.registry import STANDARDS  # noqa: PLC0415 - the registry is heavy

    built_in = STANDARDS
    found: dict[str, Standard] = {}
    stack = list(built_in.values())
    while stack:
        standard = stack.pop()
        found.setdefault(standard.id, standard)
        stack += [part for part in standard.parts if isinstance(part, Standard)]
        if isinstance(standard.scope, Standard):
            stack.append(standard.scope)
    found.update(built_in)  # a built-in id means the built-in standard
    return found


def _outcome(data: Any, path: str, problems: _Problems) -> Any:
    for outcome in Outcome:
        if data == outcome.value:
            return outcome
    problems.add(path, f"must be one of 'met', 'not_met', 'unknown', got {_show(data)}")
    return _INVALID


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _join(path: str, key: str) -> str:
    """``officer.trainings``; a key that is not a plain name is quoted: ``["my key"]``."""
    if not _PLAIN_KEY.fullmatch(key):
        return f"{path}[{json.dumps(key)}]"
    return f"{path}.{key}" if path else key


@functools.cache
def _layout(model: type) -> tuple[dict[str, Any], dict[str, Any]]:
    """A record type's attrs fields and resolved annotations, worked out once per type."""
    return {field.name: field for field in attrs.fields(model)}, typing.get_type_hints(model)


def _decode_record(model: type, data: Any, path: str, problems: _Problems) -> Any:
    if not isinstance(data, dict):
        problems.add(path, f"must be an object ({model.__name__}), got {_show(data)}")
        return _INVALID
    fields, hints = _layout(model)
    for key in data:
        if key not in fields:
            problems.add(_join(path, str(key)), f"is not a field of {model.__name__}")
    kwargs: dict[str, Any] = {}
    before = len(problems.found)
    for name, field in fields.items():
        if name not in data:
            if field.default is attrs.NOTHING:
                problems.add(_join(path, name), "is required")
            continue
        # Field names are plain, so their paths need no quoting.
        kwargs[name] = _decoder(hints[name])(
            data[name], f"{path}.{name}" if path else name, problems
        )
    if len(problems.found) == before:
        try:
            return model(**kwargs)
        except InvalidRecordError:
            pass  # find every rejected field below, not only the first
    # Check every field that decoded with the model's own validators, so that a value the
    # record rejects is reported next to values of the wrong type.
    decoded = {name: value for name, value in kwargs.items() if value is not _INVALID}
    peer = types.SimpleNamespace(**decoded)
    for name, value in decoded.items():
        field = fields[name]
        converted = field.converter(value) if callable(field.converter) else value
        if field.validator is not None:
            try:
                field.validator(peer, field, converted)
            except InvalidRecordError as error:
                problems.add(_join(path, name), _must(error, data[name]))
    return _INVALID


def _must(error: InvalidRecordError, given: Any) -> str:
    """The record's requirement, with the value as the data gave it."""
    return f"must {error.requirement}, got {_show(given)}"


def _show(value: Any) -> str:
    shown = show(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


Decoder = typing.Callable[[Any, str, _Problems], Any]


@functools.cache
def _decoder(kind: Any) -> Decoder:
    """The decoding function for one annotation, built once per annotation."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        nullable, no_mou = _NONE_TYPE in options, NoMou in options
        (rest,) = [option for option in options if option not in (_NONE_TYPE, NoMou)]
        inner = _decoder(rest)

        def optional(data: Any, path: str, problems: _Problems) -> Any:
            if data is None and nullable:
                return None
            if no_mou and data == NO_MOU.value:
                return NO_MOU
            return inner(data, path, problems)

        return optional
    if origin in (tuple, frozenset):
        item = _decoder(typing.get_args(kind)[0])
        make = tuple if origin is tuple else frozenset

        def collection(data: Any, path: str, problems: _Problems) -> Any:
            if not isinstance(data, list):
                problems.add(path, f"must be a list, got {_show(data)}")
                return _INVALID
            items = [
                item(element, f"{path}[{index}]", problems) for index, element in enumerate(data)
            ]
            if any(element is _INVALID for element in items):
                return _INVALID
            return make(items)

        return collection
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _enum_decoder(kind)
    if attrs.has(kind):
        return lambda data, path, problems: _decode_record(kind, data, path, problems)
    return _SCALARS[kind]


def _enum_decoder(kind: type[enum.Enum]) -> Decoder:
    members = {member.value: member for member in kind}
    allowed = ", ".join(repr(value) for value in members)

    def decode(data: Any, path: str, problems: _Problems) -> Any:
        if isinstance(data, str) and data in members:
            return members[data]
        problems.add(path, f"must be one of {allowed}, got {_show(data)}")
        return _INVALID

    return decode


def _scalar(accepts: typing.Callable[[Any], bool], words: str) -> Decoder:
    def decode(data: Any, path: str, problems: _Problems) -> Any:
        if accepts(data):
            return data
        problems.add(path, f"must be {words}, got {_show(data)}")
        return _INVALID

    return decode


# The only textual forms, on every supported Python (decision D8): no "2024W011", no
# "2024-W01-1", no "4_0", no exponents, no surrounding spaces.
DATE_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""A date as the codec and the command line read it: ``YYYY-MM-DD``, ASCII digits."""
DECIMAL_FORM = re.compile(r"-?[0-9]+(\.[0-9]+)?")
"""A decimal as the codec reads it: plain notation, ASCII digits (``"39.5"``, ``"40"``)."""


def _decimal(data: Any, path: str, problems: _Problems) -> Any:
    # Decimal strings and whole numbers; JSON floats are refused, as Training.hours refuses them.
    if isinstance(data, int) and not isinstance(data, bool):
        return Decimal(data)
    if isinstance(data, float) and data.is_integer():
        # JSON has one number type: 40.0 is the whole number 40, as a JSON Schema sees it.
        return Decimal(int(data))
    if isinstance(data, str) and DECIMAL_FORM.fullmatch(data):
        return Decimal(data)
    problems.add(
        path,
        'must be a decimal number in plain notation as a string ("39.5") or a whole number, '
        f"got {_show(data)}",
    )
    return _INVALID


def parse_date(text: object) -> date | None:
    """``text`` as a ``YYYY-MM-DD`` date, or ``None`` if it is not exactly one."""
    if isinstance(text, str) and DATE_FORM.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:  # a day the calendar lacks: 2024-02-30
            return None
    return None


def _date(data: Any, path: str, problems: _Problems) -> Any:
    day = parse_date(data)
    if day is not None:
        return day
    problems.add(path, f"must be a date as YYYY-MM-DD, got {_show(data)}")
    return _INVALID


def _is_text(data: str) -> bool:
    """No lone surrogates (a JSON escape such as U+D800): such a string cannot be written out."""
    try:
        data.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _whole(data: Any, path: str, problems: _Problems) -> Any:
    if isinstance(data, int) and not isinstance(data, bool):
        return data
    if isinstance(data, float) and data.is_integer():
        return int(data)  # 2024.0 is the whole number 2024, as a JSON Schema sees it
    problems.add(path, f"must be a whole number, got {_show(data)}")
    return _INVALID


_SCALARS: dict[Any, Decoder] = {
    bool: _scalar(lambda data: isinstance(data, bool), "true or false"),
    int: _whole,
    str: _scalar(lambda data: isinstance(data, str) and _is_text(data), "a string of Unicode text"),
    Decimal: _decimal,
    date: _date,
}


def _ruleset() -> str:
    from sro_domain.registry import RULES  # noqa: PLC0415 - as the decoders do

    return _fingerprint(RULES.values(), _every_standard().values())


RULESET: str = _ruleset()
"""A fingerprint of the built-in rule set, carried in every JSON verdict beside the version.

It changes when a rule's id, citation, quote or parameters change, or a standard's parts or
scope: a stored verdict can be traced to the rules that made it.
"""
