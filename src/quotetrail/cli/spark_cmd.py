"""``quotetrail spark-extract``: the Spark job's own command line (``quotetrail.spark.job.main``)."""
from __future__ import annotations

import sys

import click

from quotetrail.cli import main


@main.command("spark-extract", add_help_option=False,
              context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False})
@click.argument("argv", nargs=-1, type=click.UNPROCESSED)
def spark_extract(argv: tuple[str, ...]) -> None:
    """Write every statement in INPUTS to OUTPUT, with Spark (`spark-extract --help` for the options).

    The options are the Spark job's (quotetrail.spark.job.main), the same under spark-submit.
    """
    try:
        from quotetrail.spark import job
    except ImportError as exc:
        raise click.ClickException(f"{exc.name} is not installed; install quotetrail[spark]") from exc
    sys.exit(job.main(list(argv)))
