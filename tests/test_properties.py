"""Invariants every standard keeps, as Hypothesis properties."""

import enum
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_domain import (
    NASRO_TRAINING,
    STANDARDS,
    Assignment,
    ConductKind,
    ConductRecord,
    Context,
    Disposition,
    Officer,
    Outcome,
    PurposesReading,
    Rule,
    ServicePeriod,
    Standard,
    Training,
    TrainingKind,
    UndeterminedError,
    Verdict,
)
from sro_domain.strategies import satisfying, violating
from tests.budgets import budget
from tests.strategies import (
    COMPOSED_SELECTION,
    SUBJECTS,
    as_of_dates,
    in_force,
    is_unknown,
    known_values,
)

VARIANTS = [
    *STANDARDS.values(),
    STANDARDS["federal-definition"].configure(purposes=PurposesReading.ANY),
    STANDARDS["federal-definition"].configure(purposes=PurposesReading.IGNORE),
    STANDARDS["nasro-selection"].configure(min_years=2),
    STANDARDS["nasro-selection"].configure(disqualifying_dispositions={Disposition.SUSTAINED}),
    STANDARDS["nasro-assignment"].configure(min_hours=24, min_years=1),
    COMPOSED_SELECTION,
]
IDS = [
    *STANDARDS,
    "federal-definition[purposes=ANY]",
    "federal-definition[purposes=IGNORE]",
    "nasro-selection[min_years=2]",
    "nasro-selection[sustained only]",
    "nasro-assignment[24 hours, 1 year]",
    "nasro-selection[+juvenile_history]",
]
_RANK = {Outcome.NOT_MET: 0, Outcome.UNKNOWN: 1, Outcome.MET: 2}
# Each invariant runs once per standard and variant (and once per rule), so the same properties
# see thousands of subjects in all; 10 a case keeps the suite's time in step as the registry grows.
PER_CASE = budget(10)
SCOPED = [(v, i) for v, i in zip(VARIANTS, IDS, strict=True) if v.scope is not None]


def subjects_for(standard: Standard) -> st.SearchStrategy[Any]:
    return SUBJECTS[standard.subject]


def unknown_paths(record: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths to every ``None`` that means "unknown" (not the ``end`` that means "ongoing")."""
    found: list[tuple[Any, ...]] = []
    if not attrs.has(type(record)):
        return found
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        path = (*prefix, field.name)
        if is_unknown(record, field.name):
            found.append(path)
        elif attrs.has(type(value)):
            found += unknown_paths(value, path)
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                found += unknown_paths(item, (*path, index))
    return found


def replace(record: Any, path: tuple[Any, ...], value: Any) -> Any:
    head, *rest = path
    if isinstance(head, int):
        items = list(record)
        items[head] = replace(items[head], tuple(rest), value) if rest else value
        return tuple(items)
    inner = replace(getattr(record, head), tuple(rest), value) if rest else value
    return attrs.evolve(record, **{head: inner})


def owner_of(record: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        record = record[step] if isinstance(step, int) else getattr(record, step)
    return record


@pytest.mark.parametrize("standard", VARIANTS, ids=IDS)
@PER_CASE
@given(data=st.data(), as_of=as_of_dates)
def test_refinement_never_flips_a_definite_outcome(
    standard: Standard, data: st.DataObject, as_of: date
) -> None:
    """Replacing any unknown input with a known value never turns MET or NOT_MET into anything else."""
    as_of = in_force(standard, as_of)
    subject = data.draw(subjects_for(standard))
    before = standard.evaluate(subject, as_of=as_of)
    paths = unknown_paths(subject)
    if not paths:
        return
    path = data.draw(st.sampled_from(paths))
    owner = owner_of(subject, path)
    value = data.draw(known_values(owner, path[-1]))
    after = standard.evaluate(replace(subject, path, value), as_of=as_of)
    if before.outcome is not Outcome.UNKNOWN:
        assert after.outcome is before.outcome
    if before.applies is not Outcome.UNKNOWN:
        assert after.applies is before.applies
    for old, new in zip(before.leaves(), after.leaves(), strict=True):
        if old.outcome is not Outcome.UNKNOWN:
            assert new.outcome is old.outcome, old.id


@pytest.mark.parametrize("standard", VARIANTS, ids=IDS)
@PER_CASE
@given(data=st.data(), as_of=as_of_dates)
def test_holds_agrees_with_evaluate(standard: Standard, data: st.DataObject, as_of: date) -> None:
    as_of = in_force(standard, as_of)
    subject = data.draw(subjects_for(standard))
    verdict = standard.evaluate(subject, as_of=as_of)
    if verdict.outcome is Outcome.UNKNOWN:
        with pytest.raises(UndeterminedError) as caught:
            standard.holds(subject, as_of=as_of)
        assert caught.value.verdict == verdict
    else:
        assert standard.holds(subject, as_of=as_of) is (verdict.outcome is Outcome.MET)


def _check_tree(verdict: Verdict, item: Rule | Standard, reach: Outcome = Outcome.MET) -> None:
    assert verdict.id == item.id
    if isinstance(item, Rule):
        assert verdict.children == ()
        assert verdict.quote == item.quote
        assert verdict.applies is reach  # the applies of the standard that checked it
        return
    assert [child.id for child in verdict.children] == [part.id for part in item.parts]
    # Its own scope and every enclosing one; a standard with no scope applies where its
    # enclosing standard does (decision S1).
    own = Outcome.MET if item.scope is None else verdict.scope.outcome  # type: ignore[union-attr]
    assert (verdict.scope is None) is (item.scope is None)
    assert verdict.applies is reach & own
    # applies -> all parts, in Kleene logic (decision S1)
    assert verdict.outcome is ~verdict.applies | Outcome.all_of(
        child.outcome for child in verdict.children
    )
    for child, part in zip(verdict.children, item.parts, strict=True):
        _check_tree(child, part, verdict.applies)


@pytest.mark.parametrize("standard", VARIANTS, ids=IDS)
@PER_CASE
@given(data=st.data(), as_of=as_of_dates)
def test_one_child_per_part_in_order(standard: Standard, data: st.DataObject, as_of: date) -> None:
    """A verdict has one child per rule, in the standard's order; nested standards nest."""
    as_of = in_force(standard, as_of)
    verdict = standard.evaluate(data.draw(subjects_for(standard)), as_of=as_of)
    _check_tree(verdict, standard)
    assert [leaf.id for leaf in verdict.leaves()] == [rule.id for rule in standard.rules]


def _resolve(subject: Any, path: str) -> None:
    record = subject
    for step in path.split(".")[1:]:
        record = getattr(record, step)


@pytest.mark.parametrize("standard", VARIANTS, ids=IDS)
@PER_CASE
@given(data=st.data(), as_of=as_of_dates)
def test_missing_is_set_exactly_when_unknown_and_resolves(
    standard: Standard, data: st.DataObject, as_of: date
) -> None:
    """`missing` is empty unless UNKNOWN, never empty when UNKNOWN, and every path resolves."""
    as_of = in_force(standard, as_of)
    subject = data.draw(subjects_for(standard))
    verdict = standard.evaluate(subject, as_of=as_of)
    root = {Officer: "officer", Assignment: "assignment"}.get(standard.subject)
    scope = () if verdict.scope is None else (verdict.scope, *verdict.scope.leaves())
    for node in [verdict, *verdict.leaves(), *scope]:
        assert bool(node.missing) is (node.outcome is Outcome.UNKNOWN)
        for path in node.missing:
            if root:
                assert path.split(".")[0] == root
            _resolve(subject, path)


@pytest.mark.parametrize("standard", [v for v, _ in SCOPED], ids=[i for _, i in SCOPED])
@PER_CASE
@given(data=st.data(), as_of=as_of_dates)
def test_a_standard_that_does_not_apply_is_met_with_every_part_reported(
    standard: Standard, data: st.DataObject, as_of: date
) -> None:
    """Not reached is MET, never a false violation; its parts are still all reported (S1)."""
    as_of = in_force(standard, as_of)
    # Half the examples are drawn just outside the scope, so that the branch below is taken.
    outside = violating(standard, standard.scope_rules[0].id, as_of=as_of)
    subject = data.draw(st.one_of(subjects_for(standard), outside))
    verdict = standard.evaluate(subject, as_of=as_of)
    assert verdict.scope is not None
    assert verdict.applies is verdict.scope.outcome
    assert [child.id for child in verdict.children] == [part.id for part in standard.parts]
    if verdict.applies is Outcome.NOT_MET:
        assert verdict.met
        assert verdict.failures() == ()
        assert verdict.reason.startswith("not reached: ")
        assert all(leaf.applies is Outcome.NOT_MET for leaf in verdict.leaves())
        assert "does not apply: " in verdict.explain()


def _with_later_entries(officer: Officer, after: date) -> Officer:
    later = after + timedelta(days=1)
    changes: dict[str, Any] = {}
    if officer.service_periods is not None:
        changes["service_periods"] = (*officer.service_periods, ServicePeriod(start=later))
    if officer.trainings is not None:
        course = Training(
            course="late", kind=TrainingKind.SCHOOL_POLICING, hours=200, completed_on=later
        )
        changes["trainings"] = (*officer.trainings, course)
    if officer.conduct_records is not None:
        record = ConductRecord(
            kind=ConductKind.COMPLAINT, on=later, involves_youth=True,
            disposition=Disposition.SUSTAINED,
        )  # fmt: skip
        changes["conduct_records"] = (*officer.conduct_records, record)
    return attrs.evolve(officer, **changes)


@pytest.mark.parametrize("standard", VARIANTS, ids=IDS)
@PER_CASE
@given(data=st.data(), as_of=as_of_dates)
def test_entries_dated_after_as_of_never_change_a_verdict(
    standard: Standard, data: st.DataObject, as_of: date
) -> None:
    """Records, trainings and service dated after `as_of` are invisible."""
    as_of = in_force(standard, as_of)
    subject = data.draw(subjects_for(standard))
    later: Officer | Assignment
    if isinstance(subject, Officer):
        later = _with_later_entries(subject, as_of)
    elif isinstance(subject, Assignment):
        later = attrs.evolve(subject, officer=_with_later_entries(subject.officer, as_of))
    else:
        return
    assert standard.evaluate(later, as_of=as_of) == standard.evaluate(subject, as_of=as_of)


@budget(50)
@given(subject=SUBJECTS[Assignment], as_of=as_of_dates, extra=st.integers(1, 80), data=st.data())
def test_training_rule_is_monotone_in_hours(
    subject: Assignment, as_of: date, extra: int, data: st.DataObject
) -> None:
    """More school-policing hours, or a lower threshold, never lower the outcome."""
    before = NASRO_TRAINING.evaluate(subject, as_of=as_of).outcome
    trainings = subject.officer.trainings
    if trainings is not None:
        course = Training(
            course="more",
            kind=TrainingKind.SCHOOL_POLICING,
            hours=extra,
            completed_on=data.draw(st.dates(max_value=min(as_of, subject.start))),
        )
        more = attrs.evolve(
            subject, officer=attrs.evolve(subject.officer, trainings=(*trainings, course))
        )
        after = NASRO_TRAINING.evaluate(more, as_of=as_of).outcome
        assert _RANK[after] >= _RANK[before]
    lower = NASRO_TRAINING.configure(min_hours=Decimal(40) - extra // 2)
    assert _RANK[lower.evaluate(subject, as_of=as_of).outcome] >= _RANK[before]


@given(subject=SUBJECTS[Officer], as_of=as_of_dates, years=st.integers(1, 6))
def test_selection_is_monotone_in_min_years(subject: Officer, as_of: date, years: int) -> None:
    """Asking for fewer years never lowers the experience outcome."""
    strict = STANDARDS["nasro-selection"].configure(min_years=years + 1)
    lenient = STANDARDS["nasro-selection"].configure(min_years=years)
    rule = "nasro.selection.experience"
    assert (
        _RANK[lenient.evaluate(subject, as_of=as_of).find(rule).outcome]
        >= _RANK[strict.evaluate(subject, as_of=as_of).find(rule).outcome]
    )


_FACT_TYPES = (str, int, bool, date, Decimal, enum.Enum, type(None))


def _is_fact(value: object) -> bool:
    if isinstance(value, tuple):
        return all(_is_fact(item) for item in value)
    return isinstance(value, _FACT_TYPES)


@pytest.mark.parametrize("standard", VARIANTS, ids=IDS)
@PER_CASE
@given(data=st.data(), as_of=as_of_dates)
def test_every_verdict_explains_itself(
    standard: Standard, data: st.DataObject, as_of: date
) -> None:
    """Every node has a reason in words; facts hold scalars, dates, decimals, enums and tuples."""
    as_of = in_force(standard, as_of)
    verdict = standard.evaluate(data.draw(subjects_for(standard)), as_of=as_of)
    nodes = [verdict]
    while nodes:
        node = nodes.pop()
        nodes.extend(node.children)
        assert node.reason.strip()
        assert all(_is_fact(value) for value in node.facts.values()), node.facts
    assert verdict.explain().count("\n") >= 2 * len(standard.rules)


RULE_HOSTS = {
    rule.id: standard for standard in VARIANTS for rule in (*standard.rules, *standard.scope_rules)
}


@pytest.mark.parametrize("rule_id", sorted(RULE_HOSTS))
@PER_CASE
@given(data=st.data(), as_of=as_of_dates, ahead=st.none() | st.integers(0, 2000))
def test_each_rules_fast_path_agrees_with_its_check(
    rule_id: str, data: st.DataObject, as_of: date, ahead: int | None
) -> None:
    """`decide` (used by holds) returns exactly the outcome `check` explains."""
    standard = RULE_HOSTS[rule_id]
    rule = next(r for r in (*standard.rules, *standard.scope_rules) if r.id == rule_id)
    subject = data.draw(SUBJECTS[rule.subject])
    horizon = None if ahead is None else as_of + timedelta(days=ahead)
    context = Context(as_of, standard.parameters, horizon)
    assert rule.decide is not None
    assert rule.decide(subject, context) is rule.check(subject, context).outcome
    assert rule.outcome(subject, context) is rule.check(subject, context).outcome


@pytest.mark.parametrize("name", list(STANDARDS))
@PER_CASE
@given(data=st.data())
def test_refinement_keeps_targeted_verdicts(name: str, data: st.DataObject) -> None:
    """Subjects built to be MET or to fail one rule keep that verdict whatever their unknowns become."""
    standard = STANDARDS[name]
    rule_ids = [rule.id for rule in standard.rules]
    target = data.draw(st.sampled_from([None, *rule_ids]))
    strategy = satisfying(standard) if target is None else violating(standard, target)
    subject, as_of = data.draw(strategy)
    before = standard.evaluate(subject, as_of=as_of).outcome
    for path in unknown_paths(subject)[:3]:
        owner = owner_of(subject, path)
        subject = replace(subject, path, data.draw(known_values(owner, path[-1])))
    assert standard.evaluate(subject, as_of=as_of).outcome is before
