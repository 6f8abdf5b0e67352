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
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from quotetrail.ingest.checks import (
    MAX_ARTICLE_CHARS, check_text, decode_text, is_gzipped, looks_binary, read_bounded, reject, without_gz,
)
from quotetrail.ingest.html import HtmlPage, article_from_html, read_html_file
from quotetrail.ingest.warc import iter_warc
from quotetrail.types import Article, Rejection

Item = Article | Rejection
Unit = Article | Rejection | HtmlPage
Positioned = Iterator[tuple[Unit, int]]

__all__ = ["MAX_ARTICLE_CHARS", "Item", "Unit", "iter_units", "read_path", "read_paths", "resolve", "SUFFIXES"]


def read_text_file(path: Path) -> Item:
    """One plain-text article, gzipped or not; its id is the file name (without ``.gz``)."""
    item = str(path)
    # more bytes than 4 per character of the limit hold more characters than the limit, whatever the encoding
    data = read_bounded(path, 4 * MAX_ARTICLE_CHARS, "file", f"{MAX_ARTICLE_CHARS:,} characters")
    if isinstance(data, Rejection):
        return data
    if looks_binary(data):
        return reject(item, "binary")
    text, flags = decode_text(data)
    problem = check_text(item, text)
    if problem:
        return problem
    return Article(id=without_gz(path), text=text, flags=flags)


def _first(record: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


#: An article id longer than this (characters, or digits of an integer id) is refused.
MAX_ID_CHARS = 1_000
_MAX_ID_INT = 10 ** MAX_ID_CHARS
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _valid_id(value: Any) -> str | None:
    """The id as stored: a string or an integer (not a boolean, a float or an object) of sensible length."""
    if isinstance(value, str) and len(value) <= MAX_ID_CHARS:
        return value
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < _MAX_ID_INT:
        return str(value)
    return None


def _no_surrogates(value: str, flags: list[str]) -> str:
    """A lone surrogate (JSON ``"\\ud800"``) cannot be stored as UTF-8: one U+FFFD for it, offsets kept."""
    if _SURROGATE_RE.search(value) is None:
        return value
    if "invalid_utf8" not in flags:
        flags.append("invalid_utf8")
    return _SURROGATE_RE.sub("\ufffd", value)


def article_from_record(record: dict[str, Any], item: str, flags: tuple[str, ...] = ()) -> Item:
    """Build an Article from a JSON object with ``text`` and ``id``/``doc_id`` (and optional metadata)."""
    text = record.get("text")
    raw_id = _first(record, "id", "doc_id")
    if not isinstance(text, str):
        return reject(item, "missing_field", "the record has no string field 'text'")
    if raw_id is None:
        return reject(item, "missing_field", "the record has no 'id' or 'doc_id'")
    doc_id = _valid_id(raw_id)
    if doc_id is None:
        shown = type(raw_id).__name__ if not isinstance(raw_id, (str, int, float)) else f"{str(raw_id)[:40]!r}"
        return reject(item, "bad_id", f"the id {shown} is not a string or an integer of at most {MAX_ID_CHARS:,} characters")
    problem = check_text(f"{item} ({doc_id})", text)
    if problem:
        return problem
    found = list(flags)
    text, doc_id = _no_surrogates(text, found), _no_surrogates(doc_id, found)

    def opt(*keys: str) -> str | None:
        value = _first(record, *keys)
        return None if value is None else _no_surrogates(str(value), found)

    return Article(
        id=doc_id,
        text=text,
        title=opt("title"),
        url=opt("url"),
        outlet=opt("outlet", "publisher"),
        date=opt("date", "publication_date"),
        author=opt("author"),
        flags=tuple(found),
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
    except RecursionError:
        return reject(item, "bad_json", "the line is nested too deeply to be an article")
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        return reject(item, "bad_json", f"the line holds a value that cannot be read ({str(exc)[:80]})")
    if not isinstance(record, dict):
        return reject(item, "bad_json")
    return article_from_record(record, item, flags)


#: After this many rejected lines in a row, the rest of a file is rejected as one item.
MAX_REJECTED_IN_A_ROW = 1_000
_READ_CHUNK = 1 << 20


def _lines(handle: Any) -> Iterator[bytes | int]:
    """The lines of a binary file; a line longer than MAX_LINE_BYTES is skipped and given as its size.

    A line is read at most MAX_LINE_BYTES + 1 bytes at a time, so a huge line (a gzip bomb holding
    one line of gigabytes) costs bounded memory.
    """
    while True:
        line = handle.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) <= MAX_LINE_BYTES or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while True:  # skip the rest of the line
            chunk = handle.readline(_READ_CHUNK)
            size += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                break
        yield size


def iter_jsonl(path: Path) -> Positioned:
    """One article per line; gzipped when the name ends in ``.gz``. Bad lines are rejected one by one,
    up to MAX_REJECTED_IN_A_ROW in a row; then the rest of the file is one rejection with its line count."""
    lineno = 0
    try:
        raw = path.open("rb")
    except OSError as exc:
        yield reject(str(path), "unreadable", str(exc)), 0
        return
    with raw:
        handle = gzip.GzipFile(fileobj=raw, mode="rb") if is_gzipped(path) else raw
        try:
            empty, in_a_row = True, 0
            lines = _lines(handle)
            for lineno, line in enumerate(lines, start=1):
                if isinstance(line, int):
                    item: Item = reject(f"{path}:{lineno}", "too_large",
                                        f"the line has {line:,} bytes; the limit is {MAX_ARTICLE_CHARS:,} characters")
                elif not line.strip():
                    continue
                else:
                    item = _jsonl_item(line, f"{path}:{lineno}")
                empty = False
                in_a_row = in_a_row + 1 if isinstance(item, Rejection) else 0
                yield item, raw.tell()
                if in_a_row >= MAX_REJECTED_IN_A_ROW:
                    rest = sum(1 for _ in lines)
                    yield reject(f"{path}:{lineno + 1}-", "rest_of_file",
                                 f"{MAX_REJECTED_IN_A_ROW:,} lines in a row were rejected; the remaining "
                                 f"{rest:,} lines of the file were not read as articles"), raw.tell()
                    lineno += rest
                    break
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
    ".txt.gz": _single(read_text_file),
    ".html": _single(read_html_file),
    ".html.gz": _single(read_html_file),
    ".htm": _single(read_html_file),
    ".htm.gz": _single(read_html_file),
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
        what = "not a file" if path.exists() else "a symbolic link that leads nowhere (a loop or a missing target)" \
            if path.is_symlink() else "no such file"
        yield reject(str(path), "unreadable", what), 0
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
