"""Targeted generation for rules written with conditions: read the condition, draw the fields.

A rule built with ``condition=`` needs no strategy code of its own: the condition says which
fields it reads and what each outcome asks of them, and this module draws values that give the
outcome wanted — at the boundaries the condition sets (the threshold itself, just under it) as
well as away from them. Nothing is filtered.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from sro_domain.conditions import AllOf, AnyOf, AtLeast, Condition, Includes, IsTrue, ordered
from sro_domain.outcome import Outcome
from sro_domain.rules import Parameter, Rule
from sro_domain.strategies import _records as records

MET, NOT_MET, UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
_FLAG = {MET: True, NOT_MET: False, UNKNOWN: None}
_STEP = Decimal("0.5")  # a boundary example is short by half a unit (39.5 hours of 40)
_TENTH = Decimal("0.1")


def value_of(value: Any, parameters: Mapping[str, Any]) -> Any:
    """A condition's threshold or required set, with a parameter read from the values in use."""
    return parameters[value.name] if isinstance(value, Parameter) else value


def unsupported(condition: Condition) -> str | None:
    """Why subjects cannot be drawn for ``condition``, or ``None`` when they can."""
    if isinstance(condition, (AllOf, AnyOf)):
        return next(filter(None, map(unsupported, condition.conditions)), None)
    if not isinstance(condition, (IsTrue, Includes, AtLeast)):
        return f"{type(condition).__name__} is not a condition the strategies know"
    if "." in condition.path:
        return f"the path {condition.path} reaches into another record"
    return None


def possible(condition: Condition, parameters: Mapping[str, Any]) -> frozenset[Outcome]:
    """The outcomes ``condition`` can give under these parameter values."""
    if isinstance(condition, AtLeast):
        minimum = value_of(condition.minimum, parameters)
        return frozenset({MET, UNKNOWN} | ({NOT_MET} if minimum > 0 else set()))
    if isinstance(condition, Includes):
        required = value_of(condition.required, parameters)
        return frozenset({MET, UNKNOWN} | ({NOT_MET} if required else set()))
    if isinstance(condition, (AllOf, AnyOf)):
        each = [possible(c, parameters) for c in condition.conditions]
        strong, weak = (MET, NOT_MET) if isinstance(condition, AllOf) else (NOT_MET, MET)
        found = set()
        if all(strong in p for p in each):
            found.add(strong)
        if any(weak in p for p in each):
            found.add(weak)
        if any(UNKNOWN in p for p in each) and all(p & {strong, UNKNOWN} for p in each):
            found.add(UNKNOWN)
        return frozenset(found)
    return frozenset(Outcome)


def draw_fields(
    draw: st.DrawFn,
    fields: dict[str, Any],
    condition: Condition,
    outcome: Outcome,
    parameters: Mapping[str, Any],
) -> None:
    """Set the fields ``condition`` reads so that it gives ``outcome``."""
    if isinstance(condition, IsTrue):
        fields[condition.path] = _FLAG[outcome]
    elif isinstance(condition, Includes):
        fields[condition.path] = _members(draw, condition, outcome, parameters)
    elif isinstance(condition, AtLeast):
        fields[condition.path] = _number(draw, condition, outcome, parameters)
    else:
        assert isinstance(condition, (AllOf, AnyOf))
        children = condition.conditions
        wanted = _children(draw, condition, outcome, parameters)
        for child, child_outcome in zip(children, wanted, strict=True):
            draw_fields(draw, fields, child, child_outcome, parameters)


def _children(
    draw: st.DrawFn, condition: AllOf | AnyOf, outcome: Outcome, parameters: Mapping[str, Any]
) -> list[Outcome]:
    """Each part's outcome, so that the whole gives ``outcome`` (Kleene's and / or)."""
    each = [possible(c, parameters) for c in condition.conditions]
    strong, weak = (MET, NOT_MET) if isinstance(condition, AllOf) else (NOT_MET, MET)
    if outcome is strong:
        return [strong] * len(each)
    # One part or more decides it (weak), or is unknown; the rest may be anything that does
    # not decide it otherwise.
    able = [i for i, p in enumerate(each) if outcome in p]
    chosen = draw(records.subsets(able, min_size=1))
    others = (
        [MET, NOT_MET, UNKNOWN] if outcome is weak else [strong, UNKNOWN]
    )  # a weak outcome is settled by the chosen parts alone
    found: list[Outcome] = []
    for i, p in enumerate(each):
        if i in chosen:
            found.append(outcome)
        else:
            found.append(draw(st.sampled_from([o for o in others if o in p])))
    return found


def _members(
    draw: st.DrawFn, condition: Includes, outcome: Outcome, parameters: Mapping[str, Any]
) -> frozenset[Any] | None:
    if outcome is UNKNOWN:
        return None
    required: frozenset[Any] = value_of(condition.required, parameters)
    members = _universe(required)
    if outcome is MET:
        return required | draw(records.subsets(members))
    lacking = draw(records.subsets(list(ordered(required)), min_size=1))
    return draw(records.subsets(members)) - lacking


def _universe(required: frozenset[Any]) -> list[Any]:
    """Every member of the enum the required members come from."""
    kind = type(next(iter(required))) if required else None
    return list(kind) if kind is not None else []  # type: ignore[call-overload]


def _number(
    draw: st.DrawFn, condition: AtLeast, outcome: Outcome, parameters: Mapping[str, Any]
) -> int | Decimal | None:
    if outcome is UNKNOWN:
        return None
    minimum = value_of(condition.minimum, parameters)
    greatest = condition.greatest
    value: int | Decimal = draw(_numbers(minimum, greatest, outcome is MET))
    return value


@functools.cache
def _numbers(
    minimum: int | Decimal, greatest: int | Decimal | None, met: bool
) -> st.SearchStrategy[Any]:
    """The threshold (or the value just under it) first, then values either side."""
    if isinstance(minimum, int):
        if met:
            most = int(greatest) if greatest is not None else max(2 * minimum, minimum + 10)
            return st.sampled_from([minimum]) | st.integers(minimum, most)
        return st.sampled_from([minimum - 1]) | st.integers(0, minimum - 1)
    if met:
        top = Decimal(greatest) if greatest is not None else max(2 * minimum, minimum + 10)
        return st.sampled_from([minimum]) | st.decimals(minimum, top, places=1)
    below = max(minimum - _STEP, Decimal(0))
    if minimum <= _TENTH:
        return st.just(Decimal(0))
    return st.sampled_from([below]) | st.decimals(Decimal(0), minimum - _TENTH, places=1)


Draw = Callable[[Any, Outcome], None]


@functools.cache
def condition_draw(condition: Condition, record: str) -> Draw:
    """The knob of a rule written with ``condition`` on the scene's ``record`` fields.

    One per condition and record, so that two rules written with one condition (the federal
    definition's career officer and the COPS Hiring Program's) draw their fields once.
    """

    def draw(scene: Any, outcome: Outcome) -> None:
        draw_fields(scene.draw, getattr(scene, record), condition, outcome, scene.parameters)

    return draw


def check_supported(rule: Rule, standard_id: str) -> Condition:
    """The rule's condition, when subjects can be drawn for it; else ``InvalidArgument``."""
    condition = rule.condition
    why = "it has no condition" if condition is None else unsupported(condition)
    if condition is None or why is not None:
        raise InvalidArgument(
            f"{standard_id}: cannot generate subjects for rule {rule.id}: {why}; targeted "
            "strategies know the built-in rules and rules written with conditions"
        )
    return condition
