"""``python -m sro_domain`` prints the explained verdicts of three example assignments."""

import subprocess
import sys
from datetime import date

import pytest

from sro_domain import FEDERAL_DEFINITION, NASRO_ASSIGNMENT, SAFER_SCHOOLS_DEFINITION, Outcome
from sro_domain.examples import COMMUNITY_SRO, CRISIS_PLACEMENT, EXAMPLES, SECURITY_GUARD, demo_text


def test_the_demo_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sro_domain"], capture_output=True, text=True, check=True
    )
    assert result.stdout == demo_text()
    assert result.stderr == ""


def test_the_demo_shows_each_example_under_each_standard() -> None:
    text = demo_text()
    for title, _, _ in EXAMPLES:
        assert title in text
    for standard in ("federal-definition", "safer-schools-definition", "nasro-assignment"):
        assert text.count(f"   {standard}: ") == 3
    assert text.count("Who counts as an SRO, as of") == 3
    assert "  nc-statute                  MET" in text


def test_the_examples_tell_their_stories() -> None:
    """The model SRO meets all three; the guard and the crisis placement are no SROs."""
    outcomes = {
        name: tuple(
            s.evaluate(subject, as_of=as_of).outcome
            for s in (FEDERAL_DEFINITION, SAFER_SCHOOLS_DEFINITION, NASRO_ASSIGNMENT)
        )
        for name, subject, as_of in (
            ("sro", COMMUNITY_SRO, date(2024, 9, 3)),
            ("guard", SECURITY_GUARD, date(2024, 9, 3)),
            ("crisis", CRISIS_PLACEMENT, date(2024, 3, 1)),
        )
    }
    assert outcomes["sro"] == (Outcome.MET,) * 3
    assert outcomes["guard"] == (Outcome.NOT_MET,) * 3
    assert outcomes["crisis"][1] is Outcome.NOT_MET


def test_main_prints_the_demo(capsys: "pytest.CaptureFixture[str]") -> None:
    from sro_domain.cli import main

    assert main([]) == 0
    assert capsys.readouterr().out == demo_text()


def test_the_demo_shows_when_and_what_it_would_take() -> None:
    """Each example's NASRO timeline over its year and its remedies, as the library gives them."""
    from sro_domain import remedies, timeline

    text = demo_text()
    for _, subject, as_of in EXAMPLES:
        first, last = date(as_of.year, 1, 1), date(as_of.year, 12, 31)
        spans = timeline(NASRO_ASSIGNMENT, subject, start=first, end=last)
        shown = "\n".join(f"    {span}" for span in spans)
        assert f"When: nasro-assignment, {first} to {last}\n{shown}\n" in text
        found = remedies(NASRO_ASSIGNMENT, subject, as_of=as_of)
        listed = "\n".join(f"    {remedy}" for remedy in found) or "    nothing: it is met"
        assert f"What it would take: nasro-assignment, as of {as_of}\n{listed}" in text
    assert "    nothing: it is met" in text  # the model SRO
    assert "— not possible: " in text  # the guard
