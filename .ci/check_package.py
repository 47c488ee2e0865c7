"""Build the sdist and wheel with the oldest build backend pyproject.toml admits, and check them.

Run by ``.ci/run`` after it has installed that backend (``hatchling==<floor>``), ``build`` and
``twine`` into its environment. Checks:

- both archives build with the floor, without build isolation (so the floor is what runs);
- ``twine check --strict`` passes (the README renders, the metadata is complete);
- the wheel's metadata keeps the PEP 639 licence fields and names the documentation;
- the sdist holds only the project's own files, and none of them points outside the repository.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from email.parser import Parser
from importlib.metadata import version
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
# What an sdist is for: building, testing and reading the project.
SHIPPED = {
    "src", "tests", "docs", "examples", "benchmarks", "README.md", "CHANGELOG.md", "LICENSE",
    "CONTRIBUTING.md", "CITATION.cff", "noxfile.py", "pyproject.toml", "PKG-INFO", ".gitignore",
}  # fmt: skip
# Notes that name places outside the repository would mislead anyone reading the sdist.
OUTSIDE = re.compile(r"shared/(spec|sources|hooks)|SPEC\.md|\.\./spec")


def floor() -> str:
    """The oldest hatchling ``[build-system]`` admits."""
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    (backend,) = [item for item in requires if item.startswith("hatchling")]
    return str(backend.partition(">=")[2])


def main() -> int:
    """Build, check, and report every problem; 1 if there was one."""
    problems: list[str] = []
    if version("hatchling") != floor():
        problems.append(f"hatchling {version('hatchling')} is installed, not the floor {floor()}")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [sys.executable, "-m", "build", "--no-isolation", "--outdir", out, str(ROOT)],
            check=True,
            capture_output=True,
        )
        archives = sorted(Path(out).iterdir())
        subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, archives)],
                       check=True)  # fmt: skip
        (wheel,) = [a for a in archives if a.suffix == ".whl"]
        (sdist,) = [a for a in archives if a.name.endswith(".tar.gz")]
        with zipfile.ZipFile(wheel) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
            metadata = Parser().parsestr(archive.read(name).decode())
        if metadata["License-Expression"] != "MIT":
            problems.append(f"wheel: License-Expression is {metadata['License-Expression']!r}")
        if metadata.get_all("License-File") != ["LICENSE"]:
            problems.append(f"wheel: License-File is {metadata.get_all('License-File')!r}")
        urls = metadata.get_all("Project-URL") or []
        if not any(url.startswith("Documentation, ") for url in urls):
            problems.append(f"wheel: no Documentation URL in {urls}")
        with tarfile.open(sdist) as archive:
            for member in archive.getmembers():
                top = member.name.split("/", 2)[1] if "/" in member.name else ""
                if top and top not in SHIPPED:
                    problems.append(f"sdist: {member.name} is not part of the project")
                if member.isfile():
                    text = archive.extractfile(member).read().decode("utf-8", "replace")  # type: ignore[union-attr]
                    if OUTSIDE.search(text):
                        problems.append(f"sdist: {member.name} points outside the repository")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"built with hatchling {floor()}: {', '.join(a.name for a in archives)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
