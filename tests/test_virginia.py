"""Virginia: Va. Code § 9.1-101 ("school resource officer") and § 22.1-280.2:3, rule by rule.

> "School resource officer" means a certified law enforcement officer hired by the local law
> enforcement agency to provide law enforcement and security services to Virginia public
> elementary and secondary schools. […] Each such school board and local law-enforcement agency
> shall review and amend or affirm such memorandum at least once every two years or at any time
> upon the request of either party. Each school board shall ensure the current division
> memorandum of understanding is conspicuously published on the division website […]
"""

import pickle
from datetime import date

import pytest

from sro_domain import (
    NO_MOU,
    VA_MOU,
    VA_SRO,
    Agency,
    AgencyKind,
    Assignment,
    NotInForceError,
    Outcome,
    School,
    SchoolLevel,
    SchoolSector,
    UndeterminedError,
    is_va_sro,
    meets_va_mou,
    remedies,
    timeline,
)
from sro_domain.recency import within_years
from sro_domain.schools import serves_school
from sro_domain.standards.virginia import MOU_REVIEW_YEARS
from tests.builders import assignment, mou, officer

AS_OF = date(2024, 9, 3)


def reviewed(on: date | None, as_of: date = AS_OF) -> Outcome:
    record = assignment(mou=mou(reviewed_on=on))
    return VA_MOU.evaluate(record, as_of=as_of).find("va.mou.reviewed").outcome


# --- § 9.1-101: who is an SRO -------------------------------------------------------------------


def test_a_certified_officer_of_the_local_police_is_an_sro() -> None:
    """ "a certified law enforcement officer hired by the local law enforcement agency" """
    assert is_va_sro(assignment(), as_of=AS_OF)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (AgencyKind.POLICE_DEPARTMENT, Outcome.MET),
        (AgencyKind.SHERIFFS_OFFICE, Outcome.MET),
        (AgencyKind.STATE_POLICE, Outcome.NOT_MET),
        (AgencyKind.SCHOOL_DISTRICT_POLICE, Outcome.NOT_MET),
        (AgencyKind.PRIVATE_SECURITY, Outcome.NOT_MET),
    ],
)
def test_hired_by_the_local_law_enforcement_agency(kind: AgencyKind, expected: Outcome) -> None:
    """ "hired by the local law enforcement agency": a police department or a sheriff's office
    (decision VA1); the state police are not local.
    """
    employer = Agency(name="An agency", kind=kind)
    record = assignment(officer=officer(employer=employer))
    assert VA_SRO.evaluate(record, as_of=AS_OF).find("va.sro.certified_officer").outcome is expected


def test_uncertified_and_unknown_certification() -> None:
    """ "a certified law enforcement officer": not certified is no SRO; unknown is undecided."""
    assert not is_va_sro(assignment(officer=officer(certified=False)), as_of=AS_OF)
    with pytest.raises(UndeterminedError):
        is_va_sro(assignment(officer=officer(certified=None)), as_of=AS_OF)


def test_a_school_security_officer_is_not_an_sro() -> None:
    """A school security officer is "employed by the local school board", with no
    law-enforcement authority: never an SRO.
    """
    board = Agency(name="Fairfax County Public Schools", kind=AgencyKind.SCHOOL_DISTRICT)
    guard = officer(employer=board, certified=False, law_enforcement_authority=False,
                    sworn=False)  # fmt: skip
    assert not is_va_sro(assignment(officer=guard), as_of=AS_OF)


@pytest.mark.parametrize(
    ("level", "sector", "expected"),
    [
        (SchoolLevel.ELEMENTARY, SchoolSector.PUBLIC, Outcome.MET),
        (SchoolLevel.HIGH, SchoolSector.CHARTER, Outcome.MET),
        (SchoolLevel.HIGH, SchoolSector.NONPUBLIC, Outcome.NOT_MET),
        (SchoolLevel.POSTSECONDARY, SchoolSector.PUBLIC, Outcome.NOT_MET),
        (SchoolLevel.PRE_K, SchoolSector.PUBLIC, Outcome.NOT_MET),
    ],
)
def test_public_elementary_and_secondary_schools(
    level: SchoolLevel, sector: SchoolSector, expected: Outcome
) -> None:
    """ "to Virginia public elementary and secondary schools": a private school or a college is
    not one; a charter school is a public school (decision VA1).
    """
    record = assignment(schools={School(name="A school", level=level, sector=sector)})
    assert VA_SRO.evaluate(record, as_of=AS_OF).find("va.sro.public_school").outcome is expected


def test_one_public_school_among_others_is_enough() -> None:
    """ "public elementary and secondary schools": serving one is serving them."""
    schools = {School(name="St. Mary's", level=SchoolLevel.HIGH, sector=SchoolSector.NONPUBLIC),
               School(name="Maury High", level=SchoolLevel.HIGH)}  # fmt: skip
    assert is_va_sro(assignment(schools=schools), as_of=AS_OF)


def test_a_remedy_adds_a_public_school() -> None:
    """Serving only a private school, the remedy is to serve a public one."""
    record = assignment(
        schools={School(name="St. Mary's", level=SchoolLevel.HIGH, sector=SchoolSector.NONPUBLIC)}
    )
    (remedy,) = remedies(VA_SRO, record, as_of=AS_OF)
    assert remedy.path == "assignment.schools"
    assert is_va_sro(remedy.apply(record), as_of=AS_OF)


# --- § 22.1-280.2:3: the MOU --------------------------------------------------------------------


def test_the_mou_is_kept() -> None:
    """ "shall enter into a memorandum of understanding with such local law-enforcement
    agency" — reviewed and published: met.
    """
    assert meets_va_mou(assignment(mou=mou(reviewed_on=date(2024, 6, 3))), as_of=AS_OF)


def test_no_mou() -> None:
    """ "shall enter into a memorandum of understanding": with none, not met."""
    verdict = VA_MOU.evaluate(assignment(mou=NO_MOU), as_of=AS_OF)
    assert verdict.find("va.mou.agreement").outcome is Outcome.NOT_MET


def test_reviewed_two_years_ago_and_two_years_and_a_day_ago() -> None:
    """ "review and amend or affirm such memorandum at least once every two years": reviewed
    2022-09-03, it is current through 2024-09-03; reviewed 2022-09-02 (2 years and 1 day before
    2024-09-03), it is overdue.
    """
    assert MOU_REVIEW_YEARS == 2
    assert reviewed(date(2022, 9, 3)) is Outcome.MET
    assert reviewed(date(2022, 9, 2)) is Outcome.NOT_MET
    assert reviewed(AS_OF) is Outcome.MET
    verdict = VA_MOU.evaluate(assignment(mou=mou(reviewed_on=date(2022, 9, 2))), as_of=AS_OF)
    assert verdict.find("va.mou.reviewed").reason.endswith("(until 2024-09-02): overdue")


def test_a_review_on_29_february_lasts_to_28_february() -> None:
    """ "at least once every two years": reviewed 2024-02-29, the next is due by 2026-02-28."""
    assert reviewed(date(2024, 2, 29), as_of=date(2026, 2, 28)) is Outcome.MET
    assert reviewed(date(2024, 2, 29), as_of=date(2026, 3, 1)) is Outcome.NOT_MET


def test_a_review_unknown_or_after_the_day_asked_about_is_unknown() -> None:
    """Unrecorded, or recorded only after the day asked about (so the review in force that day is
    not known): unknown, never silently overdue (decision VA2).
    """
    assert reviewed(None) is Outcome.UNKNOWN
    assert reviewed(date(2024, 9, 4)) is Outcome.UNKNOWN
    verdict = VA_MOU.evaluate(assignment(mou=mou(reviewed_on=None)), as_of=AS_OF)
    assert set(verdict.missing) == {"assignment.mou.reviewed_on"}


@pytest.mark.parametrize(("published", "expected"), [(True, Outcome.MET), (False, Outcome.NOT_MET),
                                                     (None, Outcome.UNKNOWN)])  # fmt: skip
def test_published_on_the_division_website(published: bool | None, expected: Outcome) -> None:
    """ "conspicuously published on the division website" """
    verdict = VA_MOU.evaluate(assignment(mou=mou(published=published)), as_of=AS_OF)
    assert verdict.find("va.mou.published").outcome is expected


def test_the_mou_rules_bind_virginia_sros_only() -> None:
    """ "school resource officers, as defined in § 9.1-101": a state trooper's posting is not
    bound (met, and the standard does not apply).
    """
    trooper = officer(employer=Agency(name="Virginia State Police", kind=AgencyKind.STATE_POLICE))
    verdict = VA_MOU.evaluate(assignment(officer=trooper, mou=NO_MOU), as_of=AS_OF)
    assert verdict.met
    assert verdict.applies is Outcome.NOT_MET


def test_the_mou_rules_are_in_force_from_1_july_2020() -> None:
    """The 2020 text (every two years, published) binds from 2020-07-01 (decision VA3)."""
    assert meets_va_mou(assignment(start=date(2020, 6, 1),
                                   mou=mou(reviewed_on=date(2020, 6, 1))),
                        as_of=date(2020, 7, 1))  # fmt: skip
    with pytest.raises(NotInForceError):
        meets_va_mou(assignment(), as_of=date(2020, 6, 30))


def test_the_timeline_and_the_remedy_follow_the_review() -> None:
    """Reviewed 2022-06-01: current to 2024-06-01, overdue from 2024-06-02; the remedy is to
    review it on the day asked about.
    """
    record = assignment(mou=mou(reviewed_on=date(2022, 6, 1)))
    found = timeline(VA_MOU, record, start=date(2023, 1, 1), end=date(2024, 12, 31))
    assert [(span.start, span.outcome) for span in found.spans] == [
        (date(2023, 1, 1), Outcome.MET),
        (date(2024, 6, 2), Outcome.NOT_MET),
    ]
    (remedy,) = remedies(VA_MOU, record, as_of=AS_OF)
    assert remedy.path == "assignment.mou.reviewed_on"
    assert meets_va_mou(remedy.apply(record), as_of=AS_OF)


# --- the two conditions ---------------------------------------------------------------------


def test_the_conditions_check_their_arguments_and_pickle() -> None:
    with pytest.raises(ValueError, match="whole number of years"):
        within_years("reviewed_on", 0, "last reviewed")
    with pytest.raises(ValueError, match="SchoolLevel"):
        serves_school("a school", levels=())
    with pytest.raises(ValueError, match="SchoolSector"):
        serves_school("a school", sectors=["public"])  # type: ignore[list-item]
    for condition in (within_years("reviewed_on", 2, "reviewed"), serves_school("a school")):
        assert pickle.loads(pickle.dumps(condition)) == condition


def test_every_school_counts_when_every_level_and_sector_does() -> None:
    """A condition no school fails has no NOT_MET example."""
    condition = serves_school("a school", levels=SchoolLevel, sectors=SchoolSector)
    assert set(condition.examples({})) == {Outcome.MET}


def test_the_facts_of_a_review() -> None:
    record: Assignment = assignment(mou=mou(reviewed_on=date(2022, 9, 2)))
    verdict = VA_MOU.evaluate(record, as_of=AS_OF).find("va.mou.reviewed")
    assert verdict.facts == {"reviewed_on": date(2022, 9, 2), "until": date(2024, 9, 2)}
