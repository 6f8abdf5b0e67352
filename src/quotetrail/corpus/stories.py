"""Same-story clusters: average-linkage agglomeration over the candidate graph.

Two articles are one story when the mean similarity between their clusters stays above
``STORY_THRESHOLD``; pairs the LSH bands never proposed count as similarity 0, so the work grows
with the number of candidate edges, not with the square of the corpus. New articles start as
singletons next to the stored stories they touch, and the same merging decides whether they join
one, so stored stories are never recomputed from scratch.
"""
from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

from quotetrail.corpus.text import sentences

#: Tuned on ECB+ topics 1-22 (see docs/linking.md).
STORY_THRESHOLD = 0.10
MISSING_SIMILARITY = 0.0
#: A story without a title takes the start of its first article's first sentence.
TITLE_FROM_CHARS = 500
TITLE_CHARS = 120


def story_title(title: str | None, text: str) -> str | None:
    if title:
        return title
    first = sentences(text[:TITLE_FROM_CHARS])
    return first[0][:TITLE_CHARS] if first else None


def average_linkage(initial: Sequence[Sequence[int]], edges: Iterable[tuple[int, int, float]],
                    threshold: float = STORY_THRESHOLD) -> list[list[int]]:
    """Merge the ``initial`` clusters (lists of item ids) while the best pair's average similarity
    (sum of edge similarities / product of sizes) exceeds ``threshold``."""
    return list(linkage_by_key(initial, edges, threshold).values())


def linkage_by_key(initial: Sequence[Sequence[int]], edges: Iterable[tuple[int, int, float]],
                   threshold: float = STORY_THRESHOLD) -> dict[int, list[int]]:
    """``average_linkage``'s clusters by the position in ``initial`` of the cluster each grew from,
    in that order. Merges never cross a connected component of the edges, and the clusters of one
    component are the same whether the others are clustered with it or not: so a large graph can
    be clustered one component at a time and the results put in this order."""
    cluster_of: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    for c, items in enumerate(initial):
        members[c] = list(items)
        for item in items:
            cluster_of[item] = c
    links: dict[int, dict[int, float]] = {c: {} for c in members}
    counts: dict[int, dict[int, int]] = {c: {} for c in members}
    for a, b, sim in edges:
        ca, cb = cluster_of.get(a), cluster_of.get(b)
        if ca is None or cb is None or ca == cb or sim <= 0:
            continue
        links[ca][cb] = links[ca].get(cb, 0.0) + sim
        links[cb][ca] = links[cb].get(ca, 0.0) + sim
        counts[ca][cb] = counts[ca].get(cb, 0) + 1
        counts[cb][ca] = counts[cb].get(ca, 0) + 1
    heap: list[tuple[float, int, int]] = []

    def _average(a: int, b: int) -> float:
        pairs = len(members[a]) * len(members[b])
        seen = counts[a][b]
        # pairs the index never proposed are imputed at MISSING_SIMILARITY
        return (links[a][b] + MISSING_SIMILARITY * (pairs - seen)) / pairs

    def push(a: int, b: int) -> None:
        avg = _average(a, b)
        if avg > threshold:
            heapq.heappush(heap, (-avg, min(a, b), max(a, b)))

    for a, nbrs in links.items():
        for b in nbrs:
            if a < b:
                push(a, b)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members or b not in links[a]:
            continue
        if abs(-neg - _average(a, b)) > 1e-12:
            continue  # stale entry: a cluster grew since it was pushed
        keep, gone = (a, b) if len(members[a]) >= len(members[b]) else (b, a)
        members[keep].extend(members.pop(gone))
        gone_links = links.pop(gone)
        gone_counts = counts.pop(gone)
        gone_links.pop(keep, None)
        gone_counts.pop(keep, None)
        links[keep].pop(gone, None)
        counts[keep].pop(gone, None)
        for other, s in gone_links.items():
            links[other].pop(gone, None)
            links[keep][other] = links[keep].get(other, 0.0) + s
            links[other][keep] = links[keep][other]
            n = counts[other].pop(gone)
            counts[keep][other] = counts[keep].get(other, 0) + n
            counts[other][keep] = counts[keep][other]
        for other in links[keep]:
            push(keep, other)
    return members
