"""Benchmarks for sro_domain: speed against a hand-written floor and a peer, import time, memory.

Run from a clone, after ``pip install -e '.[bench]'``::

    python benchmarks/run.py            # the full run (10,000 records, many import samples)
    python benchmarks/run.py --quick    # a smaller, faster run for a first look

Every timing is a median of repeated runs, and every figure is printed next to its baseline
from the same run, so the ratios hold on any machine. The script exits with status 1 when a
target of the performance issue is missed:

* ``holds`` at most 3 x the floor; ``evaluate`` at most 15 x the floor and at least 3 x faster
  than the peer (``rule-engine``);
* ``import sro_domain`` at most 1.5 x ``import attrs`` (cumulative ``-X importtime``, medians);
* the ``tracemalloc`` peak over 100,000 streamed evaluations at most 1.1 x the peak over 10,000;
* ``from_data`` at most 1.3 x a hand-written dict-to-attrs constructor call, and
  ``sro-domain check`` on a 100,000-record roster at most 20 x (``--format json``), 15 x
  (``text``) and 12 x (``csv``) the time ``json.loads`` takes to read the same file
  (``edges.py``);
* ``timeline`` over ten years at most 50 x one ``evaluate`` of the same standard and subject.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import os
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from typing import Any

import edges

from sro_domain import (
    FEDERAL_DEFINITION,
    NASRO_SELECTION,
    TRIAD,
    Agency,
    AgencyKind,
    Assignment,
    ConductKind,
    ConductRecord,
    Disposition,
    FederalPurpose,
    Officer,
    Outcome,
    Partner,
    School,
    SchoolLevel,
    ServicePeriod,
    Training,
    TrainingKind,
    UndeterminedError,
    experience_on,
    experience_reached_on,
)

AS_OF = date(2024, 9, 3)
DAY = timedelta(days=1)

# --- records ---------------------------------------------------------------------------------

AGENCIES = [
    Agency(name="Durham Police Department", kind=AgencyKind.POLICE_DEPARTMENT),
    Agency(name="Wake County Sheriff's Office", kind=AgencyKind.SHERIFFS_OFFICE),
    Agency(name="Durham Public Schools Police", kind=AgencyKind.SCHOOL_DISTRICT_POLICE),
    Agency(name="Acme Protective Services", kind=AgencyKind.PRIVATE_SECURITY),
]
SCHOOLS = [
    School(name="Hillside High School", level=SchoolLevel.HIGH),
    School(name="Lakewood Elementary", level=SchoolLevel.ELEMENTARY),
    School(name="Durham Tech", level=SchoolLevel.POSTSECONDARY),
]


def _maybe(rng: random.Random, value: Any, unknown: float = 0.08) -> Any:
    return None if rng.random() < unknown else value


def _officer(rng: random.Random, index: int) -> Officer:
    periods = []
    start = date(2004, 1, 1) + timedelta(days=rng.randrange(7000))
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        length = rng.randrange(200, 3000)
        end = None if rng.random() < 0.5 else start + timedelta(days=length)
        periods.append(ServicePeriod(start=start, end=end))
        start = start + timedelta(days=length + rng.randrange(-100, 700))
    trainings = [
        Training(
            course="course",
            kind=rng.choice(list(TrainingKind)),
            hours=rng.choice([8, 16, 24, 40]),
            completed_on=date(2010, 1, 1) + timedelta(days=rng.randrange(5400)),
            roles=TRIAD if rng.random() < 0.5 else frozenset(),
        )
        for _ in range(rng.randrange(4))
    ]
    records = [
        ConductRecord(
            kind=rng.choice(list(ConductKind)),
            on=date(2008, 1, 1) + timedelta(days=rng.randrange(6000)),
            involves_youth=_maybe(rng, rng.random() < 0.3, 0.1),
            disposition=rng.choice(list(Disposition)),
        )
        for _ in range(rng.choice([0, 0, 0, 1, 2]))
    ]
    employer = rng.choice(AGENCIES)
    return Officer(
        id=f"O-{index}",
        sworn=_maybe(rng, rng.random() < 0.9),
        certified=_maybe(rng, rng.random() < 0.9),
        hired_permanently=_maybe(rng, rng.random() < 0.95),
        law_enforcement_authority=_maybe(rng, employer.is_law_enforcement),
        employer=_maybe(rng, employer),
        service_periods=_maybe(rng, tuple(periods)),
        trainings=_maybe(rng, tuple(trainings)),
        conduct_records=_maybe(rng, tuple(records)),
        volunteered=_maybe(rng, rng.random() < 0.9),
        seeks_youth_relationships=_maybe(rng, rng.random() < 0.9),
    )


def _assignment(rng: random.Random, index: int) -> Assignment:
    officer = _officer(rng, index)
    agency = officer.employer if officer.employer and rng.random() < 0.9 else rng.choice(AGENCIES)
    start = date(2018, 1, 1) + timedelta(days=rng.randrange(2400))
    return Assignment(
        officer=officer,
        agency=agency,
        schools=frozenset(rng.sample(SCHOOLS, rng.choice([1, 1, 2]))),
        start=start,
        end=None if rng.random() < 0.7 else start + timedelta(days=rng.randrange(100, 1500)),
        permanent=_maybe(rng, rng.random() < 0.85),
        community_oriented_policing=_maybe(rng, rng.random() < 0.9),
        partners=_maybe(rng, frozenset(Partner) if rng.random() < 0.8 else frozenset()),
        purposes=_maybe(
            rng, frozenset(FederalPurpose) if rng.random() < 0.7 else frozenset({FederalPurpose.A})
        ),
        roles=_maybe(rng, TRIAD),
    )


def officers(count: int, seed: int = 1) -> Iterator[Officer]:
    """``count`` varied officers, the same for the same seed; about 8% of facts unknown."""
    rng = random.Random(seed)
    for index in range(count):
        yield _officer(rng, index)


def assignments(count: int, seed: int = 2) -> Iterator[Assignment]:
    """``count`` varied assignments, the same for the same seed."""
    rng = random.Random(seed)
    for index in range(count):
        yield _assignment(rng, index)


# --- the floor: the same outcomes, written directly --------------------------------------------


def _kleene_and(*values: bool | None) -> bool | None:
    if False in values:
        return False
    if None in values:
        return None
    return True


def _anniversary(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return date(start.year + years, 3, 1)


def _years_met(periods: Sequence[ServicePeriod], as_of: date, years: int) -> bool:
    last_day = as_of - DAY
    spans = sorted(
        (p.start, last_day if p.end is None or p.end > last_day else p.end)
        for p in periods
        if p.start < as_of
    )
    blocks: list[list[date]] = []
    for first, last in spans:
        if blocks and first <= blocks[-1][1] + DAY:
            blocks[-1][1] = max(blocks[-1][1], last)
        else:
            blocks.append([first, last])
    served = 0
    for first, last in reversed(blocks):
        served += (last - first).days + 1
        if first + timedelta(days=served) >= _anniversary(first, years):
            return True
    return False


def floor_selection(officer: Officer, as_of: date) -> Outcome:
    """NASRO_SELECTION's outcome (default parameters), written directly: no explanation."""
    periods = officer.service_periods
    experience = None if periods is None else _years_met(periods, as_of, 3)
    records = officer.conduct_records
    clean: bool | None
    if records is None:
        clean = None
    else:
        clean = True
        for record in records:
            if record.on <= as_of:
                if record.involves_youth is True:
                    clean = False
                    break
                if record.involves_youth is None:
                    clean = None
    value = _kleene_and(experience, officer.seeks_youth_relationships, clean, officer.volunteered)
    return Outcome.of(value)


_ALL_PURPOSES = frozenset(FederalPurpose)
_BOTH_PARTNERS = frozenset(Partner)


def floor_federal(assignment: Assignment, as_of: date) -> Outcome:
    """FEDERAL_DEFINITION's outcome (default parameters), written directly: no explanation."""
    officer = assignment.officer
    in_effect = assignment.start <= as_of and (assignment.end is None or as_of <= assignment.end)
    career = _kleene_and(officer.hired_permanently, officer.law_enforcement_authority)
    agency = assignment.agency
    employer = officer.employer
    assigned: bool | None
    if not agency.is_law_enforcement:
        assigned = False
    elif employer is None:
        assigned = None
    else:
        assigned = employer == agency
    partners = assignment.partners
    purposes = assignment.purposes
    value = _kleene_and(
        in_effect,
        career,
        officer.sworn,
        assignment.community_oriented_policing,
        assigned,
        None if partners is None else partners >= _BOTH_PARTNERS,
        None if purposes is None else purposes >= _ALL_PURPOSES,
        any(school.is_elementary_or_secondary for school in assignment.schools),
    )
    return Outcome.of(value)


# --- the peer: rule-engine, one rule per criterion, over dicts ----------------------------------


def _peer_rules() -> tuple[list[Any], list[Any]]:
    import rule_engine  # noqa: PLC0415 - a benchmark-only dependency

    def rule(text: str) -> Any:
        return rule_engine.Rule(text)

    selection = [
        rule("experience_years != null and experience_years >= 3"),
        rule("seeks_youth_relationships == true"),
        rule(
            "conduct_records != null and "
            "[r for r in conduct_records if r['on'] <= as_of and r['involves_youth'] == true].is_empty"
        ),
        rule("volunteered == true"),
    ]
    federal = [
        rule("start <= as_of and (end == null or as_of <= end)"),
        rule("hired_permanently == true and law_enforcement_authority == true"),
        rule("sworn == true"),
        rule("community_oriented_policing == true"),
        rule(
            "agency_kind in ['police_department', 'sheriffs_office', 'state_police', "
            "'school_district_police', 'other_law_enforcement'] and employer_name == agency_name "
            "and employer_kind == agency_kind"
        ),
        rule(
            "partners != null and 'schools' in partners and 'community_organizations' in partners"
        ),
        rule(
            "purposes != null and 'A' in purposes and 'B' in purposes and 'C' in purposes and "
            "'D' in purposes and 'E' in purposes and 'F' in purposes and 'G' in purposes"
        ),
        rule(
            "[l for l in school_levels if l in ['elementary', 'middle', 'high', "
            "'combined_k12']].length > 0"
        ),
    ]
    return selection, federal


def officer_dict(officer: Officer, as_of: date) -> dict[str, Any]:
    """The officer as the peer reads it, with experience precomputed."""
    length = experience_on(officer, as_of)  # the peer cannot compute experience itself
    return {
        "as_of": as_of,
        "experience_years": None if length is None else length.years,
        "seeks_youth_relationships": officer.seeks_youth_relationships,
        "volunteered": officer.volunteered,
        "conduct_records": None
        if officer.conduct_records is None
        else [{"on": r.on, "involves_youth": r.involves_youth} for r in officer.conduct_records],
    }


def assignment_dict(assignment: Assignment, as_of: date) -> dict[str, Any]:
    """The assignment as the peer reads it."""
    officer = assignment.officer
    return {
        "as_of": as_of,
        "start": assignment.start,
        "end": assignment.end,
        "hired_permanently": officer.hired_permanently,
        "law_enforcement_authority": officer.law_enforcement_authority,
        "sworn": officer.sworn,
        "community_oriented_policing": assignment.community_oriented_policing,
        "agency_name": assignment.agency.name,
        "agency_kind": assignment.agency.kind.value,
        "employer_name": officer.employer.name if officer.employer else None,
        "employer_kind": officer.employer.kind.value if officer.employer else None,
        "partners": None if assignment.partners is None else [p.value for p in assignment.partners],
        "purposes": None if assignment.purposes is None else [p.value for p in assignment.purposes],
        "school_levels": [s.level.value for s in assignment.schools],
    }


# --- measuring -------------------------------------------------------------------------------


def median_seconds(work: Callable[[], object], repeats: int) -> float:
    """The median wall time of ``repeats`` runs of ``work``."""
    samples = []
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _each(call: Callable[[Any], object], items: Sequence[Any]) -> Callable[[], None]:
    """Call ``call`` on every item, keeping no result (as a streaming caller would)."""

    def work() -> None:
        for item in items:
            call(item)

    return work


def _holds(standard: Any, subjects: Sequence[Any]) -> Callable[[], None]:
    def work() -> None:
        for subject in subjects:
            with contextlib.suppress(UndeterminedError):  # UNKNOWN is an answer too
                standard.holds(subject, as_of=AS_OF)

    return work


def speed(count: int, repeats: int) -> list[tuple[str, float, float]]:
    """Per-record seconds for each method, and the ratio to the floor of the same standard."""
    officer_list = list(officers(count))
    assignment_list = list(assignments(count))
    for officer in officer_list:
        assert (
            floor_selection(officer, AS_OF)
            is NASRO_SELECTION.evaluate(officer, as_of=AS_OF).outcome
        )
    for assignment in assignment_list:
        assert (
            floor_federal(assignment, AS_OF)
            is FEDERAL_DEFINITION.evaluate(assignment, as_of=AS_OF).outcome
        )
    selection_rules, federal_rules = _peer_rules()
    officer_dicts = [officer_dict(o, AS_OF) for o in officer_list]
    assignment_dicts = [assignment_dict(a, AS_OF) for a in assignment_list]

    rows: list[tuple[str, float, float]] = []
    cases = [
        (
            "nasro-selection",
            NASRO_SELECTION,
            officer_list,
            floor_selection,
            selection_rules,
            officer_dicts,
        ),
        (
            "federal-definition",
            FEDERAL_DEFINITION,
            assignment_list,
            floor_federal,
            federal_rules,
            assignment_dicts,
        ),
    ]
    for name, standard, subjects, floor, rules, dicts in cases:
        timings = {
            "floor (hand-written)": median_seconds(
                _each(lambda x, f=floor: f(x, AS_OF), subjects), repeats
            ),
            "holds": median_seconds(_holds(standard, subjects), repeats),
            "evaluate": median_seconds(
                _each(lambda x, st=standard: st.evaluate(x, as_of=AS_OF), subjects), repeats
            ),
            "evaluate + explain": median_seconds(
                _each(lambda x, st=standard: st.evaluate(x, as_of=AS_OF).explain(), subjects),
                repeats,
            ),
            "peer (rule-engine)": median_seconds(
                _each(lambda x, r=rules: [rule.matches(x) for rule in r], dicts),
                max(1, repeats // 2),
            ),
        }
        floor_time = timings["floor (hand-written)"]
        for method, seconds in timings.items():
            rows.append((f"{name}: {method}", seconds / len(subjects), seconds / floor_time))
    return rows


def _cumulative_import_us(module: str, env: dict[str, str]) -> int:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    for line in result.stderr.splitlines():
        parts = [part.strip() for part in line.split("|")]
        if len(parts) == 3 and parts[2] == module:
            return int(parts[1])
    raise RuntimeError(f"no import time reported for {module}")


def import_times(runs: int) -> tuple[float, float, float]:
    """Medians of ``import attrs``, ``import sro_domain`` (cumulative µs) and their ratio.

    Each is imported in a fresh interpreter, with bytecode cached.

    The two are measured in alternation, so that a machine busy for a while slows both alike.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for module in ("attrs", "sro_domain"):
        subprocess.run([sys.executable, "-c", f"import {module}"], check=True, env=env)
    attrs_us, ours_us, ratios = [], [], []
    for _ in range(runs):
        baseline = _cumulative_import_us("attrs", env)
        ours = _cumulative_import_us("sro_domain", env)
        attrs_us.append(baseline)
        ours_us.append(ours)
        ratios.append(ours / baseline)
    return statistics.median(attrs_us), statistics.median(ours_us), statistics.median(ratios)


def memory_per_item(make: Callable[[], list[Any]], count: int) -> float:
    """Bytes allocated by ``make()`` and still held, per item."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    items = make()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del items
    return (after - before) / count


def streaming_peak(count: int) -> int:
    """The tracemalloc peak while evaluating ``count`` generated assignments one at a time."""
    gc.collect()
    tracemalloc.start()
    met = 0
    for assignment in assignments(count, seed=3):
        verdict = FEDERAL_DEFINITION.evaluate(assignment, as_of=AS_OF)
        met += verdict.outcome is Outcome.MET
        verdict.explain()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def _reached_on(count: int) -> Callable[[], object]:
    # Two-day periods every third day: separate blocks, and three years reached at both sizes.
    periods = [
        ServicePeriod(start=day, end=day + DAY)
        for day in (date(1990, 1, 1) + timedelta(days=3 * i) for i in range(count))
    ]
    officer = Officer(id="many-periods", service_periods=periods)
    return lambda: experience_reached_on(officer, 3)


def _edges(count: int, repeats: int, failures: list[str]) -> None:
    """Decoding against a hand-written constructor; the command line against ``json.loads``."""
    roster = 10 * count
    print(f"\nThe edges: decoding, and `sro-domain check --standard {edges.STANDARD}` on "
          f"{roster:,} generated assignments")  # fmt: skip
    hand, ours = edges.decoding(list(assignments(count, seed=7)), repeats)
    ratio = ours / hand
    print(f"  hand-written dict-to-attrs constructor call  {hand * 1e6:8.2f} us   1.00x")
    print(f"  from_data                                     {ours * 1e6:8.2f} us {ratio:6.2f}x"
          "  (target 1.3x)")  # fmt: skip
    if ratio > 1.3:
        failures.append(f"from_data is {ratio:.2f}x the hand-written constructor (target 1.3x)")
    walls = edges.command_line(assignments(roster, seed=7), 1 if roster > 20_000 else 3)
    print("  each against json.loads of every line (the floor), run just before and after it")
    for name, _, target in edges.FORMATS:
        wall, floor = walls[name]
        times = wall / floor
        shown = f"  (target {target:g}x)" if target else ""
        print(f"  check --format {name:22} {wall:7.2f} s vs {floor:5.2f} s  {times:6.2f}x{shown}")
        if target and times > target:
            failures.append(f"check --format {name} is {times:.1f}x the json.loads floor "
                            f"(target {target:g}x)")  # fmt: skip


TIMELINED = ("nasro-assignment", "nc-training", "cops-chp", "nc-statute", "federal-definition")


def _timelines(count: int, repeats: int, failures: list[str]) -> None:
    """A ten-year timeline against one evaluation, per standard, over generated assignments."""
    from sro_domain import STANDARDS, timeline  # noqa: PLC0415 - this section's alone

    sample = list(assignments(count // 10, seed=8))
    first, last = date(2016, 1, 1), date(2025, 12, 31)
    print(f"\ntimeline over ten years ({first}..{last}) against one evaluate, "
          f"{len(sample):,} assignments")  # fmt: skip
    for standard_id in TIMELINED:
        standard = STANDARDS[standard_id]
        evaluate = functools.partial(standard.evaluate, as_of=AS_OF)
        one = median_seconds(_each(evaluate, sample), repeats)
        spans = median_seconds(
            _each(functools.partial(timeline, standard, start=first, end=last), sample), repeats
        )
        ratio = spans / one
        print(f"  {standard_id:20} evaluate {one / len(sample) * 1e6:8.2f} us; timeline "
              f"{spans / len(sample) * 1e6:9.2f} us {ratio:6.2f}x  (target 50x)")  # fmt: skip
        if ratio > 50:
            failures.append(f"{standard_id}: timeline is {ratio:.1f}x one evaluate (target 50x)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run every benchmark, print the table, and return 1 if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer records, repeats and samples")
    args = parser.parse_args(argv)
    count, repeats, import_runs = (2_000, 3, 11) if args.quick else (10_000, 7, 41)
    failures: list[str] = []

    print(f"Speed over {count:,} officers and {count:,} assignments (median of {repeats} runs)")
    print(f"{'':52} {'per record':>12} {'x floor':>9}")
    rows = speed(count, repeats)
    for label, per_record, ratio in rows:
        print(f"  {label:50} {per_record * 1e6:9.2f} us {ratio:8.2f}x")
    by_label = {label: ratio for label, _, ratio in rows}
    for name in ("nasro-selection", "federal-definition"):
        holds = by_label[f"{name}: holds"]
        evaluate = by_label[f"{name}: evaluate"]
        peer = by_label[f"{name}: peer (rule-engine)"]
        print(f"  {name}: evaluate is {peer / evaluate:.1f}x faster than the peer")
        if holds > 3:
            failures.append(f"{name}: holds is {holds:.2f}x the floor (target 3x)")
        if evaluate > 15:
            failures.append(f"{name}: evaluate is {evaluate:.2f}x the floor (target 15x)")
        if peer / evaluate < 3:
            failures.append(
                f"{name}: evaluate only {peer / evaluate:.1f}x faster than the peer (target 3x)"
            )

    print(f"\nImport time, cumulative -X importtime, median of {import_runs} fresh interpreters")
    attrs_us, ours_us, ratio = import_times(import_runs)
    print(f"  import attrs        {attrs_us / 1000:7.2f} ms")
    print(f"  import sro_domain   {ours_us / 1000:7.2f} ms  (median ratio {ratio:.2f}x attrs)")
    if ratio > 1.5:
        failures.append(f"import sro_domain is {ratio:.2f}x import attrs (target 1.5x)")

    print("\nexperience_reached_on, two-day periods every third day (O(n log n))")
    seconds = {n: median_seconds(_reached_on(n), 3) for n in (1_000, 10_000)}
    growth = seconds[10_000] / seconds[1_000]
    print(f"  1,000 periods {seconds[1_000] * 1e3:8.2f} ms; 10,000 periods "
          f"{seconds[10_000] * 1e3:8.2f} ms ({growth:.1f}x; target 15x)")  # fmt: skip
    if growth > 15:
        failures.append(f"experience_reached_on grew {growth:.1f}x from 1,000 to 10,000 periods")

    print("\nMemory (tracemalloc)")
    per_officer = memory_per_item(lambda: list(officers(count, seed=5)), count)
    sample = list(assignments(count, seed=6))
    per_verdict = memory_per_item(
        lambda: [FEDERAL_DEFINITION.evaluate(a, as_of=AS_OF) for a in sample], count
    )
    print(f"  per Officer (with its periods, trainings, records)  {per_officer:8.0f} bytes")
    print(f"  per Verdict tree of federal-definition (9 nodes)    {per_verdict:8.0f} bytes")
    small, large = streaming_peak(count), streaming_peak(10 * count)
    print(f"  streaming peak: {small:,} bytes over {count:,}; {large:,} over {10 * count:,} "
          f"({large / small:.2f}x)")  # fmt: skip
    if large > 1.1 * small:
        failures.append(
            f"streaming peak grew {large / small:.2f}x from {count:,} to {10 * count:,} records"
        )

    _timelines(count, repeats, failures)
    _edges(count, repeats, failures)

    print()
    for failure in failures:
        print(f"MISSED: {failure}")
    print("all targets met" if not failures else f"{len(failures)} target(s) missed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
