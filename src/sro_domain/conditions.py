"""Conditions: what a rule requires, written once, read by every use of the rule.

A rule built with ``condition=`` states what it requires as data over dotted field paths of the
record it reads: a yes/no fact is true (:func:`is_true`), a set holds every required member
(:func:`includes`) or one of them (:func:`includes_any`), a number reaches a threshold (:func:`at_least`), and all or any of other
conditions (:func:`all_of`, :func:`any_of`). From that one description the library derives the
rule's outcome (three-valued: an unknown fact is never taken as false), its reason with the actual
and the required values, its facts and the paths of what is missing; the targeted strategies of
:mod:`sro_domain.strategies` derive subjects that meet it, fail it or leave it undetermined; and
:meth:`Condition.examples` gives the least change to a record that gives each outcome, which the
rule catalogue shows (decision D14 in ``docs/decisions.md``).

>>> from datetime import date
>>> from decimal import Decimal
>>> from sro_domain import Assignment, Officer, Outcome, Rule, Source, SourceKind, Standard
>>> from sro_domain.conditions import all_of, at_least, is_true
>>> from sro_domain.examples import COMMUNITY_SRO
>>> POLICY = Source(id="district-policy-7", title="SRO policy", authority="Wake County Schools",
...                 citation="Board Policy 7.2", kind=SourceKind.AGENCY_GUIDANCE, binding=False)
>>> VOLUNTEER = Rule(id="district.volunteer", title="Volunteered and sworn", source=POLICY,
...                  quote="Only sworn officers who volunteer may serve.", subject=Officer,
...                  condition=all_of(is_true("volunteered", "volunteered"),
...                                   is_true("sworn", "sworn")))
>>> HOURS = Rule(id="district.hours", title="Thirty hours a week", source=POLICY,
...              quote="An SRO serves at least 30 hours a week.", subject=Assignment,
...              condition=at_least("hours_per_week", Decimal(30), "hours a week in schools"))
>>> DISTRICT = Standard(id="district", title="District policy", subject=Assignment,
...                     source=POLICY, parts=[VOLUNTEER, HOURS])
>>> verdict = DISTRICT.evaluate(COMMUNITY_SRO, as_of=date(2024, 9, 3))
>>> print(verdict.explain())
[MET] District policy (district), as of 2024-09-03
    all 2 parts met
    Source: Board Policy 7.2
    [MET] Volunteered and sworn (district.volunteer)
        volunteered: yes; sworn: yes (all required)
    [MET] Thirty hours a week (district.hours)
        40 hours a week in schools; at least 30 required
>>> HOURS.condition.examples({})[Outcome.NOT_MET]
{'hours_per_week': Decimal('29.5')}
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from operator import attrgetter
from typing import Any, TypeVar

import attrs

from sro_domain._value import Value
from sro_domain.outcome import Outcome
from sro_domain.rules import Context, Finding, Fix, Parameter, impossible

__all__ = [
    "AllOf",
    "AnyOf",
    "AtLeast",
    "ByReading",
    "Condition",
    "Includes",
    "IncludesAny",
    "IsTrue",
    "all_of",
    "any_of",
    "at_least",
    "by_reading",
    "includes",
    "includes_any",
    "is_true",
]

_R = TypeVar("_R")
_MET, _NOT_MET, _UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
_OF: dict[bool | None, Outcome] = {True: _MET, False: _NOT_MET, None: _UNKNOWN}
_WORDS = {True: "yes", False: "no", None: "unknown"}
Changes = dict[str, Any]
"""Dotted path (from the record the rule reads) → the value it takes."""


def replaced(record: _R, path: str, value: Any) -> _R:
    """``record`` with the field at the dotted ``path`` set to ``value`` (records are frozen)."""
    name, _, rest = path.partition(".")
    if rest:
        value = replaced(getattr(record, name), rest, value)
    changed: _R = attrs.evolve(record, **{name: value})  # type: ignore[misc]
    return changed


def _setting(path: str, value: Any) -> Callable[[Any], Any]:
    return lambda record: replaced(record, path, value)


def _unreachable(path: str, record: Any) -> bool:
    """Whether a record on the way to ``path`` is unknown, so that no value can be set there."""
    head, _, _ = path.rpartition(".")
    return bool(head) and _reader(head)(record) is None


def _reader(path: str) -> Callable[[Any], Any]:
    """Read a dotted path; an unknown (``None``) record on the way makes the value unknown."""
    if not isinstance(path, str) or not path or any(not part for part in path.split(".")):
        raise ValueError(f"a condition's path must be a dotted field name, got {path!r}")
    if "." not in path:
        return attrgetter(path)
    getters = [attrgetter(part) for part in path.split(".")]

    def read(record: Any) -> Any:
        value = record
        for get in getters:
            if value is None:
                return None
            value = get(value)
        return value

    return read


class Condition(Value):
    """What a rule requires of the record it reads; see the module docstring.

    Every condition gives :meth:`decide` (the outcome alone, the fast path), :meth:`check` (the
    outcome with its reason, facts and missing paths), :attr:`paths` (the fields it reads),
    :attr:`parameters` and :meth:`examples`. Conditions are immutable and compare by value.
    """

    __slots__ = ()

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads, in order."""
        raise NotImplementedError

    @property
    def parameters(self) -> tuple[Parameter, ...]:
        """The parameters whose values this condition reads."""
        return ()

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record``."""
        raise NotImplementedError

    def check(self, record: Any, context: Context) -> Finding:
        """The outcome, with a reason, facts and the missing paths worked out when read."""
        outcome = self.decide(record, context)
        return Finding(
            outcome,
            lambda: self.reason(record, context),
            lambda: self.facts(record, context),
            self.missing(record, context) if outcome is _UNKNOWN else (),
        )

    def reason(self, record: Any, context: Context) -> str:
        """The actual and the required values, in words."""
        raise NotImplementedError

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The actual and the required values, machine-readable."""
        raise NotImplementedError

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The unknown paths that could still change the outcome."""
        raise NotImplementedError

    def changes(self, record: Any, context: Context, first: date, last: date) -> tuple[date, ...]:
        """The days in ``first`` (excluded) .. ``last`` on which the outcome may change.

        The rule's :data:`~sro_domain.rules.Changes`. Yes/no facts, sets and numbers do not
        depend on the date asked about, so none of these kinds ever changes.
        """
        return ()

    def mend(self, record: Any, context: Context) -> Fix:
        """The least change to ``record`` that meets this condition, which it does not meet.

        The rule's :data:`~sro_domain.rules.Mend`: a yes/no fact set to yes, a number raised to
        the minimum, the lacking members added to a set.
        """
        raise NotImplementedError

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome this condition can give, the fewest field changes that give it.

        The changes apply to a record that meets the condition; ``parameters`` are the values in
        use (a standard's :attr:`~sro_domain.Standard.parameters`).
        """
        raise NotImplementedError

    def _value(self, value: Any, parameters: Mapping[str, Any]) -> Any:
        return parameters.get(value.name, value.default) if isinstance(value, Parameter) else value


# --- yes/no facts -------------------------------------------------------------------------------


class IsTrue(Condition):
    """A yes/no fact must be true: ``True`` is MET, ``False`` NOT_MET, ``None`` UNKNOWN."""

    __slots__ = ("_read", "path", "words")
    _fields = ("path", "words")

    _read: Callable[[Any], Any]
    path: str
    words: str

    def __init__(self, path: str, words: str) -> None:
        object.__setattr__(self, "_read", _reader(path))
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "words", _words(words))

    def __reduce__(self) -> tuple[Any, ...]:
        return (IsTrue, (self.path, self.words))

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads."""
        return (self.path,)

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record``."""
        return _OF[self._read(record)]

    def described(self, record: Any) -> str:
        """``"volunteered: yes"``."""
        return f"{self.words}: {_WORDS[self._read(record)]}"

    def reason(self, record: Any, context: Context) -> str:
        """The actual and the required values, in words."""
        return f"{self.described(record)} (required)"

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The actual and the required values, machine-readable."""
        return {self.path: self._read(record)}

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The unknown paths that could still change the outcome."""
        return (self.path,) if self._read(record) is None else ()

    def mend(self, record: Any, context: Context) -> Fix:
        """The fact set to yes."""
        if self._read(record) is None:
            action = f"{self.words}: record it (yes required; unknown now)"
        else:
            action = f"{self.words}: make it yes (no now)"
        return _fix(self.path, record, action, True)

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome, the fewest field changes that give it."""
        return {_MET: {self.path: True}, _NOT_MET: {self.path: False}, _UNKNOWN: {self.path: None}}


def is_true(path: str, words: str) -> IsTrue:
    """A yes/no fact at ``path`` must be true; ``words`` name it ("volunteered for the position")."""
    return IsTrue(path, words)


# --- sets ---------------------------------------------------------------------------------------


class Includes(Condition):
    """A known set must hold every required member; ``None`` is UNKNOWN.

    ``required`` is a frozenset of enum members, or a :class:`~sro_domain.Parameter`
    whose value is one.
    """

    __slots__ = ("_read", "path", "required", "words")
    _fields = ("path", "required", "words")

    _read: Callable[[Any], Any]
    path: str
    required: frozenset[Any] | Parameter[frozenset[Any]]
    words: str

    def __init__(
        self, path: str, required: frozenset[Any] | Parameter[frozenset[Any]], words: str
    ) -> None:
        if not isinstance(required, Parameter):
            members = frozenset(required)
            if not members or not all(isinstance(m, enum.Enum) for m in members):
                raise ValueError(
                    f"includes({path!r}) needs a non-empty set of enum members, got {required!r}"
                )
            required = members
        object.__setattr__(self, "_read", _reader(path))
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "required", required)
        object.__setattr__(self, "words", _words(words))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Includes, (self.path, self.required, self.words))

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads."""
        return (self.path,)

    @property
    def parameters(self) -> tuple[Parameter, ...]:
        """The parameters whose values this condition reads."""
        return (self.required,) if isinstance(self.required, Parameter) else ()

    def _required(self, context: Context) -> frozenset[Any]:
        required = self.required
        return context[required] if isinstance(required, Parameter) else required

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record``."""
        actual = self._read(record)
        if actual is None:
            return _UNKNOWN
        return _MET if self._required(context) <= actual else _NOT_MET

    def reason(self, record: Any, context: Context) -> str:
        """The actual and the required values, in words."""
        actual, required = self._read(record), self._required(context)
        if actual is None:
            return f"{self.words}: unknown; required: {names(required)}"
        lacking = required - actual
        if lacking:
            return (
                f"{self.words}: {names(actual) or 'none'}; lacking {names(lacking)} "
                f"(required: {names(required)})"
            )
        return f"{self.words}: {names(actual)} (all required)"

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The actual and the required values, machine-readable."""
        actual = self._read(record)
        if actual is None:
            return {}
        return {"actual": ordered(actual), "required": ordered(self._required(context))}

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The unknown paths that could still change the outcome."""
        return (self.path,) if self._read(record) is None else ()

    def mend(self, record: Any, context: Context) -> Fix:
        """The lacking members added."""
        actual, required = self._read(record), self._required(context)
        if actual is None:
            action = f"{self.words}: record them (required: {names(required)}; unknown now)"
            return _fix(self.path, record, action, required)
        lacking = required - actual
        action = f"{self.words}: add {names(lacking)} (required: {names(required)})"
        return _fix(self.path, record, action, actual | required)

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome, the fewest field changes that give it."""
        required = frozenset(self._value(self.required, parameters))
        found: dict[Outcome, Changes] = {_MET: {self.path: required}}
        if required:
            last = ordered(required)[-1]
            found[_NOT_MET] = {self.path: required - {last}}
        found[_UNKNOWN] = {self.path: None}
        return found


def includes(
    path: str, required: frozenset[Any] | Parameter[frozenset[Any]], words: str
) -> Includes:
    """The set at ``path`` must hold every member of ``required`` (enum members)."""
    return Includes(path, required, words)


class IncludesAny(Includes):
    """A known set must hold at least one of the ``required`` members; ``None`` is UNKNOWN."""

    __slots__ = ()

    def __reduce__(self) -> tuple[Any, ...]:
        return (IncludesAny, (self.path, self.required, self.words))

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record``."""
        actual = self._read(record)
        if actual is None:
            return _UNKNOWN
        return _MET if self._required(context) & actual else _NOT_MET

    def reason(self, record: Any, context: Context) -> str:
        """The actual values, and those of which one is required, in words."""
        actual, required = self._read(record), self._required(context)
        if actual is None:
            return f"{self.words}: unknown; one of {names(required)} required"
        if required & actual:
            return f"{self.words}: {names(actual)} (one of {names(required)} required)"
        return f"{self.words}: {names(actual) or 'none'}; one of {names(required)} required"

    def mend(self, record: Any, context: Context) -> Fix:
        """The first of the required members added."""
        actual, required = self._read(record), self._required(context)
        first = ordered(required)[0]
        if actual is None:
            action = f"{self.words}: record them (one of {names(required)} required; unknown now)"
            return _fix(self.path, record, action, frozenset({first}))
        action = f"{self.words}: add {names([first])} (one of {names(required)} required)"
        return _fix(self.path, record, action, actual | {first})

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome: the first required member only (met), none of them, or unknown."""
        required = frozenset(self._value(self.required, parameters))
        found: dict[Outcome, Changes] = {}
        if required:
            found[_MET] = {self.path: frozenset({ordered(required)[0]})}
        others = [member for member in universe(required) if member not in required]
        found[_NOT_MET] = {self.path: frozenset(others[:1])}
        found[_UNKNOWN] = {self.path: None}
        return found


def includes_any(
    path: str, required: frozenset[Any] | Parameter[frozenset[Any]], words: str
) -> IncludesAny:
    """The set at ``path`` must hold at least one member of ``required`` (enum members)."""
    return IncludesAny(path, required, words)


def universe(members: frozenset[Any]) -> list[Any]:
    """Every member of the enum ``members`` come from (none for no members)."""
    kind = type(next(iter(members))) if members else None
    return list(kind) if kind is not None else []  # type: ignore[call-overload]


# --- numbers ------------------------------------------------------------------------------------


class AtLeast(Condition):
    """A known number must reach ``minimum``; ``None`` is UNKNOWN.

    ``minimum`` is a number (``int`` or ``Decimal``) or a :class:`~sro_domain.Parameter`
    whose value is one. ``show`` writes a number for the reason; ``greatest``, when given, is the
    largest value the field can hold (a week has 168 hours), which generated records respect.
    """

    __slots__ = ("_read", "greatest", "minimum", "path", "show", "words")
    _fields = ("path", "minimum", "words", "show", "greatest")

    _read: Callable[[Any], Any]
    path: str
    minimum: int | Decimal | Parameter[Any]
    words: str
    show: Callable[[Any], str]
    greatest: int | Decimal | None

    def __init__(
        self,
        path: str,
        minimum: int | Decimal | Parameter[Any],
        words: str,
        *,
        show: Callable[[Any], str] = str,
        greatest: int | Decimal | None = None,
    ) -> None:
        numbers = (int, Decimal)
        if not isinstance(minimum, Parameter) and (
            isinstance(minimum, bool) or not isinstance(minimum, numbers)
        ):
            raise ValueError(f"at_least({path!r}) needs an int or a Decimal, got {minimum!r}")
        object.__setattr__(self, "_read", _reader(path))
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "minimum", minimum)
        object.__setattr__(self, "words", _words(words))
        object.__setattr__(self, "show", show)
        object.__setattr__(self, "greatest", greatest)

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _at_least,
            (self.path, self.minimum, self.words, self.show, self.greatest),
        )

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads."""
        return (self.path,)

    @property
    def parameters(self) -> tuple[Parameter, ...]:
        """The parameters whose values this condition reads."""
        return (self.minimum,) if isinstance(self.minimum, Parameter) else ()

    def _minimum(self, context: Context) -> Any:
        minimum = self.minimum
        return context[minimum] if isinstance(minimum, Parameter) else minimum

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record``."""
        value = self._read(record)
        if value is None:
            return _UNKNOWN
        return _MET if value >= self._minimum(context) else _NOT_MET

    def reason(self, record: Any, context: Context) -> str:
        """The actual and the required values, in words."""
        value, show = self._read(record), self.show
        shown = "unknown" if value is None else show(value)
        return f"{shown} {self.words}; at least {show(self._minimum(context))} required"

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The actual and the required values, machine-readable."""
        return {self.path: self._read(record), "required": self._minimum(context)}

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The unknown paths that could still change the outcome."""
        return (self.path,) if self._read(record) is None else ()

    def mend(self, record: Any, context: Context) -> Fix:
        """The number raised to the minimum, where the field can hold it."""
        value, minimum, show = self._read(record), self._minimum(context), self.show
        if value is None:
            action = f"{self.words}: record it (at least {show(minimum)} required; unknown now)"
        else:
            action = f"{self.words}: raise from {show(value)} to at least {show(minimum)}"
        if self.greatest is not None and minimum > self.greatest:
            return impossible(
                self.path, action, f"at most {show(self.greatest)} {self.words} can be recorded"
            )
        return _fix(self.path, record, action, minimum)

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome, the fewest field changes that give it."""
        minimum = self._value(self.minimum, parameters)
        found: dict[Outcome, Changes] = {_MET: {self.path: minimum}}
        if minimum > 0:
            # Short by the least step a record writes: half an hour, one whole unit.
            step = Decimal("0.5") if isinstance(minimum, Decimal) else 1
            found[_NOT_MET] = {self.path: max(minimum - step, minimum * 0)}
        found[_UNKNOWN] = {self.path: None}
        return found


def _at_least(
    path: str,
    minimum: int | Decimal | Parameter[Any],
    words: str,
    show: Callable[[Any], str],
    greatest: int | Decimal | None,
) -> AtLeast:
    return AtLeast(path, minimum, words, show=show, greatest=greatest)


def at_least(
    path: str,
    minimum: int | Decimal | Parameter[Any],
    words: str,
    *,
    show: Callable[[Any], str] = str,
    greatest: int | Decimal | None = None,
) -> AtLeast:
    """The number at ``path`` must be at least ``minimum`` (a number or a parameter)."""
    return AtLeast(path, minimum, words, show=show, greatest=greatest)


# --- all, any -----------------------------------------------------------------------------------


class _Combined(Condition):
    __slots__ = ("conditions",)
    _fields = ("conditions",)
    _joined = ""

    conditions: tuple[Condition, ...]

    def __init__(self, conditions: Iterable[Condition]) -> None:
        conditions = tuple(conditions)
        if not conditions or not all(isinstance(c, Condition) for c in conditions):
            raise ValueError(f"{type(self).__name__} needs conditions, got {conditions!r}")
        object.__setattr__(self, "conditions", conditions)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.conditions,))

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads."""
        return tuple(dict.fromkeys(path for c in self.conditions for path in c.paths))

    @property
    def parameters(self) -> tuple[Parameter, ...]:
        """The parameters whose values this condition reads."""
        return tuple(dict.fromkeys(p for c in self.conditions for p in c.parameters))

    def reason(self, record: Any, context: Context) -> str:
        """The actual and the required values, in words."""
        conditions = self.conditions
        flags = [c for c in conditions if isinstance(c, IsTrue)]
        if len(flags) == len(conditions):
            described = "; ".join(flag.described(record) for flag in flags)
            return f"{described} ({self._joined})"
        return "; ".join(c.reason(record, context) for c in conditions)

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The actual and the required values, machine-readable."""
        found: dict[str, object] = {}
        for condition in self.conditions:
            found.update(condition.facts(record, context))
        return found

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The unknown paths that could still change the outcome."""
        return tuple(
            dict.fromkeys(
                path
                for c in self.conditions
                if c.decide(record, context) is _UNKNOWN
                for path in c.missing(record, context)
            )
        )


class AllOf(_Combined):
    """Every condition must be met (Kleene's "and": one NOT_MET is NOT_MET)."""

    __slots__ = ()
    _joined = "all required"

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record``."""
        return Outcome.all_of([c.decide(record, context) for c in self.conditions])

    def mend(self, record: Any, context: Context) -> Fix:
        """Each condition not met, mended: one fix that makes every change."""
        return joined(
            [
                c.mend(record, context)
                for c in self.conditions
                if c.decide(record, context) is not _MET
            ]
        )

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome, the fewest field changes that give it."""
        each = [c.examples(parameters) for c in self.conditions]
        found: dict[Outcome, Changes] = {_MET: _merged(e[_MET] for e in each)}
        for outcome in (_NOT_MET, _UNKNOWN):
            # The others are met already: one part's change is enough.
            first = next((e for e in each if outcome in e), None)
            if first is not None:
                found[outcome] = dict(first[outcome])
        return found


class AnyOf(_Combined):
    """At least one condition must be met (Kleene's "or": one MET is MET)."""

    __slots__ = ()
    _joined = "one required"

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record``."""
        return Outcome.any_of([c.decide(record, context) for c in self.conditions])

    def reason(self, record: Any, context: Context) -> str:
        """The actual and the required values, in words: the way it is met, or every way."""
        if all(isinstance(c, IsTrue) for c in self.conditions):
            return super().reason(record, context)
        met = next((c for c in self.conditions if c.decide(record, context) is _MET), None)
        if met is not None:
            return met.reason(record, context)
        return "; or ".join(c.reason(record, context) for c in self.conditions)

    def mend(self, record: Any, context: Context) -> Fix:
        """The first condition that can be met, mended; the others are the options."""
        fixes = [c.mend(record, context) for c in self.conditions]
        possible = [fix for fix in fixes if fix.possible]
        if not possible:
            return impossible(
                fixes[0].path,
                "; or ".join(fix.action for fix in fixes),
                "; ".join(fix.why_not or "" for fix in fixes),
            )
        first = possible[0]
        return Fix(
            first.path,
            first.action,
            first.change,
            by=first.by,
            wait_until=first.wait_until,
            options=[fix.action for fix in possible] if len(possible) > 1 else (),
        )

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome, the fewest field changes that give it."""
        each = [c.examples(parameters) for c in self.conditions]
        found: dict[Outcome, Changes] = {_MET: dict(each[0][_MET])}
        if all(_NOT_MET in e for e in each):
            failing = _merged(e[_NOT_MET] for e in each)
            found[_NOT_MET] = failing
            first = next((i for i, e in enumerate(each) if _UNKNOWN in e), None)
            if first is not None:
                found[_UNKNOWN] = {**failing, **each[first][_UNKNOWN]}
        return found


# --- readings ----------------------------------------------------------------------------------


class ByReading(Condition):
    """One of several conditions, chosen by the value of a parameter: a clause read more than one way.

    Where a source is ambiguous, the library picks a reading and a parameter lets users pick
    another (decision A1: the federal purposes (A)–(G), joined by "and", are all required, or
    any one). Each reading is a condition; this one decides, explains, mends and gives
    examples as the reading in use does.

    Attributes:
        parameter: the parameter whose value picks the reading.
        readings: ``(value, condition)`` pairs, one per reading.
    """

    __slots__ = ("_chosen", "parameter", "readings")
    _fields = ("parameter", "readings")

    parameter: Parameter
    readings: tuple[tuple[Any, Condition], ...]
    _chosen: dict[Any, Condition]

    def __init__(self, parameter: Parameter, readings: Mapping[Any, Condition]) -> None:
        if not isinstance(parameter, Parameter):
            raise ValueError(f"by_reading needs a Parameter, got {parameter!r}")
        pairs = tuple(readings.items()) if isinstance(readings, Mapping) else ()
        if not pairs or not all(isinstance(c, Condition) for _, c in pairs):
            raise ValueError(f"by_reading needs a condition per reading, got {readings!r}")
        object.__setattr__(self, "parameter", parameter)
        object.__setattr__(self, "readings", pairs)
        object.__setattr__(self, "_chosen", dict(pairs))

    def __reduce__(self) -> tuple[Any, ...]:
        return (ByReading, (self.parameter, dict(self.readings)))

    def reading(self, parameters: Mapping[str, Any]) -> Condition:
        """The condition of the reading these parameter values pick.

        Raises:
            ValueError: the value in use names no reading (the rule should not apply then).
        """
        value = parameters.get(self.parameter.name, self.parameter.default)
        chosen: Condition | None = self._chosen.get(value)
        if chosen is None:
            raise ValueError(f"{self.parameter.name}={value!r} names none of this rule's readings")
        return chosen

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths the readings read."""
        return tuple(dict.fromkeys(path for _, c in self.readings for path in c.paths))

    @property
    def parameters(self) -> tuple[Parameter, ...]:
        """The parameter that picks the reading, and those the readings read."""
        return tuple(
            dict.fromkeys((self.parameter, *(p for _, c in self.readings for p in c.parameters)))
        )

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record``, as the reading in use gives it."""
        return self.reading(context.parameters).decide(record, context)

    def check(self, record: Any, context: Context) -> Finding:
        """The reading in use's finding."""
        return self.reading(context.parameters).check(record, context)

    def reason(self, record: Any, context: Context) -> str:
        """The reading in use's reason."""
        return self.reading(context.parameters).reason(record, context)

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The reading in use's facts."""
        return self.reading(context.parameters).facts(record, context)

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The reading in use's missing paths."""
        return self.reading(context.parameters).missing(record, context)

    def changes(self, record: Any, context: Context, first: date, last: date) -> tuple[date, ...]:
        """The days the reading in use's outcome may change."""
        return self.reading(context.parameters).changes(record, context, first, last)

    def mend(self, record: Any, context: Context) -> Fix:
        """The reading in use's least change."""
        return self.reading(context.parameters).mend(record, context)

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """The examples of the reading these parameter values pick."""
        return self.reading(parameters).examples(parameters)


def by_reading(parameter: Parameter, readings: Mapping[Any, Condition]) -> ByReading:
    """The condition of the reading ``parameter``'s value picks, from ``readings``."""
    return ByReading(parameter, readings)


def all_of(*conditions: Condition) -> AllOf:
    """Every one of ``conditions`` must be met."""
    return AllOf(conditions)


def any_of(*conditions: Condition) -> AnyOf:
    """At least one of ``conditions`` must be met."""
    return AnyOf(conditions)


def joined(fixes: Sequence[Fix]) -> Fix:
    """One fix making every change of ``fixes`` in turn; impossible if any of them is."""
    action = "; ".join(fix.action for fix in fixes)
    blocked = [fix.why_not for fix in fixes if fix.why_not is not None]
    if blocked:
        return impossible(fixes[0].path, action, "; ".join(blocked))
    changes = [fix.change for fix in fixes if fix.change is not None]

    def change(changed: Any) -> Any:
        for each in changes:
            changed = each(changed)
        return changed

    return Fix(
        fixes[0].path,
        action,
        change if changes else None,
        by=min((fix.by for fix in fixes if fix.by is not None), default=None),
        wait_until=max((f.wait_until for f in fixes if f.wait_until is not None), default=None),
    )


def _fix(path: str, record: Any, action: str, value: Any) -> Fix:
    if _unreachable(path, record):
        head = path.rpartition(".")[0]
        return impossible(path, action, f"{head} is unknown, so {path} cannot be set")
    return Fix(path, action, _setting(path, value))


def _merged(changes: Iterable[Changes]) -> Changes:
    found: Changes = {}
    for change in changes:
        found.update(change)
    return found


def _members_of(values: Iterable[Any], kind: type[enum.Enum], maker: str) -> frozenset[Any]:
    """``values`` as a set of at least one ``kind`` member; else ``ValueError`` naming ``maker``."""
    members = frozenset(values)
    if not members or not all(isinstance(member, kind) for member in members):
        raise ValueError(f"{maker} needs {kind.__name__} members, got {values!r}")
    return members


def _words(words: str) -> str:
    if not isinstance(words, str) or not words.strip():
        raise ValueError(f"a condition needs words for its reason, got {words!r}")
    return words


# --- words for sets -----------------------------------------------------------------------------


@functools.cache
def _rank(kind: type[enum.Enum]) -> dict[Any, int]:
    """Each member's place in its enum's declaration, worked out once per enum."""
    return {member: place for place, member in enumerate(kind)}


@functools.cache
def _word(member: enum.Enum) -> str:
    value: str = member.value
    return value if len(value) == 1 else value.replace("_", " ")


def ordered(members: Iterable[Any]) -> tuple[Any, ...]:
    """Enum members in their declaration order, for stable reasons and facts."""
    members = tuple(members)
    if len(members) < 2:
        return members
    kind: type[enum.Enum] = type(members[0])
    return tuple(sorted(members, key=_rank(kind).__getitem__))


def names(members: Iterable[Any]) -> str:
    """Enum members in words: ``"schools, community organizations"``; letters stay letters."""
    return ", ".join([_word(member) for member in ordered(members)])
