"""Every read query the web app runs against the corpus, as plain functions over a connection.

Functions return plain dicts and lists (JSON-ready); they never write. A missing row is
``None`` and the caller decides what that means (a 404). Pagination is ``page`` (from 1) and
``per_page``; bounds are checked by the caller before a query runs.
"""
from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from quotetrail.errors import QuotetrailError
from quotetrail.store.query import fts_terms

#: Marks FTS5 puts around matched words; control characters that article text does not use.
MATCH_OPEN, MATCH_CLOSE = "\x02", "\x03"

_STATEMENT_COLUMNS = (
    's.id, s.doc, s.start, s."end", s.text, s.kind, s.cue, s.cue_start, s.cue_end, s.speaker,'
    " s.speaker_start, s.speaker_end, s.source, s.via, s.handle, s.date, s.confidence,"
    " s.parts, s.role, s.speaker_type, s.speaker_confidence,"
    " a.outlet, a.title, a.date AS article_date, a.url,"
    " vm.cluster_id, coalesce(vm.altered, 0) AS altered"
)
_STATEMENT_FROM = (
    " FROM statements s JOIN articles a ON a.id = s.article_id"
    " LEFT JOIN variant_members vm ON vm.statement_id = s.id"
)
#: The day a statement was made, as YYYY-MM-DD: its own date (posts) when that is ISO, else its article's.
_DAY = ("(CASE WHEN s.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(s.date, 1, 10)"
        " ELSE substr(a.date, 1, 10) END)")
_ARTICLE_SUMMARY = "a.doc, a.title, a.url, a.outlet, a.author, a.date, a.truncated"


class QueryError(ValueError):
    """A request parameter that cannot be turned into a query (reported to users as a 400)."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.message = message


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def _offset(page: int, per_page: int) -> int:
    return (page - 1) * per_page


def _statement(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["altered"] = bool(item["altered"])
    item["parts"] = _json(item["parts"], None)
    item.pop("marked", None)
    return item


# -- corpus ----------------------------------------------------------------------------------
def counts(conn: sqlite3.Connection) -> dict[str, int]:
    one = lambda sql: int(conn.execute(sql).fetchone()[0])  # noqa: E731
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "statements": one("SELECT count(*) FROM statements"),
        "speakers": one("SELECT count(DISTINCT speaker) FROM statements WHERE speaker IS NOT NULL"),
        "stories": one("SELECT count(*) FROM stories"),
        "variant_clusters": one("SELECT count(*) FROM variant_clusters"),
        "altered_clusters": one("SELECT count(*) FROM variant_clusters WHERE altered"),
        "derived_articles": one("SELECT count(DISTINCT doc) FROM derived"),
        "rejections": one("SELECT count(*) FROM rejections"),
    }


def outlets(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1")]


# -- search ----------------------------------------------------------------------------------
def fts_query(text: str) -> str:
    """Safe FTS5 terms for what a user typed (see ``store.query.fts_terms``), over text and speaker."""
    try:
        return fts_terms(text)
    except QuotetrailError:
        raise QueryError("q", "the search text has no words to look for") from None


def match_spans(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Split FTS5 ``highlight()`` output into the plain text and the [start, end) offsets of matches."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    pos, opened = 0, None
    for piece in re.split(f"([{MATCH_OPEN}{MATCH_CLOSE}])", marked):
        if piece == MATCH_OPEN:
            opened = pos
        elif piece == MATCH_CLOSE:
            if opened is not None and pos > opened:
                spans.append((opened, pos))
            opened = None
        else:
            plain.append(piece)
            pos += len(piece)
    return "".join(plain), spans


def search_statements(
    conn: sqlite3.Connection,
    *,
    q: str | None = None,
    speaker: str | None = None,
    outlet: str | None = None,
    kind: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    altered: bool | None = None,
    page: int = 1,
    per_page: int = 20,
) -> Page:
    """Statements matching the full-text query and filters; best match first, else newest first.

    Dates compare as YYYY-MM-DD on the statement's own date (posts) when that is an ISO date, else
    its article's date; statements with no ISO date drop out of a date filter.
    """
    where: list[str] = []
    params: list[Any] = []
    select = _STATEMENT_COLUMNS
    source = _STATEMENT_FROM
    order = f"{_DAY} IS NULL, {_DAY} DESC, s.id"
    if q:
        source = " FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid" + source[len(" FROM statements s"):]
        select += ", highlight(statements_fts, 0, ?, ?) AS marked"
        where.append("statements_fts MATCH ?")
        params.append(fts_query(q))
        order = "rank, s.id"
    if speaker:
        where.append("s.speaker = ?")
        params.append(speaker)
    if outlet:
        where.append("a.outlet = ?")
        params.append(outlet)
    if kind:
        where.append("s.kind = ?")
        params.append(kind)
    if date_from:
        where.append(f"{_DAY} >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"{_DAY} <= ?")
        params.append(date_to)
    if altered is not None:
        where.append("coalesce(vm.altered, 0) = ?")
        params.append(int(altered))
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = int(conn.execute("SELECT count(*)" + source + clause, params).fetchone()[0])
    head = [MATCH_OPEN, MATCH_CLOSE] if q else []
    rows = conn.execute(
        f"SELECT {select}{source}{clause} ORDER BY {order} LIMIT ? OFFSET ?",
        head + params + [per_page, _offset(page, per_page)],
    ).fetchall()
    items = []
    for row in rows:
        item = _statement(row)
        if q:
            _, item["matches"] = match_spans(row["marked"])
        items.append(item)
    return Page(items, total, page, per_page)


# -- statements and variants -----------------------------------------------------------------
def statement(conn: sqlite3.Connection, statement_id: int) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {_STATEMENT_COLUMNS}{_STATEMENT_FROM} WHERE s.id = ?", (statement_id,)).fetchone()
    return _statement(row) if row else None


def variant_cluster(conn: sqlite3.Connection, cluster_id: int) -> dict[str, Any] | None:
    """A cluster of wordings of one statement: the root (the reference wording) first, then by date."""
    row = conn.execute("SELECT * FROM variant_clusters WHERE id = ?", (cluster_id,)).fetchone()
    if row is None:
        return None
    cluster = dict(row)
    cluster["altered"] = bool(cluster["altered"])
    cluster["first_seen_inferred"] = bool(cluster["first_seen_inferred"])
    members = conn.execute(
        f"SELECT {_STATEMENT_COLUMNS}, vm.diff{_STATEMENT_FROM} WHERE vm.cluster_id = ?"
        f" ORDER BY s.id = ? DESC, {_DAY} IS NULL, {_DAY}, s.id",
        (cluster_id, cluster["root_statement_id"]),
    ).fetchall()
    cluster["members"] = []
    for member in members:
        item = _statement(member)
        item["diff"] = _json(item["diff"], [])
        item["is_root"] = item["id"] == cluster["root_statement_id"]
        cluster["members"].append(item)
    return cluster


def variant_clusters(
    conn: sqlite3.Connection, *, altered: bool | None = None, speaker: str | None = None, page: int = 1,
    per_page: int = 20,
) -> Page:
    where, params = [], []
    if altered is not None:
        where.append("c.altered = ?")
        params.append(int(altered))
    if speaker:
        where.append("c.speaker = ?")
        params.append(speaker)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = int(conn.execute("SELECT count(*) FROM variant_clusters c" + clause, params).fetchone()[0])
    rows = conn.execute(
        "SELECT c.id, c.speaker, c.altered, c.first_seen, c.first_doc, c.root_statement_id,"
        " r.text AS root_text, (SELECT count(*) FROM variant_members m WHERE m.cluster_id = c.id) AS size"
        " FROM variant_clusters c LEFT JOIN statements r ON r.id = c.root_statement_id" + clause
        + " ORDER BY c.first_seen IS NULL, c.first_seen DESC, c.id DESC LIMIT ? OFFSET ?",
        params + [per_page, _offset(page, per_page)],
    ).fetchall()
    items = [dict(r) | {"altered": bool(r["altered"])} for r in rows]
    return Page(items, total, page, per_page)


# -- speakers --------------------------------------------------------------------------------
def speaker(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """A speaker across the corpus: aliases and handles gathered from every article naming them."""
    stats = conn.execute(
        "SELECT count(*) AS statements, count(DISTINCT s.doc) AS articles,"
        f" min({_DAY}) AS first_date, max({_DAY}) AS last_date"
        " FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.speaker = ?",
        (name,),
    ).fetchone()
    rows = conn.execute("SELECT aliases, handles FROM speakers WHERE name = ?", (name,)).fetchall()
    if not stats["statements"] and not rows:
        return None
    aliases: dict[str, None] = {}
    handles: dict[str, None] = {}
    for row in rows:
        aliases.update(dict.fromkeys(a for a in _json(row["aliases"], []) if a != name))
        handles.update(dict.fromkeys(_json(row["handles"], [])))
    handles.update(dict.fromkeys(
        r[0] for r in conn.execute("SELECT DISTINCT handle FROM statements WHERE speaker = ? AND handle IS NOT NULL"
                                   " ORDER BY handle", (name,))))
    kinds = dict(conn.execute("SELECT kind, count(*) FROM statements WHERE speaker = ? GROUP BY kind", (name,)).fetchall())
    return {"name": name, "aliases": sorted(aliases), "handles": sorted(handles), "kinds": kinds, **dict(stats)}


def speaker_statements(conn: sqlite3.Connection, name: str, page: int = 1, per_page: int = 20) -> Page:
    """A speaker's statements over time: oldest first, undated last."""
    total = int(conn.execute("SELECT count(*) FROM statements WHERE speaker = ?", (name,)).fetchone()[0])
    rows = conn.execute(
        f"SELECT {_STATEMENT_COLUMNS}{_STATEMENT_FROM} WHERE s.speaker = ?"
        f" ORDER BY {_DAY} IS NULL, {_DAY}, s.id LIMIT ? OFFSET ?",
        (name, per_page, _offset(page, per_page)),
    ).fetchall()
    return Page([_statement(r) for r in rows], total, page, per_page)


def speaker_months(conn: sqlite3.Connection, name: str) -> list[tuple[str, int]]:
    """How many statements a speaker made each month (YYYY-MM), oldest first; undated ones are left out."""
    rows = conn.execute(
        f"SELECT substr({_DAY}, 1, 7) AS month, count(*) FROM statements s JOIN articles a ON a.id = s.article_id"
        " WHERE s.speaker = ? AND month IS NOT NULL GROUP BY month ORDER BY month", (name,),
    ).fetchall()
    return [(r[0], int(r[1])) for r in rows]


def speakers(conn: sqlite3.Connection, *, prefix: str | None = None, page: int = 1, per_page: int = 20) -> Page:
    """Speakers with how often they are quoted, most quoted first."""
    clause, params = " WHERE speaker IS NOT NULL", []
    if prefix:
        clause += " AND speaker LIKE ? ESCAPE '\\'"
        params.append(re.sub(r"([%_\\])", r"\\\1", prefix) + "%")
    total = int(conn.execute("SELECT count(DISTINCT speaker) FROM statements" + clause, params).fetchone()[0])
    rows = conn.execute(
        "SELECT speaker AS name, count(*) AS statements, count(DISTINCT doc) AS articles FROM statements" + clause
        + " GROUP BY speaker ORDER BY count(*) DESC, speaker LIMIT ? OFFSET ?",
        params + [per_page, _offset(page, per_page)],
    ).fetchall()
    return Page([dict(r) for r in rows], total, page, per_page)


# -- articles --------------------------------------------------------------------------------
def article(conn: sqlite3.Connection, doc: str) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT doc, key, title, url, outlet, author, date, date_inferred, flags, truncated, boilerplate, text,"
        " ingested_at FROM articles WHERE doc = ?", (doc,),
    ).fetchone()
    if row is None:
        return None
    item = dict(row)
    item["flags"] = _json(item["flags"], [])
    item["boilerplate"] = _json(item["boilerplate"], [])
    item["truncated"] = bool(item["truncated"])
    item["date_inferred"] = bool(item["date_inferred"])
    return item


def article_statements(conn: sqlite3.Connection, doc: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        f"SELECT {_STATEMENT_COLUMNS}{_STATEMENT_FROM} WHERE s.doc = ? ORDER BY s.start, s.id", (doc,)
    ).fetchall()
    return [_statement(r) for r in rows]


def article_speakers(conn: sqlite3.Connection, doc: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT sp.name, sp.aliases, sp.handles FROM speakers sp JOIN articles a ON a.id = sp.article_id"
        " WHERE a.doc = ? ORDER BY sp.id", (doc,),
    ).fetchall()
    return [{"name": r["name"], "aliases": _json(r["aliases"], []), "handles": _json(r["handles"], [])} for r in rows]


def article_links(conn: sqlite3.Connection, doc: str) -> dict[str, list[dict[str, Any]]]:
    """Articles this one copies or rewrites (``sources``) and articles that copy or rewrite it (``derived``)."""
    def rows(sql: str) -> list[dict[str, Any]]:
        found = conn.execute(sql, (doc,)).fetchall()
        return [dict(r) | {"evidence": _json(r["evidence"], {})} for r in found]

    return {
        "sources": rows(f"SELECT d.relation, d.score, d.evidence, {_ARTICLE_SUMMARY} FROM derived d"
                        " JOIN articles a ON a.doc = d.source WHERE d.doc = ? ORDER BY d.score DESC, a.doc"),
        "derived": rows(f"SELECT d.relation, d.score, d.evidence, {_ARTICLE_SUMMARY} FROM derived d"
                        " JOIN articles a ON a.doc = d.doc WHERE d.source = ? ORDER BY d.score DESC, a.doc"),
    }


def story_of(conn: sqlite3.Connection, doc: str) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT st.id, st.title, st.first_seen, st.first_doc FROM story_members m JOIN stories st ON st.id = m.story_id"
        " WHERE m.doc = ?", (doc,),
    ).fetchone()
    return dict(row) if row else None


def articles(conn: sqlite3.Connection, *, outlet: str | None = None, page: int = 1, per_page: int = 20) -> Page:
    clause, params = "", []
    if outlet:
        clause, params = " WHERE a.outlet = ?", [outlet]
    total = int(conn.execute("SELECT count(*) FROM articles a" + clause, params).fetchone()[0])
    rows = conn.execute(
        f"SELECT {_ARTICLE_SUMMARY}, (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements"
        " FROM articles a" + clause + " ORDER BY a.date IS NULL, a.date DESC, a.id DESC LIMIT ? OFFSET ?",
        params + [per_page, _offset(page, per_page)],
    ).fetchall()
    return Page([dict(r) | {"truncated": bool(r["truncated"])} for r in rows], total, page, per_page)


# -- stories ---------------------------------------------------------------------------------
def stories(conn: sqlite3.Connection, *, page: int = 1, per_page: int = 20) -> Page:
    """Stories, latest first (by when they were first seen)."""
    total = int(conn.execute("SELECT count(*) FROM stories").fetchone()[0])
    rows = conn.execute(
        "SELECT st.id, st.title, st.first_seen, st.first_seen_inferred, st.first_doc,"
        " (SELECT count(*) FROM story_members m WHERE m.story_id = st.id) AS articles FROM stories st"
        " ORDER BY st.first_seen IS NULL, st.first_seen DESC, st.id DESC LIMIT ? OFFSET ?",
        (per_page, _offset(page, per_page)),
    ).fetchall()
    return Page([dict(r) | {"first_seen_inferred": bool(r["first_seen_inferred"])} for r in rows],
                total, page, per_page)


def story(conn: sqlite3.Connection, story_id: int) -> dict[str, Any] | None:
    """A story with its articles (oldest first) and every statement in them."""
    row = conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    if row is None:
        return None
    item = dict(row)
    item["first_seen_inferred"] = bool(item["first_seen_inferred"])
    members = conn.execute(
        f"SELECT {_ARTICLE_SUMMARY}, (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements"
        " FROM story_members m JOIN articles a ON a.doc = m.doc WHERE m.story_id = ?"
        " ORDER BY a.date IS NULL, a.date, a.id", (story_id,),
    ).fetchall()
    item["articles"] = [dict(r) | {"truncated": bool(r["truncated"])} for r in members]
    rows = conn.execute(
        f"SELECT {_STATEMENT_COLUMNS}{_STATEMENT_FROM} JOIN story_members m ON m.doc = s.doc WHERE m.story_id = ?"
        f" ORDER BY {_DAY} IS NULL, {_DAY}, s.doc, s.start", (story_id,),
    ).fetchall()
    item["statements"] = [_statement(r) for r in rows]
    return item


def _json(value: str | None, default: Any) -> Any:
    """Stored JSON columns, tolerant of a damaged value (shown as the default rather than a 500)."""
    if value is None:
        return default
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return default
