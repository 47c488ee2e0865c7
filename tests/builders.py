"""Fully known records that meet every standard, for example tests to change one fact at a time."""

from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from sro_domain import (
    TRIAD,
    Agency,
    AgencyKind,
    Assignment,
    AssignmentBasis,
    FederalPurpose,
    Mou,
    Officer,
    Partner,
    Party,
    School,
    SchoolLevel,
    Screening,
    ScreeningKind,
    ServicePeriod,
    Signatory,
    Training,
    TrainingKind,
)

POLICE = Agency(name="Durham Police Department", kind=AgencyKind.POLICE_DEPARTMENT)
HIGH_SCHOOL = School(name="Hillside High School", level=SchoolLevel.HIGH)
START = date(2022, 8, 1)
"""Every built assignment starts here unless told otherwise."""


def basic_course(
    hours: Decimal | int | str = 40,
    completed_on: date = date(2022, 7, 15),
    kind: TrainingKind = TrainingKind.SCHOOL_POLICING,
) -> Training:
    return Training(
        course="NASRO Basic SRO Course",
        kind=kind,
        hours=hours,
        completed_on=completed_on,
        roles=TRIAD,
    )


def officer(**changes: Any) -> Officer:
    """An officer who meets every officer standard on and after 2022-08-01."""
    base = Officer(
        id="DPD-1",
        sworn=True,
        certified=True,
        hired_permanently=True,
        law_enforcement_authority=True,
        employer=POLICE,
        service_periods=(ServicePeriod(start=date(2015, 3, 2)),),
        trainings=(basic_course(),),
        conduct_records=(),
        screenings=tuple(
            Screening(kind=kind, on=date(2022, 5, 2), passed=True) for kind in ScreeningKind
        ),
        volunteered=True,
        seeks_youth_relationships=True,
    )
    return attrs.evolve(base, **changes)


def mou(**changes: Any) -> Mou:
    """An MOU between the agency and the school district that follows NASRO's recommendations."""
    base = Mou(
        signatories=frozenset(Signatory),
        roles_defined=TRIAD,
        requires_selection_and_training=True,
        prohibits_formal_discipline=True,
        signed_on=date(2022, 6, 1),
        parties=frozenset({Party.LAW_ENFORCEMENT_AGENCY, Party.EDUCATION_AGENCY}),
        reviewed_on=date(2022, 6, 1),
        published=True,
    )
    return attrs.evolve(base, **changes)


def assignment(**changes: Any) -> Assignment:
    """An assignment from 2022-08-01 that meets every assignment standard."""
    base = Assignment(
        officer=officer(),
        agency=POLICE,
        schools=frozenset({HIGH_SCHOOL}),
        start=START,
        permanent=True,
        basis=AssignmentBasis.ROUTINE,
        community_oriented_policing=True,
        partners=frozenset(Partner),
        purposes=frozenset(FederalPurpose),
        roles=TRIAD,
        mou=mou(),
        primarily_assigned=True,
    )
    return attrs.evolve(base, **changes)
