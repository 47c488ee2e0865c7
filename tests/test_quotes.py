"""Every rule quotes its source's exact words (SPEC §1, principle 2).

A quote may join exact fragments with " … "; each fragment must appear in the fact sheet or the
seed page (``docs/sources/``), allowing only for typography: curly quotes and apostrophes, and
line breaks or bullets where the source sets a list on separate lines.
"""

import re
from pathlib import Path

import pytest

from sro_domain import RULES, ProgramGoal, Rule

SOURCES_DIR = Path(__file__).resolve().parent.parent / "docs" / "sources"


def _normalise(text: str) -> str:
    table: dict[str, str | int | None] = {
        "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2022": " ", "\u00a0": " "
    }  # fmt: skip
    text = text.translate(str.maketrans(table))
    text = re.sub(r"^\s*>\s?", " ", text, flags=re.MULTILINE)  # blockquote markers
    text = re.sub(r"\[nested sub-bullets in source:\]", " ", text)
    return re.sub(r"\s+", " ", text)


CORPUS = _normalise("\n".join(p.read_text(encoding="utf-8") for p in sorted(SOURCES_DIR.iterdir())))


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
def test_every_fragment_of_every_quote_is_in_the_sources(rule: Rule) -> None:
    for fragment in rule.quote.split(" … "):
        assert _normalise(fragment).strip() in CORPUS, fragment


@pytest.mark.parametrize("goal", list(ProgramGoal), ids=[g.name for g in ProgramGoal])
def test_program_goals_quote_their_source(goal: ProgramGoal) -> None:
    assert _normalise(goal.text) in CORPUS


def test_the_check_would_catch_a_paraphrase() -> None:
    assert _normalise("Officers should have three years of experience") not in CORPUS
