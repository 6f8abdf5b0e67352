"""MinHash signatures and the LSH indexes that give candidate pairs (never all pairs).

Three signatures, each for one question:

- ``names``: the set of names and numbers of an article (see ``text.term_counts``). Articles on
  the same event, and rewrites of one article, share who/where/how-many even when their words
  differ, so this index proposes story and rewrite candidates.
- ``shingles``: word 3-grams of an article; near-verbatim copies share most of them.
- ``quote``: the words and word pairs of a statement, for its variants in other articles.

A signature depends only on the text, never on the rest of the corpus, so it is stored once
(``link_signatures``) and reused when new articles arrive; the LSH index is rebuilt from the stored
signatures in memory, which costs one insert per item and no hashing.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from quotetrail.corpus.text import shingles, words
from quotetrail.corpus.variants import plain_words

SEED = 7
SCHEME = "affine32"  # datasketch 2 hashing: 32-bit values, stored as 4 bytes each


@dataclass(frozen=True)
class IndexSpec:
    """How one kind of signature is hashed and banded (bands x rows = num_perm)."""

    kind: str
    num_perm: int
    bands: int
    rows: int
    max_candidates: int  # a query answering more than this keeps the first ones (a common-words guard)


NAMES = IndexSpec("names", num_perm=128, bands=128, rows=1, max_candidates=400)
SHINGLES = IndexSpec("shingles", num_perm=64, bands=16, rows=4, max_candidates=200)
QUOTE = IndexSpec("quote", num_perm=32, bands=16, rows=2, max_candidates=400)
SPECS = {spec.kind: spec for spec in (NAMES, SHINGLES, QUOTE)}


def name_features(term_counts: Iterable[str]) -> list[bytes]:
    return [t.encode("utf-8") for t in term_counts if t.startswith(("n:", "#:"))]


def shingle_features(text: str) -> list[bytes]:
    return [s.encode("utf-8") for s in shingles(words(text), 3)]


def quote_features(text: str) -> list[bytes]:
    tokens = plain_words(text)
    feats = set(tokens) | {a + " " + b for a, b in zip(tokens, tokens[1:])}
    return [f.encode("utf-8") for f in feats]


def signatures(spec: IndexSpec, feature_sets: Sequence[Sequence[bytes]]) -> list[bytes]:
    """MinHash signatures (as bytes, for storage) of many feature sets at once; an empty set gives b''."""
    out: list[bytes] = []
    nonempty = [i for i, f in enumerate(feature_sets) if f]
    hashes = MinHash.bulk([feature_sets[i] for i in nonempty], num_perm=spec.num_perm, seed=SEED, scheme=SCHEME)
    by_index = {i: m.hashvalues.astype("<u4").tobytes() for i, m in zip(nonempty, hashes)}
    for i in range(len(feature_sets)):
        out.append(by_index.get(i, b""))
    return out


class CandidateIndex:
    """A MinHash LSH index over stored signatures of one kind."""

    def __init__(self, spec: IndexSpec) -> None:
        self.spec = spec
        self._lsh = MinHashLSH(num_perm=spec.num_perm, params=(spec.bands, spec.rows))

    def _minhash(self, signature: bytes) -> LeanMinHash:
        return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(signature, dtype="<u4"), scheme=SCHEME)

    def add_many(self, items: Iterable[tuple[int, bytes]]) -> None:
        with self._lsh.insertion_session() as session:
            for key, signature in items:
                if signature:
                    session.insert(key, self._minhash(signature), check_duplication=False)

    def query(self, signature: bytes) -> list[int]:
        if not signature:
            return []
        found = self._lsh.query(self._minhash(signature))
        if len(found) > self.spec.max_candidates:
            found = sorted(found)[-self.spec.max_candidates:]  # the most recent items
        return found
