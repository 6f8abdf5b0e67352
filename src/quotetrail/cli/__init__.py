"""The ``quotetrail`` command. Commands are thin wrappers over library functions; only this package prints."""
from __future__ import annotations

import click

from quotetrail import __version__
from quotetrail.cli.errors import Main


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotetrail")
def main() -> None:
    """quotetrail: who said what in the news, where it was first said, and who changed it."""


from quotetrail.cli import extract_cmd  # noqa: E402  (each module registers its commands on main)
from quotetrail.cli import link_cmds  # noqa: E402
from quotetrail.cli import serve_cmd  # noqa: E402
from quotetrail.cli import spark_cmd  # noqa: E402
from quotetrail.cli import spark_run_cmd  # noqa: E402
from quotetrail.cli import store_cmds  # noqa: E402

__all__ = ["main", "extract_cmd", "link_cmds", "serve_cmd", "spark_cmd", "spark_run_cmd", "store_cmds"]
