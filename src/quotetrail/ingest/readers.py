"""Turn input files into ``Article`` records (or ``Rejection`` records for what cannot be read).

Kept apart from extraction: readers know file formats, extraction knows only ``Article``.

Readers work in two steps so that an ingest can spread the costly part over worker processes:
``iter_units`` reads a file into *units* (an ``Article``, a ``Rejection``, or an ``HtmlPage`` whose
main text is still to be extracted), each with the number of bytes of the file read so far (for
progress); ``resolve`` turns a unit into an ``Article`` or a ``Rejection``. ``read_path`` does both.
"""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from quotetrail.ingest.checks import MAX_ARTICLE_CHARS, check_text, decode_text, looks_binary, reject
from quotetrail.ingest.html import HtmlPage, article_from_html, read_html_file
from quotetrail.ingest.warc import iter_warc
from quotetrail.types import Article, Rejection

Item = Article | Rejection
Unit = Article | Rejection | HtmlPage
Positioned = Iterator[tuple[Unit, int]]

__all__ = ["MAX_ARTICLE_CHARS", "Item", "Unit", "iter_units", "read_path", "read_paths", "resolve", "SUFFIXES"]


def read_text_file(path: Path) -> Item:
    """One plain-text article; its id is the file name."""
    item = str(path)
    try:
        size = path.stat().st_size
        if size > 4 * MAX_ARTICLE_CHARS:  # more characters than the limit, whatever the encoding
            return reject(item, "too_large", f"the file has {size:,} bytes; the limit is {MAX_ARTICLE_CHARS:,} characters")
        data = path.read_bytes()
    except OSError as exc:
        return reject(item, "unreadable", str(exc))
    if looks_binary(data):
        return reject(item, "binary")
    text, flags = decode_text(data)
    problem = check_text(item, text)
    if problem:
        return problem
    return Article(id=path.name, text=text, flags=flags)


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
        return reject(item, "missing_field", "the record has no string field 'text'")
    if doc_id is None:
        return reject(item, "missing_field", "the record has no 'id' or 'doc_id'")
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


#: A JSON line longer than this (bytes) holds more than MAX_ARTICLE_CHARS characters, whatever it holds besides.
MAX_LINE_BYTES = 4 * MAX_ARTICLE_CHARS + 1_000_000


def _jsonl_item(raw: bytes, item: str) -> Item:
    if len(raw) > MAX_LINE_BYTES:  # refused before decoding and parsing, which would take several times its size
        return reject(item, "too_large", f"the line has {len(raw):,} bytes; the limit is {MAX_ARTICLE_CHARS:,} characters")
    line, flags = decode_text(raw)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return reject(item, "bad_json", f"the line is not valid JSON ({exc.msg} at character {exc.pos + 1})")
    if not isinstance(record, dict):
        return reject(item, "bad_json")
    return article_from_record(record, item, flags)


def iter_jsonl(path: Path) -> Positioned:
    """One article per line; gzipped when the name ends in ``.gz``. Bad lines are rejected one by one."""
    lineno = 0
    try:
        raw = path.open("rb")
    except OSError as exc:
        yield reject(str(path), "unreadable", str(exc)), 0
        return
    with raw:
        handle = gzip.GzipFile(fileobj=raw, mode="rb") if path.name.lower().endswith(".gz") else raw
        try:
            empty = True
            for lineno, line in enumerate(handle, start=1):
                if line.strip():
                    empty = False
                    yield _jsonl_item(line, f"{path}:{lineno}"), raw.tell()
            if empty:
                yield reject(str(path), "empty", "the file holds no JSON lines"), raw.tell()
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            yield reject(f"{path}:{lineno + 1}", "truncated_file",
                         f"the gzip stream is damaged or ends early after line {lineno:,} ({exc})"), raw.tell()
        except OSError as exc:
            yield reject(f"{path}:{lineno + 1}", "unreadable", str(exc)), raw.tell()


def _single(read: Callable[[Path], Unit]) -> Callable[[Path], Positioned]:
    def units(path: Path) -> Positioned:
        unit = read(path)
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        yield unit, size

    return units


READERS: dict[str, Callable[[Path], Positioned]] = {
    ".txt": _single(read_text_file),
    ".html": _single(read_html_file),
    ".htm": _single(read_html_file),
    ".jsonl": iter_jsonl,
    ".jsonl.gz": iter_jsonl,
    ".json.gz": iter_jsonl,
    ".warc": iter_warc,
    ".warc.gz": iter_warc,
}
#: The file name endings read as articles when a folder is given.
SUFFIXES: tuple[str, ...] = tuple(sorted(READERS, key=len, reverse=True))


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def iter_units(path: Path | str) -> Positioned:
    """The units of one file of any supported type; files of other types are read as plain text."""
    path = Path(path)
    if not path.is_file():
        yield reject(str(path), "unreadable", "no such file" if not path.exists() else "not a file"), 0
        return
    yield from READERS.get(suffix_of(path), _single(read_text_file))(path)


def resolve(unit: Unit) -> Item:
    """A unit as an Article or a Rejection (for an HTML page: extracts its main text)."""
    return article_from_html(unit) if isinstance(unit, HtmlPage) else unit


def read_path(path: Path | str) -> Iterator[Item]:
    """Read one file of any supported type into Articles and Rejections."""
    for unit, _ in iter_units(path):
        yield resolve(unit)


def read_paths(paths: Iterable[Path | str]) -> Iterator[Item]:
    for path in paths:
        yield from read_path(path)
