"""Targeted generation for rules written with conditions: read the condition, draw the fields.

A rule built with ``condition=`` needs no strategy code of its own: the condition says which
fields it reads and what each outcome asks of them, and this module draws values that give the
outcome wanted — at the boundaries the condition sets (the threshold itself, just under it) as
well as away from them. Nothing is filtered.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from sro_domain.agreements import UnderAgreement
from sro_domain.conditions import (
    AllOf,
    AnyOf,
    AtLeast,
    ByReading,
    Condition,
    Includes,
    IncludesAny,
    IsTrue,
    ordered,
    universe,
)
from sro_domain.employment import AssignedByEmployer, EmployedBy
from sro_domain.models import (
    NO_MOU,
    Agency,
    AgencyKind,
    Party,
    School,
    SchoolLevel,
    SchoolSector,
    Screening,
    ScreeningKind,
    Training,
    TrainingProvider,
)
from sro_domain.outcome import Outcome
from sro_domain.periods import InEffect
from sro_domain.recency import WithinYears
from sro_domain.rules import Parameter, Rule
from sro_domain.schools import ServesSchool
from sro_domain.screening import Screened
from sro_domain.strategies import _records as records
from sro_domain.training import TrainedBy

MET, NOT_MET, UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
_FLAG = {MET: True, NOT_MET: False, UNKNOWN: None}
_STEP = Decimal("0.5")  # a boundary example is short by half a unit (39.5 hours of 40)
_TENTH = Decimal("0.1")


def value_of(value: Any, parameters: Mapping[str, Any]) -> Any:
    """A condition's threshold or required set, with a parameter read from the values in use."""
    return parameters[value.name] if isinstance(value, Parameter) else value


def unsupported(condition: Condition) -> str | None:
    """Why subjects cannot be drawn for ``condition``, or ``None`` when they can."""
    if isinstance(condition, (AllOf, AnyOf)):
        return next(filter(None, map(unsupported, condition.conditions)), None)
    if isinstance(condition, ByReading):
        return next(filter(None, (unsupported(c) for _, c in condition.readings)), None)
    if isinstance(condition, (ServesSchool, Screened, EmployedBy)):
        return None
    if not isinstance(condition, (IsTrue, Includes, AtLeast, WithinYears)):
        return f"{type(condition).__name__} is not a condition the strategies know"
    if "." in condition.path:
        return f"the path {condition.path} reaches into another record"
    return None


def possible(condition: Condition, parameters: Mapping[str, Any]) -> frozenset[Outcome]:
    """The outcomes ``condition`` can give under these parameter values."""
    if isinstance(condition, ByReading):
        return possible(condition.reading(parameters), parameters)
    if isinstance(condition, (ServesSchool, InEffect)):
        # A posting's schools and its start are always known (both required).
        return frozenset({MET, NOT_MET})
    if isinstance(condition, EmployedBy):
        every = condition.kinds >= frozenset(AgencyKind)
        return frozenset({MET, UNKNOWN} | (set() if every else {NOT_MET}))
    if isinstance(condition, AtLeast):
        minimum = value_of(condition.minimum, parameters)
        return frozenset({MET, UNKNOWN} | ({NOT_MET} if minimum > 0 else set()))
    if isinstance(condition, IncludesAny):
        required = value_of(condition.required, parameters)
        return frozenset({NOT_MET, UNKNOWN} | ({MET} if required else set()))
    if isinstance(condition, Includes):
        required = value_of(condition.required, parameters)
        return frozenset({MET, UNKNOWN} | ({NOT_MET} if required else set()))
    if isinstance(condition, (AllOf, AnyOf)):
        each = [possible(c, parameters) for c in condition.conditions]
        strong, weak = (MET, NOT_MET) if isinstance(condition, AllOf) else (NOT_MET, MET)
        found = set()
        if all(strong in p for p in each):
            found.add(strong)
        if any(weak in p for p in each):
            found.add(weak)
        if any(UNKNOWN in p for p in each) and all(p & {strong, UNKNOWN} for p in each):
            found.add(UNKNOWN)
        return frozenset(found)
    return frozenset(Outcome)


def draw_fields(
    draw: st.DrawFn,
    fields: dict[str, Any],
    condition: Condition,
    outcome: Outcome,
    parameters: Mapping[str, Any],
    *,
    as_of: date,
) -> None:
    """Set the fields ``condition`` reads so that it gives ``outcome`` on ``as_of``."""
    if isinstance(condition, ByReading):
        chosen = condition.reading(parameters)
        draw_fields(draw, fields, chosen, outcome, parameters, as_of=as_of)
    elif isinstance(condition, IsTrue):
        fields[condition.path] = _FLAG[outcome]
    elif isinstance(condition, IncludesAny):
        fields[condition.path] = _some_members(draw, condition, outcome, parameters)
    elif isinstance(condition, EmployedBy):
        fields["employer"] = _employer(draw, condition, outcome)
    elif isinstance(condition, Includes):
        fields[condition.path] = _members(draw, condition, outcome, parameters)
    elif isinstance(condition, AtLeast):
        fields[condition.path] = _number(draw, condition, outcome, parameters)
    elif isinstance(condition, ServesSchool):
        fields["schools"] = _schools(draw, condition, outcome)
    elif isinstance(condition, WithinYears):
        fields[condition.path] = _recent_day(draw, condition, outcome, as_of)
    elif isinstance(condition, Screened):
        fields["screenings"] = _screenings(draw, condition, outcome, as_of)
    else:
        assert isinstance(condition, (AllOf, AnyOf))
        children = condition.conditions
        wanted = _children(draw, condition, outcome, parameters)
        for child, child_outcome in zip(children, wanted, strict=True):
            draw_fields(draw, fields, child, child_outcome, parameters, as_of=as_of)


def _children(
    draw: st.DrawFn, condition: AllOf | AnyOf, outcome: Outcome, parameters: Mapping[str, Any]
) -> list[Outcome]:
    """Each part's outcome, so that the whole gives ``outcome`` (Kleene's and / or)."""
    each = [possible(c, parameters) for c in condition.conditions]
    strong, weak = (MET, NOT_MET) if isinstance(condition, AllOf) else (NOT_MET, MET)
    if outcome is strong:
        return [strong] * len(each)
    # One part or more decides it (weak), or is unknown; the rest may be anything that does
    # not decide it otherwise.
    able = [i for i, p in enumerate(each) if outcome in p]
    chosen = draw(records.subsets(able, min_size=1))
    others = (
        [MET, NOT_MET, UNKNOWN] if outcome is weak else [strong, UNKNOWN]
    )  # a weak outcome is settled by the chosen parts alone
    found: list[Outcome] = []
    for i, p in enumerate(each):
        if i in chosen:
            found.append(outcome)
        else:
            found.append(draw(st.sampled_from([o for o in others if o in p])))
    return found


def _members(
    draw: st.DrawFn, condition: Includes, outcome: Outcome, parameters: Mapping[str, Any]
) -> frozenset[Any] | None:
    if outcome is UNKNOWN:
        return None
    required: frozenset[Any] = value_of(condition.required, parameters)
    members = universe(required)
    if outcome is MET:
        return required | draw(records.subsets(members))
    lacking = draw(records.subsets(list(ordered(required)), min_size=1))
    return draw(records.subsets(members)) - lacking


def _some_members(
    draw: st.DrawFn, condition: IncludesAny, outcome: Outcome, parameters: Mapping[str, Any]
) -> frozenset[Any] | None:
    """One required member or more, and others (met); only members not required (not met)."""
    if outcome is UNKNOWN:
        return None
    required: frozenset[Any] = value_of(condition.required, parameters)
    others = [member for member in universe(required) if member not in required]
    # Every member may be required (any one of the federal purposes): not met is then none.
    chosen = draw(records.subsets(others)) if others else frozenset()
    if outcome is MET:
        return chosen | draw(records.subsets(list(ordered(required)), min_size=1))
    return chosen


def _employer(draw: st.DrawFn, condition: EmployedBy, outcome: Outcome) -> Agency | None:
    """An agency of a kind that counts (met), of one that does not (not met), or none known."""
    if outcome is UNKNOWN:
        return None
    kinds = [kind for kind in AgencyKind if (kind in condition.kinds) is (outcome is MET)]
    return Agency(name=draw(records.names()), kind=draw(st.sampled_from(kinds)))


def _number(
    draw: st.DrawFn, condition: AtLeast, outcome: Outcome, parameters: Mapping[str, Any]
) -> int | Decimal | None:
    if outcome is UNKNOWN:
        return None
    minimum = value_of(condition.minimum, parameters)
    greatest = condition.greatest
    value: int | Decimal = draw(_numbers(minimum, greatest, outcome is MET))
    return value


@functools.cache
def _numbers(
    minimum: int | Decimal, greatest: int | Decimal | None, met: bool
) -> st.SearchStrategy[Any]:
    """The threshold (or the value just under it) first, then values either side."""
    if isinstance(minimum, int):
        if met:
            most = int(greatest) if greatest is not None else max(2 * minimum, minimum + 10)
            return st.sampled_from([minimum]) | st.integers(minimum, most)
        return st.sampled_from([minimum - 1]) | st.integers(0, minimum - 1)
    if met:
        top = Decimal(greatest) if greatest is not None else max(2 * minimum, minimum + 10)
        return st.sampled_from([minimum]) | st.decimals(minimum, top, places=1)
    below = max(minimum - _STEP, Decimal(0))
    if minimum <= _TENTH:
        return st.just(Decimal(0))
    return st.sampled_from([below]) | st.decimals(Decimal(0), minimum - _TENTH, places=1)


def _schools(draw: st.DrawFn, condition: ServesSchool, outcome: Outcome) -> frozenset[School]:
    """Schools that do not count, and (to meet it) one that does."""
    others = [
        (level, sector)
        for level in SchoolLevel
        for sector in SchoolSector
        if not (level in condition.levels and sector in condition.sectors)
    ]
    count = draw(st.integers(0 if outcome is MET else 1, 2)) if others else 0
    chosen = [draw(st.sampled_from(others)) for _ in range(count)]
    if outcome is MET:
        level = draw(st.sampled_from(ordered(condition.levels)))
        chosen.append((level, draw(st.sampled_from(ordered(condition.sectors)))))
    return frozenset(
        School(name=f"{draw(records.names())} {i}", level=level, sector=sector,
               article_39=draw(records.flags))
        for i, (level, sector) in enumerate(chosen)
    )  # fmt: skip


def _screenings(
    draw: st.DrawFn, condition: Screened, outcome: Outcome, as_of: date
) -> tuple[Screening, ...] | None:
    """Every kind by ``as_of`` (met); one kind or more lacking, or done only later (not met)."""
    if outcome is UNKNOWN:
        return None
    kinds = ordered(condition.kinds)
    lacking = () if outcome is MET else draw(records.subsets(list(kinds), min_size=1))
    found: list[Screening] = []
    for kind in kinds:
        if kind in lacking:
            if as_of < date.max and draw(st.booleans()):  # done, but only after the day asked about
                later = records.day(as_of, draw(st.integers(1, 60)))
                found.append(Screening(kind=kind, on=later, passed=draw(records.flags)))
            continue
        on = records.day(as_of, -draw(st.sampled_from([0]) | st.integers(0, 1500)))
        found.append(Screening(kind=kind, on=on, passed=draw(records.flags)))
    others = [kind for kind in ScreeningKind if kind not in condition.kinds]
    extra: bool = bool(others) and draw(st.booleans())
    if extra:
        on = records.day(as_of, -draw(st.integers(0, 1500)))
        found.append(Screening(kind=draw(st.sampled_from(others)), on=on))
    return tuple(draw(st.permutations(found)))


def _recent_day(
    draw: st.DrawFn, condition: WithinYears, outcome: Outcome, as_of: date
) -> date | None:
    """A day recent enough (met), too old (not met), or none, or one after ``as_of`` (unknown).

    The boundaries first: the oldest day still recent enough, and the day before it.
    """
    oldest = _oldest_recent(condition, as_of)
    if outcome is MET:
        span = (as_of - oldest).days
        return records.day(as_of, -draw(st.sampled_from([span, 0]) | st.integers(0, span)))
    if outcome is NOT_MET:
        if oldest == date.min:
            raise InvalidArgument(
                f"no day can be more than {condition.years} years before {as_of.isoformat()}"
            )
        stale = records.day(oldest, -1)
        return records.day(stale, -draw(st.sampled_from([0]) | st.integers(0, 800)))
    if as_of < date.max and draw(st.booleans()):
        return records.day(as_of, draw(st.integers(1, 400)))
    return None


def _oldest_recent(condition: WithinYears, as_of: date) -> date:
    """The earliest day that is still recent enough on ``as_of``."""
    guess = records.day(as_of, -366 * condition.years)
    while guess < as_of and condition.lasts_until(guess) < as_of:
        guess = records.day(guess, 1)
    return guess


# --- an agreement, or a force that needs none ---------------------------------------------------

MOU_WANTED = object()
"""Set as an assignment's ``mou`` by a knob that wants one built from the scene's MOU fields."""


def agreement_possible(condition: UnderAgreement) -> frozenset[Outcome]:
    """Every outcome: an MOU may be missing, lack a party, or be unknown."""
    return frozenset(Outcome)


@functools.cache
def agreement_draw(condition: UnderAgreement) -> Draw:
    """The knob of a rule written with :func:`~sro_domain.agreements.under_agreement`.

    It sets the officer's employer and the assignment's MOU (or its parties): either way met,
    both known to fail, or one unknown and the other not met.
    """
    needless = list(ordered(condition.or_employed_by))
    needed = [kind for kind in AgencyKind if kind not in condition.or_employed_by]
    parties = list(ordered(condition.parties))
    everyone = list(Party)

    def agency(draw: st.DrawFn, kinds: list[AgencyKind]) -> Agency:
        return Agency(name=draw(records.names()), kind=draw(st.sampled_from(kinds)))

    def agreed(scene: Any) -> None:
        scene.mou["parties"] = condition.parties | scene.draw(records.subsets(everyone))
        scene.assignment["mou"] = MOU_WANTED

    def not_agreed(scene: Any) -> None:
        draw = scene.draw
        if draw(st.booleans()):
            scene.assignment["mou"] = NO_MOU
            return
        lacking = draw(records.subsets(parties, min_size=1))
        scene.mou["parties"] = draw(records.subsets(everyone)) - lacking
        scene.assignment["mou"] = MOU_WANTED

    def unknown_agreement(scene: Any) -> None:
        if scene.draw(st.booleans()):
            scene.assignment["mou"] = None
            return
        scene.mou["parties"] = None
        scene.assignment["mou"] = MOU_WANTED

    def draw_fields(scene: Any, outcome: Outcome) -> None:
        draw = scene.draw
        if outcome is MET:
            if needless and draw(st.booleans()):
                scene.officer["employer"] = agency(draw, needless)
                return
            scene.officer["employer"] = draw(records.maybe(records.agencies()))
            agreed(scene)
            return
        if outcome is NOT_MET:
            scene.officer["employer"] = agency(draw, needed)
            not_agreed(scene)
            return
        if needless and draw(st.booleans()):
            scene.officer["employer"] = None
            draw(st.sampled_from([not_agreed, unknown_agreement]))(scene)
            return
        scene.officer["employer"] = agency(draw, needed)
        unknown_agreement(scene)

    return draw_fields


Draw = Callable[[Any, Outcome], None]


@functools.cache
def condition_draw(condition: Condition, record: str) -> Draw:
    """The knob of a rule written with ``condition`` on the scene's ``record`` fields.

    One per condition and record, so that two rules written with one condition (the federal
    definition's career officer and the COPS Hiring Program's) draw their fields once.
    """

    def draw(scene: Any, outcome: Outcome) -> None:
        fields = getattr(scene, record)
        draw_fields(scene.draw, fields, condition, outcome, scene.parameters, as_of=scene.as_of)

    return draw


def check_supported(rule: Rule, standard_id: str) -> Condition:
    """The rule's condition, when subjects can be drawn for it; else ``InvalidArgument``."""
    condition = rule.condition
    why = "it has no condition" if condition is None else unsupported(condition)
    if condition is None or why is not None:
        raise InvalidArgument(
            f"{standard_id}: cannot generate subjects for rule {rule.id}: {why}; targeted "
            "strategies know the built-in rules and rules written with conditions"
        )
    return condition


# --- assigned by the employer -------------------------------------------------------------------


@functools.cache
def employer_draw(condition: AssignedByEmployer) -> Draw:
    """The assigning agency and the officer's employer, for ``outcome``.

    NOT_MET half the time by an agency of a kind that does not count (employing the officer or
    not), else by an employer that is another agency: another name, or the same name of another
    kind, the near miss.
    """
    counted = [kind for kind in AgencyKind if kind in condition.kinds]
    others = [kind for kind in AgencyKind if kind not in condition.kinds]

    def draw(scene: Any, outcome: Outcome) -> None:
        pick = scene.draw
        if outcome is NOT_MET and others and pick(st.booleans()):
            scene.assignment["agency"] = Agency(
                name=pick(records.names()), kind=pick(st.sampled_from(others))
            )
            scene.officer["employer"] = pick(records.maybe(records.agencies()))
            return
        agency = Agency(name=pick(records.names()), kind=pick(st.sampled_from(counted)))
        scene.assignment["agency"] = agency
        if outcome is MET:
            scene.officer["employer"] = agency
        elif outcome is UNKNOWN:
            scene.officer["employer"] = None
        else:
            other_kind = pick(st.sampled_from([k for k in AgencyKind if k is not agency.kind]))
            scene.officer["employer"] = pick(
                st.sampled_from(
                    [
                        Agency(name=agency.name + " Division", kind=agency.kind),
                        Agency(name=agency.name, kind=other_kind),
                    ]
                )
            )

    return draw


# --- training by a deadline ---------------------------------------------------------------------

_DAYS_BACK = st.sampled_from([0, 1]) | st.integers(min_value=0, max_value=400)
_PIECES = st.integers(min_value=1, max_value=3)
_TRAINING_WAYS_UNKNOWN = ("unrecorded", "still time", "provider unknown")


def training_possible(condition: TrainedBy, parameters: Mapping[str, Any]) -> frozenset[Outcome]:
    """The outcomes a training condition can give: never NOT_MET when nothing is required."""
    need = value_of(condition.hours, parameters)
    return frozenset({MET, UNKNOWN} | ({NOT_MET} if need is None or need > 0 else set()))


def training_not_met_from(condition: TrainedBy) -> date | None:
    """The first day asked about on which the condition can fail: after an exemption's window."""
    exempt = condition.exempt_before
    if exempt is None:
        return None
    deadline = condition.deadline(exempt)
    return exempt if deadline is None else records.day(deadline, 1)


def training_moves_dates(condition: TrainedBy) -> bool:
    """Whether the knob may move the start: not for a course due before it, with no exemption.

    A plan places the start on or before the day asked about for such a course to be late
    (``_timing``), so its deadline has passed without a move.
    """
    return not (
        condition.days == -1 and condition.exempt_before is None and condition.transition is None
    )


@functools.cache
def training_draw(condition: TrainedBy) -> Draw:
    """The knob of a rule written with :func:`~sro_domain.training.trained_by`.

    It may move the assignment's start: a deadline must have passed for the rule to fail, and
    an exempt start must be left behind for it to be anything but met.
    """

    def draw_fields(scene: Any, outcome: Outcome) -> None:
        need = value_of(condition.hours, scene.parameters)
        amount = Decimal(1) if need is None else Decimal(need)
        if outcome is MET:
            if condition.exempt(scene.start):
                return
            if condition.exempt_by and scene.draw(st.booleans()):
                _put(scene, (_exempting_course(scene, condition),))
                return
            _put(scene, _met_courses(scene, condition, amount))
            return
        if outcome is NOT_MET:
            _close_window(scene, condition)
            _put(scene, _short_courses(scene, condition, amount, need is None))
            return
        _leave_exemption(scene, condition)
        ways = [
            way
            for way in _TRAINING_WAYS_UNKNOWN
            if way != "still time" or condition._open(scene.start, scene.as_of)
            if way != "provider unknown" or condition.providers is not None
        ]
        way = scene.draw(st.sampled_from(ways))
        if way == "unrecorded":
            _put(scene, None)
        elif way == "still time":
            _put(scene, _short_courses(scene, condition, amount, need is None))
        else:
            _put(scene, _unconfirmed_courses(scene, condition, amount))

    return draw_fields


def _put(scene: Any, courses: tuple[Training, ...] | None) -> None:
    """Add ``courses`` to those another training rule drew; an unknown record stays unknown.

    Each training rule counts its own kinds of course, so one rule's courses leave another's
    outcome alone.
    """
    fields = scene.officer
    if courses is None or ("trainings" in fields and fields["trainings"] is None):
        fields["trainings"] = None
        return
    fields["trainings"] = (*fields.get("trainings", ()), *courses)


def _exempting_course(scene: Any, condition: TrainedBy) -> Training:
    """A course whose kind exempts the officer, completed by the day asked about."""
    draw = scene.draw
    return Training(
        course=draw(records.names()),
        kind=draw(st.sampled_from(ordered(condition.exempt_by))),
        hours=draw(records.hours),
        completed_on=records.day(scene.as_of, -draw(_DAYS_BACK)),
        provider=draw(records.maybe(st.sampled_from(list(TrainingProvider)))),
    )


def _last_day(condition: TrainedBy, start: date, as_of: date) -> date:
    deadline = condition.deadline(start)
    return as_of if deadline is None else min(as_of, deadline)


def _course(
    draw: st.DrawFn, condition: TrainedBy, hours: Decimal, on: date, provider: Any
) -> Training:
    return Training(
        course=draw(records.names()),
        kind=draw(st.sampled_from(ordered(condition.kinds))),
        hours=hours,
        completed_on=on,
        provider=provider,
    )


def _counted_provider(draw: st.DrawFn, condition: TrainedBy) -> Any:
    if condition.providers is None:
        return draw(records.maybe(st.sampled_from(list(TrainingProvider))))
    return draw(st.sampled_from(ordered(condition.providers)))


def _pieces(draw: st.DrawFn, total: Decimal) -> list[Decimal]:
    """``total`` hours as one to three positive courses (tenths of an hour)."""
    count = draw(_PIECES)
    tenths = int(total * 10)
    if tenths < count:
        return [total] if total > 0 else []
    # Cuts drawn freely and then merged: a unique list from a few values can be rejected.
    cuts = sorted(set(draw(st.lists(st.integers(1, tenths - 1), min_size=count - 1,
                                    max_size=count - 1)))) if tenths > 1 else []  # fmt: skip
    edges = [0, *cuts, tenths]
    return [Decimal(b - a) / 10 for a, b in itertools.pairwise(edges) if b > a]


def _met_courses(scene: Any, condition: TrainedBy, amount: Decimal) -> tuple[Training, ...]:
    draw = scene.draw
    last = _last_day(condition, scene.start, scene.as_of)
    if condition.hours is None:
        hours_each = [draw(records.hours)]
    else:
        slack = draw(st.sampled_from([Decimal(0), Decimal(8)]))
        hours_each = _pieces(draw, amount + slack) or [amount]
    courses = [
        _course(draw, condition, hours, records.day(last, -draw(_DAYS_BACK)),
                _counted_provider(draw, condition))
        for hours in hours_each
    ]  # fmt: skip
    return tuple(courses)


def _short_courses(
    scene: Any, condition: TrainedBy, amount: Decimal, counting: bool
) -> tuple[Training, ...]:
    """Counted courses short of ``amount`` by the last day; perhaps one more, too late."""
    draw = scene.draw
    last = _last_day(condition, scene.start, scene.as_of)
    courses: list[Training] = []
    if not counting and amount > _TENTH:
        below = max(amount - _STEP, Decimal(0))
        short = draw(st.sampled_from([below]) | st.decimals(Decimal(0), amount - _TENTH, places=1))
        for hours in _pieces(draw, short):
            when = records.day(last, -draw(_DAYS_BACK))
            courses.append(_course(draw, condition, hours, when, _known_provider(draw, condition)))
    if last < date.max and draw(st.booleans()):
        late = records.day(last, 1 + draw(st.integers(0, 30)))
        courses.append(_course(draw, condition, amount, late, _known_provider(draw, condition)))
    return tuple(courses)


def _known_provider(draw: st.DrawFn, condition: TrainedBy) -> Any:
    if condition.providers is None:
        return draw(st.sampled_from(list(TrainingProvider)))
    return draw(st.sampled_from(ordered(condition.providers)))


def _unconfirmed_courses(scene: Any, condition: TrainedBy, amount: Decimal) -> tuple[Training, ...]:
    """Counted hours short of ``amount`` unless courses with no provider recorded count."""
    draw = scene.draw
    last = _last_day(condition, scene.start, scene.as_of)
    known = _short_courses(scene, condition, amount, condition.hours is None)
    counted = (
        sum((c.hours for c in known if c.completed_on <= last), Decimal(0))
        if condition.hours is not None
        else Decimal(0)
    )
    missing = amount - counted if condition.hours is not None else Decimal(8)
    unconfirmed = _course(draw, condition, missing, records.day(last, -draw(_DAYS_BACK)), None)
    return (*known, unconfirmed)


def _close_window(scene: Any, condition: TrainedBy) -> None:
    """Move the start back (never past an exemption) until the deadline has passed."""
    as_of, start = scene.as_of, scene.start
    earliest = condition.exempt_before or date.min
    latest = _latest_closed_start(condition, as_of)
    if latest is None or latest < earliest or condition._open(latest, as_of):
        raise InvalidArgument(
            f"a training deadline from a start on or after {earliest.isoformat()} cannot have "
            f"passed by {as_of.isoformat()}"
        )
    if start >= earliest and not condition._open(start, as_of):
        return
    days_back = scene.draw(_DAYS_BACK)
    moved = records.day(latest, -days_back)
    # An earlier start may fall under a transition's later deadline: then the latest will do.
    closed = moved >= earliest and not condition._open(moved, as_of)
    scene.start = moved if closed else latest
    if scene.end is not None and scene.end < scene.start:
        scene.end = scene.start


def _latest_closed_start(condition: TrainedBy, as_of: date) -> date | None:
    """The latest start whose deadline is before ``as_of`` (on or before, with none)."""
    if condition.school_year is not None:
        # Begun on the day the school year began, it is due from that day; begun after, not
        # before the next school year.
        return condition.school_year_begins(as_of)
    if condition.deadline(as_of) is None:
        return as_of
    guess = as_of
    for _ in range(4):
        deadline = condition.deadline(guess)
        assert deadline is not None
        if deadline < as_of:
            break
        step = (deadline - as_of).days + 1
        if guess.toordinal() - step < 1:
            return None
        guess = records.day(guess, -step)
    else:  # pragma: no cover - four steps always reach it (a deadline runs at most a leap day long)
        return None
    # Step forward again while the deadline stays before ``as_of`` (29 February lands on 28).
    while guess < as_of:
        following = records.day(guess, 1)
        later = condition.deadline(following)
        if later is None or later >= as_of:
            break
        guess = following
    return guess


def _leave_exemption(scene: Any, condition: TrainedBy) -> None:
    """Move an exempt start to the first day that is not: only then can it be other than met.

    Asked about before that day, the posting is then one not yet begun.
    """
    exempt = condition.exempt_before
    if exempt is None or scene.start >= exempt:
        return
    scene.start = exempt
    if scene.end is not None and scene.end < exempt:
        scene.end = exempt
