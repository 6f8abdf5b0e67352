"""The web application: pages and JSON API over one corpus file, opened read-only per request."""
from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from quotetrail import __version__
from quotetrail.errors import QuotetrailError
from quotetrail.store import Store
from quotetrail.web import api, errors, pages

HERE = Path(__file__).resolve().parent

#: The pages use no JavaScript at all, so no script may run on them, whatever a stored text holds
#: (a second line of defence behind escaping). Only the API's interactive docs load scripts.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none';"
                               " form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


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

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        if request.url.path != app.docs_url:
            response.headers.update(PAGE_HEADERS)
        return response

    return app
