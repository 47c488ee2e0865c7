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
  kind: must be one of 'school_policing', 'nc_basic_sro', 'advanced_school_policing', 'basic_law_enforcement', 'dare', 'training_waiver', 'other', got 'karate'
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
from sro_domain._validation import beyond_type, show
from sro_domain.errors import InvalidRecordError, SRODomainError
from sro_domain.models import NO_MOU, NoMou, _Record
from sro_domain.outcome import Outcome
from sro_domain.planning import Remedy, Timeline
from sro_domain.rules import Rule, Standard, Verdict
from sro_domain.sources import Source

__all__ = [
    "DETAILS",
    "ROW_FIELDS",
    "RULESET",
    "TIMELINE_FORMAT",
    "VERDICT_FORMAT",
    "DecodeError",
    "from_data",
    "to_csv",
    "to_data",
    "to_json",
    "to_rows",
]

VERDICT_FORMAT = "sro_domain.verdict/2"
"""The format tag of every encoded verdict; the number changes if the layout does.

Version 2 added ``applies`` (whether the standard reaches the subject; decision S1) to every
node, and ``scope`` (the scope's verdict, or null) to every standard's node.
"""

TIMELINE_FORMAT = "sro_domain.timeline/1"
"""The format tag of every encoded timeline; the number changes if the layout does."""

T = TypeVar("T")
V = TypeVar("V")
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


DETAILS = ("full", "leaves", "summary")
"""The shapes of a JSON verdict, from the most to the least said (decision D12).

``full``
    The whole tree: every standard and rule with its title, outcome, reason, source, citation,
    quote, date, facts, parameters, missing paths, ``applies``, scope and children. What a
    reader of one verdict wants; the default.
``leaves``
    The standard's outcome, ``applies``, date and missing paths, and one entry per rule (in
    :meth:`~sro_domain.Verdict.leaves` order) with its id, outcome, ``applies``, reason, facts
    and missing paths. Titles, quotes and citations are left to the registry:
    ``sro_domain.RULES[id]`` or ``sro-domain rules``.
``summary``
    The standard's outcome, ``applies``, date and missing paths, and the ids of the rules that
    fail (:meth:`~sro_domain.Verdict.failures`).
"""


def to_data(obj: Any, *, detail: str = "full") -> Any:
    """JSON-compatible data for a record, verdict, source, rule, timeline or remedy.

    ``detail`` chooses the shape of a verdict's data: one of :data:`DETAILS`.

    Raises:
        TypeError: ``obj`` is none of these.
        ValueError: ``detail`` is not one of :data:`DETAILS`.
    """
    if isinstance(obj, Verdict):
        head = {"format": VERDICT_FORMAT, "library_version": __version__, "ruleset": RULESET}
        if detail == "full":
            return {**head, **_verdict(obj)}
        if detail == "leaves":
            return {**head, "detail": detail, **_top(obj), "rules": _leaves(obj)}
        if detail == "summary":
            failing = [leaf.id for leaf in obj.failures()]
            return {**head, "detail": detail, **_top(obj), "failing": failing}
        raise ValueError(f"detail must be one of {', '.join(DETAILS)}, got {detail!r}")
    if isinstance(obj, Timeline):
        head = {"format": TIMELINE_FORMAT, "library_version": __version__, "ruleset": RULESET}
        return {
            **head,
            "standard": obj.standard.id,
            "start": obj.start.isoformat(),
            "end": obj.end.isoformat(),
            "spans": [
                {
                    "start": span.start.isoformat(),
                    "end": span.end.isoformat(),
                    "outcome": None if span.outcome is None else span.outcome.value,
                    "applies": None if span.applies is None else span.applies.value,
                    "in_force": span.in_force,
                }
                for span in obj.spans
            ],
        }
    if isinstance(obj, Remedy):
        return {
            "rule": obj.rule_id,
            "citation": obj.citation,
            "path": obj.path,
            "action": obj.action,
            "by": _encode(obj.by),
            "wait_until": _encode(obj.wait_until),
            "options": list(obj.options),
            "possible": obj.possible,
            "reason": obj.reason,
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
    raise TypeError(
        "to_data takes a record, Verdict, Source, Rule, Timeline or Remedy, "
        f"got {type(obj).__name__}"
    )


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
    _check_rows("to_rows", verdict, columns)
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


def _check_rows(function: str, verdict: object, columns: Mapping[str, object]) -> None:
    if not isinstance(verdict, Verdict):
        raise TypeError(f"{function} takes a Verdict, got {type(verdict).__name__}")
    clash = sorted(set(columns) & set(ROW_FIELDS))
    if clash:
        raise TypeError(f"{function}: column {clash[0]!r} is one of its own fields {ROW_FIELDS}")


def to_csv(verdict: Verdict, **columns: object) -> str:
    """The rows of :func:`to_rows` as CSV text, one line each: what a CSV file of verdicts holds.

    Cells are written as ``csv.writer`` writes them (``None`` empty, anything else as
    ``str``, a cell quoted when it holds a comma, a quote or a line break), the missing paths
    separated by spaces, each line ending in a line feed. No header: a file's header is
    ``[*columns, *ROW_FIELDS]``, once. This is what ``sro-domain check --format csv`` writes,
    made faster than a ``csv.writer`` over :func:`to_rows` by leaving out the dicts.

    >>> from datetime import date
    >>> from sro_domain import NASRO_SELECTION, Officer
    >>> verdict = NASRO_SELECTION.evaluate(Officer(id="A-17", volunteered=True),
    ...                                    as_of=date(2025, 1, 6))
    >>> last = to_csv(verdict, officer="A-17").splitlines()[-1]
    >>> last.split(",")
    ['A-17', 'nasro-selection', 'nasro.selection.volunteered', 'met', 'met', 'volunteered for the SRO position: yes (required)', '']

    Raises:
        TypeError: ``verdict`` is not a :class:`~sro_domain.Verdict`, or a column is named like
            one of :data:`ROW_FIELDS`.
    """
    _check_rows("to_csv", verdict, columns)
    head = "".join([_csv_cell("" if value is None else str(value)) + "," for value in
                    columns.values()]) + _csv_cell(verdict.id) + ","  # fmt: skip
    # Outcome values are plain words, never quoted; most rules miss nothing.
    return "".join(
        [
            f"{head}{_csv_id(leaf._node)},{leaf._outcome._value_},{leaf._applies._value_},"
            f"{_csv_cell(leaf.reason)},"
            f"{_csv_cell(' '.join(sorted(leaf._missing))) if leaf._missing else ''}\n"
            for leaf in verdict.leaves()
        ]
    )


# A rule's id as a CSV cell, kept by the rule's identity (_kept).
_CSV_IDS: dict[int, tuple[object, object, str]] = {}


def _csv_id(node: Rule | Standard) -> str:
    return _kept(_CSV_IDS, node, _id_cell)


def _id_cell(node: Rule | Standard, _: object) -> str:
    return _csv_cell(node.id)


def _kept(
    cache: dict[int, tuple[object, object, V]],
    key: object,
    make: typing.Callable[[Any, Any], V],
    companion: object = None,
) -> V:
    """``make(key, companion)``, worked out once and kept in ``cache`` by the identity of both.

    For what never changes for one rule, standard or mapping of parameters (a node's text with
    its parameters: the companion). Bounded: standards built on the fly (one a request, say)
    must not grow it without end.
    """
    entry = cache.get(id(key))
    if entry is not None and entry[0] is key and entry[1] is companion:
        return entry[2]
    if len(cache) >= 4096:
        cache.clear()
    value = make(key, companion)
    cache[id(key)] = (key, companion, value)
    return value


def _csv_cell(text: str) -> str:
    """One CSV cell, quoted when it must be (RFC 4180: a comma, a quote, CR or LF)."""
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def to_json(obj: Any, *, detail: str = "full", **columns: object) -> str:
    """``json.dumps({**columns, **to_data(obj, detail=detail)})``, made faster for verdicts.

    The text is exactly what that expression gives — the same keys, order and spacing — but a
    verdict's titles, quotes and citations are escaped once per rule, not once per verdict,
    which is what a command checking a roster spends most of its time on. ``columns`` come
    first (a record's place in a file, its subject), as ``sro-domain check --format json``
    writes them.

    >>> from datetime import date
    >>> from sro_domain import NASRO_SELECTION, Officer
    >>> verdict = NASRO_SELECTION.evaluate(Officer(id="A-17"), as_of=date(2025, 1, 6))
    >>> to_json(verdict, detail="summary", subject="A-17")[:60]
    '{"subject": "A-17", "format": "sro_domain.verdict/2", "libra'
    >>> to_json(verdict) == json.dumps(to_data(verdict))
    True

    Raises:
        TypeError: ``obj`` is not a record, verdict, source or rule, or a column is named like
            one of the verdict's own keys.
        ValueError: ``detail`` is not one of :data:`DETAILS`.
    """
    if not isinstance(obj, Verdict) or detail == "summary":
        data = to_data(obj, detail=detail)
        if columns:
            _no_clash(columns, data)
            data = {**columns, **data}
        return json.dumps(data)
    if detail not in DETAILS:
        raise ValueError(f"detail must be one of {', '.join(DETAILS)}, got {detail!r}")
    prefix = "{"
    if columns:
        _no_clash(columns, _FULL_KEYS if detail == "full" else _LEAVES_KEYS)
        prefix += "".join(
            f"{_text(str(key))}: {json.dumps(value)}, " for key, value in columns.items()
        )
    if detail == "full":
        return prefix + _FULL_HEAD + _node_json(obj)[1:]
    return "".join(
        (
            prefix, _FULL_HEAD, '"detail": "leaves", "id": ', _text(obj.id), ', "outcome": "',
            obj.outcome.value, '", "applies": "', obj.applies.value, '", "as_of": "',
            obj.as_of.isoformat(), '", "missing": ', _paths_json(obj.missing), ', "rules": [',
            ", ".join([_leaf_json(leaf) for leaf in obj.leaves()]), "]}",
        )
    )  # fmt: skip


def _no_clash(columns: Mapping[str, object], keys: Iterable[str]) -> None:
    clash = sorted(set(columns) & set(keys))
    if clash:
        raise TypeError(f"column {clash[0]!r} is one of the verdict's own keys")


_text: typing.Callable[[str], str] = json.encoder.encode_basestring_ascii
_LEAVES_KEYS = frozenset(
    {"format", "library_version", "ruleset", "detail", "id", "outcome", "applies", "as_of",
     "missing", "rules"}
)  # fmt: skip
# What never changes for one rule or standard with its parameters, as JSON text, kept by the
# node's identity (_kept): the text before the outcome, after the reason, and between the facts
# and the missing paths.
_NODE_TEXT: dict[int, tuple[object, object, tuple[str, str, str]]] = {}


def _node_parts(verdict: Verdict) -> tuple[str, str, str]:
    return _kept(_NODE_TEXT, verdict._node, _node_texts, verdict._parameters)


def _node_texts(node: Rule | Standard, parameters: Mapping[str, object]) -> tuple[str, str, str]:
    quote = node.quote if isinstance(node, Rule) else None
    return (
        f'{{"id": {_text(node.id)}, "title": {_text(node.title)}, "outcome": "',
        f', "source": {_text(node.source.id)}, "citation": {_text(node.source.citation)}, '
        f'"quote": {"null" if quote is None else _text(quote)}, "as_of": "',
        f', "parameters": {_mapping_json(parameters)}, "missing": ',
    )


def _json_default(value: Any) -> Any:
    """What ``json`` cannot write itself, as :func:`_encode` writes it (tuples it can)."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value._value_
    return _encode(value)


def _dict_encoder(make: Any) -> typing.Callable[[dict[str, Any]], str]:
    """``json.dumps(value, default=_json_default)`` for a dict, with one encoder for every call.

    ``JSONEncoder.encode`` builds CPython's C encoder afresh on every call, which costs more
    than encoding a verdict's few facts; ``make`` is that builder (``json.encoder``'s
    ``c_make_encoder``), called here once with the arguments ``encode`` passes it. Without it
    (another Python), or should its signature change, one ``JSONEncoder`` serves every call.
    """
    if make is not None:
        try:
            chunks = make(None, _json_default, _text, None, ": ", ", ", False, False, True)
        except TypeError:
            pass
        else:
            return lambda value: "".join(chunks(value, 0))
    return json.JSONEncoder(default=_json_default).encode


_encode_dict = _dict_encoder(getattr(json.encoder, "c_make_encoder", None))


def _mapping_json(mapping: Mapping[str, object]) -> str:
    """``json.dumps`` of a verdict's facts or parameters, as :func:`_encode` makes them.

    Facts are a few scalars, dates, decimals, enum members and tuples of them: written here by
    their type, with each key's and member's text kept, a verdict's facts cost a third less
    than through the C encoder, which calls back into Python for each date, decimal and member.
    Anything else (a float, a set, a record, a key that is no string) goes to the C encoder.
    """
    if not mapping:
        return "{}"
    try:
        return (
            "{"
            + ", ".join([_KEY_TEXT[key] + _fact_json(value) for key, value in mapping.items()])
            + "}"
        )
    except KeyError:
        return _slow_mapping_json(mapping)


def _slow_mapping_json(mapping: Mapping[str, object]) -> str:
    """The first time a key or an enum is seen: learn it, or leave the mapping to the C encoder."""
    if all(type(key) is str for key in mapping) and all(map(_learned, mapping.values())):
        if len(_KEY_TEXT) >= 4096:  # bounded, as the other caches are
            _KEY_TEXT.clear()
        _KEY_TEXT.update((key, _text(key) + ": ") for key in mapping)
        return _mapping_json(mapping)  # every key and value is known now
    return _encode_dict(dict(mapping))


def _learned(value: object) -> bool:
    """Whether ``_fact_json`` writes ``value`` as ``json.dumps`` would, having learnt its enum."""
    kind = type(value)
    if kind is tuple:
        return all(map(_learned, value))  # type: ignore[call-overload]
    if kind in _FACT_JSON:
        return True
    # A member that is also an int or a str is written by the C encoder as that.
    if isinstance(value, enum.Enum) and not isinstance(value, (int, str)):
        members = list(kind)  # type: ignore[call-overload]
        if all(type(member._value_) is str for member in members):
            _MEMBER_TEXT.update((member, _text(member._value_)) for member in members)
            _FACT_JSON[kind] = _MEMBER_TEXT.__getitem__
            return True
    return False


_KEY_TEXT: dict[str, str] = {}  # each fact's key as JSON text with its colon
_MEMBER_TEXT: dict[enum.Enum, str] = {}


def _fact_json(value: object) -> str:
    """One fact's value as JSON; ``KeyError`` for a type not (yet) learnt."""
    return _FACT_JSON[type(value)](value)


def _tuple_json(items: tuple[object, ...]) -> str:
    return "[" + ", ".join([_fact_json(item) for item in items]) + "]"


def _date_json(day: date) -> str:
    return '"' + day.isoformat() + '"'


def _decimal_json(number: Decimal) -> str:
    return '"' + str(number) + '"'


_FACT_JSON: dict[type, typing.Callable[[Any], str]] = {
    type(None): lambda value: "null",
    bool: lambda value: "true" if value else "false",
    int: int.__repr__,
    str: _text,
    date: _date_json,
    Decimal: _decimal_json,
    tuple: _tuple_json,
}


def _paths_json(missing: frozenset[str]) -> str:
    if not missing:
        return "[]"
    return "[" + ", ".join([_text(path) for path in sorted(missing)]) + "]"


def _facts_json(verdict: Verdict) -> str:
    """``_mapping_json(verdict.facts)``, without keeping the read-only copy ``facts`` keeps."""
    facts = verdict._facts
    return _mapping_json(facts() if callable(facts) else facts)


def _leaf_json(leaf: Verdict) -> str:
    """``json.dumps`` of one entry of ``_leaves``."""
    return "".join(
        (
            '{"id": ', _text(leaf._node.id), ', "outcome": "', leaf._outcome._value_,
            '", "applies": "', leaf._applies._value_, '", "reason": ', _text(leaf.reason),
            ', "facts": ',
            _facts_json(leaf), ', "missing": ', _paths_json(leaf._missing), "}",
        )
    )  # fmt: skip


def _node_json(verdict: Verdict) -> str:
    """``json.dumps(_verdict(verdict))``, from cached parts."""
    head, middle, parameters = _node_parts(verdict)
    scope = verdict._scope
    return "".join(
        (
            head, verdict._outcome._value_, '", "reason": ', _text(verdict.reason), middle,
            verdict._as_of.isoformat(), '", "facts": ', _facts_json(verdict), parameters,
            _paths_json(verdict._missing), ', "applies": "', verdict._applies._value_,
            '", "scope": ', "null" if scope is None else _node_json(scope), ', "children": [',
            ", ".join([_node_json(child) for child in verdict._children]), "]}",
        )
    )  # fmt: skip


def _top(verdict: Verdict) -> dict[str, Any]:
    return {
        "id": verdict.id,
        "outcome": verdict.outcome.value,
        "applies": verdict.applies.value,
        "as_of": verdict.as_of.isoformat(),
        "missing": sorted(verdict.missing),
    }


def _leaves(verdict: Verdict) -> list[dict[str, Any]]:
    return [
        {
            "id": leaf.id,
            "outcome": leaf.outcome.value,
            "applies": leaf.applies.value,
            "reason": leaf.reason,
            "facts": {key: _encode(value) for key, value in leaf.facts.items()},
            "missing": sorted(leaf.missing),
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


def from_data(model: type[T], data: Any, *, standards: Iterable[Standard] = ()) -> T:
    """Build a ``model`` record from JSON-compatible data, as :func:`to_data` makes it.

    ``from_data(Verdict, data)`` reads back a verdict :func:`to_data` wrote, so that stored
    results can be reloaded: its rules and standards are found by id in this version's
    registries, and in ``standards`` (with the standards nested in them) for verdicts of
    standards of one's own; its reasons, facts and parameters are kept as the data gives them.

    Raises:
        DecodeError: with every problem found and its path (``officer.trainings[2].hours``).
        TypeError: ``model`` is not a record type, one of its fields has a type the codec does
            not read, or ``standards`` is given for a record.
    """
    if model is Verdict:
        return _decode_top_verdict(data, _known(tuple(standards)))  # type: ignore[return-value]
    if standards:
        raise TypeError("from_data takes standards= only to read a Verdict")
    if not attrs.has(model):
        raise TypeError(f"from_data takes a record type, got {model!r}")
    try:
        return _fast(model)(data)  # type: ignore[no-any-return]
    except (_NotFastError, InvalidRecordError):
        pass  # something is wrong: the full decoder finds every problem, with its path
    return _decode_fully(model, data)  # type: ignore[return-value]


def _decode_fully(model: type[T], data: Any) -> T:
    """The full decoder: the record, or a DecodeError with every problem and its path."""
    problems = _Problems()
    value = _decode_record(model, data, "", problems)
    if problems.found:
        raise DecodeError(model, problems.found)
    return value  # type: ignore[no-any-return]


# --- the fast path ---------------------------------------------------------------------------
#
# Most data is valid. The fast decoders build the record the full decoder would, but keep no
# paths and collect no problems: at the first thing they do not accept they raise _NotFastError,
# and from_data starts again with the full decoder, which says what is wrong and where. A property
# test checks that both accept the same data and build the same records.


class _NotFastError(Exception):
    """The fast path stopped; the full decoder will report why."""


FastDecoder = typing.Callable[[Any], Any]


def _optional(kind: Any) -> tuple[bool, bool, Any]:
    """A field's union read apart: whether ``None`` is allowed, whether ``NO_MOU`` is, and the rest."""
    options = typing.get_args(kind)
    (rest,) = [option for option in options if option not in (_NONE_TYPE, NoMou)]
    return _NONE_TYPE in options, NoMou in options, rest


@functools.cache
def _fast(kind: Any) -> FastDecoder:
    """The fast decoding function for one annotation, built once per annotation."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        nullable, no_mou, rest = _optional(kind)
        inner = _fast(rest)

        def optional(data: Any) -> Any:
            if data is None and nullable:
                return None
            if no_mou and data == NO_MOU.value:
                return NO_MOU
            return inner(data)

        return optional
    if origin in (tuple, frozenset):
        item = _fast(typing.get_args(kind)[0])
        make = tuple if origin is tuple else frozenset

        def collection(data: Any) -> Any:
            if type(data) is not list:
                raise _NotFastError
            return make([item(element) for element in data])

        return collection
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        members = {member.value: member for member in kind}

        def member(data: Any) -> Any:
            if type(data) is str:
                found = members.get(data)
                if found is not None:
                    return found
            raise _NotFastError

        return member
    if attrs.has(kind):
        return _fast_record(kind)
    if kind not in _FAST_SCALARS:
        raise _unreadable(kind)
    return _FAST_SCALARS[kind]


def _unreadable(kind: Any) -> TypeError:
    return TypeError(
        f"from_data cannot read a field annotated {kind!r}: it reads bool, int, str, Decimal, "
        "date, enumerations, records, and tuples, frozensets and optionals of these"
    )


def _fast_record(model: type) -> FastDecoder:
    fields, hints = _layout(model)
    if not _plainly_built(model):
        return _fast_by_init(model, fields, hints)
    names = frozenset(fields)
    # A field that may be null is decoded here when it is: most fields of most records are, and
    # a call saved per field is a fifth of decoding a record.
    plan = [
        (name, *_fast_field(hints[name]), *_default_of(field)) for name, field in fields.items()
    ]
    # The fast decoders build values of the annotated types, so the validators that check only
    # types would say nothing; the others (blank names, dates in order, ranges) run as attrs
    # runs them, in field order, once every field is set.
    checks = [(field, check) for field in fields.values() for check in beyond_type(field.validator)]
    new = object.__new__
    put = object.__setattr__

    def record(data: Any) -> Any:
        if type(data) is not dict or not names.issuperset(data):
            raise _NotFastError
        made: Any = new(model)
        for name, decode, nullable, default, make in plan:
            value = data.get(name, _ABSENT)
            if value is _ABSENT:
                if make is not None:
                    put(made, name, make())
                elif default is attrs.NOTHING:
                    raise _NotFastError
                else:
                    put(made, name, default)
            elif value is None and nullable:
                put(made, name, None)
            else:
                put(made, name, decode(value))
        for field, check in checks:
            check(made, field, getattr(made, field.name))
        return made

    return record


def _default_of(field: Any) -> tuple[object, typing.Callable[[], object] | None]:
    """A field's default as ``__init__`` would set it (converted), or the function making it."""
    default, convert = field.default, field.converter
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        factory = default.factory
        return attrs.NOTHING, (lambda: convert(factory())) if convert else factory
    if default is attrs.NOTHING or convert is None:
        return default, None
    return convert(default), None


def _plainly_built(model: type) -> bool:
    """Whether ``model``'s instances are its fields set in order and then validated, nothing else.

    True of the library's records, whose ``__init__`` attrs writes; a record type of one's own
    with hooks of its own is built through its ``__init__``.
    """
    return (
        issubclass(model, _Record)
        and attrs.has(model)
        and not hasattr(model, "__attrs_pre_init__")
        and not hasattr(model, "__attrs_post_init__")
        and all(
            field.on_setattr in (None, attrs.setters.NO_OP)
            and not getattr(field.default, "takes_self", False)
            for field in attrs.fields(model)
        )
    )


def _fast_by_init(model: type, fields: dict[str, Any], hints: dict[str, Any]) -> FastDecoder:
    names = frozenset(fields)
    plan = [
        (name, *_fast_field(hints[name]), field.default is attrs.NOTHING)
        for name, field in fields.items()
    ]

    def record(data: Any) -> Any:
        if type(data) is not dict or not names.issuperset(data):
            raise _NotFastError
        kwargs: dict[str, Any] = {}
        for name, decode, nullable, required in plan:
            value = data.get(name, _ABSENT)
            if value is _ABSENT:
                if required:
                    raise _NotFastError
            elif value is None and nullable:
                kwargs[name] = None
            else:
                kwargs[name] = decode(value)
        return model(**kwargs)

    return record


_ABSENT = object()  # a key the data does not have


def _fast_field(kind: Any) -> tuple[FastDecoder, bool]:
    """A field's fast decoder, and whether ``None`` may stand for it without calling it."""
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        nullable, no_mou, rest = _optional(kind)
        if nullable and not no_mou:
            return _fast(rest), True
    return _fast(kind), False


def _fast_bool(data: Any) -> Any:
    if data is True or data is False:
        return data
    raise _NotFastError


def _fast_whole(data: Any) -> Any:
    if type(data) is int:
        return data
    if type(data) is float and data.is_integer():
        return int(data)
    raise _NotFastError


def _fast_text(data: Any) -> Any:
    if type(data) is str and (data.isascii() or _is_text(data)):
        return data
    raise _NotFastError


def _fast_decimal(data: Any) -> Any:
    if type(data) is str and DECIMAL_FORM.fullmatch(data):
        return Decimal(data)
    if type(data) is int:
        return Decimal(data)
    if type(data) is float and data.is_integer():
        return Decimal(int(data))
    raise _NotFastError


def _fast_date(data: Any) -> Any:
    day = parse_date(data)
    if day is None:
        raise _NotFastError
    return day


_FAST_SCALARS: dict[Any, FastDecoder] = {
    bool: _fast_bool,
    int: _fast_whole,
    str: _fast_text,
    Decimal: _fast_decimal,
    date: _fast_date,
}


def _decode_top_verdict(data: Any, known: _Known) -> Verdict:
    problems = _Problems()
    if isinstance(data, dict) and data.get("format") != VERDICT_FORMAT:
        problems.add("format", f"must be {VERDICT_FORMAT!r}, got {_show(data.get('format'))}")
    detail = data.get("detail", "full") if isinstance(data, dict) else "full"
    if detail == "full":
        verdict = _decode_verdict(data, "", problems, known)
    elif detail in DETAILS:
        verdict = _decode_compact(data, detail, problems, known)
    else:
        problems.add(
            "detail", f"must be one of {', '.join(map(repr, DETAILS))}, got {_show(detail)}"
        )
    if problems.found:
        raise DecodeError(Verdict, problems.found)
    return verdict  # type: ignore[no-any-return]


# A verdict read back from a compact shape holds what the shape kept: a summary keeps which
# rules failed, not why.
_SUMMARY_REASON = "not met (a summary keeps no reason)"


def _decode_compact(data: dict[str, Any], detail: str, problems: _Problems, known: _Known) -> Any:
    """A verdict from the ``leaves`` or ``summary`` shape: the standard, then its rules flat."""
    rules = known.rules
    entries_key = "rules" if detail == "leaves" else "failing"
    required = ("id", "outcome", "applies", "as_of", "missing", entries_key)
    absent = [key for key in required if key not in data]
    for key in absent:
        problems.add(key, "is required")
    if absent:
        return _INVALID
    standard = _registered(known.standards, "standard", data["id"], "id", problems)
    outcome = _outcome(data["outcome"], "outcome", problems)
    applies = _outcome(data["applies"], "applies", problems)
    as_of = _date(data["as_of"], "as_of", problems)
    missing = _paths(data["missing"], "missing", problems)
    entries = data[entries_key]
    if not isinstance(entries, list):
        problems.add(entries_key, f"must be a list, got {_show(entries)}")
        entries = []
    children: list[tuple[Any, ...]] = []
    for index, entry in enumerate(entries):
        path = f"{entries_key}[{index}]"
        if detail == "summary":
            rule = _registered(rules, "rule", entry, path, problems)
            children.append((rule, Outcome.NOT_MET, Outcome.MET, _SUMMARY_REASON, {}, frozenset()))
            continue
        if not isinstance(entry, dict):
            problems.add(path, f"must be an object, got {_show(entry)}")
            continue
        keys = ("id", "outcome", "applies", "reason", "facts", "missing")
        absent = [key for key in keys if key not in entry]
        for key in absent:
            problems.add(_join(path, key), "is required")
        if absent:
            continue
        facts = entry["facts"]
        if not isinstance(facts, dict):
            problems.add(_join(path, "facts"), f"must be an object, got {_show(facts)}")
        children.append(
            (
                _registered(rules, "rule", entry["id"], _join(path, "id"), problems),
                _outcome(entry["outcome"], _join(path, "outcome"), problems),
                _outcome(entry["applies"], _join(path, "applies"), problems),
                _SCALARS[str](entry["reason"], _join(path, "reason"), problems),
                _json_value(facts),
                _paths(entry["missing"], _join(path, "missing"), problems),
            )
        )
    if problems.found:
        return _INVALID
    leaves = tuple(
        Verdict(rule, rule_outcome, as_of, children=(), reason=reason, facts=facts,
                parameters={}, missing=paths, applies=rule_applies, scope=None)
        for rule, rule_outcome, rule_applies, reason, facts, paths in children
    )  # fmt: skip
    return Verdict(standard, outcome, as_of, children=leaves, reason=None, facts={},
                   parameters={}, missing=missing, applies=applies, scope=None)  # fmt: skip


def _registered(
    registry: Mapping[str, Any], kind: str, ident: Any, path: str, problems: _Problems
) -> Any:
    node = registry.get(ident) if isinstance(ident, str) else None
    if node is None:
        problems.add(
            path, f"must be the id of a {kind} of sro_domain {__version__}, got {_show(ident)}"
        )
        return _INVALID
    return node


def _paths(data: Any, path: str, problems: _Problems) -> Any:
    if not isinstance(data, list) or not all(isinstance(item, str) for item in data):
        problems.add(path, f"must be a list of paths, got {_show(data)}")
        return _INVALID
    return frozenset(data)


_VERDICT_KEYS = frozenset(
    {"id", "title", "outcome", "reason", "source", "citation", "quote", "as_of", "facts",
     "parameters", "missing", "applies", "scope", "children"}
)  # fmt: skip
_FULL_KEYS = _VERDICT_KEYS | {"format", "library_version", "ruleset"}


def _json_value(value: Any) -> Any:
    """Facts and parameters as the data gives them; lists become tuples, as facts are."""
    if isinstance(value, list):
        return tuple(_json_value(item) for item in value)
    if isinstance(value, dict):
        return {key: _json_value(item) for key, item in value.items()}
    return value


def _decode_verdict(data: Any, path: str, problems: _Problems, known: _Known) -> Any:
    if not isinstance(data, dict):
        problems.add(path, f"must be an object (Verdict), got {_show(data)}")
        return _INVALID
    missing = sorted(_VERDICT_KEYS - set(data))
    for key in missing:
        problems.add(_join(path, key), "is required")
    if missing:
        return _INVALID
    ident = data["id"]
    registry: Mapping[str, Any] = known.rules if data["quote"] is not None else known.standards
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
        _decode_verdict(child, f"{_join(path, 'children')}[{index}]", problems, known)
        for index, child in enumerate(children)
    ]
    scope = data["scope"]
    scope_verdict = (
        None if scope is None else _decode_verdict(scope, _join(path, "scope"), problems, known)
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


class _Known:
    """The rules and standards a verdict may name, by id."""

    __slots__ = ("rules", "standards")

    def __init__(self, rules: Mapping[str, Rule], standards: Mapping[str, Standard]) -> None:
        self.rules = rules
        self.standards = standards


def _known(standards: tuple[Standard, ...]) -> _Known:
    """The built-in rules and standards, and those given (which take their ids)."""
    built_in = _built_in_known()
    if not standards:
        return built_in
    given = _nested(standards)
    rules = dict(built_in.rules)
    for standard in given.values():
        rules.update((rule.id, rule) for rule in (*standard.rules, *standard.scope_rules))
    return _Known(rules, {**built_in.standards, **given})


@functools.cache
def _built_in_known() -> _Known:
    from sro_domain.registry import RULES  # noqa: PLC0415 - the registry is heavy

    return _Known(RULES, _every_standard())


def _nested(standards: Iterable[Standard]) -> dict[str, Standard]:
    """These standards, and every standard nested in one or serving as its scope."""
    found: dict[str, Standard] = {}
    stack = list(standards)
    for standard in stack:
        if not isinstance(standard, Standard):
            raise TypeError(f"standards must hold Standard objects, got {standard!r}")
    while stack:
        standard = stack.pop()
        found.setdefault(standard.id, standard)
        stack += [part for part in standard.parts if isinstance(part, Standard)]
        if isinstance(standard.scope, Standard):
            stack.append(standard.scope)
    return found


@functools.cache
def _every_standard() -> Mapping[str, Standard]:
    """The built-in standards, and every standard nested in one or serving as its scope."""
    from sro_domain.registry import STANDARDS  # noqa: PLC0415 - the registry is heavy

    found = _nested(STANDARDS.values())
    found.update(STANDARDS)  # a built-in id means the built-in standard
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


# The three forms in which _join and the collection decoders write a path's steps.
_STEP = re.compile(r'\.?([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]|\[("(?:[^"\\]|\\.)*")\]')


def _steps(path: str) -> tuple[str | int, ...]:
    """A problem's path split into keys and indices: ``trainings[2].hours``, three steps.

    ``"trainings[2].hours"`` is ``("trainings", 2, "hours")``; a quoted key is given back as
    the data had it.
    """
    steps: list[str | int] = []
    position = 0
    while position < len(path):
        match = _STEP.match(path, position)
        if match is None:  # pragma: no cover - the decoders write only the three forms above
            raise ValueError(f"not a codec path: {path!r}")
        name, index, quoted = match.groups()
        steps.append(name if name is not None else int(index) if index else json.loads(quoted))
        position = match.end()
    return tuple(steps)


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
        nullable, no_mou, rest = _optional(kind)
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
    if kind not in _SCALARS:
        raise _unreadable(kind)
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
_FULL_HEAD = json.dumps({"format": VERDICT_FORMAT, "library_version": __version__,
                         "ruleset": RULESET})[1:-1] + ", "  # fmt: skip
