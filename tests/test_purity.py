"""The core stays pure and light: no I/O, no clock, no randomness, no Hypothesis."""

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import sro_domain

PACKAGE = Path(sro_domain.__file__).parent
# Edges may do I/O; everything else is the core.
EDGES = {"__main__.py", "cli.py", "strategies.py", "_hypothesis.py"}
CORE = sorted(
    p for p in PACKAGE.rglob("*.py") if p.name not in EDGES and "strategies" not in p.parts
)
IO_MODULES = {
    "os", "sys", "io", "pathlib", "logging", "socket", "subprocess", "random", "time",
    "shutil", "tempfile", "urllib", "http", "secrets", "uuid", "importlib", "pkgutil",
    "hypothesis", "threading", "asyncio", "requests",
}  # fmt: skip
CLOCK_CALLS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
}
IO_BUILTINS = {"open", "print", "input", "exec", "eval", "__import__"}


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in IO_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] in IO_MODULES:
                found.append(node.module)
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in IO_BUILTINS:
                found.append(f"{func.id}()")
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and (func.value.id, func.attr) in CLOCK_CALLS
            ):
                found.append(f"{func.value.id}.{func.attr}()")
    return found


def test_the_core_is_checked() -> None:
    names = {p.name for p in CORE}
    assert {"rules.py", "rule.py", "standard.py", "verdict.py", "models.py", "nasro.py"} <= names


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_module_does_no_io_and_reads_no_clock(path: Path) -> None:
    """The core does no I/O: no files, network, environment, logging, clock or randomness."""
    assert _problems(path) == []


ENGINE = ["rules.py", "rule.py", "standard.py", "verdict.py", "conditions.py", "_reach.py"]
RECORDS = ("sro_domain.models", "sro_domain.standards", "sro_domain.registry")


@pytest.mark.parametrize("name", ENGINE)
def test_the_engine_knows_no_record_type(name: str) -> None:
    """How records reach each other, and what "known absent" means, are declared with them."""
    tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
    imported = [
        alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
        for alias in node.names
    ] + [
        node.module for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0
    ]  # fmt: skip
    records = [module for module in imported if module.startswith(RECORDS)]
    # The registry is read lazily, to pickle built-in rules by id; nothing else is imported.
    assert [m for m in records if m != "sro_domain.registry"] == [], (
        f"src/sro_domain/{name} imports record types; declare how records reach each other "
        "with the records (src/sro_domain/models.py) instead"
    )


def test_the_checker_catches_io(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import os\nfrom random import choice\nfrom datetime import date\nprint(date.today())\n"
    )
    assert _problems(bad) == ["os", "random", "print()", "date.today()"]


def _modules_after_import(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


# What the test extras install and the library must not load by itself: the optional
# integrations and everything only the tests and docs use.
OPTIONAL = {
    "hypothesis", "cattrs", "jsonschema", "pydantic", "pydantic_core", "pandas", "numpy",
    "fastapi", "starlette", "httpx", "httpx2", "sphinx",
}  # fmt: skip


def test_import_loads_neither_hypothesis_nor_the_cli() -> None:
    """``import sro_domain`` loads no optional integration, Hypothesis or the CLI."""
    modules = _modules_after_import("import sro_domain")
    assert "sro_domain" in modules
    heavy = {m for m in modules if m.split(".")[0] in OPTIONAL}
    assert heavy == set()
    assert "sro_domain._pydantic" not in modules
    assert "sro_domain.cli" not in modules
    assert "sro_domain.__main__" not in modules
    assert not {m for m in modules if m.startswith("sro_domain.strategies")}
    assert "sro_domain.codec" not in modules
    # The standards and the registries load on first use (docs/performance.md).
    assert not {m for m in modules if m.startswith("sro_domain.standards")}
    assert "sro_domain.registry" not in modules


def test_each_lazy_name_is_defined_where_it_is_looked_for() -> None:
    """Every name ``sro_domain`` loads on first use is public and is in the module named for it;
    a name moved between modules fails here, naming ``src/sro_domain/__init__.py``.
    """
    lazy: dict[str, str] = sro_domain._LAZY
    for name, module in lazy.items():
        assert name in sro_domain.__all__, (
            f"{name}: list it in __all__ (src/sro_domain/__init__.py)"
        )
        loaded = importlib.import_module(f"sro_domain.{module}")
        assert hasattr(loaded, name), (
            f"{name} is not in sro_domain.{module}: fix _LAZY in src/sro_domain/__init__.py"
        )


def test_the_optional_packages_are_installed_so_the_check_means_something() -> None:
    """Each optional package is importable here, so its absence above is the library's doing."""
    modules = _modules_after_import(
        "import sro_domain, hypothesis, pydantic, pandas, fastapi, jsonschema"
    )
    assert {"pydantic", "pandas", "fastapi", "hypothesis", "jsonschema"} <= modules


def test_pydantic_loads_the_adapter_only_when_asked() -> None:
    modules = _modules_after_import("import pydantic, sro_domain")
    assert "sro_domain._pydantic" not in modules
    asked = _modules_after_import(
        "import pydantic, sro_domain; pydantic.TypeAdapter(sro_domain.Officer)"
    )
    assert "sro_domain._pydantic" in asked


def test_all_is_exact_sorted_and_importable() -> None:
    """A curated surface: ``__all__`` is sorted, names exist, and no public name is left out."""

    # isort-style, as ruff's RUF022 keeps it: CONSTANTS, then Classes, then functions.
    def kind(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert list(sro_domain.__all__) == sorted(sro_domain.__all__, key=kind)
    assert len(set(sro_domain.__all__)) == len(sro_domain.__all__)
    for name in sro_domain.__all__:
        assert hasattr(sro_domain, name), name
    public = {
        name
        for name, value in vars(sro_domain).items()
        if not name.startswith("_") and not isinstance(value, type(sys))
    }
    assert public == set(sro_domain.__all__) - {"__version__"}


def test_dir_shows_the_api() -> None:
    """``dir(sro_domain)`` lists the public names, lazily loaded ones included."""
    assert set(sro_domain.__all__) <= set(dir(sro_domain))
    assert not {name for name in dir(sro_domain) if name.startswith("_") and name != "__version__"}
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        sro_domain.nope  # noqa: B018


def test_version_is_a_literal() -> None:
    assert sro_domain.__version__.count(".") == 2
