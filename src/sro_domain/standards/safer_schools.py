"""The North Carolina Center for Safer Schools definition of an SRO (NC DPI guidance, the seed).

"The Center for Safer Schools' research-derived definition of an SRO is: a certified law
enforcement officer who is permanently assigned to provide coverage to a school or a set of
schools." The page is guidance, not law, and gives no numeric test for "permanently": the
assignment's ``permanent`` flag carries it (decision A2 in ``docs/decisions.md``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sro_domain.conditions import joined
from sro_domain.models import (
    LAW_ENFORCEMENT_KINDS,
    Agency,
    AgencyKind,
    Assignment,
    Officer,
)
from sro_domain.outcome import Outcome
from sro_domain.roles import TRIAD
from sro_domain.rule import Check, Decide, Mend
from sro_domain.rules import Context, Finding, Rule, Standard
from sro_domain.sources import SAFER_SCHOOLS_PAGE, Source
from sro_domain.standards._checks import (
    MET,
    NOT_MET,
    UNKNOWN,
    Fix,
    flag_condition,
    replaced,
    timeless,
)
from sro_domain.standards.federal import (
    in_effect,
)
from sro_domain.training import trained_for_roles

__all__ = [
    "SAFER_SCHOOLS_DEFINITION",
    "SAFER_SCHOOLS_ROLES",
    "is_safer_schools_sro",
    "trained_for_three_roles",
]


_CERTIFIED = [
    ("certified", "holds state law-enforcement certification"),
    ("law_enforcement_authority", "holds law-enforcement authority"),
]
_CERTIFIED_FLAGS = flag_condition(_CERTIFIED)
_decide_flags, _describe_flags = _CERTIFIED_FLAGS.decide, _CERTIFIED_FLAGS.check
_A_LAW_ENFORCEMENT_AGENCY = Agency(
    name="a law-enforcement agency", kind=AgencyKind.OTHER_LAW_ENFORCEMENT
)


CERTIFIED_TESTS: dict[Any, frozenset[AgencyKind]] = {}
"""Each certified-officer check's ``decide``, with the employer kinds it counts: the targeted
strategies draw employers of those kinds for a rule built by :func:`certified_officer_rule`."""


def certified_test(
    employers: frozenset[AgencyKind] = LAW_ENFORCEMENT_KINDS,
) -> tuple[Decide, Check, Mend]:
    """The test of a certified law enforcement officer whose employer is of ``employers``."""
    counted = frozenset(employers)

    def employer_outcome(officer: Officer) -> Outcome:
        employer = officer.employer
        if employer is None:
            return UNKNOWN
        return MET if employer.kind in counted else NOT_MET

    def decide(officer: Officer, context: Context) -> Outcome:
        # "a certified law enforcement officer": certified, and a law enforcement officer — one
        # with law-enforcement authority, employed by a law-enforcement agency. A guard
        # certified by some body is no law enforcement officer (decision CSS1).
        return _decide_flags(officer, context) & employer_outcome(officer)

    def check(officer: Officer, context: Context) -> Finding:
        outcome = decide(officer, context)
        employer = officer.employer
        if employer is None:
            where = "employer: unknown"
        else:
            kind = employer.kind.value.replace("_", " ")
            if employer.kind in counted:
                law = "a law-enforcement agency"
            elif employer.is_law_enforcement:
                law = "not an agency this definition counts"
            else:
                law = "not a law-enforcement agency"
            where = f"employed by {employer.name} ({kind}), {law}"
        flags_finding = _describe_flags(officer, context)
        missing = set(flags_finding.missing) if outcome is UNKNOWN else set()
        if outcome is UNKNOWN and employer is None:
            missing.add("employer")
        return Finding(
            outcome,
            lambda: f"{where}; {flags_finding.reason}",
            lambda: {
                "certified": officer.certified,
                "law_enforcement_authority": officer.law_enforcement_authority,
                "employer_kind": None if employer is None else employer.kind,
            },
            missing,
        )

    # The agency a remedy employs the officer with: the generic one, or the first kind counted.
    hired_by = (
        _A_LAW_ENFORCEMENT_AGENCY
        if _A_LAW_ENFORCEMENT_AGENCY.kind in counted
        else Agency(
            name=f"a {_first_kind(counted).value.replace('_', ' ')}", kind=_first_kind(counted)
        )
    )
    required = (
        "a law-enforcement agency"
        if hired_by is _A_LAW_ENFORCEMENT_AGENCY
        else f"one of {', '.join(k.value.replace('_', ' ') for k in AgencyKind if k in counted)}"
    )

    def mend(officer: Officer, context: Context) -> Fix:
        fixes = []
        if _decide_flags(officer, context) is not MET:
            fixes.append(_CERTIFIED_FLAGS.mend(officer, context))
        employer = officer.employer
        if employer_outcome(officer) is not MET:
            now = (
                "unknown"
                if employer is None
                else f"{employer.name}, {employer.kind.value.replace('_', ' ')}"
            )
            fixes.append(
                Fix(
                    "employer",
                    f"employer: {required} required ({now} now)",
                    lambda record: replaced(record, "employer", hired_by),
                )
            )
        return joined(fixes)

    CERTIFIED_TESTS[decide] = counted
    return decide, check, mend


def _first_kind(kinds: frozenset[AgencyKind]) -> AgencyKind:
    return next(kind for kind in AgencyKind if kind in kinds)


_decide_certified, _certified, _mend_certified = certified_test()


_PERMANENT = flag_condition([("permanent", "assigned permanently")])
_decide_permanent, _permanent_flag = _PERMANENT.decide, _PERMANENT.check


def _permanent(assignment: Assignment, context: Context) -> Finding:
    finding = _permanent_flag(assignment, context)
    basis = assignment.basis
    if assignment.permanent is False and basis is not None:
        words = basis.value.replace("_", " ")
        return Finding(
            finding.outcome,
            f"placed temporarily ({words}); a permanent assignment required",
            finding._facts,
        )
    return finding


IN_EFFECT = in_effect(
    id="safer_schools.in_effect",
    title="Assigned on the date asked about",
    source=SAFER_SCHOOLS_PAGE,
    quote="assigned to provide coverage to a school or a set of schools",
)


def certified_officer_rule(
    id: str,
    title: str,
    source: Source,
    quote: str,
    employers: frozenset[AgencyKind] = LAW_ENFORCEMENT_KINDS,
) -> Rule:
    """A rule with this definition's test of a certified law enforcement officer.

    Certified, with law-enforcement authority, employed by a law-enforcement agency (decision
    CSS1) — of the kinds in ``employers``. Other authorities that ask for "a certified law
    enforcement officer … employed by a law enforcement agency" cite their own words with the
    same test, and the targeted strategies know it by its check (``CERTIFIED_TESTS``).
    """
    decide, check, mend = (
        (_decide_certified, _certified, _mend_certified)
        if employers == LAW_ENFORCEMENT_KINDS
        else certified_test(employers)
    )
    return Rule(id=id, title=title, source=source, quote=quote, subject=Officer,
                check=check, decide=decide, changes=timeless, mend=mend)  # fmt: skip


CERTIFIED_OFFICER = Rule(
    id="safer_schools.certified_officer",
    title="A certified law enforcement officer",
    source=SAFER_SCHOOLS_PAGE,
    quote="a certified law enforcement officer",
    subject=Officer,
    check=_certified,
    decide=_decide_certified,
    changes=timeless,
    mend=_mend_certified,
)
PERMANENT_ASSIGNMENT = Rule(
    id="safer_schools.permanent_assignment",
    title="Permanently assigned, not placed temporarily",
    source=SAFER_SCHOOLS_PAGE,
    quote="permanently assigned to provide coverage to a school or a set of schools … The SRO "
    "is not necessarily a DARE officer (although many have received such training), security "
    "guard, or officer who has been placed temporarily in a school in response to a crisis "
    "situation",
    subject=Assignment,
    check=_permanent,
    decide=_decide_permanent,
    changes=timeless,
    mend=_PERMANENT.mend,
)
TRAINED_FOR_ROLES = Rule(
    id="safer_schools.trained_for_roles",
    title="Trained for the three roles",
    source=SAFER_SCHOOLS_PAGE,
    quote="The SRO is specifically trained to perform three roles: law enforcement officer; "
    "law-related counselor; law-related education teacher",
    subject=Officer,
    condition=trained_for_roles(TRIAD, "all three roles"),
)

SAFER_SCHOOLS_DEFINITION = Standard(
    id="safer-schools-definition",
    title="School resource officer (NC Center for Safer Schools definition)",
    subject=Assignment,
    source=SAFER_SCHOOLS_PAGE,
    parts=[IN_EFFECT, CERTIFIED_OFFICER, PERMANENT_ASSIGNMENT],
)
"""A certified law enforcement officer permanently assigned to a school or a set of schools."""

SAFER_SCHOOLS_ROLES = Standard(
    id="safer-schools-roles",
    title="Trained for the three SRO roles (NC Center for Safer Schools)",
    subject=Officer,
    source=SAFER_SCHOOLS_PAGE,
    parts=[TRAINED_FOR_ROLES],
)
"""Trainings completed by ``as_of`` cover law enforcement, law-related counseling and teaching."""


def is_safer_schools_sro(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the assignment fits the Center for Safer Schools' definition of an SRO.

    "a certified law enforcement officer who is permanently assigned to provide coverage to a
    school or a set of schools". A security guard fails for want of certification; an officer
    "placed temporarily in a school in response to a crisis situation" fails for want of a
    permanent assignment; DARE training neither qualifies nor disqualifies.

    References: NC DPI Center for Safer Schools, "School Resource Officers".

    >>> from sro_domain.examples import CRISIS_PLACEMENT
    >>> is_safer_schools_sro(CRISIS_PLACEMENT, as_of=date(2024, 3, 1))
    False
    """
    return SAFER_SCHOOLS_DEFINITION.holds(assignment, as_of=as_of)


def trained_for_three_roles(officer: Officer, *, as_of: date) -> bool:
    """Whether trainings completed on or before ``as_of`` cover all three triad roles.

    "The SRO is specifically trained to perform three roles: law enforcement officer;
    law-related counselor; law-related education teacher"

    References: NC DPI Center for Safer Schools, "School Resource Officers".

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> trained_for_three_roles(COMMUNITY_SRO.officer, as_of=date(2024, 9, 3))
    True
    """
    return SAFER_SCHOOLS_ROLES.holds(officer, as_of=as_of)
