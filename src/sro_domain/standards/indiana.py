"""Indiana law: who is a school resource officer, the training before appointment, and the MOU.

Ind. Code § 20-26-18.2-1, read in the lexace copy (the newest of the three copies read), and
§ 20-26-18.2-2, read in the justia copy of the 2022 Code (casetext's, "current through P.L.
171-2024", is the same). Both bind in Indiana. An SRO is a law enforcement officer assigned to
school corporations or charter schools to help with the school safety plan and to protect the
schools — employed by a law enforcement agency, appointed by one as a reserve officer or special
deputy, or a school corporation police officer — and not one posted only outside the buildings,
to traffic duty or to other duties not an SRO's. Before appointment, an SRO must have completed
the minimum training for law enforcement officers. After 2023-06-30, a school corporation or
charter school that contracts for an SRO must enter into an MOU with the agency that employs the
officer. The scope of ``IN_TRAINING`` is ``IN_SRO``; that of ``IN_MOU``, the SROs engaged by
contract. See decisions IN1–IN4.
"""

from __future__ import annotations

from datetime import date

from sro_domain.conditions import includes, includes_any, is_true
from sro_domain.employment import employed_by
from sro_domain.models import (
    LAW_ENFORCEMENT_KINDS,
    Assignment,
    Duty,
    Mou,
    Officer,
    TrainingKind,
)
from sro_domain.rules import Rule, Standard
from sro_domain.sources import Source, SourceKind
from sro_domain.standards._checks import AGENCY_AND_SCHOOL
from sro_domain.standards.federal import in_effect
from sro_domain.training import trained_by

__all__ = [
    "IN_MOU",
    "IN_MOU_FROM",
    "IN_SRO",
    "IN_TRAINING",
    "SRO_DUTIES",
    "is_in_sro",
    "meets_in_mou",
    "meets_in_training",
]

_AUTHORITY = "Indiana General Assembly"
IN_MOU_FROM = date(2023, 7, 1)
"""§ 20-26-18.2-2(b): "After June 30, 2023, if a school corporation or charter school enters
into a contract for a school resource officer …"."""

IN_SRO_SOURCE = Source(
    id="ic-20-26-18-2-1",
    title="School resource officer (Indiana)",
    authority=_AUTHORITY,
    citation="Ind. Code § 20-26-18.2-1",
    kind=SourceKind.STATUTE,
    binding=True,
    url="https://lexace.ai/us/statute/indiana/20-26-18.2-1",
)
IN_MOU_SOURCE = Source(
    id="ic-20-26-18-2-2-b",
    title="School resource officers engaged by contract: memorandum of understanding (Indiana)",
    authority=_AUTHORITY,
    citation="Ind. Code § 20-26-18.2-2(b)",
    kind=SourceKind.STATUTE,
    binding=True,
    url="https://law.justia.com/codes/indiana/2022/title-20/article-26/chapter-18-2/"
    "section-20-26-18-2-2/",
    effective_from=IN_MOU_FROM,
)

SRO_DUTIES = frozenset(
    {Duty.SCHOOL_SAFETY, Duty.SCHOOL_SECURITY, Duty.EMERGENCY_PREPAREDNESS,
     Duty.EMERGENCY_RESPONSE}
)  # fmt: skip
"""(a)(2): the school safety plan, and protecting the schools; not ``EXTERIOR_SECURITY``,
``TRAFFIC`` or ``OTHER``, the duties the definition excludes (decision IN2)."""

IN_IN_EFFECT = in_effect(
    id="in.sro.in_effect",
    title="Assigned on the date asked about",
    source=IN_SRO_SOURCE,
    quote="is assigned to one (1) or more school corporations or charter schools during school "
    "hours",
)
# "A law enforcement officer": authority to enforce the law, as OH1 reads Ohio's peace officer.
IN_LAW_ENFORCEMENT_OFFICER = Rule(
    id="in.sro.law_enforcement_officer",
    title="A law enforcement officer",
    source=IN_SRO_SOURCE,
    quote='"school resource officer" means a law enforcement officer',
    subject=Officer,
    condition=is_true("law_enforcement_authority", "law-enforcement authority"),
)
IN_EMPLOYMENT = Rule(
    id="in.sro.employment",
    title="Employed or appointed by a law enforcement agency, or a school corporation's police",
    source=IN_SRO_SOURCE,
    quote="(3) is: (A) employed by a law enforcement agency; (B) appointed as a police reserve "
    "officer (as described in IC 36-8-3-20) or as a special deputy (as described in IC "
    "36-8-10-10.6) if the police reserve officer or special deputy: … or (C) a school "
    "corporation police officer appointed under IC 20-26-16-3.",
    subject=Officer,
    condition=employed_by(
        LAW_ENFORCEMENT_KINDS, "a law enforcement agency or a school corporation's police"
    ),
)
IN_DUTIES = Rule(
    id="in.sro.duties",
    title="Assigned to SRO duties, not only outside security or traffic",
    source=IN_SRO_SOURCE,
    quote="(A) assist school safety specialists and the safe school committees with the "
    "development and implementation of the school safety plan; and (B) carry out any "
    "additional responsibilities … (i) protect against outside threats to the physical safety "
    "of students; (ii) prevent unauthorized access to school property; and (iii) secure "
    "schools against violence and natural disasters … The term does not include a law "
    "enforcement officer who is assigned to a school to provide security outside a school "
    "building for protection from outside threats, traffic duty, or other duties not "
    "consistent with the duties of a school resource officer.",
    subject=Assignment,
    condition=includes_any("duties", SRO_DUTIES, "duties"),
)

IN_SRO = Standard(
    id="in-sro",
    title="School resource officer (Indiana)",
    subject=Assignment,
    source=IN_SRO_SOURCE,
    parts=[IN_IN_EFFECT, IN_LAW_ENFORCEMENT_OFFICER, IN_EMPLOYMENT, IN_DUTIES],
)
"""Ind. Code § 20-26-18.2-1(a): a law enforcement officer, employed or appointed by a law
enforcement agency or a school corporation police officer, assigned to school corporations or
charter schools for the duties of an SRO — not only outside security, traffic or other duties."""

IN_BASIC_TRAINING = Rule(
    id="in.training.before_appointment",
    title="The minimum training for law enforcement officers, before appointment",
    source=IN_SRO_SOURCE,
    quote="(b) Before being appointed as a school resource officer, an individual must have "
    "successfully completed the minimum training requirements established for law",
    subject=Assignment,
    condition=trained_by(
        None,
        "the minimum training for law enforcement officers",
        kinds={TrainingKind.BASIC_LAW_ENFORCEMENT},
        days=-1,
    ),
)

IN_TRAINING = Standard(
    id="in-training",
    title="SRO training (Indiana)",
    subject=Assignment,
    source=IN_SRO_SOURCE,
    parts=[IN_BASIC_TRAINING],
    scope=IN_SRO,
)
"""Ind. Code § 20-26-18.2-1(b), as far as the newest copy reads: the minimum training for law
enforcement officers, completed before appointment as an SRO."""

IN_BY_CONTRACT = Rule(
    id="in.mou.by_contract",
    title="Engaged by a contract",
    source=IN_MOU_SOURCE,
    quote="if a school corporation or charter school enters into a contract for a school "
    "resource officer",
    subject=Assignment,
    condition=is_true("under_contract", "engaged by a contract"),
)
IN_CONTRACTED_SRO = Standard(
    id="in-contracted-sro",
    title="An Indiana SRO engaged by contract",
    subject=Assignment,
    source=IN_MOU_SOURCE,
    parts=[IN_SRO, IN_BY_CONTRACT],
)
IN_MOU_AGREEMENT = Rule(
    id="in.mou.agreement",
    title="An MOU with the agency that employs the officer",
    source=IN_MOU_SOURCE,
    quote="the school corporation or charter school must enter into a memorandum of "
    "understanding with the law enforcement agency that employs or appointed the law "
    "enforcement officer who will perform the duties of a school resource officer",
    subject=Mou,
    condition=includes("parties", AGENCY_AND_SCHOOL, "parties to the memorandum"),
)

IN_MOU = Standard(
    id="in-mou",
    title="SRO memorandum of understanding for SROs engaged by contract (Indiana)",
    subject=Assignment,
    source=IN_MOU_SOURCE,
    parts=[IN_MOU_AGREEMENT],
    scope=IN_CONTRACTED_SRO,
)
"""Ind. Code § 20-26-18.2-2(b), after 2023-06-30: for an SRO a school corporation or charter
school engages by contract, an MOU with the agency that employs or appointed the officer."""


def is_in_sro(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the assignment makes its officer a school resource officer under Indiana law.

    An officer with law-enforcement authority, employed or appointed by a law enforcement
    agency (a school corporation's police included), assigned on ``as_of`` with at least one of
    an SRO's duties (``Assignment.duties``) — not only security outside the buildings, traffic
    duty or other duties.

    References: Ind. Code § 20-26-18.2-1(a).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> is_in_sro(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the definition asks about is unknown.
    """
    return IN_SRO.holds(assignment, as_of=as_of)


def meets_in_training(assignment: Assignment, *, as_of: date) -> bool:
    """Whether an Indiana SRO completed the minimum law enforcement training before appointment.

    A course of kind ``BASIC_LAW_ENFORCEMENT`` completed before the start; asked about before
    the start, there is still time. An officer who is not an SRO under (a) is not bound.

    References: Ind. Code § 20-26-18.2-1(b).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> meets_in_training(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the training rule asks about is unknown, or time remains.
    """
    return IN_TRAINING.holds(assignment, as_of=as_of)


def meets_in_mou(assignment: Assignment, *, as_of: date) -> bool:
    """Whether an Indiana SRO engaged by contract serves under the MOU § 20-26-18.2-2(b) requires.

    An MOU between the agency that employs the officer and the school corporation or charter
    school (``Mou.parties``), for an SRO engaged by contract (``Assignment.under_contract``); an
    SRO employed by the school corporation, or assigned by the agency under its own MOU, is not
    reached.

    References: Ind. Code § 20-26-18.2-2(b).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> meets_in_mou(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the MOU rule asks about is unknown.
        NotInForceError: ``as_of`` is before 2023-07-01.
    """
    return IN_MOU.holds(assignment, as_of=as_of)
