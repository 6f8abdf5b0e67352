"""Variants of one statement across articles, MemeTracker-style.

Statements are compared as word sequences (case, punctuation and typographic quotes folded away).
A shorter statement joins a longer one when it is a contiguous run of it (a truncation) or when the
two share enough words in order; each statement attaches to its best longer match, so every
cluster is a tree whose root is the fullest version. Each member carries a word-level diff
against the root; a direct (or mixed) quote whose words differ from the root by more than
truncation or an ellipsis is ``altered``.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from quotetrail.corpus.text import STOPWORDS, fold
from quotetrail.types import Statement

VERBATIM_KINDS = frozenset({"direct", "mixed", "post"})  # words claimed to be the speaker's own
QUOTED_KINDS = frozenset({"direct", "mixed"})  # words the article puts in quote marks: can be altered
ELLIPSIS = "\u2026"
#: A shorter statement joins a longer one when the words they share in order cover this share of
#: the shorter one (and at least MIN_SHARED words), or when it is a contiguous run of it.
MIN_COVER = 0.5
MIN_SHARED = 4
#: Without a known speaker on both sides, only near-identical words are trusted.
MIN_COVER_UNKNOWN_SPEAKER = 0.8
#: Shorter statements ("Rust", "no idea") are too common to say anything across articles.
MIN_WORDS = 3

_QUOTED = re.compile(r'[\u201c"]([^\u201d"]+)[\u201d"]|\u2018(.+?)\u2019(?!\w)')
_TOKEN = re.compile(r"\.\.\.|…|[^\W_]+(?:['\-][^\W_]+)*", re.UNICODE)


def quote_words(text: str) -> list[str]:
    """Lower-cased words of a statement; an ellipsis is kept as one token ``…``."""
    return [ELLIPSIS if t in ("...", ELLIPSIS) else t.lower() for t in _TOKEN.findall(fold(text))]


def mixed_quote_words(text: str) -> list[str]:
    """The words a mixed statement puts in quote marks (the speaker's own), fragments joined by an
    ellipsis; the whole statement when it has no quote marks."""
    fragments = [a or b for a, b in _QUOTED.findall(text)]
    if not fragments:
        return quote_words(text)
    tokens: list[str] = []
    for fragment in fragments:
        if tokens:
            tokens.append(ELLIPSIS)
        tokens += quote_words(fragment)
    return tokens


#: Inside a direct statement: a closing mark, the attribution, the next opening mark
#: ("…property,” Baldwin said. “Someone…").
_INTERRUPTION = re.compile(r'[\u201d"]\s[^\u201c\u201d"]{1,80}?[\u201c"]')


def direct_quote_words(text: str) -> list[str]:
    """Words of a direct statement without the attribution an extractor may have left inside it
    when it joined two consecutive quotes; the pieces are joined by an ellipsis."""
    tokens: list[str] = []
    for piece in _INTERRUPTION.split(text):
        if tokens:
            tokens.append(ELLIPSIS)
        tokens += quote_words(piece)
    return tokens


def plain_words(text: str) -> list[str]:
    return [w for w in quote_words(text) if w != ELLIPSIS]


def speaker_key(name: str | None) -> str | None:
    """A speaker name folded for comparison across articles ("Alec Baldwin", "alec  baldwin")."""
    if not name or not name.strip():
        return None
    return " ".join(fold(name).lower().replace(".", " ").split())


def speakers_compatible(a: str | None, b: str | None) -> bool:
    """The same person as far as names tell: equal, or one name's words a suffix of the other's
    ("Baldwin" and "Alec Baldwin"); an unknown speaker is compatible with anyone."""
    if a is None or b is None:
        return True
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return long_[-len(short):] == short


def is_run_of(short: Sequence[str], long_: Sequence[str]) -> bool:
    """True when ``short`` appears contiguously in ``long_`` (it is a truncation of it)."""
    n = len(short)
    if n == 0 or n > len(long_):
        return False
    first = short[0]
    return any(long_[i] == first and list(long_[i:i + n]) == list(short) for i in range(len(long_) - n + 1))


def match_score(short: Sequence[str], long_: Sequence[str], known_speakers: bool) -> float:
    """How well the shorter statement matches the longer one, 0 when they are not variants."""
    if not short or not long_:
        return 0.0
    if is_run_of(short, long_):
        return 1.0
    needed = MIN_COVER if known_speakers else MIN_COVER_UNKNOWN_SPEAKER
    if sum((Counter(short) & Counter(long_)).values()) < needed * len(short):
        return 0.0  # the words in common bound the matched ones: no alignment can cover enough
    blocks = SequenceMatcher(None, list(short), list(long_), autojunk=False).get_matching_blocks()
    shared = sum(b.size for b in blocks)
    content = sum(1 for b in blocks for w in short[b.a:b.a + b.size] if w not in STOPWORDS)
    cover = shared / len(short)
    if cover >= needed and shared >= min(MIN_SHARED, len(short)) and content >= 1:
        return cover
    return 0.0


def word_diff(root: Sequence[str], variant: Sequence[str]) -> list[list[str]]:
    """The word-level diff of ``variant`` against ``root``: ``[op, words]`` with op ``=`` (same),
    ``-`` (root words the variant lacks) or ``+`` (words the variant has instead or in addition)."""
    ops: list[list[str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, list(root), list(variant), autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(["=", " ".join(root[i1:i2])])
            continue
        if i2 > i1:
            ops.append(["-", " ".join(root[i1:i2])])
        if j2 > j1:
            ops.append(["+", " ".join(variant[j1:j2])])
    return ops


def is_altered(root: Sequence[str], variant_tokens: Sequence[str]) -> bool:
    """True when the variant's words differ from the root's beyond truncation and ellipsis.

    Leading and trailing root words may be missing (the quote was cut); words missing in the
    middle are allowed only where the variant shows an ellipsis; any added or replaced word alters.
    """
    words: list[str] = []
    gaps_allowed: set[int] = set()  # positions in ``words`` where an ellipsis stood
    for token in variant_tokens:
        if token == ELLIPSIS:
            gaps_allowed.add(len(words))
        else:
            words.append(token)
    if not words:
        return False
    opcodes = SequenceMatcher(None, list(root), words, autojunk=False).get_opcodes()
    equal_seen = False
    for index, (tag, _i1, _i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            equal_seen = True
            continue
        if j2 > j1:  # the variant has words the root does not
            return True
        interior = equal_seen and any(t == "equal" for t, *_ in opcodes[index + 1:])
        if interior and j1 not in gaps_allowed:
            return True
    return not equal_seen


@dataclass
class Member:
    """A statement as the variant clustering sees it."""

    id: int  # statement id in the store
    statement: Statement
    date: str | None = None  # the article's date (given or inferred), for the timeline
    date_inferred: bool = False
    tokens: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)

    @property
    def doc(self) -> str:
        return self.statement.doc

    @property
    def text(self) -> str:
        return self.statement.text

    @property
    def kind(self) -> str:
        return self.statement.kind

    @property
    def speaker(self) -> str | None:
        return self.statement.speaker

    def __post_init__(self) -> None:
        if not self.tokens:
            by_kind = {"mixed": mixed_quote_words, "direct": direct_quote_words}
            self.tokens = by_kind.get(self.kind, quote_words)(self.text)
            self.words = [w for w in self.tokens if w != ELLIPSIS]


@dataclass
class Cluster:
    root: Member
    members: list[Member]
    speaker: str | None
    diffs: dict[int, list[list[str]]]
    altered_ids: set[int]

    @property
    def altered(self) -> bool:
        return bool(self.altered_ids)


def _length_order(m: Member) -> tuple[int, int, int]:
    return (-len(m.words), 0 if m.kind in VERBATIM_KINDS else 1, m.id)


def cluster_statements(members: Sequence[Member], candidates: dict[int, set[int]]) -> list[Cluster]:
    """Group statements into variant clusters.

    ``candidates`` maps a statement id to the ids it may be a variant of (from the LSH bands; the
    relation is symmetric). Statements are visited from the longest down; each joins the cluster
    of its best-matching longer candidate, so no pair outside ``candidates`` is ever compared.
    """
    members = [m for m in members if len(m.words) >= MIN_WORDS]
    by_id = {m.id: m for m in members}
    order = sorted(members, key=_length_order)
    rank = {m.id: i for i, m in enumerate(order)}
    key = {m.id: speaker_key(m.speaker) for m in members}
    cluster_of: dict[int, int] = {}
    for m in order:
        best, best_score = None, 0.0
        for other_id in candidates.get(m.id, ()):
            other = by_id.get(other_id)
            if other is None or rank[other_id] >= rank[m.id] or other_id not in cluster_of:
                continue
            a, b = key[m.id], key[other_id]
            if not speakers_compatible(a, b):
                continue
            score = match_score(m.words, other.words, known_speakers=a is not None and b is not None)
            if score > best_score or (score == best_score and best is not None and rank[other_id] < rank[best]):
                best, best_score = other_id, score
        cluster_of[m.id] = cluster_of[best] if best is not None and best_score > 0 else m.id
    groups: dict[int, list[Member]] = {}
    for m in order:
        groups.setdefault(cluster_of[m.id], []).append(m)
    return [_finish(group) for group in groups.values() if len(group) > 1]


def _finish(group: list[Member]) -> Cluster:
    verbatim = [m for m in group if m.kind in VERBATIM_KINDS]
    root = min(verbatim or group, key=_length_order)
    diffs: dict[int, list[list[str]]] = {}
    altered: set[int] = set()
    for m in group:
        diffs[m.id] = word_diff(root.words, m.words)
        if m is not root and m.kind in QUOTED_KINDS and root.kind in VERBATIM_KINDS and is_altered(root.words, m.tokens):
            altered.add(m.id)
    names = [m.speaker for m in group if m.speaker]
    speaker = max(names, key=lambda n: (len(n), names.count(n))) if names else None
    return Cluster(root=root, members=group, speaker=speaker, diffs=diffs, altered_ids=altered)
