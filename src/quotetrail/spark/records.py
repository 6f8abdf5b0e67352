"""One input line -> statements, with a tally of what went wrong. Plain Python: no Spark needed.

This is the body of the Spark job's ``mapPartitions`` step, kept apart so that it can be tested and
reused without a cluster. It does nothing the per-article code does not do: parse the JSON object,
build the ``Article`` with ``article_from_record`` and call ``extract_article``.
"""
from __future__ import annotations

import json
from collections import Counter
from typing import Any

from quotetrail.extract import extract_article
from quotetrail.ingest.readers import article_from_record
from quotetrail.types import STATEMENT_FIELDS, Rejection, Statement

#: Tally keys besides ``rejected:<code>`` (codes as in quotetrail.errors.REJECTION_CODES).
RECORDS, ARTICLES, STATEMENTS = "records", "articles", "statements"


def statements_from_line(line: str, item: str, tally: Counter[str]) -> list[Statement]:
    """The statements of the article on one JSON Lines line; bad input is counted in ``tally``, never raised."""
    if not line.strip():
        return []
    tally[RECORDS] += 1
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        record = None
    if not isinstance(record, dict):
        tally["rejected:bad_json"] += 1
        return []
    article = article_from_record(record, item)
    if isinstance(article, Rejection):
        tally[f"rejected:{article.code}"] += 1
        return []
    try:
        statements = extract_article(article).statements
    except Exception:  # noqa: BLE001  (one bad article must not fail the task; it is counted instead)
        tally["rejected:extract_failed"] += 1
        return []
    tally[ARTICLES] += 1
    tally[STATEMENTS] += len(statements)
    return list(statements)


def statement_row(statement: Statement) -> tuple[Any, ...]:
    """The statement's values in ``STATEMENT_FIELDS`` order (the order of the output schema)."""
    return tuple(getattr(statement, name) for name in STATEMENT_FIELDS)
