"""The training condition, ``trained_by``: the hours, the kinds and providers, the deadline."""

import pickle
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from sro_domain import (
    Assignment,
    Outcome,
    Parameter,
    Rule,
    Standard,
    Training,
    TrainingKind,
    TrainingProvider,
    remedies,
)
from sro_domain.training import TrainedBy, trained_by
from tests.builders import assignment, officer
from tests.test_rules import POLICY

POLICING = {TrainingKind.SCHOOL_POLICING}
MIN_HOURS = Parameter(name="min_hours", default=Decimal(16), convert=Decimal,
                      doc="Hours of SRO training required.")  # fmt: skip


def standard_of(condition: TrainedBy) -> Standard:
    rule = Rule(id="district.training", title="Training", source=POLICY, quote="Train.",
                subject=Assignment, condition=condition, parameters=condition.parameters)  # fmt: skip
    return Standard(id="district", title="District", subject=Assignment, source=POLICY,
                    parts=[rule])  # fmt: skip


def course(hours: Any = 16, on: date = date(2022, 7, 1), **changes: Any) -> Training:
    return Training(course="SRO course", kind=changes.pop("kind", TrainingKind.SCHOOL_POLICING),
                    hours=hours, completed_on=on, **changes)  # fmt: skip


def judged(condition: TrainedBy, as_of: date, *courses: Training | None) -> Any:
    trainings = None if courses == (None,) else courses
    record = assignment(officer=officer(trainings=trainings))
    return standard_of(condition).evaluate(record, as_of=as_of).find("district.training")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"hours": 1.5}, "hours as a number or a Parameter"),
        ({"words": " "}, "words for its reason"),
        ({"kinds": []}, "TrainingKind members"),
        ({"providers": ["nasro"]}, "must be TrainingProvider"),
        ({"days": 10, "years": 1}, "one deadline: in days, in years or by the school year"),
        ({"days": -2}, "days must be a whole number"),
        ({"years": True}, "years must be a whole number"),
        ({"exempt_before": "2018-11-02"}, "exempt_before must be a date"),
        ({"exempt_by": [TrainingKind.SCHOOL_POLICING]}, "exempt_by must be TrainingKind members"),
        ({"transition": (date(2019, 9, 2),)}, "transition must be two dates"),
    ],
)
def test_bad_arguments_are_refused_by_name(arguments: dict[str, Any], message: str) -> None:
    given: dict[str, Any] = {"hours": 16, "words": "SRO training", "kinds": POLICING}
    given |= arguments
    hours, words = given.pop("hours"), given.pop("words")
    with pytest.raises(ValueError, match=message):
        trained_by(hours, words, **given)


def test_a_condition_is_a_value_that_pickles() -> None:
    condition = trained_by(16, "SRO training", kinds=POLICING, days=180,
                           providers={TrainingProvider.NASRO}, exempt_before=date(2019, 1, 1))  # fmt: skip
    assert pickle.loads(pickle.dumps(condition)) == condition
    assert condition != trained_by(16, "SRO training", kinds=POLICING, days=181)
    assert condition.paths == ("officer.trainings", "start")


def test_before_the_start_means_the_day_before_at_the_latest() -> None:
    """ "Before being appointed" (``days=-1``): a course on the start day is too late."""
    before = trained_by(None, "an SRO course", kinds=POLICING, days=-1)
    start = date(2022, 8, 1)
    assert judged(before, date(2022, 9, 1), course(on=date(2022, 7, 31))).met
    late = judged(before, date(2022, 9, 1), course(on=start))
    assert late.outcome is Outcome.NOT_MET
    assert late.reason == (
        "no course of an SRO course completed by 2022-07-31; one required before the start "
        "(2022-08-01): the deadline has passed"
    )
    assert judged(before, date(2022, 7, 31)).outcome is Outcome.UNKNOWN


def test_a_shortfall_is_told_in_hours_and_other_training_is_shown_not_to_count() -> None:
    """ "16 hours of SRO training within 180 days": 15.5 hours of it is half an hour short,
    and a DARE course beside it counts for nothing.
    """
    condition = trained_by(16, "SRO training", kinds=POLICING, days=180)
    dare = course(hours=80, kind=TrainingKind.DARE)
    verdict = judged(condition, date(2023, 3, 1), course(hours="15.5"), dare)
    assert verdict.outcome is Outcome.NOT_MET
    assert verdict.reason == (
        "15.5 hours of SRO training completed by 2023-01-28 (80 hours of other training do not "
        "count); at least 16 required by 2023-01-28, 180 days after the start (2022-08-01): "
        "0.5 hours missing; the deadline has passed"
    )
    assert verdict.facts["hours_missing"] == Decimal("0.5")
    met = judged(condition, date(2023, 3, 1), course(hours=16), dare)
    assert met.met
    assert "hours_missing" not in met.facts
    assert "missing" not in met.reason


def test_before_a_start_on_the_first_day_of_the_calendar_nothing_is_in_time() -> None:
    """ "Before being appointed" on 0001-01-01: no day comes before it, so no course counts,
    the rule is never open, and no remedy can meet it.
    """
    condition = trained_by(16, "SRO training", kinds=POLICING, days=-1)
    first = date.min
    record = assignment(start=first, officer=officer(trainings=(course(on=first),)))
    verdict = standard_of(condition).evaluate(record, as_of=first).find("district.training")
    assert verdict.outcome is Outcome.NOT_MET
    unknown = assignment(start=first, officer=officer(trainings=None))
    (remedy,) = remedies(standard_of(condition), unknown, as_of=first)
    assert not remedy.possible
    assert remedy.reason == "no day comes before the start"


def test_several_counted_courses_are_named_as_such() -> None:
    condition = trained_by(None, "SRO training", kinds=POLICING)
    verdict = judged(condition, date(2022, 9, 1), course(), course(on=date(2022, 7, 2)))
    assert verdict.reason.startswith("2 courses of SRO training completed by 2022-09-01")


def test_the_hours_may_be_a_parameter() -> None:
    condition = trained_by(MIN_HOURS, "SRO training", kinds=POLICING, days=180)
    standard = standard_of(condition)
    record = assignment(officer=officer(trainings=(course(16),)))
    assert standard.evaluate(record, as_of=date(2022, 9, 1)).met
    stricter = standard.configure(min_hours=Decimal(24))
    after = date(2023, 2, 1)  # day 184
    assert stricter.evaluate(record, as_of=after).find("district.training").not_met
    assert condition.parameters == (MIN_HOURS,)
    assert condition.examples({"min_hours": Decimal(24)})[Outcome.MET]["officer.trainings"][
        0
    ].hours == Decimal(24)


def test_facts_name_the_hours_and_the_deadline() -> None:
    condition = trained_by(16, "SRO training", kinds=POLICING, days=180,
                           exempt_before=date(2020, 1, 1))  # fmt: skip
    verdict = judged(condition, date(2022, 9, 1), course(10))
    assert verdict.facts["counted"] == Decimal(10)
    assert verdict.facts["deadline"] == date(2023, 1, 28)
    exempt = trained_by(16, "SRO training", kinds=POLICING, exempt_before=date(2023, 1, 1))
    assert judged(exempt, date(2022, 9, 1)).facts["exempt_before"] == date(2023, 1, 1)
    unknown = judged(condition, date(2022, 9, 1), None)
    assert unknown.reason == (
        "training record unknown; 16 hours of SRO training required by 2023-01-28, 180 days "
        "after the start (2022-08-01)"
    )


def test_remedies_record_the_training_or_its_providers() -> None:
    """Unknown training after the deadline: record it. Unrecorded providers: record them."""
    condition = trained_by(16, "SRO training", kinds=POLICING, days=180,
                           providers={TrainingProvider.NASRO})  # fmt: skip
    standard = standard_of(condition)
    after = date(2023, 6, 1)
    unknown = assignment(officer=officer(trainings=None))
    (fix,) = remedies(standard, unknown, as_of=after)
    assert fix.action.startswith("record the officer's trainings")
    assert standard.evaluate(fix.apply(unknown), as_of=after).met
    unconfirmed = assignment(officer=officer(trainings=(course(provider=None),)))
    (fix,) = remedies(standard, unconfirmed, as_of=after)
    assert fix.action == "record who provided the courses of SRO training (counted: nasro)"
    assert standard.evaluate(fix.apply(unconfirmed), as_of=after).met
    while_open = remedies(standard, unknown, as_of=date(2022, 9, 1))[0]
    assert while_open.action.startswith("record the officer's trainings, or complete 16 hours")


def test_deadlines_at_the_ends_of_the_calendar() -> None:
    """A deadline past 9999-12-31 is the calendar's last day; "before" 0001-01-01, its first."""
    late = trained_by(16, "SRO training", kinds=POLICING, days=180)
    assert late.deadline(date(9999, 12, 1)) == date.max
    before = trained_by(None, "SRO training", kinds=POLICING, days=-1)
    assert before.deadline(date.min) == date.min
    assert trained_by(16, "SRO training", kinds=POLICING, years=1).deadline(date.max) == date.max


def test_the_strategies_leave_an_exemption_and_refuse_a_deadline_not_yet_passed() -> None:
    """Exempt before 2030: an undetermined posting asked about in 2024 is one beginning in 2030
    or later; a deadline of a year from a start in 2030 or later cannot have passed by mid-2030,
    so no posting then fails.
    """
    from hypothesis import given, settings
    from hypothesis.errors import InvalidArgument

    from sro_domain.strategies import undetermined, violating

    exempt = standard_of(trained_by(16, "SRO training", kinds=POLICING, years=1,
                                    exempt_before=date(2030, 1, 1)))  # fmt: skip

    @settings(max_examples=20, database=None)
    @given(undetermined(exempt, as_of=date(2024, 3, 4)))
    def unknown(subject: Assignment) -> None:
        assert subject.start >= date(2030, 1, 1)
        assert exempt.evaluate(subject, as_of=date(2024, 3, 4)).unknown

    unknown()

    @settings(max_examples=1, database=None)
    @given(violating(exempt, "district.training", as_of=date(2030, 6, 1)))
    def failing(subject: Any) -> None:
        raise AssertionError(subject)  # pragma: no cover - never drawn

    with pytest.raises(InvalidArgument, match="cannot be NOT_MET as of 2030-06-01"):
        failing()


def test_trained_for_roles_counts_the_courses_completed_by_the_day_asked_about() -> None:
    """Center for Safer Schools: "specifically trained to perform three roles".

    Here in NASRO's words, for a program of one's own; a course counts from the day it is
    completed.
    """
    from sro_domain import Role, Training, TrainingKind
    from sro_domain.rules import Context
    from sro_domain.training import TrainedForRoles, trained_for_roles

    two = trained_for_roles({Role.EDUCATOR, Role.COUNSELOR}, "both roles", titles="nasro")
    course = Training(course="Mentoring", kind=TrainingKind.OTHER, hours=Decimal(8),
                      completed_on=date(2024, 3, 1), roles={Role.COUNSELOR})  # fmt: skip
    subject = officer(trainings=[course])
    day_before, on_the_day = Context(date(2024, 2, 29), {}), Context(date(2024, 3, 1), {})
    assert two.reason(subject, day_before) == (
        "trained by 2024-02-29 for: none; not for: informal counselor/mentor, educator (i.e. "
        "guest lecturer)"
    )
    assert two.reason(subject, on_the_day) == (
        "trained by 2024-03-01 for: informal counselor/mentor; not for: educator (i.e. guest "
        "lecturer)"
    )
    assert pickle.loads(pickle.dumps(two)) == two
    with pytest.raises(ValueError, match="needs Role members"):
        TrainedForRoles([], "roles")
    with pytest.raises(ValueError, match="titles must be"):
        TrainedForRoles({Role.EDUCATOR}, "roles", "state")
    with pytest.raises(ValueError, match="needs words"):
        TrainedForRoles({Role.EDUCATOR}, " ")
