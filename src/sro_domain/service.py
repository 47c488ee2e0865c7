"""Calendar arithmetic for law-enforcement experience.

NASRO asks that officers "have at least three years of law enforcement experience". Service
comes as periods that may overlap, repeat, touch or leave gaps, so "three years" is read as
three years of *served days*, measured the way a calendar measures a continuous stretch:

* experience on day ``D`` counts the days covered by the union of the periods **before**
  ``D`` (``D`` itself is not yet served);
* for each block of consecutive served days starting on ``a``, let ``c(a)`` be the number of
  days served from ``a`` on; ``N`` years are reached on ``D`` when ``a + c(a)`` days falls on or
  after the ``N``-th anniversary of ``a`` for some block start ``a``.

For a single continuous period this is the plain anniversary rule (a 29 February start has its
anniversary on 1 March in common years: the whole period must have elapsed for "at least").
With gaps, the served days are laid end to end from the start of a block. A naive count of the
days served in the ``N`` years before ``D`` is not monotone across 29 February, which this is.

References: NASRO FAQ, "How should school resource officers be selected?"; decision A4 in
``docs/decisions.md``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from sro_domain._calendar import one_year_after, weeks_covered
from sro_domain._value import Value
from sro_domain.models import Officer, ServicePeriod

__all__ = [
    "ServiceLength",
    "anniversary",
    "experience_on",
    "experience_reached_on",
    "one_year_after",
    "weeks_covered",
]

_DAY = timedelta(days=1)


class ServiceLength(Value):
    """Law-enforcement experience on a date: the days served, and a calendar rendering of them.

    ``years >= N`` exactly when the ``N``-year test is met on that date. Immutable; compares
    by value.

    Attributes:
        total_days: days served, each counted once.
        years, months, days: the calendar rendering, by the anniversary rule.

    >>> officer = Officer(id="A-1", service_periods=[ServicePeriod(start=date(2020, 2, 29))])
    >>> experience_on(officer, date(2023, 3, 1))
    ServiceLength(total_days=1096, years=3, months=0, days=0)
    >>> str(experience_on(officer, date(2023, 2, 28)))
    '2 years 11 months 30 days'
    """

    __slots__ = ("days", "months", "total_days", "years")
    _fields = ("total_days", "years", "months", "days")

    total_days: int
    years: int
    months: int
    days: int

    def __init__(self, *, total_days: int, years: int, months: int, days: int) -> None:
        object.__setattr__(self, "total_days", total_days)
        object.__setattr__(self, "years", years)
        object.__setattr__(self, "months", months)
        object.__setattr__(self, "days", days)

    def __str__(self) -> str:
        def unit(count: int, word: str) -> str:
            return f"{count} {word}{'' if count == 1 else 's'}"

        return f"{unit(self.years, 'year')} {unit(self.months, 'month')} {unit(self.days, 'day')}"


def add_months(start: date, months: int) -> date:
    """``start`` moved ``months`` calendar months on; a day the month lacks rolls to the 1st of the next.

    >>> add_months(date(2024, 1, 31), 1)
    datetime.date(2024, 3, 1)
    """
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    try:
        return date(year, month + 1, start.day)
    except ValueError:
        # The target month is too short (31 January + 1 month, 29 February + 1 year): the full
        # period has elapsed only once that month is over.
        year, month = divmod(index + 1, 12)
        return date(year, month + 1, 1)


def anniversary(start: date, years: int) -> date:
    """The ``years``-th anniversary of ``start``; 29 February's is 1 March in a common year.

    >>> anniversary(date(2020, 2, 29), 3)
    datetime.date(2023, 3, 1)
    >>> anniversary(date(2020, 2, 29), 4)
    datetime.date(2024, 2, 29)
    """
    return add_months(start, 12 * years)


def _reach(start: date, years: int) -> date | None:
    """The ``years``-th anniversary of ``start``, or ``None`` past the calendar's last day.

    Service that would reach its anniversary only after 9999-12-31 never reaches it: no reason
    to crash, and no date to give.
    """
    try:
        return anniversary(start, years)
    except (ValueError, OverflowError):
        return None


def _calendar_span(start: date, end: date) -> tuple[int, int, int]:
    """Whole years, months and days from ``start`` to ``end`` (exclusive), by the rules above."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) > end:
        months -= 1
    reached = add_months(start, months)
    years, months = divmod(months, 12)
    return years, months, (end - reached).days


def _blocks(periods: Iterable[ServicePeriod], before: date | None) -> list[tuple[date, date]]:
    """Merge periods into blocks of consecutive served days ``[first, last]``.

    With ``before`` set, only days before it count; an ongoing period then runs to the day
    before. With ``before=None`` an ongoing period stays open (``last = date.max``).
    """
    spans: list[tuple[date, date]] = []
    for period in periods:
        last = period.end if period.end is not None else date.max
        if before is not None:
            if period.start >= before:
                continue
            last = min(last, before - _DAY)
        spans.append((period.start, last))
    spans.sort()
    merged: list[tuple[date, date]] = []
    for first, last in spans:
        # Touching periods (one ends the day before the next starts) form one block.
        if merged and (merged[-1][1] == date.max or first <= merged[-1][1] + _DAY):
            if last > merged[-1][1]:
                merged[-1] = (merged[-1][0], last)
        else:
            merged.append((first, last))
    return merged


def _served_from_each_start(blocks: Sequence[tuple[date, date]]) -> list[tuple[date, int]]:
    """For each block start ``a``, the days served from ``a`` on: ``(a, c(a))``."""
    result: list[tuple[date, int]] = []
    served = 0
    for first, last in reversed(blocks):
        served += (last - first).days + 1
        result.append((first, served))
    result.reverse()
    return result


def experience_on(officer: Officer, as_of: date) -> ServiceLength | None:
    """The officer's law-enforcement experience before ``as_of``; ``None`` if service is unknown.

    Days on or after ``as_of`` never count. The calendar rendering is that of the block start
    that gives the longest span, so ``years >= N`` exactly when the ``N``-year test is met.

    >>> officer = Officer(id="A-2", service_periods=[
    ...     ServicePeriod(start=date(2015, 1, 1), end=date(2016, 12, 31)),
    ...     ServicePeriod(start=date(2019, 1, 1)),
    ... ])
    >>> str(experience_on(officer, date(2020, 1, 1)))
    '3 years 0 months 0 days'
    >>> experience_on(Officer(id="A-3"), date(2020, 1, 1)) is None
    True

    References: NASRO FAQ ("at least three years of law enforcement experience").
    """
    if officer.service_periods is None:
        return None
    blocks = _blocks(officer.service_periods, before=as_of)
    best = (0, 0, 0)
    total = 0
    for start, served in _served_from_each_start(blocks):
        total = max(total, served)
        span = _calendar_span(start, start + timedelta(days=served))
        best = max(best, span)
    years, months, days = best
    return ServiceLength(total_days=total, years=years, months=months, days=days)


def meets_years(periods: Iterable[ServicePeriod], as_of: date, years: int) -> bool:
    """Whether the ``years``-year test is met on ``as_of``: ``experience_on(...).years >= years``.

    The fast path of the experience rule: the same test, without the calendar rendering.
    """
    for start, served in _served_from_each_start(_blocks(periods, before=as_of)):
        due = _reach(start, years)
        # Days served before as_of end on or before it: start + served cannot overflow.
        if due is not None and start + timedelta(days=served) >= due:
            return True
    return False


def experience_reached_on(officer: Officer, years: int) -> date | None:
    """The earliest date on which the officer has ``years`` years of experience.

    An ongoing period is assumed to continue. ``None`` when service is unknown or the recorded
    service never reaches that many years.

    >>> officer = Officer(id="A-4", service_periods=[ServicePeriod(start=date(2021, 2, 28),
    ...                                                            end=date(2024, 2, 27))])
    >>> experience_reached_on(officer, 3)
    datetime.date(2024, 2, 28)
    >>> experience_reached_on(officer, 4) is None
    True

    Raises:
        ValueError: ``years`` is not a whole number of at least 1.
    """
    if isinstance(years, bool) or not isinstance(years, int) or years < 1:
        raise ValueError(f"years must be a whole number of at least 1, got {years!r}")
    if officer.service_periods is None:
        return None
    blocks = _blocks(officer.service_periods, before=None)
    # Days served before each block, so that the block where the N-th year is completed is
    # found by bisection: O(n log n) in the number of periods, not O(n²).
    open_ended = bool(blocks) and blocks[-1][1] == date.max
    before = [0]
    for first, last in blocks:
        before.append(before[-1] + (0 if last == date.max else (last - first).days + 1))
    earliest: date | None = None
    for index, (start, _) in enumerate(blocks):
        due = _reach(start, years)
        if due is None:
            continue  # that block's anniversary lies past the calendar
        target = before[index] + (due - start).days
        block = bisect.bisect_left(before, target, lo=index + 1) - 1
        if block == len(blocks):
            if not open_ended:
                continue  # the recorded service never reaches it
            block = len(blocks) - 1
        reached = _later(blocks[block][0], target - before[block])
        if reached is not None and (earliest is None or reached < earliest):
            earliest = reached
    return earliest


def _later(day: date, days: int) -> date | None:
    """``day`` plus ``days``, or ``None`` past the calendar's last day."""
    return day + timedelta(days=days) if days <= (date.max - day).days else None
