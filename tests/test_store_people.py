"""People: one row per person across articles (names, handles, a surname within its story)."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotetrail.store import Store, StatementFilter, find_speakers, find_statements
from quotetrail.store.people import Unit, merge_people, person_name, rebuild_people
from quotetrail.store.query import get_speaker, speaker_statements
from quotetrail.types import Article, ArticleResult, Speaker, Statement


def names(units: list[Unit]) -> list[list[str]]:
    return [[units[i].name for i in members] for members in merge_people(units)]


def test_same_name_ignoring_case_dots_and_spacing_is_one_person() -> None:
    units = [Unit(1, "Dana R. Whitfield"), Unit(2, "dana r  whitfield"), Unit(3, "Dana Whitfield")]
    assert names(units) == [["Dana R. Whitfield", "dana r  whitfield"], ["Dana Whitfield"]]


def test_a_shared_handle_is_one_person() -> None:
    units = [Unit(1, "Dana Whitfield", frozenset({"@DanaW"})), Unit(2, "Councillor Whitfield", frozenset({"danaw"}))]
    assert names(units) == [["Dana Whitfield", "Councillor Whitfield"]]


def test_a_surname_joins_the_one_full_name_of_its_story_only() -> None:
    units = [Unit(1, "Dana Whitfield", story=7), Unit(2, "Whitfield", story=7),  # same story: joined
             Unit(3, "Whitfield", story=8),  # another story, no full name there: alone
             Unit(4, "Ravi Whitfield", story=9), Unit(5, "Dana Whitfield", story=9), Unit(6, "Whitfield", story=9)]
    assert names(units) == [["Dana Whitfield", "Whitfield", "Dana Whitfield"], ["Whitfield"], ["Ravi Whitfield"],
                            ["Whitfield"]]  # in story 9 two full names end in Whitfield: no guess


def test_the_person_is_named_by_its_fullest_name() -> None:
    units = [Unit(1, "Whitfield", statements=5), Unit(2, "Dana Whitfield", statements=1)]
    assert person_name(units, [0, 1]) == "Dana Whitfield"


def _result(doc: str, text: str, speaker: str, speakers: tuple[Speaker, ...], date: str) -> ArticleResult:
    quote = text[text.index("“") + 1:text.index("”")]
    start = text.index(quote)
    return ArticleResult(Article(doc, text, date=date, outlet=f"{doc} outlet"),
                         (Statement(doc, start, start + len(quote), quote, "direct", speaker=speaker),), speakers)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """Two articles of one story (one names only "Whitfield") and an article of another story."""
    with Store(tmp_path / "p.db") as store:
        with store.conn:
            store.add_result(_result("first", "“We will reopen the bridge,” Dana Whitfield said.", "Dana Whitfield",
                                     (Speaker("Dana Whitfield", ("Whitfield",), ("@DanaW",)),), "2023-05-01"))
            store.add_result(_result("second", "“The bridge opens Monday,” Whitfield said.", "Whitfield",
                                     (Speaker("Whitfield"),), "2023-05-02"))
            store.add_result(_result("other", "“Taxes stay,” Whitfield said.", "Whitfield", (Speaker("Whitfield"),),
                                     "2023-06-01"))
            store.conn.execute("INSERT INTO stories(id, title) VALUES (1, 'bridge'), (2, 'taxes')")
            store.conn.executemany("INSERT INTO story_members(story_id, doc) VALUES (?, ?)",
                                   [(1, "first"), (1, "second"), (2, "other")])
            assert rebuild_people(store.conn) == 2
        yield store


def test_one_person_across_the_articles_of_a_story(store: Store) -> None:
    dana = get_speaker(store, "Dana Whitfield")
    assert dana is not None
    assert (dana.statements, dana.articles, dana.aliases, dana.handles) == (2, 2, ("Whitfield",), ("@DanaW",))
    assert dana.outlets == ("first outlet", "second outlet")
    assert [f.statement.doc for f in speaker_statements(store, "Dana Whitfield")] == ["first", "second"]
    assert [s.name for s in find_speakers(store)] == ["Dana Whitfield", "Whitfield"]


def test_quotes_by_speaker_reach_every_article_of_the_person(store: Store) -> None:
    by_handle = [f.statement.doc for f in find_statements(store, StatementFilter(speaker="@DanaW"))]
    assert by_handle == ["first", "second"]  # "second" names only "Whitfield", and no handle


@pytest.mark.shared
def test_seeds_alec_baldwin_is_one_person_across_both_articles(shared: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from quotetrail.cli import main

    db = tmp_path / "seeds.db"
    seeds = sorted(str(p) for p in (shared / "seeds").glob("*.txt"))
    assert CliRunner().invoke(main, ["ingest", *seeds, "--db", str(db), "--no-progress"]).exit_code == 0
    with Store(db, readonly=True) as store:
        found = find_speakers(store, name="baldwin")
        assert [p.name for p in found] == ["Alec Baldwin"]
        assert found[0].articles == 2 and {"Baldwin", "The actor"} <= set(found[0].aliases)


def test_web_pages_link_a_surname_to_its_person(store: Store) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from quotetrail.web import create_app

    client = TestClient(create_app(store.path))
    page = client.get("/articles/second").text
    assert 'href="/speakers/Dana%20Whitfield"' in page  # the article says only "Whitfield"
    body = client.get("/api/speakers/Dana%20Whitfield").json()
    assert [s["doc"] for s in body["statements"]["items"]] == ["first", "second"]
    assert {s["person"] for s in body["statements"]["items"]} == {"Dana Whitfield"}
