"""The command line: a thin layer over the API in ``claimledger.pipeline``.

Stdout carries JSON Lines only; messages go to stderr. Exit codes: 0 all read,
1 some input could not be read, or only in part (the rest was processed), 2 usage error,
130 interrupted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import signal
import sys
import threading
from enum import Enum
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Annotated, Any, Optional, get_args

import typer

from claimledger import __version__
from claimledger.records import Kind

if TYPE_CHECKING:
    from claimledger.database import DatabaseWriter
    from claimledger.input_dates import Edge
    from claimledger.ledger import LedgerWriter
    from claimledger.query import Filters

# Typer reads help texts as rich markup, where "[dask]" is a style tag that vanishes:
# a literal bracket in a help text is written "\\[" (tests/test_cli.py checks every one).
app = typer.Typer(
    help="Turn English news text into a ledger of checkable claims (JSON Lines).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    html = "html"


class Engine(str, Enum):
    processes = "processes"
    dask = "dask"


# The kinds a record can have, from the record type itself, so a new kind is a choice at once.
KindName = Enum("KindName", [(k, k) for k in get_args(Kind)], type=str)  # type: ignore[misc]


class EncodingErrors(str, Enum):
    strict = "strict"
    replace = "replace"


class DateOrder(str, Enum):
    DMY = "DMY"
    MDY = "MDY"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimledger {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """Turn English news text into a ledger of checkable claims (JSON Lines)."""


def _read_date(
    value: Optional[str], option: str, now: Optional[dt.datetime] = None, edge: Edge = "first", order: Optional[DateOrder] = None
) -> Optional[dt.date]:
    """An option's date (claimledger.input_dates.read_date); one that cannot be read is a usage error."""
    from claimledger.input_dates import DateError, read_date

    if value is None:
        return None
    try:
        return read_date(value, now, edge, order.value if order else None)
    except DateError as e:
        raise typer.BadParameter(f"{value!r} {e}", param_hint=option) from None


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.", show_default=False)],
    input_format: Annotated[
        InputFormat, typer.Option("--input-format", help="auto: .jsonl files are JSONL, .html/.htm web pages, the rest plain text.")
    ] = InputFormat.auto,
    ref_date: Annotated[
        Optional[str],
        typer.Option(
            "--ref-date",
            help="The date that anchors relative dates (2025-01-14, 'Tue, 14 Jan 2025'); a JSONL document's 'published' wins, a web page's own date is used without it.",
        ),
    ] = None,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the ledger to this file (atomically).")] = None,
    append: Annotated[bool, typer.Option("--append", help="Add to --output only records whose id it lacks.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing --output ledger (without it, and without --append, it is refused).")] = False,
    unique_ids: Annotated[
        bool, typer.Option("--unique-ids", help="Read a document id that an earlier input gave another text as ID~2, not skip it.")
    ] = False,
    set_aside: Annotated[
        bool,
        typer.Option(
            "--set-aside-bad-lines",
            help="With --append: move lines of the ledger that are no records to LEDGER.rejected (else they are kept, reported, and the exit is 1).",
        ),
    ] = False,
    encoding_errors: Annotated[
        EncodingErrors, typer.Option("--encoding-errors", help="strict: skip a file that is not UTF-8; replace: read it anyway.")
    ] = EncodingErrors.strict,
    date_order: Annotated[
        Optional[DateOrder],
        typer.Option(
            "--date-order",
            help="How --ref-date and JSONL 'published' dates such as 01/02/2025 order day and month (DMY: 1 February; MDY: 2 January); without it such a date is refused.",
        ),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Worker processes (Dask workers of a local cluster); the output is the same for any number.")
    ] = 1,
    engine: Annotated[
        Engine, typer.Option("--engine", help="processes: this machine; dask: a Dask cluster (needs claimledger\\[dask]).")
    ] = Engine.processes,
    scheduler: Annotated[
        Optional[str], typer.Option("--scheduler", help="With --engine dask: the scheduler's address, or 'local' for a new local cluster.")
    ] = None,
    scheduler_timeout: Annotated[
        float, typer.Option("--scheduler-timeout", min=0.1, help="With --engine dask: seconds to wait for the scheduler to answer.")
    ] = 10.0,
    database: Annotated[
        Optional[str], typer.Option("--db", help="Append the records to this SQLite database (made when missing; claimledger db) instead of writing JSON Lines.")
    ] = None,
) -> None:
    """Extract claims from news text and write them as JSON Lines.

    Example: claimledger extract seeds/*.txt --ref-date 2025-01-14 | jq -c '{kind, speaker: .speaker.name}'
    """
    import time

    from claimledger import batch, cluster
    from claimledger.database import DatabaseError, DatabaseWriter
    from claimledger.ledger import LedgerWriter
    from claimledger.sources import count, read

    anchor = _read_date(ref_date, "--ref-date", order=date_order)
    order = date_order.value if date_order else None
    if database is not None and (output or append or force or set_aside):
        raise typer.BadParameter("--db writes the records itself; it excludes --output, --append, --force and --set-aside-bad-lines", param_hint="--db")
    if append and not output:
        raise typer.BadParameter("--append needs --output FILE", param_hint="--append")
    if set_aside and not append:
        raise typer.BadParameter("--set-aside-bad-lines needs --append", param_hint="--set-aside-bad-lines")
    _refuse_to_replace(output, append, force)
    if unique_ids and engine is Engine.dask:
        raise typer.BadParameter("--unique-ids needs --engine processes", param_hint="--unique-ids")
    if scheduler is not None and engine is not Engine.dask:
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    if engine is Engine.dask:
        outcomes = cluster.run(inputs, scheduler or "local", anchor, jobs, input_format.value, encoding_errors.value, scheduler_timeout, order)
    else:
        outcomes = batch.run(read(inputs, input_format.value, encoding_errors.value, unique_ids, order), anchor, jobs)
    problems = documents = 0
    started = time.perf_counter()
    writer: LedgerWriter | DatabaseWriter
    if database is not None:
        writer = DatabaseWriter(database, source="extract")
    else:
        writer = LedgerWriter(output, append=append, stream=sys.stdout, set_aside=set_aside, waiting=_say_waiting)
    try:
        total = count(inputs, input_format.value) if sys.stderr.isatty() and engine is Engine.processes else None
        with _kill_as_interrupt(), writer, _progress(total) as (advance, say):
            for outcome in outcomes:
                writer.write(outcome.claims)
                documents += 1
                if outcome.counted:
                    advance()  # one step per item sources.count counted
                if outcome.problem:
                    problems += 1
                    say(f"claimledger: {outcome.problem}")
    except KeyboardInterrupt:
        kept = f"{database} holds the batches of records written before" if database else "the ledger holds only whole lines"
        typer.echo(f"claimledger: interrupted; {kept}", err=True)
        raise typer.Exit(130) from None
    except BrokenPipeError:
        _quiet_broken_pipe()
    except (cluster.ClusterError, DatabaseError) as e:
        typer.echo(f"claimledger: {e}", err=True)
        raise typer.Exit(1) from None
    except OSError as e:
        typer.echo(f"claimledger: {e.filename or database or output}: {e.strerror or e}", err=True)
        raise typer.Exit(1) from None
    if isinstance(writer, DatabaseWriter):
        _tell_problems(writer.result.problems)
        failed = bool(writer.result.problems)
        written = f"{writer.written} claims added to {database} ({writer.result.present} there already)"
    else:
        if writer.dropped_half_line:
            typer.echo(f"claimledger: {output}: its last line was cut off by an earlier writer; it was dropped", err=True)
        _tell_bad_lines(writer)
        failed = bool(writer.bad_lines and not set_aside)
        written = f"{writer.written} claims"
    if sys.stderr.isatty():
        seconds = time.perf_counter() - started
        typer.echo(f"claimledger: {documents - problems} documents, {written}, {problems} failures, {seconds:.1f} s", err=True)
    if problems:
        typer.echo(f"claimledger: {problems} problem(s) in the input (above); the rest was processed", err=True)
    if problems or failed:
        raise typer.Exit(1)


def _refuse_to_replace(output: str | None, append: bool, force: bool) -> None:
    """A ledger file already there is never replaced by mistake: its records would be lost."""
    if append and force:
        raise typer.BadParameter("--append and --force exclude each other", param_hint="--force")
    if output and not append and not force and os.path.isfile(output) and os.path.getsize(output) > 0:
        typer.echo(f"claimledger: {output} exists; add to it with --append, or replace it with --force", err=True)
        raise typer.Exit(1)


_BAD_LINES_TOLD = 10  # lines of a damaged ledger told one by one; validate lists them all


def _tell_bad_lines(writer: LedgerWriter) -> None:
    """The lines of the old ledger that are no records: kept as they were, or set aside."""
    fate = f"moved to {writer.rejected_path}" if writer.set_aside else "kept as it was"
    for bad in writer.bad_lines[:_BAD_LINES_TOLD]:
        typer.echo(f"claimledger: {writer.path}:{bad.number}: {bad.reason}; {fate}", err=True)
    if len(writer.bad_lines) > _BAD_LINES_TOLD:
        typer.echo(f"claimledger: {writer.path}: {len(writer.bad_lines) - _BAD_LINES_TOLD} more such lines (claimledger validate lists them)", err=True)
    if writer.bad_lines and not writer.set_aside:
        typer.echo(f"claimledger: {writer.path} holds lines that are no records; every record was kept (--set-aside-bad-lines moves those lines out)", err=True)


LedgerArg = Annotated[str, typer.Argument(help="A ledger file (JSON Lines or a claimledger database), or - for stdin.", show_default=False)]
# The filters of show and report, written once.
SpeakerFilter = Annotated[Optional[str], typer.Option(help="Only claims whose speaker's name or text holds this.")]
KindFilter = Annotated[Optional[KindName], typer.Option(help="Only this kind.")]
DocFilter = Annotated[Optional[str], typer.Option(help="Only this document id.")]
CueFilter = Annotated[Optional[str], typer.Option(help="Only this cue lemma (say, deny, allege, ...).")]
HasQuantityFilter = Annotated[bool, typer.Option("--has-quantity", help="Only claims with a quantity.")]
GrepFilter = Annotated[Optional[str], typer.Option(help="Only claims whose content or sentence matches this regular expression.")]
SinceFilter = Annotated[
    Optional[str], typer.Option(help="Only claims of documents published on or after this date (2025-01-01, 'last week', '3 days ago').")
]
UntilFilter = Annotated[Optional[str], typer.Option(help="Only claims of documents published on or before this date ('January 2025' is up to its last day).")]


def _filters(
    speaker: Optional[str],
    kind: Optional[KindName],
    doc: Optional[str],
    cue: Optional[str],
    has_quantity: bool,
    grep: Optional[str],
    since: Optional[str],
    until: Optional[str],
) -> Filters:
    """The records a command keeps; a --grep that is no regular expression, or a date that cannot be read, is a usage error."""
    import re

    from claimledger.query import Filters

    if grep is not None:
        try:
            re.compile(grep)
        except re.error as e:
            raise typer.BadParameter(f"not a regular expression: {e}", param_hint="--grep") from None
    now = dt.datetime.now()
    dates = _read_date(since, "--since", now), _read_date(until, "--until", now, "last")
    return Filters(speaker, kind.value if kind else None, doc, cue, has_quantity, grep, *dates)


@app.command()
def show(
    ledger: LedgerArg,
    speaker: SpeakerFilter = None,
    kind: KindFilter = None,
    doc: DocFilter = None,
    cue: CueFilter = None,
    has_quantity: HasQuantityFilter = False,
    grep: GrepFilter = None,
    since: SinceFilter = None,
    until: UntilFilter = None,
    context: Annotated[bool, typer.Option("--context", help="Show the sentence with the claim's spans highlighted.")] = False,
    pager: Annotated[bool, typer.Option("--pager", help="Page long output.")] = False,
) -> None:
    """Show a ledger for people: a table on a terminal, plain text blocks in a pipe or file (text from the news is shown literally).

    Example: claimledger extract seeds/*.txt | claimledger show - --speaker Pistorius --context
    """
    from claimledger.ledger import read_records
    from claimledger.query import Tally, select

    filters = _filters(speaker, kind, doc, cue, has_quantity, grep, since, until)
    tally = Tally()
    bad: list[str] = []
    with _ledger_errors(ledger):
        records = select(read_records(ledger, bad, sys.stdin), filters, tally)
        if sys.stdout.isatty():
            from claimledger import render

            render.show(list(records), context=context, pager=pager)
        else:  # streamed: memory stays flat however long the ledger
            from claimledger.render import blocks

            _write_lines(_apart(blocks(records, context)))
    if tally.undated:
        typer.echo(f"claimledger: {tally.undated} claims have no publication date (doc.published); --since/--until leave them out", err=True)
    if tally.read and not tally.shown:
        typer.echo(f"claimledger: none of the {tally.read} claims in {ledger} matches the filters", err=True)
    _end(bad)


@app.command()
def report(
    ledger: LedgerArg,
    docs: Annotated[list[str], typer.Option("--docs", help="The documents the ledger was made from (files, folders, globs, JSONL, web pages); repeat it for more.", show_default=False)],
    output: Annotated[str, typer.Option("--output", "-o", help="The HTML file to write; with many documents, their pages go in a folder beside it.", show_default=False)],
    speaker: SpeakerFilter = None,
    kind: KindFilter = None,
    doc: DocFilter = None,
    cue: CueFilter = None,
    has_quantity: HasQuantityFilter = False,
    grep: GrepFilter = None,
    since: SinceFilter = None,
    until: UntilFilter = None,
) -> None:
    """Write an HTML page of each document's text with its claims marked, for people who check them.

    Example: claimledger report ledger.jsonl --docs seeds/ -o report.html
    """
    from claimledger import report as reports
    from claimledger.ledger import read_records
    from claimledger.query import select
    from claimledger.sources import texts

    filters = _filters(speaker, kind, doc, cue, has_quantity, grep, since, until)
    bad: list[str] = []
    with _ledger_errors(ledger):
        records = list(select(read_records(ledger, bad, sys.stdin), filters))
    _tell_problems(bad)
    found, problems = texts(docs, {str((r.get("doc") or {}).get("id")) for r in records})
    for problem in problems:
        typer.echo(f"claimledger: {problem}", err=True)
    built = reports.build(records, found, name=os.path.basename(output), source="" if ledger == "-" else ledger)
    for problem in built.problems:
        typer.echo(f"claimledger: {problem}", err=True)
    with _ledger_errors(output):
        reports.write(built, output)
    if sys.stderr.isatty():
        folder = os.path.join(os.path.dirname(output), reports.pages_folder(output))
        pages = f" and {len(built.pages) - 1} pages in {folder}/" if len(built.pages) > 1 else ""
        typer.echo(f"claimledger: wrote {output}{pages}: {built.documents} documents, {built.claims} claims", err=True)
    if bad or problems or built.problems:
        raise typer.Exit(1)


@app.command()
def stats(
    ledger: LedgerArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
    top: Annotated[int, typer.Option("--top", min=0, help="On a terminal, the rows of each table to show (0: all).")] = 15,
) -> None:
    """Count a ledger's claims by kind, speaker, cue and document.

    Example: claimledger stats ledger.jsonl --json | jq .speaker
    """
    from claimledger.ledger import read_records
    from claimledger.query import count

    bad: list[str] = []
    with _ledger_errors(ledger):
        counts = _database_counts(ledger, bad) if _is_database(ledger) else count(read_records(ledger, bad, sys.stdin))
    if as_json or not sys.stdout.isatty():
        typer.echo(json.dumps(counts, ensure_ascii=False, indent=None if not as_json else 2))
    else:
        from claimledger import render

        render.show_counts(counts, top=top)
    _end(bad)


def _is_database(ledger: str) -> bool:
    """Whether a ledger argument is a SQLite database (claimledger db) rather than JSON Lines."""
    from claimledger.database import is_database

    return ledger != "-" and is_database(ledger)


def _database_counts(ledger: str, bad: list[str]) -> dict[str, Any]:
    """``stats`` of a database, counted by SQL; one that is no claimledger database is told in ``bad``."""
    from claimledger import database

    try:
        return database.count(ledger)
    except database.DatabaseError as e:
        bad.append(str(e))
        return {"claims": 0, "kind": {}, "speaker": {}, "cue": {}, "doc": {}}


@app.command()
def validate(
    ledger: LedgerArg,
    docs: Annotated[
        Optional[list[str]], typer.Option("--docs", help="The documents (files, folders, JSONL) to check offsets against.")
    ] = None,
) -> None:
    """Check every line against the schema, that ids are unique, and offsets against --docs.

    Example: claimledger validate ledger.jsonl --docs seeds/
    """
    from claimledger.checks import check
    from claimledger.sources import texts as read_texts

    texts, problems = read_texts(docs) if docs else (None, [])
    for problem in problems:
        typer.echo(f"claimledger: {problem}", err=True)
    with _ledger_errors(ledger):  # a byte that is no UTF-8 is a finding of its line (claimledger.checks), not an end
        if _is_database(ledger):  # its records' lines, numbered in the order they were written
            from claimledger.database import DatabaseError, lines

            try:
                fh: Any = contextlib.closing(lines(ledger))
            except DatabaseError as e:
                typer.echo(f"claimledger: {e}", err=True)
                raise typer.Exit(1) from None
        else:
            fh = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="surrogateescape") if ledger == "-" else open(ledger, encoding="utf-8", errors="surrogateescape")
    from claimledger.database import DatabaseError

    findings = 0
    try:
        with fh as source:
            for finding in check(iter(source), texts):
                findings += 1
                typer.echo(f"{ledger}:{finding.line}: {finding.message}", err=True)
    except DatabaseError as e:  # a database damaged past the rows read so far
        typer.echo(f"claimledger: {e}", err=True)
        raise typer.Exit(1) from None
    if findings:
        typer.echo(f"claimledger: {findings} problem(s) in {ledger}", err=True)
    if problems:
        typer.echo(f"claimledger: {len(problems)} problem(s) in --docs", err=True)
    if findings or problems:
        raise typer.Exit(1)


@app.command()
def merge(
    ledgers: Annotated[list[str], typer.Argument(help="Ledger files to merge, in order.", show_default=False)],
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the merged ledger to this file (atomically).")] = None,
) -> None:
    """Merge ledgers: every record once (by id), in the order the inputs give them.

    Example: claimledger merge monday.jsonl tuesday.jsonl -o week.jsonl
    """
    from claimledger.ledger import LedgerWriter, RawRecord, read_ledgers

    bad: list[str] = []
    with _ledger_errors(output or "-"), LedgerWriter(output, stream=sys.stdout) as writer:
        writer.write(RawRecord(r) for r in read_ledgers(ledgers, bad, sys.stdin))
    _end(bad)


@app.command("db")
def make_database(
    ledgers: Annotated[list[str], typer.Argument(help="Ledger files (JSON Lines or databases), or - for stdin.", show_default=False)],
    output: Annotated[str, typer.Option("--output", "-o", help="The SQLite database to append to (made when missing).", show_default=False)],
) -> None:
    """Load ledgers into a SQLite database of flat tables (documents, claims, quantities, dates, speakers, full-text search) for sqlite3, sqlite-utils and Datasette; a record already there is left as it is.

    Example: claimledger db monday.jsonl tuesday.jsonl -o ledger.db && sqlite3 ledger.db 'select kind, count(*) from claims group by kind'
    """
    from claimledger.database import DatabaseError, DatabaseWriter
    from claimledger.ledger import read_ledgers

    if output == "-" or os.path.realpath(output) in {os.path.realpath(ledger) for ledger in ledgers if ledger != "-"}:
        raise typer.BadParameter("the database must be a file of its own, not one of the ledgers", param_hint="--output")
    problems: list[str] = []
    try:
        with DatabaseWriter(output, source=output) as writer:
            for record in read_ledgers(ledgers, problems, sys.stdin):
                writer.write([record])
    except KeyboardInterrupt:
        typer.echo(f"claimledger: interrupted; {output} holds the records of the batches written before", err=True)
        raise typer.Exit(130) from None
    except DatabaseError as e:
        typer.echo(f"claimledger: {e}", err=True)
        raise typer.Exit(1) from None
    except OSError as e:
        typer.echo(f"claimledger: {e.filename or output}: {e.strerror or e}", err=True)
        raise typer.Exit(1) from None
    _tell_problems(problems + writer.result.problems)
    if sys.stderr.isatty():
        typer.echo(f"claimledger: {writer.written} claims added to {output} ({writer.result.present} there already)", err=True)
    if problems or writer.result.problems:
        raise typer.Exit(1)


LedgersArg = Annotated[list[str], typer.Argument(help="Ledger files (JSON Lines or claimledger databases), or - for stdin.", show_default=False)]


class ExportFormat(str, Enum):
    claim = "claim"
    claimreview = "claimreview"
    annotation = "annotation"
    csv = "csv"


class CsvTable(str, Enum):
    claims = "claims"
    quantities = "quantities"
    dates = "dates"


@app.command()
def find(
    query: Annotated[str, typer.Argument(help="The figure as the news writes it: '£350 million a week', '31 drones'.", show_default=False)],
    ledgers: LedgersArg,
    speaker: SpeakerFilter = None,
    since: SinceFilter = None,
    until: UntilFilter = None,
) -> None:
    """Find every claim that carries a figure: the same measure, equal within the rounding of the less precise one.

    Example: claimledger find "£350 million a week" ledger.jsonl | jq -r .sentence.text
    """
    from claimledger import find as finding
    from claimledger.ledger import RawRecord, read_ledgers
    from claimledger.query import Tally, select

    try:
        wanted = finding.read_query(query)
    except finding.QueryError as e:
        raise typer.BadParameter(f"{query!r} {e}", param_hint="QUERY") from None
    filters = _filters(speaker, None, None, None, True, None, since, until)
    problems: list[str] = []
    tally = Tally()
    if len(ledgers) == 1 and _is_database(ledgers[0]):
        records = _with_measure(ledgers[0], wanted, problems)  # by its index of measures: the records that can match
    else:
        records = read_ledgers(ledgers, problems, sys.stdin)
    found = finding.find(select(records, filters, tally), wanted)
    hits = [(f.record, f.quantity) for f in found] if sys.stdout.isatty() else None
    if hits is not None:
        from claimledger import render

        render.show_found(hits)
        count = len(hits)
    else:
        count = _write_lines(RawRecord(f.record).to_json() + "\n" for f in found)
    _tell_problems(problems)
    if sys.stderr.isatty():
        typer.echo(f"claimledger: {count} claim(s) carry {wanted.quantity['text']!r} (of {tally.read} read)", err=True)
    if problems:
        raise typer.Exit(1)


def _with_measure(ledger: str, wanted: Any, problems: list[str]) -> Iterator[dict[str, Any]]:
    """The records of a database with a quantity of the query's measure, in ledger order."""
    from claimledger import database

    try:
        yield from database.with_measure(ledger, wanted.figure.measure, any_count=wanted.figure.measure == ("count", None))
    except database.DatabaseError as e:
        problems.append(str(e))


def _speaking(ledger: str, problems: list[str]) -> Iterator[dict[str, Any]]:
    """The speakers of a database's records, as ``identities`` reads them."""
    from claimledger import database

    try:
        yield from database.speaking(ledger)
    except database.DatabaseError as e:
        problems.append(str(e))


@app.command()
def conflicts(
    ledgers: LedgersArg,
    since: SinceFilter = None,
    until: UntilFilter = None,
    speaker: Annotated[Optional[str], typer.Option(help="Only pairs with a side whose speaker's name or text holds this.")] = None,
    kind: Annotated[Optional[KindName], typer.Option(help="Only pairs with a side of this kind.")] = None,
) -> None:
    """List pairs of claims from two documents that cannot both be right: one measure with different figures, or a claim and a denial of it.

    Example: claimledger conflicts monday.jsonl tuesday.jsonl | jq -r .reason
    """
    from claimledger import conflicts as conflicting
    from claimledger.ledger import read_ledgers
    from claimledger.query import select

    filters = _filters(None, None, None, None, False, None, since, until)
    side = _filters(speaker, kind, None, None, False, None, None, None)  # of a pair, after it is found: its other side may be any
    problems: list[str] = []
    found = conflicting.stream(select(read_ledgers(ledgers, problems, sys.stdin), filters))
    told = [0]

    def pairs() -> Iterator[dict[str, Any]]:  # as they come: the pairs are never all in memory, unless for a table
        for c in found:
            if side.matches(c.a) or side.matches(c.b):
                told[0] += 1
                yield c.to_dict()

    _table_or_lines(list(pairs()) if sys.stdout.isatty() else pairs(), "show_conflicts")
    _tell_problems(problems)
    if sys.stderr.isatty():
        typer.echo(f"claimledger: {told[0]} conflicting pair(s)", err=True)
    if problems:
        raise typer.Exit(1)


@app.command()
def speakers(
    ledgers: LedgersArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines, also on a terminal.")] = False,
) -> None:
    """List every source of a ledger's claims: its spellings merged into one identity, its roles, claims and documents.

    Example: claimledger speakers archive/*.jsonl | jq -r 'select(.claims > 5) | .name'
    """
    from claimledger.identity import identities
    from claimledger.ledger import read_ledgers

    problems: list[str] = []
    if len(ledgers) == 1 and _is_database(ledgers[0]):
        records = _speaking(ledgers[0], problems)  # the speaker columns alone
    else:
        records = read_ledgers(ledgers, problems, sys.stdin)
    found = [i.to_dict() for i in identities(records)]
    _table_or_lines(found, "show_identities", as_json)
    _tell_problems(problems)
    if problems:
        raise typer.Exit(1)


class MatchInputFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    html = "html"
    ledger = "ledger"


class ArchiveFormat(str, Enum):
    auto = "auto"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


@app.command()
def match(
    inputs: Annotated[list[str], typer.Argument(help="Texts, JSONL documents, web pages or ledgers (files, folders, globs, or - for stdin).", show_default=False)],
    archive: Annotated[str, typer.Option("--archive", help="The fact-checks: ClaimReview JSON Lines, a JSON array or DataFeed, or CSV.", show_default=False)],
    whole: Annotated[bool, typer.Option("--whole", help="Match each input document as one claim (posts, headlines).")] = False,
    top: Annotated[int, typer.Option("--top", min=1, help="The best fact-checks kept for each claim.")] = 5,
    min_score: Annotated[float, typer.Option("--min-score", min=0.0, help="Keep only fact-checks scoring at least this (BM25 points).")] = 0.0,
    index: Annotated[Optional[str], typer.Option("--index", help="Where the archive's index is kept (default: beside it, else in the user's cache folder).")] = None,
    archive_format: Annotated[ArchiveFormat, typer.Option("--archive-format", help="auto: .csv is CSV, else JSON Lines or one JSON document, by its first line.")] = ArchiveFormat.auto,
    column: Annotated[
        Optional[list[str]], typer.Option("--column", help="FIELD=HEADER: the CSV column of a field (claimReviewed, identifier, headline, url, rating, author, datePublished, claimant).")
    ] = None,
    input_format: Annotated[MatchInputFormat, typer.Option("--input-format", help="auto: as extract reads them, and a .jsonl file of records is a ledger.")] = MatchInputFormat.auto,
    ref_date: Annotated[Optional[str], typer.Option("--ref-date", help="The date that anchors relative dates of documents without one.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines, also on a terminal.")] = False,
) -> None:
    """Find the fact-checks that already cover each claim of the inputs: one JSON line per claim with its best matches and why.

    Example: claimledger match --archive factchecks.jsonl --whole posts.jsonl | jq -r '.matches[0].url'
    """
    from claimledger import archive as archives
    from claimledger.archive_index import open_index
    from claimledger.matching import Matcher, queries
    from claimledger.sources import Problem

    columns = {}
    for pair in column or []:
        field, _, header = pair.partition("=")
        if field not in archives.FIELDS or not header:
            raise typer.BadParameter(f"{pair!r} is not FIELD=HEADER with FIELD one of {', '.join(archives.FIELDS)}", param_hint="--column")
        columns[field] = header
    if columns and archive_format not in (ArchiveFormat.csv, ArchiveFormat.auto):
        raise typer.BadParameter("--column needs a CSV archive", param_hint="--column")
    if not os.path.isfile(archive):
        raise typer.BadParameter(f"{archive!r}: no such archive file", param_hint="--archive")
    anchor = _read_date(ref_date, "--ref-date")
    told = sys.stderr.isatty()
    progress = (lambda n: typer.echo(f"\rclaimledger: indexing {archive}: {n:,} fact-checks", err=True, nl=False)) if told else None
    try:
        opened = open_index(archive, index, archive_format.value, columns, progress)
    except OSError as e:
        typer.echo(f"claimledger: {e.filename or archive}: {e.strerror or e}", err=True)
        raise typer.Exit(1) from None
    if told:
        typer.echo(f"\rclaimledger: {archive}: {opened.size:,} fact-checks indexed in {opened.path}", err=True)
    problems = list(opened.problems)
    _tell_problems(problems)
    matcher = Matcher(opened, top, min_score)

    def results() -> Iterator[dict[str, Any]]:
        for item in queries(inputs, input_format.value, whole, anchor, sys.stdin):
            if isinstance(item, Problem):
                problems.append(str(item))
                typer.echo(f"claimledger: {item}", err=True)
            else:
                yield matcher.match(item).to_dict()

    try:
        if sys.stdout.isatty() and not as_json:
            from claimledger import render

            render.show_matches(list(results()))
        else:
            _write_lines(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in results())
    finally:
        opened.close()
    if problems:
        raise typer.Exit(1)


@app.command()
def export(
    ledgers: LedgersArg,
    to: Annotated[
        ExportFormat,
        typer.Option("--to", help="claim: schema.org Claim; claimreview: schema.org ClaimReview drafts (JSON-LD); annotation: W3C Web Annotations; csv: a table.", show_default=False),
    ],
    table: Annotated[CsvTable, typer.Option("--table", help="With --to csv: one row per claim, quantity or date.")] = CsvTable.claims,
    rating: Annotated[str | None, typer.Option("--rating", help="With --to claimreview: the verdict of every review (reviewRating.alternateName, e.g. False); else left null to fill.")] = None,
    speaker: SpeakerFilter = None,
    kind: KindFilter = None,
    doc: DocFilter = None,
    cue: CueFilter = None,
    has_quantity: HasQuantityFilter = False,
    grep: GrepFilter = None,
    since: SinceFilter = None,
    until: UntilFilter = None,
) -> None:
    """Write a ledger as schema.org Claims or ClaimReview drafts, W3C Web Annotations (one JSON-LD object per line) or CSV.

    Example: claimledger export --to csv ledger.jsonl > claims.csv
    """
    from claimledger import export as exporting
    from claimledger.ledger import read_ledgers
    from claimledger.query import select

    if table is not CsvTable.claims and to is not ExportFormat.csv:
        raise typer.BadParameter("--table needs --to csv", param_hint="--table")
    if rating is not None and to is not ExportFormat.claimreview:
        raise typer.BadParameter("--rating needs --to claimreview", param_hint="--rating")
    filters = _filters(speaker, kind, doc, cue, has_quantity, grep, since, until)
    problems: list[str] = []
    records = select(read_ledgers(ledgers, problems, sys.stdin), filters)
    objects: Iterator[dict[str, Any]] = iter(())
    if to is ExportFormat.claim:
        objects = exporting.claims(records)
    elif to is ExportFormat.claimreview:
        objects = exporting.claimreviews(records, rating)
    elif to is ExportFormat.annotation:
        objects = exporting.annotation(records)
    lines: Iterator[str] = (
        exporting.csv_lines(records, table.value) if to is ExportFormat.csv else (json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n" for o in objects)
    )
    _write_lines(lines)
    _tell_problems(problems)
    if problems:
        raise typer.Exit(1)


def _apart(blocks: Iterable[str]) -> Iterator[str]:
    """Blocks with a blank line between them (``"\\n".join``, one block at a time)."""
    for n, block in enumerate(blocks):
        yield block if n == 0 else "\n" + block


def _tell_problems(problems: list[str]) -> None:
    for problem in problems:
        typer.echo(f"claimledger: {problem}", err=True)


def _table_or_lines(rows: Iterable[dict[str, Any]], table: str, as_json: bool = False) -> None:
    """Rows as a table on a terminal (``render.<table>``), else (or with ``--json``) as JSON lines."""
    if sys.stdout.isatty() and not as_json:
        from claimledger import render

        getattr(render, table)(rows)
    else:
        _write_lines(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n" for row in rows)


def _write_lines(lines: Iterable[str]) -> int:
    """Data lines to stdout, as they come; a reader that went away (``| head``) ends the run quietly."""
    written = 0
    try:
        for line in lines:
            sys.stdout.write(line)
            written += 1
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
    return written


@app.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of one ledger line.

    Example: claimledger schema > claim.schema.json
    """
    from claimledger.schema import SCHEMA

    typer.echo(json.dumps(SCHEMA, indent=2, ensure_ascii=False))


@contextlib.contextmanager
def _progress(total: int | None = None) -> Iterator[tuple[Callable[[], None], Callable[[str], None]]]:
    """(advance, say): a progress display on stderr when it is a terminal, else plain stderr lines."""
    if not sys.stderr.isatty():
        yield (lambda: None), (lambda message: typer.echo(message, err=True))
        return
    from claimledger import render

    with render.progress(total) as hooks:
        yield hooks


@contextlib.contextmanager
def _kill_as_interrupt() -> Iterator[None]:
    """While a run writes, kill (SIGTERM) stops it as Ctrl-C does: temporary files removed, workers
    stopped, one line said; the handler the process had before comes back after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def _say_waiting(ledger: str) -> None:
    """Another run holds the ledger's lock: say why nothing moves (on a terminal)."""
    if sys.stderr.isatty():
        typer.echo(f"claimledger: {ledger} is being written by another run; waiting for it to finish", err=True)


@contextlib.contextmanager
def _ledger_errors(name: str) -> Iterator[None]:
    """A file that cannot be read or written: one line on stderr and exit 1; a reader of
    stdout that went away (``| head``) ends the run quietly."""
    try:
        yield
    except BrokenPipeError:
        _quiet_broken_pipe()
    except OSError as e:
        typer.echo(f"claimledger: {e.filename or name}: {e.strerror or e}", err=True)
        raise typer.Exit(1) from None


def _end(problems: list[str]) -> None:
    """The lines of the ledgers that were no records (skipped), told after the data: exit 1 if any."""
    _tell_problems(problems)
    if problems:
        raise typer.Exit(1)


def _quiet_broken_pipe() -> None:
    """The reader went away (``| head``): stop without a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise typer.Exit(0)

