"""The ``hypothesis`` entry point: register a strategy for every record, lazily.

Hypothesis runs :func:`_hypothesis_setup_hook` when it is imported, in any environment where
``sro_domain`` is installed, so ``st.from_type(Officer)`` works in a downstream suite with no
set-up. The hook registers resolver functions that import :mod:`sro_domain.strategies` only
when a strategy is first asked for: importing it from here would be circular (it imports
Hypothesis, which is running this hook).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sro_domain import models
from sro_domain._value import snake_case

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy


def strategy_name(type_name: str) -> str:
    """The strategy of a record type: its name in snake case, plural.

    ``ServicePeriod`` → ``service_periods``, ``Agency`` → ``agencies``, ``YearWeeks`` →
    ``year_weeks``.
    """
    snake = snake_case(type_name)
    if snake.endswith("s"):
        return snake
    if snake.endswith("y") and snake[-2:-1] not in "aeiou":
        return f"{snake[:-1]}ies"
    return f"{snake}s"


# Importing this module has imported the package, and with it the records, already.
_STRATEGY_FOR = {record.__name__: strategy_name(record.__name__) for record in models.RECORDS}


def _resolver(name: str) -> Any:
    def resolve(thing: type) -> SearchStrategy[Any]:
        from sro_domain import strategies  # noqa: PLC0415 - lazily, see the module docstring

        return getattr(strategies, name)()  # type: ignore[no-any-return]

    return resolve


def _hypothesis_setup_hook() -> None:
    """Register every record type with ``st.register_type_strategy``."""
    from hypothesis import strategies as st  # noqa: PLC0415 - only when Hypothesis calls us

    for type_name, strategy_name in _STRATEGY_FOR.items():
        st.register_type_strategy(getattr(models, type_name), _resolver(strategy_name))
