"""Request parameters shared by the API and the pages, with their bounds (a value outside is a 400)."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal, TypeVar

from fastapi import Query, Request

from quotetrail.errors import QueryError
from quotetrail.store import StatementFilter, Store
from quotetrail.store.query import speaker_names
from quotetrail.types import KINDS

T = TypeVar("T")
MAX_PER_PAGE = 100
MAX_QUERY_CHARS = 500

PageNumber = Annotated[int, Query(ge=1, le=1_000_000, description="page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description=f"items per page, at most {MAX_PER_PAGE}")]
SearchText = Annotated[str | None, Query(max_length=MAX_QUERY_CHARS,
                                         description='words (all must match), "a phrase", or prefix*')]
KindFilter = Annotated[Literal[KINDS] | None, Query(description="statement kind")]  # type: ignore[valid-type]
Name = Annotated[str | None, Query(max_length=300)]
#: Dates are read by one rule everywhere (``StatementFilter``): YYYY-MM-DD and nothing else (no
#: timestamps like ``0``, no ``20240301``).
Day = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")]

#: ``StatementFilter`` field -> the web parameter it is given as, where the names differ.
WEB_NAMES = {"search": "q", "since": "date_from", "until": "date_to"}


def statement_filter(**web: Any) -> StatementFilter:
    """The store's filter from web parameters (``q``, ``date_from``, ...); a bad value is a ``QueryError``
    naming the web parameter."""
    names = {web_name: name for name, web_name in WEB_NAMES.items()}
    values = {names.get(k, k): (v.isoformat() if isinstance(v, date) else v) for k, v in web.items()}
    try:
        return StatementFilter(**values)
    except QueryError as exc:
        raise QueryError(WEB_NAMES.get(exc.parameter or "", exc.parameter), exc.message) from None


def connection(request: Request) -> Iterator[Store]:
    """A read-only store for one request (SQLite ``mode=ro`` plus ``query_only``)."""
    store = Store(request.app.state.db_path, readonly=True)
    try:
        store.conn.execute("PRAGMA query_only=ON")
        yield store
    finally:
        store.close()


@dataclass(frozen=True)
class Page:
    """One page of a listing, as the API and the pages show it."""

    items: list[Any]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


def form_value(value: str | None) -> str | None:
    """HTML forms send empty fields as ``""``: that means "no filter"."""
    value = (value or "").strip()
    return value or None


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


def speaker_choices(request: Request, store: Store, limit: int) -> list[str]:
    """The ``limit`` most-quoted speakers (the search form's completions), per corpus version."""
    return per_corpus_version(request, f"speakers{limit}", lambda: speaker_names(store, limit))
