"""The pure parts of the web app: text pieces, the search-query parser, the timeline layout."""
from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotetrail.web.markup import article_pieces, marked_pieces
from quotetrail.errors import QueryError
from quotetrail.store.query import MATCH_CLOSE, MATCH_OPEN, match_spans
from quotetrail.store.query import fts_terms as fts_query


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
    marked = f"a {MATCH_OPEN}spare{MATCH_CLOSE} {MATCH_OPEN}valve{MATCH_CLOSE} in a pump"
    plain, spans = match_spans(marked)
    assert (plain, spans) == ("a spare valve in a pump", [(2, 7), (8, 13)])
    assert marked_pieces(plain, spans) == [("a ", False), ("spare", True), (" ", False), ("valve", True),
                                           (" in a pump", False)]
    assert marked_pieces("abc", [(1, 99), (0, 2)]) == [("ab", True), ("c", True)]


@pytest.mark.parametrize("typed, query", [
    ("spare valve", '"spare" "valve"'),
    ('"spare valve" pump', '"spare valve" "pump"'),
    ("“spare valve”", '"spare valve"'),
    ("yar*", '"yar"*'),
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
    conn.execute("INSERT INTO t VALUES ('Someone put a spare valve in a pump', 'Hanna Brandt')")
    return conn


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_fts_query_never_makes_a_syntax_error(fts: sqlite3.Connection, typed: str) -> None:
    try:
        query = fts_query(typed)
    except QueryError:
        return
    fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchone()
