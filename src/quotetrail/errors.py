"""Exceptions and the codes of rejected input, in one place."""
from __future__ import annotations

#: Rejection codes, with the message shown to users.
REJECTION_CODES: dict[str, str] = {
    "empty": "the item holds no text",
    "binary": "the item is binary, not text",
    "invalid_utf8": "the item is not valid UTF-8 (decoded with replacement characters)",
    "too_large": "the article is larger than the limit",
    "bad_json": "the line is not a JSON object",
    "missing_field": "a required field is missing",
    "truncated_file": "the compressed or archive file ends early",
    "no_article_text": "no article text could be found in the page",
    "unreadable": "the item could not be read",
    "unsupported": "the file type is not supported",
    "extract_failed": "extraction failed on this article",
    "bad_id": "the id is not a string or an integer of sensible length",
    "too_slow": "extraction took longer than the time budget of one article",
    "rest_of_file": "the rest of the file, after too many rejected lines in a row",
}


class QuotetrailError(Exception):
    """Base class of every error quotetrail raises on purpose."""


class InputError(QuotetrailError):
    """An input item could not be read; ``code`` is one of REJECTION_CODES."""

    def __init__(self, item: str, code: str, detail: str = "") -> None:
        self.item = item
        self.code = code
        self.detail = detail or REJECTION_CODES.get(code, code)
        super().__init__(f"{item}: {self.detail}")
