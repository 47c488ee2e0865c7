"""Every public object survives pickle and copy.deepcopy, so process pools can carry it (D7)."""

import copy
import pickle
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from functools import partial
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_domain import (
    NASRO_ASSIGNMENT,
    NC_TRAINING,
    RULES,
    SOURCES,
    WHO_COUNTS,
    Assignment,
    InvalidParameterError,
    InvalidRecordError,
    NotInForceError,
    Officer,
    Standard,
    UndeterminedError,
    UnknownTitleError,
    compare,
    experience_on,
    summarize,
)
from sro_domain.codec import DecodeError, from_data, to_data
from sro_domain.examples import COMMUNITY_SRO, CRISIS_PLACEMENT, SECURITY_GUARD
from tests.budgets import budget
from tests.strategies import SUBJECTS, as_of_dates, in_force
from tests.test_properties import IDS, VARIANTS


def round_trips(value: Any) -> None:
    for again in (pickle.loads(pickle.dumps(value)), copy.deepcopy(value)):
        assert again == value
        assert type(again) is type(value)


@pytest.mark.parametrize("standard", VARIANTS, ids=IDS)
@budget(12)
@given(data=st.data(), as_of=as_of_dates, read=st.booleans())
def test_records_standards_and_verdicts(
    standard: Standard, data: st.DataObject, as_of: date, read: bool
) -> None:
    """Records, the standard (built-in or a variant), and its verdict, read or not."""
    as_of = in_force(standard, as_of)
    subject = data.draw(SUBJECTS[standard.subject])
    round_trips(subject)
    round_trips(standard)
    verdict = standard.evaluate(subject, as_of=as_of)
    if read:
        verdict.explain()
    round_trips(verdict)
    assert pickle.loads(pickle.dumps(verdict)).explain() == verdict.explain()


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
def test_rules(rule: Any) -> None:
    assert pickle.loads(pickle.dumps(rule)) is rule  # a built-in rule travels by its id


def test_sources_service_lengths_comparisons_and_summaries() -> None:
    values: list[Any] = [
        *SOURCES.values(),
        experience_on(COMMUNITY_SRO.officer, date(2024, 9, 3)),
        compare(CRISIS_PLACEMENT, WHO_COUNTS, as_of=date(2024, 3, 1)),
        summarize([COMMUNITY_SRO, SECURITY_GUARD], [NC_TRAINING], as_of=date(2024, 9, 3),
                  schools=[*COMMUNITY_SRO.schools]),
    ]  # fmt: skip
    for value in values:
        assert pickle.loads(pickle.dumps(value)) == value
        assert copy.deepcopy(value) == value


def _exceptions() -> list[Exception]:
    found: list[Exception] = []
    try:
        from_data(Officer, {"id": "", "sworn": "yes"})
    except DecodeError as error:
        found.append(error)
    try:
        NASRO_ASSIGNMENT.holds(CRISIS_PLACEMENT, as_of=date(2024, 3, 1))
    except UndeterminedError as error:
        found.append(error)
    return [
        *found,
        InvalidRecordError("hours", -4, "Training.hours must be greater than 0, got -4", "be >0"),
        InvalidParameterError("min_years", 0, "nasro-selection: min_years must ..., got 0"),
        NotInForceError("federal-definition is not in force"),
        UnknownTitleError("no such title"),
    ]


@pytest.mark.parametrize("error", _exceptions(), ids=lambda error: type(error).__name__)
def test_every_exception(error: Exception) -> None:
    for again in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error)):
        assert type(again) is type(error)
        assert str(again) == str(error)
        assert vars(again).keys() >= {k for k in vars(error) if not k.startswith("_")}


def _check(data: dict[str, Any]) -> str:
    """A worker: decode a record and judge it, or raise DecodeError."""
    assignment = from_data(Assignment, data)
    return NASRO_ASSIGNMENT.evaluate(assignment, as_of=date(2024, 9, 3)).outcome.value


def test_a_process_pool_carries_verdicts_and_decode_errors() -> None:
    good = to_data(COMMUNITY_SRO)
    bad = {**good, "start": "2024-02-30"}
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(_check, record) for record in (good, bad, good)]
        assert futures[0].result() == "met"
        with pytest.raises(DecodeError) as caught:
            futures[1].result()
        assert caught.value.problems == (
            ("start", "must be a date as YYYY-MM-DD, got '2024-02-30'"),
        )
        assert futures[2].result() == "met"  # the pool survived the error
        verdicts = list(
            pool.map(partial(NASRO_ASSIGNMENT.evaluate, as_of=date(2024, 9, 3)), [COMMUNITY_SRO])
        )
    assert verdicts == [NASRO_ASSIGNMENT.evaluate(COMMUNITY_SRO, as_of=date(2024, 9, 3))]
