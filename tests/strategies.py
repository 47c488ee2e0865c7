"""Test-suite strategies for every record, unknown (``None``) fields included.

Dates stay in a window around the test's ``as_of`` so that boundaries (anniversaries, start
dates, exactly 40 hours) come up often.
"""

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import strategies as st

from sro_domain import (
    NO_MOU,
    Agency,
    AgencyKind,
    Assignment,
    AssignmentBasis,
    ConductKind,
    ConductRecord,
    Disposition,
    FederalPurpose,
    Matter,
    Mou,
    NoMou,
    Officer,
    Partner,
    Role,
    School,
    SchoolLevel,
    SchoolSector,
    ServicePeriod,
    Signatory,
    SroAction,
    SroResponse,
    Training,
    TrainingKind,
)

FIRST = date(2008, 1, 1)
LAST = date(2026, 12, 31)

dates = st.dates(min_value=FIRST, max_value=LAST)
as_of_dates = st.dates(min_value=date(2012, 1, 1), max_value=LAST)


def maybe(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.none() | strategy


agencies = st.builds(
    Agency,
    name=st.sampled_from(["Durham PD", "Wake Sheriff", "Acme Guards", "DPS Police"]),
    kind=st.sampled_from(AgencyKind),
)
schools = st.builds(
    School,
    name=st.sampled_from(["Hillside High", "Lacy Elementary", "NC State"]),
    level=st.sampled_from(SchoolLevel),
    sector=st.sampled_from(SchoolSector),
)


@st.composite
def service_periods(draw: st.DrawFn) -> ServicePeriod:
    start = draw(dates)
    end = draw(
        st.none() | st.integers(min_value=0, max_value=3000).map(lambda n: start + timedelta(n))
    )
    return ServicePeriod(start=start, end=end)


hours = st.one_of(
    st.sampled_from([Decimal(40), Decimal("39.5"), Decimal("0.5"), Decimal(8), Decimal(24)]),
    st.decimals(min_value=Decimal("0.5"), max_value=Decimal(80), places=1),
)
trainings = st.builds(
    Training,
    course=st.just("course"),
    kind=st.sampled_from(TrainingKind),
    hours=hours,
    completed_on=dates,
    roles=st.frozensets(st.sampled_from(Role)),
)
conduct_records = st.builds(
    ConductRecord,
    kind=st.sampled_from(ConductKind),
    on=dates,
    involves_youth=st.none() | st.booleans(),
    disposition=st.sampled_from(Disposition),
)
booleans = st.none() | st.booleans()

officers = st.builds(
    Officer,
    id=st.just("O-1"),
    sworn=booleans,
    certified=booleans,
    hired_permanently=booleans,
    law_enforcement_authority=booleans,
    employer=st.none() | agencies,
    service_periods=st.none() | st.lists(service_periods(), max_size=4).map(tuple),
    trainings=st.none() | st.lists(trainings, max_size=4).map(tuple),
    conduct_records=st.none() | st.lists(conduct_records, max_size=3).map(tuple),
    volunteered=booleans,
    seeks_youth_relationships=booleans,
)
mous = st.builds(
    Mou,
    signatories=st.none() | st.frozensets(st.sampled_from(Signatory)),
    roles_defined=st.none() | st.frozensets(st.sampled_from(Role)),
    requires_selection_and_training=booleans,
    prohibits_formal_discipline=booleans,
    signed_on=st.none() | dates,
)


@st.composite
def assignments(draw: st.DrawFn) -> Assignment:
    officer = draw(officers)
    # The assigning agency is often the officer's employer, so that rule is not always settled.
    agency = (
        draw(st.just(officer.employer) if officer.employer else agencies)
        if draw(st.booleans())
        else draw(agencies)
    )
    start = draw(dates)
    end = draw(
        st.none() | st.integers(min_value=0, max_value=1500).map(lambda n: start + timedelta(n))
    )
    mou: Mou | NoMou | None = draw(st.none() | st.just(NO_MOU) | mous)
    return Assignment(
        officer=officer,
        agency=agency,
        schools=draw(st.frozensets(schools, min_size=1, max_size=2)),
        start=start,
        end=end,
        permanent=draw(booleans),
        basis=draw(st.none() | st.sampled_from(AssignmentBasis)),
        community_oriented_policing=draw(booleans),
        partners=draw(st.none() | st.frozensets(st.sampled_from(Partner))),
        purposes=draw(
            st.none()
            | st.just(frozenset(FederalPurpose))
            | st.frozensets(st.sampled_from(FederalPurpose))
        ),
        roles=draw(st.none() | st.frozensets(st.sampled_from(Role))),
        mou=mou,
    )


sro_responses = st.builds(
    SroResponse,
    action=st.sampled_from(SroAction),
    matter=st.none() | st.sampled_from(Matter),
)

SUBJECTS: dict[type, st.SearchStrategy[object]] = {
    Officer: officers,
    Assignment: assignments(),
    Mou: mous,
    SroResponse: sro_responses,
}

# Known values to put in place of an unknown field: (record type, field) -> strategy.
KNOWN_VALUES: dict[tuple[type, str], st.SearchStrategy[object]] = {
    **{
        (Officer, name): st.booleans()
        for name in (
            "sworn",
            "certified",
            "hired_permanently",
            "law_enforcement_authority",
            "volunteered",
            "seeks_youth_relationships",
        )
    },
    (Officer, "employer"): agencies,
    (Officer, "service_periods"): st.lists(service_periods(), max_size=4).map(tuple),
    (Officer, "trainings"): st.lists(trainings, max_size=4).map(tuple),
    (Officer, "conduct_records"): st.lists(conduct_records, max_size=3).map(tuple),
    (ConductRecord, "involves_youth"): st.booleans(),
    (Assignment, "permanent"): st.booleans(),
    (Assignment, "basis"): st.sampled_from(AssignmentBasis),
    (Assignment, "community_oriented_policing"): st.booleans(),
    (Assignment, "partners"): st.frozensets(st.sampled_from(Partner)),
    (Assignment, "purposes"): st.frozensets(st.sampled_from(FederalPurpose)),
    (Assignment, "roles"): st.frozensets(st.sampled_from(Role)),
    (Assignment, "mou"): st.just(NO_MOU) | mous,
    (Mou, "signatories"): st.frozensets(st.sampled_from(Signatory)),
    (Mou, "roles_defined"): st.frozensets(st.sampled_from(Role)),
    (Mou, "requires_selection_and_training"): st.booleans(),
    (Mou, "prohibits_formal_discipline"): st.booleans(),
    (Mou, "signed_on"): dates,
    (SroResponse, "matter"): st.sampled_from(Matter),
}
