"""An ingest killed with SIGKILL keeps every committed article whole; running it again completes the rest."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from quotetrail.extract import extract_article
from quotetrail.ingest import read_path
from quotetrail.types import Article

N_ARTICLES = 1500
BATCH = 10


def _corpus(path: Path) -> list[Article]:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(N_ARTICLES):
            text = (f"Council meeting {i} ran late. “We will vote on budget item {i} next week,” "
                    f"councillor Ana Ruiz said. The vote on item {i} was postponed twice before.")
            handle.write(json.dumps({"id": f"art-{i:05d}", "text": text, "date": "2024-01-02"}) + "\n")
    return [a for a in read_path(path) if isinstance(a, Article)]


def _ingest(corpus: Path, db: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "quotetrail", "ingest", str(corpus), "--db", str(db), "--jobs", "3",
               "--batch-size", str(BATCH), "--no-progress"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _children(pid: int) -> list[int]:
    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as handle:
            found += [int(child) for child in handle.read().split()]
    return found


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _committed(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def _stored(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("INSERT INTO statements_fts(statements_fts, rank) VALUES ('integrity-check', 1)")  # raises if the index is off
    conn.rollback()  # the check writes nothing, but opened a write transaction
    stored: dict[str, list[tuple]] = {doc: [] for (doc,) in conn.execute("SELECT doc FROM articles")}
    for doc, start, end, text, kind in conn.execute(
            'SELECT doc, start, "end", text, kind FROM statements ORDER BY doc, start'):
        stored[doc].append((start, end, text, kind))
    return stored


def test_killed_ingest_keeps_what_it_committed_and_a_rerun_completes(tmp_path: Path) -> None:
    articles = _corpus(tmp_path / "corpus.jsonl")
    expected = {a.id: [(s.start, s.end, s.text, s.kind) for s in extract_article(a).statements] for a in articles}
    db = tmp_path / "corpus.db"

    process = _ingest(tmp_path / "corpus.jsonl", db)
    deadline = time.monotonic() + 60
    while _committed(db) < 2 * BATCH and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    workers = _children(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    assert len(workers) == 2  # --jobs 3: the parent extracts too, beside two workers
    deadline = time.monotonic() + 10
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    orphans = [pid for pid in workers if _running(pid)]
    for pid in orphans:
        os.kill(pid, signal.SIGKILL)
    assert not orphans, "the workers of a killed ingest must stop by themselves"

    kept = _stored(db)
    assert 2 * BATCH <= len(kept) < N_ARTICLES, "the ingest should have been killed midway"
    assert all(kept[doc] == expected[doc] for doc in kept)  # whole articles only

    rerun = _ingest(tmp_path / "corpus.jsonl", db)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert f"{N_ARTICLES - len(kept):,} ingested" in out and f"{len(kept):,} already present" in out
    assert _stored(db) == expected  # complete, nothing twice (ids would get a "#2" suffix)
