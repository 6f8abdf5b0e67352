"""Odd requests: HEAD, methods not allowed, a forged Host header, and one rule for dates."""
from __future__ import annotations

from pathlib import Path


import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")
from fastapi.testclient import TestClient  # noqa: E402
from corpus_fixture import build_corpus  # noqa: E402

from quotetrail.web import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("web") / "corpus.db"
    build_corpus(db)
    return TestClient(create_app(db))


@pytest.mark.parametrize("url", ["/", "/search", "/api", "/api/statements", "/api/speakers"])
def test_head_is_answered_like_get_without_a_body(client: TestClient, url: str) -> None:
    got, head = client.get(url), client.head(url)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]


@pytest.mark.parametrize("url", ["/", "/api/statements"])
def test_a_method_not_allowed_says_which_are(client: TestClient, url: str) -> None:
    response = client.post(url)
    assert response.status_code == 405
    assert "GET" in response.headers["allow"]


def test_next_links_never_echo_the_host_header(client: TestClient) -> None:
    body = client.get("/api/statements?per_page=1&kind=direct", headers={"Host": "evil.example"}).json()
    assert body["pages"] > 1, body
    assert body["next"].startswith("/api/statements?") and "evil" not in body["next"]
    assert "page=2" in body["next"] and "kind=direct" in body["next"]


@pytest.mark.parametrize("value", ["0", "1", "20240301", "2024-13-01", "1700000000"])
@pytest.mark.parametrize("parameter", ["date_from", "date_to"])
def test_every_date_parameter_takes_only_yyyy_mm_dd(client: TestClient, parameter: str, value: str) -> None:
    for url in (f"/api/statements?{parameter}={value}", f"/search?{parameter}={value}"):
        response = client.get(url)
        assert response.status_code == 400, (url, response.status_code)


def test_a_real_date_is_taken(client: TestClient) -> None:
    assert client.get("/api/statements?date_from=2024-01-01&date_to=2024-12-31").status_code == 200


def test_the_search_form_counts_speakers_once_per_version_of_the_corpus(tmp_path: Path, monkeypatch) -> None:
    from quotetrail.store import Store
    from quotetrail.types import Article, ArticleResult, Statement
    from quotetrail.web import params

    db = tmp_path / "corpus.db"
    build_corpus(db)
    app_client = TestClient(create_app(db))
    calls = []
    counted = params.speaker_names
    monkeypatch.setattr(params, "speaker_names", lambda *a, **k: calls.append(1) or counted(*a, **k))
    for _ in range(3):
        assert app_client.get("/search").status_code == 200
    assert len(calls) == 1
    text = "“The pier opens in May,” Zelda Quorn said."
    with Store(db) as store, store.conn:
        store.add_result(ArticleResult(Article(id="new", text=text), (Statement(
            doc="new", start=1, end=22, text=text[1:22], kind="direct", speaker="Zelda Quorn", confidence=0.9),)))
    page = app_client.get("/search")
    assert len(calls) == 2 and "Zelda Quorn" in page.text


def test_a_cached_page_is_the_same_until_the_corpus_changes(tmp_path: Path) -> None:
    from quotetrail.store import Store
    from quotetrail.types import Article, ArticleResult, Statement

    db = tmp_path / "corpus.db"
    build_corpus(db)
    app_client = TestClient(create_app(db))
    first, again = app_client.get("/api/statements?kind=direct"), app_client.get("/api/statements?kind=direct")
    assert again.content == first.content and again.headers == first.headers
    assert app_client.head("/api/statements?kind=direct").content == b""
    text = "“The pier opens in May,” Zelda Quorn said."
    with Store(db) as store, store.conn:
        store.add_result(ArticleResult(Article(id="new", text=text), (Statement(
            doc="new", start=1, end=22, text=text[1:22], kind="direct", speaker="Zelda Quorn", confidence=0.9),)))
    after = app_client.get("/api/statements?kind=direct").json()
    assert after["total"] == first.json()["total"] + 1
