"""The pure parts of the web app: text pieces, word diffs, the search-query parser, the timeline layout."""
from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotetrail.web.markup import article_pieces, changed_words, marked_pieces, word_diff
from quotetrail.dates import parse_date
from quotetrail.errors import QueryError
from quotetrail.store.query import MATCH_CLOSE, MATCH_OPEN, match_spans
from quotetrail.store.query import fts_terms as fts_query
from quotetrail.web.timeline import month_bars, story_chart


def stmt(i: int, start: int, end: int, **extra: object) -> dict:
    return {"id": i, "start": start, "end": end, "kind": "direct", **extra}


# -- article pieces ------------------------------------------------------------------------------
def test_pieces_mark_statements_cues_and_mentions() -> None:
    text = "Ann said “we won” today."
    s = stmt(1, 10, 16, cue_start=4, cue_end=8, speaker_start=0, speaker_end=3)
    pieces = article_pieces(text, [s])
    assert [(p.text, p.statements, p.cue, p.speaker) for p in pieces] == [
        ("Ann", (), False, True), (" ", (), False, False), ("said", (), True, False), (" “", (), False, False),
        ("we won", (1,), False, False), ("” today.", (), False, False)]
    assert [p.ends for p in pieces] == [[], [], [], [], [s], []]


def test_nested_statements_list_the_innermost_last() -> None:
    text = "He said the plan “is dead” and more."
    outer, inner = stmt(1, 8, 30), stmt(2, 18, 25)
    pieces = article_pieces(text, [inner, outer])
    assert [(p.text, p.statements) for p in pieces if p.statements] == [
        ("the plan “", (1,)), ("is dead", (1, 2)), ("” and", (1,))]
    assert [p.ends for p in pieces if p.ends] == [[inner], [outer]]


def test_damaged_offsets_are_ignored() -> None:
    text = "short text"
    pieces = article_pieces(text, [stmt(1, 5, 500), stmt(2, -1, 3), stmt(3, 4, 4), stmt(4, 0, 5, cue_start=9,
                                                                                     cue_end=99)],
                            boilerplate=[[6, 10, "x"], [8, 2, "y"], ["a", "b"], [1]])
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.statements, p.boilerplate) for p in pieces] == [
        ("short", (4,), False), (" ", (), False), ("text", (), True)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=8))
def test_pieces_always_rebuild_the_text(text: str, spans: list[tuple[int, int]]) -> None:
    statements = [stmt(i, a, b, cue_start=b, cue_end=b + 3) for i, (a, b) in enumerate(spans)]
    pieces = article_pieces(text, statements)
    assert "".join(p.text for p in pieces) == text
    pos = 0
    for p in pieces:
        for sid in p.statements:
            s = statements[sid]
            assert s["start"] <= pos and pos + len(p.text) <= s["end"]
        pos += len(p.text)


# -- search matches ------------------------------------------------------------------------------
def test_match_spans_and_marked_pieces() -> None:
    marked = f"a {MATCH_OPEN}live{MATCH_CLOSE} {MATCH_OPEN}bullet{MATCH_CLOSE} in a gun"
    plain, spans = match_spans(marked)
    assert (plain, spans) == ("a live bullet in a gun", [(2, 6), (7, 13)])
    assert marked_pieces(plain, spans) == [("a ", False), ("live", True), (" ", False), ("bullet", True),
                                           (" in a gun", False)]
    assert marked_pieces("abc", [(1, 99), (0, 2)]) == [("ab", True), ("c", True)]


@pytest.mark.parametrize("typed, query", [
    ("live bullet", '"live" "bullet"'),
    ('"live bullet" gun', '"live bullet" "gun"'),
    ("“live bullet”", '"live bullet"'),
    ("prem*", '"prem"*'),
    ("wasn’t", '"wasn t"'),  # one phrase, as FTS5 splits the word at the apostrophe
    ("NOT OR AND NEAR(", '"NOT" "OR" "AND" "NEAR"'),
    ('unclosed "phrase here', '"unclosed" "phrase here"'),
    ("col:umn ^start -minus", '"col" "umn" "start" "minus"'),
])
def test_fts_query_quotes_every_term(typed: str, query: str) -> None:
    assert fts_query(typed) == query


@pytest.mark.parametrize("typed", ["", "   ", "!!!", '""', "* - ^"])
def test_fts_query_without_words_is_an_error(typed: str) -> None:
    with pytest.raises(QueryError):
        fts_query(typed)


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(text, speaker, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t VALUES ('Someone put a live bullet in a gun', 'Alec Baldwin')")
    return conn


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_fts_query_never_makes_a_syntax_error(fts: sqlite3.Connection, typed: str) -> None:
    try:
        query = fts_query(typed)
    except QueryError:
        return
    fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchone()


# -- word diff -----------------------------------------------------------------------------------
def test_word_diff_of_the_altered_baldwin_quote() -> None:
    left, right = word_diff("a bullet that wasn’t even supposed to be on the property,",
                            "A bullet that wasn’t meant to be on the premises in the first place.")
    assert [r for r in left if r[1] == "removed"] == [("even supposed", "removed"), ("property,", "removed")]
    assert [r for r in right if r[1] == "added"] == [("meant", "added"), ("premises in the first place.", "added")]
    assert changed_words(left) + changed_words(right) == 9


def test_words_cut_from_either_end_are_not_changes() -> None:
    left, right = word_diff("Someone put a live bullet in a gun, a bullet that wasn’t even supposed to be there,",
                            "Someone put a live bullet in a gun.")
    assert left[-1] == ("a bullet that wasn’t even supposed to be there,", "cut")
    assert changed_words(left) + changed_words(right) == 0
    left, _ = word_diff("I did not do it, he said", "did not do it")
    assert left == [("I", "cut"), (" did not do it, ", "same"), ("he said", "cut")]
    left, right = word_diff("we will win the vote", "we will lose the vote")
    assert ("win", "removed") in left and ("lose", "added") in right


@pytest.mark.parametrize("root, variant", [
    ("didn’t pull the trigger.", "Didn't pull the trigger"),
    ("“No, no,” he said", '"No, no" he said'),
])
def test_case_quote_marks_and_edge_punctuation_are_not_changes(root: str, variant: str) -> None:
    left, right = word_diff(root, variant)
    assert changed_words(left) == changed_words(right) == 0


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=50), st.text(max_size=50))
def test_word_diff_keeps_both_texts(root: str, variant: str) -> None:
    left, right = word_diff(root, variant)
    assert "".join(t for t, _ in left) == root
    assert "".join(t for t, _ in right) == variant
    assert {tag for _, tag in left} <= {"same", "removed", "cut"} and {tag for _, tag in right} <= {"same", "added"}


# -- timeline ------------------------------------------------------------------------------------
@pytest.mark.parametrize("value, day", [
    ("2021-12-03", "2021-12-03"), ("2021-12-03T08:00:00Z", "2021-12-03"), ("December 3, 2021", "2021-12-03"),
    ("Dec 3, 2021", "2021-12-03"), ("3 December 2021", "2021-12-03"), ("last week", None), (None, None), ("", None),
])
def test_parse_date(value: str | None, day: str | None) -> None:
    parsed = parse_date(value)
    assert (parsed.isoformat() if parsed else None) == day


def article(doc: str, date: str | None, statements: int = 1) -> dict:
    return {"doc": doc, "date": date, "title": doc, "outlet": None, "statements": statements}


def test_chart_places_articles_by_date_and_undated_apart() -> None:
    arts = [article("a", "2021-12-01"), article("b", "2021-12-05", 9), article("c", None)]
    stmts = [{"id": 1, "doc": "a", "kind": "direct", "date": None, "words": "x", "cluster_id": 7, "altered": False},
             {"id": 2, "doc": "b", "kind": "direct", "date": None, "words": "y", "cluster_id": 7, "altered": True},
             {"id": 3, "doc": "c", "kind": "post", "date": "2021-12-03", "words": "z", "handle": "@z",
              "cluster_id": None, "altered": False}]
    chart = story_chart(arts, stmts, lambda d: f"/a/{d}", lambda i: f"/s/{i}")
    xa, xb, xc = (r.x for r in chart.rows)
    assert xa < chart.posts[0].x < xb < chart.band_x < xc == chart.undated_x
    assert chart.rows[1].r > chart.rows[0].r
    assert [(link.altered, link.href) for link in chart.links] == [(True, "/s/2")]
    assert chart.ticks[0].label == "2021-12-01" and chart.ticks[-1].label == "2021-12-05"


def test_links_join_each_pair_of_articles_once_and_do_not_overlap() -> None:
    arts = [article("a", "2021-12-01"), article("b", "2021-12-02"), article("c", "2021-12-03")]

    def s(i: int, doc: str, cluster: int, altered: bool = False) -> dict:
        return {"id": i, "doc": doc, "kind": "direct", "date": None, "words": f"q{i}", "cluster_id": cluster,
                "altered": altered}

    stmts = [s(1, "a", 1), s(2, "b", 1), s(3, "c", 1, True), s(4, "a", 2), s(5, "c", 2)]
    chart = story_chart(arts, stmts, str, lambda i: f"/s/{i}")
    assert [(link.altered, link.href, link.title) for link in chart.links] == [
        (False, "/s/2", "same words: q2"), (True, "/s/3", "altered: q3\nsame words: q5")]
    near, far = chart.links  # a, b, c lie on one straight line: the two curves must bend apart
    assert near.path != far.path and near.path.startswith("M") and " Q" in near.path


def test_chart_of_undated_articles_only() -> None:
    chart = story_chart([article("a", None), article("b", None)], [], str, str)
    assert chart.ticks == [] and chart.rows[0].x == chart.rows[1].x == chart.undated_x and chart.band_x is None
    assert chart.rows[0].y < chart.rows[1].y


def test_month_bars_fill_the_gaps_between_months() -> None:
    bars = month_bars([("2021-11", 2), ("2022-02", 4)])
    assert [(b.label, b.count) for b in bars] == [("2021-11", 2), ("2021-12", 0), ("2022-01", 0), ("2022-02", 4)]
    assert bars[3].height == 2 * bars[0].height and bars[1].height == 0
    assert [b.x for b in bars] == sorted(b.x for b in bars)
    assert month_bars([]) == []
