"""The edges under load: decoding, and the command line end to end on a generated roster.

Imported by ``run.py``, which prints these rows beside the others. Every figure is a ratio to a
baseline measured in the same run on the same data:

* ``from_data`` against a hand-written dict-to-attrs constructor call (validators on), the
  code a user would write without the codec;
* ``sro-domain check`` in each output format against ``json.loads`` of every line of the same
  file in a fresh interpreter, the floor for merely reading the roster.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sro_domain import (
    NO_MOU,
    Agency,
    AgencyKind,
    Assignment,
    AssignmentBasis,
    ConductKind,
    ConductRecord,
    Disposition,
    Duty,
    FederalPurpose,
    Funding,
    FundingProgram,
    Mou,
    MouSection,
    NcCommission,
    Officer,
    Partner,
    Role,
    School,
    SchoolLevel,
    SchoolSector,
    ServicePeriod,
    Signatory,
    Training,
    TrainingKind,
    YearWeeks,
)
from sro_domain.codec import from_data, to_data

STANDARD = "nasro-assignment"  # the largest built-in standard: 24 rules and standards
AS_OF = "2024-09-03"

# --- the hand-written baseline ---------------------------------------------------------------


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _each(make: Callable[[Any], Any], items: Iterable[Any] | None) -> Any:
    return None if items is None else [make(item) for item in items]


def _members(kind: Any, values: Iterable[str] | None) -> Any:
    return None if values is None else {kind(value) for value in values}


def _agency(data: dict[str, Any] | None) -> Agency | None:
    if data is None:
        return None
    return Agency(name=data["name"], kind=AgencyKind(data["kind"]))


def _school(data: dict[str, Any]) -> School:
    return School(name=data["name"], level=SchoolLevel(data["level"]),
                  sector=SchoolSector(data["sector"]), article_39=data["article_39"])  # fmt: skip


def _period(data: dict[str, Any]) -> ServicePeriod:
    return ServicePeriod(start=date.fromisoformat(data["start"]), end=_day(data["end"]),
                         agency=data["agency"])  # fmt: skip


def _training(data: dict[str, Any]) -> Training:
    return Training(course=data["course"], kind=TrainingKind(data["kind"]),
                    hours=Decimal(data["hours"]), completed_on=date.fromisoformat(data["completed_on"]),
                    roles={Role(role) for role in data["roles"]})  # fmt: skip


def _conduct(data: dict[str, Any]) -> ConductRecord:
    return ConductRecord(kind=ConductKind(data["kind"]), on=date.fromisoformat(data["on"]),
                         involves_youth=data["involves_youth"],
                         disposition=Disposition(data["disposition"]))  # fmt: skip


def _officer(data: dict[str, Any]) -> Officer:
    return Officer(
        id=data["id"], sworn=data["sworn"], certified=data["certified"],
        hired_permanently=data["hired_permanently"],
        law_enforcement_authority=data["law_enforcement_authority"],
        employer=_agency(data["employer"]),
        service_periods=_each(_period, data["service_periods"]),
        trainings=_each(_training, data["trainings"]),
        conduct_records=_each(_conduct, data["conduct_records"]),
        volunteered=data["volunteered"],
        seeks_youth_relationships=data["seeks_youth_relationships"],
        juvenile_case_difficulty=data["juvenile_case_difficulty"],
        nc_certifications=_members(NcCommission, data["nc_certifications"]),
    )  # fmt: skip


def _mou(data: Any) -> Any:
    if data is None or data == NO_MOU.value:
        return None if data is None else NO_MOU
    return Mou(
        signatories=_members(Signatory, data["signatories"]),
        roles_defined=_members(Role, data["roles_defined"]),
        requires_selection_and_training=data["requires_selection_and_training"],
        prohibits_formal_discipline=data["prohibits_formal_discipline"],
        signed_on=_day(data["signed_on"]), sections=_members(MouSection, data["sections"]),
        submitted_on=_day(data["submitted_on"]), submitted=data["submitted"],
    )  # fmt: skip


def hand_assignment(data: dict[str, Any]) -> Assignment:
    """An Assignment from its data, written out by hand: no paths, no problem collection."""
    funding = data["funding"]
    hours, share = data["hours_per_week"], data["share_in_schools"]
    return Assignment(
        officer=_officer(data["officer"]), agency=_agency(data["agency"]),  # type: ignore[arg-type]
        schools={_school(school) for school in data["schools"]},
        start=date.fromisoformat(data["start"]), end=_day(data["end"]),
        permanent=data["permanent"],
        basis=None if data["basis"] is None else AssignmentBasis(data["basis"]),
        community_oriented_policing=data["community_oriented_policing"],
        partners=_members(Partner, data["partners"]),
        purposes=_members(FederalPurpose, data["purposes"]),
        roles=_members(Role, data["roles"]), mou=_mou(data["mou"]),
        hours_per_week=None if hours is None else Decimal(hours),
        weeks_per_year=_each(lambda item: YearWeeks(year=item["year"], weeks=item["weeks"]),
                             data["weeks_per_year"]),
        full_time=data["full_time"],
        share_in_schools=None if share is None else Decimal(share),
        duties=_members(Duty, data["duties"]),
        funding=None if funding is None else Funding(
            program=FundingProgram(funding["program"]),
            award_letter_on=_day(funding["award_letter_on"]),
        ),
        continually_assigned=data["continually_assigned"],
    )  # fmt: skip


# --- measuring -------------------------------------------------------------------------------


def _per_item(work: Callable[[Any], object], items: Sequence[Any], repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        for item in items:
            work(item)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) / len(items)


def decoding(assignments: Sequence[Assignment], repeats: int) -> tuple[float, float]:
    """Seconds per record: the hand-written constructor call, and ``from_data``."""
    datas = [json.loads(json.dumps(to_data(assignment))) for assignment in assignments]
    for data, assignment in zip(datas, assignments, strict=True):
        assert hand_assignment(data) == assignment == from_data(Assignment, data)
    # Alternate the two so that a machine busy for a while slows both alike.
    hand, ours = [], []
    for _ in range(repeats):
        hand.append(_per_item(hand_assignment, datas, 1))
        ours.append(_per_item(lambda data: from_data(Assignment, data), datas, 1))
    return statistics.median(hand), statistics.median(ours)


def _wall(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


# Each format's target, in multiples of the json.loads floor (None: shown, no target). The
# command as a user runs it, on every CPU (--jobs auto, decision D15); then on one process,
# shown beside it so that the cost per record on one core stays in view.
FORMATS: list[tuple[str, list[str], float | None]] = [
    ("json", ["--format", "json"], 20.0),
    ("json --detail leaves", ["--format", "json", "--detail", "leaves"], None),
    ("json --detail summary", ["--format", "json", "--detail", "summary"], None),
    ("text", ["--format", "text"], 15.0),
    ("csv", ["--format", "csv"], 12.0),
    ("json --jobs 1", ["--format", "json", "--jobs", "1"], None),
    ("text --jobs 1", ["--format", "text", "--jobs", "1"], None),
    ("csv --jobs 1", ["--format", "csv", "--jobs", "1"], None),
]


def command_line(assignments: Iterable[Assignment], repeats: int) -> dict[str, tuple[float, float]]:
    """Each format's wall seconds on one roster file, and the floor's measured around it.

    The floor runs before the first format and after each one, and a format is set against the
    mean of the floors just before and just after it: a machine whose speed drifts over the
    minutes a large roster takes slows a format and its floor alike. Medians of ``repeats``.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "roster.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for assignment in assignments:
                handle.write(json.dumps(to_data(assignment)) + "\n")
        floor = [
            sys.executable,
            "-c",
            f"import json\nfor line in open({str(path)!r}): json.loads(line)",
        ]
        commands = {
            name: [sys.executable, "-m", "sro_domain", "check", "--standard", STANDARD,
                   "--as-of", AS_OF, *options, str(path)] for name, options, _ in FORMATS
        }  # fmt: skip
        walls: dict[str, list[float]] = {name: [] for name in commands}
        floors: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(repeats):
            before = _wall(floor)
            for name, command in commands.items():
                walls[name].append(_wall(command))
                after = _wall(floor)
                floors[name].append((before + after) / 2)
                before = after
    return {
        name: (statistics.median(walls[name]), statistics.median(floors[name])) for name in commands
    }
