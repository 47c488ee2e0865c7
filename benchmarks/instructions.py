"""The command line's cost in instructions per record, counted by Valgrind: for a noisy machine.

Wall-clock ratios (``run.py``) drift on a shared or throttled machine: a short floor and a long
command do not see the same machine. Instructions do not drift. This script counts, with
Valgrind's ``callgrind`` tool, the instructions ``json.loads`` of every line and
``sro-domain check`` in each format execute on a roster of ``--records`` generated assignments
and on one of a single record; the difference, divided by the records added, is the cost per
record without start-up. Each format is printed as a multiple of the floor's, with the targets
``run.py`` holds wall-clock time to. A count is not a time (a C loop retires more instructions
a second than the interpreter), so this is a guide for comparing changes, not the benchmark::

    python benchmarks/instructions.py                 # 300 records, every format
    python benchmarks/instructions.py --records 500 --format csv

It needs ``valgrind`` on the ``PATH`` and takes about a minute a format.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import edges
from run import assignments

from sro_domain.codec import to_data


def _instructions(command: list[str], folder: Path) -> int:
    """The instructions ``command`` executes, start to end, as callgrind counts them."""
    out = folder / "callgrind.out"
    # A check's exit status is the records' standing (1: not met), not a failure here.
    subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--log-file=/dev/null",
         *command],
        check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for line in out.read_text(encoding="utf-8").splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise RuntimeError(f"no totals in {out}")


def _commands(path: Path, options: list[str]) -> list[str]:
    if options == ["floor"]:
        return [
            sys.executable,
            "-c",
            f"import json\nfor line in open({str(path)!r}): json.loads(line)",
        ]
    # One process: workers are other processes, which callgrind would not count.
    return [sys.executable, "-m", "sro_domain", "check", "--standard", edges.STANDARD,
            "--as-of", edges.AS_OF, *options, "--jobs", "1", str(path)]  # fmt: skip


def main() -> int:
    """Print each format's instructions per record against the floor's."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=300, help="the larger roster's size")
    parser.add_argument("--format", action="append", help="only these formats (json, text, csv)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not on the PATH", file=sys.stderr)
        return 2
    # Each format is counted on one process (the --jobs 1 rows would repeat them).
    chosen = [
        entry
        for entry in edges.FORMATS
        if "--jobs" not in entry[1] and (not args.format or entry[0] in args.format)
    ]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        rosters = {}
        for size in (1, args.records + 1):
            rosters[size] = folder / f"roster{size}.jsonl"
            with rosters[size].open("w", encoding="utf-8") as handle:
                for assignment in assignments(size, seed=7):
                    handle.write(json.dumps(to_data(assignment)) + "\n")

        def per_record(options: list[str]) -> float:
            small = _instructions(_commands(rosters[1], options), folder)
            large = _instructions(_commands(rosters[args.records + 1], options), folder)
            return (large - small) / args.records

        floor = per_record(["floor"])
        print(f"Instructions per record, {args.records} generated assignments (callgrind)")
        print(f"  json.loads of every line (the floor)   {floor:12,.0f}    1.00x")
        for label, options, target in chosen:
            count = per_record(options)
            shown = f"  (wall-clock target {target:g}x)" if target else ""
            print(f"  check --format {label:24} {count:12,.0f} {count / floor:6.2f}x{shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
