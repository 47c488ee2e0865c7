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
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

from sro_domain._value import Value
from sro_domain.models import Assignment, School
from sro_domain.outcome import Outcome
from sro_domain.rules import Standard

__all__ = ["ProgramSummary", "summarize"]


class ProgramSummary(Value):
    """Outcome counts, uncovered schools and the commonest failures, per standard.

    Attributes:
        as_of: the date asked about.
        counts: per standard id, how many assignments had each outcome.
        uncovered: per standard id, the roster's schools with no assignment meeting it.
        common_failures: per standard id, ``(rule id, count)`` of the rules not met, commonest
            first (ties by rule id).
    """

    __slots__ = ("as_of", "common_failures", "counts", "uncovered")
    _fields = ("as_of", "counts", "uncovered", "common_failures")
    _repr_fields = ("as_of",)

    as_of: date
    counts: Mapping[str, Mapping[Outcome, int]]
    uncovered: Mapping[str, tuple[School, ...]]
    common_failures: Mapping[str, tuple[tuple[str, int], ...]]

    def __init__(self, as_of: date, counts: Any, uncovered: Any, common_failures: Any) -> None:
        object.__setattr__(self, "as_of", as_of)
        object.__setattr__(self, "counts", MappingProxyType(counts))
        object.__setattr__(self, "uncovered", MappingProxyType(uncovered))
        object.__setattr__(self, "common_failures", MappingProxyType(common_failures))

    def _key(self) -> tuple[Any, ...]:
        return (
            self.as_of,
            {k: dict(v) for k, v in self.counts.items()},
            dict(self.uncovered),
            dict(self.common_failures),
        )


def summarize(
    assignments: Iterable[Assignment],
    standards: Iterable[Standard],
    *,
    as_of: date,
    schools: Iterable[School],
) -> ProgramSummary:
    """Roll up many assignments under each standard at ``as_of``.

    ``schools`` is the roster: a school with no assignment at all is listed as uncovered too.
    A pure function of its arguments; the assignments are read once.

    Raises:
        TypeError: a standard does not read assignments.
        NotInForceError: a standard's source is not in force on ``as_of``.
    """
    chosen = list(standards)
    for standard in chosen:
        if standard.subject is not Assignment:
            raise TypeError(
                f"{standard.id} reads {standard.subject.__name__} records, not assignments"
            )
    roster = list(dict.fromkeys(schools))
    counts = {s.id: dict.fromkeys(Outcome, 0) for s in chosen}
    covered: dict[str, set[School]] = {s.id: set() for s in chosen}
    failures: dict[str, Counter[str]] = {s.id: Counter() for s in chosen}
    for assignment in assignments:
        for standard in chosen:
            verdict = standard.evaluate(assignment, as_of=as_of)
            counts[standard.id][verdict.outcome] += 1
            if verdict.met:
                covered[standard.id].update(assignment.schools)
            failures[standard.id].update(leaf.id for leaf in verdict.failures())
    uncovered = {
        sid: tuple(school for school in roster if school not in covered[sid]) for sid in covered
    }
    common = {
        sid: tuple(sorted(counter.items(), key=lambda item: (-item[1], item[0])))
        for sid, counter in failures.items()
    }
    return ProgramSummary(
        as_of, {sid: MappingProxyType(c) for sid, c in counts.items()}, uncovered, common
    )
