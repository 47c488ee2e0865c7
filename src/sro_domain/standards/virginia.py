"""Virginia law: who is a school resource officer, and the MOU a school board must keep with the agency.

Va. Code § 9.1-101's definition of "school resource officer", read as the Department of
Criminal Justice Services (the state agency) quotes it — the statute's own page was not read —
and § 22.1-280.2:3 as amended in 2020 (the bill text showing the amended section). Both bind in
Virginia. An SRO is a certified law enforcement officer hired by the local law enforcement
agency to serve public elementary and secondary schools; the school board of every division
whose local agency employs SROs must enter into an MOU with the agency, review it and amend or
affirm it at least once every two years, and publish it on the division website. The hours and
deadline of SRO training, which the Board of Criminal Justice Services sets (§ 9.1-114.1), have
not been read and are not encoded. See decisions VA1–VA3.
"""

from __future__ import annotations

from datetime import date

from sro_domain.conditions import includes, is_true
from sro_domain.models import AgencyKind, Assignment, Mou, SchoolSector
from sro_domain.recency import within_years
from sro_domain.rules import Rule, Standard
from sro_domain.schools import serves_school
from sro_domain.sources import Source, SourceKind
from sro_domain.standards._checks import AGENCY_AND_SCHOOL
from sro_domain.standards.federal import in_effect
from sro_domain.standards.safer_schools import certified_officer_rule

__all__ = [
    "LOCAL_AGENCIES",
    "MOU_REVIEW_YEARS",
    "VA_MOU",
    "VA_SRO",
    "is_va_sro",
    "meets_va_mou",
]

_AUTHORITY = "General Assembly of Virginia"

VA_SRO_SOURCE = Source(
    id="va-code-9-1-101-sro",
    title="School resource officer (Virginia)",
    authority=_AUTHORITY,
    citation="Va. Code § 9.1-101",
    kind=SourceKind.STATUTE,
    binding=True,
    url="https://www.dcjs.virginia.gov/virginia-center-school-and-campus-safety/"
    "school-resource-officers",
)
VA_MOU_SOURCE = Source(
    id="va-code-22-1-280-2-3",
    title="School boards and local law-enforcement agencies: memorandums of understanding "
    "(Virginia)",
    authority=_AUTHORITY,
    citation="Va. Code § 22.1-280.2:3",
    kind=SourceKind.STATUTE,
    binding=True,
    # The 2020 amendment (review every two years, not five; publication) in force from the
    # first of July after the session (decision VA3).
    effective_from=date(2020, 7, 1),
    enacted_by="2019 HB 1733, as amended by 2020 SB 221 (Acts of Assembly, chapter 171)",
)

LOCAL_AGENCIES = frozenset({AgencyKind.POLICE_DEPARTMENT, AgencyKind.SHERIFFS_OFFICE})
""""the local law enforcement agency": a county's or a town's or city's police department, or a
sheriff's office (decision VA1)."""
MOU_REVIEW_YEARS = 2
""""review and amend or affirm such memorandum at least once every two years"."""

VA_IN_EFFECT = in_effect(
    id="va.sro.in_effect",
    title="Providing services on the date asked about",
    source=VA_SRO_SOURCE,
    quote="to provide law enforcement and security services",
)
VA_CERTIFIED_OFFICER = certified_officer_rule(
    id="va.sro.certified_officer",
    title="A certified law enforcement officer hired by the local agency",
    source=VA_SRO_SOURCE,
    quote="a certified law enforcement officer hired by the local law enforcement agency",
    employers=LOCAL_AGENCIES,
)
# A charter school is a public school run under a charter (decision VA1).
VA_PUBLIC_SCHOOL = Rule(
    id="va.sro.public_school",
    title="Serving a public elementary or secondary school",
    source=VA_SRO_SOURCE,
    quote="Virginia public elementary and secondary schools",
    subject=Assignment,
    condition=serves_school(
        "a public elementary or secondary school",
        sectors={SchoolSector.PUBLIC, SchoolSector.CHARTER},
    ),
)

VA_SRO = Standard(
    id="va-sro",
    title="School resource officer (Virginia)",
    subject=Assignment,
    source=VA_SRO_SOURCE,
    parts=[VA_IN_EFFECT, VA_CERTIFIED_OFFICER, VA_PUBLIC_SCHOOL],
)
"""Va. Code § 9.1-101: a certified law enforcement officer hired by the local law enforcement
agency to provide law enforcement and security services to public elementary and secondary
schools."""

VA_MOU_AGREEMENT = Rule(
    id="va.mou.agreement",
    title="An MOU between the school board and the local agency",
    source=VA_MOU_SOURCE,
    quote="The school board in each school division in which the local law-enforcement agency "
    "employs school resource officers, as defined in § 9.1-101, shall enter into a memorandum "
    "of understanding with such local law-enforcement agency that sets forth the powers and "
    "duties of such school resource officers.",
    subject=Mou,
    condition=includes("parties", AGENCY_AND_SCHOOL, "parties to the memorandum"),
)
VA_MOU_REVIEWED = Rule(
    id="va.mou.reviewed",
    title="Reviewed, and amended or affirmed, within two years",
    source=VA_MOU_SOURCE,
    quote="Each such school board and local law-enforcement agency shall review and amend or "
    "affirm such memorandum at least once every two years or at any time upon the request of "
    "either party.",
    subject=Mou,
    condition=within_years("reviewed_on", MOU_REVIEW_YEARS, "last reviewed"),
)
VA_MOU_PUBLISHED = Rule(
    id="va.mou.published",
    title="Published on the division website",
    source=VA_MOU_SOURCE,
    quote="Each school board shall ensure the current division memorandum of understanding is "
    "conspicuously published on the division website",
    subject=Mou,
    condition=is_true("published", "published on the division website"),
)

VA_MOU = Standard(
    id="va-mou",
    title="SRO memorandum of understanding (Virginia)",
    subject=Assignment,
    source=VA_MOU_SOURCE,
    parts=[VA_MOU_AGREEMENT, VA_MOU_REVIEWED, VA_MOU_PUBLISHED],
    scope=VA_SRO,
)
"""Va. Code § 22.1-280.2:3, as amended in 2020: for an officer who is an SRO under § 9.1-101, an
MOU between the school board and the local law-enforcement agency, reviewed and amended or
affirmed at least once every two years, and published on the division website."""


def is_va_sro(assignment: Assignment, *, as_of: date) -> bool:
    """Whether the assignment makes its officer a school resource officer under Virginia law.

    A certified law enforcement officer employed by a police department or sheriff's office,
    serving on ``as_of`` at least one public (or charter) elementary or secondary school.

    References: Va. Code § 9.1-101.

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> is_va_sro(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the definition asks about is unknown.
    """
    return VA_SRO.holds(assignment, as_of=as_of)


def meets_va_mou(assignment: Assignment, *, as_of: date) -> bool:
    """Whether a Virginia SRO serves under an MOU kept as § 22.1-280.2:3 requires, on ``as_of``.

    An MOU between the school board and the local law-enforcement agency (``Mou.parties``),
    last reviewed no more than two years before ``as_of`` (``Mou.reviewed_on``), and published
    on the division website (``Mou.published``). An officer who is not an SRO under
    § 9.1-101 is not bound.

    References: Va. Code § 22.1-280.2:3.

    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> meets_va_mou(COMMUNITY_SRO, as_of=date(2024, 9, 3))
    True

    Raises:
        UndeterminedError: a fact the MOU rules ask about is unknown.
        NotInForceError: ``as_of`` is before 2020-07-01.
    """
    return VA_MOU.holds(assignment, as_of=as_of)
