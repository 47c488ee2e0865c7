"""The command line streams: flat memory at any roster size, the first verdict before the end.

JSON Lines are read one line at a time and each verdict is written as it is made (decision D9),
so 200,000 records need no more memory than 10,000, and a reader sees the first verdict while
the writer is still writing the input.
"""

import contextlib
import subprocess
import sys
import threading
from pathlib import Path

import pytest

LINE = b'{"id": "O-%d", "hired_permanently": true, "law_enforcement_authority": true}\n'
COMMAND = [
    sys.executable, "-m", "sro_domain", "check", "--standard", "career-officer",
    "--as-of", "2024-09-03", "--format", "csv",
]  # fmt: skip


def _roster(path: Path, count: int) -> Path:
    with path.open("wb") as handle:
        for index in range(count):
            handle.write(LINE % index)
    return path


def _peak_kib(roster: Path) -> int:
    """The peak resident memory of one run of the command line, measured by its parent."""
    probe = (
        "import resource, subprocess, sys\n"
        f"with open({str(roster)!r}, 'rb') as stdin:\n"
        f"    done = subprocess.run({[*COMMAND, '-']!r}, stdin=stdin,\n"
        "                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
        "assert done.returncode == 0, done.stderr\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)  # fmt: skip
    return int(result.stdout)


@pytest.mark.xdist_group("streaming")
def test_memory_stays_flat_from_10_000_to_200_000_records(tmp_path: Path) -> None:
    small = _peak_kib(_roster(tmp_path / "small.jsonl", 10_000))
    large = _peak_kib(_roster(tmp_path / "large.jsonl", 200_000))
    assert large <= 1.2 * small, (small, large)


@pytest.mark.xdist_group("streaming")
def test_the_first_verdict_comes_before_the_input_ends() -> None:
    finished = threading.Event()
    with subprocess.Popen(
        [*COMMAND, "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    ) as process:
        stdin, stdout = process.stdin, process.stdout
        assert stdin is not None
        assert stdout is not None

        def write() -> None:
            try:
                for index in range(200_000):
                    stdin.write(LINE % index)
                stdin.close()
            except (BrokenPipeError, ValueError):
                pass  # the reader stopped early, as it should
            finished.set()

        writer = threading.Thread(target=write)
        writer.start()
        header = stdout.readline()
        first = stdout.readline()
        seen_before_the_end = not finished.is_set()
        process.kill()
        writer.join()
        with contextlib.suppress(BrokenPipeError):
            stdin.close()  # what the writer had buffered has nowhere to go
    assert header.startswith(b"record,subject,standard")
    assert first.startswith(b"<stdin>:1,O-0,career-officer,federal.career_officer,met")
    assert seen_before_the_end
