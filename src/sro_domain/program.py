"""Program roll-ups for dashboards: many assignments, one date, counts and gaps.

>>> from datetime import date
>>> from sro_domain import FEDERAL_DEFINITION, School, SchoolLevel
>>> from sro_domain.examples import COMMUNITY_SRO, SECURITY_GUARD
>>> roster = [*COMMUNITY_SRO.schools, *SECURITY_GUARD.schools,
...           School(name="Riverside High School", level=SchoolLevel.HIGH)]
>>> summary = summarize([COMMUNITY_SRO, SECURITY_GUARD], [FEDERAL_DEFINITION],
...                     as_of=date(2024, 9, 3), schools=roster)
>>> summary.counts["federal-definition"][Outcome.MET]
1
>>> sorted(school.name for school in summary.uncovered["federal-definition"])
['Green Middle School', 'Riverside High School']
>>> summary.common_failures["federal-definition"][0]
('federal.assigned_by_employer', 1)

A standard that does not reach a posting counts it as not applicable, apart from MET (decision
S1 in ``docs/decisions.md``): a vacuous MET is no compliance.

>>> from sro_domain import COPS_CHP
>>> chp = summarize([COMMUNITY_SRO, SECURITY_GUARD], [COPS_CHP], as_of=date(2024, 9, 3),
...                 schools=roster)
>>> chp.counts["cops-chp"][Outcome.MET], chp.not_applicable["cops-chp"]
(0, 0)
>>> chp.common_unknowns["cops-chp"][0]
('assignment.funding', 2)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

from sro_domain._value import Value
from sro_domain.errors import NotInForceError
from sro_domain.models import Assignment, School
from sro_domain.outcome import Outcome
from sro_domain.rules import Standard

__all__ = ["ProgramSummary", "summarize"]


class ProgramSummary(Value):
    """Outcome counts, uncovered schools and the commonest failures and unknowns, per standard.

    For each standard, ``counts`` (MET, NOT_MET, UNKNOWN), ``not_applicable`` and
    ``not_in_force`` add up to the number of assignments.

    Attributes:
        as_of: the date asked about.
        counts: per standard id, how many assignments had each outcome; MET counts only the
            assignments the standard reaches.
        not_applicable: per standard id, how many assignments it does not reach (their outcome
            is MET, vacuously; decision S1).
        not_in_force: per standard id, how many assignments it could not be asked about on
            ``as_of`` (its source, or a nested standard's, is not in force then).
        uncovered: per standard id, the roster's schools with no reached assignment meeting it.
        common_failures: per standard id, ``(rule id, count)`` of the rules not met, commonest
            first (ties by rule id).
        common_unknowns: per standard id, ``(path, count)`` of the facts missing from the
            UNKNOWN verdicts, commonest first (ties by path): what to go and find out.
    """

    __slots__ = (
        "as_of",
        "common_failures",
        "common_unknowns",
        "counts",
        "not_applicable",
        "not_in_force",
        "uncovered",
    )
    _fields = (
        "as_of",
        "counts",
        "not_applicable",
        "not_in_force",
        "uncovered",
        "common_failures",
        "common_unknowns",
    )
    _repr_fields = ("as_of",)

    as_of: date
    counts: Mapping[str, Mapping[Outcome, int]]
    not_applicable: Mapping[str, int]
    not_in_force: Mapping[str, int]
    uncovered: Mapping[str, tuple[School, ...]]
    common_failures: Mapping[str, tuple[tuple[str, int], ...]]
    common_unknowns: Mapping[str, tuple[tuple[str, int], ...]]

    def __init__(
        self,
        as_of: date,
        counts: Any,
        uncovered: Any,
        common_failures: Any,
        *,
        not_applicable: Any = None,
        not_in_force: Any = None,
        common_unknowns: Any = None,
    ) -> None:
        object.__setattr__(self, "as_of", as_of)
        object.__setattr__(self, "counts", MappingProxyType(counts))
        object.__setattr__(self, "not_applicable", MappingProxyType(dict(not_applicable or {})))
        object.__setattr__(self, "not_in_force", MappingProxyType(dict(not_in_force or {})))
        object.__setattr__(self, "uncovered", MappingProxyType(uncovered))
        object.__setattr__(self, "common_failures", MappingProxyType(common_failures))
        object.__setattr__(self, "common_unknowns", MappingProxyType(dict(common_unknowns or {})))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self._key(),))

    def _key(self) -> tuple[Any, ...]:
        return (
            self.as_of,
            {k: dict(v) for k, v in self.counts.items()},
            dict(self.not_applicable),
            dict(self.not_in_force),
            dict(self.uncovered),
            dict(self.common_failures),
            dict(self.common_unknowns),
        )


def _rebuild(key: tuple[Any, ...]) -> ProgramSummary:
    as_of, counts, not_applicable, not_in_force, uncovered, failures, unknowns = key
    return ProgramSummary(
        as_of,
        {sid: MappingProxyType(c) for sid, c in counts.items()},
        uncovered,
        failures,
        not_applicable=not_applicable,
        not_in_force=not_in_force,
        common_unknowns=unknowns,
    )


def _commonest(counter: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def summarize(
    assignments: Iterable[Assignment],
    standards: Iterable[Standard],
    *,
    as_of: date,
    schools: Iterable[School],
) -> ProgramSummary:
    """Roll up many assignments under each standard at ``as_of``.

    ``schools`` is the roster: a school with no assignment at all is listed as uncovered too.
    A standard not in force on ``as_of`` for an assignment is counted as such rather than
    raising. A pure function of its arguments; the assignments are read once.

    Raises:
        TypeError: a standard does not read assignments.
    """
    chosen = list(standards)
    for standard in chosen:
        if standard.subject is not Assignment:
            raise TypeError(
                f"{standard.id} reads {standard.subject.__name__} records, not assignments"
            )
    roster = list(dict.fromkeys(schools))
    counts = {s.id: dict.fromkeys(Outcome, 0) for s in chosen}
    not_applicable = dict.fromkeys(counts, 0)
    not_in_force = dict.fromkeys(counts, 0)
    covered: dict[str, set[School]] = {s.id: set() for s in chosen}
    failures: dict[str, Counter[str]] = {s.id: Counter() for s in chosen}
    unknowns: dict[str, Counter[str]] = {s.id: Counter() for s in chosen}
    for assignment in assignments:
        for standard in chosen:
            try:
                verdict = standard.evaluate(assignment, as_of=as_of)
            except NotInForceError:
                not_in_force[standard.id] += 1
                continue
            if verdict.applies is Outcome.NOT_MET:
                not_applicable[standard.id] += 1
                continue
            counts[standard.id][verdict.outcome] += 1
            if verdict.met:
                covered[standard.id].update(assignment.schools)
            failures[standard.id].update(leaf.id for leaf in verdict.failures())
            unknowns[standard.id].update(verdict.missing)
    uncovered = {
        sid: tuple(school for school in roster if school not in covered[sid]) for sid in covered
    }
    return ProgramSummary(
        as_of,
        {sid: MappingProxyType(c) for sid, c in counts.items()},
        uncovered,
        {sid: _commonest(counter) for sid, counter in failures.items()},
        not_applicable=not_applicable,
        not_in_force=not_in_force,
        common_unknowns={sid: _commonest(counter) for sid, counter in unknowns.items()},
    )
