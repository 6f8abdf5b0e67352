"""The web application: pages and JSON API over one corpus file, opened read-only per request."""
from __future__ import annotations

import importlib.resources
import sqlite3
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from quotetrail import __version__
from quotetrail.errors import CorpusUnavailable, StoreError
from quotetrail.store import Store
from quotetrail.web import api, errors, pages, wordings
from quotetrail.web.params import corpus_version

HERE = Path(__file__).resolve().parent
OPENAPI_PATH = "/api/openapi.json"
DOCS_PATH = "/api/docs"
#: Swagger UI 5 (it reads OpenAPI 3.1, which FastAPI writes), shipped as static files by the
#: fastapi-offline package: the API docs work without internet access.
SWAGGER_UI = importlib.resources.files("fastapi_offline") / "static"

#: The pages use no JavaScript at all, so no script may run on them, whatever a stored text holds
#: (a second line of defence behind escaping). Only the API's interactive docs load scripts.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none';"
                               " form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class HeadAsGet:
    """ASGI middleware: HEAD is answered as GET would be, without the body (the server sends none)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)


#: ResponseCache keeps bodies of at most CACHED_BODY_BYTES, CACHED_TOTAL_BYTES in all.
CACHED_BODY_BYTES = 1 << 20
CACHED_TOTAL_BYTES = 64 << 20


class ResponseCache:
    """ASGI middleware: successful GET responses kept per version of the corpus file.

    The app only reads, and a page depends on its path and query alone (links are relative), so
    until the corpus file changes the same URL gives the same bytes. Least recently used first out.
    """

    def __init__(self, app: ASGIApp, db_path: str) -> None:
        self.app = app
        self.db_path = db_path
        self.kept: OrderedDict[tuple[str, bytes], tuple[object, list[Message], int]] = OrderedDict()
        self.kept_bytes = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(("/static", DOCS_PATH)):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        version = corpus_version(self.db_path)
        found = self.kept.get(key)
        if found is not None and found[0] == version:
            self.kept.move_to_end(key)
            for message in found[1]:
                await send(message)
            return
        messages: list[Message] = []
        size = 0

        async def keep(message: Message) -> None:
            nonlocal size
            messages.append(message)
            size += len(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, keep)
        if messages and messages[0].get("status") == 200 and size <= CACHED_BODY_BYTES \
                and not messages[-1].get("more_body", False):
            if key in self.kept:
                self.kept_bytes -= self.kept.pop(key)[2]
            self.kept[key] = (version, messages, size)
            self.kept_bytes += size
            while self.kept_bytes > CACHED_TOTAL_BYTES:
                self.kept_bytes -= self.kept.popitem(last=False)[1][2]


def create_app(db_path: str | Path) -> FastAPI:
    """The app for the corpus at ``db_path``; fails at once (CorpusUnavailable) if it is not a readable corpus."""
    try:
        Store(db_path, readonly=True).close()  # check now, not on the first request
    except (sqlite3.Error, StoreError) as exc:
        raise CorpusUnavailable(f"{db_path}: cannot be read as a corpus database ({exc})") from None
    app = FastAPI(
        title="quotetrail",
        version=__version__,
        description="Who said what in the news, where it was first said, and who changed it. Read-only.",
        openapi_url=OPENAPI_PATH,
        docs_url=None,  # FastAPI's own page would load Swagger UI from a CDN
        redoc_url=None,
    )
    app.state.db_path = str(db_path)
    app.state.per_version = {}  # params.per_corpus_version: results kept per version of the corpus file
    app.state.render_error = pages.render_error
    errors.install(app)
    app.include_router(api.router)
    app.include_router(wordings.api)
    app.include_router(pages.router)
    app.include_router(wordings.pages)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount(f"{DOCS_PATH}/static", StaticFiles(directory=str(SWAGGER_UI)), name="swagger-ui")

    @app.get(DOCS_PATH, include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=OPENAPI_PATH, title="quotetrail API",
            swagger_js_url=f"{DOCS_PATH}/static/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_PATH}/static/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_PATH}/static/favicon.png")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        if request.url.path != DOCS_PATH:
            response.headers.update(PAGE_HEADERS)
        return response

    app.add_middleware(ResponseCache, db_path=str(db_path))
    app.add_middleware(HeadAsGet)  # added last: runs first, so HEAD is served from the cache too
    return app
