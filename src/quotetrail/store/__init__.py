"""The embedded SQLite corpus: one writer, many readers, schema migrations recorded inside."""
from quotetrail.store.db import Store, article_key

__all__ = ["Store", "article_key"]
