"""The per-group bodies of ``spark-run``'s variants stage and its statement rows: no Spark needed."""
from __future__ import annotations

from quotetrail.corpus.link import quote_signatures
from quotetrail.extract import extract_article
from quotetrail.spark import stages
from quotetrail.store.db import Store
from quotetrail.types import Article

SAID = "“The ferry to Nordholm will run every hour from May until the end of October,” said Ilse Brandt."
CHANGED = "“The ferry to Nordholm will run every two hours from May until the end of October,” said Ilse Brandt."
OTHER = "“Our bakery sells rye bread on Saturdays and closes early in winter,” said Tomas Weel."


def _article(article_id: int, date: str, text: str) -> stages.QuoteArticle:
    return stages.QuoteArticle(article_id, f"doc-{article_id}", text, date, False, None, ())


def test_agreeing_pairs_keep_the_articles_of_similar_quotes_only() -> None:
    same, changed, other = quote_signatures([SAID, CHANGED, OTHER])
    rows = [(1, 2, same, changed), (1, 3, same, other), (4, 5, same, same)]
    assert stages.agreeing_pairs(rows) == [(1, 2), (4, 5)]


def test_a_group_gives_the_same_clusters_whichever_order_its_pairs_come_in() -> None:
    articles = [_article(1, "2025-05-01", "The council met on Monday. " + SAID),
                _article(2, "2025-05-02", "Islanders were told on Tuesday. " + CHANGED)]
    one = stages.variant_group(articles, [(1, 2)])
    assert one == stages.variant_group(list(reversed(articles)), [(2, 1), (1, 2)])
    altered = [(n, c) for n, c in one if c.altered]
    assert len(altered) == 1
    quotes = altered[0][1].quotes
    assert [q.article_id for q in quotes] == [1, 2]  # first appearance first
    assert quotes[1].relation == "altered" and quotes[1].source == 0


def test_statement_rows_fill_every_column_the_store_has() -> None:
    text = "The council met on Monday. " + SAID
    found = extract_article(Article("a", text))
    with Store(":memory:") as store:
        columns = {r[1] for r in store.conn.execute("PRAGMA table_info(statements)")} - {"id"}
    rows = stages.statement_rows(7, "a#2", found)
    assert rows and all(set(r) == columns for r in rows)
    assert {r["doc"] for r in rows} == {"a#2"}
