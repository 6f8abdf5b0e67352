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
