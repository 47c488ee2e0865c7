"""Building blocks shared by the built-in rules (not public API).

Most built-in rules are written with :mod:`sro_domain.conditions`. The rest have a ``decide``
fast path that returns the outcome alone and a ``check`` built on it, whose reason and facts are
callables: worked out only when a verdict's reason or facts are read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from sro_domain.conditions import Condition, all_of, is_true, replaced
from sro_domain.models import Party, School, SchoolLevel, SchoolSector
from sro_domain.outcome import Outcome
from sro_domain.rule import Check, Context, Decide, Finding, Fix, impossible, timeless

# Re-exported for the built-in rules' ``changes=`` and ``mend=``.
__all__ = ["Fix", "impossible", "replaced", "timeless"]

MET, NOT_MET, UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
AGENCY_AND_SCHOOL = frozenset({Party.LAW_ENFORCEMENT_AGENCY, Party.EDUCATION_AGENCY})
"""The parties of an agreement between a law-enforcement agency and the school side."""
OF: dict[bool | None, Outcome] = {True: MET, False: NOT_MET, None: UNKNOWN}
"""A known or unknown fact as an outcome, by lookup (the hot path's ``Outcome.of``)."""


def explained(
    decide: Decide,
    describe: Callable[[Any, Context], tuple[str, Mapping[str, object]]],
    missing: str,
) -> Check:
    """A check built on ``decide``, whose reason and facts ``describe`` works out when read.

    ``missing`` is the path, from the record, of what an UNKNOWN outcome lacks.
    """

    def check(record: Any, context: Context) -> Finding:
        outcome = decide(record, context)
        described: list[tuple[str, Mapping[str, object]]] = []

        def part(index: int) -> Any:
            # A verdict written whole reads both the reason and the facts: describe once.
            if not described:
                described.append(describe(record, context))
            return described[0][index]

        return Finding(
            outcome,
            lambda: part(0),
            lambda: part(1),
            (missing,) if outcome is UNKNOWN else (),
        )

    return check


def flag_condition(fields: Sequence[tuple[str, str]]) -> Condition:
    """The condition that every one of the yes/no facts is true."""
    conditions = [is_true(name, words) for name, words in fields]
    return conditions[0] if len(conditions) == 1 else all_of(*conditions)


def day_after(day: date | None) -> tuple[date, ...]:
    """The day after ``day``, where the calendar has one: the first day a "by ``day``" rule fails."""
    return () if day is None or day == date.max else (date.fromordinal(day.toordinal() + 1),)


def filings(officer: Any, context: Context, first: date, last: date) -> tuple[date, ...]:
    """A rule on the conduct records on file by ``as_of`` can change the day each is dated."""
    return tuple(record.on for record in officer.conduct_records or ())


def day_before(day: date) -> date | None:
    """The day before ``day``, where the calendar has one: the last day "before ``day``"."""
    return None if day == date.min else date.fromordinal(day.toordinal() - 1)


A_SCHOOL = School(name="an added public high school", level=SchoolLevel.HIGH,
                  sector=SchoolSector.PUBLIC)  # fmt: skip
"""The school a remedy adds to a posting that needs an elementary or secondary (public) one."""


def with_school(record: Any) -> Any:
    """The assignment with :data:`A_SCHOOL` added to its schools."""
    return replaced(record, "schools", record.schools | {A_SCHOOL})


def iso(day: date | None, none: str = "ongoing") -> str:
    """A date for a reason, or ``none``."""
    return day.isoformat() if day is not None else none
