"""Candidate pairs from MinHash signatures by LSH banding, vectorised with numpy.

Each band of ``rows`` hash values is a bucket key; two items colliding in a band are candidates,
and the number of bands they collide in estimates their similarity. Buckets larger than
``max_bucket`` (a name or word everybody uses) propose nothing, each item keeps its ``top_k``
partners by collisions, and only pairs with an item of ``focus`` (the new articles) are formed,
so the work grows with the new items and their neighbourhood, never with all pairs.
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from quotetrail.corpus.signatures import IndexSpec


def signature_matrix(items: Iterable[tuple[int, bytes]], num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """(ids, signatures) of stored signatures; signatures is an (n, num_perm) uint32 array."""
    ids: list[int] = []
    blobs: list[bytes] = []
    for item, sig in items:
        if len(sig) == 4 * num_perm:
            ids.append(item)
            blobs.append(sig)
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros((0, num_perm), dtype=np.uint32)
    matrix = np.frombuffer(b"".join(blobs), dtype="<u4").reshape(len(ids), num_perm)
    return np.asarray(ids, dtype=np.int64), matrix


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    n = signatures.shape[0]
    parts = signatures[:, :bands * rows].astype(np.uint64).reshape(n, bands, rows)
    keys = np.zeros((n, bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(rows):
            keys = keys * np.uint64(0x100000001B3) + parts[:, :, r]
    return keys


def unique_sorted(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` by sorting. numpy 2.4's ``np.unique`` without ``return_*`` hashes, and
    on pair codes (an item shifted left, or'd with its partner) its time grows faster than the
    array: 4.0 s of CPU at 3 million codes, 25 s at 12 million, where sorting takes 0.03 s and 0.15 s."""
    ordered = np.sort(values)
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered


def _band_pairs(column: np.ndarray, focus: np.ndarray, max_bucket: int) -> np.ndarray:
    """Pairs (as int64 codes i * n + j, i < j, row positions) of rows sharing a key in one band."""
    n = column.shape[0]
    order = np.argsort(column, kind="stable")
    values = column[order]
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    sizes = np.diff(np.r_[starts, n])
    out = []
    for size in unique_sorted(sizes):
        if size < 2 or size > max_bucket:
            continue
        group_starts = starts[sizes == size]
        members = order[group_starts[:, None] + np.arange(size)[None, :]]  # (groups, size) row positions
        members.sort(axis=1)
        first, second = np.triu_indices(size, 1)
        a, b = members[:, first].ravel(), members[:, second].ravel()
        keep = focus[a] | focus[b]
        out.append(a[keep].astype(np.int64) * n + b[keep])
    return np.concatenate(out) if out else np.zeros(0, dtype=np.int64)


#: Bands whose pairs are counted before they are merged into the running counts: the pairs of all
#: bands at once would be hundreds of millions at a million items.
_BANDS_PER_MERGE = 8
#: The pairs are counted in parts by their first row (this many rows a part), so that a merge's
#: sorting copies hold one part's pairs, not all of them.
_ROWS_PER_PART = 100_000


def _counted_pairs(keys_of_band: Iterable[np.ndarray], focus_mask: np.ndarray,
                   max_bucket: int) -> tuple[np.ndarray, np.ndarray]:
    """(pair codes, sorted; bands each pair collides in) over all bands."""
    n = focus_mask.shape[0]
    parts = -(-n // _ROWS_PER_PART)
    bounds = np.arange(1, parts, dtype=np.int64) * (_ROWS_PER_PART * n)  # code = first row * n + second
    codes = [np.zeros(0, dtype=np.int64) for _ in range(parts)]
    hits = [np.zeros(0, dtype=np.int64) for _ in range(parts)]
    pending: list[list[np.ndarray]] = [[] for _ in range(parts)]

    def merge(p: int) -> None:
        fresh, counts = np.unique(np.concatenate(pending[p]), return_counts=True)
        merged, where = np.unique(np.concatenate([codes[p], fresh]), return_inverse=True)
        hits[p] = np.bincount(where, weights=np.concatenate([hits[p], counts]), minlength=len(merged)).astype(np.int64)
        codes[p] = merged
        pending[p] = []

    for column in keys_of_band:
        found = np.sort(_band_pairs(column, focus_mask, max_bucket))
        for p, piece in enumerate(np.split(found, np.searchsorted(found, bounds))):
            pending[p].append(piece)
            if len(pending[p]) == _BANDS_PER_MERGE:
                merge(p)
    for p in range(parts):
        if pending[p]:
            merge(p)
    return np.concatenate(codes), np.concatenate(hits)


def candidate_pairs(ids: np.ndarray, signatures: np.ndarray, spec: IndexSpec, focus: set[int],
                    min_hits: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """(item, partner) id arrays for every item that pairs with an item of ``focus``: its ``top_k``
    partners, grouped by item in row order, most collisions first."""
    n = len(ids)
    empty = np.zeros(0, dtype=np.int64)
    if n < 2 or not focus:
        return empty, empty
    focus_mask = np.isin(ids, np.fromiter(focus, dtype=np.int64, count=len(focus)))
    bands = (band_keys(signatures[:, b * spec.rows:(b + 1) * spec.rows], 1, spec.rows)[:, 0]
             for b in range(spec.bands))  # one band's keys at a time
    pairs, hits = _counted_pairs(bands, focus_mask, spec.max_bucket)
    keep = hits >= min_hits
    pairs, hits = pairs[keep], hits[keep]
    if pairs.size == 0:
        return empty, empty
    a, b = pairs // n, pairs % n
    src = np.concatenate([a, b])
    dst = np.concatenate([b, a])
    cnt = np.concatenate([hits, hits])
    order = np.lexsort((-cnt, src))
    src, dst = src[order], dst[order]
    starts = np.flatnonzero(np.r_[True, src[1:] != src[:-1]])
    rank = np.arange(len(src)) - np.repeat(starts, np.diff(np.r_[starts, len(src)]))
    keep = rank < spec.top_k
    return ids[src[keep]], ids[dst[keep]]


def candidate_lists(ids: np.ndarray, signatures: np.ndarray, spec: IndexSpec, focus: set[int],
                    min_hits: int = 1) -> dict[int, list[int]]:
    """For every item that pairs with an item of ``focus``: its partners, most collisions first."""
    out: dict[int, list[int]] = {}
    for s, d in zip(*(side.tolist() for side in candidate_pairs(ids, signatures, spec, focus, min_hits))):
        out.setdefault(s, []).append(d)
    return out
