"""Request parameters shared by the API and the pages, with their bounds (a value outside is a 400)."""
from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from typing import Annotated, Any, Literal, TypeVar

from fastapi import Query, Request

from quotetrail.store import Store
from quotetrail.types import KINDS
from quotetrail.web import queries
from quotetrail.web.queries import QueryError

T = TypeVar("T")
MAX_PER_PAGE = 100
MAX_QUERY_CHARS = 500

PageNumber = Annotated[int, Query(ge=1, le=1_000_000, description="page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description=f"items per page, at most {MAX_PER_PAGE}")]
SearchText = Annotated[str | None, Query(max_length=MAX_QUERY_CHARS,
                                         description='words (all must match), "a phrase", or prefix*')]
KindFilter = Annotated[Literal["direct", "indirect", "mixed", "post"] | None, Query(description="statement kind")]
Name = Annotated[str | None, Query(max_length=300)]
#: Dates are read by one rule everywhere (``form_day``): YYYY-MM-DD and nothing else (no
#: timestamps like ``0``, no ``20240301``).
Day = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")]
_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_dates(date_from: date | None, date_to: date | None) -> None:
    if date_from and date_to and date_from > date_to:
        raise QueryError("date_to", f"is before date_from ({date_to} < {date_from})")


def connection(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection for one request (SQLite ``mode=ro`` plus ``query_only``)."""
    store = Store(request.app.state.db_path, readonly=True)
    try:
        store.conn.execute("PRAGMA query_only=ON")
        yield store.conn
    finally:
        store.close()


def form_value(value: str | None) -> str | None:
    """HTML forms send empty fields as ``""``: that means "no filter"."""
    value = (value or "").strip()
    return value or None


def form_day(parameter: str, value: str | None) -> date | None:
    value = form_value(value)
    if value is None:
        return None
    try:
        if not _DAY_RE.fullmatch(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise QueryError(parameter, f"is not a date of the form YYYY-MM-DD (got {value!r})") from None


def form_kind(value: str | None) -> str | None:
    value = form_value(value)
    if value is not None and value not in KINDS:
        raise QueryError("kind", f"must be one of {', '.join(KINDS)} (got {value!r})")
    return value


def corpus_version(db_path: str) -> tuple[tuple[int, int], ...]:
    """Changes whenever the corpus file (or its write-ahead log) is written."""
    out = []
    for path in (db_path, db_path + "-wal"):
        try:
            st = os.stat(path)
            out.append((st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((0, 0))
    return tuple(out)


def per_corpus_version(request: Request, name: str, compute: Callable[[], T]) -> T:
    """``compute()``, done once per version of the corpus file and kept by the app under ``name``.

    For what groups or counts every statement (tens to hundreds of milliseconds on 20,000
    articles) and would otherwise be paid on every request of a page.
    """
    version = corpus_version(request.app.state.db_path)
    cache: dict[str, tuple[object, Any]] = request.app.state.per_version
    kept = cache.get(name)
    if kept is None or kept[0] != version:
        kept = cache[name] = (version, compute())
    return kept[1]  # type: ignore[no-any-return]


def speaker_choices(request: Request, conn: sqlite3.Connection, limit: int) -> list[str]:
    """The ``limit`` most-quoted speakers (the search form's completions), per corpus version."""
    return per_corpus_version(request, f"speakers{limit}",
                              lambda: [s["name"] for s in queries.speakers(conn, per_page=limit).items])
