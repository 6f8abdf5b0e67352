"""One error shape for the whole app: ``{"error": {"status", "code", "message", "parameter"}}``.

API paths (under ``/api``) answer errors in that JSON shape; pages answer an HTML page with the
same status and message. ``code`` is the ``QuotetrailError`` code (quotetrail/errors.py) of what
went wrong; a bad parameter is a 400, a missing thing a 404, never a 500.
"""
from __future__ import annotations

import logging
import sqlite3
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from quotetrail.errors import CorpusUnavailable, NotFound, QueryError, QuotetrailError

log = logging.getLogger("quotetrail.web")

#: Codes of the errors that are HTTP's own rather than a QuotetrailError.
HTTP_CODES = {400: QueryError.code, 404: NotFound.code, 405: "method_not_allowed", 500: "internal_error",
              503: CorpusUnavailable.code}
#: HTTP status of each QuotetrailError (the first base class listed that an error is an instance of).
STATUS = ((QueryError, 400), (NotFound, 404), (CorpusUnavailable, 503))


def error_body(status: int, message: str, parameter: str | None = None, code: str | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code or HTTP_CODES.get(status, "error"), "message": message,
                      "parameter": parameter}}


def _respond(request: Request, status: int, message: str, parameter: str | None = None,
             code: str | None = None, headers: dict[str, str] | None = None) -> Response:
    if request.url.path == "/api" or request.url.path.startswith("/api/"):
        return JSONResponse(error_body(status, message, parameter, code), status_code=status, headers=headers)
    render = request.app.state.render_error
    return HTMLResponse(render(request, status, message, parameter), status_code=status, headers=headers)


def _describe(error: dict[str, Any]) -> tuple[str | None, str]:
    where = [str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body")]
    parameter = ".".join(where) or None
    message = error.get("msg", "invalid value")
    if parameter:
        given = error.get("input")
        shown = f" (got {given!r})" if isinstance(given, (str, int, float)) and len(str(given)) <= 80 else ""
        message = f"{parameter}: {message}{shown}"
    return parameter, message


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        parameter, message = _describe(errors[0]) if errors else (None, "invalid request")
        return _respond(request, 400, message, parameter)


    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}"
        return _respond(request, exc.status_code, message, headers=exc.headers)  # 405 keeps its Allow

    @app.exception_handler(sqlite3.DatabaseError)
    async def corpus_unreadable(request: Request, exc: sqlite3.DatabaseError) -> Response:
        log.error("corpus read failed on %s: %s", request.url.path, exc)
        return _respond(request, 503, f"the corpus database could not be read ({exc})")

    @app.exception_handler(QuotetrailError)
    async def coded(request: Request, exc: QuotetrailError) -> Response:
        status = next((status for cls, status in STATUS if isinstance(exc, cls)), 500)
        if status >= 500:
            log.error("%s on %s: %s", exc.code, request.url.path, exc)
        return _respond(request, status, str(exc), getattr(exc, "parameter", None), exc.code)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return _respond(request, 500, "unexpected server error; it has been logged")
