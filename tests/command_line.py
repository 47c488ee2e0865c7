"""Running the ``sro-domain`` command line as a real process, from the repository root."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m sro_domain ARGS`` with ``stdin`` as its input; output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "sro_domain", *args],
        input=stdin, capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
