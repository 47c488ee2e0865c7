"""A condition on the schools a posting covers: at least one of the levels and sectors a law names.

State laws bind officers posted to particular schools — Virginia's to "public elementary and
secondary schools". :func:`serves_school` writes that as a
:class:`~sro_domain.conditions.Condition` on an :class:`~sro_domain.Assignment`'s ``schools``,
so that evaluation, reasons, remedies, the targeted strategies and the catalogue's worked
examples all derive from it. The schools of a posting are always known (at least one is
required), so the outcome is MET or NOT_MET, never UNKNOWN.

>>> from datetime import date
>>> from sro_domain import SchoolLevel, SchoolSector
>>> from sro_domain.examples import COMMUNITY_SRO
>>> from sro_domain.rules import Context
>>> PUBLIC_K12 = serves_school("a public elementary or secondary school",
...                            sectors={SchoolSector.PUBLIC})
>>> PUBLIC_K12.reason(COMMUNITY_SRO, Context(as_of=date(2024, 9, 3), parameters={}))
'assigned to Enloe High School (high, public); a public elementary or secondary school required'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sro_domain.conditions import Changes, Condition, _members_of, _words, ordered, replaced
from sro_domain.models import School, SchoolLevel, SchoolSector
from sro_domain.outcome import Outcome
from sro_domain.rules import Context, Fix

__all__ = ["ELEMENTARY_OR_SECONDARY", "ServesSchool", "serves_school"]

_MET, _NOT_MET = Outcome.MET, Outcome.NOT_MET
ELEMENTARY_OR_SECONDARY = frozenset(
    {SchoolLevel.ELEMENTARY, SchoolLevel.MIDDLE, SchoolLevel.HIGH, SchoolLevel.COMBINED_K12}
)
"""The levels of an elementary or secondary school (``School.is_elementary_or_secondary``)."""


class ServesSchool(Condition):
    """At least one of the posting's schools is of one of ``levels`` and one of ``sectors``.

    Attributes:
        words: what the school must be, for the reason.
        levels: the :class:`~sro_domain.SchoolLevel` members that count.
        sectors: the :class:`~sro_domain.SchoolSector` members that count.
    """

    __slots__ = ("levels", "sectors", "words")
    _fields = ("words", "levels", "sectors")

    words: str
    levels: frozenset[SchoolLevel]
    sectors: frozenset[SchoolSector]

    def __init__(
        self, words: str, *, levels: Iterable[SchoolLevel], sectors: Iterable[SchoolSector]
    ) -> None:
        counted_levels = _members_of(levels, SchoolLevel, "serves_school")
        counted_sectors = _members_of(sectors, SchoolSector, "serves_school")
        object.__setattr__(self, "words", _words(words))
        object.__setattr__(self, "levels", counted_levels)
        object.__setattr__(self, "sectors", counted_sectors)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt, (self.words, self.levels, self.sectors))

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads."""
        return ("schools",)

    def counts(self, school: School) -> bool:
        """Whether ``school`` is one of the schools required."""
        return school.level in self.levels and school.sector in self.sectors

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record`` (an assignment)."""
        return _MET if any(map(self.counts, record.schools)) else _NOT_MET

    def reason(self, record: Any, context: Context) -> str:
        """The schools covered, against the school required, in words."""
        shown = ", ".join(
            f"{school.name} ({school.level.value.replace('_', ' ')}, {school.sector.value})"
            for school in sorted(record.schools, key=lambda school: school.name)
        )
        return f"assigned to {shown}; {self.words} required"

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The levels and sectors covered, and those that count."""
        return {
            "schools": tuple(sorted(school.name for school in record.schools)),
            "levels": ordered(self.levels),
            "sectors": ordered(self.sectors),
        }

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """Nothing: the schools of a posting are always known."""
        return ()

    def school(self) -> School:
        """The school a remedy adds, and a worked example covers: the most ordinary that counts."""
        level, sector = ordered(self.levels)[0], ordered(self.sectors)[0]
        return School(name=f"an added {sector.value} {level.value.replace('_', ' ')} school",
                      level=level, sector=sector)  # fmt: skip

    def mend(self, record: Any, context: Context) -> Fix:
        """The posting with a school that counts added."""
        added = self.school()
        return Fix(
            "schools",
            f"add {self.words} to the schools covered",
            lambda changed: replaced(changed, "schools", changed.schools | {added}),
        )

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome: a school that counts (met), or only one that does not (not met)."""
        found: dict[Outcome, Changes] = {_MET: {"schools": frozenset({self.school()})}}
        other = _other(self)
        if other is not None:
            found[_NOT_MET] = {"schools": frozenset({other})}
        return found


def _other(condition: ServesSchool) -> School | None:
    """A school that does not count, if there is one."""
    for sector in SchoolSector:
        for level in SchoolLevel:
            if not (level in condition.levels and sector in condition.sectors):
                name = f"a {sector.value} {level.value.replace('_', ' ')} school"
                return School(name=name, level=level, sector=sector)
    return None


def _rebuilt(
    words: str, levels: frozenset[SchoolLevel], sectors: frozenset[SchoolSector]
) -> ServesSchool:
    return ServesSchool(words, levels=levels, sectors=sectors)


def serves_school(
    words: str,
    *,
    levels: Iterable[SchoolLevel] = ELEMENTARY_OR_SECONDARY,
    sectors: Iterable[SchoolSector] = tuple(SchoolSector),
) -> ServesSchool:
    """At least one of the posting's schools is of ``levels`` and of ``sectors``.

    By default, an elementary or secondary school of any sector; ``words`` name it.
    """
    return ServesSchool(words, levels=levels, sectors=sectors)
