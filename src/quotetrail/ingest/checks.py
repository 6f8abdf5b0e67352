"""Checks every reader applies to raw input: reading within a size limit (gzipped or not), decoding,
binary data, empty and oversized articles."""
from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from quotetrail.errors import REJECTION_CODES
from quotetrail.types import Rejection

#: Articles larger than this are rejected rather than processed (characters).
MAX_ARTICLE_CHARS = 5_000_000


def reject(item: str, code: str, detail: str = "") -> Rejection:
    return Rejection(item=item, code=code, detail=detail or REJECTION_CODES[code])


def is_gzipped(path: Path) -> bool:
    return path.name.lower().endswith(".gz")


def read_bounded(path: Path, limit: int, noun: str, limit_text: str) -> bytes | Rejection:
    """The bytes of a file, gunzipped when its name ends in ``.gz``; a Rejection when it holds more than
    ``limit`` bytes, cannot be read or is damaged.

    A gzipped file is decompressed at most ``limit + 1`` bytes, so a small file that expands to gigabytes
    (a gzip bomb) costs bounded memory. ``noun`` and ``limit_text`` word the message ("file",
    "5,000,000 characters").
    """
    item = str(path)
    try:
        if not is_gzipped(path):
            size = path.stat().st_size
            if size > limit:
                return reject(item, "too_large", f"the {noun} has {size:,} bytes; the limit is {limit_text}")
            return path.read_bytes()
        with gzip.open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        return reject(item, "truncated_file", f"the gzip stream is damaged or ends early ({exc})")
    except OSError as exc:
        return reject(item, "unreadable", str(exc))
    if len(data) > limit:
        return reject(item, "too_large",
                      f"the {noun} holds more than {limit:,} bytes uncompressed; the limit is {limit_text}")
    return data


def without_gz(path: Path) -> str:
    """The name a file's article goes by: for a gzipped file, that of the file before it was compressed."""
    return path.name[:-3] if is_gzipped(path) else path.name


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
        return reject(item, "empty")
    if len(text) > MAX_ARTICLE_CHARS:
        return reject(item, "too_large", f"the article has {len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,}")
    return None
