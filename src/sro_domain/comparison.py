"""Where standards disagree: one subject under several standards, side by side.

"SRO" means different things under different authorities. :func:`compare` evaluates one
subject under several standards at one date and, for every pair whose outcomes differ, names
the rules that make the difference: the ``NOT_MET`` and ``UNKNOWN`` rules of the standard with
the lower outcome (``NOT_MET`` < ``UNKNOWN`` < ``MET``).

>>> from datetime import date
>>> from sro_domain.examples import CRISIS_PLACEMENT
>>> comparison = compare(CRISIS_PLACEMENT, WHO_COUNTS, as_of=date(2024, 3, 1))
>>> comparison.outcomes["safer-schools-definition"]
<Outcome.NOT_MET: 'not_met'>
>>> print(comparison.explain())
Who counts as an SRO, as of 2024-03-01
  federal-definition          NOT MET
  safer-schools-definition    NOT MET
  nc-statute                  NOT MET
  cops-chp                    UNKNOWN (may not apply)
Where they differ:
  federal-definition (NOT MET) vs cops-chp (UNKNOWN): federal.community_policing, federal.collaboration, federal.purposes
  safer-schools-definition (NOT MET) vs cops-chp (UNKNOWN): safer_schools.permanent_assignment
  nc-statute (NOT MET) vs cops-chp (UNKNOWN): nc.statute.hours_per_week, nc.statute.weeks_per_year, nc.statute.duties
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any, cast

from sro_domain._value import Value
from sro_domain.errors import NotInForceError
from sro_domain.outcome import Outcome
from sro_domain.rules import Standard, Verdict
from sro_domain.standards import BY_JURISDICTION, DEFINITIONS
from sro_domain.standards.cops import COPS_CHP
from sro_domain.standards.federal import FEDERAL_DEFINITION
from sro_domain.standards.nasro import NASRO_ASSIGNMENT
from sro_domain.standards.north_carolina import NC_STATUTE
from sro_domain.standards.safer_schools import SAFER_SCHOOLS_DEFINITION

__all__ = ["JURISDICTIONS", "WHO_COUNTS", "WHO_COUNTS_IN", "Comparison", "Difference", "compare"]

WHO_COUNTS: tuple[Standard, ...] = (
    FEDERAL_DEFINITION,
    SAFER_SCHOOLS_DEFINITION,
    NC_STATUTE,
    COPS_CHP,
)
"""Who counts as an SRO: the federal, Center for Safer Schools, NC statute and COPS CHP standards."""

JURISDICTIONS: Mapping[str, tuple[Standard, ...]] = MappingProxyType(dict(BY_JURISDICTION))
"""Every built-in standard of each jurisdiction, by two-letter code: ``"US"`` for the federal
definitions and the COPS Hiring Program, ``"NC"``, ``"UT"``, …; NASRO's best practice belongs to
none (read-only).

>>> [standard.id for standard in JURISDICTIONS["NC"]]
['safer-schools-definition', 'safer-schools-roles', 'nc-statute', 'nc-training']
"""

WHO_COUNTS_IN: Mapping[str, tuple[Standard, ...]] = MappingProxyType(
    {
        code: (
            FEDERAL_DEFINITION,
            NASRO_ASSIGNMENT,
            *(d for d in found if d is not FEDERAL_DEFINITION),
        )
        for code, found in DEFINITIONS.items()
    }
)
"""Per jurisdiction, its definitions of who is an SRO beside the federal one and NASRO's best
practice, for :func:`compare` (read-only).

>>> [standard.id for standard in WHO_COUNTS_IN["UT"]]
['federal-definition', 'nasro-assignment', 'ut-sro']
"""

_RANK = {Outcome.NOT_MET: 0, Outcome.UNKNOWN: 1, Outcome.MET: 2}
# A met standard that does not reach the subject is no "yes" (decision S1).
_REACH = {Outcome.NOT_MET: " (does not apply)", Outcome.UNKNOWN: " (may not apply)"}


class Difference(Value):
    """Two standards that disagree, and the rules of the lower one that make the difference.

    Attributes:
        higher, lower: the standard ids, by outcome (``NOT_MET`` < ``UNKNOWN`` < ``MET``).
        rules: the ``NOT_MET`` and ``UNKNOWN`` rule verdicts of the lower standard.
    """

    __slots__ = ("higher", "lower", "rules")
    _fields = ("higher", "lower", "rules")

    higher: str
    lower: str
    rules: tuple[Verdict, ...]

    def __init__(self, higher: str, lower: str, rules: tuple[Verdict, ...]) -> None:
        object.__setattr__(self, "higher", higher)
        object.__setattr__(self, "lower", lower)
        object.__setattr__(self, "rules", rules)


class Comparison(Value):
    """One subject under several standards at one date.

    Attributes:
        as_of: the date asked about.
        verdicts: each standard's verdict by id, in the order given; ``None`` where the
            standard is not in force on ``as_of``.
        outcomes: each standard's outcome by id; ``None`` where not in force.
        differences: one :class:`Difference` for every pair of in-force standards that disagree.
    """

    __slots__ = ("as_of", "differences", "outcomes", "title", "verdicts")
    _fields = ("as_of", "title", "verdicts", "differences")
    _repr_fields = ("as_of", "outcomes")

    as_of: date
    title: str
    verdicts: Mapping[str, Verdict | None]
    outcomes: Mapping[str, Outcome | None]
    differences: tuple[Difference, ...]

    def __init__(self, as_of: date, title: str, verdicts: Mapping[str, Verdict | None]) -> None:
        outcomes = {sid: (None if v is None else v.outcome) for sid, v in verdicts.items()}
        differences = []
        ids = [sid for sid, outcome in outcomes.items() if outcome is not None]
        for index, first in enumerate(ids):
            for second in ids[index + 1 :]:
                a, b = outcomes[first], outcomes[second]
                if a is b or a is None or b is None:
                    continue
                higher, lower = (first, second) if _RANK[a] > _RANK[b] else (second, first)
                verdict = cast(Verdict, verdicts[lower])  # in force: it has a verdict
                rules = tuple(leaf for leaf in verdict.leaves() if not leaf.met)
                if verdict.scope is not None and verdict.applies is Outcome.UNKNOWN:
                    # Whether it applies at all is part of the difference (decision S1).
                    rules += tuple(leaf for leaf in verdict.scope.leaves() if not leaf.met)
                differences.append(Difference(higher, lower, rules))
        object.__setattr__(self, "as_of", as_of)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "verdicts", MappingProxyType(dict(verdicts)))
        object.__setattr__(self, "outcomes", MappingProxyType(outcomes))
        object.__setattr__(self, "differences", tuple(differences))

    def _key(self) -> tuple[Any, ...]:
        return (self.as_of, self.title, dict(self.verdicts), self.differences)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Comparison, (self.as_of, self.title, dict(self.verdicts)))

    def explain(self) -> str:
        """A small table of outcomes, then each disagreement and the rules behind it."""
        width = max(len(sid) for sid in self.outcomes) + 4
        lines = [f"{self.title}, as of {self.as_of.isoformat()}"]
        for sid, outcome in self.outcomes.items():
            verdict = self.verdicts[sid]
            reach = "" if verdict is None else _REACH.get(verdict.applies, "")
            lines.append(f"  {sid:<{width}}{_label(outcome)}{reach}")
        if self.differences:
            lines.append("Where they differ:")
            for difference in self.differences:
                ids = ", ".join(rule.id for rule in difference.rules)
                lines.append(
                    f"  {difference.lower} ({_label(self.outcomes[difference.lower])}) vs "
                    f"{difference.higher} ({_label(self.outcomes[difference.higher])}): {ids}"
                )
        else:
            lines.append("They agree.")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.explain()


def _label(outcome: Outcome | None) -> str:
    return "not in force" if outcome is None else outcome.label


def compare(
    subject: Any,
    standards: Iterable[Standard],
    *,
    as_of: date,
    title: str = "Who counts as an SRO",
) -> Comparison:
    """Evaluate ``subject`` under each standard at ``as_of`` and say where they disagree.

    A standard not in force on ``as_of`` shows as "not in force" rather than raising.

    Raises:
        TypeError: ``subject`` is not the record a standard reads, or ``as_of`` is not a date.
        ValueError: two standards share an id.
    """
    verdicts: dict[str, Verdict | None] = {}
    for standard in standards:
        if standard.id in verdicts:
            raise ValueError(f"two standards share the id {standard.id}; compare distinct ones")
        try:
            verdicts[standard.id] = standard.evaluate(subject, as_of=as_of)
        except NotInForceError:
            verdicts[standard.id] = None
    return Comparison(as_of, title, verdicts)
