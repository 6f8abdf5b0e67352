"""The variants stage's whole-corpus steps give the answer of the plain algorithms they replace,
and its loop over the groups does not make Python's collector traverse the corpus-wide objects."""
import gc
import random
import sys
from pathlib import Path

import numpy as np

from quotetrail.corpus import link
from quotetrail.corpus.candidates import unique_sorted
from quotetrail.corpus.heap import long_lived_frozen
from quotetrail.corpus.link import _Candidates, _connected, link_corpus
from quotetrail.corpus.linkstore import save_signatures
from quotetrail.corpus.signatures import QUOTE, quote_features, signatures
from quotetrail.store.db import Store
from quotetrail.types import Article, ArticleResult, Statement

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from gen_synthetic import Generator  # noqa: E402


def _union_find_groups(pairs: set[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The reference: a union-find joining each pair's articles, groups ordered by their smallest
    article, pairs sorted within a group."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[tuple[int, int]]] = {}
    for p in sorted(pairs):
        groups.setdefault(find(p[0]), []).append(p)
    return [groups[k] for k in sorted(groups)]


def test_connected_groups_are_the_union_find_groups_in_the_same_order():
    rng = random.Random(5)
    for _ in range(200):
        n = rng.randint(1, 200)
        pairs = {(rng.randint(1, n), rng.randint(1, n)) for _ in range(rng.randint(0, 300))}
        assert _connected(pairs) == _union_find_groups(pairs)


def test_connected_keeps_ids_up_to_the_id_limit():
    rng = random.Random(6)
    pairs = {(rng.randint(1, 2**31 - 1), rng.randint(1, 2**31 - 1)) for _ in range(500)} | {(7, 7), (7, 2**31 - 1)}
    assert _connected(pairs) == _union_find_groups(pairs)
    assert _connected(set()) == []


def test_unique_sorted_is_np_unique():
    rng = np.random.default_rng(2)
    for n in (0, 1, 2, 1000):
        values = rng.integers(0, 50, n).astype(np.int64) << 31 | rng.integers(0, 50, n)
        assert np.array_equal(unique_sorted(values), np.unique(values))


def test_candidate_pairs_are_deduplicated_without_the_hashing_np_unique(tmp_path, monkeypatch):
    """numpy's hashing ``np.unique`` (no return_* flags) grows faster than the array on pair codes:
    the candidate lists never call it."""
    store = Store(tmp_path / "c.db")
    rng = random.Random(3)
    words = [f"w{i}" for i in range(60)]
    sigs = signatures(QUOTE, [quote_features(" ".join(rng.sample(words, 12))) for _ in range(300)])
    with store.conn:
        save_signatures(store.conn, QUOTE.kind, zip(range(1, 301), sigs))
    cands = _Candidates(store.conn, (QUOTE,))
    calls = []
    plain = np.unique
    monkeypatch.setattr(np, "unique", lambda a, *args, **kw: calls.append(kw) or plain(a, *args, **kw))
    cands.extend(set(range(1, 301)))
    partners = cands.partners_of({1, 2, 3})
    assert len(cands.src) > 0 and len(partners) > 0
    assert not [kw for kw in calls if not kw]  # only the sorting forms (return_counts / return_inverse)
    store.close()


def _collected(obj: object) -> bool:
    """Whether ``obj`` is among the objects Python's collections traverse."""
    return any(o is obj for o in gc.get_objects())


def test_the_matching_of_the_groups_leaves_the_corpus_wide_objects_out_of_the_collections(tmp_path, monkeypatch):
    """A full collection traverses every tracked container item by item, and the matching triggers
    one every few batches: with the groups and the sets of all articles and statements among them,
    the variants stage cost the square of the corpus (issue 13). During the matching the groups
    (made before it) are not collected; afterwards they are again, and nothing stays frozen."""
    store = Store(tmp_path / "syn.db")
    with store.conn:
        for a in Generator(seed=7).articles(120):
            statements = tuple(Statement(doc=a["id"], **s) for s in a["statements"])
            store.add_result(ArticleResult(Article(id=a["id"], text=a["text"], title=a["title"], date=a["date"]),
                                           statements))
    made: list[list] = []
    seen: list[bool] = []
    connected, clusters = link._connected, link.group_clusters
    monkeypatch.setattr(link, "_connected", lambda pairs: made.append(connected(pairs)) or made[-1])
    monkeypatch.setattr(link, "group_clusters",
                        lambda articles, group: seen.append(_collected(made[0])) or clusters(articles, group))
    summary = link_corpus(store)
    assert summary.variant_clusters > 0 and seen
    assert not any(seen)
    assert _collected(made[0]) and gc.get_freeze_count() == 0
    store.close()


def test_long_lived_frozen_leaves_a_process_s_own_frozen_objects_frozen():
    """Where the process froze objects of its own, the context neither freezes more nor releases
    theirs. (The freeze count is not compared: a frozen object freed by its reference count
    leaves the permanent generation at any time.)"""
    alive = [object()]
    with long_lived_frozen():
        assert not _collected(alive)
        young = [object()]
        assert _collected(young)
    assert _collected(alive)
    gc.freeze()
    try:
        made_after_the_process_froze = [object()]
        with long_lived_frozen():
            assert _collected(made_after_the_process_froze) and not _collected(alive)
        assert not _collected(alive) and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
