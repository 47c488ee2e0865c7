"""Calendar arithmetic the records and the rules share: deadlines and weeks in a year."""

from __future__ import annotations

from datetime import date

__all__ = ["one_year_after", "weeks_covered"]


def one_year_after(start: date) -> date:
    """The day one year after ``start``; a 29 February lands on 28 February.

    A deadline "within one year after" a day is that day next year. Unlike an anniversary of
    service (which must have fully elapsed, so 1 March), a deadline cannot run past the
    last day of February: decision NC4 in ``docs/decisions.md``.

    >>> one_year_after(date(2020, 2, 29))
    datetime.date(2021, 2, 28)
    >>> one_year_after(date(2024, 8, 19))
    datetime.date(2025, 8, 19)
    """
    year = start.year + 1
    if year > date.max.year:
        return date.max
    if start.month == 2 and start.day == 29 and not _leap(year):
        return date(year, 2, 28)
    return start.replace(year=year)


def _leap(year: int) -> bool:
    # The Gregorian rule, written here: the calendar module would load locale at import.
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def weeks_covered(start: date, end: date | None, year: int) -> int:
    """How many weeks of calendar ``year`` the dates ``start``–``end`` cover (a part week counts).

    The most weeks an assignment on those dates can have in schools that year: the days it
    covers in the year, divided by seven and rounded up (decision NC1).

    >>> weeks_covered(date(2024, 8, 19), None, 2024)   # 135 days
    20
    >>> weeks_covered(date(2024, 8, 19), None, 2023)
    0
    >>> weeks_covered(date(2020, 1, 1), None, 2021)   # a whole year
    53
    """
    if year < start.year or year > date.max.year or (end is not None and year > end.year):
        return 0
    first = start if start.year == year else date(year, 1, 1)
    last = end if end is not None and end.year == year else date(year, 12, 31)
    return -(-((last - first).days + 1) // 7)
