"""The JSON API, every endpoint, through FastAPI's TestClient on a small linked corpus."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")
from fastapi.testclient import TestClient  # noqa: E402
from corpus_fixture import ALTERED_QUOTE, NASTY, ORIGINAL_QUOTE, build_corpus  # noqa: E402

from quotetrail.web import create_app  # noqa: E402
from quotetrail.web.params import MAX_PER_PAGE  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    db = tmp_path_factory.mktemp("web") / "corpus.db"
    return db, build_corpus(db)


@pytest.fixture(scope="module")
def client(corpus: tuple[Path, dict[str, int]]) -> TestClient:
    return TestClient(create_app(corpus[0]))


@pytest.fixture(scope="module")
def ids(corpus: tuple[Path, dict[str, int]]) -> dict[str, int]:
    return corpus[1]


def ok(client: TestClient, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def test_overview_counts_and_latest_stories(client: TestClient) -> None:
    body = ok(client, "/api")
    assert body["counts"] == {"articles": 6, "statements": 12, "speakers": 5, "stories": 1, "variant_clusters": 2,
                              "altered_clusters": 1, "derived_articles": 1, "rejections": 0}
    assert [s["title"] for s in body["latest_stories"]] == ["Brandt says she did not open the gate"]
    assert body["latest_stories"][0]["articles"] == 2
    assert body["outlets"] == ["<i>Evil</i> Outlet", "Bayside Radio", "Eastport Courier", "Eastport Gazette",
                               "Valley Digest"]


@pytest.mark.parametrize("query, expected", [
    ("valve", {ORIGINAL_QUOTE, ALTERED_QUOTE}),
    ('"spare valve"', {ORIGINAL_QUOTE}),
    ("yar*", {ALTERED_QUOTE}),
    ("YARD", {ALTERED_QUOTE}),
    ("gate", {"didn’t open the gate", "The gate wasn't opened. I didn't open the gate,"}),
    ("onerror", {"<img src=x onerror=alert(1)> is not a tag</b>"}),
    ("O’Neil", set()),  # the text only, as `quotes --search`: speakers are the speaker filter's
    ("valve NOT OR AND (", set()),  # operators are words, not syntax
    ("zebra", set()),
])
def test_search_full_text(client: TestClient, query: str, expected: set[str]) -> None:
    body = ok(client, "/api/statements?" + f"q={query}")
    assert {item["text"] for item in body["items"]} == expected
    assert body["total"] == len(body["items"])


def test_search_reports_match_offsets(client: TestClient) -> None:
    body = ok(client, "/api/statements?q=valve")
    for item in body["items"]:
        assert item["matches"]
        assert all(item["text"][s:e].lower() == "valve" for s, e in item["matches"])


@pytest.mark.parametrize("params, expected_count", [
    ("speaker=Hanna%20Brandt", 4),
    ("speaker=Nobody", 0),
    ("outlet=Bayside%20Radio", 3),
    ("kind=post", 2),
    ("kind=mixed&outlet=Valley%20Digest", 1),
    ("date_from=2021-12-03", 9),
    ("date_to=2021-12-02", 3),
    ("date_from=2021-12-03&date_to=2021-12-31", 2),
    ("altered=true", 1),
    ("altered=false", 11),
    ("q=gate&speaker=Hanna%20Brandt", 2),
])
def test_search_filters(client: TestClient, params: str, expected_count: int) -> None:
    assert ok(client, "/api/statements?" + params)["total"] == expected_count


def test_search_without_query_lists_newest_first(client: TestClient) -> None:
    body = ok(client, "/api/statements")
    dates = [item["date"] or item["article_date"] for item in body["items"]]
    assert dates[0] == "2024-03-07"
    assert "matches" not in body["items"][0] or body["items"][0]["matches"] == []


def test_pagination_is_bounded_and_links_the_next_page(client: TestClient) -> None:
    first = ok(client, "/api/statements?per_page=10")
    assert (first["total"], first["pages"], len(first["items"])) == (12, 2, 10)
    assert first["next"].endswith("per_page=10&page=2")
    second = ok(client, first["next"].replace("http://testserver", ""))
    assert len(second["items"]) == 2 and second["next"] is None
    assert {i["id"] for i in first["items"]}.isdisjoint({i["id"] for i in second["items"]})
    beyond = ok(client, "/api/statements?per_page=4&page=9")
    assert beyond["items"] == [] and beyond["total"] == 12
    assert client.get(f"/api/statements?per_page={MAX_PER_PAGE}").status_code == 200


def test_statement_with_its_wordings_judged_against_their_source(client: TestClient, ids: dict[str, int]) -> None:
    body = ok(client, f"/api/statements/{ids['altered_quote']}")
    assert body["statement"]["text"] == ALTERED_QUOTE
    assert body["statement"]["altered"] is True
    assert body["statement"]["outlet"] == "Valley Digest"
    [quote] = body["quotes"]
    assert quote["altered"] is True and quote["first_doc"] == "bayside-original"
    assert [(w["text"].rstrip(",."), w["relation"], w["source"]) for w in quote["quotes"]] == [
        (ORIGINAL_QUOTE.rstrip(",."), "source", None), (ALTERED_QUOTE.rstrip(",."), "altered", 0)]
    assert [["-", "even supposed"], ["+", "meant"]] == quote["quotes"][1]["diff"][2:4]
    assert quote["quotes"][1]["changes"] == ["substituted"]
    assert quote["quotes"][1]["statement"] == ids["altered_quote"]


def test_statement_api_and_page_show_the_same_wordings(client: TestClient, ids: dict[str, int]) -> None:
    body = ok(client, f"/api/statements/{ids['altered_quote']}")
    assert body["quotes"] == [ok(client, f"/api/altered/{q['cluster']}") for q in body["quotes"]]


def test_statement_without_cluster(client: TestClient, ids: dict[str, int]) -> None:
    body = ok(client, f"/api/statements/{ids['post']}")
    assert body["quotes"] == []
    assert body["statement"]["handle"] == "@BaysideRadio" and body["statement"]["kind"] == "post"


def test_variants_list_and_one(client: TestClient, ids: dict[str, int]) -> None:
    assert ok(client, "/api/variants")["total"] == 2
    altered = ok(client, "/api/variants?altered=true")
    assert [(c["id"], c["size"], c["root_text"]) for c in altered["items"]] == [(1, 2, ORIGINAL_QUOTE)]
    assert ok(client, "/api/variants?speaker=Hanna%20Brandt")["total"] == 2
    one = ok(client, "/api/variants/2")
    assert [w["statement"] for w in one["quotes"]] == [ids["mixed_original"], ids["mixed_rewrite"]]
    assert one["altered"] is False
    assert ok(client, "/api/variants/1") == ok(client, "/api/altered/1")


def test_speakers(client: TestClient) -> None:
    body = ok(client, "/api/speakers")
    assert [(s["name"], s["statements"], s["articles"]) for s in body["items"]][0] == ("Hanna Brandt", 4, 2)
    assert [s["name"] for s in ok(client, "/api/speakers?prefix=Bayside")["items"]] == ["Bayside Radio"]
    assert ok(client, "/api/speakers?prefix=%25")["total"] == 0  # LIKE wildcards are literal


def test_speaker_with_aliases_handles_and_statements_over_time(client: TestClient) -> None:
    body = ok(client, "/api/speakers/Hanna%20Brandt?per_page=3")
    sp = body["speaker"]
    assert sp["aliases"] == ["Brandt", "The engineer"]
    assert sp["handles"] == ["@HannaBrandt"]
    assert (sp["statements"], sp["articles"], sp["first_date"], sp["last_date"]) == (4, 2, "2021-12-02", "2021-12-04")
    assert sp["kinds"] == {"direct": 2, "mixed": 2}
    assert body["months"] == [["2021-12", 4]]
    dates = [s["article_date"] for s in body["statements"]["items"]]
    assert dates == sorted(dates) and body["statements"]["total"] == 4 and body["statements"]["pages"] == 2
    odd = ok(client, "/api/speakers/Mayor%20%3CJo%3E%20O%E2%80%99Neil")
    assert odd["speaker"]["handles"] == ["@jo<b>"]


@pytest.mark.parametrize("asked", ["Brandt", "The%20engineer", "%40HannaBrandt", "HannaBrandt"])
def test_a_speaker_asked_for_by_an_alias_or_handle_is_the_persons_page(client: TestClient, asked: str) -> None:
    assert ok(client, f"/api/speakers/{asked}")["speaker"]["name"] == "Hanna Brandt"
    page = client.get(f"/speakers/{asked}")
    assert page.status_code == 200 and "Hanna Brandt" in page.text


def test_articles_list(client: TestClient) -> None:
    body = ok(client, "/api/articles")
    assert [a["doc"] for a in body["items"]] == ["posts-1", "courier-1", "gazette-1", "nasty<script>",
                                                 "digest/rewrite", "bayside-original"]
    assert [a["statements"] for a in body["items"]] == [1, 3, 2, 1, 2, 3]
    assert [a["doc"] for a in ok(client, "/api/articles?outlet=Bayside%20Radio")["items"]] == ["bayside-original"]


def test_article_with_statements_links_and_story(client: TestClient) -> None:
    body = ok(client, "/api/articles/digest%2Frewrite")
    assert body["outlet"] == "Valley Digest"
    assert [s["text"] for s in body["statements"]] == ["didn’t open the gate", ALTERED_QUOTE]
    assert body["links"]["sources"][0]["doc"] == "bayside-original"
    assert body["links"]["sources"][0]["relation"] == "rewrite"
    assert body["links"]["derived"] == []
    assert body["story"]["id"] == 1
    assert body["boilerplate"][0][2] == "publisher"
    original = ok(client, "/api/articles/bayside-original")
    assert original["links"]["derived"][0]["doc"] == "digest/rewrite"
    assert original["speakers"][0] == {"name": "Hanna Brandt", "aliases": ["Brandt"], "handles": ["@HannaBrandt"],
                                       "person": "Hanna Brandt"}


def test_article_text_comes_back_exactly(client: TestClient) -> None:
    body = ok(client, "/api/articles/nasty%3Cscript%3E")
    assert body["text"] == NASTY
    assert body["flags"] == ["invalid_utf8"]
    s = body["statements"][0]
    assert NASTY[s["start"]:s["end"]] == s["text"]
    assert body["story"] is None


def test_stories(client: TestClient) -> None:
    body = ok(client, "/api/stories")
    assert [(s["id"], s["articles"], s["first_doc"]) for s in body["items"]] == [(1, 2, "bayside-original")]
    story = ok(client, "/api/stories/1")
    assert [a["doc"] for a in story["articles"]] == ["bayside-original", "digest/rewrite"]
    assert len(story["statements"]) == 5
    days = [s["date"] if s["date"] and s["date"][:1].isdigit() else s["article_date"] for s in story["statements"]]
    assert days == sorted(days)  # the post's "December 1, 2021" is not ISO: it sorts by its article's date


@pytest.mark.parametrize("url, parameter", [
    ("/api/statements?per_page=0", "per_page"),
    (f"/api/statements?per_page={MAX_PER_PAGE + 1}", "per_page"),
    ("/api/statements?per_page=ten", "per_page"),
    ("/api/statements?page=0", "page"),
    ("/api/statements?page=-3", "page"),
    ("/api/statements?page=99999999999999999999", "page"),
    ("/api/statements?kind=quote", "kind"),
    ("/api/statements?date_from=yesterday", "date_from"),
    ("/api/statements?date_from=2021-13-45", "date_from"),
    ("/api/statements?date_from=2022-01-01&date_to=2021-01-01", "date_to"),
    ("/api/statements?altered=maybe", "altered"),
    ("/api/statements?q=%21%21%21", "q"),
    ("/api/statements?q=" + "a" * 501, "q"),
    ("/api/statements/abc", "statement_id"),
    ("/api/statements/0", "statement_id"),
    ("/api/statements/99999999999999999999", "statement_id"),
    ("/api/stories/x", "story_id"),
    ("/api/variants/-1", "cluster_id"),
    ("/api/speakers?per_page=500", "per_page"),
    ("/api/articles?page=abc", "page"),
    ("/api/variants?altered=2", "altered"),
])
def test_bad_parameters_are_400_in_one_shape(client: TestClient, url: str, parameter: str) -> None:
    response = client.get(url)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert set(error) == {"status", "code", "message", "parameter"}
    assert (error["status"], error["code"], error["parameter"]) == (400, "bad_parameter", parameter)
    assert parameter in error["message"]


@pytest.mark.parametrize("url", [
    "/api/statements/424242", "/api/variants/99", "/api/speakers/Nobody%20At%20All", "/api/articles/missing.txt",
    "/api/stories/77", "/api/no-such-endpoint",
])
def test_missing_things_are_404_in_one_shape(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_writes_are_refused(client: TestClient) -> None:
    response = client.post("/api/statements", json={"text": "x"})
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"


def test_openapi_schema_documents_every_endpoint(client: TestClient) -> None:
    schema = ok(client, "/api/openapi.json")
    assert set(schema["paths"]) == {
        "/api", "/api/statements", "/api/statements/{statement_id}", "/api/variants", "/api/variants/{cluster_id}",
        "/api/speakers", "/api/speakers/{name}", "/api/articles", "/api/articles/{doc}", "/api/stories",
        "/api/stories/{story_id}", "/api/altered", "/api/altered/{cluster_id}",
    }
    per_page = next(p for p in schema["paths"]["/api/statements"]["get"]["parameters"] if p["name"] == "per_page")
    assert per_page["schema"]["maximum"] == MAX_PER_PAGE
    assert "ErrorOut" in schema["components"]["schemas"]


def test_statements_in_the_api_carry_every_field_of_the_data_model() -> None:
    from quotetrail.types import STATEMENT_FIELDS
    from quotetrail.web.models import StatementOut

    assert set(STATEMENT_FIELDS) <= set(StatementOut.model_fields)  # a new Statement field must reach the API


def test_api_docs_need_no_internet(client: TestClient) -> None:
    page = client.get("/api/docs")
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/api/docs/static/") for a in assets), assets  # nothing from a CDN
    for asset in assets:
        assert client.get(asset).status_code == 200
    assert "/api/openapi.json" in page.text


def test_serving_never_changes_the_database(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    ids = build_corpus(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    client = TestClient(create_app(db))
    for url in ["/api", "/api/statements?q=valve", f"/api/statements/{ids['altered_quote']}", "/api/stories/1",
                "/", "/search?q=valve", "/articles/bayside-original", "/stories/1"]:
        assert client.get(url).status_code == 200
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_corpus_that_goes_away_is_a_503_not_a_crash(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    build_corpus(db)
    client = TestClient(create_app(db))
    db.unlink()
    response = client.get("/api/statements")
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "corpus_unavailable"
    db.write_bytes(b"garbage" * 1000)
    assert client.get("/api/stories").json()["error"]["code"] == "corpus_corrupt"  # a CorpusUnavailable
    assert client.get("/stories").status_code == 503
