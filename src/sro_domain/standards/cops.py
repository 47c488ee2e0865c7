"""The COPS Hiring Program (CHP) conditions for school resource officer positions.

They bind agencies that take a CHP award for SRO positions: the CHP definition of an SRO,
full-time deployment, at least 75% of the officer's time in and around primary and secondary
schools, and a signed MOU with five required sections submitted within 90 days of the award
letter. Sources: the CHP application (about FY2015, as reproduced in a county agenda packet) and
the FY2020 CHP award special conditions.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from attrs import evolve as attrs_evolve

from sro_domain._validation import DECIMAL
from sro_domain.conditions import Condition, all_of, includes
from sro_domain.conditions import at_least as at_least_condition
from sro_domain.models import (
    Assignment,
    Funding,
    FundingProgram,
    Mou,
    MouSection,
    NoMou,
    Officer,
    Partner,
    Signatory,
)
from sro_domain.outcome import Outcome
from sro_domain.rule import Check, Context, Decide, Finding, Mend, Rule
from sro_domain.schools import serves_school
from sro_domain.sources import Source, SourceKind
from sro_domain.standard import Standard
from sro_domain.standards._checks import (
    MET,
    NOT_MET,
    UNKNOWN,
    Fix,
    day_after,
    flag_condition,
    impossible,
    replaced,
    timeless,
)
from sro_domain.standards.federal import (
    _BY_EMPLOYER,
    _CAREER,
    _COMMUNITY,
    _SWORN,
    in_effect,
)

__all__ = ["COPS_CHP", "meets_cops_chp_conditions"]

CHP_APPLICATION = Source(
    id="cops-chp-application-sro",
    title="COPS Hiring Program application: school resource officer focus area",
    authority="U.S. Department of Justice, Office of Community Oriented Policing Services",
    citation="COPS Hiring Program application, SRO focus area (about FY2015), as reproduced in the "
    "Indian River County (FL) agenda packet of 2015-07-07",
    kind=SourceKind.GRANT_CONDITION,
    binding=True,
    url="http://ircdocs.indian-river.org/WebLink/0/doc/6753/Page87.aspx",
)
CHP_CONDITIONS = Source(
    id="cops-chp-2020-special-conditions",
    title="Award Special Conditions 2020 - CHP",
    authority="U.S. Department of Justice, Office of Community Oriented Policing Services",
    citation="COPS Hiring Program, Award Special Conditions (FY2020), MOU conditions",
    kind=SourceKind.GRANT_CONDITION,
    binding=True,
)

MIN_SHARE_IN_SCHOOLS = Decimal("0.75")
"""The least share of the officer's time in and around primary and secondary schools."""
DAYS_TO_SUBMIT = 90
"""Days after the award letter's date by which the MOU is due (the 90th day is on time)."""
_FIVE_SECTIONS = frozenset(MouSection)
_BOTH_PARTIES = frozenset(Signatory)


_SCHOOLS_PARTNER = includes("partners", frozenset({Partner.SCHOOLS}), "works in collaboration with")


_FULL_TIME = flag_condition([("full_time", "deployed full-time as an SRO")])


def percent(share: Decimal) -> str:
    """A share as an exact percentage: 0.7499 is 74.99%, never rounded to 75% (decision CHP6)."""
    percent = DECIMAL.multiply(share, Decimal(100)).normalize(DECIMAL)
    return f"{percent:f}%"


_TIME = at_least_condition(
    "share_in_schools",
    MIN_SHARE_IN_SCHOOLS,
    "of the officer's time in and around primary and secondary schools",
    show=percent,
    greatest=Decimal(1),
)
# "in and around primary and secondary schools": a post with none cannot qualify (CHP5).
_IN_SCHOOLS = all_of(_TIME, serves_school("a primary or secondary school"))


def _through_mou(on_mou: Condition) -> tuple[Decide, Check, Mend]:
    """A rule on the MOU, read from the assignment: no MOU fails it, an unknown one leaves it open."""
    decide_on_mou, check_on_mou = on_mou.decide, on_mou.check

    def decide(assignment: Assignment, context: Context) -> Outcome:
        mou = assignment.mou
        if mou is None:
            return UNKNOWN
        if isinstance(mou, NoMou):
            return NOT_MET
        return decide_on_mou(mou, context)

    def check(assignment: Assignment, context: Context) -> Finding:
        mou = assignment.mou
        if mou is None:
            return Finding(UNKNOWN, "whether there is an MOU is unknown", missing=("mou",))
        if isinstance(mou, NoMou):
            return Finding(NOT_MET, "there is no MOU")
        finding = check_on_mou(mou, context)
        missing = tuple(f"mou.{path}" for path in finding.missing)
        return Finding(finding.outcome, finding._reason, finding._facts, missing)

    def mend(assignment: Assignment, context: Context) -> Fix:
        mou = assignment.mou
        fix = on_mou.mend(mou if isinstance(mou, Mou) else Mou(), context)
        change = fix.change
        assert change is not None  # a set can always be completed

        def changed(record: Assignment) -> Assignment:
            return replaced(record, "mou", change(_an_mou(record)))

        if isinstance(mou, Mou):
            return Fix(f"mou.{fix.path}", fix.action, changed)
        state = (
            "there is no MOU" if isinstance(mou, NoMou) else "whether there is an MOU is unknown"
        )
        return Fix("mou", f"{state}: put one in place ({fix.action})", changed)

    return decide, check, mend


def _an_mou(assignment: Assignment) -> Mou:
    mou = assignment.mou
    return mou if isinstance(mou, Mou) else Mou()


_decide_signed, _signed, _mend_signed = _through_mou(
    includes("signatories", _BOTH_PARTIES, "MOU signed by")
)
_decide_sections, _sections, _mend_sections = _through_mou(
    includes("sections", _FIVE_SECTIONS, "MOU sections")
)


def submission_deadline(assignment: Assignment) -> date | None:
    """90 days after the date on the award letter; None when that date is unknown."""
    funding = assignment.funding
    if funding is None or funding.award_letter_on is None:
        return None
    letter = funding.award_letter_on
    # A deadline past the calendar's last day is never reached (see docs/decisions.md, CHP4).
    if (date.max - letter).days < DAYS_TO_SUBMIT:
        return date.max
    return letter + timedelta(days=DAYS_TO_SUBMIT)


def _submission(mou: Mou, as_of: date) -> tuple[Outcome, date | None]:
    """Whether the MOU has been submitted by ``as_of`` (MET: yes), and on what day if known.

    A submission dated after ``as_of`` has not happened yet (decision CHP4).
    """
    on = mou.submitted_on
    if on is not None:
        return (MET, on) if on <= as_of else (NOT_MET, None)
    return {True: MET, False: NOT_MET, None: UNKNOWN}[mou.submitted], None


def _decide_submitted(assignment: Assignment, context: Context) -> Outcome:
    mou = assignment.mou
    if isinstance(mou, NoMou):
        return NOT_MET
    if mou is None:
        return UNKNOWN
    as_of = context.as_of
    deadline = submission_deadline(assignment)
    submitted, on = _submission(mou, as_of)
    if submitted is not MET:
        # Not (known to be) submitted: day 91 without it fails; until then there is time.
        if submitted is NOT_MET and deadline is not None and as_of > deadline:
            return NOT_MET
        return UNKNOWN
    if on is None:
        return UNKNOWN  # submitted on a day nobody recorded
    signed = mou.signed_on
    # "submit a signed Memorandum of Understanding": signed on or before the day it was sent.
    if (signed is not None and signed > on) or (deadline is not None and on > deadline):
        return NOT_MET
    return MET if signed is not None and deadline is not None else UNKNOWN


def _submitted(assignment: Assignment, context: Context) -> Finding:
    outcome = _decide_submitted(assignment, context)
    mou = assignment.mou
    deadline = submission_deadline(assignment)
    due = (
        f"due within {DAYS_TO_SUBMIT} days of the award letter, by {deadline.isoformat()}"
        if deadline
        else f"due within {DAYS_TO_SUBMIT} days of the award letter (its date unknown)"
    )
    missing: list[str] = []
    if isinstance(mou, NoMou):
        return Finding(outcome, "there is no MOU to submit", {"deadline": deadline})
    if mou is None:
        return Finding(
            outcome, f"whether there is an MOU is unknown; {due}", {"deadline": deadline}, ("mou",)
        )
    as_of = context.as_of
    submitted, on = _submission(mou, as_of)
    if submitted is not MET:
        state = {NOT_MET: "not submitted", UNKNOWN: "not known to be submitted"}[submitted]
        reason = f"MOU {state} by {as_of.isoformat()}; {due}"
        if outcome is UNKNOWN:
            missing.append("mou.submitted_on")
    elif on is None:
        reason = f"MOU submitted on an unrecorded day; {due}"
        missing.append("mou.submitted_on")
    else:
        signed = mou.signed_on
        if signed is not None and signed > on:
            reason = (
                f"MOU submitted on {on.isoformat()} but signed on {signed.isoformat()}, after; a "
                "signed MOU must be submitted"
            )
        else:
            reason = f"MOU submitted on {on.isoformat()}; {due}"
            if signed is None:
                reason += "; the day it was signed is not recorded"
                if outcome is UNKNOWN:
                    missing.append("mou.signed_on")
    if outcome is UNKNOWN and deadline is None:
        missing.append("funding" if assignment.funding is None else "funding.award_letter_on")
    return Finding(outcome, reason, {"deadline": deadline, "submitted_on": on}, missing)


def _mend_submitted(assignment: Assignment, context: Context) -> Fix:
    """Submitted (and signed) on the day asked about, or as recorded if that was on time."""
    mou, as_of = assignment.mou, context.as_of
    deadline = submission_deadline(assignment)
    action = "submit the signed MOU to the COPS Office" + (
        f" by {deadline.isoformat()}" if deadline else " within 90 days of the award letter"
    )
    if not isinstance(mou, Mou):
        state = (
            "there is no MOU" if isinstance(mou, NoMou) else "whether there is an MOU is unknown"
        )
        action = f"{state}: put one in place, and {action}"
    sent = None
    if isinstance(mou, Mou):
        sent = _submission(mou, as_of)[1]
        signed = mou.signed_on
        if sent is not None and signed is not None and signed > sent:
            return impossible(
                "mou.signed_on",
                action,
                f"submitted on {sent.isoformat()}, before it was signed on {signed.isoformat()}",
            )
        if sent is not None and deadline is not None and sent > deadline:
            return impossible(
                "mou.submitted_on",
                action,
                f"submitted on {sent.isoformat()}, after the deadline, {deadline.isoformat()}",
            )
    if sent is None and deadline is not None and as_of > deadline:
        where = "mou.submitted_on" if isinstance(mou, Mou) else "mou"
        return impossible(where, action, f"the deadline, {deadline.isoformat()}, has passed")
    on = as_of if sent is None else sent

    def change(record: Assignment) -> Assignment:
        current = _an_mou(record)
        signed = current.signed_on
        done = attrs_evolve(
            current,
            submitted_on=on,
            submitted=True,
            signed_on=signed if signed is not None and signed <= on else on,
        )
        record = replaced(record, "mou", done)
        if submission_deadline(record) is None:
            # The award letter's date unknown: dated the day the MOU went, it is on time.
            funding = record.funding or Funding(program=FundingProgram.COPS_HIRING_PROGRAM)
            record = replaced(record, "funding", attrs_evolve(funding, award_letter_on=on))
        return record

    path = "mou" if not isinstance(mou, Mou) else "mou.submitted_on"
    if isinstance(mou, Mou) and sent is not None and deadline is None:
        path = "funding" if assignment.funding is None else "funding.award_letter_on"
        action = "record the date on the award letter (the MOU is due within 90 days of it)"
    elif isinstance(mou, Mou) and sent is not None:
        path, action = "mou.signed_on", "record the day the MOU was signed"
    return Fix(path, action, change, by=deadline)


def _submission_changes(
    assignment: Assignment, context: Context, first: date, last: date
) -> tuple[date, ...]:
    """Submitted from the day it was sent; late from the day after the deadline."""
    mou = assignment.mou
    sent = (mou.submitted_on,) if isinstance(mou, Mou) and mou.submitted_on is not None else ()
    return (*sent, *day_after(submission_deadline(assignment)))


def _decide_funded(assignment: Assignment, context: Context) -> Outcome:
    funding = assignment.funding
    if funding is None:
        return UNKNOWN
    return MET if funding.program is FundingProgram.COPS_HIRING_PROGRAM else NOT_MET


def _funded(assignment: Assignment, context: Context) -> Finding:
    outcome = _decide_funded(assignment, context)
    funding = assignment.funding
    shown = "unknown" if funding is None else funding.program.value.replace("_", " ")
    return Finding(
        outcome,
        f"funded by: {shown}; the CHP conditions bind posts the COPS Hiring Program funds",
        {"program": None if funding is None else funding.program},
        ("funding",) if outcome is UNKNOWN else (),
    )


CHP_FUNDED = Rule(
    id="cops.chp.funded",
    title="A post the COPS Hiring Program funds",
    source=CHP_APPLICATION,
    quote="If awarded a grant for SRO position(s)",
    subject=Assignment,
    check=_funded,
    decide=_decide_funded,
    changes=timeless,
)
"""The scope of ``COPS_CHP``: the conditions bind the posts a CHP award funds (decision CHP1)."""


CHP_RULES: list[Rule] = [
    in_effect(id="cops.chp.in_effect", title="Assigned on the date asked about",
              source=CHP_APPLICATION,
              quote="is assigned by the employing agency to work in collaboration with schools"),
    Rule(id="cops.chp.career_officer", title="A career law enforcement officer", source=CHP_APPLICATION,
         quote="is a career law enforcement officer", subject=Officer, condition=_CAREER),
    Rule(id="cops.chp.sworn_authority", title="With sworn authority", source=CHP_APPLICATION,
         quote="with sworn authority", subject=Officer, condition=_SWORN),
    Rule(id="cops.chp.community_policing", title="Engaged in community policing", source=CHP_APPLICATION,
         quote="who is engaged in community policing activities", subject=Assignment,
         condition=_COMMUNITY),
    Rule(id="cops.chp.assigned_by_employer", title="Assigned by the employing agency",
         source=CHP_APPLICATION, quote="is assigned by the employing agency", subject=Assignment,
         condition=_BY_EMPLOYER),
    Rule(id="cops.chp.collaboration", title="Works with schools", source=CHP_APPLICATION,
         quote="to work in collaboration with schools", subject=Assignment,
         condition=_SCHOOLS_PARTNER),
    Rule(id="cops.chp.full_time", title="Deployed full-time", source=CHP_APPLICATION,
         quote="ALL OF THE OFFICER POSITIONS REQUESTED BELOW MUST BE USED TO DEPLOY FULL-TIME "
         "SCHOOL RESOURCE OFFICERS", subject=Assignment, condition=_FULL_TIME),
    Rule(id="cops.chp.time_in_schools", title="At least 75% of time in and around schools",
         source=CHP_APPLICATION,
         quote="spend a minimum of 75 percent of their time in and around primary and secondary "
         "schools working on school and youth-related activities",
         subject=Assignment, condition=_IN_SCHOOLS),
    Rule(id="cops.chp.mou_signed", title="A signed MOU between the agency and the school partner",
         source=CHP_CONDITIONS,
         quote="Your agency must submit a signed Memorandum of Understanding (MOU) between the law "
         "enforcement agency and the school partner(s) to the COPS Office",
         subject=Assignment, check=_signed, decide=_decide_signed, changes=timeless,
         mend=_mend_signed),
    Rule(id="cops.chp.mou_sections", title="The MOU has the five required sections",
         source=CHP_CONDITIONS,
         quote="Your agency's MOU must contain the following information; ○ The purpose of the MOU "
         "○ Clearly defined roles and responsibilities of the school district and the law "
         "enforcement agency, focusing officers' roles on safety ○ Information sharing ○ "
         "Supervision responsibility and chain of command for the SRO ○ Signatures",
         subject=Assignment, check=_sections, decide=_decide_sections,
         changes=timeless, mend=_mend_sections),
    Rule(id="cops.chp.mou_submitted", title="MOU submitted within 90 days of the award letter",
         source=CHP_CONDITIONS,
         quote="The MOU must be submitted to the COPS Office within 90 days of the date shown on "
         "the award congratulatory letter.",
         subject=Assignment, check=_submitted, decide=_decide_submitted,
         changes=_submission_changes, mend=_mend_submitted),
]  # fmt: skip

COPS_CHP = Standard(
    id="cops-chp",
    title="COPS Hiring Program SRO conditions",
    subject=Assignment,
    source=CHP_APPLICATION,
    parts=CHP_RULES,
    scope=CHP_FUNDED,
)
"""The CHP definition, full time, ≥ 75% of time in schools, and a complete, signed, timely MOU."""


def meets_cops_chp_conditions(assignment: Assignment, *, as_of: date) -> bool:
    """Whether a CHP-funded SRO position meets the COPS Hiring Program conditions.

    A post the program does not fund is not reached, and meets them vacuously (the verdict's
    ``applies`` says so).

    References: CHP application, SRO focus area (about FY2015); CHP award special conditions
    (FY2020).

    Raises:
        UndeterminedError: a fact the conditions ask about is unknown.
    """
    return COPS_CHP.holds(assignment, as_of=as_of)
