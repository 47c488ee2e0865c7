"""Maryland law: who is a school resource officer, and the training an SRO must complete.

Md. Code, Educ. § 7-1501(j), read in the instalawyer copy (the 2018 replacement volume and 2021
supplement, as the 2022 SB 973 reproduces it), and COMAR 14.40.04.03, read on the Division of
State Documents' site. Both bind in Maryland. An SRO is a law enforcement officer assigned to a
school under an MOU between the chief of a law enforcement agency and the local education
agency, or a Baltimore City school police officer — who needs no such MOU. An SRO completes the
Maryland Center for School Safety's model curriculum or an approved local training; one assigned
after the school year has begun completes it before the next school year. The scope of
``MD_TRAINING`` is ``MD_SRO``. What the texts leave open is decided in MD1–MD3.
"""

from __future__ import annotations

from datetime import date

from sro_domain.agreements import under_agreement
from sro_domain.conditions import is_true
from sro_domain.models import AgencyKind, Assignment, Officer, TrainingKind
from sro_domain.rules import Rule, Standard
from sro_domain.sources import Source, SourceKind
from sro_domain.standards._checks import AGENCY_AND_SCHOOL
from sro_domain.standards.federal import in_effect
from sro_domain.training import trained_by

__all__ = [
    "MD_SRO",
    "MD_TRAINING",
    "SCHOOL_POLICE",
    "SCHOOL_YEAR_BEGINS",
    "is_md_sro",
    "meets_md_training",
]

MD_SRO_SOURCE = Source(
    id="md-educ-7-1501-j",
    title="School resource officer (Maryland)",
    authority="Maryland General Assembly",
    citation="Md. Code, Educ. § 7-1501(j)",
    kind=SourceKind.STATUTE,
    binding=True,
    url="https://instalawyer.io/laws/maryland-statutes/section-7-1501-definitions",
)
MD_TRAINING_SOURCE = Source(
    id="comar-14-40-04-03",
    title="School resource officers and school security employees training (Maryland)",
    authority="Maryland Center for School Safety",
    citation="COMAR 14.40.04.03",
    kind=SourceKind.REGULATION,
    binding=True,
    url="https://dsd.maryland.gov/regulations/Pages/14.40.04.03.aspx",
)

SCHOOL_POLICE = frozenset({AgencyKind.SCHOOL_DISTRICT_POLICE})
"""(j)(2): "A Baltimore City school police officer" — a member of the Baltimore City School
Police Force, the school system's own force (Educ. § 4-318), read as an officer employed by a
school-district police force (decision MD1)."""
SCHOOL_YEAR_BEGINS = (7, 1)
"""The first day of a school year, (month, day): read as 1 July (decision MD2)."""

MD_IN_EFFECT = in_effect(
    id="md.sro.in_effect",
    title="Assigned to a school on the date asked about",
    source=MD_SRO_SOURCE,
    quote="who has been assigned to a school",
)
# Both limbs name officers with the power of arrest: "a law enforcement officer" in (1), and in
# (2) a member of a police force "authorized by law to make arrests" (Educ. § 4-318(a)).
MD_LAW_ENFORCEMENT_OFFICER = Rule(
    id="md.sro.law_enforcement_officer",
    title="A law enforcement officer",
    source=MD_SRO_SOURCE,
    quote="“School resource officer” means: (1) A law enforcement officer",
    subject=Officer,
    condition=is_true("law_enforcement_authority", "law-enforcement authority"),
)
MD_MOU_OR_SCHOOL_POLICE = Rule(
    id="md.sro.mou_or_school_police",
    title="Assigned under an MOU with the local education agency, or a Baltimore City school "
    "police officer",
    source=MD_SRO_SOURCE,
    quote="who has been assigned to a school in accordance with a memorandum of understanding "
    "between the chief of a law enforcement agency as defined under § 3–101(b) of the Public "
    "Safety Article and the local education agency; or (2) A Baltimore City school police "
    "officer, as defined in § 4–318 of this article.",
    subject=Assignment,
    condition=under_agreement(
        AGENCY_AND_SCHOOL,
        "an MOU between the chief of the law enforcement agency and the local education agency",
        or_employed_by=SCHOOL_POLICE,
        or_words="a Baltimore City school police officer",
    ),
)

MD_SRO = Standard(
    id="md-sro",
    title="School resource officer (Maryland)",
    subject=Assignment,
    source=MD_SRO_SOURCE,
    parts=[MD_IN_EFFECT, MD_LAW_ENFORCEMENT_OFFICER, MD_MOU_OR_SCHOOL_POLICE],
)
"""Md. Code, Educ. § 7-1501(j): a law enforcement officer assigned to a school under an MOU
between the chief of a law enforcement agency and the local education agency, or a Baltimore
City school police officer."""

# "The Center's model curriculum or an approved local training": which local trainings the
# Center approved is not recorded, so a school-policing course of any provider counts, and no
# hours are set — the regulation names none (decision MD3).
MD_CURRICULUM = Rule(
    id="md.training.curriculum",
    title="The model curriculum or an approved local training, before the next school year "
    "for a mid-year hire",
    source=MD_TRAINING_SOURCE,
    quote="A. A school resource officer or school security employee shall complete the "
    "Center’s model curriculum or an approved local training, as required under Education "
    "Article, §7-1508, Annotated Code of Maryland. B. A school resource officer or school "
    "security employee assigned or hired after the start of the school year will register and "
    "complete the model curriculum prior to the next school year",
    subject=Assignment,
    condition=trained_by(
        None,
        "SRO training (the Center's model curriculum or an approved local training)",
        kinds={TrainingKind.SCHOOL_POLICING},
        school_year=SCHOOL_YEAR_BEGINS,
    ),
)

MD_TRAINING = Standard(
    id="md-training",
    title="SRO training (Maryland)",
    subject=Assignment,
    source=MD_TRAINING_SOURCE,
    parts=[MD_CURRICULUM],
    scope=MD_SRO,
)
"""COMAR 14.40.04.03(A)–(B): the Center's model curriculum or an approved local training; an SRO
assigned after the school year has begun completes it before the next school year."""


def is_md_sro(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the assignment makes its officer a school resource officer under Maryland law.

    An officer with law-enforcement authority, assigned to a school on ``as_of``, under an MOU
    between a law enforcement agency and the local education agency (``Mou.parties``) — or,
    with no MOU needed, employed by a school-district police force: a Baltimore City school
    police officer.

    References: Md. Code, Educ. § 7-1501(j).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> is_md_sro(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the definition asks about is unknown.
    """
    return MD_SRO.holds(assignment, as_of=as_of)


def meets_md_training(assignment: Assignment, *, as_of: date) -> bool:
    """Whether a Maryland SRO has the training COMAR 14.40.04.03 requires, as of ``as_of``.

    A course of school-policing training (the Center's model curriculum or an approved local
    training): for an SRO assigned after a school year began (1 July), completed before the
    next school year; for one assigned on 1 July, by the day asked about. While there is time
    and no course is on file, the verdict is unknown. An officer who is not an SRO under
    Educ. § 7-1501(j) is not bound.

    References: COMAR 14.40.04.03(A)–(B).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> meets_md_training(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the training rule asks about is unknown, or time remains.
    """
    return MD_TRAINING.holds(assignment, as_of=as_of)
