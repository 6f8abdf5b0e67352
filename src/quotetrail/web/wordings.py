"""Altered quotes: each quote's source wording and every later wording, with its diff and change
types (pages ``/altered``, ``/altered/{cluster}``; API ``/api/altered``, ``/api/altered/{cluster}``).

Reads the ``variant_quotes`` table written by corpus linking (corpus/matching.py): one row per
quoted sentence linked into a cluster, judged against its source (its first appearance, or the
article it copies or rewrites).
"""
from __future__ import annotations

import json
import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path
from fastapi.responses import HTMLResponse
from starlette.requests import Request

from quotetrail.web.errors import NotFound
from quotetrail.web.params import PageNumber, PerPage, connection
from quotetrail.web.queries import Page

PER_PAGE = 25
Conn = Annotated[sqlite3.Connection, Depends(connection)]
ClusterId = Annotated[int, Path(ge=1, le=2**63 - 1)]

pages = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
api = APIRouter(prefix="/api")


def altered_clusters(conn: sqlite3.Connection, page: int = 1, per_page: int = PER_PAGE) -> Page:
    """Clusters with an altered quote, most severe first, then by first appearance."""
    total = int(conn.execute("SELECT count(*) FROM variant_clusters WHERE altered = 1").fetchone()[0])
    rows = conn.execute(
        "SELECT c.id, c.speaker, c.severity, c.first_seen, c.first_doc,"
        " (SELECT count(*) FROM variant_quotes q WHERE q.cluster_id = c.id) AS size,"
        " (SELECT group_concat(DISTINCT j.value) FROM variant_quotes q, json_each(q.changes) j"
        "  WHERE q.cluster_id = c.id) AS changes,"
        " (SELECT substr(a.text, q.start + 1, q.\"end\" - q.start) FROM variant_quotes q JOIN articles a"
        "  ON a.id = q.article_id WHERE q.cluster_id = c.id ORDER BY q.id LIMIT 1) AS source_text"
        " FROM variant_clusters c WHERE c.altered = 1"
        " ORDER BY c.severity DESC, c.first_seen IS NULL, c.first_seen, c.id LIMIT ? OFFSET ?",
        (per_page, (page - 1) * per_page)).fetchall()
    items = [dict(r) | {"changes": sorted((r["changes"] or "").split(",")) if r["changes"] else []} for r in rows]
    return Page(items, total, page, per_page)


def wordings(conn: sqlite3.Connection, cluster_id: int) -> dict[str, Any] | None:
    """One cluster: its quotes in order of appearance, the first being the source of the rest."""
    c = conn.execute("SELECT * FROM variant_clusters WHERE id = ?", (cluster_id,)).fetchone()
    if c is None:
        return None
    rows = conn.execute(
        "SELECT q.*, a.doc, a.outlet, a.title, a.date, substr(a.text, q.start + 1, q.\"end\" - q.start) AS text"
        " FROM variant_quotes q JOIN articles a ON a.id = q.article_id WHERE q.cluster_id = ? ORDER BY q.id",
        (cluster_id,)).fetchall()
    position = {r["id"]: i for i, r in enumerate(rows)}
    quotes = [{"doc": r["doc"], "title": r["title"], "outlet": r["outlet"], "date": r["date"], "start": r["start"],
               "end": r["end"], "text": r["text"], "quoted": bool(r["quoted"]), "speaker": r["speaker"],
               "statement": r["statement_id"], "relation": r["relation"], "altered": r["relation"] == "altered",
               "source": position.get(r["source_quote_id"]), "diff": json.loads(r["diff"]),
               "changes": json.loads(r["changes"]), "severity": r["severity"]} for r in rows]
    return {"cluster": c["id"], "speaker": c["speaker"], "altered": bool(c["altered"]), "severity": c["severity"],
            "first_seen": c["first_seen"], "first_seen_inferred": bool(c["first_seen_inferred"]),
            "first_doc": c["first_doc"], "quotes": quotes}


def clusters_of_statement(conn: sqlite3.Connection, statement_id: int) -> list[dict[str, Any]]:
    """The clusters holding a sentence of a statement (a long statement may hold several quotes)."""
    ids = [r[0] for r in conn.execute(
        "SELECT DISTINCT cluster_id FROM variant_quotes WHERE statement_id = ? ORDER BY cluster_id", (statement_id,))]
    return [w for w in (wordings(conn, i) for i in ids) if w]


def _render(request: Request, template: str, **context: Any) -> HTMLResponse:
    from quotetrail.web.pages import render  # the pages module owns the template environment

    return render(request, template, **context)


@pages.get("/altered")
def altered_page(request: Request, conn: Conn, page: PageNumber = 1) -> HTMLResponse:
    return _render(request, "altered.html", results=altered_clusters(conn, page))


@pages.get("/altered/{cluster_id}")
def wordings_page(request: Request, cluster_id: ClusterId, conn: Conn) -> HTMLResponse:
    found = wordings(conn, cluster_id)
    if found is None:
        raise NotFound(f"no quote cluster {cluster_id}")
    return _render(request, "wordings.html", c=found)


@api.get("/altered", summary="Altered quotes, most severe first, then by first appearance")
def altered_api(request: Request, conn: Conn, page: PageNumber = 1, per_page: PerPage = 20) -> dict[str, Any]:
    found = altered_clusters(conn, page, per_page)
    return {"items": found.items, "total": found.total, "page": found.page, "per_page": found.per_page}


@api.get("/altered/{cluster_id}", summary="A quote's source wording and every later wording, with diffs")
def wordings_api(cluster_id: ClusterId, conn: Conn) -> dict[str, Any]:
    found = wordings(conn, cluster_id)
    if found is None:
        raise NotFound(f"no quote cluster {cluster_id}")
    return found
