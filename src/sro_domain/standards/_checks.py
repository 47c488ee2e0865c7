"""Building blocks shared by the built-in rules (not public API).

Each built-in rule has a ``decide`` fast path that returns the outcome alone and a ``check``
built on it, whose reason and facts are callables: worked out only when a verdict's reason or
facts are read.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sro_domain.outcome import Outcome
from sro_domain.rules import Check, Context, Decide, Finding

MET, NOT_MET, UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
OF: dict[bool | None, Outcome] = {True: MET, False: NOT_MET, None: UNKNOWN}
"""A known or unknown fact as an outcome, by lookup (the hot path's ``Outcome.of``)."""

_WORDS = {True: "yes", False: "no", None: "unknown"}


def explained(
    decide: Decide,
    describe: Callable[[Any, Context], tuple[str, Mapping[str, object]]],
    missing: str,
) -> Check:
    """A check built on ``decide``, whose reason and facts ``describe`` works out when read.

    ``missing`` is the path, from the record, of what an UNKNOWN outcome lacks.
    """

    def check(record: Any, context: Context) -> Finding:
        outcome = decide(record, context)
        return Finding(
            outcome,
            lambda: describe(record, context)[0],
            lambda: describe(record, context)[1],
            (missing,) if outcome is UNKNOWN else (),
        )

    return check


def flags(fields: Sequence[tuple[str, str]]) -> tuple[Decide, Check]:
    """All of several yes/no facts must be true (Kleene): a fast path and an explaining check.

    ``fields`` pairs a field name with the words for it ("hired on a permanent basis").
    """
    names = tuple(name for name, _ in fields)
    if len(names) == 1:
        (only,) = names

        def decide(record: Any, context: Context) -> Outcome:
            return OF[getattr(record, only)]

    else:

        def decide(record: Any, context: Context) -> Outcome:
            return Outcome.all_of([OF[getattr(record, name)] for name in names])

    def check(record: Any, context: Context) -> Finding:
        outcome = decide(record, context)
        missing = (
            frozenset(name for name in names if getattr(record, name) is None)
            if outcome is UNKNOWN
            else frozenset()
        )
        return Finding(
            outcome,
            lambda: describe_flags(record, fields),
            lambda: {name: getattr(record, name) for name in names},
            missing,
        )

    return decide, check


def describe_flags(record: Any, fields: Sequence[tuple[str, str]]) -> str:
    """``"hired on a permanent basis: yes; authorized …: unknown (all required)"``."""
    described = "; ".join(f"{words}: {_WORDS[getattr(record, name)]}" for name, words in fields)
    return f"{described} ({'required' if len(fields) == 1 else 'all required'})"


def superset(field: str, required: frozenset[Any], words: str) -> tuple[Decide, Check]:
    """A known set must include every required member; ``None`` is UNKNOWN."""

    def decide(record: Any, context: Context) -> Outcome:
        actual = getattr(record, field)
        if actual is None:
            return UNKNOWN
        return MET if required <= actual else NOT_MET

    def check(record: Any, context: Context) -> Finding:
        outcome = decide(record, context)
        actual = getattr(record, field)
        if outcome is UNKNOWN:
            return Finding(
                outcome,
                lambda: f"{words}: unknown; required: {names(required)}",
                missing=frozenset((field,)),
            )
        return Finding(
            outcome,
            lambda: describe_superset(actual, required, words),
            lambda: {"actual": ordered(actual), "required": ordered(required)},
        )

    return decide, check


def describe_superset(actual: frozenset[Any], required: frozenset[Any], words: str) -> str:
    """What a set holds, and what it lacks of the required members."""
    lacking = required - actual
    if lacking:
        return (
            f"{words}: {names(actual) or 'none'}; lacking {names(lacking)} "
            f"(required: {names(required)})"
        )
    return f"{words}: {names(actual)} (all required)"


def at_least(
    field: str, minimum: Decimal, words: str, show: Callable[[Decimal], str] = str
) -> tuple[Decide, Check]:
    """A known number must reach ``minimum``; ``None`` is UNKNOWN."""

    def decide(record: Any, context: Context) -> Outcome:
        value = getattr(record, field)
        if value is None:
            return UNKNOWN
        return MET if value >= minimum else NOT_MET

    def check(record: Any, context: Context) -> Finding:
        outcome = decide(record, context)
        value = getattr(record, field)
        shown = "unknown" if value is None else show(value)
        return Finding(
            outcome,
            f"{shown} {words}; at least {show(minimum)} required",
            {field: value, "required": minimum},
            (field,) if outcome is UNKNOWN else (),
        )

    return decide, check


@functools.cache
def _rank(kind: type[enum.Enum]) -> dict[Any, int]:
    """Each member's place in its enum's declaration, worked out once per enum."""
    return {member: place for place, member in enumerate(kind)}


@functools.cache
def _word(member: enum.Enum) -> str:
    value: str = member.value
    return value if len(value) == 1 else value.replace("_", " ")


def ordered(members: Iterable[Any]) -> tuple[Any, ...]:
    """Enum members in their declaration order, for stable reasons and facts."""
    members = tuple(members)
    if len(members) < 2:
        return members
    kind: type[enum.Enum] = type(members[0])
    return tuple(sorted(members, key=_rank(kind).__getitem__))


def names(members: Iterable[Any]) -> str:
    """Enum members in words: ``"schools, community organizations"``; letters stay letters."""
    return ", ".join([_word(member) for member in ordered(members)])


def iso(day: date | None, none: str = "ongoing") -> str:
    """A date for a reason, or ``none``."""
    return day.isoformat() if day is not None else none
