"""Reading inputs: plain text and JSON Lines (gzipped or not), and bad items that are rejected, not fatal."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from quotetrail.ingest import read_path
from quotetrail.ingest.readers import MAX_ARTICLE_CHARS
from quotetrail.types import Article, Rejection


def test_text_file_id_is_file_name(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("“Hello,” she said.", encoding="utf-8")
    [item] = list(read_path(path))
    assert isinstance(item, Article)
    assert item.id == "story.txt"
    assert item.text == "“Hello,” she said."


def test_gzipped_text_file_reads_as_the_file_it_was(tmp_path: Path) -> None:
    text = "“Hello,” she said.\n\nShe left at noon."
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    (tmp_path / "packed.txt.gz").write_bytes(gzip.compress(text.encode("utf-8")))
    [plain] = list(read_path(tmp_path / "story.txt"))
    [packed] = list(read_path(tmp_path / "packed.txt.gz"))
    assert isinstance(packed, Article)
    assert (packed.id, packed.text, packed.flags) == ("packed.txt", plain.text, plain.flags)


def test_gzip_bomb_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    with gzip.open(path, "wb", compresslevel=9) as handle:
        block = b"a" * (1 << 20)
        for _ in range(4 * MAX_ARTICLE_CHARS // len(block) + 2):
            handle.write(block)
    assert path.stat().st_size < 100_000
    [item] = list(read_path(path))
    assert isinstance(item, Rejection) and item.code == "too_large"
    assert "uncompressed" in item.detail


@pytest.mark.parametrize("cut", [True, False])
def test_damaged_or_false_gzip_text_is_rejected_as_damaged(tmp_path: Path, cut: bool) -> None:
    packed = gzip.compress(" ".join(f"word{i}" for i in range(5_000)).encode())
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(packed[: len(packed) // 2] if cut else b"plain text, not gzip")
    [item] = list(read_path(path))
    assert isinstance(item, Rejection) and (item.item, item.code) == (str(path), "truncated_file")


def test_jsonl_fields_and_aliases(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    rows = [
        {"id": "a", "text": "one", "title": "T", "url": "http://x", "outlet": "O", "date": "2021-12-01"},
        {"doc_id": "b", "text": "two", "publisher": "P", "publication_date": "2020-01-02"},
    ]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    a, b = list(read_path(path))
    assert (a.id, a.title, a.url, a.outlet, a.date) == ("a", "T", "http://x", "O", "2021-12-01")
    assert (b.id, b.outlet, b.date) == ("b", "P", "2020-01-02")


def test_bad_lines_are_rejected_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "ok", "text": "fine"}\nnot json\n{"id": "no-text"}\n[1, 2]\n{"id": "ok2", "text": "x"}\n')
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Rejection", "Rejection", "Article"]
    assert [i.code for i in items if isinstance(i, Rejection)] == ["bad_json", "missing_field", "bad_json"]


def test_invalid_utf8_is_decoded_and_flagged(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("“Olé,” he said.".encode("utf-8") + b" caf\xe9")
    [item] = list(read_path(path))
    assert isinstance(item, Article) and "invalid_utf8" in item.flags


def test_empty_and_binary_files_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    assert [i.code for i in read_path(tmp_path / "empty.txt")] == ["empty"]
    assert [i.code for i in read_path(tmp_path / "bin.txt")] == ["binary"]


def test_truncated_gzip_keeps_what_came_before(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(b"".join(json.dumps({"id": str(i), "text": "x" * 200}).encode() + b"\n" for i in range(50)))
    path.write_bytes(data[: len(data) // 2])
    items = list(read_path(path))
    assert isinstance(items[-1], Rejection) and items[-1].code == "truncated_file"
    assert all(isinstance(i, Article) for i in items[:-1])
