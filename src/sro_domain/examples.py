"""Three example assignments, used by the demo (``python -m sro_domain``) and the docs.

* :data:`COMMUNITY_SRO` — a sworn, certified city officer assigned to a high school in a way
  that meets NASRO best practice;
* :data:`SECURITY_GUARD` — a private security guard posted at a middle school;
* :data:`CRISIS_PLACEMENT` — a deputy placed temporarily at an elementary school after a
  crisis, with some facts not yet known.

>>> from sro_domain import FEDERAL_DEFINITION
>>> FEDERAL_DEFINITION.evaluate(SECURITY_GUARD, as_of=date(2024, 9, 3)).outcome
<Outcome.NOT_MET: 'not_met'>
"""

from __future__ import annotations

from datetime import date

from sro_domain.models import (
    NO_MOU,
    Agency,
    AgencyKind,
    Assignment,
    AssignmentBasis,
    Duty,
    FederalPurpose,
    Mou,
    NcCommission,
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
    TrainingProvider,
    YearWeeks,
)
from sro_domain.roles import TRIAD, Role

__all__ = ["COMMUNITY_SRO", "CRISIS_PLACEMENT", "EXAMPLES", "SECURITY_GUARD", "demo_text"]

_CITY_POLICE = Agency(name="Raleigh Police Department", kind=AgencyKind.POLICE_DEPARTMENT)
_SHERIFF = Agency(name="Wake County Sheriff's Office", kind=AgencyKind.SHERIFFS_OFFICE)
_GUARDS = Agency(name="Acme Protective Services", kind=AgencyKind.PRIVATE_SECURITY)

COMMUNITY_SRO = Assignment(
    officer=Officer(
        id="RPD-0417",
        sworn=True,
        certified=True,
        hired_permanently=True,
        law_enforcement_authority=True,
        employer=_CITY_POLICE,
        service_periods=[ServicePeriod(start=date(2016, 7, 5), agency=_CITY_POLICE.name)],
        trainings=[
            Training(
                course="Basic Law Enforcement Training",
                kind=TrainingKind.BASIC_LAW_ENFORCEMENT,
                hours=640,
                completed_on=date(2016, 6, 24),
                roles={Role.LAW_ENFORCEMENT},
            ),
            Training(
                course="NASRO Basic School Resource Officer Course",
                kind=TrainingKind.SCHOOL_POLICING,
                hours=40,
                completed_on=date(2024, 6, 21),
                roles=TRIAD,
                provider=TrainingProvider.NASRO,
            ),
        ],
        conduct_records=[],
        screenings=[
            Screening(kind=kind, on=date(2024, 5, 6), passed=True) for kind in ScreeningKind
        ],
        volunteered=True,
        seeks_youth_relationships=True,
        nc_certifications={NcCommission.CRIMINAL_JUSTICE},
    ),
    agency=_CITY_POLICE,
    schools={School(name="Enloe High School", level=SchoolLevel.HIGH)},
    start=date(2024, 8, 19),
    permanent=True,
    basis=AssignmentBasis.ROUTINE,
    community_oriented_policing=True,
    partners=set(Partner),
    purposes=set(FederalPurpose),
    roles=TRIAD,
    mou=Mou(
        signatories=set(Signatory),
        roles_defined=TRIAD,
        requires_selection_and_training=True,
        prohibits_formal_discipline=True,
        signed_on=date(2024, 6, 3),
        parties={Party.LAW_ENFORCEMENT_AGENCY, Party.EDUCATION_AGENCY},
        reviewed_on=date(2024, 6, 3),
        published=True,
    ),
    hours_per_week=40,
    weeks_per_year=[YearWeeks(year=2024, weeks=19), YearWeeks(year=2025, weeks=38)],
    full_time=True,
    primarily_assigned=True,
    under_contract=False,
    duties={
        Duty.SCHOOL_SAFETY,
        Duty.SCHOOL_SECURITY,
        Duty.EMERGENCY_PREPAREDNESS,
        Duty.EMERGENCY_RESPONSE,
    },
)
"""A posting that meets the federal definition, the Center's definition and NASRO best practice."""

SECURITY_GUARD = Assignment(
    officer=Officer(
        id="ACME-22",
        sworn=False,
        certified=False,
        hired_permanently=True,
        law_enforcement_authority=False,
        employer=_GUARDS,
        service_periods=[],
        trainings=[],
        conduct_records=[],
        volunteered=True,
        seeks_youth_relationships=True,
    ),
    agency=_GUARDS,
    schools={School(name="Green Middle School", level=SchoolLevel.MIDDLE)},
    start=date(2024, 8, 19),
    permanent=True,
    basis=AssignmentBasis.ROUTINE,
    community_oriented_policing=False,
    partners={Partner.SCHOOLS},
    purposes=set(),
    roles={Role.COUNSELOR},
    mou=NO_MOU,
)
"""A security guard posted at a school ("The SRO is not necessarily a … security guard")."""

CRISIS_PLACEMENT = Assignment(
    officer=Officer(
        id="WCSO-311",
        sworn=True,
        certified=True,
        hired_permanently=True,
        law_enforcement_authority=True,
        employer=_SHERIFF,
        service_periods=[ServicePeriod(start=date(2022, 1, 10), agency=_SHERIFF.name)],
        trainings=[
            Training(
                course="D.A.R.E. Officer Training",
                kind=TrainingKind.DARE,
                hours=80,
                completed_on=date(2023, 5, 12),
                roles={Role.EDUCATOR},
            ),
        ],
        conduct_records=None,
        volunteered=None,
        seeks_youth_relationships=None,
    ),
    agency=_SHERIFF,
    schools={School(name="Lacy Elementary School", level=SchoolLevel.ELEMENTARY)},
    start=date(2024, 2, 12),
    end=date(2024, 3, 29),
    permanent=False,
    basis=AssignmentBasis.CRISIS_RESPONSE,
    community_oriented_policing=None,
    partners={Partner.SCHOOLS},
    purposes={FederalPurpose.A},
    roles={Role.LAW_ENFORCEMENT},
    mou=None,
)
"""An officer "placed temporarily in a school in response to a crisis situation"."""

EXAMPLES: tuple[tuple[str, Assignment, date], ...] = (
    ("A community-policing SRO at a high school", COMMUNITY_SRO, date(2024, 9, 3)),
    ("A security guard posted at a middle school", SECURITY_GUARD, date(2024, 9, 3)),
    ("A deputy placed temporarily after a crisis", CRISIS_PLACEMENT, date(2024, 3, 1)),
)
"""Each example with a title and the date the demo asks about it."""


def demo_text() -> str:
    """The demo: each example's explained verdicts, and where the "who counts" standards differ.

    The federal, Center for Safer Schools and NASRO standards are explained in full; the
    federal, Center, NC statute and COPS CHP definitions are then compared side by side.
    """
    from sro_domain.comparison import WHO_COUNTS, compare  # noqa: PLC0415 - records first
    from sro_domain.registry import STANDARDS  # noqa: PLC0415 - records do not depend on standards

    shown = ("federal-definition", "safer-schools-definition", "nasro-assignment")
    blocks: list[str] = []
    for title, assignment, as_of in EXAMPLES:
        lines = [f"== {title} (officer {assignment.officer.id}), as of {as_of.isoformat()} =="]
        summary = []
        for standard_id in shown:
            verdict = STANDARDS[standard_id].evaluate(assignment, as_of=as_of)
            summary.append(f"   {standard_id}: {verdict.outcome.label}")
            lines.append("")
            lines.append(verdict.explain())
        lines += ["", compare(assignment, WHO_COUNTS, as_of=as_of).explain()]
        lines += ["", *planning_lines(assignment, as_of)]
        blocks.append("\n".join([lines[0], *summary, *lines[1:]]))
    return "\n\n".join(blocks) + "\n"


PLANNED = "nasro-assignment"
"""The standard whose timeline and remedies the demo shows."""


def planning_lines(assignment: Assignment, as_of: date) -> list[str]:
    """When the example meets NASRO best practice over its year, and what it would take."""
    from sro_domain.planning import remedies, timeline  # noqa: PLC0415 - records first
    from sro_domain.registry import STANDARDS  # noqa: PLC0415

    standard = STANDARDS[PLANNED]
    first, last = date(as_of.year, 1, 1), date(as_of.year, 12, 31)
    lines = [f"When: {PLANNED}, {first.isoformat()} to {last.isoformat()}"]
    lines += [f"    {span}" for span in timeline(standard, assignment, start=first, end=last)]
    found = remedies(standard, assignment, as_of=as_of)
    lines.append(f"What it would take: {PLANNED}, as of {as_of.isoformat()}")
    lines += [f"    {remedy}" for remedy in found] or ["    nothing: it is met"]
    return lines
