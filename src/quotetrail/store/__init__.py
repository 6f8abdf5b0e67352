"""The embedded SQLite corpus: one writer, many readers, schema migrations recorded inside."""
from quotetrail.store.db import DEFAULT_DB, Store, article_key
from quotetrail.store.query import (
    FoundStatement,
    SpeakerSummary,
    StatementFilter,
    count_statements,
    find_speakers,
    find_statements,
    load_result,
    stats,
)

__all__ = [
    "DEFAULT_DB", "FoundStatement", "SpeakerSummary", "StatementFilter", "Store", "article_key",
    "count_statements", "find_speakers", "find_statements", "load_result", "stats",
]
