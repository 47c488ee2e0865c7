"""Pennsylvania: 24 P.S. §§ 13-1301-C and 13-1313-C(a.1), rule by rule.

> "School resource officer." A law enforcement officer commissioned and employed by a law
> enforcement agency whose duty station is located in a school entity or nonpublic school and
> whose stationing is established by an agreement between the law enforcement agency and the
> school entity or nonpublic school. The term includes an active certified sheriff or deputy
> sheriff whose stationing in the school entity or nonpublic school is established by a written
> agreement between the county, the sheriff's office and the school entity or nonpublic school.
"""

from datetime import date

import attrs
import pytest

from sro_domain import (
    PA_SRO,
    PA_TRAINING,
    Agency,
    AgencyKind,
    Assignment,
    NotInForceError,
    Outcome,
    Party,
    PaSecurityClass,
    Training,
    Verdict,
    is_pa_sro,
    pa_school_security_class,
)
from sro_domain.examples import SECURITY_GUARD
from tests.builders import assignment, basic_course, mou, officer

AS_OF = date(2023, 3, 6)
SHERIFF = Agency(name="Dauphin County Sheriff's Office", kind=AgencyKind.SHERIFFS_OFFICE)


def course_rule(start: date, as_of: date, *courses: Training) -> Verdict:
    posting = assignment(start=start, officer=officer(trainings=courses))
    return PA_TRAINING.evaluate(posting, as_of=as_of).find("pa.training.basic_course")


def test_an_officer_stationed_by_agreement_is_an_sro() -> None:
    """ "A law enforcement officer commissioned and employed by a law enforcement agency whose
    duty station is located in a school entity … established by an agreement"
    """
    assert is_pa_sro(assignment(), as_of=AS_OF)


def test_a_deputy_stationed_by_the_county_sheriff_and_school_agreement_is_an_sro() -> None:
    """ "an active certified sheriff or deputy sheriff whose stationing … is established by a
    written agreement between the county, the sheriff's office and the school entity"
    """
    parties = frozenset({Party.COUNTY, Party.LAW_ENFORCEMENT_AGENCY, Party.EDUCATION_AGENCY})
    deputy = assignment(agency=SHERIFF, officer=officer(employer=SHERIFF),
                        mou=mou(parties=parties))  # fmt: skip
    assert is_pa_sro(deputy, as_of=AS_OF)
    county_only = assignment(mou=mou(parties=frozenset({Party.COUNTY, Party.EDUCATION_AGENCY})))
    assert PA_SRO.evaluate(county_only, as_of=AS_OF).find("pa.sro.agreement").not_met


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"certified": False}, Outcome.NOT_MET),
        ({"employer": Agency(name="Harrisburg SD", kind=AgencyKind.SCHOOL_DISTRICT)},
         Outcome.NOT_MET),
        ({"employer": None}, Outcome.UNKNOWN),
    ],
)  # fmt: skip
def test_commissioned_and_employed_by_a_law_enforcement_agency(
    changes: dict[str, object], expected: Outcome
) -> None:
    """ "A law enforcement officer commissioned and employed by a law enforcement agency" """
    posting = assignment(officer=attrs.evolve(officer(), **changes))  # type: ignore[arg-type]
    verdict = PA_SRO.evaluate(posting, as_of=AS_OF).find("pa.sro.law_enforcement_officer")
    assert verdict.outcome is expected


def test_a_security_guard_with_the_nasro_course_is_still_not_an_sro() -> None:
    """§ 13-1314-C(b): "a school security guard shall successfully complete the Basic School
    Resource Officer Course offered by the National Association of School Resource Officers" —
    the course is required of guards too, so it makes no guard an SRO.
    """
    guard = attrs.evolve(SECURITY_GUARD, officer=attrs.evolve(
        SECURITY_GUARD.officer, trainings=(basic_course(completed_on=date(2024, 6, 1)),)))  # fmt: skip
    assert not is_pa_sro(guard, as_of=date(2024, 9, 3))
    assert pa_school_security_class(guard, as_of=date(2024, 9, 3)) is (
        PaSecurityClass.SCHOOL_SECURITY_GUARD
    )


def test_the_three_classes_are_told_apart() -> None:
    """ "School police officer." (1) A law enforcement officer employed by a school entity …
    "School security guard." … has not been granted powers under section 1306-C(a)(3) or (b).
    """
    district = Agency(name="Harrisburg SD Police", kind=AgencyKind.SCHOOL_DISTRICT_POLICE)
    school_police = assignment(agency=district, officer=officer(employer=district))
    cases = [
        (assignment(), PaSecurityClass.SCHOOL_RESOURCE_OFFICER),
        (school_police, PaSecurityClass.SCHOOL_POLICE_OFFICER),
        (assignment(officer=officer(law_enforcement_authority=False)),
         PaSecurityClass.SCHOOL_SECURITY_GUARD),
        (assignment(officer=officer(employer=None)), PaSecurityClass.UNDETERMINED),
        (assignment(mou=mou(parties=frozenset({Party.COUNTY}))), PaSecurityClass.OTHER),
    ]  # fmt: skip
    for posting, expected in cases:
        assert pa_school_security_class(posting, as_of=AS_OF) is expected


def test_the_course_comes_before_entering_upon_the_duties() -> None:
    """ "(1) Prior to entering upon the duties of the office, a school resource officer shall
    successfully complete the Basic School Resource Officer Course" — the day before the start
    is in time, the start itself is not.
    """
    start = date(2022, 8, 1)
    assert course_rule(start, AS_OF, basic_course(completed_on=date(2022, 7, 31))).met
    on_the_day = course_rule(start, AS_OF, basic_course(completed_on=start))
    assert on_the_day.outcome is Outcome.NOT_MET
    assert course_rule(start, date(2022, 7, 31)).outcome is Outcome.UNKNOWN


def test_sros_stationed_before_2_september_2019_had_until_the_2020_21_school_year() -> None:
    """ "(2) A school resource officer who is stationed … before September 2, 2019, shall have
    until the beginning of the 2020-2021 school year to complete the instruction" — read as
    2020-07-01 (decision PA2): stationed 2019-09-01, a course on 2020-07-01 is in time, one on
    2020-07-02 late; stationed 2019-09-02, the course was due before the start.
    """
    earlier = date(2019, 9, 1)
    assert course_rule(earlier, date(2021, 1, 4), basic_course(completed_on=date(2020, 7, 1))).met
    late = course_rule(earlier, date(2021, 1, 4), basic_course(completed_on=date(2020, 7, 2)))
    assert late.outcome is Outcome.NOT_MET
    assert late.reason.endswith(
        "one required by 2020-07-01, for an assignment begun before 2019-09-02 (2019-09-01): "
        "the deadline has passed"
    )
    bound = course_rule(date(2019, 9, 2), date(2021, 1, 4),
                        basic_course(completed_on=date(2020, 7, 1)))  # fmt: skip
    assert bound.outcome is Outcome.NOT_MET


def test_the_definition_s_version_is_in_force_from_30_december_2019() -> None:
    """Westlaw: "Effective: December 30, 2019"."""
    posting: Assignment = assignment(start=date(2019, 8, 26))
    with pytest.raises(NotInForceError):
        PA_SRO.evaluate(posting, as_of=date(2019, 12, 29))
    assert PA_SRO.evaluate(posting, as_of=date(2019, 12, 30)).met


def test_a_school_district_s_own_police_are_not_its_sros() -> None:
    """ "School police officer." (1) A law enforcement officer employed by a school entity —
    not "employed by a law enforcement agency" as an SRO is (decision PA1).
    """
    district = Agency(name="Harrisburg SD Police", kind=AgencyKind.SCHOOL_DISTRICT_POLICE)
    verdict = PA_SRO.evaluate(assignment(officer=officer(employer=district)), as_of=AS_OF)
    found = verdict.find("pa.sro.law_enforcement_officer")
    assert found.outcome is Outcome.NOT_MET
    assert "not an agency this definition counts" in found.reason
