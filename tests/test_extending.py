"""A new authority is one module: a throwaway one, built here, is served by everything else.

The module below is written as a user (or a new state's module under ``standards/``) would write
it: a source, one parameter, three rules from conditions and a standard. Nothing else in the
library is told about it; registration, the targeted strategies, the codec and its schemas,
``explain()`` and the catalogue's machinery all serve it from what the module says.
"""

from __future__ import annotations

import importlib
import json
import logging
import sys
import types
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sro_domain import Outcome, Standard, Verdict
from sro_domain.codec import DETAILS, from_data, to_data, to_json
from sro_domain.registry import index
from sro_domain.schema import verdict_schema
from sro_domain.strategies import satisfying, undetermined, violating

AUTHORITY = '''
"""Lakeview County school safety policy (a throwaway authority)."""

from decimal import Decimal

from sro_domain import Assignment, Officer, Parameter, Rule, Source, SourceKind, Standard
from sro_domain.conditions import all_of, at_least, includes, is_true
from sro_domain.roles import TRIAD

POLICY = Source(
    id="lakeview-policy-4-1", title="School Safety Policy 4.1", authority="Lakeview County",
    citation="Lakeview County Policy 4.1", kind=SourceKind.AGENCY_GUIDANCE, binding=True,
)


def _hours(value):
    if not isinstance(value, (int, Decimal)) or isinstance(value, bool) or value < 0:
        raise ValueError("be a number of hours, at least 0")
    return Decimal(value)


MIN_WEEKLY_HOURS = Parameter(
    name="lakeview_min_weekly_hours", default=Decimal(30), convert=_hours,
    doc="Hours a week in schools; the policy says 'at least 30 hours'.",
)
SWORN_VOLUNTEER = Rule(
    id="lakeview.sworn_volunteer", title="A sworn officer who volunteered", source=POLICY,
    quote="Only sworn officers who volunteer may be assigned.", subject=Officer,
    condition=all_of(is_true("sworn", "holds sworn authority"),
                     is_true("volunteered", "volunteered for the post")),
)
WEEKLY_HOURS = Rule(
    id="lakeview.weekly_hours", title="At least 30 hours a week", source=POLICY,
    quote="An SRO serves at least 30 hours a week in schools.", subject=Assignment,
    condition=at_least("hours_per_week", MIN_WEEKLY_HOURS, "hours a week in schools",
                       greatest=Decimal(168)),
)
TRIAD_ROLES = Rule(
    id="lakeview.triad", title="All three roles", source=POLICY,
    quote="The SRO serves as educator, informal counselor and law enforcement officer.",
    subject=Assignment, condition=includes("roles", TRIAD, "roles performed"),
)
LAKEVIEW = Standard(
    id="lakeview-sro", title="Lakeview County SRO policy", subject=Assignment, source=POLICY,
    parts=[SWORN_VOLUNTEER, WEEKLY_HOURS, TRIAD_ROLES],
)
'''

AS_OF = date(2024, 9, 3)


@pytest.fixture(scope="module")
def authority() -> types.ModuleType:
    module = types.ModuleType("lakeview_authority")
    exec(compile(AUTHORITY, "lakeview_authority.py", "exec"), module.__dict__)
    return module


def standard_of(authority: types.ModuleType) -> Standard:
    found: Standard = authority.LAKEVIEW
    return found


def test_registration(authority: types.ModuleType) -> None:
    lakeview = standard_of(authority)
    mine = index([lakeview])
    assert list(mine.standards) == ["lakeview-sro"]
    assert list(mine.rules) == [
        "lakeview.sworn_volunteer",
        "lakeview.weekly_hours",
        "lakeview.triad",
    ]
    assert list(mine.sources) == ["lakeview-policy-4-1"]
    assert lakeview.parameters == {"lakeview_min_weekly_hours": Decimal(30)}
    with pytest.raises(ValueError, match="two standards share the id lakeview-sro"):
        index([lakeview, lakeview.configure(lakeview_min_weekly_hours=20)])


def _outcomes(standard: Standard, subject: Any) -> dict[str, Outcome]:
    verdict = standard.evaluate(subject, as_of=AS_OF)
    return {leaf.id: leaf.outcome for leaf in verdict.leaves()}


@pytest.mark.parametrize("hours", [30, 12])
def test_the_targeted_strategies(authority: types.ModuleType, hours: int) -> None:
    """With the parameter at its default and changed, every rule can be met, failed or unknown."""
    lakeview = standard_of(authority).configure(lakeview_min_weekly_hours=hours)
    rule_ids = [rule.id for rule in lakeview.rules]

    @settings(max_examples=40, database=None)
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        met = data.draw(satisfying(lakeview, as_of=AS_OF))
        assert set(_outcomes(lakeview, met).values()) == {Outcome.MET}
        for rule_id in rule_ids:
            failing = data.draw(violating(lakeview, rule_id, as_of=AS_OF))
            outcomes = _outcomes(lakeview, failing)
            assert outcomes.pop(rule_id) is Outcome.NOT_MET
            assert set(outcomes.values()) == {Outcome.MET}
        unsure = lakeview.evaluate(data.draw(undetermined(lakeview, as_of=AS_OF)), as_of=AS_OF)
        assert unsure.unknown
        assert unsure.missing

    check()


def test_the_codec_and_its_schemas(authority: types.ModuleType) -> None:
    lakeview = standard_of(authority)
    from sro_domain.examples import COMMUNITY_SRO

    verdict = lakeview.evaluate(COMMUNITY_SRO, as_of=AS_OF)
    for detail in DETAILS:
        data = to_data(verdict, detail=detail)
        assert json.loads(to_json(verdict, detail=detail)) == data
        jsonschema.validate(data, verdict_schema(detail))
        read = from_data(Verdict, data, standards=[lakeview])
        assert to_data(read, detail=detail) == data
        assert read.outcome is verdict.outcome


def test_explain(authority: types.ModuleType) -> None:
    lakeview = standard_of(authority)
    from sro_domain.examples import COMMUNITY_SRO

    text = lakeview.evaluate(COMMUNITY_SRO, as_of=AS_OF).explain(quotes=True)
    assert (
        text.splitlines()[0] == "[MET] Lakeview County SRO policy (lakeview-sro), as of 2024-09-03"
    )
    assert "holds sworn authority: yes; volunteered for the post: yes (all required)" in text
    assert "40 hours a week in schools; at least 30 required" in text
    assert '"Only sworn officers who volunteer may be assigned."' in text
    assert "Source: Lakeview County Policy 4.1" in text


def test_the_catalogue_machinery(
    authority: types.ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    """The rule catalogue's sections and worked examples, generated for the new authority."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "docs" / "_ext"))
    try:
        sro_catalogue = importlib.import_module("sro_catalogue")
    finally:
        sys.path.pop(0)
    lakeview = standard_of(authority)
    with caplog.at_level(logging.WARNING):
        lines = [
            line
            for rule in lakeview.rules
            for line in sro_catalogue.rule_section(rule, lakeview, "LAKEVIEW")
        ]
    assert caplog.records == []  # every example gives the outcome it is shown under
    page = "\n".join(lines).replace("\\", "")  # Markdown escapes dropped
    for rule in lakeview.rules:
        assert rule.id in page
    assert page.count("`met` ") == 3
    assert page.count("`not_met` With ") == 3
    assert page.count("`unknown` With ") == 3
    assert "hours per week: 29.5" in page
    assert "volunteered for the post: yes (all required)" in page
    assert "LAKEVIEW.configure(lakeview_min_weekly_hours=...)" in page
