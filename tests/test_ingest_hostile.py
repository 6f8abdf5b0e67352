"""No line of input crashes a run: each hostile line is rejected (or repaired) and the good ones are stored.

Every case runs with ``--jobs 1`` and ``--jobs 2`` (workers): the good articles around the bad
line must be stored in both.
"""
from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrail.cli import main
from quotetrail.ingest.readers import MAX_LINE_BYTES, MAX_REJECTED_IN_A_ROW
from quotetrail.store import Store
from quotetrail.types import Article, ArticleResult

GOOD = [json.dumps({"id": f"good{i}", "text": f"“We will open pier {i} in May,” Mayor Ana Ruiz said."}) for i in (1, 2)]


def _ingest(tmp: Path, path: Path, jobs: int) -> tuple[object, sqlite3.Connection]:
    db = tmp / "corpus.db"
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db), "--jobs", str(jobs), "--no-link"])
    return result, sqlite3.connect(db)


def _around(tmp: Path, bad_line: str, name: str = "in.jsonl") -> Path:
    path = tmp / name
    path.write_text(f"{GOOD[0]}\n{bad_line}\n{GOOD[1]}\n", encoding="utf-8")
    return path


LINES = {
    "5,000-digit integer id": ('{"id": ' + "9" * 5000 + ', "text": "She said the pier is open."}', "bad_json"),
    "JSON nested 100,000 deep": ("[" * 100_000 + "]" * 100_000, "bad_json"),
    "object id": ('{"id": {"nested": [1, 2]}, "text": "She said the pier is open."}', "bad_id"),
    "5,000,000-character id": (json.dumps({"id": "x" * 5_000_000, "text": "She said it."}), "bad_id"),
    "id 1e400": ('{"id": 1e400, "text": "She said the pier is open."}', "bad_id"),
    "id NaN": ('{"id": NaN, "text": "She said the pier is open."}', "bad_id"),
    "boolean id": ('{"id": true, "text": "She said the pier is open."}', "bad_id"),
}


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("case", list(LINES))
def test_a_hostile_line_is_rejected_with_a_code_and_the_others_stored(tmp_path: Path, case: str, jobs: int) -> None:
    line, code = LINES[case]
    result, db = _ingest(tmp_path, _around(tmp_path, line), jobs)
    assert result.exit_code == 0, result.output
    assert db.execute("SELECT doc FROM articles ORDER BY doc").fetchall() == [("good1",), ("good2",)]
    assert db.execute("SELECT item, code FROM rejections").fetchall() == [(f"{tmp_path}/in.jsonl:2", code)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_lone_surrogate_is_stored_as_a_replacement_character_with_a_warning(tmp_path: Path, jobs: int) -> None:
    result, db = _ingest(tmp_path, _around(tmp_path, '{"id": "s\\udc00", "text": "a \\ud800 b, she said."}'), jobs)
    assert result.exit_code == 0, result.output
    text, flags = db.execute("SELECT text, flags FROM articles WHERE doc = 's\ufffd'").fetchone()
    assert text == "a \ufffd b, she said." and json.loads(flags) == ["invalid_utf8"]
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 3


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_symlink_loop_on_the_command_line_is_rejected(tmp_path: Path, jobs: int) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    good = _around(tmp_path, GOOD[0].replace("good1", "good3").replace("pier 1", "pier 3"))
    db = tmp_path / "corpus.db"
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "a"), str(good), "--db", str(db), "--jobs", str(jobs)])
    assert result.exit_code == 0, result.output
    assert "a symbolic link that leads nowhere" in result.stderr and "[unreadable]" in result.stderr
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == 3


def test_a_gzip_bomb_line_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    """A line larger than the limit is skipped while it is read, never held whole."""
    import tracemalloc

    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=1) as handle:
        handle.write(GOOD[0].encode() + b"\n" + b'{"id": "big", "text": "')
        block = b"x" * (1 << 20)
        for _ in range(MAX_LINE_BYTES // len(block) * 8):
            handle.write(block)
        handle.write(b'"}\n' + GOOD[1].encode() + b"\n")
    tracemalloc.start()
    result, db = _ingest(tmp_path, path, 1)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert result.exit_code == 0, result.output
    assert db.execute("SELECT doc FROM articles ORDER BY doc").fetchall() == [("good1",), ("good2",)]
    assert db.execute("SELECT code FROM rejections").fetchall() == [("too_large",)]
    assert peak < 3 * MAX_LINE_BYTES  # the line is eight times the limit


def test_a_file_of_rejected_lines_is_cut_short_with_one_rejection_and_a_count(tmp_path: Path) -> None:
    path = tmp_path / "empty_objects.jsonl"
    path.write_text(GOOD[0] + "\n" + "{}\n" * (MAX_REJECTED_IN_A_ROW + 5_000), encoding="utf-8")
    result, db = _ingest(tmp_path, path, 1)
    assert result.exit_code == 0, result.output
    codes = dict(db.execute("SELECT code, count(*) FROM rejections GROUP BY code").fetchall())
    assert codes == {"missing_field": MAX_REJECTED_IN_A_ROW, "rest_of_file": 1}
    detail = db.execute("SELECT detail FROM rejections WHERE code = 'rest_of_file'").fetchone()[0]
    assert "remaining 5,000 lines" in detail


def test_articles_under_one_id_get_their_suffix_without_trying_every_earlier_one(tmp_path: Path) -> None:
    """The quadratic case of the campaign (10,000 lines with one id): each article asks the store a
    bounded number of questions, not one per suffix already given out."""
    n = 2_000
    lookups = 0

    def count(sql: str) -> None:
        nonlocal lookups
        lookups += sql.startswith("SELECT 1 FROM articles WHERE doc")

    with Store(tmp_path / "c.db") as store, store.conn:
        store.conn.set_trace_callback(count)
        for i in range(n):
            store.add_result(ArticleResult(Article(id="same", text=f"Pier {i} reopened today.")))
        docs = [d for (d,) in store.conn.execute("SELECT doc FROM articles ORDER BY id")]
    assert docs[:3] == ["same", "same#2", "same#3"] and len(set(docs)) == n
    assert lookups <= 3 * n, lookups


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_over_the_time_budget_is_rejected_and_the_run_goes_on(tmp_path: Path, jobs: int) -> None:
    slow = json.dumps({"id": "slow", "text": '"he said, "' * 100_000})  # about 5 s to extract
    path = _around(tmp_path, slow)
    db = tmp_path / "corpus.db"
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db), "--jobs", str(jobs), "--no-link",
                                       "--article-seconds", "0.3"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT doc FROM articles ORDER BY doc").fetchall() == [("good1",), ("good2",)]
    assert conn.execute("SELECT item, code FROM rejections").fetchall() == [("slow", "too_slow")]


def test_the_time_budget_holds_when_the_alarm_lands_in_a_garbage_collector_callback() -> None:
    """An exception raised in a gc callback is dropped by the interpreter (hypothesis installs one, so
    does any profiler): the alarm repeats until extraction stops."""
    import gc

    from quotetrail.ingest import run

    def busy_callback(phase: str, info: dict) -> None:
        sum(range(2_000))  # Python work, so a pending alarm is handled here

    threshold = gc.get_threshold()
    gc.callbacks.append(busy_callback)
    gc.set_threshold(50)
    try:
        with pytest.raises(run._OverBudget):
            run._extract_in_budget(Article(id="slow", text='"he said, "' * 100_000), 0.2)
    finally:
        gc.callbacks.remove(busy_callback)
        gc.set_threshold(*threshold)
