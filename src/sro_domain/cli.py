"""The ``sro-domain`` command line: check records in JSON files, list the rules, print schemas.

This module is an edge: it reads files and the clock (``--as-of`` defaults to today, here and
nowhere in the core). Exit status, most severe first: 2 bad usage or bad input, 1 a standard
not met, 3 undetermined (and nothing not met), 0 every record met.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import cache, partial
from typing import IO, Any

from sro_domain.errors import SRODomainError

EXIT_MET, EXIT_NOT_MET, EXIT_BAD_INPUT, EXIT_UNKNOWN = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C
# 2 > 1 > 3 > 0: bad input outranks a failure, which outranks an open question.
_SEVERITY = {EXIT_MET: 0, EXIT_UNKNOWN: 1, EXIT_NOT_MET: 2, EXIT_BAD_INPUT: 3}
_PROGRESS_FROM = 10_000

EXAMPLES = """\
examples:
  sro-domain check --standard federal-definition examples/community-sro.json
  sro-domain check --standard nasro-selection --as-of 2024-08-01 officers.jsonl
  cat roster.jsonl | sro-domain check --standard nc-statute --format json -
  sro-domain check --standard nasro-assignment --explain-remedies postings.jsonl
  sro-domain timeline --standard nc-training --from 2024-01-01 --to 2026-12-31 postings.jsonl
  sro-domain rules --standard nasro-selection
  sro-domain schema Officer

exit status: 0 every record met the standard; 1 some record did not; 3 some record is
undetermined (and none failed); 2 bad usage or bad input (reported, other records still checked);
130 interrupted.
"""


# The shapes of a JSON verdict, as sro_domain.codec.DETAILS names them (a test checks): the
# parser is built before the codec, which loads every rule, is imported.
_DETAILS = ("full", "leaves", "summary")


def _parser() -> argparse.ArgumentParser:
    from sro_domain import STANDARDS, __version__  # noqa: PLC0415 - only for --help, --version

    epilog = f"standards: {', '.join(STANDARDS)}\n\n{EXAMPLES}"
    parser = argparse.ArgumentParser(
        prog="sro-domain",
        description="Check School Resource Officer records against cited standards.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"sro-domain {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = _on_records(
        commands,
        "check",
        "evaluate records from JSON or JSON Lines files",
        "Evaluate each record (a JSON object, a list of them, or JSON Lines, read one line at a "
        "time) under a standard and print each verdict as it is made; a summary goes to "
        "standard error.",
        epilog,
    )
    check.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="the date to ask about (default: today)"
    )
    check.add_argument(
        "--format",
        choices=["text", "json", "csv"],
        default="text",
        help="text (default), one JSON verdict per line, or CSV with one row per rule",
    )
    check.add_argument(
        "--detail",
        choices=_DETAILS,
        default="full",
        help="with --format json: the whole verdict tree (default); each rule's outcome, "
        "reason and facts, citations left to `rules`; or the outcome and failing rule ids",
    )
    check.add_argument(
        "--explain-remedies",
        action="store_true",
        help="under each verdict not met, what would meet each rule (text), or a "
        '"remedies" list in each JSON line (empty when met)',
    )
    check.add_argument(
        "--jobs",
        type=_jobs,
        default=_AUTO,
        metavar="N",
        help="evaluate on N processes, or 'auto' (the default): one per CPU, up to "
        f"{_MOST_AUTO_JOBS}, for files of more than {_PARALLEL_FROM >> 20} MiB, else one; "
        "the output keeps the input's order",
    )
    timeline = _on_records(
        commands,
        "timeline",
        "the outcome of each record on every day of a range, as spans",
        "For each record, the standard's outcome on every day from --from to --to, as maximal "
        "spans of days with one outcome (exact: computed from the days on which a rule can "
        "change).",
        epilog,
    )
    timeline.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    timeline.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    timeline.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="text (default), or one JSON timeline per line",
    )
    rules = commands.add_parser("rules", help="list the rules with their citations and quotes")
    rules.add_argument("--standard", metavar="ID", help="only this standard's rules")
    schema = commands.add_parser(
        "schema", help="print the JSON Schema of a record type, or of a verdict"
    )
    schema.add_argument(
        "model",
        metavar="MODEL",
        help="Officer, Assignment, Mou, SroResponse, …, Verdict, Timeline or Remedy",
    )
    schema.add_argument(
        "--detail",
        choices=_DETAILS,
        default="full",
        help="with Verdict: the shape `check --format json --detail` writes",
    )
    commands.add_parser(
        "demo", help="the explained verdicts of three example assignments (the default)"
    )
    return parser


def _on_records(
    commands: Any, name: str, help: str, description: str, epilog: str
) -> argparse.ArgumentParser:
    """A subcommand that reads records from files under one standard."""
    command: argparse.ArgumentParser = commands.add_parser(
        name,
        help=help,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    if name == "check":
        chosen = command.add_mutually_exclusive_group(required=True)
        chosen.add_argument("--standard", metavar="ID", help="a standard id (listed below)")
        chosen.add_argument(
            "--jurisdiction",
            metavar="XX",
            help="every standard of a jurisdiction that reads assignments: US, NC, UT, …",
        )
    else:
        command.add_argument(
            "--standard", required=True, metavar="ID", help="a standard id (listed below)"
        )
    command.add_argument(
        "files", nargs="+", metavar="FILE", help="JSON or JSON Lines files; - for standard input"
    )
    return command


class _UsageError(Exception):
    """Bad usage: reported in one line, exit status 2."""


# A met standard that does not reach the record is no compliance: say so (decision S1).
_REACH = {"not_met": " (does not apply)", "unknown": " (may not apply)"}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    out, err = sys.stdout, sys.stderr
    for stream in (out, err):
        # A lone surrogate or an odd file name is written escaped, never a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    try:
        args = _parser().parse_args(argv)
        if args.command in {"check", "timeline"}:
            return _check(args, out, err)
        if args.command == "rules":
            return _rules(args.standard, out)
        if args.command == "schema":
            return _schema(args.model, args.detail, out)
        from sro_domain.examples import demo_text  # noqa: PLC0415 - only the demo needs it

        out.write(demo_text())
        return EXIT_MET
    except _UsageError as problem:
        print(f"sro-domain: {problem}", file=err)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("sro-domain: interrupted", file=err)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet(out)  # the reader has gone (| head -1): stop, quietly
        return EXIT_MET


def _quiet(out: IO[str]) -> None:
    """Point standard output at the null device, so the interpreter's final flush is silent."""
    try:
        target = out.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, target)
    os.close(devnull)


_AUTO = 0  # --jobs auto
_MOST_AUTO_JOBS = 8  # beyond, one process reading and writing for them all is the bottleneck
# Smaller inputs are done before a pool of processes would have started (and, where workers
# are spawned rather than forked, imported the library).
_PARALLEL_FROM = 1 << 20


def _jobs(text: str) -> int:
    if text == "auto":
        return _AUTO
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 256:
        raise argparse.ArgumentTypeError(
            f"must be 'auto' or a whole number from 1 to 256, got {text!r}"
        )
    return value


def _auto_jobs(names: Sequence[str]) -> int:
    """How many processes ``--jobs auto`` judges ``names`` on (decision D15).

    One for standard input, which is judged as it comes, and for files too small to repay a
    pool's start; else one per CPU this process may run on.
    """
    size = 0
    for name in names:
        if name == "-":
            return 1
        with contextlib.suppress(OSError):  # reported when the file is read
            size += os.stat(name).st_size
    if size <= _PARALLEL_FROM:
        return 1
    count = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if count is not None:
        cpus = count()
    elif hasattr(os, "sched_getaffinity"):
        cpus = len(os.sched_getaffinity(0))
    else:  # pragma: no cover - macOS and Windows before Python 3.13
        cpus = os.cpu_count()
    return max(1, min(cpus or 1, _MOST_AUTO_JOBS))


def _standard(standard_id: str) -> Any:
    from sro_domain import STANDARDS  # noqa: PLC0415

    standard = STANDARDS.get(standard_id)
    if standard is None:
        raise _UsageError(f"no standard {standard_id!r}; choose one of {', '.join(STANDARDS)}")
    return standard


def _chosen(args: argparse.Namespace) -> list[Any]:
    """The standards to check records against: one by id, or a jurisdiction's (decision J3)."""
    code = getattr(args, "jurisdiction", None)
    if code is None:
        return [_standard(args.standard)]
    from sro_domain.comparison import JURISDICTIONS  # noqa: PLC0415
    from sro_domain.models import Assignment  # noqa: PLC0415

    found = JURISDICTIONS.get(code.upper())
    if found is None:
        raise _UsageError(f"no jurisdiction {code!r}; choose one of {', '.join(JURISDICTIONS)}")
    return [standard for standard in found if standard.subject is Assignment]


def _as_of(text: str | None) -> date:
    if text is None:
        return date.today()
    return _day("--as-of", text)


def _day(option: str, text: str) -> date:
    from sro_domain.codec import parse_date  # noqa: PLC0415 - the codec loads on first use

    day = parse_date(text)
    if day is None:
        raise _UsageError(f"{option} must be a date as YYYY-MM-DD, got {text!r}")
    return day


class _Bad:
    """Input that is not a record: a line that is not JSON, or not UTF-8, or empty input."""

    def __init__(self, message: str) -> None:
        self.message = message


_NO_RECORDS = _Bad("no records")


class _Result:
    """What judging one record gives: output, problems for standard error, and its status."""

    def __init__(
        self, output: str, problems: list[str], status: int, tally: str | tuple[str, ...]
    ) -> None:
        self.output = output
        self.problems = problems
        self.status = status
        # One tally per verdict: a record checked under a jurisdiction's standards has several.
        self.tallies = (tally,) if isinstance(tally, str) else tally


_TALLIES = ("met", "not met", "undetermined", "not applicable", "bad")
_CSV_COLUMNS = ("record", "subject")  # then the codec's ROW_FIELDS


def _check(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    _standards.cache_clear()  # the registry may have changed since the last run in this process
    standards = _chosen(args)
    standard = standards[0]
    progress = err.isatty()
    if args.command == "timeline":
        start, end = _day("--from", args.start), _day("--to", args.end)
        if start > end:
            raise _UsageError(f"--from {args.start} is after --to {args.end}")
        judge: Any = partial(_span, standard.id, (start, end), args.format)
        args.jobs = 1
    else:
        if args.detail != "full" and args.format != "json":
            raise _UsageError(f"--detail {args.detail} needs --format json")
        if args.explain_remedies and args.format == "csv":
            raise _UsageError("--explain-remedies needs --format text or json")
        as_of = _as_of(args.as_of)
        ids = tuple(chosen.id for chosen in standards)
        judge = partial(_judge, ids, as_of, args.format, args.detail, args.explain_remedies)
        if args.jobs == _AUTO:
            args.jobs = _auto_jobs(args.files)
    if args.format == "csv":
        from sro_domain.codec import ROW_FIELDS  # noqa: PLC0415

        # Plain identifiers: no cell of the header needs quoting.
        out.write(",".join([*_CSV_COLUMNS, *ROW_FIELDS]) + "\n")
    # What is loaded now lives as long as the run: the collector need not look at it again.
    gc.freeze()
    try:
        counts, status = _check_all(judge, args, out, err, progress)
    finally:
        gc.unfreeze()
    total = sum(counts.values())
    if progress and total >= _PROGRESS_FROM:
        err.write("\n")
    out.flush()
    shown = ", ".join(f"{counts[key]:,} {key}" for key in _TALLIES if counts[key])
    # Under a jurisdiction's standards each record has a verdict per standard: count those.
    noun = "verdict" if len(standards) > 1 else "record"
    print(f"sro-domain: {total:,} {noun}{'s' if total != 1 else ''}: {shown or 'none'}", file=err)
    return status


def _check_all(
    judge: Any, args: argparse.Namespace, out: IO[str], err: IO[str], progress: bool
) -> tuple[dict[str, int], int]:
    """Judge every record, writing each verdict as it is made (decision D9)."""
    status = EXIT_MET
    counts = dict.fromkeys(_TALLIES, 0)
    shown = _PROGRESS_FROM  # a chunk's results from --jobs come at once: shown at the next
    for result in _results(judge, _every_record(args.files), args.jobs):
        if result.output:
            out.write(result.output)
        for problem in result.problems:
            print(problem, file=err)
        if _SEVERITY[result.status] > _SEVERITY[status]:
            status = result.status
        for tally in result.tallies:
            if tally:
                counts[tally] += 1
        total = sum(counts.values())
        if progress and total >= shown:
            err.write(f"\r{total:,} records checked")
            shown = total - total % _PROGRESS_FROM + _PROGRESS_FROM
    return counts, status


def _results(judge: Any, items: Iterable[tuple[str, Any]], jobs: int) -> Iterator[_Result]:
    """Each record's result, in the input's order: here, or on ``jobs`` processes."""
    if jobs == 1:
        for item in items:
            yield item[1] if isinstance(item[1], _Result) else judge(item)
        return
    from collections import deque  # noqa: PLC0415 - only with --jobs
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    # Ctrl-C is the reader's to handle (exit 130, no traceback), not each worker's.
    with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts) as pool:
        # A few chunks per worker in flight: the workers never wait for the reader or writer,
        # and memory stays flat.
        pending: deque[Any] = deque()
        for chunk in _chunks(items, _CHUNK):
            pending.append(pool.submit(_judge_chunk, judge, chunk))
            if len(pending) >= _AHEAD * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _ignore_interrupts() -> None:
    import signal  # noqa: PLC0415 - only in a worker

    signal.signal(signal.SIGINT, signal.SIG_IGN)


_CHUNK = 200  # records a worker judges at a time
_AHEAD = 3  # chunks in flight per worker


def _chunks(items: Iterable[tuple[str, Any]], size: int) -> Iterator[list[tuple[str, Any]]]:
    chunk: list[tuple[str, Any]] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _judge_chunk(judge: Any, chunk: list[tuple[str, Any]]) -> _Result:
    """The results of a chunk of records, as one."""
    return _merged([item[1] if isinstance(item[1], _Result) else judge(item) for item in chunk])


def _judge(  # noqa: PLR0917 - bound with partial, one record at a time
    standard_ids: tuple[str, ...],
    as_of: date,
    form: str,
    detail: str,
    explain_remedies: bool,
    item: tuple[str, Any],
) -> _Result:
    """Decode one record, judge it under each standard and render the verdicts.

    Run in a worker with --jobs. The record is decoded once: every standard given reads the
    same record type (``--jurisdiction`` keeps only those).
    """
    standards = _standards(standard_ids)
    decoded = _decoded(standards[0], item)
    if isinstance(decoded, _Result):
        return decoded
    results = [
        _verdict(standard, as_of, form, detail, explain_remedies, decoded) for standard in standards
    ]
    return results[0] if len(results) == 1 else _merged(results)


def _merged(results: list[_Result]) -> _Result:
    """Several results as one: outputs, problems and tallies in order, the gravest status."""
    status = max((result.status for result in results), key=_SEVERITY.__getitem__)
    return _Result(
        "".join([result.output for result in results]),
        [problem for result in results for problem in result.problems],
        status,
        tuple(tally for result in results for tally in result.tallies),
    )


@cache
def _standards(standard_ids: tuple[str, ...]) -> tuple[Any, ...]:
    """The standards by id, looked up once a run (``_check`` forgets them) rather than a record."""
    from sro_domain import STANDARDS  # noqa: PLC0415

    return tuple(STANDARDS[standard_id] for standard_id in standard_ids)


@cache
def _codec() -> Any:
    """:mod:`sro_domain.codec`, imported on first use (an import statement a record costs more)."""
    from sro_domain import codec  # noqa: PLC0415

    return codec


def _verdict(  # noqa: PLR0917 - one record under one standard
    standard: Any,
    as_of: date,
    form: str,
    detail: str,
    explain_remedies: bool,
    decoded: tuple[str, Any],
) -> _Result:
    where, subject = decoded
    codec = _codec()
    try:
        verdict = standard.evaluate(subject, as_of=as_of)
    except SRODomainError as error:  # NotInForceError: the question has no answer
        return _Result("", [f"{where}: {error}"], EXIT_BAD_INPUT, "bad")
    ident = _subject_id(subject, where)
    outcome, applies = verdict.outcome.value, verdict.applies.value
    status, tally = _standing(outcome, applies)
    if form == "json":
        columns: dict[str, object] = {"record": where, "subject": ident}
        if explain_remedies:
            from sro_domain.codec import to_data  # noqa: PLC0415 - only with --explain-remedies
            from sro_domain.planning import remedies  # noqa: PLC0415

            found = remedies(standard, subject, as_of=as_of) if outcome != "met" else ()
            columns["remedies"] = [to_data(remedy) for remedy in found]
        line = codec.to_json(verdict, detail=detail, **columns)
        return _Result(line + "\n", [], status, tally)
    if form == "csv":
        return _Result(codec.to_csv(verdict, record=where, subject=ident), [], status, tally)
    label = verdict.outcome.label + _REACH.get(applies, "")
    text = f"{where}: {ident}: {label}\n{verdict.explain()}\n"
    if explain_remedies and outcome != "met":
        text += _remedies_text(standard, subject, as_of)
    return _Result(text + "\n", [], status, tally)


def _decoded(standard: Any, item: tuple[str, Any]) -> tuple[str, Any] | _Result:
    """Where the record came from and the record, decoded; or the result saying why not."""
    where, data = item
    if isinstance(data, bytes):
        data = _parse(data)
    if isinstance(data, _Bad):
        # An empty input is reported, but is no record.
        tally = "" if data is _NO_RECORDS else "bad"
        return _Result("", [f"{where}: {data.message}"], EXIT_BAD_INPUT, tally)
    codec = _codec()
    try:
        return where, codec.from_data(standard.subject, data)
    except codec.DecodeError as error:
        return _Result("", _decode_problems(where, standard.subject, error), EXIT_BAD_INPUT, "bad")


def _standing(outcome: str, applies: str) -> tuple[int, str]:
    """A record's exit status and its tally, from the outcome and reach (their values)."""
    tally = "not applicable" if applies == "not_met" else outcome.replace("_", " ")
    tally = "undetermined" if tally == "unknown" else tally
    return {"met": EXIT_MET, "not_met": EXIT_NOT_MET, "unknown": EXIT_UNKNOWN}[outcome], tally


def _remedies_text(standard: Any, subject: Any, as_of: date) -> str:
    from sro_domain.planning import remedies  # noqa: PLC0415 - only with --explain-remedies

    lines = ["Remedies:"]
    for remedy in remedies(standard, subject, as_of=as_of):
        lines.append(f"    {remedy}")
        lines.append(f"        change: {remedy.path}; cites {remedy.citation}")
        lines.extend(f"        or: {option}" for option in remedy.options[1:])
    return "\n".join(lines) + "\n"


def _span(standard_id: str, window: tuple[date, date], form: str, item: tuple[str, Any]) -> _Result:
    """Decode one record and render its timeline over ``window``."""
    from sro_domain import STANDARDS  # noqa: PLC0415
    from sro_domain.codec import to_json  # noqa: PLC0415
    from sro_domain.planning import timeline  # noqa: PLC0415

    standard = STANDARDS[standard_id]
    decoded = _decoded(standard, item)
    if isinstance(decoded, _Result):
        return decoded
    where, subject = decoded
    found = timeline(standard, subject, start=window[0], end=window[1])
    last = found.spans[-1]
    # The record's status and tally are those of the range's last day; a day the standard is
    # not in force counts as not met.
    outcome = "not_met" if last.outcome is None else last.outcome.value
    status, tally = _standing(outcome, "met" if last.applies is None else last.applies.value)
    ident = _subject_id(subject, where)
    if form == "json":
        return _Result(to_json(found, record=where, subject=ident) + "\n", [], status, tally)
    spans = "".join(f"    {span}\n" for span in found.spans)
    return _Result(f"{where}: {ident}: {standard.id}\n{spans}\n", [], status, tally)


def _subject_id(subject: Any, where: str) -> str:
    """Who or what a verdict is about, in words: the officer's id, and the schools."""
    officer = getattr(subject, "officer", subject)
    schools = getattr(subject, "schools", None)
    if schools is not None:
        names = ", ".join(sorted(school.name for school in schools))
        return f"{officer.id} at {names}"
    if hasattr(officer, "id"):
        return str(officer.id)
    return f"{type(subject).__name__} at {where}"


def _decode_problems(where: str, model: type, error: Any) -> list[str]:
    """One line per problem; one line in all for a record of another type altogether."""
    top = [(path, message) for path, message in error.problems if "." not in path]
    strangers = [path for path, message in top if message.startswith("is not a field")]
    required = [path for path, message in top if message == "is required"]
    if strangers and required:
        name = model.__name__
        article = "an" if name[0] in "AEIOU" else "a"
        return [
            f"{where}: not {article} {name} record: missing {', '.join(required)}; "
            f"{len(strangers)} field(s) {name} does not have"
        ]
    return [f"{where}: {path or '(top level)'}: {message}" for path, message in error.problems]


def _every_record(names: Sequence[str]) -> Iterator[tuple[str, Any]]:
    """Every record of every file; an unreadable file or an empty input is one bad item."""
    for name in names:
        label = "<stdin>" if name == "-" else name
        found = False
        try:
            for item in _records(name, label):
                found = True
                yield item
        except OSError as error:
            found = True
            problem = f"sro-domain: cannot read {name}: {error.strerror or error}"
            yield label, _Result("", [problem], EXIT_BAD_INPUT, "bad")
        if not found:
            yield label, _NO_RECORDS


_BOM = b"\xef\xbb\xbf"


def _records(name: str, label: str) -> Iterator[tuple[str, Any]]:
    """``(where, data)`` for every record of a file, read one line at a time.

    JSON Lines are read and yielded line by line, split on newlines only (U+2028 and U+0085
    inside strings are data). Only a file that is one JSON document — an array, or an object
    spread over several lines — is read whole.
    """
    if name == "-":
        # A text stream with no bytes underneath (a test's StringIO) is read as it is.
        stdin = sys.stdin
        handle = getattr(stdin, "buffer", None) or io.BytesIO(stdin.read().encode("utf-8"))
    else:
        handle = open(name, "rb")  # noqa: SIM115 - closed below, after the last record
    try:
        yield from _read(handle, label)
    finally:
        if name != "-":
            handle.close()


def _read(handle: IO[bytes], label: str) -> Iterator[tuple[str, Any]]:
    number, first = 1, handle.readline()
    if first.startswith(_BOM):
        first = first[len(_BOM) :]  # a byte-order mark is no part of the JSON (RFC 8259)
    while first and not first.strip():
        number, first = number + 1, handle.readline()
    if not first:
        return
    head = _parse(first)
    lines: Iterator[bytes] = iter(handle)
    listed = first.lstrip().startswith(b"[")
    if listed or isinstance(head, _Bad):
        # One document (a list, or an object over several lines), or a first line gone wrong.
        rest = handle.read()
        whole = _parse(first + rest)
        if listed or not isinstance(whole, _Bad):
            items = whole if isinstance(whole, list) else [whole]
            for index, item in enumerate(items):
                yield (f"{label}#{index + 1}" if isinstance(whole, list) else label), item
            return
        lines = iter((first + rest).split(b"\n")[1:])
    yield f"{label}:{number}", head
    # The rest are parsed where they are judged: with --jobs, on the workers.
    for line in lines:
        number += 1
        if line.strip():
            yield f"{label}:{number}", line


_MAX_DIGITS = 4_000  # longer numbers have no int in Python 3.11+ (int_max_str_digits)


def _whole_number(text: str) -> int:
    if len(text) > _MAX_DIGITS:
        raise ValueError(f"a number of {len(text):,} digits")
    return int(text)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        keys = [key for key, _ in pairs]
        twice = sorted({key for key in keys if keys.count(key) > 1})
        raise ValueError(f"duplicate key {', '.join(map(repr, twice))}")
    return found


def _parse(raw: bytes) -> Any:
    """One JSON value, or a ``_Bad`` saying why the bytes are not one."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return _Bad(f"not UTF-8 text: byte {raw[error.start]:#04x} at offset {error.start}")
    try:
        return json.loads(text, parse_int=_whole_number, object_pairs_hook=_no_duplicates)
    except RecursionError:
        return _Bad("not JSON: nested too deep")
    except json.JSONDecodeError as error:
        return _Bad(f"not JSON: {error.msg}")
    except ValueError as error:  # from the hooks: a huge number, a duplicate key
        return _Bad(f"not JSON for a record: {error}")


def _rules(standard_id: str | None, out: IO[str]) -> int:
    from sro_domain import STANDARDS  # noqa: PLC0415

    chosen = [_standard(standard_id)] if standard_id else list(STANDARDS.values())
    for standard in chosen:
        out.write(f"{standard.id} — {standard.title}\n  {standard.source.citation}\n")
        for rule in standard.rules:
            out.write(
                f'  {rule.id} — {rule.title}\n    {rule.source.citation}\n    "{rule.quote}"\n'
            )
        out.write("\n")
    return EXIT_MET


def _schema(name: str, detail: str, out: IO[str]) -> int:
    from sro_domain.schema import (  # noqa: PLC0415
        MODELS,
        remedy_schema,
        schema_for,
        timeline_schema,
        verdict_schema,
    )

    if name == "Verdict":
        schema = verdict_schema(detail)
    elif name in {"Timeline", "Remedy"} and detail == "full":
        schema = timeline_schema() if name == "Timeline" else remedy_schema()
    elif detail != "full":
        raise _UsageError(f"--detail {detail} is for the schema of a Verdict, not of {name!r}")
    else:
        model = MODELS.get(name)
        if model is None:
            choices = ", ".join([*MODELS, "Verdict", "Timeline", "Remedy"])
            raise _UsageError(f"no record type {name!r}; choose one of {choices}")
        schema = schema_for(model)
    out.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return EXIT_MET


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
