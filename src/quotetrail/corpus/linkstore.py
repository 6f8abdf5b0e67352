"""Reading and writing the corpus-link tables of the store (stories, derived, variant clusters,
signatures, term frequencies) for linking. The only module of ``corpus`` that speaks SQL; reading
the links for people and programs is ``quotetrail.store.relations``."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from quotetrail.corpus.vectors import TermStats
from quotetrail.store.db import STATEMENT_COLUMNS, row_to_statement
from quotetrail.types import Statement

_CHUNK = 900  # stay under SQLite's limit on bound parameters


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


@dataclass(frozen=True)
class ArticleRow:
    id: int
    doc: str
    title: str | None
    date: str | None
    date_inferred: bool
    text: str


def _article(row: sqlite3.Row) -> ArticleRow:
    return ArticleRow(row["id"], row["doc"], row["title"], row["date"], bool(row["date_inferred"]), row["text"])


def unlinked_article_ids(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM articles WHERE linked = 0 ORDER BY id")]


def articles_by_id(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, ArticleRow]:
    out: dict[int, ArticleRow] = {}
    for chunk in _chunks(sorted(set(ids))):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT id, doc, title, date, date_inferred, text FROM articles WHERE id IN ({marks})",
                                tuple(chunk)):
            out[row["id"]] = _article(row)
    return out


def article_dates(conn: sqlite3.Connection) -> dict[int, tuple[str | None, bool]]:
    return {r[0]: (r[1], bool(r[2])) for r in conn.execute("SELECT id, date, date_inferred FROM articles")}


def article_docs(conn: sqlite3.Connection) -> dict[int, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, doc FROM articles")}


def post_dates(conn: sqlite3.Connection, article_id: int) -> list[str]:
    return [r[0] for r in conn.execute("SELECT date FROM statements WHERE article_id = ? AND date IS NOT NULL",
                                       (article_id,))]


def set_inferred_date(conn: sqlite3.Connection, article_id: int, date: str) -> None:
    conn.execute("UPDATE articles SET date = ?, date_inferred = 1 WHERE id = ?", (date, article_id))


def mark_linked(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    conn.executemany("UPDATE articles SET linked = 1 WHERE id = ?", [(i,) for i in ids])


# -- corpus statistics and signatures ---------------------------------------------------------
def load_term_stats(conn: sqlite3.Connection) -> TermStats:
    n_docs = int(conn.execute("SELECT count(*) FROM articles WHERE linked = 1").fetchone()[0])
    return TermStats(n_docs=n_docs, df=Counter({t: df for t, df in conn.execute("SELECT term, df FROM link_terms")}))


def add_term_counts(conn: sqlite3.Connection, new_df: Counter[str]) -> None:
    conn.executemany("INSERT INTO link_terms(term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
                     new_df.items())


def save_signatures(conn: sqlite3.Connection, kind: str, items: Iterable[tuple[int, bytes]]) -> None:
    conn.executemany("INSERT OR REPLACE INTO link_signatures(kind, item, sig) VALUES (?, ?, ?)",
                     ((kind, item, sig) for item, sig in items if sig))


def load_signatures(conn: sqlite3.Connection, kind: str) -> Iterator[tuple[int, bytes]]:
    yield from conn.execute("SELECT item, sig FROM link_signatures WHERE kind = ?", (kind,))


# -- stories ----------------------------------------------------------------------------------
def story_membership(conn: sqlite3.Connection) -> dict[int, int]:
    """article id -> story id."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT a.id, m.story_id FROM story_members m JOIN articles a ON a.doc = m.doc")}


@dataclass(frozen=True)
class StoryRecord:
    title: str | None
    first_seen: str | None
    first_seen_inferred: bool
    first_doc: str | None
    docs: tuple[str, ...]


def replace_stories(conn: sqlite3.Connection, old_ids: Iterable[int], stories: Iterable[StoryRecord]) -> int:
    old = sorted(set(old_ids))
    for chunk in _chunks(old):
        conn.execute(f"DELETE FROM stories WHERE id IN ({','.join('?' * len(chunk))})", tuple(chunk))
    n = 0
    for s in stories:
        cur = conn.execute("INSERT INTO stories(title, first_seen, first_seen_inferred, first_doc) VALUES (?,?,?,?)",
                           (s.title, s.first_seen, int(s.first_seen_inferred), s.first_doc))
        conn.executemany("INSERT INTO story_members(story_id, doc) VALUES (?, ?)", [(cur.lastrowid, d) for d in s.docs])
        n += 1
    return n


# -- derived ------------------------------------------------------------------------------------
def replace_derived(conn: sqlite3.Connection, docs: Iterable[str],
                    rows: Iterable[tuple[str, str, str, float, dict[str, Any]]]) -> int:
    conn.executemany("DELETE FROM derived WHERE doc = ?", [(d,) for d in docs])
    data = [(doc, source, rel, score, json.dumps(evidence, ensure_ascii=False)) for doc, source, rel, score, evidence in rows]
    conn.executemany("INSERT OR REPLACE INTO derived(doc, source, relation, score, evidence) VALUES (?,?,?,?,?)", data)
    return len(data)


# -- variant clusters ---------------------------------------------------------------------------
@dataclass(frozen=True)
class StatementRow:
    """A stored statement with its ids in the store."""

    id: int
    article_id: int
    statement: Statement


_STATEMENT_SQL = f"SELECT id, article_id, {', '.join(STATEMENT_COLUMNS)} FROM statements"


def _statements_where(conn: sqlite3.Connection, column: str, values: Iterable[int]) -> list[StatementRow]:
    out: list[StatementRow] = []
    for chunk in _chunks(sorted(set(values))):
        out += [StatementRow(r["id"], r["article_id"], row_to_statement(r)) for r in conn.execute(
            _STATEMENT_SQL + f" WHERE {column} IN ({','.join('?' * len(chunk))})", tuple(chunk))]
    return out


def statements_of_articles(conn: sqlite3.Connection, article_ids: Sequence[int]) -> list[StatementRow]:
    return _statements_where(conn, "article_id", article_ids)


def statements_by_id(conn: sqlite3.Connection, ids: Iterable[int]) -> list[StatementRow]:
    return _statements_where(conn, "id", ids)


def statement_ids_of_articles(conn: sqlite3.Connection, article_ids: Sequence[int]) -> list[int]:
    """The ids of the articles' statements (without reading the statements)."""
    out: list[int] = []
    for chunk in _chunks(sorted(set(article_ids))):
        out += [r[0] for r in conn.execute(
            f"SELECT id FROM statements WHERE article_id IN ({','.join('?' * len(chunk))})", tuple(chunk))]
    return out


def statement_articles(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, int]:
    """statement id -> its article's id."""
    out: dict[int, int] = {}
    for chunk in _chunks(sorted(set(ids))):
        out.update(conn.execute(f"SELECT id, article_id FROM statements WHERE id IN ({','.join('?' * len(chunk))})",
                                tuple(chunk)))
    return out


def _distinct_quotes(conn: sqlite3.Connection, column: str, key: str, values: Iterable[int]) -> set[int]:
    out: set[int] = set()
    for chunk in _chunks(sorted(set(values))):
        out.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT {column} FROM variant_quotes WHERE {key} IN ({','.join('?' * len(chunk))})", tuple(chunk)))
    return out


def clusters_of_articles(conn: sqlite3.Connection, article_ids: Iterable[int]) -> set[int]:
    """Ids of the variant clusters holding a quote of one of the articles."""
    return _distinct_quotes(conn, "cluster_id", "article_id", article_ids)


def articles_of_clusters(conn: sqlite3.Connection, cluster_ids: Iterable[int]) -> set[int]:
    return _distinct_quotes(conn, "article_id", "cluster_id", cluster_ids)


def derived_pairs(conn: sqlite3.Connection) -> dict[int, int]:
    """article id -> the id of the article it copies or rewrites."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT a.id, b.id FROM derived d JOIN articles a ON a.doc = d.doc JOIN articles b ON b.doc = d.source")}


def person_names(conn: sqlite3.Connection, article_ids: Iterable[int]) -> dict[tuple[int, str], str]:
    """(article id, canonical speaker name there) -> the name of the person it is (``people``)."""
    out: dict[tuple[int, str], str] = {}
    for chunk in _chunks(sorted(set(article_ids))):
        out.update({(r[0], r[1]): r[2] for r in conn.execute(
            "SELECT n.article_id, n.name, p.name FROM person_names n JOIN people p ON p.id = n.person_id"
            f" WHERE n.article_id IN ({','.join('?' * len(chunk))})", tuple(chunk))})
    return out


def story_members(conn: sqlite3.Connection) -> dict[int, list[int]]:
    """story id -> its article ids."""
    out: dict[int, list[int]] = {}
    for article, story in story_membership(conn).items():
        out.setdefault(story, []).append(article)
    return out


@dataclass(frozen=True)
class QuoteRecord:
    article_id: int
    statement_id: int | None
    start: int
    end: int
    quoted: bool
    speaker: str | None
    source: int | None  # position of the source quote in the cluster's list
    relation: str
    diff: list[list[str]]
    changes: list[str]
    severity: float


@dataclass(frozen=True)
class ClusterRecord:
    speaker: str | None
    root: int  # position of the fullest quoted wording in ``quotes``
    altered: bool
    severity: float
    first_seen: str | None
    first_seen_inferred: bool
    first_doc: str | None
    quotes: tuple[QuoteRecord, ...]  # first appearance first


def cluster_row(c: ClusterRecord) -> dict[str, Any]:
    """A cluster's ``variant_clusters`` columns but its id."""
    return {"speaker": c.speaker, "root_statement_id": c.quotes[c.root].statement_id, "altered": int(c.altered),
            "severity": c.severity, "first_seen": c.first_seen, "first_seen_inferred": int(c.first_seen_inferred),
            "first_doc": c.first_doc}


def quote_row(cluster_id: int, q: QuoteRecord, source_quote_id: int | None) -> dict[str, Any]:
    """A quote's ``variant_quotes`` columns but its id."""
    return {"cluster_id": cluster_id, "article_id": q.article_id, "statement_id": q.statement_id, "start": q.start,
            "end": q.end, "quoted": int(q.quoted), "speaker": q.speaker, "source_quote_id": source_quote_id,
            "relation": q.relation, "diff": json.dumps(q.diff, ensure_ascii=False), "changes": json.dumps(q.changes),
            "severity": q.severity}


def statement_members(quotes: Iterable[tuple[int, QuoteRecord]]) -> list[dict[str, Any]]:
    """The ``variant_members`` rows of (cluster id, quote) in storing order: per statement, the
    cluster and diff of its longest quote (the first of equal length), altered when any is."""
    members: dict[int, tuple[int, int, list[list[str]], bool]] = {}  # statement -> (length, cluster, diff, altered)
    for cluster_id, q in quotes:
        if q.statement_id is None:
            continue
        length, _, _, altered = members.get(q.statement_id, (-1, 0, [], False))
        altered = altered or q.relation == "altered"
        if q.end - q.start > length:
            members[q.statement_id] = (q.end - q.start, cluster_id, q.diff, altered)
        else:
            members[q.statement_id] = members[q.statement_id][:3] + (altered,)
    return [{"cluster_id": cluster, "statement_id": sid, "diff": json.dumps(diff, ensure_ascii=False),
             "altered": int(alt)} for sid, (_, cluster, diff, alt) in members.items()]


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    columns = ", ".join(f'"{c}"' for c in row)
    cur = conn.execute(f"INSERT INTO {table}({columns}) VALUES ({','.join('?' * len(row))})", tuple(row.values()))
    return cur.lastrowid


def replace_clusters(conn: sqlite3.Connection, old_ids: Iterable[int], clusters: Iterable[ClusterRecord]) -> int:
    """Replace the clusters ``old_ids`` with ``clusters``. Each statement holding a quote of a
    cluster is also entered in ``variant_members`` (``statement_members``), for the readers that
    work by statement."""
    for chunk in _chunks(sorted(set(old_ids))):
        conn.execute(f"DELETE FROM variant_clusters WHERE id IN ({','.join('?' * len(chunk))})", tuple(chunk))
    n = 0
    stored: list[tuple[int, QuoteRecord]] = []
    for c in clusters:
        cluster_id = _insert(conn, "variant_clusters", cluster_row(c))
        ids: list[int] = []
        for q in c.quotes:
            ids.append(_insert(conn, "variant_quotes", quote_row(cluster_id, q, ids[q.source] if q.source is not None
                                                                 else None)))
            stored.append((cluster_id, q))
        n += 1
    conn.executemany("INSERT OR REPLACE INTO variant_members(cluster_id, statement_id, diff, altered) VALUES (?,?,?,?)",
                     [tuple(r.values()) for r in statement_members(stored)])
    return n
