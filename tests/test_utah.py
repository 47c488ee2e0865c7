"""Utah: Utah Code § 53G-8-701(7), rule by rule.

> "School resource officer" means a law enforcement officer, as defined in Section 53-13-103,
> who contracts with or whose law enforcement agency contracts with an LEA to provide law
> enforcement services for the LEA.
"""

from datetime import date, timedelta

import pytest

from sro_domain import (
    JURISDICTIONS,
    NO_MOU,
    RULES,
    UT_SRO,
    WHO_COUNTS_IN,
    Outcome,
    Party,
    UndeterminedError,
    compare,
    is_ut_sro,
)
from sro_domain.examples import SECURITY_GUARD
from tests.builders import START, assignment, mou, officer

AS_OF = date(2023, 3, 6)


def outcome(rule_id: str, **changes: object) -> Outcome:
    return UT_SRO.evaluate(assignment(**changes), as_of=AS_OF).find(rule_id).outcome


def test_a_sworn_officer_under_a_contract_with_the_district_is_an_sro() -> None:
    """ "a law enforcement officer … whose law enforcement agency contracts with an LEA" """
    assert is_ut_sro(assignment(), as_of=AS_OF)


@pytest.mark.parametrize(
    ("authority", "expected"),
    [(True, Outcome.MET), (False, Outcome.NOT_MET), (None, Outcome.UNKNOWN)],
)
def test_a_law_enforcement_officer(authority: bool | None, expected: Outcome) -> None:
    """ "School resource officer" means a law enforcement officer, as defined in Section
    53-13-103 — read as authority to enforce criminal laws (decision UT1).
    """
    changed = assignment(officer=officer(law_enforcement_authority=authority))
    verdict = UT_SRO.evaluate(changed, as_of=AS_OF).find("ut.sro.law_enforcement_officer")
    assert verdict.outcome is expected


@pytest.mark.parametrize(
    ("parties", "expected"),
    [
        (frozenset({Party.LAW_ENFORCEMENT_AGENCY, Party.EDUCATION_AGENCY}), Outcome.MET),
        (frozenset({Party.EDUCATION_AGENCY}), Outcome.MET),
        (frozenset({Party.LAW_ENFORCEMENT_AGENCY, Party.COUNTY}), Outcome.NOT_MET),
        (frozenset(), Outcome.NOT_MET),
        (None, Outcome.UNKNOWN),
    ],
)
def test_the_contract_is_with_an_lea(parties: frozenset[Party] | None, expected: Outcome) -> None:
    """ "who contracts with or whose law enforcement agency contracts with an LEA": the other
    party to the agreement the officer serves under must be an LEA (decision UT1).
    """
    assert outcome("ut.sro.contract_with_lea", mou=mou(parties=parties)) is expected


def test_no_contract_at_all_fails_and_an_unknown_one_is_unknown() -> None:
    """ "who contracts with … an LEA": known to have no agreement is no contract."""
    assert outcome("ut.sro.contract_with_lea", mou=NO_MOU) is Outcome.NOT_MET
    verdict = UT_SRO.evaluate(assignment(mou=None), as_of=AS_OF)
    assert verdict.find("ut.sro.contract_with_lea").outcome is Outcome.UNKNOWN
    assert verdict.missing == frozenset({"assignment.mou"})
    with pytest.raises(UndeterminedError):
        is_ut_sro(assignment(mou=None), as_of=AS_OF)


def test_the_services_are_provided_on_the_day_asked_about() -> None:
    """ "to provide law enforcement services for the LEA": from the first day of the posting to
    its last, and not the day before it starts or the day after it ends.
    """
    day = timedelta(days=1)
    posting = assignment(end=date(2023, 6, 9))
    for as_of, expected in [
        (START - day, Outcome.NOT_MET),
        (START, Outcome.MET),
        (date(2023, 6, 9), Outcome.MET),
        (date(2023, 6, 10), Outcome.NOT_MET),
    ]:
        verdict = UT_SRO.evaluate(posting, as_of=as_of).find("ut.sro.in_effect")
        assert verdict.outcome is expected, as_of


def test_a_private_guard_with_no_contract_is_not_an_sro() -> None:
    """A contract guard has no law-enforcement authority and no contract with the LEA."""
    verdict = UT_SRO.evaluate(SECURITY_GUARD, as_of=date(2024, 9, 3))
    assert [leaf.id for leaf in verdict.leaves() if leaf.not_met] == [
        "ut.sro.law_enforcement_officer",
        "ut.sro.contract_with_lea",
    ]


def test_utah_is_a_jurisdiction_and_compares_with_the_federal_definition() -> None:
    """An officer under a contract with the district, who does no community policing, is an SRO
    in Utah and not under 34 U.S.C. § 10389(4).
    """
    assert JURISDICTIONS["UT"] == (UT_SRO,)
    posting = assignment(community_oriented_policing=False)
    comparison = compare(posting, WHO_COUNTS_IN["UT"], as_of=AS_OF)
    assert comparison.outcomes["ut-sro"] is Outcome.MET
    assert comparison.outcomes["federal-definition"] is Outcome.NOT_MET
    difference = next(d for d in comparison.differences if d.higher == "ut-sro")
    assert "federal.community_policing" in [rule.id for rule in difference.rules]


def test_every_rule_cites_the_definition() -> None:
    assert {RULES[r].source.citation for r in RULES if r.startswith("ut.")} == {
        "Utah Code § 53G-8-701(7)"
    }
