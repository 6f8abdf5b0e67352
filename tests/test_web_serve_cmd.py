"""``quotetrail serve``: options, defaults and errors (uvicorn itself is replaced by a recorder)."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("fastapi", reason="the web extra is not installed")
import uvicorn  # noqa: E402

from quotetrail.cli import main  # noqa: E402
from quotetrail.cli.serve_cmd import is_loopback  # noqa: E402
from quotetrail.store import Store  # noqa: E402


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    return calls


def test_serves_read_only_on_loopback_by_default(tmp_path: Path, runs: list[dict],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Store("quotetrail.db").close()
    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 0, result.output
    assert (runs[0]["host"], runs[0]["port"]) == ("127.0.0.1", 8000)
    assert runs[0]["app"].state.db_path == "quotetrail.db"
    assert "serving quotetrail.db read-only at http://127.0.0.1:8000/" in result.output


def test_options_and_a_warning_off_loopback(tmp_path: Path, runs: list[dict]) -> None:
    db = tmp_path / "c.db"
    Store(db).close()
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert (runs[0]["host"], runs[0]["port"]) == ("0.0.0.0", 8123)
    assert "warning: listening on 0.0.0.0" in result.output


@pytest.mark.parametrize("args, message", [
    (["--db", "missing.db"], "missing.db: no such corpus database"),
    (["--port", "70000"], "70000 is not in the range"),
    (["--port", "http"], "'http' is not a valid integer"),
])
def test_errors(tmp_path: Path, runs: list[dict], monkeypatch: pytest.MonkeyPatch, args: list[str],
                message: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["serve", *args])
    assert result.exit_code != 0 and message in result.output
    assert runs == []


def test_a_file_that_is_not_a_corpus_is_refused(tmp_path: Path, runs: list[dict]) -> None:
    other = tmp_path / "other.db"
    other.write_bytes(b"")
    result = CliRunner().invoke(main, ["serve", "--db", str(other)])
    assert result.exit_code == 1 and "schema version 0" in result.output


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path, runs: list[dict]) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all, just some text" * 50)
    result = CliRunner().invoke(main, ["serve", "--db", str(junk)])
    assert result.exit_code == 1 and "cannot be read as a corpus database" in result.output
    assert runs == []


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.0.0.2", True), ("0.0.0.0", False),
    ("192.168.1.4", False), ("example.org", False), ("::", False),
])
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_serve_is_documented() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert "--db" in result.output and "read-only" in result.output
    doc = (Path(__file__).resolve().parent.parent / "docs" / "web.md").read_text(encoding="utf-8")
    assert "quotetrail serve" in doc
