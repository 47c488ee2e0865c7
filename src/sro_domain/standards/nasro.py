"""NASRO best practice: selection, training, the triad, the MOU, discipline, and all of it together.

NASRO (the National Association of School Resource Officers) is a professional association:
its recommendations bind nobody. The selection criteria and the 40 hours are quoted from the
NASRO FAQ as reproduced by the NC Center for Safer Schools; the MOU items from NASRO's
position statement of 14 August 2015.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from attrs import evolve as attrs_evolve

from sro_domain import _validation
from sro_domain.conditions import includes
from sro_domain.models import (
    Assignment,
    ConductKind,
    ConductRecord,
    Disposition,
    Matter,
    Mou,
    Officer,
    ServicePeriod,
    Signatory,
    SroAction,
    SroResponse,
    TrainingKind,
)
from sro_domain.outcome import Outcome
from sro_domain.roles import TRIAD
from sro_domain.rules import (
    Context,
    Finding,
    Parameter,
    Rule,
    Standard,
    at_assignment_start,
    from_assignment_start,
)
from sro_domain.service import experience_on, experience_reached_on, meets_years
from sro_domain.sources import (
    NASRO_DISCIPLINE_STATEMENT_2015,
    NASRO_FAQ,
    NASRO_SCHOOL_RULES_RELEASE_2019,
)
from sro_domain.standards._checks import (
    MET,
    NOT_MET,
    OF,
    UNKNOWN,
    Fix,
    day_after,
    day_before,
    explained,
    filings,
    flag_condition,
    impossible,
    replaced,
    timeless,
)
from sro_domain.standards.federal import FEDERAL_DEFINITION
from sro_domain.training import trained_by

__all__ = [
    "DISQUALIFYING_DISPOSITIONS",
    "JUVENILE_HISTORY",
    "MIN_HOURS",
    "MIN_YEARS",
    "NASRO_ASSIGNMENT",
    "NASRO_DISCIPLINE",
    "NASRO_MOU",
    "NASRO_SELECTION",
    "NASRO_TRAINING",
    "NASRO_TRIAD",
    "follows_nasro_discipline_practice",
    "meets_nasro_best_practice",
    "meets_nasro_mou_practice",
    "meets_nasro_selection_criteria",
    "meets_nasro_training",
    "performs_triad",
]

# --- parameters ----------------------------------------------------------------------------


def _min_years(value: Any) -> int:
    # No service can last longer than the calendar: 9999 years is the most worth asking.
    if not _validation.is_a(int, value) or not 1 <= value <= 9999:
        raise ValueError("be a whole number of years, from 1 to 9999")
    return int(value)


_KNOWN_DISPOSITIONS = frozenset(Disposition) - {Disposition.UNRECORDED}


def _dispositions(value: Any) -> frozenset[Disposition]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise ValueError("be an iterable of Disposition members")
    members = tuple(value)
    if not all(isinstance(member, Disposition) for member in members):
        raise ValueError("hold only Disposition members")
    if Disposition.UNRECORDED in members:
        # UNRECORDED means the disposition is unknown; it is decided from the others.
        raise ValueError("not include UNRECORDED (an unknown disposition)")
    return frozenset(members)


def _min_hours(value: Any) -> Decimal:
    hours = _validation.to_decimal(value)
    if not isinstance(hours, Decimal) or not hours.is_finite() or hours < 0:
        raise ValueError("be a finite number of hours, at least 0 (int, decimal string or Decimal)")
    if hours > _validation.MAX_HOURS or not _validation.places_ok(hours):
        raise ValueError(
            f"be at most {_validation.MAX_HOURS} hours, with at most "
            f"{_validation.MAX_PLACES} decimal places"
        )
    return hours


MIN_YEARS = Parameter(
    name="min_years",
    default=3,
    convert=_min_years,
    doc="Years of law-enforcement experience required; NASRO says 'at least three years'.",
)
DISQUALIFYING_DISPOSITIONS = Parameter(
    name="disqualifying_dispositions",
    default=_KNOWN_DISPOSITIONS,
    convert=_dispositions,
    doc="Dispositions of a youth-related record that disqualify; by default all of them "
    "(the literal 'no disciplinary actions or complaints involving youth').",
)
MIN_HOURS = Parameter(
    name="min_hours",
    default=Decimal(40),
    convert=_min_hours,
    doc="Hours of specialised school-policing training required before assignment; NASRO "
    "says 'at least 40 hours'.",
)

# --- selection -----------------------------------------------------------------------------


def _closes_by_start(officer: Officer, context: Context, years: int) -> date | None:
    """Judged before the assignment starts: the day ongoing service reaches ``years``, if by then."""
    if context.horizon is None:
        return None
    reached = experience_reached_on(_seen_by(officer, context.as_of), years)
    return reached if reached is not None and reached <= context.horizon else None


def _decide_experience(officer: Officer, context: Context) -> Outcome:
    periods = officer.service_periods
    if periods is None:
        return UNKNOWN
    years: int = context[MIN_YEARS]
    if meets_years(periods, context.as_of, years):
        return MET
    # Service still running may reach the threshold by the start, which only time will tell.
    return UNKNOWN if _closes_by_start(officer, context, years) else NOT_MET


def _describe_experience(officer: Officer, context: Context) -> tuple[str, dict[str, object]]:
    years: int = context[MIN_YEARS]
    as_of = context.as_of
    required = f"at least {years} year{'s' if years != 1 else ''} required"
    length = experience_on(officer, as_of)
    if length is None:
        return f"law-enforcement service unknown; {required}", {"required_years": years}
    facts: dict[str, object] = {
        "experience_days": length.total_days,
        "experience_years": length.years,
        "required_years": years,
    }
    served = f"{length} of law-enforcement experience before {as_of.isoformat()}"
    reached = None if length.years >= years else _closes_by_start(officer, context, years)
    if reached is not None:
        facts["reached_on"] = reached
        return (
            f"{served}; {required} by the assignment's start on "
            f"{context.horizon.isoformat() if context.horizon else ''}, which ongoing service "
            f"reaches on {reached.isoformat()}",
            facts,
        )
    return f"{served}; {required}", facts


def _experience_changes(
    officer: Officer, context: Context, first: date, last: date
) -> tuple[date, ...]:
    """The day the years are reached, and the days the service seen by ``as_of`` grows."""
    reached = experience_reached_on(officer, context[MIN_YEARS])
    found = [] if reached is None else [reached]
    for period in officer.service_periods or ():
        # Seen from the day after it starts; its end is seen from the day after it ends.
        found += (*day_after(period.start), *day_after(period.end))
    return tuple(found)


def _mend_experience(officer: Officer, context: Context) -> Fix:
    """Unknown service recorded; service still running waited for; ended service is final."""
    years: int = context[MIN_YEARS]
    as_of, horizon = context.as_of, context.horizon
    needed = f"at least {years} year{'s' if years != 1 else ''} of law-enforcement experience"
    if officer.service_periods is None:
        action = f"record the officer's law-enforcement service ({needed} required)"
        start = _enough_service(as_of, years)
        if start is None:
            return impossible(
                "service_periods",
                action,
                f"no service reaches {years} years before {as_of.isoformat()}",
            )
        periods = (ServicePeriod(start=start),)
        return Fix(
            "service_periods", action, lambda record: replaced(record, "service_periods", periods)
        )
    # The service as recorded, ends included: what the day waited for will see.
    reached = experience_reached_on(officer, years)
    if reached is not None and (horizon is None or reached <= horizon):
        return Fix(
            "service_periods",
            f"wait until {reached.isoformat()}, when ongoing service reaches {years} "
            f"year{'s' if years != 1 else ''}",
            wait_until=reached,
        )
    action = f"{needed} before the assignment's start" if horizon else needed
    if reached is not None:
        assert horizon is not None  # reached by the horizon returned above
        why = (
            f"ongoing service reaches {years} years on {reached.isoformat()}, after the "
            f"assignment starts on {horizon.isoformat()}"
        )
    else:
        why = f"the officer's recorded service ends short of {years} years"
    return impossible("service_periods", action, why)


def _enough_service(as_of: date, years: int) -> date | None:
    """The latest start of an ongoing period with ``years`` years served before ``as_of``."""
    if as_of.year - years < 1:
        return None
    day = as_of.day if (as_of.month, as_of.day) != (2, 29) else 28
    start: date | None = as_of.replace(year=as_of.year - years, day=day)
    while start is not None and not meets_years((ServicePeriod(start=start),), as_of, years):
        start = day_before(start)
    return start


def _seen_by(officer: Officer, as_of: date) -> Officer:
    """The officer's service as known on ``as_of``: later periods unseen, running ones ongoing."""
    periods = officer.service_periods or ()
    seen = tuple(
        ServicePeriod(start=p.start, end=p.end if p.end is not None and p.end < as_of else None)
        for p in periods
        if p.start < as_of
    )
    return Officer(id=officer.id, service_periods=seen)


_YOUTH = flag_condition(
    [("seeks_youth_relationships", "strong desire to develop positive relationships with youth")]
)


def _record_outcome(record: ConductRecord, disqualifying: frozenset[Disposition]) -> Outcome:
    """Whether a record disqualifies: MET when it does (it involves youth and its outcome counts)."""
    if record.involves_youth is False:
        return NOT_MET
    disposition = record.disposition
    if disposition is Disposition.UNRECORDED:
        # An unknown disposition disqualifies when every known one would, and is undetermined
        # otherwise (decision A5).
        counts = MET if disqualifying >= _KNOWN_DISPOSITIONS else UNKNOWN
    else:
        counts = MET if disposition in disqualifying else NOT_MET
    return OF[record.involves_youth] & counts


def _decide_clean_record(officer: Officer, context: Context) -> Outcome:
    records = officer.conduct_records
    if records is None:
        return UNKNOWN
    disqualifying: frozenset[Disposition] = context[DISQUALIFYING_DISPOSITIONS]
    as_of = context.as_of
    result = MET
    for record in records:
        if record.on <= as_of:  # a record filed after as_of is not yet on file
            disqualifies = _record_outcome(record, disqualifying)
            if disqualifies is MET:
                return NOT_MET
            if disqualifies is UNKNOWN:
                result = UNKNOWN
    return result


def _describe_records(officer: Officer, context: Context) -> tuple[str, dict[str, object]]:
    if officer.conduct_records is None:
        return (
            "service record not reviewed; no disciplinary action or complaint involving youth "
            "allowed",
            {},
        )
    disqualifying: frozenset[Disposition] = context[DISQUALIFYING_DISPOSITIONS]
    failing: list[str] = []
    unsure: list[str] = []
    for index, record in enumerate(officer.conduct_records or ()):
        if record.on <= context.as_of:
            disqualifies = _record_outcome(record, disqualifying)
            if disqualifies is MET:
                failing.append(_record_label(index, record))
            elif disqualifies is UNKNOWN:
                unsure.append(_record_label(index, record))
    facts: dict[str, object] = {"disqualifying": tuple(failing), "undetermined": tuple(unsure)}
    as_of = context.as_of.isoformat()
    if failing:
        return (
            f"{len(failing)} disqualifying record(s) involving youth by {as_of}: "
            f"{'; '.join(failing)}; none allowed",
            facts,
        )
    if unsure:
        return (
            f"unknown whether these involve youth or disqualify: {'; '.join(unsure)}",
            facts,
        )
    return f"no disqualifying disciplinary action or complaint involving youth by {as_of}", facts


def _record_label(index: int, record: ConductRecord) -> str:
    kind = record.kind.value.replace("_", " ")
    return f"record {index} ({kind} on {record.on.isoformat()}, {record.disposition.value})"


def _mend_clean_record(officer: Officer, context: Context) -> Fix:
    records = officer.conduct_records
    if records is None:
        return Fix(
            "conduct_records",
            "review the officer's service record (no disciplinary action or complaint involving "
            "youth allowed)",
            lambda record: replaced(record, "conduct_records", ()),
        )
    disqualifying: frozenset[Disposition] = context[DISQUALIFYING_DISPOSITIONS]
    on_file = [(i, r) for i, r in enumerate(records) if r.on <= context.as_of]
    failing = [i for i, r in on_file if _record_outcome(r, disqualifying) is MET]
    unsure = [i for i, r in on_file if _record_outcome(r, disqualifying) is UNKNOWN]
    labels = "; ".join(_record_label(i, records[i]) for i in failing or unsure)
    if failing:
        return impossible(
            "conduct_records",
            "no disciplinary action or complaint involving youth",
            f"on file: {labels}; a record on file cannot be undone",
        )
    # Known not to involve youth, or ended in a disposition that does not disqualify.
    clearing = next(
        iter(sorted(_KNOWN_DISPOSITIONS - disqualifying, key=_DISPOSITIONS.index)), None
    )

    def cleared(record: ConductRecord) -> ConductRecord:
        if record.involves_youth is None or clearing is None:
            return attrs_evolve(record, involves_youth=False)
        return attrs_evolve(record, disposition=clearing)

    def change(officer: Officer) -> Officer:
        kept = tuple(
            cleared(r) if i in unsure else r for i, r in enumerate(officer.conduct_records or ())
        )
        return replaced(officer, "conduct_records", kept)

    return Fix(
        "conduct_records",
        f"find out whether these involve youth, and how they ended: {labels}",
        change,
    )


_DISPOSITIONS = list(Disposition)
_VOLUNTEERED = flag_condition([("volunteered", "volunteered for the SRO position")])


EXPERIENCE = Rule(
    id="nasro.selection.experience",
    title="At least three years of law-enforcement experience",
    source=NASRO_FAQ,
    quote="Officers considered for the job should have at least three years of law enforcement "
    "experience.",
    subject=Officer,
    check=explained(_decide_experience, _describe_experience, "service_periods"),
    decide=_decide_experience,
    parameters=[MIN_YEARS],
    changes=_experience_changes,
    mend=_mend_experience,
)
YOUTH_RELATIONSHIPS = Rule(
    id="nasro.selection.youth_relationships",
    title="A strong desire to build positive relationships with youth",
    source=NASRO_FAQ,
    quote="They should have a strong desire to develop positive relationships with youth on a "
    "daily basis.",
    subject=Officer,
    condition=_YOUTH,
)
CLEAN_RECORD = Rule(
    id="nasro.selection.clean_record",
    title="No disciplinary actions or complaints involving youth",
    source=NASRO_FAQ,
    quote="Their service records should contain no disciplinary actions or complaints involving "
    "youth.",
    subject=Officer,
    check=explained(_decide_clean_record, _describe_records, "conduct_records"),
    decide=_decide_clean_record,
    parameters=[DISQUALIFYING_DISPOSITIONS],
    changes=filings,
    mend=_mend_clean_record,
)
VOLUNTEERED = Rule(
    id="nasro.selection.volunteered",
    title="Volunteered for the position",
    source=NASRO_FAQ,
    quote="They should volunteer for the position; no officer who doesn't desire an SRO "
    "position should be assigned.",
    subject=Officer,
    condition=_VOLUNTEERED,
)

# "denying such positions to any officer who has … been disciplined for behavior related to
# juveniles": a disciplinary action involving youth, unless it was overturned (decision N3).
_OVERTURNED = frozenset({Disposition.NOT_SUSTAINED, Disposition.UNFOUNDED, Disposition.EXONERATED})
_UNSETTLED = frozenset({Disposition.PENDING, Disposition.UNRECORDED})


def _discipline_outcome(record: ConductRecord) -> Outcome:
    """Whether a record shows the officer was disciplined for behavior related to juveniles."""
    if record.kind is not ConductKind.DISCIPLINARY_ACTION or record.involves_youth is False:
        return NOT_MET
    if record.disposition in _OVERTURNED:
        return NOT_MET
    settled = UNKNOWN if record.disposition in _UNSETTLED else MET
    return OF[record.involves_youth] & settled


def _decide_juvenile_history(officer: Officer, context: Context) -> Outcome:
    difficulty = officer.juvenile_case_difficulty
    if difficulty is True:
        return NOT_MET
    records = officer.conduct_records
    result = MET if difficulty is False and records is not None else UNKNOWN
    for record in records or ():
        if record.on <= context.as_of:
            disciplined = _discipline_outcome(record)
            if disciplined is MET:
                return NOT_MET
            if disciplined is UNKNOWN:
                result = UNKNOWN
    return result


def _mend_juvenile_history(officer: Officer, context: Context) -> Fix:
    records = officer.conduct_records
    on_file = [(i, r) for i, r in enumerate(records or ()) if r.on <= context.as_of]
    disciplined = [_record_label(i, r) for i, r in on_file if _discipline_outcome(r) is MET]
    if officer.juvenile_case_difficulty is True or disciplined:
        shown = (
            "had difficulty with cases involving juveniles"
            if officer.juvenile_case_difficulty
            else ""
        )
        shown = "; ".join(filter(None, [shown, *disciplined]))
        return impossible(
            "juvenile_case_difficulty" if officer.juvenile_case_difficulty else "conduct_records",
            "no past difficulty with juvenile cases and no discipline related to juveniles",
            f"on record: {shown}; the past cannot be undone",
        )
    unsure = [i for i, r in on_file if _discipline_outcome(r) is UNKNOWN]
    steps = []
    if officer.juvenile_case_difficulty is None:
        steps.append("record whether the officer has had difficulty with cases involving juveniles")
    if records is None:
        steps.append("review the officer's service record")
    if unsure:
        shown = "; ".join(_record_label(i, records[i]) for i in unsure)  # type: ignore[index]
        steps.append(f"find out whether these involve youth, and how they ended: {shown}")

    def settled(record: ConductRecord) -> ConductRecord:
        if record.involves_youth is None:
            return attrs_evolve(record, involves_youth=False)
        return attrs_evolve(record, disposition=Disposition.NOT_SUSTAINED)

    def change(officer: Officer) -> Officer:
        kept = tuple(
            settled(r) if i in unsure else r for i, r in enumerate(officer.conduct_records or ())
        )
        return attrs_evolve(
            officer,
            juvenile_case_difficulty=officer.juvenile_case_difficulty or False,
            conduct_records=kept,
        )

    path = (
        "juvenile_case_difficulty"
        if officer.juvenile_case_difficulty is None
        else "conduct_records"
    )
    return Fix(path, "; ".join(steps), change)


def _juvenile_history(officer: Officer, context: Context) -> Finding:
    outcome = _decide_juvenile_history(officer, context)
    difficulty = officer.juvenile_case_difficulty
    records = officer.conduct_records
    found = [
        _record_label(index, record)
        for index, record in enumerate(records or ())
        if record.on <= context.as_of and _discipline_outcome(record) is not NOT_MET
    ]
    words = {True: "yes", False: "no", None: "unknown"}[difficulty]
    parts = [f"difficulty with cases involving juveniles: {words}"]
    if records is None:
        parts.append("service record not reviewed")
    else:
        parts.append(
            "disciplined for behavior related to juveniles: "
            + ("; ".join(found) if found else "no record")
        )
    missing = []
    if outcome is UNKNOWN:
        if difficulty is None:
            missing.append("juvenile_case_difficulty")
        if records is None or found:
            missing.append("conduct_records")
    return Finding(
        outcome,
        "; ".join(parts) + " (neither allowed)",
        {"juvenile_case_difficulty": difficulty, "disciplined": tuple(found)},
        missing,
    )


JUVENILE_HISTORY = Rule(
    id="nasro.selection.juvenile_history",
    title="No past difficulty with juvenile cases, no discipline related to juveniles",
    source=NASRO_SCHOOL_RULES_RELEASE_2019,
    quote="Carefully choosing SROs should include denying such positions to any officer who has "
    "in the past had difficulty with cases involving juveniles or been disciplined for behavior "
    "related to juveniles.",
    subject=Officer,
    check=_juvenile_history,
    decide=_decide_juvenile_history,
    changes=filings,
    mend=_mend_juvenile_history,
)
"""NASRO's 2019 selection exclusion, for users to compose; ``NASRO_SELECTION`` leaves it out.

>>> from sro_domain import NASRO_SELECTION, Officer, Standard
>>> STRICTER = Standard(id="district-selection", title="Selection, with the 2019 exclusion",
...                     subject=Officer, source=NASRO_SELECTION.source,
...                     parts=[*NASRO_SELECTION.parts, JUVENILE_HISTORY])
>>> STRICTER.evaluate(Officer(id="A-1", juvenile_case_difficulty=True),
...                   as_of=date(2024, 1, 8)).find("nasro.selection.juvenile_history").outcome
<Outcome.NOT_MET: 'not_met'>
"""

# --- training ------------------------------------------------------------------------------


# The NC Basic SRO course is school-policing training too (decision A6).
_SCHOOL_POLICING = frozenset(
    {TrainingKind.SCHOOL_POLICING, TrainingKind.NC_BASIC_SRO, TrainingKind.ADVANCED_SCHOOL_POLICING}
)


SCHOOL_POLICING_HOURS = Rule(
    id="nasro.training.school_policing_hours",
    title="40 hours of school-policing training before assignment",
    source=NASRO_FAQ,
    quote="officers receive at least 40 hours of specialized training in school policing before "
    "being assigned",
    subject=Assignment,
    # "before being assigned": a course completed on the start date is too late.
    condition=trained_by(MIN_HOURS, "school-policing training", kinds=_SCHOOL_POLICING, days=-1),
)

# --- triad ---------------------------------------------------------------------------------


_TRIAD = includes("roles", TRIAD, "roles performed")


TRIAD_RULE = Rule(
    id="nasro.triad",
    title="Performs the three roles of the triad",
    source=NASRO_FAQ,
    quote='NASRO considers it a best practice to use a "triad concept" to define the three main '
    "roles of school resource officers: educator (i.e. guest lecturer), informal "
    "counselor/mentor, and law enforcement officer.",
    subject=Assignment,
    condition=_TRIAD,
)

# --- MOU -----------------------------------------------------------------------------------

_SIGNED = includes("signatories", frozenset(Signatory), "signed by")
_REQUIRES_SELECTION = flag_condition(
    [("requires_selection_and_training", "requires careful selection and SRO training")]
)
_DEFINES_ROLES = includes("roles_defined", TRIAD, "roles defined")
_PROHIBITS_DISCIPLINE = flag_condition(
    [("prohibits_formal_discipline", "prohibits SRO involvement in formal school discipline")]
)


SIGNED_BY_BOTH_HEADS = Rule(
    id="nasro.mou.signed_by_both_heads",
    title="Signed by the heads of both agencies",
    source=NASRO_DISCIPLINE_STATEMENT_2015,
    quote="Every law enforcement agency that places an officer in a school should have in place "
    "a memorandum of understanding (MOU), signed by the heads of both the law enforcement "
    "agency and the educational institution.",
    subject=Mou,
    condition=_SIGNED,
)
REQUIRES_SELECTION_AND_TRAINING = Rule(
    id="nasro.mou.requires_selection_and_training",
    title="Requires carefully selected, specially trained SROs",
    source=NASRO_DISCIPLINE_STATEMENT_2015,
    quote="Require that all school resource officers (SROs) be carefully selected law "
    "enforcement officers who have received specialized SRO training in the use of police "
    "powers and authority in a school environment.",
    subject=Mou,
    condition=_REQUIRES_SELECTION,
)
DEFINES_TRIAD_ROLES = Rule(
    id="nasro.mou.defines_triad_roles",
    title="Defines the SRO's three roles",
    source=NASRO_DISCIPLINE_STATEMENT_2015,
    quote="Clearly define the roles of the SRO to include those of: … Law enforcement officer / "
    "Teacher / Informal counselor",
    subject=Mou,
    condition=_DEFINES_ROLES,
)
PROHIBITS_FORMAL_DISCIPLINE = Rule(
    id="nasro.mou.prohibits_formal_discipline",
    title="Keeps the SRO out of formal school discipline",
    source=NASRO_DISCIPLINE_STATEMENT_2015,
    quote="Prohibit SROs from becoming involved in formal school discipline situations that are "
    "the responsibility of school administrators.",
    subject=Mou,
    condition=_PROHIBITS_DISCIPLINE,
)

# --- discipline ----------------------------------------------------------------------------

_ENFORCEMENT = frozenset({SroAction.CITATION, SroAction.COURT_REFERRAL, SroAction.ARREST})


def _action_words(action: SroAction) -> str:
    return action.value.replace("_", " ")


def _decide_no_formal_discipline(response: SroResponse, context: Context) -> Outcome:
    return NOT_MET if response.action is SroAction.FORMAL_SCHOOL_DISCIPLINE else MET


def _no_formal_discipline(response: SroResponse, context: Context) -> Finding:
    return Finding(
        _decide_no_formal_discipline(response, context),
        lambda: (
            f"action: {_action_words(response.action)}; no part in formal school discipline allowed"
        ),
        lambda: {"action": response.action},
    )


def _mend_formal_discipline(response: SroResponse, context: Context) -> Fix:
    return impossible(
        "action",
        "take no part in formal school discipline",
        "the response was formal school discipline; a response made cannot be undone",
    )


def _mend_arrest(response: SroResponse, context: Context) -> Fix:
    action = _action_words(response.action)
    if response.matter is None:
        return Fix(
            "matter",
            f"record what kind of matter led to the {action} (none allowed for a "
            "school-discipline matter)",
            lambda record: replaced(record, "matter", Matter.CRIMINAL),
        )
    return impossible(
        "action",
        "no arrest, citation or court referral for a school-discipline matter",
        f"the response was {'an' if action[0] in 'aeiou' else 'a'} {action} for a "
        "school-discipline matter; a response made cannot be undone",
    )


def _decide_no_arrest(response: SroResponse, context: Context) -> Outcome:
    if response.action not in _ENFORCEMENT:
        return MET
    matter = response.matter
    if matter is None:
        return UNKNOWN
    return NOT_MET if matter is Matter.SCHOOL_DISCIPLINE else MET


def _no_arrest_for_school_matter(response: SroResponse, context: Context) -> Finding:
    outcome = _decide_no_arrest(response, context)
    return Finding(
        outcome,
        lambda: _describe_arrest(response),
        lambda: {"action": response.action, "matter": response.matter},
        ("matter",) if outcome is UNKNOWN else (),
    )


def _describe_arrest(response: SroResponse) -> str:
    action = _action_words(response.action)
    if response.action not in _ENFORCEMENT:
        return f"action: {action}; no arrest, citation or court referral"
    if response.matter is None:
        return (
            f"action: {action} for a matter of unknown kind; none allowed for a "
            "school-discipline matter"
        )
    if response.matter is Matter.SCHOOL_DISCIPLINE:
        return (
            f"action: {action} for a school-discipline matter teachers or administrators would "
            "handle; none allowed"
        )
    return f"action: {action} for a criminal matter"


NO_FORMAL_DISCIPLINE = Rule(
    id="nasro.discipline.no_formal_discipline",
    title="Takes no part in formal school discipline",
    # The 2019 release speaks of the SRO's own conduct; the 2015 statement's words ask an MOU
    # to prohibit it and stay with nasro.mou.prohibits_formal_discipline (decision N2).
    source=NASRO_SCHOOL_RULES_RELEASE_2019,
    quote="recommended that SROs refrain from involvement in enforcing school rules and "
    "behavioral expectations",
    subject=SroResponse,
    check=_no_formal_discipline,
    decide=_decide_no_formal_discipline,
    changes=timeless,
    mend=_mend_formal_discipline,
)
NO_ARREST_FOR_SCHOOL_MATTER = Rule(
    id="nasro.discipline.no_arrest_for_school_matter",
    title="No arrest for a school-discipline matter",
    source=NASRO_FAQ,
    quote="Carefully selected, specially trained school resource officers who follow NASRO's "
    "best practices do not arrest students for disciplinary issues that would be handled by "
    "teachers and/or administrators if the SROs were not there.",
    subject=SroResponse,
    check=_no_arrest_for_school_matter,
    decide=_decide_no_arrest,
    changes=timeless,
    mend=_mend_arrest,
)

# --- standards -----------------------------------------------------------------------------

NASRO_SELECTION = Standard(
    id="nasro-selection",
    title="NASRO selection criteria",
    subject=Officer,
    source=NASRO_FAQ,
    parts=[EXPERIENCE, YOUTH_RELATIONSHIPS, CLEAN_RECORD, VOLUNTEERED],
)
"""How NASRO says SROs should be selected: experience, disposition, record, volunteering."""

NASRO_TRAINING = Standard(
    id="nasro-training",
    title="NASRO training before assignment",
    subject=Assignment,
    source=NASRO_FAQ,
    parts=[SCHOOL_POLICING_HOURS],
)
"""At least 40 hours of specialised school-policing training before being assigned."""

NASRO_TRIAD = Standard(
    id="nasro-triad",
    title="NASRO triad of roles",
    subject=Assignment,
    source=NASRO_FAQ,
    parts=[TRIAD_RULE],
)
"""The officer performs all three roles: educator, informal counselor/mentor, law enforcement."""

NASRO_MOU = Standard(
    id="nasro-mou",
    title="NASRO MOU practice",
    subject=Mou,
    source=NASRO_DISCIPLINE_STATEMENT_2015,
    parts=[
        SIGNED_BY_BOTH_HEADS,
        REQUIRES_SELECTION_AND_TRAINING,
        DEFINES_TRIAD_ROLES,
        PROHIBITS_FORMAL_DISCIPLINE,
    ],
)
"""What NASRO's 2015 position statement asks an MOU to contain."""

NASRO_DISCIPLINE = Standard(
    id="nasro-discipline",
    title="NASRO practice on student discipline",
    subject=SroResponse,
    source=NASRO_FAQ,
    parts=[NO_FORMAL_DISCIPLINE, NO_ARREST_FOR_SCHOOL_MATTER],
)
"""SROs stay out of formal school discipline and do not arrest for school-discipline matters."""

NASRO_ASSIGNMENT = Standard(
    id="nasro-assignment",
    title="NASRO best practice for an SRO assignment",
    subject=Assignment,
    source=NASRO_FAQ,
    parts=[
        from_assignment_start(FEDERAL_DEFINITION),
        at_assignment_start(NASRO_SELECTION),
        NASRO_TRAINING,
        NASRO_TRIAD,
        NASRO_MOU,
    ],
)
"""The federal definition and every NASRO item above; selection is judged as of the start, and
so is the federal definition when asked before it (a planned posting can be pre-screened)."""

# --- predicates ----------------------------------------------------------------------------


def meets_nasro_selection_criteria(officer: Officer, *, as_of: date) -> bool:
    """Whether the officer meets NASRO's selection criteria as of ``as_of``.

    At least three years of law-enforcement experience before ``as_of``; a strong desire to
    build positive relationships with youth; no disciplinary action or complaint involving
    youth on file by ``as_of``; volunteered for the post.

    References: NASRO FAQ, "How should school resource officers be selected?".

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> meets_nasro_selection_criteria(COMMUNITY_SRO.officer, as_of=date(2024, 8, 1))
    True
    """
    return NASRO_SELECTION.holds(officer, as_of=as_of)


def meets_nasro_training(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the officer had 40 hours of school-policing training before the assignment began.

    Only school-policing courses (``SCHOOL_POLICING``, ``NC_BASIC_SRO``,
    ``ADVANCED_SCHOOL_POLICING``) completed strictly
    before the start count (a course that ends on the start date is not "before being
    assigned"); DARE does not count.

    References: NASRO FAQ, "What is a school resource officer?".

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> meets_nasro_training(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True
    """
    return NASRO_TRAINING.holds(assignment, as_of=as_of)


def performs_triad(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the officer performs all three roles of NASRO's triad in this assignment.

    References: NASRO FAQ, "What are appropriate roles of school resource officers?".

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> performs_triad(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True
    """
    return NASRO_TRIAD.holds(assignment, as_of=as_of)


def meets_nasro_mou_practice(mou: Mou, *, as_of: date) -> bool:
    """Whether an MOU follows NASRO's 2015 recommendations.

    Signed by both heads; requires careful selection and specialised training; defines the
    three roles; keeps the SRO out of formal school discipline.

    References: NASRO, Position Statement on Police Involvement in Student Discipline (2015).

    >>> from sro_domain import Mou, Signatory, TRIAD
    >>> meets_nasro_mou_practice(Mou(signatories=set(Signatory), roles_defined=TRIAD,
    ...     requires_selection_and_training=True, prohibits_formal_discipline=False),
    ...     as_of=date(2024, 1, 1))
    False
    """
    return NASRO_MOU.holds(mou, as_of=as_of)


def follows_nasro_discipline_practice(response: SroResponse, *, as_of: date) -> bool:
    """Whether an SRO's response to an incident follows NASRO's practice on discipline.

    The SRO kept out of formal school discipline and made no arrest, citation or court
    referral for a school-discipline matter.

    References: NASRO FAQ; NASRO position statement (2015); NASRO press release (2019).

    >>> from sro_domain import Matter, SroAction, SroResponse
    >>> follows_nasro_discipline_practice(
    ...     SroResponse(action=SroAction.ARREST, matter=Matter.SCHOOL_DISCIPLINE),
    ...     as_of=date(2024, 1, 1))
    False
    """
    return NASRO_DISCIPLINE.holds(response, as_of=as_of)


def meets_nasro_best_practice(assignment: Assignment, *, as_of: date) -> bool:
    """Whether an assignment meets NASRO best practice in full.

    The federal definition as of ``as_of`` (as of the start, for a posting not yet begun);
    NASRO's selection criteria as of the assignment's start; 40 hours of training before the start; the triad; and an MOU as NASRO recommends.

    References: NASRO FAQ; NASRO position statement (2015); 34 U.S.C. § 10389(4).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> meets_nasro_best_practice(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True
    """
    return NASRO_ASSIGNMENT.holds(assignment, as_of=as_of)
