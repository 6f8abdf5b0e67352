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
