"""Strategies for every record, unknown (``None``) fields included (not public: see the package).

Branches and enum members are ordered so that examples shrink toward the most ordinary record:
known facts before unknown ones, ``True`` before ``False``, the first enum member first, empty
conduct records (a clean record) before any.
"""

from __future__ import annotations

import functools
import string
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from sro_domain._calendar import weeks_covered
from sro_domain.models import (
    NO_MOU,
    Agency,
    AgencyKind,
    Assignment,
    AssignmentBasis,
    ConductKind,
    ConductRecord,
    Disposition,
    Duty,
    FederalPurpose,
    Funding,
    FundingProgram,
    Matter,
    Mou,
    MouSection,
    NcCommission,
    NoMou,
    Officer,
    Partner,
    Party,
    School,
    SchoolLevel,
    SchoolSector,
    Screening,
    ScreeningKind,
    ServicePeriod,
    Signatory,
    SroAction,
    SroResponse,
    Training,
    TrainingKind,
    TrainingProvider,
    YearWeeks,
)
from sro_domain.roles import Role

T = TypeVar("T")

MIN_DATE = date(1980, 1, 1)
MAX_DATE = date(2040, 12, 31)
"""The default window for every generated date."""

_NAME_START = string.ascii_uppercase
_NAME_REST = string.ascii_letters + string.digits + " .'-&"


def check_window(min_date: date, max_date: date) -> None:
    """Reject a date window that is not one (raised at draw time, as Hypothesis does)."""
    for name, value in (("min_date", min_date), ("max_date", max_date)):
        if type(value) is not date:
            raise InvalidArgument(f"{name} must be a datetime.date, got {value!r}")
    if min_date > max_date:
        raise InvalidArgument(f"min_date={min_date!r} is after max_date={max_date!r}")


_NAMES = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(_NAME_START),
    st.text(alphabet=_NAME_REST, max_size=24),
)


def names() -> st.SearchStrategy[str]:
    """Non-blank names: a capital letter, then letters, digits and punctuation."""
    return _NAMES


def maybe(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    """A known value or unknown (``None``).

    Hypothesis shrinks toward the shorter example, so a record or date shrinks to unknown;
    collections use :func:`maybe_many`, which shrinks to "known to be none" instead.
    """
    return strategy | st.none()


_EMPTY, _SOME, _UNKNOWN = "known to be none", "some", "unknown"
_MODES = st.sampled_from([_EMPTY, _SOME, _UNKNOWN])


def maybe_many(nonempty: st.SearchStrategy[T], empty: T) -> st.SearchStrategy[T | None]:
    """A collection known to be empty, known to hold something, or unknown.

    One choice picks the mode, so examples shrink to ``empty`` — known to be none (a clean
    record) — rather than to unknown.
    """
    by_mode: dict[str, st.SearchStrategy[Any]] = {
        _EMPTY: st.just(empty),
        _SOME: nonempty,
        _UNKNOWN: st.none(),
    }
    return _MODES.flatmap(by_mode.__getitem__)


known_flags = st.sampled_from([True, False])
flags = st.sampled_from([True, False, None])


def subsets(members: list[T], *, min_size: int = 0) -> st.SearchStrategy[frozenset[T]]:
    """Sets of enum members; shrinks toward the smallest set of the first members."""
    return _subsets(tuple(members), min_size)


@functools.cache
def _subsets(members: tuple[T, ...], min_size: int) -> st.SearchStrategy[frozenset[T]]:
    # Built once per member list: a strategy is validated on first use, which is not free.
    return st.frozensets(st.sampled_from(members), min_size=min_size, max_size=len(members))


def within(min_date: date, max_date: date) -> st.SearchStrategy[date]:
    """Dates in the window (checked when drawn)."""

    def build() -> st.SearchStrategy[date]:
        check_window(min_date, max_date)
        return st.dates(min_value=min_date, max_value=max_date)

    return st.deferred(build)


weekly_hours = st.sampled_from([Decimal(40), Decimal(20), Decimal("19.5")]) | st.decimals(
    min_value=Decimal(0), max_value=Decimal(168), places=1
)
shares = st.sampled_from([Decimal(1), Decimal("0.75"), Decimal("0.74")]) | st.decimals(
    min_value=Decimal(0), max_value=Decimal(1), places=2
)


def year_weeks() -> st.SearchStrategy[YearWeeks]:
    """One calendar year's weeks in schools; on its own, any year and 0 to 53 weeks.

    An assignment's plan must fit its dates (decision NC1): :func:`assignments` draws plans
    that do.
    """
    return st.builds(
        YearWeeks, year=st.integers(date.min.year, date.max.year), weeks=st.integers(0, 53)
    )


def fundings(*, min_date: date = MIN_DATE, max_date: date = MAX_DATE) -> st.SearchStrategy[Funding]:
    """Funding records: the COPS Hiring Program first, the award letter's date known or not."""
    return st.builds(
        Funding,
        program=st.sampled_from(FundingProgram),
        award_letter_on=maybe(within(min_date, max_date)),
    )


hours = st.one_of(
    st.sampled_from([Decimal(40), Decimal(8), Decimal(24), Decimal(16), Decimal("39.5")]),
    st.decimals(min_value=Decimal("0.5"), max_value=Decimal(120), places=1),
)


_AGENCIES = st.builds(Agency, name=_NAMES, kind=st.sampled_from(AgencyKind))


def agencies() -> st.SearchStrategy[Agency]:
    """Any agency, police departments first."""
    return _AGENCIES


def schools() -> st.SearchStrategy[School]:
    """Any school, public high schools first."""
    return st.builds(
        School,
        name=names(),
        level=st.sampled_from(SchoolLevel),
        sector=st.sampled_from(SchoolSector),
        article_39=flags,
    )


def service_periods(
    *, min_date: date = MIN_DATE, max_date: date = MAX_DATE
) -> st.SearchStrategy[ServicePeriod]:
    """Service periods inside the window: ongoing first, else ending on or after the start."""

    @st.composite
    def build(draw: st.DrawFn) -> ServicePeriod:
        start = draw(within(min_date, max_date))
        end = draw(st.none() | st.dates(min_value=start, max_value=max_date))
        return ServicePeriod(start=start, end=end, agency=draw(maybe(names())))

    return build()


def trainings(
    *, min_date: date = MIN_DATE, max_date: date = MAX_DATE
) -> st.SearchStrategy[Training]:
    """Completed courses inside the window, with any kind, roles and hours (40 first)."""
    return st.builds(
        Training,
        course=names(),
        kind=st.sampled_from(TrainingKind),
        hours=hours,
        completed_on=within(min_date, max_date),
        roles=subsets(list(Role)),
        provider=maybe(st.sampled_from(TrainingProvider)),
    )


def screenings(
    *, min_date: date = MIN_DATE, max_date: date = MAX_DATE
) -> st.SearchStrategy[Screening]:
    """Background checks, drug tests and psychological evaluations inside the window."""
    return st.builds(
        Screening, kind=st.sampled_from(ScreeningKind), on=within(min_date, max_date), passed=flags
    )


def conduct_records(
    *, min_date: date = MIN_DATE, max_date: date = MAX_DATE
) -> st.SearchStrategy[ConductRecord]:
    """Complaints and disciplinary actions inside the window."""
    return st.builds(
        ConductRecord,
        kind=st.sampled_from(ConductKind),
        on=within(min_date, max_date),
        involves_youth=flags,
        disposition=st.sampled_from(Disposition),
    )


def _tuples(strategy: st.SearchStrategy[T], max_size: int) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategy, min_size=1, max_size=max_size).map(tuple)


def _maybe_subsets(members: list[T]) -> st.SearchStrategy[frozenset[T] | None]:
    return maybe_many(subsets(members, min_size=1), frozenset())


def officers(*, min_date: date = MIN_DATE, max_date: date = MAX_DATE) -> st.SearchStrategy[Officer]:
    """Any officer: every fact known or unknown, service, training and records in the window."""
    window = {"min_date": min_date, "max_date": max_date}
    return st.builds(
        Officer,
        id=names(),
        sworn=flags,
        certified=flags,
        hired_permanently=flags,
        law_enforcement_authority=flags,
        employer=maybe(agencies()),
        service_periods=maybe_many(_tuples(service_periods(**window), 4), ()),
        trainings=maybe_many(_tuples(trainings(**window), 4), ()),
        conduct_records=maybe_many(_tuples(conduct_records(**window), 3), ()),
        screenings=maybe_many(_tuples(screenings(**window), 3), ()),
        volunteered=flags,
        seeks_youth_relationships=flags,
        nc_certifications=_maybe_subsets(list(NcCommission)),
        juvenile_case_difficulty=flags,
    )


def mous(*, min_date: date = MIN_DATE, max_date: date = MAX_DATE) -> st.SearchStrategy[Mou]:
    """Any MOU, its contents known or unknown."""

    @st.composite
    def build(draw: st.DrawFn) -> Mou:
        submitted_on = draw(maybe(within(min_date, max_date)))
        # Known not submitted (False) only when no submission date is recorded.
        submitted = draw(flags if submitted_on is None else maybe(st.just(True)))
        return Mou(
            signatories=draw(_maybe_subsets(list(Signatory))),
            roles_defined=draw(_maybe_subsets(list(Role))),
            requires_selection_and_training=draw(flags),
            prohibits_formal_discipline=draw(flags),
            signed_on=draw(maybe(within(min_date, max_date))),
            sections=draw(_maybe_subsets(list(MouSection))),
            submitted_on=submitted_on,
            submitted=submitted,
            parties=draw(_maybe_subsets(list(Party))),
            reviewed_on=draw(maybe(within(min_date, max_date))),
            published=draw(flags),
        )

    return build()


def assignments(
    *, min_date: date = MIN_DATE, max_date: date = MAX_DATE
) -> st.SearchStrategy[Assignment]:
    """Any assignment in the window; the agency is often the officer's employer."""
    window = {"min_date": min_date, "max_date": max_date}

    @st.composite
    def build(draw: st.DrawFn) -> Assignment:
        officer = draw(officers(**window))
        agency = officer.employer
        if agency is None or draw(st.booleans()):
            agency = draw(agencies())
        start = draw(within(min_date, max_date))
        end = draw(st.none() | st.dates(min_value=start, max_value=max_date))
        mou: Mou | NoMou | None = draw(st.one_of(mous(**window), st.just(NO_MOU), st.none()))
        return Assignment(
            officer=officer,
            agency=agency,
            schools=draw(st.frozensets(schools(), min_size=1, max_size=3)),
            start=start,
            end=end,
            permanent=draw(flags),
            basis=draw(maybe(st.sampled_from(AssignmentBasis))),
            community_oriented_policing=draw(flags),
            partners=draw(_maybe_subsets(list(Partner))),
            purposes=draw(_maybe_subsets(list(FederalPurpose))),
            roles=draw(_maybe_subsets(list(Role))),
            mou=mou,
            hours_per_week=draw(maybe(weekly_hours)),
            weeks_per_year=draw(maybe_many(weekly_plans(start, end), ())),
            full_time=draw(flags),
            primarily_assigned=draw(flags),
            under_contract=draw(flags),
            share_in_schools=draw(maybe(shares)),
            duties=draw(_maybe_subsets(list(Duty))),
            funding=draw(maybe(fundings(**window))),
            continually_assigned=draw(flags),
        )

    return build()


def weekly_plans(start: date, end: date | None) -> st.SearchStrategy[tuple[YearWeeks, ...]]:
    """Weekly plans for one to three years from ``start``, none above what the dates cover."""

    def plan(shares: list[int]) -> tuple[YearWeeks, ...]:
        entries = []
        for offset, weeks in enumerate(shares):
            year = start.year + offset
            if year > date.max.year:
                break
            entries.append(YearWeeks(year=year, weeks=min(weeks, weeks_covered(start, end, year))))
        return tuple(entries)

    return st.lists(st.integers(0, 53), min_size=1, max_size=3).map(plan)


def sro_responses() -> st.SearchStrategy[SroResponse]:
    """Any response: no action first; the matter known or unknown."""
    return st.builds(
        SroResponse,
        action=st.sampled_from(SroAction),
        matter=maybe(st.sampled_from(Matter)),
    )


def day(value: date, days: int) -> date:
    """``value`` moved by ``days``, clamped to the calendar's range."""
    try:
        return value + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min
