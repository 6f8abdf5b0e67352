"""``quotetrail extract``: statements of articles to stdout, no store involved."""
from __future__ import annotations

import sys
from typing import Any

import click

from quotetrail.cli import main
from quotetrail.cli.render import write_jsonl, write_table
from quotetrail.extract import extract_article
from quotetrail.ingest import read_paths
from quotetrail.ingest.readers import SUFFIXES
from quotetrail.types import KINDS, STATEMENT_FIELDS, Rejection

TABLE_COLUMNS = ("doc", "kind", "speaker", "cue", "source", "text")
HELP = f"""Print every statement in FILES ({", ".join(sorted(SUFFIXES))}; a .txt or .html file is one
article, gzipped or not, a .jsonl[.gz] file one article a line, a .warc[.gz] file one article per
HTML page).

JSON Lines carry the fields of quotetrail.types.Statement: {", ".join(STATEMENT_FIELDS)}; kind is
{", ".join(KINDS)}. Offsets are Python string indices into the article text. A document that cannot
be processed is named on stderr and skipped; the exit status is non-zero only when nothing could be read.
"""


@main.command(help=HELP)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="table for people, jsonl (one statement a line, streamed) for programs.")
def extract(files: tuple[str, ...], fmt: str) -> None:
    read_any = False
    out = sys.stdout
    table_rows: list[dict[str, Any]] = []
    for item in read_paths(files):
        if isinstance(item, Rejection):
            click.echo(f"quotetrail: {item.item}: {item.detail}", err=True)
            continue
        try:
            result = extract_article(item)
        except Exception as exc:  # one bad article must not stop the others
            click.echo(f"quotetrail: {item.id}: extraction failed ({type(exc).__name__}: {exc})", err=True)
            continue
        read_any = True
        for flag in item.flags:
            click.echo(f"quotetrail: {item.id}: warning: {flag}", err=True)
        if fmt == "jsonl":
            write_jsonl((s.to_dict() for s in result.statements), out)
        else:  # the table shows what was said: a split quote's parts, not its cue
            table_rows.extend({**s.to_dict(), "text": s.words} for s in result.statements)
    if fmt == "table" and read_any:
        write_table(table_rows, TABLE_COLUMNS, out)
    if not read_any:
        sys.exit(1)
