"""The project's own files agree with each other: versions, Pythons, the hosted docs, enums."""

import enum
import importlib
import pkgutil
import re
from pathlib import Path

import sro_domain
from sro_domain import __version__
from sro_domain._enum import Enumeration

ROOT = Path(__file__).resolve().parent.parent


def _text(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def _latest_release() -> tuple[str, str]:
    match = re.search(
        r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", _text("CHANGELOG.md"), re.M
    )
    assert match is not None, "CHANGELOG.md has no release heading"
    return match.group(1), match.group(2)


def test_the_citation_names_the_latest_release() -> None:
    version, released = _latest_release()
    citation = _text("CITATION.cff")
    assert version == __version__
    assert re.search(rf"^version: {re.escape(version)}$", citation, re.M), (
        "CITATION.cff's version must be the latest release in CHANGELOG.md"
    )
    assert f'date-released: "{released}"' in citation, (
        "CITATION.cff's date-released must be the latest release's date in CHANGELOG.md"
    )


def test_nox_runs_every_python_the_package_claims() -> None:
    claimed = re.findall(r'"Programming Language :: Python :: (3\.\d+)"', _text("pyproject.toml"))
    floor = re.search(r'^requires-python = ">=(3\.\d+)"$', _text("pyproject.toml"), re.M)
    sessions = re.search(r"^PYTHONS = \[(.*)\]$", _text("noxfile.py"), re.M)
    assert floor is not None
    assert sessions is not None
    assert claimed[0] == floor.group(1)
    assert re.findall(r'"(3\.\d+)"', sessions.group(1)) == claimed, (
        "noxfile.py's PYTHONS must list every Python classifier in pyproject.toml"
    )


def test_read_the_docs_builds_the_site_ci_builds() -> None:
    """The hosted site is the one .ci/run checks: same configuration, warnings fail, nitpicky."""
    config = _text(".readthedocs.yaml")
    assert "configuration: docs/conf.py" in config
    assert "fail_on_warning: true" in config
    assert re.search(r"extra_requirements:\n\s+- docs\n", config)
    assert re.search(r"^nitpicky = True$", _text("docs/conf.py"), re.M)
    assert "-W -n" in _text(".ci/run")
    urls = re.search(r"^\[project\.urls\]\n(.*?)\n\n", _text("pyproject.toml"), re.M | re.S)
    assert urls is not None
    assert 'Documentation = "https://sro-domain.readthedocs.io/"' in urls.group(1)


def test_the_notice_that_this_is_not_legal_advice() -> None:
    """On the two pages a new user reads first."""
    assert "**Not legal advice.**" in _text("README.md")
    assert "{admonition} Not legal advice" in _text("docs/index.md")


def test_every_enum_of_the_library_hashes_its_members_by_identity() -> None:
    """Members are singletons: ``object.__hash__`` keeps sets and dicts alike, at C speed."""
    found = []
    for module in pkgutil.walk_packages(sro_domain.__path__, "sro_domain."):
        loaded = importlib.import_module(module.name)
        for value in vars(loaded).values():
            if isinstance(value, enum.EnumMeta) and value.__module__ == module.name:
                found.append(value)
                assert issubclass(value, Enumeration), (
                    f"{value.__name__} in {loaded.__file__} is an enum.Enum: "
                    "derive it from sro_domain._enum.Enumeration"
                )
                for member in value:
                    assert hash(member) == object.__hash__(member)
                    assert {member: 1}[value(member.value)] == 1
    assert sro_domain.Outcome in found
    assert sro_domain.TrainingKind in found
