"""Across articles: same-story clusters, copies and rewrites, variants of one statement, timeline.

``link_corpus(store)`` is the one entry point; ``quotetrail link`` and the end of ``ingest`` call it.
"""
from quotetrail.corpus.link import LinkSummary, link_corpus

__all__ = ["LinkSummary", "link_corpus"]
