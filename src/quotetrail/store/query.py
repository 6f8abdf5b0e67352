"""Reading the corpus: statements with filters and full-text search, speakers, one article, counts.

Plain functions over a ``Store`` (read-only or not): the one read layer that the CLI, the exporters
and the web app all render, so a filter means the same wherever it is typed.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from quotetrail.errors import WARNING_CODES, QueryError
from quotetrail.store.db import STATEMENT_COLUMNS, Store, row_to_article, row_to_statement
from quotetrail.types import KINDS, STATEMENT_FIELDS, ArticleResult, Span, Statement, field_types

#: Marks FTS5 puts around matched words; control characters that article text does not use.
MATCH_OPEN, MATCH_CLOSE = "\x02", "\x03"

#: The day a statement was made, as YYYY-MM-DD: its own date (posts) when that is ISO, else its
#: article's. Every date filter, order and summary of statements uses it.
DAY = ("(CASE WHEN s.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(s.date, 1, 10)"
       " ELSE substr(a.date, 1, 10) END)")


def _iso_day(parameter: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if not _ISO_DAY.fullmatch(value):
            raise ValueError(value)
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(parameter, f"is not a date of the form YYYY-MM-DD (got {value!r})") from None


@dataclass(frozen=True)
class StatementFilter:
    """Which statements to return; every field left ``None`` is no restriction. The CLI's options and
    the web's parameters both become one of these, so both filter alike.

    ``speaker`` matches part of the canonical name, an alias or a handle (case-insensitive), of
    the article or of the speaker's person across the corpus (``SPEAKER_MATCH``);
    ``search`` is full-text search over the statement text (words must all occur; "a phrase" in
    double quotes, ``word*`` for a prefix); ``since``/``until`` (YYYY-MM-DD, inclusive) apply to
    the statement's day (``DAY``); ``outlet`` matches part of the outlet's name; ``altered`` keeps
    only statements one of whose quotes changed the words of its source (``variant_members.altered``;
    or, False, only the others). A value that cannot be a filter is a ``QueryError`` naming the field.
    """

    speaker: str | None = None
    search: str | None = None
    doc: str | None = None
    kind: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    altered: bool | None = None

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in KINDS:
            raise QueryError("kind", f"must be one of {', '.join(KINDS)} (got {self.kind!r})")
        since, until = _iso_day("since", self.since), _iso_day("until", self.until)
        if since and until and since > until:
            raise QueryError("until", f"is before the start date ({until} < {since})")
        if self.search is not None:
            fts_terms(self.search)  # fails now, naming the field, when there is nothing to search for


@dataclass(frozen=True)
class FoundStatement:
    """A stored statement with the article it comes from, its variant cluster and its person."""

    id: int
    statement: Statement
    title: str | None
    outlet: str | None
    url: str | None
    article_date: str | None
    cluster_id: int | None
    altered: bool
    #: The name of the speaker's person across the corpus (``people``), once people are built.
    person: str | None = None
    #: [start, end) offsets of the words a full-text search matched in ``statement.words`` (searches only).
    matches: tuple[tuple[int, int], ...] = ()

    @property
    def day(self) -> str | None:
        """The statement's day, as ``DAY`` computes it."""
        own = self.statement.date
        if own and _ISO_DAY.match(own):
            return own[:10]
        return self.article_date[:10] if self.article_date else None

    def to_dict(self) -> dict[str, Any]:
        """The extraction output contract, the statement's ``words``, then the other fields but
        ``statement`` and ``matches``."""
        return {**self.statement.to_dict(), "words": self.statement.words,
                **{name: getattr(self, name) for name in _FOUND_EXTRA}}


_FOUND_EXTRA: tuple[str, ...] = tuple(f for f in FoundStatement.__dataclass_fields__ if f not in ("statement", "matches"))
#: The columns of a found statement as exported: ``Statement``'s fields, its words, then the statement id and its article's.
FOUND_FIELDS: tuple[str, ...] = (*STATEMENT_FIELDS, "words", *_FOUND_EXTRA)
#: Column -> (value type, nullable), for writers that need a schema (Parquet).
FOUND_TYPES: dict[str, tuple[type, bool]] = {
    **field_types(Statement), "words": (str, False),
    **{k: v for k, v in field_types(FoundStatement).items() if k in _FOUND_EXTRA}}

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PHRASE_OR_WORD = re.compile(r'["“”„]([^"“”„]*)["“”„]?|([\w’\']+\*?)')
_WORD = re.compile(r"\w+")


def fts_terms(text: str) -> str:
    """What a user typed -> safe FTS5 terms: words (all must match), "phrases", prefix*.

    Every term is quoted, so FTS5 operators and punctuation in the input can never make a syntax
    error; text with no words at all is a ``QueryError`` on ``search``.
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
        raise QueryError("search", f"nothing to search for in {text!r}")
    return " ".join(terms)


def fts_query(text: str) -> str:
    """User search text -> an FTS5 query on the statement's words only (not the cue, not the speaker column)."""
    return "words : (" + fts_terms(text) + ")"


def like(value: str, prefix_only: bool = False) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching ``value`` anywhere, or at the start."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%" if prefix_only else "%" + escaped + "%"


#: A statement whose speaker matches a LIKE pattern (given five times): its name or handle, an alias
#: or handle its article gives the speaker, or any name, alias or handle of its person (``people``).
SPEAKER_MATCH = (
    "(s.speaker LIKE ? ESCAPE '\\' OR s.handle LIKE ? ESCAPE '\\' OR EXISTS ("
    " SELECT 1 FROM speakers sp WHERE sp.article_id = s.article_id AND sp.name = s.speaker AND ("
    " EXISTS (SELECT 1 FROM json_each(sp.aliases) al WHERE al.value LIKE ? ESCAPE '\\')"
    " OR EXISTS (SELECT 1 FROM json_each(sp.handles) h WHERE h.value LIKE ? ESCAPE '\\')))"
    " OR EXISTS (SELECT 1 FROM person_names pn WHERE pn.article_id = s.article_id AND pn.name = s.speaker"
    " AND pn.person_id IN (SELECT person_id FROM person_terms WHERE term LIKE ? ESCAPE '\\')))"
)


def speaker_pattern(speaker: str) -> list[str]:
    """The parameters of ``SPEAKER_MATCH`` for what a user typed ("okafor", "@MayorOkafor")."""
    return [like(speaker.strip().lstrip("@"))] * 5


_FROM = (" FROM statements s JOIN articles a ON a.id = s.article_id"
         " LEFT JOIN variant_members vm ON vm.statement_id = s.id")
_SELECT = ("SELECT " + ", ".join(f"s.{c}" for c in STATEMENT_COLUMNS) + ", s.id AS id,"
           " a.title AS a_title, a.outlet AS a_outlet, a.url AS a_url, a.date AS a_date,"
           " vm.cluster_id AS cluster_id, coalesce(vm.altered, 0) AS altered,"
           " (SELECT p.name FROM person_names pn JOIN people p ON p.id = pn.person_id"
           "  WHERE pn.article_id = s.article_id AND pn.name = s.speaker) AS person")


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
        clauses.append(SPEAKER_MATCH)
        params += speaker_pattern(f.speaker)
    if f.doc is not None:
        clauses.append("a.doc = ?")
        params.append(f.doc)
    if f.kind is not None:
        clauses.append("s.kind = ?")
        params.append(f.kind)
    if f.outlet is not None:
        clauses.append("a.outlet LIKE ? ESCAPE '\\'")
        params.append(like(f.outlet))
    if f.since is not None:
        clauses.append(f"{DAY} >= ?")
        params.append(_iso_day("since", f.since))
    if f.until is not None:
        clauses.append(f"{DAY} <= ?")
        params.append(_iso_day("until", f.until))
    if f.altered is not None:
        clauses.append("coalesce(vm.altered, 0) = ?")
        params.append(int(f.altered))
    return join, (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _run(store: Store, sql: str, params: list[Any]) -> sqlite3.Cursor:
    try:
        return store.conn.execute(sql, params)
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc):
            raise QueryError("search", f"the search could not be understood ({exc})") from exc
        raise


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


def _found(row: sqlite3.Row) -> FoundStatement:
    matches = tuple(match_spans(row["marked"])[1]) if "marked" in row.keys() else ()
    return FoundStatement(row["id"], row_to_statement(row), row["a_title"], row["a_outlet"], row["a_url"],
                          row["a_date"], row["cluster_id"], bool(row["altered"]), row["person"], matches)


def find_statements(store: Store, f: StatementFilter = StatementFilter(), limit: int | None = None,
                    offset: int = 0, newest_first: bool = False) -> Iterator[FoundStatement]:
    """Matching statements: by search rank when searching, else by day (undated last; oldest first
    unless ``newest_first``), article and offset."""
    join, where, params = _where(f)
    select = _SELECT
    head: list[Any] = []
    if f.search is not None:
        order = "fts.rank, s.id"
        select += ", highlight(statements_fts, 0, ?, ?) AS marked"
        head = [MATCH_OPEN, MATCH_CLOSE]
    elif newest_first:
        order = f"{DAY} IS NULL, {DAY} DESC, s.id"
    else:
        order = f"{DAY} IS NULL, {DAY}, a.id, s.start, s.id"
    sql = f"{select}{_FROM}{join}{where} ORDER BY {order} LIMIT ? OFFSET ?"
    for row in _run(store, sql, [*head, *params, -1 if limit is None else limit, offset]):
        yield _found(row)


def count_statements(store: Store, f: StatementFilter = StatementFilter()) -> int:
    join, where, params = _where(f)
    return int(_run(store, f"SELECT count(*){_FROM}{join}{where}", params).fetchone()[0])


def get_statement(store: Store, statement_id: int) -> FoundStatement | None:
    row = store.conn.execute(f"{_SELECT}{_FROM} WHERE s.id = ?", (statement_id,)).fetchone()
    return _found(row) if row else None


def statements_where(store: Store, where: str, params: Sequence[Any], order: str = f"{DAY} IS NULL, {DAY}, s.id",
                     order_params: Sequence[Any] = (), join: str = "", limit: int | None = None,
                     offset: int = 0) -> list[FoundStatement]:
    """Statements by a fixed condition of the read layer (of one article, speaker, story, cluster);
    ``where``, ``order`` and ``join`` are this package's own SQL, values always go in as parameters."""
    sql = f"{_SELECT}{_FROM}{join} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
    values = [*params, *order_params, -1 if limit is None else limit, offset]
    return [_found(r) for r in store.conn.execute(sql, values)]


#: The statements of the person named ``people.name = ?``.
_OF_PERSON = ("(s.article_id, s.speaker) IN (SELECT pn.article_id, pn.name FROM person_names pn"
              " JOIN people p ON p.id = pn.person_id WHERE p.name = ?)")


def speaker_statements(store: Store, name: str, limit: int | None = None, offset: int = 0) -> list[FoundStatement]:
    """The statements of one person (by its name in ``people``) over time: oldest first, undated last."""
    return statements_where(store, _OF_PERSON, [name], limit=limit, offset=offset)


def count_speaker_statements(store: Store, name: str) -> int:
    return int(store.conn.execute(f"SELECT count(*) FROM statements s WHERE {_OF_PERSON}", (name,)).fetchone()[0])


def article_statements(store: Store, doc: str) -> list[FoundStatement]:
    return statements_where(store, "a.doc = ?", [doc], order="s.start, s.id")


@dataclass(frozen=True)
class SpeakerSummary:
    """A person (or body) across the corpus: one row of ``people`` with what its articles say of it."""

    name: str
    statements: int
    articles: int
    aliases: tuple[str, ...]
    handles: tuple[str, ...]
    outlets: tuple[str, ...]
    first_date: str | None
    last_date: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


#: People with their counts, aliases, handles and outlets. ``said`` counts in one pass over the
#: statements (each finds its person by the primary key of person_names); ``top`` picks the page
#: of people; the other aggregates read only those. ``{where}`` (people p) restricts ``top`` and,
#: as ``{said_where}``, the counting (see ``_speakers_sql``).
_SPEAKERS_SQL = f"""
WITH said AS (
    SELECT pn.person_id, count(*) AS statements, count(DISTINCT s.article_id) AS articles
    FROM statements s CROSS JOIN person_names pn ON pn.article_id = s.article_id AND pn.name = s.speaker
    {{said_where}} GROUP BY pn.person_id
),
top AS MATERIALIZED (
    SELECT p.id, p.name, coalesce(said.statements, 0) AS statements, coalesce(said.articles, 0) AS articles
    FROM people p LEFT JOIN said ON said.person_id = p.id {{where}}
    ORDER BY statements DESC, p.name LIMIT ? OFFSET ?
),
mine AS MATERIALIZED (SELECT pn.* FROM person_names pn WHERE pn.person_id IN (SELECT id FROM top)),
dates AS (
    SELECT m.person_id, min({DAY}) AS first_date, max({DAY}) AS last_date FROM mine m
    CROSS JOIN statements s ON s.article_id = m.article_id AND s.speaker = m.name JOIN articles a ON a.id = s.article_id
    GROUP BY m.person_id
),
alias AS (
    SELECT person_id, json_group_array(DISTINCT term) AS aliases FROM (
        SELECT person_id, name AS term FROM mine
        UNION SELECT m.person_id, al.value FROM mine m
            JOIN speakers sp ON sp.article_id = m.article_id AND sp.name = m.name, json_each(sp.aliases) al
    ) GROUP BY person_id
),
handle AS (
    SELECT person_id, json_group_array(DISTINCT term) AS handles FROM (
        SELECT m.person_id, h.value AS term FROM mine m
            JOIN speakers sp ON sp.article_id = m.article_id AND sp.name = m.name, json_each(sp.handles) h
        UNION SELECT m.person_id, s.handle FROM mine m
            JOIN statements s ON s.article_id = m.article_id AND s.speaker = m.name WHERE s.handle IS NOT NULL
    ) GROUP BY person_id
),
outlet AS (
    SELECT m.person_id, json_group_array(DISTINCT a.outlet) AS outlets FROM mine m
    JOIN articles a ON a.id = m.article_id WHERE a.outlet IS NOT NULL GROUP BY m.person_id
)
SELECT top.name, top.statements, top.articles, coalesce(alias.aliases, '[]') AS aliases,
       coalesce(handle.handles, '[]') AS handles, coalesce(outlet.outlets, '[]') AS outlets,
       dates.first_date, dates.last_date
FROM top LEFT JOIN alias ON alias.person_id = top.id LEFT JOIN handle ON handle.person_id = top.id
LEFT JOIN outlet ON outlet.person_id = top.id LEFT JOIN dates ON dates.person_id = top.id
ORDER BY top.statements DESC, top.name
"""


def _speaker_where(name: str | None, prefix: str | None, exact: str | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if name is not None:  # the same match as StatementFilter.speaker: any name, alias or handle of the person
        clauses.append("p.id IN (SELECT person_id FROM person_terms WHERE term LIKE ? ESCAPE '\\')")
        params.append(speaker_pattern(name)[0])
    if prefix is not None:
        clauses.append("p.name LIKE ? ESCAPE '\\'")
        params.append(like(prefix, prefix_only=True))
    if exact is not None:
        clauses.append("p.name = ?")
        params.append(exact)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _speakers_sql(where: str, params: list[Any], limit: int | None, offset: int) -> tuple[str, list[Any]]:
    """``_SPEAKERS_SQL`` for a condition on people p (and its parameters); without one, the counting
    reads every statement once rather than testing each against a list of people."""
    said_where = f"WHERE pn.person_id IN (SELECT p.id FROM people p{where})" if where else ""
    sql = _SPEAKERS_SQL.format(where=where, said_where=said_where)
    return sql, [*(params if where else []), *params, -1 if limit is None else limit, offset]


def find_speakers(store: Store, name: str | None = None, limit: int | None = None, offset: int = 0,
                  prefix: str | None = None) -> list[SpeakerSummary]:
    """People by number of statements (most first); ``name`` matches part of any name, alias or handle,
    ``prefix`` the start of the person's name. Empty until the corpus is linked (``quotetrail link``)."""
    sql, values = _speakers_sql(*_speaker_where(name, prefix, None), limit, offset)
    return [_speaker(row) for row in store.conn.execute(sql, values)]


def speaker_names(store: Store, limit: int) -> list[str]:
    """The names of the ``limit`` most quoted people (what a search form offers as completions)."""
    rows = store.conn.execute(
        "SELECT p.name FROM people p LEFT JOIN (SELECT pn.person_id, count(*) AS n FROM statements s"
        " CROSS JOIN person_names pn ON pn.article_id = s.article_id AND pn.name = s.speaker GROUP BY pn.person_id)"
        " said ON said.person_id = p.id ORDER BY coalesce(said.n, 0) DESC, p.name LIMIT ?", (limit,))
    return [r[0] for r in rows]


def count_speakers(store: Store, name: str | None = None, prefix: str | None = None) -> int:
    where, params = _speaker_where(name, prefix, None)
    return int(store.conn.execute(f"SELECT count(*) FROM people p{where}", params).fetchone()[0])


def person_named(store: Store, name: str) -> str | None:
    """The person a page asks for by name: the person of exactly this name, else the one person
    one of whose names, aliases or handles it is ("Baldwin", "@AlecBaldwin"); None when no person
    or several are."""
    if store.conn.execute("SELECT 1 FROM people WHERE name = ?", (name,)).fetchone():
        return name
    rows = store.conn.execute("SELECT DISTINCT p.name FROM person_terms t JOIN people p ON p.id = t.person_id"
                              " WHERE t.term IN (?, ?, ?) LIMIT 2",
                              (name, name.lstrip("@"), "@" + name.lstrip("@"))).fetchall()
    return rows[0][0] if len(rows) == 1 else None


def get_speaker(store: Store, name: str) -> SpeakerSummary | None:
    """The person of exactly this name (``people.name``), or None."""
    row = store.conn.execute(*_speakers_sql(*_speaker_where(None, None, name), 1, 0)).fetchone()
    return _speaker(row) if row else None


def speaker_kinds(store: Store, name: str) -> dict[str, int]:
    """How many statements of each kind a person made."""
    return dict(store.conn.execute(f"SELECT kind, count(*) FROM statements s WHERE {_OF_PERSON} GROUP BY kind"
                                   " ORDER BY kind", (name,)).fetchall())


def speaker_months(store: Store, name: str) -> list[tuple[str, int]]:
    """How many statements a person made each month (YYYY-MM), oldest first; undated ones are left out."""
    rows = store.conn.execute(
        f"SELECT substr({DAY}, 1, 7) AS month, count(*) FROM statements s JOIN articles a ON a.id = s.article_id"
        f" WHERE {_OF_PERSON} AND month IS NOT NULL GROUP BY month ORDER BY month", (name,),
    ).fetchall()
    return [(r[0], int(r[1])) for r in rows]


def _speaker(row: sqlite3.Row) -> SpeakerSummary:
    aliases = tuple(sorted(a for a in json.loads(row["aliases"]) if a != row["name"]))
    return SpeakerSummary(row["name"], row["statements"], row["articles"], aliases,
                          tuple(sorted(json.loads(row["handles"]))), tuple(sorted(json.loads(row["outlets"]))),
                          row["first_date"], row["last_date"])


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


ARTICLE_SUMMARY = "a.doc, a.title, a.url, a.outlet, a.author, a.date, a.truncated"


def get_article(store: Store, doc: str) -> dict[str, Any] | None:
    """One stored article as a JSON-ready dict (text, metadata, flags, boilerplate), or None."""
    row = store.conn.execute(
        "SELECT doc, key, title, url, outlet, author, date, date_inferred, flags, truncated, boilerplate, text,"
        " ingested_at FROM articles WHERE doc = ?", (doc,)).fetchone()
    if row is None:
        return None
    return dict(row) | {"flags": decode_json(row["flags"], []), "boilerplate": decode_json(row["boilerplate"], []),
                        "truncated": bool(row["truncated"]), "date_inferred": bool(row["date_inferred"])}


def article_speakers(store: Store, doc: str) -> list[dict[str, Any]]:
    """An article's canonical speakers, each with the name of its person across the corpus."""
    persons = dict(store.conn.execute(
        "SELECT pn.name, p.name FROM person_names pn JOIN people p ON p.id = pn.person_id"
        " JOIN articles a ON a.id = pn.article_id WHERE a.doc = ?", (doc,)).fetchall())
    return [{"name": sp.name, "aliases": list(sp.aliases), "handles": list(sp.handles),
             "person": persons.get(sp.name)} for sp in store.speakers_of(doc)]


def _article_where(outlet: str | None) -> tuple[str, list[Any]]:
    return (" WHERE a.outlet LIKE ? ESCAPE '\\'", [like(outlet)]) if outlet else ("", [])


def find_articles(store: Store, outlet: str | None = None, limit: int | None = None,
                  offset: int = 0) -> list[dict[str, Any]]:
    """Articles, newest first, with their number of statements; ``outlet`` matches part of the outlet's name."""
    where, params = _article_where(outlet)
    rows = store.conn.execute(
        f"SELECT {ARTICLE_SUMMARY}, (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements"
        f" FROM articles a{where} ORDER BY a.date IS NULL, a.date DESC, a.id DESC LIMIT ? OFFSET ?",
        [*params, -1 if limit is None else limit, offset]).fetchall()
    return [dict(r) | {"truncated": bool(r["truncated"])} for r in rows]


def count_articles(store: Store, outlet: str | None = None) -> int:
    where, params = _article_where(outlet)
    return int(store.conn.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0])


def decode_json(value: str | None, default: Any) -> Any:
    """A stored JSON column, tolerant of a damaged value (shown as the default rather than an error)."""
    try:
        return json.loads(value) if value is not None else default
    except (TypeError, ValueError):
        return default


def article_ids(store: Store, prefix: str, limit: int = 5) -> list[str]:
    """Stored article ids starting with ``prefix``, to suggest when an id is not found."""
    rows = store.conn.execute("SELECT doc FROM articles WHERE doc LIKE ? ESCAPE '\\' ORDER BY doc LIMIT ?",
                              (like(prefix, prefix_only=True), limit))
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
    """Counts of the corpus: ``articles``, ``statements``, ``speakers``, ``rejections`` (items left out;
    articles read with a warning are ``warnings_by_code``), the corpus links, and breakdowns."""
    one = lambda sql: store.conn.execute(sql).fetchone()[0]  # noqa: E731
    by_kind = dict(store.conn.execute("SELECT kind, count(*) FROM statements GROUP BY kind ORDER BY kind").fetchall())
    problems = store.conn.execute("SELECT code, count(*) FROM rejections GROUP BY code ORDER BY code").fetchall()
    rejected = {code: n for code, n in problems if code not in WARNING_CODES}
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "statements": one("SELECT count(*) FROM statements"),
        "speakers": one("SELECT count(*) FROM (SELECT speaker FROM statements WHERE speaker IS NOT NULL"
                        " UNION SELECT name FROM speakers)"),
        "rejections": sum(rejected.values()),
        "stories": one("SELECT count(*) FROM stories"),
        "variant_clusters": one("SELECT count(*) FROM variant_clusters"),
        "altered_clusters": one("SELECT count(*) FROM variant_clusters WHERE altered"),
        "derived_articles": one("SELECT count(DISTINCT doc) FROM derived"),
        "flagged_articles": one("SELECT count(*) FROM articles WHERE flags != '[]'"),
        "truncated_articles": one("SELECT count(*) FROM articles WHERE truncated"),
        "unlinked_articles": unlinked_count(store),
        "outlets": one("SELECT count(DISTINCT outlet) FROM articles"),
        "first_date": one("SELECT min(substr(date, 1, 10)) FROM articles"),
        "last_date": one("SELECT max(substr(date, 1, 10)) FROM articles"),
        "statements_by_kind": {kind: by_kind.get(kind, 0) for kind in KINDS},
        "rejections_by_code": rejected,
        "warnings_by_code": {code: n for code, n in problems if code in WARNING_CODES},
        "schema_version": store.schema_version(),
    }


def outlets(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1")]
