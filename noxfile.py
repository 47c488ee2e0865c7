"""The supported-Python matrix: ``nox -s tests-3.10`` (or ``nox`` for every version found).

``.ci/run`` checks every gate on one interpreter, for speed; these sessions run the test suite on
each Python the package claims. See CONTRIBUTING.md for making the interpreters findable.
"""

from __future__ import annotations

import nox

nox.options.sessions = ["tests"]
nox.options.error_on_missing_interpreters = False  # a missing Python is reported, not run

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The whole suite, doctests and the documentation site's checks included."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "pytest", *session.posargs)
