"""``link_corpus``: compute the cross-article relations of the articles not linked yet.

Steps, each touching only what the new articles reach through candidate pairs (candidates.py):
1. dates: undated new articles get a date inferred from their content (marked inferred);
2. signatures and term frequencies of the new articles and statements are stored;
3. stories: new articles merge (average linkage) with the stored stories their candidates are in;
4. copies and rewrites: new articles, and stored articles dated after a new one that is among
   their candidates, choose their source;
5. people: the speakers of all articles merged into people (store/people.py);
6. variants: new statements are clustered with their candidates and the clusters those are in,
   their speakers compared as people.
"""
from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import chain

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from quotetrail.corpus import linkstore as ls
from quotetrail.dates import infer_date
from quotetrail.corpus.derived import (COPY_MIN_COSINE, Alignment, Candidate, align, best_earlier, choose_source,
                                       closest_other, containment, evidence)
from quotetrail.corpus.candidates import candidate_pairs, signature_matrix, unique_sorted
from quotetrail.corpus.signatures import (NAMES, QUOTE, SHINGLES, IndexSpec, name_features, quote_features,
                                          shingle_features, signatures)
from quotetrail.corpus.matching import ArticleUnits, QuoteCluster, match_quotes, speakers_of
from quotetrail.corpus.heap import long_lived_frozen
from quotetrail.corpus.stories import linkage_by_key, story_title
from quotetrail.corpus.text import shingles, term_counts, words
from quotetrail.corpus.wording import article_units
from quotetrail.corpus.vectors import Vectors, Vocabulary, full_cosines, stacked, story_scores, vectorise
from quotetrail.store.db import Store
from quotetrail.store.people import rebuild_people

Progress = Callable[[str, int, int], None]
_BATCH = 2000
_ARTICLES_PER_TASK = 50  # per task of a linking pool: big enough that messages cost little
_STATEMENTS_PER_TASK = 500
_MIN_ARTICLES_FOR_POOL = 200  # fewer are hashed faster than processes start
_SHINGLE_CACHE = 20_000
#: Articles whose candidate pairs are scored at once: memory bounded by the block, not the corpus.
_BLOCK = 5000
_PAIR_CHUNK = 500_000  # statement pairs whose signatures are compared at once
_ID_BITS = 31  # article and statement ids (SQLite rowids) below 2**31: int32 arrays, a pair coded in an int64


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


def link_corpus(store: Store, progress: Progress | None = None, jobs: int = 1) -> LinkSummary:
    """Link the store's unlinked articles (``articles.linked = 0``) against everything stored.

    Runs in one transaction: an interrupted run leaves the store as it was. With ``jobs`` > 1 the
    per-text hashing (signatures) is spread over that many processes; the rest runs in this one.
    """
    report = progress or _noop
    started = time.perf_counter()
    conn = store.conn
    with conn:
        new_ids = ls.unlinked_article_ids(conn)
        if not new_ids:
            return LinkSummary(0, 0, 0, 0, 0, 0, time.perf_counter() - started)
        inferred = _infer_dates(conn, new_ids, report)
        if jobs > 1 and len(new_ids) >= _MIN_ARTICLES_FOR_POOL:
            with ProcessPoolExecutor(jobs) as pool:
                _store_signatures(conn, new_ids, report, pool)
        else:
            _store_signatures(conn, new_ids, report, None)
        linker = _ArticleLinker(conn, set(new_ids), report)
        n_stories = linker.stories()
        n_derived = linker.derived()
        del linker
        rebuild_people(conn)  # after the stories (a surname joins a full name of its story), before
        n_clusters, n_altered = _variants(conn, new_ids, report)  # the variants compare speakers as people
        ls.mark_linked(conn, new_ids)
    return LinkSummary(len(new_ids), inferred, n_stories, n_derived, n_clusters, n_altered,
                       round(time.perf_counter() - started, 3))


def _infer_dates(conn: sqlite3.Connection, new_ids: list[int], report: Progress) -> int:
    """Infer the dates of the undated new articles, reading the articles a batch at a time
    (progress: articles looked at, of the new ones)."""
    n = 0
    ordered = sorted(new_ids)
    for start in range(0, len(ordered), _BATCH):
        report("dates", start, len(ordered))
        for row in ls.articles_by_id(conn, ordered[start:start + _BATCH]).values():
            found = None if row.date else infer_date(row.text, ls.post_dates(conn, row.id))
            if found:
                ls.set_inferred_date(conn, row.id, found.isoformat())
                n += 1
    report("dates", len(ordered), len(ordered))
    return n


def article_signatures(batch: list[tuple[int, str, str | None]]) -> tuple[list[Counter[str]], list[bytes], list[bytes]]:
    """Term counts and the names and shingles signatures of (id, text, title) articles."""
    counts = [term_counts(text, title) for _, text, title in batch]
    return (counts, signatures(NAMES, [name_features(c) for c in counts]),
            signatures(SHINGLES, [shingle_features(text) for _, text, _ in batch]))


def quote_signatures(texts: list[str]) -> list[bytes]:
    return signatures(QUOTE, [quote_features(text) for text in texts])


def _store_signatures(conn: sqlite3.Connection, new_ids: list[int], report: Progress,
                      pool: ProcessPoolExecutor | None) -> None:
    """MinHash signatures of the new articles and statements, and the articles' document frequencies.

    The hashing depends on each text alone, so with a ``pool`` it is spread over its processes.
    """
    spread: Callable[..., Iterable] = pool.map if pool else map  # type: ignore[assignment]
    df: Counter[str] = Counter()
    for start in range(0, len(new_ids), _BATCH):
        batch = ls.articles_by_id(conn, new_ids[start:start + _BATCH])
        ids = sorted(batch)
        rows = [(i, batch[i].text, batch[i].title) for i in ids]
        parts = list(spread(article_signatures, _parts(rows, _ARTICLES_PER_TASK)))
        batch_counts = [c for part in parts for c in part[0]]
        names_sigs = [sig for part in parts for sig in part[1]]
        shingle_sigs = [sig for part in parts for sig in part[2]]
        for c in batch_counts:
            df.update(c.keys())
        ls.save_signatures(conn, NAMES.kind, zip(ids, names_sigs))
        ls.save_signatures(conn, SHINGLES.kind, zip(ids, shingle_sigs))
        stmts = ls.statements_of_articles(conn, ids)
        quote_sigs = [sig for part in spread(quote_signatures, _parts([s.statement.words for s in stmts],
                                                                        _STATEMENTS_PER_TASK))
                      for sig in part]
        ls.save_signatures(conn, QUOTE.kind, zip([s.id for s in stmts], quote_sigs))
        report("signatures", min(start + _BATCH, len(new_ids)), len(new_ids))
    ls.add_term_counts(conn, df)


def _parts(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


class _Candidates:
    """Candidate partners of items from one or more kinds of stored signature, held as sorted
    numpy arrays of (item, partner) pairs: a Python set per item costs ~60x the memory."""

    def __init__(self, conn: sqlite3.Connection, specs: tuple[IndexSpec, ...]) -> None:
        self.matrices = {spec.kind: (spec, *signature_matrix(ls.load_signatures(conn, spec.kind), spec.num_perm))
                         for spec in specs}
        self.src = np.zeros(0, dtype=np.int32)  # sorted by (src, dst), each pair once
        self.dst = np.zeros(0, dtype=np.int32)
        self.done: set[int] = set()

    def extend(self, focus: set[int]) -> None:
        """Find the partners of every item of ``focus`` (and add them to the partners' lists)."""
        focus = focus - self.done
        if not focus:
            return
        src, dst = [self.src], [self.dst]
        for spec, ids, matrix in self.matrices.values():
            found = candidate_pairs(ids, matrix, spec, focus, spec.min_hits)
            src.append(found[0])
            dst.append(found[1])
        codes = unique_sorted((np.concatenate(src).astype(np.int64) << _ID_BITS) | np.concatenate(dst))
        self.src = (codes >> _ID_BITS).astype(np.int32)
        self.dst = (codes & ((1 << _ID_BITS) - 1)).astype(np.int32)
        self.done |= focus

    def release(self) -> None:
        """Drop the signatures once no more items will be looked up."""
        self.matrices = {}

    def of(self, item: int) -> set[int]:
        lo, hi = self.src.searchsorted(np.array([item, item + 1], dtype=self.src.dtype))  # same dtype: no copy
        return set(self.dst[lo:hi].tolist())

    def pairs_of(self, items: set[int]) -> tuple[np.ndarray, np.ndarray]:
        """(item, partner) arrays of every partner of ``items``."""
        mask = np.isin(self.src, np.fromiter(items, dtype=np.int32, count=len(items)))
        return self.src[mask].astype(np.int64), self.dst[mask].astype(np.int64)

    def partners_of(self, items: set[int]) -> np.ndarray:
        return unique_sorted(self.pairs_of(items)[1])



class _ArticleLinker:
    """Stories and copies/rewrites over the new articles and the stored ones they reach."""

    def __init__(self, conn: sqlite3.Connection, new: set[int], report: Progress) -> None:
        self.conn, self.new, self.report = conn, new, report
        report("candidates", 0, len(new))
        self.cands = _Candidates(conn, (NAMES, SHINGLES))
        self.cands.extend(new)
        report("candidates", len(new), len(new))
        self.story_of = ls.story_membership(conn)
        self.dates = ls.article_dates(conn)
        self.docs = ls.article_docs(conn)
        self.stats = ls.load_term_stats(conn)  # link_terms already counts the new articles
        self.stats.n_docs += len(new)
        self.vocabulary = Vocabulary(sorted(self.stats.df), self.stats)
        self.n_words: dict[int, int] = {}
        self._shingles: dict[int, set[str]] = {}  # word 3-grams of recently compared articles
        self._last_vectors: tuple[dict[int, int], Vectors] | None = None

    def _candidates(self, doc: int) -> set[int]:
        return self.cands.of(doc) - {doc}

    def _vectors(self, articles: set[int]) -> tuple[dict[int, int], Vectors]:
        """Term vectors of ``articles`` (row positions by article id), built in blocks against the
        corpus vocabulary, so that no more than a block's term counts are held at once. An
        article's row depends on its counts and the corpus statistics only, so the last matrix is
        reused when it has them all."""
        if self._last_vectors is None or not articles <= self._last_vectors[0].keys():
            self._last_vectors = None  # the old matrix is not needed while the new one is built
            local = sorted(articles)
            blocks = []
            for start in range(0, len(local), _BATCH):
                rows = ls.articles_by_id(self.conn, local[start:start + _BATCH])
                block = [rows[i] for i in local[start:start + _BATCH]]
                self.n_words.update((row.id, len(row.text.split())) for row in block)
                blocks.append(vectorise([term_counts(row.text, row.title) for row in block], self.stats,
                                        self.vocabulary))
            self._last_vectors = ({a: i for i, a in enumerate(local)}, stacked(blocks))
        return self._last_vectors

    # -- stories ------------------------------------------------------------------------------
    def stories(self) -> int:
        touched = {self.story_of[c] for d in self.new for c in self._candidates(d) if c in self.story_of}
        old_members: dict[int, list[int]] = {}
        for article, story in self.story_of.items():
            if story in touched:
                old_members.setdefault(story, []).append(article)
        position, vectors = self._vectors(self.new | {a for m in old_members.values() for a in m})
        new = sorted(self.new)
        edges: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # positive similarities only:
        self.report("stories", 0, len(new))                           # average_linkage ignores the others
        for start in range(0, len(new), _BLOCK):
            pairs = [(a, b) for a in new[start:start + _BLOCK] for b in sorted(self._candidates(a))
                     if b in position and (b not in self.new or b > a)]
            left = np.array([a for a, _ in pairs], dtype=np.int64)
            right = np.array([b for _, b in pairs], dtype=np.int64)
            sims = story_scores(vectors, [position[a] for a, _ in pairs], [position[b] for _, b in pairs])
            keep = sims > 0
            edges.append((left[keep], right[keep], sims[keep]))
            self.report("stories", min(start + _BLOCK, len(new)), len(new))
        initial = list(old_members.values()) + [[a] for a in sorted(self.new)]
        clusters = story_clusters(initial, *(np.concatenate(side) for side in zip(*edges)))
        return ls.replace_stories(self.conn, touched, self._story_records(clusters))

    def _story_records(self, clusters: list[list[int]]) -> Iterator[ls.StoryRecord]:
        """The stored form of the clusters, their first articles read a batch at a time."""
        for start in range(0, len(clusters), _BATCH):
            batch = clusters[start:start + _BATCH]
            firsts = ls.articles_by_id(self.conn, [min(c, key=partial(date_order, self.dates)) for c in batch])
            yield from (story_record(members, self.dates, self.docs, firsts) for members in batch)

    # -- copies and rewrites -------------------------------------------------------------------
    def derived(self) -> int:
        to_check = set(self.new)
        for d in self.new:
            mine = self.dates.get(d, (None, False))[0]
            for c in self._candidates(d):
                other = self.dates.get(c, (None, False))[0]
                if mine and other and other[:10] > mine[:10]:
                    to_check.add(c)  # a stored article may have a new, earlier source
        self.cands.extend(to_check)
        self.cands.release()
        position, vectors = self._vectors(set(to_check) | {c for d in to_check for c in self._candidates(d)})
        checked = sorted(to_check)
        self.report("derived", 0, len(checked))
        n = 0
        for start in range(0, len(checked), _BLOCK):  # an article's source depends on its candidates alone
            block = checked[start:start + _BLOCK]
            n += ls.replace_derived(self.conn, [self.docs[d] for d in block], self._sources(vectors, position, block))
            self.report("derived", min(start + _BLOCK, len(checked)), len(checked))
        return n

    def _sources(self, vectors: Vectors, position: dict[int, int],
                 block: list[int]) -> list[tuple[str, str, str, float, dict[str, list[str]]]]:
        """The derived rows of the articles of ``block`` that copy or rewrite a candidate."""
        pairs = [(d, o) for d in block for o in sorted(self._candidates(d))]
        cosines = full_cosines(vectors, [position[d] for d, _ in pairs], [position[o] for _, o in pairs])
        per_doc: dict[int, list[Candidate]] = {d: [] for d in block}
        for (d, o), c in zip(pairs, cosines):
            per_doc[d].append(Candidate(o, self.dates.get(o, (None, False))[0], float(c)))
        closest = self._closest_others(vectors, position, per_doc)
        rows = []
        for d in block:
            cands = per_doc[d]
            contained = self._containments(d, [c.key for c in cands if c.cosine >= COPY_MIN_COSINE])
            cands = [Candidate(c.key, c.date, c.cosine, contained.get(c.key, 0.0)) for c in cands]
            found = choose_source(d, self.dates.get(d, (None, False))[0], cands, self._aligner(d),
                                  self.n_words.get(d, 0), closest.get(d, 0.0))
            if found:
                rows.append((self.docs[d], self.docs[found.source], found.relation, found.score,
                             self._evidence(found.doc, found.source)))
        return rows

    def _closest_others(self, vectors: Vectors, position: dict[int, int],
                        per_doc: dict[int, list[Candidate]]) -> dict[int, float]:
        """For each article, its highest cosine to a candidate that is neither its best earlier
        candidate nor a sibling of it (a candidate at least as close to that source)."""
        sources = {d: best_earlier(self.dates.get(d, (None, False))[0], cands) for d, cands in per_doc.items()}
        pairs = [(d, c) for d, cands in per_doc.items() if sources[d] for c in cands if c.key != sources[d].key]
        to_source = full_cosines(vectors, [position[sources[d].key] for d, _ in pairs],
                                 [position[c.key] for _, c in pairs])
        by_doc: dict[int, list[float]] = {}
        for (d, _), s in zip(pairs, to_source):
            by_doc.setdefault(d, []).append(float(s))
        return {d: closest_other(sources[d], cands, by_doc.get(d, [])) for d, cands in per_doc.items()}

    def _aligner(self, doc: int) -> Callable[[int], Alignment]:
        def aligned_with(source: int) -> Alignment:
            rows = ls.articles_by_id(self.conn, [doc, source])
            return align(rows[doc].text, rows[source].text)
        return aligned_with

    def _containments(self, doc: int, others: list[int]) -> dict[int, float]:
        if not others:
            return {}
        missing = [a for a in [doc] + others if a not in self._shingles]
        fresh = {a: shingles(words(row.text), 3) for a, row in ls.articles_by_id(self.conn, missing).items()}
        sets = {a: fresh[a] if a in fresh else self._shingles[a] for a in [doc] + others}
        for a, found in fresh.items():
            if len(self._shingles) >= _SHINGLE_CACHE:
                self._shingles.pop(next(iter(self._shingles)))
            self._shingles[a] = found
        return {o: containment(sets[doc], sets[o]) for o in others}

    def _evidence(self, doc: int, source: int) -> dict[str, list[str]]:
        rows = ls.articles_by_id(self.conn, [doc, source])
        statements = sorted(ls.statements_of_articles(self.conn, [doc]), key=lambda s: s.id)
        return evidence(rows[doc].text, rows[source].text, [(s.statement.kind, s.statement.words) for s in statements])


def story_clusters(initial: Sequence[Sequence[int]], left: np.ndarray, right: np.ndarray,
                   sims: np.ndarray) -> list[list[int]]:
    """``average_linkage`` of the ``initial`` clusters (of article ids) over the edges (left[k],
    right[k], sims[k]), one connected component at a time (``linkage_by_key``): the same clusters
    in the same order as over the whole graph at once, with memory bounded by the largest component."""
    items = np.fromiter((a for c in initial for a in c), dtype=np.int64)
    owner = np.repeat(np.arange(len(initial)), [len(c) for c in initial])
    by_item = np.argsort(items)
    items, owner = items[by_item], owner[by_item]
    ends = (owner[np.searchsorted(items, left)], owner[np.searchsorted(items, right)])
    graph = sparse.coo_matrix((np.ones(len(left)), ends), shape=(len(initial), len(initial)))
    _, label = connected_components(graph, directed=False)
    found: dict[int, list[int]] = {}
    linked = np.zeros(len(initial), dtype=bool)  # in a component with edges
    edge_order = np.argsort(label[ends[0]], kind="stable")  # each component's edges in the given order
    node_order = np.argsort(label, kind="stable")
    edge_labels, edge_starts = np.unique(label[ends[0]][edge_order], return_index=True)
    node_starts = np.searchsorted(label[node_order], edge_labels)
    node_ends = np.searchsorted(label[node_order], edge_labels, side="right")
    for k, (lo, hi) in enumerate(zip(node_starts.tolist(), node_ends.tolist())):
        nodes = node_order[lo:hi]
        linked[nodes] = True
        picked = edge_order[edge_starts[k]:edge_starts[k + 1] if k + 1 < len(edge_starts) else len(edge_order)]
        part = zip(left[picked].tolist(), right[picked].tolist(), sims[picked].tolist())
        for local, members in linkage_by_key([initial[i] for i in nodes.tolist()], part).items():
            found[int(nodes[local])] = members
    alone = (~linked).tolist()
    return [found[i] if i in found else list(c) for i, c in enumerate(initial) if i in found or alone[i]]


Dates = Mapping[int, tuple[str | None, bool]]


def date_order(dates: Dates, article: int) -> tuple[int, str, int]:
    """Articles by date (given or inferred), undated last, then by id: the order of a story's members."""
    date = dates.get(article, (None, False))[0]
    return (0 if date else 1, date or "", article)


def story_record(members: Iterable[int], dates: Dates, docs: Mapping[int, str],
                 articles: Mapping[int, ls.ArticleRow]) -> ls.StoryRecord:
    """The stored form of one story; ``articles`` holds at least its first article."""
    ordered = sorted(members, key=partial(date_order, dates))
    first = ordered[0]
    date, inferred = dates.get(first, (None, False))
    return ls.StoryRecord(story_title(articles[first].title, articles[first].text), date, inferred, docs[first],
                          tuple(docs[m] for m in ordered))


#: Same-story pairs are matched exhaustively only in stories of at most this many articles; in
#: larger ones only copy/rewrite pairs and shared quote signatures propose pairs.
STORY_PAIRS_MAX = 30
#: Two statements' quote signatures must agree on this share of hash values for their articles to
#: be matched outside a story or copy/rewrite pair (the bands propose pairs from 2 of 64 values).
QUOTE_PAIR_MIN_AGREEMENT = 0.25


def _variants(conn: sqlite3.Connection, new_ids: list[int], report: Progress) -> tuple[int, int]:
    """Match the quotes of the new articles with those of their candidate articles (copy/rewrite
    partners, same-story articles, articles sharing a quote signature). The stored clusters they
    reach are re-matched whole: every article holding a quote of one joins the run, until no
    further stored cluster is reached, and pairs are matched among those articles only."""
    report("variants", 0, 1)
    cands = _Candidates(conn, (QUOTE,))
    source_of = ls.derived_pairs(conn)
    story_of = ls.story_membership(conn)
    members_of = ls.story_members(conn)
    article_of: dict[int, int] = {}

    def partners(articles: set[int]) -> set[tuple[int, int]]:
        found = derived_pairs(articles, source_of)
        for story in sorted({story_of[a] for a in articles if a in story_of}):
            found |= {p for p in story_pairs(members_of[story]) if p[0] in articles}
        statements = set(ls.statement_ids_of_articles(conn, sorted(articles)))
        cands.extend(statements)
        reached = set(cands.partners_of(statements).tolist()) | statements
        article_of.update(ls.statement_articles(conn, reached - article_of.keys()))
        return found | _signature_pairs(cands, statements, article_of)

    linking = set(new_ids)
    new = linking | {a for a, src in source_of.items() if src in linking}
    pairs = partners(new)
    local = new | {x for p in pairs for x in p}
    old_clusters: set[int] = set()
    while True:
        old_clusters = ls.clusters_of_articles(conn, local)
        grown = local | ls.articles_of_clusters(conn, old_clusters)
        if grown == local:
            break
        local = grown
    # the first pairs lie inside ``local`` by construction (it only grew): only the others are filtered
    pairs |= {p for p in partners(local - new) if p[0] in local and p[1] in local} if local - new else set()
    groups = _connected(pairs)
    del pairs
    n = ls.replace_clusters(conn, old_clusters, [])
    n_altered = 0
    batch: list[list[tuple[int, int]]] = []
    # the sets of articles and statements, the candidates and the groups live to the end: the
    # full collections the matching triggers, about one per few batches, would traverse them all
    with long_lived_frozen():
        for done, group in enumerate(chain(groups, [[]])):  # about _BATCH pairs of articles in memory at a time
            batch.append(group)
            if group and sum(len(g) for g in batch) < _BATCH:
                continue
            articles = _article_units(conn, {a for g in batch for p in g for a in p}, source_of)
            # a group's clusters depend on its own articles only, and its statements are in no other
            # group: each batch is stored as it is done
            records = [r for g in batch for r in group_clusters(articles, g)]
            n += ls.replace_clusters(conn, [], records)
            n_altered += sum(1 for r in records if r.altered)
            batch = []
            report("variants", done, len(groups))
    report("variants", len(groups), len(groups))
    return n, n_altered


# -- the rules proposing candidate article pairs for the matching (shared with spark-run) ----------
def derived_pairs(articles: Iterable[int], source_of: Mapping[int, int]) -> set[tuple[int, int]]:
    """(article, its source) for the articles that copy or rewrite another."""
    return {(a, source_of[a]) for a in articles if a in source_of}


def story_pairs(members: Sequence[int]) -> set[tuple[int, int]]:
    """Every ordered pair of a story's articles, or none when it has more than ``STORY_PAIRS_MAX``."""
    if len(members) > STORY_PAIRS_MAX:
        return set()
    return {(a, b) for a in members for b in members if a != b}


def signatures_agree(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Per row of two (n, num_perm) quote-signature matrices: whether the two statements' articles
    are matched, i.e. their signatures agree on at least ``QUOTE_PAIR_MIN_AGREEMENT`` of their hash
    values (an estimate of the statements' Jaccard similarity)."""
    return (left == right).mean(axis=1) >= QUOTE_PAIR_MIN_AGREEMENT


def _connected(pairs: set[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The pairs grouped by the connected components of the articles they join, in a fixed order:
    groups by their smallest article, pairs sorted within a group. With numpy and scipy over all
    pairs at once (a Python union-find and a sort of tuples cost ~7x as much at 4x the pairs)."""
    if not pairs:
        return []
    flat = np.fromiter(chain.from_iterable(pairs), dtype=np.int64, count=2 * len(pairs))
    codes = np.sort((flat[0::2] << _ID_BITS) | flat[1::2])  # sorted by (left, right)
    left, right = codes >> _ID_BITS, codes & ((1 << _ID_BITS) - 1)
    nodes, index = np.unique(np.concatenate([left, right]), return_inverse=True)  # nodes ascending
    ends = (index[:len(codes)], index[len(codes):])
    graph = sparse.coo_matrix((np.ones(len(codes)), ends), shape=(len(nodes), len(nodes)))
    _, label = connected_components(graph, directed=False)
    _, smallest = np.unique(label, return_index=True)  # per component: the position of its smallest article
    key = smallest[label[ends[0]]]
    order = np.argsort(key, kind="stable")  # by group, pairs still sorted within one
    bounds = np.flatnonzero(np.diff(key[order])) + 1
    as_tuples = list(zip(left[order].tolist(), right[order].tolist()))
    return [as_tuples[lo:hi] for lo, hi in zip([0, *bounds.tolist()], [*bounds.tolist(), len(as_tuples)])]


def _signature_pairs(cands: _Candidates, statements: set[int], article_of: dict[int, int]) -> set[tuple[int, int]]:
    """Article pairs holding a candidate statement pair (in two articles) whose signatures agree."""
    _, ids, matrix = cands.matrices[QUOTE.kind]
    left, right = cands.pairs_of(statements)
    known = np.fromiter(article_of.keys(), dtype=np.int64, count=len(article_of))
    owner = np.fromiter(article_of.values(), dtype=np.int64, count=len(article_of))
    by_id = np.argsort(known)
    known, owner = known[by_id], owner[by_id]
    article_a = owner[np.searchsorted(known, left)]
    article_b = owner[np.searchsorted(known, right)]
    apart = article_a != article_b
    left, right, article_a, article_b = left[apart], right[apart], article_a[apart], article_b[apart]
    order = np.argsort(ids)
    found: set[tuple[int, int]] = set()
    for start in range(0, len(left), _PAIR_CHUNK):  # two signature rows per pair: in chunks
        part = slice(start, start + _PAIR_CHUNK)
        rows_a = order[np.searchsorted(ids, left[part], sorter=order)]
        rows_b = order[np.searchsorted(ids, right[part], sorter=order)]
        keep = signatures_agree(matrix[rows_a], matrix[rows_b])
        found.update(zip(article_a[part][keep].tolist(), article_b[part][keep].tolist()))
    return found


def _article_units(conn: sqlite3.Connection, ids: set[int], source_of: dict[int, int]) -> dict[int, ArticleUnits]:
    out: dict[int, ArticleUnits] = {}
    statements: dict[int, list[tuple[int, int, int, str | None]]] = {}
    for s in ls.statements_of_articles(conn, sorted(ids)):
        statements.setdefault(s.article_id, []).append((s.id, s.statement.start, s.statement.end, s.statement.speaker))
    persons: dict[int, dict[str, str]] = {}
    for (article, name), person in ls.person_names(conn, ids).items():
        persons.setdefault(article, {})[name] = person
    for start in range(0, len(ids), _BATCH):
        for row in ls.articles_by_id(conn, sorted(ids)[start:start + _BATCH]).values():
            out[row.id] = article_units_of(row.id, row.doc, row.text, row.date, row.date_inferred,
                                           statements.get(row.id, []), source_of.get(row.id), persons.get(row.id))
    return out


# -- the work of one connected group of candidate pairs (shared with spark-run) -------------------
def article_units_of(article_id: int, doc: str, text: str, date: str | None, date_inferred: bool,
                     statements: Sequence[tuple[int, int, int, str | None]], source: int | None,
                     persons: Mapping[str, str] | None = None) -> ArticleUnits:
    """An article as the matching sees it; ``statements`` are its (id, start, end, speaker) in id
    order, ``persons`` maps its speaker names to the people they are (none known: names compared)."""
    units = article_units(article_id, text)
    speakers, statement_ids = speakers_of(units, statements)
    people = None if persons is None else [persons.get(n) if n else None for n in speakers]
    return ArticleUnits(article_id, (0 if date else 1, date or "", article_id), units, speakers, statement_ids,
                        source, doc, date_inferred, people)


def group_clusters(articles: dict[int, ArticleUnits], group: Sequence[tuple[int, int]]) -> list[ls.ClusterRecord]:
    """The clusters of one connected group of candidate pairs (sorted), in the order they are
    stored; ``articles`` holds at least the group's articles (others are not looked at)."""
    return [_cluster_record(c, articles) for c in match_quotes(articles, group)]


def _cluster_record(cluster: QuoteCluster, articles: dict[int, ArticleUnits]) -> ls.ClusterRecord:
    position = {m.key: i for i, m in enumerate(cluster.members)}
    quotes = []
    for m in cluster.members:
        quotes.append(ls.QuoteRecord(m.key[0], m.statement, m.unit.start, m.unit.end, m.unit.quoted, m.speaker,
                                     position.get(m.source) if m.source else None, m.relation, m.diff, m.changes,
                                     m.severity))
    names = [n for n in (articles[m.key[0]].person(m.key[1]) for m in cluster.members) if n]
    speaker = max(names, key=lambda n: (names.count(n), len(n))) if names else None  # the person quoted most
    first = articles[cluster.members[0].key[0]]
    date = first.order[1] or None
    return ls.ClusterRecord(speaker, position[cluster.root], cluster.altered, cluster.severity, date,
                            first.date_inferred if date else False, first.doc, tuple(quotes))
