"""The ``sro-domain`` command line, run as a real process (``python -m sro_domain``)."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sro_domain import Agency, AgencyKind, Verdict
from sro_domain.cli import main
from sro_domain.comparison import JURISDICTIONS
from sro_domain.examples import demo_text
from tests.command_line import run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.mark.parametrize(
    ("standard", "as_of", "file", "status"),
    [
        ("federal-definition", "2024-09-03", "community-sro.json", 0),
        ("safer-schools-definition", "2024-09-03", "security-guard.json", 1),
        ("cops-chp", "2024-03-01", "crisis-placement.json", 3),
        ("nasro-selection", "2024-08-01", "officer.json", 0),
        ("federal-definition", "2024-09-03", "roster.jsonl", 1),
    ],
    ids=[
        "met → 0",
        "not met → 1",
        "undetermined → 3",
        "an officer record",
        "JSON Lines, one failing → 1",
    ],
)
def test_the_examples_readme_command_lines(
    standard: str, as_of: str, file: str, status: int
) -> None:
    """Each command line of examples/README.md gives the exit status it documents."""
    result = run("check", "--standard", standard, "--as-of", as_of, f"examples/{file}")
    assert result.returncode == status, result.stderr
    assert (
        f"sro-domain check --standard {standard} --as-of {as_of}"
        in (EXAMPLES / "README.md").read_text()
    )


def test_text_output_explains_each_record() -> None:
    result = run(
        "check",
        "--standard",
        "federal-definition",
        "--as-of",
        "2024-09-03",
        "examples/roster.jsonl",
    )
    assert "examples/roster.jsonl:1: RPD-0417 at Enloe High School: MET" in result.stdout
    assert "examples/roster.jsonl:2: ACME-22 at Green Middle School: NOT MET" in result.stdout
    assert "[NOT MET] School resource officer (federal definition)" in result.stdout


def test_json_output_is_one_verdict_per_line() -> None:
    result = run("check", "--standard", "nasro-assignment", "--as-of", "2024-09-03", "--format", "json",
                 "examples/roster.jsonl")  # fmt: skip
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["outcome"] for line in lines] == ["met", "not_met", "not_met"]
    assert lines[0]["format"] == "sro_domain.verdict/2"
    assert lines[1]["record"] == "examples/roster.jsonl:2"


def test_standard_input_and_a_list_of_records() -> None:
    records = [
        json.loads((EXAMPLES / name).read_text())
        for name in ("community-sro.json", "security-guard.json")
    ]
    result = run(
        "check",
        "--standard",
        "federal-definition",
        "--as-of",
        "2024-09-03",
        "-",
        stdin=json.dumps(records),
    )
    assert result.returncode == 1
    assert "<stdin>#1: RPD-0417 at Enloe High School: MET" in result.stdout
    assert "<stdin>#2: ACME-22 at Green Middle School: NOT MET" in result.stdout


def test_a_bad_line_in_the_middle_is_reported_and_the_rest_checked() -> None:
    lines = (EXAMPLES / "roster.jsonl").read_text().splitlines()
    broken = "\n".join(
        [lines[0], "{not json", lines[1].replace('"sworn": false', '"sworn": "no"'), lines[0]]
    )
    result = run(
        "check", "--standard", "federal-definition", "--as-of", "2024-09-03", "-", stdin=broken
    )
    assert result.returncode == 2
    assert "<stdin>:2: not JSON" in result.stderr
    assert "<stdin>:3: officer.sworn: must be true or false, got 'no'" in result.stderr
    assert "<stdin>:1: RPD-0417 at Enloe High School: MET" in result.stdout
    assert "<stdin>:4: RPD-0417 at Enloe High School: MET" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_missing_file_is_reported_and_the_others_checked() -> None:
    result = run("check", "--standard", "federal-definition", "--as-of", "2024-09-03",
                 "nowhere.json", "examples/community-sro.json")  # fmt: skip
    assert result.returncode == 2
    assert "cannot read nowhere.json" in result.stderr
    assert "examples/community-sro.json: RPD-0417 at Enloe High School: MET" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "--standard", "nope", "examples/community-sro.json"], "no standard 'nope'"),
        (["check", "--standard", "federal-definition", "--as-of", "3/1/2024", "examples/community-sro.json"], "--as-of must be a date"),
        (["schema", "Sheriff"], "no record type 'Sheriff'"),
        (["check", "--standard", "federal-definition", "--as-of", "1990-01-01", "examples/community-sro.json"], "not apply on 1990-01-01"),
        (["check", "--standard", "federal-definition", "--detail", "summary", "examples/community-sro.json"], "--detail summary needs --format json"),
        (["schema", "Officer", "--detail", "leaves"], "--detail leaves is for the schema of a Verdict"),
    ],
    ids=["unknown standard", "bad date", "unknown record type", "standard not in force",
         "detail without json", "detail of a record"],
)  # fmt: skip
def test_bad_usage_exits_2_with_a_message(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_as_of_defaults_to_today() -> None:
    result = run("check", "--standard", "federal-definition", "examples/community-sro.json")
    assert result.returncode == 0, result.stderr


def test_rules_lists_ids_citations_and_quotes() -> None:
    result = run("rules", "--standard", "nasro-selection")
    assert result.returncode == 0
    assert (
        "nasro.selection.experience — At least three years of law-enforcement experience"
        in result.stdout
    )
    assert '"Officers considered for the job should have at least three years' in result.stdout
    assert "nc.statute.duties" in run("rules").stdout


def test_schema_prints_a_json_schema() -> None:
    result = run("schema", "Officer")
    assert json.loads(result.stdout)["title"] == "Officer"


def test_demo_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert run().stdout == demo_text()
    assert main(["demo"]) == 0
    assert capsys.readouterr().out == demo_text()


@pytest.mark.parametrize(
    "args", [["--help"], ["check", "--help"], ["rules", "--help"], ["schema", "--help"]]
)
def test_help_everywhere_with_examples(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 0
    assert "usage: sro-domain" in result.stdout


def test_help_shows_examples_and_exit_statuses() -> None:
    text = run("check", "--help").stdout
    assert "examples:" in text
    assert "exit status:" in text


def test_in_process_check_and_progress(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same entry point in-process (for coverage of the edge module)."""
    status = main(["check", "--standard", "federal-definition", "--as-of", "2024-09-03",
                   str(EXAMPLES / "roster.jsonl"), str(tmp_path / "missing.json")])  # fmt: skip
    captured = capsys.readouterr()
    assert status == 2
    assert "NOT MET" in captured.out
    assert main(["rules"]) == 0
    assert main(["schema", "Mou"]) == 0
    assert main(["check", "--standard", "nope", str(EXAMPLES / "officer.json")]) == 2


class _Terminal:
    """A standard error that says it is a terminal, for the progress line."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def isatty(self) -> bool:
        return True


def test_in_process_everything(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from sro_domain import cli

    lines = (EXAMPLES / "roster.jsonl").read_text().splitlines()
    stdin = "\n".join(
        [lines[0], "", "{oops", lines[1].replace('"sworn": false', '"sworn": 3'), lines[2]]
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(cli, "_PROGRESS_FROM", 2)
    status = main(
        ["check", "--standard", "nc-statute", "--as-of", "2024-03-01", "--format", "json", "-"]
    )
    assert status == 2
    assert "records checked" in terminal.text
    assert "<stdin>:3: not JSON" in terminal.text
    assert "<stdin>:4: officer.sworn: must be true or false, got 3" in terminal.text
    out = capsys.readouterr().out
    # The crisis placement's dates cover 7 weeks of 2024: not an NC SRO (decision NC1).
    assert [json.loads(line)["outcome"] for line in out.splitlines()] == ["not_met", "not_met"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines[0]))
    assert main(["check", "--standard", "federal-definition", "--as-of", "1990-01-01", "-"]) == 2
    assert "does not apply on 1990-01-01" in terminal.text
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines[0]))
    assert main(["check", "--standard", "federal-definition", "--as-of", "2024-09-03", "-"]) == 0
    assert main(["check", "--standard", "federal-definition", "--as-of", "bad", "-"]) == 2
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines[0]))
    assert main(["check", "--standard", "federal-definition", "-"]) == 0
    assert main(["schema", "Nope"]) == 2


GOOD = (EXAMPLES / "roster.jsonl").read_text().splitlines()[0]
"""A good assignment record: the community SRO, met under the federal definition."""

# One case per way a line can go wrong: the records before and after it are still judged, the
# run ends with status 2, and one ``<stdin>:2: …`` message says what is wrong (decision D9).
BAD_LINES = [
    ("invalid UTF-8", b"\xff\xfe{}", "<stdin>:2: not UTF-8 text"),
    ("a 5,000-digit number", b'{"start": ' + b"9" * 5000 + b"}", "a number of 5,000 digits"),
    ("10,000-deep nesting", b"[" * 10_000 + b"]" * 10_000, "<stdin>:2: not JSON: nested too deep"),
    ("a lone surrogate", GOOD.replace('"RPD-0417"', '"\\ud800"').encode(),
     "<stdin>:2: officer.id: must be a string of Unicode text"),
    ("a duplicate key", b'{"start": "2024-01-01", "start": "2024-01-02"}', "duplicate key 'start'"),
    ("not JSON", b"{oops", "<stdin>:2: not JSON"),
    ("an officer given to an assignment standard",
     (EXAMPLES / "officer.json").read_bytes().replace(b"\n", b""),
     "<stdin>:2: not an Assignment record: missing officer, agency, schools, start"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "message"), [c[1:] for c in BAD_LINES], ids=[c[0] for c in BAD_LINES]
)
def test_a_bad_line_is_one_message_and_the_rest_is_checked(line: bytes, message: str) -> None:
    stdin = GOOD.encode() + b"\n" + line + b"\n" + GOOD.encode() + b"\n"
    result = subprocess.run(
        [sys.executable, "-m", "sro_domain", "check", "--standard", "federal-definition",
         "--as-of", "2024-09-03", "-"],
        input=stdin, capture_output=True, check=False,
    )  # fmt: skip
    out, err = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 2
    assert "<stdin>:1: RPD-0417 at Enloe High School: MET" in out
    assert "<stdin>:3: RPD-0417 at Enloe High School: MET" in out
    problems = [line for line in err.splitlines() if line.startswith("<stdin>:")]
    assert len(problems) == 1, err
    assert message in problems[0]
    assert "Traceback" not in err
    assert err.splitlines()[-1] == "sro-domain: 3 records: 2 met, 1 bad"


def test_line_separators_inside_strings_are_data() -> None:
    """Lines split on newlines only: U+2028 and U+0085 inside a string are part of a name."""
    odd = GOOD.replace("Enloe High School", "Enloe\u2028High\u0085School")
    result = run("check", "--standard", "federal-definition", "--as-of", "2024-09-03", "-",
                 stdin=odd + "\n")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("<stdin>:1:") == 1


def test_a_byte_order_mark_is_ignored() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sro_domain", "check", "--standard", "federal-definition",
         "--as-of", "2024-09-03", "-"],
        input=b"\xef\xbb\xbf" + GOOD.encode() + b"\n", capture_output=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_an_empty_input_is_reported() -> None:
    result = run("check", "--standard", "federal-definition", "--as-of", "2024-09-03", "-",
                 stdin="\n\n")  # fmt: skip
    assert result.returncode == 2
    assert "<stdin>: no records" in result.stderr
    assert result.stderr.splitlines()[-1] == "sro-domain: 0 records: none"


def test_stops_quietly_when_the_reader_goes_away() -> None:
    """`| head -1`: SIGPIPE ends the run with no traceback and no "cannot read"."""
    roster = "\n".join([GOOD] * 2000) + "\n"
    command = (
        f"{sys.executable} -m sro_domain check --standard federal-definition "
        "--as-of 2024-09-03 - | head -1"
    )
    result = subprocess.run(
        ["bash", "-c", command], input=roster, capture_output=True, text=True, check=False
    )
    assert result.stdout == "<stdin>:1: RPD-0417 at Enloe High School: MET\n"
    assert "Traceback" not in result.stderr
    assert "cannot read" not in result.stderr


def test_ctrl_c_exits_130_without_a_traceback() -> None:
    import signal
    import time

    process = subprocess.Popen(
        [sys.executable, "-m", "sro_domain", "check", "--standard", "federal-definition",
         "--as-of", "2024-09-03", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdin is not None
    process.stdin.write(GOOD + "\n")
    process.stdin.flush()
    time.sleep(1.5)  # the interpreter has started and waits for more input
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "Traceback" not in err
    assert "sro-domain: interrupted" in err


def test_csv_has_one_row_per_rule() -> None:
    import csv
    import io

    result = run("check", "--standard", "federal-definition", "--as-of", "2024-09-03",
                 "--format", "csv", "examples/roster.jsonl")  # fmt: skip
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["record", "subject", "standard", "rule", "outcome", "applies", "reason",
                       "missing"]  # fmt: skip
    assert len(rows) == 1 + 3 * 8  # three records, eight rules each
    assert rows[1][:6] == ["examples/roster.jsonl:1", "RPD-0417 at Enloe High School",
                           "federal-definition", "federal.in_effect", "met", "met"]  # fmt: skip


def test_the_command_line_offers_every_verdict_shape() -> None:
    from sro_domain import cli
    from sro_domain.codec import DETAILS

    assert cli._DETAILS == DETAILS, "src/sro_domain/cli.py _DETAILS must be codec.DETAILS"


def test_json_detail_chooses_the_shape_and_the_schema_describes_it() -> None:
    import jsonschema

    from sro_domain.codec import from_data, to_data
    from sro_domain.schema import verdict_schema

    lines = {}
    for detail in ("full", "leaves", "summary"):
        result = run("check", "--standard", "nasro-assignment", "--as-of", "2024-09-03",
                     "--format", "json", "--detail", detail, "examples/roster.jsonl")  # fmt: skip
        lines[detail] = [json.loads(line) for line in result.stdout.splitlines()]
        schema = json.loads(run("schema", "Verdict", "--detail", detail).stdout)
        assert schema == verdict_schema(detail)
        for line in lines[detail]:
            jsonschema.validate(line, schema)
            record, subject = line.pop("record"), line.pop("subject")
            assert record.startswith("examples/roster.jsonl:")
            assert subject
            assert to_data(from_data(Verdict, line), detail=detail) == line
    assert [line["outcome"] for line in lines["full"]] == [
        line["outcome"] for line in lines["summary"]
    ]
    assert "rules" in lines["leaves"][0]
    assert "failing" in lines["summary"][0]
    default = run("check", "--standard", "nasro-assignment", "--as-of", "2024-09-03",
                  "--format", "json", "examples/roster.jsonl")  # fmt: skip
    assert json.loads(default.stdout.splitlines()[0])["children"]


def test_json_names_the_subject() -> None:
    result = run("check", "--standard", "nasro-selection", "--as-of", "2024-08-01",
                 "--format", "json", "examples/officer.json")  # fmt: skip
    assert json.loads(result.stdout)["subject"] == "RPD-0417"


def test_jobs_keep_the_inputs_order() -> None:
    roster = "\n".join([GOOD, (EXAMPLES / "roster.jsonl").read_text().splitlines()[1]] * 50)
    one = run("check", "--standard", "federal-definition", "--as-of", "2024-09-03", "-",
              stdin=roster)  # fmt: skip
    two = run("check", "--standard", "federal-definition", "--as-of", "2024-09-03",
              "--jobs", "2", "-", stdin=roster)  # fmt: skip
    assert two.returncode == one.returncode == 1
    assert two.stdout == one.stdout
    assert run("check", "--standard", "federal-definition", "--jobs", "0", "-").returncode == 2


def test_version_and_the_standard_ids_in_help() -> None:
    from sro_domain import STANDARDS, __version__

    assert run("--version").stdout.strip() == f"sro-domain {__version__}"
    shown = run("check", "--help").stdout
    assert all(standard_id in shown for standard_id in STANDARDS)


def test_in_process_csv_on_two_processes(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["check", "--standard", "federal-definition", "--as-of", "2024-09-03", "--format",
            "csv", "examples/roster.jsonl", "examples/community-sro.json"]  # fmt: skip
    assert main(args) == 1
    alone = capsys.readouterr().out
    assert main([*args, "--jobs", "2"]) == 1
    assert capsys.readouterr().out == alone
    assert alone.count("\n") == 1 + 4 * 8


@pytest.mark.parametrize(
    ("raised", "status", "message"),
    [(KeyboardInterrupt, 130, "sro-domain: interrupted"), (BrokenPipeError, 0, "")],
    ids=["Ctrl-C", "a closed pipe"],
)
def test_in_process_interruptions(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    raised: type[BaseException], status: int, message: str,
) -> None:  # fmt: skip
    from sro_domain import cli

    def interrupted(*args: object) -> int:
        raise raised

    monkeypatch.setattr(cli, "_check", interrupted)
    assert main(["check", "--standard", "federal-definition", "-"]) == status
    assert capsys.readouterr().err.strip() == message


def test_jobs_must_be_a_small_whole_number(capsys: pytest.CaptureFixture[str]) -> None:
    for bad in ("0", "lots", "1000"):
        with pytest.raises(SystemExit) as caught:
            main(["check", "--standard", "federal-definition", "--jobs", bad, "-"])
        assert caught.value.code == 2
    assert "must be 'auto' or a whole number from 1 to 256" in capsys.readouterr().err


def test_jobs_auto_uses_the_cpus_for_large_files_only(tmp_path: Path) -> None:
    """Decision D15: standard input and files of 1 MiB or less are judged on one process."""
    import os

    from sro_domain import cli

    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    small.write_text(GOOD + "\n")
    large.write_bytes(b" " * (cli._PARALLEL_FROM + 1))
    assert cli._auto_jobs([str(small)]) == 1
    assert cli._auto_jobs([str(small), str(tmp_path / "absent.jsonl")]) == 1
    assert cli._auto_jobs([str(large), "-"]) == 1
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert cli._auto_jobs([str(large)]) == min(cpus or 1, cli._MOST_AUTO_JOBS)


def test_in_process_jobs_auto_on_a_large_file_writes_what_one_process_writes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from sro_domain import cli

    lines = (EXAMPLES / "roster.jsonl").read_text().splitlines()
    roster = tmp_path / "roster.jsonl"
    # More chunks than are in flight at once, a line that is not JSON and one of another type.
    roster.write_text("\n".join([*lines * 60, "{oops", '{"id": "A-1"}', *lines]) + "\n")
    monkeypatch.setattr(cli, "_CHUNK", 16)
    args = ["check", "--standard", "federal-definition", "--as-of", "2024-09-03", str(roster)]
    assert main([*args, "--jobs", "1"]) == 2
    alone = capsys.readouterr()
    monkeypatch.setattr(cli, "_PARALLEL_FROM", 0)  # one process per CPU
    assert main(args) == 2
    both = capsys.readouterr()
    assert (both.out, both.err) == (alone.out, alone.err)
    assert f"{roster}:{len(lines) * 60 + 1}: not JSON" in both.err


def test_a_chunk_of_results_is_its_records_results_in_order() -> None:
    from sro_domain import cli

    bad = cli._Result("", ["x: cannot read"], cli.EXIT_BAD_INPUT, "bad")
    judged = {"a": cli._Result("A\n", [], cli.EXIT_NOT_MET, "not met"),
              "b": cli._Result("B\n", ["b: odd"], cli.EXIT_UNKNOWN, "undetermined")}  # fmt: skip
    chunk = cli._judge_chunk(lambda item: judged[item[0]], [("a", {}), ("x", bad), ("b", {})])
    assert (chunk.output, chunk.problems) == ("A\nB\n", ["x: cannot read", "b: odd"])
    assert (chunk.status, chunk.tallies) == (cli.EXIT_BAD_INPUT, ("not met", "bad", "undetermined"))


def test_timeline_prints_each_records_spans() -> None:
    """`timeline` gives each record's spans over the range, exact to the day."""
    result = run("timeline", "--standard", "nasro-assignment", "--from", "2016-01-01",
                 "--to", "2026-12-31", "examples/community-sro.json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "examples/community-sro.json: RPD-0417 at Enloe High School: nasro-assignment\n"
        "    2016-01-01..2016-07-05: not_met\n"
        "    2016-07-06..2024-06-20: unknown\n"
        "    2024-06-21..2026-12-31: met\n\n"
    )


def test_timeline_json_follows_its_schema() -> None:
    import jsonschema

    from sro_domain.schema import timeline_schema

    result = run("timeline", "--standard", "federal-definition", "--from", "2024-01-01",
                 "--to", "2024-12-31", "--format", "json", "examples/roster.jsonl")  # fmt: skip
    assert result.returncode == 1  # a record not met on the range's last day
    schema = json.loads(run("schema", "Timeline").stdout)
    assert schema == timeline_schema()
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3
    for line in lines:
        jsonschema.validate(line, schema)
        assert line["standard"] == "federal-definition"
        assert line["spans"][0]["start"] == "2024-01-01"
        assert line["spans"][-1]["end"] == "2024-12-31"


def test_check_explains_remedies_under_a_verdict_not_met() -> None:
    result = run("check", "--standard", "federal-definition", "--as-of", "2024-09-03",
                 "--explain-remedies", "examples/roster.jsonl")  # fmt: skip
    met, not_met = result.stdout.split("\n\n")[:2]
    assert "Remedies:" not in met
    assert "Remedies:\n    federal.career_officer: " in not_met
    assert "federal.assigned_by_employer: have a law-enforcement agency" in not_met
    assert "— not possible: " in not_met
    assert "        change: assignment.agency; cites 34 U.S.C. § 10389(4)" in not_met


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("check", "--standard", "nasro-training", "--format", "csv", "--explain-remedies"),
         "--explain-remedies needs --format text or json"),
        (("timeline", "--standard", "nasro-training", "--from", "2025-01-01", "--to",
          "2024-01-01"), "--from 2025-01-01 is after --to 2024-01-01"),
        (("timeline", "--standard", "nasro-training", "--from", "soon", "--to", "2024-01-01"),
         "--from must be a date as YYYY-MM-DD, got 'soon'"),
    ],
)  # fmt: skip
def test_timeline_and_remedy_usage_errors(args: tuple[str, ...], words: str) -> None:
    result = run(*args, "examples/community-sro.json")
    assert result.returncode == 2
    assert words in result.stderr


def test_remedy_data_follows_its_schema() -> None:
    import jsonschema

    from sro_domain import FEDERAL_DEFINITION, Assignment, remedies
    from sro_domain.codec import from_data, to_data
    from sro_domain.schema import remedy_schema

    schema = json.loads(run("schema", "Remedy").stdout)
    assert schema == remedy_schema()
    guard = from_data(Assignment, json.loads((EXAMPLES / "security-guard.json").read_text()))
    found = remedies(FEDERAL_DEFINITION, guard, as_of=date(2024, 9, 3))
    assert any(not remedy.possible for remedy in found)
    for remedy in found:
        data = to_data(remedy)
        jsonschema.validate(data, schema)
        assert data["rule"] == remedy.rule_id
        assert data["possible"] is remedy.possible


def test_the_schemas_of_a_timeline_and_a_remedy_take_no_detail() -> None:
    result = run("schema", "Remedy", "--detail", "leaves")
    assert result.returncode == 2
    assert "--detail leaves is for the schema of a Verdict, not of 'Remedy'" in result.stderr


def test_timeline_and_remedies_in_process(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The same commands through ``main``: bad lines reported, the rest still shown."""
    roster = tmp_path / "roster.jsonl"
    good = (EXAMPLES / "security-guard.json").read_text().replace("\n", " ")
    roster.write_text(f"{good}\nnot json\n{{}}\n")
    status = main(["timeline", "--standard", "federal-definition", "--from", "2024-01-01",
                   "--to", "2024-12-31", str(roster)])  # fmt: skip
    out, err = capsys.readouterr()
    assert status == 2
    assert (
        "ACME-22 at Green Middle School: federal-definition\n    2024-01-01..2024-12-31: not_met\n"
        in out
    )
    assert f"{roster}:2: not JSON" in err
    assert f"{roster}:3: " in err
    status = main(["timeline", "--standard", "cops-chp", "--from", "2024-01-01",
                   "--to", "2024-12-31", "--format", "json", str(EXAMPLES / "security-guard.json")])  # fmt: skip
    out, _ = capsys.readouterr()
    assert status == 3  # whether the CHP funds the post is not recorded
    assert json.loads(out)["spans"][-1]["applies"] == "unknown"
    status = main(["check", "--standard", "nasro-assignment", "--as-of", "2024-09-03",
                   "--explain-remedies", str(EXAMPLES / "community-sro.json")])  # fmt: skip
    out, _ = capsys.readouterr()
    assert status == 0
    assert "Remedies:" not in out
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert main(["timeline", "--standard", "federal-definition", "--from", "2024-01-01",
                 "--to", "2024-01-02", str(empty)]) == 2  # fmt: skip
    assert "no records" in capsys.readouterr().err


def test_remedy_options_are_listed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from sro_domain.codec import to_json
    from tests.builders import assignment, officer

    county = Agency(name="Durham County Sheriff's Office", kind=AgencyKind.SHERIFFS_OFFICE)
    record = tmp_path / "posting.json"
    record.write_text(to_json(assignment(officer=officer(employer=county))))
    assert main(["check", "--standard", "federal-definition", "--as-of", "2024-01-08",
                 "--explain-remedies", str(record)]) == 1  # fmt: skip
    out = capsys.readouterr().out
    assert "        or: have Durham County Sheriff's Office (sheriffs office)" in out


def test_json_lines_carry_their_remedies(capsys: pytest.CaptureFixture[str]) -> None:
    """With --format json, each line has a "remedies" list, in the Remedy schema's shape."""
    import jsonschema

    from sro_domain.schema import remedy_schema

    status = main(["check", "--standard", "federal-definition", "--as-of", "2024-09-03",
                   "--format", "json", "--detail", "summary", "--explain-remedies",
                   str(EXAMPLES / "roster.jsonl")])  # fmt: skip
    assert status == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["remedies"] == [] for line in lines] == [
        line["outcome"] == "met" for line in lines
    ]
    failing = [line for line in lines if line["outcome"] != "met"]
    assert failing
    for line in failing:
        # One remedy per rule not met: the failing ones, and any left undetermined.
        assert set(line["failing"]) <= {r["rule"] for r in line["remedies"]}
        for remedy in line["remedies"]:
            jsonschema.validate(remedy, remedy_schema())


def test_a_jurisdiction_checks_every_standard_of_it(capsys: pytest.CaptureFixture[str]) -> None:
    """``--jurisdiction NC``: each record under each NC standard that reads an assignment (not
    the officer-only ``safer-schools-roles``), with the worst status and a count of verdicts
    (decision J3); the NC course is not yet done, and its year is still running.
    """
    status = main(["check", "--jurisdiction", "nc", "--as-of", "2024-09-03", "--format", "json",
                   "--detail", "summary", str(EXAMPLES / "community-sro.json")])  # fmt: skip
    captured = capsys.readouterr()
    ids = [json.loads(line)["id"] for line in captured.out.splitlines()]
    assert ids == ["safer-schools-definition", "nc-statute", "nc-training"]
    assert status == 3  # undetermined
    assert "sro-domain: 3 verdicts: 2 met, 1 undetermined" in captured.err


def test_an_unknown_jurisdiction_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", "--jurisdiction", "ZZ", str(EXAMPLES / "community-sro.json")])
    assert status == 2
    message = capsys.readouterr().err
    assert f"no jurisdiction 'ZZ'; choose one of {', '.join(JURISDICTIONS)}\n" in message


def test_a_standard_and_a_jurisdiction_together_are_bad_usage() -> None:
    result = run("check", "--standard", "ut-sro", "--jurisdiction", "UT",
                 "examples/community-sro.json")  # fmt: skip
    assert result.returncode == 2
    assert "not allowed with argument" in result.stderr


def test_a_worker_leaves_ctrl_c_to_the_reader() -> None:
    """Decision D15: Ctrl-C is handled once, by the process reading and writing (exit 130)."""
    import signal

    from sro_domain import cli

    before = signal.getsignal(signal.SIGINT)
    try:
        cli._ignore_interrupts()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)
