"""Queries over a hand-made corpus: filters, full-text search, speakers, one article, counts."""
from __future__ import annotations

from pathlib import Path

import pytest
from corpus_fixture import build, results

from quotetrail.errors import QuotetrailError
from quotetrail.store import Store, StatementFilter, count_statements, find_speakers, find_statements, load_result, stats
from quotetrail.store.query import fts_query


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(build(tmp_path / "c.db"), readonly=True) as store:
        yield store


HARBOUR = {"since": "2024-01-01"}  # the harbour-fire articles of the test corpus
OKAFOR = ["Stay safe tonight, everyone.", "We were lucky. The wind turned just in time,",
          "the city would review safety rules", "We were fortunate."]


def texts(store: Store, **filters: str) -> list[str]:
    return [f.statement.text for f in find_statements(store, StatementFilter(**filters))]


@pytest.mark.parametrize("filters, expected", [
    (HARBOUR, ["Stay safe tonight, everyone.", "We were lucky. The wind turned just in time,",
          "the city would review safety rules", "the blaze started in a storage room",
          "It spread through the roof in minutes,", "We were fortunate."]),
    ({"speaker": "berg"}, ["the blaze started in a storage room", "It spread through the roof in minutes,"]),
    # any name, alias or handle of the person, from any article: all of Linda Okafor's statements
    ({"speaker": "Mayor Linda"}, OKAFOR),
    ({"speaker": "@MayorOkafor"}, OKAFOR),
    ({"kind": "indirect"}, ["the city would review safety rules", "the blaze started in a storage room"]),
    ({"doc": "courier-1", "kind": "direct"}, ["It spread through the roof in minutes,", "We were fortunate."]),
    ({"since": "2024-03-07"}, ["the blaze started in a storage room", "It spread through the roof in minutes,",
                               "We were fortunate."]),
    ({**HARBOUR, "until": "2024-03-05"}, ["Stay safe tonight, everyone."]),  # a post counts from its own date
    ({"outlet": "courier", "speaker": "okafor"}, ["We were fortunate."]),
    ({"search": "roof minutes"}, ["It spread through the roof in minutes,"]),
    ({"search": '"wind turned"'}, ["We were lucky. The wind turned just in time,"]),
    ({"search": "fortun*"}, ["We were fortunate."]),
    ({"search": "okafor"}, []),  # searches the statement text, not the speaker
    ({"search": "roof", "speaker": "okafor"}, []),
])
def test_statement_filters(store: Store, filters: dict[str, str], expected: list[str]) -> None:
    assert texts(store, **filters) == expected
    assert count_statements(store, StatementFilter(**filters)) == len(expected)


def test_limit_offset_and_article_metadata(store: Store) -> None:
    [found] = find_statements(store, StatementFilter(**HARBOUR), limit=1, offset=1)
    assert found.statement.text.startswith("We were lucky")
    row = found.to_dict()
    assert (row["title"], row["outlet"], row["url"], row["article_date"]) == (
        "Harbour fire", "Eastport Gazette", "https://gazette.example/fire", "2024-03-06")
    assert row["doc"] == "gazette-1" and isinstance(row["id"], int)


@pytest.mark.parametrize("text", ['"', "  ", "-- ::", 'say "x" AND OR NOT (', "it's NEAR(a b)"])
def test_search_text_never_breaks_fts(store: Store, text: str) -> None:
    try:
        query = fts_query(text)
    except QuotetrailError:
        return
    list(find_statements(store, StatementFilter(search=text)))
    assert query.startswith("words : (")


def test_speakers_across_articles(store: Store) -> None:
    speakers = find_speakers(store)
    assert [(s.name, s.statements, s.articles) for s in speakers] == [
        ("Hanna Brandt", 4, 2), ("Linda Okafor", 4, 3), ("Tomas Berg", 2, 1), ("Bayside Radio", 1, 1),
        ("Mayor <Jo> O’Neil", 1, 1)]
    okafor = speakers[1]
    assert okafor.aliases == ("Mayor Linda Okafor", "Okafor") and okafor.handles == ("@MayorOkafor",)
    assert (okafor.first_date, okafor.last_date) == ("2024-03-05", "2024-03-07")
    assert [s.name for s in find_speakers(store, name="berg")] == ["Tomas Berg"]
    assert [s.name for s in find_speakers(store, name="MayorOkafor")] == ["Linda Okafor"]


def test_load_result_is_what_was_stored(store: Store) -> None:
    for result in results():
        assert load_result(store, result.article.id) == result
    assert load_result(store, "nope") is None


def test_stats(store: Store) -> None:
    counts = stats(store)
    assert {k: counts[k] for k in ("articles", "statements", "speakers", "rejections")} == {
        "articles": 6, "statements": 12, "speakers": 5, "rejections": 0}
    assert counts["statements_by_kind"] == {"direct": 6, "indirect": 2, "mixed": 2, "post": 2}
    assert counts["truncated_articles"] == 1 and counts["outlets"] == 5
