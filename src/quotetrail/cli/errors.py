"""Errors of the library as one-line messages with their code, never a traceback."""
from __future__ import annotations

import sqlite3
from typing import Any

import click

from quotetrail.errors import StoreError, store_error


def coded(exc: StoreError) -> click.ClickException:
    return click.ClickException(f"{exc} [{exc.code}]")


class Main(click.Group):
    """The command group: a storage failure anywhere in a command ends in its coded message."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StoreError as exc:
            raise coded(exc) from exc
        except sqlite3.DatabaseError as exc:  # e.g. a damaged page met in the middle of a query
            raise coded(store_error("the corpus", exc)) from exc
