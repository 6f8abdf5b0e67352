"""Reading the corpus links: variant clusters, copies and rewrites, stories, as the CLI and web show them.

``quotetrail.corpus.linkstore`` writes these tables; this module is the only one that reads them for
people and programs. Functions return JSON-ready dicts; a missing item is ``None``.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from quotetrail.store.db import Store
from quotetrail.store.query import ARTICLE_SUMMARY, DAY, SPEAKER_MATCH, decode_json, speaker_pattern, statements_where


def _limits(limit: int | None, offset: int) -> list[int]:
    return [-1 if limit is None else limit, offset]


# -- variant clusters -------------------------------------------------------------------------
def _cluster_where(altered: bool | None, speaker: str | None, changes: Sequence[str] = ()) -> tuple[str, list[Any]]:
    """A cluster matches ``speaker`` when one of its statements does (as ``StatementFilter.speaker``),
    and ``changes`` when one of its quotes was changed in one of those ways."""
    clauses: list[str] = []
    params: list[Any] = []
    if altered is not None:
        clauses.append("c.altered = ?")
        params.append(int(altered))
    if speaker:
        clauses.append("c.id IN (SELECT vm.cluster_id FROM variant_members vm JOIN statements s"
                       f" ON s.id = vm.statement_id WHERE {SPEAKER_MATCH})")
        params += speaker_pattern(speaker)
    if changes:
        clauses.append("c.id IN (SELECT q.cluster_id FROM variant_quotes q, json_each(q.changes) j"
                       f" WHERE j.value IN ({', '.join('?' * len(changes))}))")
        params += list(changes)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _cluster_order(newest_first: bool, by_severity: bool) -> str:
    order = "c.first_seen IS NULL, c.first_seen DESC, c.id DESC" if newest_first else \
        "c.first_seen IS NULL, c.first_seen, c.id"
    return ("c.severity DESC, " + order) if by_severity else order


def find_clusters(store: Store, altered: bool | None = None, speaker: str | None = None, limit: int | None = None,
                  offset: int = 0, newest_first: bool = False, changes: Sequence[str] = (),
                  by_severity: bool = False) -> list[dict[str, Any]]:
    """Variant clusters with their root's text, their source wording, size and change types, in
    order of first appearance (undated last), or most severe first."""
    where, params = _cluster_where(altered, speaker, changes)
    rows = store.conn.execute(
        "SELECT c.id, c.speaker, c.altered, c.severity, c.first_seen, c.first_seen_inferred, c.first_doc,"
        " c.root_statement_id, coalesce(r.words, r.text) AS root_text,"
        " (SELECT count(*) FROM variant_members m WHERE m.cluster_id = c.id) AS size,"
        " (SELECT count(*) FROM variant_quotes q WHERE q.cluster_id = c.id) AS quotes,"
        " (SELECT group_concat(DISTINCT j.value) FROM variant_quotes q, json_each(q.changes) j"
        "  WHERE q.cluster_id = c.id) AS changes,"
        " (SELECT substr(a.text, q.start + 1, q.\"end\" - q.start) FROM variant_quotes q JOIN articles a"
        "  ON a.id = q.article_id WHERE q.cluster_id = c.id ORDER BY q.id LIMIT 1) AS source_text"
        f" FROM variant_clusters c LEFT JOIN statements r ON r.id = c.root_statement_id{where}"
        f" ORDER BY {_cluster_order(newest_first, by_severity)} LIMIT ? OFFSET ?",
        [*params, *_limits(limit, offset)]).fetchall()
    return [dict(r) | {"altered": bool(r["altered"]), "first_seen_inferred": bool(r["first_seen_inferred"]),
                       "changes": sorted(r["changes"].split(",")) if r["changes"] else []} for r in rows]


def count_clusters(store: Store, altered: bool | None = None, speaker: str | None = None,
                   changes: Sequence[str] = ()) -> int:
    where, params = _cluster_where(altered, speaker, changes)
    return int(store.conn.execute(f"SELECT count(*) FROM variant_clusters c{where}", params).fetchone()[0])


def wordings(store: Store, cluster_id: int) -> dict[str, Any] | None:
    """One cluster as ``quotetrail variants`` shows it: its quotes in order of appearance, the first
    appearance first, each later wording with its source (a position in ``quotes``), diff and changes;
    ``fullest`` is the position of the longest quoted wording (context, not what quotes are judged by)."""
    c = store.conn.execute("SELECT * FROM variant_clusters WHERE id = ?", (cluster_id,)).fetchone()
    if c is None:
        return None
    rows = store.conn.execute(
        "SELECT q.*, a.doc, a.outlet, a.title, a.date, substr(a.text, q.start + 1, q.\"end\" - q.start) AS text"
        " FROM variant_quotes q JOIN articles a ON a.id = q.article_id WHERE q.cluster_id = ? ORDER BY q.id",
        (cluster_id,)).fetchall()
    position = {r["id"]: i for i, r in enumerate(rows)}
    quotes = [{"doc": r["doc"], "start": r["start"], "end": r["end"], "text": r["text"],
               "diff": decode_json(r["diff"], []), "altered": r["relation"] == "altered", "relation": r["relation"],
               "changes": decode_json(r["changes"], []), "severity": r["severity"],
               "source": position.get(r["source_quote_id"]), "quoted": bool(r["quoted"]), "speaker": r["speaker"],
               "statement": r["statement_id"], "outlet": r["outlet"], "title": r["title"], "date": r["date"]}
              for r in rows]
    quoted = [i for i, q in enumerate(quotes) if q["quoted"]] or list(range(len(quotes)))
    fullest = max(quoted, key=lambda i: (len(quotes[i]["text"].split()), -i), default=None)
    return {"cluster": c["id"], "speaker": c["speaker"], "altered": bool(c["altered"]), "severity": c["severity"],
            "first_seen": c["first_seen"], "first_seen_inferred": bool(c["first_seen_inferred"]),
            "first_doc": c["first_doc"], "fullest": fullest, "quotes": quotes}


def clusters_of_statement(store: Store, statement_id: int) -> list[dict[str, Any]]:
    """The clusters holding a sentence of a statement (a long statement may hold several quotes)."""
    ids = [r[0] for r in store.conn.execute(
        "SELECT DISTINCT cluster_id FROM variant_quotes WHERE statement_id = ? ORDER BY cluster_id", (statement_id,))]
    return [w for w in (wordings(store, i) for i in ids) if w]


def iter_variants(store: Store, altered_only: bool = False, speaker: str | None = None, changes: Sequence[str] = (),
                  by_severity: bool = False) -> Iterator[dict[str, Any]]:
    """Variant clusters in order of first appearance (or most severe first): the JSON shape of
    ``quotetrail variants``; ``changes`` keeps clusters with a quote changed in one of those ways."""
    for summary in find_clusters(store, altered=True if altered_only else None, speaker=speaker, changes=changes,
                                 by_severity=by_severity):
        c = wordings(store, summary["id"])
        if c is not None:  # None: removed since the listing (a link run in between)
            yield c


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
