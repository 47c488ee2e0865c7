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

from sro_domain.rule import (
    Changes,
    Check,
    Context,
    Decide,
    Finding,
    Fix,
    Mend,
    Parameter,
    R,
    Rule,
    T,
    _built_in_rule,
    _make,
    impossible,
    timeless,
)
from sro_domain.standard import (
    S,
    Standard,
    _built_in_standard,
    _make_part,
    _Part,
    at_assignment_start,
    from_assignment_start,
    reach,
)
from sro_domain.verdict import Verdict, _make_verdict

__all__ = [
    "Changes",
    "Check",
    "Context",
    "Finding",
    "Fix",
    "Mend",
    "Parameter",
    "Rule",
    "Standard",
    "Verdict",
    "at_assignment_start",
    "from_assignment_start",
    "impossible",
    "timeless",
]

# Kept importable from here: the type variables, and what pickles made by 0.2.0 name.
_COMPATIBLE = (
    Decide,
    R,
    S,
    T,
    _Part,
    _built_in_rule,
    _built_in_standard,
    _make,
    _make_part,
    _make_verdict,
    reach,
)
