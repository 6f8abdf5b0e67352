"""Corpus commands: ``ingest`` into the store; ``quotes``, ``speakers``, ``show``, ``stats``, ``rejections``, ``export``.

Thin wrappers: the work is in ``quotetrail.ingest.run`` and ``quotetrail.store``. Data goes to
stdout (a table for people, JSON Lines with ``--format jsonl``); messages and progress to stderr.
"""
from __future__ import annotations

import dataclasses
import functools
import json
import sqlite3
import sys
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from quotetrail.cli import main
from quotetrail.cli.render import write_jsonl, write_table, write_wrapped_table
from quotetrail.cli.errors import coded
from quotetrail.errors import REJECTION_CODES, CorpusCorrupt, QueryError, QuotetrailError, StoreError
from quotetrail.ingest.paths import expand_paths
from quotetrail.ingest.run import ARTICLE_SECONDS, Event, IngestSummary, default_jobs, ingest
from quotetrail.store import (
    DEFAULT_DB,
    StatementFilter,
    Store,
    count_statements,
    find_speakers,
    find_statements,
    load_result,
    stats,
)
from quotetrail.store.export import FORMATS, export
from quotetrail.store.people import rebuild_people
from quotetrail.store.query import FoundStatement, article_ids, find_rejections, integrity_problems, unlinked_count
from quotetrail.types import KINDS, ArticleResult

if TYPE_CHECKING:
    from quotetrail.corpus import LinkSummary

QUOTE_COLUMNS = ("doc", "date", "speaker", "kind", "text")
QUOTE_WIDTHS = {"doc": 40, "speaker": 24}
SPEAKER_COLUMNS = ("name", "statements", "articles", "handles", "aliases")
TABLE_LIMIT = 50

db_option = click.option(
    "--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB, show_default=True,
    envvar="QUOTETRAIL_DB", help="The corpus database (also $QUOTETRAIL_DB).",
)


def _open(db: Path) -> Store:
    """The corpus for reading; a clear error when there is none yet."""
    if not db.exists():
        raise click.ClickException(f"{db}: no corpus database here; create one with `quotetrail ingest PATH --db {db}`")
    try:
        return Store(db, readonly=True)
    except StoreError as exc:
        raise coded(exc) from exc
    except QuotetrailError as exc:
        raise click.ClickException(f"{exc} (run `quotetrail ingest` on it to bring it up to date)") from exc
    except sqlite3.DatabaseError as exc:
        raise click.ClickException(f"{db}: not a quotetrail corpus ({exc})") from exc


def _open_for_writing(db: Path) -> Store:
    try:
        return Store(db)
    except StoreError as exc:
        raise coded(exc) from exc
    except sqlite3.DatabaseError as exc:
        raise click.ClickException(f"{db}: cannot open or create the corpus database ({exc})") from exc


def statement_filters(command: Callable[..., Any]) -> Callable[..., Any]:
    """The filter options shared by ``quotes`` and ``export``, passed on as one ``StatementFilter``."""
    options = [
        click.option("--speaker", help="Part of a speaker's name, alias or @handle."),
        click.option("--search", help='Full-text search in the statement text: all words, "a phrase", prefix*.'),
        click.option("--doc", help="Only statements of this article id."),
        click.option("--kind", type=click.Choice(KINDS), help="Only statements of this kind."),
        click.option("--since", help="On or after this day (YYYY-MM-DD; a post's own date, else its article's)."),
        click.option("--until", help="On or before this day (YYYY-MM-DD)."),
        click.option("--outlet", help="Part of the outlet's name."),
        click.option("--altered/--unaltered", default=None,
                     help="Only quotes whose words were changed from their cluster's fullest wording (or only the others)."),
    ]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        values = {name: kwargs.pop(name) for name in StatementFilter.__dataclass_fields__}
        try:
            flt = StatementFilter(**values)
        except QueryError as exc:
            raise click.BadParameter(exc.message, param_hint=f"--{exc.parameter}") from None
        return command(*args, flt=flt, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


def _fail(exc: QuotetrailError) -> click.ClickException:
    return click.ClickException(str(exc))


# -- ingest -----------------------------------------------------------------------------------
class _Progress:
    """tqdm bar over input bytes on stderr, with counts; messages printed above it."""

    def __init__(self, total: int, show: bool) -> None:
        self.counts = {"ingested": 0, "present": 0, "rejected": 0}
        self.bar = None
        if show:
            from tqdm import tqdm  # only for a bar: its import is a tenth of a short ingest's start-up

            self.bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, desc="ingest",
                            file=sys.stderr, dynamic_ncols=True, leave=False)

    def __call__(self, event: Event) -> None:
        if event.kind in ("rejected", "flagged"):
            message = f"quotetrail: {event.item}: {event.detail}"
            if self.bar is not None:
                self.bar.write(message, file=sys.stderr)
            else:
                click.echo(message, err=True)
        if event.kind in self.counts:
            self.counts[event.kind] += 1
        if self.bar is not None:
            self.bar.set_postfix_str(", ".join(f"{n:,} {k}" for k, n in self.counts.items()), refresh=False)
            self.bar.update(max(0, event.position - self.bar.n))

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def link_summary_line(summary: LinkSummary) -> str:
    return (f"linked {summary.articles:,} articles in {summary.seconds:.1f}s: {summary.stories:,} stories,"
            f" {summary.derived:,} copies/rewrites, {summary.variant_clusters:,} variant clusters"
            f" ({summary.altered_clusters:,} altered), {summary.dates_inferred:,} dates inferred")


def _summary_line(summary: IngestSummary, db: Path) -> str:
    rate = summary.ingested / summary.seconds if summary.seconds else 0.0
    flagged = f"; {summary.flagged:,} with warnings" if summary.flagged else ""
    return (f"{summary.ingested:,} ingested ({summary.statements:,} statements{flagged}), "
            f"{summary.present:,} already present, {summary.rejected:,} rejected; "
            f"{summary.files:,} files in {summary.seconds:.1f} s ({rate:,.1f} articles/s) -> {db}")


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=default_jobs, show_default="all cores",
              help="Processes that extract: this one and N-1 workers.")
@click.option("--batch-size", type=click.IntRange(min=1), default=200, show_default=True,
              help="Articles per commit (a commit also happens every 2 seconds).")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when it is a terminal).")
@click.option("--link/--no-link", default=True, show_default=True,
              help="Link the new articles (stories, copies, quote variants) at the end, as `quotetrail link` does.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="The closing summary as a sentence or as JSON.")
@click.option("--article-seconds", type=click.FloatRange(min=0), default=ARTICLE_SECONDS, show_default=True,
              help="Reject an article whose extraction takes longer (too_slow); 0: no limit.")
def ingest_cmd(paths: tuple[str, ...], db: Path, jobs: int, batch_size: int, progress: bool | None, link: bool,
               fmt: str, article_seconds: float) -> None:
    """Read the articles in PATHS into the corpus, extracting who said what.

    PATHS are files, folders (searched for .txt, .html/.htm, .jsonl, .warc, each gzipped or not) and glob
    patterns. Articles already in the corpus (same normalised text and URL) are skipped, so an
    interrupted ingest is completed by running it again. Items that cannot be used are named on
    stderr and recorded in the corpus's rejections; the run goes on. The exit status is non-zero
    only when nothing could be read.
    """
    files = expand_paths(paths)
    with _open_for_writing(db) as store:
        total = sum(p.stat().st_size for p in files if p.is_file())
        bar = _Progress(total, sys.stderr.isatty() if progress is None else progress)
        try:
            summary = ingest(files, store, jobs=jobs, batch_size=batch_size, on_event=bar,
                             article_seconds=article_seconds)
        except (KeyboardInterrupt, BrokenProcessPool) as exc:
            bar.close()
            done = ", ".join(f"{n:,} {kind}" for kind, n in bar.counts.items())
            why = "interrupted" if isinstance(exc, KeyboardInterrupt) else f"a worker process died ({exc})"
            click.echo(f"quotetrail: {why} after {done}; everything ingested so far is kept in {db}: "
                       "run the same command again to complete it", err=True)
            sys.exit(130 if isinstance(exc, KeyboardInterrupt) else 1)
        finally:
            bar.close()
        linked = None
        if link and unlinked_count(store):  # also what an earlier run, killed while linking, left
            from quotetrail.corpus import link_corpus  # numpy and scipy: only when there is linking to do

            linked = link_corpus(store, jobs=jobs)  # rebuilds people too
        elif summary.ingested:
            with store.conn:  # people by name and handle now; linking later joins surnames within stories
                rebuild_people(store.conn)
    if fmt == "json":
        record = summary.as_dict()
        if linked is not None:
            record["link"] = dataclasses.asdict(linked)
        click.echo(json.dumps(record))
    else:
        click.echo(_summary_line(summary, db))
        if linked is not None:
            click.echo(link_summary_line(linked))
    if summary.ingested == 0 and summary.present == 0:
        sys.exit(1)


# -- queries ----------------------------------------------------------------------------------
def _quote_row(found: FoundStatement) -> dict[str, Any]:
    s = found.statement
    return {"doc": s.doc, "date": found.day, "kind": s.kind, "speaker": s.speaker, "text": s.words}


@main.command()
@db_option
@statement_filters
@click.option("--limit", type=click.IntRange(min=0), default=None,
              help=f"At most N statements (default: all with --format jsonl, {TABLE_LIMIT} in a table).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="table for people, jsonl (one statement a line) for programs.")
def quotes(db: Path, flt: StatementFilter, limit: int | None, fmt: str) -> None:
    """Statements in the corpus, filtered: who said what, where and when."""
    with _open(db) as store:
        try:
            if fmt == "jsonl":  # streamed: any number of rows in constant memory
                write_jsonl((f.to_dict() for f in find_statements(store, flt, limit=limit)), sys.stdout)
                return
            shown = TABLE_LIMIT if limit is None else limit
            found = list(find_statements(store, flt, limit=shown))
            write_wrapped_table([_quote_row(f) for f in found], QUOTE_COLUMNS, sys.stdout, QUOTE_WIDTHS)
            total = count_statements(store, flt) if len(found) == shown else len(found)
        except QuotetrailError as exc:
            raise _fail(exc) from exc
    if total > len(found):
        click.echo(f"({len(found):,} of {total:,} statements; --limit N for more)", err=True)
    elif not found:
        click.echo("no statements match", err=True)


@main.command()
@db_option
@click.option("--name", help="Part of a name, alias or handle.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most N speakers.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="table for people, jsonl (one speaker a line) for programs.")
def speakers(db: Path, name: str | None, limit: int | None, fmt: str) -> None:
    """Canonical speakers with their number of statements and articles, aliases and handles."""
    with _open(db) as store:
        found = find_speakers(store, name=name, limit=limit)
    out = sys.stdout
    if fmt == "jsonl":
        write_jsonl((s.to_dict() for s in found), out)
        return
    rows = [{**s.to_dict(), "aliases": ", ".join(s.aliases), "handles": ", ".join(s.handles)} for s in found]
    write_wrapped_table(rows, SPEAKER_COLUMNS, out, {"name": 32, "handles": 24})


def mark_statements(text: str, result: ArticleResult, style: Callable[[str], str] = str) -> str:
    """The article text with statement n enclosed in ``[n› … ‹n]``, each part of a quote split by its cue
    on its own (nested and overlapping spans allowed)."""
    # At one offset: spans ending there close (innermost first), then empty spans open and close, then spans open.
    marks: list[tuple[int, float, int, str]] = []
    for n, s in enumerate(result.statements, start=1):
        for start, end in s.parts or ((s.start, s.end),):  # a quote split by its cue: each part, not the cue
            empty = start == end
            marks.append((start, 0.5 if empty else 1, n, style(f"[{n}›")))
            marks.append((end, 0.6 if empty else 0, -n, style(f"‹{n}]")))
    pieces, last = [], 0
    for offset, _, _, marker in sorted(marks):
        pieces += [text[last:offset], marker]
        last = offset
    pieces.append(text[last:])
    return "".join(pieces)


def _show_text(result: ArticleResult) -> str:
    a = result.article
    head = [a.title or a.id]
    head += [f"{label}: {value}" for label, value in
             (("doc", a.id), ("outlet", a.outlet), ("date", a.date), ("author", a.author), ("url", a.url))
             if value]
    if a.flags:
        head.append("input warnings: " + ", ".join(a.flags))
    if result.truncated:
        head.append("truncated: the article ends inside an open quotation")
    bold = functools.partial(click.style, bold=True, fg="cyan")
    lines = ["\n".join(head), "", mark_statements(a.text, result, bold), ""]
    for n, s in enumerate(result.statements, start=1):
        mention = a.text[s.speaker_start:s.speaker_end] if s.speaker_start is not None and s.speaker_end is not None else None
        parts = [f"[{n}] {s.kind}", f"speaker: {s.speaker or '-'}"]
        if mention and mention != s.speaker:
            parts.append(f"mention: {mention!r}")
        parts += [f"{label}: {value}" for label, value in
                  (("cue", s.cue), ("source", s.source), ("via", s.via), ("handle", s.handle), ("date", s.date))
                  if value]
        parts.append(f"confidence: {s.confidence:.2f}")
        lines.append("  ".join(parts))
    if result.speakers:
        lines.append("")
        for sp in result.speakers:
            extra = ", ".join((*sp.aliases, *sp.handles))
            lines.append(f"speaker {sp.name}" + (f" ({extra})" if extra else ""))
    if result.boilerplate:
        lines.append("")
        lines += [f"boilerplate {b.label}: {a.text[b.start:b.end]!r}" for b in result.boilerplate]
    return "\n".join(lines)


@main.command()
@click.argument("doc")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True,
              help="text: the article with its statements marked; jsonl: one JSON object.")
def show(doc: str, db: Path, fmt: str) -> None:
    """The article DOC with its statements marked [n› … ‹n] and listed below."""
    with _open(db) as store:
        result = load_result(store, doc)
        suggestions = article_ids(store, doc) if result is None else []
    if result is None:
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        raise click.ClickException(f"no article {doc!r} in {db}{hint}")
    if fmt == "jsonl":
        from dataclasses import asdict

        click.echo(json.dumps(asdict(result), ensure_ascii=False))
    else:
        click.echo(_show_text(result))


@main.command("stats")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table for people, json (one object) for programs.")
def stats_cmd(db: Path, fmt: str) -> None:
    """Counts of articles, statements, speakers and rejections in the corpus."""
    with _open(db) as store:
        counts = stats(store)
    if fmt == "json":
        click.echo(json.dumps(counts, ensure_ascii=False))
        return
    rows = []
    for key, value in counts.items():
        if isinstance(value, dict):
            rows += [{"count": f"{key.split('_by_')[0]} ({sub})", "value": n} for sub, n in value.items()]
        else:
            rows.append({"count": key, "value": value})
    write_table(rows, ("count", "value"), sys.stdout, wrap_last=False)


@main.command("check")
@db_option
def check_cmd(db: Path) -> None:
    """Check the corpus file with SQLite's integrity check; the exit status is 1 if it is damaged."""
    with _open(db) as store:
        problems = integrity_problems(store)
    if problems:
        for line in problems:
            click.echo(line)
        raise coded(CorpusCorrupt(f"{db}: {len(problems):,} problems found by PRAGMA integrity_check"))
    click.echo(f"{db}: ok")


@main.command()
@db_option
@click.option("--code", type=click.Choice(sorted(REJECTION_CODES)), help="Only items rejected for this reason.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most N items.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="table for people, jsonl (one item a line) for programs.")
def rejections(db: Path, code: str | None, limit: int | None, fmt: str) -> None:
    """Input items that could not be used (and articles read with a warning), with the reason."""
    with _open(db) as store:
        rows = find_rejections(store, code=code, limit=limit)
    if fmt == "jsonl":
        write_jsonl(rows, sys.stdout)
    else:
        write_wrapped_table(rows, ("item", "code", "detail"), sys.stdout, {"item": 200})


@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl, csv (with a header) or parquet (needs the parquet extra).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: stdout; required for parquet).")
@statement_filters
def export_cmd(db: Path, fmt: str, out: Path | None, flt: StatementFilter) -> None:
    """Every statement (or those matching the filters) as JSON Lines, CSV or Parquet, one a row.

    Rows carry the fields of `quotetrail extract --format jsonl` plus the statement id and the
    article's title, outlet, url and date.
    """
    if fmt == "parquet" and out is None:
        raise click.UsageError("--format parquet needs --out PATH")
    with _open(db) as store:
        try:
            if out is None:
                n = export(store, fmt, sys.stdout, flt)
            elif fmt == "parquet":
                n = export(store, fmt, out, flt)
            else:
                with out.open("w", encoding="utf-8", newline="") as handle:
                    n = export(store, fmt, handle, flt)
        except QuotetrailError as exc:
            raise _fail(exc) from exc
    if out is not None:
        click.echo(f"{n:,} statements -> {out}", err=True)
