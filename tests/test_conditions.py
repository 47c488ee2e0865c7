"""Conditions: one description of what a rule requires, read by evaluation, examples and strategies."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sro_domain import (
    RULES,
    Assignment,
    Context,
    Finding,
    Mou,
    Officer,
    Outcome,
    Parameter,
    Partner,
    Role,
    Rule,
    Signatory,
    Standard,
)
from sro_domain.conditions import (
    AllOf,
    AnyOf,
    AtLeast,
    Condition,
    Includes,
    IsTrue,
    all_of,
    any_of,
    at_least,
    includes,
    is_true,
    replaced,
)
from sro_domain.standards.north_carolina import MIN_WEEKLY_HOURS
from sro_domain.strategies import satisfying, undetermined, violating
from sro_domain.strategies._conditions import possible
from tests.budgets import budget
from tests.builders import assignment, officer
from tests.test_rules import POLICY

AS_OF = date(2024, 9, 3)
MET, NOT_MET, UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
NO_PARAMETERS = Context(AS_OF, {})
WITH_CONDITIONS = sorted(rule_id for rule_id, rule in RULES.items() if rule.condition is not None)


def only(rule: Rule) -> Standard:
    """A standard of one rule, on the record the rule reads."""
    return Standard(id="only", title="Only", subject=rule.subject, source=POLICY, parts=[rule])


def changed(record: Any, changes: dict[str, Any]) -> Any:
    """``record`` with each dotted path of ``changes`` set, in order."""
    for path, value in changes.items():
        record = replaced(record, path, value)
    return record


# --- each condition, at the boundaries its words set -----------------------------------------


class TestIsTrue:
    def test_true_false_and_unknown(self) -> None:
        """NASRO: "They should volunteer for the position"."""
        volunteered = is_true("volunteered", "volunteered for the SRO position")
        for value, outcome, words in ((True, MET, "yes"), (False, NOT_MET, "no")):
            record = officer(volunteered=value)
            finding = volunteered.check(record, NO_PARAMETERS)
            assert finding.outcome is outcome
            assert volunteered.decide(record, NO_PARAMETERS) is outcome
            assert finding.reason == f"volunteered for the SRO position: {words} (required)"
            assert finding.facts == {"volunteered": value}
            assert finding.missing == frozenset()
        unknown = volunteered.check(officer(volunteered=None), NO_PARAMETERS)
        assert (unknown.outcome, unknown.missing) == (UNKNOWN, frozenset({"volunteered"}))

    def test_a_dotted_path_through_an_unknown_record_is_unknown(self) -> None:
        sworn = is_true("officer.sworn", "the officer holds sworn authority")
        posting = assignment()
        assert sworn.decide(posting, NO_PARAMETERS) is OF_BOOL[posting.officer.sworn]
        unknown_officer = attrs.evolve(posting, mou=None)
        mou_signed = is_true("mou.requires_selection_and_training", "requires selection")
        assert mou_signed.decide(unknown_officer, NO_PARAMETERS) is UNKNOWN
        assert mou_signed.missing(unknown_officer, NO_PARAMETERS) == (
            "mou.requires_selection_and_training",
        )


OF_BOOL = {True: MET, False: NOT_MET, None: UNKNOWN}


class TestIncludes:
    def test_every_required_member(self) -> None:
        """34 U.S.C. § 10389(4): "in collaboration with schools and community-based organizations"."""
        both = includes("partners", frozenset(Partner), "works in collaboration with")
        posting = assignment(partners=frozenset(Partner))
        assert both.decide(posting, NO_PARAMETERS) is MET
        lacking = assignment(partners=frozenset({Partner.SCHOOLS}))
        finding = both.check(lacking, NO_PARAMETERS)
        assert finding.outcome is NOT_MET
        assert finding.reason == (
            "works in collaboration with: schools; lacking community organizations "
            "(required: schools, community organizations)"
        )
        assert finding.facts == {"actual": (Partner.SCHOOLS,), "required": tuple(Partner)}
        unknown = both.check(assignment(partners=None), NO_PARAMETERS)
        assert unknown.outcome is UNKNOWN
        assert unknown.reason == (
            "works in collaboration with: unknown; required: schools, community organizations"
        )
        assert unknown.facts == {}

    def test_a_required_set_may_be_a_parameter(self) -> None:
        roles = Parameter("roles", frozenset({Role.EDUCATOR}), frozenset, "roles required")
        condition = includes("roles", roles, "roles performed")
        assert condition.parameters == (roles,)
        posting = assignment(roles=frozenset({Role.EDUCATOR}))
        assert condition.decide(posting, Context(AS_OF, {"roles": frozenset(Role)})) is NOT_MET
        assert condition.decide(posting, Context(AS_OF, {"roles": roles.default})) is MET


class TestAtLeast:
    @pytest.mark.parametrize(
        ("hours", "outcome"),
        [(Decimal(20), MET), (Decimal("19.99"), NOT_MET), (Decimal(168), MET), (None, UNKNOWN)],
    )
    def test_exactly_the_threshold_meets_it(self, hours: Decimal | None, outcome: Outcome) -> None:
        """12 NCAC 09B .0313(a): "assigned to one or more schools at least 20 hours per week"."""
        condition = at_least("hours_per_week", MIN_WEEKLY_HOURS, "hours a week in schools")
        finding = condition.check(assignment(hours_per_week=hours), NO_PARAMETERS)
        assert finding.outcome is outcome
        shown = "unknown" if hours is None else str(hours)
        assert finding.reason == f"{shown} hours a week in schools; at least 20 required"
        assert finding.facts == {"hours_per_week": hours, "required": MIN_WEEKLY_HOURS}

    def test_a_threshold_may_be_a_parameter(self) -> None:
        least = Parameter("least_hours", 30, int, "hours a week")
        condition = at_least("hours_per_week", least, "hours a week")
        posting = assignment(hours_per_week=Decimal(30))
        assert condition.decide(posting, Context(AS_OF, {"least_hours": 30})) is MET
        assert condition.decide(posting, Context(AS_OF, {"least_hours": 31})) is NOT_MET
        assert condition.examples({"least_hours": 31})[NOT_MET] == {"hours_per_week": 30}
        assert condition.examples({})[MET] == {"hours_per_week": 30}

    def test_a_threshold_of_zero_cannot_fail(self) -> None:
        condition = at_least("hours_per_week", Decimal(0), "hours")
        assert set(condition.examples({})) == {MET, UNKNOWN}


class TestAllAndAny:
    CAREER = all_of(
        is_true("hired_permanently", "hired on a permanent basis"),
        is_true("law_enforcement_authority", "authorized to enforce criminal laws"),
    )
    EITHER = any_of(
        is_true("hired_permanently", "hired on a permanent basis"),
        is_true("law_enforcement_authority", "authorized to enforce criminal laws"),
    )

    @pytest.mark.parametrize(
        ("hired", "authority", "every", "either"),
        [
            (True, True, MET, MET),
            (True, False, NOT_MET, MET),
            (False, None, NOT_MET, UNKNOWN),
            (True, None, UNKNOWN, MET),
            (None, None, UNKNOWN, UNKNOWN),
            (False, False, NOT_MET, NOT_MET),
        ],
    )
    def test_kleene_and_and_or(
        self, hired: bool | None, authority: bool | None, every: Outcome, either: Outcome
    ) -> None:
        """34 U.S.C. § 10389(4): "a career law enforcement officer, with sworn authority"."""
        record = officer(hired_permanently=hired, law_enforcement_authority=authority)
        assert self.CAREER.decide(record, NO_PARAMETERS) is every
        assert self.EITHER.decide(record, NO_PARAMETERS) is either
        unknown = {
            name
            for name, value in (
                ("hired_permanently", hired),
                ("law_enforcement_authority", authority),
            )
            if value is None
        }
        if every is UNKNOWN:
            assert set(self.CAREER.missing(record, NO_PARAMETERS)) == unknown
        words = {True: "yes", False: "no", None: "unknown"}
        assert self.CAREER.reason(record, NO_PARAMETERS) == (
            f"hired on a permanent basis: {words[hired]}; authorized to enforce criminal laws: "
            f"{words[authority]} (all required)"
        )
        assert self.EITHER.reason(record, NO_PARAMETERS).endswith("(one required)")

    def test_mixed_parts_give_each_reason(self) -> None:
        condition = all_of(
            is_true("full_time", "deployed full-time"),
            at_least("hours_per_week", Decimal(30), "hours a week"),
        )
        posting = assignment(full_time=True, hours_per_week=Decimal(40))
        assert condition.reason(posting, NO_PARAMETERS) == (
            "deployed full-time: yes (required); 40 hours a week; at least 30 required"
        )
        assert condition.facts(posting, NO_PARAMETERS) == {
            "full_time": True,
            "hours_per_week": Decimal(40),
            "required": Decimal(30),
        }
        assert condition.paths == ("full_time", "hours_per_week")

    def test_examples_of_both(self) -> None:
        examples = self.CAREER.examples({})
        assert examples[MET] == {"hired_permanently": True, "law_enforcement_authority": True}
        assert examples[NOT_MET] == {"hired_permanently": False}
        assert examples[UNKNOWN] == {"hired_permanently": None}

    def test_examples_of_either(self) -> None:
        examples = self.EITHER.examples({})
        assert examples[MET] == {"hired_permanently": True}
        assert examples[NOT_MET] == {"hired_permanently": False, "law_enforcement_authority": False}
        assert examples[UNKNOWN] == {"hired_permanently": None, "law_enforcement_authority": False}


# --- construction ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: is_true("", "words"), "a dotted field name"),
        (lambda: is_true("officer..sworn", "words"), "a dotted field name"),
        (lambda: is_true("sworn", " "), "needs words"),
        (lambda: includes("roles", frozenset(), "roles"), "non-empty set of enum members"),
        (lambda: includes("roles", frozenset({"educator"}), "roles"), "enum members"),
        (lambda: at_least("hours_per_week", 20.5, "hours"), "an int or a Decimal"),  # type: ignore[arg-type]
        (lambda: at_least("hours_per_week", True, "hours"), "an int or a Decimal"),
        (all_of, "AllOf needs conditions"),
        (lambda: any_of("sworn"), "AnyOf needs conditions"),  # type: ignore[arg-type]
    ],
)
def test_bad_conditions_are_refused(make: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()


def test_a_rule_takes_a_condition_or_a_check() -> None:
    rule = Rule(
        id="district.sworn", title="Sworn", source=POLICY, quote="Sworn officers only.",
        subject=Officer, condition=is_true("sworn", "holds sworn authority"),
    )  # fmt: skip
    assert rule.condition is not None
    assert rule.check == rule.condition.check
    assert only(rule).evaluate(officer(sworn=False), as_of=AS_OF).not_met
    # A check of one's own beside the condition is the one the verdict reports.
    own = Rule(
        id="district.sworn", title="Sworn", source=POLICY, quote="Sworn officers only.",
        subject=Officer, condition=is_true("sworn", "holds sworn authority"),
        check=lambda record, context: Finding(MET, "sworn in by the mayor"),
        decide=lambda record, context: MET,
    )  # fmt: skip
    verdict = only(own).evaluate(officer(sworn=False), as_of=AS_OF).find("district.sworn")
    assert (verdict.outcome, verdict.reason) == (MET, "sworn in by the mayor")
    with pytest.raises(TypeError, match="condition must be a Condition"):
        Rule(id="x", title="X", source=POLICY, quote="X.", subject=Officer, condition="sworn")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="or give a condition"):
        Rule(id="x", title="X", source=POLICY, quote="X.", subject=Officer)


def test_a_rule_reads_its_conditions_parameters() -> None:
    least = Parameter("least_hours", Decimal(30), Decimal, "hours a week")
    rule = Rule(
        id="district.hours", title="Hours", source=POLICY, quote="30 hours a week.",
        subject=Assignment, condition=at_least("hours_per_week", least, "hours a week"),
    )  # fmt: skip
    standard = only(rule)
    assert rule.parameters == (least,)
    posting = assignment(hours_per_week=Decimal(30))
    assert standard.evaluate(posting, as_of=AS_OF).met
    assert standard.configure(least_hours=Decimal(31)).evaluate(posting, as_of=AS_OF).not_met


@pytest.mark.parametrize(
    "condition",
    [
        is_true("sworn", "sworn"),
        includes("signatories", frozenset(Signatory), "signed by"),
        at_least("hours_per_week", Decimal(20), "hours", greatest=Decimal(168)),
        all_of(is_true("sworn", "sworn"), any_of(is_true("certified", "certified"))),
    ],
    ids=["is_true", "includes", "at_least", "all_any"],
)
def test_conditions_pickle_and_compare_by_value(condition: Condition) -> None:
    copy = pickle.loads(pickle.dumps(condition))
    assert copy == condition
    assert hash(copy) == hash(condition)
    assert type(copy) in (IsTrue, Includes, AtLeast, AllOf, AnyOf)


# --- one description, every use: properties over the registry ----------------------------------


@pytest.mark.parametrize("rule_id", WITH_CONDITIONS)
@budget(8)
@given(data=st.data())
def test_a_conditions_examples_give_their_outcomes(rule_id: str, data: st.DataObject) -> None:
    """The change each example names, made to a record that meets the rule, gives that outcome."""
    rule = RULES[rule_id]
    assert rule.condition is not None
    standard = only(rule)
    record = data.draw(satisfying(standard, as_of=AS_OF))
    for outcome, changes in rule.condition.examples(standard.parameters).items():
        verdict = standard.evaluate(changed(record, changes), as_of=AS_OF).find(rule_id)
        assert verdict.outcome is outcome, (changes, verdict.reason)
    assert set(rule.condition.examples(standard.parameters)) == possible(
        rule.condition, standard.parameters
    )


@pytest.mark.parametrize("rule_id", WITH_CONDITIONS)
@budget(8)
@given(data=st.data())
def test_the_strategies_read_the_condition(rule_id: str, data: st.DataObject) -> None:
    """Subjects drawn to meet, fail or leave the rule undetermined do, with its missing paths."""
    rule = RULES[rule_id]
    standard = only(rule)
    met = data.draw(satisfying(standard, as_of=AS_OF))
    failing = data.draw(violating(standard, rule_id, as_of=AS_OF))
    assert standard.evaluate(met, as_of=AS_OF).met
    assert standard.evaluate(failing, as_of=AS_OF).not_met
    assert rule.condition is not None
    if UNKNOWN not in possible(rule.condition, standard.parameters):
        return  # the schools of a posting are always known
    unsure = data.draw(undetermined(standard, as_of=AS_OF))
    verdict = standard.evaluate(unsure, as_of=AS_OF)
    assert verdict.unknown
    root = {Officer: "officer", Assignment: "assignment", Mou: "mou"}[rule.subject]
    assert condition_paths(rule) >= {path.removeprefix(f"{root}.") for path in verdict.missing}


@pytest.mark.parametrize("rule_id", WITH_CONDITIONS)
@budget(8)
@given(data=st.data())
def test_a_verdict_is_what_the_rules_check_finds(rule_id: str, data: st.DataObject) -> None:
    """The engine reads a condition without a Finding; its verdict says what ``check`` finds."""
    rule = RULES[rule_id]
    assert rule.condition is not None
    standard = only(rule)
    drawn = [satisfying(standard, as_of=AS_OF), violating(standard, rule_id, as_of=AS_OF)]
    if UNKNOWN in possible(rule.condition, standard.parameters):
        drawn.append(undetermined(standard, as_of=AS_OF))
    record = data.draw(st.one_of(drawn))
    verdict = standard.evaluate(record, as_of=AS_OF).find(rule_id)
    finding = rule.check(record, Context(AS_OF, standard.parameters))
    assert verdict.outcome is finding.outcome
    assert verdict.reason == finding.reason
    assert verdict.facts == finding.facts
    root = {Officer: "officer", Assignment: "assignment", Mou: "mou"}[rule.subject]
    if finding.outcome is UNKNOWN:
        assert verdict.missing == (
            {f"{root}.{path}" if path else root for path in finding.missing} or {root}
        )
    else:
        assert verdict.missing == frozenset()


def condition_paths(rule: Rule) -> set[str]:
    assert rule.condition is not None
    return set(rule.condition.paths)


# --- strategies for conditions of one's own ----------------------------------------------------

EITHER_OR = Rule(
    id="district.either", title="Full time, or 30 hours", source=POLICY,
    quote="An SRO serves full time or at least 30 hours a week.", subject=Assignment,
    condition=any_of(is_true("full_time", "deployed full-time"),
                     at_least("hours_per_week", 30, "hours a week", greatest=168)),
)  # fmt: skip
TINY = Rule(
    id="district.tiny", title="A little time", source=POLICY, quote="Some time in schools.",
    subject=Assignment,
    condition=at_least("share_in_schools", Decimal("0.05"), "of the time", greatest=Decimal(1)),
)  # fmt: skip


def test_any_of_explains_the_way_it_is_met_or_every_way() -> None:
    """Met, only the part that meets it is shown; not met, every way, joined by "or"."""
    standard = only(EITHER_OR)
    cases = [
        (32, "32 hours a week; at least 30 required"),
        (12, "deployed full-time: no (required); or 12 hours a week; at least 30 required"),
    ]
    for hours, reason in cases:
        posting = assignment(full_time=False, hours_per_week=hours)
        verdict = standard.evaluate(posting, as_of=AS_OF)
        assert verdict.find("district.either").reason == reason


@pytest.mark.parametrize("rule", [EITHER_OR, TINY], ids=lambda rule: rule.id)
@settings(max_examples=25)
@given(data=st.data())
def test_any_of_and_small_thresholds_are_drawn(rule: Rule, data: st.DataObject) -> None:
    standard = only(rule)
    for strategy, outcome in (
        (satisfying(standard, as_of=AS_OF), MET),
        (violating(standard, rule.id, as_of=AS_OF), NOT_MET),
        (undetermined(standard, as_of=AS_OF), UNKNOWN),
    ):
        subject = data.draw(strategy)
        assert standard.evaluate(subject, as_of=AS_OF).outcome is outcome


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        (is_true("officer.sworn", "sworn"), "the path officer.sworn reaches into another record"),
        (all_of(is_true("sworn", "sworn"), is_true("mou.x", "x")), "reaches into another record"),
    ],
)
def test_conditions_the_strategies_cannot_draw_are_named(
    condition: Condition, message: str
) -> None:
    from hypothesis import find
    from hypothesis.errors import InvalidArgument

    rule = Rule(
        id="district.far", title="Far", source=POLICY, quote="Far.", subject=Assignment,
        condition=condition,
    )  # fmt: skip
    with pytest.raises(InvalidArgument, match=message):
        find(satisfying(only(rule), as_of=AS_OF), lambda _: True)


def test_a_condition_of_an_unknown_kind_is_named() -> None:
    from sro_domain.strategies._conditions import unsupported

    class Odd(IsTrue):
        __slots__ = ()

    assert unsupported(Odd("sworn", "sworn")) is None  # a kind of IsTrue is an IsTrue

    class Other(Condition):
        __slots__ = ()

    assert unsupported(Other()) == "Other is not a condition the strategies know"


# --- readings ------------------------------------------------------------------------------------


class TestByReading:
    """Decision A1: the purposes (A)–(G), joined by "and", read as all seven or as any one."""

    def test_the_reading_in_use_decides_explains_and_mends(self) -> None:
        from sro_domain import FederalPurpose, PurposesReading

        rule = RULES["federal.purposes"]
        one = assignment(purposes={FederalPurpose.B})
        literal, lenient = only(rule), only(rule).configure(purposes=PurposesReading.ANY)
        assert literal.evaluate(one, as_of=AS_OF).find(rule.id).not_met
        found = lenient.evaluate(one, as_of=AS_OF).find(rule.id)
        assert found.met
        assert found.reason == "purposes: B (one of A, B, C, D, E, F, G required)"
        none = assignment(purposes=set())
        assert rule.mend is not None
        fix = rule.mend(none, Context(AS_OF, dict(lenient.parameters)))
        assert fix.action == "purposes: add A (one of A, B, C, D, E, F, G required)"
        assert fix.change is not None
        assert lenient.evaluate(fix.change(none), as_of=AS_OF).met

    @budget(8)
    @given(data=st.data())
    def test_examples_and_strategies_follow_the_reading(self, data: st.DataObject) -> None:
        from sro_domain import PurposesReading

        rule = RULES["federal.purposes"]
        assert rule.condition is not None
        lenient = only(rule).configure(purposes=PurposesReading.ANY)
        record = data.draw(satisfying(lenient, as_of=AS_OF))
        assert lenient.evaluate(record, as_of=AS_OF).met
        for outcome, changes in rule.condition.examples(lenient.parameters).items():
            verdict = lenient.evaluate(changed(record, changes), as_of=AS_OF).find(rule.id)
            assert verdict.outcome is outcome
        failing = data.draw(violating(lenient, rule.id, as_of=AS_OF))
        assert lenient.evaluate(failing, as_of=AS_OF).not_met

    def test_a_value_with_no_reading_and_bad_readings_are_refused(self) -> None:
        from sro_domain import PurposesReading
        from sro_domain.conditions import ByReading, by_reading
        from sro_domain.standards.federal import PURPOSES_READING

        sworn = is_true("sworn", "sworn")
        only_all = by_reading(PURPOSES_READING, {PurposesReading.ALL: sworn})
        assert only_all.paths == ("sworn",)
        assert only_all.parameters == (PURPOSES_READING,)
        assert pickle.loads(pickle.dumps(only_all)) == only_all
        literal, unsworn = Context(AS_OF, {"purposes": PurposesReading.ALL}), officer(sworn=None)
        assert only_all.reason(unsworn, literal) == sworn.reason(unsworn, literal)
        assert only_all.facts(unsworn, literal) == sworn.facts(unsworn, literal)
        assert only_all.missing(unsworn, literal) == ("sworn",)
        with pytest.raises(ValueError, match="names none of this rule's readings"):
            only_all.reading({"purposes": PurposesReading.ANY})
        with pytest.raises(ValueError, match="needs a Parameter"):
            ByReading("purposes", {PurposesReading.ALL: sworn})  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="a condition per reading"):
            by_reading(PURPOSES_READING, {})
