"""Quotes matched by their words across candidate article pairs, each judged against its source.

Inside every candidate pair (same story, copy/rewrite, or a shared quote signature: the caller
chooses them, so the search stays sub-quadratic), each unit of the later article (``wording``) is
compared with every unit of the earlier one, quoted or not, by the stemmed content words they
share. Speakers never block a strong match; they only rank matches and admit weak ones. They are
compared as people (``ArticleUnits.persons``: the person each article's speaker name is), falling
back to the names where the person is not known.

Inside a copy/rewrite pair a quote reworded past any word match is still found by its place: the
units both articles share (any sentence, quoted or not, matched by its words) anchor an
alignment in text order, and a quoted unit left unmatched between two anchors is linked with the
unclaimed quoted unit of the source between the same anchors (``_by_position``): a rewrite keeps
its source's order, so a quote in the same slot, by a compatible speaker, is that quote reworded.

Each unit's *source* is the unit it matched in the article it derives from (copy/rewrite) when
that matched, else its strong match in the earliest article, else its best weak match. Linked
units form clusters (connected components); a unit with no source is a first appearance. A
quoted unit is ``altered`` when its words differ from its source's beyond cutting short
(``changes.is_altered``) or when its source was not quoted (``quoted_paraphrase``); a later
unit without quote marks whose source was quoted is ``paraphrased``, never altered.
"""
from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from quotetrail.corpus.changes import QUOTED_PARAPHRASE, change_types, is_altered, severity
from quotetrail.corpus.variants import speaker_key, speakers_compatible
from quotetrail.corpus.wording import Unit

#: A strong match shares at least ``STRONG_SHARED`` stems, and they are at least ``STRONG_DICE``
#: of both units' stems together (Dice), or cover ``STRONG_COVER`` of the smaller unit whose words
#: also run in the same order in the other (a quote cut short); units with the same words match
#: too. A strong match links whatever the speakers, and is the only kind that can link a quote to
#: a sentence its source did not put in quote marks.
STRONG_SHARED = 3
STRONG_DICE = 0.5
STRONG_COVER = 0.5
#: A weak match shares at least ``WEAK_SHARED`` stems covering ``WEAK_COVER`` of the smaller
#: unit; it links only inside a copy/rewrite pair.
WEAK_SHARED = 2
WEAK_COVER = 0.3
#: Two quoted units with the same speaker named on both sides (or in a copy/rewrite pair) also
#: match when the words they share in order, function words included, number at least
#: ``ORDER_SHARED`` and cover ``ORDER_COVER`` of the shorter one ("a bullet that wasn't ... to be
#: on the"): a reworded clause keeps its grammar words.
ORDER_SHARED = 4
ORDER_COVER = 0.5
#: A later quote that merges two source sentences is linked with the second one too when it
#: holds this share of that sentence's stems (with a strong match).
MERGE_COVER = 0.6
#: Anchors of the alignment by position: a unit's best match by Dice of stems among all the
#: source's units, sharing at least ``ANCHOR_SHARED`` stems at Dice ``ANCHOR_DICE`` or more.
ANCHOR_SHARED = 3
ANCHOR_DICE = 0.3
#: A slot between two anchors is aligned only when it holds at most this many unmatched quoted
#: units on either side (a wider gap is too uncertain to pair by order).
POSITION_GAP_MAX = 3
#: ... and only in a pair whose anchors hold at least this share of the later article's units: a
#: rewrite keeps its source sentence by sentence, while two independent reports of one event
#: taken for a copy/rewrite share a few sentences only (place says nothing there).
POSITION_ANCHORED_MIN = 1 / 3
#: Ranking among matches: word overlap (Dice of stems), plus these for a quoted source and for
#: speakers named alike / differently on both sides.
QUOTED_BONUS = 0.1
SPEAKER_BONUS = 0.1

#: Statements starting before a unit that are still looked at (a long statement may span it).
_OVERLAP_LOOKBACK = 8

SOURCE, VERBATIM, ALTERED, PARAPHRASED = "source", "verbatim", "altered", "paraphrased"


@dataclass
class ArticleUnits:
    """An article as the matching sees it."""

    id: int
    order: tuple  # sort key of first appearance (dated articles first, by date)
    units: list[Unit]
    speakers: list[str | None]  # per unit: the speaker of the statement it lies in, as the article names it
    statements: list[int | None]  # per unit: that statement's id
    source: int | None = None  # the article this one copies or rewrites, when known
    doc: str = ""
    date_inferred: bool = False
    #: per unit: the person its speaker is across the corpus (``people``'s name), where known;
    #: speakers are compared by it, so "Anna" and "Anna Keller" of one person agree
    persons: list[str | None] | None = None
    _index: dict[str, list[int]] | None = field(default=None, repr=False)
    _quoted_index: dict[str, list[int]] | None = field(default=None, repr=False)
    _keys: list[str | None] = field(default_factory=list, repr=False)
    _names: list[str | None] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if self.persons is not None:
            self._names = [p or s for p, s in zip(self.persons, self.speakers)]
        else:
            self._names = self.speakers
        self._keys = [speaker_key(n) for n in self._names]

    def person(self, i: int) -> str | None:
        """Unit ``i``'s speaker: the person where known, else the name the article gives."""
        return self._names[i]

    def index(self, quoted_only: bool) -> dict[str, list[int]]:
        """Stem -> positions of the units holding it (only the quoted units with ``quoted_only``)."""
        if self._index is None:
            self._index, self._quoted_index = {}, {}
            for i, unit in enumerate(self.units):
                for stem in unit.stems:
                    self._index.setdefault(stem, []).append(i)
                    if unit.quoted:
                        self._quoted_index.setdefault(stem, []).append(i)
        return self._quoted_index if quoted_only else self._index  # type: ignore[return-value]


UnitKey = tuple[int, int]  # (article id, unit position)


@dataclass(frozen=True)
class Match:
    target: UnitKey
    shared: int
    strong: bool
    rank: float


@dataclass
class QuoteMember:
    key: UnitKey
    unit: Unit
    speaker: str | None
    statement: int | None
    source: UnitKey | None
    relation: str  # source | verbatim | altered | paraphrased
    diff: list[list[str]]
    changes: list[str]
    severity: float

    @property
    def altered(self) -> bool:
        return self.relation == ALTERED


@dataclass
class QuoteCluster:
    members: list[QuoteMember]  # first appearance first, then in order of appearance
    root: UnitKey  # the fullest quoted wording (context)

    @property
    def altered(self) -> bool:
        return any(m.altered for m in self.members)

    @property
    def severity(self) -> float:
        return max((m.severity for m in self.members), default=0.0)


def _matches(later: ArticleUnits, earlier: ArticleUnits, derived: bool) -> dict[int, list[Match]]:
    """Passing matches of each unit of ``later`` among the units of ``earlier``: a quoted unit
    against every unit; a unit without quote marks only when it lies in a statement (reported
    speech), and only against the quoted units (two narrative sentences are not a quote)."""
    everything, quoted = earlier.index(False), earlier.index(True)
    targets = earlier.units
    out: dict[int, list[Match]] = {}
    for i, unit in enumerate(later.units):
        if not unit.quoted and later.statements[i] is None:
            continue
        index = everything if unit.quoted else quoted
        counts: dict[int, int] = {}
        for stem in unit.stems:
            for j in index.get(stem, ()):
                counts[j] = counts.get(j, 0) + 1
        for j, shared in counts.items():
            judged = _judge(unit, targets[j], shared, later._keys[i], earlier._keys[j], derived)
            if judged is not None and (unit.quoted or judged[0]):
                out.setdefault(i, []).append(Match((earlier.id, j), shared, *judged))
    return out


def _judge(unit: Unit, target: Unit, shared: int, speaker: str | None, target_speaker: str | None,
           derived: bool) -> tuple[bool, float] | None:
    """(strong, rank) when ``target`` matches ``unit`` with ``shared`` stems, else None."""
    sizes = len(unit.stems) + len(target.stems)
    dice = 2 * shared / sizes
    cover = shared / min(len(unit.stems), len(target.stems))
    known = speaker is not None and target_speaker is not None
    compatible = known and speakers_compatible(speaker, target_speaker)
    strong = shared >= WEAK_SHARED and unit.plain == target.plain
    if not strong and shared >= STRONG_SHARED:
        strong = dice >= STRONG_DICE or (cover >= STRONG_COVER and _in_order(unit.plain, target.plain))
    if not strong:
        if not (unit.quoted and target.quoted):
            return None
        weak = derived and shared >= WEAK_SHARED and cover >= WEAK_COVER
        if not weak and not ((derived or compatible) and _in_order(unit.plain, target.plain)):
            return None
    rank = dice + (QUOTED_BONUS if target.quoted else 0.0)
    if known:
        rank += SPEAKER_BONUS if compatible else -SPEAKER_BONUS
    return strong, rank


def _in_order(a: list[str], b: list[str]) -> bool:
    shorter = min(len(a), len(b))
    if shorter < ORDER_SHARED or sum((Counter(a) & Counter(b)).values()) < max(ORDER_SHARED, ORDER_COVER * shorter):
        return False
    matched = sum(m.size for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return matched >= max(ORDER_SHARED, ORDER_COVER * shorter)


def _choose(later: ArticleUnits, found: list[Match], order: dict[int, tuple]) -> Match:
    """The source among a unit's matches: in the article it derives from, else the strong match
    in the earliest article, else the best weak one."""
    in_source = [m for m in found if m.target[0] == later.source]
    if in_source:
        return min(in_source, key=lambda m: (-m.rank, m.target))
    strong = [m for m in found if m.strong]
    if strong:
        return min(strong, key=lambda m: (order[m.target[0]], -m.rank, m.target))
    return min(found, key=lambda m: (-m.rank, m.target))


def _anchors(later: ArticleUnits, earlier: ArticleUnits, chosen: dict[int, UnitKey]) -> list[tuple[int, int]]:
    """Unit positions ``(i, j)`` the two articles share, in text order of both: every chosen
    source in ``earlier`` and every unit's best match by its words, the longest chain increasing
    on both sides kept (a pair crossing it is a chance match)."""
    pairs = {i: key[1] for i, key in chosen.items() if key[0] == earlier.id}
    index = earlier.index(False)
    for i, unit in enumerate(later.units):
        if i in pairs:
            continue
        counts: Counter[int] = Counter(j for stem in unit.stems for j in index.get(stem, ()))
        best = max(((2 * n / (len(unit.stems) + len(earlier.units[j].stems)), -j) for j, n in counts.items()
                    if n >= ANCHOR_SHARED), default=None)
        if best is not None and best[0] >= ANCHOR_DICE:
            pairs[i] = -best[1]
    return _increasing(sorted(pairs.items()))


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of ``pairs`` (sorted by their first item) increasing in the second."""
    tails: list[int] = []  # tails[k]: index into pairs of the smallest end of a chain of length k+1
    back: list[int] = []
    for n, (_, j) in enumerate(pairs):
        k = bisect.bisect_left([pairs[t][1] for t in tails], j)
        back.append(tails[k - 1] if k else -1)
        if k == len(tails):
            tails.append(n)
        else:
            tails[k] = n
    chain: list[tuple[int, int]] = []
    at = tails[-1] if tails else -1
    while at >= 0:
        chain.append(pairs[at])
        at = back[at]
    return chain[::-1]


def _by_position(later: ArticleUnits, earlier: ArticleUnits, chosen: dict[int, UnitKey]) -> dict[int, UnitKey]:
    """Sources by place for the quoted units of ``later`` left unmatched, inside its copy/rewrite
    pair with ``earlier`` whose anchors hold ``POSITION_ANCHORED_MIN`` of its units: between two
    consecutive anchors, the unmatched quoted units of each side are paired in order when both
    sides hold as many (at most ``POSITION_GAP_MAX``); else each later unit takes the one source
    unit sharing the most stems with it, if any does. A pair whose speakers are both known and
    incompatible is never made."""
    claimed = {key[1] for key in chosen.values() if key[0] == earlier.id}
    anchors = _anchors(later, earlier, chosen)
    if len(anchors) < POSITION_ANCHORED_MIN * len(later.units):
        return {}
    chain = [(-1, -1), *anchors, (len(later.units), len(earlier.units))]
    out: dict[int, UnitKey] = {}
    for (i0, j0), (i1, j1) in zip(chain, chain[1:]):
        mine = [i for i in range(i0 + 1, i1) if later.units[i].quoted and i not in chosen]
        theirs = [j for j in range(j0 + 1, j1) if earlier.units[j].quoted and j not in claimed]
        if not mine or not theirs or max(len(mine), len(theirs)) > POSITION_GAP_MAX:
            continue
        if len(mine) == len(theirs):
            paired = list(zip(mine, theirs))
        else:
            paired = []
            for i in mine:
                shared = [(len(later.units[i].stems & earlier.units[j].stems), j) for j in theirs]
                most = max(n for n, _ in shared)
                tops = [j for n, j in shared if n == most]
                if most > 0 and len(tops) == 1:
                    paired.append((i, tops[0]))
        for i, j in paired:
            a, b = later._keys[i], earlier._keys[j]
            if a is None or b is None or speakers_compatible(a, b):
                out[i] = (earlier.id, j)
    return out


def match_quotes(articles: dict[int, ArticleUnits], pairs: Iterable[tuple[int, int]]) -> list[QuoteCluster]:
    """Clusters of linked units over the candidate article ``pairs`` (either order)."""
    order = {a.id: a.order for a in articles.values()}
    earlier_of: dict[int, set[int]] = {}
    for a, b in pairs:
        if a == b or a not in articles or b not in articles:
            continue
        first, second = sorted((a, b), key=order.__getitem__)
        earlier_of.setdefault(second, set()).add(first)
    parent: dict[UnitKey, UnitKey] = {}

    def find(x: UnitKey) -> UnitKey:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    def union(x: UnitKey, y: UnitKey) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    sources: dict[UnitKey, UnitKey] = {}
    for later_id in sorted(earlier_of, key=order.__getitem__):
        later = articles[later_id]
        found: dict[int, list[Match]] = {}
        for earlier_id in sorted(earlier_of[later_id], key=order.__getitem__):
            derived = later.source == earlier_id
            for i, ms in _matches(later, articles[earlier_id], derived).items():
                found.setdefault(i, []).extend(ms)
        chosen = {i: _choose(later, ms, order).target for i, ms in found.items()}
        if later.source in earlier_of[later_id]:
            chosen.update(_by_position(later, articles[later.source], chosen))
        for i, target in chosen.items():
            key = (later_id, i)
            sources[key] = target
            union(key, target)
            for m in found.get(i, ()):
                other = articles[m.target[0]].units[m.target[1]]
                if (m.target[0] == target[0] and m.target != target and m.strong and other.quoted
                        and later.units[i].quoted and m.shared / len(other.stems) >= MERGE_COVER):
                    union(key, m.target)
    groups: dict[UnitKey, list[UnitKey]] = {}
    for key in set(sources) | set(sources.values()):
        groups.setdefault(find(key), []).append(key)
    return [_cluster(articles, keys, sources, order) for keys in groups.values()]


def _cluster(articles: dict[int, ArticleUnits], keys: list[UnitKey], sources: dict[UnitKey, UnitKey],
             order: dict[int, tuple]) -> QuoteCluster:
    keys.sort(key=lambda k: (order[k[0]], k[1]))
    members = [_member(articles, k, sources.get(k)) for k in keys]
    quoted = [m for m in members if m.unit.quoted] or members
    root = max(quoted, key=lambda m: (len(m.unit.words), -keys.index(m.key)))
    return QuoteCluster(members, root.key)


def _member(articles: dict[int, ArticleUnits], key: UnitKey, source: UnitKey | None) -> QuoteMember:
    article = articles[key[0]]
    unit = article.units[key[1]]
    speaker, statement = article.speakers[key[1]], article.statements[key[1]]
    if source is None:
        return QuoteMember(key, unit, speaker, statement, None, SOURCE, [["=", " ".join(unit.words).lower()]], [], 0.0)
    ref = articles[source[0]].units[source[1]]
    diff = word_diff(ref, unit)
    if not unit.quoted:
        return QuoteMember(key, unit, speaker, statement, source, PARAPHRASED, diff, [], 0.0)
    changes: list[str] = []
    if not ref.quoted:
        changes = [QUOTED_PARAPHRASE]
    if is_altered(ref.plain, unit.canon):
        changes += [c for c in change_types(ref.plain, unit.canon, ref.names, unit.names) if c not in changes]
    if not changes:
        return QuoteMember(key, unit, speaker, statement, source, VERBATIM, diff, [], 0.0)
    return QuoteMember(key, unit, speaker, statement, source, ALTERED, diff, changes,
                       severity(changes, ref.plain, unit.canon))


def word_diff(source: Unit, later: Unit) -> list[list[str]]:
    """``[op, words]`` of ``later`` against ``source``, aligned on canonical words and shown as
    written (lower-cased): ``=`` same, ``-`` source words the later one lacks, ``+`` its own."""
    a, b = source.plain, later.plain
    shown_a, shown_b = [w.lower() for w in source.words], [w.lower() for w in later.words]
    ops: list[list[str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(["=", " ".join(shown_b[j1:j2])])
            continue
        if i2 > i1:
            ops.append(["-", " ".join(shown_a[i1:i2])])
        if j2 > j1:
            ops.append(["+", " ".join(shown_b[j1:j2])])
    return ops


def speakers_of(units: Sequence[Unit], statements: Sequence[tuple[int, int, int, str | None]]
                ) -> tuple[list[str | None], list[int | None]]:
    """For each unit, the (speaker, id) of the statement ``(id, start, end, speaker)`` it overlaps most."""
    ordered = sorted(statements, key=lambda s: s[1])
    starts = [s[1] for s in ordered]
    speakers: list[str | None] = []
    ids: list[int | None] = []
    for unit in units:
        best, best_overlap = None, 0
        # statements starting before the unit ends; those ending before it starts overlap nothing
        for s in ordered[max(0, bisect.bisect_left(starts, unit.start) - _OVERLAP_LOOKBACK):
                         bisect.bisect_left(starts, unit.end)]:
            overlap = min(unit.end, s[2]) - max(unit.start, s[1])
            if overlap > best_overlap:
                best, best_overlap = s, overlap
        speakers.append(best[3] if best else None)
        ids.append(best[0] if best else None)
    return speakers, ids
