"""Illinois: 105 ILCS 5/10-20.68 ("school resource officer"), (a), (a-5) and (b), rule by rule.

> (a) In this Section, "school resource officer" means a law enforcement officer who has been
> primarily assigned to a school or school district under a memorandum of understanding between a
> local law enforcement agency and a school district.
> (a-5) Beginning July 1, 2026, a memorandum of understanding between a local law enforcement
> agency and a school district is required for any school district that uses a school resource
> officer. The memorandum of understanding shall include provisions that: (1) […] (5) […]
> (b) Any law enforcement agency that provides a school resource officer shall provide to the
> school district a certificate of completion, or approved waiver, […] within one year of
> assignment, or has prior experience and training which satisfies this requirement.
"""

from datetime import date
from decimal import Decimal

import pytest

from sro_domain import (
    IL_MOU,
    IL_SRO,
    IL_TRAINING,
    NO_MOU,
    Assignment,
    MouSection,
    NotInForceError,
    Outcome,
    Party,
    Training,
    TrainingKind,
    UndeterminedError,
    is_il_sro,
    meets_il_mou,
    meets_il_training,
    remedies,
)
from sro_domain.standards.illinois import IL_MOU_FROM, IL_TRAINING_FROM, MOU_PROVISIONS
from tests.builders import assignment, basic_course, mou, officer

AS_OF = date(2024, 9, 3)


def course(record: Assignment, as_of: date) -> Outcome:
    return IL_TRAINING.evaluate(record, as_of=as_of).find("il.training.course").outcome


def untrained(start: date, *courses: Training) -> Assignment:
    return assignment(start=start, officer=officer(trainings=courses))


# --- (a): who is an SRO --------------------------------------------------------------------------


def test_a_primarily_assigned_officer_under_an_mou_is_an_sro() -> None:
    """ "a law enforcement officer who has been primarily assigned to a school or school district
    under a memorandum of understanding between a local law enforcement agency and a school
    district"
    """
    assert is_il_sro(assignment(), as_of=AS_OF)


@pytest.mark.parametrize(
    ("primarily", "expected"),
    [(True, Outcome.MET), (False, Outcome.NOT_MET), (None, Outcome.UNKNOWN)],
)
def test_primarily_assigned(primarily: bool | None, expected: Outcome) -> None:
    """ "primarily assigned to a school or school district": an officer who covers a school as one
    patrol duty among others is not an SRO (decision IL3).
    """
    record = assignment(primarily_assigned=primarily)
    verdict = IL_SRO.evaluate(record, as_of=AS_OF).find("il.sro.primarily_assigned")
    assert verdict.outcome is expected


@pytest.mark.parametrize(
    ("record_mou", "expected"),
    [
        (NO_MOU, Outcome.NOT_MET),
        (None, Outcome.UNKNOWN),
        (mou(parties={Party.LAW_ENFORCEMENT_AGENCY}), Outcome.NOT_MET),
        (mou(parties={Party.LAW_ENFORCEMENT_AGENCY, Party.EDUCATION_AGENCY}), Outcome.MET),
    ],
)
def test_under_an_mou_between_the_agency_and_the_district(
    record_mou: object, expected: Outcome
) -> None:
    """ "under a memorandum of understanding between a local law enforcement agency and a school
    district": none, or one the district is no party to, is not met (decision IL1).
    """
    verdict = IL_SRO.evaluate(assignment(mou=record_mou), as_of=AS_OF).find("il.sro.mou")
    assert verdict.outcome is expected


def test_an_officer_with_no_law_enforcement_authority_is_not_an_sro() -> None:
    """ "a law enforcement officer": a guard with no authority is not one."""
    assert not is_il_sro(assignment(officer=officer(law_enforcement_authority=False)), as_of=AS_OF)


# --- (b): the course within one year, or a waiver ---------------------------------------------


def test_the_course_within_one_year_of_assignment() -> None:
    """ "completed the requisite course of instruction … within one year of assignment": assigned
    2023-08-21 with no course, there is time through 2024-08-21 and none from 2024-08-22; a
    course on 2024-08-21 counts, one on 2024-08-22 is late.
    """
    start = date(2023, 8, 21)
    assert course(untrained(start), date(2024, 8, 21)) is Outcome.UNKNOWN
    assert course(untrained(start), date(2024, 8, 22)) is Outcome.NOT_MET
    on_time = untrained(start, basic_course(completed_on=date(2024, 8, 21)))
    late = untrained(start, basic_course(completed_on=date(2024, 8, 22)))
    assert course(on_time, date(2024, 8, 22)) is Outcome.MET
    assert course(late, date(2024, 8, 22)) is Outcome.NOT_MET


def test_one_year_after_an_assignment_on_29_february_is_28_february() -> None:
    """ "within one year of assignment": assigned 2024-02-29, the year ends on 2025-02-28."""
    start = date(2024, 2, 29)
    assert course(untrained(start), date(2025, 2, 28)) is Outcome.UNKNOWN
    assert course(untrained(start), date(2025, 3, 1)) is Outcome.NOT_MET
    assert course(untrained(start, basic_course(completed_on=date(2025, 2, 28))),
                  date(2025, 3, 1)) is Outcome.MET  # fmt: skip


def test_an_approved_waiver_meets_it() -> None:
    """ "or approved waiver … or has prior experience and training which satisfies this
    requirement": a waiver on file by the day asked about meets it (decision IL2).
    """
    waiver = Training(course="ILETSB waiver", kind=TrainingKind.TRAINING_WAIVER,
                      hours=Decimal(40), completed_on=date(2024, 3, 1))  # fmt: skip
    record = untrained(date(2022, 8, 1), waiver)
    assert course(record, AS_OF) is Outcome.MET
    assert course(record, date(2024, 2, 29)) is Outcome.NOT_MET  # not yet granted
    assert meets_il_training(record, as_of=AS_OF)


def test_the_training_is_in_force_from_2021_and_binds_sros_only() -> None:
    """ "Beginning January 1, 2021" (the older text); an officer not primarily assigned is not
    bound.
    """
    assert date(2021, 1, 1) == IL_TRAINING_FROM
    with pytest.raises(NotInForceError):
        meets_il_training(assignment(), as_of=date(2020, 12, 31))
    patrol = assignment(primarily_assigned=False, officer=officer(trainings=()))
    verdict = IL_TRAINING.evaluate(patrol, as_of=AS_OF)
    assert verdict.met
    assert verdict.applies is Outcome.NOT_MET


def test_the_remedy_is_the_course_while_there_is_time() -> None:
    """Assigned 2024-08-19 with no course: complete it by 2025-08-19."""
    record = untrained(date(2024, 8, 19))
    (remedy,) = remedies(IL_TRAINING, record, as_of=AS_OF)
    assert remedy.by == date(2025, 8, 19)
    assert meets_il_training(remedy.apply(record), as_of=AS_OF)


# --- (a-5): the MOU and its five provisions, from 2026-07-01 --------------------------------------


def kept(sections: frozenset[MouSection] | None = MOU_PROVISIONS) -> Assignment:
    return assignment(mou=mou(sections=sections))


def test_the_mou_is_required_from_1_july_2026() -> None:
    """ "Beginning July 1, 2026": on 2026-06-30 the provisions are not yet law (not in force); on
    2026-07-01 an MOU with the five provisions meets them.
    """
    assert date(2026, 7, 1) == IL_MOU_FROM
    with pytest.raises(NotInForceError):
        meets_il_mou(kept(), as_of=date(2026, 6, 30))
    assert meets_il_mou(kept(), as_of=date(2026, 7, 1))


@pytest.mark.parametrize(
    "lacking", [section for section in MouSection if section in MOU_PROVISIONS]
)
def test_missing_one_of_the_five_provisions(lacking: MouSection) -> None:
    """ "shall include provisions that: (1) define the role … (5) provide for regular review":
    missing any one, not met — the ban on tickets and citations on school property included.
    """
    record = kept(MOU_PROVISIONS - {lacking})
    assert not meets_il_mou(record, as_of=date(2026, 7, 1))
    reason = IL_MOU.evaluate(record, as_of=date(2026, 7, 1)).find("il.mou.provisions").reason
    assert f"lacking {lacking.value.replace('_', ' ')}" in reason


def test_unknown_provisions_are_unknown_and_the_remedy_adds_the_lacking_ones() -> None:
    """Provisions not recorded: unknown. Lacking the ticket ban: the remedy adds it."""
    with pytest.raises(UndeterminedError):
        meets_il_mou(kept(None), as_of=date(2026, 7, 1))
    record = kept(MOU_PROVISIONS - {MouSection.NO_TICKETS_ON_SCHOOL_PROPERTY})
    (remedy,) = remedies(IL_MOU, record, as_of=date(2026, 7, 1))
    assert remedy.path == "assignment.mou.sections"
    assert meets_il_mou(remedy.apply(record), as_of=date(2026, 7, 1))
