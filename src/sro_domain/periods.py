"""A condition on a record's own dates: in effect on the day asked about.

Every definition that speaks of an officer "assigned", "stationed" or "providing services" speaks
of now: the posting must have begun and not yet ended on the day asked about.
:func:`in_effect` writes that as a :class:`~sro_domain.conditions.Condition` on a record's
``start`` and ``end`` (both inclusive, no ``end``: ongoing), so that evaluation, reasons,
timelines, remedies, the targeted strategies and the catalogue's worked examples all derive
from it.

>>> from datetime import date
>>> from sro_domain.examples import COMMUNITY_SRO
>>> from sro_domain.rules import Context
>>> POSTED = in_effect()
>>> print(POSTED.reason(COMMUNITY_SRO, Context(as_of=date(2024, 9, 3), parameters={})))
assigned from 2024-08-19 to ongoing, which covers 2024-09-03
>>> print(POSTED.reason(COMMUNITY_SRO, Context(as_of=date(2024, 8, 18), parameters={})))
assigned from 2024-08-19 to ongoing; not yet started on 2024-08-18
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from sro_domain.conditions import Changes, Condition, _reader
from sro_domain.outcome import Outcome
from sro_domain.recency import EXAMPLE_AS_OF
from sro_domain.rules import Context, Fix, impossible

__all__ = ["InEffect", "in_effect"]

_MET, _NOT_MET, _UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN


class InEffect(Condition):
    """The record's ``start`` .. ``end`` (inclusive; no end: ongoing) covers the day asked about.

    MET from the start to the end, NOT_MET before the start and after the end; UNKNOWN only
    when the start is not recorded.

    Attributes:
        start: the dotted path of the first day.
        end: the dotted path of the last day (``None`` there: ongoing).
    """

    __slots__ = ("_read_end", "_read_start", "end", "start")
    _fields = ("start", "end")

    _read_start: Callable[[Any], Any]
    _read_end: Callable[[Any], Any]
    start: str
    end: str

    def __init__(self, start: str, end: str) -> None:
        object.__setattr__(self, "_read_start", _reader(start))
        object.__setattr__(self, "_read_end", _reader(end))
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)

    def __reduce__(self) -> tuple[Any, ...]:
        return (InEffect, (self.start, self.end))

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads."""
        return (self.start, self.end)

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record``."""
        start: date | None = self._read_start(record)
        if start is None:
            return _UNKNOWN
        as_of, end = context.as_of, self._read_end(record)
        return _MET if start <= as_of and (end is None or as_of <= end) else _NOT_MET

    def reason(self, record: Any, context: Context) -> str:
        """The dates, and whether they cover the day asked about."""
        start: date | None = self._read_start(record)
        end: date | None = self._read_end(record)
        as_of = context.as_of
        shown = "unknown" if start is None else start.isoformat()
        span = f"assigned from {shown} to {'ongoing' if end is None else end.isoformat()}"
        if start is None:
            return f"{span}; whether it covers {as_of.isoformat()} is unknown"
        if as_of < start:
            return f"{span}; not yet started on {as_of.isoformat()}"
        if end is not None and as_of > end:
            return f"{span}; already over on {as_of.isoformat()}"
        return f"{span}, which covers {as_of.isoformat()}"

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The dates and the day asked about."""
        return {
            self.start: self._read_start(record),
            self.end: self._read_end(record),
            "as_of": context.as_of,
        }

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The start, when it is not recorded."""
        return (self.start,) if self._read_start(record) is None else ()

    def changes(self, record: Any, context: Context, first: date, last: date) -> tuple[date, ...]:
        """In effect from the start, over from the day after the end."""
        start: date | None = self._read_start(record)
        end: date | None = self._read_end(record)
        days: tuple[date, ...] = () if start is None else (start,)
        if end is not None and end < date.max:
            days += (date.fromordinal(end.toordinal() + 1),)
        return days

    def mend(self, record: Any, context: Context) -> Fix:
        """Not started: wait for the start. Over: nothing can move a past end."""
        start: date | None = self._read_start(record)
        end: date | None = self._read_end(record)
        if start is None:
            return impossible(self.start, "record the first day", "the first day is not known")
        if context.as_of < start:
            return Fix(
                self.start,
                f"wait until {start.isoformat()}, when the assignment starts",
                wait_until=start,
            )
        over = "ongoing" if end is None else end.isoformat()
        return impossible(
            self.end,
            "a new assignment",
            f"the assignment ended on {over}; a past end cannot be moved",
        )

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome, the dates for :data:`~sro_domain.recency.EXAMPLE_AS_OF`.

        Ongoing and starting that day (met), or starting the day after (not met). The end is
        cleared first, so that each change leaves a valid record.
        """
        after = date.fromordinal(EXAMPLE_AS_OF.toordinal() + 1)
        return {
            _MET: {self.end: None, self.start: EXAMPLE_AS_OF},
            _NOT_MET: {self.end: None, self.start: after},
        }


def in_effect(start: str = "start", end: str = "end") -> InEffect:
    """The record's ``start`` .. ``end`` (inclusive; no end: ongoing) covers the day asked about."""
    return InEffect(start, end)
