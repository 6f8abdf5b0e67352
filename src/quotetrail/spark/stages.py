"""The plain-Python bodies of the ``spark-run`` stages: no Spark needed, tested without a cluster.

Each function is what one Spark task does to one record or one group: read a file into units,
extract an article, hash texts, or link one article's neighbourhood, one story component or one
connected group of candidate article pairs of the quote matching. They call the functions
``quotetrail ingest`` and ``quotetrail link`` call, in the same order on the same values, so both
paths give the same tables (docs/spark.md).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from quotetrail.corpus.candidates import band_keys, signature_matrix
from quotetrail.dates import infer_date
from quotetrail.corpus.derived import (COPY_MIN_COSINE, Candidate, align, best_earlier, choose_source,
                                       closest_other, containment, evidence)
from quotetrail.corpus.link import (article_signatures, article_units_of, group_clusters, quote_signatures,
                                   signatures_agree, story_record)
from quotetrail.corpus.linkstore import ArticleRow, ClusterRecord, StoryRecord
from quotetrail.corpus.signatures import QUOTE, SPECS
from quotetrail.corpus.stories import TITLE_FROM_CHARS, average_linkage
from quotetrail.corpus.text import shingles, words
from quotetrail.corpus.vectors import TermStats, full_cosines, story_scores, vectorise
from quotetrail.errors import REJECTION_CODES
from quotetrail.ingest.readers import Unit, iter_units
from quotetrail.ingest.run import Present, process_unit
from quotetrail.store import people
from quotetrail.store.db import article_key, to_column, words_column
from quotetrail.types import STATEMENT_FIELDS, ArticleResult, Rejection

Order = tuple[int, int]  # (file number, unit number in the file): the order ingest reads in


# -- reading and extraction -------------------------------------------------------------------
def read_file(numbered: tuple[int, str]) -> Iterator[tuple[Order, Unit]]:
    """The units of one input file (articles, rejections, HTML pages still to parse), numbered."""
    file_no, path = numbered
    for unit_no, (unit, _) in enumerate(iter_units(Path(path))):
        yield (file_no, unit_no), unit


def _nothing_stored(key: str) -> bool:
    return False


def outcome(unit: Unit) -> ArticleResult | Rejection:
    """What ``quotetrail ingest`` makes of one unit in an empty store."""
    found = process_unit(unit, _nothing_stored)
    assert not isinstance(found, Present)
    return found


def rejection_rows(order: Order, found: ArticleResult | Rejection) -> list[tuple[tuple[int, int, int], str, str, str]]:
    """(order, item, code, detail) of what ingest records in ``rejections`` for this outcome: the
    rejection itself, or one row per input problem (flag) of an article it keeps."""
    if isinstance(found, Rejection):
        return [((*order, 0), found.item, found.code, found.detail)]
    return [((*order, n), found.article.id, flag, REJECTION_CODES.get(flag, flag))
            for n, flag in enumerate(found.article.flags, start=1)]


def key_of(found: ArticleResult) -> str:
    return article_key(found.article)


def inferred_date(found: ArticleResult) -> tuple[str | None, bool]:
    """The article's date as linking leaves it: as given, or inferred from its content."""
    if found.article.date:
        return found.article.date, False
    date = infer_date(found.article.text, [s.date for s in found.statements if s.date is not None])
    return (date.isoformat(), True) if date else (None, False)


def article_row(article_id: int, doc: str, found: ArticleResult, at: str) -> dict[str, Any]:
    a = found.article
    date, inferred = inferred_date(found)
    return {"id": article_id, "doc": doc, "key": key_of(found), "title": a.title, "url": a.url, "outlet": a.outlet,
            "author": a.author, "date": date, "date_inferred": int(inferred), "flags": json.dumps(list(a.flags)),
            "truncated": int(found.truncated),
            "boilerplate": json.dumps([[s.start, s.end, s.label] for s in found.boilerplate]),
            "text": a.text, "linked": 1, "ingested_at": at}


def statement_rows(article_id: int, doc: str, found: ArticleResult) -> list[dict[str, Any]]:
    """The article's statements as ``Store.add_result`` stores them, in its order (ids still to give)."""
    return [{"article_id": article_id,
             **{name: doc if name == "doc" else to_column(name, getattr(s, name)) for name in STATEMENT_FIELDS},
             "words": words_column(s)}
            for s in found.statements]


def speaker_rows(article_id: int, found: ArticleResult) -> list[dict[str, Any]]:
    return [{"article_id": article_id, "name": sp.name, "aliases": json.dumps(list(sp.aliases)),
             "handles": json.dumps(list(sp.handles))} for sp in found.speakers]


# -- signatures and bands ---------------------------------------------------------------------
def article_signature_rows(batch: Sequence[tuple[int, str, str | None]]) -> list[tuple[int, dict[str, int], bytes, bytes]]:
    """(id, term counts, names signature, shingles signature) of (id, text, title) articles."""
    counts, names, shingle_sigs = article_signatures(list(batch))
    return [(item[0], dict(c), n, s) for item, c, n, s in zip(batch, counts, names, shingle_sigs)]


def quote_signature_rows(batch: Sequence[tuple[int, str]]) -> list[tuple[int, bytes]]:
    return list(zip([i for i, _ in batch], quote_signatures([t for _, t in batch])))


def band_rows(kind: str, items: Sequence[tuple[int, bytes]]) -> Iterator[tuple[str, int, int, int]]:
    """(kind, band, key, item) of each stored signature, as ``candidates.candidate_lists`` bands
    them (keys as signed 64-bit integers, Spark's long)."""
    spec = SPECS[kind]
    items = [(i, sig) for i, sig in items if len(sig) == 4 * spec.num_perm]
    if not items:
        return
    matrix = np.frombuffer(b"".join(sig for _, sig in items), dtype="<u4").reshape(len(items), spec.num_perm)
    keys = band_keys(matrix, spec.bands, spec.rows).view(np.int64)
    for (item, _), row in zip(items, keys.tolist()):
        for band, key in enumerate(row):
            yield kind, band, key, item


# -- linking ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Neighbour:
    """An article as the links of its neighbourhood see it (date after inference)."""

    id: int
    doc: str
    date: str | None
    text: str
    counts: Mapping[str, int]


def neighbourhood_links(article: Neighbour, candidates: Iterable[Neighbour], statements: Sequence[tuple[str, str]],
                        stats: TermStats) -> tuple[list[tuple[int, int, float]], dict[str, Any] | None]:
    """The story edges from ``article`` to its later-numbered candidates, and its copy/rewrite
    source (a ``derived`` row) or None: ``link_corpus``'s stories and derived steps for one article.

    ``statements`` are the article's (kind, text), in id order. Term vectors are built for the
    neighbourhood alone; a row does not depend on the other rows (``vectorise``).
    """
    cands = sorted(candidates, key=lambda c: c.id)
    if not cands:
        return [], None
    by_id = {c.id: c for c in cands}
    position = {article.id: 0} | {c.id: i for i, c in enumerate(cands, start=1)}
    vectors = vectorise([Counter(article.counts)] + [Counter(c.counts) for c in cands], stats)
    later = [c.id for c in cands if c.id > article.id]
    edges = [(article.id, b, float(x))
             for b, x in zip(later, story_scores(vectors, [0] * len(later), [position[b] for b in later]))]
    cosines = full_cosines(vectors, [0] * len(cands), [position[c.id] for c in cands])
    per = [Candidate(c.id, c.date, float(x)) for c, x in zip(cands, cosines)]
    source = best_earlier(article.date, per)
    others = [c for c in per if source is not None and c.key != source.key]
    to_source = (full_cosines(vectors, [position[source.key]] * len(others), [position[c.key] for c in others])
                 if source is not None else [])
    closest = closest_other(source, per, [float(s) for s in to_source])
    close = [c.key for c in per if c.cosine >= COPY_MIN_COSINE]
    if close:
        mine = shingles(words(article.text), 3)
        contained = {o: containment(mine, shingles(words(by_id[o].text), 3)) for o in close}
        per = [Candidate(c.key, c.date, c.cosine, contained.get(c.key, 0.0)) for c in per]
    found = choose_source(article.id, article.date, per, lambda key: align(article.text, by_id[key].text),
                          len(article.text.split()), closest)
    if found is None:
        return edges, None
    src = by_id[found.source]
    return edges, {"doc": article.doc, "source": src.doc, "relation": found.relation, "score": found.score,
                   "evidence": json.dumps(evidence(article.text, src.text, statements), ensure_ascii=False)}


@dataclass(frozen=True)
class StoryNode:
    id: int
    doc: str
    title: str | None
    date: str | None
    date_inferred: bool
    lead: str  # the first TITLE_FROM_CHARS characters of the text: all a story title needs


def lead(text: str) -> str:
    return text[:TITLE_FROM_CHARS]


def story_component(nodes: Sequence[StoryNode], edges: Iterable[tuple[int, int, float]]) -> list[tuple[int, StoryRecord]]:
    """The stories of one connected component of the story graph, each with its key: the article
    whose cluster absorbed the others (stories are numbered in the order of their keys, as
    ``average_linkage`` over the whole corpus numbers them)."""
    ids = sorted(n.id for n in nodes)
    clusters = average_linkage([[i] for i in ids], sorted(edges))
    dates = {n.id: (n.date, n.date_inferred) for n in nodes}
    docs = {n.id: n.doc for n in nodes}
    rows = {n.id: ArticleRow(n.id, n.doc, n.title, n.date, n.date_inferred, n.lead) for n in nodes}
    return [(members[0], story_record(members, dates, docs, rows)) for members in clusters]


@dataclass(frozen=True)
class QuoteArticle:
    """An article as the quote matching needs it (date after inference)."""

    id: int
    doc: str
    text: str
    date: str | None
    date_inferred: bool
    source: int | None  # the article it copies or rewrites
    statements: tuple[tuple[int, int, int, str | None], ...]  # (id, start, end, speaker) in id order
    persons: tuple[tuple[str, str], ...] = ()  # (speaker name, the person it is)


def agreeing_pairs(batch: Sequence[tuple[int, int, bytes, bytes]]) -> list[tuple[int, int]]:
    """(article, article) of the (article, article, quote signature, quote signature) rows of
    candidate statement pairs whose signatures agree (``link.signatures_agree``)."""
    _, left = signature_matrix([(n, row[2]) for n, row in enumerate(batch)], QUOTE.num_perm)
    _, right = signature_matrix([(n, row[3]) for n, row in enumerate(batch)], QUOTE.num_perm)
    return [(row[0], row[1]) for row, keep in zip(batch, signatures_agree(left, right).tolist()) if keep]


def variant_group(articles: Iterable[QuoteArticle], pairs: Iterable[tuple[int, int]]) -> list[tuple[int, ClusterRecord]]:
    """The variant clusters of one connected group of candidate article pairs, each with its
    position in the group (``link_corpus`` stores a group's clusters in this order)."""
    units = {a.id: article_units_of(a.id, a.doc, a.text, a.date, a.date_inferred, a.statements, a.source,
                                    dict(a.persons) or None)
             for a in sorted(articles, key=lambda a: a.id)}
    return list(enumerate(group_clusters(units, sorted(set(pairs)))))


# -- people -----------------------------------------------------------------------------------
def person_units(article_id: int, story: int | None, speakers: Iterable[tuple[str, str, str]],
                 said: Iterable[tuple[str, str | None, int]]) -> list[people.Unit]:
    """The people units of one article, from its ``speakers`` rows (name, aliases and handles as
    stored: JSON) and its statements' (speaker, handle, count)."""
    return people.article_units(article_id, story, [(n, json.loads(a), json.loads(h)) for n, a, h in speakers], said)


def unit_keys(unit: people.Unit, is_surname: bool) -> list[str]:
    """``people.join_keys`` of a unit as JSON text (a key Spark can group by)."""
    return [json.dumps(k, ensure_ascii=False) for k in people.join_keys(unit, people.name_key(unit.name), is_surname)]


def scope_links(units: Iterable[tuple[int, str]]) -> list[tuple[int, int]]:
    """(unit, unit) pairs the surname rule joins within one scope, given its units as (number,
    folded name)."""
    ordered = sorted(units)
    return [(ordered[j][0], ordered[joined[0]][0])
            for joined in people.scope_joins([key for _, key in ordered]) for j in joined[1:]]


def person_record(units: Iterable[tuple[int, people.Unit]]) -> tuple[str, list[str]]:
    """The name and the terms (``person_terms``) of one person, given its units with their numbers."""
    ordered = [unit for _, unit in sorted(units, key=lambda x: x[0])]
    members = range(len(ordered))
    return people.person_name(ordered, members), people.person_terms(ordered, members)
