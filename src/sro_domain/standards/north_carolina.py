"""North Carolina law: the SRO statute and the SRO certification and training rules.

N.C.G.S. § 115C-105.58, and 12 NCAC 09B .0313 and 12 NCAC 10B .0510. Both bind in North
Carolina. The statute (S.L. 2024-1) defines who is an SRO by time in schools and duties; the
rules require general certification and the Basic School Resource Officer Training Course of
the officers who are SROs under their own paragraph (a) — the scope of ``NC_TRAINING``. Each
rule cites the paragraph it quotes. Text the fact sheet marks UNVERIFIED (the course's hours,
the rest of paragraphs (f)–(g), in-service training) is not encoded; see ``docs/decisions.md``
(NC1–NC9).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from sro_domain._calendar import one_year_after, weeks_covered
from sro_domain.conditions import at_least as at_least_condition
from sro_domain.conditions import includes, names
from sro_domain.models import (
    AgencyKind,
    Assignment,
    Duty,
    NcCommission,
    Officer,
    School,
    SchoolSector,
    Training,
    TrainingKind,
    YearWeeks,
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
    with_school,
)
from sro_domain.standards.federal import (
    in_effect,
)

__all__ = ["NC_STATUTE", "NC_TRAINING", "NC_TRAINING_SCOPE", "is_nc_sro", "meets_nc_training"]

_STATUTE_URL = (
    "https://ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_115C/GS_115C-105.58.html"
)
_RULES_URL = "https://statepolicies.nasbe.org/health/categories/social-emotional-climate/school-resource-officer-training/north-carolina"

_COMMISSIONS = "NC Criminal Justice and Sheriffs' Education and Training Standards Commissions"
_RULES_TITLE = "Certification and Training for School Resource Officers"


def _statute(id: str, part: str, citation: str) -> Source:
    # The section's effective date is not verified, so none is set.
    return Source(id=id, title=f"School resource officer{part}", citation=citation,
                  authority="North Carolina General Assembly", kind=SourceKind.STATUTE,
                  binding=True, url=_STATUTE_URL, enacted_by="S.L. 2024-1, s. 2.8A(c)")  # fmt: skip


def _rules(id: str, part: str, citation: str, authority: str = _COMMISSIONS) -> Source:
    return Source(id=id, title=f"{_RULES_TITLE}{part}", citation=citation, authority=authority,
                  kind=SourceKind.REGULATION, binding=True, url=_RULES_URL)  # fmt: skip


# Each rule cites the paragraph it quotes (decision NC8).
NC_STATUTE_SOURCE = _statute("ncgs-115c-105-58", "", "N.C.G.S. § 115C-105.58(b)")
NC_STATUTE_SCHOOLS = _statute(
    "ncgs-115c-105-58-a", ": what a school includes", "N.C.G.S. § 115C-105.58(a)"
)
NC_RULES_SOURCE = _rules(
    "ncac-sro-certification-training", "", "12 NCAC 09B .0313(b); 12 NCAC 10B .0510(b)"
)
NC_RULES_DEFINITION = _rules(
    "ncac-sro-definition", ": who is an SRO", "12 NCAC 09B .0313(a); 12 NCAC 10B .0510(a)"
)
# The quote joins the two rules' own words: (b)(1) of each.
NC_RULES_CERTIFICATION = _rules(
    "ncac-sro-general-certification",
    ": general certification",
    "12 NCAC 09B .0313(b)(1); 12 NCAC 10B .0510(b)(1)",
)
# The quoted words are the Sheriffs' rule's; .0313(b)(2) is verified only in part.
NC_RULES_COURSE = _rules(
    "ncac-sro-basic-course",
    ": the Basic SRO course",
    "12 NCAC 10B .0510(b)(2)",
    authority="North Carolina Sheriffs' Education and Training Standards Commission",
)

# --- shared readings -------------------------------------------------------------------------

MIN_WEEKLY_HOURS = Decimal(20)
"""Hours a week in schools, at least: "assigned to one or more schools at least 20 hours"."""
MIN_WEEKS_EXCLUSIVE = 12
"""Weeks per calendar year, more than: "for more than 12 weeks per calendar year"."""
_FOUR_DUTIES = frozenset(
    {Duty.SCHOOL_SAFETY, Duty.SCHOOL_SECURITY, Duty.EMERGENCY_PREPAREDNESS, Duty.EMERGENCY_RESPONSE}
)
# Charter schools are public school units in North Carolina (decision NC3).
_PUBLIC_SCHOOL_UNITS = frozenset({SchoolSector.PUBLIC, SchoolSector.CHARTER})

YearOf = Callable[[Assignment, Context], int]


def _year_asked(assignment: Assignment, context: Context) -> int:
    """The calendar year of ``as_of``: the statute asks whether the officer is an SRO then."""
    return context.as_of.year


def _year_served(assignment: Assignment, context: Context) -> int:
    """The calendar year of ``as_of``, moved into the assignment's own dates (decision NC5)."""
    day = max(context.as_of, assignment.start)
    if assignment.end is not None:
        day = min(day, assignment.end)
    return day.year


def _new_years(assignment: Assignment, context: Context, first: date, last: date) -> list[date]:
    """The 1 Januaries on which the calendar year judged can change the outcome.

    Past the assignment's years and the last year with weeks recorded, every year looks the
    same (no entry, and the dates cover no week or every week), so later years add nothing.
    """
    end = assignment.end
    years = [assignment.start.year, end.year if end is not None else 0]
    years += [entry.year for entry in assignment.weeks_per_year or ()]
    latest = min(last.year, max(years) + 1, date.max.year)
    return [date(year, 1, 1) for year in range(first.year + 1, latest + 1)]


def weeks(year_of: YearOf) -> tuple[Decide, Check, Mend]:
    """More than 12 weeks planned in the year; with no entry, the dates may prove too few (NC1)."""

    def decide(assignment: Assignment, context: Context) -> Outcome:
        year = year_of(assignment, context)
        planned = assignment.weeks_in(year)
        if planned is None:
            covered = weeks_covered(assignment.start, assignment.end, year)
            return NOT_MET if covered <= MIN_WEEKS_EXCLUSIVE else UNKNOWN
        return MET if planned > MIN_WEEKS_EXCLUSIVE else NOT_MET

    def check(assignment: Assignment, context: Context) -> Finding:
        outcome = decide(assignment, context)
        year = year_of(assignment, context)
        planned = assignment.weeks_in(year)
        covered = weeks_covered(assignment.start, assignment.end, year)
        if planned is not None:
            reason = (
                f"{planned} weeks in schools planned for {year}; "
                f"more than {MIN_WEEKS_EXCLUSIVE} required"
            )
        else:
            reason = (
                f"weeks in schools for {year} not recorded; the assignment's dates cover "
                f"{covered} weeks of {year}; more than {MIN_WEEKS_EXCLUSIVE} required"
            )
        return Finding(
            outcome,
            reason,
            {"year": year, "weeks": planned, "weeks_covered": covered},
            ("weeks_per_year",) if outcome is UNKNOWN else (),
        )

    def mend(assignment: Assignment, context: Context) -> Fix:
        year = year_of(assignment, context)
        planned = assignment.weeks_in(year)
        covered = weeks_covered(assignment.start, assignment.end, year)
        least = MIN_WEEKS_EXCLUSIVE + 1
        if planned is None:
            action = f"record the weeks in schools planned for {year} (more than 12 required)"
        else:
            action = f"plan more than 12 weeks in schools for {year} ({planned} now)"
        if covered < least:
            return impossible(
                "weeks_per_year", action, f"the assignment's dates cover {covered} weeks of {year}"
            )

        def change(record: Assignment) -> Assignment:
            kept = [entry for entry in record.weeks_per_year or () if entry.year != year]
            return replaced(record, "weeks_per_year", (*kept, YearWeeks(year=year, weeks=least)))

        return Fix("weeks_per_year", action, change)

    return decide, check, mend


def _describe_schools(schools: frozenset[School]) -> str:
    shown = sorted(
        f"{school.level.value.replace('_', ' ')} {school.sector.value}"
        + (" (Article 39)" if school.article_39 else "")
        for school in schools
    )
    return ", ".join(shown)


def _decide_school(assignment: Assignment, context: Context) -> Outcome:
    result = NOT_MET
    for school in assignment.schools:
        # A school within a public school unit is a K–12 school (decision NC2).
        if not school.is_elementary_or_secondary:
            continue
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
            f"assigned to: {_describe_schools(assignment.schools)}; an elementary or secondary "
            "school of a public school unit, or an Article 39 nonpublic school, required"
        ),
        lambda: {
            "levels": tuple(sorted(s.level.value for s in assignment.schools)),
            "sectors": tuple(sorted(s.sector.value for s in assignment.schools)),
        },
        ("schools",) if outcome is UNKNOWN else (),
    )


def _mend_school(assignment: Assignment, context: Context) -> Fix:
    if _decide_school(assignment, context) is NOT_MET:
        return Fix("schools", "add a K–12 school of a public school unit", with_school)
    unsure = [
        s.name
        for s in assignment.schools
        if s.is_elementary_or_secondary
        and s.sector is SchoolSector.NONPUBLIC
        and s.article_39 is None
    ]

    def change(record: Assignment) -> Assignment:
        schools = frozenset(
            replaced(s, "article_39", True) if s.name in unsure and s.article_39 is None else s
            for s in record.schools
        )
        return replaced(record, "schools", schools)

    return Fix(
        "schools",
        f"record whether Article 39 authorizes these nonpublic schools: {', '.join(sorted(unsure))}",
        change,
    )


# "public schools within a local school administrative unit": a charter school is a public
# school unit of its own, not within a local school administrative unit (NC6).
_UNIT_SCHOOL = serves_school(
    "a public school within a local school administrative unit", sectors={SchoolSector.PUBLIC}
)


_OFFICER = flag_condition([("law_enforcement_authority", "a law enforcement officer")])
_HOURS = at_least_condition(
    "hours_per_week", MIN_WEEKLY_HOURS, "hours a week in schools", greatest=Decimal(168)
)
# Duties (1)–(4) are each required; (5) is "any additional responsibilities … assigned", which
# an assignment with none meets, so it is not required (decision NC7).
_DUTIES = includes("duties", _FOUR_DUTIES, "duties")
_decide_weeks, _weeks, _mend_weeks = weeks(_year_asked)
_decide_served_weeks, _served_weeks, _mend_served_weeks = weeks(_year_served)

# --- the statute -----------------------------------------------------------------------------

NC_IN_EFFECT = in_effect(
    id="nc.statute.in_effect",
    title="Assigned on the date asked about",
    source=NC_STATUTE_SOURCE,
    quote="assigned to one or more schools",
)
NC_OFFICER = Rule(
    id="nc.statute.law_enforcement_officer",
    title="A law enforcement officer",
    source=NC_STATUTE_SOURCE,
    quote="A school resource officer is any law enforcement officer",
    subject=Officer,
    condition=_OFFICER,
)
NC_SCHOOL = Rule(
    id="nc.statute.covered_school",
    title="At a K–12 school of a public school unit or an Article 39 nonpublic school",
    source=NC_STATUTE_SCHOOLS,
    quote="(a) For the purposes of this section, a school includes any of the following: (1) A "
    "public school within a public school unit. (2) A nonpublic school authorized under Part 1 "
    "or Part 2 of Article 39 of this Chapter.",
    subject=Assignment,
    check=_school,
    decide=_decide_school,
    changes=timeless,
    mend=_mend_school,
)
NC_HOURS = Rule(
    id="nc.statute.hours_per_week",
    title="At least 20 hours a week",
    source=NC_STATUTE_SOURCE,
    quote="at least 20 hours per week",
    subject=Assignment,
    condition=_HOURS,
)
NC_WEEKS = Rule(
    id="nc.statute.weeks_per_year",
    title="More than 12 weeks in the calendar year",
    source=NC_STATUTE_SOURCE,
    quote="for more than 12 weeks per calendar year",
    subject=Assignment,
    check=_weeks,
    decide=_decide_weeks,
    changes=_new_years,
    mend=_mend_weeks,
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
    condition=_DUTIES,
)

NC_STATUTE = Standard(
    id="nc-statute",
    title="School resource officer (N.C.G.S. § 115C-105.58)",
    subject=Assignment,
    source=NC_STATUTE_SOURCE,
    parts=[NC_IN_EFFECT, NC_OFFICER, NC_SCHOOL, NC_HOURS, NC_WEEKS, NC_DUTIES],
)
"""Any law enforcement officer at K–12 schools ≥ 20 h a week for > 12 weeks a year, on all four duties."""

# --- the training rules: who they reach (paragraph (a)) --------------------------------------

TRANSITION_START = date(2019, 1, 1)
"""The first day the training rules reach: an SRO serving on or after it is covered."""
TRANSITION_DEADLINE = date(2020, 12, 31)
"""When the Basic SRO course is due for an officer assigned before 2020."""
RULES_APPLY_FROM = date(2020, 1, 1)
"""Assigned on or after this day, the course is due "within one year after being assigned"."""
# "completed the training … between October 1, 2018 and December 31, 2020 shall be credited"
CREDIT_FROM = date(2018, 10, 1)
"""The first day of the window in which a completed course is credited."""
CREDIT_TO = date(2020, 12, 31)
"""The last day of that window."""


def _decide_period(assignment: Assignment, context: Context) -> Outcome:
    end = assignment.end
    return MET if end is None or end >= TRANSITION_START else NOT_MET


def _period(assignment: Assignment, context: Context) -> Finding:
    end = assignment.end
    return Finding(
        _decide_period(assignment, context),
        lambda: (
            f"assigned from {assignment.start.isoformat()} to "
            f"{end.isoformat() if end else 'ongoing'}; the rules reach SROs serving from "
            f"{TRANSITION_START.isoformat()} on"
        ),
        lambda: {"start": assignment.start, "end": end},
    )


NC_SCOPE_OFFICER = Rule(
    id="nc.training.scope.law_enforcement_officer",
    title="A law enforcement officer",
    source=NC_RULES_DEFINITION,
    quote='(a) A "School Resource Officer (SRO)" is defined as any law enforcement officer',
    subject=Officer,
    condition=_OFFICER,
)
NC_SCOPE_SCHOOL = Rule(
    id="nc.training.scope.public_school",
    title="At a public school within a local school administrative unit",
    source=NC_RULES_DEFINITION,
    quote="assigned to one or more public schools within a local school administrative unit, as "
    "defined in G.S. 115C-5(6)",
    subject=Assignment,
    condition=_UNIT_SCHOOL,
)
NC_SCOPE_HOURS = Rule(
    id="nc.training.scope.hours_per_week",
    title="Works in a school at least 20 hours a week",
    source=NC_RULES_DEFINITION,
    quote="who works in a school at least 20 hours per week",
    subject=Assignment,
    condition=_HOURS,
)
NC_SCOPE_WEEKS = Rule(
    id="nc.training.scope.weeks_per_year",
    title="For more than 12 weeks in the calendar year",
    source=NC_RULES_DEFINITION,
    quote="for more than 12 weeks per calendar year",
    subject=Assignment,
    check=_served_weeks,
    decide=_decide_served_weeks,
    changes=_new_years,
    mend=_mend_served_weeks,
)
NC_SCOPE_DUTIES = Rule(
    id="nc.training.scope.duties",
    title="Assists with school safety, security, emergency preparedness and response",
    source=NC_RULES_DEFINITION,
    quote="to assist with all of the following: (1) School safety; (2) School security; (3) "
    "Emergency preparedness; (4) Emergency response; and (5) Any additional responsibilities "
    "related to school safety or security assigned by the officer's employer while the officer "
    "is acting as a School Resource Officer.",
    subject=Assignment,
    condition=_DUTIES,
)
NC_SCOPE_PERIOD = Rule(
    id="nc.training.scope.period",
    title="Serving as an SRO in 2019 or later",
    source=NC_RULES_COURSE,
    quote="if they are acting in the capacity of a School Resource Officer between January 1, "
    "2019 and December 31, 2019. Any officer assigned as a School Resource Officer effective "
    "January 1, 2020 or later",
    subject=Assignment,
    check=_period,
    decide=_decide_period,
    changes=timeless,
)

NC_TRAINING_SCOPE = Standard(
    id="nc-training-scope",
    title="School Resource Officer under paragraph (a) (12 NCAC 09B .0313(a), 10B .0510(a))",
    subject=Assignment,
    source=NC_RULES_DEFINITION,
    parts=[
        NC_SCOPE_OFFICER,
        NC_SCOPE_SCHOOL,
        NC_SCOPE_HOURS,
        NC_SCOPE_WEEKS,
        NC_SCOPE_DUTIES,
        NC_SCOPE_PERIOD,
    ],
)
"""Whom the NC training rules reach: SROs as their paragraph (a) defines them, from 2019 on."""

# --- the training rules: what they require ---------------------------------------------------


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


def _mend_certification(assignment: Assignment, context: Context) -> Fix:
    held = assignment.officer.nc_certifications
    needed = _commission_for(assignment)
    required = frozenset(NcCommission) if needed is None else frozenset({needed})
    commission = (
        "both commissions (the officer's employer is unknown)"
        if needed is None
        else f"the {_COMMISSION_WORDS[needed]}"
    )
    action = (
        f"record the officer's general certification (from {commission} required)"
        if held is None
        else f"obtain general certification from {commission}"
    )
    # With the employer unknown, the matching commission is too: either settles it.
    options = (
        [action, "record the officer's employer, and obtain general certification from its "
         "commission"]
        if needed is None
        else []
    )  # fmt: skip
    return Fix(
        "officer.nc_certifications",
        action,
        lambda record: replaced(
            record,
            "officer.nc_certifications",
            (record.officer.nc_certifications or frozenset()) | required,
        ),
        options=options,
    )


_COMMISSION_WORDS = {
    NcCommission.SHERIFFS: "Sheriffs' Education and Training Standards Commission",
    NcCommission.CRIMINAL_JUSTICE: "Criminal Justice Education and Training Standards Commission",
}


def course_deadline(start: date, end: date | None) -> date | None:
    """The day by which the Basic SRO course must be done; None if the rule does not apply.

    Assigned on or after 1 January 2020: "within one year after being assigned" — the same
    day next year, and 28 February for a 29 February start (decision NC4). Acting as an SRO at
    any time in 2019: by 31 December 2020. An assignment that ended before 2019 is not
    covered.

    >>> course_deadline(date(2020, 2, 29), None)
    datetime.date(2021, 2, 28)
    >>> course_deadline(date(2018, 5, 1), None)
    datetime.date(2020, 12, 31)
    """
    if start >= RULES_APPLY_FROM:
        return one_year_after(start)
    if end is None or end >= TRANSITION_START:
        return TRANSITION_DEADLINE
    return None


def _course_credit(assignment: Assignment, deadline: date, as_of: date) -> Outcome:
    """Whether a Basic SRO course on file by ``as_of`` is credited (MET), may be (UNKNOWN), or not.

    Completed from the start to the deadline, it is the course the rule asks for. Completed
    before the start, it is credited as the verified text of paragraph (b)(2) credits it
    (decision NC4): completed between 2018-10-01 and 2020-12-31, or while the officer has been
    continually assigned as an SRO (``Assignment.continually_assigned``, unknown unless
    recorded). Otherwise it does not count.
    """
    start = assignment.start
    result = NOT_MET
    for training in assignment.officer.trainings or ():
        done = training.completed_on
        if training.kind is not TrainingKind.NC_BASIC_SRO or done > as_of or done > deadline:
            continue
        if done >= start or CREDIT_FROM <= done <= CREDIT_TO:
            return MET
        continual = assignment.continually_assigned
        if continual is True:
            return MET
        if continual is None:
            result = UNKNOWN
    return result


def _decide_course(assignment: Assignment, context: Context) -> Outcome:
    deadline = course_deadline(assignment.start, assignment.end)
    if deadline is None:
        return MET
    if assignment.officer.trainings is None:
        return UNKNOWN
    credit = _course_credit(assignment, deadline, context.as_of)
    if credit is not NOT_MET:
        return credit
    # Not done yet: while the year is still running there is still time.
    return UNKNOWN if context.as_of <= deadline else NOT_MET


def _course_changes(
    assignment: Assignment, context: Context, first: date, last: date
) -> tuple[date, ...]:
    """A course counts from the day it is completed; the time left runs out after the deadline."""
    deadline = course_deadline(assignment.start, assignment.end)
    done = tuple(t.completed_on for t in assignment.officer.trainings or ())
    return (*done, *day_after(deadline))


def _mend_course(assignment: Assignment, context: Context) -> Fix:
    """The course completed in the assignment's year; or, where only that is open, the credit."""
    deadline = course_deadline(assignment.start, assignment.end)
    assert deadline is not None  # with no deadline the rule is met
    start, as_of = assignment.start, context.as_of
    due = f"by {deadline.isoformat()}"
    if (
        assignment.officer.trainings is not None
        and _course_credit(assignment, deadline, as_of) is UNKNOWN
    ):
        return Fix(
            "continually_assigned",
            "record whether the officer has been continually assigned as an SRO since "
            "completing the Basic SRO course",
            lambda record: replaced(record, "continually_assigned", True),
        )
    action = f"complete the Basic SRO course {due}"
    if assignment.officer.trainings is None:
        action = f"record the officer's trainings (the Basic SRO course required {due})"
    elif as_of > deadline:
        return impossible(
            "officer.trainings", action, f"the deadline, {deadline.isoformat()}, has passed"
        )
    # Completed on the day asked about, or, asked before the start, on the start: the course
    # the rule asks for is taken once assigned.
    done = min(max(as_of, start), deadline)
    course = Training(course="Basic School Resource Officer Training Course",
                      kind=TrainingKind.NC_BASIC_SRO, hours=Decimal(1), completed_on=done)  # fmt: skip
    return Fix(
        "officer.trainings",
        action,
        lambda record: replaced(
            record, "officer.trainings", (*(record.officer.trainings or ()), course)
        ),
        by=deadline,
        wait_until=done if done > as_of else None,
    )


def _course(assignment: Assignment, context: Context) -> Finding:
    outcome = _decide_course(assignment, context)
    deadline = course_deadline(assignment.start, assignment.end)
    missing: list[str] = []
    if deadline is None:
        reason = "the assignment ended before 2019; the rules do not reach it"
    elif assignment.officer.trainings is None:
        reason = f"training record unknown; the Basic SRO course required by {deadline.isoformat()}"
        missing.append("officer.trainings")
    elif outcome is MET:
        reason = f"Basic SRO course completed and credited by {deadline.isoformat()}, the deadline"
    else:
        unsure = _course_credit(assignment, deadline, context.as_of) is UNKNOWN
        credit = (
            "; a course completed before the assignment counts only if the officer has been "
            "continually assigned as an SRO since, which is not recorded"
            if unsure
            else ""
        )
        if unsure:
            missing.append("continually_assigned")
        if context.as_of <= deadline:
            missing.append("officer.trainings")
            reason = (
                f"Basic SRO course not completed by {context.as_of.isoformat()}; "
                f"there is time until {deadline.isoformat()}{credit}"
            )
        else:
            reason = (
                f"Basic SRO course not completed by the deadline, {deadline.isoformat()}{credit}"
            )
    return Finding(
        outcome,
        reason,
        {"deadline": deadline},
        missing if outcome is UNKNOWN else (),
    )


NC_CERTIFICATION = Rule(
    id="nc.training.general_certification",
    title="General certification by the matching commission",
    source=NC_RULES_CERTIFICATION,
    quote="(1) have been issued general certification by the North Carolina Criminal Justice "
    "Education and Training Standard Commission as a law enforcement officer … (1) have been "
    "issued general certification by the North Carolina Sheriffs' Education and Training "
    "Standards Commission as a Deputy Sheriff",
    subject=Assignment,
    check=_certification,
    decide=_decide_certification,
    changes=timeless,
    mend=_mend_certification,
)
NC_COURSE = Rule(
    id="nc.training.basic_sro_course",
    title="Basic SRO course within one year of assignment",
    source=NC_RULES_COURSE,
    quote="have until December 31, 2020 to complete the basic School Resource Officer Training "
    "Course if they are acting in the capacity of a School Resource Officer between January 1, "
    "2019 and December 31, 2019. Any officer assigned as a School Resource Officer effective "
    "January 1, 2020 or later shall complete the basic School Resource Officer Training Course "
    "pursuant to Paragraph (g) of this Rule, within one year after being assigned as a School "
    "Resource Officer. Deputy Sheriffs who previously completed the training pursuant to "
    "Paragraph (f) of this Rule at any time and who have been continually assigned as an SRO "
    "pursuant to Paragraph (a) of this Rule shall be credited with completion of the basic "
    "School Resource Officer Training Course. Deputy Sheriffs who completed the training "
    "pursuant to Paragraph (g) of this Rule between October 1, 2018 and December 31, 2020 shall "
    "be credited",
    subject=Assignment,
    check=_course,
    decide=_decide_course,
    changes=_course_changes,
    mend=_mend_course,
)

NC_TRAINING = Standard(
    id="nc-training",
    title="NC SRO certification and training (12 NCAC 09B .0313, 10B .0510)",
    subject=Assignment,
    source=NC_RULES_SOURCE,
    parts=[NC_CERTIFICATION, NC_COURSE],
    scope=NC_TRAINING_SCOPE,
)
"""General certification, and the Basic SRO course within a year of assignment (2019: by
2020-12-31), for officers who are SROs under paragraph (a)."""


def is_nc_sro(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the assignment makes its officer an SRO under N.C.G.S. § 115C-105.58.

    "any law enforcement officer assigned to one or more schools at least 20 hours per week for
    more than 12 weeks per calendar year, to assist with all of the following": school safety,
    school security, emergency preparedness and emergency response.

    References: N.C.G.S. § 115C-105.58(a), (b) (S.L. 2024-1, s. 2.8A(c)).

    Raises:
        UndeterminedError: a fact the statute asks about is unknown.
    """
    return NC_STATUTE.holds(assignment, as_of=as_of)


def meets_nc_training(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the officer meets North Carolina's SRO certification and training rules.

    The rules reach officers who are SROs under their paragraph (a); an assignment outside it
    (a 7-week crisis placement, a charter school posting) meets them vacuously — the verdict's
    ``applies`` says so.

    References: 12 NCAC 09B .0313(a), (b); 12 NCAC 10B .0510(a), (b).

    Raises:
        UndeterminedError: unknown facts, or the year to complete the course is still running.
    """
    return NC_TRAINING.holds(assignment, as_of=as_of)
