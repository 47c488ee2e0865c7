"""How many examples each property test runs, scaled by the Hypothesis profile in use.

The budgets in the test files are those of the ``ci`` profile, which ``.ci/run`` uses: enough
for every standard, rule and record type of the registry on every run, within the suite's five
minutes on two cores. The ``dev`` profile (the default outside CI) runs half of each, and
``thorough`` ten times as many, for a long run before a release or after a change to the
strategies: ``HYPOTHESIS_PROFILE=thorough python -m pytest``.
"""

from typing import Any

from hypothesis import settings

# The profiles' max_examples, against Hypothesis's default of 100 (the ci profile's).
_FULL = 100


def budget(examples: int, *parent: settings, **changes: Any) -> settings:
    """``settings(*parent, max_examples=examples, **changes)``, scaled by the loaded profile."""
    scaled = max(1, examples * settings().max_examples // _FULL)
    return settings(*parent, max_examples=scaled, **changes)
