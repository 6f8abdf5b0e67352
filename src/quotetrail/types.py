"""The data model shared by every part of quotetrail.

All positions are character offsets (Python ``str`` indices) into ``Article.text`` exactly as
given; nothing stored ever refers to parser tokens. Every type is a frozen dataclass made of
plain values, so results pickle across worker processes and serialise to JSON without spaCy.
"""
from __future__ import annotations

import types
import typing
from dataclasses import asdict, dataclass, fields
from typing import Any

#: The kinds of statement, the one list every layer takes them from.
KINDS: tuple[str, ...] = ("direct", "indirect", "mixed", "post")
#: What joins the parts of a quote split by its cue in its words (``Statement.words``).
PART_JOINER = " … "


@dataclass(frozen=True)
class Article:
    """One news article as read from its input, before any extraction."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) or datetime, as given
    author: str | None = None
    flags: tuple[str, ...] = ()  # input problems that did not stop reading, e.g. "invalid_utf8"


@dataclass(frozen=True)
class Statement:
    """Something a speaker said (or wrote) in an article.

    ``text == article.text[start:end]`` always holds. ``speaker`` is the canonical name of the
    person or body; ``speaker_start``/``speaker_end`` locate the mention the cue attaches to
    (which may be a pronoun or a role). ``via`` names the author of the embedded post a quote is
    attributed through; ``handle`` and ``date`` are set on posts.
    """

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
    date: str | None = None
    confidence: float = 0.5
    parts: tuple[tuple[int, int], ...] | None = None  # a quote split by its cue: its fragments, cue left out
    role: str | None = None  # the speaker's title or role as the article gives it ("Economy Minister")
    speaker_type: str | None = None  # person, organisation or unknown
    speaker_confidence: float | None = None  # how sure the speaker is, apart from the span

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def words(self) -> str:
        """What was said: the parts of a quote split by its cue joined by ``PART_JOINER``, else ``text``.

        ``text`` covers the cue of a split quote (“A,” he said, “B.”); search, tables, pages and the
        cross-article code take a statement's words from here, so the cue is never among them.
        """
        if not self.parts:
            return self.text
        return PART_JOINER.join(self.text[start - self.start:end - self.start] for start, end in self.parts)


@dataclass(frozen=True)
class Speaker:
    """A canonical person or body in one article, with the ways the article names it."""

    name: str
    aliases: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class ArticleResult:
    """Everything the per-article step finds in one article."""

    article: Article
    statements: tuple[Statement, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    boilerplate: tuple[Span, ...] = ()  # publisher blurbs and other non-article lines
    truncated: bool = False  # the article ends inside an open quotation


@dataclass(frozen=True)
class Rejection:
    """An input item that could not be used: counted and stored, never a crash."""

    item: str
    code: str
    detail: str


STATEMENT_FIELDS: tuple[str, ...] = tuple(Statement.__dataclass_fields__)


def field_types(cls: type) -> dict[str, tuple[type, bool]]:
    """A dataclass of plain values -> {field: (value type, nullable)}, read from its annotations.

    The store's columns, the Parquet and Spark schemas and the API model are built from it.
    """
    hints = typing.get_type_hints(cls)
    found: dict[str, tuple[type, bool]] = {}
    for f in fields(cls):
        hint = hints[f.name]
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            found[f.name] = ((typing.get_origin(args[0]) or args[0]) if len(args) == 1 else object, True)
        else:
            found[f.name] = (typing.get_origin(hint) or hint, False)
    return found
