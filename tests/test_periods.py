"""The in_effect condition: a record's own dates cover the day asked about.

> "assigned by the employing police department or agency" (34 U.S.C. § 10389(4)), "assigned to
> one or more schools" (N.C.G.S. § 115C-105.58): each definition speaks of a posting in effect on
> the day asked about, first and last days included.
"""

from __future__ import annotations

import pickle
from datetime import date

import attrs
import pytest
from hypothesis import find
from hypothesis.errors import InvalidArgument

from sro_domain import Outcome, Rule, Standard
from sro_domain.periods import InEffect, in_effect
from sro_domain.recency import EXAMPLE_AS_OF
from sro_domain.registry import RULES
from sro_domain.rules import Context
from sro_domain.strategies import satisfying
from sro_domain.strategies._targets import in_effect_rule
from tests.builders import assignment
from tests.test_conditions import changed
from tests.test_rules import POLICY

START, END = date(2023, 8, 14), date(2024, 6, 7)
POSTED = in_effect()


def on(day: date) -> Context:
    return Context(as_of=day, parameters={})


@attrs.frozen
class Posting:
    """A record of one's own whose start may not be known."""

    start: date | None
    end: date | None = None


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2023, 8, 13), Outcome.NOT_MET),  # the day before the start
        (START, Outcome.MET),  # the first day counts
        (END, Outcome.MET),  # the last day counts
        (date(2024, 6, 8), Outcome.NOT_MET),  # the day after the end
    ],
)
def test_the_first_and_the_last_day_count(day: date, expected: Outcome) -> None:
    """ "assigned to one or more schools": on the first and the last day, not a day outside."""
    assert POSTED.decide(Posting(START, END), on(day)) is expected


def test_the_reason_says_why() -> None:
    """The dates, and whether the posting has begun or is over, in words."""
    record = Posting(START, END)
    assert POSTED.reason(record, on(date(2024, 1, 8))) == (
        "assigned from 2023-08-14 to 2024-06-07, which covers 2024-01-08"
    )
    assert POSTED.reason(record, on(date(2023, 8, 13))).endswith("not yet started on 2023-08-13")
    assert POSTED.reason(record, on(date(2024, 6, 8))).endswith("already over on 2024-06-08")
    assert POSTED.facts(record, on(END)) == {"start": START, "end": END, "as_of": END}


def test_an_unknown_start_is_unknown_not_false() -> None:
    """Without a first day, whether the posting covers the day is not known."""
    record, context = Posting(None), on(date(2024, 1, 8))
    assert POSTED.decide(record, context) is Outcome.UNKNOWN
    assert POSTED.missing(record, context) == ("start",)
    assert POSTED.reason(record, context) == (
        "assigned from unknown to ongoing; whether it covers 2024-01-08 is unknown"
    )
    assert POSTED.changes(record, context, date.min, date.max) == ()
    assert POSTED.mend(record, context).why_not == "the first day is not known"


def test_the_outcome_changes_on_the_start_and_the_day_after_the_end() -> None:
    context = on(date(2024, 1, 8))
    assert POSTED.changes(Posting(START, END), context, date.min, date.max) == (
        START,
        date(2024, 6, 8),
    )
    assert POSTED.changes(Posting(START), context, date.min, date.max) == (START,)
    # The calendar's last day has no day after it.
    assert POSTED.changes(Posting(START, date.max), context, date.min, date.max) == (START,)


def test_the_remedy_waits_for_the_start_and_cannot_move_a_past_end() -> None:
    record = Posting(START, END)
    early = POSTED.mend(record, on(date(2023, 8, 1)))
    assert (early.path, early.wait_until) == ("start", START)
    late = POSTED.mend(record, on(date(2024, 6, 8)))
    assert late.path == "end"
    assert late.why_not == "the assignment ended on 2024-06-07; a past end cannot be moved"


def test_the_examples_give_their_outcomes_on_the_examples_day() -> None:
    """The catalogue asks on EXAMPLE_AS_OF: starting that day is met, the day after not."""
    record = assignment(end=date(2025, 6, 6))
    for outcome, changes in POSTED.examples({}).items():
        assert POSTED.decide(changed(record, changes), on(EXAMPLE_AS_OF)) is outcome


def test_the_condition_pickles_and_compares_by_value() -> None:
    custom = in_effect("posted_on", "left_on")
    assert pickle.loads(pickle.dumps(custom)) == custom
    assert custom != POSTED
    assert custom.paths == ("posted_on", "left_on")
    assert isinstance(custom, InEffect)


def test_every_in_effect_rule_is_the_one_condition() -> None:
    """The built-in "assigned on the date asked about" rules share one description."""
    ids = sorted(rule_id for rule_id, rule in RULES.items() if rule_id.endswith(".in_effect"))
    assert len(ids) >= 12
    assert all(RULES[rule_id].condition == POSTED for rule_id in ids)
    assert all(in_effect_rule(RULES[rule_id]) for rule_id in ids)


def test_the_strategies_know_only_an_assignments_own_dates() -> None:
    """Other paths, or another record, are not the assignment's posting the strategies place."""
    custom = Rule(id="own.posted", title="Posted", source=POLICY, quote="posted",
                  subject=Posting, condition=in_effect())  # fmt: skip
    assert not in_effect_rule(custom)
    standard = Standard(id="own", title="Own", subject=Posting, source=POLICY, parts=[custom])
    with pytest.raises(InvalidArgument, match=r"rule own\.posted: InEffect is not a condition"):
        find(satisfying(standard, as_of=EXAMPLE_AS_OF), lambda _: True)
