"""34 U.S.C. § 10389(4) and (1): the federal definition, rule by rule.

> "school resource officer" means a career law enforcement officer, with sworn authority,
> deployed in community-oriented policing, and assigned by the employing police department or
> agency to work in collaboration with schools and community-based organizations (A)–(G).
"""

import pickle
from datetime import date

import attrs
import pytest

from sro_domain import (
    CAREER_OFFICER,
    FEDERAL_DEFINITION,
    Agency,
    AgencyKind,
    FederalPurpose,
    NotInForceError,
    Outcome,
    Partner,
    PurposesReading,
    School,
    SchoolLevel,
    UndeterminedError,
    is_career_law_enforcement_officer,
    is_federal_sro,
)
from sro_domain.planning import remedies
from tests.builders import HIGH_SCHOOL, assignment, officer

AS_OF = date(2023, 1, 9)


def outcome_of(rule_id: str, **changes: object) -> Outcome:
    verdict = FEDERAL_DEFINITION.evaluate(assignment(**changes), as_of=AS_OF)
    return verdict.find(rule_id).outcome


def test_a_full_assignment_meets_the_definition() -> None:
    assert is_federal_sro(assignment(), as_of=AS_OF) is True


class TestInEffect:
    """federal.in_effect: "assigned by the employing police department or agency"."""

    def test_on_the_start_date(self) -> None:
        verdict = FEDERAL_DEFINITION.evaluate(assignment(), as_of=date(2022, 8, 1))
        assert verdict.find("federal.in_effect").met

    def test_the_day_before_the_start(self) -> None:
        verdict = FEDERAL_DEFINITION.evaluate(assignment(), as_of=date(2022, 7, 31))
        assert verdict.find("federal.in_effect").not_met
        assert "not yet started" in verdict.find("federal.in_effect").reason

    def test_the_last_day_counts_and_the_day_after_does_not(self) -> None:
        ended = assignment(end=date(2023, 6, 9))
        on_last = FEDERAL_DEFINITION.evaluate(ended, as_of=date(2023, 6, 9))
        after = FEDERAL_DEFINITION.evaluate(ended, as_of=date(2023, 6, 10))
        assert on_last.find("federal.in_effect").met
        assert after.find("federal.in_effect").not_met


class TestCareerOfficer:
    """federal.career_officer: "a person hired on a permanent basis who is authorized by law or by
    a State or local public agency to engage in or supervise the prevention, detection, or
    investigation of violations of criminal laws".
    """

    @pytest.mark.parametrize(
        ("hired", "authority", "expected"),
        [
            (True, True, Outcome.MET),
            (False, True, Outcome.NOT_MET),
            (True, False, Outcome.NOT_MET),
            (False, None, Outcome.NOT_MET),
            (True, None, Outcome.UNKNOWN),
            (None, None, Outcome.UNKNOWN),
        ],
        ids=[
            "permanent hire with authority → career officer",
            "temporary hire → not a career officer",
            "no criminal-law authority (a security guard) → not a career officer",
            "temporary hire, authority unknown → settled: not",
            "permanent hire, authority unknown → unknown",
            "nothing known → unknown",
        ],
    )
    def test_both_halves_are_required(
        self, hired: bool | None, authority: bool | None, expected: Outcome
    ) -> None:
        subject = officer(hired_permanently=hired, law_enforcement_authority=authority)
        verdict = CAREER_OFFICER.evaluate(subject, as_of=AS_OF)
        assert verdict.outcome is expected
        assert [child.id for child in verdict.children] == ["federal.career_officer"]
        if expected is Outcome.UNKNOWN:
            assert "officer.law_enforcement_authority" in verdict.missing

    def test_through_an_assignment_the_path_starts_at_the_assignment(self) -> None:
        subject = assignment(officer=officer(hired_permanently=None))
        verdict = FEDERAL_DEFINITION.evaluate(subject, as_of=AS_OF)
        assert verdict.find("federal.career_officer").missing == {
            "assignment.officer.hired_permanently"
        }

    def test_predicate(self) -> None:
        assert is_career_law_enforcement_officer(officer(), as_of=AS_OF) is True
        with pytest.raises(UndeterminedError) as caught:
            is_career_law_enforcement_officer(officer(hired_permanently=None), as_of=AS_OF)
        assert caught.value.verdict.missing == {"officer.hired_permanently"}


class TestSwornAuthority:
    """federal.sworn_authority: "a career law enforcement officer, with sworn authority"."""

    def test_a_security_guard_is_not_sworn(self) -> None:
        assert (
            outcome_of("federal.sworn_authority", officer=officer(sworn=False)) is Outcome.NOT_MET
        )

    def test_unknown_sworn_status(self) -> None:
        assert outcome_of("federal.sworn_authority", officer=officer(sworn=None)) is Outcome.UNKNOWN


class TestCommunityPolicing:
    """federal.community_policing: "deployed in community-oriented policing"."""

    @pytest.mark.parametrize(
        ("value", "expected"),
        [(True, Outcome.MET), (False, Outcome.NOT_MET), (None, Outcome.UNKNOWN)],
    )
    def test_flag(self, value: bool | None, expected: Outcome) -> None:
        assert (
            outcome_of("federal.community_policing", community_oriented_policing=value) is expected
        )


class TestAssignedByEmployer:
    """federal.assigned_by_employer: "assigned by the employing police department or agency"."""

    def test_a_school_district_police_officer_assigned_by_their_department(self) -> None:
        """Decision A7: a school district's own police department is a law-enforcement agency."""
        district_police = Agency(
            name="Wake County Schools Police", kind=AgencyKind.SCHOOL_DISTRICT_POLICE
        )
        subject = assignment(agency=district_police, officer=officer(employer=district_police))
        assert (
            outcome_of(
                "federal.assigned_by_employer", agency=subject.agency, officer=subject.officer
            )
            is Outcome.MET
        )

    def test_assigned_by_the_school_district_itself(self) -> None:
        """The school does not make the assignment: a school district is not a police agency."""
        district = Agency(name="Wake County Schools", kind=AgencyKind.SCHOOL_DISTRICT)
        verdict = FEDERAL_DEFINITION.evaluate(assignment(agency=district), as_of=AS_OF)
        rule = verdict.find("federal.assigned_by_employer")
        assert rule.not_met
        assert "not a police department" in rule.reason

    def test_a_security_guard_posted_by_a_private_firm(self) -> None:
        guards = Agency(name="Acme Guards", kind=AgencyKind.PRIVATE_SECURITY)
        subject_officer = officer(employer=guards, sworn=False, law_enforcement_authority=False)
        verdict = FEDERAL_DEFINITION.evaluate(
            assignment(agency=guards, officer=subject_officer), as_of=AS_OF
        )
        assert verdict.not_met
        assert {f.id for f in verdict.failures()} >= {
            "federal.assigned_by_employer",
            "federal.sworn_authority",
            "federal.career_officer",
        }

    def test_assigned_by_another_agency_than_the_employer(self) -> None:
        sheriff = Agency(name="Durham County Sheriff", kind=AgencyKind.SHERIFFS_OFFICE)
        assert outcome_of("federal.assigned_by_employer", agency=sheriff) is Outcome.NOT_MET

    def test_employer_unknown(self) -> None:
        verdict = FEDERAL_DEFINITION.evaluate(
            assignment(officer=officer(employer=None)), as_of=AS_OF
        )
        assert verdict.find("federal.assigned_by_employer").missing == {
            "assignment.officer.employer"
        }

    def test_the_condition_compares_the_assigning_agency_with_the_employer(self) -> None:
        """Decision A7, written once as a condition that any jurisdiction can reuse."""
        from sro_domain.conditions import replaced
        from sro_domain.employment import AssignedByEmployer, assigned_by_employer
        from sro_domain.examples import COMMUNITY_SRO
        from sro_domain.rules import Context

        context = Context(as_of=AS_OF, parameters={})
        anyone = assigned_by_employer(AgencyKind, "an agency")
        assert anyone.remedy_words == "an agency"
        for outcome, changes in anyone.examples({}).items():
            changed = COMMUNITY_SRO
            for path, value in changes.items():
                changed = replaced(changed, path, value)
            assert anyone.decide(changed, context) is outcome
        assert anyone.missing(COMMUNITY_SRO, context) == ()
        assert pickle.loads(pickle.dumps(anyone)) == anyone
        with pytest.raises(ValueError, match="needs AgencyKind members"):
            AssignedByEmployer([], "an agency", "an agency")


class TestCollaboration:
    """federal.collaboration: "to work in collaboration with schools and community-based organizations"."""

    @pytest.mark.parametrize(
        ("partners", "expected"),
        [
            (frozenset(Partner), Outcome.MET),
            (frozenset({Partner.SCHOOLS}), Outcome.NOT_MET),
            (frozenset({Partner.COMMUNITY_ORGANIZATIONS}), Outcome.NOT_MET),
            (frozenset(), Outcome.NOT_MET),
            (None, Outcome.UNKNOWN),
        ],
        ids=[
            "both",
            "schools only (NASRO's paraphrase) → not enough",
            "community only",
            "none",
            "unknown",
        ],
    )
    def test_schools_and_community_organizations(
        self, partners: frozenset[Partner] | None, expected: Outcome
    ) -> None:
        assert outcome_of("federal.collaboration", partners=partners) is expected


class TestPurposes:
    """federal.purposes: "(A) to address crime … ; … and (G) to assist in developing school policy"."""

    def test_all_seven_by_default(self) -> None:
        """The literal reading: the list is joined by "and"."""
        six = frozenset(FederalPurpose) - {FederalPurpose.G}
        verdict = FEDERAL_DEFINITION.evaluate(assignment(purposes=six), as_of=AS_OF)
        assert verdict.find("federal.purposes").not_met
        assert "lacking G" in verdict.find("federal.purposes").reason

    def test_any_reading_needs_one(self) -> None:
        any_reading = FEDERAL_DEFINITION.configure(purposes=PurposesReading.ANY)
        one = assignment(purposes={FederalPurpose.B})
        none = assignment(purposes=set())
        assert any_reading.evaluate(one, as_of=AS_OF).find("federal.purposes").met
        assert any_reading.evaluate(none, as_of=AS_OF).find("federal.purposes").not_met
        unknown = any_reading.evaluate(assignment(purposes=None), as_of=AS_OF)
        assert unknown.find("federal.purposes").missing == {"assignment.purposes"}

    def test_ignore_reading_leaves_the_rule_out(self) -> None:
        ignoring = FEDERAL_DEFINITION.configure(purposes=PurposesReading.IGNORE)
        assert "federal.purposes" not in [rule.id for rule in ignoring.rules]
        verdict = ignoring.evaluate(assignment(purposes=None), as_of=AS_OF)
        assert verdict.met
        assert len(verdict.children) == 7
        assert verdict.parameters["purposes"] is PurposesReading.IGNORE

    def test_unknown_purposes(self) -> None:
        assert outcome_of("federal.purposes", purposes=None) is Outcome.UNKNOWN


class TestSchoolLevel:
    """federal.school_level: "an elementary or secondary school"."""

    def test_a_university_posting(self) -> None:
        campus = School(name="NC State University", level=SchoolLevel.POSTSECONDARY)
        assert outcome_of("federal.school_level", schools={campus}) is Outcome.NOT_MET

    def test_a_pre_k_centre(self) -> None:
        pre_k = School(name="Early Learning Center", level=SchoolLevel.PRE_K)
        assert outcome_of("federal.school_level", schools={pre_k}) is Outcome.NOT_MET

    def test_one_secondary_school_among_several_is_enough(self) -> None:
        campus = School(name="Wake Tech", level=SchoolLevel.POSTSECONDARY)
        assert outcome_of("federal.school_level", schools={campus, HIGH_SCHOOL}) is Outcome.MET

    def test_the_reason_names_the_schools_and_the_remedy_adds_one(self) -> None:
        """ "in or around an elementary or secondary school": a posting at a university alone
        is told by the school's name, and mended by adding an elementary or secondary school.
        """
        campus = School(name="NC State University", level=SchoolLevel.POSTSECONDARY)
        verdict = FEDERAL_DEFINITION.evaluate(assignment(schools={campus}), as_of=AS_OF)
        rule = verdict.find("federal.school_level")
        assert rule.reason == (
            "assigned to NC State University (postsecondary, public); an elementary or "
            "secondary school required"
        )
        (remedy,) = [
            r
            for r in remedies(FEDERAL_DEFINITION, assignment(schools={campus}), as_of=AS_OF)
            if r.rule_id == "federal.school_level"
        ]
        assert remedy.action == "add an elementary or secondary school to the schools covered"
        mended = remedy.apply(assignment(schools={campus}))
        assert outcome_of("federal.school_level", schools=mended.schools) is Outcome.MET


class TestInForce:
    """Pub. L. 105-302 enacted the definition on 27 October 1998."""

    def test_evaluating_before_enactment_raises(self) -> None:
        early = assignment(start=date(1997, 1, 6))
        with pytest.raises(NotInForceError, match="1998-10-27"):
            FEDERAL_DEFINITION.evaluate(early, as_of=date(1998, 10, 26))

    def test_on_the_day_of_enactment(self) -> None:
        early = assignment(start=date(1997, 1, 6))
        assert FEDERAL_DEFINITION.evaluate(early, as_of=date(1998, 10, 27)).met

    def test_career_officer_has_no_verified_date(self) -> None:
        assert CAREER_OFFICER.evaluate(officer(), as_of=date(1990, 1, 1)).met


def test_every_failing_rule_is_reported() -> None:
    """No short-circuit: the verdict lists every failure, not only the first."""
    subject = assignment(
        officer=officer(sworn=False), community_oriented_policing=False, partners=set()
    )
    verdict = FEDERAL_DEFINITION.evaluate(subject, as_of=AS_OF)
    assert [f.id for f in verdict.failures()] == [
        "federal.sworn_authority",
        "federal.community_policing",
        "federal.collaboration",
    ]


def test_an_unknown_and_a_failure_give_not_met_with_nothing_missing() -> None:
    verdict = FEDERAL_DEFINITION.evaluate(
        assignment(community_oriented_policing=None, partners=set()), as_of=AS_OF
    )
    assert verdict.not_met
    assert verdict.missing == frozenset()
    assert verdict.find("federal.community_policing").missing == {
        "assignment.community_oriented_policing"
    }


def test_the_assignment_is_not_changed() -> None:
    subject = assignment()
    FEDERAL_DEFINITION.evaluate(subject, as_of=AS_OF)
    assert subject == attrs.evolve(assignment())


def test_the_agency_mismatch_reason_names_what_differs() -> None:
    """Two agencies of one name but different kinds are told apart (decision N4)."""
    sheriff = Agency(name="Durham Police Department", kind=AgencyKind.SHERIFFS_OFFICE)
    subject = assignment(officer=officer(employer=sheriff))
    rule = FEDERAL_DEFINITION.evaluate(subject, as_of=AS_OF).find("federal.assigned_by_employer")
    assert rule.not_met
    assert rule.reason == (
        "assigned by Durham Police Department (police department), but employed by Durham "
        "Police Department (sheriffs office); the employing agency must make the assignment"
    )
