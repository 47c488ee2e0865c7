"""The ``hypothesis`` entry point: register a strategy for every record, lazily.

Hypothesis runs :func:`_hypothesis_setup_hook` when it is imported, in any environment where
``sro_domain`` is installed, so ``st.from_type(Officer)`` works in a downstream suite with no
set-up. The hook registers resolver functions that import :mod:`sro_domain.strategies` only
when a strategy is first asked for: importing it from here would be circular (it imports
Hypothesis, which is running this hook).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

_STRATEGY_FOR = {
    "Agency": "agencies",
    "School": "schools",
    "ServicePeriod": "service_periods",
    "Training": "trainings",
    "ConductRecord": "conduct_records",
    "Officer": "officers",
    "Mou": "mous",
    "YearWeeks": "year_weeks",
    "Funding": "fundings",
    "Assignment": "assignments",
    "SroResponse": "sro_responses",
}


def _resolver(name: str) -> Any:
    def resolve(thing: type) -> SearchStrategy[Any]:
        from sro_domain import strategies  # noqa: PLC0415 - lazily, see the module docstring

        return getattr(strategies, name)()  # type: ignore[no-any-return]

    return resolve


def _hypothesis_setup_hook() -> None:
    """Register every record type with ``st.register_type_strategy``."""
    from hypothesis import strategies as st  # noqa: PLC0415 - only when Hypothesis calls us

    from sro_domain import models  # noqa: PLC0415 - keep the hook import-light

    for type_name, strategy_name in _STRATEGY_FOR.items():
        st.register_type_strategy(getattr(models, type_name), _resolver(strategy_name))
