"""Per-article extraction: ``Article`` -> ``ArticleResult``. Pure and deterministic."""
from __future__ import annotations

from quotetrail.extract.pipeline import extract, extract_article

__all__ = ["extract", "extract_article"]
