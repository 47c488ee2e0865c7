"""Law-enforcement experience (decision A4), checked against a brute-force day count.

NASRO FAQ: "Officers considered for the job should have at least three years of law
enforcement experience."
"""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_domain import Officer, ServiceLength, ServicePeriod, experience_on, experience_reached_on
from sro_domain.service import add_months, anniversary

DAY = timedelta(days=1)
WINDOW_START, WINDOW_END = date(2014, 1, 1), date(2024, 12, 31)


# --- the reference: count days one by one ----------------------------------------------------


def ref_anniversary(start: date, years: int) -> date:
    """The N-th anniversary; 29 February's is 1 March in a common year."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return date(start.year + years, 3, 1)


def served_days(periods: list[ServicePeriod], before: date) -> set[date]:
    days: set[date] = set()
    for period in periods:
        day = period.start
        last = period.end if period.end is not None else before - DAY
        while day <= last and day < before:
            days.add(day)
            day += DAY
    return days


def ref_met(periods: list[ServicePeriod], as_of: date, years: int) -> bool:
    """Met when, from some block start a, the days served from a on reach a's anniversary."""
    days = served_days(periods, as_of)
    ordered = sorted(days)
    for index, day in enumerate(ordered):
        if day - DAY in days:
            continue  # not a block start
        served_from_here = len(ordered) - index
        if day + timedelta(days=served_from_here) >= ref_anniversary(day, years):
            return True
    return False


def officer_with(periods: list[ServicePeriod]) -> Officer:
    return Officer(id="O", service_periods=periods)


def years_on(periods: list[ServicePeriod], as_of: date) -> int:
    length = experience_on(officer_with(periods), as_of)
    assert length is not None
    return length.years


window_dates = st.dates(min_value=WINDOW_START, max_value=WINDOW_END)


@st.composite
def periods_strategy(draw: st.DrawFn, *, max_size: int = 4) -> list[ServicePeriod]:
    result = []
    for _ in range(draw(st.integers(min_value=0, max_value=max_size))):
        start = draw(window_dates)
        length = draw(st.none() | st.integers(min_value=0, max_value=1500))
        end = None if length is None else start + timedelta(days=length)
        result.append(ServicePeriod(start=start, end=end))
    return result


years_strategy = st.integers(min_value=1, max_value=4)

# --- examples --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "as_of", "met"),
    [
        (date(2019, 8, 1), date(2022, 7, 31), False),
        (date(2019, 8, 1), date(2022, 8, 1), True),
        (date(2020, 2, 29), date(2023, 2, 28), False),
        (date(2020, 2, 29), date(2023, 3, 1), True),
        (date(2021, 2, 28), date(2024, 2, 28), True),
    ],
    ids=[
        "the day before the third anniversary → not yet",
        "the day of the third anniversary → three years",
        "29 February start, 28 February three years on → not yet",
        "29 February start, 1 March three years on → three years",
        "28 February start, 28 February in a leap year → three years",
    ],
)
def test_three_years_fall_on_the_anniversary(start: date, as_of: date, met: bool) -> None:
    """'at least three years': the whole period must have elapsed; the as_of day is not served."""
    assert (years_on([ServicePeriod(start=start)], as_of) >= 3) is met


def test_service_ending_before_a_leap_day_stays_met() -> None:
    """Decision A4 (3): service 2021-02-28 to 2024-02-27 meets 3 years on 02-28, 02-29 and 03-01."""
    periods = [ServicePeriod(start=date(2021, 2, 28), end=date(2024, 2, 27))]
    assert years_on(periods, date(2024, 2, 27)) == 2
    for day in (date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1), date(2030, 1, 1)):
        assert years_on(periods, day) == 3


def test_gaps_are_laid_end_to_end() -> None:
    """Two years, a gap, then one more year: three years of service in all."""
    periods = [
        ServicePeriod(start=date(2015, 1, 1), end=date(2016, 12, 31)),
        ServicePeriod(start=date(2019, 1, 1)),
    ]
    assert years_on(periods, date(2019, 12, 31)) == 2
    assert experience_on(officer_with(periods), date(2020, 1, 1)) == ServiceLength(
        total_days=1096, years=3, months=0, days=0
    )


def test_unknown_service_has_unknown_experience() -> None:
    assert experience_on(Officer(id="O"), date(2020, 1, 1)) is None
    assert experience_reached_on(Officer(id="O"), 3) is None


def test_no_service_is_zero() -> None:
    assert str(experience_on(officer_with([]), date(2020, 1, 1))) == "0 years 0 months 0 days"


def test_service_length_reads_in_words() -> None:
    assert str(ServiceLength(total_days=400, years=1, months=1, days=4)) == "1 year 1 month 4 days"


@pytest.mark.parametrize("years", [0, -1, True, 2.5, "3"])
def test_reached_on_needs_a_whole_number_of_years(years: object) -> None:
    with pytest.raises(ValueError, match="whole number"):
        experience_reached_on(officer_with([]), years)  # type: ignore[arg-type]


def test_calendar_helpers() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 3, 1)
    assert add_months(date(2023, 12, 15), 1) == date(2024, 1, 15)
    assert anniversary(date(2020, 2, 29), 4) == date(2024, 2, 29)


# --- properties ------------------------------------------------------------------------------


@given(start=window_dates, as_of=window_dates, years=years_strategy)
def test_one_ongoing_period_meets_on_the_anniversary(start: date, as_of: date, years: int) -> None:
    """Decision A4 (1): met on D exactly when D ≥ the N-th anniversary of S."""
    met = years_on([ServicePeriod(start=start)], as_of) >= years
    assert met is (as_of >= ref_anniversary(start, years))


@given(periods=periods_strategy(), as_of=window_dates, years=years_strategy)
def test_agrees_with_brute_force(periods: list[ServicePeriod], as_of: date, years: int) -> None:
    """`years >= N` exactly when the day-by-day reference meets N years; days are counted once."""
    length = experience_on(officer_with(periods), as_of)
    assert length is not None
    assert (length.years >= years) is ref_met(periods, as_of, years)
    assert length.total_days == len(served_days(periods, as_of))


@given(periods=periods_strategy(max_size=3), as_of=window_dates, data=st.data())
def test_overlaps_duplicates_and_splits_count_once(
    periods: list[ServicePeriod], as_of: date, data: st.DataObject
) -> None:
    """Decision A4 (2): duplicate, overlapping and touching periods count once; splitting changes nothing."""
    base = experience_on(officer_with(periods), as_of)
    duplicated = experience_on(officer_with(periods + periods), as_of)
    assert duplicated == base
    if periods:
        chosen = data.draw(st.sampled_from(periods))
        last = chosen.end if chosen.end is not None else chosen.start + timedelta(days=2000)
        cut = data.draw(st.dates(min_value=chosen.start, max_value=last))
        inner = ServicePeriod(start=cut, end=min(last, cut + timedelta(days=30)))
        assert experience_on(officer_with([*periods, inner]), as_of) == base
        if cut > chosen.start:
            split = [
                ServicePeriod(start=chosen.start, end=cut - DAY),
                ServicePeriod(start=cut, end=chosen.end),
            ]
            others = [p for p in periods if p is not chosen]
            assert experience_on(officer_with(others + split), as_of) == base


@given(
    periods=periods_strategy(), as_of=window_dates, later=st.integers(1, 2000), years=years_strategy
)
def test_once_met_always_met(
    periods: list[ServicePeriod], as_of: date, later: int, years: int
) -> None:
    """Decision A4 (3): once met on D, met on every later date, after service ends too."""
    if years_on(periods, as_of) >= years:
        assert years_on(periods, as_of + timedelta(days=later)) >= years


@given(periods=periods_strategy(), extra=periods_strategy(max_size=1), as_of=window_dates)
def test_adding_service_never_takes_experience_away(
    periods: list[ServicePeriod], extra: list[ServicePeriod], as_of: date
) -> None:
    """Decision A4 (4): adding a period never turns MET into NOT_MET."""
    assert years_on(periods + extra, as_of) >= years_on(periods, as_of)


@given(periods=periods_strategy(), as_of=window_dates)
def test_time_after_as_of_never_counts(periods: list[ServicePeriod], as_of: date) -> None:
    """Decision A4 (4): days on or after as_of are not served yet; periods after as_of are invisible."""
    clipped = [
        ServicePeriod(start=p.start, end=min(p.end or as_of - DAY, as_of - DAY))
        for p in periods
        if p.start < as_of
    ]
    later = ServicePeriod(start=as_of + timedelta(days=3))
    assert experience_on(officer_with([*periods, later]), as_of) == experience_on(
        officer_with(clipped), as_of
    )


@given(periods=periods_strategy(), years=years_strategy)
def test_reached_on_is_the_first_day_met(periods: list[ServicePeriod], years: int) -> None:
    """Decision A4 (5): met on experience_reached_on, not met the day before."""
    reached = experience_reached_on(officer_with(periods), years)
    if reached is None:
        horizon = date(2040, 1, 1)
        assert years_on(periods, horizon) < years
        assert all(p.end is not None for p in periods) or not periods
    else:
        assert years_on(periods, reached) >= years
        assert years_on(periods, reached - DAY) < years


def test_service_length_is_a_value() -> None:
    one = ServiceLength(total_days=400, years=1, months=1, days=4)
    assert one == ServiceLength(total_days=400, years=1, months=1, days=4)
    assert one != ServiceLength(total_days=401, years=1, months=1, days=5)
    assert one != (400, 1, 1, 4)
    assert hash(one) == hash(ServiceLength(total_days=400, years=1, months=1, days=4))
    assert (one.total_days, one.years, one.months, one.days) == (400, 1, 1, 4)
    with pytest.raises(AttributeError):
        one.years = 2
