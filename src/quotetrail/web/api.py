"""The JSON API under /api: the same data as the pages, paginated, with one error shape.

Every read goes through ``quotetrail.store`` (``query``, ``relations``), as the CLI's commands do.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

from quotetrail.errors import NotFound
from quotetrail.store import query, relations
from quotetrail.store.db import Store
from quotetrail.store.query import FoundStatement
from quotetrail.web.models import (
    ArticleOut,
    ArticleSummary,
    ClusterSummary,
    Counts,
    ErrorOut,
    Overview,
    PageOut,
    SearchHit,
    SpeakerDetail,
    SpeakerSummary,
    StatementDetail,
    StoryOut,
    StorySummary,
    WordingsOut,
)
from quotetrail.web.params import Day, KindFilter, Name, Page, PageNumber, PerPage, SearchText, connection, statement_filter

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "a bad parameter"},
    404: {"model": ErrorOut, "description": "no such item"},
}
router = APIRouter(prefix="/api", responses=ERRORS)
Conn = Annotated[Store, Depends(connection)]
Id = Annotated[int, Path(ge=1, le=2**63 - 1)]
LATEST_STORIES = 10


def listing(request: Request, total: int, page: int, per_page: int,
            fetch: Callable[[int], list[Any]]) -> dict[str, Any]:
    """One page of a listing of ``total`` items; ``fetch(offset)`` reads the page's items."""
    found = Page([], total, page, per_page)
    return paged(request, Page(fetch(found.offset), total, page, per_page))


def paged(request: Request, page: Page) -> dict[str, Any]:
    """A page of items; ``next`` is relative (path and query), never built from the request's Host."""
    nxt = None
    if page.page < page.pages:
        following = request.url.include_query_params(page=page.page + 1)
        nxt = f"{following.path}?{following.query}"
    return {"items": page.items, "total": page.total, "page": page.page, "per_page": page.per_page,
            "pages": page.pages, "next": nxt}


def statement_item(found: FoundStatement) -> dict[str, Any]:
    """A found statement as the API shows it: the exported row plus the matched words of a search."""
    return found.to_dict() | {"matches": [list(m) for m in found.matches]}


def counts(store: Store) -> dict[str, Any]:
    numbers = query.stats(store)
    return {name: numbers[name] for name in Counts.model_fields}


@router.get("", response_model=Overview, summary="Corpus counts and the latest stories")
def overview(conn: Conn) -> dict[str, Any]:
    return {"counts": counts(conn),
            "latest_stories": relations.find_stories(conn, limit=LATEST_STORIES, newest_first=True),
            "outlets": query.outlets(conn)}


@router.get("/statements", response_model=PageOut[SearchHit], summary="Search statements")
def search(request: Request, conn: Conn, q: SearchText = None, speaker: Name = None, outlet: Name = None,
           kind: KindFilter = None, date_from: Day = None, date_to: Day = None,
           altered: Annotated[bool | None, Query(description="only altered (true) or unaltered (false) wordings")]
           = None, page: PageNumber = 1, per_page: PerPage = 20) -> dict[str, Any]:
    """Full-text search over the statements' ``words`` (a quote split by its cue: its parts, never
    the cue; best match first), or, without ``q``, every statement matching the filters (newest
    first); the filters mean what `quotetrail quotes` options mean. ``matches`` gives the matched
    words as offsets into ``words``."""
    flt = statement_filter(q=q, speaker=speaker, outlet=outlet, kind=kind, date_from=date_from, date_to=date_to,
                           altered=altered)
    return listing(request, query.count_statements(conn, flt), page, per_page, lambda offset: [
        statement_item(f) for f in query.find_statements(conn, flt, limit=per_page, offset=offset, newest_first=True)])


@router.get("/statements/{statement_id}", response_model=StatementDetail,
            summary="One statement and, for each of its quotes, every wording across articles")
def statement(statement_id: Id, conn: Conn) -> dict[str, Any]:
    """What the statement page shows: each quote's wordings judged against their sources."""
    found = query.get_statement(conn, statement_id)
    if found is None:
        raise NotFound(f"no statement {statement_id}")
    return {"statement": found.to_dict(), "quotes": relations.clusters_of_statement(conn, statement_id)}


@router.get("/variants", response_model=PageOut[ClusterSummary], summary="Quotes found in several wordings")
def variants(request: Request, conn: Conn, altered: bool | None = None, speaker: Name = None,
             page: PageNumber = 1, per_page: PerPage = 20) -> dict[str, Any]:
    return listing(request, relations.count_clusters(conn, altered, speaker), page, per_page, lambda offset:
                   relations.find_clusters(conn, altered, speaker, limit=per_page, offset=offset, newest_first=True))


@router.get("/variants/{cluster_id}", response_model=WordingsOut, summary="One quote's wordings")
def variant(cluster_id: Id, conn: Conn) -> dict[str, Any]:
    found = relations.wordings(conn, cluster_id)
    if found is None:
        raise NotFound(f"no variant cluster {cluster_id}")
    return found


@router.get("/speakers", response_model=PageOut[SpeakerSummary], summary="Speakers, most quoted first")
def speakers(request: Request, conn: Conn, prefix: Name = None, page: PageNumber = 1,
             per_page: PerPage = 20) -> dict[str, Any]:
    return listing(request, query.count_speakers(conn, prefix=prefix), page, per_page, lambda offset: [
        s.to_dict() for s in query.find_speakers(conn, prefix=prefix, limit=per_page, offset=offset)])


def speaker_detail(conn: Store, name: str) -> dict[str, Any]:
    """The person asked for by a name, alias or handle (``query.person_named``); its ``name`` is the
    person's own, which the statement queries then take."""
    person = query.person_named(conn, name)
    found = query.get_speaker(conn, person) if person is not None else None
    if found is None:
        raise NotFound(f"no speaker named {name!r}")
    return found.to_dict() | {"kinds": query.speaker_kinds(conn, found.name)}


@router.get("/speakers/{name:path}", response_model=SpeakerDetail, summary="A speaker and their statements over time")
def speaker(request: Request, name: str, conn: Conn, page: PageNumber = 1, per_page: PerPage = 20) -> dict[str, Any]:
    detail = speaker_detail(conn, name)
    name = detail["name"]
    statements = listing(request, query.count_speaker_statements(conn, name), page, per_page, lambda offset: [
        f.to_dict() for f in query.speaker_statements(conn, name, limit=per_page, offset=offset)])
    return {"speaker": detail, "months": query.speaker_months(conn, name), "statements": statements}


@router.get("/articles", response_model=PageOut[ArticleSummary], summary="Articles, newest first")
def articles(request: Request, conn: Conn, outlet: Name = None, page: PageNumber = 1,
             per_page: PerPage = 20) -> dict[str, Any]:
    return listing(request, query.count_articles(conn, outlet), page, per_page,
                   lambda offset: query.find_articles(conn, outlet, limit=per_page, offset=offset))


@router.get("/articles/{doc:path}", response_model=ArticleOut,
            summary="An article: text, statements, speakers, what it copies and its story")
def article(doc: str, conn: Conn) -> dict[str, Any]:
    found = query.get_article(conn, doc)
    if found is None:
        raise NotFound(f"no article {doc!r}")
    return found | {"statements": [f.to_dict() for f in query.article_statements(conn, doc)],
                    "speakers": query.article_speakers(conn, doc), "links": relations.article_links(conn, doc),
                    "story": relations.story_of(conn, doc)}


@router.get("/stories", response_model=PageOut[StorySummary], summary="Stories, latest first")
def stories(request: Request, conn: Conn, page: PageNumber = 1, per_page: PerPage = 20) -> dict[str, Any]:
    return listing(request, relations.count_stories(conn), page, per_page,
                   lambda offset: relations.find_stories(conn, limit=per_page, offset=offset, newest_first=True))


@router.get("/stories/{story_id}", response_model=StoryOut, summary="A story's articles and statements")
def story(story_id: Id, conn: Conn) -> dict[str, Any]:
    found = relations.get_story(conn, story_id)
    if found is None:
        raise NotFound(f"no story {story_id}")
    return found
