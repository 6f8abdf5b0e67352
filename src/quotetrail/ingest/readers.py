"""Turn input files into ``Article`` records (or ``Rejection`` records for what cannot be read).

Kept apart from extraction: readers know file formats, extraction knows only ``Article``.
"""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from quotetrail.errors import REJECTION_CODES
from quotetrail.types import Article, Rejection

Item = Article | Rejection

#: Articles larger than this are rejected rather than processed (characters).
MAX_ARTICLE_CHARS = 5_000_000


def _reject(item: str, code: str, detail: str = "") -> Rejection:
    return Rejection(item=item, code=code, detail=detail or REJECTION_CODES[code])


def decode_text(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode bytes as UTF-8 (with a BOM or not); invalid bytes are replaced and flagged."""
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), ("invalid_utf8",)


def looks_binary(data: bytes) -> bool:
    """True for data that is clearly not text: NUL bytes or many control characters."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return len(head) > 0 and controls / len(head) > 0.1


def check_text(item: str, text: str) -> Rejection | None:
    if not text.strip():
        return _reject(item, "empty")
    if len(text) > MAX_ARTICLE_CHARS:
        return _reject(item, "too_large", f"the article has {len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,}")
    return None


def read_text_file(path: Path) -> Iterator[Item]:
    """One plain-text article; its id is the file name."""
    item = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _reject(item, "unreadable", str(exc))
        return
    if looks_binary(data):
        yield _reject(item, "binary")
        return
    text, flags = decode_text(data)
    problem = check_text(item, text)
    if problem:
        yield problem
        return
    yield Article(id=path.name, text=text, flags=flags)


def _first(record: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def article_from_record(record: dict[str, Any], item: str, flags: tuple[str, ...] = ()) -> Item:
    """Build an Article from a JSON object with ``text`` and ``id``/``doc_id`` (and optional metadata)."""
    text = record.get("text")
    doc_id = _first(record, "id", "doc_id")
    if not isinstance(text, str):
        return _reject(item, "missing_field", "the record has no string field 'text'")
    if doc_id is None:
        return _reject(item, "missing_field", "the record has no 'id' or 'doc_id'")
    problem = check_text(f"{item} ({doc_id})", text)
    if problem:
        return problem

    def opt(*keys: str) -> str | None:
        value = _first(record, *keys)
        return None if value is None else str(value)

    return Article(
        id=str(doc_id),
        text=text,
        title=opt("title"),
        url=opt("url"),
        outlet=opt("outlet", "publisher"),
        date=opt("date", "publication_date"),
        author=opt("author"),
        flags=flags,
    )


def read_jsonl_file(path: Path) -> Iterator[Item]:
    """One article per line; gzipped when the name ends in ``.gz``. Bad lines are rejected one by one."""
    opener = gzip.open if path.name.endswith(".gz") else open
    lineno = 0
    try:
        with opener(path, "rb") as handle:
            for lineno, raw in enumerate(handle, start=1):
                item = f"{path}:{lineno}"
                if not raw.strip():
                    continue
                line, flags = decode_text(raw)
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield _reject(item, "bad_json", f"the line is not valid JSON ({exc.msg})")
                    continue
                if not isinstance(record, dict):
                    yield _reject(item, "bad_json")
                    continue
                yield article_from_record(record, item, flags)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield _reject(f"{path}:{lineno + 1}", "truncated_file", f"the gzip stream is damaged or ends early ({exc})")
    except OSError as exc:
        yield _reject(str(path), "unreadable", str(exc))


READERS = {
    ".txt": read_text_file,
    ".jsonl": read_jsonl_file,
    ".jsonl.gz": read_jsonl_file,
    ".json.gz": read_jsonl_file,
}


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def read_path(path: Path | str) -> Iterator[Item]:
    """Read one file of any supported type; files of other types are read as plain text."""
    path = Path(path)
    if not path.exists():
        yield _reject(str(path), "unreadable", "no such file")
        return
    reader = READERS.get(suffix_of(path), read_text_file)
    yield from reader(path)


def read_paths(paths: Iterable[Path | str]) -> Iterator[Item]:
    for path in paths:
        yield from read_path(path)
