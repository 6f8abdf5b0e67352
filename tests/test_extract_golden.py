"""Golden whole-article tests: articles written for these tests, with their expected statements.

The expected JSON Lines were produced by the extractor and checked by hand. After a deliberate
change, regenerate them with ``QUOTETRAIL_UPDATE_GOLDEN=1 pytest tests/test_extract_golden.py``
and review the diff before committing.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from quotetrail.extract import extract_article
from quotetrail.types import Article

GOLDEN = Path(__file__).parent / "golden"
ARTICLES = sorted(GOLDEN.glob("*.txt"))


def _rows(path: Path) -> list[dict]:
    result = extract_article(Article(id=path.name, text=path.read_text(encoding="utf-8")))
    rows = [s.to_dict() for s in result.statements]
    rows.append({"truncated": result.truncated,
                 "boilerplate": [result.article.text[b.start:b.end] for b in result.boilerplate]})
    return json.loads(json.dumps(rows))  # as the JSON Lines hold them (tuples become lists)


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_golden_article(path: Path) -> None:
    expected_path = path.with_suffix(".jsonl")
    rows = _rows(path)
    if os.environ.get("QUOTETRAIL_UPDATE_GOLDEN"):
        expected_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows == expected


def test_there_are_golden_articles() -> None:
    assert len(ARTICLES) >= 2
