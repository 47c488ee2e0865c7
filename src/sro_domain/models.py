"""The records the standards read, and the enums that describe them.

Officers, their service, training and conduct records; agencies and schools; assignments, MOUs
and responses to incidents.

Every record is an immutable, hashable ``attrs`` class with keyword-only arguments, validated
on construction. Every fact a source asks about may be unknown: ``None`` means "we do not
know", and an empty collection means "known to be none" (``conduct_records=()`` is a clean
record; ``None`` is an unreviewed one). The only exception is the ``end`` of a
:class:`ServicePeriod` or an :class:`Assignment`, where ``None`` means "ongoing".

>>> from datetime import date
>>> officer = Officer(id="A-17", sworn=True, service_periods=[ServicePeriod(start=date(2019, 1, 7))])
>>> officer.service_periods
(ServicePeriod(start=datetime.date(2019, 1, 7), end=None, agency=None),)
>>> officer.volunteered is None   # not asked yet: unknown, never silently False
True
"""

# No ``from __future__ import annotations`` here: Hypothesis resolves these classes' real
# annotations when a suite asks for ``st.from_type(Officer)``.

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any, cast

import attrs

from sro_domain import _reach
from sro_domain import _validation as v
from sro_domain._enum import Enumeration
from sro_domain.roles import Role

__all__ = [
    "LAW_ENFORCEMENT_KINDS",
    "NO_MOU",
    "RECORDS",
    "Agency",
    "AgencyKind",
    "Assignment",
    "AssignmentBasis",
    "ConductKind",
    "ConductRecord",
    "Disposition",
    "Duty",
    "FederalPurpose",
    "Funding",
    "FundingProgram",
    "Matter",
    "Mou",
    "MouSection",
    "NcCommission",
    "NoMou",
    "Officer",
    "Partner",
    "Party",
    "School",
    "SchoolLevel",
    "SchoolSector",
    "Screening",
    "ScreeningKind",
    "ServicePeriod",
    "Signatory",
    "SroAction",
    "SroResponse",
    "Training",
    "TrainingKind",
    "TrainingProvider",
    "YearWeeks",
]


# --- enums (members ordered most-ordinary first) ---------------------------------------------


class AgencyKind(Enumeration):
    """What kind of organisation an agency is; the first five are law-enforcement agencies."""

    POLICE_DEPARTMENT = "police_department"
    SHERIFFS_OFFICE = "sheriffs_office"
    STATE_POLICE = "state_police"
    SCHOOL_DISTRICT_POLICE = "school_district_police"
    OTHER_LAW_ENFORCEMENT = "other_law_enforcement"
    SCHOOL_DISTRICT = "school_district"
    PRIVATE_SECURITY = "private_security"


LAW_ENFORCEMENT_KINDS = frozenset(
    {
        AgencyKind.POLICE_DEPARTMENT,
        AgencyKind.SHERIFFS_OFFICE,
        AgencyKind.STATE_POLICE,
        AgencyKind.SCHOOL_DISTRICT_POLICE,
        AgencyKind.OTHER_LAW_ENFORCEMENT,
    }
)
"""The agency kinds that are law-enforcement agencies (``Agency.is_law_enforcement``)."""


class SchoolLevel(Enumeration):
    """The grades a school serves."""

    HIGH = "high"
    MIDDLE = "middle"
    ELEMENTARY = "elementary"
    COMBINED_K12 = "combined_k12"
    PRE_K = "pre_k"
    POSTSECONDARY = "postsecondary"


_ELEMENTARY_OR_SECONDARY = frozenset(
    {SchoolLevel.ELEMENTARY, SchoolLevel.MIDDLE, SchoolLevel.HIGH, SchoolLevel.COMBINED_K12}
)


class SchoolSector(Enumeration):
    """Who runs a school."""

    PUBLIC = "public"
    CHARTER = "charter"
    NONPUBLIC = "nonpublic"


class TrainingKind(Enumeration):
    """What a course trains for.

    ``SCHOOL_POLICING`` is specialised school-policing training such as the NASRO Basic SRO
    Course. ``NC_BASIC_SRO`` is North Carolina's mandated Basic School Resource Officer Training
    Course, itself school-policing training. ``ADVANCED_SCHOOL_POLICING`` is an advanced SRO
    course, such as NASRO's Advanced SRO Course (Tex. Occ. Code § 1701.263(b-1) exempts an officer
    who has it). Only these three count toward NASRO's 40 hours. ``TRAINING_WAIVER`` records a
    training requirement waived on the officer's prior training and experience, on the day it was
    granted (105 ILCS 5/10-20.68(b)'s "approved waiver"; its hours are those it recognises).
    """

    SCHOOL_POLICING = "school_policing"
    NC_BASIC_SRO = "nc_basic_sro"
    ADVANCED_SCHOOL_POLICING = "advanced_school_policing"
    BASIC_LAW_ENFORCEMENT = "basic_law_enforcement"
    DARE = "dare"
    TRAINING_WAIVER = "training_waiver"
    OTHER = "other"


class TrainingProvider(Enumeration):
    """Who delivered a course, where a law names the providers whose courses count.

    ``OTHER`` is any provider not listed; an unknown provider is ``None`` on the course.
    """

    NASRO = "nasro"
    OHIO_SRO_ASSOCIATION = "ohio_sro_association"
    OHIO_PEACE_OFFICER_TRAINING_ACADEMY = "ohio_peace_officer_training_academy"
    OTHER = "other"


class ScreeningKind(Enumeration):
    """A check an officer undergoes before serving in schools (Fla. Stat. § 1006.12(1)(a))."""

    CRIMINAL_BACKGROUND_CHECK = "criminal_background_check"
    DRUG_TEST = "drug_test"
    PSYCHOLOGICAL_EVALUATION = "psychological_evaluation"


class ConductKind(Enumeration):
    """The two entries NASRO names in a service record: "disciplinary actions or complaints"."""

    COMPLAINT = "complaint"
    DISCIPLINARY_ACTION = "disciplinary_action"


class Disposition(Enumeration):
    """How a complaint or disciplinary matter ended. ``UNRECORDED`` means the outcome is unknown."""

    SUSTAINED = "sustained"
    NOT_SUSTAINED = "not_sustained"
    UNFOUNDED = "unfounded"
    EXONERATED = "exonerated"
    PENDING = "pending"
    UNRECORDED = "unrecorded"


class Signatory(Enumeration):
    """Who signed an MOU.

    NASRO asks for "the heads of both the law enforcement agency and the educational
    institution".
    """

    LAW_ENFORCEMENT_HEAD = "law_enforcement_head"
    EDUCATION_HEAD = "education_head"


class Party(Enumeration):
    """Who an agreement (an MOU, a contract, a cooperative agreement) is made between.

    ``EDUCATION_AGENCY`` is the school side under any of its state names: a school district,
    local education agency, school board, school corporation, school entity, charter school or
    nonpublic school.
    """

    LAW_ENFORCEMENT_AGENCY = "law_enforcement_agency"
    EDUCATION_AGENCY = "education_agency"
    COUNTY = "county"
    MUNICIPALITY = "municipality"


class AssignmentBasis(Enumeration):
    """Why an officer was posted to a school."""

    ROUTINE = "routine"
    CRISIS_RESPONSE = "crisis_response"
    SPECIAL_EVENT = "special_event"


class Partner(Enumeration):
    """Whom the officer works "in collaboration with" (34 U.S.C. § 10389(4))."""

    SCHOOLS = "schools"
    COMMUNITY_ORGANIZATIONS = "community_organizations"


class FederalPurpose(Enumeration):
    """The purposes (A)–(G) of 34 U.S.C. § 10389(4); ``purpose.text`` is the statute's words."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"
    G = "G"

    @property
    def text(self) -> str:
        """The statutory text of this purpose.

        >>> FederalPurpose.B.text
        'to develop or expand crime prevention efforts for students'
        """
        return _PURPOSE_TEXT[self]


_PURPOSE_TEXT = {
    FederalPurpose.A: "to address crime and disorder problems, gangs, and drug activities "
    "affecting or occurring in or around an elementary or secondary school",
    FederalPurpose.B: "to develop or expand crime prevention efforts for students",
    FederalPurpose.C: "to educate likely school-age victims in crime prevention and safety",
    FederalPurpose.D: "to develop or expand community justice initiatives for students",
    FederalPurpose.E: "to train students in conflict resolution, restorative justice, and "
    "crime awareness",
    FederalPurpose.F: "to assist in the identification of physical changes in the environment "
    "that may reduce crime in or around the school",
    FederalPurpose.G: "to assist in developing school policy that addresses crime and to "
    "recommend procedural changes",
}


class Duty(Enumeration):
    """What an officer is assigned to do or assist with.

    The first four are North Carolina's (N.C.G.S. § 115C-105.58(b)). ``EXTERIOR_SECURITY`` (security
    outside the school buildings, against outside threats) and ``TRAFFIC`` are the duties Indiana's
    definition excludes (Ind. Code § 20-26-18.2-1(a)); ``OTHER`` is any other.
    """

    SCHOOL_SAFETY = "school_safety"
    SCHOOL_SECURITY = "school_security"
    EMERGENCY_PREPAREDNESS = "emergency_preparedness"
    EMERGENCY_RESPONSE = "emergency_response"
    EXTERIOR_SECURITY = "exterior_security"
    TRAFFIC = "traffic"
    OTHER = "other"


class NcCommission(Enumeration):
    """The North Carolina commissions that issue general certification to officers.

    ``CRIMINAL_JUSTICE``: the Criminal Justice Education and Training Standards Commission
    (police officers). ``SHERIFFS``: the Sheriffs' Education and Training Standards Commission
    (deputy sheriffs).
    """

    CRIMINAL_JUSTICE = "criminal_justice"
    SHERIFFS = "sheriffs"


class MouSection(Enumeration):
    """The sections or provisions an SRO MOU contains, as the laws and programs requiring them name them.

    The first five are the COPS Hiring Program's required sections. ``ROLES_AND_RESPONSIBILITIES``
    is also Illinois's first provision (105 ILCS 5/10-20.68(a-5)(1)), and the last four its others:
    procedures to ensure the SRO is trained or has a waiver, the ban on tickets and citations on
    school property, data collection and reporting, and regular review of the SRO programme.
    """

    PURPOSE = "purpose"
    ROLES_AND_RESPONSIBILITIES = "roles_and_responsibilities"
    INFORMATION_SHARING = "information_sharing"
    SUPERVISION_AND_CHAIN_OF_COMMAND = "supervision_and_chain_of_command"
    SIGNATURES = "signatures"
    TRAINING_PROCEDURES = "training_procedures"
    NO_TICKETS_ON_SCHOOL_PROPERTY = "no_tickets_on_school_property"
    DATA_COLLECTION_AND_REPORTING = "data_collection_and_reporting"
    PROGRAM_REVIEW = "program_review"


class FundingProgram(Enumeration):
    """The federal program that funds a position, if any."""

    COPS_HIRING_PROGRAM = "cops_hiring_program"
    OTHER = "other"


class Matter(Enumeration):
    """What kind of student incident an SRO responded to.

    ``SCHOOL_DISCIPLINE``: a disciplinary issue "that would be handled by teachers and/or
    administrators if the SROs were not there" (NASRO FAQ). ``CRIMINAL``: one that would call
    for law enforcement even with no SRO there.
    """

    SCHOOL_DISCIPLINE = "school_discipline"
    CRIMINAL = "criminal"


class SroAction(Enumeration):
    """What the SRO did in response to an incident, from least to most formal."""

    NO_ACTION = "no_action"
    COUNSEL = "counsel"
    REFER_TO_ADMINISTRATOR = "refer_to_administrator"
    FORMAL_SCHOOL_DISCIPLINE = "formal_school_discipline"
    CITATION = "citation"
    COURT_REFERRAL = "court_referral"
    ARREST = "arrest"


class NoMou(Enumeration):
    """The type of :data:`NO_MOU`: an assignment known to have no memorandum of understanding."""

    NO_MOU = "no_mou"

    def __repr__(self) -> str:
        return "NO_MOU"


NO_MOU = NoMou.NO_MOU
"""Known to have no MOU (``Assignment.mou=None`` means unknown)."""


# --- converters: one named function per field type, for mypy's attrs plugin -----------------


def _hours(value: Decimal | int | str) -> Decimal:
    return cast(Decimal, v.to_decimal(value))


def _service_periods(
    value: "Iterable[ServicePeriod] | None",
) -> "tuple[ServicePeriod, ...] | None":
    return cast("tuple[ServicePeriod, ...] | None", v.to_tuple(value))


def _trainings(value: "Iterable[Training] | None") -> "tuple[Training, ...] | None":
    return cast("tuple[Training, ...] | None", v.to_tuple(value))


def _screenings(value: "Iterable[Screening] | None") -> "tuple[Screening, ...] | None":
    return cast("tuple[Screening, ...] | None", v.to_tuple(value))


def _conduct_records(
    value: "Iterable[ConductRecord] | None",
) -> "tuple[ConductRecord, ...] | None":
    return cast("tuple[ConductRecord, ...] | None", v.to_tuple(value))


def _roles(value: Iterable[Role]) -> frozenset[Role]:
    return cast(frozenset[Role], v.to_frozenset(value))


def _optional_roles(value: Iterable[Role] | None) -> frozenset[Role] | None:
    return cast("frozenset[Role] | None", v.to_frozenset(value))


def _signatories(value: Iterable[Signatory] | None) -> frozenset[Signatory] | None:
    return cast("frozenset[Signatory] | None", v.to_frozenset(value))


def _partners(value: Iterable[Partner] | None) -> frozenset[Partner] | None:
    return cast("frozenset[Partner] | None", v.to_frozenset(value))


def _purposes(value: Iterable[FederalPurpose] | None) -> frozenset[FederalPurpose] | None:
    return cast("frozenset[FederalPurpose] | None", v.to_frozenset(value))


def _duties(value: Iterable[Duty] | None) -> frozenset[Duty] | None:
    return cast("frozenset[Duty] | None", v.to_frozenset(value))


def _commissions(value: Iterable[NcCommission] | None) -> frozenset[NcCommission] | None:
    return cast("frozenset[NcCommission] | None", v.to_frozenset(value))


def _parties(value: Iterable[Party] | None) -> frozenset[Party] | None:
    return cast("frozenset[Party] | None", v.to_frozenset(value))


def _sections(value: Iterable[MouSection] | None) -> frozenset[MouSection] | None:
    return cast("frozenset[MouSection] | None", v.to_frozenset(value))


def _year_weeks(value: "Iterable[YearWeeks] | None") -> "tuple[YearWeeks, ...] | None":
    return cast("tuple[YearWeeks, ...] | None", v.to_tuple(value))


def _optional_decimal(value: Decimal | int | str | None) -> Decimal | None:
    return cast("Decimal | None", v.to_decimal(value))


def _schools(value: "Iterable[School]") -> "frozenset[School]":
    return cast("frozenset[School]", v.to_frozenset(value))


# --- records ---------------------------------------------------------------------------------


class _Record:
    """What every record shares: the hook through which pydantic validates it with the codec.

    pydantic calls ``__get_pydantic_core_schema__`` on a type it does not know; only then is the
    adapter (and pydantic) imported, so ``import sro_domain`` never loads pydantic.
    """

    __slots__ = ()

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from sro_domain import _pydantic  # noqa: PLC0415 - pydantic loads only when it asks

        return _pydantic.core_schema(cls, handler)


@attrs.frozen(kw_only=True, eq=False)
class Agency(_Record):
    """An organisation that employs officers or assigns them to schools.

    >>> Agency(name="Raleigh Police Department", kind=AgencyKind.POLICE_DEPARTMENT).is_law_enforcement
    True
    >>> Agency(name="Acme Guards", kind=AgencyKind.PRIVATE_SECURITY).is_law_enforcement
    False
    """

    __eq__ = v.record_eq
    __hash__ = v.record_hash
    __repr__ = v.record_repr

    name: str = attrs.field(metadata={"description": "The agency's name."}, validator=v.name)
    kind: AgencyKind = attrs.field(
        metadata={
            "description": "What kind of organisation it is; the first five kinds are law-enforcement agencies."
        },
        validator=v.instance_of(AgencyKind),
    )

    @property
    def is_law_enforcement(self) -> bool:
        """Police, sheriff's office, state police, school-district police or other law enforcement."""
        return self.kind in LAW_ENFORCEMENT_KINDS


@attrs.frozen(kw_only=True, eq=False)
class School(_Record):
    """A school an officer may be assigned to.

    >>> School(name="Enloe High", level=SchoolLevel.HIGH).is_elementary_or_secondary
    True
    >>> School(name="NC State", level=SchoolLevel.POSTSECONDARY).is_elementary_or_secondary
    False
    """

    __eq__ = v.record_eq
    __hash__ = v.record_hash
    __repr__ = v.record_repr

    name: str = attrs.field(metadata={"description": "The school's name."}, validator=v.name)
    level: SchoolLevel = attrs.field(
        metadata={"description": "The grades it serves."}, validator=v.instance_of(SchoolLevel)
    )
    sector: SchoolSector = attrs.field(
        metadata={"description": "Who runs it: public, charter or nonpublic."},
        default=SchoolSector.PUBLIC,
        validator=v.instance_of(SchoolSector),
    )
    article_39: bool | None = attrs.field(
        metadata={
            "description": "For a nonpublic school: authorized under Part 1 or 2 of Article 39, N.C.G.S. Chapter 115C (null: unknown)."
        },
        default=None,
        validator=v.instance_of(bool, optional=True),
    )

    @property
    def is_elementary_or_secondary(self) -> bool:
        """Elementary, middle, high or combined K–12: the schools of 34 U.S.C. § 10389(4)(A)."""
        return self.level in _ELEMENTARY_OR_SECONDARY


@attrs.frozen(kw_only=True, eq=False)
class ServicePeriod(_Record):
    """One period of law-enforcement service, ``start`` to ``end`` inclusive (``end=None``: ongoing).

    >>> ServicePeriod(start=date(2020, 1, 1), end=date(2019, 1, 1))
    Traceback (most recent call last):
    ...
    sro_domain.errors.InvalidRecordError: ServicePeriod.end must not be before start (2020-01-01), got datetime.date(2019, 1, 1)
    """

    __eq__ = v.record_eq
    __hash__ = v.record_hash
    __repr__ = v.record_repr

    start: date = attrs.field(
        metadata={"description": "First day of law-enforcement service."},
        validator=v.instance_of(date),
    )
    end: date | None = attrs.field(
        metadata={
            "description": "Last day served, inclusive, not before start (null: ongoing; a JSON Schema cannot compare the two dates, the decoder does)."
        },
        default=None,
        validator=[v.instance_of(date, optional=True), v.not_before("start")],
    )
    agency: str | None = attrs.field(
        metadata={"description": "The agency served (null: not recorded)."},
        default=None,
        validator=v.optional_name,
    )


@attrs.frozen(kw_only=True, eq=False)
class Training(_Record):
    """A completed course: its kind, length in hours and completion date.

    ``hours`` takes an ``int``, a decimal string or a ``Decimal``; binary floats are refused
    because they cannot hold most decimal fractions exactly.

    >>> Training(course="NASRO Basic SRO Course", kind=TrainingKind.SCHOOL_POLICING,
    ...          hours="40", completed_on=date(2021, 6, 4)).hours
    Decimal('40')
    """

    __eq__ = v.record_eq
    __hash__ = v.record_hash
    __repr__ = v.record_repr

    course: str = attrs.field(metadata={"description": "The course's name."}, validator=v.name)
    kind: TrainingKind = attrs.field(
        metadata={
            "description": "What the course trains for; school_policing, nc_basic_sro and advanced_school_policing count toward NASRO's 40 hours."
        },
        validator=v.instance_of(TrainingKind),
    )
    hours: Decimal = attrs.field(
        metadata={
            "description": "Length in hours: a positive decimal, as a string in plain notation or a whole number; at most 1000000, with at most 30 decimal places."
        },
        converter=_hours,
        validator=v.positive_decimal,
    )
    completed_on: date = attrs.field(
        metadata={"description": "The day the course was completed."}, validator=v.instance_of(date)
    )
    roles: frozenset[Role] = attrs.field(
        metadata={"description": "The triad roles the course trains for."},
        factory=frozenset,
        converter=_roles,
        validator=v.frozenset_of(Role, optional=False),
    )
    provider: TrainingProvider | None = attrs.field(
        metadata={"description": "Who delivered the course (null: not recorded)."},
        default=None,
        validator=v.instance_of(TrainingProvider, optional=True),
    )


@attrs.frozen(kw_only=True, eq=False)
class Screening(_Record):
    """A screening the officer underwent: its kind, the day, and the result if recorded.

    >>> Screening(kind=ScreeningKind.DRUG_TEST, on=date(2024, 5, 6), passed=True).passed
    True
    """

    __eq__ = v.record_eq
    __hash__ = v.record_hash
    __repr__ = v.record_repr

    kind: ScreeningKind = attrs.field(
        metadata={
            "description": "A criminal background check, a drug test or a psychological evaluation."
        },
        validator=v.instance_of(ScreeningKind),
    )
    on: date = attrs.field(
        metadata={"description": "The day it was done."}, validator=v.instance_of(date)
    )
    passed: bool | None = attrs.field(
        metadata={"description": "Whether the officer passed it (null: not recorded)."},
        default=None,
        validator=v.instance_of(bool, optional=True),
    )


@attrs.frozen(kw_only=True, eq=False)
class ConductRecord(_Record):
    """A complaint or disciplinary action in an officer's service record."""

    __eq__ = v.record_eq
    __hash__ = v.record_hash
    __repr__ = v.record_repr

    kind: ConductKind = attrs.field(
        metadata={"description": "A complaint or a disciplinary action."},
        validator=v.instance_of(ConductKind),
    )
    on: date = attrs.field(
        metadata={"description": "The date of the record."}, validator=v.instance_of(date)
    )
    involves_youth: bool | None = attrs.field(
        metadata={"description": "Whether it involves youth (null: unknown)."},
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    disposition: Disposition = attrs.field(
        metadata={"description": "How it ended; unrecorded means unknown."},
        default=Disposition.UNRECORDED,
        validator=v.instance_of(Disposition),
    )


@attrs.frozen(kw_only=True, eq=False)
class Officer(_Record):
    """A person who may serve as an SRO, with everything the standards ask about them.

    ``hired_permanently`` and ``law_enforcement_authority`` are the two halves of "career law
    enforcement officer" (34 U.S.C. § 10389(1)); ``sworn`` is "with sworn authority"
    (§ 10389(4)); ``certified`` is state law-enforcement certification (Center for Safer
    Schools).
    """

    __eq__ = v.record_eq
    __hash__ = v.record_hash
    __repr__ = v.record_repr

    id: str = attrs.field(metadata={"description": "The officer's identifier."}, validator=v.name)
    sworn: bool | None = attrs.field(
        metadata={"description": "Holds sworn authority (null: unknown)."},
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    certified: bool | None = attrs.field(
        metadata={"description": "Holds state law-enforcement certification (null: unknown)."},
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    hired_permanently: bool | None = attrs.field(
        metadata={"description": "Hired on a permanent basis (null: unknown)."},
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    law_enforcement_authority: bool | None = attrs.field(
        metadata={"description": "Authorized to enforce criminal laws (null: unknown)."},
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    employer: Agency | None = attrs.field(
        metadata={"description": "The employing agency (null: unknown)."},
        default=None,
        validator=v.instance_of(Agency, optional=True),
    )
    service_periods: tuple[ServicePeriod, ...] | None = attrs.field(
        metadata={
            "description": "Periods of law-enforcement service (null: unknown; empty: none)."
        },
        default=None,
        converter=_service_periods,
        validator=v.tuple_of(ServicePeriod),
    )
    trainings: tuple[Training, ...] | None = attrs.field(
        metadata={"description": "Completed courses (null: unknown; empty: none)."},
        default=None,
        converter=_trainings,
        validator=v.tuple_of(Training),
    )
    conduct_records: tuple[ConductRecord, ...] | None = attrs.field(
        metadata={
            "description": "Complaints and disciplinary actions (null: not reviewed; empty: a clean record)."
        },
        default=None,
        converter=_conduct_records,
        validator=v.tuple_of(ConductRecord),
    )
    screenings: tuple[Screening, ...] | None = attrs.field(
        metadata={
            "description": "Background checks, drug tests and psychological evaluations undergone (null: unknown; empty: none)."
        },
        default=None,
        converter=_screenings,
        validator=v.tuple_of(Screening),
    )
    volunteered: bool | None = attrs.field(
        metadata={"description": "Volunteered for the SRO post (null: unknown)."},
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    seeks_youth_relationships: bool | None = attrs.field(
        metadata={
            "description": "A strong desire to build positive relationships with youth, as assessed (null: unknown)."
        },
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    juvenile_case_difficulty: bool | None = attrs.field(
        metadata={
            "description": "Has in the past had difficulty with cases involving juveniles, as assessed in selection (NASRO, 2019; null: unknown)."
        },
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    nc_certifications: frozenset[NcCommission] | None = attrs.field(
        metadata={
            "description": "NC commissions that have issued general certification (null: unknown; empty: none)."
        },
        default=None,
        converter=_commissions,
        validator=v.frozenset_of(NcCommission),
    )


@attrs.frozen(kw_only=True, eq=False)
class Mou(_Record):
    """The written agreement under which an officer serves schools: an MOU, or a contract.

    States name it differently (a memorandum of understanding, a contract, a cooperative
    agreement); ``parties`` records who it is between. ``signed_on`` is recorded for standards
    with deadlines; NASRO's rules judge the MOU as written and do not read it.
    ``submitted=False`` records an MOU known not to have been submitted to the funding agency
    (decision CHP4); ``submitted_on`` the day it was. ``reviewed_on`` and ``published`` are
    for laws that require an agreement to be kept current and public (Virginia).
    """

    __eq__ = v.record_eq
    __hash__ = v.record_hash
    __repr__ = v.record_repr

    signatories: frozenset[Signatory] | None = attrs.field(
        metadata={"description": "Who signed it (null: unknown)."},
        default=None,
        converter=_signatories,
        validator=v.frozenset_of(Signatory),
    )
    roles_defined: frozenset[Role] | None = attrs.field(
        metadata={"description": "The SRO roles it defines (null: unknown)."},
        default=None,
        converter=_optional_roles,
        validator=v.frozenset_of(Role),
    )
    requires_selection_and_training: bool | None = attrs.field(
        metadata={
            "description": "Requires carefully selected, specially trained SROs (null: unknown)."
        },
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    prohibits_formal_discipline: bool | None = attrs.field(
        metadata={"description": "Keeps the SRO out of formal school discipline (null: unknown)."},
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    signed_on: date | None = attrs.field(
        metadata={"description": "When it was signed (null: unknown)."},
        default=None,
        validator=v.instance_of(date, optional=True),
    )
    sections: frozenset[MouSection] | None = attrs.field(
        metadata={"description": "The sections it contains (null: unknown)."},
        default=None,
        converter=_sections,
        validator=v.frozenset_of(MouSection),
    )
    submitted_on: date | None = attrs.field(
        metadata={"description": "When it was submitted to the funding agency (null: unknown)."},
        default=None,
        validator=v.instance_of(date, optional=True),
    )
    submitted: bool | None = attrs.field(
        metadata={
            "description": "Whether it has been submitted to the funding agency: false means known not to have been; true with no submitted_on, submitted on an unknown date (null: unknown; must not be false when submitted_on is set)."
        },
        default=None,
        validator=[v.instance_of(bool, optional=True), v.not_false_when("submitted_on")],
    )
    parties: frozenset[Party] | None = attrs.field(
        metadata={"description": "Who it is between (null: unknown)."},
        default=None,
        converter=_parties,
        validator=v.frozenset_of(Party),
    )
    reviewed_on: date | None = attrs.field(
        metadata={
            "description": "When its parties last reviewed it and amended or affirmed it; the day it was entered into, if never since (null: unknown)."
        },
        default=None,
        validator=v.instance_of(date, optional=True),
    )
    published: bool | None = attrs.field(
        metadata={
            "description": "Whether the current version is published on the school division's website (null: unknown)."
        },
        default=None,
        validator=v.instance_of(bool, optional=True),
    )


@attrs.frozen(kw_only=True, eq=False)
class YearWeeks(_Record):
    """How many weeks of one calendar year an assignment places the officer in schools.

    The plan for the whole year, not the weeks worked so far (decision NC1 in
    ``docs/decisions.md``): an ongoing SRO asked about in January has the year's plan.
    """

    __eq__ = v.record_eq
    __hash__ = v.record_hash
    __repr__ = v.record_repr

    year: int = attrs.field(
        metadata={"description": "The calendar year."}, validator=v.instance_of(int)
    )
    weeks: int = attrs.field(
        metadata={"description": "Weeks assigned to schools that year, 0 to 53."},
        validator=[v.instance_of(int), v.in_range(0, 53)],
    )


@attrs.frozen(kw_only=True, eq=False)
class Funding(_Record):
    """Where the money for a position comes from, and the date of the award letter."""

    __eq__ = v.record_eq
    __hash__ = v.record_hash
    __repr__ = v.record_repr

    program: FundingProgram = attrs.field(
        metadata={"description": "The program that funds the position."},
        validator=v.instance_of(FundingProgram),
    )
    award_letter_on: date | None = attrs.field(
        metadata={"description": "The date on the award congratulatory letter (null: unknown)."},
        default=None,
        validator=v.instance_of(date, optional=True),
    )


def _mou(instance: object, attribute: "attrs.Attribute[Any]", value: Any) -> None:
    if value is not None and not isinstance(value, (Mou, NoMou)):
        v.reject(instance, attribute, value, "be a Mou, NO_MOU or None")


@attrs.frozen(kw_only=True, eq=False)
class Assignment(_Record):
    """An officer's posting to one or more schools, from ``start`` to ``end`` inclusive.

    ``permanent`` is whether the posting is meant to last (the Center for Safer Schools'
    "permanently assigned") as opposed to a temporary placement; ``mou=NO_MOU`` means the
    posting is known to have no MOU, ``mou=None`` that nobody has said.
    """

    __eq__ = v.record_eq
    __hash__ = v.record_hash
    __repr__ = v.record_repr

    officer: Officer = attrs.field(
        metadata={"description": "The officer assigned."}, validator=v.instance_of(Officer)
    )
    agency: Agency = attrs.field(
        metadata={"description": "The agency that makes the assignment."},
        validator=v.instance_of(Agency),
    )
    schools: frozenset[School] = attrs.field(
        metadata={"description": "The schools covered; at least one."},
        converter=_schools,
        validator=v.frozenset_of(School, optional=False, non_empty=True),
    )
    start: date = attrs.field(
        metadata={"description": "First day of the assignment."}, validator=v.instance_of(date)
    )
    end: date | None = attrs.field(
        metadata={
            "description": "Last day, inclusive, not before start (null: ongoing; a JSON Schema cannot compare the two dates, the decoder does)."
        },
        default=None,
        validator=[v.instance_of(date, optional=True), v.not_before("start")],
    )
    permanent: bool | None = attrs.field(
        metadata={"description": "Assigned permanently rather than temporarily (null: unknown)."},
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    basis: AssignmentBasis | None = attrs.field(
        metadata={"description": "Why the officer was posted (null: unknown)."},
        default=None,
        validator=v.instance_of(AssignmentBasis, optional=True),
    )
    community_oriented_policing: bool | None = attrs.field(
        metadata={"description": "Deployed in community-oriented policing (null: unknown)."},
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    partners: frozenset[Partner] | None = attrs.field(
        metadata={"description": "Whom the officer works with (null: unknown)."},
        default=None,
        converter=_partners,
        validator=v.frozenset_of(Partner),
    )
    purposes: frozenset[FederalPurpose] | None = attrs.field(
        metadata={
            "description": "The purposes (A)-(G) of 34 U.S.C. 10389(4) served (null: unknown)."
        },
        default=None,
        converter=_purposes,
        validator=v.frozenset_of(FederalPurpose),
    )
    roles: frozenset[Role] | None = attrs.field(
        metadata={"description": "The roles the officer performs (null: unknown)."},
        default=None,
        converter=_optional_roles,
        validator=v.frozenset_of(Role),
    )
    mou: Mou | NoMou | None = attrs.field(
        metadata={
            "description": 'The memorandum of understanding; "no_mou" when there is none (null: unknown).'
        },
        default=None,
        validator=_mou,
    )
    hours_per_week: Decimal | None = attrs.field(
        metadata={"description": "Hours a week in the assigned schools (null: unknown)."},
        default=None,
        converter=_optional_decimal,
        validator=v.optional_hours,
    )
    weeks_per_year: tuple[YearWeeks, ...] | None = attrs.field(
        metadata={
            "description": "Weeks the officer is assigned to schools, planned for each calendar year (one entry per year, no more than the assignment's dates cover that year; null: unknown)."
        },
        default=None,
        converter=_year_weeks,
        validator=[v.tuple_of(YearWeeks), v.one_per_year, v.weeks_within_dates],
    )
    full_time: bool | None = attrs.field(
        metadata={"description": "Deployed full-time as an SRO (null: unknown)."},
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    under_contract: bool | None = attrs.field(
        metadata={
            "description": "The school side engaged the SRO through a contract (with the agency or a business), not as its employee nor through the agency's own MOU (null: unknown)."
        },
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    primarily_assigned: bool | None = attrs.field(
        metadata={
            "description": "The schools are the officer's primary assignment, not one duty among others (null: unknown)."
        },
        default=None,
        validator=v.instance_of(bool, optional=True),
    )
    share_in_schools: Decimal | None = attrs.field(
        metadata={
            "description": "Share of time in and around primary and secondary schools, 0 to 1 (null: unknown)."
        },
        default=None,
        converter=_optional_decimal,
        validator=v.optional_share,
    )
    duties: frozenset[Duty] | None = attrs.field(
        metadata={"description": "What the officer assists with (null: unknown)."},
        default=None,
        converter=_duties,
        validator=v.frozenset_of(Duty),
    )
    funding: Funding | None = attrs.field(
        metadata={"description": "Where the position's money comes from (null: unknown)."},
        default=None,
        validator=v.instance_of(Funding, optional=True),
    )
    continually_assigned: bool | None = attrs.field(
        metadata={
            "description": "The officer has been continually assigned as an SRO since completing the Basic SRO course before this assignment, as 12 NCAC 10B .0510(b)(2) credits it (null: not recorded)."
        },
        default=None,
        validator=v.instance_of(bool, optional=True),
    )

    def weeks_in(self, year: int) -> int | None:
        """The weeks assigned to schools in ``year``; None if not recorded."""
        for entry in self.weeks_per_year or ():
            if entry.year == year:
                return entry.weeks
        return None


@attrs.frozen(kw_only=True, eq=False)
class SroResponse(_Record):
    """What an SRO did about a student incident, and what kind of matter it was."""

    __eq__ = v.record_eq
    __hash__ = v.record_hash
    __repr__ = v.record_repr

    action: SroAction = attrs.field(
        metadata={"description": "What the SRO did."}, validator=v.instance_of(SroAction)
    )
    matter: Matter | None = attrs.field(
        metadata={"description": "What kind of matter it was (null: unknown)."},
        default=None,
        validator=v.instance_of(Matter, optional=True),
    )


# How a standard on an assignment reaches the records it holds, read by the engine (which
# knows no record types): attribute → (the record type, the value meaning "known to be absent"
# and the words for it).
_reach.declare(Assignment, {"officer": (Officer, None), "mou": (Mou, (NO_MOU, "there is no MOU"))})

RECORDS: tuple[type, ...] = tuple(
    value
    for value in list(globals().values())
    if isinstance(value, type) and issubclass(value, _Record) and value is not _Record
)
"""Every record type, in the order defined: the one list schemas, strategies and the codec use."""
