"""The HTML pages through TestClient: content, escaping of article text, errors as pages with a 4xx."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")
from fastapi.testclient import TestClient  # noqa: E402
from corpus_fixture import build_corpus  # noqa: E402

from quotetrail.web import create_app  # noqa: E402


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestClient, dict[str, int]]:
    db = tmp_path_factory.mktemp("pages") / "corpus.db"
    ids = build_corpus(db)
    return TestClient(create_app(db)), ids


@pytest.fixture(scope="module")
def client(setup: tuple[TestClient, dict[str, int]]) -> TestClient:
    return setup[0]


@pytest.fixture(scope="module")
def ids(setup: tuple[TestClient, dict[str, int]]) -> dict[str, int]:
    return setup[1]


def html(client: TestClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_pages_forbid_scripts(client: TestClient) -> None:
    for url in ["/", "/articles/bayside-original", "/nowhere", "/api/stories"]:
        headers = client.get(url).headers
        assert "script-src 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" not in client.get("/api/docs").headers  # Swagger UI runs scripts


def test_home_has_search_counts_and_latest_stories(client: TestClient) -> None:
    page = html(client, "/")
    assert '<form class="search big" action="/search"' in page
    assert re.search(r"<b>6</b><a href=\"/articles\">articles</a>", page)
    assert re.search(r"<b>1</b><a href=\"/variants\?altered=true\">altered quotes</a>", page)
    assert '<a href="/stories/1">Brandt says she did not open the gate</a>' in page


def test_search_highlights_matches_and_keeps_the_form(client: TestClient) -> None:
    page = html(client, "/search?q=yard&kind=direct&outlet=&speaker=&date_from=&date_to=")
    assert "<mark>yard</mark>" in page
    assert "1 statement matching" in page
    assert '<option value="direct" selected>direct</option>' in page
    assert 'value="yard"' in page
    assert '<option value="Hanna Brandt">' in page and '<option value="Mayor &lt;Jo&gt; O’Neil">' in page


def test_search_with_filters_from_the_form(client: TestClient) -> None:
    page = html(client, "/search?q=&outlet=Bayside+Radio&kind=post&date_from=2021-12-01&date_to=2021-12-31")
    assert "1 statement." in page
    assert "The gate wasn&#39;t opened." in page


@pytest.mark.parametrize("url, message", [
    ("/search?q=%21%21", "q: nothing to search for"),
    ("/search?kind=tweet", "kind: must be one of direct, indirect, mixed, post (got &#39;tweet&#39;)"),
    ("/search?date_from=soon", "date_from: is not a date of the form YYYY-MM-DD"),
    ("/search?date_from=2022-01-02&date_to=2022-01-01", "date_to: is before the start date"),
])
def test_search_explains_a_bad_form_value_with_a_400(client: TestClient, url: str, message: str) -> None:
    assert message in html(client, url, status=400)


def test_statement_page_shows_altered_flag_and_word_diff(client: TestClient, ids: dict[str, int]) -> None:
    page = html(client, f"/statements/{ids['altered_quote']}")
    assert '<div class="alert altered-banner" role="alert">' in page
    assert "<del>even supposed</del>" in page and "<ins>meant</ins>" in page
    assert "<ins>yard in the first place</ins>" in page
    assert "differ from their source" in page  # judged against the source, not the fullest wording
    assert '<span class="badge first">source</span>' in page and "fullest wording</span>" in page
    assert "reference wording" not in page and 'class="compare' not in page  # one table, not two
    assert '<a href="/articles/bayside-original">bayside-original</a>' in page


def test_root_statement_page_says_others_changed_it(client: TestClient, ids: dict[str, int]) -> None:
    page = html(client, f"/statements/{ids['original_quote']}")
    assert "Other articles quote these words with changes" in page
    assert "<ins>meant</ins>" in page and "Valley Digest" in page  # the later wording, against this one


def test_unaltered_and_unlinked_statements(client: TestClient, ids: dict[str, int]) -> None:
    same = html(client, f"/statements/{ids['mixed_rewrite']}")
    assert "altered-banner" not in same and "reported speech" in same
    alone = html(client, f"/statements/{ids['post']}")
    assert "No other wording of this quote is known" in alone


def test_article_page_labels_statements_and_links_story_and_source(client: TestClient, ids: dict[str, int]) -> None:
    page = html(client, "/articles/" + quote("digest/rewrite", safe=""))
    assert f'<a class="stmt kind-direct altered" href="/statements/{ids["altered_quote"]}"' in page
    assert '<a class="label kind-direct" href="/statements/' in page and "Hanna Brandt · stated</a>" in page
    assert '<span class="mention">The engineer</span>' in page
    assert '<span class="boilerplate">The Valley Digest Weekly' in page
    assert '<span class="badge rewrite">rewrite of</span> <a href="/articles/bayside-original">' in page
    assert '<a href="/stories/1">' in page


def test_article_page_lists_embedded_posts(client: TestClient) -> None:
    page = html(client, "/articles/bayside-original")
    assert "<h2>Embedded posts</h2>" in page
    assert '<span class="handle">@BaysideRadio</span> December 1, 2021' in page
    assert "Copied or rewritten by" in page


def test_article_text_is_escaped_everywhere(client: TestClient) -> None:
    page = html(client, "/articles/" + quote("nasty<script>", safe=""))
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>Bold" not in page
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in page
    assert "Fish &amp;amp; chips &amp;lt;b&amp;gt;" in page  # entities in the text stay visible as typed
    assert '<span class="cue">said</span> „<a class="stmt kind-direct"' in page
    assert ">&lt;img src=x onerror=alert(1)&gt; is not a tag&lt;/b&gt;</a>" in page
    assert "«guillemets»" in page and "‘quotes’" in page
    assert "Mayor &lt;Jo&gt; O’Neil · said" in page
    assert 'href="javascript:' not in page
    assert "<title>&lt;b&gt;Bold&lt;/b&gt; &amp; “odd” &lt;script&gt;" in page
    for url in ["/search?q=onerror", "/speakers/" + quote("Mayor <Jo> O’Neil", safe=""), "/articles", "/speakers",
                "/search?q=%3Cscript%3E"]:
        body = html(client, url)
        assert "<img src=x" not in body and "<Jo>" not in body and "<i>Evil" not in body


def test_speaker_page(client: TestClient) -> None:
    page = html(client, "/speakers/Hanna%20Brandt")
    assert "<h1>Hanna Brandt</h1>" in page
    assert '<span class="alias">The engineer</span>' in page and '<span class="handle">@HannaBrandt</span>' in page
    assert page.index("2021-12-02") < page.index("2021-12-04")  # over time: oldest first
    assert "4 in 2 articles" in page
    assert "<title>2021-12: 4 statements</title>" in page


def test_story_page_draws_the_timeline(client: TestClient) -> None:
    page = html(client, "/stories/1")
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert svg.count('<circle class="article"') == 2
    assert svg.count('<path class="link altered"') == 1 and svg.count('<path class="link"') == 0
    assert "altered: A valve which wasn’t meant" in svg and "same words: didn’t open the gate" in svg
    assert svg.count('<rect class="post"') == 1
    assert ">2021-12-01</text>" in svg and ">2021-12-04</text>" in svg


@pytest.mark.parametrize("url", ["/stories", "/articles?outlet=Bayside+Radio", "/speakers?prefix=Ha", "/variants",
                                 "/variants?altered=true", "/search", "/search?page=2&q=gate"])
def test_list_pages(client: TestClient, url: str) -> None:
    assert "<table" in html(client, url) or "<ol" in html(client, url)


@pytest.mark.parametrize("url, status", [
    ("/statements/99999", 404), ("/statements/0", 404), ("/statements/99999999999999999999999", 404),
    ("/statements/abc", 400), ("/stories/5", 404), ("/articles/nope", 404), ("/speakers/Nobody", 404),
    ("/search?page=0", 400), ("/variants?altered=perhaps", 400), ("/nowhere", 404),
])
def test_page_errors_are_html_with_a_4xx(client: TestClient, url: str, status: int) -> None:
    page = html(client, url, status=status)
    assert '<section class="error">' in page


def test_pages_paginate(tmp_path: Path) -> None:
    from quotetrail.store import Store
    from quotetrail.store.people import rebuild_people
    from quotetrail.types import Article, ArticleResult, Statement

    db = tmp_path / "many.db"
    with Store(db) as store, store.conn:
        for i in range(30):
            text = f"“Number {i} of many,” she said."
            store.add_result(ArticleResult(Article(id=f"a{i}", text=text, date=f"2020-01-{i % 28 + 1:02d}"), (
                Statement(doc=f"a{i}", start=1, end=text.index("”"), text=text[1:text.index("”")], kind="direct",
                          speaker="Ann Lee"),)))
        rebuild_people(store.conn)
    client = TestClient(create_app(db))
    first = html(client, "/speakers/Ann%20Lee")
    assert "page 1 of 2" in first and 'href="?page=2" rel="next"' in first
    second = html(client, "/search?q=many&page=2")
    assert "page 2 of 2" in second and 'href="?q=many&amp;page=1" rel="prev"' in second
