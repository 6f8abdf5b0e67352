"""``quotetrail link``, ``variants``, ``derived``, ``stories``: corpus-level relations in the store.

``quotetrail.corpus`` (numpy, scipy, datasketch) is imported inside the commands that use it, so
that every other command, and every ingest worker process, starts without it.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from quotetrail.cli import main
from quotetrail.cli.render import write_jsonl, write_table
from quotetrail.errors import QuotetrailError
from quotetrail.ingest.run import default_jobs
from quotetrail.cli.store_cmds import db_option, link_summary_line
from quotetrail.store import relations
from quotetrail.store.db import Store

_format_option = click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
                              show_default=True, help="table for people, jsonl (one record a line) for programs.")


def _open(db: Path, readonly: bool) -> Store:
    if not Path(db).exists():  # never create an empty corpus by mistyping its name
        raise click.ClickException(f"{db}: no such corpus database (create one with `quotetrail ingest PATH --db {db}`)")
    try:
        return Store(db, readonly=readonly)
    except QuotetrailError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@db_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=default_jobs, show_default="all cores",
              help="Processes that hash the new texts (the rest of linking runs in one).")
@click.option("--quiet", is_flag=True, help="No progress on stderr.")
def link(db: Path, jobs: int, quiet: bool) -> None:
    """Link the articles not linked yet: stories, copies and rewrites, statement variants, dates.

    Incremental: articles linked before are not recomputed, only what the new ones reach.
    """
    store = _open(db, readonly=False)
    last: dict[str, int] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if quiet or not sys.stderr.isatty() and done not in (0, total):
            return
        if last.get(stage) != done:
            last[stage] = done
            click.echo(f"quotetrail: link: {stage} {done:,}/{total:,}", err=True)

    try:
        from quotetrail.corpus import link_corpus

        summary = link_corpus(store, progress=progress, jobs=jobs)
    finally:
        store.close()
    click.echo(link_summary_line(summary))


def _emit(rows: list[dict[str, Any]], fmt: str, table: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    out = sys.stdout
    if fmt == "jsonl":
        write_jsonl(rows, out)
    else:
        write_table(table, columns, out)


def _diff_text(diff: list[list[str]]) -> str:
    return " ".join(w if op == "=" else f"[{op}{w}]" for op, w in diff)


@main.command()
@db_option
@_format_option
@click.option("--altered", is_flag=True, help="Only clusters with a quote whose words were changed.")
@click.option("--change", "changes", help="Only clusters with a quote changed in one of these ways (comma-separated:"
              " negation, number, name, quoted_paraphrase, substituted, added, omitted, reordered, tense);"
              " most severe first.")
@click.option("--speaker", help="Only clusters with a statement of this speaker (part of a name, alias or @handle).")
def variants(db: Path, fmt: str, altered: bool, changes: str | None, speaker: str | None) -> None:
    """Quotes across articles, each later wording diffed against its source (its first appearance,
    or the article it copies or rewrites)."""
    from quotetrail.corpus.changes import CHANGE_TYPES

    wanted = [c.strip() for c in (changes or "").split(",") if c.strip()]
    unknown = sorted(set(wanted) - set(CHANGE_TYPES))
    if unknown:
        raise click.BadParameter(f"unknown change type(s): {', '.join(unknown)}", param_hint="--change")
    store = _open(db, readonly=True)
    try:
        rows = list(relations.iter_variants(store, altered_only=altered or bool(wanted), speaker=speaker,
                                            changes=wanted, by_severity=bool(wanted)))
    finally:
        store.close()
    table = [{"cluster": r["cluster"], "speaker": r["speaker"], "first_seen": r["first_seen"],
              "doc": q["doc"], "altered": "ALTERED" if q["altered"] else q["relation"].upper()
              if q["relation"] == "paraphrased" else "", "changes": ",".join(q["changes"]),
              "diff": _diff_text(q["diff"])}
             for r in rows for q in r["quotes"]]
    _emit(rows, fmt, table, ("cluster", "speaker", "first_seen", "doc", "altered", "changes", "diff"))


@main.command()
@db_option
@_format_option
def derived(db: Path, fmt: str) -> None:
    """Articles that copy or rewrite an earlier article, with a score and the evidence."""
    store = _open(db, readonly=True)
    try:
        rows = list(relations.iter_derived(store))
    finally:
        store.close()
    table = [{**r, "evidence": "; ".join(r["evidence"].get("passages", [])[:1] + r["evidence"].get("quotes", [])[:1])}
             for r in rows]
    _emit(rows, fmt, table, ("doc", "source", "relation", "score", "evidence"))


@main.command()
@db_option
@_format_option
@click.option("--min-docs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only stories told by at least this many articles.")
def stories(db: Path, fmt: str, min_docs: int) -> None:
    """Articles grouped by the event they report, in order of first appearance."""
    store = _open(db, readonly=True)
    try:
        rows = list(relations.iter_stories(store, min_docs=min_docs))
    finally:
        store.close()
    table = [{"story": r["story"], "first_seen": r["first_seen"], "docs": len(r["docs"]), "title": r["title"]}
             for r in rows]
    _emit(rows, fmt, table, ("story", "first_seen", "docs", "title"))
