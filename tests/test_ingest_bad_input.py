"""Bad input: each case is named on stderr, gets a row in `rejections`, and the run goes on.

Every test ingests the bad item together with a good article and checks the closing summary.
"""
from __future__ import annotations

import gzip
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus_fixture import warc_bytes, html_page, write

from quotetrail.cli import main

GOOD = "“We were lucky,” Mayor Linda Okafor said on Wednesday. “No one was hurt.”\n"


def _jsonl(rows: list[dict]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in rows)


def binary(tmp: Path) -> tuple[Path, str]:
    return write(tmp / "photo.txt", bytes(range(256)) * 64), "photo.txt"


def empty(tmp: Path) -> tuple[Path, str]:
    return write(tmp / "empty.txt", b""), "empty.txt"


def fifty_megabytes(tmp: Path) -> tuple[Path, str]:
    path = tmp / "huge.txt"
    tmp.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        for _ in range(50):
            handle.write(b"The council met again. " * (1_000_000 // 23 + 1))
    return path, "huge.txt"


def truncated_gzip(tmp: Path) -> tuple[Path, str]:
    data = gzip.compress(_jsonl([{"id": f"g{i}", "text": f"Story {i}. " + "Words here. " * 40} for i in range(200)]))
    return write(tmp / "cut.jsonl.gz", data[: len(data) // 2]), "cut.jsonl.gz:"


def truncated_warc(tmp: Path) -> tuple[Path, str]:
    pages = [(f"https://gazette.example/{i}", html_page(title=f"Story {i}")) for i in range(4)]
    data = warc_bytes(pages, extra=False)
    return write(tmp / "cut.warc.gz", data[: int(len(data) * 0.6)]), "cut.warc.gz"


def malformed_json(tmp: Path) -> tuple[Path, str]:
    good = json.dumps({"id": "fine", "text": "“Fine,” she said."})
    other = json.dumps({"id": "other", "text": "“Other,” he said."})
    return write(tmp / "lines.jsonl", f"{good}\n{{\"id\": \"broken\", \"text\": \n{other}\n"), "lines.jsonl:2"


def html_without_text(tmp: Path) -> tuple[Path, str]:
    page = "<html><head><title>Sections</title></head><body><nav><a href='/'>Home</a> <a href='/a'>A</a></nav></body></html>"
    return write(tmp / "menu.html", page), "menu.html"


CASES: dict[str, tuple[Callable[[Path], tuple[Path, str]], str]] = {
    "binary file": (binary, "binary"),
    "empty file": (empty, "empty"),
    "50 MB article": (fifty_megabytes, "too_large"),
    "truncated gzip": (truncated_gzip, "truncated_file"),
    "truncated WARC": (truncated_warc, "truncated_file"),
    "malformed JSON line": (malformed_json, "bad_json"),
    "HTML page with no article text": (html_without_text, "no_article_text"),
}


def ingest(tmp: Path, *paths: Path, jobs: int = 1) -> tuple[object, sqlite3.Connection]:
    db = tmp / "corpus.db"
    result = CliRunner().invoke(main, ["ingest", *map(str, paths), "--db", str(db), "--jobs", str(jobs)])
    return result, sqlite3.connect(db)


@pytest.mark.parametrize("case", list(CASES))
def test_bad_item_is_named_recorded_and_the_run_goes_on(tmp_path: Path, case: str) -> None:
    build, code = CASES[case]
    bad, name = build(tmp_path / "in")
    good = write(tmp_path / "in" / "good.txt", GOOD)
    result, db = ingest(tmp_path, bad, good)
    assert result.exit_code == 0, result.output
    messages = [line for line in result.stderr.splitlines() if f"[{code}]" in line]
    assert messages and all(name in line for line in messages), result.stderr
    rows = db.execute("SELECT item, code, detail FROM rejections WHERE code = ?", (code,)).fetchall()
    assert len(rows) == 1 and name in rows[0][0] and rows[0][2], rows
    assert db.execute("SELECT count(*) FROM articles WHERE doc = 'good.txt'").fetchone()[0] == 1
    ingested = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    rejected = db.execute("SELECT count(*) FROM rejections").fetchone()[0]
    assert f"{ingested:,} ingested" in result.stdout and f"{rejected:,} rejected" in result.stdout
    assert "0 already present" in result.stdout


def test_invalid_utf8_is_ingested_with_replacement_flagged_and_recorded(tmp_path: Path) -> None:
    bad = write(tmp_path / "latin1.txt", "“Olé,” the chef said of the café.".encode("cp1252"))
    good = write(tmp_path / "good.txt", GOOD)
    result, db = ingest(tmp_path, bad, good, jobs=2)
    assert result.exit_code == 0, result.output
    assert "latin1.txt" in result.stderr and "not valid UTF-8" in result.stderr
    text, flags = db.execute("SELECT text, flags FROM articles WHERE doc = 'latin1.txt'").fetchone()
    assert "\ufffd" in text and json.loads(flags) == ["invalid_utf8"]
    assert db.execute("SELECT item, code FROM rejections").fetchall() == [("latin1.txt", "invalid_utf8")]
    assert "2 ingested (" in result.stdout and "; 1 with warnings)" in result.stdout and "0 rejected" in result.stdout


def test_every_case_in_one_run_and_again(tmp_path: Path) -> None:
    """All bad items together: all recorded once; a second run re-reports them and adds nothing."""
    inputs = [build(tmp_path / "in")[0] for build, _ in CASES.values()]
    inputs.append(write(tmp_path / "in" / "good.txt", GOOD))
    first, db = ingest(tmp_path, tmp_path / "in", jobs=2)
    assert first.exit_code == 0, first.output
    codes = sorted(code for (code,) in db.execute("SELECT code FROM rejections"))
    assert codes == sorted(code for _, code in CASES.values())
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    second, db = ingest(tmp_path, tmp_path / "in", jobs=2)
    assert f"0 ingested (0 statements), {articles:,} already present, {len(CASES)} rejected" in second.stdout
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == articles
    assert db.execute("SELECT count(*) FROM rejections").fetchone()[0] == len(CASES)
    listed = CliRunner().invoke(main, ["rejections", "--db", str(tmp_path / "corpus.db"), "--format", "jsonl"])
    assert sorted(json.loads(line)["code"] for line in listed.stdout.splitlines()) == codes
    table = CliRunner().invoke(main, ["rejections", "--db", str(tmp_path / "corpus.db"), "--code", "binary"])
    assert table.stdout.splitlines()[0].split() == ["ITEM", "CODE", "DETAIL"] and "photo.txt" in table.stdout


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    result, _ = ingest(tmp_path, write(tmp_path / "empty.txt", b""), tmp_path / "missing.txt")
    assert result.exit_code == 1
    assert "missing.txt: no such file" in result.stderr


def test_a_50_mb_json_line_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "big", "text": "The council met again. " * 2_200_000}) + "\n")
        handle.write(json.dumps({"id": "small", "text": GOOD}) + "\n")
    result, db = ingest(tmp_path, path)
    assert "big.jsonl:1: the line has 50,600,0" in result.stderr and "[too_large]" in result.stderr
    assert db.execute("SELECT doc FROM articles").fetchall() == [("small",)]
