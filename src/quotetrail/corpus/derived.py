"""Copies and rewrites: for an article, the earlier article it copies or rewrites.

- **copy**: most of the article's word 3-grams occur in the source (``COPY_CONTAINMENT``).
- **rewrite**: the same content in other words. The source must be the article's most similar
  earlier candidate (plain TF-IDF cosine) and either very similar (``REWRITE_STRONG``) or clearly
  more similar than any other earlier candidate (``REWRITE_MARGIN`` times the runner-up, above
  ``REWRITE_MIN``). Independent reports of one event resemble several earlier reports about
  equally, so they fail the margin; a rewrite resembles its one source far more than the rest.
  A rewrite must also keep its source's structure (``Alignment``): a machine rewrite paraphrases
  the source sentence by sentence in the same order, while an independent report of the same
  event shares names, numbers and quotes but not the order of content.

Direction comes from dates: the source must be dated strictly earlier (given or inferred). Two
articles with no date, or the same date, are never said to derive from each other.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from quotetrail.corpus.text import content_words, sentences, words
from quotetrail.corpus.variants import is_run_of, plain_words
from quotetrail.types import PART_JOINER

COPY_CONTAINMENT = 0.7
REWRITE_STRONG = 0.6
REWRITE_MIN = 0.25
REWRITE_MARGIN = 1.5
#: ... and at least this share of the article's similarity to its closest other article of any
#: date (not counting siblings: articles at least as close to the source as this one, such as
#: other rewrites of it): an article much closer to another report is one report among several.
REWRITE_RELATIVE = 0.8
#: Articles shorter than this (words) are too short to tell a rewrite from a report.
MIN_WORDS = 40
#: Containment is only worth computing for pairs whose cosine could belong to a copy.
COPY_MIN_COSINE = 0.5
PASSAGE_MIN_WORDS = 6
#: Sentence alignment (tuned on L2R rewrites and ECB+ same-event reports, docs/linking.md): an
#: article sentence aligns with the source sentence sharing the largest share of the smaller
#: one's stemmed content words, when that share is at least ``ALIGN_FLOOR``.
ALIGN_FLOOR = 0.2
#: A rewrite has at least ``ORDER_MIN`` of its sentences aligned in the source's order and covers
#: at least ``COVER_MIN`` of the source's sentences, or is an in-order condensation of the source
#: (``ORDER_SUMMARY`` of its sentences in order, however little of the source it covers).
ORDER_MIN = 0.3
COVER_MIN = 0.25
ORDER_SUMMARY = 0.8
#: Sentences with fewer stemmed content words than this ("We were lucky.") are not aligned.
SENTENCE_MIN_TERMS = 3
STEM_CHARS = 5


@dataclass(frozen=True)
class Candidate:
    key: int  # article row id
    date: str | None
    cosine: float
    containment: float = 0.0  # share of the article's 3-grams found in this candidate


@dataclass(frozen=True)
class Derivation:
    doc: int
    source: int
    relation: str  # "copy" | "rewrite"
    score: float


@dataclass(frozen=True)
class Alignment:
    """How an article's sentences line up with a candidate source's."""

    order: float  # share of the article's sentences aligned in the source's order
    coverage: float  # share of the source's sentences some article sentence aligns with

    def keeps_structure(self) -> bool:
        return (self.order >= ORDER_MIN and self.coverage >= COVER_MIN) or self.order >= ORDER_SUMMARY


def sentence_terms(text: str) -> list[frozenset[str]]:
    """Each sentence's content words cut to a crude stem (their first ``STEM_CHARS`` letters), so
    "warehouse"/"warehouses" or "inspected"/"inspection" meet; short sentences are left out."""
    found = []
    for sentence in sentences(text):
        terms = frozenset(w[:STEM_CHARS] for w in content_words(sentence))
        if len(terms) >= SENTENCE_MIN_TERMS:
            found.append(terms)
    return found


def align(doc_text: str, source_text: str) -> Alignment:
    """Align each article sentence with its most similar source sentence; ``order`` is the longest
    run of aligned positions that never goes back (a longest non-decreasing subsequence: one source
    sentence may be split in two) over the article's sentence count."""
    doc, source = sentence_terms(doc_text), sentence_terms(source_text)
    if not doc or not source:
        return Alignment(0.0, 0.0)
    positions = []
    for terms in doc:
        shares = [len(terms & other) / min(len(terms), len(other)) for other in source]
        best = max(range(len(source)), key=shares.__getitem__)
        if shares[best] >= ALIGN_FLOOR:
            positions.append(best)
    tails: list[int] = []  # tails[k]: smallest last position of a non-decreasing run of k + 1
    for p in positions:
        k = bisect.bisect_right(tails, p)
        tails[k:k + 1] = [p]
    return Alignment(len(tails) / len(doc), len(set(positions)) / len(source))


def day(date: str | None) -> str | None:
    return date[:10] if date else None


def best_earlier(doc_date: str | None, candidates: Sequence[Candidate]) -> Candidate | None:
    """The most similar candidate dated strictly before ``doc_date``."""
    mine = day(doc_date)
    earlier = [c for c in candidates if mine and day(c.date) is not None and day(c.date) < mine]
    return max(earlier, key=lambda c: c.cosine) if earlier else None


def choose_source(doc: int, doc_date: str | None, candidates: Sequence[Candidate],
                  alignment: Callable[[int], Alignment], n_words: int = MIN_WORDS,
                  closest_other: float = 0.0) -> Derivation | None:
    """The earlier article ``doc`` (of ``n_words`` words) copies or rewrites, or None.

    ``alignment(key)`` aligns the article with candidate ``key``; it is called at most once, for
    the one candidate that passes every other test of a rewrite. ``closest_other`` is the
    article's highest similarity to a candidate that is neither the best earlier one nor a
    sibling of it (see ``REWRITE_RELATIVE``).
    """
    mine = day(doc_date)
    if mine is None:
        return None
    earlier = [c for c in candidates if c.key != doc and day(c.date) is not None and day(c.date) < mine]
    if not earlier:
        return None
    copies = [c for c in earlier if c.containment >= COPY_CONTAINMENT]
    if copies:
        best = max(copies, key=lambda c: (c.containment, c.cosine, -ord_date(c.date)))
        return Derivation(doc, best.key, "copy", round(best.containment, 4))
    if n_words < MIN_WORDS:
        return None
    ranked = sorted(earlier, key=lambda c: c.cosine, reverse=True)
    best = ranked[0]
    runner_up = ranked[1].cosine if len(ranked) > 1 else 0.0
    if best.cosine < REWRITE_RELATIVE * closest_other:
        return None
    similar = best.cosine >= REWRITE_STRONG or (best.cosine >= REWRITE_MIN
                                                 and best.cosine >= REWRITE_MARGIN * runner_up)
    if similar and alignment(best.key).keeps_structure():
        return Derivation(doc, best.key, "rewrite", round(best.cosine, 4))
    return None


def ord_date(date: str | None) -> int:
    return int(day(date).replace("-", "")) if date and day(date).replace("-", "").isdigit() else 0


def containment(doc_shingles: set[str], source_shingles: set[str]) -> float:
    return len(doc_shingles & source_shingles) / len(doc_shingles) if doc_shingles else 0.0


def shared_passages(doc_words: Sequence[str], source_words: Sequence[str], limit: int = 3) -> list[str]:
    """The longest word runs the two articles share (at least ``PASSAGE_MIN_WORDS`` words)."""
    blocks = SequenceMatcher(None, list(doc_words), list(source_words), autojunk=False).get_matching_blocks()
    runs = sorted((b for b in blocks if b.size >= PASSAGE_MIN_WORDS), key=lambda b: b.size, reverse=True)
    return [" ".join(doc_words[b.a:b.a + b.size]) for b in runs[:limit]]


def closest_other(source: Candidate | None, candidates: Sequence[Candidate], to_source: Sequence[float]) -> float:
    """The article's highest cosine to a candidate that is neither its best earlier candidate
    ``source`` nor a sibling of it (a candidate at least as close to that source); ``to_source[k]``
    is the cosine between the source and the k-th candidate other than the source."""
    if source is None:
        return 0.0
    others = [c for c in candidates if c.key != source.key]
    return max((c.cosine for c, s in zip(others, to_source) if s < source.cosine), default=0.0)


#: Quotes of the article found verbatim in the source, kept as evidence (the first ones).
EVIDENCE_QUOTES = 5
EVIDENCE_KINDS = ("direct", "mixed")
EVIDENCE_MIN_WORDS = 3


def evidence(doc_text: str, source_text: str, doc_statements: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """What an article shares with its source: the longest shared word runs, and the article's
    quotes (``(kind, words)`` of its statements, ``Statement.words``) found verbatim in the source:
    each part of a quote split by its cue as a run of its own, as the source's cue may differ."""
    passages = shared_passages(words(doc_text), words(source_text))
    source_words = plain_words(source_text)
    quotes = [said for kind, said in doc_statements
              if kind in EVIDENCE_KINDS and len(plain_words(said)) >= EVIDENCE_MIN_WORDS
              and all(is_run_of(part, source_words) for part in map(plain_words, said.split(PART_JOINER)) if part)]
    return {"passages": passages, "quotes": quotes[:EVIDENCE_QUOTES]}
