"""Nothing but domain errors escape, over any valid record and any date of the calendar.

A deadline or an anniversary past 9999-12-31 is simply never reached; it is no reason to crash.
"""

import contextlib
import decimal
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_domain import (
    NASRO_SELECTION,
    NASRO_TRAINING,
    Assignment,
    InvalidRecordError,
    Mou,
    NotInForceError,
    Officer,
    Outcome,
    SRODomainError,
    SroResponse,
    Standard,
    Training,
    TrainingKind,
    Verdict,
    experience_on,
    experience_reached_on,
)
from sro_domain.codec import from_data
from sro_domain.strategies import assignments, mous, officers, sro_responses
from tests.budgets import budget
from tests.builders import assignment, officer
from tests.strategies import SUBJECTS, as_of_dates, in_force
from tests.test_properties import IDS, VARIANTS

# The whole calendar, and its last years and first years on their own, so that records near
# the edges (where date arithmetic overflows) come up often.
WINDOWS = [
    {"min_date": date.min, "max_date": date.max},
    {"min_date": date(9990, 1, 1), "max_date": date.max},
    {"min_date": date.min, "max_date": date(10, 12, 31)},
]
ANYWHERE: dict[type, st.SearchStrategy[Any]] = {
    Officer: st.one_of([officers(**window) for window in WINDOWS]),
    Assignment: st.one_of([assignments(**window) for window in WINDOWS]),
    Mou: st.one_of([mous(**window) for window in WINDOWS]),
    SroResponse: sro_responses(),
}
ANY_DAY = (
    st.sampled_from([date.min, date.max, date(9999, 12, 1), date(1, 1, 2)])
    | st.dates(min_value=date(9990, 1, 1))
    | st.dates()
)


def _read_everything(standard: Standard, subject: Any, as_of: date) -> Verdict:
    """Evaluate, then read every reason, fact and explanation (lazy ones are built on reading)."""
    verdict = standard.evaluate(subject, as_of=as_of)
    nodes = [verdict]
    while nodes:
        node = nodes.pop()
        nodes.extend(node.children)
        if node.scope is not None:
            nodes.append(node.scope)
        assert isinstance(node.reason, str)
        dict(node.facts)
    verdict.explain(quotes=True)
    with contextlib.suppress(SRODomainError):  # UndeterminedError: the verdict is UNKNOWN
        standard.holds(subject, as_of=as_of)
    return verdict


@pytest.mark.parametrize("standard", VARIANTS, ids=IDS)
@budget(15)
@given(data=st.data(), as_of=ANY_DAY)
def test_every_standard_answers_at_any_date(
    standard: Standard, data: st.DataObject, as_of: date
) -> None:
    as_of = in_force(standard, as_of)
    subject = data.draw(ANYWHERE[standard.subject])
    outcome: Outcome | None = None
    with contextlib.suppress(NotInForceError):  # no data could answer on that date
        outcome = _read_everything(standard, subject, as_of).outcome
    # Any other exception fails the test: only domain errors may escape.
    assert outcome is None or outcome in set(Outcome)


@given(officer=ANYWHERE[Officer], as_of=ANY_DAY, years=st.integers(1, 20_000))
def test_experience_answers_at_any_date(officer: Officer, as_of: date, years: int) -> None:
    experience_on(officer, as_of)
    reached = experience_reached_on(officer, years)
    assert reached is None or isinstance(reached, date)


@pytest.mark.parametrize("standard", VARIANTS, ids=IDS)
@budget(10)
@given(data=st.data(), as_of=as_of_dates)
def test_outcomes_ignore_the_callers_decimal_context(
    standard: Standard, data: st.DataObject, as_of: date
) -> None:
    """The library's arithmetic uses its own context: prec=2, or Inexact trapped, changes
    nothing (39.9 + 0.01 hours stays short of 40).
    """
    as_of = in_force(standard, as_of)
    subject = data.draw(SUBJECTS[standard.subject])
    expected = standard.evaluate(subject, as_of=as_of)
    reasons = [leaf.reason for leaf in expected.leaves()]
    with decimal.localcontext() as context:
        context.prec = 2
        context.traps[decimal.Inexact] = True
        context.traps[decimal.Rounded] = True
        verdict = standard.evaluate(subject, as_of=as_of)
        assert verdict.outcome is expected.outcome
        assert [leaf.reason for leaf in verdict.leaves()] == reasons


def test_a_sum_just_short_of_the_threshold_under_two_digits_of_precision() -> None:
    courses = tuple(
        Training(
            course=c, kind=TrainingKind.SCHOOL_POLICING, hours=h, completed_on=date(2022, 7, 1)
        )
        for c, h in (("A", "39.9"), ("B", "0.01"))
    )
    subject = assignment(officer=officer(trainings=courses))
    with decimal.localcontext() as context:
        context.prec = 2
        rule = NASRO_TRAINING.evaluate(subject, as_of=date(2023, 1, 9)).find(
            "nasro.training.school_policing_hours"
        )
    assert rule.not_met
    assert "39.91 hours" in rule.reason
    assert "0.09 hours missing" in rule.reason


@pytest.mark.parametrize(
    ("hours", "words"),
    [
        ("1E+999999999", "be at most 1000000 hours"),
        ("1000000.5", "be at most 1000000 hours"),
        ("0." + "0" * 30 + "1", "have at most 30 decimal places"),
    ],
    ids=["a huge exponent", "over a million hours", "31 decimal places"],
)
def test_training_hours_out_of_any_sane_range_are_rejected(hours: str, words: str) -> None:
    with pytest.raises(InvalidRecordError) as caught:
        Training(course="C", kind=TrainingKind.OTHER, hours=hours, completed_on=date(2024, 1, 1))
    assert caught.value.field == "hours"
    assert words in str(caught.value)


def _nested(depth: int) -> list[Any]:
    outer: list[Any] = []
    inner = outer
    for _ in range(depth):
        inner.append([])
        inner = inner[0]
    return outer


@pytest.mark.parametrize(
    ("build", "shown"),
    [
        (lambda: Officer(id=10**5000), "<an int of about 5001 digits>"),  # type: ignore[arg-type]
        (lambda: Officer(id=_nested(5000)), "<a list nested too deep to show>"),  # type: ignore[arg-type]
        (lambda: NASRO_SELECTION.configure(min_years=10**5000), "<an int of about 5001 digits>"),
        (lambda: NASRO_SELECTION.configure(min_years=10_000), "got 10000"),
        (lambda: from_data(Officer, {"id": _nested(5000)}), "<a list nested too deep to show>"),
        (lambda: from_data(Officer, _nested(5000)), "<a list nested too deep to show>"),
        (lambda: Officer(id="A-1", sworn="x" * 10_000), "…"),  # type: ignore[arg-type]
    ],
    ids=["a 5,000-digit int", "a list 5,000 deep", "a 5,000-digit parameter",
         "more years than the calendar", "decoding a deep value", "decoding a deep record",
         "a very long string"],
)  # fmt: skip
def test_error_messages_survive_any_value(build: Any, shown: str) -> None:
    """A message is built for any value, cut short where it is long (decision D7)."""
    with pytest.raises(SRODomainError) as caught:
        build()
    assert shown in str(caught.value)
    assert len(str(caught.value)) < 400


def test_a_message_describes_a_value_too_deep_to_read_on_every_python() -> None:
    """100 lists within lists are shown; 102 are described, as on 3.10-3.12 where repr fails."""
    from sro_domain._validation import show

    assert show(_nested(99)).startswith("[[[[")
    assert show(_nested(101)) == "<a list nested too deep to show>"
    assert show({"a": (_nested(200),)}) == "<a dict nested too deep to show>"
    assert show([*range(10_000), _nested(200)]).startswith("[0, 1, 2")  # past what it looks at
