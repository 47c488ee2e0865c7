"""The documentation site shows every public name and every rule, generated from the code.

The site is built once for these tests: ``.ci/run`` builds it with warnings as errors and passes
its folder in ``SRO_DOCS_HTML``; without that variable the tests build it themselves, the same
way, into a temporary folder. (The docs' examples run as doctests with the rest of the suite.)
"""

from __future__ import annotations

import html
import itertools
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import sro_domain
from sro_domain import RULES, SOURCES, STANDARDS, Outcome, Rule, Standard
from tests.command_line import run

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

SPHINX_BUILD = [sys.executable, "-m", "sphinx", "-W", "-n", "--keep-going", "-q", "-b", "html"]
"""The build command of ``.ci/run`` and the README, less its folders."""

pytestmark = pytest.mark.xdist_group("docs")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built HTML site."""
    given = os.environ.get("SRO_DOCS_HTML")
    if given:
        return ROOT / given
    out = tmp_path_factory.mktemp("html")
    build = subprocess.run(
        [*SPHINX_BUILD, str(DOCS), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    return out


def _page(site: Path, name: str) -> str:
    path = site / f"{name}.html"
    assert path.is_file(), f"{path} was not built"
    return path.read_text(encoding="utf-8")


def _text(page: str) -> str:
    """The page's words: tags dropped, entities decoded, white space collapsed."""
    words = html.unescape(re.sub(r"<[^>]+>", " ", page))
    return " ".join(words.split())


def test_a_broken_example_or_cross_reference_fails_the_build(tmp_path: Path) -> None:
    """The build is the check: a rule without a worked example, an example that no longer
    gives its outcome, an example that is no valid record, and a reference to nothing are each
    an error under ``-W -n``.
    """
    shutil.copytree(DOCS, tmp_path / "docs", ignore=shutil.ignore_patterns("_build"))
    shutil.copy(ROOT / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    examples = tmp_path / "docs" / "_ext" / "catalogue_examples.py"
    source = examples.read_text(encoding="utf-8")
    source = source.replace(
        '"safer_schools.permanent_assignment": Example',
        '"safer_schools.permanent_assignment.renamed": Example',
    )
    source = source.replace(
        'Example({"action": SroAction.ARREST})',
        'Example({"action": SroAction.COUNSEL})',
    )
    source = source.replace(
        'Example({"weeks_per_year": (YearWeeks(year=2024, weeks=10),)})',
        'Example({"weeks_per_year": (YearWeeks(year=2024, weeks=40),)})',
    )
    source = source.replace(
        'unknown whether it is.\n    "nc.statute.covered_school"',
        'unknown whether it is.\n    "nc.statute.covered_school.renamed"',
    )
    examples.write_text(source, encoding="utf-8")
    with (tmp_path / "docs" / "concepts.md").open("a", encoding="utf-8") as page:
        page.write("\nSee {py:class}`sro_domain.NoSuchRecord`.\n")
    # The dummy builder reads and resolves every page as the HTML one does, writing none.
    build = subprocess.run(
        [*SPHINX_BUILD[:-1], "dummy", str(tmp_path / "docs"), str(tmp_path / "html")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode != 0
    assert "rule safer_schools.permanent_assignment has no failing example" in build.stderr
    assert (
        "the NOT MET example of rule nasro.discipline.no_arrest_for_school_matter gives MET"
        in build.stderr
    )
    assert "rule nc.statute.covered_school has no UNKNOWN example" in build.stderr
    assert (
        "the NOT MET example of rule nc.statute.weeks_per_year in "
        "docs/_ext/catalogue_examples.py is not a valid record" in build.stderr
    )
    assert "sro_domain.NoSuchRecord" in build.stderr


def test_every_public_name_is_in_the_api_reference(site: Path) -> None:
    page = _page(site, "api")
    missing = [name for name in sro_domain.__all__ if f'id="sro_domain.{name}"' not in page]
    assert missing == []


@pytest.mark.parametrize("module", ["conditions", "strategies", "codec", "schema", "examples"])
def test_every_public_name_of_the_optional_modules_is_in_the_api_reference(
    site: Path, module: str
) -> None:
    page = _page(site, "api")
    names = __import__(f"sro_domain.{module}", fromlist=["__all__"]).__all__
    missing = [name for name in names if f'id="sro_domain.{module}.{name}"' not in page]
    assert missing == []


def test_every_rule_is_in_the_catalogue_with_its_exact_words_and_citation(site: Path) -> None:
    page = _page(site, "catalogue")
    words = _text(page)
    for rule in RULES.values():
        anchor = "rule-" + re.sub(r"[^a-z0-9]", "-", rule.id)
        assert f'id="{anchor}"' in page, rule.id
        assert rule.id in words, rule.id
        assert f"“{' '.join(rule.quote.split())}”" in words, rule.id
        assert rule.source.citation in words, rule.id


def test_every_standard_and_source_is_in_the_catalogue(site: Path) -> None:
    page = _page(site, "catalogue")
    for standard in STANDARDS.values():
        assert f'id="standard-{standard.id}"' in page, standard.id
    for source in SOURCES.values():
        assert f'id="source-{source.id}"' in page, source.id
        if source.url is not None:
            assert f'href="{html.escape(source.url)}"' in page, source.id


def test_the_catalogue_shows_a_passing_and_a_failing_example_per_rule(site: Path) -> None:
    """Each rule's worked examples are evaluated at build time: one MET, one NOT MET, and one
    UNKNOWN for every rule that can be unknown, each shown as plain field changes.
    """
    from sro_domain.strategies._targets import Plan

    words = _text(_page(site, "catalogue"))
    sections = words.split("Worked examples, evaluated by the library when this page was built:")
    assert len(sections) == len(RULES) + 1
    for section in sections[1:]:
        assert section.lstrip().startswith("MET ")
        assert " NOT MET With " in section
    homes = {rule.id: standard for standard in STANDARDS.values() for rule in standard.rules}
    homes.update({r.id: s for s in STANDARDS.values() for r in s.scope_rules})
    can_be_unknown = sum(
        Outcome.UNKNOWN in Plan(homes.get(rule_id) or _alone(rule)).possible(rule_id)
        for rule_id, rule in RULES.items()
    )
    # Every rule the strategies can leave undetermined, and any other an unknown fact leaves so
    # (the COPS scope, when the funding is unknown).
    unknown_examples = words.count(" UNKNOWN With ")
    assert unknown_examples >= can_be_unknown
    assert "officer's hired permanently: no" in words  # a change in words, not a repr
    assert "hours per week: 19.5" in words
    changes = re.findall(r" (?:NOT MET|UNKNOWN) With (.*?), as of \d{4}-\d\d-\d\d", words)
    assert len(changes) == words.count(" NOT MET With ") + unknown_examples
    shown_as_python = [
        c for c in changes if re.search(r"Decimal\(|frozenset\(|date\(|True|False", c)
    ]
    assert shown_as_python == []


def test_the_catalogue_says_what_would_meet_each_rule(site: Path) -> None:
    """Under each worked example that is not met, the remedy the library proposes, of its kind:
    a change, a wait, or none possible (with why).
    """
    words = _text(_page(site, "catalogue"))
    sections = words.split("Worked examples, evaluated by the library when this page was built:")
    obligations = {rule.id for standard in STANDARDS.values() for rule in standard.rules}
    kinds: set[str] = set()
    for head, section in itertools.pairwise(sections):
        rule_id = max(RULES, key=head.rfind)
        if rule_id not in obligations:
            continue  # a scope is not remedied
        examples = section.count(" NOT MET With ") + section.count(" UNKNOWN With ")
        found = re.findall(r"Remedy(?: \((change|wait)\):|: (none) possible\.)", section)
        assert len(found) >= examples, f"{rule_id}: a remedy under each example not met"
        kinds.update(kind for pair in found for kind in pair if kind)
    assert kinds == {"change", "wait", "none"}


def _alone(rule: Rule) -> Standard:
    return Standard(id="alone", title="A", subject=rule.subject, source=rule.source, parts=[rule])


def test_the_quotes_are_set_apart_from_our_words(site: Path) -> None:
    page = _page(site, "catalogue")
    assert page.count('class="rule-quote') == len(RULES)
    assert ".rule-quote" in (site / "_static" / "sro_domain.css").read_text(encoding="utf-8")


def test_the_changelog_page_includes_the_changelog(site: Path) -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = [line.lstrip("#").strip() for line in changelog.splitlines() if line[:3] == "## "]
    words = _text(_page(site, "changelog"))
    assert len(headings) >= 2
    assert all(heading.replace("[", "").replace("]", "") in words for heading in headings)


def test_the_readme_links_to_the_docs_and_gives_the_build_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python -m sphinx -W -n -b html docs docs/_build/html" in readme
    assert "docs/index.md" in readme


def _sessions(page: Path) -> list[tuple[str, int, list[str]]]:
    """Each ``$ ...`` command of the page's console blocks, with the exit status of its
    ``# exit N`` comment (0 without one) and the output shown under it.
    """
    sessions: list[tuple[str, int, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", page.read_text(encoding="utf-8"), re.S):
        for chunk in block.split("$ ")[1:]:
            command, *output = chunk.rstrip("\n").split("\n")
            command, _, status = command.partition("  # exit ")
            sessions.append((command, int(status or 0), output))
    return sessions


def _matches(expected: list[str], actual: list[str]) -> bool:
    """Whether the output matches line by line.

    ``...`` at a line's end matches the rest of that line, and a ``...`` line any run of lines.
    """
    if not expected:
        return not actual
    head, *rest = expected
    if head == "...":
        return any(_matches(rest, actual[skip:]) for skip in range(len(actual) + 1))
    if not actual:
        return False
    line_matches = actual[0].startswith(head[:-3]) if head.endswith("...") else actual[0] == head
    return line_matches and _matches(rest, actual[1:])


SESSIONS = [
    (f"{page.name}: {command}", command, status, output)
    for page in sorted(DOCS.glob("*.md"))
    for command, status, output in _sessions(page)
]


def test_the_docs_have_command_line_sessions() -> None:
    pages = {name.partition(":")[0] for name, _, _, _ in SESSIONS}
    assert {"command-line.md", "tutorial.md"} <= pages
    assert len(SESSIONS) >= 8


@pytest.mark.parametrize(
    ("command", "status", "output"),
    [session[1:] for session in SESSIONS],
    ids=[session[0] for session in SESSIONS],
)
def test_every_command_line_session_in_the_docs_runs_as_shown(
    command: str, status: int, output: list[str]
) -> None:
    """A session is ``sro-domain ARGS`` or ``cat FILE | sro-domain ARGS``, run from the root."""
    stdin = None
    if command.startswith("cat "):
        piped, _, command = command.removeprefix("cat ").partition(" | ")
        stdin = (ROOT / piped).read_text(encoding="utf-8")
    assert command.startswith("sro-domain ")
    result = run(*shlex.split(command.removeprefix("sro-domain ")), stdin=stdin)
    assert result.returncode == status, result.stderr
    shown = (result.stdout + result.stderr).rstrip("\n").split("\n")
    assert _matches(output, shown), "\n".join(shown)


def test_the_jurisdictions_table_names_every_standard_and_rule() -> None:
    """The table opening docs/jurisdictions.md is written by hand: it must keep up."""
    rows = [
        line
        for line in (DOCS / "jurisdictions.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    ]
    names = {
        id(value): name
        for name in sro_domain.__all__
        if isinstance(value := getattr(sro_domain, name), Standard)
    }
    patterns = [re.findall(r"`([A-Za-z_.]+)\*?`", row) for row in rows]
    listed = {word for row in patterns for word in row}
    stars = [word.removesuffix("*") for row in rows for word in re.findall(r"`([A-Z_]+\*)`", row)]
    unlisted = [
        names[id(standard)]
        for standard in STANDARDS.values()
        if names[id(standard)] not in listed
        and not any(names[id(standard)].startswith(star) for star in stars)
    ]
    assert unlisted == [], f"add {', '.join(unlisted)} to the table in docs/jurisdictions.md"
    prefixes = [
        word.removesuffix("*") for row in rows for word in re.findall(r"`([a-z_.]+\*)`", row)
    ]
    uncovered = [rule_id for rule_id in RULES if not any(rule_id.startswith(p) for p in prefixes)]
    assert uncovered == [], (
        f"docs/jurisdictions.md's table gives no rule-id prefix for {', '.join(uncovered)}"
    )


def test_the_readme_table_names_every_built_in_standard() -> None:
    """The README's "What is in it" table is written by hand: it must keep up."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([A-Z_]+)` \|", readme, re.M))
    names = {name for name in sro_domain.__all__ if isinstance(getattr(sro_domain, name), Standard)}
    assert names - listed == set(), f"add {sorted(names - listed)} to the table in README.md"
