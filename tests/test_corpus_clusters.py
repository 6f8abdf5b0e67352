from quotetrail.corpus.derived import Alignment, Candidate, choose_source, shared_passages
from quotetrail.corpus.stories import average_linkage


def test_average_linkage_merges_by_average_not_single_link():
    edges = [(1, 2, 0.9), (2, 3, 0.15), (3, 4, 0.9)]
    groups = sorted(sorted(g) for g in average_linkage([[i] for i in range(1, 6)], edges, threshold=0.1))
    assert groups == [[1, 2], [3, 4], [5]]  # 0.15 between pairs averages to 0.0375 once both are merged


def test_average_linkage_keeps_initial_clusters():
    groups = average_linkage([[1, 2], [3]], [(1, 3, 0.5), (2, 3, 0.4)], threshold=0.1)
    assert sorted(sorted(g) for g in groups) == [[1, 2, 3]]


def c(key, date, cos, cont=0.0):
    return Candidate(key, date, cos, cont)


def in_order(key):
    return Alignment(order=1.0, coverage=1.0)


def test_copy_needs_earlier_date():
    assert choose_source(1, "2020-01-02", [c(2, "2020-01-01", 0.95, 0.9)], in_order).relation == "copy"
    assert choose_source(1, "2020-01-01", [c(2, "2020-01-02", 0.95, 0.9)], in_order) is None
    assert choose_source(1, None, [c(2, "2020-01-01", 0.95, 0.9)], in_order) is None
    assert choose_source(1, "2020-01-01", [c(2, "2020-01-01", 0.95, 0.9)], in_order) is None


def test_rewrite_needs_clear_margin_or_strong_similarity():
    found = choose_source(1, "2020-01-05", [c(2, "2020-01-01", 0.35), c(3, "2020-01-02", 0.1)], in_order)
    assert (found.source, found.relation) == (2, "rewrite")
    # independent reports of one event: several earlier articles about as similar
    assert choose_source(1, "2020-01-05", [c(2, "2020-01-01", 0.35), c(3, "2020-01-02", 0.3)], in_order) is None
    assert choose_source(1, "2020-01-05", [c(2, "2020-01-01", 0.7), c(3, "2020-01-02", 0.6)], in_order).source == 2
    assert choose_source(1, "2020-01-05", [c(2, "2020-01-01", 0.1)], in_order) is None


def test_shared_passages():
    a = "the mayor said the bridge will close for repairs on monday morning".split()
    b = "officials said that the bridge will close for repairs on monday".split()
    assert shared_passages(a, b) == ["the bridge will close for repairs on monday"]


def test_articles_sharing_no_name_are_not_one_story():
    from collections import Counter

    from quotetrail.corpus.vectors import TermStats, full_cosines, story_scores, vectorise

    same_words = Counter({"warehouse": 2, "fire": 3, "roof": 1})
    a = same_words + Counter({"n:okafor": 1})
    b = same_words + Counter({"n:lindqvist": 1})
    c = same_words + Counter({"n:okafor": 1, "#:40": 1})
    stats = TermStats()
    stats.add([a, b, c, Counter({"other": 1})])
    vectors = vectorise([a, b, c], stats)
    story, full = story_scores(vectors, [0, 0], [1, 2]), full_cosines(vectors, [0, 0], [1, 2])
    assert story[0] == 0.0 and full[0] > 0.3  # alike words, no shared name: no story edge
    assert story[1] > 0.5


def test_story_clusters_one_component_at_a_time_equal_one_run_over_all():
    """Clustered per connected component, the stories and their order (which numbers them) are
    those of one average_linkage over the whole graph, stored stories' members included."""
    import random

    import numpy as np

    from quotetrail.corpus.link import story_clusters

    rng = random.Random(7)
    initial = [[1, 2], [3], [4, 5, 6]] + [[a] for a in range(10, 60)]
    items = [a for c in initial for a in c]
    edges = []
    groups = [items[k:k + 7] for k in range(0, 49, 7)]  # several components; items 49- alone
    for _ in range(120):
        a, b = rng.sample(rng.choice(groups), 2)
        edges.append((a, b, round(rng.choice([0.05, 0.1, 0.3, 0.6, 0.9]) * rng.random(), 3)))
    left, right, sims = (np.array(side) for side in zip(*edges))
    whole = average_linkage(initial, edges)
    assert story_clusters(initial, left, right, sims.astype(np.float64)) == whole
    assert len(whole) > 10 and any(len(c) > 2 for c in whole)


def test_vectors_built_in_blocks_against_one_vocabulary_are_bit_identical():
    """An article's row and every pair's similarity do not depend on the block it was vectorised in."""
    from collections import Counter

    from quotetrail.corpus.vectors import TermStats, Vocabulary, full_cosines, stacked, story_scores, vectorise

    counts = [Counter({"fire": 2, "roof": 1, "n:okafor": 1}), Counter({"fire": 1, "flood": 3, "#:40": 2}),
              Counter({"n:okafor": 2, "roof": 1, "flood": 1}), Counter({"harbour": 1, "fire": 4})]
    stats = TermStats()
    stats.add(counts + [Counter({"other": 1, "n:lindqvist": 1})])
    whole = vectorise(counts, stats)
    vocabulary = Vocabulary(sorted(stats.df), stats)
    blocks = stacked([vectorise(counts[:3], stats, vocabulary), vectorise(counts[3:], stats, vocabulary)])
    left, right = [0, 0, 1, 2, 3], [1, 2, 2, 3, 0]
    assert (story_scores(whole, left, right) == story_scores(blocks, left, right)).all()
    assert (full_cosines(whole, left, right) == full_cosines(blocks, left, right)).all()
    assert (whole.full.sum(axis=1) == blocks.full.sum(axis=1)).all()
