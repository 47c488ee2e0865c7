"""Texas: Tex. Educ. Code § 37.0021(h) and Tex. Occ. Code §§ 1701.001(4), 1701.263, rule by rule.

> § 37.0021(h): [a peace officer who] "provides, as a school resource officer, a regular police
> presence on a school district campus under a memorandum of understanding between the
> district and a local law enforcement agency."
> § 1701.263(b): [… shall require …] to successfully complete an education and training program
> described by this section before or within 180 days of the officer's commission by or
> placement in the district or a campus of the district. The program must: (1) consist of at
> least 16 hours of training …
"""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from sro_domain import (
    NO_MOU,
    TX_SRO,
    TX_TRAINING,
    Assignment,
    Outcome,
    Party,
    Training,
    TrainingKind,
    Verdict,
    is_tx_sro,
    meets_tx_training,
)
from sro_domain.standards.texas import PROGRAM_DAYS, PROGRAM_HOURS
from tests.builders import assignment, mou, officer

PLACED = date(2023, 1, 9)
DAY_180 = PLACED + timedelta(days=180)


def course(hours: Decimal | int | str = 16, on: date = date(2023, 3, 1),
           kind: TrainingKind = TrainingKind.SCHOOL_POLICING) -> Training:  # fmt: skip
    return Training(course="TCOLE School-Based Law Enforcement", kind=kind, hours=hours,
                    completed_on=on)  # fmt: skip


def posting(*courses: Training) -> Assignment:
    return assignment(start=PLACED, officer=officer(trainings=courses))


def program(as_of: date, *courses: Training) -> Verdict:
    return TX_TRAINING.evaluate(posting(*courses), as_of=as_of).find("tx.training.program_hours")


def test_a_peace_officer_under_an_mou_with_the_district_is_an_sro() -> None:
    """ "a regular police presence on a school district campus under a memorandum of
    understanding between the district and a local law enforcement agency"
    """
    assert is_tx_sro(assignment(), as_of=date(2023, 3, 6))


@pytest.mark.parametrize(
    ("parties", "expected"),
    [
        (frozenset({Party.LAW_ENFORCEMENT_AGENCY, Party.EDUCATION_AGENCY}), Outcome.MET),
        (frozenset({Party.MUNICIPALITY, Party.EDUCATION_AGENCY}), Outcome.NOT_MET),
        (None, Outcome.UNKNOWN),
    ],
)
def test_the_mou_is_between_the_district_and_a_local_agency(
    parties: frozenset[Party] | None, expected: Outcome
) -> None:
    """ "under a memorandum of understanding between the district and a local law enforcement
    agency"
    """
    verdict = TX_SRO.evaluate(assignment(mou=mou(parties=parties)), as_of=date(2023, 3, 6))
    assert verdict.find("tx.sro.mou").outcome is expected


def test_a_peace_officer_and_no_mou() -> None:
    """ "Peace officer" means a person elected, employed, or appointed as a peace officer."""
    civilian = assignment(officer=officer(law_enforcement_authority=False))
    verdict = TX_SRO.evaluate(civilian, as_of=date(2023, 3, 6))
    assert verdict.find("tx.sro.peace_officer").outcome is Outcome.NOT_MET
    assert not is_tx_sro(assignment(mou=NO_MOU), as_of=date(2023, 3, 6))


def test_sixteen_hours_meet_and_fifteen_and_a_half_do_not() -> None:
    """ "The program must: (1) consist of at least 16 hours of training" — after the 180 days,
    16 hours meet and 15.5 fail.
    """
    after = DAY_180 + timedelta(days=1)
    assert PROGRAM_HOURS == 16
    assert program(after, course(16)).outcome is Outcome.MET
    short = program(after, course("15.5"))
    assert short.outcome is Outcome.NOT_MET
    assert short.reason.startswith("15.5 hours of school resource officer training")


def test_day_180_is_in_time_and_day_181_is_not() -> None:
    """ "before or within 180 days of the officer's … placement": placed 2023-01-09, day 180 is
    2023-07-08. With no course, UNKNOWN on day 180 and NOT_MET on day 181; a course on day 180
    counts, one on day 181 does not.
    """
    assert PROGRAM_DAYS == 180
    assert date(2023, 7, 8) == DAY_180
    day_181 = DAY_180 + timedelta(days=1)
    assert program(DAY_180).outcome is Outcome.UNKNOWN
    assert program(day_181).outcome is Outcome.NOT_MET
    assert program(date(2023, 9, 1), course(on=DAY_180)).outcome is Outcome.MET
    assert program(date(2023, 9, 1), course(on=day_181)).outcome is Outcome.NOT_MET


def test_training_before_placement_counts() -> None:
    """ "before or within 180 days": a course before the placement is in time."""
    assert program(date(2024, 1, 8), course(on=date(2021, 5, 14))).met


def test_the_nasro_advanced_course_exempts() -> None:
    """ "(b-1) … is not required to successfully complete the education and training program
    … if the officer has successfully completed the advanced training course conducted by the
    National Association of School Resource Officers"
    """
    advanced = course(40, date(2019, 4, 12), TrainingKind.ADVANCED_SCHOOL_POLICING)
    verdict = program(date(2024, 1, 8), advanced)
    assert verdict.met
    assert verdict.reason == (
        "completed TCOLE School-Based Law Enforcement (advanced school policing) on 2019-04-12: "
        "exempt"
    )


def test_the_training_binds_only_texas_sros() -> None:
    """§ 1701.263 binds "a school resource officer": a posting with no MOU is not reached."""
    verdict = TX_TRAINING.evaluate(assignment(mou=NO_MOU), as_of=date(2024, 1, 8))
    assert verdict.met
    assert verdict.applies is Outcome.NOT_MET
    assert meets_tx_training(posting(course()), as_of=date(2024, 1, 8))
