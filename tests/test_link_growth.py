"""The variants stage's whole-corpus steps give the answer of the plain algorithms they replace."""
import random

from quotetrail.corpus.link import _connected


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
