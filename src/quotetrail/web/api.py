"""The JSON API under /api: the same data as the pages, paginated, with one error shape."""
from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

from quotetrail.web import queries
from quotetrail.web.errors import NotFound
from quotetrail.web.models import (
    ArticleOut,
    ArticleSummary,
    ClusterOut,
    ClusterSummary,
    ErrorOut,
    Overview,
    PageOut,
    SearchHit,
    SpeakerDetail,
    SpeakerSummary,
    StatementDetail,
    StoryOut,
    StorySummary,
)
from quotetrail.web.params import (
    Day,
    KindFilter,
    Name,
    PageNumber,
    PerPage,
    SearchText,
    check_dates,
    connection,
    form_day,
)

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "a bad parameter"},
    404: {"model": ErrorOut, "description": "no such item"},
}
router = APIRouter(prefix="/api", responses=ERRORS)
Conn = Annotated[sqlite3.Connection, Depends(connection)]
Id = Annotated[int, Path(ge=1, le=2**63 - 1)]


def paged(request: Request, page: queries.Page) -> dict[str, Any]:
    """A page of items; ``next`` is relative (path and query), never built from the request's Host."""
    nxt = None
    if page.page < page.pages:
        following = request.url.include_query_params(page=page.page + 1)
        nxt = f"{following.path}?{following.query}"
    return {"items": page.items, "total": page.total, "page": page.page, "per_page": page.per_page,
            "pages": page.pages, "next": nxt}


@router.get("", response_model=Overview, summary="Corpus counts and the latest stories")
def overview(conn: Conn) -> dict[str, Any]:
    return {"counts": queries.counts(conn), "latest_stories": queries.stories(conn, per_page=10).items,
            "outlets": queries.outlets(conn)}


@router.get("/statements", response_model=PageOut[SearchHit], summary="Search statements")
def search(request: Request, conn: Conn, q: SearchText = None, speaker: Name = None, outlet: Name = None,
           kind: KindFilter = None, date_from: Day = None, date_to: Day = None,
           altered: Annotated[bool | None, Query(description="only altered (true) or unaltered (false) wordings")]
           = None, page: PageNumber = 1, per_page: PerPage = 20) -> dict[str, Any]:
    """Full-text search over statement text and speaker (best match first), or, without ``q``,
    every statement matching the filters (newest first). ``matches`` gives the matched words."""
    first, last = form_day("date_from", date_from), form_day("date_to", date_to)
    check_dates(first, last)
    found = queries.search_statements(
        conn, q=q, speaker=speaker, outlet=outlet, kind=kind, date_from=first and first.isoformat(),
        date_to=last and last.isoformat(), altered=altered, page=page, per_page=per_page)
    return paged(request, found)


@router.get("/statements/{statement_id}", response_model=StatementDetail,
            summary="One statement with every variant of its wording")
def statement(statement_id: Id, conn: Conn) -> dict[str, Any]:
    found = queries.statement(conn, statement_id)
    if found is None:
        raise NotFound(f"no statement {statement_id}")
    cluster = queries.variant_cluster(conn, found["cluster_id"]) if found["cluster_id"] is not None else None
    return {"statement": found, "cluster": cluster}


@router.get("/variants", response_model=PageOut[ClusterSummary], summary="Quotes found in several wordings")
def variants(request: Request, conn: Conn, altered: bool | None = None, speaker: Name = None,
             page: PageNumber = 1, per_page: PerPage = 20) -> dict[str, Any]:
    return paged(request, queries.variant_clusters(conn, altered=altered, speaker=speaker, page=page,
                                                   per_page=per_page))


@router.get("/variants/{cluster_id}", response_model=ClusterOut, summary="One quote's wordings")
def variant(cluster_id: Id, conn: Conn) -> dict[str, Any]:
    found = queries.variant_cluster(conn, cluster_id)
    if found is None:
        raise NotFound(f"no variant cluster {cluster_id}")
    return found


@router.get("/speakers", response_model=PageOut[SpeakerSummary], summary="Speakers, most quoted first")
def speakers(request: Request, conn: Conn, prefix: Name = None, page: PageNumber = 1,
             per_page: PerPage = 20) -> dict[str, Any]:
    return paged(request, queries.speakers(conn, prefix=prefix, page=page, per_page=per_page))


@router.get("/speakers/{name:path}", response_model=SpeakerDetail, summary="A speaker and their statements over time")
def speaker(request: Request, name: str, conn: Conn, page: PageNumber = 1, per_page: PerPage = 20) -> dict[str, Any]:
    found = queries.speaker(conn, name)
    if found is None:
        raise NotFound(f"no speaker named {name!r}")
    return {"speaker": found, "months": queries.speaker_months(conn, name),
            "statements": paged(request, queries.speaker_statements(conn, name, page, per_page))}


@router.get("/articles", response_model=PageOut[ArticleSummary], summary="Articles, newest first")
def articles(request: Request, conn: Conn, outlet: Name = None, page: PageNumber = 1,
             per_page: PerPage = 20) -> dict[str, Any]:
    return paged(request, queries.articles(conn, outlet=outlet, page=page, per_page=per_page))


@router.get("/articles/{doc:path}", response_model=ArticleOut,
            summary="An article: text, statements, speakers, what it copies and its story")
def article(doc: str, conn: Conn) -> dict[str, Any]:
    found = queries.article(conn, doc)
    if found is None:
        raise NotFound(f"no article {doc!r}")
    return found | {"statements": queries.article_statements(conn, doc), "speakers": queries.article_speakers(conn, doc),
                    "links": queries.article_links(conn, doc), "story": queries.story_of(conn, doc)}


@router.get("/stories", response_model=PageOut[StorySummary], summary="Stories, latest first")
def stories(request: Request, conn: Conn, page: PageNumber = 1, per_page: PerPage = 20) -> dict[str, Any]:
    return paged(request, queries.stories(conn, page=page, per_page=per_page))


@router.get("/stories/{story_id}", response_model=StoryOut, summary="A story's articles and statements")
def story(story_id: Id, conn: Conn) -> dict[str, Any]:
    found = queries.story(conn, story_id)
    if found is None:
        raise NotFound(f"no story {story_id}")
    return found
