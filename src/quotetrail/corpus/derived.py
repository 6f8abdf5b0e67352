"""Copies and rewrites: for an article, the earlier article it copies or rewrites.

- **copy**: most of the article's word 3-grams occur in the source (``COPY_CONTAINMENT``).
- **rewrite**: the same content in other words. The source must be the article's most similar
  earlier candidate (plain TF-IDF cosine) and either very similar (``REWRITE_STRONG``) or clearly
  more similar than any other earlier candidate (``REWRITE_MARGIN`` times the runner-up, above
  ``REWRITE_MIN``). Independent reports of one event resemble several earlier reports about
  equally, so they fail the margin; a rewrite resembles its one source far more than the rest.

Direction comes from dates: the source must be dated strictly earlier (given or inferred). Two
articles with no date, or the same date, are never said to derive from each other.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

COPY_CONTAINMENT = 0.7
REWRITE_STRONG = 0.6
REWRITE_MIN = 0.2
REWRITE_MARGIN = 1.5
#: Containment is only worth computing for pairs whose cosine could belong to a copy.
COPY_MIN_COSINE = 0.5
PASSAGE_MIN_WORDS = 6


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


def day(date: str | None) -> str | None:
    return date[:10] if date else None


def choose_source(doc: int, doc_date: str | None, candidates: Sequence[Candidate]) -> Derivation | None:
    """The earlier article ``doc`` copies or rewrites, or None."""
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
    ranked = sorted(earlier, key=lambda c: c.cosine, reverse=True)
    best = ranked[0]
    runner_up = ranked[1].cosine if len(ranked) > 1 else 0.0
    if best.cosine >= REWRITE_STRONG or (best.cosine >= REWRITE_MIN and best.cosine >= REWRITE_MARGIN * runner_up):
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
