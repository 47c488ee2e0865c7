"""Timelines and eligibility dates: exact, and equal to evaluating every day one by one."""

import itertools
import typing
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_domain import (
    COPS_CHP,
    NASRO_ASSIGNMENT,
    NASRO_SELECTION,
    NC_TRAINING,
    STANDARDS,
    Duty,
    Finding,
    Funding,
    FundingProgram,
    MouSection,
    NcCommission,
    NotInForceError,
    Officer,
    Outcome,
    Rule,
    ServicePeriod,
    Source,
    SourceKind,
    Span,
    Standard,
    Timeline,
    YearWeeks,
    earliest_met,
    timeline,
)
from sro_domain.strategies import satisfying, undetermined, violating
from tests.budgets import budget
from tests.builders import assignment, mou, officer
from tests.strategies import SUBJECTS
from tests.test_properties import IDS, VARIANTS

MET, NOT_MET, UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
DAY = timedelta(days=1)
TWELVE_YEARS = 4383  # days, the longest range the properties draw
# A day-by-day sweep of up to twelve years per example is the reference; a handful of examples a
# standard (and variant) keeps it to seconds, and the registry parametrisation covers each.
SWEEPS = budget(6)


def by_day(standard: Standard, subject: Any, start: date, end: date) -> list[tuple[Any, ...]]:
    """The reference: the verdict on every day from ``start`` to ``end``, one by one."""
    found: list[tuple[Any, ...]] = []
    day = start
    while day <= end:
        try:
            verdict = standard.evaluate(subject, as_of=day)
        except NotInForceError:
            found.append((None, None, False))
        else:
            found.append((verdict.outcome, verdict.applies, True))
        day += DAY
    return found


def spread(spans: tuple[Span, ...]) -> list[tuple[Any, ...]]:
    return [(s.outcome, s.applies, s.in_force) for s in spans for _ in range(s.days)]


@st.composite
def subjects(draw: st.DrawFn, standard: Standard) -> Any:
    """Free subjects of the standard's record type, or targeted ones where it is registered."""
    registered = STANDARDS.get(standard.id) is standard
    kind = draw(st.sampled_from(["free", "satisfying", "violating", "undetermined"]))
    if kind == "free" or not registered:
        return draw(SUBJECTS[standard.subject])
    if kind == "satisfying":
        return draw(satisfying(standard))[0]
    if kind == "violating":
        rule_id = draw(st.sampled_from([rule.id for rule in standard.rules]))
        return draw(violating(standard, rule_id))[0]
    return draw(undetermined(standard))[0]


@pytest.mark.parametrize("standard", VARIANTS, ids=IDS)
@SWEEPS
@given(data=st.data(), start=st.dates(date(2000, 1, 1), date(2034, 12, 31)))
def test_a_timeline_is_every_day_evaluated(
    standard: Standard, data: st.DataObject, start: date
) -> None:
    """The spans give each day's outcome and reach, cover the range and are maximal."""
    subject = data.draw(subjects(standard))
    end = start + timedelta(days=data.draw(st.integers(0, TWELVE_YEARS)))
    found = timeline(standard, subject, start=start, end=end)
    spans = found.spans
    assert spans[0].start == start
    assert spans[-1].end == end
    assert all(a.end + DAY == b.start for a, b in itertools.pairwise(spans))
    assert all(
        (a.outcome, a.applies, a.in_force) != (b.outcome, b.applies, b.in_force)
        for a, b in itertools.pairwise(spans)
    )
    reference = by_day(standard, subject, start, end)
    assert spread(spans) == reference
    first_met = next(
        (start + n * DAY for n, (o, a, _) in enumerate(reference) if o is MET and a is MET), None
    )
    assert earliest_met(standard, subject, on_or_after=start, until=end) == first_met


# --- the anniversary, the deadline, the 90th day ------------------------------------------------


def selected(**changes: Any) -> Officer:
    """An officer who meets every NASRO selection criterion but, perhaps, experience."""
    return officer(**changes)


def test_three_years_from_29_february() -> None:
    """ "Officers considered for the job should have at least three years of law enforcement
    experience." Service from 29 February 2020 completes three years at the end of 28 February
    2023 (no 29 February in 2023): met from 1 March 2023, not a day before.
    """
    leap = selected(service_periods=[ServicePeriod(start=date(2020, 2, 29))])
    found = timeline(NASRO_SELECTION, leap, start=date(2022, 1, 1), end=date(2024, 12, 31))
    assert [(str(s.start), str(s.end), s.outcome) for s in found] == [
        ("2022-01-01", "2023-02-28", NOT_MET),
        ("2023-03-01", "2024-12-31", MET),
    ]
    assert earliest_met(NASRO_SELECTION, leap, on_or_after=date(2022, 1, 1)) == date(2023, 3, 1)


def test_the_day_before_the_anniversary() -> None:
    """Three years from 28 February 2021: not met on 27 February 2024, met on the 28th."""
    officer_ = selected(service_periods=[ServicePeriod(start=date(2021, 2, 28))])
    found = timeline(NASRO_SELECTION, officer_, start=date(2024, 2, 27), end=date(2024, 2, 28))
    assert [s.outcome for s in found] == [NOT_MET, MET]


def test_service_that_ends_before_the_start_closes_the_question() -> None:
    """Judged before the start, ongoing service that would reach three years by the start leaves
    the experience rule open (UNKNOWN); once that service is known to have ended short, on the
    day after its end, the rule fails.
    """
    short = selected(service_periods=[ServicePeriod(start=date(2020, 1, 1), end=date(2022, 6, 30))])
    posting = assignment(officer=short, start=date(2023, 2, 1))
    found = timeline(NASRO_ASSIGNMENT, posting, start=date(2022, 6, 1), end=date(2022, 7, 31))
    rule = "nasro.selection.experience"
    assert found.verdict(date(2022, 6, 30)).find(rule).outcome is UNKNOWN
    assert found.verdict(date(2022, 7, 1)).find(rule).outcome is NOT_MET
    assert [s.start for s in found] == [date(2022, 6, 1), date(2022, 7, 1)]


def test_an_nc_course_deadline() -> None:
    """ "Any officer assigned as a School Resource Officer effective January 1, 2020 or later
    shall complete the basic School Resource Officer Training Course … within one year after
    being assigned": assigned 2023-08-15 with no course, the rule is open to 2024-08-15 and
    fails from 2024-08-16.
    """
    posting = assignment(
        start=date(2023, 8, 15),
        hours_per_week=40,
        weeks_per_year=[YearWeeks(year=2024, weeks=36)],
        duties=frozenset(Duty),
        officer=officer(trainings=(), nc_certifications=frozenset(NcCommission)),
    )
    found = timeline(NC_TRAINING, posting, start=date(2024, 8, 1), end=date(2024, 8, 31))
    assert [(s.start, s.outcome) for s in found] == [
        (date(2024, 8, 1), UNKNOWN),
        (date(2024, 8, 16), NOT_MET),
    ]
    assert earliest_met(NC_TRAINING, posting, on_or_after=date(2024, 8, 1)) is None


def test_a_chp_mou_on_day_90_and_day_91() -> None:
    """ "The MOU must be submitted to the COPS Office within 90 days of the date shown on the
    award congratulatory letter": unsubmitted, it is open through day 90 and fails on day 91.
    """
    letter = date(2022, 9, 1)
    post = assignment(
        full_time=True,
        share_in_schools="0.8",
        funding=Funding(program=FundingProgram.COPS_HIRING_PROGRAM, award_letter_on=letter),
        mou=mou(sections=frozenset(MouSection), submitted=False),
    )
    found = timeline(COPS_CHP, post, start=letter, end=letter + 120 * DAY)
    assert [(s.start, s.outcome) for s in found] == [
        (letter, UNKNOWN),
        (letter + 91 * DAY, NOT_MET),
    ]


# --- the shape of the answer, and bad questions --------------------------------------------------


def test_days_out_of_force_are_their_own_spans() -> None:
    """A standard whose source takes effect inside the range is not in force before that day."""
    dated = Source(id="policy-2025", title="Policy", authority="A district", citation="Policy 1",
                   kind=SourceKind.AGENCY_GUIDANCE, binding=False,
                   effective_from=date(2025, 1, 1), effective_to=date(2025, 12, 31))  # fmt: skip
    later = Standard(id="later", title="Later", subject=Officer, source=dated,
                     parts=list(NASRO_SELECTION.parts))  # fmt: skip
    found = timeline(later, officer(), start=date(2024, 12, 30), end=date(2026, 1, 2))
    assert [(s.start, s.in_force, s.outcome) for s in found] == [
        (date(2024, 12, 30), False, None),
        (date(2025, 1, 1), True, MET),
        (date(2026, 1, 1), False, None),
    ]
    assert str(found.spans[0]) == "2024-12-30..2024-12-31: not in force"
    with pytest.raises(NotInForceError):
        found.verdict(date(2024, 12, 31))


def test_a_timeline_answers_for_any_day_in_it() -> None:
    found = timeline(NASRO_SELECTION, officer(), start=date(2024, 1, 1), end=date(2024, 12, 31))
    assert isinstance(found, Timeline)
    assert len(found) == 1
    assert list(found) == list(found.spans)
    assert found.span_on(date(2024, 6, 1)) == found.spans[0]
    assert date(2024, 6, 1) in found.spans[0]
    assert date(2025, 1, 1) not in found.spans[0]
    assert found.verdict(date(2024, 6, 1)).outcome is MET
    with pytest.raises(ValueError, match="outside the timeline"):
        found.verdict(date(2025, 1, 1))
    with pytest.raises(ValueError, match="outside the timeline"):
        found.span_on(date(2023, 12, 31))


def test_a_span_says_when_the_standard_does_not_reach() -> None:
    """NC training reaches officers who are SROs under paragraph (a); a 7-week post is not one."""
    short = assignment(hours_per_week=40, weeks_per_year=[], end=date(2024, 2, 15),
                       start=date(2024, 1, 2), duties=frozenset(Duty))  # fmt: skip
    found = timeline(NC_TRAINING, short, start=date(2024, 1, 2), end=date(2024, 1, 2))
    assert str(found.spans[0]) == "2024-01-02..2024-01-02: met (applies: not_met)"


def test_a_hand_written_rule_without_changes_is_stepped_day_by_day() -> None:
    """Exact even so; only ``earliest_met`` with no ``until`` refuses, as it could not end."""
    odd_days = Rule(id="district.odd_days", title="Odd days", source=NASRO_SELECTION.source,
                    quote="Odd days only.", subject=Officer,
                    check=lambda o, c: Finding(Outcome.of(c.as_of.day % 2 == 1), "odd"))  # fmt: skip
    odd = Standard(id="odd", title="Odd", subject=Officer, source=NASRO_SELECTION.source,
                   parts=[odd_days])  # fmt: skip
    found = timeline(odd, officer(), start=date(2024, 1, 1), end=date(2024, 1, 4))
    assert [s.outcome for s in found] == [MET, NOT_MET, MET, NOT_MET]
    assert earliest_met(odd, officer(), on_or_after=date(2024, 1, 2), until=date(2024, 1, 9)) == (
        date(2024, 1, 3)
    )
    with pytest.raises(ValueError, match="give earliest_met an until= date"):
        earliest_met(odd, officer(), on_or_after=date(2024, 1, 2))


def test_never_met_is_none() -> None:
    never = officer(volunteered=False)
    assert earliest_met(NASRO_SELECTION, never, on_or_after=date(2024, 1, 1)) is None


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: timeline(NASRO_SELECTION, officer(), start=date(2024, 2, 1),
                          end=date(2024, 1, 1)), ValueError, "start=2024-02-01 is after end"),
        (lambda: timeline(NASRO_SELECTION, officer(), start=datetime(2024, 1, 1),
                          end=date(2024, 2, 1)), TypeError, "start must be a datetime.date"),
        (lambda: timeline(NASRO_SELECTION, typing.cast(Any, assignment()), start=date(2024, 1, 1),
                          end=date(2024, 2, 1)), TypeError, "evaluates Officer records"),
        (lambda: timeline("nasro-selection", officer(), start=date(2024, 1, 1),  # type: ignore[arg-type]
                          end=date(2024, 2, 1)), TypeError, "expected a Standard"),
        (lambda: earliest_met(NASRO_SELECTION, officer(), on_or_after=date(2024, 2, 1),
                              until=date(2024, 1, 1)), ValueError, "on_or_after=2024-02-01 is after until"),
    ],
    ids=["reversed", "datetime", "wrong subject", "not a standard", "reversed earliest_met"],
)  # fmt: skip
def test_bad_questions_get_clear_errors(call: Any, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        call()


def test_the_calendar_edges() -> None:
    """Year 1 to 9999: no overflow at either end of the calendar."""
    found = timeline(NASRO_SELECTION, officer(), start=date(9999, 12, 1), end=date.max)
    assert found.spans[-1].end == date.max
    ancient = officer(service_periods=[ServicePeriod(start=date.min, end=date.max)])
    assert earliest_met(NASRO_SELECTION, ancient, on_or_after=date.min) == date(4, 1, 1)
