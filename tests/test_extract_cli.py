"""``quotetrail extract`` through click's CliRunner: formats, bad documents, exit status."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from click.testing import CliRunner

from quotetrail.cli import main

ARTICLE = "“We will rebuild the bridge,” Mayor Ana Ortiz said on Tuesday.\n\nShe said the work would take a year.\n"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["extract", *args])
    return result.exit_code, result.stdout, result.stderr


def test_jsonl_has_every_field_and_offsets_slice(tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = _run("--format", "jsonl", str(path))
    assert code == 0 and err == ""
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in rows] == ["We will rebuild the bridge,", "the work would take a year"]
    for row in rows:
        assert set(row) >= {"doc", "start", "end", "text", "kind", "cue", "speaker", "speaker_start", "speaker_end",
                            "source", "via", "handle", "date", "confidence"}
        assert ARTICLE[row["start"]:row["end"]] == row["text"]
        assert row["doc"] == "bridge.txt" and row["speaker"] == "Ana Ortiz"


def test_jsonl_input_and_gzip(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "a1", "text": ARTICLE}) + "\n")
        fh.write(json.dumps({"doc_id": "a2", "text": "Nothing was said here."}) + "\n")
    code, out, _ = _run("--format", "jsonl", str(path))
    assert code == 0
    assert {json.loads(line)["doc"] for line in out.splitlines()} == {"a1"}


def test_table_is_the_default(tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = _run(str(path))
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split() == ["DOC", "KIND", "SPEAKER", "CUE", "SOURCE", "TEXT"]
    assert len(lines) == 3 and "Ana Ortiz" in lines[1]


def test_bad_document_is_named_on_stderr_and_the_others_continue(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    lines = tmp_path / "mixed.jsonl"
    lines.write_text('{"id": "ok", "text": "Ben Tate said the plan failed."}\nnot json\n', encoding="utf-8")
    code, out, err = _run("--format", "jsonl", str(binary), str(good), str(lines), str(tmp_path / "missing.txt"))
    assert code == 0
    assert {json.loads(line)["doc"] for line in out.splitlines()} == {"good.txt", "ok"}
    err_lines = err.strip().splitlines()
    assert len(err_lines) == 3
    assert any("photo.txt" in line for line in err_lines)
    assert any("mixed.jsonl" in line for line in err_lines)
    assert any("missing.txt" in line for line in err_lines)


def test_exit_status_is_non_zero_only_when_nothing_could_be_read(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    code, out, err = _run("--format", "jsonl", str(empty), str(tmp_path / "missing.txt"))
    assert code == 1 and out == ""
    assert "empty.txt" in err and "missing.txt" in err
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("The river rose overnight.", encoding="utf-8")
    code, out, _ = _run("--format", "jsonl", str(quiet), str(empty))
    assert code == 0 and out == ""  # readable, just without statements
