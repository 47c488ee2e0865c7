"""Indiana: Ind. Code § 20-26-18.2-1 ("school resource officer") and § 20-26-18.2-2(b), rule by rule.

> (a) As used in this chapter, "school resource officer" means a law enforcement officer who:
> (1) has completed the training described in subsection (b); (2) is assigned to one (1) or more
> school corporations or charter schools during school hours to: […] and (3) is: (A) employed by
> a law enforcement agency; (B) appointed as a police reserve officer […] or (C) a school
> corporation police officer […]. The term does not include a law enforcement officer who is
> assigned to a school to provide security outside a school building for protection from outside
> threats, traffic duty, or other duties not consistent with the duties of a school resource
> officer. (b) Before being appointed as a school resource officer, an individual must have
> successfully completed the minimum training requirements established for law enfor[…]
"""

import pickle
from datetime import date

import pytest

from sro_domain import (
    IN_MOU,
    IN_SRO,
    IN_TRAINING,
    NO_MOU,
    Agency,
    AgencyKind,
    Assignment,
    Duty,
    NotInForceError,
    Outcome,
    TrainingKind,
    is_in_sro,
    meets_in_mou,
    meets_in_training,
    remedies,
)
from sro_domain.conditions import includes_any
from sro_domain.employment import employed_by
from sro_domain.rules import Context
from sro_domain.standards.indiana import IN_MOU_FROM, SRO_DUTIES
from tests.builders import assignment, basic_course, officer

AS_OF = date(2024, 9, 3)
FOUR = frozenset(SRO_DUTIES)


def posting(**changes: object) -> Assignment:
    """A posting to the four SRO duties, unless told otherwise."""
    fields: dict[str, object] = {"duties": FOUR, "under_contract": False}
    return assignment(**(fields | changes))


def duties_outcome(duties: frozenset[Duty] | None) -> Outcome:
    return IN_SRO.evaluate(posting(duties=duties), as_of=AS_OF).find("in.sro.duties").outcome


# --- (a): who is an SRO --------------------------------------------------------------------------


def test_a_police_officer_on_sro_duties_is_an_sro() -> None:
    """ "a law enforcement officer who … is assigned to one (1) or more school corporations or
    charter schools … and … is: (A) employed by a law enforcement agency"
    """
    assert is_in_sro(posting(), as_of=AS_OF)


def test_an_officer_on_traffic_duty_only_is_not_an_sro() -> None:
    """ "The term does not include a law enforcement officer who is assigned to a school to
    provide … traffic duty": traffic only, or security outside the building only, or other duties
    only, is no SRO; traffic beside an SRO's duties does not undo them (decision IN2).
    """
    assert duties_outcome(frozenset({Duty.TRAFFIC})) is Outcome.NOT_MET
    assert duties_outcome(frozenset({Duty.EXTERIOR_SECURITY})) is Outcome.NOT_MET
    assert duties_outcome(frozenset({Duty.OTHER, Duty.TRAFFIC})) is Outcome.NOT_MET
    assert duties_outcome(frozenset({Duty.TRAFFIC, Duty.SCHOOL_SAFETY})) is Outcome.MET
    assert duties_outcome(None) is Outcome.UNKNOWN
    assert not is_in_sro(posting(duties=frozenset({Duty.TRAFFIC})), as_of=AS_OF)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (AgencyKind.POLICE_DEPARTMENT, Outcome.MET),
        (AgencyKind.SHERIFFS_OFFICE, Outcome.MET),
        (AgencyKind.SCHOOL_DISTRICT_POLICE, Outcome.MET),
        (AgencyKind.SCHOOL_DISTRICT, Outcome.NOT_MET),
        (AgencyKind.PRIVATE_SECURITY, Outcome.NOT_MET),
    ],
)
def test_employed_by_a_law_enforcement_agency_or_school_police(
    kind: AgencyKind, expected: Outcome
) -> None:
    """ "(A) employed by a law enforcement agency; … or (C) a school corporation police officer":
    school police count in Indiana; a security firm's guard does not (decision IN1).
    """
    record = posting(officer=officer(employer=Agency(name="An agency", kind=kind)))
    verdict = IN_SRO.evaluate(record, as_of=AS_OF).find("in.sro.employment")
    assert verdict.outcome is expected


def test_an_unknown_employer_is_unknown_and_the_remedy_names_one() -> None:
    """An employer not recorded leaves the definition open; the remedy records one that counts."""
    record = posting(officer=officer(employer=None))
    verdict = IN_SRO.evaluate(record, as_of=AS_OF)
    assert verdict.find("in.sro.employment").outcome is Outcome.UNKNOWN
    assert "assignment.officer.employer" in verdict.missing
    (remedy,) = remedies(IN_SRO, record, as_of=AS_OF)
    assert is_in_sro(remedy.apply(record), as_of=AS_OF)


def test_the_remedy_for_traffic_duty_adds_an_sro_duty() -> None:
    record = posting(duties=frozenset({Duty.TRAFFIC}))
    (remedy,) = remedies(IN_SRO, record, as_of=AS_OF)
    assert remedy.path == "assignment.duties"
    assert is_in_sro(remedy.apply(record), as_of=AS_OF)


# --- (b): the training before appointment -------------------------------------------------------


def test_the_minimum_training_before_appointment() -> None:
    """ "Before being appointed as a school resource officer, an individual must have
    successfully completed the minimum training requirements established for law enfor[cement
    officers]": completed the day before the start, met; on the start day, not met.
    """
    start = date(2024, 8, 19)
    day_before = basic_course(
        kind=TrainingKind.BASIC_LAW_ENFORCEMENT, completed_on=date(2024, 8, 18)
    )
    same_day = basic_course(kind=TrainingKind.BASIC_LAW_ENFORCEMENT, completed_on=start)
    for course, expected in ((day_before, Outcome.MET), (same_day, Outcome.NOT_MET)):
        record = posting(start=start, officer=officer(trainings=(course,)))
        verdict = IN_TRAINING.evaluate(record, as_of=AS_OF)
        assert verdict.find("in.training.before_appointment").outcome is expected


def test_asked_about_before_the_start_there_is_still_time() -> None:
    """A pre-condition is judged at the start: before it, unknown."""
    record = posting(start=date(2024, 9, 9), officer=officer(trainings=()))
    verdict = IN_TRAINING.evaluate(record, as_of=AS_OF)
    assert verdict.find("in.training.before_appointment").outcome is Outcome.UNKNOWN


def test_an_sro_course_is_not_the_minimum_training() -> None:
    """The NASRO course alone is not the minimum training for law enforcement officers."""
    record = posting(officer=officer(trainings=(basic_course(),)))
    assert not meets_in_training(record, as_of=AS_OF)


# --- § 20-26-18.2-2(b): the MOU for SROs engaged by contract -------------------------------------


def test_a_contracted_sro_needs_an_mou_with_the_agency() -> None:
    """ "After June 30, 2023, if a school corporation or charter school enters into a contract for
    a school resource officer, [it] must enter into a memorandum of understanding with the law
    enforcement agency that employs or appointed the law enforcement officer"
    """
    assert meets_in_mou(posting(under_contract=True), as_of=AS_OF)
    verdict = IN_MOU.evaluate(posting(under_contract=True, mou=NO_MOU), as_of=AS_OF)
    assert verdict.find("in.mou.agreement").outcome is Outcome.NOT_MET


def test_an_sro_not_engaged_by_contract_is_not_reached() -> None:
    """The MOU duty binds only a contract: an SRO assigned under the agency's own arrangement is
    not reached (met, and the standard does not apply).
    """
    verdict = IN_MOU.evaluate(posting(under_contract=False, mou=NO_MOU), as_of=AS_OF)
    assert verdict.met
    assert verdict.applies is Outcome.NOT_MET


def test_the_mou_duty_begins_on_1_july_2023() -> None:
    """ "After June 30, 2023": on 2023-06-30 not in force; on 2023-07-01 in force."""
    assert date(2023, 7, 1) == IN_MOU_FROM
    record = posting(under_contract=True, start=date(2022, 8, 1))
    with pytest.raises(NotInForceError):
        meets_in_mou(record, as_of=date(2023, 6, 30))
    assert meets_in_mou(record, as_of=date(2023, 7, 1))


# --- the two new conditions ---------------------------------------------------------------------


def test_the_new_conditions_check_their_arguments_and_pickle() -> None:
    with pytest.raises(ValueError, match="AgencyKind"):
        employed_by((), "an agency")
    with pytest.raises(ValueError, match="enum members"):
        includes_any("duties", frozenset(), "duties")
    for condition in (employed_by({AgencyKind.STATE_POLICE}, "the state police"),
                      includes_any("duties", SRO_DUTIES, "duties")):  # fmt: skip
        assert pickle.loads(pickle.dumps(condition)) == condition


def test_an_employer_of_every_kind_has_no_failing_example() -> None:
    condition = employed_by(AgencyKind, "any agency")
    assert set(condition.examples({})) == {Outcome.MET, Outcome.UNKNOWN}
    context = Context(as_of=AS_OF, parameters={})
    assert condition.facts(officer(employer=None), context) == {
        "employer_kind": None,
        "kinds": tuple(AgencyKind),
    }


def test_the_reasons_of_includes_any() -> None:
    condition = includes_any("duties", SRO_DUTIES, "duties")
    context = Context(as_of=AS_OF, parameters={})
    unknown = condition.reason(posting(duties=None), context)
    assert unknown.startswith("duties: unknown; one of school safety")
    none = condition.reason(posting(duties=frozenset()), context)
    assert none.startswith("duties: none; one of school safety")
    fix = condition.mend(posting(duties=None), context)
    assert fix.action.startswith("duties: record them")
