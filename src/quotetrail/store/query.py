"""Reading the corpus: statements with filters and full-text search, speakers, one article, counts.

Plain functions over a ``Store`` (read-only or not); the CLI, the exporters and the web app call them.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from quotetrail.errors import QuotetrailError
from quotetrail.store.db import Store, row_to_article, row_to_statement
from quotetrail.types import ArticleResult, Span, Statement

#: Codes in ``rejections`` that mark an article ingested with a warning rather than an item left out.
WARNING_CODES = frozenset({"invalid_utf8"})


@dataclass(frozen=True)
class StatementFilter:
    """Which statements to return; every field left ``None`` is no restriction.

    ``speaker`` matches part of the canonical name, an alias or a handle (case-insensitive);
    ``search`` is full-text search over the statement text (words must all occur; "a phrase" in
    double quotes, ``word*`` for a prefix); ``since``/``until`` (YYYY-MM-DD, inclusive) apply to
    the statement's own date (an embedded post's) or else its article's.
    """

    speaker: str | None = None
    search: str | None = None
    doc: str | None = None
    kind: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class FoundStatement:
    """A stored statement with the article it comes from."""

    id: int
    statement: Statement
    title: str | None
    outlet: str | None
    url: str | None
    article_date: str | None

    def to_dict(self) -> dict[str, Any]:
        """The extraction output contract plus ``id``, ``title``, ``outlet``, ``url`` and ``article_date``."""
        return {**self.statement.to_dict(), "id": self.id, "title": self.title, "outlet": self.outlet,
                "url": self.url, "article_date": self.article_date}


FOUND_FIELDS: tuple[str, ...] = (*Statement.__dataclass_fields__, "id", "title", "outlet", "url", "article_date")

_PHRASE_OR_WORD = re.compile(r'["“”„]([^"“”„]*)["“”„]?|([\w’\']+\*?)')
_WORD = re.compile(r"\w+")


def fts_terms(text: str) -> str:
    """What a user typed -> safe FTS5 terms: words (all must match), "phrases", prefix*.

    Every term is quoted, so FTS5 operators and punctuation in the input can never make a syntax
    error; text with no words at all is a ``QuotetrailError``.
    """
    terms: list[str] = []
    for match in _PHRASE_OR_WORD.finditer(text):
        if match.group(1) is not None:
            words = _WORD.findall(match.group(1))
            if words:
                terms.append('"' + " ".join(words) + '"')
            continue
        token = match.group(2)
        words = _WORD.findall(token)
        if not words:
            continue
        term = '"' + " ".join(words) + '"'
        terms.append(term + "*" if token.endswith("*") and len(words) == 1 else term)
    if not terms:
        raise QuotetrailError(f"nothing to search for in {text!r}")
    return " ".join(terms)


def fts_query(text: str) -> str:
    """User search text -> an FTS5 query on the statement text only (not the speaker column)."""
    return "text : (" + fts_terms(text) + ")"


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _where(f: StatementFilter) -> tuple[str, str, list[Any]]:
    """(extra join, WHERE clause, parameters) for a filter."""
    clauses: list[str] = []
    params: list[Any] = []
    join = ""
    if f.search is not None:
        join = " JOIN statements_fts fts ON fts.rowid = s.id"
        clauses.append("statements_fts MATCH ?")
        params.append(fts_query(f.search))
    if f.speaker is not None:
        pattern = _like(f.speaker.strip().lstrip("@"))
        clauses.append(
            "(s.speaker LIKE ? ESCAPE '\\' OR s.handle LIKE ? ESCAPE '\\' OR EXISTS ("
            " SELECT 1 FROM speakers sp WHERE sp.article_id = s.article_id AND sp.name = s.speaker AND ("
            " EXISTS (SELECT 1 FROM json_each(sp.aliases) al WHERE al.value LIKE ? ESCAPE '\\')"
            " OR EXISTS (SELECT 1 FROM json_each(sp.handles) h WHERE h.value LIKE ? ESCAPE '\\'))))"
        )
        params += [pattern] * 4
    if f.doc is not None:
        clauses.append("a.doc = ?")
        params.append(f.doc)
    if f.kind is not None:
        clauses.append("s.kind = ?")
        params.append(f.kind)
    if f.outlet is not None:
        clauses.append("a.outlet LIKE ? ESCAPE '\\'")
        params.append(_like(f.outlet))
    if f.since is not None:
        clauses.append("substr(coalesce(s.date, a.date), 1, 10) >= ?")
        params.append(f.since)
    if f.until is not None:
        clauses.append("substr(coalesce(s.date, a.date), 1, 10) <= ?")
        params.append(f.until)
    return join, (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _run(store: Store, sql: str, params: list[Any]) -> sqlite3.Cursor:
    try:
        return store.conn.execute(sql, params)
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc):
            raise QuotetrailError(f"the search could not be understood ({exc})") from exc
        raise


def find_statements(store: Store, f: StatementFilter = StatementFilter(), limit: int | None = None,
                    offset: int = 0) -> Iterator[FoundStatement]:
    """Matching statements: by search rank when searching, else by date (undated last), article and offset."""
    join, where, params = _where(f)
    order = "fts.rank, s.id" if f.search is not None else \
        "coalesce(s.date, a.date) IS NULL, coalesce(s.date, a.date), a.id, s.start, s.id"
    sql = (
        "SELECT s.*, a.title AS a_title, a.outlet AS a_outlet, a.url AS a_url, a.date AS a_date"
        f" FROM statements s JOIN articles a ON a.id = s.article_id{join}{where} ORDER BY {order}"
        " LIMIT ? OFFSET ?"
    )
    for row in _run(store, sql, [*params, -1 if limit is None else limit, offset]):
        yield FoundStatement(row["id"], row_to_statement(row), row["a_title"], row["a_outlet"], row["a_url"],
                             row["a_date"])


def count_statements(store: Store, f: StatementFilter = StatementFilter()) -> int:
    join, where, params = _where(f)
    sql = f"SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id{join}{where}"
    return int(_run(store, sql, params).fetchone()[0])


@dataclass(frozen=True)
class SpeakerSummary:
    """A canonical speaker across the corpus."""

    name: str
    statements: int
    articles: int
    aliases: tuple[str, ...]
    handles: tuple[str, ...]
    first_date: str | None
    last_date: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_SPEAKERS_SQL = """
WITH said AS (
    SELECT s.speaker AS name, count(*) AS statements, count(DISTINCT s.article_id) AS articles,
           min(substr(coalesce(s.date, a.date), 1, 10)) AS first_date,
           max(substr(coalesce(s.date, a.date), 1, 10)) AS last_date
    FROM statements s JOIN articles a ON a.id = s.article_id
    WHERE s.speaker IS NOT NULL GROUP BY s.speaker
),
alias AS (
    SELECT sp.name, json_group_array(DISTINCT al.value) AS aliases
    FROM speakers sp, json_each(sp.aliases) al GROUP BY sp.name
),
handle AS (
    SELECT name, json_group_array(DISTINCT value) AS handles FROM (
        SELECT sp.name AS name, h.value AS value FROM speakers sp, json_each(sp.handles) h
        UNION SELECT speaker, handle FROM statements WHERE speaker IS NOT NULL AND handle IS NOT NULL
    ) GROUP BY name
),
names AS (SELECT name FROM said UNION SELECT name FROM speakers)
SELECT names.name, coalesce(said.statements, 0) AS statements, coalesce(said.articles, 0) AS articles,
       coalesce(alias.aliases, '[]') AS aliases, coalesce(handle.handles, '[]') AS handles,
       said.first_date, said.last_date
FROM names LEFT JOIN said USING (name) LEFT JOIN alias USING (name) LEFT JOIN handle USING (name)
"""


def find_speakers(store: Store, name: str | None = None, limit: int | None = None) -> list[SpeakerSummary]:
    """Speakers by number of statements (most first); ``name`` matches part of a name, alias or handle."""
    sql = _SPEAKERS_SQL
    params: list[Any] = []
    if name is not None:
        sql += " WHERE names.name LIKE ? ESCAPE '\\' OR alias.aliases LIKE ? ESCAPE '\\' OR handle.handles LIKE ? ESCAPE '\\'"
        params = [_like(name.strip())] * 3
    sql += " ORDER BY statements DESC, names.name LIMIT ?"
    params.append(-1 if limit is None else limit)
    found = []
    for row in store.conn.execute(sql, params):
        aliases = tuple(sorted(a for a in json.loads(row["aliases"]) if a != row["name"]))
        found.append(SpeakerSummary(row["name"], row["statements"], row["articles"], aliases,
                                    tuple(sorted(json.loads(row["handles"]))), row["first_date"], row["last_date"]))
    return found


def load_result(store: Store, doc: str) -> ArticleResult | None:
    """One stored article with its statements, speakers, boilerplate and truncation flag (None if absent)."""
    row = store.conn.execute("SELECT * FROM articles WHERE doc = ?", (doc,)).fetchone()
    if row is None:
        return None
    return ArticleResult(
        article=row_to_article(row),
        statements=tuple(store.statements(doc)),
        speakers=tuple(store.speakers_of(doc)),
        boilerplate=tuple(Span(start, end, label) for start, end, label in json.loads(row["boilerplate"])),
        truncated=bool(row["truncated"]),
    )


def article_ids(store: Store, prefix: str, limit: int = 5) -> list[str]:
    """Stored article ids starting with ``prefix``, to suggest when an id is not found."""
    rows = store.conn.execute("SELECT doc FROM articles WHERE doc LIKE ? ESCAPE '\\' ORDER BY doc LIMIT ?",
                              (_like(prefix)[1:], limit))
    return [r[0] for r in rows]


def find_rejections(store: Store, code: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows of ``rejections`` (``item``, ``code``, ``detail``, ``at``), oldest first, optionally of one code."""
    sql = "SELECT item, code, detail, at FROM rejections" + (" WHERE code = ?" if code else "") + " ORDER BY id LIMIT ?"
    params: list[Any] = [code] if code else []
    return [dict(row) for row in store.conn.execute(sql, [*params, -1 if limit is None else limit])]


def integrity_problems(store: Store) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong in the file (empty when it is sound)."""
    try:
        rows = [r[0] for r in store.conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def unlinked_count(store: Store) -> int:
    """Articles not linked yet: ingested with --no-link, or left by an ingest stopped while linking."""
    return int(store.conn.execute("SELECT count(*) FROM articles WHERE linked = 0").fetchone()[0])


def stats(store: Store) -> dict[str, Any]:
    """Counts of the corpus: ``articles``, ``statements``, ``speakers``, ``rejections`` and breakdowns."""
    one = lambda sql: store.conn.execute(sql).fetchone()[0]  # noqa: E731
    by_kind = dict(store.conn.execute("SELECT kind, count(*) FROM statements GROUP BY kind ORDER BY kind").fetchall())
    problems = store.conn.execute("SELECT code, count(*) FROM rejections GROUP BY code ORDER BY code").fetchall()
    warnings = "(" + ",".join(f"'{c}'" for c in sorted(WARNING_CODES)) + ")"
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "statements": one("SELECT count(*) FROM statements"),
        "speakers": one("SELECT count(*) FROM (SELECT speaker FROM statements WHERE speaker IS NOT NULL"
                        " UNION SELECT name FROM speakers)"),
        "rejections": one(f"SELECT count(*) FROM rejections WHERE code NOT IN {warnings}"),
        "flagged_articles": one("SELECT count(*) FROM articles WHERE flags != '[]'"),
        "truncated_articles": one("SELECT count(*) FROM articles WHERE truncated"),
        "unlinked_articles": unlinked_count(store),
        "outlets": one("SELECT count(DISTINCT outlet) FROM articles"),
        "first_date": one("SELECT min(substr(date, 1, 10)) FROM articles"),
        "last_date": one("SELECT max(substr(date, 1, 10)) FROM articles"),
        "statements_by_kind": {kind: by_kind.get(kind, 0) for kind in ("direct", "indirect", "mixed", "post")},
        "rejections_by_code": {code: n for code, n in problems if code not in WARNING_CODES},
        "warnings_by_code": {code: n for code, n in problems if code in WARNING_CODES},
        "schema_version": store.schema_version(),
    }


__all__ = [
    "FOUND_FIELDS", "FoundStatement", "SpeakerSummary", "StatementFilter", "article_ids",
    "count_statements", "find_rejections", "find_speakers", "find_statements", "fts_query", "fts_terms", "load_result", "stats",
    "integrity_problems", "unlinked_count",
]
