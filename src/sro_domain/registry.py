"""Read-only registries of every built-in source, rule and standard, keyed by id.

>>> from sro_domain import RULES, STANDARDS, SOURCES
>>> RULES["nasro.selection.experience"].source.id
'nasro-faq'
>>> STANDARDS["federal-definition"].source.citation
'34 U.S.C. § 10389(4)'
>>> SOURCES["usc-34-10389-4"].effective_from
datetime.date(1998, 10, 27)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from sro_domain import sources as _documents
from sro_domain.rules import Rule, Standard
from sro_domain.sources import Source
from sro_domain.standards import BUILT_IN, COMPOSABLE

__all__ = ["RULES", "SOURCES", "STANDARDS", "Index", "index"]


def _standards(
    built_in: Iterable[Standard], error: type[Exception] = RuntimeError, whose: str = "built-in "
) -> Mapping[str, Standard]:
    standards: dict[str, Standard] = {}
    for standard in built_in:
        if not isinstance(standard, Standard):
            raise TypeError(f"expected a Standard, got {standard!r}")
        if standard.id in standards:
            raise error(f"two {whose}standards share the id {standard.id}")
        standards[standard.id] = standard
    return MappingProxyType(standards)


def _rules(
    standards: Mapping[str, Standard],
    composable: Iterable[Rule],
    error: type[Exception] = RuntimeError,
    whose: str = "built-in ",
) -> Mapping[str, Rule]:
    rules: dict[str, Rule] = {}
    every = [rule for s in standards.values() for rule in (*s.rules, *s.scope_rules)]
    for rule in [*every, *composable]:
        if rules.setdefault(rule.id, rule) is not rule:
            raise error(f"two {whose}rules share the id {rule.id}")
    return MappingProxyType(rules)


def _sources(
    standards: Mapping[str, Standard],
    documents: Iterable[object],
    composable: Iterable[Rule] = COMPOSABLE,
    error: type[Exception] = RuntimeError,
    whose: str = "built-in ",
) -> Mapping[str, Source]:
    found: dict[str, Source] = {}
    cited = [source for standard in standards.values() for source in standard.sources]
    cited += [rule.source for rule in composable]
    listed = [value for value in documents if isinstance(value, Source)]
    for source in [*cited, *listed]:
        if found.setdefault(source.id, source) != source:
            raise error(f"two {whose}sources share the id {source.id}")
    return MappingProxyType(found)


class Index:
    """Standards of one's own, with every rule and source they cite, by id.

    What :data:`~sro_domain.STANDARDS`, :data:`~sro_domain.RULES` and :data:`~sro_domain.SOURCES`
    are for the built-in ones.

    Made by :func:`index`; give ``index.standards.values()`` to
    :func:`sro_domain.codec.from_data` to read back verdicts of these standards.
    """

    __slots__ = ("rules", "sources", "standards")

    def __init__(
        self,
        standards: Mapping[str, Standard],
        rules: Mapping[str, Rule],
        sources: Mapping[str, Source],
    ) -> None:
        self.standards = standards
        self.rules = rules
        self.sources = sources

    def __repr__(self) -> str:
        return f"Index(standards={list(self.standards)!r})"


def index(
    standards: Iterable[Standard], *, rules: Iterable[Rule] = (), sources: Iterable[Source] = ()
) -> Index:
    """Index standards (and rules left to compose, and other documents) by id.

    Ids are what verdicts, messages and stored results key on, so two different standards,
    rules or sources with one id are refused, as they are among the built-in ones.

    >>> from sro_domain import NASRO_SELECTION, NASRO_TRAINING
    >>> mine = index([NASRO_SELECTION, NASRO_TRAINING])
    >>> sorted(mine.rules)[:2]
    ['nasro.selection.clean_record', 'nasro.selection.experience']
    >>> sorted(mine.sources)
    ['nasro-faq']

    Raises:
        ValueError: two different standards, rules or sources share an id.
        TypeError: something given is not a standard.
    """
    composable = tuple(rules)
    by_id = _standards(standards, ValueError, "")
    return Index(
        by_id,
        _rules(by_id, composable, ValueError, ""),
        _sources(by_id, sources, composable, ValueError, ""),
    )


STANDARDS: Mapping[str, Standard] = _standards(BUILT_IN)
"""Every built-in standard by its kebab-case id."""

RULES: Mapping[str, Rule] = _rules(STANDARDS, COMPOSABLE)
"""Every built-in rule by its dotted id — the standards' and their scopes', and the rules left for
users to compose (``nasro.selection.juvenile_history``); ids are unique and public."""

SOURCES: Mapping[str, Source] = _sources(STANDARDS, vars(_documents).values())
"""Every document a built-in rule cites, and the other verified documents, by id."""
