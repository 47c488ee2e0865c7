"""Ohio: Ohio Rev. Code § 3313.951(A)(3) and (B), rule by rule.

> (3) "School resource officer" means a peace officer who is appointed through a memorandum of
> understanding between a law enforcement agency and a school district to provide services to a
> school district or school as described in this section. (B) (1) A school resource officer who
> provides services to a school district or school on or after November 2, 2018, shall, except
> as described in division (B)(2) of this section, satisfy both of the following conditions:
> (a) Complete a basic training program approved by the Ohio peace officer training commission
> […]; (b) Complete at least forty hours of school resource officer training within one year
> after appointment […] (2) A school resource officer who is appointed to provide services to a
> school district or school prior to November 2, 2018, shall be exempt from compliance with the
> training requirements prescribed in division (B)(1)(b) of this section.
"""

from datetime import date
from decimal import Decimal

import pytest

from sro_domain import (
    NO_MOU,
    OH_SRO,
    OH_TRAINING,
    Assignment,
    NotInForceError,
    Outcome,
    Party,
    Training,
    TrainingKind,
    TrainingProvider,
    UndeterminedError,
    Verdict,
    is_oh_sro,
    meets_oh_training,
    remedies,
    timeline,
)
from sro_domain.standards.ohio import SRO_TRAINING_HOURS, SRO_TRAINING_PROVIDERS
from tests.builders import assignment, mou, officer

ACADEMY = Training(course="Basic Peace Officer Academy", kind=TrainingKind.BASIC_LAW_ENFORCEMENT,
                   hours=600, completed_on=date(2015, 1, 30))  # fmt: skip


def sro_course(hours: Decimal | int | str = 40, on: date = date(2023, 6, 1),
               provider: TrainingProvider | None = TrainingProvider.OHIO_SRO_ASSOCIATION,
               kind: TrainingKind = TrainingKind.SCHOOL_POLICING) -> Training:  # fmt: skip
    return Training(course="Ohio SRO Basic", kind=kind, hours=hours, completed_on=on,
                    provider=provider)  # fmt: skip


def posting(start: date, *courses: Training) -> Assignment:
    return assignment(start=start, officer=officer(trainings=(ACADEMY, *courses)))


def hours_rule(start: date, as_of: date, *courses: Training) -> Verdict:
    return OH_TRAINING.evaluate(posting(start, *courses), as_of=as_of).find("oh.training.sro_hours")


# --- (A)(3): who is an SRO ---------------------------------------------------------------------


def test_a_peace_officer_appointed_through_an_mou_is_an_sro() -> None:
    """ "a peace officer who is appointed through a memorandum of understanding between a law
    enforcement agency and a school district"
    """
    assert is_oh_sro(assignment(), as_of=date(2023, 3, 6))


@pytest.mark.parametrize(
    ("parties", "expected"),
    [
        (frozenset({Party.LAW_ENFORCEMENT_AGENCY, Party.EDUCATION_AGENCY}), Outcome.MET),
        (frozenset({Party.EDUCATION_AGENCY}), Outcome.NOT_MET),
        (frozenset({Party.LAW_ENFORCEMENT_AGENCY, Party.COUNTY}), Outcome.NOT_MET),
        (None, Outcome.UNKNOWN),
    ],
)
def test_the_mou_is_between_the_agency_and_the_district(
    parties: frozenset[Party] | None, expected: Outcome
) -> None:
    """ "a memorandum of understanding between a law enforcement agency and a school district" """
    verdict = OH_SRO.evaluate(assignment(mou=mou(parties=parties)), as_of=date(2023, 3, 6))
    assert verdict.find("oh.sro.mou").outcome is expected


def test_no_mou_is_no_ohio_sro() -> None:
    """ "appointed through a memorandum of understanding": with none, not an SRO."""
    assert not is_oh_sro(assignment(mou=NO_MOU), as_of=date(2023, 3, 6))


def test_a_peace_officer() -> None:
    """ "School resource officer" means a peace officer (decision OH1)."""
    unknown = assignment(officer=officer(law_enforcement_authority=None))
    with pytest.raises(UndeterminedError):
        is_oh_sro(unknown, as_of=date(2023, 3, 6))
    assert not is_oh_sro(assignment(officer=officer(law_enforcement_authority=False)),
                         as_of=date(2023, 3, 6))  # fmt: skip


# --- (B)(1)(b): forty hours within one year after appointment -----------------------------------


def test_forty_hours_meet_and_thirty_nine_and_a_half_do_not() -> None:
    """ "Complete at least forty hours of school resource officer training within one year
    after appointment" — 40 meets; 39.5, a year and a day later, fails.
    """
    start, after = date(2022, 8, 1), date(2023, 8, 2)
    assert SRO_TRAINING_HOURS == 40
    assert hours_rule(start, after, sro_course(40)).outcome is Outcome.MET
    short = hours_rule(start, after, sro_course("39.5"))
    assert short.outcome is Outcome.NOT_MET
    assert "39.5 hours" in short.reason
    assert "the deadline has passed" in short.reason


def test_the_year_is_open_on_its_last_day_and_closed_the_day_after() -> None:
    """ "within one year after appointment": appointed 2022-08-01, the last day is 2023-08-01.
    With no course, UNKNOWN through it (there is still time), NOT_MET from 2023-08-02; a course
    on the last day counts, one the day after does not.
    """
    start = date(2022, 8, 1)
    assert hours_rule(start, date(2023, 8, 1)).outcome is Outcome.UNKNOWN
    assert hours_rule(start, date(2023, 8, 2)).outcome is Outcome.NOT_MET
    on_time = sro_course(on=date(2023, 8, 1))
    late = sro_course(on=date(2023, 8, 2))
    assert hours_rule(start, date(2023, 9, 1), on_time).outcome is Outcome.MET
    assert hours_rule(start, date(2023, 9, 1), late).outcome is Outcome.NOT_MET


def test_a_29_february_appointment_is_due_28_february() -> None:
    """ "within one year after appointment": appointed 2020-02-29, the year ends 2021-02-28
    (a deadline cannot run past the month).
    """
    start = date(2020, 2, 29)
    assert hours_rule(start, date(2021, 2, 28)).outcome is Outcome.UNKNOWN
    assert hours_rule(start, date(2021, 3, 1)).outcome is Outcome.NOT_MET
    assert hours_rule(start, date(2021, 3, 1), sro_course(on=date(2021, 2, 28))).met
    assert not hours_rule(start, date(2021, 3, 5), sro_course(on=date(2021, 3, 1))).met


@pytest.mark.parametrize(
    ("appointed", "expected"),
    [(date(2018, 11, 1), Outcome.MET), (date(2018, 11, 2), Outcome.NOT_MET)],
)
def test_an_appointment_before_2_november_2018_is_exempt(
    appointed: date, expected: Outcome
) -> None:
    """ "(2) A school resource officer who is appointed … prior to November 2, 2018, shall be
    exempt from compliance with the training requirements prescribed in division (B)(1)(b)":
    appointed 2018-11-01, exempt; appointed 2018-11-02, bound — and, with no SRO course, out of
    time in 2020.
    """
    verdict = hours_rule(appointed, date(2020, 1, 6))
    assert verdict.outcome is expected
    if expected is Outcome.MET:
        assert verdict.reason == "assigned from 2018-11-01, before 2018-11-02: exempt"


def test_only_the_three_named_providers_count() -> None:
    """ "through one of the following entities …: (i) The national association of school
    resource officers; (ii) The Ohio school resource officer association; (iii) The Ohio peace
    officer training academy" — another provider's course does not count, and one whose
    provider is not recorded leaves the rule UNKNOWN.
    """
    start, after = date(2022, 8, 1), date(2023, 9, 1)
    assert {
        TrainingProvider.NASRO,
        TrainingProvider.OHIO_SRO_ASSOCIATION,
        TrainingProvider.OHIO_PEACE_OFFICER_TRAINING_ACADEMY,
    } == SRO_TRAINING_PROVIDERS
    for provider in SRO_TRAINING_PROVIDERS:
        assert hours_rule(start, after, sro_course(provider=provider)).met
    other = hours_rule(start, after, sro_course(provider=TrainingProvider.OTHER))
    assert other.outcome is Outcome.NOT_MET
    unrecorded = hours_rule(start, after, sro_course(provider=None))
    assert unrecorded.outcome is Outcome.UNKNOWN
    assert "40 more from a provider not recorded" in unrecorded.reason
    assert unrecorded.missing == frozenset({"assignment.officer.trainings"})


def test_a_course_of_another_kind_does_not_count() -> None:
    """ "school resource officer training": a DARE course of 40 hours is not."""
    dare = sro_course(kind=TrainingKind.DARE)
    assert hours_rule(date(2022, 8, 1), date(2023, 9, 1), dare).outcome is Outcome.NOT_MET


# --- (B)(1)(a): the basic training program --------------------------------------------------------


def test_the_basic_program_must_be_complete_once_the_officer_serves() -> None:
    """ "(a) Complete a basic training program approved by the Ohio peace officer training
    commission": no deadline is in the text read, so it must be on file once the posting has
    begun; before that, there is still time (decision OH2).
    """
    trained = assignment(start=date(2022, 8, 1), officer=officer(trainings=(sro_course(),)))
    before = OH_TRAINING.evaluate(trained, as_of=date(2022, 7, 29))
    assert before.find("oh.training.basic_program").outcome is Outcome.UNKNOWN
    serving = OH_TRAINING.evaluate(trained, as_of=date(2022, 8, 1))
    assert serving.find("oh.training.basic_program").outcome is Outcome.NOT_MET


# --- the standard as a whole ---------------------------------------------------------------------


def test_the_training_rules_bind_only_ohio_sros() -> None:
    """ "A school resource officer who provides services …": a posting with no MOU is no SRO,
    so the training rules do not reach it.
    """
    verdict = OH_TRAINING.evaluate(assignment(mou=NO_MOU), as_of=date(2023, 3, 6))
    assert verdict.met
    assert verdict.applies is Outcome.NOT_MET


def test_the_training_rules_are_in_force_from_2_november_2018() -> None:
    """ "on or after November 2, 2018" """
    assert meets_oh_training(posting(date(2018, 11, 2), sro_course(on=date(2018, 10, 1))),
                             as_of=date(2018, 11, 2))  # fmt: skip
    with pytest.raises(NotInForceError):
        OH_TRAINING.evaluate(assignment(), as_of=date(2018, 11, 1))


def test_the_timeline_and_the_remedy_follow_the_year() -> None:
    """Appointed 2022-08-01 with no SRO course: UNKNOWN to 2023-08-01, NOT_MET after; the remedy
    while open is the 40 hours, by the deadline; after it, none is possible.
    """
    record = posting(date(2022, 8, 1))
    found = timeline(OH_TRAINING, record, start=date(2022, 8, 1), end=date(2023, 12, 31))
    assert [(span.start, span.outcome) for span in found.spans] == [
        (date(2022, 8, 1), Outcome.UNKNOWN),
        (date(2023, 8, 2), Outcome.NOT_MET),
    ]
    (open_remedy,) = remedies(OH_TRAINING, record, as_of=date(2023, 3, 6))
    assert open_remedy.possible
    assert open_remedy.by == date(2023, 8, 1)
    assert OH_TRAINING.evaluate(open_remedy.apply(record), as_of=date(2023, 3, 6)).met
    (late_remedy,) = remedies(OH_TRAINING, record, as_of=date(2023, 8, 2))
    assert not late_remedy.possible
    assert late_remedy.reason == "the deadline, 2023-08-01, has passed"
