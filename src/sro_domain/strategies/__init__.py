"""Hypothesis strategies for ``sro_domain``: records, and subjects with a chosen verdict.

Needs the ``hypothesis`` extra (``pip install 'sro_domain[hypothesis]'``); nothing in the core
imports this package.

Records
    :func:`agencies`, :func:`schools`, :func:`service_periods`, :func:`trainings`,
    :func:`conduct_records`, :func:`screenings`, :func:`officers`, :func:`mous`, :func:`year_weeks`,
    :func:`fundings`, :func:`assignments`, :func:`sro_responses` generate every valid record, unknown (``None``) facts included.
    Their keyword-only options constrain validity (the window dates fall in), never the
    distribution. Examples shrink toward the most ordinary record.

Targeted subjects
    :func:`satisfying` (outcome ``MET``), :func:`violating` (exactly one rule ``NOT_MET``,
    every other rule ``MET``) and :func:`undetermined` (``UNKNOWN``, with something missing and
    nothing failing) build subjects for any built-in standard — variants with other parameter
    values included — by construction, never by filtering. They reach the sources' boundaries
    on purpose: exactly 40 hours, the day of and the day before the third anniversary,
    29 February starts, touching and overlapping service periods, records dated exactly on
    ``as_of``.

    With ``as_of`` a date they yield subjects; with ``as_of`` omitted (drawn from the years the
    standard is in force) or a strategy they yield ``(subject, as_of)`` pairs.

>>> from datetime import date
>>> from hypothesis import given
>>> from sro_domain import NASRO_SELECTION
>>> from sro_domain.strategies import violating
>>> @given(violating(NASRO_SELECTION, "nasro.selection.experience", as_of=date(2024, 9, 1)))
... def test_short_service_is_the_only_failure(officer):
...     verdict = NASRO_SELECTION.evaluate(officer, as_of=date(2024, 9, 1))
...     assert [f.id for f in verdict.failures()] == ["nasro.selection.experience"]
>>> test_short_service_is_the_only_failure()

``st.from_type(Officer)`` (and every other record) works in any suite once this package is
installed, through the ``hypothesis`` entry point. ``st.builds(Assignment)`` needs
``schools=`` — an assignment has at least one school, which a ``frozenset`` strategy cannot
promise — so pass ``schools=st.frozensets(schools(), min_size=1)`` or use
:func:`assignments`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any, overload

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from sro_domain.outcome import Outcome
from sro_domain.rules import Rule, Standard
from sro_domain.strategies._records import (
    agencies,
    assignments,
    conduct_records,
    fundings,
    mous,
    officers,
    schools,
    screenings,
    service_periods,
    sro_responses,
    trainings,
    year_weeks,
)
from sro_domain.strategies._targets import _SCENE_RECORDS, HOOKS, Knob, Plan

__all__ = [
    "agencies",
    "assignments",
    "conduct_records",
    "fundings",
    "mous",
    "officers",
    "register_rule",
    "satisfying",
    "schools",
    "screenings",
    "service_periods",
    "sro_responses",
    "trainings",
    "undetermined",
    "violating",
    "year_weeks",
]

_MET, _NOT_MET, _UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
AsOf = date | st.SearchStrategy[date] | None


def _targeted(
    standard: Standard,
    as_of: AsOf,
    choose: Any,
) -> st.SearchStrategy[Any]:
    """Build subjects of ``standard`` whose rules get the outcomes ``choose(draw, plan)`` picks."""
    fixed = isinstance(as_of, date)

    plans: list[Plan] = []  # made on the first draw, so that argument errors come at draw time

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        if not plans:
            plans.append(Plan(standard))
        plan = plans[0]
        targets = choose(draw, plan)
        if as_of is None:
            day = draw(plan.default_as_of(plan.earliest_failure(targets)))
        elif isinstance(as_of, st.SearchStrategy):
            day = draw(as_of)
        elif isinstance(as_of, date):
            day = as_of
        else:
            raise InvalidArgument(
                f"as_of must be a date, a strategy of dates or None, got {as_of!r}"
            )
        plan.check_as_of(day)
        subject = plan.build(draw, day, targets)
        return subject if fixed else (subject, day)

    return build()


FieldsFor = Callable[[st.DrawFn, Outcome, Mapping[str, Any]], Mapping[str, Any]]
"""``fields(draw, outcome, parameters)``: values for fields of a rule's record giving ``outcome``."""


def register_rule(
    rule: Rule, fields: FieldsFor, *, outcomes: Iterable[Outcome] = tuple(Outcome)
) -> None:
    """Teach the targeted strategies a rule written by hand (with ``check=``, no condition).

    ``fields(draw, outcome, parameters)`` draws values, with ``draw``, for the fields of the
    record the rule reads so that the rule gives ``outcome``; ``parameters`` are the standard's
    values in use. ``outcomes`` are the outcomes the rule can give at all. Every other field is
    drawn as usual, so the rule can be composed with built-in ones.

    >>> from sro_domain import Assignment, Finding, Outcome, Rule, Source, SourceKind, Standard
    >>> POLICY = Source(id="district-policy", title="Policy", authority="A district",
    ...                 citation="Policy 9", kind=SourceKind.AGENCY_GUIDANCE, binding=False)
    >>> def one_school(assignment, context):
    ...     count = len(assignment.schools)
    ...     return Finding(Outcome.of(count == 1), f"{count} schools; exactly one allowed")
    >>> ONE_SCHOOL = Rule(id="district.one_school", title="One school", source=POLICY,
    ...                   quote="An SRO serves one school.", subject=Assignment,
    ...                   check=one_school)
    >>> from sro_domain.strategies import _records
    >>> def schools(draw, outcome, parameters):
    ...     size = 1 if outcome is Outcome.MET else 2
    ...     return {"schools": draw(st.frozensets(_records.schools(), min_size=size,
    ...                                             max_size=size))}
    >>> register_rule(ONE_SCHOOL, schools, outcomes=[Outcome.MET, Outcome.NOT_MET])
    >>> DISTRICT = Standard(id="district", title="District", subject=Assignment,
    ...                     source=POLICY, parts=[ONE_SCHOOL])
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(violating(DISTRICT, "district.one_school", as_of=date(2024, 1, 8)))
    ... def test_two_schools_fail(assignment):
    ...     assert DISTRICT.evaluate(assignment, as_of=date(2024, 1, 8)).not_met
    >>> test_two_schools_fail()

    Raises:
        hypothesis.errors.InvalidArgument: ``rule`` is not a Rule, or reads a record the
            strategies do not build.
    """
    if not isinstance(rule, Rule):
        raise InvalidArgument(f"register_rule takes a Rule, got {rule!r}")
    record = _SCENE_RECORDS.get(rule.subject)
    if record is None:
        raise InvalidArgument(
            f"{rule.id} reads {rule.subject.__name__} records, which the strategies do not build"
        )
    possible = frozenset(outcomes)

    def draw_fields(scene: Any, outcome: Outcome) -> None:
        getattr(scene, record).update(fields(scene.draw, outcome, scene.parameters))

    HOOKS[rule] = Knob(draw_fields, lambda parameters: possible)


def _everything(outcome: Outcome) -> Any:
    def choose(draw: st.DrawFn, plan: Plan) -> dict[str, Outcome]:
        return dict.fromkeys(plan.all_ids, outcome)

    return choose


@overload
def satisfying(standard: Standard, *, as_of: date) -> st.SearchStrategy[Any]: ...
@overload
def satisfying(
    standard: Standard, *, as_of: st.SearchStrategy[date] | None = None
) -> st.SearchStrategy[tuple[Any, date]]: ...
def satisfying(standard: Standard, *, as_of: AsOf = None) -> st.SearchStrategy[Any]:
    """Subjects on which ``standard`` evaluates ``MET``: within its scope, every rule met.

    >>> from hypothesis import given, settings
    >>> from sro_domain import FEDERAL_DEFINITION
    >>> @settings(max_examples=20)
    ... @given(satisfying(FEDERAL_DEFINITION, as_of=date(2024, 1, 8)))
    ... def test_a_federal_sro_is_met(assignment):
    ...     assert FEDERAL_DEFINITION.evaluate(assignment, as_of=date(2024, 1, 8)).met
    >>> test_a_federal_sro_is_met()
    """
    return _targeted(standard, as_of, _everything(_MET))


@overload
def violating(standard: Standard, rule_id: str, *, as_of: date) -> st.SearchStrategy[Any]: ...
@overload
def violating(
    standard: Standard, rule_id: str, *, as_of: st.SearchStrategy[date] | None = None
) -> st.SearchStrategy[tuple[Any, date]]: ...
def violating(standard: Standard, rule_id: str, *, as_of: AsOf = None) -> st.SearchStrategy[Any]:
    """Subjects on which exactly ``rule_id`` is ``NOT_MET`` and every other rule is ``MET``.

    A failing downstream test therefore shrinks to a case with a single reason. ``rule_id``
    may be a rule of the standard's scope (``standard.scope_rules``): the subject is then just
    outside it, so the standard does not apply (``verdict.applies`` is ``NOT_MET``) and its
    outcome is ``MET``.

    Raises:
        hypothesis.errors.InvalidArgument: (when drawn) ``rule_id`` is not a rule of
            ``standard``, or cannot fail under its parameters (``min_hours=0``).
    """

    def choose(draw: st.DrawFn, plan: Plan) -> dict[str, Outcome]:
        if rule_id not in plan.all_ids:
            raise InvalidArgument(
                f"{rule_id!r} is not a rule of {plan.standard.id}; its rules are "
                f"{', '.join(plan.all_ids)}"
            )
        if _NOT_MET not in plan.possible(rule_id):
            raise InvalidArgument(
                f"{rule_id} cannot be NOT_MET with {plan.standard.id}'s parameters "
                f"{dict(plan.parameters)!r}"
            )
        targets = dict.fromkeys(plan.all_ids, _MET)
        targets[rule_id] = _NOT_MET
        return targets

    return _targeted(standard, as_of, choose)


@overload
def undetermined(standard: Standard, *, as_of: date) -> st.SearchStrategy[Any]: ...
@overload
def undetermined(
    standard: Standard, *, as_of: st.SearchStrategy[date] | None = None
) -> st.SearchStrategy[tuple[Any, date]]: ...
def undetermined(standard: Standard, *, as_of: AsOf = None) -> st.SearchStrategy[Any]:
    """Subjects on which ``standard`` is ``UNKNOWN``: in its scope, some rules unknown, none failing."""

    def choose(draw: st.DrawFn, plan: Plan) -> dict[str, Outcome]:
        candidates = [r for r in plan.rule_ids if _UNKNOWN in plan.possible(r)]
        if not candidates:
            raise InvalidArgument(f"no rule of {plan.standard.id} can be UNKNOWN")
        unknown = draw(st.lists(st.sampled_from(candidates), min_size=1, unique=True))
        targets = dict.fromkeys(plan.all_ids, _MET)
        targets.update(dict.fromkeys(unknown, _UNKNOWN))
        return targets

    return _targeted(standard, as_of, choose)
