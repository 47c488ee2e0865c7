"""A condition on an officer's training: enough of the right courses, completed in time.

State laws set the same shape of training requirement again and again: so many hours of a kind
of course, from the providers the law names, completed before the officer starts or within so
many days or years of starting. :func:`trained_by` writes one such requirement as a
:class:`~sro_domain.conditions.Condition` on an :class:`~sro_domain.Assignment` (it reads the
start and the officer's trainings), so that evaluation, reasons, timelines, remedies, the
targeted strategies and the catalogue's worked examples all derive from it.

The outcome is three-valued (decision J4 in ``docs/decisions.md``):

- ``MET`` when the courses that count, completed by the deadline and by ``as_of``, reach the
  hours (or, with no hours, one such course is on file); an assignment that began before
  ``exempt_before`` is exempt, and meets it, as does an officer with a course of a kind in
  ``exempt_by`` on file by ``as_of``;
- ``UNKNOWN`` while the deadline has not passed, when the training record is unknown, or when
  courses whose provider is not recorded would make the difference;
- ``NOT_MET`` once the deadline has passed without them.

>>> from datetime import date
>>> import attrs
>>> from sro_domain import Assignment, Rule, Source, SourceKind, Standard, TrainingKind
>>> from sro_domain.examples import COMMUNITY_SRO
>>> POLICY = Source(id="district-policy-9", title="SRO training", authority="A district",
...                 citation="Policy 9", kind=SourceKind.AGENCY_GUIDANCE, binding=False)
>>> SIXTEEN = Rule(id="district.sixteen_hours", title="16 hours within 180 days",
...                source=POLICY, quote="16 hours of SRO training within 180 days.",
...                subject=Assignment,
...                condition=trained_by(16, "school-policing training", days=180,
...                                     kinds={TrainingKind.SCHOOL_POLICING}))
>>> DISTRICT = Standard(id="district", title="District", subject=Assignment, source=POLICY,
...                     parts=[SIXTEEN])
>>> DISTRICT.evaluate(COMMUNITY_SRO, as_of=date(2024, 9, 3)).met
True
>>> untrained = attrs.evolve(COMMUNITY_SRO, officer=attrs.evolve(COMMUNITY_SRO.officer,
...                                                               trainings=()))
>>> for day in (date(2025, 2, 15), date(2025, 2, 16)):   # day 180, then day 181
...     print(DISTRICT.evaluate(untrained, as_of=day).find("district.sixteen_hours").reason)
0 hours of school-policing training completed by 2025-02-15; at least 16 required by 2025-02-15, 180 days after the start (2024-08-19): 16 hours missing; there is still time
0 hours of school-policing training completed by 2025-02-15; at least 16 required by 2025-02-15, 180 days after the start (2024-08-19): 16 hours missing; the deadline has passed
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs

from sro_domain._calendar import one_year_after
from sro_domain._validation import DECIMAL
from sro_domain.conditions import (
    Changes,
    Condition,
    _members_of,
    _words,
    names,
    ordered,
    replaced,
)
from sro_domain.models import Training, TrainingKind, TrainingProvider
from sro_domain.outcome import Outcome
from sro_domain.roles import Role
from sro_domain.rules import Context, Fix, Parameter, impossible

__all__ = ["TrainedBy", "TrainedForRoles", "trained_by", "trained_for_roles"]

_MET, _NOT_MET, _UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
_TRAININGS = "officer.trainings"
_ONE_DAY = timedelta(days=1)
EXAMPLE_START = date(2020, 8, 17)
"""The start the worked examples give a posting: years before the catalogue's date."""


class TrainedBy(Condition):
    """Enough counted courses completed by a deadline set from the start; see the module.

    Attributes:
        hours: the hours required (a number or a :class:`~sro_domain.Parameter`), or ``None``
            for one counted course of any length.
        words: what the courses are, for the reason ("school resource officer training").
        kinds: the :class:`~sro_domain.TrainingKind` members that count.
        providers: the :class:`~sro_domain.TrainingProvider` members that count, or ``None``
            for any provider.
        days, years: the deadline, counted from the start; ``days=-1`` is "before the start";
            neither is "by the day asked about, once the posting has begun".
        exempt_before: an assignment that began before this day is exempt.
        exempt_by: kinds of course that exempt an officer who has completed one by ``as_of``.
        transition: ``(first, due)``: an assignment that began before ``first`` is due by ``due``
            instead (a law's grace for officers already serving when it took effect).
        school_year: ``(month, day)`` a school year begins: an assignment begun after that day
            is due before the next school year begins ("prior to the next school year"); one
            begun on it, by the day asked about, once the posting has begun.
    """

    __slots__ = (
        "days", "exempt_before", "exempt_by", "hours", "kinds", "providers", "school_year",
        "transition", "words", "years",
    )  # fmt: skip
    _fields = (
        "hours", "words", "kinds", "providers", "days", "years", "exempt_before", "exempt_by",
        "transition", "school_year",
    )  # fmt: skip

    hours: Decimal | Parameter[Any] | None
    words: str
    kinds: frozenset[TrainingKind]
    providers: frozenset[TrainingProvider] | None
    days: int | None
    years: int | None
    exempt_before: date | None
    exempt_by: frozenset[TrainingKind]
    transition: tuple[date, date] | None
    school_year: tuple[int, int] | None

    def __init__(
        self,
        hours: Decimal | int | Parameter[Any] | None,
        words: str,
        *,
        kinds: Iterable[TrainingKind],
        providers: Iterable[TrainingProvider] | None = None,
        days: int | None = None,
        years: int | None = None,
        exempt_before: date | None = None,
        exempt_by: Iterable[TrainingKind] = (),
        transition: tuple[date, date] | None = None,
        school_year: tuple[int, int] | None = None,
    ) -> None:
        if isinstance(hours, int) and not isinstance(hours, bool):
            hours = Decimal(hours)
        if hours is not None and not isinstance(hours, (Decimal, Parameter)):
            raise ValueError(f"trained_by needs hours as a number or a Parameter, got {hours!r}")
        if not isinstance(words, str) or not words.strip():
            raise ValueError(f"trained_by needs words for its reason, got {words!r}")
        counted = frozenset(kinds)
        if not counted or not all(isinstance(kind, TrainingKind) for kind in counted):
            raise ValueError(f"trained_by needs TrainingKind members to count, got {kinds!r}")
        named = None if providers is None else frozenset(providers)
        if named is not None and not all(isinstance(p, TrainingProvider) for p in named):
            raise ValueError(f"trained_by's providers must be TrainingProvider, got {providers!r}")
        _check_deadline(days, years, school_year)
        if exempt_before is not None and type(exempt_before) is not date:
            raise ValueError(f"trained_by's exempt_before must be a date, got {exempt_before!r}")
        exempting = frozenset(exempt_by)
        if not all(isinstance(kind, TrainingKind) for kind in exempting) or exempting & counted:
            raise ValueError(
                f"trained_by's exempt_by must be TrainingKind members it does not count, "
                f"got {exempt_by!r}"
            )
        if transition is not None and (
            not isinstance(transition, tuple)
            or len(transition) != 2
            or not all(type(day) is date for day in transition)
        ):
            raise ValueError(f"trained_by's transition must be two dates, got {transition!r}")
        fields: tuple[tuple[str, object], ...] = (
            ("hours", hours), ("words", words), ("kinds", counted), ("providers", named),
            ("days", days), ("years", years), ("exempt_before", exempt_before),
            ("exempt_by", exempting), ("transition", transition), ("school_year", school_year),
        )  # fmt: skip
        for name, value in fields:
            object.__setattr__(self, name, value)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt, ({name: getattr(self, name) for name in self._fields},))

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads (the trainings and the start)."""
        return (_TRAININGS, "start")

    @property
    def parameters(self) -> tuple[Parameter, ...]:
        """The parameters whose values this condition reads."""
        return (self.hours,) if isinstance(self.hours, Parameter) else ()

    # --- the deadline ----------------------------------------------------------------------

    def deadline(self, start: date) -> date | None:
        """The last day a course may be completed, from the start; ``None`` if there is none."""
        transition = self.transition
        if transition is not None and start < transition[0]:
            return transition[1]
        if self.school_year is not None:
            return self._before_next_school_year(start)
        if self.years is not None:
            day = start
            for _ in range(self.years):
                day = one_year_after(day)
            return day
        if self.days is not None:
            try:
                return start + timedelta(days=self.days)
            except OverflowError:
                return date.max if self.days > 0 else date.min
        return None

    def school_year_begins(self, day: date) -> date | None:
        """The first day of the school year ``day`` falls in (``None`` before year 1's)."""
        assert self.school_year is not None
        month, first = self.school_year
        begins = date(day.year, month, first)
        if begins <= day:
            return begins
        return None if day.year == 1 else date(day.year - 1, month, first)

    def _before_next_school_year(self, start: date) -> date | None:
        assert self.school_year is not None
        month, first = self.school_year
        if (start.month, start.day) == (month, first):
            return None  # assigned as the school year begins: no grace (paragraph A's "shall")
        year = start.year + ((start.month, start.day) > (month, first))
        if year > date.max.year:
            return date.max
        return date(year, month, first) - _ONE_DAY

    def _before_start(self, start: date) -> bool:
        """Whether an assignment begun on ``start`` is due "before the start" (``days=-1``)."""
        return self.days == -1 and (self.transition is None or start >= self.transition[0])

    def _no_day_before(self, start: date) -> bool:
        """Whether the course is due before a start on 0001-01-01, which no day comes before."""
        return start == date.min and self._before_start(start)

    def _open(self, start: date, as_of: date) -> bool:
        """Whether there is still time: the deadline not passed (the posting not begun)."""
        if self._before_start(start):
            return as_of < start  # on 0001-01-01 no day comes before the start
        deadline = self.deadline(start)
        return as_of < start if deadline is None else as_of <= deadline

    def _required(self, context: Context) -> Decimal | None:
        hours = self.hours
        return context[hours] if isinstance(hours, Parameter) else hours

    def exempt(self, start: date) -> bool:
        """Whether an assignment that began on ``start`` is exempt."""
        return self.exempt_before is not None and start < self.exempt_before

    def exempting(self, record: Any, as_of: date) -> Training | None:
        """The first course on file by ``as_of`` whose kind exempts the officer, if any."""
        if not self.exempt_by:
            return None
        courses: tuple[Training, ...] = record.officer.trainings or ()
        for course in courses:
            if course.kind in self.exempt_by and course.completed_on <= as_of:
                return course
        return None

    def _tally(self, record: Any, as_of: date) -> tuple[Decimal, Decimal, date]:
        """Hours (or courses) that count, those whose provider is unknown, and the last day."""
        deadline = self.deadline(record.start)
        last = as_of if deadline is None else min(as_of, deadline)
        known = unconfirmed = Decimal(0)
        if self._no_day_before(record.start):
            return known, unconfirmed, last  # no day comes before 0001-01-01: none in time
        count = self.hours is None
        for course in record.officer.trainings or ():
            if course.completed_on > last or course.kind not in self.kinds:
                continue
            amount = Decimal(1) if count else course.hours
            provider = course.provider
            # The library's own decimal context, never the caller's (``_validation.DECIMAL``).
            if self.providers is None or provider in self.providers:
                known = DECIMAL.add(known, amount)
            elif provider is None:
                unconfirmed = DECIMAL.add(unconfirmed, amount)
        return known, unconfirmed, last

    # --- the outcome -----------------------------------------------------------------------

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record`` (an assignment)."""
        start = record.start
        if self.exempt(start) or self.exempting(record, context.as_of) is not None:
            return _MET
        if record.officer.trainings is None:
            return _UNKNOWN
        known, unconfirmed, _ = self._tally(record, context.as_of)
        return self._counted(known, unconfirmed, self._required(context), start, context.as_of)

    def _counted(
        self, known: Decimal, unconfirmed: Decimal, need: Decimal | None, start: date, as_of: date
    ) -> Outcome:
        """The outcome from the tally, for a record neither exempt nor without trainings."""
        need = Decimal(1) if need is None else need
        if known >= need:
            return _MET
        if self._open(start, as_of) or DECIMAL.add(known, unconfirmed) >= need:
            return _UNKNOWN
        return _NOT_MET

    def _due(self, start: date) -> str:
        deadline = self.deadline(start)
        if deadline is None:
            return f"once the posting has begun ({start.isoformat()})"
        if self.transition is not None and start < self.transition[0]:
            return (
                f"by {deadline.isoformat()}, for an assignment begun before "
                f"{self.transition[0].isoformat()} ({start.isoformat()})"
            )
        if self.days == -1:
            return f"before the start ({start.isoformat()})"
        if self.school_year is not None:
            return (
                f"by {deadline.isoformat()}, before the next school year, for an assignment "
                f"begun during one ({start.isoformat()})"
            )
        span = (
            f"{self.years} year{'s' if self.years != 1 else ''}"
            if self.years
            else (f"{self.days} days")
        )
        return f"by {deadline.isoformat()}, {span} after the start ({start.isoformat()})"

    def reason(self, record: Any, context: Context) -> str:
        """The courses that count, against what is required and by when, in words."""
        start, as_of = record.start, context.as_of
        if self.exempt(start):
            assert self.exempt_before is not None
            return (
                f"assigned from {start.isoformat()}, before {self.exempt_before.isoformat()}: "
                "exempt"
            )
        exempting = self.exempting(record, as_of)
        if exempting is not None:
            return (
                f"completed {exempting.course} ({names([exempting.kind])}) on "
                f"{exempting.completed_on.isoformat()}: exempt"
            )
        need = self._required(context)
        due = self._due(start)
        if record.officer.trainings is None:
            wanted = f"{need} hours" if need is not None else "a course"
            return f"training record unknown; {wanted} of {self.words} required {due}"
        known, unconfirmed, last = self._tally(record, as_of)
        outcome = self._counted(known, unconfirmed, need, start, as_of)
        state = []
        if need is None:
            count = int(known)
            found = f"{count or 'no'} course{'s' if count > 1 else ''} of {self.words}"
            found += f" completed by {last.isoformat()}"
            wanted = f"one required {due}"
        else:
            found = f"{_number(known)} hours of {self.words} completed by {last.isoformat()}"
            wanted = f"at least {_number(need)} required {due}"
            if outcome is not _MET:
                state.append(f"{_number(DECIMAL.subtract(need, known))} hours missing")
        if unconfirmed:
            found += f" ({_number(unconfirmed)} more from a provider not recorded)"
        # Short of the hours, courses of other kinds are why they may seem to be there.
        uncounted = self._uncounted_hours(record, last) if outcome is not _MET else Decimal(0)
        if uncounted:
            found += f" ({_number(uncounted)} hours of other training do not count)"
        if outcome is _NOT_MET and self.deadline(start) is not None:
            state.append("the deadline has passed")
        elif outcome is _UNKNOWN and self._open(start, as_of):
            state.append("there is still time")
        if state:
            wanted += f": {'; '.join(state)}"
        return f"{found}; {wanted}"

    def _uncounted_hours(self, record: Any, last: date) -> Decimal:
        """Hours of courses completed by ``last`` that count neither as known nor unconfirmed."""
        total = Decimal(0)
        if self._no_day_before(record.start):
            return total
        providers = self.providers
        for course in record.officer.trainings or ():
            if course.completed_on > last or course.kind in self.exempt_by:
                continue
            counted = course.kind in self.kinds and (
                providers is None or course.provider is None or course.provider in providers
            )
            if not counted:
                total = DECIMAL.add(total, course.hours)
        return total

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The hours counted, those unconfirmed, what is required and the deadline."""
        start = record.start
        found: dict[str, object] = {"start": start, "deadline": self.deadline(start)}
        if self.exempt(start):
            return {**found, "exempt_before": self.exempt_before}
        exempting = self.exempting(record, context.as_of)
        if exempting is not None:
            return {**found, "exempted_by": exempting.course}
        required = self._required(context)
        if record.officer.trainings is not None:
            known, unconfirmed, _ = self._tally(record, context.as_of)
            found |= {"counted": known, "unconfirmed": unconfirmed}
            if required is not None and known < required:
                found["hours_missing"] = DECIMAL.subtract(required, known)
        return {**found, "required": required}

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The trainings: a course (or its provider) still to be recorded could change it."""
        return (_TRAININGS,)

    def changes(self, record: Any, context: Context, first: date, last: date) -> tuple[date, ...]:
        """Each course's completion day, and the day after the deadline (or the start)."""
        start = record.start
        if self.exempt(start):
            return ()
        days = [course.completed_on for course in record.officer.trainings or ()]
        deadline = self.deadline(start)
        closes = start if deadline is None else _day_after(deadline)
        return (*days, *((closes,) if closes is not None else ()))

    # --- remedies and examples ---------------------------------------------------------------

    def _course(self, hours: Decimal, on: date) -> Training:
        return Training(
            course=self.words[0].upper() + self.words[1:],
            kind=_first(self.kinds),
            hours=hours if hours > 0 else Decimal(1),
            completed_on=on,
            provider=None if self.providers is None else _first(self.providers),
        )

    def mend(self, record: Any, context: Context) -> Fix:
        """The missing hours completed on the day asked about, while there is still time."""
        start, as_of = record.start, context.as_of
        need = self._required(context)
        amount = Decimal(1) if need is None else need
        trainings = record.officer.trainings
        known = unconfirmed = Decimal(0)
        if trainings is not None:
            known, unconfirmed, _ = self._tally(record, as_of)
        short = DECIMAL.subtract(amount, known) if need is not None else amount
        more = " more" if known > 0 else ""
        what = (
            f"{_number(short)}{more} hours of {self.words}"
            if need is not None
            else (f"a course of {self.words}")
        )
        deadline = self.deadline(start)
        due = self._due(start)
        if self._open(start, as_of):
            on = as_of
            action = f"complete {what} {due}"
            if trainings is None:
                action = f"record the officer's trainings, or {action}"
            return Fix(
                _TRAININGS,
                action,
                lambda changed: _with_course(changed, self._course(short, on)),
                by=deadline,
            )
        if trainings is not None and unconfirmed and DECIMAL.add(known, unconfirmed) >= amount:
            return Fix(
                _TRAININGS,
                f"record who provided the courses of {self.words} (counted: "
                f"{names(self.providers or ())})",
                lambda changed: _with_providers(changed, self),
            )
        if trainings is None and not self._no_day_before(start):
            return Fix(
                _TRAININGS,
                f"record the officer's trainings: {what} required {due}",
                lambda changed: _with_course(changed, self._course(amount, deadline or as_of)),
            )
        return impossible(
            _TRAININGS,
            f"complete {what} {due}",
            self._too_late(start),
        )

    def _too_late(self, start: date) -> str:
        """Why a course can no longer be completed in time for a posting begun on ``start``."""
        if self._no_day_before(start):
            return "no day comes before the start"
        if self._before_start(start):
            return (
                f"the assignment started on {start.isoformat()}; training completed since is "
                "not before the start"
            )
        deadline = self.deadline(start)
        return f"the deadline, {(deadline or start).isoformat()}, has passed"

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome, a posting's start and trainings at the boundary the deadline sets.

        A posting from 2020-08-17 with the course on its last allowed day (met), a day late
        (not met; with no deadline, no course at all), or no training record (unknown).
        """
        need = self.hours
        if isinstance(need, Parameter):
            need = parameters.get(need.name, need.default)
        hours = Decimal(8) if need is None else Decimal(need)
        start = EXAMPLE_START
        if self.exempt_before is not None and start < self.exempt_before:
            start = self.exempt_before
        deadline = self.deadline(start)
        on_time = self._course(hours, deadline or start)
        # With no deadline, only a record with no such course fails.
        late = (
            () if deadline is None else (attrs.evolve(on_time, completed_on=deadline + _ONE_DAY),)
        )
        # Ongoing from the start: an earlier end would leave no valid record.
        dates = {"start": start, "end": None}
        return {
            _MET: {**dates, _TRAININGS: (on_time,)},
            _NOT_MET: {**dates, _TRAININGS: late},
            _UNKNOWN: {**dates, _TRAININGS: None},
        }


def _rebuilt(fields: dict[str, Any]) -> TrainedBy:
    hours, words = fields.pop("hours"), fields.pop("words")
    return TrainedBy(hours, words, **fields)


def trained_by(
    hours: Decimal | int | Parameter[Any] | None,
    words: str,
    *,
    kinds: Iterable[TrainingKind],
    providers: Iterable[TrainingProvider] | None = None,
    days: int | None = None,
    years: int | None = None,
    exempt_before: date | None = None,
    exempt_by: Iterable[TrainingKind] = (),
    transition: tuple[date, date] | None = None,
    school_year: tuple[int, int] | None = None,
) -> TrainedBy:
    """``hours`` of counted courses completed by the deadline; see :class:`TrainedBy`."""
    return TrainedBy(hours, words, kinds=kinds, providers=providers, days=days, years=years,
                     exempt_before=exempt_before, exempt_by=exempt_by,
                     transition=transition, school_year=school_year)  # fmt: skip


def _check_deadline(days: object, years: object, school_year: object) -> None:
    """Raise unless at most one deadline is given, and it is a valid one."""
    if sum(span is not None for span in (days, years, school_year)) > 1:
        raise ValueError("trained_by takes one deadline: in days, in years or by the school year")
    if school_year is not None and not _month_day(school_year):
        raise ValueError(
            f"trained_by's school_year must be a (month, day) every year has, got {school_year!r}"
        )
    for name, span in (("days", days), ("years", years)):
        if span is not None and (type(span) is not int or span < -1 or span > 3660):
            raise ValueError(f"trained_by's {name} must be a whole number, got {span!r}")


def _month_day(value: object) -> bool:
    """Whether ``value`` is a ``(month, day)`` that every year has (not 29 February)."""
    if not isinstance(value, tuple) or len(value) != 2:
        return False
    month, day = value
    if type(month) is not int or type(day) is not int or (month, day) == (2, 29):
        return False
    try:
        date(2001, month, day)
    except ValueError:
        return False
    return True


def _first(members: Iterable[enum.Enum]) -> Any:
    """The member listed first in its enum: the most ordinary one."""
    return min(members, key=lambda member: list(type(member).__members__.values()).index(member))


def _number(value: Decimal) -> str:
    whole = value == value.to_integral_value(context=DECIMAL)
    return f"{value.normalize(context=DECIMAL):f}" if whole else str(value)


def _day_after(day: date) -> date | None:
    return None if day == date.max else day + _ONE_DAY


def _with_course(assignment: Any, course: Training) -> Any:
    officer = assignment.officer
    trainings = (*(officer.trainings or ()), course)
    return attrs.evolve(assignment, officer=attrs.evolve(officer, trainings=trainings))


def _with_providers(assignment: Any, condition: TrainedBy) -> Any:
    provider = _first(condition.providers or ())
    officer = assignment.officer
    trainings = tuple(
        attrs.evolve(course, provider=provider)
        if course.provider is None and course.kind in condition.kinds
        else course
        for course in officer.trainings or ()
    )
    return attrs.evolve(assignment, officer=attrs.evolve(officer, trainings=trainings))


class TrainedForRoles(Condition):
    """Courses completed by the date asked about train the officer for every one of ``roles``.

    A course counts for the roles it records (``Training.roles``) from the day it is completed;
    an unknown training record is UNKNOWN. The Center for Safer Schools' "specifically trained
    to perform three roles" is ``trained_for_roles(TRIAD, "all three roles")``.

    Attributes:
        roles: the :class:`~sro_domain.Role` members required.
        words: what the roles are called in the reason ("all three roles").
        titles: whose names of the roles the reason uses: ``"safer_schools"`` or ``"nasro"``.
    """

    __slots__ = ("roles", "titles", "words")
    _fields = ("roles", "words", "titles")

    roles: frozenset[Role]
    words: str
    titles: str

    def __init__(self, roles: Iterable[Role], words: str, titles: str = "safer_schools") -> None:
        required = _members_of(roles, Role, "trained_for_roles")
        if titles not in ("safer_schools", "nasro"):
            raise ValueError(f"titles must be 'safer_schools' or 'nasro', got {titles!r}")
        object.__setattr__(self, "roles", required)
        object.__setattr__(self, "words", _words(words))
        object.__setattr__(self, "titles", titles)

    def __reduce__(self) -> tuple[Any, ...]:
        return (TrainedForRoles, (self.roles, self.words, self.titles))

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads."""
        return ("trainings",)

    def covered(self, record: Any, as_of: date) -> frozenset[Role]:
        """The roles the courses completed by ``as_of`` train for."""
        return frozenset(
            role
            for course in record.trainings or ()
            if course.completed_on <= as_of
            for role in course.roles
        )

    def _named(self, roles: Iterable[Role]) -> str:
        attribute = f"{self.titles}_title"
        return ", ".join(getattr(role, attribute) for role in ordered(roles))

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record`` (an officer)."""
        if record.trainings is None:
            return _UNKNOWN
        return _MET if self.covered(record, context.as_of) >= self.roles else _NOT_MET

    def reason(self, record: Any, context: Context) -> str:
        """The roles trained for by the date asked about, and those lacking."""
        if record.trainings is None:
            return f"training record unknown; training in {self.words} required"
        as_of = context.as_of.isoformat()
        covered = self.covered(record, context.as_of)
        if covered >= self.roles:
            return f"trained by {as_of} for {self.words}"
        done = self._named(covered & self.roles) or "none"
        return f"trained by {as_of} for: {done}; not for: {self._named(self.roles - covered)}"

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The roles trained for and those required; none while the record is unknown."""
        if record.trainings is None:
            return {}
        return {
            "actual": ordered(self.covered(record, context.as_of)),
            "required": ordered(self.roles),
        }

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The training record, when it is unknown."""
        return ("trainings",) if record.trainings is None else ()

    def changes(self, record: Any, context: Context, first: date, last: date) -> tuple[date, ...]:
        """The day each course is completed, when it starts to count."""
        return tuple(course.completed_on for course in record.trainings or ())

    def mend(self, record: Any, context: Context) -> Fix:
        """A course for the lacking roles, recorded as completed on the day asked about.

        That is the latest day on which a verdict of that day counts it.
        """
        lacking = self.roles - self.covered(record, context.as_of)
        words = self._named(lacking)
        course = self._course(lacking, context.as_of)
        action = (
            f"record the officer's trainings (training for {words} required)"
            if record.trainings is None
            else f"complete training for: {words}"
        )
        return Fix(
            "trainings",
            action,
            lambda changed: replaced(changed, "trainings", (*(changed.trainings or ()), course)),
        )

    @staticmethod
    def _course(roles: frozenset[Role], on: date) -> Training:
        return Training(course="training in the SRO roles", kind=TrainingKind.OTHER,
                        hours=Decimal(1), completed_on=on, roles=roles)  # fmt: skip

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome: a course for every role; one that leaves the last role out; no record."""
        last = ordered(self.roles)[-1]
        return {
            _MET: {"trainings": (self._course(self.roles, EXAMPLE_START),)},
            _NOT_MET: {"trainings": (self._course(self.roles - {last}, EXAMPLE_START),)},
            _UNKNOWN: {"trainings": None},
        }


def trained_for_roles(
    roles: Iterable[Role], words: str, titles: str = "safer_schools"
) -> TrainedForRoles:
    """Courses completed by the date asked about train for every one of ``roles``."""
    return TrainedForRoles(roles, words, titles)
