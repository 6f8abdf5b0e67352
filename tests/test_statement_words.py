"""A quote split by its cue (“A,” he said, “B.”) is one statement whose words are its parts:
search, the CLI tables, the API, the web pages and the cross-article code never take the cue for
what was said. Made-up articles."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrail.cli import main
from quotetrail.corpus.derived import evidence
from quotetrail.corpus.link import quote_signatures
from quotetrail.store.db import Store
from quotetrail.store.query import StatementFilter, find_statements
from quotetrail.store.schema import MIGRATIONS
from quotetrail.types import Statement
from quotetrail.web.markup import article_pieces

FIRST = ("Harbour to reopen in spring\n\nMayor Lena Ortiz spoke at the quay on Monday.\n\n"
         "“The harbour will reopen,” Ortiz said, “but not before the storms have passed.”\n")
SECOND = ("Quay plans\n\nMayor Lena Ortiz met fishermen on Tuesday.\n\n"
          "“The harbour will reopen,” Ortiz told the crowd, “but not before the storms have passed.”\n")
WORDS = "The harbour will reopen, … but not before the storms have passed."


def _split(text: str, first: str, second: str, **extra: object) -> Statement:
    """The statement of ``text`` whose parts are ``first`` and ``second`` (the cue between them)."""
    a, b = text.index(first), text.index(second)
    return Statement("doc", a, b + len(second), text[a:b + len(second)], "direct",
                     parts=((a, a + len(first)), (b, b + len(second))), **extra)  # type: ignore[arg-type]


def test_words_are_the_parts_without_the_cue() -> None:
    s = _split(FIRST, "The harbour will reopen,", "but not before the storms have passed.")
    assert "Ortiz said" in s.text and s.words == WORDS
    assert Statement("doc", 0, 5, "Hello", "direct").words == "Hello"  # no parts: the text itself


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("words")
    (folder / "first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "second.txt").write_text(SECOND, encoding="utf-8")
    db = folder / "c.db"
    for command in (["ingest", "--db", str(db), "-j", "1", "--no-progress", str(folder)], ["link", "--db", str(db)]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 0, result.output
    return db


def _search(db: Path, words: str) -> list[str]:
    with Store(db, readonly=True) as store:
        return [f.statement.doc for f in find_statements(store, StatementFilter(search=words))]


def test_search_finds_the_parts_words_and_never_the_cue(corpus: Path) -> None:
    assert sorted(_search(corpus, "storms")) == ["first.txt", "second.txt"]
    assert _search(corpus, "crowd") == []  # "told the crowd" is the cue of the second quote
    assert _search(corpus, "said") == []


def test_search_marks_the_matched_word_in_the_words(corpus: Path) -> None:
    with Store(corpus, readonly=True) as store:
        found = next(find_statements(store, StatementFilter(search="storms")))
    (start, end), = found.matches
    assert found.to_dict()["words"][start:end] == "storms"


def test_the_quotes_table_and_jsonl_give_the_words(corpus: Path) -> None:
    table = CliRunner().invoke(main, ["quotes", "--db", str(corpus)], terminal_width=200)
    assert table.exit_code == 0 and WORDS in table.output and "told the crowd" not in table.output
    lines = CliRunner().invoke(main, ["quotes", "--db", str(corpus), "--format", "jsonl"]).output.splitlines()
    assert [json.loads(line)["words"] for line in lines] == [WORDS, WORDS]


def test_show_marks_each_part_not_the_cue(corpus: Path) -> None:
    out = CliRunner().invoke(main, ["show", "--db", str(corpus), "first.txt"]).output
    assert "[1›The harbour will reopen,‹1]” Ortiz said, “[1›but not before the storms have passed.‹1]" in out


def test_the_api_and_the_statement_page_give_the_words(corpus: Path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from quotetrail.web import create_app

    client = TestClient(create_app(corpus))
    items = client.get("/api/statements", params={"q": "storms"}).json()["items"]
    assert [item["words"] for item in items] == [WORDS, WORDS]
    page = client.get(f"/statements/{items[0]['id']}").text
    assert "The harbour will reopen, … but not before the storms have passed." in page


def test_the_article_page_marks_the_parts_not_the_cue() -> None:
    s = _split(FIRST, "The harbour will reopen,", "but not before the storms have passed.", cue="said",
               cue_start=FIRST.index("said"), cue_end=FIRST.index("said") + 4)
    row = {**s.to_dict(), "id": 1}
    marked = [(p.text, p.cue) for p in article_pieces(FIRST, [row]) if p.statements == (1,)]
    assert marked == [("The harbour will reopen,", False), ("but not before the storms have passed.", False)]
    labelled = [p.text for p in article_pieces(FIRST, [row]) if p.ends]
    assert labelled == ["but not before the storms have passed."]  # the speaker label once, after the last part


def test_two_articles_quoting_one_split_quote_have_the_same_quote_signature(corpus: Path) -> None:
    conn = sqlite3.connect(corpus)
    sigs = [row[0] for row in conn.execute("SELECT g.sig FROM link_signatures g JOIN statements s ON s.id = g.item"
                                           " WHERE g.kind = 'quote' ORDER BY s.doc")]
    texts = [row[0] for row in conn.execute("SELECT text FROM statements ORDER BY doc")]
    conn.close()
    assert texts[0] != texts[1] and len(sigs) == 2 and sigs[0] == sigs[1]
    assert quote_signatures([WORDS]) == [sigs[0]]


def test_a_split_quote_is_copy_evidence_though_the_source_gives_another_cue() -> None:
    copy = _split(SECOND, "The harbour will reopen,", "but not before the storms have passed.")
    found = evidence(SECOND, FIRST, [("direct", copy.words)])
    assert found["quotes"] == [WORDS]
    assert evidence(SECOND, "Nothing was said about the harbour.", [("direct", copy.words)])["quotes"] == []


def test_the_migration_fills_the_words_of_statements_stored_before(tmp_path: Path) -> None:
    version = next(v for v, _, sql in MIGRATIONS if "ADD COLUMN words" in sql)
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                 " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))")
    for v, description, sql in MIGRATIONS:
        if v < version:
            conn.executescript(sql)
            conn.execute("INSERT INTO migrations(version, description) VALUES (?, ?)", (v, description))
    conn.execute(f"PRAGMA user_version = {version - 1}")
    s = _split(FIRST, "The harbour will reopen,", "but not before the storms have passed.")
    conn.execute("INSERT INTO articles(id, doc, key, text) VALUES (1, 'doc', 'k', ?)", (FIRST,))
    conn.execute("INSERT INTO statements(article_id, doc, start, \"end\", text, kind, confidence, parts)"
                 " VALUES (1, 'doc', ?, ?, ?, 'direct', 0.5, ?)", (s.start, s.end, s.text, json.dumps(s.parts)))
    conn.commit()
    conn.close()
    with Store(db) as store:
        assert store.conn.execute("SELECT words FROM statements").fetchone()[0] == s.words
        assert [f.statement.doc for f in find_statements(store, StatementFilter(search="storms"))] == ["doc"]
        assert list(find_statements(store, StatementFilter(search="said"))) == []
