"""Storage faults end in clear, coded errors: never a traceback, never half an article."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrail.cli import main
from quotetrail.errors import CorpusBusy, DiskFull, SchemaTooNew
from quotetrail.ingest.run import ingest
from quotetrail.store import Store
from quotetrail.store.schema import SCHEMA_VERSION


def _articles(path: Path, n: int, words: int = 40) -> Path:
    filler = " ".join(f"word{i}" for i in range(words))
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": f"“Pier {i} opens in May,” Mayor Ana Ruiz said. {filler}"})
                            + "\n" for i in range(n)), encoding="utf-8")
    return path


def _ingested(tmp: Path, n: int = 30) -> Path:
    db = tmp / "corpus.db"
    result = CliRunner().invoke(main, ["ingest", str(_articles(tmp / "in.jsonl", n)), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return db


def _no_traceback(result: object) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception  # type: ignore[attr-defined]


def test_a_full_disk_stops_ingest_with_a_coded_error_and_keeps_whole_articles(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    with Store(db) as store:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 40}")  # the "disk" is full 40 pages on
        with pytest.raises(DiskFull) as caught:
            ingest([_articles(tmp_path / "in.jsonl", 2_000, words=200)], store, batch_size=20)
    assert caught.value.code == "disk_full" and "disk is full" in str(caught.value)
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < stored < 2_000
    orphans = conn.execute("SELECT count(*) FROM statements WHERE article_id NOT IN (SELECT id FROM articles)")
    assert orphans.fetchone()[0] == 0
    assert conn.execute("SELECT count(DISTINCT article_id) FROM statements").fetchone()[0] == stored
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_second_writer_waits_then_names_the_first(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\nfrom quotetrail.store import Store\n"
                               f"s = Store({str(db)!r})\nprint('ready', flush=True)\ntime.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        start = time.monotonic()
        with pytest.raises(CorpusBusy) as caught:
            Store(db, wait_seconds=0.5)
        assert 0.4 < time.monotonic() - start < 5
        assert f"process {holder.pid}" in str(caught.value) and caught.value.code == "corpus_busy"
    finally:
        holder.kill()
        holder.wait()
    Store(db, wait_seconds=0.5).close()  # the lock went with its holder


def test_a_newer_schema_is_refused_for_writing_and_reading(tmp_path: Path) -> None:
    db = _ingested(tmp_path)
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaTooNew):
        Store(db)
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "in.jsonl"), "--db", str(db)])
    assert result.exit_code == 1 and "newer than this quotetrail" in result.output and "[schema_too_new]" in result.output
    _no_traceback(result)
    stats = CliRunner().invoke(main, ["stats", "--db", str(db)])
    assert stats.exit_code == 1 and "[schema_too_new]" in stats.output


def _corrupt(db: Path) -> None:
    """Random-looking bytes over pages in the middle of the file (as a failing disk would)."""
    data = bytearray(db.read_bytes())
    for offset in range(len(data) // 3, 2 * len(data) // 3, 4096):
        data[offset + 100:offset + 1100] = bytes((i * 37 + 11) % 256 for i in range(1000))
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("command", [["stats"], ["quotes"], ["show", "a3"], ["export", "--format", "jsonl"],
                                     ["speakers"]])
def test_a_corrupted_corpus_is_a_clear_error_for_every_read_command(tmp_path: Path, command: list[str]) -> None:
    db = _ingested(tmp_path, 300)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _corrupt(db)
    result = CliRunner().invoke(main, [*command, "--db", str(db)])
    _no_traceback(result)
    assert result.exit_code == 1 and "[corpus_corrupt]" in result.output, result.output


def test_check_reports_a_sound_and_a_corrupted_corpus(tmp_path: Path) -> None:
    db = _ingested(tmp_path, 300)
    sound = CliRunner().invoke(main, ["check", "--db", str(db)])
    assert sound.exit_code == 0 and sound.output.strip().endswith(": ok")
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _corrupt(db)
    damaged = CliRunner().invoke(main, ["check", "--db", str(db)])
    _no_traceback(damaged)
    assert damaged.exit_code == 1 and "[corpus_corrupt]" in damaged.output


def test_a_corpus_that_mode_ro_cannot_open_is_read_immutable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On read-only storage SQLite cannot create a WAL corpus's -shm file and ``mode=ro`` fails;
    the read commands then open the file ``immutable`` (simulated: this suite runs as root, for
    whom permission bits do not stop writes)."""
    db = _ingested(tmp_path)
    real_connect = sqlite3.connect

    def connect(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if isinstance(target, str) and target.endswith("?mode=ro"):
            return real_connect(f"file:{tmp_path / 'missing' / 'x.db'}?mode=ro", uri=True)  # fails on first use
        return real_connect(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", connect)
    result = CliRunner().invoke(main, ["stats", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["articles"] == 30
