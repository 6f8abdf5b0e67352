"""The per-article pipeline: the same function runs in a CLI worker and in a Spark task."""
from __future__ import annotations

import re

from quotetrail.types import Article, ArticleResult, Statement

_DIRECT = re.compile(r"[“\"]([^“”\"\n]{3,}?)[”\"]")


def extract_article(article: Article) -> ArticleResult:
    text = article.text
    statements = [
        Statement(doc=article.id, start=m.start(1), end=m.end(1), text=m.group(1), kind="direct", confidence=0.3)
        for m in _DIRECT.finditer(text)
    ]
    return ArticleResult(article=article, statements=tuple(statements))


def extract(text: str, doc_id: str = "doc", **metadata: str | None) -> list[Statement]:
    """Every statement in ``text``; ``metadata`` fills the other ``Article`` fields (title, url, ...)."""
    return list(extract_article(Article(id=doc_id, text=text, **metadata)).statements)
