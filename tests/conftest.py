"""Hypothesis profiles: ``ci`` drops the deadline so a loaded 2-core machine cannot flake.

``dev`` (the default outside CI) runs half the examples of ``ci``, ``thorough`` ten times as
many (``tests/budgets.py``).
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None, max_examples=50)
# Ten times the ci budgets (tests/budgets.py), for a long run: hours on two cores.
settings.register_profile(
    "thorough", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=1000
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
