"""Pennsylvania law: school resource officers, told apart from school police and security guards.

24 P.S. § 13-1301-C (definitions of Article XIII-C, School Security; the version effective
2019-12-30, read on Westlaw's government site, completed from a later copy) and § 13-1313-C(a.1)
(training, effective 2019-11-27). Both bind in Pennsylvania. Article XIII-C names three kinds of
school security personnel — school police officers, school resource officers and school security
guards — and :func:`pa_school_security_class` tells them apart. The same NASRO Basic course is
required of SROs and of security guards (§ 13-1314-C(b)), so a course never makes a guard an SRO.
See decisions PA1–PA3.
"""

from __future__ import annotations

from datetime import date

from sro_domain._enum import Enumeration
from sro_domain.conditions import includes
from sro_domain.models import LAW_ENFORCEMENT_KINDS, AgencyKind, Assignment, Mou, TrainingKind
from sro_domain.outcome import Outcome
from sro_domain.rules import Rule, Standard
from sro_domain.sources import Source, SourceKind
from sro_domain.standards._checks import AGENCY_AND_SCHOOL
from sro_domain.standards.federal import in_effect
from sro_domain.standards.safer_schools import certified_officer_rule
from sro_domain.training import trained_by

__all__ = [
    "PA_SRO",
    "PA_TRAINING",
    "PaSecurityClass",
    "is_pa_sro",
    "meets_pa_training",
    "pa_school_security_class",
]

_AUTHORITY = "Pennsylvania General Assembly"

PA_SRO_SOURCE = Source(
    id="pa-24-ps-13-1301-c",
    title="School resource officer (Pennsylvania)",
    authority=_AUTHORITY,
    citation="24 P.S. § 13-1301-C",
    kind=SourceKind.STATUTE,
    binding=True,
    url="https://govt.westlaw.com/pac/Document/NBEA5CFD007EE11EAA50ED447DA1275CA",
    effective_from=date(2019, 12, 30),
    enacted_by="Act 44 of 2018, as amended",
)
PA_TRAINING_SOURCE = Source(
    id="pa-24-ps-13-1313-c",
    title="School resource officers: training (Pennsylvania)",
    authority=_AUTHORITY,
    citation="24 P.S. § 13-1313-C(a.1)",
    kind=SourceKind.STATUTE,
    binding=True,
    url="https://govt.westlaw.com/pac/Document/N6AE54AA0176C11EAB9A083202F732F52",
    effective_from=date(2019, 11, 27),
    formerly="24 P.S. § 6-617",
)

STATIONED_BEFORE = date(2019, 9, 2)
"""(a.1)(2): "A school resource officer who is stationed … before September 2, 2019"."""
SCHOOL_YEAR_2020_21 = date(2020, 7, 1)
"""The beginning of the 2020–2021 school year, read as 1 July 2020 (decision PA2)."""

_AGREEMENT = includes(
    "parties",
    AGENCY_AND_SCHOOL,
    "parties to the agreement",
)
_BASIC_COURSE = trained_by(
    None,
    "Basic SRO training (the NASRO course or an approved equivalent)",
    kinds={TrainingKind.SCHOOL_POLICING},
    days=-1,
    transition=(STATIONED_BEFORE, SCHOOL_YEAR_2020_21),
)

PA_IN_EFFECT = in_effect(
    id="pa.sro.in_effect",
    title="Stationed in a school on the date asked about",
    source=PA_SRO_SOURCE,
    quote="whose duty station is located in a school entity or nonpublic school",
)
# A school entity's own police are its school police officers, not SROs (decision PA1).
PA_LAW_ENFORCEMENT_OFFICER = certified_officer_rule(
    id="pa.sro.law_enforcement_officer",
    title="A law enforcement officer commissioned and employed by a law enforcement agency",
    source=PA_SRO_SOURCE,
    quote="A law enforcement officer commissioned and employed by a law enforcement agency",
    employers=LAW_ENFORCEMENT_KINDS - {AgencyKind.SCHOOL_DISTRICT_POLICE},
)
PA_AGREEMENT = Rule(
    id="pa.sro.agreement",
    title="Stationed by an agreement between the agency and the school",
    source=PA_SRO_SOURCE,
    quote="whose stationing is established by an agreement between the law enforcement agency "
    "and the school entity or nonpublic school. … The term includes an active certified sheriff "
    "or deputy sheriff whose stationing in the school entity or nonpublic school is established "
    "by a written agreement between the county, the sheriff's office and the school entity or "
    "nonpublic school.",
    subject=Mou,
    condition=_AGREEMENT,
)

PA_SRO = Standard(
    id="pa-sro",
    title="School resource officer (Pennsylvania)",
    subject=Assignment,
    source=PA_SRO_SOURCE,
    parts=[PA_IN_EFFECT, PA_LAW_ENFORCEMENT_OFFICER, PA_AGREEMENT],
)
"""24 P.S. § 13-1301-C: a law enforcement officer commissioned and employed by a law enforcement
agency, stationed in a school by an agreement between the agency and the school (a sheriff's
deputy by one between the county, the sheriff's office and the school)."""

PA_BASIC_COURSE = Rule(
    id="pa.training.basic_course",
    title="The NASRO Basic SRO course before entering on duty",
    source=PA_TRAINING_SOURCE,
    quote="(1) Prior to entering upon the duties of the office, a school resource officer shall "
    "successfully complete the Basic School Resource Officer Course of Instruction offered by "
    "the National Association of School Resource Officers or an equivalent course of "
    "instruction approved by the commission. (2) A school resource officer who is stationed in "
    "a school entity or nonpublic school before September 2, 2019, shall have until the "
    "beginning of the 2020-2021 school year to complete the instruction.",
    subject=Assignment,
    condition=_BASIC_COURSE,
)

PA_TRAINING = Standard(
    id="pa-training",
    title="SRO training (Pennsylvania)",
    subject=Assignment,
    source=PA_TRAINING_SOURCE,
    parts=[PA_BASIC_COURSE],
    scope=PA_SRO,
)
"""24 P.S. § 13-1313-C(a.1): the NASRO Basic SRO course (or an approved equivalent) before
entering on duty; SROs stationed before 2019-09-02 by the start of the 2020–2021 school year."""


class PaSecurityClass(Enumeration):
    """The school security personnel of 24 P.S. § 13-1301-C, and what a posting is not."""

    SCHOOL_RESOURCE_OFFICER = "school_resource_officer"
    SCHOOL_POLICE_OFFICER = "school_police_officer"
    SCHOOL_SECURITY_GUARD = "school_security_guard"
    OTHER = "other"
    UNDETERMINED = "undetermined"


_SCHOOL_EMPLOYERS = frozenset({AgencyKind.SCHOOL_DISTRICT, AgencyKind.SCHOOL_DISTRICT_POLICE})


def pa_school_security_class(assignment: Assignment, *, as_of: date) -> PaSecurityClass:
    """Which of Pennsylvania's school security personnel a posting is, as of ``as_of``.

    A school resource officer when ``PA_SRO`` is met. Otherwise a school police officer when
    the officer has law-enforcement authority and is employed by a school entity ("A law
    enforcement officer employed by a school entity or nonpublic school"); a school security
    guard when the officer has none ("has not been granted powers under section 1306-C(a)(3) or
    (b)"). ``UNDETERMINED`` when an unknown fact could decide it; ``OTHER`` when none fits
    (decision PA3). Completing the NASRO course changes nothing: guards must complete it too.

    References: 24 P.S. §§ 13-1301-C, 13-1314-C(b).

    >>> from sro_domain.examples import COMMUNITY_SRO, SECURITY_GUARD
    >>> pa_school_security_class(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    <PaSecurityClass.SCHOOL_RESOURCE_OFFICER: 'school_resource_officer'>
    >>> pa_school_security_class(SECURITY_GUARD, as_of=date(2024, 9, 3))
    <PaSecurityClass.SCHOOL_SECURITY_GUARD: 'school_security_guard'>
    """
    sro = PA_SRO.evaluate(assignment, as_of=as_of).outcome
    if sro is Outcome.MET:
        return PaSecurityClass.SCHOOL_RESOURCE_OFFICER
    officer = assignment.officer
    authority, employer = officer.law_enforcement_authority, officer.employer
    if authority is False:
        return PaSecurityClass.SCHOOL_SECURITY_GUARD
    if authority is True and employer is not None and employer.kind in _SCHOOL_EMPLOYERS:
        return PaSecurityClass.SCHOOL_POLICE_OFFICER
    if sro is Outcome.UNKNOWN or authority is None or employer is None:
        return PaSecurityClass.UNDETERMINED
    return PaSecurityClass.OTHER


def is_pa_sro(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the assignment makes its officer a school resource officer under Pennsylvania law.

    A certified law enforcement officer employed by a law enforcement agency, stationed in a
    school on ``as_of`` by an agreement between the agency and the school entity or nonpublic
    school (``Mou.parties``).

    References: 24 P.S. § 13-1301-C.

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> is_pa_sro(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the definition asks about is unknown.
        NotInForceError: ``as_of`` is before 2019-12-30.
    """
    return PA_SRO.holds(assignment, as_of=as_of)


def meets_pa_training(assignment: Assignment, *, as_of: date) -> bool:
    """Whether a Pennsylvania SRO completed the NASRO Basic course in time, as of ``as_of``.

    The course (``SCHOOL_POLICING``) completed before the assignment's start; for an SRO
    stationed before 2019-09-02, by 2020-07-01. An officer who is not an SRO under ``PA_SRO``
    is not bound.

    References: 24 P.S. § 13-1313-C(a.1).

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> meets_pa_training(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: the training record is unknown, or the posting has not begun.
        NotInForceError: ``as_of`` is before 2019-12-30 (the definition's version).
    """
    return PA_TRAINING.holds(assignment, as_of=as_of)
