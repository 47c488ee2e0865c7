"""The COPS Hiring Program's SRO conditions, rule by rule.

> A "school resource officer" is a career law enforcement officer, with sworn authority, who is
> engaged in community policing activities and is assigned by the employing agency to work in
> collaboration with schools. … the COPS Office requires that the officer(s) deployed into the
> SRO position(s) spend a minimum of 75 percent of their time in and around primary and
> secondary schools …
"""

from datetime import date, timedelta
from typing import Any

import attrs
import pytest

from sro_domain import (
    COPS_CHP,
    NO_MOU,
    Funding,
    FundingProgram,
    InvalidRecordError,
    MouSection,
    Outcome,
    Partner,
    School,
    SchoolLevel,
    Signatory,
    UndeterminedError,
    meets_cops_chp_conditions,
)
from tests.builders import assignment, mou, officer

AS_OF = date(2023, 3, 6)
LETTER = date(2022, 9, 1)


def chp(**changes: Any) -> Any:
    """An assignment that meets every CHP condition on AS_OF."""
    base = assignment(
        full_time=True,
        share_in_schools="0.8",
        funding=Funding(program=FundingProgram.COPS_HIRING_PROGRAM, award_letter_on=LETTER),
        mou=mou(sections=frozenset(MouSection), submitted_on=date(2022, 10, 15)),
    )
    return attrs.evolve(base, **changes)


def outcome(rule_id: str, **changes: Any) -> Outcome:
    return COPS_CHP.evaluate(chp(**changes), as_of=AS_OF).find(rule_id).outcome


def test_a_complete_chp_position() -> None:
    assert meets_cops_chp_conditions(chp(), as_of=AS_OF) is True


def test_the_chp_definition_reads_the_officer_and_assignment() -> None:
    """Career officer, sworn, community policing, assigned by the employer, with schools."""
    assert outcome("cops.chp.sworn_authority", officer=officer(sworn=False)) is Outcome.NOT_MET
    assert (
        outcome("cops.chp.career_officer", officer=officer(hired_permanently=None))
        is Outcome.UNKNOWN
    )
    assert (
        outcome("cops.chp.community_policing", community_oriented_policing=False) is Outcome.NOT_MET
    )
    assert outcome("cops.chp.in_effect", end=date(2023, 1, 1)) is Outcome.NOT_MET


@pytest.mark.parametrize(
    ("partners", "expected"),
    [
        ({Partner.SCHOOLS}, Outcome.MET),
        ({Partner.COMMUNITY_ORGANIZATIONS}, Outcome.NOT_MET),
        (None, Outcome.UNKNOWN),
    ],
    ids=["schools alone suffice (unlike the statute)", "community organizations only", "unknown"],
)
def test_collaboration_with_schools(partners: set[Partner] | None, expected: Outcome) -> None:
    """ "to work in collaboration with schools"."""
    assert outcome("cops.chp.collaboration", partners=partners) is expected


@pytest.mark.parametrize(
    ("share", "expected"),
    [("0.75", Outcome.MET), ("0.74", Outcome.NOT_MET), ("1", Outcome.MET), (None, Outcome.UNKNOWN)],
    ids=["75%", "74%", "all of it", "unknown"],
)
def test_time_in_schools(share: str | None, expected: Outcome) -> None:
    """ "spend a minimum of 75 percent of their time in and around primary and secondary schools"."""
    assert outcome("cops.chp.time_in_schools", share_in_schools=share) is expected


def test_full_time() -> None:
    """ "ALL OF THE OFFICER POSITIONS … MUST BE USED TO DEPLOY FULL-TIME SCHOOL RESOURCE OFFICERS"."""
    assert outcome("cops.chp.full_time", full_time=False) is Outcome.NOT_MET
    assert outcome("cops.chp.full_time", full_time=None) is Outcome.UNKNOWN


class TestMou:
    """ "Your agency must submit a signed Memorandum of Understanding (MOU) between the law
    enforcement agency and the school partner(s) to the COPS Office … within 90 days of the date
    shown on the award congratulatory letter.".
    """

    @pytest.mark.parametrize(
        ("days", "expected"),
        [(90, Outcome.MET), (91, Outcome.NOT_MET), (0, Outcome.MET)],
        ids=["day 90", "day 91", "the day of the letter"],
    )
    def test_submitted_within_90_days(self, days: int, expected: Outcome) -> None:
        submitted = mou(sections=frozenset(MouSection), submitted_on=LETTER + timedelta(days=days))
        assert outcome("cops.chp.mou_submitted", mou=submitted) is expected

    def test_submission_unknowns(self) -> None:
        verdict = COPS_CHP.evaluate(
            chp(funding=None, mou=mou(sections=frozenset(MouSection))), as_of=AS_OF
        )
        assert verdict.find("cops.chp.mou_submitted").missing == {
            "assignment.mou.submitted_on",
            "assignment.funding",
        }
        no_date = chp(funding=Funding(program=FundingProgram.COPS_HIRING_PROGRAM))
        assert COPS_CHP.evaluate(no_date, as_of=AS_OF).find("cops.chp.mou_submitted").missing == {
            "assignment.funding.award_letter_on"
        }

    def test_sections(self) -> None:
        four = frozenset(MouSection) - {MouSection.INFORMATION_SHARING}
        verdict = COPS_CHP.evaluate(chp(mou=mou(sections=four, submitted_on=LETTER)), as_of=AS_OF)
        assert verdict.find("cops.chp.mou_sections").not_met
        assert "lacking information sharing" in verdict.find("cops.chp.mou_sections").reason
        assert outcome("cops.chp.mou_sections", mou=mou(submitted_on=LETTER)) is Outcome.UNKNOWN

    def test_signed_by_both_parties(self) -> None:
        one = mou(
            signatories={Signatory.LAW_ENFORCEMENT_HEAD},
            sections=frozenset(MouSection),
            submitted_on=LETTER,
        )
        assert outcome("cops.chp.mou_signed", mou=one) is Outcome.NOT_MET
        unsigned = mou(signatories=None, sections=frozenset(MouSection), submitted_on=LETTER)
        assert outcome("cops.chp.mou_signed", mou=unsigned) is Outcome.UNKNOWN

    def test_no_mou_fails_all_three(self) -> None:
        verdict = COPS_CHP.evaluate(chp(mou=NO_MOU), as_of=AS_OF)
        assert [f.id for f in verdict.failures()] == [
            "cops.chp.mou_signed",
            "cops.chp.mou_sections",
            "cops.chp.mou_submitted",
        ]

    def test_an_unknown_mou(self) -> None:
        with pytest.raises(UndeterminedError) as caught:
            meets_cops_chp_conditions(chp(mou=None), as_of=AS_OF)
        assert "assignment.mou" in caught.value.verdict.missing


def test_assigned_by_the_employing_agency() -> None:
    """ "is assigned by the employing agency"."""
    from sro_domain import Agency, AgencyKind

    other = Agency(name="Durham County Sheriff", kind=AgencyKind.SHERIFFS_OFFICE)
    assert outcome("cops.chp.assigned_by_employer", agency=other) is Outcome.NOT_MET
    assert (
        outcome("cops.chp.assigned_by_employer", officer=officer(employer=None)) is Outcome.UNKNOWN
    )


class TestScope:
    """The CHP conditions bind the posts the program funds: "If awarded a grant for SRO
    position(s) …" (decision CHP1).
    """

    def test_a_post_funded_otherwise_is_not_reached(self) -> None:
        other = Funding(program=FundingProgram.OTHER, award_letter_on=LETTER)
        verdict = COPS_CHP.evaluate(chp(funding=other, full_time=False), as_of=AS_OF)
        assert verdict.applies is Outcome.NOT_MET
        assert verdict.met
        assert verdict.failures() == ()
        assert verdict.reason.startswith("not reached: funded by: other")

    def test_unknown_funding_with_a_condition_unmet_is_unknown(self) -> None:
        verdict = COPS_CHP.evaluate(chp(funding=None, full_time=False), as_of=AS_OF)
        assert verdict.applies is Outcome.UNKNOWN
        assert verdict.outcome is Outcome.UNKNOWN
        assert "assignment.funding" in verdict.missing

    def test_a_postsecondary_only_posting_fails_the_time_rule(self) -> None:
        """ "spend a minimum of 75 percent of their time in and around primary and secondary
        schools" (decision CHP5).
        """
        campus = School(name="Wake Tech", level=SchoolLevel.POSTSECONDARY)
        verdict = COPS_CHP.evaluate(chp(schools={campus}), as_of=AS_OF)
        rule = verdict.find("cops.chp.time_in_schools")
        assert rule.not_met
        assert rule.reason.endswith(
            "assigned to Wake Tech (postsecondary, public); a primary or secondary school required"
        )


class TestExactShares:
    """A reason never rounds a value across its threshold (decision CHP6)."""

    def test_74_99_percent_is_shown_as_such(self) -> None:
        rule = COPS_CHP.evaluate(chp(share_in_schools="0.7499"), as_of=AS_OF).find(
            "cops.chp.time_in_schools"
        )
        assert rule.not_met
        assert rule.reason.startswith("74.99% of the officer's time")

    def test_exactly_75_percent(self) -> None:
        rule = COPS_CHP.evaluate(chp(share_in_schools="0.75"), as_of=AS_OF).find(
            "cops.chp.time_in_schools"
        )
        assert rule.met
        assert rule.reason.startswith("75% of the officer's time")


class TestSubmission:
    """cops.chp.mou_submitted: "Your agency must submit a signed Memorandum of Understanding …
    The MOU must be submitted to the COPS Office within 90 days of the date shown on the award
    congratulatory letter." (decision CHP4)
    """

    deadline = LETTER + timedelta(days=90)  # 2022-11-30

    def _rule(self, as_of: date = AS_OF, **mou_changes: Any) -> Any:
        subject = chp(mou=mou(sections=frozenset(MouSection), **mou_changes))
        return COPS_CHP.evaluate(subject, as_of=as_of).find("cops.chp.mou_submitted")

    def test_submitted_on_day_90_and_day_91(self) -> None:
        assert self._rule(submitted_on=self.deadline).met
        assert self._rule(submitted_on=self.deadline + timedelta(days=1)).not_met

    def test_a_submission_dated_after_as_of_has_not_happened_yet(self) -> None:
        early = date(2022, 10, 1)
        rule = self._rule(as_of=early, submitted_on=date(2022, 10, 15))
        assert rule.unknown  # not yet submitted, and there is still time
        assert rule.reason.startswith("MOU not submitted by 2022-10-01")
        late = self._rule(as_of=date(2022, 12, 1), submitted_on=date(2022, 12, 5))
        assert late.not_met  # day 91 has come without a submission

    def test_signed_after_it_was_submitted(self) -> None:
        rule = self._rule(submitted_on=date(2022, 10, 15), signed_on=date(2022, 10, 20))
        assert rule.not_met
        assert "signed on 2022-10-20, after" in rule.reason

    def test_signed_on_the_day_it_was_submitted(self) -> None:
        assert self._rule(submitted_on=date(2022, 10, 15), signed_on=date(2022, 10, 15)).met

    def test_known_not_submitted_on_day_91(self) -> None:
        assert self._rule(as_of=self.deadline, submitted=False).unknown
        assert self._rule(as_of=self.deadline + timedelta(days=1), submitted=False).not_met

    def test_submitted_on_an_unrecorded_day(self) -> None:
        rule = self._rule(submitted=True, submitted_on=None)
        assert rule.unknown
        assert rule.missing == {"assignment.mou.submitted_on"}

    def test_an_unrecorded_signing_day_leaves_it_open(self) -> None:
        rule = self._rule(submitted_on=date(2022, 10, 15), signed_on=None)
        assert rule.unknown
        assert rule.missing == {"assignment.mou.signed_on"}

    def test_not_submitted_cannot_have_a_submission_date(self) -> None:
        with pytest.raises(InvalidRecordError) as caught:
            mou(submitted=False, submitted_on=date(2022, 10, 15))
        assert caught.value.field == "submitted"
