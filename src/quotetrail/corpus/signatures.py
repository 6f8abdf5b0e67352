"""MinHash signatures, the input of the LSH banding that gives candidate pairs (never all pairs).

Three signatures, each for one question:

- ``names``: the set of names and numbers of an article (see ``text.term_counts``). Articles on
  the same event, and rewrites of one article, share who/where/how-many even when their words
  differ, so this index proposes story and rewrite candidates.
- ``shingles``: word 3-grams of an article; near-verbatim copies share most of them.
- ``quote``: the words and word pairs of a statement, for its variants in other articles.

A signature depends only on the text, never on the rest of the corpus, so it is stored once
(``link_signatures``) and reused when new articles arrive; ``candidates.py`` bands the stored
signatures again on each run, which costs no hashing.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from datasketch import MinHash

from quotetrail.corpus.text import STOPWORDS, shingles, words
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
    max_bucket: int  # a bucket with more items than this is too common to propose anything
    top_k: int  # partners kept per item, most band collisions first
    min_hits: int = 1  # band collisions a pair needs


NAMES = IndexSpec("names", num_perm=128, bands=128, rows=1, max_bucket=30, top_k=80, min_hits=2)
SHINGLES = IndexSpec("shingles", num_perm=64, bands=16, rows=4, max_bucket=50, top_k=50)
#: One hash value per band: a short cut of a long quote has a low Jaccard similarity with it (a
#: third of the words) and must still meet it; collision counts then rank the partners.
QUOTE = IndexSpec("quote", num_perm=64, bands=64, rows=1, max_bucket=50, top_k=50, min_hits=2)
SPECS = {spec.kind: spec for spec in (NAMES, SHINGLES, QUOTE)}


def name_features(term_counts: Iterable[str]) -> list[bytes]:
    return [t.encode("utf-8") for t in term_counts if t.startswith(("n:", "#:"))]


def shingle_features(text: str) -> list[bytes]:
    return [s.encode("utf-8") for s in shingles(words(text), 3)]


def quote_features(text: str) -> list[bytes]:
    """Content words and word pairs of a statement (lone function words would crowd every bucket)."""
    tokens = plain_words(text)
    feats = {t for t in tokens if t not in STOPWORDS} | {a + " " + b for a, b in zip(tokens, tokens[1:])}
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
