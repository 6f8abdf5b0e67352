import pytest

from quotetrail.types import Statement
from quotetrail.corpus.variants import (Member, cluster_statements, direct_quote_words, is_altered, match_score,
                                        mixed_quote_words, plain_words, quote_words, speakers_compatible, word_diff)

ROOT = "Someone put a live bullet in a gun, a bullet that wasn’t even supposed to be on the property,"


@pytest.mark.parametrize("variant, altered", [
    ("Someone put a live bullet in a gun.", False),  # truncation
    ("a bullet that wasn't even supposed to be on the property", False),  # truncation, apostrophe folded
    ("SOMEONE PUT A LIVE BULLET IN A GUN, A BULLET", False),  # case and punctuation
    ("Someone put a live bullet ... to be on the property", False),  # ellipsis
    ("Someone put a live bullet to be on the property", True),  # words cut in the middle without ellipsis
    ("A bullet that wasn’t meant to be on the premises in the first place.", True),  # words changed
    ("Someone put a live bullet in a gun, a bullet that wasn't even supposed to be on the property, okay", True),
])
def test_altered(variant, altered):
    assert is_altered(plain_words(ROOT), quote_words(variant)) is altered


def test_diff_shows_changed_words():
    diff = word_diff(plain_words(ROOT), plain_words("A bullet that wasn’t meant to be on the premises in the first place."))
    assert ["-", "even supposed"] in diff and ["+", "meant"] in diff
    assert ["-", "property"] in diff and ["+", "premises in the first place"] in diff
    assert diff[0] == ["-", "someone put a live bullet in a gun"]


@pytest.mark.parametrize("a, b, ok", [
    ("alec baldwin", "baldwin", True), ("alec baldwin", "alec baldwin", True), (None, "x", True),
    ("alec baldwin", "hilaria baldwin", False), ("joe biden", "hunter biden", False),
])
def test_speakers_compatible(a, b, ok):
    assert speakers_compatible(a, b) is ok


def test_mixed_statement_counts_only_quoted_words():
    assert mixed_quote_words("he ‘didn’t pull the trigger.’") == ["didn't", "pull", "the", "trigger"]
    assert mixed_quote_words('the “trigger wasn’t pulled” and “not me”') == ["trigger", "wasn't", "pulled", "…", "not", "me"]


def test_unrelated_quotes_do_not_match():
    assert match_score(plain_words("I'd never point a pistol at someone and pull the trigger"),
                       plain_words("The trigger wasn't pulled. I didn't pull the trigger, said the actor today"), True) == 0


def _m(i, doc, text, kind="direct", speaker="Alec Baldwin"):
    return Member(i, Statement(doc, 0, len(text), text, kind, speaker=speaker))


def test_clusters_root_diffs_and_altered_flag():
    members = [
        _m(1, "b", ROOT), _m(2, "a", "A bullet that wasn’t meant to be on the premises in the first place."),
        _m(3, "a", "Someone put a live bullet in a gun."),
        _m(4, "a", "didn’t pull the trigger.", kind="mixed"), _m(5, "b", "The trigger wasn't pulled. I didn't pull the trigger,"),
        _m(6, "b", "didn't pull the trigger", kind="mixed", speaker="Baldwin"),
        _m(7, "c", "Someone put a live bullet in a gun", speaker="Hilaria Baldwin"),
    ]
    everyone = {m.id: {o.id for o in members if o.id != m.id} for m in members}
    clusters = {frozenset(x.id for x in c.members): c for c in cluster_statements(members, everyone)}
    bullet = clusters[frozenset({1, 2, 3})]
    assert bullet.root.id == 1 and bullet.altered and bullet.altered_ids == {2}
    trigger = clusters[frozenset({4, 5, 6})]
    assert trigger.root.id == 5 and not trigger.altered
    assert all(len(c.members) > 1 for c in clusters.values())  # 7: another speaker, alone, not a cluster


def test_only_candidate_pairs_are_compared():
    members = [_m(1, "a", ROOT), _m(2, "b", "Someone put a live bullet in a gun.")]
    assert cluster_statements(members, {}) == []


from hypothesis import given, strategies as st  # noqa: E402

_words = st.lists(st.sampled_from("a bullet that was not meant to be on the property someone put live gun".split()),
                  min_size=1, max_size=25)


@given(_words, _words)
def test_diff_rebuilds_root_and_variant(root, variant):
    diff = word_diff(root, variant)
    rebuilt_root = " ".join(w for op, w in diff if op in "=-").split()
    rebuilt_variant = " ".join(w for op, w in diff if op in "=+").split()
    assert rebuilt_root == root and rebuilt_variant == variant


@given(_words, st.data())
def test_a_contiguous_run_is_never_altered(root, data):
    start = data.draw(st.integers(0, len(root) - 1))
    end = data.draw(st.integers(start + 1, len(root)))
    assert not is_altered(root, root[start:end])
    assert match_score(root[start:end], root, known_speakers=True) == 1.0


def test_attribution_inside_a_direct_statement_is_not_quoted_words():
    text = "Someone put a live bullet in a gun,” Baldwin said. “Someone is responsible for what happened."
    words = [w for w in direct_quote_words(text) if w != "…"]
    assert "said" not in words and words[:3] == ["someone", "put", "a"] and words[-2:] == ["what", "happened"]
