"""The verdict of a rule or standard on one subject at one date, and how it is read.

A :class:`Verdict` is a tree of the parts' verdicts with reasons, facts and missing paths;
:meth:`Verdict.explain` renders it. Importable from :mod:`sro_domain.rules` too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from sro_domain.outcome import _LABELS, Outcome
from sro_domain.rule import _EMPTY, Rule, _frozen_facts
from sro_domain.sources import Source

if TYPE_CHECKING:
    from sro_domain.standard import Standard

__all__ = ["Verdict"]

_MET, _NOT_MET, _UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN


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
        # Gathered into a list rather than yielded: every writer reads them all, and resuming a
        # generator at each of a standard's two dozen rules costs more than the list.
        found = []
        stack = [self]
        while stack:
            verdict = stack.pop()
            if isinstance(verdict._node, Rule):
                found.append(verdict)
            if verdict._children:
                stack.extend(reversed(verdict._children))
        return iter(found)

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
        node = self._node
        lines.append(f"{pad}[{_LABELS[self._outcome]}] {node.title} ({node.id}){when}")
        lines.append(f"{more}{self.reason}")
        if quotes and isinstance(node, Rule):
            lines.append(f'{more}"{node.quote}"')
        citation = node.source.citation
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


def _built_verdict(  # noqa: PLR0917 - every slot, by position: one verdict per part
    node: Rule | Standard,
    outcome: Outcome,
    as_of: date,
    children: tuple[Verdict, ...],
    reason: str | Callable[[], str] | None,
    facts: Mapping[str, object] | Callable[[], Mapping[str, object]],
    parameters: Mapping[str, object],
    missing: frozenset[str],
    applies: Outcome,
    scope: Verdict | None,
) -> Verdict:
    """``Verdict(...)`` by position, for the engine, which builds a verdict per part.

    The same object, without parsing keyword arguments: it sets the slots ``__init__`` sets.
    """
    verdict = _new_verdict(Verdict)
    verdict._node = node
    verdict._outcome = outcome
    verdict._as_of = as_of
    verdict._children = children
    verdict._reason = reason
    verdict._facts = facts
    verdict._parameters = parameters
    verdict._missing = missing
    verdict._applies = applies
    verdict._scope = scope
    return verdict


_new_verdict = object.__new__


# Verdicts travel with their reasons and facts worked out (decision D7).


def _make_verdict(
    node: Rule | Standard, outcome: Outcome, as_of: date, rest: dict[str, Any]
) -> Verdict:
    return Verdict(node, outcome, as_of, **rest)
