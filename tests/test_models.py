"""Records validate on construction, are immutable and compare by value."""

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest

from sro_domain import (
    NO_MOU,
    TRIAD,
    Agency,
    AgencyKind,
    Assignment,
    ConductKind,
    ConductRecord,
    Disposition,
    FederalPurpose,
    Funding,
    FundingProgram,
    InvalidRecordError,
    Mou,
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
    YearWeeks,
)
from sro_domain._validation import show
from tests.builders import HIGH_SCHOOL, POLICE, assignment, basic_course, mou, officer

D = date(2020, 1, 1)


def _training(**changes: Any) -> Training:
    fields: dict[str, Any] = {
        "course": "Basic SRO",
        "kind": TrainingKind.SCHOOL_POLICING,
        "hours": 40,
        "completed_on": D,
    }
    return Training(**{**fields, **changes})


def _assignment(**changes: Any) -> Assignment:
    fields: dict[str, Any] = {
        "officer": officer(),
        "agency": POLICE,
        "schools": {HIGH_SCHOOL},
        "start": D,
    }
    return Assignment(**{**fields, **changes})


BAD: list[tuple[str, Callable[[], object], str]] = [
    ("agency with an empty name", lambda: Agency(name="", kind=AgencyKind.POLICE_DEPARTMENT), "name"),
    ("agency with a blank name", lambda: Agency(name="   ", kind=AgencyKind.POLICE_DEPARTMENT), "name"),
    ("agency kind as a string", lambda: Agency(name="X", kind="police_department"), "kind"),  # type: ignore[arg-type]
    ("agency name not a string", lambda: Agency(name=7, kind=AgencyKind.STATE_POLICE), "name"),  # type: ignore[arg-type]
    ("school level as a string", lambda: School(name="X", level="high"), "level"),  # type: ignore[arg-type]
    ("school sector of the wrong enum", lambda: School(name="X", level=SchoolLevel.HIGH, sector=Role.EDUCATOR), "sector"),  # type: ignore[arg-type]
    ("school with an empty name", lambda: School(name="", level=SchoolLevel.HIGH), "name"),
    ("period starting on a datetime", lambda: ServicePeriod(start=datetime(2020, 1, 1)), "start"),
    ("period starting on a string", lambda: ServicePeriod(start="2020-01-01"), "start"),  # type: ignore[arg-type]
    ("period ending before it starts", lambda: ServicePeriod(start=D, end=date(2019, 12, 31)), "end"),
    ("period with an empty agency", lambda: ServicePeriod(start=D, agency=""), "agency"),
    ("training hours as a float", lambda: _training(hours=40.0), "hours"),
    ("training hours as a bool", lambda: _training(hours=True), "hours"),
    ("training hours NaN", lambda: _training(hours=Decimal("NaN")), "hours"),
    ("training hours infinite", lambda: _training(hours="Infinity"), "hours"),
    ("training hours negative", lambda: _training(hours=Decimal("-4")), "hours"),
    ("training hours zero", lambda: _training(hours=0), "hours"),
    ("training hours not a number", lambda: _training(hours="forty"), "hours"),
    ("training completed on a datetime", lambda: _training(completed_on=datetime(2020, 1, 1, 9)), "completed_on"),
    ("training kind as a string", lambda: _training(kind="school_policing"), "kind"),
    ("training roles of strings", lambda: _training(roles={"educator"}), "roles"),
    ("training roles None", lambda: _training(roles=None), "roles"),
    ("training with an empty course", lambda: _training(course=""), "course"),
    ("conduct record youth as 1", lambda: ConductRecord(kind=ConductKind.COMPLAINT, on=D, involves_youth=1), "involves_youth"),  # type: ignore[arg-type]
    ("conduct record disposition None", lambda: ConductRecord(kind=ConductKind.COMPLAINT, on=D, disposition=None), "disposition"),  # type: ignore[arg-type]
    ("officer with an empty id", lambda: Officer(id=""), "id"),
    ("officer sworn as 'yes'", lambda: Officer(id="X", sworn="yes"), "sworn"),  # type: ignore[arg-type]
    ("officer certified as 0", lambda: Officer(id="X", certified=0), "certified"),  # type: ignore[arg-type]
    ("officer employer as a string", lambda: Officer(id="X", employer="Durham PD"), "employer"),  # type: ignore[arg-type]
    ("service periods of dates", lambda: Officer(id="X", service_periods=[D]), "service_periods"),  # type: ignore[list-item]
    ("service periods as a string", lambda: Officer(id="X", service_periods="2015"), "service_periods"),  # type: ignore[arg-type]
    ("trainings of dicts", lambda: Officer(id="X", trainings=[{"hours": 40}]), "trainings"),  # type: ignore[list-item]
    ("conduct records of trainings", lambda: Officer(id="X", conduct_records=[basic_course()]), "conduct_records"),  # type: ignore[list-item]
    ("mou signatories of strings", lambda: Mou(signatories={"police chief"}), "signatories"),  # type: ignore[arg-type]
    ("mou roles of role titles", lambda: Mou(roles_defined=["Teacher"]), "roles_defined"),  # type: ignore[list-item]
    ("mou signed on a datetime", lambda: Mou(signed_on=datetime(2020, 1, 1)), "signed_on"),
    ("assignment with no school", lambda: _assignment(schools=set()), "schools"),
    ("assignment schools as one school", lambda: _assignment(schools=HIGH_SCHOOL), "schools"),
    ("assignment schools of names", lambda: _assignment(schools={"Hillside High"}), "schools"),
    ("assignment ending before it starts", lambda: _assignment(end=date(2019, 6, 30)), "end"),
    ("assignment officer None", lambda: _assignment(officer=None), "officer"),
    ("assignment agency as a string", lambda: _assignment(agency="Durham PD"), "agency"),
    ("assignment purposes as letters", lambda: _assignment(purposes={"A", "B"}), "purposes"),
    ("assignment partners of the wrong enum", lambda: _assignment(partners={Signatory.EDUCATION_HEAD}), "partners"),
    ("assignment roles of lists", lambda: _assignment(roles=[[Role.EDUCATOR]]), "roles"),
    ("assignment mou as True", lambda: _assignment(mou=True), "mou"),
    ("assignment basis as a string", lambda: _assignment(basis="routine"), "basis"),
    ("assignment start on a datetime", lambda: _assignment(start=datetime(2020, 1, 1)), "start"),
    ("assignment permanent as 'no'", lambda: _assignment(permanent="no"), "permanent"),
    ("weeks beyond a year", lambda: YearWeeks(year=2024, weeks=54), "weeks"),
    ("weeks as a string", lambda: YearWeeks(year=2024, weeks="36"), "weeks"),  # type: ignore[arg-type]
    ("weeks in a year past the calendar", lambda: _assignment(end=None, weeks_per_year=[YearWeeks(year=2**63, weeks=1)]), "weeks_per_year"),
    ("two entries for one year", lambda: _assignment(weeks_per_year=[YearWeeks(year=2024, weeks=1), YearWeeks(year=2024, weeks=2)]), "weeks_per_year"),
    ("hours a week as a float", lambda: _assignment(hours_per_week=20.0), "hours_per_week"),
    ("more hours than a week has", lambda: _assignment(hours_per_week=169), "hours_per_week"),
    ("a share above one", lambda: _assignment(share_in_schools="1.5"), "share_in_schools"),
    ("a share as a float", lambda: _assignment(share_in_schools=0.75), "share_in_schools"),
    ("duties as strings", lambda: _assignment(duties={"school safety"}), "duties"),
    ("funding as a string", lambda: _assignment(funding="CHP"), "funding"),
    ("award letter on a datetime", lambda: Funding(program=FundingProgram.COPS_HIRING_PROGRAM, award_letter_on=datetime(2020, 1, 1)), "award_letter_on"),
    ("certifications as strings", lambda: Officer(id="X", nc_certifications={"sheriffs"}), "nc_certifications"),  # type: ignore[arg-type]
    ("MOU sections as strings", lambda: Mou(sections={"purpose"}), "sections"),  # type: ignore[arg-type]
    ("Article 39 as 'yes'", lambda: School(name="S", level=SchoolLevel.HIGH, article_39="yes"), "article_39"),  # type: ignore[arg-type]
    ("response action as a string", lambda: SroResponse(action="arrest"), "action"),  # type: ignore[arg-type]
    ("response matter of the wrong enum", lambda: SroResponse(action=SroAction.ARREST, matter=Disposition.PENDING), "matter"),  # type: ignore[arg-type]
]  # fmt: skip


@pytest.mark.parametrize(("case", "build", "field"), BAD, ids=[case for case, _, _ in BAD])
def test_bad_input_is_rejected_naming_the_field(
    case: str, build: Callable[[], object], field: str
) -> None:
    """Bad input raises InvalidRecordError naming the field and showing the value."""
    with pytest.raises(InvalidRecordError) as caught:
        build()
    error = caught.value
    assert error.field == field
    assert f".{field} must" in str(error)
    assert show(error.value) in str(error)  # its repr, cut to 200 characters (D7)
    assert isinstance(error, ValueError)


def test_there_are_at_least_thirty_bad_inputs() -> None:
    assert len(BAD) >= 30


def test_the_message_shows_class_field_and_value() -> None:
    with pytest.raises(
        InvalidRecordError, match=r"^Training\.hours must be greater than 0, got Decimal\('-4'\)$"
    ):
        _training(hours=Decimal("-4"))


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        (40, Decimal(40)),
        ("39.5", Decimal("39.5")),
        (" 8 ", Decimal(8)),
        (Decimal("0.25"), Decimal("0.25")),
    ],
)
def test_hours_accept_ints_decimal_strings_and_decimals(given: object, stored: Decimal) -> None:
    assert _training(hours=given).hours == stored


def test_collections_are_converted_to_immutable_ones() -> None:
    """Lists and sets passed in are stored as tuples and frozensets."""
    record = Officer(
        id="X", service_periods=[ServicePeriod(start=D)], trainings=(), conduct_records=[]
    )
    assert record.service_periods == (ServicePeriod(start=D),)
    assert record.conduct_records == ()
    made = _assignment(
        schools=[HIGH_SCHOOL], roles=[Role.EDUCATOR, Role.EDUCATOR], partners=set(Partner)
    )
    assert made.schools == frozenset({HIGH_SCHOOL})
    assert made.roles == frozenset({Role.EDUCATOR})
    assert isinstance(made.partners, frozenset)
    assert _training(roles=[Role.COUNSELOR]).roles == frozenset({Role.COUNSELOR})


def test_generators_are_accepted_for_collections() -> None:
    record = Officer(id="X", service_periods=(ServicePeriod(start=D) for _ in range(2)))
    assert record.service_periods == (ServicePeriod(start=D), ServicePeriod(start=D))


def test_unknown_is_the_default_and_empty_means_none() -> None:
    """Every fact defaults to None (unknown); an empty collection is "known to be none"."""
    blank = Officer(id="X")
    assert all(getattr(blank, f.name) is None for f in attrs.fields(Officer) if f.name != "id")
    assert Officer(id="X", conduct_records=[]).conduct_records == ()


def test_records_are_frozen_hashable_and_compared_by_value() -> None:
    one, two = assignment(), assignment()
    assert one == two
    assert hash(one) == hash(two)
    assert len({one, two}) == 1
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        one.start = D  # type: ignore[misc]


def test_records_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Agency("Durham PD", AgencyKind.POLICE_DEPARTMENT)  # type: ignore[call-arg]


def test_end_may_equal_start() -> None:
    assert ServicePeriod(start=D, end=D).end == D
    assert _assignment(end=D).end == D


def test_law_enforcement_agencies_are_the_first_five_kinds() -> None:
    kinds = list(AgencyKind)
    assert [Agency(name="A", kind=k).is_law_enforcement for k in kinds] == [True] * 5 + [False] * 2


def test_elementary_or_secondary_levels() -> None:
    """34 U.S.C. § 10389(4)(A): "an elementary or secondary school"."""
    covered = {
        level for level in SchoolLevel if School(name="S", level=level).is_elementary_or_secondary
    }
    assert covered == {
        SchoolLevel.ELEMENTARY,
        SchoolLevel.MIDDLE,
        SchoolLevel.HIGH,
        SchoolLevel.COMBINED_K12,
    }


def test_defaults_and_enum_values() -> None:
    assert School(name="S", level=SchoolLevel.HIGH).sector is SchoolSector.PUBLIC
    assert ConductRecord(kind=ConductKind.COMPLAINT, on=D).disposition is Disposition.UNRECORDED
    assert AgencyKind.POLICE_DEPARTMENT.value == "police_department"
    assert [p.value for p in FederalPurpose] == list("ABCDEFG")
    assert FederalPurpose.G.text.endswith("to recommend procedural changes")
    assert next(iter(SroAction)) is SroAction.NO_ACTION


def test_no_mou_is_a_known_absence() -> None:
    assert _assignment(mou=NO_MOU).mou is NO_MOU
    assert repr(NO_MOU) == "NO_MOU"
    assert _assignment().mou is None
    assert mou(roles_defined=TRIAD).roles_defined == TRIAD


def test_a_rejected_record_leaves_nothing_behind() -> None:
    """Bad input changes nothing: evolve on a valid record that fails leaves the record as it was."""
    good = officer()
    with pytest.raises(InvalidRecordError):
        attrs.evolve(good, sworn="yes")  # type: ignore[arg-type]
    assert good == officer()


def test_records_of_different_classes_are_never_equal() -> None:
    assert ServicePeriod(start=D) != ConductRecord(kind=ConductKind.COMPLAINT, on=D)
    assert Agency(name="A", kind=AgencyKind.STATE_POLICE) != ("A", AgencyKind.STATE_POLICE)


def test_records_show_every_field() -> None:
    assert repr(Agency(name="A", kind=AgencyKind.STATE_POLICE)) == (
        "Agency(name='A', kind=<AgencyKind.STATE_POLICE: 'state_police'>)"
    )
