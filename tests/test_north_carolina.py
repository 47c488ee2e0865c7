"""North Carolina: N.C.G.S. § 115C-105.58 and 12 NCAC 09B .0313 / 10B .0510, rule by rule.

> (b) A school resource officer is any law enforcement officer assigned to one or more schools
> at least 20 hours per week for more than 12 weeks per calendar year, to assist with all of the
> following …: (1) School safety. (2) School security. (3) Emergency preparedness. (4) Emergency
> response.
"""

from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_domain import (
    FEDERAL_DEFINITION,
    NASRO_TRAINING,
    NC_STATUTE,
    NC_TRAINING,
    RULES,
    Agency,
    AgencyKind,
    Duty,
    InvalidRecordError,
    NcCommission,
    Outcome,
    School,
    SchoolLevel,
    SchoolSector,
    Training,
    TrainingKind,
    UndeterminedError,
    Verdict,
    YearWeeks,
    is_nc_sro,
    meets_nc_training,
)
from sro_domain.examples import CRISIS_PLACEMENT
from sro_domain.service import weeks_covered
from sro_domain.strategies import satisfying
from tests.budgets import budget
from tests.builders import START, assignment, basic_course, officer

AS_OF = date(2023, 3, 6)
FOUR = frozenset({Duty.SCHOOL_SAFETY, Duty.SCHOOL_SECURITY, Duty.EMERGENCY_PREPAREDNESS,
                  Duty.EMERGENCY_RESPONSE})  # fmt: skip


def plan(start: date, end: date | None, *, through: int = 2026) -> list[YearWeeks]:
    """36 weeks a year in schools, or as many as the dates cover in a year they cut short."""
    last = through if end is None else end.year
    return [
        YearWeeks(year=year, weeks=min(36, weeks_covered(start, end, year)))
        for year in range(start.year, last + 1)
    ]


def nc(**changes: Any) -> Any:
    """An assignment that meets the NC statute and the NC training rules on AS_OF."""
    start, end = changes.get("start", START), changes.get("end")
    changes.setdefault("weeks_per_year", plan(start, end))
    base = assignment(
        hours_per_week=40,
        duties=FOUR,
        officer=officer(
            nc_certifications={NcCommission.CRIMINAL_JUSTICE},
            trainings=(basic_course(), _nc_course(date(2022, 12, 1))),
        ),
    )
    return attrs.evolve(base, **changes)


def _nc_course(on: date) -> Training:
    return Training(
        course="NC Basic SRO", kind=TrainingKind.NC_BASIC_SRO, hours=40, completed_on=on
    )


def statute(rule_id: str, **changes: Any) -> Outcome:
    return NC_STATUTE.evaluate(nc(**changes), as_of=AS_OF).find(rule_id).outcome


def test_a_full_time_public_school_officer_is_an_nc_sro() -> None:
    assert is_nc_sro(nc(), as_of=AS_OF) is True
    assert meets_nc_training(nc(), as_of=AS_OF) is True


class TestHours:
    """nc.statute.hours_per_week: "at least 20 hours per week"."""

    @pytest.mark.parametrize(
        ("hours", "expected"),
        [
            ("20", Outcome.MET),
            ("19.5", Outcome.NOT_MET),
            ("40", Outcome.MET),
            (None, Outcome.UNKNOWN),
        ],
        ids=["exactly 20 hours", "19.5 hours", "full time", "unknown"],
    )
    def test_hours(self, hours: str | None, expected: Outcome) -> None:
        assert statute("nc.statute.hours_per_week", hours_per_week=hours) is expected


class TestWeeks:
    """nc.statute.weeks_per_year: "for more than 12 weeks per calendar year"."""

    @pytest.mark.parametrize(
        ("weeks", "expected"),
        [(12, Outcome.NOT_MET), (13, Outcome.MET), (0, Outcome.NOT_MET)],
        ids=["exactly 12 weeks is not enough", "13 weeks", "none"],
    )
    def test_weeks_of_the_year_of_as_of(self, weeks: int, expected: Outcome) -> None:
        """The weeks of the calendar year containing as_of count; other years do not."""
        recorded = [YearWeeks(year=2022, weeks=20), YearWeeks(year=2023, weeks=weeks)]
        assert statute("nc.statute.weeks_per_year", weeks_per_year=recorded) is expected

    def test_a_year_with_no_entry_is_unknown(self) -> None:
        verdict = NC_STATUTE.evaluate(
            nc(weeks_per_year=[YearWeeks(year=2022, weeks=20)]), as_of=AS_OF
        )
        assert verdict.find("nc.statute.weeks_per_year").missing == {"assignment.weeks_per_year"}


class TestDuties:
    """nc.statute.duties: "to assist with all of the following"."""

    def test_three_of_four_duties(self) -> None:
        three = FOUR - {Duty.EMERGENCY_PREPAREDNESS}
        verdict = NC_STATUTE.evaluate(nc(duties=three), as_of=AS_OF)
        assert verdict.find("nc.statute.duties").not_met
        assert "lacking emergency preparedness" in verdict.find("nc.statute.duties").reason

    def test_other_duties_besides_the_four(self) -> None:
        assert statute("nc.statute.duties", duties=FOUR | {Duty.OTHER}) is Outcome.MET

    def test_unknown_duties(self) -> None:
        assert statute("nc.statute.duties", duties=None) is Outcome.UNKNOWN


class TestCoveredSchool:
    """nc.statute.covered_school: "(1) A public school within a public school unit. (2) A
    nonpublic school authorized under Part 1 or Part 2 of Article 39 of this Chapter.".
    """

    @pytest.mark.parametrize(
        ("sector", "article_39", "expected"),
        [
            (SchoolSector.PUBLIC, None, Outcome.MET),
            (SchoolSector.CHARTER, None, Outcome.MET),
            (SchoolSector.NONPUBLIC, True, Outcome.MET),
            (SchoolSector.NONPUBLIC, False, Outcome.NOT_MET),
            (SchoolSector.NONPUBLIC, None, Outcome.UNKNOWN),
        ],
        ids=["public", "charter (a public school unit)", "Article 39 nonpublic",
             "other nonpublic", "nonpublic, authorization unknown"],
    )  # fmt: skip
    def test_schools(
        self, sector: SchoolSector, article_39: bool | None, expected: Outcome
    ) -> None:
        school = School(name="S", level=SchoolLevel.HIGH, sector=sector, article_39=article_39)
        assert statute("nc.statute.covered_school", schools={school}) is expected


class TestOfficer:
    """nc.statute.law_enforcement_officer: "any law enforcement officer"."""

    @pytest.mark.parametrize(
        ("authority", "expected"),
        [(True, Outcome.MET), (False, Outcome.NOT_MET), (None, Outcome.UNKNOWN)],
    )
    def test_authority(self, authority: bool | None, expected: Outcome) -> None:
        subject = nc(officer=attrs.evolve(nc().officer, law_enforcement_authority=authority))
        verdict = NC_STATUTE.evaluate(subject, as_of=AS_OF)
        assert verdict.find("nc.statute.law_enforcement_officer").outcome is expected

    def test_in_effect(self) -> None:
        verdict = NC_STATUTE.evaluate(nc(end=date(2023, 1, 31)), as_of=AS_OF)
        assert verdict.find("nc.statute.in_effect").not_met


class TestCertification:
    """nc.training.general_certification: "have been issued general certification by the North
    Carolina Criminal Justice … Commission as a law enforcement officer … by the North Carolina
    Sheriffs' Education and Training Standards Commission as a Deputy Sheriff".
    """

    sheriff = Agency(name="Wake County Sheriff", kind=AgencyKind.SHERIFFS_OFFICE)

    def _outcome(self, employer: Agency | None, held: set[NcCommission] | None) -> Outcome:
        subject = nc(officer=attrs.evolve(nc().officer, employer=employer, nc_certifications=held))
        return (
            NC_TRAINING.evaluate(subject, as_of=AS_OF)
            .find("nc.training.general_certification")
            .outcome
        )

    def test_a_deputy_needs_the_sheriffs_commission(self) -> None:
        assert self._outcome(self.sheriff, {NcCommission.SHERIFFS}) is Outcome.MET
        assert self._outcome(self.sheriff, {NcCommission.CRIMINAL_JUSTICE}) is Outcome.NOT_MET

    def test_a_police_officer_needs_the_criminal_justice_commission(self) -> None:
        police = Agency(name="Durham PD", kind=AgencyKind.POLICE_DEPARTMENT)
        assert self._outcome(police, {NcCommission.CRIMINAL_JUSTICE}) is Outcome.MET
        assert self._outcome(police, set()) is Outcome.NOT_MET
        assert self._outcome(police, None) is Outcome.UNKNOWN

    def test_employer_unknown(self) -> None:
        assert self._outcome(None, set(NcCommission)) is Outcome.MET
        assert self._outcome(None, set()) is Outcome.NOT_MET
        assert self._outcome(None, {NcCommission.SHERIFFS}) is Outcome.UNKNOWN


class TestBasicCourse:
    """nc.training.basic_sro_course: "Any officer assigned as a School Resource Officer effective
    January 1, 2020 or later shall complete the basic School Resource Officer Training Course …
    within one year after being assigned as a School Resource Officer.".
    """

    start = date(2022, 8, 1)

    def _verdict(self, *courses: Training, as_of: date, start: date | None = None,
                 end: date | None = None) -> Outcome:  # fmt: skip
        subject = nc(start=start or self.start, end=end,
                     officer=attrs.evolve(nc().officer, trainings=courses))  # fmt: skip
        return (
            NC_TRAINING.evaluate(subject, as_of=as_of).find("nc.training.basic_sro_course").outcome
        )

    def test_on_the_first_anniversary(self) -> None:
        assert self._verdict(_nc_course(date(2023, 8, 1)), as_of=date(2023, 9, 1)) is Outcome.MET

    def test_the_day_after_the_first_anniversary(self) -> None:
        assert (
            self._verdict(_nc_course(date(2023, 8, 2)), as_of=date(2023, 9, 1)) is Outcome.NOT_MET
        )

    def test_while_the_year_is_still_running(self) -> None:
        assert self._verdict(as_of=date(2023, 7, 31)) is Outcome.UNKNOWN
        assert self._verdict(as_of=date(2023, 8, 1)) is Outcome.UNKNOWN
        assert self._verdict(as_of=date(2023, 8, 2)) is Outcome.NOT_MET

    def test_other_training_does_not_count(self) -> None:
        assert self._verdict(basic_course(), as_of=date(2024, 1, 1)) is Outcome.NOT_MET

    def test_a_2019_assignment_has_until_the_end_of_2020(self) -> None:
        """ "have until December 31, 2020 … if they are acting in the capacity of a School
        Resource Officer between January 1, 2019 and December 31, 2019".
        """
        start = date(2019, 3, 4)
        assert (
            self._verdict(_nc_course(date(2020, 12, 31)), as_of=date(2021, 6, 1), start=start)
            is Outcome.MET
        )
        assert (
            self._verdict(_nc_course(date(2021, 1, 1)), as_of=date(2021, 6, 1), start=start)
            is Outcome.NOT_MET
        )
        assert self._verdict(as_of=date(2020, 6, 1), start=start) is Outcome.UNKNOWN

    def test_an_assignment_over_before_2019_is_not_reached(self) -> None:
        assert (
            self._verdict(as_of=date(2023, 1, 1), start=date(2016, 1, 4), end=date(2018, 6, 1))
            is Outcome.MET
        )

    def test_unknown_training_record(self) -> None:
        subject = nc(officer=attrs.evolve(nc().officer, trainings=None))
        with pytest.raises(UndeterminedError):
            meets_nc_training(subject, as_of=AS_OF)


def test_the_nc_course_counts_toward_nasros_hours() -> None:
    """The NC Basic SRO course is school-policing training (decision A6)."""
    subject = nc(officer=attrs.evolve(nc().officer, trainings=(_nc_course(date(2022, 6, 1)),)))
    assert NASRO_TRAINING.evaluate(subject, as_of=AS_OF).met


@budget(50)
@given(data=st.data())
def test_a_federal_sro_working_full_time_meets_the_nc_statute(data: st.DataObject) -> None:
    """A federal SRO, 40 hours a week, 36 weeks a year, on all four duties, at a public school."""
    subject, as_of = data.draw(satisfying(FEDERAL_DEFINITION))
    public = School(name="Hillside High", level=SchoolLevel.HIGH, sector=SchoolSector.PUBLIC)
    # The dates of an assignment that began late in the year may cover 12 weeks or fewer.
    covered = weeks_covered(subject.start, subject.end, as_of.year)
    full_time = attrs.evolve(
        subject,
        hours_per_week=Decimal(40),
        weeks_per_year=(YearWeeks(year=as_of.year, weeks=min(36, covered)),),
        duties=FOUR,
        schools=subject.schools | {public},
    )
    assert NC_STATUTE.evaluate(full_time, as_of=as_of).met is (covered > 12)


class TestWeeksArePlannedForTheYear:
    """nc.statute.weeks_per_year: "for more than 12 weeks per calendar year" — the weeks the
    assignment places the officer in schools that year, planned for the whole year (NC1).
    """

    january = date(2024, 1, 10)

    def test_an_ongoing_sro_in_january_with_the_years_plan_is_met(self) -> None:
        subject = nc(
            weeks_per_year=[YearWeeks(year=2023, weeks=36), YearWeeks(year=2024, weeks=36)]
        )
        verdict = NC_STATUTE.evaluate(subject, as_of=self.january)
        assert verdict.find("nc.statute.weeks_per_year").met
        assert verdict.met

    def test_an_ongoing_sro_in_january_without_the_years_plan_is_unknown(self) -> None:
        subject = nc(weeks_per_year=[YearWeeks(year=2023, weeks=36)])
        rule = NC_STATUTE.evaluate(subject, as_of=self.january).find("nc.statute.weeks_per_year")
        assert rule.unknown  # not NOT_MET: the year has barely begun
        assert rule.missing == {"assignment.weeks_per_year"}

    def test_a_plan_larger_than_the_dates_cover_is_rejected(self) -> None:
        with pytest.raises(InvalidRecordError) as caught:
            nc(start=date(2024, 8, 19), weeks_per_year=[YearWeeks(year=2024, weeks=38)])
        assert caught.value.field == "weeks_per_year"
        assert "(20), but 2024 has 38" in str(caught.value)

    def test_the_most_weeks_the_dates_cover_is_accepted(self) -> None:
        subject = nc(start=date(2024, 8, 19), weeks_per_year=[YearWeeks(year=2024, weeks=20)])
        verdict = NC_STATUTE.evaluate(subject, as_of=date(2024, 9, 3))
        assert verdict.find("nc.statute.weeks_per_year").met

    def test_a_seven_week_placement_with_no_weeks_recorded_is_not_met(self) -> None:
        """The dates prove it: 2024-02-12 to 2024-03-29 covers 7 weeks of 2024."""
        subject = nc(start=date(2024, 2, 12), end=date(2024, 3, 29), weeks_per_year=None)
        rule = NC_STATUTE.evaluate(subject, as_of=date(2024, 3, 1)).find(
            "nc.statute.weeks_per_year"
        )
        assert rule.not_met
        assert "cover 7 weeks of 2024" in rule.reason

    def test_twelve_weeks_of_dates_are_not_enough_and_thirteen_are_unknown(self) -> None:
        twelve = nc(start=date(2024, 1, 1), end=date(2024, 3, 24), weeks_per_year=None)  # 84 days
        thirteen = nc(start=date(2024, 1, 1), end=date(2024, 3, 25), weeks_per_year=None)
        as_of = date(2024, 3, 1)
        assert NC_STATUTE.evaluate(twelve, as_of=as_of).find("nc.statute.weeks_per_year").not_met
        assert NC_STATUTE.evaluate(thirteen, as_of=as_of).find("nc.statute.weeks_per_year").unknown


class TestSchoolsAreElementaryOrSecondary:
    """nc.statute.covered_school: "(1) A public school within a public school unit" is a K–12
    school (NC2).
    """

    @pytest.mark.parametrize(
        "level",
        [SchoolLevel.POSTSECONDARY, SchoolLevel.PRE_K],
        ids=["a university", "a pre-K site"],
    )
    def test_not_covered_whatever_the_sector(self, level: SchoolLevel) -> None:
        school = School(name="Site", level=level, sector=SchoolSector.PUBLIC)
        verdict = NC_STATUTE.evaluate(nc(schools={school}), as_of=AS_OF)
        rule = verdict.find("nc.statute.covered_school")
        assert rule.not_met
        assert verdict.not_met
        assert f"{level.value.replace('_', ' ')} public" in rule.reason


class TestTrainingScope:
    """NC_TRAINING reaches officers who are SROs under paragraph (a): "any law enforcement officer
    assigned to one or more public schools within a local school administrative unit … who works
    in a school at least 20 hours per week for more than 12 weeks per calendar year" (S1, NC5).
    """

    def test_the_crisis_placement_is_not_reached(self) -> None:
        verdict = NC_TRAINING.evaluate(CRISIS_PLACEMENT, as_of=date(2024, 3, 1))
        assert verdict.applies is Outcome.NOT_MET
        assert verdict.outcome is Outcome.MET
        assert verdict.reason.startswith("not reached: ")
        assert "cover 7 weeks of 2024" in verdict.reason
        assert verdict.failures() == ()
        assert [child.id for child in verdict.children] == [
            "nc.training.general_certification",
            "nc.training.basic_sro_course",
        ]
        assert "does not apply: " in verdict.explain()
        assert meets_nc_training(CRISIS_PLACEMENT, as_of=date(2024, 3, 1)) is True

    def test_unknown_reach_with_the_course_not_done_is_unknown(self) -> None:
        late = nc(hours_per_week=None,
                  officer=attrs.evolve(nc().officer, trainings=(basic_course(),)))  # fmt: skip
        verdict = NC_TRAINING.evaluate(late, as_of=date(2024, 1, 10))
        assert verdict.applies is Outcome.UNKNOWN
        assert verdict.find("nc.training.basic_sro_course").not_met
        assert verdict.outcome is Outcome.UNKNOWN
        assert "assignment.hours_per_week" in verdict.missing
        assert verdict.reason.startswith("not met if it applies: nc.training.basic_sro_course")

    def test_unknown_reach_with_everything_done_is_met(self) -> None:
        verdict = NC_TRAINING.evaluate(nc(hours_per_week=None), as_of=AS_OF)
        assert verdict.applies is Outcome.UNKNOWN
        assert verdict.met

    def test_a_charter_school_is_not_within_a_local_school_administrative_unit(self) -> None:
        charter = School(name="Maureen Joy", level=SchoolLevel.HIGH, sector=SchoolSector.CHARTER)
        subject = nc(schools={charter}, officer=attrs.evolve(nc().officer, trainings=()))
        verdict = NC_TRAINING.evaluate(subject, as_of=date(2024, 1, 10))
        scope = verdict.find("nc.training.scope.public_school")
        assert scope.not_met
        assert scope.reason == (
            "assigned to Maureen Joy (high, charter); a public school within a local school "
            "administrative unit required"
        )
        assert verdict.applies is Outcome.NOT_MET
        assert verdict.met
        assert NC_STATUTE.evaluate(subject, as_of=date(2024, 1, 10)).met  # the statute covers it

    def test_an_sro_in_scope_who_missed_the_deadline_fails(self) -> None:
        subject = nc(officer=attrs.evolve(nc().officer, trainings=()))
        verdict = NC_TRAINING.evaluate(subject, as_of=date(2024, 1, 10))
        assert verdict.applies is Outcome.MET
        assert [f.id for f in verdict.failures()] == ["nc.training.basic_sro_course"]


class TestCourseCredit:
    """nc.training.basic_sro_course: "Deputy Sheriffs who previously completed the training …
    at any time and who have been continually assigned as an SRO … shall be credited …
    Deputy Sheriffs who completed the training … between October 1, 2018 and December 31, 2020
    shall be credited" (NC4).
    """

    start = date(2022, 8, 1)

    def _course(self, on: date, continual: bool | None, as_of: date = date(2024, 1, 10)) -> Verdict:
        subject = nc(continually_assigned=continual,
                     officer=attrs.evolve(nc().officer, trainings=(_nc_course(on),)))  # fmt: skip
        return NC_TRAINING.evaluate(subject, as_of=as_of).find("nc.training.basic_sro_course")

    def test_a_course_of_2005_is_not_credited(self) -> None:
        assert self._course(date(2005, 5, 2), False).not_met

    def test_a_course_of_2005_while_continually_assigned_is_credited(self) -> None:
        assert self._course(date(2005, 5, 2), True).met

    def test_a_course_of_2005_with_continual_assignment_unrecorded_is_unknown(self) -> None:
        verdict = self._course(date(2005, 5, 2), None)
        assert verdict.unknown
        assert verdict.missing == {"assignment.continually_assigned"}

    def test_a_course_of_2019_03_01_is_credited(self) -> None:
        assert self._course(date(2019, 3, 1), False).met

    def test_the_credit_window_opens_2018_10_01(self) -> None:
        assert self._course(date(2018, 10, 1), False).met
        assert self._course(date(2018, 9, 30), False).not_met


class TestLeapDayDeadline:
    """ "within one year after being assigned": a 2020-02-29 start is due 2021-02-28 (NC4)."""

    def _course(self, on: date | None, as_of: date) -> Outcome:
        courses = () if on is None else (_nc_course(on),)
        subject = nc(start=date(2020, 2, 29), weeks_per_year=plan(date(2020, 2, 29), None),
                     officer=attrs.evolve(nc().officer, trainings=courses))  # fmt: skip
        return (
            NC_TRAINING.evaluate(subject, as_of=as_of).find("nc.training.basic_sro_course").outcome
        )

    def test_due_on_28_february(self) -> None:
        assert self._course(date(2021, 2, 28), date(2021, 6, 1)) is Outcome.MET
        assert self._course(date(2021, 3, 1), date(2021, 6, 1)) is Outcome.NOT_MET

    def test_still_open_on_28_february_and_closed_on_1_march(self) -> None:
        assert self._course(None, date(2021, 2, 28)) is Outcome.UNKNOWN
        assert self._course(None, date(2021, 3, 1)) is Outcome.NOT_MET


class TestDutiesDecision:
    """ "(5) Any additional responsibilities … assigned by the officer's employer": none need be
    assigned, so (1)–(4) suffice; other duties neither help nor hurt (NC7).
    """

    def test_the_four_duties_suffice(self) -> None:
        assert statute("nc.statute.duties", duties=FOUR) is Outcome.MET

    def test_other_duties_alone_do_not(self) -> None:
        assert statute("nc.statute.duties", duties={Duty.OTHER}) is Outcome.NOT_MET


class TestPinpointCitations:
    """Each NC rule cites the paragraph it quotes (NC8)."""

    @pytest.mark.parametrize(
        ("rule_id", "citation"),
        [
            ("nc.statute.covered_school", "N.C.G.S. § 115C-105.58(a)"),
            ("nc.statute.hours_per_week", "N.C.G.S. § 115C-105.58(b)"),
            ("nc.training.general_certification",
             "12 NCAC 09B .0313(b)(1); 12 NCAC 10B .0510(b)(1)"),
            ("nc.training.basic_sro_course", "12 NCAC 10B .0510(b)(2)"),
            ("nc.training.scope.weeks_per_year", "12 NCAC 09B .0313(a); 12 NCAC 10B .0510(a)"),
        ],
    )  # fmt: skip
    def test_citation(self, rule_id: str, citation: str) -> None:
        assert RULES[rule_id].source.citation == citation
