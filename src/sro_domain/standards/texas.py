"""Texas law: who is a school resource officer, and the training an SRO must complete in time.

Tex. Educ. Code § 37.0021(h) (a peace officer who provides a regular police presence on a school
district campus under an MOU between the district and a local law enforcement agency), the
peace officer of Tex. Occ. Code § 1701.001(4), and the education and training program of Tex.
Occ. Code § 1701.263: at least 16 hours, before or within 180 days of placement, unless the
officer has completed NASRO's advanced course or an equivalent. All bind in Texas; the training
standard reaches only the SROs of ``TX_SRO``.

Not encoded (decisions TX1–TX3): the Occupations Code's own SRO definition (§ 1701.601), known
only from a summary; § 37.081's requirement that the MOU be an interlocal contract, whose text
in force from 2025-01-01 has not been read; and whether the commission approved a program.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sro_domain.conditions import includes
from sro_domain.models import Assignment, Mou, Officer, TrainingKind
from sro_domain.rules import Rule, Standard
from sro_domain.sources import Source, SourceKind
from sro_domain.standards._checks import AGENCY_AND_SCHOOL, flag_condition
from sro_domain.standards.federal import in_effect
from sro_domain.training import trained_by

__all__ = [
    "PROGRAM_DAYS",
    "PROGRAM_HOURS",
    "TX_SRO",
    "TX_TRAINING",
    "is_tx_sro",
    "meets_tx_training",
]

_AUTHORITY = "Texas Legislature"

TX_SRO_SOURCE = Source(
    id="tex-educ-37-0021-h",
    title="School resource officer (Texas)",
    authority=_AUTHORITY,
    citation="Tex. Educ. Code § 37.0021(h)",
    kind=SourceKind.STATUTE,
    binding=True,
)
TX_PEACE_OFFICER_SOURCE = Source(
    id="tex-occ-1701-001-4",
    title="Peace officer (Texas)",
    authority=_AUTHORITY,
    citation="Tex. Occ. Code § 1701.001(4)",
    kind=SourceKind.STATUTE,
    binding=True,
    url="https://texas.public.law/statutes/tex._occ._code_section_1701.001",
)
TX_TRAINING_SOURCE = Source(
    id="tex-occ-1701-263",
    title="Education and training program for school resource officers (Texas)",
    authority=_AUTHORITY,
    citation="Tex. Occ. Code § 1701.263(b), (b-1)",
    kind=SourceKind.STATUTE,
    binding=True,
    url="https://www.lawserver.com/law/state/texas/tx-codes/texas_occupations_code_1701-263",
)

PROGRAM_HOURS = Decimal(16)
"""§ 1701.263(b)(1): the program must "consist of at least 16 hours of training"."""
PROGRAM_DAYS = 180
"""§ 1701.263(b): "before or within 180 days of the officer's … placement in the district"."""

_PEACE_OFFICER = flag_condition([("law_enforcement_authority", "a peace officer")])
_MOU = includes(
    "parties",
    AGENCY_AND_SCHOOL,
    "parties to the memorandum",
)
_PROGRAM = trained_by(
    PROGRAM_HOURS,
    "school resource officer training",
    kinds={TrainingKind.SCHOOL_POLICING},
    days=PROGRAM_DAYS,
    exempt_by={TrainingKind.ADVANCED_SCHOOL_POLICING},
)

TX_IN_EFFECT = in_effect(
    id="tx.sro.in_effect",
    title="Providing a regular police presence on the date asked about",
    source=TX_SRO_SOURCE,
    quote="provides, as a school resource officer, a regular police presence on a school district "
    "campus",
)
TX_PEACE_OFFICER = Rule(
    id="tx.sro.peace_officer",
    title="A peace officer",
    source=TX_PEACE_OFFICER_SOURCE,
    quote='"Peace officer" means a person elected, employed, or appointed as a peace officer under',
    subject=Officer,
    condition=_PEACE_OFFICER,
)
TX_MOU = Rule(
    id="tx.sro.mou",
    title="Under an MOU between the district and a local law enforcement agency",
    source=TX_SRO_SOURCE,
    quote="under a memorandum of understanding between the district and a local law enforcement "
    "agency",
    subject=Mou,
    condition=_MOU,
)

TX_SRO = Standard(
    id="tx-sro",
    title="School resource officer (Texas)",
    subject=Assignment,
    source=TX_SRO_SOURCE,
    parts=[TX_IN_EFFECT, TX_PEACE_OFFICER, TX_MOU],
)
"""Tex. Educ. Code § 37.0021(h): a peace officer providing a regular police presence on a school
district campus under an MOU between the district and a local law enforcement agency."""

TX_PROGRAM = Rule(
    id="tx.training.program_hours",
    title="16 hours of SRO training within 180 days of placement",
    source=TX_TRAINING_SOURCE,
    quote="successfully complete an education and training program described by this section "
    "before or within 180 days of the officer's commission by or placement in the district or a "
    "campus of the district. The program must: (1) consist of at least 16 hours of training … "
    "(b-1) Notwithstanding Subsection (b) or a rule adopted under that section, a school "
    "district peace officer or school resource officer is not required to successfully complete "
    "the education and training program required by this section if the officer has "
    "successfully completed the advanced training course conducted by the National Association "
    "of School Resource Officers or a training course equivalent to that advanced training "
    "course, as determined by the commission.",
    subject=Assignment,
    condition=_PROGRAM,
)

TX_TRAINING = Standard(
    id="tx-training",
    title="SRO education and training (Texas)",
    subject=Assignment,
    source=TX_TRAINING_SOURCE,
    parts=[TX_PROGRAM],
    scope=TX_SRO,
)
"""Tex. Occ. Code § 1701.263(b), (b-1): 16 hours of SRO training before or within 180 days of
placement, or NASRO's advanced course, for officers who are SROs under ``TX_SRO``."""


def is_tx_sro(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the assignment makes its officer a school resource officer under Texas law.

    A peace officer providing, on ``as_of``, a regular police presence on a school district
    campus under an MOU between the district and a local law enforcement agency
    (``Mou.parties``).

    References: Tex. Educ. Code § 37.0021(h); Tex. Occ. Code § 1701.001(4).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> is_tx_sro(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the definition asks about is unknown.
    """
    return TX_SRO.holds(assignment, as_of=as_of)


def meets_tx_training(assignment: Assignment, *, as_of: date) -> bool:
    """Whether a Texas SRO has completed the training § 1701.263 requires, as of ``as_of``.

    At least 16 hours of school resource officer training completed before or within 180 days
    of placement (the assignment's start); an officer who has completed an advanced SRO course
    (``TrainingKind.ADVANCED_SCHOOL_POLICING``) need not. Within the 180 days and short of the
    hours, the verdict is unknown. An officer who is not an SRO under ``TX_SRO`` is not bound.

    References: Tex. Occ. Code § 1701.263(b), (b-1).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> meets_tx_training(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: the training record is unknown, or time remains.
    """
    return TX_TRAINING.holds(assignment, as_of=as_of)
