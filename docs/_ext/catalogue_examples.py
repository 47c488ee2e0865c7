"""The worked examples of the rule catalogue: one posting that meets every rule, and per rule the
fields that make it fail.

Only the records live here; their outcomes and reasons are worked out by the library each time
the site is built, so a page can never show a verdict the code does not give. The build fails if
a built-in rule has no example here, or if an example no longer gives the outcome it is shown
under (see ``sro_catalogue``).

Paths are dotted from the subject of the standard that defines the rule (an ``Assignment``, an
``Officer``, an ``Mou`` or an ``SroResponse``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from sro_domain import (
    Assignment,
    AssignmentBasis,
    ConductKind,
    ConductRecord,
    Disposition,
    Funding,
    FundingProgram,
    InvalidRecordError,
    Matter,
    Mou,
    MouSection,
    NcCommission,
    Officer,
    Outcome,
    Rule,
    School,
    SchoolLevel,
    SchoolSector,
    ServicePeriod,
    Signatory,
    SroAction,
    SroResponse,
    Standard,
    Training,
    TrainingKind,
    YearWeeks,
)
from sro_domain.conditions import _reader, names
from sro_domain.examples import COMMUNITY_SRO
from sro_domain.standard import reach
from sro_domain.strategies._targets import Plan


def reach_path(subject: type, record: type) -> str:
    """The attribute through which a standard on ``subject`` reads a ``record``."""
    found = reach(subject, record)
    assert found is not None, f"a {subject.__name__} standard reaches no {record.__name__}"
    return found[0]


AS_OF = date(2024, 9, 3)
"""The date every example is asked about, unless its change or its standard says otherwise."""


def asked_on(standard: Standard) -> date:
    """The date a standard's examples are asked about: ``AS_OF``, or the day it comes into force."""
    begins = standard.source.effective_from
    return AS_OF if begins is None or begins <= AS_OF else begins


Changes = Mapping[str, Any]


@attrs.frozen
class Example:
    """A change to the base subject (dotted path → new value), and the date to ask about."""

    changes: Changes = attrs.field(factory=dict)
    as_of: date = AS_OF


def apply(subject: Any, changes: Changes) -> Any:
    """``subject`` with each dotted path set to its new value (records are immutable)."""
    for path, value in changes.items():
        subject = _set(subject, path.split("."), value)
    return subject


def _set(record: Any, path: list[str], value: Any) -> Any:
    head, *rest = path
    new = value if not rest else _set(getattr(record, head), rest, value)
    return attrs.evolve(record, **{head: new})


BASE_CHANGES: Changes = {
    "officer.trainings": (
        *(COMMUNITY_SRO.officer.trainings or ()),
        Training(
            course="NC Basic School Resource Officer Training",
            kind=TrainingKind.NC_BASIC_SRO,
            hours=Decimal(40),
            # After the start: a course before it is credited only as paragraph (b)(2) says (NC4).
            completed_on=date(2024, 8, 30),
        ),
    ),
    "officer.juvenile_case_difficulty": False,
    "share_in_schools": Decimal("0.9"),
    # Engaged by contract, so that Indiana's MOU rule reaches it.
    "under_contract": True,
    "mou.sections": frozenset(MouSection),
    "mou.submitted_on": date(2024, 6, 28),
    "funding": Funding(
        program=FundingProgram.COPS_HIRING_PROGRAM, award_letter_on=date(2024, 5, 6)
    ),
    # More than 12 weeks in 2024 (NC), but no more than a posting that starts after the
    # examples' day still covers: the in-effect rules' NOT MET example starts it then.
    "weeks_per_year": (YearWeeks(year=2024, weeks=16), YearWeeks(year=2025, weeks=38)),
}
"""What the base posting adds to ``COMMUNITY_SRO``, so that it meets NC law and the COPS
conditions too."""

ASSIGNMENT: Assignment = apply(COMMUNITY_SRO, BASE_CHANGES)
OFFICER: Officer = ASSIGNMENT.officer
_MOU = ASSIGNMENT.mou
assert isinstance(_MOU, Mou)  # the base posting has an MOU (not NO_MOU, not unknown)
MOU: Mou = _MOU
RESPONSE = SroResponse(action=SroAction.REFER_TO_ADMINISTRATOR, matter=Matter.SCHOOL_DISCIPLINE)
"""A response NASRO endorses: a school-rules matter handed back to the administrator."""

BASES: Mapping[type, tuple[str, Any]] = {
    Assignment: ("the base posting", ASSIGNMENT),
    Officer: ("the base posting's officer", OFFICER),
    Mou: ("the base posting's MOU", MOU),
    SroResponse: ("a referral of a school-rules matter to the administrator", RESPONSE),
}
"""Each subject type's passing example, with the words the catalogue calls it by."""


def _nonpublic(*, article_39: bool | None) -> School:
    """A nonpublic high school, under Article 39 or not (or not known)."""
    return School(
        name="St. Mary's School",
        level=SchoolLevel.HIGH,
        sector=SchoolSector.NONPUBLIC,
        article_39=article_39,
    )


FAILING: Mapping[str, Example] = {
    # --- 34 U.S.C. § 10389 -------------------------------------------------------------------
    # --- Center for Safer Schools ------------------------------------------------------------
    "safer_schools.permanent_assignment": Example(
        {"permanent": False, "basis": AssignmentBasis.CRISIS_RESPONSE}
    ),
    # --- NASRO -------------------------------------------------------------------------------
    "nasro.selection.experience": Example(
        {"service_periods": (ServicePeriod(start=date(2022, 1, 3)),)}
    ),
    "nasro.selection.clean_record": Example(
        {
            "conduct_records": (
                ConductRecord(
                    kind=ConductKind.COMPLAINT,
                    on=date(2021, 4, 12),
                    involves_youth=True,
                    disposition=Disposition.SUSTAINED,
                ),
            )
        }
    ),
    "nasro.selection.juvenile_history": Example({"juvenile_case_difficulty": True}),
    "nasro.discipline.no_formal_discipline": Example(
        {"action": SroAction.FORMAL_SCHOOL_DISCIPLINE}
    ),
    "nasro.discipline.no_arrest_for_school_matter": Example({"action": SroAction.ARREST}),
    # --- N.C.G.S. § 115C-105.58 and the SRO training rules -----------------------------------
    "nc.statute.covered_school": Example({"schools": frozenset({_nonpublic(article_39=False)})}),
    "nc.statute.weeks_per_year": Example({"weeks_per_year": (YearWeeks(year=2024, weeks=10),)}),
    "nc.training.general_certification": Example(
        {"officer.nc_certifications": frozenset({NcCommission.SHERIFFS})}
    ),
    "nc.training.basic_sro_course": Example(
        {"officer.trainings": COMMUNITY_SRO.officer.trainings}, as_of=date(2025, 9, 2)
    ),
    "nc.training.scope.weeks_per_year": Example(
        {"weeks_per_year": (YearWeeks(year=2024, weeks=10),)}
    ),
    "nc.training.scope.period": Example(
        {
            # In this order: each change must leave a valid record.
            "start": date(2016, 8, 22),
            "weeks_per_year": (YearWeeks(year=2018, weeks=20),),
            "end": date(2018, 6, 8),
        }
    ),
    # --- COPS Hiring Program -----------------------------------------------------------------
    "cops.chp.funded": Example(
        {"funding": Funding(program=FundingProgram.OTHER, award_letter_on=date(2024, 5, 6))}
    ),
    "cops.chp.mou_signed": Example(
        {"mou.signatories": frozenset({Signatory.LAW_ENFORCEMENT_HEAD})}
    ),
    "cops.chp.mou_sections": Example(
        {"mou.sections": frozenset(MouSection) - {MouSection.INFORMATION_SHARING}}
    ),
    "cops.chp.mou_submitted": Example({"mou.submitted_on": date(2024, 9, 3)}),
}
"""Per rule id (of the rules written without a condition), the change to its standard's passing
example that makes the rule fail. Rules written with a condition take theirs from it."""

UNKNOWN_EXAMPLES: Mapping[str, Example] = {
    # An arrest is allowed for a crime, not for a school-rules matter: unknown which it was.
    "nasro.discipline.no_arrest_for_school_matter": Example(
        {"action": SroAction.ARREST, "matter": None}
    ),
    # A nonpublic school is covered when it is under Article 39: unknown whether it is.
    "nc.statute.covered_school": Example({"schools": frozenset({_nonpublic(article_39=None)})}),
}
"""UNKNOWN examples that no single unknown fact gives, by rule id."""


def prefix(rule: Rule, standard: Standard) -> str:
    """How the standard's subject reaches the record the rule reads: ``"officer."`` or ``""``."""
    if rule.subject is standard.subject:
        return ""
    return f"{reach_path(standard.subject, rule.subject)}."


def worked(rule: Rule, standard: Standard) -> dict[Outcome, Example]:
    """The rule's NOT MET and UNKNOWN examples: from its condition, or from the tables above."""
    found: dict[Outcome, Example] = {}
    if rule.condition is not None:
        start, on = prefix(rule, standard), asked_on(standard)
        base = BASES[standard.subject][1]
        for outcome, changes in rule.condition.examples(standard.parameters).items():
            if outcome is not Outcome.MET:
                # A change to what the base already holds (an end that is already ongoing) is
                # no change to show.
                shown = {
                    f"{start}{path}": value
                    for path, value in changes.items()
                    if _reader(f"{start}{path}")(base) != value
                }
                found[outcome] = Example(shown, on)
        return found
    if rule.id in FAILING:
        found[Outcome.NOT_MET] = FAILING[rule.id]
    unknown = UNKNOWN_EXAMPLES.get(rule.id) or _one_unknown_fact(rule, standard)
    if unknown is not None:
        found[Outcome.UNKNOWN] = unknown
    return found


def can_be_unknown(rule: Rule, standard: Standard) -> bool:
    """Whether the rule can be UNKNOWN at all, as the targeted strategies know it."""
    return Outcome.UNKNOWN in Plan(standard).possible(rule.id)


def _one_unknown_fact(rule: Rule, standard: Standard) -> Example | None:
    """The first fact of the passing example that, made unknown, leaves the rule UNKNOWN."""
    base = BASES[standard.subject][1]
    for path in _facts(base, ""):
        try:
            subject = apply(base, {path: None})
        except InvalidRecordError:
            continue  # a required field: never unknown
        verdict = standard.evaluate(subject, as_of=asked_on(standard)).find(rule.id)
        if verdict.unknown:
            return Example({path: None}, asked_on(standard))
    return None


def _facts(record: Any, start: str) -> Iterator[str]:
    """Every field of a record and of the records inside it, as dotted paths."""
    for field in attrs.fields(type(record)):
        path = f"{start}{field.name}"
        value = getattr(record, field.name)
        if attrs.has(type(value)):
            yield from _facts(value, f"{path}.")
        yield path


# --- plain words for a change ------------------------------------------------------------------


def plain_path(path: str) -> str:
    """``"officer.hired_permanently"`` → ``"officer's hired permanently"``."""
    return "'s ".join(part.replace("_", " ") for part in path.split("."))


def plain(value: Any, path: str = "") -> str:
    """A value as a reader says it: ``no``, ``39.5``, ``schools, community organizations``."""
    if value is None:
        # An end that is not set is no unknown: the assignment is ongoing.
        return "ongoing" if path.rpartition(".")[2] == "end" else "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, Decimal)):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return names([value])
    if isinstance(value, (frozenset, set)):
        members = list(value)
        if all(isinstance(m, enum.Enum) for m in members):
            return names(members) or "none"
        return "; ".join(sorted(plain(m) for m in members)) or "none"
    if isinstance(value, (tuple, list)):
        return "; ".join(plain(item) for item in value) or "none"
    if attrs.has(type(value)):
        shown = ", ".join(
            f"{field.name.replace('_', ' ')} {plain(getattr(value, field.name))}"
            for field in attrs.fields(type(value))
            if getattr(value, field.name) not in (None, frozenset(), ())
        )
        return f"{type(value).__name__} ({shown})"
    return str(value)
