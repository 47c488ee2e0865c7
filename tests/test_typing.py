"""The types users see: a standard is typed by the record it evaluates, a parameter by its value.

mypy runs here on a small snippet of user code, so the annotations the library ships are tested
as users meet them, not only as the library's own sources use them.
"""

from __future__ import annotations

from pathlib import Path

from mypy import api

SNIPPET = """\
from datetime import date

from sro_domain import NASRO_SELECTION, Assignment, Context, Officer
from sro_domain.standards.nasro import MIN_YEARS


def screen(assignment: Assignment, officer: Officer) -> None:
    NASRO_SELECTION.evaluate(officer, as_of=date(2024, 1, 1))
    NASRO_SELECTION.evaluate(assignment, as_of=date(2024, 1, 1))  # line 9: not an Officer
    NASRO_SELECTION.holds(assignment.officer, as_of=date(2024, 1, 1))


def years(context: Context) -> str:
    return context[MIN_YEARS]  # line 14: an int, not a str
"""


def test_mypy_catches_the_wrong_record_and_the_wrong_parameter_type(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(SNIPPET, encoding="utf-8")
    report, errors, status = api.run(
        ["--strict", "--no-incremental", "--python-version", "3.10", str(snippet)]
    )
    assert errors == ""
    lines = [line for line in report.splitlines() if ": error:" in line]
    assert status == 1, report
    assert [line.split(":")[1] for line in lines] == ["9", "14"], report
    assert (
        '"evaluate" of "Standard" has incompatible type "Assignment"; expected "Officer"'
        in (lines[0])
    )
    assert 'Incompatible return value type (got "int", expected "str")' in lines[1]
