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
    Agency,
    AgencyKind,
    Duty,
    NcCommission,
    Outcome,
    School,
    SchoolLevel,
    SchoolSector,
    Training,
    TrainingKind,
    UndeterminedError,
    YearWeeks,
    is_nc_sro,
    meets_nc_training,
)
from sro_domain.strategies import satisfying
from tests.builders import assignment, basic_course, officer

AS_OF = date(2023, 3, 6)
FOUR = frozenset({Duty.SCHOOL_SAFETY, Duty.SCHOOL_SECURITY, Duty.EMERGENCY_PREPAREDNESS,
                  Duty.EMERGENCY_RESPONSE})  # fmt: skip


def nc(**changes: Any) -> Any:
    """An assignment that meets the NC statute and the NC training rules on AS_OF."""
    base = assignment(
        hours_per_week=40,
        weeks_per_year=[YearWeeks(year=2022, weeks=36), YearWeeks(year=2023, weeks=36)],
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
        recorded = [YearWeeks(year=2022, weeks=40), YearWeeks(year=2023, weeks=weeks)]
        assert statute("nc.statute.weeks_per_year", weeks_per_year=recorded) is expected

    def test_a_year_with_no_entry_is_unknown(self) -> None:
        verdict = NC_STATUTE.evaluate(
            nc(weeks_per_year=[YearWeeks(year=2022, weeks=40)]), as_of=AS_OF
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
    """The NC Basic SRO course is school-policing training (SPEC §9)."""
    subject = nc(officer=attrs.evolve(nc().officer, trainings=(_nc_course(date(2022, 6, 1)),)))
    assert NASRO_TRAINING.evaluate(subject, as_of=AS_OF).met


@given(data=st.data())
def test_a_federal_sro_working_full_time_meets_the_nc_statute(data: st.DataObject) -> None:
    """A federal SRO, 40 hours a week, 36 weeks a year, on all four duties, at a public school."""
    subject, as_of = data.draw(satisfying(FEDERAL_DEFINITION))
    public = School(name="Hillside High", level=SchoolLevel.HIGH, sector=SchoolSector.PUBLIC)
    full_time = attrs.evolve(
        subject,
        hours_per_week=Decimal(40),
        weeks_per_year=(YearWeeks(year=as_of.year, weeks=36),),
        duties=FOUR,
        schools=subject.schools | {public},
    )
    assert NC_STATUTE.evaluate(full_time, as_of=as_of).met
