"""North Carolina law: the SRO statute and the SRO certification and training rules.

N.C.G.S. § 115C-105.58, and 12 NCAC 09B .0313 and 12 NCAC 10B .0510. Both bind in North Carolina. The statute (S.L. 2024-1) defines who is an SRO by time in schools
and duties; the rules require general certification and the Basic School Resource Officer
Training Course. Text the fact sheet marks UNVERIFIED (the course's hours, paragraphs (f)–(g)'s
credit rules, in-service training) is not encoded; see ``docs/decisions.md``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sro_domain.models import (
    AgencyKind,
    Assignment,
    Duty,
    NcCommission,
    Officer,
    SchoolSector,
    TrainingKind,
)
from sro_domain.outcome import Outcome
from sro_domain.rules import Context, Finding, Rule, Standard
from sro_domain.service import anniversary
from sro_domain.sources import Source, SourceKind
from sro_domain.standards._checks import MET, NOT_MET, UNKNOWN, at_least, flags, names, superset
from sro_domain.standards.federal import assigned_on, covers_as_of

__all__ = ["NC_STATUTE", "NC_TRAINING", "is_nc_sro", "meets_nc_training"]

NC_STATUTE_SOURCE = Source(
    id="ncgs-115c-105-58",
    title="School resource officer",
    authority="North Carolina General Assembly",
    citation="N.C.G.S. § 115C-105.58",
    kind=SourceKind.STATUTE,
    binding=True,
    url="https://ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_115C/GS_115C-105.58.html",
    # The section's effective date is not verified, so none is set.
    enacted_by="S.L. 2024-1, s. 2.8A(c)",
)
NC_RULES_SOURCE = Source(
    id="ncac-sro-certification-training",
    title="Certification and Training for School Resource Officers",
    authority="NC Criminal Justice and Sheriffs' Education and Training Standards Commissions",
    citation="12 NCAC 09B .0313(b); 12 NCAC 10B .0510(b)",
    kind=SourceKind.REGULATION,
    binding=True,
    url="https://statepolicies.nasbe.org/health/categories/social-emotional-climate/school-resource-officer-training/north-carolina",
)

# --- the statute -----------------------------------------------------------------------------

_MIN_HOURS = Decimal(20)
_MIN_WEEKS_EXCLUSIVE = 12
_FOUR_DUTIES = frozenset(
    {Duty.SCHOOL_SAFETY, Duty.SCHOOL_SECURITY, Duty.EMERGENCY_PREPAREDNESS, Duty.EMERGENCY_RESPONSE}
)
_PUBLIC_SCHOOL_UNITS = frozenset({SchoolSector.PUBLIC, SchoolSector.CHARTER})

_decide_officer, _officer = flags([("law_enforcement_authority", "a law enforcement officer")])


def _decide_school(assignment: Assignment, context: Context) -> Outcome:
    result = NOT_MET
    for school in assignment.schools:
        # Charter schools are public school units in North Carolina (SPEC §9).
        if school.sector in _PUBLIC_SCHOOL_UNITS or school.article_39 is True:
            return MET
        if school.sector is SchoolSector.NONPUBLIC and school.article_39 is None:
            result = UNKNOWN
    return result


def _school(assignment: Assignment, context: Context) -> Finding:
    outcome = _decide_school(assignment, context)
    return Finding(
        outcome,
        lambda: (
            f"assigned to {names({s.sector for s in assignment.schools})} school(s); a public "
            "school unit or an Article 39 nonpublic school required"
        ),
        lambda: {"sectors": tuple(sorted(s.sector.value for s in assignment.schools))},
        ("schools",) if outcome is UNKNOWN else (),
    )


_decide_hours, _hours = at_least("hours_per_week", _MIN_HOURS, "hours a week in schools")


def _decide_weeks(assignment: Assignment, context: Context) -> Outcome:
    # The weeks of the calendar year containing as_of (SPEC §9).
    weeks = assignment.weeks_in(context.as_of.year)
    if weeks is None:
        return UNKNOWN
    return MET if weeks > _MIN_WEEKS_EXCLUSIVE else NOT_MET


def _weeks(assignment: Assignment, context: Context) -> Finding:
    outcome = _decide_weeks(assignment, context)
    year = context.as_of.year
    weeks = assignment.weeks_in(year)
    shown = "unknown" if weeks is None else f"{weeks}"
    return Finding(
        outcome,
        f"{shown} weeks in schools in {year}; more than 12 required",
        {"year": year, "weeks": weeks},
        ("weeks_per_year",) if outcome is UNKNOWN else (),
    )


_decide_duties, _duties = superset("duties", _FOUR_DUTIES, "duties")

NC_IN_EFFECT = Rule(
    id="nc.statute.in_effect",
    title="Assigned on the date asked about",
    source=NC_STATUTE_SOURCE,
    quote="assigned to one or more schools",
    subject=Assignment,
    check=covers_as_of,
    decide=assigned_on,
)
NC_OFFICER = Rule(
    id="nc.statute.law_enforcement_officer",
    title="A law enforcement officer",
    source=NC_STATUTE_SOURCE,
    quote="A school resource officer is any law enforcement officer",
    subject=Officer,
    check=_officer,
    decide=_decide_officer,
)
NC_SCHOOL = Rule(
    id="nc.statute.covered_school",
    title="At a public school unit or an Article 39 nonpublic school",
    source=NC_STATUTE_SOURCE,
    quote="(a) For the purposes of this section, a school includes any of the following: (1) A "
    "public school within a public school unit. (2) A nonpublic school authorized under Part 1 "
    "or Part 2 of Article 39 of this Chapter.",
    subject=Assignment,
    check=_school,
    decide=_decide_school,
)
NC_HOURS = Rule(
    id="nc.statute.hours_per_week",
    title="At least 20 hours a week",
    source=NC_STATUTE_SOURCE,
    quote="at least 20 hours per week",
    subject=Assignment,
    check=_hours,
    decide=_decide_hours,
)
NC_WEEKS = Rule(
    id="nc.statute.weeks_per_year",
    title="More than 12 weeks in the calendar year",
    source=NC_STATUTE_SOURCE,
    quote="for more than 12 weeks per calendar year",
    subject=Assignment,
    check=_weeks,
    decide=_decide_weeks,
)
NC_DUTIES = Rule(
    id="nc.statute.duties",
    title="Assists with all four duties",
    source=NC_STATUTE_SOURCE,
    quote="to assist with all of the following, consistent with any written agreement between the "
    "governing body of the school and the law enforcement agency governing the school resource "
    "officer: (1) School safety. (2) School security. (3) Emergency preparedness. (4) Emergency "
    "response.",
    subject=Assignment,
    check=_duties,
    decide=_decide_duties,
)

NC_STATUTE = Standard(
    id="nc-statute",
    title="School resource officer (N.C.G.S. § 115C-105.58)",
    subject=Assignment,
    source=NC_STATUTE_SOURCE,
    parts=[NC_IN_EFFECT, NC_OFFICER, NC_SCHOOL, NC_HOURS, NC_WEEKS, NC_DUTIES],
)
"""Any law enforcement officer in covered schools ≥ 20 h a week for > 12 weeks a year, on all four duties."""

# --- the training rules ----------------------------------------------------------------------


def _commission_for(assignment: Assignment) -> NcCommission | None:
    """The commission that certifies the officer: the Sheriffs' for deputies, else Criminal Justice."""
    employer = assignment.officer.employer
    if employer is None:
        return None
    return (
        NcCommission.SHERIFFS
        if employer.kind is AgencyKind.SHERIFFS_OFFICE
        else NcCommission.CRIMINAL_JUSTICE
    )


def _decide_certification(assignment: Assignment, context: Context) -> Outcome:
    held = assignment.officer.nc_certifications
    if held is None:
        return UNKNOWN
    needed = _commission_for(assignment)
    if needed is None:
        # Whichever commission is the right one, holding both settles it.
        return MET if held >= frozenset(NcCommission) else (NOT_MET if not held else UNKNOWN)
    return MET if needed in held else NOT_MET


def _certification(assignment: Assignment, context: Context) -> Finding:
    outcome = _decide_certification(assignment, context)
    held = assignment.officer.nc_certifications
    needed = _commission_for(assignment)
    missing: tuple[str, ...] = ()
    if outcome is UNKNOWN:
        missing = ("officer.nc_certifications",) if held is None else ("officer.employer",)
    return Finding(
        outcome,
        lambda: (
            f"general certification from: {names(held) if held else ('none' if held is not None else 'unknown')}; "
            f"from the {needed.value.replace('_', ' ') if needed else 'matching'} commission required"
        ),
        lambda: {"held": tuple(sorted(c.value for c in held or ())), "required": needed},
        missing,
    )


_TRANSITION_START = date(2019, 1, 1)
_TRANSITION_END = date(2019, 12, 31)
_TRANSITION_DEADLINE = date(2020, 12, 31)
_RULES_APPLY_FROM = date(2020, 1, 1)


def course_deadline(start: date, end: date | None) -> date | None:
    """The day by which the Basic SRO course must be done; None if the rule does not apply.

    Assigned on or after 1 January 2020: within one year after being assigned (on or before the
    first anniversary). Acting as an SRO at any time in 2019: by 31 December 2020. An
    assignment that ended before 2019 is not covered.
    """
    if start >= _RULES_APPLY_FROM:
        return anniversary(start, 1)
    if end is None or end >= _TRANSITION_START:
        return _TRANSITION_DEADLINE
    return None


def _completed_by(assignment: Assignment, deadline: date, as_of: date) -> bool:
    return any(
        t.kind is TrainingKind.NC_BASIC_SRO
        and t.completed_on <= deadline
        and t.completed_on <= as_of
        for t in assignment.officer.trainings or ()
    )


def _decide_course(assignment: Assignment, context: Context) -> Outcome:
    deadline = course_deadline(assignment.start, assignment.end)
    if deadline is None:
        return MET
    if assignment.officer.trainings is None:
        return UNKNOWN
    if _completed_by(assignment, deadline, context.as_of):
        return MET
    # Not done yet: while the year is still running there is still time.
    return UNKNOWN if context.as_of <= deadline else NOT_MET


def _course(assignment: Assignment, context: Context) -> Finding:
    outcome = _decide_course(assignment, context)
    deadline = course_deadline(assignment.start, assignment.end)
    if deadline is None:
        reason = "the assignment ended before 2019; the rules do not reach it"
    elif assignment.officer.trainings is None:
        reason = f"training record unknown; the Basic SRO course required by {deadline.isoformat()}"
    elif outcome is MET:
        reason = f"Basic SRO course completed by {deadline.isoformat()}, the deadline"
    elif outcome is UNKNOWN:
        reason = (
            f"Basic SRO course not completed by {context.as_of.isoformat()}; "
            f"there is time until {deadline.isoformat()}"
        )
    else:
        reason = f"Basic SRO course not completed by the deadline, {deadline.isoformat()}"
    return Finding(
        outcome,
        reason,
        {"deadline": deadline},
        ("officer.trainings",) if outcome is UNKNOWN else (),
    )


NC_CERTIFICATION = Rule(
    id="nc.training.general_certification",
    title="General certification by the matching commission",
    source=NC_RULES_SOURCE,
    quote="(1) have been issued general certification by the North Carolina Criminal Justice "
    "Education and Training Standard Commission as a law enforcement officer … (1) have been "
    "issued general certification by the North Carolina Sheriffs' Education and Training "
    "Standards Commission as a Deputy Sheriff",
    subject=Assignment,
    check=_certification,
    decide=_decide_certification,
)
NC_COURSE = Rule(
    id="nc.training.basic_sro_course",
    title="Basic SRO course within one year of assignment",
    source=NC_RULES_SOURCE,
    quote="have until December 31, 2020 to complete the basic School Resource Officer Training "
    "Course if they are acting in the capacity of a School Resource Officer between January 1, "
    "2019 and December 31, 2019. Any officer assigned as a School Resource Officer effective "
    "January 1, 2020 or later shall complete the basic School Resource Officer Training Course "
    "pursuant to Paragraph (g) of this Rule, within one year after being assigned as a School "
    "Resource Officer.",
    subject=Assignment,
    check=_course,
    decide=_decide_course,
)

NC_TRAINING = Standard(
    id="nc-training",
    title="NC SRO certification and training (12 NCAC 09B .0313, 10B .0510)",
    subject=Assignment,
    source=NC_RULES_SOURCE,
    parts=[NC_CERTIFICATION, NC_COURSE],
)
"""General certification, and the Basic SRO course within a year of assignment (2019: by 2020-12-31)."""


def is_nc_sro(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the assignment makes its officer an SRO under N.C.G.S. § 115C-105.58.

    "any law enforcement officer assigned to one or more schools at least 20 hours per week for
    more than 12 weeks per calendar year, to assist with all of the following": school safety,
    school security, emergency preparedness and emergency response.

    References: N.C.G.S. § 115C-105.58 (S.L. 2024-1, s. 2.8A(c)).

    Raises:
        UndeterminedError: a fact the statute asks about is unknown.
    """
    return NC_STATUTE.holds(assignment, as_of=as_of)


def meets_nc_training(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the officer meets North Carolina's SRO certification and training rules.

    References: 12 NCAC 09B .0313(b); 12 NCAC 10B .0510(b).

    Raises:
        UndeterminedError: unknown facts, or the year to complete the course is still running.
    """
    return NC_TRAINING.holds(assignment, as_of=as_of)
