"""The ingest pipeline as a library: events, duplicates, failures that cost one article and nothing more."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from corpus_fixture import html_page, write

import quotetrail.ingest.run as run
from quotetrail.ingest.run import Event, ingest
from quotetrail.store import Store
from quotetrail.types import Article, ArticleResult, Statement


def _jsonl(path: Path, rows: list[dict]) -> Path:
    return write(path, "".join(json.dumps(r) + "\n" for r in rows))


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_events_follow_the_input_and_end_at_its_size(tmp_path: Path, jobs: int) -> None:
    files = [_jsonl(tmp_path / "a.jsonl", [{"id": f"a{i}", "text": f"“Item {i},” she said."} for i in range(40)]
                    + [{"id": "bad"}]),
             write(tmp_path / "b.html", html_page()), write(tmp_path / "c.txt", "“Hello,” he said.")]
    events: list[Event] = []
    with Store(tmp_path / "c.db") as store:
        summary = ingest(files, store, jobs=jobs, chunk_size=3, on_event=events.append)
    positions = [e.position for e in events]
    assert positions == sorted(positions) and positions[-1] == sum(f.stat().st_size for f in files)
    assert [e.item for e in events if e.kind == "ingested"] == [f"a{i}" for i in range(40)] + ["b.html", "c.txt"]
    assert (summary.ingested, summary.rejected, summary.present) == (42, 1, 0)


def test_a_parallel_ingest_leaves_the_interpreter_as_it_found_it(tmp_path: Path) -> None:
    rows = [{"id": f"a{i}", "text": f"“Item {i},” she said."} for i in range(20)]
    before = sys.getswitchinterval()
    with Store(tmp_path / "c.db") as store:
        ingest([_jsonl(tmp_path / "a.jsonl", rows)], store, jobs=2, chunk_size=2)
    assert sys.getswitchinterval() == before


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_stored_statement_is_searchable_once(tmp_path: Path, jobs: int) -> None:
    rows = [{"id": f"a{i}", "text": f"“Harbour item {i},” she said. He said it was item {i}."} for i in range(30)]
    with Store(tmp_path / "c.db") as store:
        ingest([_jsonl(tmp_path / "a.jsonl", rows)], store, jobs=jobs, batch_size=7)
        conn = store.conn
        conn.execute("INSERT INTO statements_fts(statements_fts, rank) VALUES ('integrity-check', 1)")  # raises if off
        stored = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
        found = conn.execute("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'item'").fetchone()[0]
    assert stored == found == 60


def test_the_same_article_twice_in_one_run_is_stored_once(tmp_path: Path) -> None:
    rows = [{"id": "x", "text": "“Same,” she said."}, {"id": "y", "text": "“Same,”   she said."},
            {"id": "x", "text": "“Different,” he said."}]
    with Store(tmp_path / "c.db") as store:
        summary = ingest([_jsonl(tmp_path / "d.jsonl", rows)], store)
        docs = [a.id for a in store.articles()]
    assert (summary.ingested, summary.present) == (2, 1)
    assert docs == ["x", "x#2"]  # whitespace differences are the same article; a new text under a used id is not


def test_an_extraction_failure_costs_that_article_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = run.extract_article

    def flaky(article: Article) -> ArticleResult:
        if "boom" in article.text:
            raise ValueError("unexpected input")
        return real(article)

    monkeypatch.setattr(run, "extract_article", flaky)
    rows = [{"id": "ok1", "text": "“One,” she said."}, {"id": "bad", "text": "boom"}, {"id": "ok2", "text": "“Two.”"}]
    with Store(tmp_path / "c.db") as store:
        summary = ingest([_jsonl(tmp_path / "e.jsonl", rows)], store)
        rejected = store.conn.execute("SELECT item, code, detail FROM rejections").fetchall()
        assert [a.id for a in store.articles()] == ["ok1", "ok2"]
    assert summary.rejected == 1
    assert [tuple(r) for r in rejected] == [("bad", "extract_failed", "extraction failed (ValueError: unexpected input)")]


def test_a_result_the_store_refuses_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def odd(article: Article) -> ArticleResult:
        good = Statement(article.id, 0, 4, article.text[:4], "direct")
        bad = Statement(article.id, 0, 4, article.text[:4], "rumour")  # not a kind: the schema refuses it
        return ArticleResult(article, (good, bad) if article.id == "odd" else (good,))

    monkeypatch.setattr(run, "extract_article", odd)
    rows = [{"id": "odd", "text": "Odd text"}, {"id": "fine", "text": "Fine text"}]
    with Store(tmp_path / "c.db") as store:
        summary = ingest([_jsonl(tmp_path / "f.jsonl", rows)], store)
        assert [a.id for a in store.articles()] == ["fine"]
        assert [s.doc for s in store.statements()] == ["fine"]
    assert (summary.ingested, summary.rejected, summary.rejected_by_code) == (1, 1, {"store_refused": 1})
