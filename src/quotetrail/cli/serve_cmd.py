"""``quotetrail serve``: the read-only web app and JSON API over a corpus."""
from __future__ import annotations

import ipaddress

import click

from quotetrail.cli import main
from quotetrail.errors import QuotetrailError
from quotetrail.store.db import DEFAULT_DB


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@main.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              envvar="QUOTETRAIL_DB", help="The corpus database to serve, opened read-only (also $QUOTETRAIL_DB).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but a loopback address exposes the corpus to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
def serve(db_path: str, host: str, port: int) -> None:
    """Serve a read-only web app and JSON API over the corpus in DB.

    Pages: search, speakers, statements with their variants, articles, stories. The JSON API
    lives under /api, its OpenAPI schema at /api/openapi.json. The server never writes to DB.
    """
    try:
        import uvicorn

        from quotetrail.web import create_app
    except ImportError as exc:
        raise click.ClickException(f"the web app needs the 'web' extra: pip install 'quotetrail[web]' ({exc})") from None
    try:
        app = create_app(db_path)
    except QuotetrailError as exc:
        raise click.ClickException(f"{exc} (build a corpus with `quotetrail ingest`, or pass --db PATH)") from None
    if not is_loopback(host):
        click.echo(f"quotetrail: warning: listening on {host}: the corpus is readable from the network", err=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"quotetrail: serving {db_path} read-only at http://{shown}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
