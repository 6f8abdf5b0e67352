"""The web app in a real browser: Debian's Chromium driven by Playwright, against a live uvicorn.

Each page is screenshotted: into a temporary folder, or into the folder named by the environment
variable QUOTETRAIL_SCREENSHOTS (`QUOTETRAIL_SCREENSHOTS=docs/screenshots` refreshes the docs'
pictures; a plain test run leaves the checkout untouched). Skipped when Chromium or Playwright is absent
(`.ci/run` installs both). Playwright never downloads a browser here: it drives /usr/bin/chromium.
"""
from __future__ import annotations

import json
import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest
from corpus_fixture import ORIGINAL_QUOTE, build_corpus, results

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(os.environ.get("QUOTETRAIL_SCREENSHOTS") or tempfile.mkdtemp(prefix="quotetrail-screenshots-"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
uvicorn = pytest.importorskip("uvicorn", reason="the web extra is not installed")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed at /usr/bin/chromium"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(db: Path) -> Iterator[str]:
    """Run the app on 127.0.0.1 in a thread for the duration of a test; yields its base URL."""
    from quotetrail.web import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()


def shoot(page: object, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


@pytest.fixture
def corpus(tmp_path: Path) -> Iterator[tuple[str, dict[str, int]]]:
    db = tmp_path / "corpus.db"
    ids = build_corpus(db)
    with serve(db) as base:
        yield base, ids


def test_every_page_renders_and_escapes_article_text(page: object, corpus: tuple[str, dict[str, int]]) -> None:
    base, ids = corpus
    p = page  # playwright Page

    p.goto(base + "/")
    counts = p.locator(".counts").inner_text().split()
    assert counts[counts.index("articles") - 1] == str(len(results()))  # the home page counts the corpus
    assert "Brandt says she did not open the gate" in p.locator("main").inner_text()
    shoot(p, "home")

    p.fill("main input[name=q]", "valve")
    p.click("main button[type=submit]")
    p.wait_for_url("**/search?q=valve")
    marks = p.locator("ol.results mark").all_inner_texts()
    assert [m.lower() for m in marks] == ["valve", "valve", "valve"]
    shoot(p, "search")

    p.goto(base + "/speakers/" + quote("Hanna Brandt"))
    body = p.locator("main").inner_text()
    assert "The engineer" in body and "@HannaBrandt" in body
    shoot(p, "speaker")

    p.goto(base + f"/statements/{ids['altered_quote']}")
    assert p.locator(".altered-banner").is_visible()
    assert p.locator(".quote-wordings").count() == 1  # one table of wordings, judged against the source
    source = p.locator(".quote-wordings tr", has=p.locator(".badge.first")).inner_text()
    assert "wasn’t even supposed to sit in the tank" in source
    assert p.locator(".quote-wordings tr.altered ins").all_inner_texts() == ["meant", "yard in the first place"]
    assert p.locator(".quote-wordings tr.altered del").all_inner_texts() == ["someone put a spare valve in a pump",
                                                                             "even supposed", "tank"]
    shoot(p, "statement")

    p.goto(base + "/articles/" + quote("digest/rewrite", safe=""))
    assert p.locator("a.stmt").count() == 2
    assert "rewrite of" in p.locator("aside").inner_text()
    p.click("aside a[href='/stories/1']")
    p.wait_for_url("**/stories/1")
    assert p.locator("svg circle.article").count() == 2
    assert p.locator("svg path.link.altered").count() == 1
    shoot(p, "story")

    p.goto(base + "/articles/" + quote("bayside-original", safe=""))
    assert ORIGINAL_QUOTE in p.locator(".article-text").inner_text()
    shoot(p, "article")

    p.goto(base + "/articles/" + quote("nasty<script>", safe=""))
    text = p.locator(".article-text").inner_text()
    assert "<script>alert('pwned')</script>" in text
    assert "&amp; chips &lt;b&gt;" in text
    assert "said „<img src=x onerror=alert(1)> is not a tag</b>" in text
    assert p.locator(".article-text a.stmt").inner_text() == "<img src=x onerror=alert(1)> is not a tag</b>"
    assert p.locator(".article-text a.label").inner_text() == "Mayor <Jo> O’Neil · said"
    assert p.locator(".article-text script, .article-text img, .article-text b").count() == 0
    assert "<b>Bold</b> & “odd” <script>alert(1)</script>" in p.locator("h1").inner_text()
    assert p.locator("a[href^=javascript]").count() == 0
    shoot(p, "article-escaping")

    p.goto(base + "/statements/123456")
    assert "no statement 123456" in p.locator(".error").inner_text()
    assert p.dialogs == []  # no script in the data ever ran

    p.goto(base + "/api/docs")  # Swagger UI from the package, not a CDN: it renders offline
    p.locator(".swagger-ui .info .title").wait_for(timeout=10_000)
    assert "quotetrail" in p.locator(".swagger-ui .info .title").inner_text()
    assert p.locator(".opblock-summary-path", has_text="/api/statements").count() >= 1
    shoot(p, "api-docs")


@pytest.mark.shared
def test_seed_articles_show_the_altered_quote(page: object, tmp_path: Path, shared: Path) -> None:
    """The acceptance example: the real pipeline on the two seeds, then the altered quote's page."""
    corpus = pytest.importorskip("quotetrail.corpus", reason="corpus linking (quotetrail.corpus) is not merged yet")
    from quotetrail.extract import extract_article
    from quotetrail.ingest import read_paths
    from quotetrail.store import Store
    from quotetrail.types import Article

    gold = json.loads((shared / "seeds" / "gold.json").read_text(encoding="utf-8"))["cross_document"]
    (variant,) = [v for v in gold["quote_variants"] if v["altered"]]  # the wordings are read, not copied
    (_, source), (_, later) = variant["variants"]
    db = tmp_path / "seeds.db"
    with Store(db) as store:
        with store.conn:
            for item in read_paths(sorted(str(p) for p in (shared / "seeds").glob("*.txt"))):
                assert isinstance(item, Article), item
                store.add_result(extract_article(item))
        corpus.link_corpus(store)
        altered = store.conn.execute(
            "SELECT s.id FROM statements s JOIN variant_members m ON m.statement_id = s.id"
            " WHERE s.text LIKE ('%' || ? || '%') AND m.altered", (" ".join(later.split()[3:8]),)).fetchone()
        story = store.conn.execute("SELECT story_id FROM story_members WHERE doc = '000_8bd76faca538bbe1.txt'").fetchone()
    with serve(db) as base:
        p = page
        p.goto(f"{base}/articles/000_8bd76faca538bbe1.txt")  # type: ignore[attr-defined]
        shoot(p, "seed-article")
        if story:
            p.goto(f"{base}/stories/{story[0]}")  # type: ignore[attr-defined]
            shoot(p, "seed-story")
        assert altered is not None, "linking did not mark the rewritten quote as altered"
        p.goto(f"{base}/statements/{altered[0]}")  # type: ignore[attr-defined]
        shoot(p, "seed-statement")
        assert p.locator(".altered-banner").is_visible()  # type: ignore[attr-defined]
        wordings = p.locator(".quote-wordings").first.inner_text()  # type: ignore[attr-defined]
        assert " ".join(source.rstrip(",.").split()[-8:]) in wordings  # the source wording
        inserted = p.locator(".quote-wordings tr.altered ins").all_inner_texts()  # type: ignore[attr-defined]
        assert " ".join(later.rstrip(",.").split()[-5:]) in inserted  # the later wording's last words, as one insertion
