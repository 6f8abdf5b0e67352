import pytest

from quotetrail.corpus.candidates import candidate_lists, signature_matrix
from quotetrail.corpus.signatures import QUOTE, SHINGLES, IndexSpec, quote_features, shingle_features, signatures

TEXTS = [
    "the harbour fire destroyed the kessler warehouse on pier nine late on tuesday night",
    "the harbour fire destroyed the kessler warehouse on pier nine late on tuesday night",  # a copy
    "the harbour fire destroyed the kessler warehouse on pier nine on tuesday",  # near copy
    "heavy rain flooded the valley and the river burst its banks near the old bridge",
]


def _lists(spec, feats, focus, **kw):
    ids, matrix = signature_matrix(enumerate(signatures(spec, feats)), spec.num_perm)
    return candidate_lists(ids, matrix, spec, focus, **kw)


def test_signatures_are_deterministic_and_sized():
    a = signatures(SHINGLES, [shingle_features(TEXTS[0])])[0]
    assert a == signatures(SHINGLES, [shingle_features(TEXTS[1])])[0] and len(a) == 4 * SHINGLES.num_perm
    assert signatures(SHINGLES, [[]]) == [b""]


def test_near_duplicates_are_candidates_unrelated_are_not():
    found = _lists(SHINGLES, [shingle_features(t) for t in TEXTS], focus={0, 1, 2, 3})
    assert {1, 2} <= set(found[0]) and 3 not in found.get(0, [])
    assert 3 not in found or not set(found[3]) & {0, 1, 2}


def test_only_pairs_touching_the_focus_are_formed():
    found = _lists(SHINGLES, [shingle_features(t) for t in TEXTS], focus={2})
    assert set(found) == {0, 1, 2} and found[0] == [2] and found[1] == [2]


def test_crowded_buckets_propose_nothing():
    feats = [quote_features("we will rebuild the warehouse")] * 5
    assert _lists(QUOTE, feats, focus=set(range(5)))[0]
    tight = IndexSpec("quote", QUOTE.num_perm, QUOTE.bands, QUOTE.rows, max_bucket=4, top_k=10)
    assert _lists(tight, feats, focus=set(range(5))) == {}


def test_top_k_keeps_the_closest():
    feats = [shingle_features(t) for t in TEXTS[:3]]
    spec = IndexSpec("shingles", SHINGLES.num_perm, SHINGLES.bands, SHINGLES.rows, max_bucket=100, top_k=1)
    assert _lists(spec, feats, focus={0, 1, 2})[0] == [1]  # the exact copy, not the near copy


@pytest.mark.parametrize("rows_per_part,bands_per_merge", [(100_000, 8), (7, 3)])
def test_collisions_are_counted_over_every_band_as_one_count_would(monkeypatch, rows_per_part, bands_per_merge):
    """The bands' pairs are counted in parts of rows and merged in groups of bands (bounded
    memory); the counts, the min_hits filter and the top_k order are those of one count."""
    import random

    from quotetrail.corpus import candidates

    monkeypatch.setattr(candidates, "_ROWS_PER_PART", rows_per_part)
    monkeypatch.setattr(candidates, "_BANDS_PER_MERGE", bands_per_merge)
    from collections import Counter

    import numpy as np

    from quotetrail.corpus.candidates import band_keys

    rng = random.Random(3)
    spec = IndexSpec("test", num_perm=40, bands=20, rows=2, max_bucket=6, top_k=3, min_hits=2)
    matrix = np.array([[rng.randrange(3) for _ in range(spec.num_perm)] for _ in range(30)], dtype=np.uint32)
    ids = np.arange(100, 130, dtype=np.int64)
    focus = {100, 105, 117}
    keys = band_keys(matrix, spec.bands, spec.rows)
    hits: Counter = Counter()
    for b in range(spec.bands):
        buckets: dict[int, list[int]] = {}
        for row, key in enumerate(keys[:, b].tolist()):
            buckets.setdefault(key, []).append(row)
        for rows in buckets.values():
            if 2 <= len(rows) <= spec.max_bucket:
                hits.update((i, j) for i in rows for j in rows if i < j and (ids[i] in focus or ids[j] in focus))
    expected: dict[int, list[tuple[int, int]]] = {}
    for (i, j), n in hits.items():
        if n >= spec.min_hits:
            expected.setdefault(int(ids[i]), []).append((-n, 0, j))  # ties: later partners first, then
            expected.setdefault(int(ids[j]), []).append((-n, 1, i))  # earlier ones, each in row order
    want = {item: [int(ids[j]) for *_, j in sorted(found)[:spec.top_k]] for item, found in expected.items()}
    assert want and candidate_lists(ids, matrix, spec, focus, spec.min_hits) == want
