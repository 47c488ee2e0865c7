"""When: a standard's outcome on a subject over a range of dates, and the first day it is met.

The recorded facts are projected forward as recorded: ongoing service and assignments continue,
nothing new is completed and no record is added. A rule's outcome can change only on the days
its :data:`~sro_domain.rules.Changes` name (an assignment's start and the day after its end, an
anniversary of service, a course's completion, the day after a deadline, 1 January for a rule on
the calendar year, a source's effective dates); :func:`timeline` evaluates the standard on those
days alone, so its cost follows the number of such days, not the length of the range, and it
equals evaluating every day one by one (decision P1 in ``docs/decisions.md``).

>>> from datetime import date
>>> from sro_domain import NASRO_SELECTION, Officer, ServicePeriod
>>> officer = Officer(id="A-7", sworn=True, volunteered=True, seeks_youth_relationships=True,
...                   conduct_records=[], service_periods=[ServicePeriod(start=date(2021, 3, 1))])
>>> for span in timeline(NASRO_SELECTION, officer, start=date(2023, 9, 1),
...                      end=date(2025, 8, 31)).spans:
...     print(span)
2023-09-01..2024-02-29: not_met
2024-03-01..2025-08-31: met
>>> earliest_met(NASRO_SELECTION, officer, on_or_after=date(2023, 9, 1))
datetime.date(2024, 3, 1)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import Any, Generic

import attrs

from sro_domain._value import Value, snake_case
from sro_domain.errors import InvalidRecordError, NotInForceError
from sro_domain.outcome import Outcome
from sro_domain.rule import Context, Fix, Rule
from sro_domain.standard import S, Standard, _Gone, _Part, _reached, _timing
from sro_domain.verdict import Verdict

__all__ = ["Remedy", "Span", "Timeline", "earliest_met", "remedies", "timeline"]

_DAY = timedelta(days=1)


class Span(Value):
    """Consecutive days (``start`` to ``end``, both inclusive) with one outcome and one reach.

    ``outcome`` and ``applies`` are those of the standard's verdict on each of those days;
    on days the standard is not in force (``in_force`` false) both are ``None``.
    """

    __slots__ = ("applies", "end", "in_force", "outcome", "start")
    _fields = ("start", "end", "outcome", "applies", "in_force")

    start: date
    end: date
    outcome: Outcome | None
    applies: Outcome | None
    in_force: bool

    def __init__(
        self,
        start: date,
        end: date,
        outcome: Outcome | None,
        applies: Outcome | None,
        *,
        in_force: bool = True,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "outcome", outcome)
        object.__setattr__(self, "applies", applies)
        object.__setattr__(self, "in_force", in_force)

    @property
    def days(self) -> int:
        """How many days the span covers."""
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def __str__(self) -> str:
        if not self.in_force:
            state = "not in force"
        else:
            assert self.outcome is not None
            assert self.applies is not None
            state = self.outcome.value
            if self.applies is not Outcome.MET:
                state += f" (applies: {self.applies.value})"
        return f"{self.start.isoformat()}..{self.end.isoformat()}: {state}"


class Timeline(Value, Generic[S]):
    """A standard's outcome on one subject, day by day over a range, as maximal spans.

    ``spans`` cover ``start`` to ``end`` without gaps or overlaps; two adjacent spans differ in
    outcome, reach or being in force. :meth:`verdict` gives the full verdict on any day.
    """

    __slots__ = ("end", "spans", "standard", "start", "subject")
    _fields = ("standard", "subject", "start", "end", "spans")
    _repr_fields = ("standard", "start", "end", "spans")

    standard: Standard[S]
    subject: S
    start: date
    end: date
    spans: tuple[Span, ...]

    def __init__(
        self, standard: Standard[S], subject: S, start: date, end: date, spans: tuple[Span, ...]
    ) -> None:
        object.__setattr__(self, "standard", standard)
        object.__setattr__(self, "subject", subject)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "spans", spans)

    def __iter__(self) -> Iterator[Span]:
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def span_on(self, day: date) -> Span:
        """The span holding ``day``.

        Raises:
            ValueError: ``day`` is outside the timeline.
        """
        self._within(day)
        low, high = 0, len(self.spans) - 1
        while low < high:  # the last span starting on or before ``day``
            middle = (low + high + 1) // 2
            if self.spans[middle].start <= day:
                low = middle
            else:
                high = middle - 1
        return self.spans[low]

    def verdict(self, as_of: date) -> Verdict:
        """The standard's verdict on the subject on ``as_of``, a day of the timeline.

        Raises:
            ValueError: ``as_of`` is outside the timeline.
            NotInForceError: the standard is not in force on ``as_of``.
        """
        self._within(as_of)
        return self.standard.evaluate(self.subject, as_of=as_of)

    def _within(self, day: date) -> None:
        _check_date("day", day)
        if not self.start <= day <= self.end:
            raise ValueError(
                f"{day.isoformat()} is outside the timeline "
                f"({self.start.isoformat()}..{self.end.isoformat()})"
            )


def timeline(standard: Standard[S], subject: S, *, start: date, end: date) -> Timeline[S]:
    """The outcome of ``standard`` on ``subject`` on every day from ``start`` to ``end``.

    Exact: the same as evaluating each day, at the cost of one evaluation per day on which some
    rule's outcome can change. A rule written by hand without ``changes=`` is taken to change
    on any day, which costs one evaluation per day of the range.

    Raises:
        TypeError: ``subject`` is not the kind of record ``standard`` reads, or a date is not a
            ``datetime.date``.
        ValueError: ``start`` is after ``end``.
    """
    _check_call(standard, subject, start, end)
    spans: list[Span] = []
    for day in _change_days(standard, subject, start, end):
        span = _span_on(standard, subject, day)
        if spans and _same(spans[-1], span):
            continue
        if spans:
            last = spans[-1]
            spans[-1] = Span(
                last.start, day - _DAY, last.outcome, last.applies, in_force=last.in_force
            )
        spans.append(span)
    last = spans[-1]
    spans[-1] = Span(last.start, end, last.outcome, last.applies, in_force=last.in_force)
    return Timeline(standard, subject, start, end, tuple(spans))


def earliest_met(
    standard: Standard[S], subject: S, *, on_or_after: date, until: date | None = None
) -> date | None:
    """The first day from ``on_or_after`` on which ``standard`` reaches ``subject`` and is met.

    ``None`` when there is none up to ``until`` (included), or, with ``until`` omitted, none
    ever: past the last day on which a rule can change, nothing changes.

    Raises:
        TypeError: as :func:`timeline`.
        ValueError: ``on_or_after`` is after ``until``; or ``until`` is omitted and a rule
            written by hand has no ``changes=``, so the search could not end.
    """
    last = date.max if until is None else until
    _check_call(standard, subject, on_or_after, last, ("on_or_after", "until"))
    if until is None and _daily(standard):
        raise ValueError(
            f"{standard.id} has a rule without changes=, so its outcome may change on any day: "
            "give earliest_met an until= date"
        )
    for day in _change_days(standard, subject, on_or_after, last):
        span = _span_on(standard, subject, day)
        if span.outcome is Outcome.MET and span.applies is Outcome.MET:
            return day
    return None


# --- the days on which something can change ----------------------------------------------------


def _change_days(standard: Standard[Any], subject: Any, first: date, last: date) -> list[date]:
    """``first``, and each later day up to ``last`` on which the outcome may change, in order."""
    found: set[date] = set()
    if _collect(standard, subject, None, first, last, None, found):
        days = sorted(found)
    else:
        days = [first + timedelta(days=n) for n in range(1, (last - first).days + 1)]
    return [first, *days]


def _collect(  # noqa: PLR0917 - the recursion passes what it has
    standard: Standard[Any],
    subject: Any,
    gone: _Gone,
    first: date,
    last: date,
    horizon: date | None,
    found: set[date],
) -> bool:
    """Add the days in (``first``, ``last``] on which ``standard`` may change; False: any day."""
    source = standard.source
    if source.effective_from is not None:
        _add(found, first, last, source.effective_from)
    if source.effective_to is not None and source.effective_to < date.max:
        _add(found, first, last, source.effective_to + _DAY)
    absent = subject is None or gone is not None
    context = Context(first, standard._parameters, horizon)
    scope = () if standard._scope is None else (standard._scope,)
    for part in (*scope, *standard._active):
        value, value_gone = _reached(part, subject, absent, gone)
        item = part.item
        if isinstance(item, Standard):
            if not _collect_nested(part, item, subject, absent, value, value_gone,
                                   (first, last, horizon), found):  # fmt: skip
                return False
        elif value is not None and value_gone is None:
            changes = item.changes
            if changes is None:
                return False
            for day in changes(value, context, first, last):
                _add(found, first, last, day)
    return True


def _collect_nested(  # noqa: PLR0917 - the recursion passes what it has
    part: _Part,
    nested: Standard[Any],
    subject: Any,
    absent: bool,
    value: Any,
    value_gone: _Gone,
    window: tuple[date, date, date | None],
    found: set[date],
) -> bool:
    first, last, horizon = window
    if absent or not (part.at_start or part.from_start):
        return _collect(nested, value, value_gone, first, last, horizon, found)
    start: date = subject.start
    _add(found, first, last, start)
    if part.from_start:
        # Judged as of the start until then, as of the day asked about from then on.
        if start > last:
            return True
        return _collect(nested, value, value_gone, max(first, start), last, horizon, found)
    # Judged as of the start from then on; before it, as of the day asked, looking ahead.
    if first >= start:
        return True
    return _collect(nested, value, value_gone, first, min(last, start - _DAY), start, found)


def _add(found: set[date], first: date, last: date, day: date) -> None:
    if first < day <= last:
        found.add(day)


def _daily(standard: Standard[Any]) -> bool:
    """Whether some rule the standard reads has no ``changes``."""
    return any(isinstance(r, Rule) and r.changes is None for r in _every_rule(standard))


def _every_rule(standard: Standard[Any]) -> Iterator[Rule]:
    scope = () if standard._scope is None else (standard._scope,)
    for part in (*scope, *standard._active):
        item = part.item
        if isinstance(item, Standard):
            yield from _every_rule(item)
        else:
            yield item


# --- spans -------------------------------------------------------------------------------------


def _span_on(standard: Standard[Any], subject: Any, day: date) -> Span:
    try:
        verdict = standard.evaluate(subject, as_of=day)
    except NotInForceError:
        return Span(day, day, None, None, in_force=False)
    return Span(day, day, verdict.outcome, verdict.applies)


def _same(a: Span, b: Span) -> bool:
    return a.outcome is b.outcome and a.applies is b.applies and a.in_force == b.in_force


def _check_date(name: str, day: object) -> None:
    if not isinstance(day, date) or isinstance(day, datetime):
        raise TypeError(f"{name} must be a datetime.date (not a datetime), got {day!r}")


def _check_call(
    standard: Standard[Any],
    subject: Any,
    first: date,
    last: date,
    names: tuple[str, str] = ("start", "end"),
) -> None:
    if not isinstance(standard, Standard):
        raise TypeError(f"expected a Standard, got {standard!r}")
    _check_date(names[0], first)
    _check_date(names[1], last)
    if first > last:
        raise ValueError(f"{names[0]}={first.isoformat()} is after {names[1]}={last.isoformat()}")
    if not isinstance(subject, standard.subject):
        raise TypeError(
            f"{standard.id} evaluates {standard.subject.__name__} records, "
            f"got {type(subject).__name__}"
        )


# --- what it would take ------------------------------------------------------------------------


class Remedy(Value):
    """What would meet one rule that a verdict finds not met, with the rule's citation.

    ``path`` is the fact to change, a dotted path from the subject as in
    :attr:`Verdict.missing <sro_domain.Verdict.missing>`; ``action`` says what to do, in plain
    words. ``by`` is the last day the change can be made, where the rule sets one;
    ``wait_until`` the day time alone meets the rule (then :meth:`apply` changes nothing: ask
    again on that day). ``options`` are the ways to meet a rule with alternatives, of which
    :meth:`apply` takes the first. A remedy that is not ``possible`` says why in ``reason``
    (a course due before the start, and the start is past) and cannot be applied.
    """

    __slots__ = (
        "_apply",
        "action",
        "by",
        "citation",
        "options",
        "path",
        "reason",
        "rule_id",
        "wait_until",
    )
    _fields = ("rule_id", "citation", "path", "action", "by", "wait_until", "options", "reason")
    _repr_fields = ("rule_id", "path", "action")

    rule_id: str
    citation: str
    path: str
    action: str
    by: date | None
    wait_until: date | None
    options: tuple[str, ...]
    reason: str | None
    _apply: Callable[[Any], Any] | None

    def __init__(
        self,
        *,
        rule_id: str,
        citation: str,
        path: str,
        action: str,
        by: date | None = None,
        wait_until: date | None = None,
        options: tuple[str, ...] = (),
        reason: str | None = None,
        apply: Callable[[Any], Any] | None = None,
    ) -> None:
        for name, value in (
            ("rule_id", rule_id),
            ("citation", citation),
            ("path", path),
            ("action", action),
            ("by", by),
            ("wait_until", wait_until),
            ("options", tuple(options)),
            ("reason", reason),
            ("_apply", apply),
        ):
            object.__setattr__(self, name, value)

    @property
    def possible(self) -> bool:
        """Whether the rule can still be met; if not, ``reason`` says why."""
        return self.reason is None

    def apply(self, subject: S) -> S:
        """``subject`` with this remedy's change made: the least change that meets the rule.

        Raises:
            ValueError: the remedy is not possible (its ``reason`` says why).
        """
        if self._apply is None:
            raise ValueError(f"{self.rule_id} cannot be met: {self.reason}")
        changed: S = self._apply(subject)
        return changed

    def __str__(self) -> str:
        when = []
        if self.by is not None:
            when.append(f"by {self.by.isoformat()}")
        if self.wait_until is not None:
            when.append(f"on {self.wait_until.isoformat()}")
        shown = f"{self.rule_id}: {self.action}"
        if when:
            shown += f" ({', '.join(when)})"
        if self.reason is not None:
            shown += f" — not possible: {self.reason}"
        return shown


def remedies(standard: Standard[S], subject: S, *, as_of: date) -> tuple[Remedy, ...]:
    """What would make ``standard`` met on ``subject`` as of ``as_of``: one remedy per rule not met.

    A conjunction needs each of them; a MET verdict has none. A rule the standard's scope
    decides (who it reaches) is never "remedied" by leaving the scope: only the obligations
    are. Applying every possible remedy, and asking again on the latest ``wait_until`` where
    one is given, meets every rule whose remedy is possible (decision P2 in
    ``docs/decisions.md``). Where time must pass, the remedies include what the later day
    needs too (a record on file by then, a new calendar year judged).

    Raises:
        TypeError: as :meth:`Standard.evaluate`.
        NotInForceError: the standard is not in force on ``as_of``.
    """
    _check_call(standard, subject, as_of, as_of, ("as_of", "as_of"))
    found: dict[tuple[str, str], Remedy] = {}
    root = snake_case(standard.subject.__name__)
    changed, day = subject, as_of
    for _ in range(_PASSES):
        verdict = standard.evaluate(changed, as_of=day)
        _mend(standard, verdict, changed, None, (day, None, None), root, (), found)
        later = max((r.wait_until for r in found.values() if r.wait_until), default=day)
        if later <= day:
            break
        # Asked again when the waiting is over, with every change made: what more it needs.
        changed, day = subject, later
        for remedy in found.values():
            if remedy.possible:
                changed = remedy.apply(changed)
        try:
            standard._assert_in_force(changed, day)
        except NotInForceError:
            break
    return tuple(_on(subject, remedy) for remedy in found.values())


_PASSES = 8  # a bound on the days asked again: each pass asks on a later day than the last


def _then(earlier: Remedy, later: Remedy) -> Remedy:
    """One remedy making ``earlier``'s change and then ``later``'s (found on a later day)."""
    if not earlier.possible:
        return earlier
    first, then = earlier._apply, later._apply
    apply = None if first is None or then is None else (lambda subject: then(first(subject)))
    days = [day for day in (earlier.by, later.by) if day is not None]
    waits = [day for day in (earlier.wait_until, later.wait_until) if day is not None]
    return Remedy(
        rule_id=earlier.rule_id,
        citation=earlier.citation,
        path=earlier.path,
        action=f"{earlier.action}; then {later.action}",
        by=min(days, default=None),
        wait_until=max(waits, default=None),
        options=earlier.options,
        reason=later.reason,
        apply=apply,
    )


def _on(subject: Any, remedy: Remedy) -> Remedy:
    """``remedy`` with its path cut to the part that is there on ``subject`` (NO_MOU, say)."""
    head, *names = remedy.path.split(".")
    value, kept = subject, [head]
    for name in names:
        if not hasattr(value, name):
            break
        value = getattr(value, name)
        kept.append(name)
    path = ".".join(kept)
    if path == remedy.path:
        return remedy
    fields = {name: getattr(remedy, name) for name in remedy._fields}
    return Remedy(**{**fields, "path": path}, apply=remedy._apply)


def _mend(  # noqa: PLR0917 - the recursion passes what it has
    standard: Standard[Any],
    verdict: Verdict,
    subject: Any,
    gone: _Gone,
    when: tuple[date, date | None, date | None],
    prefix: str,
    names: tuple[str, ...],
    found: dict[tuple[str, str], Remedy],
) -> None:
    """Add a remedy for each rule not met under ``verdict``, as ``_evaluate`` reached them.

    Each is keyed by its rule and the record it reads; one found already is kept.

    ``when`` is the date the standard is judged at, the horizon its rules look ahead to, and
    the start it is judged at whatever the day asked (a past start), if so.
    """
    if verdict.outcome is Outcome.MET:
        return
    as_of, horizon, fixed = when
    absent = subject is None or gone is not None
    context = Context(as_of, standard._parameters, horizon)
    for part, child in zip(standard._active, verdict.children, strict=True):
        if child.outcome is Outcome.MET:
            continue
        value, value_gone = _reached(part, subject, absent, gone)
        deeper = not absent and bool(part.path)
        path = f"{prefix}.{part.path}" if deeper else prefix
        reached = (*names, part.path) if deeper else names
        item = part.item
        if isinstance(item, Standard):
            child_as_of, child_horizon = _timing(part, subject, absent, as_of, horizon)
            past_start = part.at_start and not absent and as_of >= subject.start
            timing = (child_as_of, child_horizon, subject.start if past_start else fixed)
            _mend(item, child, value, value_gone, timing, path, reached, found)
        else:
            remedy = _remedy(item, value, value_gone, context, path, reached, fixed)
            earlier = found.get((item.id, path))
            # Not met on a later day even with its earlier remedy made: that day needs more.
            found[item.id, path] = remedy if earlier is None else _then(earlier, remedy)


def _remedy(  # noqa: PLR0917 - what the walk reached
    rule: Rule,
    value: Any,
    gone: _Gone,
    context: Context,
    path: str,
    names: tuple[str, ...],
    fixed: date | None,
) -> Remedy:
    citation = rule.source.citation
    if rule.mend is None:
        return Remedy(
            rule_id=rule.id,
            citation=citation,
            path=path,
            action="see the rule's reason",
            reason=f"{rule.id} is written without mend=, so it says nothing of what would meet it",
        )
    blank: Any = None
    if value is None or gone is not None:
        # The record the rule reads is missing: one must be recorded, and mended.
        kind = rule.subject.__name__
        words = gone[1] if gone is not None else f"{path} is unknown"
        try:
            blank = rule.subject()
        except (InvalidRecordError, TypeError, ValueError):
            return Remedy(rule_id=rule.id, citation=citation, path=path, action=f"record the {kind}",
                          reason=f"{words}, and a {kind} cannot be recorded without its facts")  # fmt: skip
        fix = (
            Fix("", "nothing more", lambda record: record)
            if rule.outcome(blank, context) is Outcome.MET
            else rule.mend(blank, context)
        )
        action = f"{words}: record one ({fix.action})"
        where = path
    else:
        fix = rule.mend(value, context)
        action = fix.action
        where = f"{path}.{fix.path}" if fix.path else path
    if fixed is not None and fix.wait_until is not None:
        # Judged as of a start already past, the rule sees no later day: waiting cannot help.
        fix = Fix(
            fix.path,
            f"meet it by the assignment's start, {fixed.isoformat()}",
            why_not=f"the start is past, and time alone meets it only on "
            f"{fix.wait_until.isoformat()}",
        )
        action = fix.action
    change = fix.change
    apply: Callable[[Any], Any] | None = None
    if fix.possible:
        apply = _identity if change is None else _along(names, change, rule.subject, blank)
    return Remedy(
        rule_id=rule.id,
        citation=citation,
        path=where,
        action=action,
        by=fix.by,
        wait_until=fix.wait_until,
        options=fix.options,
        reason=fix.why_not,
        apply=apply,
    )


def _identity(subject: Any) -> Any:
    return subject


def _along(
    names: tuple[str, ...], change: Callable[[Any], Any], kind: type, blank: Any
) -> Callable[[Any], Any]:
    """``change`` made to the record at ``names`` from the subject; a missing one starts blank."""

    def apply(record: Any, at: int = 0) -> Any:
        if at == len(names):
            if blank is not None and not isinstance(record, kind):
                record = blank
            return change(record)
        name = names[at]
        return attrs.evolve(record, **{name: apply(getattr(record, name), at + 1)})

    return apply
