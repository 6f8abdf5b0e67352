"""WARC archives: HTML response records become articles with the record's URL and date."""
from __future__ import annotations

from pathlib import Path

import pytest
from corpus_fixture import html_page, warc_bytes, write

from quotetrail.ingest import read_path
from quotetrail.ingest.html import doc_id_for_url
from quotetrail.types import Article, Rejection

PAGES = [
    ("https://gazette.example/fire", html_page()),
    ("https://courier.example/fire", html_page(title="Harbour blaze", site="Eastport Courier", date="")),
]


@pytest.mark.parametrize("name, gz", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_html_responses_become_articles(tmp_path: Path, name: str, gz: bool) -> None:
    items = list(read_path(write(tmp_path / name, warc_bytes(PAGES, gzip=gz))))
    assert all(isinstance(i, Article) for i in items), items  # the request, image and 404 are skipped
    gazette, courier = items
    assert (gazette.url, gazette.id) == ("https://gazette.example/fire", doc_id_for_url("https://gazette.example/fire"))
    assert gazette.date == "2024-03-05"  # the page states its publication date
    assert courier.date == "2024-03-06"  # no date on the page: the record's date
    assert courier.title == "Harbour blaze" and courier.outlet == "Eastport Courier"
    assert "no one was hurt" in courier.text


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("keep", [0.55, 0.75, 0.97])
def test_truncated_warc_keeps_earlier_records_and_is_rejected(tmp_path: Path, gz: bool, keep: float) -> None:
    pages = [(f"https://gazette.example/{i}", html_page(title=f"Story {i}")) for i in range(6)]
    data = warc_bytes(pages, gzip=gz, extra=False)
    path = write(tmp_path / ("cut.warc.gz" if gz else "cut.warc"), data[: int(len(data) * keep)])
    items = list(read_path(path))
    assert isinstance(items[-1], Rejection) and items[-1].code == "truncated_file"
    assert str(path) in items[-1].item
    assert all(isinstance(i, Article) for i in items[:-1]) and len(items) >= 2


def test_empty_archive_and_archive_without_pages_are_rejected(tmp_path: Path) -> None:
    [empty] = list(read_path(write(tmp_path / "empty.warc.gz", b"")))
    assert (empty.code, empty.item) == ("empty", str(tmp_path / "empty.warc.gz"))
    [none] = list(read_path(write(tmp_path / "no-pages.warc", warc_bytes([], gzip=False, extra=True))))
    assert none.code == "no_article_text" and "no HTML pages (3 records)" in none.detail
