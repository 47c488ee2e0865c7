"""A condition on the screenings an officer has undergone: each kind a law names, by the day asked about.

Florida's SROs "shall undergo criminal background checks, drug testing, and a psychological
evaluation". :func:`screened` writes such a requirement as a
:class:`~sro_domain.conditions.Condition` on an :class:`~sro_domain.Officer`'s ``screenings``,
so that evaluation, reasons, timelines, remedies, the targeted strategies and the catalogue's
worked examples all derive from it.

The outcome is three-valued: ``MET`` when a screening of every kind is on record, done on or
before the day asked about; ``NOT_MET`` when the record is known and one is lacking (or done
only later); ``UNKNOWN`` when the screenings are not recorded. The law asks that the officer
*undergo* them: a result is shown in the reason but does not decide the outcome (decision FL2 in
``docs/decisions.md``).

>>> from datetime import date
>>> from sro_domain import Officer, Screening, ScreeningKind
>>> from sro_domain.rules import Context
>>> SCREENED = screened(set(ScreeningKind), "screenings")
>>> officer = Officer(id="A-1", screenings=[
...     Screening(kind=ScreeningKind.CRIMINAL_BACKGROUND_CHECK, on=date(2024, 5, 6), passed=True),
...     Screening(kind=ScreeningKind.DRUG_TEST, on=date(2024, 5, 6), passed=True)])
>>> print(SCREENED.reason(officer, Context(as_of=date(2024, 9, 3), parameters={})))
screenings by 2024-09-03: criminal background check 2024-05-06 (passed), drug test 2024-05-06 (passed); lacking psychological evaluation
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import attrs

from sro_domain.conditions import Changes, Condition, _words, names, ordered
from sro_domain.models import Screening, ScreeningKind
from sro_domain.outcome import Outcome
from sro_domain.recency import EXAMPLE_AS_OF
from sro_domain.rules import Context, Fix

__all__ = ["Screened", "screened"]

_MET, _NOT_MET, _UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
_RESULT = {True: "passed", False: "failed", None: "result not recorded"}
_PATH = "screenings"


class Screened(Condition):
    """A screening of every one of ``kinds`` done by the day asked about; see the module.

    Attributes:
        kinds: the :class:`~sro_domain.ScreeningKind` members required.
        words: what they are, for the reason ("screenings").
    """

    __slots__ = ("kinds", "words")
    _fields = ("kinds", "words")

    kinds: frozenset[ScreeningKind]
    words: str

    def __init__(self, kinds: Iterable[ScreeningKind], words: str) -> None:
        required = frozenset(kinds)
        if not required or not all(isinstance(kind, ScreeningKind) for kind in required):
            raise ValueError(f"screened needs ScreeningKind members, got {kinds!r}")
        object.__setattr__(self, "kinds", required)
        object.__setattr__(self, "words", _words(words))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Screened, (self.kinds, self.words))

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads."""
        return (_PATH,)

    def done(self, record: Any, as_of: date) -> dict[ScreeningKind, Screening]:
        """The latest screening of each required kind done by ``as_of``."""
        found: dict[ScreeningKind, Screening] = {}
        for screening in record.screenings or ():
            kind = screening.kind
            if kind in self.kinds and screening.on <= as_of:
                earlier = found.get(kind)
                if earlier is None or earlier.on < screening.on:
                    found[kind] = screening
        return found

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record`` (an officer)."""
        if record.screenings is None:
            return _UNKNOWN
        return _MET if len(self.done(record, context.as_of)) == len(self.kinds) else _NOT_MET

    def reason(self, record: Any, context: Context) -> str:
        """The screenings done, against those required, in words."""
        as_of = context.as_of
        if record.screenings is None:
            return f"{self.words}: not recorded; required: {names(self.kinds)}"
        done = self.done(record, as_of)
        shown = ", ".join(
            f"{names([kind])} {done[kind].on} ({_RESULT[done[kind].passed]})"
            for kind in ordered(done)
        )
        lacking = self.kinds - done.keys()
        tail = f"; lacking {names(lacking)}" if lacking else " (all required)"
        return f"{self.words} by {as_of}: {shown or 'none'}{tail}"

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """Each required kind's day and result, or ``None`` where it is lacking."""
        if record.screenings is None:
            return {}
        done = self.done(record, context.as_of)
        return {
            kind.value: (done[kind].on, done[kind].passed) if kind in done else None
            for kind in ordered(self.kinds)
        }

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The screenings, when they are not recorded."""
        return (_PATH,) if record.screenings is None else ()

    def changes(self, record: Any, context: Context, first: date, last: date) -> tuple[date, ...]:
        """The day of each screening: from then on it counts."""
        return tuple(screening.on for screening in record.screenings or ())

    def mend(self, record: Any, context: Context) -> Fix:
        """The lacking screenings done on the day asked about."""
        as_of = context.as_of
        lacking = self.kinds - self.done(record, as_of).keys()
        added = tuple(Screening(kind=kind, on=as_of) for kind in ordered(lacking))
        if record.screenings is None:
            action = f"record the {self.words} (required: {names(self.kinds)}; unknown now)"
        else:
            action = f"{self.words}: undergo {names(lacking)} (required: {names(self.kinds)})"
        return Fix(
            _PATH,
            action,
            lambda changed: attrs.evolve(changed, screenings=(*(changed.screenings or ()), *added)),
        )

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome, the screenings on record.

        Every kind done on :data:`~sro_domain.recency.EXAMPLE_AS_OF` (met), the last one lacking
        (not met), or no record (unknown).
        """
        every = tuple(
            Screening(kind=kind, on=EXAMPLE_AS_OF, passed=True) for kind in ordered(self.kinds)
        )
        return {_MET: {_PATH: every}, _NOT_MET: {_PATH: every[:-1]}, _UNKNOWN: {_PATH: None}}


def screened(kinds: Iterable[ScreeningKind], words: str) -> Screened:
    """A screening of every one of ``kinds`` on record, done by the day asked about."""
    return Screened(kinds, words)
