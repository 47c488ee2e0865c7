"""The federal definitions: school resource officer and career law enforcement officer.

34 U.S.C. § 10389(4) and (1) (Omnibus Crime Control and Safe Streets Act, part Q, § 1709).

The statute binds COPS part Q grants. It sets no threshold for training hours, years of
experience, hours per week or an MOU.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sro_domain import periods
from sro_domain._enum import Enumeration
from sro_domain.conditions import by_reading, includes, includes_any
from sro_domain.employment import assigned_by_employer
from sro_domain.models import (
    LAW_ENFORCEMENT_KINDS,
    Assignment,
    FederalPurpose,
    Officer,
    Partner,
)
from sro_domain.rules import Parameter, Rule, Standard
from sro_domain.schools import serves_school
from sro_domain.sources import USC_34_10389_1, USC_34_10389_4, Source
from sro_domain.standards._checks import flag_condition

__all__ = [
    "CAREER_OFFICER",
    "FEDERAL_DEFINITION",
    "PURPOSES_READING",
    "PurposesReading",
    "is_career_law_enforcement_officer",
    "is_federal_sro",
]


class PurposesReading(Enumeration):
    """How to read the purposes (A)–(G) of § 10389(4), which the statute joins with "and".

    ``ALL`` (the default, the literal reading): every purpose. ``ANY``: at least one.
    ``IGNORE``: leave the ``federal.purposes`` rule out of the standard.
    """

    ALL = "all"
    ANY = "any"
    IGNORE = "ignore"


def in_effect(id: str, title: str, source: Source, quote: str) -> Rule:
    """A standard's rule that the assignment is in effect on ``as_of``: start ≤ as_of ≤ end.

    Every definition that speaks of an officer assigned, stationed or providing services now
    has one, citing its own words; they share its condition, and with it its timeline days and
    its remedy.
    """
    return Rule(id=id, title=title, source=source, quote=quote, subject=Assignment,
                condition=_IN_EFFECT)  # fmt: skip


_IN_EFFECT = periods.in_effect()


_CAREER = flag_condition(
    [
        ("hired_permanently", "hired on a permanent basis"),
        ("law_enforcement_authority", "authorized to enforce criminal laws"),
    ]
)
_SWORN = flag_condition([("sworn", "holds sworn authority")])
_COMMUNITY = flag_condition(
    [("community_oriented_policing", "deployed in community-oriented policing")]
)


# Decision A7: the agency that assigns is the one that employs.
_BY_EMPLOYER = assigned_by_employer(
    LAW_ENFORCEMENT_KINDS,
    "a police department or law-enforcement agency",
    remedy_words="a law-enforcement agency",
)


_COLLABORATION = includes("partners", frozenset(Partner), "works in collaboration with")


def _reading(value: Any) -> PurposesReading:
    if not isinstance(value, PurposesReading):
        raise ValueError("be a PurposesReading (ALL, ANY or IGNORE)")
    return value


PURPOSES_READING = Parameter(
    name="purposes",
    default=PurposesReading.ALL,
    convert=_reading,
    doc="How to read (A)–(G), joined by 'and': ALL (literal), ANY, or IGNORE the rule.",
)
# Decision A1: every purpose, literally; or, read as a list of examples, any one of them.
_PURPOSES = by_reading(
    PURPOSES_READING,
    {
        PurposesReading.ALL: includes("purposes", frozenset(FederalPurpose), "purposes"),
        PurposesReading.ANY: includes_any("purposes", frozenset(FederalPurpose), "purposes"),
    },
)


IN_EFFECT = in_effect(
    id="federal.in_effect",
    title="Assigned on the date asked about",
    source=USC_34_10389_4,
    quote="assigned by the employing police department or agency to work in collaboration "
    "with schools",
)
CAREER = Rule(
    id="federal.career_officer",
    title="A career law enforcement officer",
    source=USC_34_10389_1,
    quote='"career law enforcement officer" means a person hired on a permanent basis who is '
    "authorized by law or by a State or local public agency to engage in or supervise the "
    "prevention, detection, or investigation of violations of criminal laws.",
    subject=Officer,
    condition=_CAREER,
)
SWORN = Rule(
    id="federal.sworn_authority",
    title="With sworn authority",
    source=USC_34_10389_4,
    quote="a career law enforcement officer, with sworn authority",
    subject=Officer,
    condition=_SWORN,
)
COMMUNITY_POLICING = Rule(
    id="federal.community_policing",
    title="Deployed in community-oriented policing",
    source=USC_34_10389_4,
    quote="deployed in community-oriented policing",
    subject=Assignment,
    condition=_COMMUNITY,
)
ASSIGNED_BY_EMPLOYER = Rule(
    id="federal.assigned_by_employer",
    title="Assigned by the employing law-enforcement agency",
    source=USC_34_10389_4,
    quote="assigned by the employing police department or agency",
    subject=Assignment,
    condition=_BY_EMPLOYER,
)
COLLABORATION = Rule(
    id="federal.collaboration",
    title="Works with schools and community-based organizations",
    source=USC_34_10389_4,
    quote="to work in collaboration with schools and community-based organizations",
    subject=Assignment,
    condition=_COLLABORATION,
)
PURPOSES = Rule(
    id="federal.purposes",
    title="Serves the purposes (A)–(G)",
    source=USC_34_10389_4,
    quote="(A) to address crime and disorder problems, gangs, and drug activities affecting or "
    "occurring in or around an elementary or secondary school; (B) to develop or expand crime "
    "prevention efforts for students; (C) to educate likely school-age victims in crime "
    "prevention and safety; (D) to develop or expand community justice initiatives for "
    "students; (E) to train students in conflict resolution, restorative justice, and crime "
    "awareness; (F) to assist in the identification of physical changes in the environment "
    "that may reduce crime in or around the school; and (G) to assist in developing school "
    "policy that addresses crime and to recommend procedural changes.",
    subject=Assignment,
    condition=_PURPOSES,
    applies_when=lambda values: values[PURPOSES_READING.name] is not PurposesReading.IGNORE,
)
SCHOOL_LEVEL = Rule(
    id="federal.school_level",
    title="At an elementary or secondary school",
    source=USC_34_10389_4,
    quote="affecting or occurring in or around an elementary or secondary school",
    subject=Assignment,
    condition=serves_school("an elementary or secondary school"),
)

FEDERAL_DEFINITION = Standard(
    id="federal-definition",
    title="School resource officer (federal definition)",
    subject=Assignment,
    source=USC_34_10389_4,
    parts=[
        IN_EFFECT,
        CAREER,
        SWORN,
        COMMUNITY_POLICING,
        ASSIGNED_BY_EMPLOYER,
        COLLABORATION,
        PURPOSES,
        SCHOOL_LEVEL,
    ],
)
"""34 U.S.C. § 10389(4): who is a school resource officer for COPS part Q (in force since 1998-10-27)."""

CAREER_OFFICER = Standard(
    id="career-officer",
    title="Career law enforcement officer",
    subject=Officer,
    source=USC_34_10389_1,
    parts=[CAREER],
)
"""34 U.S.C. § 10389(1): hired on a permanent basis and authorized to enforce criminal laws."""


def is_federal_sro(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the assignment makes its officer a school resource officer under 34 U.S.C. § 10389(4).

    A career law enforcement officer, with sworn authority, deployed in community-oriented
    policing, assigned by the employing law-enforcement agency to work with schools and
    community-based organizations for the purposes (A)–(G), at an elementary or secondary
    school. For another reading of (A)–(G) use
    ``FEDERAL_DEFINITION.configure(purposes=PurposesReading.ANY).holds(...)``.

    References: 34 U.S.C. § 10389(4) (formerly 42 U.S.C. § 3796dd-8(4)); § 10389(1).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> is_federal_sro(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the statute asks about is unknown.
        NotInForceError: ``as_of`` is before 1998-10-27.
    """
    return FEDERAL_DEFINITION.holds(assignment, as_of=as_of)


def is_career_law_enforcement_officer(officer: Officer, *, as_of: date) -> bool:
    """Whether the officer is a career law enforcement officer under 34 U.S.C. § 10389(1).

    "a person hired on a permanent basis who is authorized by law or by a State or local public
    agency to engage in or supervise the prevention, detection, or investigation of violations
    of criminal laws"

    References: 34 U.S.C. § 10389(1).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> is_career_law_enforcement_officer(COMMUNITY_SRO.officer, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: either half of the definition is unknown.
    """
    return CAREER_OFFICER.holds(officer, as_of=as_of)
