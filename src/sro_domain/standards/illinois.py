"""Illinois law: who is a school resource officer, the training, and the MOU required from 2026.

105 ILCS 5/10-20.68, read in the General Assembly's database (ilga.gov) and, for its older text,
in the casetext copy. It binds in Illinois. (a) defines the SRO: a law enforcement officer
primarily assigned to a school or school district under a memorandum of understanding between
a local law enforcement agency and a school district (the older text: "under an agreement with a
local law enforcement agency"). (b) requires the agency to provide a certificate of completion,
or an approved waiver, showing that the officer completed the SRO course within one year of
assignment — from 2021-01-01, the older text says. (a-5), from 2026-07-01, requires the MOU and
five provisions in it, among them the ban on SRO tickets and citations on school property. The
scope of ``IL_TRAINING`` and ``IL_MOU`` is ``IL_SRO``. See decisions IL1–IL4.
"""

from __future__ import annotations

from datetime import date

from sro_domain.conditions import includes, is_true
from sro_domain.models import Assignment, Mou, MouSection, Officer, TrainingKind
from sro_domain.rules import Rule, Standard
from sro_domain.sources import Source, SourceKind
from sro_domain.standards._checks import AGENCY_AND_SCHOOL
from sro_domain.standards.federal import in_effect
from sro_domain.training import trained_by

__all__ = [
    "IL_MOU",
    "IL_MOU_FROM",
    "IL_SRO",
    "IL_TRAINING",
    "IL_TRAINING_FROM",
    "MOU_PROVISIONS",
    "is_il_sro",
    "meets_il_mou",
    "meets_il_training",
]

_AUTHORITY = "Illinois General Assembly"
_URL = "https://www.ilga.gov/legislation/ilcs/fulltext?DocName=010500050K10-20.68"
IL_TRAINING_FROM = date(2021, 1, 1)
"""(b), in the older text: "Beginning January 1, 2021, any law enforcement agency …"."""
IL_MOU_FROM = date(2026, 7, 1)
"""(a-5): "Beginning July 1, 2026, a memorandum of understanding … is required"."""

IL_SRO_SOURCE = Source(
    id="ilcs-105-5-10-20-68-a",
    title="School resource officer (Illinois)",
    authority=_AUTHORITY,
    citation="105 ILCS 5/10-20.68(a)",
    kind=SourceKind.STATUTE,
    binding=True,
    url=_URL,
)
IL_TRAINING_SOURCE = Source(
    id="ilcs-105-5-10-20-68-b",
    title="School resource officer training: certificate or waiver (Illinois)",
    authority=_AUTHORITY,
    citation="105 ILCS 5/10-20.68(b)",
    kind=SourceKind.STATUTE,
    binding=True,
    url=_URL,
    effective_from=IL_TRAINING_FROM,
)
IL_MOU_SOURCE = Source(
    id="ilcs-105-5-10-20-68-a-5",
    title="School resource officer memorandum of understanding (Illinois)",
    authority=_AUTHORITY,
    citation="105 ILCS 5/10-20.68(a-5)",
    kind=SourceKind.STATUTE,
    binding=True,
    url=_URL,
    effective_from=IL_MOU_FROM,
)

MOU_PROVISIONS = frozenset(
    {
        MouSection.ROLES_AND_RESPONSIBILITIES,
        MouSection.TRAINING_PROCEDURES,
        MouSection.NO_TICKETS_ON_SCHOOL_PROPERTY,
        MouSection.DATA_COLLECTION_AND_REPORTING,
        MouSection.PROGRAM_REVIEW,
    }
)
"""(a-5)(1)–(5): the provisions the MOU "shall include" from 2026-07-01."""

IL_IN_EFFECT = in_effect(
    id="il.sro.in_effect",
    title="Assigned on the date asked about",
    source=IL_SRO_SOURCE,
    quote="has been primarily assigned to a school or school district",
)
# "A law enforcement officer": authority to enforce the law, as OH1 reads Ohio's peace officer.
IL_LAW_ENFORCEMENT_OFFICER = Rule(
    id="il.sro.law_enforcement_officer",
    title="A law enforcement officer",
    source=IL_SRO_SOURCE,
    quote='"school resource officer" means a law enforcement officer',
    subject=Officer,
    condition=is_true("law_enforcement_authority", "law-enforcement authority"),
)
IL_PRIMARILY_ASSIGNED = Rule(
    id="il.sro.primarily_assigned",
    title="Primarily assigned to the schools",
    source=IL_SRO_SOURCE,
    quote="who has been primarily assigned to a school or school district",
    subject=Assignment,
    condition=is_true("primarily_assigned", "primarily assigned to the schools"),
)
# The older text's "an agreement with a local law enforcement agency" is read the same (IL1).
IL_AGREEMENT = Rule(
    id="il.sro.mou",
    title="Under an MOU between a local law enforcement agency and the school district",
    source=IL_SRO_SOURCE,
    quote="under a memorandum of understanding between a local law enforcement agency and a "
    "school district",
    subject=Mou,
    condition=includes("parties", AGENCY_AND_SCHOOL, "parties to the memorandum"),
)

IL_SRO = Standard(
    id="il-sro",
    title="School resource officer (Illinois)",
    subject=Assignment,
    source=IL_SRO_SOURCE,
    parts=[IL_IN_EFFECT, IL_LAW_ENFORCEMENT_OFFICER, IL_PRIMARILY_ASSIGNED, IL_AGREEMENT],
)
"""105 ILCS 5/10-20.68(a): a law enforcement officer primarily assigned to a school or school
district under an MOU between a local law enforcement agency and a school district."""

# The certificate is the record of the course; an approved waiver exempts (decision IL2).
IL_COURSE = Rule(
    id="il.training.course",
    title="The SRO course within one year of assignment, or a waiver",
    source=IL_TRAINING_SOURCE,
    quote="(b) Any law enforcement agency that provides a school resource officer shall provide "
    "to the school district a certificate of completion, or approved waiver, issued by the "
    "Illinois Law Enforcement Training Standards Board under Section 10.22 of the Illinois "
    "Police Training Act indicating that the subject officer has completed the requisite course "
    "of instruction in the applicable subject areas within one year of assignment, or has prior "
    "experience and training which satisfies this requirement.",
    subject=Assignment,
    condition=trained_by(
        None,
        "the SRO course of the Training Standards Board",
        kinds={TrainingKind.SCHOOL_POLICING},
        years=1,
        exempt_by={TrainingKind.TRAINING_WAIVER},
    ),
)

IL_TRAINING = Standard(
    id="il-training",
    title="SRO training (Illinois)",
    subject=Assignment,
    source=IL_TRAINING_SOURCE,
    parts=[IL_COURSE],
    scope=IL_SRO,
)
"""105 ILCS 5/10-20.68(b), from 2021-01-01: the SRO course within one year of assignment, or an
approved waiver, for officers who are SROs under (a)."""

IL_MOU_PROVISIONS = Rule(
    id="il.mou.provisions",
    title="The five provisions of the MOU",
    source=IL_MOU_SOURCE,
    quote="The memorandum of understanding shall include provisions that: (1) define the role, "
    "duties, and responsibilities of a school resource officer; (2) specify procedures to "
    "ensure that a school resource officer has been trained or has received a waiver for "
    "training, … (3) specify that a school resource officer is prohibited from issuing tickets "
    "or citations on school property in accordance with subsection (i) of Section 10-22.6; (4) "
    "outline a process for data collection and reporting in accordance with Section 2-3.206; "
    "and (5) provide for regular review and evaluation of the school resource officer program, "
    "including community and stakeholder input.",
    subject=Mou,
    condition=includes("sections", MOU_PROVISIONS, "provisions of the memorandum"),
)

IL_MOU = Standard(
    id="il-mou",
    title="SRO memorandum of understanding (Illinois)",
    subject=Assignment,
    source=IL_MOU_SOURCE,
    parts=[IL_MOU_PROVISIONS],
    scope=IL_SRO,
)
"""105 ILCS 5/10-20.68(a-5), from 2026-07-01: the MOU includes the five provisions, for officers
who are SROs under (a)."""


def is_il_sro(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the assignment makes its officer a school resource officer under Illinois law.

    An officer with law-enforcement authority, primarily assigned to the schools on ``as_of``
    (``Assignment.primarily_assigned``), under an MOU between a law enforcement agency and the
    school district (``Mou.parties``).

    References: 105 ILCS 5/10-20.68(a).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> is_il_sro(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the definition asks about is unknown.
    """
    return IL_SRO.holds(assignment, as_of=as_of)


def meets_il_training(assignment: Assignment, *, as_of: date) -> bool:
    """Whether an Illinois SRO has the training 105 ILCS 5/10-20.68(b) requires, as of ``as_of``.

    A course of school-policing training completed within one year of the start (a start on 29
    February has until 28 February), or a training waiver on file. While the year runs and
    neither is on file, the verdict is unknown. An officer who is not an SRO under (a) is not
    bound.

    References: 105 ILCS 5/10-20.68(b).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> meets_il_training(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the training rule asks about is unknown, or time remains.
        NotInForceError: ``as_of`` is before 2021-01-01.
    """
    return IL_TRAINING.holds(assignment, as_of=as_of)


def meets_il_mou(assignment: Assignment, *, as_of: date) -> bool:
    """Whether an Illinois SRO's MOU includes the five provisions (a-5) requires, on ``as_of``.

    The role, duties and responsibilities; procedures to ensure the SRO is trained or has a
    waiver; the ban on tickets and citations on school property; data collection and reporting;
    and regular review of the programme (``Mou.sections``). An officer who is not an SRO under
    (a) is not bound.

    References: 105 ILCS 5/10-20.68(a-5).

    >>> import attrs
    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> kept = attrs.evolve(COMMUNITY_SRO, mou=attrs.evolve(COMMUNITY_SRO.mou,
    ...                                                     sections=MOU_PROVISIONS))
    >>> meets_il_mou(kept, as_of=date(2026, 7, 1))
    True

    Raises:
        UndeterminedError: a fact the MOU rule asks about is unknown.
        NotInForceError: ``as_of`` is before 2026-07-01.
    """
    return IL_MOU.holds(assignment, as_of=as_of)
