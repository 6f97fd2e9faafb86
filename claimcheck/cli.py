"""The ``claimcheck`` command.

Exit codes: 0 success; 1 a conflict reached ``--fail-on`` (check); 2 bad input or usage;
3 an internal error (a bug: please report it).
Errors are one line on stderr naming the file and the problem, never a traceback, and
output files are written whole or not at all.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import logging
import os
import shutil
import sys
import tempfile
from typing import IO, Any, Iterable, Iterator, Optional, Sequence

from . import __version__
from ._files import atomic_writer
from .conflicts.check import check_packed, load_config
from .documents import iter_documents
from .errors import ClaimcheckError, ConfigError, InputError
from .explain import explain
from .models import Claim, Conflict, Kind, Quantity, Report
from .pipeline.extract import Settings, extract, iter_claims
from .report import write_report

EXIT_OK, EXIT_CONFLICT, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own exit is 2 too; keep its message short
        self.print_usage(sys.stderr)
        raise _Usage(f"{self.prog}: {message}")


class _Usage(Exception):
    pass


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{s!r} is not a date (YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="claimcheck", description="Extract quantitative claims from news reports and flag where sources disagree.")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    def inputs(sp):
        sp.add_argument("paths", nargs="+", metavar="PATH", help=".txt file, folder, .json/.jsonl file of records, or - for stdin")
        sp.add_argument("--meta", metavar="FILE", help="meta.yaml: file name -> published, outlet, url (default: the folder's meta.yaml)")
        sp.add_argument("--published", type=_date, metavar="DATE", help="publication date for documents that have none")
        sp.add_argument("--keep-going", action="store_true", help="report bad files or records and go on with the rest (exit 2 at the end)")
        sp.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout (written whole or not at all)")

    ex = sub.add_parser("extract", help="print every quantitative claim")
    inputs(ex)
    ex.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    ex.add_argument("--kinds", metavar="K1,K2", help="only these kinds (count,percentage,duration,distance,date,ratio,money,measure)")

    ck = sub.add_parser("check", help="find figures the sources disagree on")
    inputs(ck)
    ck.add_argument("--config", metavar="FILE", help="rules configuration (TOML or YAML)")
    ck.add_argument("--format", choices=("table", "json", "markdown", "html"), default="table")
    ck.add_argument("--fail-on", choices=("info", "low", "medium", "high"), default="medium",
                    help="exit 1 when a conflict of this severity or worse is found (default: medium)")

    sc = sub.add_parser("schema", help="print the JSON schema of the output")
    sc.add_argument("--model", choices=("report", "claim", "conflict", "quantity"), default="report")

    xp = sub.add_parser("explain", help="show how one sentence is read: quantities, rules and bindings")
    xp.add_argument("sentence")
    xp.add_argument("--published", type=_date, metavar="DATE")
    return p


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except _Usage as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    if args.version:

        print(f"claimcheck {__version__}")
        return EXIT_OK
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    notes = _Notes()
    logging.getLogger("claimcheck").addHandler(notes)
    try:
        return _COMMANDS[args.command](args)
    except ClaimcheckError as exc:
        print(_message(exc), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("claimcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except TimeoutError:  # a pattern outside extraction (which names the document) ran over its limit
        print("claimcheck: error: a pattern ran over its time limit on the input [extract.timeout]", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # an output path that is a folder, a disk that is full...
        print(f"claimcheck: error: {exc.filename or '<output>'}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # a bug of ours: still one line, and not the "conflict found" code
        print(f"claimcheck: internal error: {type(exc).__name__}: {exc} (please report it)", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        logging.getLogger("claimcheck").removeHandler(notes)


class _Notes(logging.Handler):
    """Notes of the library (a figure dropped as absurd) as "claimcheck: note: ..." lines
    on the stderr of the moment."""

    def __init__(self):
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        print(f"claimcheck: note: {record.getMessage()}", file=sys.stderr)


def _documents(args, errors: list[InputError]) -> Iterator[Any]:
    """The documents of the PATH arguments, one at a time, dated by --published where they
    have no date; each bad file or record is reported as it is met (under --keep-going)."""

    shown = 0
    count = 0
    for d in iter_documents(args.paths, args.meta, keep_going=args.keep_going, errors=errors):
        shown = _report_errors(errors, shown)
        count += 1
        if args.published and not d.published:
            d = d.model_copy(update={"published": args.published, "published_source": "argument"})
        yield d
    _report_errors(errors, shown)
    if not count and not errors:
        raise InputError(None, "no documents given", type="input.no_documents")


def _report_errors(errors: list[InputError], shown: int) -> int:
    """Print the errors not printed yet; returns how many are printed now."""
    for e in errors[shown:]:
        print(_message(e), file=sys.stderr)
    return len(errors)


def _message(exc: ClaimcheckError) -> str:
    """One line: the file, the problem and its stable code."""
    return f"claimcheck: error: {exc} [{exc.type}]"


@contextlib.contextmanager
def _output(args) -> Iterator[IO[str]]:
    """Where a command writes, whole or not at all: --output through a temporary file
    beside it, renamed into place when the command succeeds; stdout through an anonymous
    temporary file, copied out at the end. Output is written piece by piece, so it never
    has to fit in memory, and an error leaves nothing half-written anywhere."""
    if not args.output:
        with tempfile.TemporaryFile("w+", encoding="utf-8") as fh:
            yield fh
            fh.seek(0)
            shutil.copyfileobj(fh, sys.stdout)
        sys.stdout.flush()
        return
    target = os.path.abspath(args.output)
    if os.path.isdir(target):
        raise InputError(args.output, "is a folder: --output needs a file name", type="output.invalid")
    if not os.path.isdir(os.path.dirname(target)):
        raise InputError(args.output, "the folder to write into does not exist", type="output.invalid")
    with atomic_writer(target) as fh:
        yield fh


def _kinds(arg: Optional[str]) -> Optional[frozenset[str]]:
    kinds = frozenset(k.strip() for k in arg.split(",")) if arg else None
    known = set(Kind)
    if kinds and not kinds <= known:
        raise ConfigError(f"--kinds: unknown kind(s) {', '.join(sorted(kinds - known))}; known: {', '.join(sorted(known))}",
                          type="config.unknown_kind", loc=("--kinds",))
    return kinds


def _write_claims(args, docs: Iterable[Any], settings, errors: list[InputError], out: IO[str]) -> None:
    """Each document's claims as JSONL, written as they are read: memory stays that of one
    document. Under --keep-going a document that cannot be read (too long, timed out) is
    reported and its claims written so far are taken back out."""

    for d in docs:
        start = out.tell()
        try:
            for c in iter_claims(d, settings=settings):
                out.write(json.dumps(c.flat(), ensure_ascii=False, allow_nan=False) + "\n")
        except InputError as exc:
            out.seek(start)
            out.truncate()
            _skip(args, exc, errors)


def _all_claims(args, docs: Iterable[Any], settings, errors: list[InputError]) -> list[Any]:
    """Every claim of the documents, for the table (which needs them all for its widths)."""

    claims = []
    for d in docs:
        try:
            claims.extend(extract(d, settings=settings))
        except InputError as exc:
            _skip(args, exc, errors)
    return claims


def _skip(args, exc: InputError, errors: list[InputError]) -> None:
    """A document that cannot be read: reported and skipped under --keep-going, else raised."""
    if not args.keep_going:
        raise exc
    errors.append(exc)
    print(_message(exc), file=sys.stderr)


def cmd_extract(args) -> int:
    """Claims as JSONL, written document by document, or as a table."""

    settings = Settings(kinds=_kinds(args.kinds))
    errors: list[InputError] = []
    with _output(args) as out:
        if args.format == "jsonl":
            _write_claims(args, _documents(args, errors), settings, errors, out)
        else:
            out.write(claims_table(_all_claims(args, _documents(args, errors), settings, errors)))
    return EXIT_USAGE if errors else EXIT_OK


def claims_table(claims) -> str:
    """A plain-text table of claims for a terminal."""
    rows = [("doc", "span", "kind", "text", "value", "unit", "qualifier", "subject", "predicate", "scope", "as_of")]
    for c in claims:
        v = c.value
        val = f"{v.low:g}" if v.low == v.high else f"{v.low:g}-{v.high:g}"
        if c.kind == Kind.DATE:
            val = c.date_value or "?"
        rows.append((c.doc[:28], f"{c.evidence.start}-{c.evidence.end}", c.kind, c.text.replace("\n", " ")[:36], val, c.unit or "",
                     v.qualifier, c.subject or "", c.predicate or "", (c.scope or "")[:24], c.time.as_of or ""))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(str(x).ljust(w) for x, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def cmd_schema(args) -> int:

    model = {"report": Report, "claim": Claim, "conflict": Conflict, "quantity": Quantity}[args.model]
    sys.stdout.write(json.dumps(model.model_json_schema(), indent=2) + "\n")
    return EXIT_OK


def cmd_explain(args) -> int:

    sys.stdout.write(explain(args.sentence, args.published))
    return EXIT_OK


def cmd_check(args) -> int:

    config = load_config(args.config) if args.config else None
    errors: list[InputError] = []
    # the claims kept packed: a report of a long document is written claim by claim from them
    report = check_packed(_documents(args, errors), config=config)
    with _output(args) as out:
        write_report(report, args.format, out)
    if errors:
        return EXIT_USAGE
    return EXIT_CONFLICT if report.at_least(args.fail_on) else EXIT_OK


_COMMANDS = {"extract": cmd_extract, "check": cmd_check, "schema": cmd_schema, "explain": cmd_explain}

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
