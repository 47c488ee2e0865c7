"""The ``sro-domain`` command line: check records in JSON files, list the rules, print schemas.

This module is an edge: it reads files and the clock (``--as-of`` defaults to today, here and
nowhere in the core). Exit status, most severe first: 2 bad usage or bad input, 1 a standard
not met, 3 undetermined (and nothing not met), 0 every record met.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from typing import IO, Any

EXIT_MET, EXIT_NOT_MET, EXIT_BAD_INPUT, EXIT_UNKNOWN = 0, 1, 2, 3
# 2 > 1 > 3 > 0: bad input outranks a failure, which outranks an open question.
_SEVERITY = {EXIT_MET: 0, EXIT_UNKNOWN: 1, EXIT_NOT_MET: 2, EXIT_BAD_INPUT: 3}
_PROGRESS_FROM = 10_000

EXAMPLES = """\
examples:
  sro-domain check --standard federal-definition examples/community-sro.json
  sro-domain check --standard nasro-selection --as-of 2024-08-01 officers.jsonl
  cat roster.jsonl | sro-domain check --standard nc-statute --format json -
  sro-domain rules --standard nasro-selection
  sro-domain schema Officer

exit status: 0 every record met the standard; 1 some record did not; 3 some record is
undetermined (and none failed); 2 bad usage or bad input (reported, other records still checked).
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sro-domain",
        description="Check School Resource Officer records against cited standards.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="evaluate records from JSON or JSON Lines files",
        description="Evaluate each record (a JSON object, a list of them, or JSON Lines) under a "
        "standard and print the explained verdicts.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument(
        "--standard", required=True, metavar="ID", help="a standard id, e.g. federal-definition"
    )
    check.add_argument(
        "files", nargs="+", metavar="FILE", help="JSON or JSON Lines files; - for standard input"
    )
    check.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="the date to ask about (default: today)"
    )
    check.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="text (default) or one JSON verdict per line",
    )
    rules = commands.add_parser("rules", help="list the rules with their citations and quotes")
    rules.add_argument("--standard", metavar="ID", help="only this standard's rules")
    schema = commands.add_parser("schema", help="print the JSON Schema of a record type")
    schema.add_argument("model", metavar="MODEL", help="Officer, Assignment, Mou, SroResponse, …")
    commands.add_parser(
        "demo", help="the explained verdicts of three example assignments (the default)"
    )
    return parser


class _UsageError(Exception):
    """Bad usage: reported in one line, exit status 2."""


# A met standard that does not reach the record is no compliance: say so (decision S1).
_REACH = {"not_met": " (does not apply)", "unknown": " (may not apply)"}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        if args.command == "check":
            return _check(args, out, err)
        if args.command == "rules":
            return _rules(args.standard, out)
        if args.command == "schema":
            return _schema(args.model, out)
    except _UsageError as problem:
        print(f"sro-domain: {problem}", file=err)
        return EXIT_BAD_INPUT
    from sro_domain.examples import demo_text  # noqa: PLC0415 - only the demo needs it

    out.write(demo_text())
    return EXIT_MET


def _standard(standard_id: str) -> Any:
    from sro_domain import STANDARDS  # noqa: PLC0415

    standard = STANDARDS.get(standard_id)
    if standard is None:
        raise _UsageError(f"no standard {standard_id!r}; choose one of {', '.join(STANDARDS)}")
    return standard


def _as_of(text: str | None) -> date:
    if text is None:
        return date.today()
    from sro_domain.codec import parse_date  # noqa: PLC0415 - the codec loads on first use

    day = parse_date(text)
    if day is None:
        raise _UsageError(f"--as-of must be a date as YYYY-MM-DD, got {text!r}")
    return day


def _check(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from sro_domain.codec import DecodeError, from_data, to_data  # noqa: PLC0415
    from sro_domain.outcome import Outcome  # noqa: PLC0415

    standard = _standard(args.standard)
    as_of = _as_of(args.as_of)
    status = EXIT_MET
    count = 0
    progress = err.isatty()

    def worse(new: int) -> None:
        nonlocal status
        if _SEVERITY[new] > _SEVERITY[status]:
            status = new

    for name in args.files:
        try:
            for where, data in _records(name):
                count += 1
                if progress and count % _PROGRESS_FROM == 0:
                    err.write(f"\r{count:,} records checked")
                if isinstance(data, _BadLine):
                    print(f"{where}: not JSON: {data.message}", file=err)
                    worse(EXIT_BAD_INPUT)
                    continue
                try:
                    subject = from_data(standard.subject, data)
                except DecodeError as error:
                    for path, message in error.problems:
                        print(f"{where}: {path or '(top level)'}: {message}", file=err)
                    worse(EXIT_BAD_INPUT)
                    continue
                try:
                    verdict = standard.evaluate(subject, as_of=as_of)
                except ValueError as error:  # NotInForceError: the question has no answer
                    print(f"{where}: {error}", file=err)
                    worse(EXIT_BAD_INPUT)
                    continue
                if args.format == "json":
                    out.write(json.dumps({"record": where, **to_data(verdict)}) + "\n")
                else:
                    label = verdict.outcome.label + _REACH.get(verdict.applies.value, "")
                    out.write(f"{where}: {label}\n{verdict.explain()}\n\n")
                worse({Outcome.MET: EXIT_MET, Outcome.NOT_MET: EXIT_NOT_MET,
                       Outcome.UNKNOWN: EXIT_UNKNOWN}[verdict.outcome])  # fmt: skip
        except OSError as error:
            print(f"sro-domain: cannot read {name}: {error.strerror or error}", file=err)
            worse(EXIT_BAD_INPUT)
    if progress and count >= _PROGRESS_FROM:
        err.write("\n")
    return status


class _BadLine:
    def __init__(self, message: str) -> None:
        self.message = message


def _records(name: str) -> Iterator[tuple[str, Any]]:
    """``(where, data)`` for every record in a file: a JSON object, a list of them, or JSON Lines."""
    label = "<stdin>" if name == "-" else name
    if name == "-":
        text = sys.stdin.read()
    else:
        with open(name, encoding="utf-8") as handle:
            text = handle.read()
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        whole = _BadLine("")
    if not isinstance(whole, _BadLine):
        items = whole if isinstance(whole, list) else [whole]
        for index, item in enumerate(items):
            yield (f"{label}#{index + 1}" if isinstance(whole, list) else label), item
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield f"{label}:{number}", json.loads(line)
        except json.JSONDecodeError as error:
            yield f"{label}:{number}", _BadLine(error.msg)


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


def _schema(name: str, out: IO[str]) -> int:
    from sro_domain.schema import MODELS, schema_for  # noqa: PLC0415

    model = MODELS.get(name)
    if model is None:
        raise _UsageError(f"no record type {name!r}; choose one of {', '.join(MODELS)}")
    out.write(json.dumps(schema_for(model), indent=2, ensure_ascii=False) + "\n")
    return EXIT_MET


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
