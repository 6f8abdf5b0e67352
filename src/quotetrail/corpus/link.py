"""``link_corpus``: compute the cross-article relations of the articles not linked yet.

Steps, each touching only what the new articles reach through the LSH indexes:
1. dates: undated new articles get a date inferred from their content (marked inferred);
2. signatures and term frequencies of the new articles and statements are stored;
3. stories: new articles merge (average linkage) with the stored stories their candidates are in;
4. copies and rewrites: new articles, and stored articles dated after a new one that is among
   their candidates, choose their source;
5. variants: new statements are clustered with their candidates and the clusters those are in.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from quotetrail.corpus import linkstore as ls
from quotetrail.corpus.dates import infer_date
from quotetrail.corpus.derived import (COPY_MIN_COSINE, Candidate, choose_source, containment, shared_passages)
from quotetrail.corpus.signatures import (NAMES, QUOTE, SHINGLES, CandidateIndex, name_features, quote_features,
                                          shingle_features, signatures)
from quotetrail.corpus.stories import average_linkage
from quotetrail.corpus.text import sentences, shingles, term_counts, words
from quotetrail.corpus.variants import Member, cluster_statements, is_run_of, plain_words
from quotetrail.corpus.vectors import pair_similarities, vectorise
from quotetrail.store.db import Store

Progress = Callable[[str, int, int], None]
_BATCH = 2000
#: Neighbours whose own candidates are also compared when clustering stories.
HOP_NEIGHBOURS = 10


@dataclass(frozen=True)
class LinkSummary:
    """What one run of ``link_corpus`` did."""

    articles: int  # articles linked in this run
    dates_inferred: int
    stories: int  # stories written (new or changed) in this run
    derived: int  # copy/rewrite relations written
    variant_clusters: int  # variant clusters written (new or changed)
    altered_clusters: int
    seconds: float


def _noop(stage: str, done: int, total: int) -> None:
    pass


def link_corpus(store: Store, progress: Progress | None = None) -> LinkSummary:
    """Link the store's unlinked articles (``articles.linked = 0``) against everything stored.

    Runs in one transaction: an interrupted run leaves the store as it was.
    """
    report = progress or _noop
    started = time.perf_counter()
    conn = store.conn
    with conn:
        new_ids = ls.unlinked_article_ids(conn)
        if not new_ids:
            return LinkSummary(0, 0, 0, 0, 0, 0, time.perf_counter() - started)
        inferred = _infer_dates(conn, new_ids, report)
        new_counts = _store_signatures(conn, new_ids, report)
        indexes = {spec.kind: _index(conn, spec) for spec in (NAMES, SHINGLES)}
        linker = _ArticleLinker(conn, set(new_ids), new_counts, indexes, report)
        n_stories = linker.stories()
        n_derived = linker.derived()
        del linker, indexes
        n_clusters, n_altered = _variants(conn, new_ids, report)
        ls.mark_linked(conn, new_ids)
    return LinkSummary(len(new_ids), inferred, n_stories, n_derived, n_clusters, n_altered,
                       round(time.perf_counter() - started, 3))


def _infer_dates(conn, new_ids: list[int], report: Progress) -> int:  # type: ignore[no-untyped-def]
    undated = [r for r in ls.articles_by_id(conn, new_ids).values() if not r.date]
    n = 0
    for i, row in enumerate(undated):
        found = infer_date(row.text, ls.post_dates(conn, row.id))
        if found:
            ls.set_inferred_date(conn, row.id, found.isoformat())
            n += 1
        if i % _BATCH == 0:
            report("dates", i, len(undated))
    return n


def _store_signatures(conn, new_ids: list[int], report: Progress) -> dict[int, Counter[str]]:  # type: ignore[no-untyped-def]
    """Term counts, MinHash signatures and document frequencies of the new articles and statements."""
    counts: dict[int, Counter[str]] = {}
    df: Counter[str] = Counter()
    for start in range(0, len(new_ids), _BATCH):
        batch = ls.articles_by_id(conn, new_ids[start:start + _BATCH])
        ids = sorted(batch)
        batch_counts = [term_counts(batch[i].text, batch[i].title) for i in ids]
        for i, c in zip(ids, batch_counts):
            counts[i] = c
            df.update(c.keys())
        ls.save_signatures(conn, NAMES.kind, zip(ids, signatures(NAMES, [name_features(c) for c in batch_counts])))
        ls.save_signatures(conn, SHINGLES.kind, zip(ids, signatures(SHINGLES, [shingle_features(batch[i].text)
                                                                              for i in ids])))
        stmts = ls.statements_of_articles(conn, ids)
        ls.save_signatures(conn, QUOTE.kind, zip([s.id for s in stmts],
                                                 signatures(QUOTE, [quote_features(s.text) for s in stmts])))
        report("signatures", min(start + _BATCH, len(new_ids)), len(new_ids))
    ls.add_term_counts(conn, df)
    return counts


def _index(conn, spec) -> CandidateIndex:  # type: ignore[no-untyped-def]
    index = CandidateIndex(spec)
    index.add_many(ls.load_signatures(conn, spec.kind))
    return index


class _ArticleLinker:
    """Stories and copies/rewrites over the new articles and the stored ones they reach."""

    def __init__(self, conn, new: set[int], new_counts: dict[int, Counter[str]],  # type: ignore[no-untyped-def]
                 indexes: dict[str, CandidateIndex], report: Progress) -> None:
        self.conn, self.new, self.report = conn, new, report
        self.sigs = {kind: dict(ls.load_signatures(conn, kind)) for kind in indexes}
        self.indexes = indexes
        self.candidates: dict[int, set[int]] = {}
        for i, doc in enumerate(sorted(new)):
            self.candidates[doc] = self._query(doc)
            if i % _BATCH == 0:
                report("candidates", i, len(new))
        self.story_of = ls.story_membership(conn)
        self.dates = ls.article_dates(conn)
        self.docs = ls.article_docs(conn)
        self.stats = ls.load_term_stats(conn)
        self.stats.add(list(new_counts.values()))
        self.counts = dict(new_counts)

    def _query(self, doc: int) -> set[int]:
        found: set[int] = set()
        for kind, index in self.indexes.items():
            sig = self.sigs[kind].get(doc)
            if sig:
                found.update(index.query(sig))
        found.discard(doc)
        return found

    def _candidates(self, doc: int) -> set[int]:
        if doc not in self.candidates:
            self.candidates[doc] = self._query(doc)
        return self.candidates[doc]

    def _load_counts(self, ids: Iterable[int]) -> None:
        missing = [i for i in ids if i not in self.counts]
        for start in range(0, len(missing), _BATCH):
            rows = ls.articles_by_id(self.conn, missing[start:start + _BATCH])
            for i, row in rows.items():
                self.counts[i] = term_counts(row.text, row.title)

    # -- stories ------------------------------------------------------------------------------
    def stories(self) -> int:
        touched = {self.story_of[c] for d in self.new for c in self._candidates(d) if c in self.story_of}
        old_members: dict[int, list[int]] = {}
        for article, story in self.story_of.items():
            if story in touched:
                old_members.setdefault(story, []).append(article)
        local = sorted(self.new | {a for m in old_members.values() for a in m})
        self._load_counts(local)
        position = {a: i for i, a in enumerate(local)}
        vectors = vectorise([self.counts[a] for a in local], self.stats)
        # First the LSH candidates, then the candidates of each article's closest neighbours
        # (two hops): same-event articles that share few names still meet through a third.
        first: dict[int, list[tuple[float, int]]] = {}
        for n, a in enumerate(local):
            others = [b for b in self._candidates(a) if b in position]
            sims, _ = pair_similarities(vectors, position[a], [position[b] for b in others])
            first[a] = sorted(((float(s), b) for b, s in zip(others, sims)), reverse=True)
            if n % _BATCH == 0:
                self.report("stories", n, 2 * len(local))
        edges: dict[tuple[int, int], float] = {}
        for n, a in enumerate(local):
            for s, b in first[a]:
                edges[(min(a, b), max(a, b))] = s
            hop = {c for _, b in first[a][:HOP_NEIGHBOURS] for _, c in first[b][:HOP_NEIGHBOURS]}
            hop -= {b for _, b in first[a]} | {a}
            others = sorted(hop)
            sims, _ = pair_similarities(vectors, position[a], [position[b] for b in others])
            for b, s in zip(others, sims):
                edges[(min(a, b), max(a, b))] = float(s)
            if n % _BATCH == 0:
                self.report("stories", len(local) + n, 2 * len(local))
        initial = list(old_members.values()) + [[a] for a in sorted(self.new)]
        clusters = average_linkage(initial, ((a, b, s) for (a, b), s in edges.items()))
        titles = ls.articles_by_id(self.conn, [min(c, key=self._date_order) for c in clusters])
        records = []
        for members in clusters:
            first = min(members, key=self._date_order)
            date, inferred = self.dates.get(first, (None, False))
            records.append(ls.StoryRecord(_title(titles[first]), date, inferred, self.docs[first],
                                          tuple(self.docs[m] for m in sorted(members, key=self._date_order))))
        return ls.replace_stories(self.conn, touched, records)

    def _date_order(self, article: int) -> tuple[int, str, int]:
        date = self.dates.get(article, (None, False))[0]
        return (0 if date else 1, date or "", article)

    # -- copies and rewrites -------------------------------------------------------------------
    def derived(self) -> int:
        to_check = set(self.new)
        for d in self.new:
            mine = self.dates.get(d, (None, False))[0]
            for c in self._candidates(d):
                other = self.dates.get(c, (None, False))[0]
                if mine and other and other[:10] > mine[:10]:
                    to_check.add(c)  # a stored article may have a new, earlier source
        needed = set(to_check) | {c for d in to_check for c in self._candidates(d)}
        self._load_counts(needed)
        local = sorted(needed)
        position = {a: i for i, a in enumerate(local)}
        vectors = vectorise([self.counts[a] for a in local], self.stats)
        rows = []
        for n, d in enumerate(sorted(to_check)):
            others = sorted(self._candidates(d))
            _, cosines = pair_similarities(vectors, position[d], [position[o] for o in others])
            close = [o for o, c in zip(others, cosines) if c >= COPY_MIN_COSINE]
            contained = self._containments(d, close)
            cands = [Candidate(o, self.dates.get(o, (None, False))[0], float(c), contained.get(o, 0.0))
                     for o, c in zip(others, cosines)]
            found = choose_source(d, self.dates.get(d, (None, False))[0], cands)
            if found:
                rows.append((self.docs[d], self.docs[found.source], found.relation, found.score,
                             self._evidence(found.doc, found.source)))
            if n % _BATCH == 0:
                self.report("derived", n, len(to_check))
        return ls.replace_derived(self.conn, [self.docs[d] for d in to_check], rows)

    def _containments(self, doc: int, others: list[int]) -> dict[int, float]:
        if not others:
            return {}
        rows = ls.articles_by_id(self.conn, [doc] + others)
        mine = shingles(words(rows[doc].text), 3)
        return {o: containment(mine, shingles(words(rows[o].text), 3)) for o in others}

    def _evidence(self, doc: int, source: int) -> dict[str, list[str]]:
        rows = ls.articles_by_id(self.conn, [doc, source])
        passages = shared_passages(words(rows[doc].text), words(rows[source].text))
        source_words = plain_words(rows[source].text)
        quotes = [s.text for s in ls.statements_of_articles(self.conn, [doc])
                  if s.kind in ("direct", "mixed") and len(plain_words(s.text)) >= 3
                  and is_run_of(plain_words(s.text), source_words)]
        return {"passages": passages, "quotes": quotes[:5]}


def _title(row: ls.ArticleRow) -> str | None:
    if row.title:
        return row.title
    first = sentences(row.text[:500])
    return first[0][:120] if first else None


def _variants(conn, new_ids: list[int], report: Progress) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    index = _index(conn, QUOTE)
    sigs = dict(ls.load_signatures(conn, QUOTE.kind))
    new_statements = [s.id for s in ls.statements_of_articles(conn, new_ids)]
    candidates: dict[int, set[int]] = {}

    def query(sid: int) -> set[int]:
        if sid not in candidates:
            candidates[sid] = set(index.query(sigs[sid])) - {sid} if sid in sigs else set()
        return candidates[sid]

    reached = set(new_statements)
    for i, sid in enumerate(new_statements):
        reached |= query(sid)
        if i % (10 * _BATCH) == 0:
            report("variants", i, len(new_statements))
    old_clusters = set(ls.clusters_of_statements(conn, reached - set(new_statements)).values())
    local = reached | set(ls.members_of_clusters(conn, old_clusters))
    rows = ls.statements_by_id(conn, local)
    dates = ls.article_dates(conn)
    members = [Member(r.id, r.doc, r.start, r.end, r.text, r.kind, r.speaker, *dates.get(r.article_id, (None, False)))
               for r in rows]
    for sid in local:
        query(sid)
    clusters = cluster_statements(members, {sid: candidates[sid] for sid in local})
    records = []
    for c in clusters:
        first = min(c.members, key=lambda m: (m.date is None, m.date or "", m.id))
        records.append(ls.ClusterRecord(
            speaker=c.speaker, root_statement_id=c.root.id, altered=c.altered, first_seen=first.date,
            first_seen_inferred=first.date_inferred, first_doc=first.doc,
            members=tuple((m.id, c.diffs[m.id], m.id in c.altered_ids) for m in c.members)))
    n = ls.replace_clusters(conn, old_clusters, records)
    return n, sum(1 for c in clusters if c.altered)
