"""``quotetrail spark-run`` (ingest + link on Apache Spark) and ``quotetrail import`` (its output into a corpus)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from quotetrail.cli import main
from quotetrail.cli.store_cmds import db_option
from quotetrail.errors import QuotetrailError


@main.command("spark-run")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="Output folder: one Parquet folder per corpus table.")
@click.option("--overwrite", is_flag=True, help="Replace the tables if OUTPUT holds them already.")
@click.option("--partitions", type=click.IntRange(min=1),
              help="Spread the articles over this many partitions (default: Spark's default parallelism).")
@click.option("--master", help="Spark master when not started by spark-submit (default: local[*]).")
@click.option("--checkpoint-dir", help="A folder every executor can write (HDFS, S3, ...) for reliable checkpoints:"
              " an executor lost mid-run is then recomputed instead of failing the run.")
def spark_run(inputs: tuple[str, ...], output: str, overwrite: bool, partitions: int | None,
              master: str | None, checkpoint_dir: str | None) -> None:
    """Everything `ingest` + `link` do, on Spark: INPUTS (JSON Lines, HTML, WARC files, folders, globs)
    -> the corpus tables (articles, statements, stories, copies/rewrites, variants, ...) as Parquet
    under OUTPUT. Load them into SQLite with `quotetrail import OUTPUT --db corpus.db`.
    """
    try:
        from pyspark.errors import AnalysisException

        from quotetrail.spark import job, run_job
    except ImportError as exc:
        raise click.ClickException(f"{exc.name} is not installed; install quotetrail[spark]") from exc

    spark_was_running = job.SparkSession.getActiveSession() is not None
    spark = job.session("quotetrail spark-run", master)
    try:
        summary = run_job.run(spark, inputs, output, partitions=partitions, overwrite=overwrite,
                                  checkpoint_dir=checkpoint_dir)
    except FileExistsError as exc:
        raise click.ClickException(str(exc)) from exc
    except AnalysisException as exc:  # an unreadable output location, ...
        raise click.ClickException(exc.getMessage() if hasattr(exc, "getMessage") else str(exc)) from exc
    finally:
        if not spark_was_running:
            spark.stop()
    line = (f"{summary.articles:,} articles, {summary.statements:,} statements, {summary.stories:,} stories,"
            f" {summary.derived:,} copies/rewrites, {summary.variant_clusters:,} variant clusters"
            f" ({summary.altered_clusters:,} altered) -> {output}")
    if summary.rejected_by_code:
        line += "; rejections table: " + ", ".join(f"{code} {n}" for code, n in summary.rejected_by_code.items())
    click.echo(f"quotetrail: {line}", err=True)
    if not summary.articles:
        sys.exit(1)


@main.command("import")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@db_option
def import_cmd(folder: Path, db: Path) -> None:
    """Load the tables `quotetrail spark-run` wrote under FOLDER into a new SQLite corpus (--db), which
    `serve`, the other commands and Datasette then open."""
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise click.ClickException("pyarrow is not installed; install quotetrail[parquet]") from exc
    from quotetrail.store.db import Store
    from quotetrail.store.load import load_tables

    try:
        with Store(db) as store:
            counts = load_tables(folder, store)
    except QuotetrailError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"quotetrail: imported {counts['articles']:,} articles, {counts['statements']:,} statements,"
               f" {counts['stories']:,} stories, {counts['derived']:,} copies/rewrites,"
               f" {counts['variant_clusters']:,} variant clusters -> {db}", err=True)
