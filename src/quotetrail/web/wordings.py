"""Altered quotes: each quote's source wording and every later wording, with its diff and change
types (pages ``/altered``, ``/altered/{cluster}``; API ``/api/altered``, ``/api/altered/{cluster}``).

The ``variant_quotes`` table (one row per quoted sentence linked into a cluster, judged against
its source: its first appearance, or the article it copies or rewrites) is read through
``quotetrail.store.relations``.
"""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path
from fastapi.responses import HTMLResponse
from starlette.requests import Request

from quotetrail.errors import NotFound
from quotetrail.store import relations
from quotetrail.store.db import Store
from quotetrail.web.params import Page, PageNumber, PerPage, connection

PER_PAGE = 25
Conn = Annotated[Store, Depends(connection)]
ClusterId = Annotated[int, Path(ge=1, le=2**63 - 1)]

pages = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
api = APIRouter(prefix="/api")


def _altered(store: Store, page: int, per_page: int) -> Page:
    """Clusters with an altered quote, most severe first, then by first appearance."""
    items = relations.find_clusters(store, altered=True, limit=per_page, offset=(page - 1) * per_page,
                                    by_severity=True)
    return Page(items, relations.count_clusters(store, altered=True), page, per_page)


def _render(request: Request, template: str, **context: Any) -> HTMLResponse:
    from quotetrail.web.pages import render  # the pages module owns the template environment

    return render(request, template, **context)


@pages.get("/altered")
def altered_page(request: Request, conn: Conn, page: PageNumber = 1) -> HTMLResponse:
    return _render(request, "altered.html", results=_altered(conn, page, PER_PAGE))


@pages.get("/altered/{cluster_id}")
def wordings_page(request: Request, cluster_id: ClusterId, conn: Conn) -> HTMLResponse:
    found = relations.wordings(conn, cluster_id)
    if found is None:
        raise NotFound(f"no quote cluster {cluster_id}")
    return _render(request, "wordings.html", c=found)


@api.get("/altered", summary="Altered quotes, most severe first, then by first appearance")
def altered_api(request: Request, conn: Conn, page: PageNumber = 1, per_page: PerPage = 20) -> dict[str, Any]:
    found = _altered(conn, page, per_page)
    return {"items": found.items, "total": found.total, "page": found.page, "per_page": found.per_page}


@api.get("/altered/{cluster_id}", summary="A quote's source wording and every later wording, with diffs")
def wordings_api(cluster_id: ClusterId, conn: Conn) -> dict[str, Any]:
    found = relations.wordings(conn, cluster_id)
    if found is None:
        raise NotFound(f"no quote cluster {cluster_id}")
    return found
