"""HTML pages: main text and metadata through trafilatura; pages without article text are rejected."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from corpus_fixture import html_page, write

from quotetrail.ingest import read_path
from quotetrail.types import Article, Rejection


def test_main_text_title_date_author_site(tmp_path: Path) -> None:
    [article] = list(read_path(write(tmp_path / "fire.html", html_page())))
    assert isinstance(article, Article)
    assert article.id == "fire.html"
    assert article.title == "Harbour fire: mayor says no one was hurt"
    assert article.date == "2024-03-05"
    assert article.author == "Jane Reporter"
    assert article.outlet == "Eastport Gazette"
    assert "“We were lucky. The wind turned just in time,” Mayor Linda Okafor said" in article.text
    assert "Home" not in article.text and "All rights reserved" not in article.text


def test_paragraphs_are_separated_by_a_blank_line(tmp_path: Path) -> None:
    [article] = list(read_path(write(tmp_path / "fire.htm", html_page())))
    paragraphs = article.text.split("\n\n")
    assert any(p.startswith("Fire chief Tomas Berg told reporters") for p in paragraphs)
    assert "\n\n\n" not in article.text


def test_page_without_article_text_is_rejected(tmp_path: Path) -> None:
    page = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    [item] = list(read_path(write(tmp_path / "menu.html", page)))
    assert isinstance(item, Rejection)
    assert (item.item, item.code) == (str(tmp_path / "menu.html"), "no_article_text")


def test_binary_data_named_html_is_rejected(tmp_path: Path) -> None:
    [item] = list(read_path(write(tmp_path / "image.html", bytes(range(256)) * 8)))
    assert isinstance(item, Rejection) and item.code == "binary"


def test_gzipped_page_reads_as_the_page_it_was(tmp_path: Path) -> None:
    [plain] = list(read_path(write(tmp_path / "fire.html", html_page())))
    [packed] = list(read_path(write(tmp_path / "saved" / "fire.html.gz", gzip.compress(html_page().encode("utf-8")))))
    assert isinstance(packed, Article)
    assert packed == plain


@pytest.mark.parametrize("name, data", [("a.jsonl", b""), ("b.jsonl", b"\n \n"), ("c.jsonl.gz", gzip.compress(b"")),
                                        ("d.html", b""), ("e.txt", b""), ("f.html.gz", gzip.compress(b"")),
                                        ("g.txt.gz", gzip.compress(b""))])
def test_empty_files_of_every_type_are_rejected(tmp_path: Path, name: str, data: bytes) -> None:
    [item] = list(read_path(write(tmp_path / name, data)))
    assert isinstance(item, Rejection) and (item.item, item.code) == (str(tmp_path / name), "empty")
