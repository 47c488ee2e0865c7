"""NC DPI Center for Safer Schools, "School Resource Officers" (the seed page).

> The Center for Safer Schools' research-derived definition of an SRO is: a certified law
> enforcement officer who is permanently assigned to provide coverage to a school or a set of
> schools.
"""

from datetime import date

import attrs
import pytest

from sro_domain import (
    SAFER_SCHOOLS_DEFINITION,
    SAFER_SCHOOLS_ROLES,
    Agency,
    AgencyKind,
    AssignmentBasis,
    Outcome,
    Role,
    Training,
    TrainingKind,
    UndeterminedError,
    is_safer_schools_sro,
    trained_for_three_roles,
)
from sro_domain.examples import CRISIS_PLACEMENT, SECURITY_GUARD
from tests.builders import assignment, officer

AS_OF = date(2023, 1, 9)


def test_a_certified_permanently_assigned_officer_is_an_sro() -> None:
    assert is_safer_schools_sro(assignment(), as_of=AS_OF) is True


def test_in_effect_follows_the_assignment_dates() -> None:
    """safer_schools.in_effect: "assigned to provide coverage to a school or a set of schools"."""
    verdict = SAFER_SCHOOLS_DEFINITION.evaluate(assignment(end=date(2022, 12, 31)), as_of=AS_OF)
    assert verdict.find("safer_schools.in_effect").not_met


@pytest.mark.parametrize(
    ("certified", "expected"),
    [(True, Outcome.MET), (False, Outcome.NOT_MET), (None, Outcome.UNKNOWN)],
    ids=["certified officer", "uncertified (a security guard) → not an SRO", "unknown"],
)
def test_certified_officer(certified: bool | None, expected: Outcome) -> None:
    """safer_schools.certified_officer: "a certified law enforcement officer"."""
    verdict = SAFER_SCHOOLS_DEFINITION.evaluate(
        assignment(officer=officer(certified=certified)), as_of=AS_OF
    )
    assert verdict.find("safer_schools.certified_officer").outcome is expected


def test_a_security_guard_is_not_an_sro() -> None:
    """ "The SRO is not necessarily a … security guard": the guard fails for want of certification."""
    verdict = SAFER_SCHOOLS_DEFINITION.evaluate(SECURITY_GUARD, as_of=date(2024, 9, 3))
    assert [f.id for f in verdict.failures()] == ["safer_schools.certified_officer"]


def test_a_temporary_crisis_placement_is_not_an_sro() -> None:
    """ "or officer who has been placed temporarily in a school in response to a crisis situation"."""
    verdict = SAFER_SCHOOLS_DEFINITION.evaluate(CRISIS_PLACEMENT, as_of=date(2024, 3, 1))
    rule = verdict.find("safer_schools.permanent_assignment")
    assert rule.not_met
    assert "placed temporarily (crisis response)" in rule.reason
    assert not is_safer_schools_sro(CRISIS_PLACEMENT, as_of=date(2024, 3, 1))


@pytest.mark.parametrize(
    ("permanent", "basis", "expected"),
    [
        (True, AssignmentBasis.CRISIS_RESPONSE, Outcome.MET),
        (False, AssignmentBasis.ROUTINE, Outcome.NOT_MET),
        (False, None, Outcome.NOT_MET),
        (None, AssignmentBasis.CRISIS_RESPONSE, Outcome.UNKNOWN),
    ],
    ids=[
        "a permanent post created after a crisis → permanent",
        "temporary routine cover → not permanent",
        "temporary, reason unknown → not permanent",
        "crisis response, permanence unknown → unknown",
    ],
)
def test_permanent_assignment(
    permanent: bool | None, basis: AssignmentBasis | None, expected: Outcome
) -> None:
    """safer_schools.permanent_assignment: "permanently assigned"; the flag decides (decision A2)."""
    verdict = SAFER_SCHOOLS_DEFINITION.evaluate(
        assignment(permanent=permanent, basis=basis), as_of=AS_OF
    )
    assert verdict.find("safer_schools.permanent_assignment").outcome is expected


def test_dare_training_neither_qualifies_nor_disqualifies() -> None:
    """ "The SRO is not necessarily a DARE officer (although many have received such training)"."""
    dare = Training(course="DARE", kind=TrainingKind.DARE, hours=80, completed_on=date(2019, 1, 1))
    with_dare = assignment(officer=officer(trainings=(dare,)))
    without = assignment(officer=officer(trainings=()))
    first = SAFER_SCHOOLS_DEFINITION.evaluate(with_dare, as_of=AS_OF)
    second = SAFER_SCHOOLS_DEFINITION.evaluate(without, as_of=AS_OF)
    assert first.outcome is second.outcome is Outcome.MET


class TestTrainedForRoles:
    """safer_schools.trained_for_roles: "The SRO is specifically trained to perform three roles:
    law enforcement officer; law-related counselor; law-related education teacher".
    """

    def _course(self, roles: set[Role], on: date = date(2021, 5, 1)) -> Training:
        return Training(course="c", kind=TrainingKind.OTHER, hours=8, completed_on=on, roles=roles)

    def test_courses_together_cover_the_three_roles(self) -> None:
        trainings = (
            self._course({Role.LAW_ENFORCEMENT}),
            self._course({Role.COUNSELOR, Role.EDUCATOR}),
        )
        assert trained_for_three_roles(officer(trainings=trainings), as_of=AS_OF) is True

    def test_two_roles_are_not_enough(self) -> None:
        trainings = (self._course({Role.LAW_ENFORCEMENT, Role.COUNSELOR}),)
        verdict = SAFER_SCHOOLS_ROLES.evaluate(officer(trainings=trainings), as_of=AS_OF)
        assert verdict.not_met
        assert "not for: Law-related education teacher" in verdict.children[0].reason

    def test_a_course_completed_on_as_of_counts_and_one_after_does_not(self) -> None:
        trainings = (
            self._course({Role.LAW_ENFORCEMENT, Role.COUNSELOR}),
            self._course({Role.EDUCATOR}, on=AS_OF),
        )
        subject = officer(trainings=trainings)
        assert SAFER_SCHOOLS_ROLES.evaluate(subject, as_of=AS_OF).met
        assert SAFER_SCHOOLS_ROLES.evaluate(subject, as_of=date(2023, 1, 8)).not_met

    def test_unknown_training(self) -> None:
        with pytest.raises(UndeterminedError) as caught:
            trained_for_three_roles(officer(trainings=None), as_of=AS_OF)
        assert caught.value.verdict.missing == {"officer.trainings"}


def test_school_district_employer_certified_officer() -> None:
    """The Center's definition names no employer: a certified district officer qualifies."""
    district_police = Agency(name="DPS Police", kind=AgencyKind.SCHOOL_DISTRICT_POLICE)
    subject = assignment(agency=district_police, officer=officer(employer=district_police))
    assert is_safer_schools_sro(subject, as_of=AS_OF)


class TestSecurityGuards:
    """safer_schools.certified_officer: "a certified law enforcement officer" — "The SRO is not
    necessarily a … security guard" (decision CSS1).
    """

    def test_a_certified_private_guard_is_not_met(self) -> None:
        guard = attrs.evolve(SECURITY_GUARD, officer=attrs.evolve(SECURITY_GUARD.officer,
                                                                  certified=True))  # fmt: skip
        rule = SAFER_SCHOOLS_DEFINITION.evaluate(guard, as_of=date(2024, 9, 3)).find(
            "safer_schools.certified_officer"
        )
        assert rule.not_met
        assert "not a law-enforcement agency" in rule.reason

    def test_no_law_enforcement_authority_is_not_met(self) -> None:
        subject = assignment(officer=officer(law_enforcement_authority=False))
        rule = SAFER_SCHOOLS_DEFINITION.evaluate(subject, as_of=AS_OF).find(
            "safer_schools.certified_officer"
        )
        assert rule.not_met
        assert "holds law-enforcement authority: no" in rule.reason

    def test_a_certified_officer_of_unknown_employer_is_unknown(self) -> None:
        """Whether the officer is a law enforcement officer at all is then unknown."""
        subject = assignment(officer=officer(employer=None, law_enforcement_authority=None))
        rule = SAFER_SCHOOLS_DEFINITION.evaluate(subject, as_of=AS_OF).find(
            "safer_schools.certified_officer"
        )
        assert rule.unknown
        assert rule.missing == {
            "assignment.officer.employer",
            "assignment.officer.law_enforcement_authority",
        }


def test_the_certified_officer_condition_names_its_employers() -> None:
    """Decision CSS1, written once: "a certified law enforcement officer" whose employer is of
    the kinds an authority counts; a remedy hires with the first of them.
    """
    import pickle

    from sro_domain import AgencyKind
    from sro_domain.employment import CertifiedOfficer, certified_officer
    from sro_domain.rules import Context

    sheriffs = certified_officer({AgencyKind.SHERIFFS_OFFICE})
    assert sheriffs.agency().kind is AgencyKind.SHERIFFS_OFFICE
    assert pickle.loads(pickle.dumps(sheriffs)) == sheriffs
    context = Context(date(2024, 9, 3), {})
    assert sheriffs.missing(officer(certified=False, employer=None), context) == ()
    assert sheriffs.missing(officer(certified=None, employer=None), context) == (
        "certified",
        "employer",
    )
    with pytest.raises(ValueError, match="needs AgencyKind members"):
        CertifiedOfficer([])
