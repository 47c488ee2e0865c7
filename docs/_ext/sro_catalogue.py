"""Sphinx extension: the rule catalogue, generated from the code each time the site is built.

``catalogue.md`` holds the page's introduction and the marker ``<!-- rule-catalogue -->``; on
``source-read`` the marker is replaced by MyST Markdown written from
:data:`sro_domain.STANDARDS`, :data:`sro_domain.RULES` and :data:`sro_domain.SOURCES`: every
standard with its source, binding force and dates, every rule with its exact words, citation,
parameters, and a passing, a failing and (where the rule can be unknown) an undetermined example
evaluated by the library at build time. A rule written with a condition takes its examples from
the condition. Nothing in it is written by hand, so adding a rule to the code adds it to the page.

A rule with no failing example, or none that leaves it UNKNOWN when the rule can be unknown, or
an example that no longer gives the outcome it is shown under, is reported as a Sphinx warning —
an error under ``-W``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

import catalogue_examples as examples
import sro_api as api
import sro_domain
from sro_domain import (
    RULES,
    SOURCES,
    STANDARDS,
    InvalidRecordError,
    Outcome,
    Remedy,
    Rule,
    Source,
    Standard,
    remedies,
)
from sro_domain.standards import COMPOSABLE

MARKER = "<!-- rule-catalogue -->"
DOCNAME = "catalogue"

logger = logging.getLogger(__name__)

# CommonMark lets a backslash escape any ASCII punctuation; escaping all of it is always safe.
_PUNCTUATION = frozenset(string.punctuation)


# --- Markdown helpers ---------------------------------------------------------------------------


def text(words: str) -> str:
    """``words`` as literal Markdown text: no character in it is read as markup."""
    return "".join("\\" + c if c in _PUNCTUATION else c for c in words)


def code(words: str) -> str:
    """``words`` as inline code, with a fence longer than any run of backticks inside."""
    fence = "`" * (max(map(len, re.findall("`+", words)), default=0) + 1)
    return f"{fence}{words}{fence}" if "`" not in words else f"{fence} {words} {fence}"


def label(kind: str, ident: str) -> str:
    """The cross-reference target of a standard, rule or source."""
    return f"{kind}-" + "".join(c if c.isalnum() else "-" for c in ident.lower())


def ref(kind: str, ident: str) -> str:
    """A link to a catalogue entry, shown as its id in code."""
    return f"[{code(ident)}](#{label(kind, ident)})"


def link(source: Source) -> str:
    """A source's citation, linked to the document where it has an address."""
    if source.url is None:
        return text(source.citation)
    return f"[{text(source.citation)}]({source.url})"


# --- the page -----------------------------------------------------------------------------------


def public_names() -> Mapping[int, str]:
    """The public name of each built-in standard, by ``id()`` of the standard."""
    return {
        id(obj): name
        for name in sro_domain.__all__
        if isinstance(obj := getattr(sro_domain, name), Standard)
    }


def home_standards() -> dict[str, Standard]:
    """Each rule id's defining standard: the first built-in standard that lists it as a part."""
    home: dict[str, Standard] = {}
    for standard in STANDARDS.values():
        for part in standard.parts:
            if isinstance(part, Rule):
                home.setdefault(part.id, standard)
        for rule in standard.scope_rules:
            home.setdefault(rule.id, standard)
    return home


def in_force(source: Source) -> str:
    """When a source applies, in words."""
    if source.effective_from is None and source.effective_to is None:
        if source.binding:
            return "no effective dates recorded"
        published = f"published {source.published.isoformat()}; " if source.published else ""
        return f"{published}a recommendation, with no effective date: it is never out of force"
    start = source.effective_from.isoformat() if source.effective_from else "any date"
    end = source.effective_to.isoformat() if source.effective_to else "no end date"
    return f"from {start} to {end}"


def kind(source: Source) -> str:
    """What kind of document a source is, and whether it binds: "statute — binding"."""
    binding = "binding" if source.binding else "not binding"
    return f"{source.kind.value.replace('_', ' ')} — {binding}"


def source_facts(source: Source) -> Iterator[str]:
    """The field-list lines that describe a source."""
    yield f":Citation: {link(source)}"
    yield f":Issued by: {text(source.authority)}"
    yield f":Kind: {kind(source)}"
    yield f":In force: {text(in_force(source))}"
    if source.enacted_by:
        yield f":Enacted by: {text(source.enacted_by)}"
    if source.formerly:
        yield f":Formerly: {text(source.formerly)}"


def standard_section(
    standard: Standard, names: Mapping[int, str], home: Mapping[str, Standard]
) -> Iterator[str]:
    """One standard: its facts, then each of its parts."""
    yield f"({label('standard', standard.id)})="
    yield f"### {text(standard.title)}"
    yield ""
    name = names.get(id(standard))
    if name is None:
        logger.warning(
            "standard %s is not exported by sro_domain", standard.id, type="sro_catalogue"
        )
        name = standard.id
    yield f":Standard: {{py:data}}`sro_domain.{name}` ({code(standard.id)})"
    yield f":Evaluates: {{py:class}}`~sro_domain.{standard.subject.__name__}`"
    yield f":Source: {link(standard.source)} ({ref('source', standard.source.id)})"
    yield f":Kind: {kind(standard.source)}"
    yield f":In force: {text(in_force(standard.source))}"
    if standard.parameters:
        shown = ", ".join(
            f"{code(key)} = {code(api.python_source(value))}"
            for key, value in standard.parameters.items()
        )
        yield f":Parameters: {shown}"
    yield ""
    nested = [part for part in standard.parts if isinstance(part, Standard)]
    rules = [part for part in standard.parts if isinstance(part, Rule)]
    if nested:
        listed = ", ".join(ref("standard", part.id) for part in nested)
        yield f"All of these standards must be met: {listed}."
        yield ""
    shared = [rule for rule in rules if home[rule.id] is not standard]
    if shared:
        listed = ", ".join(
            f"{ref('rule', rule.id)} (under {ref('standard', home[rule.id].id)})" for rule in shared
        )
        yield f"Uses {listed}."
        yield ""
    scope = standard.scope
    if scope is not None:
        scope_rules = standard.scope_rules
        yield (
            f"**Scope.** It binds only what {text(scope.title)} ({code(scope.id)}) reaches. Outside "
            "it the standard is met and its verdict says so (`applies` is `not_met`, the reason "
            '"not reached: …"); where that is unknown, a shortfall is `unknown`, never a '
            "violation. The scope's rules:"
        )
        yield ""
        for rule in scope_rules:
            yield f"- {ref('rule', rule.id)} — {text(rule.title)}"
        yield ""
    for rule in rules:
        if home[rule.id] is standard:
            yield from rule_section(rule, standard, name)
    if scope is not None:
        for rule in standard.scope_rules:
            if home[rule.id] is standard:
                yield from rule_section(rule, standard, name)


def rule_section(rule: Rule, standard: Standard, standard_name: str) -> Iterator[str]:
    """One rule: its words set apart, its citation, parameters and worked examples."""
    yield f"({label('rule', rule.id)})="
    yield f"#### {code(rule.id)} — {text(rule.title)}"
    yield ""
    yield ":::{container} rule-quote"
    yield f"> “{text(rule.quote)}”"
    yield ""
    yield f"— {link(rule.source)}"
    yield ":::"
    yield ""
    for parameter in rule.parameters:
        yield (
            f"Parameter {code(parameter.name)}, default {code(api.python_source(parameter.default))}: "
            f"{text(parameter.doc)} Change it with "
            f"{code(f'{standard_name}.configure({parameter.name}=...)')}; "
            "see [Decisions](decisions.md)."
        )
        yield ""
    yield from worked_examples(rule, standard)


def worked_examples(rule: Rule, standard: Standard) -> Iterator[str]:
    """A MET, a NOT MET and (where the rule can be unknown) an UNKNOWN example, evaluated now.

    A rule written with a condition has its examples from the condition (the fewest changes that
    give each outcome); the others have theirs from ``catalogue_examples``, or for UNKNOWN the
    first fact the rule reads that, made unknown, leaves it undetermined.
    """
    base_name, base = examples.BASES[standard.subject]
    cases = [(Outcome.MET, f"{base_name.capitalize()}", base, examples.asked_on(standard))]
    found = examples.worked(rule, standard)
    for outcome in (Outcome.NOT_MET, Outcome.UNKNOWN):
        example = found.get(outcome)
        if example is None:
            if outcome is Outcome.NOT_MET or examples.can_be_unknown(rule, standard):
                logger.warning(
                    "rule %s has no %s example in docs/_ext/catalogue_examples.py",
                    rule.id,
                    "failing" if outcome is Outcome.NOT_MET else "UNKNOWN",
                    type="sro_catalogue",
                    subtype="example",
                )
            continue
        words = "With " + "; ".join(
            f"{examples.plain_path(path)}: {examples.plain(value, path)}"
            for path, value in example.changes.items()
        )
        try:
            subject = examples.apply(base, example.changes)
        except InvalidRecordError as error:
            logger.warning(
                "the %s example of rule %s in docs/_ext/catalogue_examples.py is not a valid "
                "record: %s",
                outcome.label,
                rule.id,
                error,
                type="sro_catalogue",
                subtype="example",
            )
            continue
        cases.append((outcome, words, subject, example.as_of))
    yield "Worked examples, evaluated by the library when this page was built:"
    yield ""
    for expected, words, subject, as_of in cases:
        verdict = standard.evaluate(subject, as_of=as_of).find(rule.id)
        if verdict.outcome is not expected:
            logger.warning(
                "the %s example of rule %s gives %s: %s",
                expected.label,
                rule.id,
                verdict.outcome.label,
                verdict.reason,
                type="sro_catalogue",
                subtype="example",
            )
        yield f"{{sro-outcome}}`{verdict.outcome.value}` {text(words)}, as of {as_of.isoformat()}"
        yield f": {text(verdict.reason)}"
        for remedy in remedies(standard, subject, as_of=as_of):
            if remedy.rule_id == rule.id:
                yield f": {remedy_words(remedy, subject)}"
        yield ""


def remedy_words(remedy: Remedy, subject: Any) -> str:
    """The kind of remedy (a change, a wait, none possible) and what it says, for the page."""
    if not remedy.possible:
        return f"*Remedy: none possible.* {text(remedy.action)} — {text(remedy.reason or '')}"
    kind = "wait" if remedy.apply(subject) is subject else "change"
    when = f" (by {remedy.by.isoformat()})" if remedy.by is not None else ""
    return f"*Remedy ({kind}):* {text(remedy.action)}{when}"


def composable_section() -> Iterator[str]:
    """The built-in rules no built-in standard uses, for users to compose."""
    if not COMPOSABLE:
        return
    yield "## Rules to compose"
    yield ""
    yield (
        "Built-in rules that no built-in standard includes: add them to a standard of your own "
        "(see [concepts](concepts.md)). Their examples are evaluated on a standard of that one "
        "rule."
    )
    yield ""
    for rule in COMPOSABLE:
        alone = Standard(
            id=f"{rule.id}-alone", title=rule.title, subject=rule.subject, source=rule.source,
            parts=[rule],
        )  # fmt: skip
        yield f"### {text(rule.source.title)}"
        yield ""
        yield from rule_section(rule, alone, "Standard(...)")


def sources_section() -> Iterator[str]:
    """Every source, with the rules that cite it."""
    citing: dict[str, list[str]] = {}
    for rule in RULES.values():
        citing.setdefault(rule.source.id, []).append(rule.id)
    for source in SOURCES.values():
        yield f"({label('source', source.id)})="
        yield f"### {text(source.title)}"
        yield ""
        yield f":Id: {code(source.id)}"
        yield from source_facts(source)
        rules = citing.get(source.id, [])
        cited = ", ".join(ref("rule", rule_id) for rule_id in rules) if rules else "none yet"
        yield f":Quoted by: {cited}"
        yield ""


def catalogue() -> str:
    """The generated part of the catalogue page, as MyST Markdown."""
    names = public_names()
    home = home_standards()
    lines = [
        "## The base examples",
        "",
        "Every passing example below is one of these records; every failing one changes the "
        "fields shown. The base posting is {py:data}`~sro_domain.examples.COMMUNITY_SRO` with:",
        "",
        *(
            f"- {code(f'{path} = {api.python_source(value)}')}"
            for path, value in examples.BASE_CHANGES.items()
        ),
        "",
        f"and an SRO response is {code(api.python_source(examples.RESPONSE))}.",
        "",
        "## Standards",
        "",
    ]
    for standard in STANDARDS.values():
        lines += standard_section(standard, names, home)
    lines += composable_section()
    lines += ["## Sources", ""]
    lines += sources_section()
    return "\n".join(lines) + "\n"


def _replace_markers(app: Sphinx, docname: str, source: list[str]) -> None:
    if docname == DOCNAME:
        if MARKER not in source[0]:
            logger.warning("%s.md has no %s marker", DOCNAME, MARKER, type="sro_catalogue")
        source[0] = source[0].replace(MARKER, catalogue())
    source[0] = api.expand_public_data(source[0])


def outcome_role(  # noqa: PLR0917 - the signature of a docutils role
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: Mapping[str, Any] | None = None,
    content: list[str] | None = None,
) -> tuple[list[nodes.Node], list[nodes.system_message]]:
    """``{sro-outcome}`met``: an outcome as a coloured badge, in the words of ``Outcome.label``."""
    try:
        outcome = Outcome(text)
    except ValueError:
        message = inliner.reporter.error(f"no outcome {text!r}", line=lineno)
        return [inliner.problematic(rawtext, rawtext, message)], [message]
    badge = nodes.inline(
        rawtext, outcome.label, classes=["sro-outcome", f"sro-outcome-{outcome.value}"]
    )
    return [badge], []


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the catalogue's source-read hook, its outcome role and the API helpers."""
    app.connect("source-read", _replace_markers)
    app.add_role("sro-outcome", outcome_role)
    api.setup(app)
    return {
        "version": sro_domain.__version__,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
