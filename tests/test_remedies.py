"""Remedies: what would meet each rule not met, cited, and applied as the least change."""

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_domain import (
    COPS_CHP,
    FEDERAL_DEFINITION,
    NASRO_ASSIGNMENT,
    NASRO_MOU,
    NASRO_SELECTION,
    NASRO_TRAINING,
    NC_STATUTE,
    NC_TRAINING,
    NO_MOU,
    RULES,
    STANDARDS,
    Agency,
    AgencyKind,
    Assignment,
    ConductKind,
    ConductRecord,
    Disposition,
    Duty,
    Finding,
    Funding,
    FundingProgram,
    Mou,
    MouSection,
    NcCommission,
    Officer,
    Outcome,
    Remedy,
    Rule,
    ServicePeriod,
    Standard,
    TrainingKind,
    YearWeeks,
    remedies,
)
from sro_domain.conditions import all_of, any_of, at_least, is_true
from sro_domain.rules import Context, Fix, impossible
from sro_domain.strategies import undetermined, violating
from sro_domain.strategies._targets import _in_force_window
from tests.budgets import budget
from tests.builders import START, assignment, basic_course, mou, officer
from tests.strategies import SUBJECTS
from tests.test_properties import IDS, VARIANTS

MET, NOT_MET, UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
REGISTERED = list(STANDARDS.values())


def resolve(subject: Any, path: str) -> Any:
    """The value at a remedy's path: its first segment names the subject itself."""
    value = subject
    for name in path.split(".")[1:]:
        value = getattr(value, name)
    return value


def applied(found: tuple[Remedy, ...], subject: Any, as_of: date) -> tuple[Any, date]:
    """Every possible remedy made, and the day to ask again: the latest ``wait_until``."""
    for remedy in found:
        if remedy.possible:
            subject = remedy.apply(subject)
    waits = [remedy.wait_until for remedy in found if remedy.wait_until is not None]
    return subject, max([as_of, *waits])


def assert_remedies_meet(standard: Standard, subject: Any, as_of: date) -> None:
    verdict = standard.evaluate(subject, as_of=as_of)
    found = remedies(standard, subject, as_of=as_of)
    if verdict.outcome is MET:
        assert found == ()
        return
    assert found, f"{standard.id}: a verdict that is not met has remedies"
    not_met = {leaf.id for leaf in _obligations(verdict) if leaf.outcome is not MET}
    remedied = {remedy.rule_id for remedy in found}
    assert not_met <= remedied
    if all(remedy.wait_until is None for remedy in found):
        # Only where time must pass can a later day need more (a record on file by then).
        assert remedied == not_met
    for remedy in found:
        resolve(subject, remedy.path)  # raises if the path does not resolve
        assert remedy.citation == RULES[remedy.rule_id].source.citation
        assert remedy.action
        assert remedy.possible == (remedy.reason is None)
    changed, day = applied(found, subject, as_of)
    after = standard.evaluate(changed, as_of=day)
    outcomes = {leaf.id: leaf.outcome for leaf in _obligations(after)}
    for remedy in found:
        if remedy.possible:
            assert outcomes[remedy.rule_id] is MET, f"{remedy}\n{after.explain()}"
    if all(remedy.possible for remedy in found):
        assert after.outcome is MET, after.explain()


def _obligations(verdict: Any) -> list[Any]:
    """The leaf verdicts of a standard's parts (not of its scope)."""
    if verdict.is_rule:
        return [verdict]
    return [leaf for child in verdict.children for leaf in _obligations(child)]


@pytest.mark.parametrize("standard", REGISTERED, ids=[s.id for s in REGISTERED])
@budget(20)
@given(data=st.data())
def test_every_possible_remedy_applied_meets_its_rule(standard: Standard, data: Any) -> None:
    """Over violating and undetermined subjects of every built-in standard: applying every
    possible remedy, asked again on the latest ``wait_until``, meets each remedied rule; when
    every remedy is possible, the standard is met (decision P2).
    """
    if data.draw(st.booleans()):
        rule_id = data.draw(st.sampled_from([rule.id for rule in standard.rules]))
        subject, as_of = data.draw(violating(standard, rule_id))
    else:
        subject, as_of = data.draw(undetermined(standard))
    assert_remedies_meet(standard, subject, as_of)


@pytest.mark.parametrize("standard", VARIANTS, ids=IDS)
@budget(15)
@given(data=st.data())
def test_remedies_on_any_subject(standard: Standard, data: Any) -> None:
    """Over free subjects and dates, for every variant: a MET verdict has no remedies, and the
    remedies of any other meet their rules.
    """
    subject = data.draw(SUBJECTS[standard.subject])
    first, last = _in_force_window(standard)
    as_of = data.draw(
        st.dates(min_value=max(first, date(1999, 1, 1)), max_value=min(last, date(2040, 12, 31)))
    )
    assert_remedies_meet(standard, subject, as_of)


def test_every_obligation_of_a_built_in_standard_says_what_would_meet_it() -> None:
    """A built-in rule without ``mend=`` would leave its remedies saying nothing: none is."""
    lacking = sorted(
        rule.id for standard in REGISTERED for rule in standard.rules if rule.mend is None
    )
    assert lacking == [], f"give these rules a mend= in src/sro_domain/standards/: {lacking}"


# --- examples ---------------------------------------------------------------------------------


def test_a_pre_screen_a_month_before_the_start_with_12_hours_missing() -> None:
    """NASRO FAQ: "officers receive at least 40 hours of specialized training in school policing
    before being assigned". 28 hours a month before a 2024-08-19 start: 12 more, by the day
    before.
    """
    start = date(2024, 8, 19)
    posting = assignment(
        start=start, officer=officer(trainings=(basic_course(28, date(2024, 6, 1)),))
    )
    as_of = date(2024, 7, 19)
    (remedy,) = remedies(NASRO_TRAINING, posting, as_of=as_of)
    assert remedy.rule_id == "nasro.training.school_policing_hours"
    assert remedy.action == (
        "complete 12 more hours of school-policing training before the start (2024-08-19)"
    )
    assert remedy.path == "assignment.officer.trainings"
    assert remedy.by == date(2024, 8, 18)
    assert remedy.wait_until is None
    assert remedy.citation == RULES["nasro.training.school_policing_hours"].source.citation
    changed = remedy.apply(posting)
    assert changed.officer.trainings is not None
    added = changed.officer.trainings[-1]
    assert added.hours == Decimal(12)
    assert added.kind is TrainingKind.SCHOOL_POLICING
    assert NASRO_TRAINING.evaluate(changed, as_of=as_of).outcome is MET
    assert str(remedy) == (
        "nasro.training.school_policing_hours: complete 12 more hours of school-policing "
        "training before the start (2024-08-19) (by 2024-08-18)"
    )


def test_a_before_being_assigned_course_after_the_start_is_impossible() -> None:
    """ "before being assigned": once the assignment has started, no course completed since
    counts, so the remedy says so and cannot be applied.
    """
    posting = assignment(officer=officer(trainings=(basic_course(28, date(2022, 6, 1)),)))
    (remedy,) = remedies(NASRO_TRAINING, posting, as_of=START + timedelta(days=1))
    assert not remedy.possible
    assert remedy.reason is not None
    assert "not before the start" in remedy.reason
    with pytest.raises(ValueError, match="cannot be met: the assignment started on 2022-08-01"):
        remedy.apply(posting)
    assert "not possible: the assignment started" in str(remedy)


def test_three_years_from_29_february_is_a_wait() -> None:
    """NASRO FAQ: "at least three years of law enforcement experience". Service from
    2020-02-29 reaches three years on 2023-03-01: asked on 2023-02-28, time alone closes it.
    """
    sworn = officer(service_periods=(ServicePeriod(start=date(2020, 2, 29)),))
    (remedy,) = remedies(NASRO_SELECTION, sworn, as_of=date(2023, 2, 28))
    assert remedy.rule_id == "nasro.selection.experience"
    assert remedy.wait_until == date(2023, 3, 1)
    assert remedy.action == "wait until 2023-03-01, when ongoing service reaches 3 years"
    assert remedy.apply(sworn) is sworn
    assert NASRO_SELECTION.evaluate(sworn, as_of=date(2023, 3, 1)).outcome is MET
    assert remedies(NASRO_SELECTION, sworn, as_of=date(2023, 3, 1)) == ()


def test_waiting_reveals_a_record_dated_later() -> None:
    """NASRO FAQ: "Their service records should contain no disciplinary actions or complaints
    involving youth." Waiting three years for the experience also puts on file a sustained
    complaint dated a month later: the remedies say so.
    """
    complained = ConductRecord(kind=ConductKind.COMPLAINT, on=date(2008, 2, 1),
                               involves_youth=True, disposition=Disposition.SUSTAINED)  # fmt: skip
    sworn = officer(service_periods=(ServicePeriod(start=date(2008, 1, 1)),),
                    conduct_records=(complained,))  # fmt: skip
    as_of = date(2008, 1, 2)
    assert NASRO_SELECTION.evaluate(sworn, as_of=as_of).find("nasro.selection.clean_record").met
    wait, record = remedies(NASRO_SELECTION, sworn, as_of=as_of)
    assert wait.wait_until == date(2011, 1, 1)
    assert record.rule_id == "nasro.selection.clean_record"
    assert record.reason == (
        "on file: record 0 (complaint on 2008-02-01, sustained); a record on file cannot be undone"
    )


def test_experience_judged_at_a_past_start_cannot_be_waited_for() -> None:
    """NASRO_ASSIGNMENT judges selection as of the start: service that reaches three years a
    day after a start already past never will, as far as this posting goes.
    """
    short = officer(service_periods=(ServicePeriod(start=date(2019, 8, 2)),))
    posting = assignment(officer=short)
    found = remedies(NASRO_ASSIGNMENT, posting, as_of=date(2023, 1, 1))
    (remedy,) = [r for r in found if r.rule_id == "nasro.selection.experience"]
    assert not remedy.possible
    assert remedy.action == "meet it by the assignment's start, 2022-08-01"
    assert remedy.reason == "the start is past, and time alone meets it only on 2022-08-02"


def test_experience_reached_after_a_future_start_is_impossible() -> None:
    """Asked before the start, service that reaches three years only after it cannot count."""
    short = officer(service_periods=(ServicePeriod(start=date(2019, 9, 1)),))
    found = remedies(NASRO_ASSIGNMENT, assignment(officer=short), as_of=date(2022, 7, 1))
    (remedy,) = [r for r in found if r.rule_id == "nasro.selection.experience"]
    assert remedy.reason == (
        "ongoing service reaches 3 years on 2022-09-01, after the assignment starts on 2022-08-01"
    )


def test_an_nc_course_inside_its_year() -> None:
    """12 NCAC 10B .0510(b)(2): "within one year after being assigned". Assigned 2024-08-15 and
    asked on 2025-02-01: complete the course by 2025-08-15; recorded as done that day.
    """
    posting = _nc_posting()
    as_of = date(2025, 2, 1)
    (remedy,) = remedies(NC_TRAINING, posting, as_of=as_of)
    assert remedy.rule_id == "nc.training.basic_sro_course"
    assert remedy.action == "complete the Basic SRO course by 2025-08-15"
    assert remedy.by == date(2025, 8, 15)
    changed = remedy.apply(posting)
    assert changed.officer.trainings is not None
    assert changed.officer.trainings[-1].kind is TrainingKind.NC_BASIC_SRO
    assert changed.officer.trainings[-1].completed_on == as_of
    assert NC_TRAINING.evaluate(changed, as_of=as_of).outcome is MET


def test_an_nc_course_asked_about_before_the_start_waits_for_it() -> None:
    """Asked before the assignment begins, the course is done once assigned: on the start."""
    posting = _nc_posting()
    (remedy,) = remedies(NC_TRAINING, posting, as_of=date(2024, 8, 1))
    assert remedy.wait_until == date(2024, 8, 15)
    changed = remedy.apply(posting)
    assert NC_TRAINING.evaluate(changed, as_of=date(2024, 8, 15)).outcome is MET


def test_an_nc_course_deadline_already_past_is_impossible() -> None:
    """The day after the deadline, the course can no longer be completed in time."""
    (remedy,) = remedies(NC_TRAINING, _nc_posting(), as_of=date(2025, 8, 16))
    assert remedy.reason == "the deadline, 2025-08-15, has passed"


def test_an_nc_credit_that_turns_on_continual_assignment() -> None:
    """ "who have been continually assigned as an SRO … shall be credited": a course before the
    assignment, outside the credit window, counts if the officer was continually assigned.
    """
    early = basic_course(40, date(2017, 5, 1), TrainingKind.NC_BASIC_SRO)
    posting = _nc_posting(officer=_nc_officer(trainings=(early,)))
    (remedy,) = remedies(NC_TRAINING, posting, as_of=date(2025, 9, 1))
    assert remedy.path == "assignment.continually_assigned"
    assert NC_TRAINING.evaluate(remedy.apply(posting), as_of=date(2025, 9, 1)).outcome is MET


def test_nc_certification_from_the_sheriffs_commission() -> None:
    """12 NCAC 10B .0510(b)(1): "general certification by the North Carolina Sheriffs'
    Education and Training Standards Commission as a Deputy Sheriff".
    """
    sheriff = Agency(name="Wake County Sheriff's Office", kind=AgencyKind.SHERIFFS_OFFICE)
    deputy = _nc_officer(employer=sheriff, nc_certifications=frozenset())
    posting = _nc_posting(officer=deputy, agency=sheriff)
    found = remedies(NC_TRAINING, posting, as_of=date(2025, 2, 1))
    (remedy,) = [r for r in found if r.rule_id == "nc.training.general_certification"]
    assert remedy.action == (
        "obtain general certification from the Sheriffs' Education and Training Standards "
        "Commission"
    )


def test_nc_certification_with_the_employer_unknown_has_two_options() -> None:
    """Either commission may be the one: certification from both, or the employer recorded."""
    posting = _nc_posting(officer=_nc_officer(employer=None))
    found = remedies(NC_TRAINING, posting, as_of=date(2025, 2, 1))
    (remedy,) = [r for r in found if r.rule_id == "nc.training.general_certification"]
    assert len(remedy.options) == 2
    assert remedy.options[1].startswith("record the officer's employer")
    changed = remedy.apply(posting)
    assert changed.officer.nc_certifications == frozenset(NcCommission)


def test_a_chp_mou_on_day_90_and_day_91() -> None:
    """CHP award conditions: "The MOU must be submitted to the COPS Office within 90 days of the
    date shown on the award congratulatory letter." Unsent on day 90: submit it that day. On
    day 91: too late.
    """
    letter = date(2024, 9, 2)
    posting = _chp_posting(letter)
    day_90, day_91 = letter + timedelta(days=90), letter + timedelta(days=91)
    (remedy,) = remedies(COPS_CHP, posting, as_of=day_90)
    assert remedy.rule_id == "cops.chp.mou_submitted"
    assert remedy.action == "submit the signed MOU to the COPS Office by 2024-12-01"
    assert remedy.by == day_90
    changed = remedy.apply(posting)
    assert isinstance(changed.mou, Mou)
    assert changed.mou.submitted_on == day_90
    assert COPS_CHP.evaluate(changed, as_of=day_90).outcome is MET
    (late,) = remedies(COPS_CHP, posting, as_of=day_91)
    assert late.reason == "the deadline, 2024-12-01, has passed"


def test_a_chp_mou_submitted_before_it_was_signed() -> None:
    """ "submit a signed Memorandum of Understanding": one sent before it was signed was not."""
    letter = date(2024, 9, 2)
    sent = mou(**{**_CHP_MOU, "signed_on": date(2024, 10, 2)}, submitted_on=date(2024, 10, 1))
    (remedy,) = remedies(COPS_CHP, _chp_posting(letter, sent), as_of=date(2024, 10, 5))
    assert remedy.reason == "submitted on 2024-10-01, before it was signed on 2024-10-02"


def test_a_chp_award_letter_of_unknown_date() -> None:
    """With the award letter's date unknown, the deadline is; recording it settles the MOU."""
    sent = mou(**_CHP_MOU, submitted_on=date(2024, 10, 1))
    posting = _chp_posting(date(2024, 9, 2), sent)
    posting = _replace(posting, funding=Funding(program=FundingProgram.COPS_HIRING_PROGRAM))
    (remedy,) = remedies(COPS_CHP, posting, as_of=date(2024, 10, 5))
    assert remedy.path == "assignment.funding.award_letter_on"
    assert COPS_CHP.evaluate(remedy.apply(posting), as_of=date(2024, 10, 5)).outcome is MET


def test_a_security_guard_has_remedies_that_are_impossible() -> None:
    """34 U.S.C. § 10389(4): "assigned by the employing police department or agency". A guard
    posted by a security company, employed by it: no law-enforcement agency can be made to
    have assigned him, while the flags he lacks can still be recorded.
    """
    company = Agency(name="Sentinel Security", kind=AgencyKind.PRIVATE_SECURITY)
    guard = officer(employer=company, sworn=False, law_enforcement_authority=False)
    posting = assignment(officer=guard, agency=company)
    found = {r.rule_id: r for r in remedies(FEDERAL_DEFINITION, posting, as_of=date(2024, 1, 8))}
    employer = found["federal.assigned_by_employer"]
    assert not employer.possible
    assert employer.reason == (
        "Sentinel Security (private security) is not a law-enforcement agency, and the "
        "officer's employer is not one either"
    )
    assert found["federal.sworn_authority"].possible
    assert found["federal.sworn_authority"].action == "holds sworn authority: make it yes (no now)"


def test_an_employer_mismatch_has_two_options() -> None:
    """The officer employed by the assigning agency, or the employer making the assignment."""
    county = Agency(name="Durham County Sheriff's Office", kind=AgencyKind.SHERIFFS_OFFICE)
    posting = assignment(officer=officer(employer=county))
    (remedy,) = remedies(FEDERAL_DEFINITION, posting, as_of=date(2024, 1, 8))
    assert len(remedy.options) == 2
    assert remedy.action == remedy.options[0]
    assert remedy.options[1].startswith("have Durham County Sheriff's Office (sheriffs office)")
    assert remedy.apply(posting).officer.employer == posting.agency


def test_no_mou_is_remedied_by_one_in_place() -> None:
    """NASRO 2015: "should have in place a memorandum of understanding (MOU)". With none, each
    of its four items is remedied on the one MOU the first remedy puts in place.
    """
    posting = assignment(mou=NO_MOU)
    found = list(remedies(NASRO_ASSIGNMENT, posting, as_of=date(2024, 1, 8)))
    assert [r.rule_id for r in found] == [rule.id for rule in NASRO_MOU.rules]
    assert {r.path for r in found} == {"assignment.mou"}
    assert found[0].action.startswith("there is no MOU: record one (")
    changed, day = applied(tuple(found), posting, date(2024, 1, 8))
    assert isinstance(changed.mou, Mou)
    assert NASRO_ASSIGNMENT.evaluate(changed, as_of=day).outcome is MET


def test_an_assignment_not_yet_begun_is_waited_for() -> None:
    """ "assigned by the employing police department or agency": not yet, until the start."""
    posting = assignment(start=date(2024, 9, 1))
    (remedy,) = remedies(FEDERAL_DEFINITION, posting, as_of=date(2024, 8, 1))
    assert remedy.wait_until == date(2024, 9, 1)
    assert str(remedy) == (
        "federal.in_effect: wait until 2024-09-01, when the assignment starts (on 2024-09-01)"
    )


def test_an_assignment_over_cannot_be_extended() -> None:
    """A past end is a fact: the remedy says so."""
    posting = assignment(end=date(2023, 6, 30))
    (remedy,) = remedies(FEDERAL_DEFINITION, posting, as_of=date(2024, 1, 8))
    assert remedy.reason == "the assignment ended on 2023-06-30; a past end cannot be moved"


def test_nc_weeks_the_dates_cannot_hold() -> None:
    """N.C.G.S. § 115C-105.58(b): "for more than 12 weeks per calendar year". A posting whose
    dates cover 7 weeks of the year cannot plan 13.
    """
    crisis = _nc_posting(start=date(2024, 3, 1), end=date(2024, 4, 15), weeks_per_year=None)
    found = {r.rule_id: r for r in remedies(NC_STATUTE, crisis, as_of=date(2024, 3, 8))}
    assert found["nc.statute.weeks_per_year"].reason == (
        "the assignment's dates cover 7 weeks of 2024"
    )
    planned = _nc_posting(weeks_per_year=(YearWeeks(year=2025, weeks=12),))
    (remedy,) = remedies(NC_STATUTE, planned, as_of=date(2025, 2, 1))
    assert remedy.action == "plan more than 12 weeks in schools for 2025 (12 now)"
    assert NC_STATUTE.evaluate(remedy.apply(planned), as_of=date(2025, 2, 1)).outcome is MET


def test_a_met_verdict_has_no_remedies() -> None:
    assert remedies(NASRO_ASSIGNMENT, assignment(), as_of=date(2024, 1, 8)) == ()


def test_a_hand_written_rule_without_mend_says_so() -> None:
    def never(record: Any, context: Any) -> Finding:
        return Finding(NOT_MET, "never")

    rule = Rule(id="district.never", title="Never", source=NASRO_TRAINING.source, quote="No.",
                subject=Officer, check=never)  # fmt: skip
    standard = Standard(id="district", title="District", subject=Officer,
                        source=NASRO_TRAINING.source, parts=[rule])  # fmt: skip
    (remedy,) = remedies(standard, officer(), as_of=date(2024, 1, 8))
    assert not remedy.possible
    assert remedy.reason == (
        "district.never is written without mend=, so it says nothing of what would meet it"
    )


@pytest.mark.parametrize("hook", ["changes", "mend"])
def test_a_rule_refuses_a_hook_that_cannot_be_called(hook: str) -> None:
    def met(record: Any, context: Any) -> Finding:
        return Finding(MET, "met")

    hooks: dict[str, Any] = {hook: 3}
    with pytest.raises(TypeError, match=f"rule district.x: {hook} must be callable, got 3"):
        Rule(id="district.x", title="X", source=NASRO_TRAINING.source, quote="X.",
             subject=Officer, check=met, **hooks)  # fmt: skip


def test_bad_questions_get_clear_errors() -> None:
    wrong: Any = officer()
    with pytest.raises(TypeError, match="evaluates Assignment records, got Officer"):
        remedies(NASRO_TRAINING, wrong, as_of=date(2024, 1, 8))
    with pytest.raises(TypeError, match=r"as_of must be a datetime\.date"):
        remedies(NASRO_TRAINING, assignment(), as_of="2024-01-08")  # type: ignore[arg-type]


# --- builders ---------------------------------------------------------------------------------

_CHP_MOU: dict[str, Any] = {"sections": frozenset(MouSection), "signed_on": date(2024, 9, 10)}


def _replace(record: Any, **changes: Any) -> Any:
    return attrs.evolve(record, **changes)


def _nc_officer(**changes: Any) -> Officer:
    base: dict[str, Any] = {
        "nc_certifications": frozenset({NcCommission.CRIMINAL_JUSTICE}),
        "trainings": (),
    }
    return officer(**{**base, **changes})


def _nc_posting(**changes: Any) -> Assignment:
    base: dict[str, Any] = {
        "officer": _nc_officer(),
        "start": date(2024, 8, 15),
        "hours_per_week": Decimal(40),
        "weeks_per_year": (YearWeeks(year=2024, weeks=20), YearWeeks(year=2025, weeks=36)),
        "duties": frozenset(Duty),
    }
    return assignment(**{**base, **changes})


def _chp_posting(letter: date, sent: Mou | None = None) -> Assignment:
    return assignment(
        start=date(2024, 8, 15),
        full_time=True,
        share_in_schools=Decimal("0.8"),
        funding=Funding(program=FundingProgram.COPS_HIRING_PROGRAM, award_letter_on=letter),
        mou=sent or mou(**_CHP_MOU, submitted=False),
    )


# --- fixes from conditions ---------------------------------------------------------------------

_ASKED = Context(date(2024, 1, 8), {})


def test_a_fix_is_possible_or_says_why_not() -> None:
    with pytest.raises(ValueError, match="needs a change, a wait_until date or why_not"):
        Fix("volunteered", "volunteer")
    with pytest.raises(ValueError, match="can neither change nor wait"):
        Fix("volunteered", "volunteer", lambda record: record, why_not="never")
    assert not impossible("volunteered", "volunteer", "never").possible


def test_any_of_mends_the_first_and_offers_the_rest() -> None:
    either = any_of(is_true("volunteered", "volunteered"), is_true("sworn", "sworn"))
    fix = either.mend(Officer(id="A-1"), _ASKED)
    assert fix.options == (
        "volunteered: record it (yes required; unknown now)",
        "sworn: record it (yes required; unknown now)",
    )
    assert fix.change is not None
    assert fix.change(Officer(id="A-1")).volunteered is True


def test_a_number_beyond_what_a_field_holds_cannot_be_reached() -> None:
    hours = at_least("hours_per_week", Decimal(200), "hours a week", greatest=Decimal(168))
    fix = hours.mend(assignment(hours_per_week=Decimal(40)), _ASKED)
    assert fix.why_not == "at most 168 hours a week can be recorded"
    neither = any_of(hours, hours)
    assert not neither.mend(assignment(hours_per_week=Decimal(40)), _ASKED).possible


def test_a_path_through_an_unknown_record_cannot_be_set() -> None:
    required = is_true("mou.requires_selection_and_training", "requires selection")
    fix = required.mend(assignment(mou=None), _ASKED)
    assert fix.why_not == "mou is unknown, so mou.requires_selection_and_training cannot be set"
    known = required.mend(assignment(mou=mou(requires_selection_and_training=False)), _ASKED)
    assert known.change is not None
    changed = known.change(assignment(mou=mou(requires_selection_and_training=False)))
    assert changed.mou.requires_selection_and_training is True


def test_all_of_with_a_part_that_cannot_be_met() -> None:
    hours = at_least("hours_per_week", Decimal(200), "hours a week", greatest=Decimal(168))
    both = all_of(is_true("full_time", "full time"), hours)
    fix = both.mend(assignment(full_time=False, hours_per_week=Decimal(40)), _ASKED)
    assert fix.why_not == "at most 168 hours a week can be recorded"
    assert fix.action == (
        "full time: make it yes (no now); hours a week: raise from 40 to at least 200"
    )
