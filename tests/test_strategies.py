"""sro_domain.strategies: records, and subjects built to a chosen verdict (issue: strategies).

Each targeted run draws at least 200 examples, with Hypothesis's health checks on, and checks
from the statistics that no example was rejected: the subjects are built, never filtered.
"""

import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.statistics import collector

from sro_domain import (
    COPS_CHP,
    FEDERAL_DEFINITION,
    NASRO_ASSIGNMENT,
    NASRO_SELECTION,
    NASRO_TRAINING,
    NC_STATUTE,
    NC_TRAINING,
    STANDARDS,
    Assignment,
    Disposition,
    Officer,
    Outcome,
    PurposesReading,
    SroResponse,
    Standard,
    TrainingKind,
    models,
)
from sro_domain.service import anniversary
from sro_domain.strategies import (
    agencies,
    assignments,
    conduct_records,
    mous,
    officers,
    satisfying,
    schools,
    service_periods,
    sro_responses,
    trainings,
    undetermined,
    violating,
)
from tests.budgets import budget
from tests.strategies import COMPOSED_SELECTION
from tests.test_rules import MAX_SCHOOLS, POLICY

STRICT = budget(
    200,
    database=None,
    deadline=None,
    suppress_health_check=(),
    phases=[Phase.generate],
)
VARIANTS: dict[str, Standard] = {
    **STANDARDS,
    "federal-definition[purposes=ANY]": FEDERAL_DEFINITION.configure(purposes=PurposesReading.ANY),
    "federal-definition[purposes=IGNORE]": FEDERAL_DEFINITION.configure(
        purposes=PurposesReading.IGNORE
    ),
    "nasro-selection[min_years=2]": NASRO_SELECTION.configure(min_years=2),
    "nasro-selection[sustained only]": NASRO_SELECTION.configure(
        disqualifying_dispositions={Disposition.SUSTAINED}
    ),
    "nasro-training[min_hours=16.5]": NASRO_TRAINING.configure(min_hours="16.5"),
    "nasro-assignment[min_years=2]": NASRO_ASSIGNMENT.configure(min_years=2),
    "nasro-selection[+juvenile_history]": COMPOSED_SELECTION,
}
# Every rule of every built-in standard; for the variants, the rules their parameters change.
VARIANT_RULES = {
    "federal-definition[purposes=ANY]": ["federal.purposes"],
    "nasro-selection[min_years=2]": ["nasro.selection.experience"],
    "nasro-selection[sustained only]": ["nasro.selection.clean_record"],
    "nasro-training[min_hours=16.5]": ["nasro.training.school_policing_hours"],
    "nasro-assignment[min_years=2]": ["nasro.selection.experience", "federal.in_effect"],
    "nasro-selection[+juvenile_history]": [
        "nasro.selection.juvenile_history",
        "nasro.selection.clean_record",
    ],
}
# Finding an example needs no shrinking (which is slow for a whole assignment).
FIND = settings(max_examples=5000, database=None, phases=[Phase.generate])

RULE_CASES = [
    *((name, rule.id) for name, standard in STANDARDS.items() for rule in standard.rules),
    *((name, rule.id) for name, standard in STANDARDS.items() for rule in standard.scope_rules),
    *((name, rule_id) for name, rule_ids in VARIANT_RULES.items() for rule_id in rule_ids),
]


@contextmanager
def no_rejections() -> Iterator[list[Any]]:
    """Collect Hypothesis's statistics and check no example was rejected as invalid."""
    runs: list[Any] = []
    with collector.with_value(runs.append):  # type: ignore[arg-type]
        yield runs
    cases = [case for run in runs for case in run["generate-phase"]["test-cases"]]
    assert cases
    assert [case["status"] for case in cases if case["status"] == "invalid"] == []


# The ~150 one-rule violations are most of the suite's time: each checks 20 examples (at least
# half of them distinct), and satisfying and undetermined check 40 per standard (at least five
# in eight distinct). Some 6,000 targeted subjects a run keep the suite under five minutes on two
# cores.
BRIEF = budget(20, STRICT)
SOME = budget(40, STRICT)
ENOUGH_DISTINCT = SOME.max_examples * 5 // 8


def run(
    strategy: st.SearchStrategy[Any],
    check: Callable[[Any], None],
    budget: settings = STRICT,
) -> list[Any]:
    """Check every example the budget draws; return them for diversity checks."""
    seen: list[Any] = []

    @budget
    @given(strategy)
    def every_example(example: Any) -> None:
        check(example)
        seen.append(example)

    with no_rejections():
        every_example()
    return seen


def distinct(examples: list[Any]) -> int:
    """Distinct examples as yielded: ``(subject, as_of)`` pairs.

    Pairs rather than subjects alone, because an ``SroResponse`` has only 21 possible values
    (seven actions, three matters); every other subject type is diverse on its own too.
    """
    return len(set(examples))


@pytest.mark.parametrize("name", list(VARIANTS))
def test_satisfying_is_met(name: str) -> None:
    standard = VARIANTS[name]

    def check(pair: tuple[Any, date]) -> None:
        subject, as_of = pair
        verdict = standard.evaluate(subject, as_of=as_of)
        assert verdict.met, verdict.explain()
        assert verdict.applies is Outcome.MET

    examples = run(satisfying(standard), check, SOME)
    assert distinct(examples) >= ENOUGH_DISTINCT


@pytest.mark.parametrize(("name", "rule_id"), RULE_CASES, ids=[f"{n}:{r}" for n, r in RULE_CASES])
def test_violating_fails_exactly_one_rule(name: str, rule_id: str) -> None:
    """Exactly that rule NOT_MET, every other rule MET: one reason to fail.

    A rule of the standard's scope NOT_MET puts the subject just outside it: the standard
    does not apply, and is MET (decision S1).
    """
    standard = VARIANTS[name]
    in_scope = rule_id not in {rule.id for rule in standard.scope_rules}

    def check(pair: tuple[Any, date]) -> None:
        subject, as_of = pair
        verdict = standard.evaluate(subject, as_of=as_of)
        scope = () if verdict.scope is None else tuple(verdict.scope.leaves())
        outcomes = {leaf.id: leaf.outcome.name for leaf in (*verdict.leaves(), *scope)}
        every = (*standard.rules, *standard.scope_rules)
        expected = {rule.id: "MET" for rule in every} | {rule_id: "NOT_MET"}
        assert outcomes == expected, verdict.explain()
        assert verdict.applies is (Outcome.MET if in_scope else Outcome.NOT_MET)
        assert verdict.outcome is (Outcome.NOT_MET if in_scope else Outcome.MET)

    examples = run(violating(standard, rule_id), check, BRIEF)
    # Half the examples: an MOU has few fields to vary.
    assert distinct(examples) >= BRIEF.max_examples // 2


@pytest.mark.parametrize("name", list(VARIANTS))
def test_undetermined_is_unknown_with_something_missing(name: str) -> None:
    standard = VARIANTS[name]

    def check(pair: tuple[Any, date]) -> None:
        subject, as_of = pair
        verdict = standard.evaluate(subject, as_of=as_of)
        assert verdict.unknown, verdict.explain()
        assert verdict.missing
        assert verdict.failures() == ()
        assert verdict.applies is Outcome.MET

    examples = run(undetermined(standard), check, SOME)
    assert distinct(examples) >= ENOUGH_DISTINCT


def test_a_fixed_as_of_yields_subjects_and_a_strategy_yields_pairs() -> None:
    day = date(2024, 9, 3)
    subject = find(satisfying(NASRO_SELECTION, as_of=day), lambda _: True)
    assert isinstance(subject, Officer)
    days = st.dates(min_value=date(2020, 1, 1), max_value=date(2020, 12, 31))
    officer, as_of = find(satisfying(NASRO_SELECTION, as_of=days), lambda _: True)
    assert isinstance(officer, Officer)
    assert as_of.year == 2020


# --- boundaries are reached on purpose --------------------------------------------------------


def _counted_hours(pair: tuple[Assignment, date]) -> Decimal:
    assignment, as_of = pair
    return sum(
        (
            t.hours
            for t in assignment.officer.trainings or ()
            if t.kind in (TrainingKind.SCHOOL_POLICING, TrainingKind.NC_BASIC_SRO)
            and t.completed_on < assignment.start
            and t.completed_on <= as_of
        ),
        Decimal(0),
    )


def _first_start(officer: Officer) -> date:
    return min(period.start for period in officer.service_periods or ())


@pytest.mark.parametrize(
    ("strategy", "condition"),
    [
        (satisfying(NASRO_TRAINING), lambda pair: _counted_hours(pair) == 40),
        (
            violating(NASRO_TRAINING, "nasro.training.school_policing_hours"),
            lambda pair: _counted_hours(pair) == Decimal("39.5"),
        ),
        (
            violating(NASRO_TRAINING, "nasro.training.school_policing_hours"),
            lambda pair: any(t.completed_on == pair[0].start for t in pair[0].officer.trainings),
        ),
        (
            satisfying(NASRO_SELECTION),
            lambda pair: anniversary(_first_start(pair[0]), 3) == pair[1],
        ),
        (
            violating(NASRO_SELECTION, "nasro.selection.experience"),
            lambda pair: (
                bool(pair[0].service_periods)
                and anniversary(_first_start(pair[0]), 3) == pair[1] + timedelta(days=1)
            ),
        ),
        (
            satisfying(NASRO_SELECTION),
            lambda pair: any(
                (p.start.month, p.start.day) == (2, 29) for p in pair[0].service_periods
            ),
        ),
        (
            satisfying(NASRO_SELECTION),
            lambda pair: any(
                a.end is not None and a.end + timedelta(days=1) == b.start
                for a in pair[0].service_periods
                for b in pair[0].service_periods
            ),
        ),
        (
            satisfying(NASRO_SELECTION),
            lambda pair: any(
                a is not b and a.end is not None and b.start <= a.end and a.start < b.start
                for a in pair[0].service_periods
                for b in pair[0].service_periods
            ),
        ),
        (
            violating(NASRO_SELECTION, "nasro.selection.clean_record"),
            lambda pair: any(r.on == pair[1] and r.involves_youth for r in pair[0].conduct_records),
        ),
        (satisfying(FEDERAL_DEFINITION), lambda pair: pair[0].start == pair[1]),
    ],
    ids=[
        "exactly 40 hours",
        "39.5 hours",
        "a course completed on the start date",
        "the day of the third anniversary",
        "the day before the third anniversary",
        "a 29 February start",
        "touching service periods",
        "overlapping service periods",
        "a record dated exactly on as_of",
        "an assignment starting on as_of",
    ],
)
def test_boundaries_are_generated(
    strategy: st.SearchStrategy[Any], condition: Callable[[Any], bool]
) -> None:
    found = find(strategy, condition, settings=FIND)
    assert condition(found)


# --- records --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "strategy",
    [
        agencies(),
        schools(),
        service_periods(),
        trainings(),
        conduct_records(),
        officers(),
        mous(),
        assignments(),
        sro_responses(),
    ],
    ids=[
        "agencies",
        "schools",
        "service_periods",
        "trainings",
        "conduct_records",
        "officers",
        "mous",
        "assignments",
        "sro_responses",
    ],
)
def test_record_strategies_make_valid_diverse_records(strategy: st.SearchStrategy[Any]) -> None:
    examples = run(strategy, lambda record: None)
    possible = 7 * 3 if examples and isinstance(examples[0], SroResponse) else 50
    assert len(set(examples)) >= min(50, possible - 6)


def test_record_strategies_reach_unknowns() -> None:
    """Every fact may be unknown: the strategies generate None for it."""
    found = find(officers(), lambda o: o.volunteered is None and o.service_periods is None)
    assert found.conduct_records is None or found.conduct_records == ()


def _shrunk(strategy: st.SearchStrategy[Any]) -> Any:
    """The example Hypothesis shrinks a failure to."""
    seen: list[Any] = []

    @settings(database=None, phases=[Phase.generate, Phase.shrink])
    @given(strategy)
    def fails(example: Any) -> None:
        seen.append(example)
        raise AssertionError

    with pytest.raises(AssertionError):
        fails()
    return seen[-1]


def test_records_shrink_toward_the_ordinary() -> None:
    """True before False, the first enum member, collections known to be empty (a clean record).

    Hypothesis prefers shorter examples, so a fact that is itself a record (the employer)
    shrinks to unknown.
    """
    officer = _shrunk(officers())
    assert officer.sworn is True
    assert officer.volunteered is True
    assert officer.conduct_records == ()
    assert officer.service_periods == ()
    assert officer.trainings == ()
    training = _shrunk(trainings())
    assert training.kind is TrainingKind.SCHOOL_POLICING
    assert training.hours == 40
    response = _shrunk(sro_responses())
    assert response.action.value == "no_action"


def test_date_windows_constrain_every_date() -> None:
    window = {"min_date": date(2020, 1, 1), "max_date": date(2020, 12, 31)}

    @STRICT
    @given(officers(**window))
    def dated_within(officer: Officer) -> None:
        for period in officer.service_periods or ():
            assert window["min_date"] <= period.start <= window["max_date"]
            assert period.end is None or period.end <= window["max_date"]
        for record in officer.conduct_records or ():
            assert window["min_date"] <= record.on <= window["max_date"]

    dated_within()


# --- invalid arguments ----------------------------------------------------------------------

USERS = Standard(id="users", title="U", subject=Assignment, source=POLICY, parts=[MAX_SCHOOLS])


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: satisfying("nasro-selection"), "expected a Standard"),  # type: ignore[call-overload]
        (lambda: satisfying(USERS), "district.max_schools"),
        (lambda: violating(NASRO_SELECTION, "nasro.triad"), "not a rule of nasro-selection"),
        (lambda: violating(NASRO_SELECTION, "no.such.rule"), "not a rule"),
        (
            lambda: violating(
                FEDERAL_DEFINITION.configure(purposes=PurposesReading.IGNORE), "federal.purposes"
            ),
            "not a rule",
        ),
        (
            lambda: violating(
                NASRO_TRAINING.configure(min_hours=0), "nasro.training.school_policing_hours"
            ),
            "cannot be NOT_MET",
        ),
        (
            lambda: violating(
                NASRO_SELECTION.configure(disqualifying_dispositions=()),
                "nasro.selection.clean_record",
            ),
            "cannot be NOT_MET",
        ),
        (
            lambda: satisfying(FEDERAL_DEFINITION, as_of=date(1998, 10, 26)),
            "in force from 1998-10-27",
        ),
        (lambda: satisfying(FEDERAL_DEFINITION, as_of=st.just(date(1990, 1, 1))), "in force"),
        (lambda: satisfying(NASRO_SELECTION, as_of="2024-01-01"), "as_of must be"),  # type: ignore[call-overload]
        (
            lambda: satisfying(NASRO_SELECTION, as_of=st.just("2024-01-01")),  # type: ignore[arg-type]
            "as_of must be a datetime.date",
        ),
        (lambda: officers(min_date=date(2021, 1, 1), max_date=date(2020, 1, 1)), "is after"),
        (
            lambda: violating(NC_TRAINING, "nc.training.basic_sro_course", as_of=date(2020, 6, 1)),
            "cannot be NOT_MET as of 2020-06-01",
        ),
        (lambda: trainings(min_date="2020-01-01"), "min_date must be"),  # type: ignore[arg-type]
    ],
    ids=[
        "not a standard",
        "a user's own rule",
        "a rule of another standard",
        "an unknown rule id",
        "a rule the variant leaves out",
        "a rule that cannot fail with min_hours=0",
        "a rule that cannot fail with no disqualifying disposition",
        "as_of before the source is in force",
        "an as_of strategy before the source is in force",
        "as_of a string",
        "an as_of strategy of strings",
        "an empty date window",
        "a deadline that cannot have passed yet",
        "a date window of strings",
    ],
)
def test_invalid_arguments_raise_at_draw_time(make: Callable[[], Any], message: str) -> None:
    strategy = make()  # building the strategy never raises
    with pytest.raises(InvalidArgument, match=message):
        find(strategy, lambda _: True)


def test_a_standard_that_cannot_be_unknown() -> None:
    from sro_domain.standards.nasro import NO_FORMAL_DISCIPLINE

    only = Standard(
        id="formal-only",
        title="F",
        subject=SroResponse,
        source=POLICY,
        parts=[NO_FORMAL_DISCIPLINE],
    )
    with pytest.raises(InvalidArgument, match="no rule of formal-only can be UNKNOWN"):
        find(undetermined(only), lambda _: True)


# --- registration through the entry point ---------------------------------------------------


def test_from_type_resolves_through_the_entry_point() -> None:
    """Installing the package is enough: nothing imports the strategies before Hypothesis asks."""
    code = (
        "import sys\n"
        "from hypothesis import strategies as st, find, settings, Phase\n"
        "quick = settings(database=None, phases=[Phase.generate])\n"
        "from sro_domain import Officer, Assignment, Mou\n"
        "assert 'sro_domain.strategies' not in sys.modules\n"
        "officer = find(st.from_type(Officer), lambda _: True, settings=quick)\n"
        "assert isinstance(officer, Officer)\n"
        "assert 'sro_domain.strategies' in sys.modules\n"
        "assert isinstance(find(st.from_type(Assignment), lambda _: True, settings=quick), Assignment)\n"
        "assert isinstance(find(st.builds(Mou), lambda _: True, settings=quick), Mou)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_the_hook_registers_every_record() -> None:
    import attrs

    from sro_domain import _hypothesis, models

    records = {name for name in models.__all__ if attrs.has(getattr(models, name))}
    assert records == set(_hypothesis._STRATEGY_FOR), (
        "src/sro_domain/_hypothesis.py _STRATEGY_FOR must name a strategy for every record"
    )
    _hypothesis._hypothesis_setup_hook()
    for type_name in _hypothesis._STRATEGY_FOR:
        import sro_domain

        record = find(st.from_type(getattr(sro_domain, type_name)), lambda _: True, settings=FIND)
        assert type(record).__name__ == type_name


def test_standards_built_from_built_in_rules_are_targeted_too() -> None:
    """A user's own standard made of built-in rules, with a source that has been repealed."""
    from sro_domain import RULES, Source, SourceKind

    repealed = Source(
        id="old-policy", title="Old policy", authority="A state", citation="§ 1",
        kind=SourceKind.STATUTE, binding=True,
        effective_from=date(2001, 1, 1), effective_to=date(2010, 12, 31),
    )  # fmt: skip
    old = Standard(
        id="old", title="Old", subject=Officer, source=repealed,
        parts=[RULES["nasro.selection.volunteered"], RULES["federal.sworn_authority"]],
    )  # fmt: skip
    officer, as_of = find(violating(old, "federal.sworn_authority"), lambda _: True, settings=FIND)
    assert date(2001, 1, 1) <= as_of <= date(2010, 12, 31)
    assert [f.id for f in old.evaluate(officer, as_of=as_of).failures()] == [
        "federal.sworn_authority"
    ]
    with pytest.raises(InvalidArgument, match="to 2010-12-31"):
        find(satisfying(old, as_of=date(2011, 1, 1)), lambda _: True)
    early = Source(
        id="early-policy", title="Early policy", authority="A state", citation="§ 2",
        kind=SourceKind.STATUTE, binding=True,
        effective_from=date(1990, 1, 1), effective_to=date(1995, 12, 31),
    )  # fmt: skip
    before_2000 = Standard(
        id="early", title="Early", subject=Officer, source=early,
        parts=[RULES["nasro.selection.volunteered"]],
    )  # fmt: skip
    _, as_of = find(satisfying(before_2000), lambda _: True, settings=FIND)
    assert date(1990, 1, 1) <= as_of <= date(1995, 12, 31)


def test_tiny_thresholds_and_impossible_histories() -> None:
    tiny = NASRO_TRAINING.configure(min_hours="0.05")
    assignment, as_of = find(
        violating(tiny, "nasro.training.school_policing_hours"), lambda _: True, settings=FIND
    )
    assert tiny.evaluate(assignment, as_of=as_of).not_met
    ancient = NASRO_SELECTION.configure(min_years=2500)
    with pytest.raises(InvalidArgument, match="cannot place 2500 years of service"):
        find(satisfying(ancient, as_of=date(2024, 1, 1)), lambda _: True)


def test_dates_are_clamped_to_the_calendar() -> None:
    from sro_domain.strategies._records import day

    assert day(date.max, 5) == date.max
    assert day(date.min, -5) == date.min
    assert day(date(2024, 2, 28), 1) == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("judged_on", "years", "start"),
    [
        (date(2024, 2, 29), 3, date(2021, 2, 28)),
        (date(2023, 3, 1), 3, date(2020, 3, 1)),
        (date(2023, 2, 28), 3, date(2020, 2, 28)),
    ],
)
def test_latest_start_is_the_anniversary_boundary(judged_on: date, years: int, start: date) -> None:
    """The latest start that reaches the years by the date judged; a day later does not."""
    from sro_domain.strategies._targets import latest_start

    assert latest_start(judged_on, years) == start
    assert anniversary(start, years) <= judged_on < anniversary(start + timedelta(days=1), years)


# --- composing standards of different authorities -------------------------------------------

BOTH_TRAININGS = Standard(
    id="both-trainings",
    title="NASRO's 40 hours and North Carolina's Basic SRO course",
    subject=Assignment,
    source=POLICY,
    parts=[NASRO_TRAINING, NC_TRAINING],
)

NC_BOTH = Standard(
    id="nc-both", title="NC", subject=Assignment, source=POLICY, parts=[NC_STATUTE, NC_TRAINING]
)
FEDERAL_AND_CHP = Standard(
    id="federal-and-chp",
    title="Federal and COPS",
    subject=Assignment,
    source=POLICY,
    parts=[FEDERAL_DEFINITION, COPS_CHP],
)


def test_satisfying_a_composition_meets_every_part() -> None:
    """Both standards' knobs draw ``officer.trainings``: the courses of each are kept, not one.

    The North Carolina knob places the assignment's dates, so it draws first and NASRO's
    courses are dated before the start it chose.
    """
    outcomes: list[Outcome] = []

    @STRICT
    @given(satisfying(BOTH_TRAININGS))
    def check(pair: tuple[Assignment, date]) -> None:
        subject, as_of = pair
        verdict = BOTH_TRAININGS.evaluate(subject, as_of=as_of)
        outcomes.append(verdict.outcome)
        assert verdict.met, verdict.explain()

    check()
    assert len(outcomes) == STRICT.max_examples  # 200 under the ci profile
    assert set(outcomes) == {Outcome.MET}


@pytest.mark.parametrize(
    ("make", "parts"),
    [
        # North Carolina's statute and its training rules each place the assignment's dates.
        (lambda: satisfying(NC_BOTH), ("nc-statute", "nc-training")),
        # Fewer than 40 hours of NASRO training, yet North Carolina's course completed: the
        # course is school-policing training that counts toward the hours (decision A6).
        (
            lambda: violating(BOTH_TRAININGS, "nasro.training.school_policing_hours"),
            ("nc-training", "nasro-training"),
        ),
        # The federal definition's career officer and the COPS condition read the same facts.
        (
            lambda: violating(FEDERAL_AND_CHP, "federal.career_officer"),
            ("federal-definition", "cops.chp.career_officer"),
        ),
    ],
)
def test_a_composition_that_cannot_be_drawn_names_both_parts(
    make: Callable[[], st.SearchStrategy[Any]], parts: tuple[str, str]
) -> None:
    with pytest.raises(InvalidArgument) as raised:
        find(make(), lambda _: True, settings=FIND)
    message = str(raised.value)
    assert all(part in message for part in parts), message


# --- thresholds are written once, in the standards -------------------------------------------


def _thresholds() -> dict[object, str]:
    from sro_domain.standards import cops
    from sro_domain.standards import north_carolina as nc
    from sro_domain.standards.nasro import MIN_HOURS

    found: dict[object, str] = {
        MIN_HOURS.default: "nasro.MIN_HOURS",
        nc.MIN_WEEKLY_HOURS: "north_carolina.MIN_WEEKLY_HOURS",
        nc.MIN_WEEKS_EXCLUSIVE: "north_carolina.MIN_WEEKS_EXCLUSIVE",
        nc.MIN_WEEKS_EXCLUSIVE + 1: "north_carolina.MIN_WEEKS_EXCLUSIVE + 1",
        cops.MIN_SHARE_IN_SCHOOLS: "cops.MIN_SHARE_IN_SCHOOLS",
        cops.DAYS_TO_SUBMIT: "cops.DAYS_TO_SUBMIT",
        cops.DAYS_TO_SUBMIT + 1: "cops.DAYS_TO_SUBMIT + 1",
    }
    for module in (nc, cops):
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, date):
                found[value] = f"{module.__name__}.{name}"
    return found


def test_the_targeted_strategies_restate_no_threshold() -> None:
    """Each threshold is written once, in its standard's module; the strategies import it.

    Scans ``sro_domain/strategies/_targets.py`` for a number or a whole date written out that
    equals a built-in threshold (a ``date(...)`` with a computed part is not a restatement).
    """
    import ast
    import decimal

    from sro_domain.strategies import _targets

    tree = ast.parse(Path(_targets.__file__).read_text(encoding="utf-8"))
    thresholds = _thresholds()
    found: list[str] = []
    dated_args: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "date":
            dated_args.update(id(arg) for arg in node.args)
            parts = [
                arg.value
                for arg in node.args
                if isinstance(arg, ast.Constant) and isinstance(arg.value, int)
            ]
            if len(parts) == len(node.args):
                day = date(*parts)
                if day in thresholds:
                    found.append(f"line {node.lineno}: {day} is {thresholds[day]}")
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or id(node) in dated_args:
            continue
        value: object = node.value
        if isinstance(value, str):
            try:
                value = decimal.Decimal(value)
            except decimal.InvalidOperation:
                continue
        number = isinstance(value, (int, decimal.Decimal)) and not isinstance(value, bool)
        if number and value in thresholds:
            found.append(f"line {node.lineno}: {value} is {thresholds[value]}")
    assert not found, (
        "sro_domain/strategies/_targets.py restates thresholds; import them from the "
        f"standards' modules instead: {found}"
    )


# --- nothing hand-kept: every record and every field is drawn --------------------------------


def test_the_targeted_strategies_draw_every_field() -> None:
    from sro_domain.strategies._targets import unlisted_fields

    assert unlisted_fields() == [], (
        "the targeted strategies leave these fields to their defaults: add them to the field "
        "tables in src/sro_domain/strategies/_targets.py"
    )


@pytest.mark.parametrize("record", models.RECORDS, ids=lambda record: record.__name__)
def test_each_records_strategy_varies_every_field(record: type) -> None:
    """A field the record strategy does not draw would keep its default in every example."""
    import attrs

    from sro_domain import strategies
    from sro_domain._hypothesis import strategy_name

    name = strategy_name(record.__name__)
    assert name in strategies.__all__, (
        f"add a strategy {name}() for {record.__name__} to src/sro_domain/strategies/_records.py"
    )
    seen: dict[str, set[str]] = {field.name: set() for field in attrs.fields(record)}

    @settings(max_examples=150, database=None, phases=[Phase.generate])
    @given(getattr(strategies, name)())
    def collect(value: Any) -> None:
        for field, values in seen.items():
            values.add(repr(getattr(value, field)))

    collect()
    fixed = sorted(field for field, values in seen.items() if len(values) < 2)
    assert fixed == [], (
        f"{name}() never varies {record.__name__}.{', '.join(fixed)}: draw it in "
        "src/sro_domain/strategies/_records.py"
    )


# --- rules written by hand get their own strategy hook ---------------------------------------


def _fte(subject: Assignment, context: Any) -> Any:
    from sro_domain import Finding

    share = subject.share_in_schools
    least = context.parameters["least_share"]
    if share is None:
        return Finding(Outcome.UNKNOWN, "share unknown", missing=["share_in_schools"])
    return Finding(Outcome.of(share >= least), f"share {share}; at least {least}")


def _fte_fields(draw: Any, outcome: Outcome, parameters: Any) -> dict[str, Any]:
    least = parameters["least_share"]
    shares = {
        Outcome.MET: st.decimals(least, Decimal(1), places=2),
        Outcome.NOT_MET: st.decimals(Decimal(0), least - Decimal("0.01"), places=2),
        Outcome.UNKNOWN: st.none(),
    }
    return {"share_in_schools": draw(shares[outcome])}


def test_a_hand_written_rule_registers_its_own_strategy() -> None:
    from sro_domain import Parameter, Rule
    from sro_domain.strategies import register_rule

    least = Parameter("least_share", Decimal("0.5"), Decimal, "share of the time in schools")
    rule = Rule(
        id="district.fte", title="Half time in schools", source=POLICY,
        quote="Half of the SRO's time is spent in schools.", subject=Assignment,
        check=_fte, parameters=[least],
    )  # fmt: skip
    mine = Standard(
        id="district-fte", title="FTE", subject=Assignment, source=POLICY,
        parts=[rule, NASRO_TRAINING],
    )  # fmt: skip
    with pytest.raises(InvalidArgument, match=r"district\.fte"):
        find(satisfying(mine), lambda _: True, settings=FIND)
    register_rule(rule, _fte_fields)
    as_of = date(2024, 9, 3)

    @BRIEF
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        for variant in (mine, mine.configure(least_share=Decimal("0.8"))):
            met = data.draw(satisfying(variant, as_of=as_of))
            assert variant.evaluate(met, as_of=as_of).met
            failing = data.draw(violating(variant, "district.fte", as_of=as_of))
            assert [v.id for v in variant.evaluate(failing, as_of=as_of).failures()] == [
                "district.fte"
            ]
            unsure = data.draw(undetermined(variant, as_of=as_of))
            assert variant.evaluate(unsure, as_of=as_of).unknown

    check()


def test_register_rule_refuses_what_it_cannot_serve() -> None:
    from sro_domain import Rule, School
    from sro_domain.strategies import register_rule

    with pytest.raises(InvalidArgument, match="register_rule takes a Rule"):
        register_rule("district.fte", _fte_fields)  # type: ignore[arg-type]

    def named(school: School, context: Any) -> Any:
        return _fte(school, context)  # type: ignore[arg-type]  # never called

    school_rule = Rule(
        id="district.school", title="S", source=POLICY, quote="S.", subject=School, check=named
    )
    with pytest.raises(InvalidArgument, match="reads School records"):
        register_rule(school_rule, _fte_fields)
