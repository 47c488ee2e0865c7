"""Targeted generation: subjects whose verdict is chosen in advance, built, never filtered.

Every built-in rule has a *knob*: given the outcome wanted for that rule, it draws the fields
the rule reads so that the rule gives exactly that outcome, and leaves every other field to the
plan. A plan gathers the knobs of a standard's rules, fixes the dates they share (``as_of``,
the assignment's start and end, the date the officer's selection is judged at), lets each knob
draw its fields, draws every field no rule reads from the ordinary record strategies, and builds
the record. Nothing is rejected, so Hypothesis never discards an example.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from sro_domain._calendar import one_year_after, weeks_covered
from sro_domain.agreements import UnderAgreement
from sro_domain.conditions import ordered
from sro_domain.employment import AssignedByEmployer, CertifiedOfficer
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
from sro_domain.outcome import Outcome
from sro_domain.periods import InEffect
from sro_domain.roles import Role
from sro_domain.rule import Parameter, Rule, T
from sro_domain.service import anniversary
from sro_domain.standard import Standard
from sro_domain.standards import cops
from sro_domain.standards import north_carolina as nc
from sro_domain.standards.nasro import DISQUALIFYING_DISPOSITIONS, MIN_YEARS
from sro_domain.standards.north_carolina import course_deadline
from sro_domain.strategies import _conditions as conditions
from sro_domain.strategies import _records as records
from sro_domain.training import TrainedBy, TrainedForRoles

MET, NOT_MET, UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN
DAY = timedelta(days=1)

# Strategies are built once, here: a strategy made inside a draw is validated on every draw.
_DAYS = st.integers(min_value=0, max_value=4000)
_SOME_DAYS = st.integers(min_value=0, max_value=400)
_MAYBE_DAYS = st.none() | st.integers(min_value=0, max_value=2000)
_COUNT_0_2 = st.integers(min_value=0, max_value=2)
_COUNT_0_3 = st.integers(min_value=0, max_value=3)
_BOOLS = st.booleans()
_CONDUCT_KINDS = st.sampled_from(ConductKind)
_DISPOSITIONS = st.sampled_from(Disposition)
_TRAINING_KINDS = st.sampled_from(TrainingKind)
_MATTERS = records.maybe(st.sampled_from(Matter))
_PROVIDERS = records.maybe(st.sampled_from(TrainingProvider))


def _before(draw: st.DrawFn, day: date, strategy: st.SearchStrategy[int] = _DAYS) -> date:
    """A date on or before ``day`` (``day`` itself first)."""
    return records.day(day, -draw(strategy))


def _after(draw: st.DrawFn, day: date, strategy: st.SearchStrategy[int] = _DAYS) -> date:
    """A date on or after ``day`` (``day`` itself first)."""
    return records.day(day, draw(strategy))


def _between(draw: st.DrawFn, first: date, last: date) -> date:
    """A date from ``first`` to ``last``, inclusive."""
    return records.day(first, draw(st.integers(min_value=0, max_value=(last - first).days)))


def _maybe_after(draw: st.DrawFn, day: date) -> date | None:
    """Ongoing (``None``) first, else a date on or after ``day``."""
    offset = draw(_MAYBE_DAYS)
    return None if offset is None else records.day(day, offset)


_ELEMENTARY_OR_SECONDARY = [
    SchoolLevel.HIGH,
    SchoolLevel.MIDDLE,
    SchoolLevel.ELEMENTARY,
    SchoolLevel.COMBINED_K12,
]
_OTHER_LEVELS = [SchoolLevel.PRE_K, SchoolLevel.POSTSECONDARY]
_KNOWN_DISPOSITIONS = frozenset(Disposition) - {Disposition.UNRECORDED}
_ENFORCEMENT = [SroAction.ARREST, SroAction.CITATION, SroAction.COURT_REFERRAL]
_INFORMAL = [SroAction.NO_ACTION, SroAction.COUNSEL, SroAction.REFER_TO_ADMINISTRATOR]


class Scene:
    """What a plan is building: the dates, the wanted outcomes, and the fields drawn so far."""

    def __init__(self, draw: st.DrawFn, as_of: date, parameters: dict[str, Any]) -> None:
        self.draw = draw
        self.as_of = as_of
        self.parameters = parameters
        self.targets: dict[str, Outcome] = {}
        self.start = as_of
        self.end: date | None = None
        self.judged_on = as_of  # the date the officer's selection is judged at
        self.horizon: date | None = None
        self.officer: dict[str, Any] = {}
        self.assignment: dict[str, Any] = {}
        self.mou: dict[str, Any] = {}
        self.response: dict[str, Any] = {}
        self.in_effect: tuple[str, ...] = ()  # the ids of the in-effect rules being built for

    def __getitem__(self, parameter: Parameter[T]) -> T:
        """The value in use of a parameter of the standard being built for."""
        value: T = self.parameters[parameter.name]
        return value


Draw = Callable[[Scene, Outcome], None]


Possible = Callable[[dict[str, Any]], frozenset[Outcome]]


class Knob:
    """How to give one rule a chosen outcome.

    Rules that read the same fields share one ``draw`` function, which then sets the fields for
    all of them at once from the scene's targets (it runs once per subject).
    """

    def __init__(
        self,
        draw: Draw,
        possible: Possible | None,
        not_met_from: date | None = None,
        *,
        moves_dates: bool = False,
    ) -> None:
        self.draw = draw
        self._possible = possible
        # The earliest as_of on which the rule can fail (a deadline must have passed).
        self.not_met_from = not_met_from
        # Whether ``draw`` may move the assignment's start and end; such knobs draw first
        # when parts of different standards are composed, so the others read the final dates.
        self.moves_dates = moves_dates

    def possible(self, parameters: dict[str, Any]) -> frozenset[Outcome]:
        """The outcomes this rule can be given under these parameter values."""
        if self._possible is None:
            return frozenset(Outcome)
        return self._possible(parameters)


KNOBS: dict[str, Knob] = {}


def knob(
    *rule_ids: str,
    possible: Possible | None = None,
    not_met_from: date | None = None,
    moves_dates: bool = False,
) -> Callable[[Draw], Draw]:
    """Register ``draw`` as the knob of these rules."""

    def register(draw: Draw) -> Draw:
        for rule_id in rule_ids:
            KNOBS[rule_id] = Knob(draw, possible, not_met_from, moves_dates=moves_dates)
        return draw

    return register


def _always(*outcomes: Outcome) -> Possible:
    return lambda parameters: frozenset(outcomes)


# --- yes/no facts ----------------------------------------------------------------------------


def _flag(record: str, field: str) -> Draw:
    def draw(scene: Scene, outcome: Outcome) -> None:
        value = {MET: True, NOT_MET: False, UNKNOWN: None}[outcome]
        getattr(scene, record)[field] = value

    return draw


knob("safer_schools.permanent_assignment")(_flag("assignment", "permanent"))


@functools.cache
def _certified_draw(counted: frozenset[AgencyKind]) -> Draw:
    """Certified, with authority, employed by an agency of a ``counted`` kind (decision CSS1)."""
    kinds = [kind for kind in AgencyKind if kind in counted]
    others = [kind for kind in AgencyKind if kind not in counted]
    employed = st.builds(Agency, name=records.names(), kind=st.sampled_from(kinds))

    def draw_fields(scene: Scene, outcome: Outcome) -> None:
        _certified_officer(scene, outcome, employed, others)

    return draw_fields


def _certified_officer(
    scene: Scene, outcome: Outcome, law_enforcement: Any, other_kinds: list[AgencyKind]
) -> None:
    draw = scene.draw
    if outcome is NOT_MET:
        way = draw(st.sampled_from(["not certified", "not law enforcement", "no authority"]))
        scene.officer["certified"] = False if way == "not certified" else draw(records.flags)
        scene.officer["law_enforcement_authority"] = (
            False if way == "no authority" else draw(records.flags)
        )
        scene.officer["employer"] = (
            Agency(name=draw(records.names()), kind=draw(st.sampled_from(other_kinds)))
            if way == "not law enforcement"
            else draw(records.maybe(records.agencies()))
        )
        return
    if outcome is MET:
        scene.officer.update(
            certified=True, law_enforcement_authority=True, employer=draw(law_enforcement)
        )
        return
    # Something unknown, nothing known to fail.
    values = (True, True, draw(law_enforcement))
    unknown = draw(records.subsets([0, 1, 2], min_size=1))
    certified, authority, employer = (None if i in unknown else v for i, v in enumerate(values))
    scene.officer.update(
        certified=certified, law_enforcement_authority=authority, employer=employer
    )


# --- the assignment and its agency ----------------------------------------------------------


def _in_effect(scene: Scene, outcome: Outcome) -> None:
    """Dates are fixed by the plan (see ``_timing``); nothing more to draw."""


# Every standard's "assigned on the date asked about" rule is an assignment's own in_effect
# condition: one knob serves them all, in every jurisdiction's module.
_IN_EFFECT_KNOB = Knob(_in_effect, _always(MET, NOT_MET))


def in_effect_rule(rule: Rule) -> bool:
    """Whether ``rule`` is a standard's "the assignment is in effect on as_of" rule."""
    condition = rule.condition
    return (
        isinstance(condition, InEffect)
        and rule.subject is Assignment
        and condition.paths == ("start", "end")
    )


# --- experience ------------------------------------------------------------------------------


def latest_start(judged_on: date, years: int) -> date:
    """The latest start from which continuous service reaches ``years`` years by ``judged_on``."""
    try:
        start = anniversary(judged_on, -years)
    except (ValueError, OverflowError):
        raise InvalidArgument(
            f"cannot place {years} years of service before {judged_on.isoformat()}"
        ) from None
    while anniversary(start, years) > judged_on:
        start -= DAY
    return start


@knob("nasro.selection.experience")
def _experience(scene: Scene, outcome: Outcome) -> None:
    if outcome is UNKNOWN:
        scene.officer["service_periods"] = None
        return
    draw = scene.draw
    years: int = scene[MIN_YEARS]
    judged_on = scene.judged_on
    boundary = latest_start(judged_on, years)
    slack = draw(_DAYS)
    if outcome is MET:
        start = records.day(boundary, -slack)
        if draw(st.booleans()):  # on purpose: a 29 February start
            start = _leap_day_on_or_before(start)
        # Service runs at least through the day before the date judged.
        last = judged_on - DAY
    else:
        # One day short at least: the day before the anniversary, at the boundary.
        start = records.day(boundary + DAY, slack)
        if start >= judged_on:
            scene.officer["service_periods"] = ()
            return
        last = judged_on - DAY
    # Short service judged before the start must have ended: ongoing service could still close
    # the gap by the start, which would make the rule UNKNOWN.
    ends_early = outcome is NOT_MET and scene.horizon is not None
    end = last if ends_early else _maybe_after(draw, last)
    scene.officer["service_periods"] = _layout(draw, start, end, judged_on)


def _leap_day_on_or_before(day: date) -> date:
    year = day.year if (day.month, day.day) >= (2, 29) else day.year - 1
    while not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        year -= 1
    return date(year, 2, 29)


def _layout(
    draw: st.DrawFn, start: date, end: date | None, judged_on: date
) -> tuple[ServicePeriod, ...]:
    """The service from ``start`` to ``end``: one period, or touching or overlapping ones.

    Now and then a period after the judged date is added, which must not count.
    """
    last = end if end is not None else judged_on
    shape = draw(st.sampled_from(["one", "touching", "overlapping", "repeated"]))
    periods: list[ServicePeriod]
    if shape == "one" or last <= start:
        periods = [ServicePeriod(start=start, end=end)]
    else:
        cut = _between(draw, start + DAY, last)
        if shape == "touching":
            periods = [ServicePeriod(start=start, end=cut - DAY), ServicePeriod(start=cut, end=end)]
        elif shape == "overlapping":
            overlap = _between(draw, cut, last)
            periods = [ServicePeriod(start=start, end=overlap), ServicePeriod(start=cut, end=end)]
        else:
            periods = [ServicePeriod(start=start, end=end), ServicePeriod(start=start, end=end)]
    if draw(_BOOLS):
        periods.append(ServicePeriod(start=_after(draw, judged_on, _SOME_DAYS)))
    return tuple(draw(st.permutations(periods)))


# --- the service record ----------------------------------------------------------------------


@knob(
    "nasro.selection.clean_record",
    possible=lambda p: frozenset(
        {MET, UNKNOWN} | ({NOT_MET} if p[DISQUALIFYING_DISPOSITIONS.name] else set())
    ),
)
def _clean_record(scene: Scene, outcome: Outcome) -> None:
    draw = scene.draw
    # The 2019 exclusion, composed beside it, can be met only on a reviewed record.
    juvenile_met = scene.targets.get("nasro.selection.juvenile_history") is MET
    if outcome is UNKNOWN and not juvenile_met and draw(st.booleans()):
        scene.officer["conduct_records"] = None
        return
    disqualifying: frozenset[Disposition] = scene[DISQUALIFYING_DISPOSITIONS]
    full = disqualifying >= _KNOWN_DISPOSITIONS
    judged_on = scene.judged_on
    counted = _dispositions(disqualifying | ({Disposition.UNRECORDED} if full else set()))
    harmless = [_harmless_record(draw, judged_on, disqualifying) for _ in range(draw(_COUNT_0_2))]
    if outcome is NOT_MET:
        harmless.append(_record(draw, judged_on, youth=True, dispositions=counted))
    elif outcome is UNKNOWN:
        unsure_ways: list[tuple[bool | None, list[Disposition]]] = [(None, counted)]
        if not full:
            unsure_ways.append((True, [Disposition.UNRECORDED]))
        youth, dispositions = draw(st.sampled_from(unsure_ways))
        harmless.append(_record(draw, judged_on, youth=youth, dispositions=dispositions))
    scene.officer["conduct_records"] = tuple(draw(st.permutations(harmless)))


_OVERTURNED = [Disposition.NOT_SUSTAINED, Disposition.UNFOUNDED, Disposition.EXONERATED]


@knob("nasro.selection.juvenile_history")
def _juvenile_history(scene: Scene, outcome: Outcome) -> None:
    """Past difficulty with juvenile cases, or discipline related to juveniles (decision N3).

    Runs after ``nasro.selection.clean_record`` where both are composed: its disciplinary
    actions become complaints, which that rule treats alike, so that only this knob's own
    records decide this rule.
    """
    draw = scene.draw
    judged_on = scene.judged_on
    if "conduct_records" in scene.officer:
        drawn = scene.officer["conduct_records"]
    else:
        drawn = tuple(
            _harmless_record(draw, judged_on, frozenset()) for _ in range(draw(_COUNT_0_2))
        )
    kept = None if drawn is None else [attrs.evolve(r, kind=ConductKind.COMPLAINT) for r in drawn]
    difficulty: bool | None = False
    if outcome is NOT_MET:
        # A disciplinary action involving youth would fail clean_record too, where composed.
        composed = scene.targets.get("nasro.selection.clean_record") is MET
        difficulty = kept is None or composed or draw(_BOOLS)
        if difficulty is False:
            scene.officer["conduct_records"] = (
                *kept,
                ConductRecord(  # type: ignore[misc]
                    kind=ConductKind.DISCIPLINARY_ACTION,
                    on=_before(draw, judged_on),
                    involves_youth=True,
                    disposition=Disposition.SUSTAINED,
                ),
            )
            scene.officer["juvenile_case_difficulty"] = difficulty
            return
    elif outcome is UNKNOWN:
        difficulty = None
    scene.officer["conduct_records"] = None if kept is None else tuple(kept)
    scene.officer["juvenile_case_difficulty"] = difficulty


def _dispositions(members: Iterable[Disposition]) -> list[Disposition]:
    return [d for d in Disposition if d in frozenset(members)]


def _record(
    draw: st.DrawFn, judged_on: date, *, youth: bool | None, dispositions: list[Disposition]
) -> ConductRecord:
    """A record on file by ``judged_on`` (dated exactly then, at the boundary)."""
    return ConductRecord(
        kind=draw(_CONDUCT_KINDS),
        on=_before(draw, judged_on),
        involves_youth=youth,
        disposition=draw(st.sampled_from(dispositions)),
    )


def _harmless_record(
    draw: st.DrawFn, judged_on: date, disqualifying: frozenset[Disposition]
) -> ConductRecord:
    """A record that cannot disqualify: no youth, not on file yet, or an outcome that does not count."""
    harmless = _dispositions(_KNOWN_DISPOSITIONS - disqualifying)
    way = draw(
        st.sampled_from(
            ["no youth", "later", "does not count"] if harmless else ["no youth", "later"]
        )
    )
    if way == "no youth":
        on = _before(draw, records.day(judged_on, draw(_SOME_DAYS)))
        return ConductRecord(
            kind=draw(_CONDUCT_KINDS), on=on, involves_youth=False, disposition=draw(_DISPOSITIONS)
        )
    if way == "later":
        return ConductRecord(
            kind=draw(_CONDUCT_KINDS),
            on=_after(draw, judged_on + DAY),
            involves_youth=draw(records.flags),
            disposition=draw(_DISPOSITIONS),
        )
    return ConductRecord(
        kind=draw(_CONDUCT_KINDS),
        on=_before(draw, judged_on),
        involves_youth=draw(records.flags),
        disposition=draw(st.sampled_from(harmless)),
    )


# --- training --------------------------------------------------------------------------------


def _course(draw: st.DrawFn, kind: TrainingKind, hours: Decimal, on: date) -> Training:
    return Training(
        course=draw(records.names()),
        kind=kind,
        hours=hours,
        completed_on=on,
        roles=draw(records.subsets(list(Role))),
    )


@functools.cache
def _roles_knob(condition: TrainedForRoles) -> Knob:
    """Courses for the condition's roles, one knob per condition.

    Met: each role by the date asked about. Not met: some only after it, or never. Unknown: no
    training record.
    """
    required = list(ordered(condition.roles))

    def draw_courses(scene: Scene, outcome: Outcome) -> None:
        if outcome is UNKNOWN:
            scene.officer["trainings"] = None
            return
        draw = scene.draw
        if outcome is MET:
            covered = frozenset(required)
        else:
            lacking = draw(records.subsets(required, min_size=1))
            covered = frozenset(required) - lacking
        courses: list[Training] = []
        remaining = [role for role in required if role in covered]
        while remaining:
            taken = draw(st.integers(min_value=1, max_value=len(remaining)))
            part, remaining = remaining[:taken], remaining[taken:]
            courses.append(_role_course(draw, frozenset(part), _before(draw, scene.as_of)))
        if outcome is NOT_MET and draw(st.booleans()):
            # The missing roles, trained for only after the date asked about.
            late = _after(draw, scene.as_of + DAY, _SOME_DAYS)
            courses.append(_role_course(draw, frozenset(required) - covered, late))
        scene.officer["trainings"] = tuple(draw(st.permutations(courses)))

    return Knob(draw_courses, _always(MET, NOT_MET, UNKNOWN))


def _role_course(draw: st.DrawFn, roles: frozenset[Role], on: date) -> Training:
    return Training(
        course=draw(records.names()),
        kind=draw(_TRAINING_KINDS),
        hours=draw(records.hours),
        completed_on=on,
        roles=roles,
    )


# --- responses to incidents ------------------------------------------------------------------


@knob("nasro.discipline.no_arrest_for_school_matter")
def _response(scene: Scene, outcome: Outcome) -> None:
    draw = scene.draw
    formal = scene.targets.get("nasro.discipline.no_formal_discipline", MET)
    arrest = scene.targets.get("nasro.discipline.no_arrest_for_school_matter", MET)
    if formal is NOT_MET:
        action, matter = SroAction.FORMAL_SCHOOL_DISCIPLINE, draw(_MATTERS)
    elif arrest is NOT_MET:
        action, matter = draw(st.sampled_from(_ENFORCEMENT)), Matter.SCHOOL_DISCIPLINE
    elif arrest is UNKNOWN:
        action, matter = draw(st.sampled_from(_ENFORCEMENT)), None
    elif draw(st.booleans()):
        action, matter = draw(st.sampled_from(_INFORMAL)), draw(_MATTERS)
    else:
        action, matter = draw(st.sampled_from(_ENFORCEMENT)), Matter.CRIMINAL
    scene.response.update(action=action, matter=matter)


knob("nasro.discipline.no_formal_discipline", possible=_always(MET, NOT_MET))(_response)


# --- North Carolina --------------------------------------------------------------------------


_K12 = _ELEMENTARY_OR_SECONDARY
_ALL_LEVELS = list(SchoolLevel)


def _school(draw: st.DrawFn, levels: list[SchoolLevel], sector: SchoolSector,
            article_39: bool | None = None) -> School:  # fmt: skip
    return School(
        name=draw(records.names()),
        level=draw(st.sampled_from(levels)),
        sector=sector,
        article_39=article_39,
    )


def _not_covered(draw: st.DrawFn) -> School:
    """A school the statute does not cover: not K–12, or nonpublic without Article 39."""
    if draw(_BOOLS):
        return _school(
            draw, _OTHER_LEVELS, draw(st.sampled_from(SchoolSector)), draw(records.flags)
        )
    return _school(draw, _ALL_LEVELS, SchoolSector.NONPUBLIC, False)


@knob("nc.statute.covered_school")
def _nc_school(scene: Scene, outcome: Outcome) -> None:
    draw = scene.draw
    schools = [_not_covered(draw) for _ in range(draw(_COUNT_0_2))]
    if outcome is MET:
        sector = draw(st.sampled_from(SchoolSector))
        if sector is SchoolSector.NONPUBLIC:
            schools.append(_school(draw, _K12, sector, True))
        else:
            schools.append(_school(draw, _K12, sector, draw(records.flags)))
    elif outcome is UNKNOWN:
        schools.append(_school(draw, _K12, SchoolSector.NONPUBLIC, None))
    elif not schools:
        schools.append(_not_covered(draw))
    scene.assignment["schools"] = frozenset(schools)


_ENOUGH_DAYS = (nc.MIN_WEEKS_EXCLUSIVE + 1) * 7  # the fewest days that cover more weeks


def _covers_enough(start: date, end: date | None, year: int) -> bool:
    return weeks_covered(start, end, year) > nc.MIN_WEEKS_EXCLUSIVE


def _widen_for_weeks(scene: Scene) -> None:
    """Give the statute's year (that of ``as_of``) more than 12 weeks, keeping in_effect's target."""
    as_of, year = scene.as_of, scene.as_of.year
    if _covers_enough(scene.start, scene.end, year):
        return
    new_year = date(year, 1, 1)
    effect = next((scene.targets[r] for r in scene.in_effect if r in scene.targets), MET)
    if effect is MET:
        scene.start, scene.end = min(scene.start, new_year), None
    elif (as_of - new_year).days >= _ENOUGH_DAYS:
        scene.start, scene.end = min(scene.start, new_year), as_of - DAY  # over before as_of
    else:
        scene.start, scene.end = as_of + DAY, None  # starts early enough in the year


def _weeks_plan(scene: Scene, year: int, outcome: Outcome) -> None:
    draw = scene.draw
    start, end = scene.start, scene.end
    covered = weeks_covered(start, end, year)
    others = [
        YearWeeks(year=other, weeks=draw(st.integers(0, weeks_covered(start, end, other))))
        for other in range(year - draw(_COUNT_0_2), year)
        if other >= 1
    ]
    if outcome is UNKNOWN:
        scene.assignment["weeks_per_year"] = None if draw(_BOOLS) else tuple(others)
        return
    if outcome is NOT_MET and covered <= nc.MIN_WEEKS_EXCLUSIVE and draw(_BOOLS):
        # With no entry for the year, dates that cover 12 weeks or fewer settle it (NC1).
        scene.assignment["weeks_per_year"] = None if draw(_BOOLS) else tuple(others)
        return
    # 13 weeks is the first that counts ("more than 12"); 12 the last that does not.
    most_short = min(nc.MIN_WEEKS_EXCLUSIVE, covered)
    weeks = draw(
        st.integers(nc.MIN_WEEKS_EXCLUSIVE + 1, covered)
        if outcome is MET
        else st.integers(0, most_short).map(lambda n: most_short - n)
    )
    scene.assignment["weeks_per_year"] = tuple(
        draw(st.permutations([*others, YearWeeks(year=year, weeks=weeks)]))
    )


@knob("nc.statute.weeks_per_year", moves_dates=True)
def _nc_weeks(scene: Scene, outcome: Outcome) -> None:
    if outcome is not NOT_MET:
        _widen_for_weeks(scene)
    _weeks_plan(scene, scene.as_of.year, outcome)


def _served_year(scene: Scene) -> int:
    day = max(scene.as_of, scene.start)
    return (day if scene.end is None else min(day, scene.end)).year


@knob("nc.training.scope.weeks_per_year")
def _nc_scope_weeks(scene: Scene, outcome: Outcome) -> None:
    """The dates are the course's (see ``_nc_course``), which left enough weeks when needed."""
    _weeks_plan(scene, _served_year(scene), outcome)


@knob("nc.training.general_certification")
def _nc_certification(scene: Scene, outcome: Outcome) -> None:
    draw = scene.draw
    both = frozenset(NcCommission)
    employer = draw(records.maybe(records.agencies()))
    if employer is None:
        held = {
            MET: st.just(both),
            NOT_MET: st.just(frozenset()),
            UNKNOWN: st.none()
            | records.subsets(list(NcCommission), min_size=1).map(
                lambda c: c if c != both else None
            ),
        }[outcome]
        scene.officer["employer"] = None
        scene.officer["nc_certifications"] = draw(held)
        return
    needed = (
        NcCommission.SHERIFFS
        if employer.kind is AgencyKind.SHERIFFS_OFFICE
        else NcCommission.CRIMINAL_JUSTICE
    )
    scene.officer["employer"] = employer
    if outcome is MET:
        scene.officer["nc_certifications"] = frozenset({needed}) | draw(
            records.subsets(list(NcCommission))
        )
    elif outcome is NOT_MET:
        scene.officer["nc_certifications"] = (
            frozenset(NcCommission) - {needed} - draw(records.subsets(list(NcCommission)))
        )
    else:
        scene.officer["nc_certifications"] = None


_RULES_APPLY_FROM = nc.RULES_APPLY_FROM
_TRANSITION_START = nc.TRANSITION_START
_CREDIT_FROM, _CREDIT_TO = nc.CREDIT_FROM, nc.CREDIT_TO


def _latest_start_with_weeks(year: int) -> date:
    return date(year, 12, 31) - timedelta(days=_ENOUGH_DAYS - 1)


@knob(
    "nc.training.basic_sro_course",
    "nc.training.scope.period",
    not_met_from=nc.TRANSITION_DEADLINE + DAY,
    moves_dates=True,
)
def _nc_course(scene: Scene, outcome: Outcome) -> None:  # noqa: PLR0912 - one branch per way
    """Owns the assignment's dates in a standard with no other rule reading them.

    The scope (paragraph (a)) reads them too: an assignment over before 2019 is not reached,
    and one whose year has 12 weeks or fewer is not either; the dates are drawn to match the
    scope's targets as well as the course's.
    """
    draw, as_of, targets = scene.draw, scene.as_of, scene.targets
    outcome = targets.get("nc.training.basic_sro_course", outcome)
    period = targets.get("nc.training.scope.period")
    weeks = targets.get("nc.training.scope.weeks_per_year")
    courses = [_uncounted_nc(draw, scene) for _ in range(draw(_COUNT_0_2))]
    if period is NOT_MET:
        # Over before 2019, with more than 12 weeks in each year: not reached at all.
        end = records.day(nc.TRANSITION_START - DAY, -draw(_DAYS))
        if (end - date(end.year, 1, 1)).days < _ENOUGH_DAYS:
            end = date(end.year, 12, 31)
        scene.end = end
        scene.start = date(end.year - draw(_COUNT_0_3), 1, 1)
        scene.officer["trainings"] = tuple(draw(st.permutations(courses)))
        return
    need_weeks = weeks in (MET, UNKNOWN)
    if outcome is NOT_MET:
        # The deadline passed before as_of: assigned over a year ago (or in 2019, due 2020-12-31).
        latest = min(anniversary(as_of - DAY, -1), as_of)
        while one_year_after(latest) >= as_of:  # a 29 February start is due on 28 February
            latest -= DAY
        if latest >= _RULES_APPLY_FROM and draw(_BOOLS):
            scene.start = records.day(
                latest, -draw(st.integers(0, (latest - _RULES_APPLY_FROM).days))
            )
        else:
            scene.start = _TRANSITION_START + timedelta(days=draw(st.integers(0, 364)))
        scene.end = _maybe_after(draw, scene.start)
        if need_weeks and not _covers_enough(scene.start, scene.end, _served_year(scene)):
            scene.end = None  # the deadline stays: the start fixes it
    elif outcome is UNKNOWN:
        # Assigned within the last year, and still assigned: the course is still due. Before
        # 2019, an assignment running into 2019 falls under the transition (due 2020-12-31).
        scene.start = records.day(as_of, -draw(st.integers(0, 364)))
        scene.end = None if as_of < _TRANSITION_START else _maybe_after(draw, as_of)
        if need_weeks and not _covers_enough(scene.start, scene.end, as_of.year):
            scene.end = None
            if not _covers_enough(scene.start, None, as_of.year):
                # Started too late in the year: start earlier, still within the last year.
                scene.start = max(records.day(as_of, -364), date(as_of.year - 1, 12, 31))
                scene.start = min(scene.start, _latest_start_with_weeks(as_of.year))
        if draw(_BOOLS):
            scene.officer["trainings"] = None  # nobody has looked
            return
    else:
        if period is MET and scene.end is not None and scene.end < _TRANSITION_START:
            scene.end = None
        if need_weeks and not _covers_enough(scene.start, scene.end, _served_year(scene)):
            scene.start, scene.end = min(scene.start, date(as_of.year, 1, 1)), None
    deadline = course_deadline(scene.start, scene.end)
    if outcome is MET and deadline is not None:
        courses.append(_credited_course(draw, scene, min(deadline, as_of)))
    elif outcome is NOT_MET and deadline is not None and draw(_BOOLS):
        # Completed too late: the day after the deadline, at the boundary.
        courses.append(
            _course(
                draw,
                TrainingKind.NC_BASIC_SRO,
                draw(records.hours),
                _after(draw, deadline + DAY, _SOME_DAYS),
            )
        )
    if outcome is not MET:
        # A course before the start that is not credited must stay so (decision NC4).
        scene.assignment["continually_assigned"] = False
    scene.officer["trainings"] = tuple(draw(st.permutations(courses)))


# The period rule is known from the dates, which are always known: never UNKNOWN.
knob(
    "nc.training.scope.period",
    possible=_always(MET, NOT_MET),
    not_met_from=nc.TRANSITION_DEADLINE + DAY,
    moves_dates=True,
)(_nc_course)


def _uncounted_nc(draw: st.DrawFn, scene: Scene) -> Training:
    """A course that is not the NC Basic SRO course, or one completed after as_of."""
    if draw(_BOOLS):
        kind = draw(
            st.sampled_from([k for k in TrainingKind if k is not TrainingKind.NC_BASIC_SRO])
        )
        return _course(
            draw, kind, draw(records.hours), _before(draw, records.day(scene.as_of, 400))
        )
    return _course(
        draw,
        TrainingKind.NC_BASIC_SRO,
        draw(records.hours),
        _after(draw, scene.as_of + DAY, _SOME_DAYS),
    )


def _credited_course(draw: st.DrawFn, scene: Scene, last: date) -> Training:
    """A Basic SRO course that counts: from the start to ``last``, or credited before the start."""
    start = scene.start
    hours = draw(records.hours)
    if start <= last and draw(_BOOLS):
        return _course(draw, TrainingKind.NC_BASIC_SRO, hours, _between(draw, start, last))
    before = min(last, start - DAY)
    window_last = min(before, _CREDIT_TO)
    if window_last >= _CREDIT_FROM and draw(_BOOLS):
        on = _between(draw, _CREDIT_FROM, window_last)  # the credit window of (b)(2)
    else:
        scene.assignment["continually_assigned"] = True
        on = _before(draw, before)
    return _course(draw, TrainingKind.NC_BASIC_SRO, hours, on)


# --- the COPS Hiring Program -----------------------------------------------------------------


_DAYS_TO_SUBMIT = cops.DAYS_TO_SUBMIT
_UP_TO_DEADLINE = st.integers(min_value=0, max_value=_DAYS_TO_SUBMIT)
_CHP_MOU = ("cops.chp.mou_signed", "cops.chp.mou_sections", "cops.chp.mou_submitted")
_NOT_SUBMITTED_WAYS = st.sampled_from(["late", "signed after", "never submitted", "not yet"])
_OPEN_WAYS = st.sampled_from(
    ["still time", "whether submitted unknown", "day unrecorded", "no letter date", "unsigned day"]
)


@knob("cops.chp.funded", possible=_always(MET, NOT_MET))
def _chp_funded(scene: Scene, outcome: Outcome) -> None:
    """The program is set with the award letter, by the MOU knob (see ``_chp_mou``)."""


@knob(*_CHP_MOU)
def _chp_mou(scene: Scene, outcome: Outcome) -> None:  # noqa: PLR0912, PLR0915 - one branch per way
    draw, as_of = scene.draw, scene.as_of
    signed, sections, submitted = (scene.targets.get(rule_id, MET) for rule_id in _CHP_MOU)
    funded = scene.targets.get("cops.chp.funded", MET)
    program = (
        FundingProgram.COPS_HIRING_PROGRAM
        if funded is MET
        else draw(
            st.sampled_from(
                [p for p in FundingProgram if p is not FundingProgram.COPS_HIRING_PROGRAM]
            )
        )
    )
    if signed is sections is submitted is UNKNOWN and draw(_BOOLS):
        scene.assignment["mou"] = None
        letter_on = _before(draw, as_of) if draw(_BOOLS) else None
        scene.assignment["funding"] = Funding(program=program, award_letter_on=letter_on)
        return
    # The last day (day 90) after the letter is the deadline; a submission after as_of has not
    # happened yet.
    way = draw(_NOT_SUBMITTED_WAYS) if submitted is NOT_MET else None
    if submitted is UNKNOWN:
        way = draw(_OPEN_WAYS)
    if way in ("late", "never submitted", "not yet"):
        letter = _before(draw, records.day(as_of, -(_DAYS_TO_SUBMIT + 1)))  # day 91 has come
    elif way == "still time":
        letter = records.day(as_of, -draw(_UP_TO_DEADLINE))  # day 90 at the latest
    else:
        letter = _before(draw, as_of)
    deadline = letter + timedelta(days=_DAYS_TO_SUBMIT)
    submitted_on: date | None = None
    was_submitted: bool | None = None
    signed_on: date | None
    if way == "late":
        submitted_on = _between(draw, deadline + DAY, as_of)  # day 91 at the boundary
        signed_on = _before(draw, submitted_on)
    elif way == "never submitted":
        was_submitted = False
        signed_on = draw(records.maybe(st.just(_before(draw, as_of))))
    elif way == "not yet":
        submitted_on = _after(draw, as_of + DAY, _SOME_DAYS)  # dated after as_of
        signed_on = draw(records.maybe(st.just(_before(draw, submitted_on))))
    elif way == "still time":
        was_submitted = draw(st.sampled_from([False, None]))
        signed_on = draw(records.maybe(st.just(_before(draw, as_of))))
    elif way == "whether submitted unknown":
        signed_on = draw(records.maybe(st.just(_before(draw, as_of))))
    elif way == "day unrecorded":
        was_submitted = True
        signed_on = draw(records.maybe(st.just(_before(draw, as_of))))
    else:
        # On time (day 90 at the boundary), or "signed after", or an unsigned day / no letter.
        submitted_on = records.day(min(deadline, as_of), -draw(_UP_TO_DEADLINE))
        was_submitted = draw(records.maybe(st.just(True)))
        if way == "signed after":
            signed_on = _after(draw, submitted_on + DAY, _SOME_DAYS)
        elif way == "unsigned day":
            signed_on = None
        else:
            signed_on = _before(draw, submitted_on)  # on the day it was sent, at the boundary
    letter_on = None if way == "no letter date" else letter
    scene.assignment["funding"] = Funding(program=program, award_letter_on=letter_on)
    both = frozenset(Signatory)
    five = frozenset(MouSection)
    scene.mou["signatories"] = {MET: both, UNKNOWN: None}.get(
        signed, both - draw(records.subsets(list(Signatory), min_size=1))
    )
    scene.mou["sections"] = {MET: five, UNKNOWN: None}.get(
        sections, five - draw(records.subsets(list(MouSection), min_size=1))
    )
    scene.mou["submitted_on"] = submitted_on
    scene.mou["submitted"] = was_submitted
    scene.mou["signed_on"] = signed_on
    scene.assignment["mou"] = _mou(draw, scene)


# --- plans -----------------------------------------------------------------------------------


class Plan:
    """A standard's rules, their knobs, and what the dates must do."""

    def __init__(self, standard: Standard) -> None:
        if not isinstance(standard, Standard):
            raise InvalidArgument(f"expected a Standard, got {standard!r}")
        self.standard = standard
        self.parameters = dict(standard.parameters)
        self.rule_ids = [rule.id for rule in standard.rules]
        # The scope's rules come last: their knobs read the dates the obligations' knobs fix.
        self.scope_ids = [rule.id for rule in standard.scope_rules]
        self.all_ids = [*self.rule_ids, *self.scope_ids]
        self.knobs = {
            rule.id: _knob_of(rule, standard.id)
            for rule in (*standard.rules, *standard.scope_rules)
        }
        every = (*standard.rules, *standard.scope_rules)
        self.in_effect = tuple(rule.id for rule in every if in_effect_rule(rule))
        self.mou_rules = frozenset(rule.id for rule in every if rule.subject is Mou)
        self.judged_at_start = frozenset(_rules_judged_at_start(standard))
        self.judged_from_start = frozenset(_rules_judged_from_start(standard))
        self.first, self.last = _in_force_window(standard)
        self.part_of = _parts_by_rule(standard)
        # Knobs were written together for the rules of one registered standard; parts that
        # never share one (NASRO's training with North Carolina's) are checked for clashes.
        families = _families()
        ids = self.all_ids
        self.composed = any(
            not families.get(a, _NONE) & families.get(b, _NONE)
            for i, a in enumerate(ids)
            for b in ids[i + 1 :]
        )
        # Training knobs may move the start: they draw first, so the others read the final dates.
        self.early = [r.id for r in every if isinstance(r.condition, TrainedBy)]
        self.due_before_start = [
            r.id for r in every if isinstance(r.condition, TrainedBy) and r.condition.days == -1
        ]
        self.order = self.early + [rule_id for rule_id in ids if rule_id not in self.early]
        if self.composed:
            movers = [rule_id for rule_id in ids if self.knobs[rule_id].moves_dates]
            for i, a in enumerate(movers):
                for b in movers[i + 1 :]:
                    self._clash(a, b, "the assignment's start and end")
            self.order = movers + [rule_id for rule_id in ids if rule_id not in movers]

    def _together(self, a: str, b: str) -> bool:
        families = _families()
        return bool(families.get(a, _NONE) & families.get(b, _NONE))

    def _clash(self, a: str, b: str, what: str) -> None:
        """Raise unless the knobs of rules ``a`` and ``b`` were written to work together."""
        if self._together(a, b):
            return
        raise InvalidArgument(
            f"{self.standard.id}: cannot draw subjects for both {self.part_of[a]} ({a}) and "
            f"{self.part_of[b]} ({b}): each sets {what}, and no subject is built to give "
            "both the outcomes wanted; evaluate the parts' strategies separately"
        )

    def possible(self, rule_id: str) -> frozenset[Outcome]:
        return self.knobs[rule_id].possible(self.parameters)

    def check_as_of(self, as_of: date) -> None:
        if type(as_of) is not date:
            raise InvalidArgument(f"as_of must be a datetime.date, got {as_of!r}")
        if as_of < self.first or as_of > self.last:
            since = "" if self.first == date.min else f" from {self.first.isoformat()}"
            until = "" if self.last == date.max else f" to {self.last.isoformat()}"
            raise InvalidArgument(
                f"{self.standard.id} is in force{since}{until}; "
                f"as_of={as_of.isoformat()} is outside"
            )

    def default_as_of(self, earliest: date = date.min) -> st.SearchStrategy[date]:
        # Recent years by default, within the years the standard is in force.
        first = max(self.first, date(2000, 1, 1), earliest)
        last = min(self.last, date(2035, 12, 31))
        if first > last:
            first, last = self.first, self.last
        return st.dates(min_value=first, max_value=last)

    def earliest_failure(self, targets: dict[str, Outcome]) -> date:
        """The earliest as_of on which every rule targeted NOT_MET can fail."""
        earliest = date.min
        for rule_id, outcome in targets.items():
            since = self.knobs[rule_id].not_met_from
            if outcome is NOT_MET and since is not None:
                earliest = max(earliest, since)
        return earliest

    def build(self, draw: st.DrawFn, as_of: date, targets: dict[str, Outcome]) -> Any:
        self.check_as_of(as_of)
        earliest = self.earliest_failure(targets)
        if as_of < earliest:
            failing = [r for r, o in targets.items() if o is NOT_MET]
            raise InvalidArgument(
                f"{', '.join(failing)} cannot be NOT_MET as of {as_of.isoformat()}: its deadline "
                f"cannot have passed before {earliest.isoformat()}"
            )
        scene = Scene(draw, as_of, self.parameters)
        scene.targets = targets
        scene.in_effect = self.in_effect
        subject_type = self.standard.subject
        if subject_type is Assignment:
            _timing(scene, targets, self)
        done: dict[Draw, str] = {}
        written: dict[tuple[str, str], str] = {}
        order = self.order
        if len(self.early) > 1:
            # A training rule met keeps the start; one that must fail or stay open moves it.
            moving = sorted(self.early, key=lambda rule_id: targets[rule_id] is MET)
            order = moving + [rule_id for rule_id in order if rule_id not in moving]
        for rule_id in order:
            knob = self.knobs[rule_id]
            draw_fields = knob.draw
            first = done.get(draw_fields)
            if first is not None:  # rules that share fields draw them once
                if self.composed and targets[first] is not targets[rule_id]:
                    self._clash(first, rule_id, "the same facts")
                continue
            done[draw_fields] = rule_id
            if not self.composed:
                draw_fields(scene, targets[rule_id])
                continue
            before = {name: dict(getattr(scene, name)) for name in _RECORDS}
            dates = (scene.start, scene.end)
            draw_fields(scene, targets[rule_id])
            if not knob.moves_dates and (scene.start, scene.end) != dates:
                raise AssertionError(  # pragma: no cover - a knob written wrong
                    f"the knob of {rule_id} moved the assignment's dates: declare "
                    "moves_dates=True on it in sro_domain/strategies/_targets.py"
                )
            for name in _RECORDS:
                self._merge(
                    name,
                    before[name],
                    getattr(scene, name),
                    written=written,
                    rule_id=rule_id,
                    targets=targets,
                )
        return _assemble(scene, subject_type, targets, self.mou_rules)

    def _merge(
        self,
        name: str,
        before: dict[str, Any],
        after: dict[str, Any],
        *,
        written: dict[tuple[str, str], str],
        rule_id: str,
        targets: dict[str, Outcome],
    ) -> None:
        """Note which rule set each field; join or refuse a field two parts' knobs both set."""
        for field, value in after.items():
            if field in before and before[field] is value:
                continue
            earlier = written.get((name, field))
            written[(name, field)] = rule_id
            if earlier is None or self._together(earlier, rule_id):
                continue
            if (
                (name, field) in _ADDITIVE
                and targets[earlier] is MET
                and targets[rule_id] is MET
                and before[field] is not None
                and value is not None
            ):
                # More courses never undo a rule met by the courses already drawn.
                after[field] = (*before[field], *value)
                continue
            self._clash(earlier, rule_id, f"{name}.{field}")


# The scene's fields of the record a rule reads.
_SCENE_RECORDS: dict[type, str] = {
    Officer: "officer",
    Assignment: "assignment",
    Mou: "mou",
    SroResponse: "response",
}


HOOKS: dict[Rule, Knob] = {}
"""Knobs users registered for rules of their own written by hand (``register_rule``)."""


def _knob_of(rule: Rule, standard_id: str) -> Knob:
    """A rule's knob: registered for it, read from its condition, or the built-in rule's own."""
    hooked = HOOKS.get(rule)
    if hooked is not None:
        return hooked
    if rule.condition is None and rule.id in KNOBS:
        return KNOBS[rule.id]
    if in_effect_rule(rule):
        return _IN_EFFECT_KNOB
    if isinstance(rule.condition, TrainedBy) and rule.subject is Assignment:
        return _training_knob(rule.condition)
    if isinstance(rule.condition, UnderAgreement) and rule.subject is Assignment:
        return _agreement_knob(rule.condition)
    if isinstance(rule.condition, CertifiedOfficer) and rule.subject is Officer:
        return _certified_knob(rule.condition.kinds)
    if isinstance(rule.condition, AssignedByEmployer) and rule.subject is Assignment:
        return _employer_knob(rule.condition)
    if isinstance(rule.condition, TrainedForRoles) and rule.subject is Officer:
        return _roles_knob(rule.condition)
    condition = conditions.check_supported(rule, standard_id)
    record = _SCENE_RECORDS.get(rule.subject)
    if record is None:
        raise InvalidArgument(
            f"{standard_id}: cannot generate subjects for rule {rule.id}: it reads "
            f"{rule.subject.__name__} records, which the strategies do not build"
        )
    return Knob(
        conditions.condition_draw(condition, record),
        lambda parameters: conditions.possible(condition, parameters),
    )


@functools.cache
def _certified_knob(counted: frozenset[AgencyKind]) -> Knob:
    return Knob(_certified_draw(counted), None)


@functools.cache
def _training_knob(condition: TrainedBy) -> Knob:
    """One knob per training condition: rules written with one share their draws."""
    return Knob(
        conditions.training_draw(condition),
        lambda parameters: conditions.training_possible(condition, parameters),
        conditions.training_not_met_from(condition),
        moves_dates=conditions.training_moves_dates(condition),
    )


@functools.cache
def _agreement_knob(condition: UnderAgreement) -> Knob:
    return Knob(
        conditions.agreement_draw(condition),
        lambda parameters: conditions.agreement_possible(condition),
    )


@functools.cache
def _employer_knob(condition: AssignedByEmployer) -> Knob:
    """One knob per condition: the federal rule and the COPS rule share their draws."""
    # Every outcome: another employer fails whatever kinds of agency count.
    return Knob(conditions.employer_draw(condition), _always(MET, NOT_MET, UNKNOWN))


_NONE: frozenset[str] = frozenset()
_RECORDS = ("officer", "assignment", "mou", "response")
# Fields where a record with more entries keeps every MET that the entries already drawn gave
# (every built-in rule on trainings counts courses towards hours, roles or a deadline).
_ADDITIVE = frozenset({("officer", "trainings")})


@functools.cache
def _families() -> dict[str, frozenset[str]]:
    """The registered standards each built-in rule belongs to (its obligations or its scope).

    A rule left for users to compose (``nasro.selection.juvenile_history``) belongs with the
    standards of the rules whose ids share its group (``nasro.selection``).
    """
    from sro_domain.registry import RULES, STANDARDS  # noqa: PLC0415 - built after this module

    found: dict[str, set[str]] = {}
    for standard in STANDARDS.values():
        for rule in (*standard.rules, *standard.scope_rules):
            found.setdefault(rule.id, set()).add(standard.id)
    for rule_id in RULES:
        if rule_id not in found:
            group = rule_id.rpartition(".")[0] + "."
            found[rule_id] = {
                family
                for other, families in list(found.items())
                if other.startswith(group)
                for family in families
            }
    return {rule_id: frozenset(ids) for rule_id, ids in found.items()}


def _parts_by_rule(standard: Standard) -> dict[str, str]:
    """Each rule's id mapped to the id of the part of ``standard`` it comes through."""
    found: dict[str, str] = {}
    for part in standard.parts:
        if isinstance(part, Standard):
            for rule in (*part.rules, *part.scope_rules):
                found.setdefault(rule.id, part.id)
        else:
            found.setdefault(part.id, part.id)
    scope = standard.scope
    if scope is not None:
        rules = (scope,) if not isinstance(scope, Standard) else (*scope.rules, *scope.scope_rules)
        for rule in rules:
            found.setdefault(rule.id, scope.id)
    return found


def _rules_judged_at_start(standard: Standard) -> list[str]:
    found: list[str] = []
    for part in standard._active:
        item = part.item
        if isinstance(item, Standard):
            if part.at_start:
                found += [rule.id for rule in item.rules]
            else:
                found += _rules_judged_at_start(item)
    return found


def _rules_judged_from_start(standard: Standard) -> list[str]:
    found: list[str] = []
    for part in standard._active:
        item = part.item
        if isinstance(item, Standard):
            found += (
                [r.id for r in item.rules] if part.from_start else _rules_judged_from_start(item)
            )
    return found


def _in_force_window(standard: Standard) -> tuple[date, date]:
    first, last = date.min, date.max
    stack = [standard]
    while stack:
        current = stack.pop()
        source = current.source
        if source.effective_from is not None:
            first = max(first, source.effective_from)
        if source.effective_to is not None:
            last = min(last, source.effective_to)
        stack += [part for part in current.parts if isinstance(part, Standard)]
        # A scope in force for fewer days narrows the days the standard can be asked about.
        if isinstance(current.scope, Standard):
            stack.append(current.scope)
    return first, last


def _timing(scene: Scene, targets: dict[str, Outcome], plan: Plan) -> None:
    """Place the assignment's start and end around ``as_of`` as the rules need them."""
    draw, as_of = scene.draw, scene.as_of
    effect = next((targets[r] for r in plan.in_effect if r in targets), None)
    # A course due before the start can only be late once the posting has begun.
    training = next((targets[r] for r in plan.due_before_start if targets[r] is NOT_MET), None)
    # Judged as of the start when asked earlier (decision N1), a posting not yet begun is in
    # effect: only one that is over can fail.
    over_only = any(r in plan.judged_from_start for r in plan.in_effect if r in targets)
    if effect is NOT_MET and (over_only or draw(_BOOLS)):
        scene.end = _before(draw, as_of - DAY)  # over before as_of
        scene.start = _before(draw, scene.end)
    elif effect is NOT_MET:
        scene.start = _after(draw, as_of + DAY)  # not yet started
        scene.end = _maybe_after(draw, scene.start)
    elif effect is MET or training is NOT_MET or draw(_BOOLS):
        scene.start = _before(draw, as_of)  # on as_of at the boundary
        scene.end = _maybe_after(draw, as_of)
    else:
        scene.start = _after(draw, as_of + DAY)
        scene.end = _maybe_after(draw, scene.start)
    if plan.judged_at_start:
        scene.judged_on = min(as_of, scene.start)
        scene.horizon = scene.start if as_of < scene.start else None


# Every field of each record the plans build, drawn freely where no knob drew it. A field missing
# here fails ``test_the_targeted_strategies_draw_every_field``, which names this file.
_ASSIGNMENT_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "hours_per_week": records.maybe(records.weekly_hours),
    "weeks_per_year": records.maybe(st.just(())),  # no entry: valid for any dates
    "full_time": records.flags,
    "primarily_assigned": records.flags,
    "under_contract": records.flags,
    "share_in_schools": records.maybe(records.shares),
    "duties": records.maybe(records.subsets(list(Duty))),
    "funding": records.maybe(records.fundings()),
    "continually_assigned": records.flags,
    "permanent": records.flags,
    "community_oriented_policing": records.flags,
    "partners": records.maybe(records.subsets(list(Partner))),
    "purposes": records.maybe(records.subsets(list(FederalPurpose))),
    "roles": records.maybe(records.subsets(list(Role))),
}
_ASSIGNMENT_PLACED = ("officer", "start", "end", "agency", "schools", "basis", "mou")
_MOU_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "signatories": records.maybe(records.subsets(list(Signatory))),
    "roles_defined": records.maybe(records.subsets(list(Role))),
    "requires_selection_and_training": records.flags,
    "prohibits_formal_discipline": records.flags,
    "parties": records.maybe(records.subsets(list(Party))),
    "published": records.flags,
}
_MOU_PLACED = ("signed_on", "sections", "submitted_on", "submitted", "reviewed_on")
_OFFICER_HISTORIES = ("service_periods", "trainings", "conduct_records", "screenings")
_OFFICER_FIELDS = {
    "sworn": records.flags,
    "certified": records.flags,
    "hired_permanently": records.flags,
    "law_enforcement_authority": records.flags,
    "employer": records.maybe(records.agencies()),
    "volunteered": records.flags,
    "seeks_youth_relationships": records.flags,
    "nc_certifications": records.maybe(records.subsets(list(NcCommission))),
    "juvenile_case_difficulty": records.flags,
}


def _officer(scene: Scene) -> Officer:
    """The officer: the fields the knobs drew, and every other field drawn freely."""
    draw = scene.draw
    officer_fields = dict(scene.officer)
    for name, strategy in _OFFICER_FIELDS.items():
        if name not in officer_fields:
            officer_fields[name] = draw(strategy)
    makers = (_free_period, _free_training, _free_record, _free_screening)
    for name, make in zip(_OFFICER_HISTORIES, makers, strict=True):
        if name not in officer_fields:
            known = draw(_BOOLS)
            officer_fields[name] = (
                tuple(make(draw, scene.as_of) for _ in range(draw(_COUNT_0_3))) if known else None
            )
    return Officer(id=draw(records.names()), **officer_fields)


def _assemble(
    scene: Scene, subject_type: type, targets: dict[str, Outcome], mou_ids: frozenset[str]
) -> Any:
    draw = scene.draw
    if subject_type is SroResponse:
        if not scene.response:  # pragma: no cover - every SroResponse standard reads the action
            return draw(records.sro_responses())
        return SroResponse(**scene.response)
    if subject_type is Mou:
        return _mou(draw, scene)
    officer = _officer(scene)
    if subject_type is Officer:
        return officer
    fields = dict(scene.assignment)
    fields.setdefault(
        "agency",
        officer.employer if officer.employer and draw(st.booleans()) else draw(records.agencies()),
    )
    fields.setdefault("schools", draw(st.frozensets(records.schools(), min_size=1, max_size=2)))
    for name, strategy in _ASSIGNMENT_FIELDS.items():
        if name not in fields:
            fields[name] = draw(strategy)
    fields.setdefault("basis", draw(records.maybe(st.sampled_from(AssignmentBasis))))
    mou_rules = [rule_id for rule_id in targets if rule_id in mou_ids]
    if fields.get("mou") is conditions.MOU_WANTED:
        fields["mou"] = _mou(draw, scene)  # a knob set its parties (an agreement rule)
    elif "mou" in fields:
        pass  # drawn by a knob (the COPS Hiring Program's MOU rules)
    elif not mou_rules:
        mode = draw(st.sampled_from(["mou", "no mou", "unknown"]))
        fields["mou"] = _mou(draw, scene) if mode == "mou" else NO_MOU if mode == "no mou" else None
    elif all(targets[r] is UNKNOWN for r in mou_rules) and draw(st.booleans()):
        fields["mou"] = None  # an MOU nobody has seen: every MOU rule is unknown
    else:
        fields["mou"] = _mou(draw, scene)
    return Assignment(officer=officer, start=scene.start, end=scene.end, **fields)


def _free_period(draw: st.DrawFn, as_of: date) -> ServicePeriod:
    start = _before(draw, records.day(as_of, draw(_SOME_DAYS)))
    return ServicePeriod(start=start, end=_maybe_after(draw, start))


def _free_training(draw: st.DrawFn, as_of: date) -> Training:
    return Training(
        course=draw(records.names()),
        kind=draw(_TRAINING_KINDS),
        hours=draw(records.hours),
        completed_on=_before(draw, records.day(as_of, draw(_SOME_DAYS))),
        roles=draw(records.subsets(list(Role))),
        provider=draw(_PROVIDERS),
    )


def _free_record(draw: st.DrawFn, as_of: date) -> ConductRecord:
    return ConductRecord(
        kind=draw(_CONDUCT_KINDS),
        on=_before(draw, records.day(as_of, draw(_SOME_DAYS))),
        involves_youth=draw(records.flags),
        disposition=draw(_DISPOSITIONS),
    )


def _free_screening(draw: st.DrawFn, as_of: date) -> Screening:
    return Screening(
        kind=draw(_SCREENING_KINDS),
        on=_before(draw, records.day(as_of, draw(_SOME_DAYS))),
        passed=draw(records.flags),
    )


_SCREENING_KINDS = st.sampled_from(ScreeningKind)


def _mou(draw: st.DrawFn, scene: Scene) -> Mou:
    fields = dict(scene.mou)
    for name, strategy in _MOU_FIELDS.items():
        if name not in fields:
            fields[name] = draw(strategy)
    if "signed_on" not in fields:
        fields["signed_on"] = _before(draw, scene.as_of) if draw(_BOOLS) else None
    fields.setdefault("sections", draw(records.maybe(records.subsets(list(MouSection)))))
    if "reviewed_on" not in fields:
        fields["reviewed_on"] = _before(draw, scene.as_of) if draw(_BOOLS) else None
    fields.setdefault("submitted_on", _before(draw, scene.as_of) if draw(_BOOLS) else None)
    if "submitted" not in fields:
        # Known not submitted (False) only when no submission date is recorded.
        choices = [True, None] if fields["submitted_on"] is not None else [True, False, None]
        fields["submitted"] = draw(st.sampled_from(choices))
    return Mou(**fields)


def unlisted_fields() -> list[str]:
    """The record fields the plans would leave to their defaults: none, or the test fails."""
    drawn: dict[type, set[str]] = {
        Officer: {"id", *_OFFICER_FIELDS, *_OFFICER_HISTORIES},
        Assignment: {*_ASSIGNMENT_FIELDS, *_ASSIGNMENT_PLACED},
        Mou: {*_MOU_FIELDS, *_MOU_PLACED},
    }
    return [
        f"{record.__name__}.{field.name}"
        for record, names in drawn.items()
        for field in attrs.fields(record)
        if field.name not in names
    ]
