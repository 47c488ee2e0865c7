"""Small building blocks shared by the built-in checks (not public API)."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from typing import Any

from sro_domain.outcome import Outcome
from sro_domain.rules import Finding

_WORDS = {True: "yes", False: "no", None: "unknown"}


def flags(record: Any, required: Iterable[tuple[str, str]]) -> Finding:
    """All of several yes/no facts must be true: Kleene conjunction, naming the unknown ones.

    ``required`` pairs a field name with the words for it ("hired on a permanent basis").
    """
    pairs = tuple(required)
    values = {field: getattr(record, field) for field, _ in pairs}
    outcome = Outcome.all_of(Outcome.of(value) for value in values.values())
    described = "; ".join(f"{words}: {_WORDS[values[field]]}" for field, words in pairs)
    needed = "required" if len(pairs) == 1 else "all required"
    return Finding(
        outcome,
        f"{described} ({needed})",
        facts=values,
        missing=frozenset(field for field, value in values.items() if value is None),
    )


def superset(
    field: str,
    actual: frozenset[Any] | None,
    required: frozenset[Any],
    words: str,
) -> Finding:
    """A known set must include every required member; ``None`` is UNKNOWN."""
    wanted = f"required: {names(required)}"
    if actual is None:
        return Finding(Outcome.UNKNOWN, f"{words}: unknown; {wanted}", missing=frozenset({field}))
    lacking = required - actual
    facts = {"actual": ordered(actual), "required": ordered(required)}
    if lacking:
        return Finding(
            Outcome.NOT_MET,
            f"{words}: {names(actual) or 'none'}; lacking {names(lacking)} ({wanted})",
            facts=facts,
        )
    return Finding(Outcome.MET, f"{words}: {names(actual)} (all required)", facts=facts)


def ordered(members: Iterable[Any]) -> tuple[Any, ...]:
    """Enum members in their declaration order, for stable reasons and facts."""
    members = tuple(members)
    if not members:
        return ()
    kind: type[enum.Enum] = type(members[0])
    order = list(kind)
    return tuple(sorted(members, key=order.index))


def names(members: Iterable[Any]) -> str:
    """Enum members in words: ``"schools, community organizations"``; letters stay letters."""
    return ", ".join(
        member.value if len(member.value) == 1 else member.value.replace("_", " ")
        for member in ordered(members)
    )


def iso(day: date | None, none: str = "ongoing") -> str:
    """A date for a reason, or ``none``."""
    return day.isoformat() if day is not None else none
