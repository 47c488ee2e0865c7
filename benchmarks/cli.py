"""How long the command line takes to decode and check 100,000 records from JSON Lines.

Run from a clone, after ``pip install -e '.[bench]'``::

    python benchmarks/cli.py

It writes 100,000 generated assignments as JSON Lines to a temporary file, then times, in the
same run and on the same file, ``sro-domain check --standard federal-definition --format json``
and ``python -c 'import json'`` merely parsing every line — the floor for reading the data.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import assignments

from sro_domain.codec import to_data

RECORDS = 100_000


def seconds(command: list[str]) -> float:
    """Wall time of ``command``, its output discarded."""
    started = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    """Print the two timings and their ratio."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "assignments.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for assignment in assignments(RECORDS, seed=7):
                handle.write(json.dumps(to_data(assignment)) + "\n")
        read = [sys.executable, "-c",
                f"import json\nfor line in open({str(path)!r}): json.loads(line)"]  # fmt: skip
        check = [sys.executable, "-m", "sro_domain", "check", "--standard", "federal-definition",
                 "--as-of", "2024-09-03", "--format", "json", str(path)]  # fmt: skip
        floor = seconds(read)
        cli = seconds(check)
    print(f"{RECORDS:,} assignments as JSON Lines")
    print(f"  python -c 'import json' (parse every line)   {floor:7.2f} s   1.00x")
    print(f"  sro-domain check (decode, evaluate, write)   {cli:7.2f} s {cli / floor:6.2f}x")
    print(f"  per record: {cli / RECORDS * 1e6:.0f} us")
    return 0


if __name__ == "__main__":
    sys.exit(main())
