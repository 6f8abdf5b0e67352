"""``quotetrail spark-extract``: the per-article extraction over many articles on Apache Spark."""
from __future__ import annotations

import sys

import click

from quotetrail.cli import main
from quotetrail.spark.records import ARTICLES, RECORDS, STATEMENTS


@main.command("spark-extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="Output folder (a local path or any URI Spark can write).")
@click.option("--format", "fmt", type=click.Choice(["parquet", "jsonl"]), default="parquet", show_default=True,
              help="parquet, or jsonl (JSON Lines part files, one statement a line, nulls kept).")
@click.option("--overwrite", is_flag=True,
              help="Replace OUTPUT if it exists (by default an existing OUTPUT is an error).")
@click.option("--partitions", type=click.IntRange(min=1),
              help="Spread the input over this many partitions first (a .gz file is otherwise read by one task).")
@click.option("--master", help="Spark master when not started by spark-submit (default: local[*]).")
def spark_extract(inputs: tuple[str, ...], output: str, fmt: str, overwrite: bool, partitions: int | None,
                  master: str | None) -> None:
    """Write every statement in INPUTS to OUTPUT, with Spark.

    INPUTS are JSON Lines files (one article a line: `text` plus `id` or `doc_id`, optional metadata),
    gzipped or not, folders of them or globs; local paths or URIs (hdfs://, s3a://, ...). Lines that are
    not articles are counted and reported on stderr, not fatal. The exit status is non-zero when no
    article could be read.
    """
    try:
        from pyspark.errors import AnalysisException

        from quotetrail.spark import job
    except ImportError as exc:
        raise click.ClickException(f"{exc.name} is not installed; install quotetrail[spark]") from exc

    spark_was_running = job.SparkSession.getActiveSession() is not None
    spark = job.session("quotetrail spark-extract", master)
    try:
        tally = job.run(spark, inputs, output, fmt=fmt, overwrite=overwrite, partitions=partitions)
    except AnalysisException as exc:  # a missing input, an existing output, ...
        raise click.ClickException(exc.getMessage() if hasattr(exc, "getMessage") else str(exc)) from exc
    finally:
        if not spark_was_running:
            spark.stop()
    rejected = {key.split(":", 1)[1]: n for key, n in sorted(tally.items()) if key.startswith("rejected:")}
    summary = f"{tally[RECORDS]} records: {tally[ARTICLES]} articles, {tally[STATEMENTS]} statements -> {output}"
    if rejected:
        summary += "; rejected: " + ", ".join(f"{code} {n}" for code, n in rejected.items())
    click.echo(f"quotetrail: {summary}", err=True)
    if not tally[ARTICLES]:
        sys.exit(1)
