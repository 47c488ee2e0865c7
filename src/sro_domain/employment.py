"""A condition on who employs an officer: an agency of one of the kinds a law names.

State laws define an SRO by employer — Indiana's is "employed by a law enforcement agency",
appointed by one as a reserve officer or special deputy, or "a school corporation police
officer". :func:`employed_by` writes that as a :class:`~sro_domain.conditions.Condition` on an
:class:`~sro_domain.Officer`'s ``employer``, so that evaluation, reasons, remedies, the targeted
strategies and the catalogue's worked examples all derive from it. An unknown employer is
UNKNOWN.

>>> from datetime import date
>>> from sro_domain.models import LAW_ENFORCEMENT_KINDS
>>> from sro_domain.examples import COMMUNITY_SRO
>>> from sro_domain.rules import Context
>>> POLICE = employed_by(LAW_ENFORCEMENT_KINDS, "a law enforcement agency")
>>> POLICE.reason(COMMUNITY_SRO.officer, Context(as_of=date(2024, 9, 3), parameters={}))
'employed by Raleigh Police Department (police department); a law enforcement agency required'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sro_domain.conditions import Changes, Condition, _words, names, ordered, replaced
from sro_domain.models import Agency, AgencyKind
from sro_domain.outcome import Outcome
from sro_domain.rules import Context, Fix

__all__ = ["EmployedBy", "employed_by"]

_MET, _NOT_MET, _UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN


class EmployedBy(Condition):
    """The officer's employer is an agency of one of ``kinds``.

    Attributes:
        kinds: the :class:`~sro_domain.AgencyKind` members that count.
        words: what the employer must be, for the reason.
    """

    __slots__ = ("kinds", "words")
    _fields = ("kinds", "words")

    kinds: frozenset[AgencyKind]
    words: str

    def __init__(self, kinds: Iterable[AgencyKind], words: str) -> None:
        counted = frozenset(kinds)
        if not counted or not all(isinstance(kind, AgencyKind) for kind in counted):
            raise ValueError(f"employed_by needs AgencyKind members, got {kinds!r}")
        object.__setattr__(self, "kinds", counted)
        object.__setattr__(self, "words", _words(words))

    def __reduce__(self) -> tuple[Any, ...]:
        return (EmployedBy, (self.kinds, self.words))

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads."""
        return ("employer",)

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record`` (an officer)."""
        employer: Agency | None = record.employer
        if employer is None:
            return _UNKNOWN
        return _MET if employer.kind in self.kinds else _NOT_MET

    def reason(self, record: Any, context: Context) -> str:
        """The employer and its kind, against what is required."""
        employer: Agency | None = record.employer
        if employer is None:
            return f"employer: unknown; {self.words} required"
        return f"employed by {employer.name} ({names([employer.kind])}); {self.words} required"

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The employer's kind and the kinds that count."""
        employer: Agency | None = record.employer
        return {
            "employer_kind": None if employer is None else employer.kind,
            "kinds": ordered(self.kinds),
        }

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The employer, when it is unknown."""
        return ("employer",) if record.employer is None else ()

    def agency(self) -> Agency:
        """The employer a worked example or a remedy names: of the first kind that counts."""
        kind = ordered(self.kinds)[0]
        return Agency(name=f"A {names([kind])}", kind=kind)

    def other(self) -> Agency | None:
        """An employer that does not count, if any kind does not."""
        kind = next((kind for kind in AgencyKind if kind not in self.kinds), None)
        return None if kind is None else Agency(name=f"A {names([kind])}", kind=kind)

    def mend(self, record: Any, context: Context) -> Fix:
        """The officer employed by an agency that counts: a change of employer."""
        employer: Agency | None = record.employer
        hired = self.agency()
        action = (
            f"employer: record it ({self.words} required; unknown now)"
            if employer is None
            else f"employer: {self.words} required ({names([employer.kind])} now)"
        )
        return Fix("employer", action, lambda changed: replaced(changed, "employer", hired))

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome: an employer that counts, one that does not, or none known."""
        found: dict[Outcome, Changes] = {_MET: {"employer": self.agency()}}
        other = self.other()
        if other is not None:
            found[_NOT_MET] = {"employer": other}
        found[_UNKNOWN] = {"employer": None}
        return found


def employed_by(kinds: Iterable[AgencyKind], words: str) -> EmployedBy:
    """The officer's employer is an agency of one of ``kinds``; ``words`` name it."""
    return EmployedBy(kinds, words)
