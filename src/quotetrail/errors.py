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


class StoreError(QuotetrailError):
    """The corpus database cannot be used as asked; ``code`` names the reason (stable, for scripts)."""

    code = "store_error"


class CorpusBusy(StoreError):
    """Another process is writing to the corpus and did not finish within the wait."""

    code = "corpus_busy"


class CorpusReadOnly(StoreError):
    """The corpus file or its folder cannot be written."""

    code = "corpus_read_only"


class DiskFull(StoreError):
    """The disk (or the database's size limit) is full."""

    code = "disk_full"


class CorpusCorrupt(StoreError):
    """The database file is damaged (``quotetrail check`` runs SQLite's integrity check)."""

    code = "corpus_corrupt"


class SchemaTooNew(StoreError):
    """The corpus was written by a newer quotetrail, whose schema this one does not know."""

    code = "schema_too_new"


def store_error(path: object, exc: BaseException) -> StoreError:
    """The coded error for an SQLite failure on the corpus at ``path``."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return CorpusBusy(f"{path}: the corpus is locked by another process ({exc})")
    if "readonly" in text or "read-only" in text:
        return CorpusReadOnly(f"{path}: the corpus cannot be written ({exc}); check the file's and its folder's permissions")
    if "full" in text:
        return DiskFull(f"{path}: the disk is full ({exc}); what was committed before is kept, free space and run again")
    if "not a database" in text:
        return CorpusCorrupt(f"{path}: not a quotetrail corpus, or damaged beyond reading ({exc})")
    if "malformed" in text or "corrupt" in text:
        return CorpusCorrupt(f"{path}: the corpus database is damaged ({exc}); `quotetrail check --db {path}` "
                             "tells more; restore it from a copy or ingest again into a new file")
    return StoreError(f"{path}: the corpus database failed ({exc})")
