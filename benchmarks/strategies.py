"""How long the targeted strategies take: 1,000 examples of ``satisfying`` per standard.

Run from a clone, after ``pip install -e '.[test]'``::

    python benchmarks/strategies.py

Each figure sits next to ``st.builds(Officer, id=...)`` timed in the same run (an officer's id
must be a non-empty string, which ``builds`` cannot infer, so it is given) and next to
``st.from_type(Officer)`` (every field drawn), so the ratios hold on any machine. Generation
only: no test body, no shrinking.
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from sro_domain import STANDARDS, Officer
from sro_domain.strategies import satisfying

EXAMPLES = 1_000


def seconds_for(strategy: st.SearchStrategy[Any], repeats: int = 3) -> float:
    """Median seconds to generate ``EXAMPLES`` examples of ``strategy``."""

    @settings(
        max_examples=EXAMPLES,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def generate(example: Any) -> None:
        pass

    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        generate()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> int:
    """Print the table."""
    baseline = seconds_for(
        st.builds(Officer, id=st.from_regex(r"[A-Z]-[0-9]{1,6}", fullmatch=True))
    )
    print(f"{EXAMPLES:,} examples each (median of 3 runs)")
    print(f"  {'st.builds(Officer, id=...)':42} {baseline:7.2f} s   1.00x")
    typed = seconds_for(st.from_type(Officer))
    print(f"  {'st.from_type(Officer)':42} {typed:7.2f} s {typed / baseline:6.2f}x")
    for standard_id, standard in STANDARDS.items():
        took = seconds_for(satisfying(standard))
        print(f"  {'satisfying(' + standard_id + ')':42} {took:7.2f} s {took / baseline:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
