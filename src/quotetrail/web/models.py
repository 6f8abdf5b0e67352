"""Response shapes of the JSON API; FastAPI turns them into the OpenAPI schema at /api/openapi.json."""
from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class ErrorDetail(BaseModel):
    status: int
    code: str = Field(description="bad_parameter, not_found, method_not_allowed, corpus_unavailable or internal_error")
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
    articles: int
    statements: int
    speakers: int
    stories: int
    variant_clusters: int
    altered_clusters: int
    derived_articles: int
    rejections: int


class StatementOut(BaseModel):
    id: int
    doc: str
    start: int
    end: int
    text: str
    kind: str
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    source: str | None = None
    via: str | None = None
    handle: str | None = None
    date: str | None = Field(None, description="the statement's own date (embedded posts)")
    confidence: float
    parts: list[tuple[int, int]] | None = Field(None, description="a quote split by its cue: its fragments")
    role: str | None = Field(None, description="the speaker's title or role as the article gives it")
    speaker_type: str | None = Field(None, description="person, organisation or unknown")
    speaker_confidence: float | None = Field(None, description="how sure the speaker is, apart from the span")
    outlet: str | None = None
    title: str | None = None
    article_date: str | None = None
    url: str | None = None
    cluster_id: int | None = Field(None, description="its variant cluster, once linking has run")
    altered: bool = Field(description="its words differ from the reference wording beyond cutting it short")


class SearchHit(StatementOut):
    matches: list[tuple[int, int]] = Field([], description="[start, end) offsets of matched words in text")


class VariantOut(StatementOut):
    diff: Any = Field(description="word-level diff against the root, as stored by linking")
    is_root: bool


class ClusterOut(BaseModel):
    id: int
    speaker: str | None
    root_statement_id: int | None
    altered: bool
    first_seen: str | None
    first_seen_inferred: bool
    first_doc: str | None
    members: list[VariantOut]


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
    cluster: ClusterOut | None


class SpeakerSummary(BaseModel):
    name: str
    statements: int
    articles: int


class SpeakerOut(BaseModel):
    name: str
    aliases: list[str]
    handles: list[str]
    kinds: dict[str, int]
    statements: int
    articles: int
    first_date: str | None
    last_date: str | None


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
