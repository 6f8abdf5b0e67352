"""The altered-quotes pages and API (corpus built here from made-up articles, then linked)."""
import pytest
from fastapi.testclient import TestClient

from quotetrail.corpus import link_corpus
from quotetrail.store.db import Store
from quotetrail.types import Article, ArticleResult, Statement
from quotetrail.web.app import create_app

FIRST = ("The Varsel ferry service stops in June. “We will not cut the night ferry to Holm before 2026,” "
         "harbour master Lene Brask said on Monday. The board meets again in May.")
LATER = ("Ferries from Varsel stop in June. “We will cut the night ferry to Holm before 2026,” harbour master "
         "Lene Brask said. The board of the Varsel ferry service meets again in May.")


def _result(doc, text, date, outlet):
    quote = text[text.index("“") + 1:text.index("”")]
    start = text.index(quote)
    statement = Statement(doc=doc, start=start, end=start + len(quote), text=quote, kind="direct", speaker="Lene Brask")
    return ArticleResult(Article(id=doc, text=text, date=date, outlet=outlet), (statement,))


@pytest.fixture
def client(tmp_path):
    store = Store(tmp_path / "c.db")
    with store.conn:
        store.add_result(_result("first", FIRST, "2024-05-06", "Varsel Post"))
        store.add_result(_result("later", LATER, "2024-05-07", "Holm Herald"))
    link_corpus(store)
    store.close()
    return TestClient(create_app(tmp_path / "c.db"))


def test_altered_quotes_api_and_pages(client):
    listing = client.get("/api/altered").json()
    assert listing["total"] == 1
    (item,) = listing["items"]
    assert "negation" in item["changes"] and item["severity"] >= 3
    cluster = client.get(f"/api/altered/{item['id']}").json()
    source, later = cluster["quotes"]
    assert source["relation"] == "source" and source["outlet"] == "Varsel Post" and source["date"] == "2024-05-06"
    assert later["altered"] and later["source"] == 0 and later["outlet"] == "Holm Herald"
    assert ["-", "not"] in later["diff"] and "negation" in later["changes"]
    page = client.get("/altered").text
    assert f'href="/altered/{item["id"]}"' in page and "negation" in page
    detail = client.get(f"/altered/{item['id']}").text
    assert "<del>not</del>" in detail and "Holm Herald" in detail and "2024-05-07" in detail
    statement = client.get(f"/statements/{later['statement']}").text
    assert "source wording and later wordings" in statement and "<del>not</del>" in statement
    assert client.get("/altered/999").status_code == 404 and client.get("/api/altered/999").status_code == 404
