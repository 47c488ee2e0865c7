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
from typing import Any

import attrs

from sro_domain.errors import InvalidParameterError, NotInForceError, UndeterminedError
from sro_domain.models import Assignment, Mou, NoMou, Officer, SroResponse
from sro_domain.outcome import Outcome
from sro_domain.sources import Source

__all__ = [
    "Check",
    "Context",
    "Finding",
    "Parameter",
    "Rule",
    "Standard",
    "Verdict",
    "at_assignment_start",
]

_EMPTY: Mapping[str, object] = MappingProxyType({})

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


def _facts(value: Mapping[str, object]) -> Mapping[str, object]:
    return value if isinstance(value, MappingProxyType) else MappingProxyType(dict(value))


def _paths(value: Iterable[str]) -> frozenset[str]:
    return value if isinstance(value, frozenset) else frozenset(value)


def _parameter_list(value: Iterable[Parameter]) -> tuple[Parameter, ...]:
    return tuple(value)


@attrs.frozen
class Finding:
    """What a rule's check returns: the outcome, a reason in plain words, facts and unknowns.

    Args:
        outcome: the rule's outcome.
        reason: the actual and the required values in plain language ("39.5 hours …; at least
            40 required").
        facts: machine-readable actual and required values (scalars, dates, decimals, enum
            members and tuples of these).
        missing: the unknown inputs that could still change the outcome, as dotted paths
            relative to the record the rule reads (``"volunteered"``). Needed when UNKNOWN;
            ignored otherwise.
    """

    outcome: Outcome
    reason: str
    facts: Mapping[str, object] = attrs.field(default=_EMPTY, converter=_facts)
    missing: frozenset[str] = attrs.field(default=frozenset(), converter=_paths)


@attrs.frozen
class Context:
    """What a check may read besides the record: the date and the standard's parameter values.

    ``horizon`` is set when a standard looks ahead from ``as_of`` to a later date that still
    matters (NASRO's selection is judged as of the assignment's start; evaluated before the
    start, a shortfall that ongoing service closes by then is UNKNOWN, not NOT_MET).
    """

    as_of: date
    parameters: Mapping[str, Any]
    horizon: date | None = None


Check = Callable[[Any, Context], Finding]
"""A rule's check: ``check(record, context) -> Finding``; it must not raise for a valid record."""


@attrs.frozen
class Parameter:
    """A named, documented choice a rule leaves open (a threshold, a reading of an ambiguity).

    ``convert`` validates and normalises a value, raising ``ValueError`` (with a message that
    completes "must …") when it cannot be taken.
    """

    name: str
    default: Any
    convert: Callable[[Any], Any]
    doc: str


@attrs.frozen(kw_only=True)
class Rule:
    """One clause of one source, encoded: its id, its exact words and its check.

    Ids are dotted (``"nasro.selection.experience"``) and public: downstream apps key messages
    and translations on them. ``subject`` is the record type the check reads; a standard on an
    ``Assignment`` can use a rule on the assignment's ``Officer`` or ``Mou``.
    ``applies_when`` lets a parameter leave the rule out of a standard altogether (the federal
    definition's ``purposes=IGNORE``).
    """

    id: str = attrs.field()
    title: str
    source: Source
    quote: str = attrs.field()
    subject: type
    check: Check = attrs.field(repr=False)
    parameters: tuple[Parameter, ...] = attrs.field(default=(), converter=_parameter_list)
    applies_when: Callable[[Mapping[str, Any]], bool] | None = attrs.field(default=None, repr=False)

    @id.validator
    def _check_id(self, _: object, value: str) -> None:
        if not isinstance(value, str) or not value or value != value.strip():
            raise ValueError(f"a rule id must be a non-empty string, got {value!r}")

    @quote.validator
    def _check_quote(self, _: object, value: str) -> None:
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"rule {self.id} must quote its source's words, got {value!r}")


@attrs.frozen
class _Part:
    item: Rule | Standard
    path: str  # attribute from the standard's subject to the item's subject; "" for itself
    at_start: bool = False


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


@attrs.frozen(kw_only=True, eq=True)
class Verdict:
    """The explained answer of a rule or a standard on one subject at one date.

    A tree: a standard's verdict has one child per part (rule or nested standard), in order.

    Attributes:
        id, title: of the rule or standard.
        outcome: ``MET``, ``NOT_MET`` or ``UNKNOWN``.
        reason: plain language, with the actual and the required values.
        source: the document cited; ``quote`` its exact words (``None`` for a standard).
        as_of: the date the question was asked at.
        children: the parts' verdicts, in the standard's order (empty for a rule).
        facts: machine-readable actual and required values.
        parameters: the parameter values used, so verdicts of variants can be told apart.
        missing: dotted paths from the evaluated subject (``"assignment.officer.volunteered"``)
            of the unknown inputs that could still change the outcome; empty unless UNKNOWN.
    """

    id: str
    title: str
    outcome: Outcome
    reason: str
    source: Source
    quote: str | None
    as_of: date
    children: tuple[Verdict, ...] = ()
    facts: Mapping[str, object] = attrs.field(default=_EMPTY, hash=False)
    parameters: Mapping[str, object] = attrs.field(default=_EMPTY, hash=False)
    missing: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        raise TypeError(
            "a Verdict has no truth value (UNKNOWN is neither); test verdict.met, "
            "verdict.not_met or verdict.unknown"
        )

    @property
    def met(self) -> bool:
        """Whether the outcome is ``MET``."""
        return self.outcome is Outcome.MET

    @property
    def not_met(self) -> bool:
        """Whether the outcome is ``NOT_MET``."""
        return self.outcome is Outcome.NOT_MET

    @property
    def unknown(self) -> bool:
        """Whether the outcome is ``UNKNOWN``."""
        return self.outcome is Outcome.UNKNOWN

    @property
    def is_rule(self) -> bool:
        """Whether this is a rule's verdict (a leaf) rather than a standard's."""
        return self.quote is not None

    def leaves(self) -> Iterator[Verdict]:
        """Every rule verdict in the tree, in order."""
        if self.is_rule:
            yield self
        for child in self.children:
            yield from child.leaves()

    def failures(self) -> tuple[Verdict, ...]:
        """The ``NOT_MET`` rule verdicts, in order."""
        return tuple(leaf for leaf in self.leaves() if leaf.outcome is Outcome.NOT_MET)

    def find(self, id: str) -> Verdict:
        """The verdict of the rule or nested standard with this id.

        Raises:
            KeyError: no part of this verdict has that id.
        """
        if self.id == id:
            return self
        for child in self.children:
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
        if parent is None or parent.as_of != self.as_of:
            when = f", as of {self.as_of.isoformat()}"
        lines.append(f"{pad}[{self.outcome.label}] {self.title} ({self.id}){when}")
        lines.append(f"{more}{self.reason}")
        if quotes and self.quote is not None:
            lines.append(f'{more}"{self.quote}"')
        if parent is None or parent.source != self.source:
            lines.append(f"{more}Source: {self.source.citation}")
        for child in self.children:
            child._explain(lines, more, self, quotes)

    def __str__(self) -> str:
        return self.explain()


@attrs.frozen(init=False)
class Standard:
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

    Raises:
        TypeError: a part cannot be reached from ``subject``, or a parameter is unknown.
        InvalidParameterError: a parameter value cannot be taken.
    """

    id: str
    title: str
    subject: type
    source: Source
    _all_parts: tuple[_Part, ...]
    _values: tuple[tuple[str, Any], ...]
    _active: tuple[_Part, ...] = attrs.field(eq=False, repr=False)
    _parameters: Mapping[str, Any] = attrs.field(eq=False, repr=False)

    def __init__(
        self,
        *,
        id: str,
        title: str,
        subject: type,
        source: Source,
        parts: Iterable[Rule | Standard | _Part],
        parameters: Mapping[str, Any] | None = None,
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
        declared = _declared(all_parts)
        given = dict(parameters or {})
        unknown = sorted(set(given) - set(declared))
        if unknown:
            raise TypeError(f"{id} has no parameter {', '.join(unknown)}")
        own = {
            name: _convert(id, param, given[name]) if name in given else param.default
            for name, param in declared.items()
        }
        merged: dict[str, Any] = {}
        for part in all_parts:
            if isinstance(part.item, Standard):
                merged.update(part.item.parameters)
        merged.update(own)
        active = tuple(
            part
            for part in all_parts
            if not isinstance(part.item, Rule)
            or part.item.applies_when is None
            or part.item.applies_when(own)
        )
        self.__attrs_init__(
            id, title, subject, source, all_parts, _freeze(own), active, MappingProxyType(merged)
        )

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
        """Every distinct source cited: the primary one first, then each rule's, in order."""
        seen: dict[str, Source] = {self.source.id: self.source}
        for rule in self.rules:
            seen.setdefault(rule.source.id, rule.source)
        return tuple(seen.values())

    def configure(self, **changes: Any) -> Standard:
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
                    parts.append(attrs.evolve(part, item=item.configure(**mine)))
                    continue
            parts.append(part)
        return Standard(
            id=self.id,
            title=self.title,
            subject=self.subject,
            source=self.source,
            parts=parts,
            parameters=own,
        )

    # --- evaluation ----------------------------------------------------------------------

    def evaluate(self, subject: Any, *, as_of: date) -> Verdict:
        """The explained verdict on ``subject`` as of ``as_of``; every rule is checked.

        Raises:
            TypeError: ``subject`` is not the kind of record this standard reads, or ``as_of``
                is not a ``datetime.date``.
            NotInForceError: this standard's source (or a nested one's) is not in force on
                ``as_of``.
        """
        if not isinstance(as_of, date) or isinstance(as_of, datetime):
            raise TypeError(f"as_of must be a datetime.date (not a datetime), got {as_of!r}")
        if not isinstance(subject, self.subject):
            raise TypeError(
                f"{self.id} evaluates {self.subject.__name__} records, "
                f"got {type(subject).__name__}: {subject!r}"
            )
        return self._evaluate(subject, as_of, None, _root(self.subject))

    def holds(self, subject: Any, *, as_of: date) -> bool:
        """``True`` when the outcome is MET, ``False`` when NOT_MET.

        Raises:
            UndeterminedError: the outcome is UNKNOWN; its ``verdict`` says what is missing.
        """
        verdict = self.evaluate(subject, as_of=as_of)
        if verdict.outcome is Outcome.UNKNOWN:
            raise UndeterminedError(verdict)
        return verdict.outcome is Outcome.MET

    def _evaluate(self, subject: Any, as_of: date, horizon: date | None, prefix: str) -> Verdict:
        if not self.source.in_force_on(as_of):
            raise NotInForceError(_not_in_force(self, as_of))
        # ``subject`` is None (unknown) or NO_MOU (known absent) when a nested standard's
        # record is missing; then every rule under it is UNKNOWN or NOT_MET.
        absent = subject is None or isinstance(subject, NoMou)
        context = Context(as_of, self._parameters, horizon)
        children: list[Verdict] = []
        for part in self._active:
            if absent or not part.path:
                value, path = subject, prefix
            else:
                value, path = getattr(subject, part.path), f"{prefix}.{part.path}"
            item = part.item
            if isinstance(item, Standard):
                child_as_of, child_horizon = as_of, horizon
                if part.at_start and not absent:
                    start: date = subject.start
                    child_as_of = min(as_of, start)
                    child_horizon = start if as_of < start else None
                children.append(item._evaluate(value, child_as_of, child_horizon, path))
            elif value is None or isinstance(value, NoMou):
                children.append(_absent(item, value, path, context))
            else:
                children.append(_check(item, value, context, path))
        outcome = Outcome.all_of(child.outcome for child in children)
        missing: frozenset[str] = frozenset()
        if outcome is Outcome.UNKNOWN:
            missing = frozenset().union(*(child.missing for child in children))
        return Verdict(
            id=self.id,
            title=self.title,
            outcome=outcome,
            reason=_standard_reason(outcome, children, missing),
            source=self.source,
            quote=None,
            as_of=as_of,
            children=tuple(children),
            parameters=self._parameters,
            missing=missing,
        )


def _freeze(values: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(values.items()))


def _as_part(standard_id: str, subject: type, item: Rule | Standard | _Part) -> _Part:
    if isinstance(item, _Part):
        if item.at_start and subject is not Assignment:
            raise TypeError(f"{standard_id}: at_assignment_start needs a standard on an Assignment")
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


def _declared(parts: Iterable[_Part]) -> dict[str, Parameter]:
    return {
        param.name: param
        for part in parts
        if isinstance(part.item, Rule)
        for param in part.item.parameters
    }


def _convert(standard_id: str, param: Parameter, value: Any) -> Any:
    try:
        return param.convert(value)
    except ValueError as error:
        raise InvalidParameterError(
            param.name, value, f"{standard_id}: {param.name} must {error}, got {value!r}"
        ) from None


def _not_in_force(standard: Standard, as_of: date) -> str:
    source = standard.source
    start = source.effective_from.isoformat() if source.effective_from else "the beginning"
    end = source.effective_to.isoformat() if source.effective_to else "today"
    return (
        f"{standard.id} cites {source.citation}, in force from {start} to {end}; "
        f"it does not apply on {as_of.isoformat()}"
    )


def _standard_reason(outcome: Outcome, children: list[Verdict], missing: frozenset[str]) -> str:
    if outcome is Outcome.MET:
        return "its one part is met" if len(children) == 1 else f"all {len(children)} parts met"
    if outcome is Outcome.NOT_MET:
        failing = [child.id for child in children if child.outcome is Outcome.NOT_MET]
        return f"not met: {', '.join(failing)}"
    return f"undetermined, nothing fails; unknown: {', '.join(sorted(missing))}"


def _rule_parameters(rule: Rule, values: Mapping[str, Any]) -> Mapping[str, object]:
    if not rule.parameters:
        return _EMPTY
    return MappingProxyType({param.name: values[param.name] for param in rule.parameters})


def _check(rule: Rule, value: Any, context: Context, path: str) -> Verdict:
    finding = rule.check(value, context)
    missing: frozenset[str] = frozenset()
    if finding.outcome is Outcome.UNKNOWN:
        # A check that cannot name what it lacks may still not leave ``missing`` empty: the
        # whole record it reads is then what is missing.
        missing = frozenset(f"{path}.{m}" if m else path for m in finding.missing)
        missing = missing or frozenset({path})
    return Verdict(
        id=rule.id,
        title=rule.title,
        outcome=finding.outcome,
        reason=finding.reason,
        source=rule.source,
        quote=rule.quote,
        as_of=context.as_of,
        facts=finding.facts,
        parameters=_rule_parameters(rule, context.parameters),
        missing=missing,
    )


def _absent(rule: Rule, value: NoMou | None, path: str, context: Context) -> Verdict:
    known_absent = isinstance(value, NoMou)
    return Verdict(
        id=rule.id,
        title=rule.title,
        outcome=Outcome.NOT_MET if known_absent else Outcome.UNKNOWN,
        reason="there is no MOU" if known_absent else f"not known ({path} is unknown)",
        source=rule.source,
        quote=rule.quote,
        as_of=context.as_of,
        parameters=_rule_parameters(rule, context.parameters),
        missing=frozenset() if known_absent else frozenset({path}),
    )
