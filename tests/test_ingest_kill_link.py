"""A real ingest killed (SIGKILL) while it links is repaired by running the same command again.

The articles are committed before linking starts; linking runs in one transaction, so a kill
leaves every article unlinked. The rerun finds nothing new to ingest, links what is unlinked, and
the tables end as those of one uninterrupted run.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrail.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from gen_synthetic import Generator  # noqa: E402

ARTICLES = 400
LINK_TABLES = ("stories", "story_members", "derived", "variant_clusters", "variant_members")


def _corpus(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in Generator(seed=3).articles(ARTICLES):
            handle.write(json.dumps({"id": record["id"], "title": record["title"], "date": record["date"],
                                     "text": record["text"]}) + "\n")
    return path


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return int(conn.execute(sql).fetchone()[0])


def _tables(db: Path) -> dict[str, int]:
    return {table: _count(db, f"SELECT count(*) FROM {table}") for table in LINK_TABLES}


def _ingest_killed_while_linking(source: Path, db: Path) -> bool:
    """Start a real ingest, SIGKILL it once every article is committed; True if it was still linking."""
    cmd = [sys.executable, "-m", "quotetrail", "ingest", str(source), "--db", str(db), "--jobs", "1", "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if _count(db, "SELECT count(*) FROM articles") == ARTICLES:
                    break
            except sqlite3.Error:
                pass  # not created yet
            time.sleep(0.01)
        time.sleep(0.05)  # inside linking (about 1.5 s for these articles)
        still_running = proc.poll() is None
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    return still_running


def test_a_kill_while_linking_is_repaired_by_the_same_command(tmp_path: Path) -> None:
    source = _corpus(tmp_path / "news.jsonl")
    clean = tmp_path / "clean.db"
    assert CliRunner().invoke(main, ["ingest", str(source), "--db", str(clean), "--jobs", "1"]).exit_code == 0
    killed = tmp_path / "killed.db"
    if not _ingest_killed_while_linking(source, killed):
        pytest.skip("the ingest ended before it could be killed while linking")
    assert _count(killed, "SELECT count(*) FROM articles WHERE linked = 0") == ARTICLES
    assert _tables(killed)["stories"] == 0

    stats = CliRunner().invoke(main, ["stats", "--db", str(killed), "--format", "json"])
    assert json.loads(stats.stdout)["unlinked_articles"] == ARTICLES

    again = CliRunner().invoke(main, ["ingest", str(source), "--db", str(killed), "--jobs", "1"])
    assert again.exit_code == 0, again.output
    assert f"0 ingested (0 statements), {ARTICLES:,} already present" in again.stdout
    assert f"linked {ARTICLES:,} articles" in again.stdout
    assert _tables(killed) == _tables(clean)
    assert _count(killed, "SELECT count(*) FROM articles WHERE linked = 0") == 0


def _partitions(db: Path) -> tuple[set[frozenset[str]], set[frozenset[tuple[str, int]]], set[tuple[str, str]]]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        stories: dict[int, set[str]] = {}
        for story, doc in conn.execute("SELECT story_id, doc FROM story_members"):
            stories.setdefault(story, set()).add(doc)
        clusters: dict[int, set[tuple[str, int]]] = {}
        for cluster, doc, start in conn.execute(
                "SELECT m.cluster_id, s.doc, s.start FROM variant_members m JOIN statements s ON s.id = m.statement_id"):
            clusters.setdefault(cluster, set()).add((doc, start))
        derived = set(conn.execute("SELECT doc, source FROM derived").fetchall())
    return {frozenset(v) for v in stories.values()}, {frozenset(v) for v in clusters.values()}, derived


#: Copy/rewrite relations one-shot linking finds that linking in two halves may miss (share).
MAX_DERIVED_MISSED = 0.05


def test_linking_in_two_halves_is_within_the_documented_bound_of_one_shot(tmp_path: Path) -> None:
    """The bound documented in docs/linking.md: the same stories and variant clusters, and at most
    5 % of the copies/rewrites missing or added (one of 135 takes another source here)."""
    source = _corpus(tmp_path / "news.jsonl")
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
    second.write_text("".join(lines[len(lines) // 2:]), encoding="utf-8")
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert CliRunner().invoke(main, ["ingest", str(source), "--db", str(one), "--jobs", "1"]).exit_code == 0
    for half in (first, second):
        assert CliRunner().invoke(main, ["ingest", str(half), "--db", str(two), "--jobs", "1"]).exit_code == 0
    stories_one, clusters_one, derived_one = _partitions(one)
    stories_two, clusters_two, derived_two = _partitions(two)
    assert stories_two == stories_one and clusters_two == clusters_one
    assert len(derived_one ^ derived_two) <= MAX_DERIVED_MISSED * len(derived_one)
