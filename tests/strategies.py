"""The project's own property tests draw from the public strategies (``sro_domain.strategies``).

Dates stay in a window around the tests' ``as_of`` so that boundaries (anniversaries, start
dates, records on ``as_of``) come up often. ``KNOWN_VALUES`` gives, for every field that may be
unknown, the known values that can replace ``None`` in the refinement property.
"""

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from sro_domain import (
    NASRO_SELECTION,
    NO_MOU,
    Assignment,
    AssignmentBasis,
    ConductRecord,
    Duty,
    FederalPurpose,
    Funding,
    FundingProgram,
    Matter,
    Mou,
    MouSection,
    NcCommission,
    Officer,
    Partner,
    Party,
    Role,
    Signatory,
    SroResponse,
    Standard,
)
from sro_domain.standards.nasro import JUVENILE_HISTORY
from sro_domain.strategies import (
    agencies,
    assignments,
    conduct_records,
    mous,
    officers,
    service_periods,
    sro_responses,
    trainings,
)
from sro_domain.strategies._records import weekly_plans
from sro_domain.strategies._targets import _in_force_window

COMPOSED_SELECTION = Standard(
    id="nasro-selection",
    title="NASRO selection criteria, with the 2019 exclusion",
    subject=Officer,
    source=NASRO_SELECTION.source,
    parts=[*NASRO_SELECTION.parts, JUVENILE_HISTORY],
)
"""A standard a user composes from built-in rules: selection plus nasro.selection.juvenile_history."""

FIRST = date(2008, 1, 1)
LAST = date(2026, 12, 31)
WINDOW = {"min_date": FIRST, "max_date": LAST}

as_of_dates = st.dates(min_value=date(2012, 1, 1), max_value=LAST)


def in_force(standard: Standard, as_of: date) -> date:
    """``as_of`` moved into the years ``standard`` is in force (from 2012 to ``LAST``), spread
    over them rather than piled on the first day: a property runs on days it can be asked.
    """
    first, last = _in_force_window(standard)
    first, last = max(first, date(2012, 1, 1)), min(last, LAST)
    if first <= as_of <= last:
        return as_of
    span = (last - first).days + 1
    return first + timedelta(days=abs((as_of - first).days) % span)


SUBJECTS: dict[type, st.SearchStrategy[Any]] = {
    Officer: officers(**WINDOW),
    Assignment: assignments(**WINDOW),
    Mou: mous(**WINDOW),
    SroResponse: sro_responses(),
}


def _sets(members: list[Any]) -> st.SearchStrategy[frozenset[Any]]:
    return st.frozensets(st.sampled_from(members))


def _tuples(strategy: st.SearchStrategy[Any], size: int) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(strategy, max_size=size).map(tuple)


_FLAGS = {
    Officer: ["sworn", "certified", "hired_permanently", "law_enforcement_authority",
              "volunteered", "seeks_youth_relationships", "juvenile_case_difficulty"],
    ConductRecord: ["involves_youth"],
    Assignment: ["permanent", "community_oriented_policing", "full_time", "primarily_assigned",
                 "under_contract"],
    Mou: ["requires_selection_and_training", "prohibits_formal_discipline", "submitted"],
}  # fmt: skip

KNOWN_VALUES: dict[tuple[type, str], st.SearchStrategy[Any]] = {
    **{(owner, name): st.booleans() for owner, names in _FLAGS.items() for name in names},
    (Officer, "employer"): agencies(),
    (Officer, "service_periods"): _tuples(service_periods(**WINDOW), 4),
    (Officer, "trainings"): _tuples(trainings(**WINDOW), 4),
    (Officer, "conduct_records"): _tuples(conduct_records(**WINDOW), 3),
    (Assignment, "basis"): st.sampled_from(AssignmentBasis),
    (Assignment, "partners"): _sets(list(Partner)),
    (Assignment, "purposes"): _sets(list(FederalPurpose)),
    (Assignment, "roles"): _sets(list(Role)),
    (Assignment, "mou"): st.just(NO_MOU) | mous(**WINDOW),
    (Mou, "signatories"): _sets(list(Signatory)),
    (Mou, "roles_defined"): _sets(list(Role)),
    (Mou, "signed_on"): st.dates(min_value=FIRST, max_value=LAST),
    (SroResponse, "matter"): st.sampled_from(Matter),
    (Officer, "nc_certifications"): _sets(list(NcCommission)),
    (Assignment, "hours_per_week"): st.decimals(min_value=0, max_value=168, places=1),
    (Assignment, "continually_assigned"): st.booleans(),
    # Drawn from the assignment's own dates by known_values(); an empty plan is always valid.
    (Assignment, "weeks_per_year"): st.just(()),
    (Assignment, "share_in_schools"): st.decimals(min_value=0, max_value=1, places=2),
    (Assignment, "duties"): _sets(list(Duty)),
    (Assignment, "funding"): st.builds(
        Funding,
        program=st.sampled_from(FundingProgram),
        award_letter_on=st.none() | st.dates(FIRST, LAST),
    ),
    (Funding, "award_letter_on"): st.dates(FIRST, LAST),
    (Mou, "sections"): _sets(list(MouSection)),
    (Mou, "parties"): _sets(list(Party)),
    (Mou, "submitted_on"): st.dates(FIRST, LAST),
}


def known_values(owner: Any, name: str) -> st.SearchStrategy[Any]:
    """Known values that can replace the unknown ``owner.name``; some depend on the owner."""
    if isinstance(owner, Assignment) and name == "weeks_per_year":
        # No more weeks in a year than the assignment's dates cover (decision NC1).
        return weekly_plans(owner.start, owner.end)
    if isinstance(owner, Mou) and name == "submitted" and owner.submitted_on is not None:
        return st.just(True)  # a dated submission cannot be "not submitted" (decision CHP4)
    return KNOWN_VALUES[(type(owner), name)]


def is_unknown(owner: Any, name: str) -> bool:
    """Whether ``owner.name`` is an unknown that a known value may replace."""
    if getattr(owner, name) is not None or (type(owner), name) not in KNOWN_VALUES:
        return False
    # What was known not to be submitted has no date to learn (decision CHP4).
    return not (isinstance(owner, Mou) and name == "submitted_on" and owner.submitted is False)
