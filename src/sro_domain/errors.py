"""The exceptions ``sro_domain`` raises.

Every exception derives from :class:`SRODomainError`, and each also subclasses the built-in
exception whose meaning it shares, so ``except ValueError`` keeps working for callers who do
not know this library.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sro_domain.rules import Verdict

__all__ = [
    "InvalidParameterError",
    "InvalidRecordError",
    "NotInForceError",
    "SRODomainError",
    "UndeterminedError",
    "UnknownTitleError",
]


class SRODomainError(Exception):
    """The root of every exception raised by ``sro_domain``."""


class InvalidRecordError(SRODomainError, ValueError):
    """A model was given a value it cannot hold; raised by the model's constructor.

    Attributes:
        field: the name of the rejected field (``"hours"``, ``"service_periods"``).
        value: the rejected value, exactly as given.
        requirement: what the field must be, in words (``"be greater than 0"``).

    >>> from datetime import date
    >>> from decimal import Decimal
    >>> from sro_domain import Training, TrainingKind
    >>> Training(course="Basic SRO", kind=TrainingKind.SCHOOL_POLICING,
    ...          hours=Decimal("-4"), completed_on=date(2020, 1, 1))
    Traceback (most recent call last):
    ...
    sro_domain.errors.InvalidRecordError: Training.hours must be greater than 0, got Decimal('-4')
    """

    def __init__(self, field: str, value: object, message: str, requirement: str = "") -> None:
        super().__init__(message)
        self.field = field
        self.value = value
        self.requirement = requirement

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled for process pools: rebuilt from the same arguments (decision D7).
        return (self.__class__, (self.field, self.value, str(self), self.requirement))


class UndeterminedError(SRODomainError, ValueError):
    """A ``bool`` predicate met an ``UNKNOWN`` outcome and cannot answer yes or no.

    The full explained verdict is on :attr:`verdict`; its ``missing`` names the inputs that
    would settle the question. (The verdict is built when first asked for, so a caller that
    only catches the error does not pay for the explanation.)
    """

    def __init__(self, verdict: Verdict | Callable[[], Verdict]) -> None:
        super().__init__()
        self._verdict = verdict

    @property
    def verdict(self) -> Verdict:
        """The explained ``UNKNOWN`` verdict."""
        verdict = self._verdict
        if callable(verdict):
            verdict = self._verdict = verdict()
        return verdict

    def __reduce__(self) -> tuple[object, ...]:
        return (self.__class__, (self.verdict,))

    def __str__(self) -> str:
        verdict = self.verdict
        paths = ", ".join(sorted(verdict.missing))
        return (
            f"{verdict.id} is undetermined as of {verdict.as_of.isoformat()}: "
            f"unknown {paths}; call evaluate() for the explained verdict"
        )


class NotInForceError(SRODomainError, ValueError):
    """A standard was evaluated at a date on which its source was not in force.

    No data could make such a question answerable, so it is an error rather than ``UNKNOWN``.
    """


class InvalidParameterError(SRODomainError, ValueError):
    """A standard's parameter was given a value it cannot take (``configure(min_years=0)``).

    Attributes:
        name: the parameter's name.
        value: the rejected value, exactly as given.
    """

    def __init__(self, name: str, value: object, message: str) -> None:
        super().__init__(message)
        self.name = name
        self.value = value

    def __reduce__(self) -> tuple[object, ...]:
        return (self.__class__, (self.name, self.value, str(self)))


class UnknownTitleError(SRODomainError, ValueError):
    """:meth:`sro_domain.Role.from_title` was given a title no source uses for a triad role."""
