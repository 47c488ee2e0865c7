"""A condition on how recent a dated fact is: done within so many years of the day asked about.

Some laws require a thing to be done again and again — Virginia's school boards and local
law-enforcement agencies "shall review and amend or affirm such memorandum at least once every
two years". :func:`within_years` writes such a requirement as a
:class:`~sro_domain.conditions.Condition` on the day recorded at a dotted path (the day the
memorandum was last reviewed), so that evaluation, reasons, timelines, remedies, the targeted
strategies and the catalogue's worked examples all derive from it.

The outcome is three-valued (decision VA2 in ``docs/decisions.md``):

- ``MET`` when the day is on or before the day asked about and no more than ``years`` years
  before it (a day in a leap year's 29 February lasts until 28 February);
- ``NOT_MET`` when it is older;
- ``UNKNOWN`` when the day is not recorded, or is after the day asked about: then the one
  before it, which was in force that day, is not known.

>>> from datetime import date
>>> from sro_domain import Mou, Outcome
>>> from sro_domain.rules import Context
>>> REVIEWED = within_years("reviewed_on", 2, "last reviewed")
>>> for day in (date(2024, 9, 2), date(2024, 9, 3)):   # two years, then two years and a day
...     print(REVIEWED.reason(Mou(reviewed_on=date(2022, 9, 2)), Context(as_of=day, parameters={})))
last reviewed 2022-09-02: within 2 years of 2024-09-02 required (until 2024-09-02)
last reviewed 2022-09-02: within 2 years of 2024-09-03 required (until 2024-09-02): overdue
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sro_domain._calendar import one_year_after
from sro_domain.conditions import Changes, Condition, _fix, _reader, _words
from sro_domain.outcome import Outcome
from sro_domain.rules import Context, Fix

__all__ = ["EXAMPLE_AS_OF", "WithinYears", "within_years"]

_MET, _NOT_MET, _UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
EXAMPLE_AS_OF = date(2024, 9, 3)
"""The day the rule catalogue's worked examples are evaluated on; a condition whose outcome
depends on the day asked about gives its examples for this day."""


class WithinYears(Condition):
    """The day at ``path`` is at most ``years`` years before the day asked about; see the module.

    Attributes:
        path: the dotted path of the day (``"reviewed_on"`` of an MOU).
        years: how many years the day stays recent enough.
        words: what the day is, for the reason ("last reviewed").
    """

    __slots__ = ("_read", "path", "words", "years")
    _fields = ("path", "years", "words")

    _read: Callable[[Any], Any]
    path: str
    years: int
    words: str

    def __init__(self, path: str, years: int, words: str) -> None:
        if type(years) is not int or not 1 <= years <= 100:
            raise ValueError(f"within_years needs a whole number of years (1-100), got {years!r}")
        object.__setattr__(self, "_read", _reader(path))
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "years", years)
        object.__setattr__(self, "words", _words(words))

    def __reduce__(self) -> tuple[Any, ...]:
        return (WithinYears, (self.path, self.years, self.words))

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads."""
        return (self.path,)

    def lasts_until(self, day: date) -> date:
        """The last day on which a fact dated ``day`` is recent enough."""
        for _ in range(self.years):
            day = one_year_after(day)
        return day

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record``."""
        day: date | None = self._read(record)
        as_of = context.as_of
        if day is None or day > as_of:
            return _UNKNOWN
        return _MET if as_of <= self.lasts_until(day) else _NOT_MET

    def reason(self, record: Any, context: Context) -> str:
        """The day on record, against how recent it must be, in words."""
        day: date | None = self._read(record)
        as_of = context.as_of
        required = f"within {self.years} year{'s' if self.years != 1 else ''} of {as_of}"
        if day is None:
            return f"{self.words}: unknown; {required} required"
        if day > as_of:
            return f"{self.words} {day}, after {as_of}: the time before it unknown; {required} required"
        until = self.lasts_until(day)
        overdue = ": overdue" if as_of > until else ""
        return f"{self.words} {day}: {required} required (until {until}){overdue}"

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The day on record and the last day it is recent enough."""
        day: date | None = self._read(record)
        return {self.path: day, "until": None if day is None else self.lasts_until(day)}

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The day: recorded (or the one before a later day), it could change the outcome."""
        return (self.path,)

    def changes(self, record: Any, context: Context, first: date, last: date) -> tuple[date, ...]:
        """The day itself, and the day after it stops being recent enough."""
        day: date | None = self._read(record)
        if day is None:
            return ()
        until = self.lasts_until(day)
        return (day, *((date.fromordinal(until.toordinal() + 1),) if until < date.max else ()))

    def mend(self, record: Any, context: Context) -> Fix:
        """The thing done again on the day asked about."""
        day: date | None = self._read(record)
        now = "unknown now" if day is None else f"{day} now"
        action = f"{self.words}: on {context.as_of} (within {self.years} years required; {now})"
        return _fix(self.path, record, action, context.as_of)

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome, the day for :data:`EXAMPLE_AS_OF`.

        Exactly ``years`` years before it (met), a day more (not met), or not recorded (unknown).
        """
        oldest = EXAMPLE_AS_OF.replace(year=EXAMPLE_AS_OF.year - self.years)
        stale = date.fromordinal(oldest.toordinal() - 1)
        return {
            _MET: {self.path: oldest},
            _NOT_MET: {self.path: stale},
            _UNKNOWN: {self.path: None},
        }


def within_years(path: str, years: int, words: str) -> WithinYears:
    """The day at ``path`` is at most ``years`` years before the day asked about."""
    return WithinYears(path, years, words)
