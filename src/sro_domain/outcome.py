"""Three-valued outcomes and Kleene's strong logic over them.

A fact the sources ask about may be unknown, so a rule answers ``MET``, ``NOT_MET`` or
``UNKNOWN``. Combining outcomes follows Kleene's strong three-valued logic, reading ``MET`` as
true and ``NOT_MET`` as false: ``NOT_MET & UNKNOWN`` is ``NOT_MET`` (one failure settles a
conjunction) while ``MET & UNKNOWN`` stays ``UNKNOWN``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NoReturn

from sro_domain._enum import Enumeration

__all__ = ["Outcome"]


class Outcome(Enumeration):
    """The answer of a rule or a standard: ``MET``, ``NOT_MET`` or ``UNKNOWN``.

    ``&``, ``|`` and ``~`` follow Kleene's strong three-valued logic:

    >>> Outcome.MET & Outcome.UNKNOWN
    <Outcome.UNKNOWN: 'unknown'>
    >>> Outcome.NOT_MET & Outcome.UNKNOWN
    <Outcome.NOT_MET: 'not_met'>
    >>> Outcome.MET | Outcome.UNKNOWN
    <Outcome.MET: 'met'>
    >>> ~Outcome.UNKNOWN
    <Outcome.UNKNOWN: 'unknown'>

    An outcome has no truth value, because ``if verdict.outcome:`` would be true for
    ``NOT_MET`` too; compare with ``Outcome.MET`` instead:

    >>> bool(Outcome.NOT_MET)
    Traceback (most recent call last):
    ...
    TypeError: an Outcome has no truth value (UNKNOWN is neither); compare with Outcome.MET, e.g. `outcome is Outcome.MET`
    """

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"

    def __bool__(self) -> NoReturn:
        raise TypeError(
            "an Outcome has no truth value (UNKNOWN is neither); compare with Outcome.MET, "
            "e.g. `outcome is Outcome.MET`"
        )

    def __and__(self, other: Outcome) -> Outcome:
        if not isinstance(other, Outcome):
            return NotImplemented
        return _BY_RANK[min(_RANK[self], _RANK[other])]

    def __or__(self, other: Outcome) -> Outcome:
        if not isinstance(other, Outcome):
            return NotImplemented
        return _BY_RANK[max(_RANK[self], _RANK[other])]

    def __invert__(self) -> Outcome:
        return _BY_RANK[2 - _RANK[self]]

    @classmethod
    def of(cls, value: bool | None) -> Outcome:
        """The outcome of a known or unknown fact: ``True`` → MET, ``False`` → NOT_MET, ``None`` → UNKNOWN.

        >>> Outcome.of(None)
        <Outcome.UNKNOWN: 'unknown'>
        """
        if value is None:
            return cls.UNKNOWN
        return cls.MET if value else cls.NOT_MET

    @classmethod
    def all_of(cls, outcomes: Iterable[Outcome]) -> Outcome:
        """Fold with ``&``; the conjunction of nothing is ``MET``.

        >>> Outcome.all_of([Outcome.MET, Outcome.UNKNOWN, Outcome.NOT_MET])
        <Outcome.NOT_MET: 'not_met'>
        >>> Outcome.all_of([])
        <Outcome.MET: 'met'>
        """
        rank = 2
        for outcome in outcomes:
            rank = min(rank, _RANK[outcome])
            if rank == 0:
                break
        return _BY_RANK[rank]

    @classmethod
    def any_of(cls, outcomes: Iterable[Outcome]) -> Outcome:
        """Fold with ``|``; the disjunction of nothing is ``NOT_MET``.

        >>> Outcome.any_of([Outcome.NOT_MET, Outcome.UNKNOWN])
        <Outcome.UNKNOWN: 'unknown'>
        >>> Outcome.any_of([])
        <Outcome.NOT_MET: 'not_met'>
        """
        rank = 0
        for outcome in outcomes:
            rank = max(rank, _RANK[outcome])
            if rank == 2:
                break
        return _BY_RANK[rank]

    @property
    def label(self) -> str:
        """The outcome in words for people (``"MET"``, ``"NOT MET"`` or ``"UNKNOWN"``)."""
        return _LABELS[self]


# Read for every line of every explanation: worked out once.
_LABELS = {outcome: outcome.name.replace("_", " ") for outcome in Outcome}

# Kleene's order: false < unknown < true, so & is min and | is max.
_RANK = {Outcome.NOT_MET: 0, Outcome.UNKNOWN: 1, Outcome.MET: 2}
_BY_RANK = (Outcome.NOT_MET, Outcome.UNKNOWN, Outcome.MET)
