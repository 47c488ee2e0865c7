"""Florida: Fla. Stat. § 1006.12(1)(a)–(b), the school resource officer option, rule by rule.

> (1) SCHOOL RESOURCE OFFICER.-A school district may establish school resource officer programs
> through a cooperative agreement with law enforcement agencies. (a) School resource officers
> shall undergo criminal background checks, drug testing, and a psychological evaluation and be
> certified law enforcement officers, as defined in s. 943.10(1), who are employed by a law
> enforcement agency as defined in s. 943.10(4).
"""

import pickle
from datetime import date

import pytest

from sro_domain import (
    FL_SRO,
    NO_MOU,
    Agency,
    AgencyKind,
    Outcome,
    Party,
    School,
    SchoolLevel,
    SchoolSector,
    Screening,
    ScreeningKind,
    UndeterminedError,
    is_fl_sro,
    remedies,
    timeline,
)
from sro_domain.rules import Context
from sro_domain.screening import screened
from sro_domain.standards.florida import SCREENINGS
from tests.builders import assignment, mou, officer

AS_OF = date(2024, 9, 3)
CHECKED = date(2024, 5, 6)


def screenings(
    *kinds: ScreeningKind, on: date = CHECKED, passed: bool | None = True
) -> tuple[Screening, ...]:
    return tuple(Screening(kind=kind, on=on, passed=passed) for kind in kinds)


def screened_outcome(found: tuple[Screening, ...] | None, as_of: date = AS_OF) -> Outcome:
    record = assignment(officer=officer(screenings=found))
    return FL_SRO.evaluate(record, as_of=as_of).find("fl.sro.screenings").outcome


def test_a_screened_certified_officer_under_an_agreement_is_an_sro() -> None:
    """ "certified law enforcement officers … employed by a law enforcement agency", screened,
    under "a cooperative agreement with law enforcement agencies".
    """
    assert is_fl_sro(assignment(), as_of=AS_OF)


@pytest.mark.parametrize("lacking", list(ScreeningKind))
def test_each_of_the_three_screenings_is_required(lacking: ScreeningKind) -> None:
    """ "shall undergo criminal background checks, drug testing, and a psychological
    evaluation": without any one of them, not an SRO.
    """
    assert frozenset(ScreeningKind) == SCREENINGS
    others = [kind for kind in ScreeningKind if kind is not lacking]
    assert screened_outcome(screenings(*others)) is Outcome.NOT_MET
    assert screened_outcome(screenings(*ScreeningKind)) is Outcome.MET


def test_screenings_unrecorded_are_unknown_and_none_is_not_met() -> None:
    """Unrecorded screenings leave the rule undecided; a record of none fails it."""
    assert screened_outcome(None) is Outcome.UNKNOWN
    assert screened_outcome(()) is Outcome.NOT_MET
    with pytest.raises(UndeterminedError):
        is_fl_sro(assignment(officer=officer(screenings=None)), as_of=AS_OF)


def test_a_screening_counts_from_its_day() -> None:
    """ "shall undergo": a psychological evaluation on 2024-09-04 is not yet undergone on
    2024-09-03, and is from 2024-09-04.
    """
    found = (*screenings(ScreeningKind.CRIMINAL_BACKGROUND_CHECK, ScreeningKind.DRUG_TEST),
             Screening(kind=ScreeningKind.PSYCHOLOGICAL_EVALUATION, on=date(2024, 9, 4)))  # fmt: skip
    assert screened_outcome(found, as_of=date(2024, 9, 3)) is Outcome.NOT_MET
    assert screened_outcome(found, as_of=date(2024, 9, 4)) is Outcome.MET


def test_the_law_asks_that_they_be_undergone_not_passed() -> None:
    """ "shall undergo": the result is shown, but does not decide (decision FL2)."""
    failed = screenings(*ScreeningKind, passed=False)
    record = assignment(officer=officer(screenings=failed))
    verdict = FL_SRO.evaluate(record, as_of=AS_OF).find("fl.sro.screenings")
    assert verdict.outcome is Outcome.MET
    assert "drug test 2024-05-06 (failed)" in verdict.reason
    assert verdict.facts["drug_test"] == (CHECKED, False)


def test_not_certified_or_not_employed_by_a_law_enforcement_agency() -> None:
    """ "be certified law enforcement officers … employed by a law enforcement agency" """
    assert not is_fl_sro(assignment(officer=officer(certified=False)), as_of=AS_OF)
    guards = Agency(name="Acme Security", kind=AgencyKind.PRIVATE_SECURITY)
    assert not is_fl_sro(assignment(officer=officer(employer=guards)), as_of=AS_OF)


def test_a_guardian_is_not_an_sro() -> None:
    """A guardian is an armed school employee with no arrest authority: not an SRO."""
    district = Agency(name="Broward County Public Schools", kind=AgencyKind.SCHOOL_DISTRICT)
    guardian = officer(employer=district, certified=False, law_enforcement_authority=False,
                       sworn=False)  # fmt: skip
    assert not is_fl_sro(assignment(officer=guardian), as_of=AS_OF)


@pytest.mark.parametrize(
    ("parties", "expected"),
    [
        (frozenset({Party.LAW_ENFORCEMENT_AGENCY, Party.EDUCATION_AGENCY}), Outcome.MET),
        (frozenset({Party.COUNTY, Party.EDUCATION_AGENCY}), Outcome.NOT_MET),
        (None, Outcome.UNKNOWN),
    ],
)
def test_a_cooperative_agreement_with_the_agency(
    parties: frozenset[Party] | None, expected: Outcome
) -> None:
    """ "through a cooperative agreement with law enforcement agencies" """
    record = assignment(mou=mou(parties=parties))
    assert FL_SRO.evaluate(record, as_of=AS_OF).find("fl.sro.cooperative_agreement").outcome is (
        expected
    )
    assert not is_fl_sro(assignment(mou=NO_MOU), as_of=AS_OF)


@pytest.mark.parametrize(
    ("sector", "expected"),
    [(SchoolSector.PUBLIC, True), (SchoolSector.CHARTER, True), (SchoolSector.NONPUBLIC, False)],
)
def test_school_facilities_of_the_district_including_charter_schools(
    sector: SchoolSector, expected: bool
) -> None:
    """ "at each school facility within the district, including charter schools" """
    record = assignment(schools={School(name="A school", level=SchoolLevel.HIGH, sector=sector)})
    assert is_fl_sro(record, as_of=AS_OF) is expected


def test_the_timeline_and_the_remedy_follow_the_screenings() -> None:
    """With the psychological evaluation on 2024-09-04, NOT_MET until then and MET from that
    day; with it not done, the remedy is to undergo it.
    """
    found = (*screenings(ScreeningKind.CRIMINAL_BACKGROUND_CHECK, ScreeningKind.DRUG_TEST),
             Screening(kind=ScreeningKind.PSYCHOLOGICAL_EVALUATION, on=date(2024, 9, 4)))  # fmt: skip
    record = assignment(officer=officer(screenings=found))
    spans = timeline(FL_SRO, record, start=date(2024, 9, 1), end=date(2024, 9, 30)).spans
    assert [(span.start, span.outcome) for span in spans] == [
        (date(2024, 9, 1), Outcome.NOT_MET),
        (date(2024, 9, 4), Outcome.MET),
    ]
    (remedy,) = remedies(FL_SRO, record, as_of=AS_OF)
    assert "psychological evaluation" in remedy.action
    assert is_fl_sro(remedy.apply(record), as_of=AS_OF)
    unknown = assignment(officer=officer(screenings=None))
    (record_them,) = remedies(FL_SRO, unknown, as_of=AS_OF)
    assert record_them.action.startswith("record the screenings")


def test_the_condition_checks_its_arguments_and_pickles() -> None:
    with pytest.raises(ValueError, match="ScreeningKind"):
        screened((), "screenings")
    condition = screened({ScreeningKind.DRUG_TEST}, "a drug test")
    assert pickle.loads(pickle.dumps(condition)) == condition
    assert condition.facts(officer(screenings=None), _context()) == {}


def test_the_latest_screening_of_a_kind_is_shown() -> None:
    condition = screened({ScreeningKind.DRUG_TEST}, "a drug test")
    found = (Screening(kind=ScreeningKind.DRUG_TEST, on=date(2023, 1, 2), passed=False),
             Screening(kind=ScreeningKind.DRUG_TEST, on=date(2024, 1, 2), passed=True),
             Screening(kind=ScreeningKind.DRUG_TEST, on=date(2022, 1, 2)))  # fmt: skip
    assert condition.facts(officer(screenings=found), _context()) == {
        "drug_test": (date(2024, 1, 2), True)
    }


def _context() -> Context:
    return Context(as_of=AS_OF, parameters={})
