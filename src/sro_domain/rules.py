"""How a standard is evaluated and explained: :class:`Rule`, :class:`Standard`, :class:`Verdict`.

A :class:`Rule` encodes one clause of one source: it carries the exact words it encodes
(``quote``), the :class:`~sro_domain.sources.Source` they come from, and a *check* that reads a
record and returns a :class:`Finding`. A :class:`Standard` is an ordered list of rules and
nested standards, all of which must be met; evaluating it on a subject at a date gives a
:class:`Verdict` tree with one child per part.

Nothing is short-circuited in :meth:`Standard.evaluate`: every rule is checked, so the verdict
lists every failure and every unknown. The outcome is ``Outcome.all_of`` the parts' outcomes.

Composing your own standard from built-in rules and a cited rule of your own:

>>> from datetime import date
>>> from sro_domain import (RULES, FEDERAL_DEFINITION, Assignment, Finding, Outcome, Rule,
...                         Source, SourceKind, Standard)
>>> POLICY = Source(id="district-policy-7", title="SRO policy", authority="Wake County Schools",
...                 citation="Board Policy 7.2", kind=SourceKind.AGENCY_GUIDANCE, binding=False)
>>> def two_schools_at_most(assignment, context):
...     count = len(assignment.schools)
...     return Finding(Outcome.of(count <= 2),
...                    f"assigned to {count} schools; at most 2 allowed")
>>> at_most_two = Rule(id="district.schools", title="At most two schools", source=POLICY,
...                    quote="No officer shall cover more than two schools.",
...                    subject=Assignment, check=two_schools_at_most)
>>> DISTRICT = Standard(id="district-sro", title="District SRO policy", subject=Assignment,
...                     source=POLICY, parts=[FEDERAL_DEFINITION, RULES["nasro.triad"], at_most_two])
>>> [rule.id for rule in DISTRICT.rules][-2:]
['nasro.triad', 'district.schools']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sro_domain._validation import show
from sro_domain._value import Value
from sro_domain.errors import InvalidParameterError, NotInForceError, UndeterminedError
from sro_domain.models import Assignment, Mou, NoMou, Officer, SroResponse
from sro_domain.outcome import Outcome
from sro_domain.sources import Source

if TYPE_CHECKING:
    from sro_domain.conditions import Condition

__all__ = [
    "Check",
    "Context",
    "Finding",
    "Parameter",
    "Rule",
    "Standard",
    "Verdict",
    "at_assignment_start",
    "from_assignment_start",
]

if TYPE_CHECKING:
    # Defaults let ``Rule`` and ``Standard`` stand unparametrised for any record type; only type
    # checkers read them (``typing.TypeVar`` takes ``default`` from Python 3.13).
    import typing_extensions

    T = typing_extensions.TypeVar("T", default=Any)  # a parameter's value
    R = typing_extensions.TypeVar("R", default=Any)  # the record a rule reads
    S = typing_extensions.TypeVar("S", default=Any)  # the record a standard evaluates
else:
    T, R, S = TypeVar("T"), TypeVar("R"), TypeVar("S")

_EMPTY: Mapping[str, object] = MappingProxyType({})
_MET, _NOT_MET, _UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN

# How a standard on one kind of record reaches the record a rule or nested standard reads.
_PATHS: dict[tuple[type, type], str] = {
    (Assignment, Officer): "officer",
    (Assignment, Mou): "mou",
}
# The first segment of every ``missing`` path: the evaluated subject's name.
_ROOTS: dict[type, str] = {
    Officer: "officer",
    Assignment: "assignment",
    Mou: "mou",
    SroResponse: "sro_response",
}


def _root(subject_type: type) -> str:
    known = _ROOTS.get(subject_type)
    if known is not None:
        return known
    name = subject_type.__name__
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


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
    definition's ``purposes=IGNORE``). Immutable; compares by value.

    Raises:
        ValueError: the id is empty or the quote is blank.
        TypeError: ``source`` is not a :class:`Source`, ``subject`` not a type, or ``check``
            not callable.
    """

    __slots__ = (
        "applies_when",
        "check",
        "condition",
        "decide",
        "id",
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
            parameters = tuple(dict.fromkeys((*parameters, *condition.parameters)))
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


class _Part(Value):
    """A rule or nested standard as a standard holds it: how to reach its record, and when.

    A standard's active rule parts also carry the parameters the rule reads and its fast path.
    """

    __slots__ = ("at_start", "decide", "from_start", "item", "path", "rule_parameters")
    _fields = ("item", "path", "at_start", "from_start")

    item: Rule | Standard
    path: str  # attribute from the standard's subject to the item's; "" for itself
    at_start: bool  # judged as of the start, looking ahead from an earlier as_of
    from_start: bool  # judged as of the start when asked earlier, else as of as_of
    rule_parameters: Mapping[str, object]
    decide: Decide | None

    def __init__(
        self,
        item: Rule | Standard,
        path: str,
        at_start: bool = False,
        *,
        from_start: bool = False,
        rule_parameters: Mapping[str, object] = _EMPTY,
        decide: Decide | None = None,
    ) -> None:
        object.__setattr__(self, "item", item)
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "at_start", at_start)
        object.__setattr__(self, "from_start", from_start)
        object.__setattr__(self, "rule_parameters", rule_parameters)
        object.__setattr__(self, "decide", decide)

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
    if not isinstance(standard, Standard) or standard.subject is not Officer:
        raise TypeError(f"at_assignment_start takes a Standard on an Officer, got {standard!r}")
    return _Part(standard, "officer", at_start=True)


def from_assignment_start(standard: Standard) -> _Part:
    """Nest an ``Assignment`` standard judged as of the assignment's start when asked earlier.

    A planned posting can be pre-screened: ``NASRO_ASSIGNMENT`` asks whether the posting will
    be one under the federal definition when it begins, so asked before the start the nested
    ``FEDERAL_DEFINITION`` is judged as of the start (decision N1); from the start on, as of
    ``as_of``.
    """
    if not isinstance(standard, Standard) or standard.subject is not Assignment:
        raise TypeError(
            f"from_assignment_start takes a Standard on an Assignment, got {standard!r}"
        )
    return _Part(standard, "", from_start=True)


class Verdict:
    """The explained answer of a rule or a standard on one subject at one date.

    A tree: a standard's verdict has one child per part (rule or nested standard), in order.
    Verdicts are made by :meth:`Standard.evaluate`; they are immutable and compare by value.
    Reasons and facts are worked out when first read, so an evaluation whose reasons nobody
    reads does not pay for them.
    """

    __slots__ = (
        "_applies",
        "_as_of",
        "_children",
        "_facts",
        "_missing",
        "_node",
        "_outcome",
        "_parameters",
        "_reason",
        "_scope",
    )

    def __init__(
        self,
        node: Rule | Standard,
        outcome: Outcome,
        as_of: date,
        *,
        children: tuple[Verdict, ...] = (),
        reason: str | Callable[[], str] | None = None,
        facts: Mapping[str, object] | Callable[[], Mapping[str, object]] = _EMPTY,
        parameters: Mapping[str, object] = _EMPTY,
        missing: frozenset[str] = frozenset(),
        applies: Outcome = _MET,
        scope: Verdict | None = None,
    ) -> None:
        self._node = node
        self._outcome = outcome
        self._as_of = as_of
        self._children = children
        self._reason = reason
        self._facts = facts
        self._parameters = parameters
        self._missing = missing
        self._applies = applies
        self._scope = scope

    @property
    def id(self) -> str:
        """The id of the rule or standard."""
        return self._node.id

    @property
    def title(self) -> str:
        """The title of the rule or standard."""
        return self._node.title

    @property
    def outcome(self) -> Outcome:
        """``MET``, ``NOT_MET`` or ``UNKNOWN``."""
        return self._outcome

    @property
    def applies(self) -> Outcome:
        """Whether the obligation reaches the subject at all (its scope and every enclosing one).

        ``MET`` (reached) for a standard with no scope, ``NOT_MET`` when the subject is outside
        it (the outcome is then ``MET`` — not a violation — and the reason says "not reached"),
        ``UNKNOWN`` when the facts that decide it are unknown. A rule's verdict carries the
        ``applies`` of the standard that checked it. See decision S1 in ``docs/decisions.md``.
        """
        return self._applies

    @property
    def scope(self) -> Verdict | None:
        """The verdict of this standard's scope; ``None`` for a rule or a standard with none."""
        return self._scope

    @property
    def reason(self) -> str:
        """Plain language, with the actual and the required values."""
        reason = self._reason
        if isinstance(reason, str):
            return reason
        text = _standard_reason(self) if reason is None else reason()
        self._reason = text
        return text

    @property
    def source(self) -> Source:
        """The document cited."""
        return self._node.source

    @property
    def quote(self) -> str | None:
        """The exact words the rule encodes; ``None`` for a standard."""
        node = self._node
        return node.quote if isinstance(node, Rule) else None

    @property
    def as_of(self) -> date:
        """The date the question was asked at."""
        return self._as_of

    @property
    def children(self) -> tuple[Verdict, ...]:
        """The parts' verdicts, in the standard's order; empty for a rule."""
        return self._children

    @property
    def facts(self) -> Mapping[str, object]:
        """Machine-readable actual and required values (read-only)."""
        facts = self._facts
        if not isinstance(facts, MappingProxyType):
            facts = self._facts = _frozen_facts(facts() if callable(facts) else facts)
        return facts

    @property
    def parameters(self) -> Mapping[str, object]:
        """The parameter values used, so verdicts of variants can be told apart (read-only)."""
        return self._parameters

    @property
    def missing(self) -> frozenset[str]:
        """Dotted paths of the unknown inputs that could still change the outcome.

        Paths start at the evaluated subject (``"assignment.officer.volunteered"``); the set is
        empty unless the outcome is ``UNKNOWN``.
        """
        return self._missing

    @property
    def met(self) -> bool:
        """Whether the outcome is ``MET``."""
        return self._outcome is _MET

    @property
    def not_met(self) -> bool:
        """Whether the outcome is ``NOT_MET``."""
        return self._outcome is _NOT_MET

    @property
    def unknown(self) -> bool:
        """Whether the outcome is ``UNKNOWN``."""
        return self._outcome is _UNKNOWN

    @property
    def is_rule(self) -> bool:
        """Whether this is a rule's verdict (a leaf) rather than a standard's."""
        return isinstance(self._node, Rule)

    def __bool__(self) -> bool:
        raise TypeError(
            "a Verdict has no truth value (UNKNOWN is neither); test verdict.met, "
            "verdict.not_met or verdict.unknown"
        )

    def _key(self) -> tuple[object, ...]:
        return (
            self.id,
            self.title,
            self._outcome,
            self.reason,
            self.source,
            self.quote,
            self._as_of,
            self._children,
            dict(self.facts),
            dict(self._parameters),
            self._missing,
            self._applies,
            self._scope,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Verdict):
            return NotImplemented
        return self is other or self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self.id, self._outcome, self._as_of, self._children, self._missing))

    def __repr__(self) -> str:
        return (
            f"Verdict(id={self.id!r}, outcome={self._outcome!r}, as_of={self._as_of!r}, "
            f"reason={self.reason!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        rest = {
            "children": self._children,
            "reason": self.reason,
            "facts": dict(self.facts),
            "parameters": dict(self._parameters),
            "missing": self._missing,
            "applies": self._applies,
            "scope": self._scope,
        }
        return (_make_verdict, (self._node, self._outcome, self._as_of, rest))

    def leaves(self) -> Iterator[Verdict]:
        """Every rule verdict in the tree, in order."""
        stack = [self]
        while stack:
            verdict = stack.pop()
            if isinstance(verdict._node, Rule):
                yield verdict
            stack.extend(reversed(verdict._children))

    def failures(self) -> tuple[Verdict, ...]:
        """The ``NOT_MET`` rule verdicts that count, in order.

        A rule of a standard that does not reach the subject (``applies`` is ``NOT_MET``) is
        reported among the children but is no failure.
        """
        return tuple(
            leaf
            for leaf in self.leaves()
            if leaf._outcome is _NOT_MET and leaf._applies is not _NOT_MET
        )

    def find(self, id: str) -> Verdict:
        """The verdict of the rule or nested standard with this id, its scope's included.

        Raises:
            KeyError: no part of this verdict has that id.
        """
        if self.id == id:
            return self
        parts = self._children if self._scope is None else (*self._children, self._scope)
        for child in parts:
            try:
                return child.find(id)
            except KeyError:
                continue
        raise KeyError(id)

    def explain(self, *, quotes: bool = False) -> str:
        """An indented, readable tree: outcome, title, id and reason of every part, with citations.

        A citation is shown where it differs from the enclosing part's, and the date where a
        nested standard was judged at another one. With ``quotes=True`` each rule also shows the
        exact words it encodes.
        """
        lines: list[str] = []
        self._explain(lines, "", None, quotes)
        return "\n".join(lines)

    def _explain(self, lines: list[str], pad: str, parent: Verdict | None, quotes: bool) -> None:
        more = pad + "    "
        when = ""
        if parent is None or parent._as_of != self._as_of:
            when = f", as of {self._as_of.isoformat()}"
        lines.append(f"{pad}[{self._outcome.label}] {self.title} ({self.id}){when}")
        lines.append(f"{more}{self.reason}")
        quote = self.quote
        if quotes and quote is not None:
            lines.append(f'{more}"{quote}"')
        citation = self._node.source.citation
        if parent is None or parent._node.source.citation != citation:
            lines.append(f"{more}Source: {citation}")
        scope = self._scope
        if scope is not None:
            words = _SCOPE_WORDS[scope._outcome]
            if scope._children:
                lines.append(f"{more}{words}: {scope.title} ({scope.id})")
                for part in scope._children:
                    part._explain(lines, more + "    ", self, quotes)
            else:
                lines.append(f"{more}{words}: {scope.reason} ({scope.id})")
                if scope._node.source.citation != citation:
                    lines.append(f"{more}    Source: {scope._node.source.citation}")
        for child in self._children:
            child._explain(lines, more, self, quotes)

    def __str__(self) -> str:
        return self.explain()


_SCOPE_WORDS = {
    _MET: "applies",
    _NOT_MET: "does not apply",
    _UNKNOWN: "may apply (unknown)",
}


def _standard_reason(verdict: Verdict) -> str:
    outcome, children, applies = verdict.outcome, verdict.children, verdict.applies
    if applies is _NOT_MET:
        scope = verdict.scope
        if scope is None or scope.outcome is not _NOT_MET:
            return "not reached: an enclosing standard does not apply"
        because = [leaf.reason for leaf in scope.leaves() if leaf.outcome is _NOT_MET]
        return f"not reached: {'; '.join(because)}"
    if outcome is _MET:
        return "its one part is met" if len(children) == 1 else f"all {len(children)} parts met"
    failing = [child.id for child in children if child.outcome is _NOT_MET]
    if outcome is _NOT_MET:
        return f"not met: {', '.join(failing)}"
    unknown = ", ".join(sorted(verdict.missing))
    if failing:
        return f"not met if it applies: {', '.join(failing)}; undetermined, unknown: {unknown}"
    return f"undetermined, nothing fails; unknown: {unknown}"


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

    def _assert_in_force(self, subject: Any, as_of: date) -> None:
        if not self.source.in_force_on(as_of):
            raise NotInForceError(_not_in_force(self, as_of))
        absent = subject is None or isinstance(subject, NoMou)
        for part in self._dated_parts:
            nested: Standard = part.item  # type: ignore[assignment]
            value = subject if absent or not part.path else getattr(subject, part.path)
            nested._assert_in_force(value, _timing(part, subject, absent, as_of, None)[0])

    def _decide(
        self, subject: Any, as_of: date, horizon: date | None, inherited: Outcome = _MET
    ) -> Outcome:
        absent = subject is None or isinstance(subject, NoMou)
        context = Context(as_of, self._parameters, horizon)
        applies = inherited
        if self._scope is not None:
            applies = applies & self._decide_part(self._scope, subject, absent, context, horizon)
            if applies is _NOT_MET:
                return _MET  # not reached: nothing it requires can fail
        result = _MET
        for part in self._active:
            outcome = self._decide_part(part, subject, absent, context, horizon, applies=applies)
            if outcome is _NOT_MET:
                return _NOT_MET if applies is _MET else _UNKNOWN
            if outcome is _UNKNOWN:
                result = _UNKNOWN
        return result

    @staticmethod
    def _decide_part(
        part: _Part,
        subject: Any,
        absent: bool,
        context: Context,
        horizon: date | None,
        *,
        applies: Outcome = _MET,
    ) -> Outcome:
        value = subject if absent or not part.path else getattr(subject, part.path)
        decide = part.decide
        if decide is None:
            nested: Standard = part.item  # type: ignore[assignment]
            child_as_of, child_horizon = _timing(part, subject, absent, context.as_of, horizon)
            return nested._decide(value, child_as_of, child_horizon, applies)
        if value is None:
            return _UNKNOWN
        if value.__class__ is NoMou:
            return _NOT_MET
        return decide(value, context)

    def _evaluate(
        self,
        subject: Any,
        as_of: date,
        horizon: date | None,
        prefix: str,
        inherited: tuple[Outcome, frozenset[str]] = (_MET, frozenset()),
    ) -> Verdict:
        if not self.source.in_force_on(as_of):
            raise NotInForceError(_not_in_force(self, as_of))
        # ``subject`` is None (unknown) or NO_MOU (known absent) when a nested standard's
        # record is missing; then every rule under it is UNKNOWN or NOT_MET.
        absent = subject is None or isinstance(subject, NoMou)
        context = Context(as_of, self._parameters, horizon)
        applies, unsure = inherited
        scope: Verdict | None = None
        if self._scope is not None:
            scope = self._evaluate_part(
                self._scope, subject, context, absent=absent, horizon=horizon, prefix=prefix
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
                part, subject, context, absent=absent, horizon=horizon, prefix=prefix, reach=reach
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
        return Verdict(
            self,
            result,
            as_of,
            children=tuple(children),
            parameters=self._parameters,
            missing=missing,
            applies=applies,
            scope=scope,
        )

    @staticmethod
    def _evaluate_part(
        part: _Part,
        subject: Any,
        context: Context,
        *,
        absent: bool,
        horizon: date | None,
        prefix: str,
        reach: tuple[Outcome, frozenset[str]] = (_MET, frozenset()),
    ) -> Verdict:
        if absent or not part.path:
            value, path = subject, prefix
        else:
            value, path = getattr(subject, part.path), f"{prefix}.{part.path}"
        item = part.item
        if isinstance(item, Standard):
            child_as_of, child_horizon = _timing(part, subject, absent, context.as_of, horizon)
            return item._evaluate(value, child_as_of, child_horizon, path, reach)
        if value is None or isinstance(value, NoMou):
            return _absent(item, value, path, context, part.rule_parameters, applies=reach[0])
        return _check(item, value, context, path, part.rule_parameters, applies=reach[0])


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
    if isinstance(item, _Part):
        if (item.at_start or item.from_start) and subject is not Assignment:
            raise TypeError(
                f"{standard_id}: a part judged at the assignment's start needs a standard on an "
                "Assignment"
            )
        return item
    if not isinstance(item, (Rule, Standard)):
        raise TypeError(f"{standard_id}: a part must be a Rule or a Standard, got {item!r}")
    if item.subject is subject:
        return _Part(item, "")
    path = _PATHS.get((subject, item.subject))
    if path is None:
        raise TypeError(
            f"{standard_id} evaluates {subject.__name__} records and cannot reach the "
            f"{item.subject.__name__} that {item.id} reads"
        )
    return _Part(item, path)


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
    )


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


def _check(
    rule: Rule,
    value: Any,
    context: Context,
    path: str,
    parameters: Mapping[str, object],
    *,
    applies: Outcome = _MET,
) -> Verdict:
    finding = rule.check(value, context)
    outcome = finding.outcome
    missing: frozenset[str] = frozenset()
    if outcome is _UNKNOWN:
        # A check that cannot name what it lacks may still not leave ``missing`` empty: the
        # whole record it reads is then what is missing.
        missing = frozenset([f"{path}.{m}" if m else path for m in finding.missing])
        missing = missing or frozenset((path,))
    return Verdict(
        rule,
        outcome,
        context.as_of,
        reason=finding._reason,
        facts=finding._facts,
        parameters=parameters,
        missing=missing,
        applies=applies,
    )


def _absent(
    rule: Rule,
    value: NoMou | None,
    path: str,
    context: Context,
    parameters: Mapping[str, object],
    *,
    applies: Outcome = _MET,
) -> Verdict:
    if isinstance(value, NoMou):
        return Verdict(
            rule,
            _NOT_MET,
            context.as_of,
            reason="there is no MOU",
            parameters=parameters,
            applies=applies,
        )
    return Verdict(
        rule,
        _UNKNOWN,
        context.as_of,
        reason=f"not known ({path} is unknown)",
        parameters=parameters,
        missing=frozenset((path,)),
        applies=applies,
    )


# --- pickling (decision D7) ------------------------------------------------------------------
# Built-in rules and standards travel by id (their checks are closures); others by what built
# them. Verdicts travel with their reasons and facts worked out.


def _make(cls: type, kwargs: dict[str, Any]) -> Any:
    return cls(**kwargs)


def _built_in_rule(rule_id: str) -> Rule:
    from sro_domain.registry import RULES  # noqa: PLC0415 - the registry imports this module

    return RULES[rule_id]


def _built_in_standard(standard_id: str, changes: dict[str, Any]) -> Standard:
    from sro_domain.registry import STANDARDS  # noqa: PLC0415 - the registry imports this module

    base = STANDARDS[standard_id]
    return base.configure(**changes) if changes else base


def _make_part(item: Rule | Standard, path: str, at_start: bool, from_start: bool) -> _Part:
    return _Part(item, path, at_start, from_start=from_start)


def _make_verdict(
    node: Rule | Standard, outcome: Outcome, as_of: date, rest: dict[str, Any]
) -> Verdict:
    return Verdict(node, outcome, as_of, **rest)
