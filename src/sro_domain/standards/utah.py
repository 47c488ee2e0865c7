"""Utah law: who is a school resource officer.

Utah Code § 53G-8-701(7), read in the lexace.ai copy of the code. It binds in Utah. The
definition has two halves: a law enforcement officer, and a contract with a local education
agency (LEA) — the officer's own, or the officer's agency's. The definition it cross-refers to
(§ 53-13-103) has not been read, so "law enforcement officer" is read as the other state
definitions are: authorized to enforce criminal laws (decision UT1 in ``docs/decisions.md``).
"""

from __future__ import annotations

from datetime import date

from sro_domain.conditions import includes
from sro_domain.models import Assignment, Mou, Officer, Party
from sro_domain.rules import Rule, Standard
from sro_domain.sources import Source, SourceKind
from sro_domain.standards._checks import flag_condition
from sro_domain.standards.federal import in_effect

__all__ = ["UT_SRO", "UT_SRO_SOURCE", "is_ut_sro"]

UT_SRO_SOURCE = Source(
    id="utah-53g-8-701-7",
    title="School resource officer (Utah)",
    authority="Utah Legislature",
    citation="Utah Code § 53G-8-701(7)",
    kind=SourceKind.STATUTE,
    binding=True,
)
# The section's effective date is not in the copy read, so none is set.

_LAW_ENFORCEMENT = flag_condition([("law_enforcement_authority", "a law enforcement officer")])
# The agreement recorded on an assignment is the one under which the officer serves: made by
# the officer or by the officer's agency. What the clause adds is that the other party is an
# LEA (decision UT1).
_CONTRACT = includes("parties", frozenset({Party.EDUCATION_AGENCY}), "parties to the contract")

UT_IN_EFFECT = in_effect(
    id="ut.sro.in_effect",
    title="Providing services on the date asked about",
    source=UT_SRO_SOURCE,
    quote="to provide law enforcement services for the LEA",
)
UT_LAW_ENFORCEMENT_OFFICER = Rule(
    id="ut.sro.law_enforcement_officer",
    title="A law enforcement officer",
    source=UT_SRO_SOURCE,
    quote='"School resource officer" means a law enforcement officer, as defined in Section '
    "53-13-103",
    subject=Officer,
    condition=_LAW_ENFORCEMENT,
)
UT_CONTRACT = Rule(
    id="ut.sro.contract_with_lea",
    title="Under a contract with an LEA",
    source=UT_SRO_SOURCE,
    quote="who contracts with or whose law enforcement agency contracts with an LEA",
    subject=Mou,
    condition=_CONTRACT,
)

UT_SRO = Standard(
    id="ut-sro",
    title="School resource officer (Utah)",
    subject=Assignment,
    source=UT_SRO_SOURCE,
    parts=[UT_IN_EFFECT, UT_LAW_ENFORCEMENT_OFFICER, UT_CONTRACT],
)
"""Utah Code § 53G-8-701(7): a law enforcement officer who, or whose agency, contracts with an
LEA to provide law enforcement services for it."""


def is_ut_sro(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the assignment makes its officer a school resource officer under Utah law.

    A law enforcement officer, serving on ``as_of`` under a contract, made by the officer or the
    officer's agency, to which an LEA is a party (``Assignment.mou.parties``).

    References: Utah Code § 53G-8-701(7).

    >>> from sro_domain.examples import COMMUNITY_SRO, SECURITY_GUARD
    >>> is_ut_sro(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True
    >>> is_ut_sro(SECURITY_GUARD, as_of=date(2024, 9, 3))
    False

    Raises:
        UndeterminedError: a fact the definition asks about is unknown.
    """
    return UT_SRO.holds(assignment, as_of=as_of)
