"""A rule: one clause of one source, encoded — with what its check reads and returns.

:class:`Rule`, its :class:`Parameter` values, the :class:`Context` a check reads and the
:class:`Finding` it returns. Standards (:mod:`sro_domain.standard`) gather rules; verdicts
(:mod:`sro_domain.verdict`) report on them. All of it is importable from :mod:`sro_domain.rules`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sro_domain._value import Value
from sro_domain.outcome import Outcome
from sro_domain.sources import Source

__all__ = [
    "Changes",
    "Check",
    "Context",
    "Decide",
    "Finding",
    "Fix",
    "Mend",
    "Parameter",
    "Rule",
    "impossible",
    "timeless",
]

if TYPE_CHECKING:
    # Defaults let ``Rule`` and ``Parameter`` stand unparametrised; only type checkers read them
    # (``typing.TypeVar`` takes ``default`` from Python 3.13).
    import typing_extensions

    from sro_domain.conditions import Condition

    T = typing_extensions.TypeVar("T", default=Any)  # a parameter's value
    R = typing_extensions.TypeVar("R", default=Any)  # the record a rule reads
else:
    T, R = TypeVar("T"), TypeVar("R")

_EMPTY: Mapping[str, object] = MappingProxyType({})
_MET, _NOT_MET, _UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN


def _frozen_facts(facts: Mapping[str, object]) -> Mapping[str, object]:
    return facts if isinstance(facts, MappingProxyType) else MappingProxyType(dict(facts))


class Finding:
    """What a rule's check returns: the outcome, a reason in plain words, facts and unknowns.

    ``reason`` and ``facts`` may be given as zero-argument callables: they are then called only
    when someone reads the verdict's reason or facts, which keeps evaluation cheap when only
    outcomes are wanted.

    Args:
        outcome: the rule's outcome.
        reason: the actual and the required values in plain language ("39.5 hours …; at least
            40 required"), or a callable returning it.
        facts: machine-readable actual and required values (scalars, dates, decimals, enum
            members and tuples of these), or a callable returning them.
        missing: the unknown inputs that could still change the outcome, as dotted paths
            relative to the record the rule reads (``"volunteered"``). Needed when UNKNOWN;
            ignored otherwise.
    """

    __slots__ = ("_facts", "_reason", "missing", "outcome")

    def __init__(
        self,
        outcome: Outcome,
        reason: str | Callable[[], str],
        facts: Mapping[str, object] | Callable[[], Mapping[str, object]] = _EMPTY,
        missing: Iterable[str] = frozenset(),
    ) -> None:
        self.outcome = outcome
        self._reason = reason
        self._facts = facts
        self.missing = missing if isinstance(missing, frozenset) else frozenset(missing)

    @property
    def reason(self) -> str:
        """The reason, computed now if it was given as a callable."""
        reason = self._reason
        return reason if isinstance(reason, str) else reason()

    @property
    def facts(self) -> Mapping[str, object]:
        """The facts, read-only, computed now if they were given as a callable."""
        facts = self._facts
        return _frozen_facts(facts() if callable(facts) else facts)

    def __repr__(self) -> str:
        return f"Finding({self.outcome!r}, {self.reason!r})"


class Context:
    """What a check may read besides the record: the date and the standard's parameter values.

    ``horizon`` is set when a standard looks ahead from ``as_of`` to a later date that still
    matters (NASRO's selection is judged as of the assignment's start; evaluated before the
    start, a shortfall that ongoing service closes by then is UNKNOWN, not NOT_MET).
    """

    __slots__ = ("as_of", "horizon", "parameters")

    def __init__(
        self, as_of: date, parameters: Mapping[str, Any], horizon: date | None = None
    ) -> None:
        self.as_of = as_of
        self.parameters = parameters
        self.horizon = horizon

    def __getitem__(self, parameter: Parameter[T]) -> T:
        """The value in use of one of the rule's parameters: ``context[MIN_YEARS]``."""
        value: T = self.parameters[parameter.name]
        return value

    def __repr__(self) -> str:
        return f"Context(as_of={self.as_of!r}, horizon={self.horizon!r})"


Check = Callable[[Any, Context], Finding]
"""A rule's check: ``check(record, context) -> Finding``; it must not raise for a valid record."""

Decide = Callable[[Any, Context], Outcome]
"""A rule's fast path: ``decide(record, context) -> Outcome``, the check's outcome alone."""

Changes = Callable[[Any, Context, date, date], Iterable[date]]
"""When a rule's outcome can change: ``changes(record, context, first, last)``.

It gives the days after ``first`` and up to ``last`` on which the outcome on ``record`` may
differ from the day before, with the parameters and ``horizon`` of ``context`` in use (its
``as_of`` is ``first``). A day too many costs one evaluation; a day missed makes a timeline wrong
(decision P1 in ``docs/decisions.md``).
"""


def timeless(record: Any, context: Context, first: date, last: date) -> tuple[()]:
    """The :data:`Changes` of a rule that never reads ``as_of``: its outcome never changes."""
    return ()


class Fix(Value):
    """What a rule's ``mend`` returns: the least change to the record that would meet the rule.

    ``path`` is the field to change, relative to the record the rule reads (``""`` for the
    record itself); ``action`` says what to do in plain words ("complete 12 more hours of
    school-policing training before 2024-08-19"). ``change`` returns the record with the change
    made (the fewest hours, the smallest set); it is ``None`` when time alone closes the gap
    (``wait_until``) or when nothing can (``why_not``, the reason). ``by`` is the last day the
    change can be made, where the rule sets one; ``options`` are the other ways to meet a rule
    with alternatives, ``change`` making the first. Immutable.

    Raises:
        ValueError: a fix that is possible has neither ``change`` nor ``wait_until``, or an
            impossible one has either.
    """

    __slots__ = ("action", "by", "change", "options", "path", "wait_until", "why_not")
    _fields = ("path", "action", "by", "wait_until", "options", "why_not")

    path: str
    action: str
    change: Callable[[Any], Any] | None
    by: date | None
    wait_until: date | None
    options: tuple[str, ...]
    why_not: str | None

    def __init__(
        self,
        path: str,
        action: str,
        change: Callable[[Any], Any] | None = None,
        *,
        by: date | None = None,
        wait_until: date | None = None,
        options: Iterable[str] = (),
        why_not: str | None = None,
    ) -> None:
        if why_not is None and change is None and wait_until is None:
            raise ValueError(f"a fix of {path!r} needs a change, a wait_until date or why_not")
        if why_not is not None and (change is not None or wait_until is not None):
            raise ValueError(f"an impossible fix of {path!r} can neither change nor wait")
        for name, value in (
            ("path", path),
            ("action", action),
            ("change", change),
            ("by", by),
            ("wait_until", wait_until),
            ("options", tuple(options)),
            ("why_not", why_not),
        ):
            object.__setattr__(self, name, value)

    @property
    def possible(self) -> bool:
        """Whether something can still meet the rule."""
        return self.why_not is None


def impossible(path: str, action: str, why_not: str) -> Fix:
    """A :class:`Fix` that cannot be made: ``why_not`` says what stands in the way."""
    return Fix(path, action, why_not=why_not)


Mend = Callable[[Any, Context], Fix]
"""What would meet a rule: ``mend(record, context) -> Fix``, called only when it is not MET.

It must return a fix whose change (made, then evaluated as of ``wait_until`` where given, else
as of ``context.as_of``) meets the rule, or say why none can (decision P2 in
``docs/decisions.md``).
"""


class Parameter(Value, Generic[T]):
    """A named, documented choice a rule leaves open (a threshold, a reading of an ambiguity).

    ``convert`` validates and normalises a value, raising ``ValueError`` (with a message that
    completes "must …") when it cannot be taken. A check reads the value in use with
    ``context[PARAMETER]``, typed by the parameter. A parameter's name is how
    :meth:`Standard.configure` and :attr:`Standard.parameters` know it; one standard cannot hold
    two different parameters of one name. Immutable; compares by value.
    """

    __slots__ = ("convert", "default", "doc", "name")
    _fields = ("name", "default", "convert", "doc")
    _repr_fields = ("name", "default")

    name: str
    default: T
    convert: Callable[[Any], T]
    doc: str

    def __init__(self, name: str, default: T, convert: Callable[[Any], T], doc: str) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "default", default)
        object.__setattr__(self, "convert", convert)
        object.__setattr__(self, "doc", doc)


class Rule(Value, Generic[R]):
    """One clause of one source, encoded: its id, its exact words and its check.

    Ids are dotted (``"nasro.selection.experience"``) and public: downstream apps key messages
    and translations on them. ``subject`` is the record type the check reads; a standard on an
    ``Assignment`` can use a rule on the assignment's ``Officer`` or ``Mou``.

    ``decide`` is an optional fast path returning only the outcome, which
    :meth:`Standard.holds` uses; it must always agree with ``check(...).outcome``.
    ``applies_when`` lets a parameter leave the rule out of a standard altogether (the federal
    definition's ``purposes=IGNORE``). ``changes`` says on which days the outcome can change
    (:data:`~sro_domain.rules.Changes`; :func:`~sro_domain.rules.timeless` for a check that
    never reads ``as_of``), which :func:`~sro_domain.timeline` reads; a rule built from a
    ``condition`` derives it, and a hand-written check without it is evaluated day by day there.
    ``mend`` says what would meet the rule (:data:`~sro_domain.rules.Mend`), which
    :func:`~sro_domain.remedies` reads; a ``condition`` derives it too, and a hand-written
    rule without it has remedies that say only that the rule gives none.
    Immutable; compares by value.

    Raises:
        ValueError: the id is empty or the quote is blank.
        TypeError: ``source`` is not a :class:`Source`, ``subject`` not a type, or ``check``,
            ``changes`` or ``mend`` not callable.
    """

    __slots__ = (
        "applies_when",
        "changes",
        "check",
        "condition",
        "decide",
        "id",
        "mend",
        "parameters",
        "quote",
        "source",
        "subject",
        "title",
    )
    _fields = (
        "id",
        "title",
        "source",
        "quote",
        "subject",
        "check",
        "parameters",
        "decide",
        "applies_when",
        "condition",
        "changes",
        "mend",
    )
    _repr_fields = ("id", "title")

    id: str
    title: str
    source: Source
    quote: str
    subject: type[R]
    check: Callable[[R, Context], Finding]
    parameters: tuple[Parameter, ...]
    decide: Decide | None
    applies_when: Callable[[Mapping[str, Any]], bool] | None
    condition: Condition | None
    changes: Changes | None
    mend: Mend | None

    def __init__(
        self,
        *,
        id: str,
        title: str,
        source: Source,
        quote: str,
        subject: type[R],
        check: Callable[[R, Context], Finding] | None = None,
        parameters: Iterable[Parameter] = (),
        decide: Decide | None = None,
        applies_when: Callable[[Mapping[str, Any]], bool] | None = None,
        condition: Condition | None = None,
        changes: Changes | None = None,
        mend: Mend | None = None,
    ) -> None:
        if not isinstance(id, str) or not id or id != id.strip():
            raise ValueError(f"a rule id must be a non-empty string, got {id!r}")
        if not isinstance(quote, str) or not quote.strip():
            raise ValueError(f"rule {id} must quote its source's words, got {quote!r}")
        if not isinstance(source, Source):
            raise TypeError(f"rule {id}: source must be a Source, got {source!r}")
        if not isinstance(subject, type):
            raise TypeError(f"rule {id}: subject must be a record type, got {subject!r}")
        if condition is not None:
            from sro_domain.conditions import Condition  # noqa: PLC0415 - it imports this module

            if not isinstance(condition, Condition):
                raise TypeError(f"rule {id}: condition must be a Condition, got {condition!r}")
            check = condition.check if check is None else check
            decide = condition.decide if decide is None else decide
            changes = condition.changes if changes is None else changes
            mend = condition.mend if mend is None else mend
            parameters = tuple(dict.fromkeys((*parameters, *condition.parameters)))
        if changes is not None and not callable(changes):
            raise TypeError(f"rule {id}: changes must be callable, got {changes!r}")
        if mend is not None and not callable(mend):
            raise TypeError(f"rule {id}: mend must be callable, got {mend!r}")
        if not callable(check):
            raise TypeError(
                f"rule {id}: check must be callable (or give a condition), got {check!r}"
            )
        for name, value in (
            ("id", id),
            ("title", title),
            ("source", source),
            ("quote", quote),
            ("subject", subject),
            ("check", check),
            ("parameters", tuple(parameters)),
            ("decide", decide),
            ("applies_when", applies_when),
            ("condition", condition),
            ("changes", changes),
            ("mend", mend),
        ):
            object.__setattr__(self, name, value)

    def __reduce__(self) -> tuple[Any, ...]:
        from sro_domain.registry import RULES  # noqa: PLC0415 - the registry imports this module

        if RULES.get(self.id) is self:
            return (_built_in_rule, (self.id,))
        return (_make, (Rule, {name: getattr(self, name) for name in self._fields}))

    def outcome(self, record: Any, context: Context) -> Outcome:
        """The rule's outcome on ``record``, by its fast path when it has one."""
        if self.decide is not None:
            return self.decide(record, context)
        return self.check(record, context).outcome


# --- pickling (decision D7) ------------------------------------------------------------------
# Built-in rules travel by id (their checks are closures); others by what built them.


def _make(cls: type, kwargs: dict[str, Any]) -> Any:
    return cls(**kwargs)


def _built_in_rule(rule_id: str) -> Rule:
    from sro_domain.registry import RULES  # noqa: PLC0415 - the registry imports this module

    return RULES[rule_id]
