"""Every error quotetrail raises on purpose, and the codes of rejected input, in one place.

Each exception class carries a stable ``code`` (shown in the web's JSON errors and kept across
releases, as spaCy's ``errors.py`` does with its numbered messages); the same case raises the same
class wherever it happens: a library call, the CLI, the web app or the Spark job.
"""
from __future__ import annotations

from collections.abc import Iterable

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
    "store_refused": "the corpus database refused to store the article",
    "bad_id": "the id is not a string or an integer of sensible length",
    "too_slow": "extraction took longer than the time budget of one article",
    "rest_of_file": "the rest of the file, after too many rejected lines in a row",
}

#: Codes in ``rejections`` that mark an article ingested with a warning rather than an item left out.
WARNING_CODES = frozenset({"invalid_utf8"})


class QuotetrailError(Exception):
    """Base class of every error quotetrail raises on purpose; ``code`` names the case."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CorpusUnavailable(QuotetrailError):
    """The corpus database is missing, unreadable or of another schema version."""

    code = "corpus_unavailable"


class QueryError(QuotetrailError):
    """A filter or request parameter that cannot be turned into a query (a 400 on the web)."""

    code = "bad_parameter"

    def __init__(self, parameter: str | None, message: str) -> None:
        super().__init__(message)
        self.parameter = parameter

    def __str__(self) -> str:
        return f"{self.parameter}: {self.message}" if self.parameter else self.message


class UnknownFormat(QueryError):
    """An output format that the writer at hand does not know (export, Spark)."""

    code = "unknown_format"

    def __init__(self, fmt: str, formats: Iterable[str]) -> None:
        super().__init__("format", f"unknown format {fmt!r}; choose one of {', '.join(formats)}")


class NotFound(QuotetrailError):
    """No such article, statement, speaker, cluster or story (a 404 on the web)."""

    code = "not_found"


class MissingExtra(QuotetrailError):
    """An optional dependency is not installed (``pip install 'quotetrail[EXTRA]'``)."""

    code = "missing_extra"


class StoreError(CorpusUnavailable):
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


def error_codes() -> dict[str, str]:
    """Every error code -> the first line of its class's docstring (for docs and the API schema)."""
    found: dict[str, str] = {}
    pending: list[type[QuotetrailError]] = [QuotetrailError]
    while pending:
        cls = pending.pop(0)
        found.setdefault(cls.code, (cls.__doc__ or "").strip().splitlines()[0])
        pending += cls.__subclasses__()
    return found
