"""Checks every reader applies to raw input: decoding, binary data, empty and oversized articles."""
from __future__ import annotations

from quotetrail.errors import REJECTION_CODES
from quotetrail.types import Rejection

#: Articles larger than this are rejected rather than processed (characters).
MAX_ARTICLE_CHARS = 5_000_000


def reject(item: str, code: str, detail: str = "") -> Rejection:
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
        return reject(item, "empty")
    if len(text) > MAX_ARTICLE_CHARS:
        return reject(item, "too_large", f"the article has {len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,}")
    return None
