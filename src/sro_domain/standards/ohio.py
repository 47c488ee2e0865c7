"""Ohio law: who is a school resource officer, and the training an SRO must complete.

Ohio Rev. Code § 3313.951, read in the legalfix copy of the code. It binds in Ohio. Division
(A)(3) defines the SRO: a peace officer appointed through a memorandum of understanding between
a law enforcement agency and a school district. Division (B) binds the SROs who provide services
on or after 2018-11-02 — the scope of ``OH_TRAINING`` is ``OH_SRO`` — to a basic training
program and to forty hours of SRO training within one year after appointment, from one of three
named providers; an SRO appointed before that day is exempt from the forty hours. What the copy
cuts off (the rest of (B)(1)(a)) is not encoded; see decisions OH1–OH3.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sro_domain.conditions import includes
from sro_domain.models import Assignment, Mou, Officer, TrainingKind, TrainingProvider
from sro_domain.rules import Rule, Standard
from sro_domain.sources import Source, SourceKind
from sro_domain.standards._checks import AGENCY_AND_SCHOOL, flag_condition
from sro_domain.standards.federal import in_effect
from sro_domain.training import trained_by

__all__ = [
    "OH_SRO",
    "OH_TRAINING",
    "OH_TRAINING_FROM",
    "SRO_TRAINING_HOURS",
    "SRO_TRAINING_PROVIDERS",
    "is_oh_sro",
    "meets_oh_training",
]

_URL = "https://legalfix.com/statutes/state-codes/ohio/title-33/chapter-3313/section-3313-951"

OH_SRO_SOURCE = Source(
    id="orc-3313-951-a-3",
    title="School resource officer (Ohio)",
    authority="Ohio General Assembly",
    citation="Ohio Rev. Code § 3313.951(A)(3)",
    kind=SourceKind.STATUTE,
    binding=True,
    url=_URL,
)
OH_TRAINING_FROM = date(2018, 11, 2)
"""Division (B) binds "A school resource officer who provides services to a school district or
school on or after November 2, 2018"; one appointed before that day is exempt from (B)(1)(b)."""

OH_TRAINING_SOURCE = Source(
    id="orc-3313-951-b",
    title="School resource officer training (Ohio)",
    authority="Ohio General Assembly",
    citation="Ohio Rev. Code § 3313.951(B)",
    kind=SourceKind.STATUTE,
    binding=True,
    url=_URL,
    effective_from=OH_TRAINING_FROM,
)

SRO_TRAINING_HOURS = Decimal(40)
"""(B)(1)(b): "at least forty hours of school resource officer training"."""
SRO_TRAINING_PROVIDERS = frozenset(
    {
        TrainingProvider.NASRO,
        TrainingProvider.OHIO_SRO_ASSOCIATION,
        TrainingProvider.OHIO_PEACE_OFFICER_TRAINING_ACADEMY,
    }
)
"""(B)(1)(b)(i)–(iii): the three entities whose SRO training counts."""

# "A peace officer": authority to enforce criminal laws, as North Carolina's "law enforcement
# officer" is read (decision OH1).
_PEACE_OFFICER = flag_condition([("law_enforcement_authority", "a peace officer")])
_MOU = includes(
    "parties",
    AGENCY_AND_SCHOOL,
    "parties to the memorandum",
)
# "Complete a basic training program": the copy read sets no deadline, so it must be complete
# once the officer serves as an SRO (decision OH2).
_BASIC_PROGRAM = trained_by(
    None, "basic peace officer training", kinds={TrainingKind.BASIC_LAW_ENFORCEMENT}
)
# Courses before the appointment count: they are completed "within one year after" it (OH3).
_SRO_HOURS = trained_by(
    SRO_TRAINING_HOURS,
    "school resource officer training from NASRO, the Ohio SRO Association or the Ohio Peace "
    "Officer Training Academy",
    kinds={TrainingKind.SCHOOL_POLICING},
    providers=SRO_TRAINING_PROVIDERS,
    years=1,
    exempt_before=OH_TRAINING_FROM,
)

OH_IN_EFFECT = in_effect(
    id="oh.sro.in_effect",
    title="Providing services on the date asked about",
    source=OH_SRO_SOURCE,
    quote="to provide services to a school district or school",
)
OH_PEACE_OFFICER = Rule(
    id="oh.sro.peace_officer",
    title="A peace officer",
    source=OH_SRO_SOURCE,
    quote='"School resource officer" means a peace officer',
    subject=Officer,
    condition=_PEACE_OFFICER,
)
OH_MOU = Rule(
    id="oh.sro.mou",
    title="Appointed through an MOU between the agency and the district",
    source=OH_SRO_SOURCE,
    quote="appointed through a memorandum of understanding between a law enforcement agency and "
    "a school district",
    subject=Mou,
    condition=_MOU,
)

OH_SRO = Standard(
    id="oh-sro",
    title="School resource officer (Ohio)",
    subject=Assignment,
    source=OH_SRO_SOURCE,
    parts=[OH_IN_EFFECT, OH_PEACE_OFFICER, OH_MOU],
)
"""Ohio Rev. Code § 3313.951(A)(3): a peace officer appointed through an MOU between a law
enforcement agency and a school district to provide services to it."""

OH_BASIC_PROGRAM = Rule(
    id="oh.training.basic_program",
    title="Completed a basic peace officer training program",
    source=OH_TRAINING_SOURCE,
    quote="(a) Complete a basic training program approved by the Ohio peace officer training "
    "commission",
    subject=Assignment,
    condition=_BASIC_PROGRAM,
)
OH_SRO_HOURS = Rule(
    id="oh.training.sro_hours",
    title="Forty hours of SRO training within a year of appointment",
    source=OH_TRAINING_SOURCE,
    quote="(b) Complete at least forty hours of school resource officer training within one "
    "year after appointment to provide those services through one of the following entities, "
    "as approved by the Ohio peace officer training commission: (i) The national association "
    "of school resource officers; (ii) The Ohio school resource officer association; (iii) "
    "The Ohio peace officer training academy. … (2) A school resource officer who is appointed "
    "to provide services to a school district or school prior to November 2, 2018, shall be "
    "exempt from compliance with the training requirements prescribed in division (B)(1)(b) of "
    "this section.",
    subject=Assignment,
    condition=_SRO_HOURS,
)

OH_TRAINING = Standard(
    id="oh-training",
    title="SRO training (Ohio)",
    subject=Assignment,
    source=OH_TRAINING_SOURCE,
    parts=[OH_BASIC_PROGRAM, OH_SRO_HOURS],
    scope=OH_SRO,
)
"""Ohio Rev. Code § 3313.951(B), in force from 2018-11-02: a basic training program, and forty
hours of SRO training from a named provider within one year after appointment (appointments
before 2018-11-02 exempt), for officers who are SROs under (A)(3)."""


def is_oh_sro(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the assignment makes its officer a school resource officer under Ohio law.

    A peace officer, providing services on ``as_of``, appointed through an MOU between a law
    enforcement agency and a school district (``Mou.parties``).

    References: Ohio Rev. Code § 3313.951(A)(3).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> is_oh_sro(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the definition asks about is unknown.
    """
    return OH_SRO.holds(assignment, as_of=as_of)


def meets_oh_training(assignment: Assignment, *, as_of: date) -> bool:
    """Whether an Ohio SRO has the training § 3313.951(B) requires, as of ``as_of``.

    A basic peace officer training program, and forty hours of SRO training from NASRO, the
    Ohio School Resource Officer Association or the Ohio Peace Officer Training Academy,
    completed within one year after appointment (before 2018-11-02: exempt from the forty
    hours). While the year is running and the hours are not done, the verdict is unknown. An
    officer who is not an SRO under (A)(3) is not bound: the standard is met and does not apply.

    References: Ohio Rev. Code § 3313.951(B)(1)–(2).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> meets_oh_training(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the training rules ask about is unknown, or time remains.
        NotInForceError: ``as_of`` is before 2018-11-02.
    """
    return OH_TRAINING.holds(assignment, as_of=as_of)
