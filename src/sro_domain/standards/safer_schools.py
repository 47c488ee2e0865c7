"""The North Carolina Center for Safer Schools definition of an SRO (NC DPI guidance, the seed).

"The Center for Safer Schools' research-derived definition of an SRO is: a certified law
enforcement officer who is permanently assigned to provide coverage to a school or a set of
schools." The page is guidance, not law, and gives no numeric test for "permanently": the
assignment's ``permanent`` flag carries it (decision A2 in ``docs/decisions.md``).
"""

from __future__ import annotations

from datetime import date

from sro_domain.employment import certified_officer
from sro_domain.models import (
    LAW_ENFORCEMENT_KINDS,
    AgencyKind,
    Assignment,
    Officer,
)
from sro_domain.roles import TRIAD
from sro_domain.rules import Context, Finding, Rule, Standard
from sro_domain.sources import SAFER_SCHOOLS_PAGE, Source
from sro_domain.standards._checks import (
    flag_condition,
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
    same test, :func:`~sro_domain.employment.certified_officer`.
    """
    return Rule(id=id, title=title, source=source, quote=quote, subject=Officer,
                condition=certified_officer(employers))  # fmt: skip


CERTIFIED_OFFICER = Rule(
    id="safer_schools.certified_officer",
    title="A certified law enforcement officer",
    source=SAFER_SCHOOLS_PAGE,
    quote="a certified law enforcement officer",
    subject=Officer,
    condition=certified_officer(LAW_ENFORCEMENT_KINDS),
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
