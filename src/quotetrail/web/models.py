"""Response shapes of the JSON API; FastAPI turns them into the OpenAPI schema at /api/openapi.json."""
from __future__ import annotations

import dataclasses
import typing
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field, create_model

from quotetrail.errors import error_codes
from quotetrail.store.query import FOUND_FIELDS, FoundStatement
from quotetrail.types import Statement

T = TypeVar("T")


class ErrorDetail(BaseModel):
    status: int
    code: str = Field(description="one of: " + ", ".join(sorted({*error_codes(), "method_not_allowed", "internal_error"})))
    message: str
    parameter: str | None = Field(None, description="the request parameter at fault, when one is")


class ErrorOut(BaseModel):
    error: ErrorDetail


class PageOut(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="items matching, over all pages")
    page: int
    per_page: int
    pages: int
    next: str | None = Field(None, description="URL of the next page, if there is one")


class Counts(BaseModel):
    """The corpus's counts (``quotetrail stats`` gives these and more)."""


    articles: int
    statements: int
    speakers: int
    stories: int
    variant_clusters: int
    altered_clusters: int
    derived_articles: int
    rejections: int


def _statement_model() -> type[BaseModel]:
    """``StatementOut``: every field of ``quotetrail.types.Statement`` (types, defaults and the class's
    description taken from it), then the stored statement's id, article and variant cluster
    (``FoundStatement``'s other fields)."""
    hints = typing.get_type_hints(Statement)
    fields: dict[str, Any] = {f.name: (hints[f.name], ... if f.default is dataclasses.MISSING else f.default)
                              for f in dataclasses.fields(Statement)}
    found = typing.get_type_hints(FoundStatement) | {"words": str}
    fields |= {name: (found[name], Field(... if name in ("id", "altered", "words") else None, description=EXTRA_FIELDS.get(name)))
               for name in FOUND_FIELDS if name not in fields}
    return create_model("StatementOut", __doc__=Statement.__doc__, **fields)


#: Descriptions of the fields a stored statement adds to ``Statement``.
EXTRA_FIELDS = {
    "words": "what was said: text, or the parts of a quote split by its cue joined by ' … ' (the cue left out)",
    "id": "the statement's id in the corpus",
    "article_date": "its article's date",
    "cluster_id": "its variant cluster, once linking has run",
    "altered": "one of its quotes changes the words of its source (the article it derives from, else where it first appeared) beyond cutting it short, case, hyphens, apostrophes or spelling",
    "person": "the speaker's person across the corpus (its speaker page), once people are built",
}

StatementOut = _statement_model()


class SearchHit(StatementOut):
    matches: list[tuple[int, int]] = Field([], description="[start, end) offsets of matched words in words")


class WordingOut(BaseModel):
    """One wording of a quote, judged against its source (its first appearance, or the article it
    copies or rewrites): a row of ``quotetrail variants --format jsonl``'s ``quotes``."""

    doc: str
    start: int
    end: int
    text: str
    diff: list[tuple[str, str]] = Field(description="word diff against its source, as stored by linking")
    altered: bool
    relation: str = Field(description="source (the first appearance), verbatim, altered or paraphrased")
    changes: list[str] = Field(description="the change types of an altered wording")
    severity: float
    source: int | None = Field(description="position in ``quotes`` of the wording it is judged against")
    quoted: bool
    speaker: str | None
    statement: int | None = Field(description="id of the statement that holds it")
    outlet: str | None
    title: str | None
    date: str | None


class WordingsOut(BaseModel):
    """A quote across articles: every wording in order of appearance, the first appearance first."""

    cluster: int
    speaker: str | None
    altered: bool
    severity: float
    first_seen: str | None
    first_seen_inferred: bool
    first_doc: str | None
    fullest: int | None = Field(description="position of the longest quoted wording: context, not what is judged by")
    quotes: list[WordingOut]


class ClusterSummary(BaseModel):
    id: int
    speaker: str | None
    altered: bool
    first_seen: str | None
    first_doc: str | None
    root_statement_id: int | None
    root_text: str | None
    size: int


class StatementDetail(BaseModel):
    statement: StatementOut
    quotes: list[WordingsOut] = Field(description="for each quote of the statement, its wordings across articles")


class SpeakerSummary(BaseModel):
    """A person (or body) across the corpus: one row of the store's ``people``."""

    name: str
    statements: int
    articles: int
    aliases: list[str] = Field(description="every other name its articles give it")
    handles: list[str]
    outlets: list[str] = Field(description="outlets of the articles that quote it")
    first_date: str | None
    last_date: str | None


class SpeakerOut(SpeakerSummary):
    kinds: dict[str, int]


class SpeakerDetail(BaseModel):
    speaker: SpeakerOut
    months: list[tuple[str, int]] = Field(description="statements per month (YYYY-MM, count), oldest first")
    statements: PageOut[StatementOut]


class ArticleMeta(BaseModel):
    doc: str
    title: str | None
    url: str | None
    outlet: str | None
    author: str | None
    date: str | None
    truncated: bool


class ArticleSummary(ArticleMeta):
    statements: int


class LinkedArticle(ArticleMeta):
    relation: str = Field(description="copy or rewrite")
    score: float
    evidence: Any


class ArticleLinks(BaseModel):
    sources: list[LinkedArticle] = Field(description="articles this one copies or rewrites")
    derived: list[LinkedArticle] = Field(description="articles that copy or rewrite this one")


class StoryRef(BaseModel):
    id: int
    title: str | None
    first_seen: str | None
    first_doc: str | None


class ArticleSpeaker(BaseModel):
    name: str
    aliases: list[str]
    handles: list[str]
    person: str | None = Field(None, description="its person across the corpus (its speaker page)")


class ArticleOut(BaseModel):
    doc: str
    key: str
    title: str | None
    url: str | None
    outlet: str | None
    author: str | None
    date: str | None
    date_inferred: bool
    flags: list[str]
    truncated: bool
    boilerplate: list[Any]
    text: str
    ingested_at: str
    statements: list[StatementOut]
    speakers: list[ArticleSpeaker]
    links: ArticleLinks
    story: StoryRef | None


class StorySummary(BaseModel):
    id: int
    title: str | None
    first_seen: str | None
    first_seen_inferred: bool
    first_doc: str | None
    articles: int


class StoryOut(BaseModel):
    id: int
    title: str | None
    first_seen: str | None
    first_seen_inferred: bool
    first_doc: str | None
    articles: list[ArticleSummary]
    statements: list[StatementOut]


class Overview(BaseModel):
    counts: Counts
    latest_stories: list[StorySummary]
    outlets: list[str]
