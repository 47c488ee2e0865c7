"""Outcome follows Kleene's strong three-valued logic."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_domain import Outcome

outcomes = st.sampled_from(Outcome)
MET, NOT_MET, UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN


@pytest.mark.parametrize(
    ("a", "b", "conjunction", "disjunction"),
    [
        (MET, MET, MET, MET),
        (MET, NOT_MET, NOT_MET, MET),
        (MET, UNKNOWN, UNKNOWN, MET),
        (NOT_MET, NOT_MET, NOT_MET, NOT_MET),
        (NOT_MET, UNKNOWN, NOT_MET, UNKNOWN),
        (UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN),
    ],
)
def test_truth_tables(a: Outcome, b: Outcome, conjunction: Outcome, disjunction: Outcome) -> None:
    """Kleene's strong tables: one NOT_MET settles ``&``, one MET settles ``|``."""
    assert a & b is conjunction
    assert a | b is disjunction


@pytest.mark.parametrize(("a", "negation"), [(MET, NOT_MET), (NOT_MET, MET), (UNKNOWN, UNKNOWN)])
def test_negation_table(a: Outcome, negation: Outcome) -> None:
    assert ~a is negation


@given(outcomes, outcomes)
def test_and_or_are_commutative(a: Outcome, b: Outcome) -> None:
    assert a & b is b & a
    assert a | b is b | a


@given(outcomes, outcomes, outcomes)
def test_and_or_are_associative(a: Outcome, b: Outcome, c: Outcome) -> None:
    assert (a & b) & c is a & (b & c)
    assert (a | b) | c is a | (b | c)


@given(outcomes, outcomes)
def test_de_morgan(a: Outcome, b: Outcome) -> None:
    assert ~(a & b) is ~a | ~b
    assert ~(a | b) is ~a & ~b


@given(outcomes)
def test_double_negation(a: Outcome) -> None:
    assert ~~a is a


@given(outcomes, outcomes, outcomes)
def test_distributive(a: Outcome, b: Outcome, c: Outcome) -> None:
    assert a & (b | c) is (a & b) | (a & c)


@given(st.lists(outcomes))
def test_all_of_and_any_of_fold_with_and_or(items: list[Outcome]) -> None:
    """``all_of`` folds with ``&`` from MET; ``any_of`` with ``|`` from NOT_MET."""
    conjunction, disjunction = MET, NOT_MET
    for item in items:
        conjunction = conjunction & item
        disjunction = disjunction | item
    assert Outcome.all_of(items) is conjunction
    assert Outcome.any_of(items) is disjunction


def test_empty_folds() -> None:
    assert Outcome.all_of([]) is MET
    assert Outcome.any_of([]) is NOT_MET


@pytest.mark.parametrize("outcome", list(Outcome))
def test_bool_raises_with_advice(outcome: Outcome) -> None:
    """``if verdict.outcome:`` would be true for NOT_MET: it must raise, saying what to do."""
    with pytest.raises(TypeError, match=r"compare with Outcome\.MET"):
        bool(outcome)


def test_operators_refuse_other_types() -> None:
    with pytest.raises(TypeError):
        MET & True  # type: ignore[operator]
    with pytest.raises(TypeError):
        MET | None  # type: ignore[operator]


@pytest.mark.parametrize(("fact", "outcome"), [(True, MET), (False, NOT_MET), (None, UNKNOWN)])
def test_of_maps_a_fact(fact: bool | None, outcome: Outcome) -> None:
    assert Outcome.of(fact) is outcome


def test_values_and_labels() -> None:
    assert [o.value for o in Outcome] == ["met", "not_met", "unknown"]
    assert NOT_MET.label == "NOT MET"
