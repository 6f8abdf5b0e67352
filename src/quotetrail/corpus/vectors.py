"""Weighted term vectors of articles, for story and rewrite similarity.

Weights are TF-IDF with the document frequencies of the whole stored corpus (kept in
``link_terms`` so a later run weights new articles like the old ones). Three views:

- ``words``: content words, idf squared, so the rare words of one event outweigh the common
  words of its kind of event;
- ``names``: names and numbers, idf squared (who, where, how many tell two rehab stories apart);
- ``full``: every term with plain idf, the view a rewrite is measured in.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse


MIN_DOCS = 50


@dataclass
class TermStats:
    """Document frequencies of terms over the stored corpus."""

    n_docs: int = 0
    df: Counter[str] = field(default_factory=Counter)

    def add(self, counts: Sequence[Counter[str]]) -> None:
        for c in counts:
            self.df.update(c.keys())
        self.n_docs += len(counts)

    def idf(self, term: str) -> float:
        # A small corpus is weighted as if it had MIN_DOCS articles, so that two articles alone
        # are compared by their words rather than by idf values that are all near zero.
        return math.log((max(self.n_docs, MIN_DOCS) + 1) / (self.df.get(term, 0) + 1)) + 0.01


def _is_name(term: str) -> bool:
    return term.startswith(("n:", "#:"))


@dataclass
class Vectors:
    """Row-normalised sparse matrices, one row per article, in the order given."""

    words: sparse.csr_matrix
    names: sparse.csr_matrix
    full: sparse.csr_matrix


def vectorise(counts: Sequence[Counter[str]], stats: TermStats, vocabulary: Vocabulary | None = None) -> Vectors:
    """The three views of ``counts``, one row per article.

    Columns follow the terms' sorted order and every weight is computed with the same float
    operations as a plain loop would (``(tf * idf) * idf``, ``tf = 1 + log(n)`` from ``math.log``),
    so an article's row, and the dot product of two rows, are bit-identical whichever other
    articles share the matrix: the Spark job, which vectorises each article's neighbourhood on its
    own, gets the same similarities as ``link_corpus``, which vectorises its articles in blocks
    against one ``vocabulary`` of the whole corpus (without it, the columns are the terms of
    ``counts``).
    """
    vocab = vocabulary or Vocabulary(sorted({term for c in counts for term in c}), stats)
    terms = [term for c in counts for term in c]
    cols = np.fromiter((vocab.column[term] for term in terms), dtype=np.int64, count=len(terms))
    rows = np.repeat(np.arange(len(counts)), [len(c) for c in counts])
    n = np.fromiter((k for c in counts for k in c.values()), dtype=np.int64, count=len(terms))
    tf = np.array([0.0] + [1.0 + math.log(k) for k in range(1, int(n.max(initial=0)) + 1)])[n]
    idf = vocab.idf[cols]
    name = vocab.name[cols]
    full = tf * idf
    squared = full * idf
    shape = (len(counts), max(1, len(vocab.column)))

    def build(keep: np.ndarray | slice, values: np.ndarray) -> sparse.csr_matrix:
        m = sparse.csr_matrix((values[keep].astype(np.float32), (rows[keep], cols[keep])), shape=shape)
        m.sort_indices()  # products and sums then run over a row's terms in sorted order
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        out = sparse.diags(1.0 / norms).dot(m).tocsr()
        out.sort_indices()
        return out

    return Vectors(words=build(~name, squared), names=build(name, squared), full=build(slice(None), full))


class Vocabulary:
    """Sorted terms as matrix columns, with each term's idf and whether it is a name or number."""

    def __init__(self, terms: Sequence[str], stats: TermStats) -> None:
        self.column = {term: col for col, term in enumerate(terms)}
        self.idf = np.array([stats.idf(term) for term in terms], dtype=np.float64)
        self.name = np.array([_is_name(term) for term in terms], dtype=bool)


def stacked(blocks: list[Vectors]) -> Vectors:
    """One matrix per view of blocks vectorised against one ``Vocabulary`` (rows in block order).
    Empties ``blocks`` as it copies them, so that the blocks and the whole are not held twice."""
    parts = {view: [getattr(b, view) for b in blocks] for view in ("words", "names", "full")}
    blocks.clear()
    return Vectors(**{view: _stack(matrices) for view, matrices in parts.items()})


def _stack(parts: list[sparse.csr_matrix]) -> sparse.csr_matrix:
    """Row-stack CSR matrices with sorted indices, releasing each part once copied."""
    nnz = sum(m.nnz for m in parts)
    n_rows = sum(m.shape[0] for m in parts)
    width = parts[0].shape[1] if parts else 1
    data = np.empty(nnz, dtype=parts[0].data.dtype if parts else np.float64)
    index = np.int32 if max(nnz, width) < 2 ** 31 else np.int64
    indices = np.empty(nnz, dtype=index)
    indptr = np.zeros(n_rows + 1, dtype=index)
    row = at = 0
    while parts:
        m = parts.pop(0)
        data[at:at + m.nnz] = m.data
        indices[at:at + m.nnz] = m.indices
        indptr[row + 1:row + 1 + m.shape[0]] = m.indptr[1:] + at
        row, at = row + m.shape[0], at + m.nnz
    out = sparse.csr_matrix((data, indices, indptr), shape=(n_rows, width))
    out.has_sorted_indices = True
    return out


#: The share of the name/number view in story similarity (the rest: content words).
NAME_WEIGHT = 0.7
#: Two articles that share (next to) no name or number are not one story, however alike their words.
MIN_NAME_SIMILARITY = 0.02
_PAIR_CHUNK = 200_000


def _row_dots(m: sparse.csr_matrix, left: Sequence[int], right: Sequence[int]) -> np.ndarray:
    """The dot product of rows left[k] and right[k] of ``m``, for every k, in chunks of bounded memory."""
    out = np.zeros(len(left), dtype=np.float64)
    for start in range(0, len(left), _PAIR_CHUNK):
        a = np.asarray(left[start:start + _PAIR_CHUNK])
        b = np.asarray(right[start:start + _PAIR_CHUNK])
        out[start:start + len(a)] = np.asarray(m[a].multiply(m[b]).sum(axis=1)).ravel()
    return out


def story_scores(vectors: Vectors, left: Sequence[int], right: Sequence[int]) -> np.ndarray:
    """Story similarity of each pair of rows (left[k], right[k]): names and content words combined,
    0 when the pair shares (next to) no name or number."""
    names = _row_dots(vectors.names, left, right)
    combined = (1 - NAME_WEIGHT) * _row_dots(vectors.words, left, right) + NAME_WEIGHT * names
    return np.where(names >= MIN_NAME_SIMILARITY, combined, 0.0)


def full_cosines(vectors: Vectors, left: Sequence[int], right: Sequence[int]) -> np.ndarray:
    """Cosine of each pair of rows (left[k], right[k]) in the full view (every term, plain idf)."""
    return _row_dots(vectors.full, left, right)
