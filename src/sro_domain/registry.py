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

__all__ = ["RULES", "SOURCES", "STANDARDS"]


def _standards(built_in: Iterable[Standard]) -> Mapping[str, Standard]:
    standards: dict[str, Standard] = {}
    for standard in built_in:
        if standard.id in standards:
            raise RuntimeError(f"two built-in standards share the id {standard.id}")
        standards[standard.id] = standard
    return MappingProxyType(standards)


def _rules(standards: Mapping[str, Standard], composable: Iterable[Rule]) -> Mapping[str, Rule]:
    rules: dict[str, Rule] = {}
    every = [rule for s in standards.values() for rule in (*s.rules, *s.scope_rules)]
    for rule in [*every, *composable]:
        if rules.setdefault(rule.id, rule) is not rule:
            raise RuntimeError(f"two built-in rules share the id {rule.id}")
    return MappingProxyType(rules)


def _sources(
    standards: Mapping[str, Standard], documents: Iterable[object]
) -> Mapping[str, Source]:
    found: dict[str, Source] = {}
    cited = [source for standard in standards.values() for source in standard.sources]
    cited += [rule.source for rule in COMPOSABLE]
    listed = [value for value in documents if isinstance(value, Source)]
    for source in [*cited, *listed]:
        if found.setdefault(source.id, source) != source:
            raise RuntimeError(f"two built-in sources share the id {source.id}")
    return MappingProxyType(found)


STANDARDS: Mapping[str, Standard] = _standards(BUILT_IN)
"""Every built-in standard by its kebab-case id."""

RULES: Mapping[str, Rule] = _rules(STANDARDS, COMPOSABLE)
"""Every built-in rule by its dotted id — the standards' and their scopes', and the rules left for
users to compose (``nasro.selection.juvenile_history``); ids are unique and public."""

SOURCES: Mapping[str, Source] = _sources(STANDARDS, vars(_documents).values())
"""Every document a built-in rule cites, and the other verified documents, by id."""
