"""HTML pages, rendered on the server with Jinja2 (autoescaping on: article text is always text)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from quotetrail import __version__
from quotetrail.errors import NotFound, QueryError
from quotetrail.store import query, relations
from quotetrail.store.db import Store
from quotetrail.types import KINDS
from quotetrail.web.api import counts, speaker_detail, statement_item
from quotetrail.web.markup import article_pieces, marked_pieces
from quotetrail.web.params import (Page, PageNumber, SearchText, connection, form_value, per_corpus_version,
                                   speaker_choices, statement_filter)
from quotetrail.web.timeline import BARS_HEIGHT, month_bars, story_chart

PER_PAGE = 25
SPEAKER_CHOICES = 200  # most-quoted speakers offered as completions in the search form

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Conn = Annotated[Store, Depends(connection)]
HOME_STORIES = 10
HOME_ALTERED = 8
Text = Annotated[str | None, Query(max_length=300)]


def article_url(doc: str) -> str:
    return "/articles/" + quote(doc, safe="")


def speaker_url(name: str) -> str:
    return "/speakers/" + quote(name, safe="")


def statement_url(statement_id: int) -> str:
    return f"/statements/{statement_id}"


def story_url(story_id: int) -> str:
    return f"/stories/{story_id}"


def search_url(**params: Any) -> str:
    return "/search?" + urlencode({k: v for k, v in params.items() if v not in (None, "")})


def external(url: str | None) -> str | None:
    """An article's original URL, only if it is http(s): a stored ``javascript:`` URL must not become a link."""
    if url and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


def page_url(request: Request, page: int) -> str:
    """The current page's URL (relative: query string only) with another page number."""
    return "?" + urlencode({**request.query_params, "page": page})


env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).resolve().parent / "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
env.globals.update(article_url=article_url, speaker_url=speaker_url, statement_url=statement_url,
                   story_url=story_url, search_url=search_url, external=external, page_url=page_url, KINDS=KINDS,
                   version=__version__)


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = env.get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status)


def render_error(request: Request, status: int, message: str, parameter: str | None = None) -> str:
    return env.get_template("error.html").render(request=request, status=status, message=message,
                                                  parameter=parameter)


@router.get("/")
def home(request: Request, conn: Conn) -> HTMLResponse:
    return render(request, "home.html", counts=per_corpus_version(request, "counts", lambda: counts(conn)),
                  stories=relations.find_stories(conn, limit=HOME_STORIES, newest_first=True),
                  altered=per_corpus_version(request, f"altered{HOME_ALTERED}", lambda: relations.find_clusters(
                      conn, altered=True, limit=HOME_ALTERED, newest_first=True)),
                  outlets=query.outlets(conn))


@router.get("/search")
def search(request: Request, conn: Conn, q: SearchText = None, speaker: Text = None, outlet: Text = None,
           kind: Text = None, date_from: Text = None, date_to: Text = None,
           page: PageNumber = 1) -> HTMLResponse:
    form = {"q": form_value(q) or "", "speaker": form_value(speaker) or "", "outlet": form_value(outlet) or "",
            "kind": form_value(kind) or "", "date_from": form_value(date_from) or "",
            "date_to": form_value(date_to) or ""}
    context: dict[str, Any] = {"form": form, "outlets": query.outlets(conn), "results": None, "problem": None,
                               "speakers": speaker_choices(request, conn, SPEAKER_CHOICES)}
    try:
        flt = statement_filter(**{k: v or None for k, v in form.items()})
        total = query.count_statements(conn, flt)
        found = query.find_statements(conn, flt, limit=PER_PAGE, offset=(page - 1) * PER_PAGE, newest_first=True)
        items = [statement_item(f) for f in found]
    except QueryError as exc:
        context["problem"] = str(exc)
        return render(request, "search.html", status=400, **context)
    for item in items:
        item["pieces"] = marked_pieces(item["words"], item["matches"])
    context["results"] = Page(items, total, page, PER_PAGE)
    return render(request, "search.html", **context)


@router.get("/statements/{statement_id}")
def statement(request: Request, statement_id: int, conn: Conn) -> HTMLResponse:
    found = query.get_statement(conn, statement_id) if 0 < statement_id < 2**63 else None
    if found is None:
        raise NotFound(f"no statement {statement_id}")
    clusters = relations.clusters_of_statement(conn, statement_id)
    own_altered = any(q["altered"] for c in clusters for q in c["quotes"] if q["statement"] == statement_id)
    return render(request, "statement.html", s=found.to_dict(), quote_clusters=clusters, own_altered=own_altered)


@router.get("/speakers")
def speakers(request: Request, conn: Conn, prefix: Text = None, page: PageNumber = 1) -> HTMLResponse:
    prefix = form_value(prefix)
    items = [s.to_dict() for s in query.find_speakers(conn, prefix=prefix, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)]
    found = Page(items, query.count_speakers(conn, prefix=prefix), page, PER_PAGE)
    return render(request, "speakers.html", results=found, prefix=prefix or "")


@router.get("/speakers/{name:path}")
def speaker(request: Request, name: str, conn: Conn, page: PageNumber = 1) -> HTMLResponse:
    detail = speaker_detail(conn, name)
    name = detail["name"]
    items = [f.to_dict() for f in query.speaker_statements(conn, name, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)]
    results = Page(items, query.count_speaker_statements(conn, name), page, PER_PAGE)
    return render(request, "speaker.html", sp=detail, results=results,
                  bars=month_bars(query.speaker_months(conn, name)), bars_height=BARS_HEIGHT)


@router.get("/articles")
def articles(request: Request, conn: Conn, outlet: Text = None, page: PageNumber = 1) -> HTMLResponse:
    outlet = form_value(outlet)
    items = query.find_articles(conn, outlet, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    found = Page(items, query.count_articles(conn, outlet), page, PER_PAGE)
    return render(request, "articles.html", results=found, outlet=outlet or "", outlets=query.outlets(conn))


@router.get("/articles/{doc:path}")
def article(request: Request, doc: str, conn: Conn) -> HTMLResponse:
    found = query.get_article(conn, doc)
    if found is None:
        raise NotFound(f"no article {doc!r}")
    statements = [f.to_dict() for f in query.article_statements(conn, doc)]
    return render(request, "article.html", a=found, statements=statements,
                  by_id={s["id"]: s for s in statements},
                  pieces=article_pieces(found["text"], statements, found["boilerplate"]),
                  posts=[s for s in statements if s["kind"] == "post"],
                  speakers=query.article_speakers(conn, doc), links=relations.article_links(conn, doc),
                  story=relations.story_of(conn, doc))


@router.get("/stories")
def stories(request: Request, conn: Conn, page: PageNumber = 1) -> HTMLResponse:
    items = relations.find_stories(conn, limit=PER_PAGE, offset=(page - 1) * PER_PAGE, newest_first=True)
    return render(request, "stories.html", results=Page(items, relations.count_stories(conn), page, PER_PAGE))


@router.get("/stories/{story_id}")
def story(request: Request, story_id: int, conn: Conn) -> HTMLResponse:
    found = relations.get_story(conn, story_id) if 0 < story_id < 2**63 else None
    if found is None:
        raise NotFound(f"no story {story_id}")
    chart = story_chart(found["articles"], found["statements"], article_url, statement_url)
    return render(request, "story.html", st=found, chart=chart)


@router.get("/variants")
def variants(request: Request, conn: Conn, altered: bool | None = None, page: PageNumber = 1) -> HTMLResponse:
    items = relations.find_clusters(conn, altered=altered, limit=PER_PAGE, offset=(page - 1) * PER_PAGE,
                                    newest_first=True)
    found = Page(items, relations.count_clusters(conn, altered=altered), page, PER_PAGE)
    return render(request, "variants.html", results=found, altered=altered)
