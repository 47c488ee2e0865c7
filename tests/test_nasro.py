"""NASRO best practice: selection, training, triad, MOU, discipline and the whole assignment.

Quotes are from the NASRO FAQ as reproduced by the NC Center for Safer Schools, and from NASRO's
position statement on police involvement in student discipline (14 August 2015).
"""

from datetime import date
from decimal import Decimal

import pytest

from sro_domain import (
    FEDERAL_DEFINITION,
    NASRO_ASSIGNMENT,
    NASRO_DISCIPLINE,
    NASRO_MOU,
    NASRO_SELECTION,
    NASRO_TRAINING,
    NASRO_TRIAD,
    NO_MOU,
    RULES,
    TRIAD,
    Assignment,
    ConductKind,
    ConductRecord,
    Disposition,
    InvalidParameterError,
    Matter,
    Officer,
    Outcome,
    Role,
    ServicePeriod,
    Signatory,
    SroAction,
    SroResponse,
    Standard,
    TrainingKind,
    UndeterminedError,
    follows_nasro_discipline_practice,
    meets_nasro_best_practice,
    meets_nasro_mou_practice,
    meets_nasro_selection_criteria,
    meets_nasro_training,
    performs_triad,
)
from sro_domain.standards.nasro import JUVENILE_HISTORY
from tests.builders import START, assignment, basic_course, mou, officer

AS_OF = date(2023, 1, 9)


def selection(rule_id: str, as_of: date = AS_OF, **changes: object) -> Outcome:
    return NASRO_SELECTION.evaluate(officer(**changes), as_of=as_of).find(rule_id).outcome


def complaint(
    on: date = date(2019, 4, 2),
    youth: bool | None = True,
    disposition: Disposition = Disposition.SUSTAINED,
    kind: ConductKind = ConductKind.COMPLAINT,
) -> ConductRecord:
    return ConductRecord(kind=kind, on=on, involves_youth=youth, disposition=disposition)


# --- selection -------------------------------------------------------------------------------


class TestExperience:
    """nasro.selection.experience: "Officers considered for the job should have at least three
    years of law enforcement experience.".
    """

    periods = (ServicePeriod(start=date(2019, 8, 1)),)

    def test_the_day_before_the_third_anniversary(self) -> None:
        verdict = NASRO_SELECTION.evaluate(
            officer(service_periods=self.periods), as_of=date(2022, 7, 31)
        )
        rule = verdict.find("nasro.selection.experience")
        assert rule.not_met
        assert rule.reason == (
            "2 years 11 months 30 days of law-enforcement experience before 2022-07-31; "
            "at least 3 years required"
        )
        assert rule.facts["required_years"] == 3

    def test_the_day_of_the_third_anniversary(self) -> None:
        assert (
            selection("nasro.selection.experience", date(2022, 8, 1), service_periods=self.periods)
            is Outcome.MET
        )

    def test_a_29_february_start(self) -> None:
        """The full three years must have elapsed: 1 March in a common year, not 28 February."""
        leap = (ServicePeriod(start=date(2020, 2, 29)),)
        assert (
            selection("nasro.selection.experience", date(2023, 2, 28), service_periods=leap)
            is Outcome.NOT_MET
        )
        assert (
            selection("nasro.selection.experience", date(2023, 3, 1), service_periods=leap)
            is Outcome.MET
        )

    def test_unknown_service(self) -> None:
        verdict = NASRO_SELECTION.evaluate(officer(service_periods=None), as_of=AS_OF)
        assert verdict.find("nasro.selection.experience").missing == {"officer.service_periods"}

    def test_a_state_policy_of_two_years(self) -> None:
        """``configure(min_years=2)``: the rule id stays, the threshold changes."""
        two = NASRO_SELECTION.configure(min_years=2)
        subject = officer(service_periods=self.periods)
        verdict = two.evaluate(subject, as_of=date(2021, 8, 1))
        assert verdict.find("nasro.selection.experience").met
        assert verdict.find("nasro.selection.experience").parameters == {"min_years": 2}
        assert NASRO_SELECTION.evaluate(subject, as_of=date(2021, 8, 1)).not_met

    @pytest.mark.parametrize("value", [0, -1, 2.5, True, "3"])
    def test_min_years_must_be_a_whole_number_from_one(self, value: object) -> None:
        with pytest.raises(
            InvalidParameterError, match="min_years must be a whole number"
        ) as caught:
            NASRO_SELECTION.configure(min_years=value)
        assert caught.value.name == "min_years"
        assert isinstance(caught.value, ValueError)


class TestYouthRelationships:
    """nasro.selection.youth_relationships: "They should have a strong desire to develop positive
    relationships with youth on a daily basis.".
    """

    @pytest.mark.parametrize(
        ("value", "expected"),
        [(True, Outcome.MET), (False, Outcome.NOT_MET), (None, Outcome.UNKNOWN)],
    )
    def test_assessed_desire(self, value: bool | None, expected: Outcome) -> None:
        assert (
            selection("nasro.selection.youth_relationships", seeks_youth_relationships=value)
            is expected
        )


class TestCleanRecord:
    """nasro.selection.clean_record: "Their service records should contain no disciplinary actions
    or complaints involving youth.".
    """

    rule = "nasro.selection.clean_record"

    def test_a_clean_record(self) -> None:
        assert selection(self.rule, conduct_records=()) is Outcome.MET

    def test_an_unreviewed_record(self) -> None:
        verdict = NASRO_SELECTION.evaluate(officer(conduct_records=None), as_of=AS_OF)
        assert verdict.find(self.rule).missing == {"officer.conduct_records"}

    def test_a_sustained_complaint_involving_youth(self) -> None:
        assert selection(self.rule, conduct_records=(complaint(),)) is Outcome.NOT_MET

    def test_a_disciplinary_action_involving_youth(self) -> None:
        action = complaint(kind=ConductKind.DISCIPLINARY_ACTION)
        assert selection(self.rule, conduct_records=(action,)) is Outcome.NOT_MET

    def test_a_record_not_involving_youth(self) -> None:
        assert selection(self.rule, conduct_records=(complaint(youth=False),)) is Outcome.MET

    def test_an_unfounded_complaint_still_fails_by_default(self) -> None:
        """The literal reading: "no … complaints involving youth", whatever became of them."""
        unfounded = (complaint(disposition=Disposition.UNFOUNDED),)
        assert selection(self.rule, conduct_records=unfounded) is Outcome.NOT_MET

    def test_an_unfounded_complaint_passes_when_policy_excludes_it(self) -> None:
        """Decision A5: ``disqualifying_dispositions`` lets a policy count only some outcomes."""
        policy = NASRO_SELECTION.configure(disqualifying_dispositions=[Disposition.SUSTAINED])
        unfounded = officer(conduct_records=(complaint(disposition=Disposition.UNFOUNDED),))
        assert policy.evaluate(unfounded, as_of=AS_OF).find(self.rule).met
        sustained = officer(conduct_records=(complaint(),))
        assert policy.evaluate(sustained, as_of=AS_OF).find(self.rule).not_met

    def test_unknown_youth_involvement_is_unknown(self) -> None:
        verdict = NASRO_SELECTION.evaluate(
            officer(conduct_records=(complaint(youth=None),)), as_of=AS_OF
        )
        rule = verdict.find(self.rule)
        assert rule.unknown
        assert rule.missing == {"officer.conduct_records"}

    def test_unknown_youth_involvement_does_not_hide_a_failure(self) -> None:
        """ "unless another record already fails it"."""
        records = (complaint(youth=None), complaint(on=date(2020, 1, 1)))
        assert selection(self.rule, conduct_records=records) is Outcome.NOT_MET

    def test_unknown_youth_with_a_non_disqualifying_outcome_is_settled(self) -> None:
        policy = NASRO_SELECTION.configure(disqualifying_dispositions={Disposition.SUSTAINED})
        records = (complaint(youth=None, disposition=Disposition.EXONERATED),)
        assert policy.evaluate(officer(conduct_records=records), as_of=AS_OF).find(self.rule).met

    def test_an_unrecorded_disposition_disqualifies_when_every_disposition_does(self) -> None:
        records = (complaint(disposition=Disposition.UNRECORDED),)
        assert selection(self.rule, conduct_records=records) is Outcome.NOT_MET

    def test_an_unrecorded_disposition_is_unknown_under_a_narrower_policy(self) -> None:
        policy = NASRO_SELECTION.configure(disqualifying_dispositions={Disposition.SUSTAINED})
        records = (complaint(disposition=Disposition.UNRECORDED),)
        assert (
            policy.evaluate(officer(conduct_records=records), as_of=AS_OF).find(self.rule).unknown
        )

    def test_a_record_dated_exactly_on_as_of_counts(self) -> None:
        records = (complaint(on=AS_OF),)
        assert selection(self.rule, AS_OF, conduct_records=records) is Outcome.NOT_MET
        assert selection(self.rule, date(2023, 1, 8), conduct_records=records) is Outcome.MET

    @pytest.mark.parametrize(
        "value",
        [[Disposition.UNRECORDED], ["sustained"], "sustained", 3],
        ids=["UNRECORDED", "strings", "a string", "not iterable"],
    )
    def test_bad_disposition_sets(self, value: object) -> None:
        with pytest.raises(InvalidParameterError, match="disqualifying_dispositions must"):
            NASRO_SELECTION.configure(disqualifying_dispositions=value)

    def test_dispositions_are_stored_as_a_frozenset(self) -> None:
        policy = NASRO_SELECTION.configure(disqualifying_dispositions=[Disposition.SUSTAINED])
        assert policy.parameters["disqualifying_dispositions"] == frozenset({Disposition.SUSTAINED})


class TestVolunteered:
    """nasro.selection.volunteered: "They should volunteer for the position; no officer who
    doesn't desire an SRO position should be assigned.".
    """

    @pytest.mark.parametrize(
        ("value", "expected"),
        [(True, Outcome.MET), (False, Outcome.NOT_MET), (None, Outcome.UNKNOWN)],
    )
    def test_volunteered(self, value: bool | None, expected: Outcome) -> None:
        assert selection("nasro.selection.volunteered", volunteered=value) is expected

    def test_predicate_raises_on_unknown(self) -> None:
        with pytest.raises(UndeterminedError, match=r"officer\.volunteered") as caught:
            meets_nasro_selection_criteria(officer(volunteered=None), as_of=AS_OF)
        assert caught.value.verdict.unknown


# --- training --------------------------------------------------------------------------------


class TestTraining:
    """nasro.training.school_policing_hours: "officers receive at least 40 hours of specialized
    training in school policing before being assigned".
    """

    def _verdict(self, *trainings: object, as_of: date = AS_OF) -> Outcome:
        subject = assignment(officer=officer(trainings=trainings))
        return NASRO_TRAINING.evaluate(subject, as_of=as_of).outcome

    def test_exactly_40_hours(self) -> None:
        assert self._verdict(basic_course(hours=40)) is Outcome.MET

    def test_39_and_a_half_hours(self) -> None:
        subject = assignment(officer=officer(trainings=(basic_course(hours="39.5"),)))
        verdict = NASRO_TRAINING.evaluate(subject, as_of=AS_OF)
        assert verdict.not_met
        assert verdict.children[0].facts["hours_missing"] == Decimal("0.5")
        assert "0.5 hours missing; the deadline has passed" in verdict.children[0].reason

    def test_courses_add_up(self) -> None:
        assert self._verdict(basic_course(hours=24), basic_course(hours=16)) is Outcome.MET

    def test_completed_on_the_start_date_does_not_count(self) -> None:
        """ "before being assigned": a course that ends on the first day of the post is too late."""
        assert self._verdict(basic_course(completed_on=START)) is Outcome.NOT_MET

    def test_completed_the_day_before_the_start(self) -> None:
        assert self._verdict(basic_course(completed_on=date(2022, 7, 31))) is Outcome.MET

    def test_dare_hours_do_not_count(self) -> None:
        dare = basic_course(hours=80, kind=TrainingKind.DARE)
        subject = assignment(officer=officer(trainings=(dare,)))
        verdict = NASRO_TRAINING.evaluate(subject, as_of=AS_OF)
        assert verdict.not_met
        assert "(80 hours of other training do not count)" in verdict.children[0].reason

    def test_short_before_the_start_is_unknown(self) -> None:
        """Evaluated before the start, there is still time: UNKNOWN, with the hours missing."""
        subject = assignment(
            officer=officer(trainings=(basic_course(hours=24, completed_on=date(2022, 5, 1)),))
        )
        verdict = NASRO_TRAINING.evaluate(subject, as_of=date(2022, 6, 1))
        assert verdict.unknown
        assert verdict.missing == {"assignment.officer.trainings"}
        assert "16 hours missing" in verdict.children[0].reason

    def test_a_course_after_as_of_is_not_seen(self) -> None:
        subject = assignment(
            officer=officer(trainings=(basic_course(completed_on=date(2022, 7, 15)),))
        )
        assert NASRO_TRAINING.evaluate(subject, as_of=date(2022, 7, 14)).unknown
        assert NASRO_TRAINING.evaluate(subject, as_of=date(2022, 7, 15)).met

    def test_unknown_training(self) -> None:
        verdict = NASRO_TRAINING.evaluate(assignment(officer=officer(trainings=None)), as_of=AS_OF)
        assert verdict.missing == {"assignment.officer.trainings"}

    def test_min_hours_parameter(self) -> None:
        sixteen = NASRO_TRAINING.configure(min_hours="16")
        subject = assignment(officer=officer(trainings=(basic_course(hours=16),)))
        assert sixteen.evaluate(subject, as_of=AS_OF).met
        assert sixteen.parameters["min_hours"] == Decimal(16)
        assert (
            NASRO_TRAINING.configure(min_hours=0)
            .evaluate(assignment(officer=officer(trainings=())), as_of=AS_OF)
            .met
        )

    @pytest.mark.parametrize("value", [-1, 40.0, "NaN", "forty", True])
    def test_bad_min_hours(self, value: object) -> None:
        with pytest.raises(InvalidParameterError, match="min_hours must"):
            NASRO_TRAINING.configure(min_hours=value)

    def test_predicate(self) -> None:
        assert meets_nasro_training(assignment(), as_of=AS_OF) is True


# --- triad -----------------------------------------------------------------------------------


class TestTriad:
    """nasro.triad: "educator (i.e. guest lecturer), informal counselor/mentor, and law
    enforcement officer".
    """

    @pytest.mark.parametrize(
        ("roles", "expected"),
        [
            (TRIAD, Outcome.MET),
            (frozenset({Role.LAW_ENFORCEMENT}), Outcome.NOT_MET),
            (frozenset({Role.LAW_ENFORCEMENT, Role.EDUCATOR}), Outcome.NOT_MET),
            (None, Outcome.UNKNOWN),
        ],
        ids=["all three", "law enforcement only", "no counseling", "unknown"],
    )
    def test_all_three_roles(self, roles: frozenset[Role] | None, expected: Outcome) -> None:
        assert NASRO_TRIAD.evaluate(assignment(roles=roles), as_of=AS_OF).outcome is expected

    def test_predicate(self) -> None:
        assert performs_triad(assignment(), as_of=AS_OF) is True
        assert performs_triad(assignment(roles={Role.EDUCATOR}), as_of=AS_OF) is False


# --- MOU -------------------------------------------------------------------------------------


class TestMou:
    """NASRO 2015: "Every law enforcement agency that places an officer in a school should have in
    place a memorandum of understanding (MOU), signed by the heads of both the law enforcement
    agency and the educational institution.".
    """

    def test_a_model_mou(self) -> None:
        assert meets_nasro_mou_practice(mou(), as_of=AS_OF) is True

    @pytest.mark.parametrize(
        ("rule_id", "changes", "expected"),
        [
            (
                "nasro.mou.signed_by_both_heads",
                {"signatories": {Signatory.LAW_ENFORCEMENT_HEAD}},
                Outcome.NOT_MET,
            ),
            ("nasro.mou.signed_by_both_heads", {"signatories": None}, Outcome.UNKNOWN),
            (
                "nasro.mou.requires_selection_and_training",
                {"requires_selection_and_training": False},
                Outcome.NOT_MET,
            ),
            (
                "nasro.mou.defines_triad_roles",
                {"roles_defined": {Role.LAW_ENFORCEMENT, Role.EDUCATOR}},
                Outcome.NOT_MET,
            ),
            ("nasro.mou.defines_triad_roles", {"roles_defined": None}, Outcome.UNKNOWN),
            (
                "nasro.mou.prohibits_formal_discipline",
                {"prohibits_formal_discipline": False},
                Outcome.NOT_MET,
            ),
            (
                "nasro.mou.prohibits_formal_discipline",
                {"prohibits_formal_discipline": None},
                Outcome.UNKNOWN,
            ),
        ],
        ids=[
            "signed by the police chief only",
            "signatures unknown",
            "silent on selection and training",
            "roles lack the counselor",
            "roles unknown",
            "allows the SRO in formal discipline",
            "discipline clause unknown",
        ],
    )
    def test_each_recommendation(
        self, rule_id: str, changes: dict[str, object], expected: Outcome
    ) -> None:
        verdict = NASRO_MOU.evaluate(mou(**changes), as_of=AS_OF)
        assert verdict.find(rule_id).outcome is expected
        others = [c for c in verdict.children if c.id != rule_id]
        assert all(c.met for c in others)

    def test_signing_date_is_not_read(self) -> None:
        """The MOU is judged as written; ``signed_on`` is for grant deadlines."""
        assert NASRO_MOU.evaluate(mou(signed_on=None), as_of=AS_OF).met
        assert NASRO_MOU.evaluate(mou(signed_on=date(2030, 1, 1)), as_of=AS_OF).met


# --- discipline ------------------------------------------------------------------------------


class TestDiscipline:
    """ "Carefully selected, specially trained school resource officers who follow NASRO's best
    practices do not arrest students for disciplinary issues that would be handled by teachers
    and/or administrators if the SROs were not there." and (2015) "Prohibit SROs from becoming
    involved in formal school discipline situations that are the responsibility of school
    administrators.".
    """

    @pytest.mark.parametrize(
        ("action", "matter", "formal", "arrest"),
        [
            (SroAction.COUNSEL, Matter.SCHOOL_DISCIPLINE, Outcome.MET, Outcome.MET),
            (SroAction.REFER_TO_ADMINISTRATOR, Matter.SCHOOL_DISCIPLINE, Outcome.MET, Outcome.MET),
            (
                SroAction.FORMAL_SCHOOL_DISCIPLINE,
                Matter.SCHOOL_DISCIPLINE,
                Outcome.NOT_MET,
                Outcome.MET,
            ),
            (SroAction.ARREST, Matter.SCHOOL_DISCIPLINE, Outcome.MET, Outcome.NOT_MET),
            (SroAction.CITATION, Matter.SCHOOL_DISCIPLINE, Outcome.MET, Outcome.NOT_MET),
            (SroAction.COURT_REFERRAL, Matter.SCHOOL_DISCIPLINE, Outcome.MET, Outcome.NOT_MET),
            (SroAction.ARREST, Matter.CRIMINAL, Outcome.MET, Outcome.MET),
            (SroAction.ARREST, None, Outcome.MET, Outcome.UNKNOWN),
            (SroAction.NO_ACTION, None, Outcome.MET, Outcome.MET),
        ],
        ids=[
            "counselled a student over a school-rule matter",
            "referred a school-rule matter to the principal",
            "handed out a suspension → formal school discipline",
            "arrested a student for a school-rule matter",
            "cited a student for a school-rule matter",
            "referred a school-rule matter to court",
            "arrested for a crime",
            "arrested, matter unrecorded → unknown",
            "took no action, matter unrecorded",
        ],
    )
    def test_responses(
        self, action: SroAction, matter: Matter | None, formal: Outcome, arrest: Outcome
    ) -> None:
        verdict = NASRO_DISCIPLINE.evaluate(SroResponse(action=action, matter=matter), as_of=AS_OF)
        assert verdict.find("nasro.discipline.no_formal_discipline").outcome is formal
        assert verdict.find("nasro.discipline.no_arrest_for_school_matter").outcome is arrest

    def test_unknown_matter_names_the_path(self) -> None:
        with pytest.raises(UndeterminedError) as caught:
            follows_nasro_discipline_practice(SroResponse(action=SroAction.CITATION), as_of=AS_OF)
        assert caught.value.verdict.missing == {"sro_response.matter"}


# --- the whole assignment --------------------------------------------------------------------


class TestAssignment:
    """All NASRO items above plus the federal definition; selection as of the assignment's start."""

    def test_a_model_assignment(self) -> None:
        assert meets_nasro_best_practice(assignment(), as_of=AS_OF) is True

    def test_parts_in_order(self) -> None:
        verdict = NASRO_ASSIGNMENT.evaluate(assignment(), as_of=AS_OF)
        assert [c.id for c in verdict.children] == [
            "federal-definition",
            "nasro-selection",
            "nasro-training",
            "nasro-triad",
            "nasro-mou",
        ]

    def test_selection_is_judged_as_of_the_start(self) -> None:
        """A complaint filed after the officer took up the post does not undo the selection."""
        later = officer(conduct_records=(complaint(on=date(2022, 10, 3)),))
        verdict = NASRO_ASSIGNMENT.evaluate(assignment(officer=later), as_of=AS_OF)
        nested = verdict.find("nasro-selection")
        assert nested.as_of == START
        assert nested.met

    def test_experience_short_at_the_start_fails_even_if_reached_later(self) -> None:
        periods = (ServicePeriod(start=date(2019, 9, 1)),)
        verdict = NASRO_ASSIGNMENT.evaluate(
            assignment(officer=officer(service_periods=periods)), as_of=AS_OF
        )
        assert verdict.find("nasro.selection.experience").not_met

    def test_before_the_start_ongoing_service_can_still_close_the_gap(self) -> None:
        """Evaluated before the start, a shortfall that ongoing service closes by then is UNKNOWN."""
        periods = (ServicePeriod(start=date(2019, 6, 1)),)
        subject = assignment(officer=officer(service_periods=periods))
        verdict = NASRO_ASSIGNMENT.evaluate(subject, as_of=date(2022, 3, 1))
        rule = verdict.find("nasro.selection.experience")
        assert verdict.find("nasro-selection").as_of == date(2022, 3, 1)
        assert rule.unknown
        assert rule.missing == {"assignment.officer.service_periods"}
        assert rule.facts["reached_on"] == date(2022, 6, 1)

    def test_before_the_start_ended_service_cannot_close_the_gap(self) -> None:
        periods = (ServicePeriod(start=date(2019, 6, 1), end=date(2021, 12, 31)),)
        subject = assignment(officer=officer(service_periods=periods))
        verdict = NASRO_ASSIGNMENT.evaluate(subject, as_of=date(2022, 3, 1))
        assert verdict.find("nasro.selection.experience").not_met

    def test_before_the_start_a_gap_too_wide_for_the_time_left(self) -> None:
        periods = (ServicePeriod(start=date(2021, 6, 1)),)
        subject = assignment(officer=officer(service_periods=periods))
        verdict = NASRO_ASSIGNMENT.evaluate(subject, as_of=date(2022, 3, 1))
        assert verdict.find("nasro.selection.experience").not_met

    def test_no_mou_fails_every_mou_rule(self) -> None:
        verdict = NASRO_ASSIGNMENT.evaluate(assignment(mou=NO_MOU), as_of=AS_OF)
        nested = verdict.find("nasro-mou")
        assert nested.not_met
        assert [c.outcome for c in nested.children] == [Outcome.NOT_MET] * 4
        assert nested.children[0].reason == "there is no MOU"

    def test_unknown_mou_is_unknown(self) -> None:
        verdict = NASRO_ASSIGNMENT.evaluate(assignment(mou=None), as_of=AS_OF)
        assert verdict.unknown
        assert verdict.missing == {"assignment.mou"}
        assert len(verdict.find("nasro-mou").children) == 4

    def test_unknown_mou_field_names_its_path(self) -> None:
        verdict = NASRO_ASSIGNMENT.evaluate(assignment(mou=mou(signatories=None)), as_of=AS_OF)
        assert verdict.missing == {"assignment.mou.signatories"}

    def test_configure_reaches_nested_standards(self) -> None:
        """``NASRO_ASSIGNMENT.configure(min_years=2)`` changes its nested selection."""
        periods = (ServicePeriod(start=date(2020, 7, 1)),)
        subject = assignment(officer=officer(service_periods=periods))
        assert NASRO_ASSIGNMENT.evaluate(subject, as_of=AS_OF).not_met
        two = NASRO_ASSIGNMENT.configure(min_years=2)
        verdict = two.evaluate(subject, as_of=AS_OF)
        assert verdict.met
        assert verdict.find("nasro-selection").parameters["min_years"] == 2
        assert [r.id for r in two.rules] == [r.id for r in NASRO_ASSIGNMENT.rules]

    def test_a_security_guard_fails_nasro(self) -> None:
        from sro_domain.examples import SECURITY_GUARD

        verdict = NASRO_ASSIGNMENT.evaluate(SECURITY_GUARD, as_of=date(2024, 9, 3))
        assert verdict.not_met
        assert "federal.sworn_authority" in {f.id for f in verdict.failures()}


class TestPreScreening:
    """A planned posting can be pre-screened: asked before the start, NASRO_ASSIGNMENT judges
    the federal definition as of the start, as it judges selection (decision N1).
    """

    month_before = date(2022, 7, 1)

    def _ready(self, **changes: object) -> Assignment:
        course = basic_course(completed_on=date(2022, 6, 10))
        return assignment(officer=officer(trainings=(course,), **changes))

    def test_an_officer_who_meets_everything_a_month_before_the_start(self) -> None:
        verdict = NASRO_ASSIGNMENT.evaluate(self._ready(), as_of=self.month_before)
        assert verdict.met, verdict.explain()
        federal = verdict.find("federal-definition")
        assert federal.as_of == START
        assert verdict.find("federal.in_effect").met

    def test_experience_that_ongoing_service_completes_by_the_start(self) -> None:
        """Service from 2019-07-15 reaches three years on 2022-07-15, after as_of, before the
        start.
        """
        subject = self._ready(service_periods=(ServicePeriod(start=date(2019, 7, 15)),))
        verdict = NASRO_ASSIGNMENT.evaluate(subject, as_of=self.month_before)
        assert verdict.unknown
        assert verdict.find("nasro.selection.experience").unknown
        assert verdict.failures() == ()

    def test_the_federal_definition_alone_still_asks_about_as_of(self) -> None:
        verdict = FEDERAL_DEFINITION.evaluate(self._ready(), as_of=self.month_before)
        assert verdict.find("federal.in_effect").not_met

    def test_from_the_start_on_it_is_judged_as_of_as_of(self) -> None:
        over = assignment(end=date(2022, 12, 31))
        verdict = NASRO_ASSIGNMENT.evaluate(over, as_of=AS_OF)
        assert verdict.find("federal-definition").as_of == AS_OF
        assert verdict.find("federal.in_effect").not_met


class TestDisciplineQuote:
    """nasro.discipline.no_formal_discipline quotes the 2019 release, which speaks of the SRO's
    conduct; the 2015 MOU clause stays with nasro.mou.prohibits_formal_discipline (N2).
    """

    def test_sources(self) -> None:
        conduct = RULES["nasro.discipline.no_formal_discipline"]
        assert conduct.source.id == "nasro-2019-school-rules-release"
        assert conduct.quote == (
            "recommended that SROs refrain from involvement in enforcing school rules and "
            "behavioral expectations"
        )
        assert RULES["nasro.mou.prohibits_formal_discipline"].source.id == (
            "nasro-2015-discipline-statement"
        )


class TestJuvenileHistory:
    """nasro.selection.juvenile_history: "denying such positions to any officer who has in the
    past had difficulty with cases involving juveniles or been disciplined for behavior related
    to juveniles" — a rule to compose; NASRO_SELECTION leaves it out (N3).
    """

    STRICTER = Standard(
        id="stricter-selection", title="Selection with the 2019 exclusion", subject=Officer,
        source=NASRO_SELECTION.source, parts=[*NASRO_SELECTION.parts, JUVENILE_HISTORY],
    )  # fmt: skip

    def _outcome(self, **changes: object) -> Outcome:
        changes.setdefault("juvenile_case_difficulty", False)
        subject = officer(**changes)
        return self.STRICTER.evaluate(subject, as_of=AS_OF).find(JUVENILE_HISTORY.id).outcome

    def test_not_in_nasro_selection(self) -> None:
        assert JUVENILE_HISTORY not in NASRO_SELECTION.rules
        assert RULES["nasro.selection.juvenile_history"] is JUVENILE_HISTORY

    def test_difficulty_with_juvenile_cases(self) -> None:
        assert self._outcome(juvenile_case_difficulty=True) is Outcome.NOT_MET
        assert self._outcome() is Outcome.MET
        assert self._outcome(juvenile_case_difficulty=None) is Outcome.UNKNOWN

    @pytest.mark.parametrize(
        ("kind", "disposition", "expected"),
        [
            (ConductKind.DISCIPLINARY_ACTION, Disposition.SUSTAINED, Outcome.NOT_MET),
            (ConductKind.DISCIPLINARY_ACTION, Disposition.EXONERATED, Outcome.MET),
            (ConductKind.DISCIPLINARY_ACTION, Disposition.PENDING, Outcome.UNKNOWN),
            (ConductKind.COMPLAINT, Disposition.SUSTAINED, Outcome.MET),
        ],
        ids=["disciplined", "discipline overturned", "discipline pending", "a complaint only"],
    )
    def test_discipline_related_to_juveniles(
        self, kind: ConductKind, disposition: Disposition, expected: Outcome
    ) -> None:
        record = ConductRecord(kind=kind, on=date(2020, 5, 4), involves_youth=True,
                               disposition=disposition)  # fmt: skip
        assert self._outcome(conduct_records=(record,)) is expected

    def test_a_record_filed_after_as_of_is_not_yet_on_file(self) -> None:
        record = ConductRecord(kind=ConductKind.DISCIPLINARY_ACTION, on=date(2023, 2, 1),
                               involves_youth=True, disposition=Disposition.SUSTAINED)  # fmt: skip
        assert self._outcome(conduct_records=(record,)) is Outcome.MET

    def test_an_unreviewed_record(self) -> None:
        assert self._outcome(conduct_records=None) is Outcome.UNKNOWN
