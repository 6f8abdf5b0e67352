"""Reading the corpus links: variant clusters, copies and rewrites, stories, as the CLI and web show them.

``quotetrail.corpus.linkstore`` writes these tables; this module is the only one that reads them for
people and programs. Functions return JSON-ready dicts; a missing item is ``None``.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from quotetrail.store.db import Store
from quotetrail.store.query import ARTICLE_SUMMARY, DAY, SPEAKER_MATCH, decode_json, speaker_pattern, statements_where


def _limits(limit: int | None, offset: int) -> list[int]:
    return [-1 if limit is None else limit, offset]


# -- variant clusters -------------------------------------------------------------------------
def _cluster_where(altered: bool | None, speaker: str | None) -> tuple[str, list[Any]]:
    """A cluster matches ``speaker`` when one of its statements does (as ``StatementFilter.speaker``)."""
    clauses: list[str] = []
    params: list[Any] = []
    if altered is not None:
        clauses.append("c.altered = ?")
        params.append(int(altered))
    if speaker:
        clauses.append("c.id IN (SELECT vm.cluster_id FROM variant_members vm JOIN statements s"
                       f" ON s.id = vm.statement_id WHERE {SPEAKER_MATCH})")
        params += speaker_pattern(speaker)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def find_clusters(store: Store, altered: bool | None = None, speaker: str | None = None, limit: int | None = None,
                  offset: int = 0, newest_first: bool = False) -> list[dict[str, Any]]:
    """Variant clusters with their root's text and size, in order of first appearance (undated last)."""
    where, params = _cluster_where(altered, speaker)
    order = "c.first_seen IS NULL, c.first_seen DESC, c.id DESC" if newest_first else \
        "c.first_seen IS NULL, c.first_seen, c.id"
    rows = store.conn.execute(
        "SELECT c.id, c.speaker, c.altered, c.first_seen, c.first_seen_inferred, c.first_doc, c.root_statement_id,"
        " r.text AS root_text, (SELECT count(*) FROM variant_members m WHERE m.cluster_id = c.id) AS size"
        f" FROM variant_clusters c LEFT JOIN statements r ON r.id = c.root_statement_id{where}"
        f" ORDER BY {order} LIMIT ? OFFSET ?", [*params, *_limits(limit, offset)]).fetchall()
    return [dict(r) | {"altered": bool(r["altered"]), "first_seen_inferred": bool(r["first_seen_inferred"])}
            for r in rows]


def count_clusters(store: Store, altered: bool | None = None, speaker: str | None = None) -> int:
    where, params = _cluster_where(altered, speaker)
    return int(store.conn.execute(f"SELECT count(*) FROM variant_clusters c{where}", params).fetchone()[0])


def get_cluster(store: Store, cluster_id: int) -> dict[str, Any] | None:
    """A cluster of wordings of one statement: the root (the reference wording) first, then by day."""
    row = store.conn.execute("SELECT * FROM variant_clusters WHERE id = ?", (cluster_id,)).fetchone()
    if row is None:
        return None
    cluster = dict(row) | {"altered": bool(row["altered"]), "first_seen_inferred": bool(row["first_seen_inferred"])}
    members = statements_where(store, "vm.cluster_id = ?", [cluster_id],
                               order=f"s.id = ? DESC, {DAY} IS NULL, {DAY}, s.doc, s.start, s.id",
                               order_params=[row["root_statement_id"]])
    diffs = dict(store.conn.execute("SELECT statement_id, diff FROM variant_members WHERE cluster_id = ?",
                                    (cluster_id,)).fetchall())
    cluster["members"] = [found.to_dict() | {"diff": decode_json(diffs.get(found.id), []),
                                             "is_root": found.id == row["root_statement_id"]} for found in members]
    return cluster


def iter_variants(store: Store, altered_only: bool = False, speaker: str | None = None) -> Iterator[dict[str, Any]]:
    """Variant clusters in order of first appearance: the JSON shape of ``quotetrail variants``."""
    for summary in find_clusters(store, altered=True if altered_only else None, speaker=speaker):
        c = get_cluster(store, summary["id"])
        if c is None:  # removed since the listing (a link run in between)
            continue
        quotes = [{key: m[key] for key in ("doc", "start", "end", "text", "diff", "altered")} for m in c["members"]]
        yield {"cluster": c["id"], "speaker": c["speaker"], "altered": c["altered"], "first_seen": c["first_seen"],
               "first_seen_inferred": c["first_seen_inferred"], "first_doc": c["first_doc"], "quotes": quotes}


# -- copies and rewrites ------------------------------------------------------------------------
def iter_derived(store: Store) -> Iterator[dict[str, Any]]:
    """Every copy or rewrite, in order of the derived article's date: the shape of ``quotetrail derived``."""
    for r in store.conn.execute("SELECT d.* FROM derived d JOIN articles a ON a.doc = d.doc ORDER BY a.date, d.doc"):
        yield {"doc": r["doc"], "source": r["source"], "relation": r["relation"], "score": r["score"],
               "evidence": decode_json(r["evidence"], {})}


def article_links(store: Store, doc: str) -> dict[str, list[dict[str, Any]]]:
    """Articles this one copies or rewrites (``sources``) and articles that copy or rewrite it (``derived``)."""
    def rows(sql: str) -> list[dict[str, Any]]:
        found = store.conn.execute(sql, (doc,)).fetchall()
        return [dict(r) | {"evidence": decode_json(r["evidence"], {}), "truncated": bool(r["truncated"])}
                for r in found]

    return {
        "sources": rows(f"SELECT d.relation, d.score, d.evidence, {ARTICLE_SUMMARY} FROM derived d"
                        " JOIN articles a ON a.doc = d.source WHERE d.doc = ? ORDER BY d.score DESC, a.doc"),
        "derived": rows(f"SELECT d.relation, d.score, d.evidence, {ARTICLE_SUMMARY} FROM derived d"
                        " JOIN articles a ON a.doc = d.doc WHERE d.source = ? ORDER BY d.score DESC, a.doc"),
    }


# -- stories ------------------------------------------------------------------------------------
_STORY = ("SELECT st.id, st.title, st.first_seen, st.first_seen_inferred, st.first_doc,"
          " (SELECT count(*) FROM story_members m WHERE m.story_id = st.id) AS articles FROM stories st")


def _story(row: Any) -> dict[str, Any]:
    return dict(row) | {"first_seen_inferred": bool(row["first_seen_inferred"])}


def find_stories(store: Store, min_docs: int = 1, limit: int | None = None, offset: int = 0,
                 newest_first: bool = False) -> list[dict[str, Any]]:
    """Stories told by at least ``min_docs`` articles, in order of first appearance (undated last)."""
    order = "st.first_seen IS NULL, st.first_seen DESC, st.id DESC" if newest_first else \
        "st.first_seen IS NULL, st.first_seen, st.id"
    rows = store.conn.execute(f"SELECT * FROM ({_STORY}) st WHERE articles >= ? ORDER BY {order} LIMIT ? OFFSET ?",
                              [min_docs, *_limits(limit, offset)]).fetchall()
    return [_story(r) for r in rows]


def count_stories(store: Store, min_docs: int = 1) -> int:
    return int(store.conn.execute(f"SELECT count(*) FROM ({_STORY}) WHERE articles >= ?", (min_docs,)).fetchone()[0])


def story_docs(store: Store, story_id: int) -> list[dict[str, Any]]:
    """A story's articles (with their number of statements), oldest first."""
    rows = store.conn.execute(
        f"SELECT {ARTICLE_SUMMARY}, (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements"
        " FROM story_members m JOIN articles a ON a.doc = m.doc WHERE m.story_id = ?"
        " ORDER BY a.date IS NULL, a.date, a.id", (story_id,)).fetchall()
    return [dict(r) | {"truncated": bool(r["truncated"])} for r in rows]


def iter_stories(store: Store, min_docs: int = 1) -> Iterator[dict[str, Any]]:
    """Stories in order of first appearance: the JSON shape of ``quotetrail stories``."""
    for s in find_stories(store, min_docs=min_docs):
        yield {"story": s["id"], "title": s["title"], "docs": [a["doc"] for a in story_docs(store, s["id"])],
               "first_seen": s["first_seen"], "first_seen_inferred": s["first_seen_inferred"],
               "first_doc": s["first_doc"]}


def get_story(store: Store, story_id: int) -> dict[str, Any] | None:
    """A story with its articles (oldest first) and every statement in them."""
    row = store.conn.execute(f"{_STORY} WHERE st.id = ?", (story_id,)).fetchone()
    if row is None:
        return None
    item = _story(row)
    item["articles"] = story_docs(store, story_id)
    item["statements"] = [f.to_dict() for f in statements_where(
        store, "sm.story_id = ?", [story_id], join=" JOIN story_members sm ON sm.doc = s.doc",
        order=f"{DAY} IS NULL, {DAY}, s.doc, s.start")]
    return item


def story_of(store: Store, doc: str) -> dict[str, Any] | None:
    row = store.conn.execute(
        "SELECT st.id, st.title, st.first_seen, st.first_doc FROM story_members m JOIN stories st ON st.id = m.story_id"
        " WHERE m.doc = ?", (doc,)).fetchone()
    return dict(row) if row else None
