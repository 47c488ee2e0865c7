"""Maryland: Md. Code, Educ. § 7-1501(j) ("school resource officer") and COMAR 14.40.04.03, rule by rule.

> (j) "School resource officer" means: (1) A law enforcement officer as defined under § 3–101(e)
> of the Public Safety Article who has been assigned to a school in accordance with a memorandum
> of understanding between the chief of a law enforcement agency as defined under § 3–101(b) of
> the Public Safety Article and the local education agency; or (2) A Baltimore City school
> police officer, as defined in § 4–318 of this article.

> A. A school resource officer or school security employee shall complete the Center's model
> curriculum or an approved local training […] B. A school resource officer or school security
> employee assigned or hired after the start of the school year will register and complete the
> model curriculum prior to the next school year […]
"""

import pickle
from datetime import date

import pytest

from sro_domain import (
    FEDERAL_DEFINITION,
    MD_SRO,
    MD_TRAINING,
    NO_MOU,
    Agency,
    AgencyKind,
    Assignment,
    Outcome,
    Party,
    TrainingKind,
    UndeterminedError,
    is_md_sro,
    meets_md_training,
    remedies,
    timeline,
)
from sro_domain.agreements import under_agreement
from sro_domain.rules import Context
from sro_domain.standards.maryland import SCHOOL_YEAR_BEGINS
from sro_domain.training import trained_by
from tests.builders import assignment, basic_course, mou, officer

AS_OF = date(2024, 9, 3)
SCHOOL_POLICE = Agency(name="Baltimore City School Police Force",
                       kind=AgencyKind.SCHOOL_DISTRICT_POLICE)  # fmt: skip
RULE = "md.sro.mou_or_school_police"


def agreement(record: Assignment) -> Outcome:
    return MD_SRO.evaluate(record, as_of=AS_OF).find(RULE).outcome


def school_police_officer(mou: object = NO_MOU, **officer_changes: object) -> Assignment:
    """A Baltimore City school police officer, with no MOU and no community-policing role."""
    member = officer(employer=SCHOOL_POLICE, **officer_changes)
    return assignment(officer=member, mou=mou, community_oriented_policing=False)


def curriculum(record: Assignment, as_of: date) -> Outcome:
    return MD_TRAINING.evaluate(record, as_of=as_of).find("md.training.curriculum").outcome


# --- § 7-1501(j): who is an SRO ------------------------------------------------------------------


def test_an_officer_under_an_mou_with_the_education_agency_is_an_sro() -> None:
    """ "(1) A law enforcement officer … assigned to a school in accordance with a memorandum of
    understanding between the chief of a law enforcement agency … and the local education
    agency"
    """
    assert is_md_sro(assignment(), as_of=AS_OF)


def test_a_baltimore_city_school_police_officer_is_an_sro_but_not_a_federal_one() -> None:
    """ "or (2) A Baltimore City school police officer": an SRO in Maryland with no MOU; under
    34 U.S.C. § 10389(4), not deployed in community-oriented policing, the same posting is not
    an SRO.
    """
    record = school_police_officer()
    assert is_md_sro(record, as_of=AS_OF)
    assert FEDERAL_DEFINITION.evaluate(record, as_of=AS_OF).outcome is Outcome.NOT_MET
    reason = MD_SRO.evaluate(record, as_of=AS_OF).find(RULE).reason
    assert reason == (
        "employed by Baltimore City School Police Force (school district police): a Baltimore "
        "City school police officer, no agreement needed"
    )


@pytest.mark.parametrize(
    ("record_mou", "expected"),
    [
        (NO_MOU, Outcome.NOT_MET),
        (None, Outcome.UNKNOWN),
        (mou(parties=None), Outcome.UNKNOWN),
        (mou(parties={Party.LAW_ENFORCEMENT_AGENCY}), Outcome.NOT_MET),
        (mou(parties={Party.LAW_ENFORCEMENT_AGENCY, Party.EDUCATION_AGENCY}), Outcome.MET),
    ],
)
def test_a_police_officer_needs_the_mou(record_mou: object, expected: Outcome) -> None:
    """ "in accordance with a memorandum of understanding between the chief of a law enforcement
    agency … and the local education agency": none, or one the education agency is no party
    to, is not met; an unknown MOU or unknown parties are unknown.
    """
    assert agreement(assignment(mou=record_mou)) is expected


def test_an_unknown_employer_with_no_mou_is_unknown() -> None:
    """With no MOU, only a Baltimore City school police officer is an SRO: an unknown employer
    leaves it open, and the verdict says what to record.
    """
    record = assignment(officer=officer(employer=None), mou=NO_MOU)
    verdict = MD_SRO.evaluate(record, as_of=AS_OF)
    assert verdict.find(RULE).outcome is Outcome.UNKNOWN
    assert set(verdict.missing) == {"assignment.officer.employer"}
    with pytest.raises(UndeterminedError):
        is_md_sro(record, as_of=AS_OF)


def test_a_school_police_officer_needs_the_power_of_arrest() -> None:
    """ "A law enforcement officer"; § 4-318(a): "authorized by law to make arrests"."""
    record = school_police_officer(law_enforcement_authority=False)
    assert not is_md_sro(record, as_of=AS_OF)


def test_the_remedy_is_an_mou_with_the_education_agency() -> None:
    """With no MOU, the remedy enters into one between the agency and the education agency."""
    record = assignment(mou=NO_MOU)
    (remedy,) = remedies(MD_SRO, record, as_of=AS_OF)
    assert remedy.path == "assignment.mou"
    assert is_md_sro(remedy.apply(record), as_of=AS_OF)
    lacking = assignment(mou=mou(parties={Party.LAW_ENFORCEMENT_AGENCY}))
    (remedy,) = remedies(MD_SRO, lacking, as_of=AS_OF)
    assert remedy.path == "assignment.mou.parties"
    assert is_md_sro(remedy.apply(lacking), as_of=AS_OF)


def test_an_unknown_mou_is_recorded_or_entered_into() -> None:
    """An MOU nobody has recorded, for an officer whose employer is unknown: recording an MOU
    between the agency and the education agency settles it either way.
    """
    record = assignment(officer=officer(employer=None), mou=None)
    (remedy,) = remedies(MD_SRO, record, as_of=AS_OF)
    assert remedy.action.startswith("record the MOU, or enter into an MOU between")
    assert is_md_sro(remedy.apply(record), as_of=AS_OF)


# --- COMAR 14.40.04.03: training ----------------------------------------------------------------


def test_an_sro_with_the_curriculum_meets_it() -> None:
    """ "shall complete the Center's model curriculum or an approved local training" """
    assert meets_md_training(assignment(), as_of=AS_OF)


def test_a_mid_year_hire_has_until_the_next_school_year() -> None:
    """ "assigned or hired after the start of the school year will … complete the model
    curriculum prior to the next school year": hired 2024-01-08 with no course, there is time
    through 2024-06-30 (unknown); from 2024-07-01, when the next school year starts, not met.
    """
    assert SCHOOL_YEAR_BEGINS == (7, 1)
    record = assignment(start=date(2024, 1, 8), officer=officer(trainings=()))
    assert curriculum(record, date(2024, 6, 30)) is Outcome.UNKNOWN
    assert curriculum(record, date(2024, 7, 1)) is Outcome.NOT_MET
    late = assignment(start=date(2024, 1, 8),
                      officer=officer(trainings=(basic_course(completed_on=date(2024, 7, 1)),)))  # fmt: skip
    on_time = assignment(start=date(2024, 1, 8),
                         officer=officer(trainings=(basic_course(completed_on=date(2024, 6, 30)),)))  # fmt: skip
    assert curriculum(late, date(2024, 7, 1)) is Outcome.NOT_MET
    assert curriculum(on_time, date(2024, 7, 1)) is Outcome.MET


def test_an_sro_assigned_as_the_school_year_begins_has_no_grace() -> None:
    """Paragraph B's grace is for those assigned "after the start of the school year"; one
    assigned on 1 July is bound by paragraph A once serving (decision MD2).
    """
    record = assignment(start=date(2024, 7, 1), officer=officer(trainings=()))
    assert curriculum(record, date(2024, 6, 30)) is Outcome.UNKNOWN  # not yet begun
    assert curriculum(record, date(2024, 7, 1)) is Outcome.NOT_MET
    the_next_day = assignment(start=date(2024, 7, 2), officer=officer(trainings=()))
    assert curriculum(the_next_day, date(2025, 6, 30)) is Outcome.UNKNOWN
    assert curriculum(the_next_day, date(2025, 7, 1)) is Outcome.NOT_MET


def test_a_course_of_another_kind_does_not_count() -> None:
    """ "the Center's model curriculum or an approved local training": basic law-enforcement
    training is neither.
    """
    course = basic_course(kind=TrainingKind.BASIC_LAW_ENFORCEMENT)
    record = assignment(start=date(2023, 8, 21), officer=officer(trainings=(course,)))
    assert curriculum(record, AS_OF) is Outcome.NOT_MET


def test_the_training_binds_maryland_sros_only() -> None:
    """A guard of a private firm, no law enforcement officer, is not bound."""
    guard = officer(law_enforcement_authority=False, trainings=())
    verdict = MD_TRAINING.evaluate(assignment(officer=guard, start=date(2020, 8, 3)), as_of=AS_OF)
    assert verdict.met
    assert verdict.applies is Outcome.NOT_MET


def test_the_timeline_of_a_mid_year_hire() -> None:
    """Hired 2024-01-08 with no course: unknown while there is time, not met from 2024-07-01."""
    record = assignment(start=date(2024, 1, 8), officer=officer(trainings=()))
    found = timeline(MD_TRAINING, record, start=date(2024, 1, 8), end=date(2024, 12, 31))
    assert [(span.start, span.outcome) for span in found.spans] == [
        (date(2024, 1, 8), Outcome.UNKNOWN),
        (date(2024, 7, 1), Outcome.NOT_MET),
    ]


# --- the two new options ------------------------------------------------------------------------


def test_the_school_year_deadline_checks_its_arguments_and_pickles() -> None:
    kinds = {TrainingKind.SCHOOL_POLICING}
    with pytest.raises(ValueError, match="one deadline"):
        trained_by(None, "a course", kinds=kinds, years=1, school_year=(7, 1))
    for bad in ((2, 29), (13, 1), (7, 1, 2024), ("7", "1")):
        with pytest.raises(ValueError, match="month, day"):
            trained_by(None, "a course", kinds=kinds, school_year=bad)  # type: ignore[arg-type]
    condition = trained_by(None, "a course", kinds=kinds, school_year=(9, 1))
    assert pickle.loads(pickle.dumps(condition)) == condition
    assert condition.deadline(date(9999, 9, 2)) == date.max
    assert condition.school_year_begins(date(1, 8, 31)) is None
    assert condition.school_year_begins(date(2024, 8, 31)) == date(2023, 9, 1)


def test_the_agreement_condition_checks_its_arguments_and_pickles() -> None:
    with pytest.raises(ValueError, match="Party"):
        under_agreement((), "an MOU")
    with pytest.raises(ValueError, match="AgencyKind"):
        under_agreement({Party.COUNTY}, "an MOU", or_employed_by=["police"], or_words="x")  # type: ignore[list-item]
    with pytest.raises(ValueError, match="or_words"):
        under_agreement({Party.COUNTY}, "an MOU", or_employed_by={AgencyKind.STATE_POLICE})
    condition = under_agreement({Party.COUNTY}, "an MOU with the county")
    assert pickle.loads(pickle.dumps(condition)) == condition
    assert condition.paths == ("mou", "mou.parties")
    context = Context(as_of=AS_OF, parameters={})
    record = assignment(officer=officer(employer=None), mou=NO_MOU)
    # With no kind of employer standing in, the employer is never read or missing.
    assert condition.decide(record, context) is Outcome.NOT_MET
    assert (
        condition.reason(record, context)
        == "no MOU; an MOU with the county required (parties: county)"
    )
    assert condition.facts(record, context) == {"parties": "none", "required": (Party.COUNTY,)}


def test_the_facts_of_the_agreement() -> None:
    verdict = MD_SRO.evaluate(school_police_officer(mou=None), as_of=AS_OF).find(RULE)
    assert verdict.facts == {
        "parties": None,
        "required": (Party.LAW_ENFORCEMENT_AGENCY, Party.EDUCATION_AGENCY),
        "employer_kind": AgencyKind.SCHOOL_DISTRICT_POLICE,
        "or_employed_by": (AgencyKind.SCHOOL_DISTRICT_POLICE,),
    }
