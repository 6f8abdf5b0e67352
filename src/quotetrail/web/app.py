"""The web application: pages and JSON API over one corpus file, opened read-only per request."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from quotetrail import __version__
from quotetrail.errors import QuotetrailError
from quotetrail.store import Store
from quotetrail.web import api, errors, pages

HERE = Path(__file__).resolve().parent


def create_app(db_path: str | Path) -> FastAPI:
    """The app for the corpus at ``db_path``; fails at once (QuotetrailError) if it is not a readable corpus."""
    try:
        Store(db_path, readonly=True).close()  # check now, not on the first request
    except sqlite3.Error as exc:
        raise QuotetrailError(f"{db_path}: cannot be read as a corpus database ({exc})") from None
    app = FastAPI(
        title="quotetrail",
        version=__version__,
        description="Who said what in the news, where it was first said, and who changed it. Read-only.",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.db_path = str(db_path)
    app.state.render_error = pages.render_error
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app
