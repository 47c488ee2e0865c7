"""Standards: named sets of rules and nested standards, and how they are evaluated.

A :class:`Standard` reaches the records its parts read as the record types declare
(``assignment.officer``; see :func:`reach`), judges nested standards at the dates they name
(:func:`at_assignment_start`, :func:`from_assignment_start`) and builds a
:class:`~sro_domain.verdict.Verdict`. Importable from :mod:`sro_domain.rules` too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import partial
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sro_domain import _reach
from sro_domain._validation import show
from sro_domain._value import Value, snake_case
from sro_domain.errors import InvalidParameterError, NotInForceError, UndeterminedError
from sro_domain.outcome import Outcome
from sro_domain.rule import (
    _EMPTY,
    Context,
    Decide,
    Parameter,
    Rule,
    _make,
)
from sro_domain.sources import Source
from sro_domain.verdict import Verdict, _built_verdict

__all__ = ["Standard", "at_assignment_start", "from_assignment_start", "reach"]

if TYPE_CHECKING:
    import typing_extensions

    from sro_domain.conditions import Condition

    S = typing_extensions.TypeVar("S", default=Any)  # the record a standard evaluates
else:
    S = TypeVar("S")

_MET, _NOT_MET, _UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN

# A record not known to be absent: nothing is ever this object.
_PRESENT: tuple[object, str] = (object(), "")


def reach(subject_type: type, record_type: type) -> tuple[str, tuple[object, str]] | None:
    """How a standard on ``subject_type`` reaches a ``record_type``, as the records declare it.

    The attribute to read, and the value that means the record is known to be absent (``NO_MOU``)
    with the words for it; ``None`` when the record is not reached.
    """
    for name, (kind, absent) in _reach.REACHES.get(subject_type, {}).items():
        if kind is record_type:
            return name, absent or _PRESENT
    return None


def _held_with_start(record_type: type) -> str | None:
    """The attribute through which a record with a start date holds a ``record_type``."""
    for holder in _reach.REACHES:
        found = reach(holder, record_type) if _has_start(holder) else None
        if found is not None:
            return found[0]
    return None


def _root(subject_type: type) -> str:
    """The first segment of every ``missing`` path: the evaluated subject's name, in snake case."""
    root = _ROOTS.get(subject_type)
    if root is None:
        root = _ROOTS[subject_type] = snake_case(subject_type.__name__)
    return root


_ROOTS: dict[type, str] = {}  # one per record type: every evaluation starts from one


def _has_start(subject_type: type) -> bool:
    """Whether a record has a start date that parts can be judged at."""
    fields = getattr(subject_type, "__attrs_attrs__", ())
    return any(field.name == "start" for field in fields)


class _Part(Value):
    """A rule or nested standard as a standard holds it: how to reach its record, and when.

    A standard's active rule parts also carry the parameters the rule reads and its fast path.
    """

    __slots__ = (
        "absent",
        "at_start",
        "condition",
        "decide",
        "from_start",
        "item",
        "path",
        "rule_parameters",
    )
    _fields = ("item", "path", "at_start", "from_start")

    item: Rule | Standard
    path: str  # attribute from the standard's subject to the item's; "" for itself
    at_start: bool  # judged as of the start, looking ahead from an earlier as_of
    from_start: bool  # judged as of the start when asked earlier, else as of as_of
    rule_parameters: Mapping[str, object]
    decide: Decide | None
    condition: Condition | None  # read directly when the rule's check is the condition's own
    absent: tuple[object, str]  # the value at ``path`` known to mean "none", and its words

    def __init__(
        self,
        item: Rule | Standard,
        path: str,
        at_start: bool = False,
        *,
        from_start: bool = False,
        rule_parameters: Mapping[str, object] = _EMPTY,
        decide: Decide | None = None,
        absent: tuple[object, str] = _PRESENT,
        condition: Condition | None = None,
    ) -> None:
        object.__setattr__(self, "item", item)
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "at_start", at_start)
        object.__setattr__(self, "from_start", from_start)
        object.__setattr__(self, "rule_parameters", rule_parameters)
        object.__setattr__(self, "decide", decide)
        object.__setattr__(self, "absent", absent)
        object.__setattr__(self, "condition", condition)

    def __repr__(self) -> str:
        return (
            f"_Part({self.item.id!r}, path={self.path!r}, at_start={self.at_start!r}, "
            f"from_start={self.from_start!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (_make_part, (self.item, self.path, self.at_start, self.from_start))


def at_assignment_start(standard: Standard) -> _Part:
    """Nest an ``Officer`` standard in an ``Assignment`` standard, judged as of the assignment's start.

    NASRO's selection criteria are about the officer *considered for* the post, so
    ``NASRO_ASSIGNMENT`` judges them as of the assignment's start. Evaluated before the start,
    the nested standard is judged as of ``as_of`` and a shortfall in experience that ongoing
    service closes by the start is UNKNOWN.
    """
    path = _held_with_start(standard.subject) if isinstance(standard, Standard) else None
    if path is None:
        raise TypeError(
            "at_assignment_start takes a Standard on an Officer (a record the assignment "
            f"holds), got {standard!r}"
        )
    return _Part(standard, path, at_start=True)


def from_assignment_start(standard: Standard) -> _Part:
    """Nest an ``Assignment`` standard judged as of the assignment's start when asked earlier.

    A planned posting can be pre-screened: ``NASRO_ASSIGNMENT`` asks whether the posting will
    be one under the federal definition when it begins, so asked before the start the nested
    ``FEDERAL_DEFINITION`` is judged as of the start (decision N1); from the start on, as of
    ``as_of``.
    """
    if not isinstance(standard, Standard) or not _has_start(standard.subject):
        raise TypeError(
            "from_assignment_start takes a Standard on an Assignment (a record with a start "
            f"date), got {standard!r}"
        )
    return _Part(standard, "", from_start=True)


class Standard(Value, Generic[S]):
    """A named set of rules and nested standards, all of which must be met.

    Build one from built-in rules and standards plus rules of your own (see the module
    docstring), or derive a variant of a built-in one with :meth:`configure`.

    Args:
        id: kebab-case (``"nasro-selection"``); a variant keeps its standard's id.
        title: in words.
        subject: the record type it evaluates (``Officer``, ``Assignment``, ``Mou``, …).
        source: its primary source.
        parts: its rules and nested standards, in order. A part that reads another record
            type is reached through the subject (an ``Assignment`` standard reads its
            officer's rules through ``assignment.officer``); see :func:`at_assignment_start`.
        parameters: values for its own rules' parameters; the rest take their defaults.
        scope: a rule or standard saying whether this standard reaches the subject at all
            (North Carolina's training rules bind the officers who are SROs under their
            paragraph (a); the COPS Hiring Program's conditions bind the posts it funds). The
            outcome is then the Kleene implication ``~applies | all_of(parts)``: a subject
            outside the scope is ``MET``, with every part still reported and the reason saying
            "not reached", never a false violation. Reached like a part.

    Raises:
        TypeError: a part cannot be reached from ``subject``, or a parameter is unknown.
        ValueError: two different parameters of its parts have one name.
        InvalidParameterError: a parameter value cannot be taken.
    """

    __slots__ = (
        "_active",
        "_all_parts",
        "_dated",
        "_dated_parts",
        "_declared",
        "_parameters",
        "_scope",
        "_values",
        "id",
        "source",
        "subject",
        "title",
    )
    _fields = ("id", "title", "subject", "source", "_all_parts", "_values", "_scope")
    _repr_fields = ("id", "title")

    id: str
    title: str
    subject: type[S]
    source: Source
    _all_parts: tuple[_Part, ...]
    _values: tuple[tuple[str, Any], ...]
    _scope: _Part | None
    # Worked out once, at construction, so that evaluation only walks them.
    _active: tuple[_Part, ...]
    _parameters: Mapping[str, Any]
    _dated: bool
    _dated_parts: tuple[_Part, ...]
    _declared: Mapping[str, tuple[Parameter, str]]  # every parameter, with a rule that reads it

    def __init__(
        self,
        *,
        id: str,
        title: str,
        subject: type[S],
        source: Source,
        parts: Iterable[Rule | Standard | _Part],
        parameters: Mapping[str, Any] | None = None,
        scope: Rule | Standard | None = None,
    ) -> None:
        if not isinstance(id, str) or not id.strip():
            raise ValueError(f"a standard id must be a non-empty string, got {id!r}")
        if not isinstance(subject, type):
            raise TypeError(f"{id}: subject must be a record type, got {subject!r}")
        if not isinstance(source, Source):
            raise TypeError(f"{id}: source must be a Source, got {source!r}")
        all_parts = tuple(_as_part(id, subject, item) for item in parts)
        if not all_parts:
            raise ValueError(f"{id}: a standard needs at least one part")
        scope_part = _scope_part(id, subject, scope)
        every_part = [*all_parts, scope_part] if scope_part else all_parts
        declared = _declared(every_part)
        everywhere = _every_parameter(id, every_part)
        given = dict(parameters or {})
        unknown = sorted(set(given) - set(declared))
        if unknown:
            raise TypeError(f"{id} has no parameter {', '.join(unknown)}")
        own = {
            name: _convert(id, param, given[name]) if name in given else param.default
            for name, param in declared.items()
        }
        nested: list[Standard] = [
            p.item for p in (*all_parts, scope_part) if p and isinstance(p.item, Standard)
        ]
        merged: dict[str, Any] = {}
        for standard in nested:
            merged.update(standard.parameters)
        merged.update(own)
        active = [
            _active_part(part, own) if isinstance(part.item, Rule) else part
            for part in all_parts
            if not isinstance(part.item, Rule)
            or part.item.applies_when is None
            or part.item.applies_when(own)
        ]
        if scope_part is not None and isinstance(scope_part.item, Rule):
            scope_part = _active_part(scope_part, own)
        dated = source.effective_from is not None or source.effective_to is not None
        dated = dated or any(standard._dated for standard in nested)
        for name, value in (
            ("id", id),
            ("title", title),
            ("subject", subject),
            ("source", source),
            ("_all_parts", all_parts),
            ("_values", _freeze(own)),
            ("_active", tuple(active)),
            ("_parameters", MappingProxyType(merged)),
            ("_dated", dated),
            ("_declared", MappingProxyType(everywhere)),
            (
                "_dated_parts",
                tuple(
                    p
                    for p in ([scope_part, *active] if scope_part else active)
                    if isinstance(p.item, Standard) and p.item._dated
                ),
            ),
            ("_scope", scope_part),
        ):
            object.__setattr__(self, name, value)

    def __reduce__(self) -> tuple[Any, ...]:
        from sro_domain.registry import STANDARDS  # noqa: PLC0415 - it imports this module

        base = STANDARDS.get(self.id)
        if base is self:
            return (_built_in_standard, (self.id, {}))
        if base is not None and set(base.parameters) == set(self.parameters):
            changes = {k: v for k, v in self.parameters.items() if base.parameters[k] != v}
            if base.configure(**changes) == self:
                return (_built_in_standard, (self.id, changes))
        built = {
            "id": self.id,
            "title": self.title,
            "subject": self.subject,
            "source": self.source,
            "parts": list(self._all_parts),
            "parameters": dict(self._values),
            "scope": self.scope,
        }
        return (_make, (Standard, built))

    # --- structure -----------------------------------------------------------------------

    @property
    def parameters(self) -> Mapping[str, Any]:
        """Every parameter of this standard and its nested standards, with the values in use.

        >>> from sro_domain import NASRO_SELECTION
        >>> NASRO_SELECTION.parameters["min_years"]
        3
        """
        return self._parameters

    @property
    def parts(self) -> tuple[Rule | Standard, ...]:
        """Its rules and nested standards, in order; a verdict has one child per part."""
        return tuple(part.item for part in self._active)

    @property
    def scope(self) -> Rule | Standard | None:
        """The rule or standard that says whether this standard reaches a subject, if any."""
        return None if self._scope is None else self._scope.item

    @property
    def scope_rules(self) -> tuple[Rule, ...]:
        """The rules of this standard's scope and of its nested standards' scopes, in order.

        They decide whether a standard applies; :attr:`rules` are its obligations.
        """
        found: list[Rule] = []
        scope = self.scope
        if isinstance(scope, Rule):
            found.append(scope)
        elif scope is not None:
            found.extend(scope.rules)
            found.extend(scope.scope_rules)
        for item in self.parts:
            if isinstance(item, Standard):
                found.extend(item.scope_rules)
        return tuple(found)

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every leaf rule, nested standards flattened, in order."""
        rules: list[Rule] = []
        for item in self.parts:
            if isinstance(item, Rule):
                rules.append(item)
            else:
                rules.extend(item.rules)
        return tuple(rules)

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every distinct source cited, the primary one first, then each rule's in order."""
        seen: dict[str, Source] = {self.source.id: self.source}
        for rule in (*self.rules, *self.scope_rules):
            seen.setdefault(rule.source.id, rule.source)
        return tuple(seen.values())

    def configure(self, **changes: Any) -> Standard[S]:
        """A variant of this standard with other parameter values; ids stay the same.

        Each change goes to this standard's own rules and to every nested standard that has a
        parameter of that name.

        >>> from sro_domain import NASRO_SELECTION, NASRO_ASSIGNMENT
        >>> NASRO_SELECTION.configure(min_years=2).parameters["min_years"]
        2
        >>> NASRO_ASSIGNMENT.configure(min_years=2).parameters["min_years"]
        2
        >>> NASRO_SELECTION.configure(min_yaers=2)
        Traceback (most recent call last):
        ...
        TypeError: nasro-selection has no parameter min_yaers; its parameters are disqualifying_dispositions, min_years

        Raises:
            TypeError: a name is not a parameter of this standard.
            InvalidParameterError: a value cannot be taken (a ``ValueError``).
        """
        unknown = sorted(set(changes) - set(self._parameters))
        if unknown:
            known = ", ".join(sorted(self._parameters))
            raise TypeError(
                f"{self.id} has no parameter {', '.join(unknown)}; "
                + (f"its parameters are {known}" if known else "it has no parameters")
            )
        own = dict(self._values)
        own.update({name: value for name, value in changes.items() if name in own})
        parts = []
        for part in self._all_parts:
            item = part.item
            if isinstance(item, Standard):
                mine = {k: v for k, v in changes.items() if k in item.parameters}
                if mine:
                    parts.append(
                        _Part(
                            item.configure(**mine),
                            part.path,
                            part.at_start,
                            from_start=part.from_start,
                        )
                    )
                    continue
            parts.append(part)
        scope = self.scope
        if isinstance(scope, Standard):
            mine = {k: v for k, v in changes.items() if k in scope.parameters}
            scope = scope.configure(**mine) if mine else scope
        return Standard(
            id=self.id,
            title=self.title,
            subject=self.subject,
            source=self.source,
            parts=parts,
            parameters=own,
            scope=scope,
        )

    # --- evaluation ----------------------------------------------------------------------

    def evaluate(self, subject: S, *, as_of: date) -> Verdict:
        """The explained verdict on ``subject`` as of ``as_of``; every rule is checked.

        Raises:
            TypeError: ``subject`` is not the kind of record this standard reads, or ``as_of``
                is not a ``datetime.date``.
            NotInForceError: this standard's source (or a nested one's) is not in force on
                ``as_of``.
        """
        self._check_call(subject, as_of)
        return self._evaluate(subject, as_of, None, _root(self.subject))

    def holds(self, subject: S, *, as_of: date) -> bool:
        """``True`` when the outcome is MET, ``False`` when NOT_MET.

        Takes a fast path that builds no verdict and stops at the first rule not met; it agrees
        with :meth:`evaluate` always.

        Raises:
            UndeterminedError: the outcome is UNKNOWN; its ``verdict`` says what is missing.
            NotInForceError: as :meth:`evaluate`.
        """
        self._check_call(subject, as_of)
        if self._dated:
            # Raise as evaluate would, even where the fast path would stop before the part
            # whose source is not in force; _decide itself checks no dates.
            self._assert_in_force(subject, as_of)
        outcome = self._decide(subject, as_of, None)
        if outcome is _UNKNOWN:
            raise UndeterminedError(lambda: self.evaluate(subject, as_of=as_of))
        return outcome is _MET

    def _check_call(self, subject: Any, as_of: date) -> None:
        if type(as_of) is not date and (not isinstance(as_of, date) or isinstance(as_of, datetime)):
            raise TypeError(f"as_of must be a datetime.date (not a datetime), got {show(as_of)}")
        if not isinstance(subject, self.subject):
            raise TypeError(
                f"{self.id} evaluates {self.subject.__name__} records, "
                f"got {type(subject).__name__}: {show(subject)}"
            )

    def _assert_in_force(self, subject: Any, as_of: date, gone: _Gone = None) -> None:
        if not self.source.in_force_on(as_of):
            raise NotInForceError(_not_in_force(self, as_of))
        absent = subject is None or gone is not None
        for part in self._dated_parts:
            nested: Standard = part.item  # type: ignore[assignment]
            value, value_gone = _reached(part, subject, absent, gone)
            child_as_of = _timing(part, subject, absent, as_of, None)[0]
            nested._assert_in_force(value, child_as_of, value_gone)

    def _decide(
        self,
        subject: Any,
        as_of: date,
        horizon: date | None,
        inherited: Outcome = _MET,
        gone: _Gone = None,
    ) -> Outcome:
        # ``subject`` is None (unknown) or ``gone`` says it is known to be absent (NO_MOU) when
        # a nested standard's record is missing; then every rule under it is UNKNOWN or NOT_MET.
        absent = subject is None or gone is not None
        context = Context(as_of, self._parameters, horizon)
        applies = inherited
        if self._scope is not None:
            applies = applies & self._decide_part(
                self._scope, subject, absent, gone, context, horizon
            )
            if applies is _NOT_MET:
                return _MET  # not reached: nothing it requires can fail
        result = _MET
        for part in self._active:
            outcome = self._decide_part(
                part, subject, absent, gone, context, horizon, applies=applies
            )
            if outcome is _NOT_MET:
                return _NOT_MET if applies is _MET else _UNKNOWN
            if outcome is _UNKNOWN:
                result = _UNKNOWN
        return result

    @staticmethod
    def _decide_part(  # noqa: PLR0917 - the hot path passes what it has
        part: _Part,
        subject: Any,
        absent: bool,
        gone: _Gone,
        context: Context,
        horizon: date | None,
        *,
        applies: Outcome = _MET,
    ) -> Outcome:
        if absent or not part.path:
            value, value_gone = subject, gone
        else:
            value = getattr(subject, part.path)
            value_gone = part.absent if value is part.absent[0] else None
        decide = part.decide
        if decide is None:
            nested: Standard = part.item  # type: ignore[assignment]
            child_as_of, child_horizon = _timing(part, subject, absent, context.as_of, horizon)
            return nested._decide(value, child_as_of, child_horizon, applies, value_gone)
        if value is None:
            return _UNKNOWN
        if value_gone is not None:
            return _NOT_MET
        return decide(value, context)

    def _evaluate(  # noqa: PLR0917 - the recursion passes what it has
        self,
        subject: Any,
        as_of: date,
        horizon: date | None,
        prefix: str,
        inherited: tuple[Outcome, frozenset[str]] = (_MET, frozenset()),
        gone: _Gone = None,
    ) -> Verdict:
        if not self.source.in_force_on(as_of):
            raise NotInForceError(_not_in_force(self, as_of))
        absent = subject is None or gone is not None  # as in _decide
        context = Context(as_of, self._parameters, horizon)
        applies, unsure = inherited
        scope: Verdict | None = None
        if self._scope is not None:
            scope = self._evaluate_part(
                self._scope, subject, context, absent, gone, horizon, prefix, _REACHED
            )
            own = scope._outcome
            if own is _UNKNOWN and applies is not _NOT_MET:
                unsure = unsure | scope._missing
            applies = applies & own
        reach = (applies, unsure if applies is _UNKNOWN else frozenset())
        children: list[Verdict] = []
        result = _MET
        for part in self._active:
            child = self._evaluate_part(
                part, subject, context, absent, gone, horizon, prefix, reach
            )
            outcome = child._outcome
            if outcome is _NOT_MET:
                result = _NOT_MET
            elif outcome is _UNKNOWN and result is _MET:
                result = _UNKNOWN
            children.append(child)
        # Kleene implication: applies -> all parts (decision S1).
        result = ~applies | result
        missing: frozenset[str] = frozenset()
        if result is _UNKNOWN:
            missing = frozenset().union(*[child._missing for child in children])
            if applies is _UNKNOWN:
                missing = missing | unsure
        return _built_verdict(
            self, result, as_of, tuple(children), None, _EMPTY, self._parameters, missing,
            applies, scope,
        )  # fmt: skip

    @staticmethod
    def _evaluate_part(  # noqa: PLR0917 - the hot path passes what it has, by position
        part: _Part,
        subject: Any,
        context: Context,
        absent: bool,
        gone: _Gone,
        horizon: date | None,
        prefix: str,
        reach: tuple[Outcome, frozenset[str]],
    ) -> Verdict:
        # _reached and the part's path, inlined: the path is needed only when a rule is unknown.
        step = part.path
        if absent or not step:
            value, value_gone, step = subject, gone, ""
        else:
            value = getattr(subject, step)
            value_gone = part.absent if value is part.absent[0] else None
        item = part.item
        if isinstance(item, Standard):
            path = f"{prefix}.{step}" if step else prefix
            child_as_of, child_horizon = _timing(part, subject, absent, context.as_of, horizon)
            return item._evaluate(value, child_as_of, child_horizon, path, reach, value_gone)
        if value is None or value_gone is not None:
            path = f"{prefix}.{step}" if step else prefix
            return _absent(item, value_gone, path, context, part.rule_parameters, reach[0])
        condition = part.condition
        if condition is not None:
            return _met_by(
                item, condition, value, context, prefix, step, part.rule_parameters, reach[0]
            )
        return _check(item, value, context, prefix, step, part.rule_parameters, reach[0])


_Gone = tuple[object, str] | None
"""Why a nested standard's record is missing when it is known to be absent: the value and its
words (``NO_MOU``, "there is no MOU"); ``None`` when it is there or merely unknown."""


def _reached(part: _Part, subject: Any, absent: bool, gone: _Gone) -> tuple[Any, _Gone]:
    """The record a part reads, and whether it is known to be absent."""
    if absent or not part.path:
        return subject, gone
    value = getattr(subject, part.path)
    return value, (part.absent if value is part.absent[0] else None)


def _timing(
    part: _Part, subject: Any, absent: bool, as_of: date, horizon: date | None
) -> tuple[date, date | None]:
    """The date a nested standard is judged at, and the horizon its rules may look ahead to."""
    if absent:
        return as_of, horizon
    if part.from_start:
        return max(as_of, subject.start), horizon
    if not part.at_start:
        return as_of, horizon
    start: date = subject.start
    return (start, None) if as_of >= start else (as_of, start)


def _freeze(values: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(values.items()))


def _as_part(standard_id: str, subject: type, item: Rule | Standard | _Part) -> _Part:
    timed = isinstance(item, _Part) and (item.at_start or item.from_start)
    if timed and not _has_start(subject):
        raise TypeError(
            f"{standard_id}: a part judged at the assignment's start needs a standard on an "
            "Assignment (a record with a start date)"
        )
    node = item.item if isinstance(item, _Part) else item
    if not isinstance(node, (Rule, Standard)):
        raise TypeError(f"{standard_id}: a part must be a Rule or a Standard, got {item!r}")
    if node.subject is subject:
        return item if isinstance(item, _Part) else _Part(node, "")
    found = reach(subject, node.subject)
    if found is None:
        raise TypeError(
            f"{standard_id} evaluates {subject.__name__} records and cannot reach the "
            f"{node.subject.__name__} that {node.id} reads"
        )
    path, absent = found
    if isinstance(item, _Part):
        return _Part(node, path, item.at_start, from_start=item.from_start, absent=absent)
    return _Part(node, path, absent=absent)


def _scope_part(standard_id: str, subject: type, scope: Rule | Standard | None) -> _Part | None:
    if scope is None:
        return None
    part = _as_part(standard_id, subject, scope)
    if part.at_start or part.from_start:
        raise TypeError(f"{standard_id}: a scope is judged at the standard's own date")
    return part


def _active_part(part: _Part, values: Mapping[str, Any]) -> _Part:
    """A rule part as evaluation walks it: with the parameters the rule reads and its fast path."""
    rule: Rule = part.item  # type: ignore[assignment]
    rule_parameters = (
        MappingProxyType({param.name: values[param.name] for param in rule.parameters})
        if rule.parameters
        else _EMPTY
    )
    return _Part(
        rule,
        part.path,
        part.at_start,
        rule_parameters=rule_parameters,
        decide=rule.decide or rule.outcome,
        absent=part.absent,
        condition=_read_directly(rule),
    )


def _read_directly(rule: Rule) -> Condition | None:
    """The condition the engine reads directly, without building a :class:`Finding`.

    A rule's condition whose check is :meth:`Condition.check` itself, unchanged; ``None`` for a
    check written by hand, or a condition's own ``check``.
    """
    from sro_domain.conditions import Condition  # noqa: PLC0415 - it imports this module

    condition = rule.condition
    if condition is None or type(condition).check is not Condition.check:
        return None
    return condition if rule.check == condition.check else None


def _declared(parts: Iterable[_Part]) -> dict[str, Parameter]:
    return {
        param.name: param
        for part in parts
        if isinstance(part.item, Rule)
        for param in part.item.parameters
    }


def _every_parameter(standard_id: str, parts: Iterable[_Part]) -> dict[str, tuple[Parameter, str]]:
    """Every parameter read anywhere in the parts, by name, with a rule that reads it.

    Two different parameters of one name would share one value and one ``configure`` keyword
    (a state's 16 hours and NASRO's 40 both called ``min_hours``): refused here.
    """
    found: dict[str, tuple[Parameter, str]] = {}
    for part in parts:
        item = part.item
        pairs = (
            [(param, item.id) for param in item.parameters]
            if isinstance(item, Rule)
            else list(item._declared.values())
        )
        for param, reader in pairs:
            earlier = found.setdefault(param.name, (param, reader))
            if earlier[0] != param:
                raise ValueError(
                    f"{standard_id}: two different parameters are named {param.name}, one read "
                    f"by {earlier[1]} (default {show(earlier[0].default)}) and one by {reader} "
                    f"(default {show(param.default)}); a standard's parameters need distinct "
                    "names"
                )
    return found


def _convert(standard_id: str, param: Parameter, value: Any) -> Any:
    try:
        return param.convert(value)
    except ValueError as error:
        raise InvalidParameterError(
            param.name, value, f"{standard_id}: {param.name} must {error}, got {show(value)}"
        ) from None


def _not_in_force(standard: Standard, as_of: date) -> str:
    source = standard.source
    start = source.effective_from.isoformat() if source.effective_from else "the beginning"
    end = source.effective_to.isoformat() if source.effective_to else "today"
    return (
        f"{standard.id} cites {source.citation}, in force from {start} to {end}; "
        f"it does not apply on {as_of.isoformat()}"
    )


_REACHED: tuple[Outcome, frozenset[str]] = (_MET, frozenset())  # a scope is always reached
_NO_MISSING: frozenset[str] = frozenset()


def _check(  # noqa: PLR0917 - the hot path passes what it has, by position
    rule: Rule,
    value: Any,
    context: Context,
    prefix: str,
    step: str,
    parameters: Mapping[str, object],
    applies: Outcome,
) -> Verdict:
    """A rule's verdict from its check; ``prefix.step`` is the path of the record it reads."""
    finding = rule.check(value, context)
    outcome = finding.outcome
    missing = _NO_MISSING
    if outcome is _UNKNOWN:
        missing = _missing_at(prefix, step, finding.missing)
    return _built_verdict(
        rule, outcome, context.as_of, (), finding._reason, finding._facts, parameters, missing,
        applies, None,
    )  # fmt: skip


def _met_by(  # noqa: PLR0917 - the hot path passes what it has, by position
    rule: Rule,
    condition: Condition,
    value: Any,
    context: Context,
    prefix: str,
    step: str,
    parameters: Mapping[str, object],
    applies: Outcome,
) -> Verdict:
    """``_check`` for a rule whose check is its condition's: what ``Condition.check`` finds."""
    outcome = condition.decide(value, context)
    missing = _NO_MISSING
    if outcome is _UNKNOWN:
        missing = _missing_at(prefix, step, condition.missing(value, context))
    return _built_verdict(
        rule, outcome, context.as_of, (), partial(condition.reason, value, context),
        partial(condition.facts, value, context), parameters, missing, applies, None,
    )  # fmt: skip


def _missing_at(prefix: str, step: str, names: Iterable[str]) -> frozenset[str]:
    """What an UNKNOWN verdict lacks, as paths from the subject (``prefix.step`` is the record)."""
    path = f"{prefix}.{step}" if step else prefix
    # A check that cannot name what it lacks may still not leave ``missing`` empty: the whole
    # record it reads is then what is missing.
    missing = frozenset([f"{path}.{name}" if name else path for name in names])
    return missing or frozenset((path,))


def _absent(  # noqa: PLR0917 - the hot path passes what it has, by position
    rule: Rule,
    gone: _Gone,
    path: str,
    context: Context,
    parameters: Mapping[str, object],
    applies: Outcome,
) -> Verdict:
    if gone is not None:
        return _built_verdict(
            rule, _NOT_MET, context.as_of, (), gone[1], _EMPTY, parameters, _NO_MISSING, applies,
            None,
        )  # fmt: skip
    return _built_verdict(
        rule, _UNKNOWN, context.as_of, (), f"not known ({path} is unknown)", _EMPTY, parameters,
        frozenset((path,)), applies, None,
    )  # fmt: skip


# --- pickling (decision D7) ------------------------------------------------------------------


def _built_in_standard(standard_id: str, changes: dict[str, Any]) -> Standard:
    from sro_domain.registry import STANDARDS  # noqa: PLC0415 - the registry imports this module

    base = STANDARDS[standard_id]
    return base.configure(**changes) if changes else base


def _make_part(item: Rule | Standard, path: str, at_start: bool, from_start: bool) -> _Part:
    return _Part(item, path, at_start, from_start=from_start)
