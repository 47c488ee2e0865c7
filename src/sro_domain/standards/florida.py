"""Florida law: who is a school resource officer, one of the state's four kinds of safe-school officer.

Fla. Stat. § 1006.12, its opening paragraph and subsection (1)(a)–(b), read in the casetext copy
("Current through the 2024 Legislative Session"). It binds in Florida. Every public school must
have a safe-school officer; a school resource officer is the option of subsection (1): a
certified law enforcement officer employed by a law enforcement agency, screened (criminal
background check, drug test, psychological evaluation), serving under a cooperative agreement
between the district and the agency. The other options — school safety officers, guardians and
school security guards, subsections (2)–(4) — are not SROs; their text has not been read and is
not encoded. See decisions FL1–FL3.
"""

from __future__ import annotations

from datetime import date

from sro_domain.conditions import includes
from sro_domain.models import Assignment, Mou, Officer, SchoolSector, ScreeningKind
from sro_domain.rules import Rule, Standard
from sro_domain.schools import serves_school
from sro_domain.screening import screened
from sro_domain.sources import Source, SourceKind
from sro_domain.standards._checks import AGENCY_AND_SCHOOL
from sro_domain.standards.federal import in_effect
from sro_domain.standards.safer_schools import certified_officer_rule

__all__ = ["FL_SRO", "SCREENINGS", "is_fl_sro"]

FL_SRO_SOURCE = Source(
    id="fla-stat-1006-12-1",
    title="Safe-school officers: school resource officers (Florida)",
    authority="Florida Legislature",
    citation="Fla. Stat. § 1006.12(1)",
    kind=SourceKind.STATUTE,
    binding=True,
    url="https://casetext.com/statute/florida-statutes/title-xlviii-early-learning-20-education-"
    "code/chapter-1006-support-for-learning/part-i-public-k-12-education-support-for-learning-"
    "and-student-services/student-discipline-and-school-safety/section-100612-safe-school-"
    "officers-at-each-public-school",
)
# The copy read states no effective date for this version, so none is set (decision FL3).

SCREENINGS = frozenset(ScreeningKind)
"""(1)(a): "criminal background checks, drug testing, and a psychological evaluation"."""

FL_IN_EFFECT = in_effect(
    id="fl.sro.in_effect",
    title="Assigned on the date asked about",
    source=FL_SRO_SOURCE,
    quote="to establish or assign one or more safe-school officers at each school facility "
    "within the district",
)
FL_PUBLIC_SCHOOL = Rule(
    id="fl.sro.public_school",
    title="At a school facility of the district, charter schools included",
    source=FL_SRO_SOURCE,
    quote="at each school facility within the district, including charter schools",
    subject=Assignment,
    condition=serves_school(
        "a public or charter elementary or secondary school",
        sectors={SchoolSector.PUBLIC, SchoolSector.CHARTER},
    ),
)
# "as defined in s. 943.10(1) … as defined in s. 943.10(4)": those definitions have not been
# read, so the Center for Safer Schools' test of a certified officer stands for them (FL1).
FL_CERTIFIED_OFFICER = certified_officer_rule(
    id="fl.sro.certified_officer",
    title="A certified law enforcement officer employed by a law enforcement agency",
    source=FL_SRO_SOURCE,
    quote="be certified law enforcement officers, as defined in s. 943.10(1), who are employed "
    "by a law enforcement agency as defined in s. 943.10(4)",
)
FL_SCREENINGS = Rule(
    id="fl.sro.screenings",
    title="Background check, drug test and psychological evaluation",
    source=FL_SRO_SOURCE,
    quote="School resource officers shall undergo criminal background checks, drug testing, "
    "and a psychological evaluation",
    subject=Officer,
    condition=screened(SCREENINGS, "screenings"),
)
FL_COOPERATIVE_AGREEMENT = Rule(
    id="fl.sro.cooperative_agreement",
    title="Under a cooperative agreement between the district and the agency",
    source=FL_SRO_SOURCE,
    quote="A school district may establish school resource officer programs through a "
    "cooperative agreement with law enforcement agencies.",
    subject=Mou,
    condition=includes("parties", AGENCY_AND_SCHOOL, "parties to the cooperative agreement"),
)

FL_SRO = Standard(
    id="fl-sro",
    title="School resource officer (Florida)",
    subject=Assignment,
    source=FL_SRO_SOURCE,
    parts=[
        FL_IN_EFFECT,
        FL_PUBLIC_SCHOOL,
        FL_CERTIFIED_OFFICER,
        FL_SCREENINGS,
        FL_COOPERATIVE_AGREEMENT,
    ],
)
"""Fla. Stat. § 1006.12(1)(a): a certified law enforcement officer employed by a law
enforcement agency, who has undergone a criminal background check, a drug test and a
psychological evaluation, serving a district's schools under a cooperative agreement between
the district and the agency."""


def is_fl_sro(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the assignment makes its officer a school resource officer under Florida law.

    A certified law enforcement officer employed by a law enforcement agency, serving on
    ``as_of`` a public or charter school under a cooperative agreement between the district and
    the agency (``Mou.parties``), who has undergone a criminal background check, a drug test and
    a psychological evaluation by ``as_of`` (``Officer.screenings``).

    References: Fla. Stat. § 1006.12(1)(a).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> is_fl_sro(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the definition asks about is unknown.
    """
    return FL_SRO.holds(assignment, as_of=as_of)
