"""HTML pages -> ``Article``: main text and metadata through trafilatura (no boilerplate removal of our own).

Reading a page is split in two so that the costly part runs in worker processes: a reader only
collects the raw bytes into an ``HtmlPage``; ``article_from_html`` does the extraction.
"""
from __future__ import annotations

import functools
import hashlib
import re
from configparser import ConfigParser
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from quotetrail.errors import REJECTION_CODES
from quotetrail.ingest.checks import check_text, looks_binary, read_bounded, without_gz
from quotetrail.types import Article, Rejection

#: Pages larger than this are rejected before parsing (bytes). Generous: a long article page is ~1 MB.
MAX_HTML_BYTES = 20_000_000
#: Main text shorter than this (characters) is no article: a menu, a "not found" or a login page.
MIN_TEXT_CHARS = 50


@functools.cache
def _trafilatura_config() -> ConfigParser:
    from trafilatura.settings import use_config  # imported when first needed: it takes a tenth of a second

    config = use_config()
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", str(MIN_TEXT_CHARS))
    return config


@dataclass(frozen=True)
class HtmlPage:
    """Raw HTML waiting for main-text extraction; ``url`` and ``date`` come from the container (a WARC record)."""

    item: str  # names the page in messages: a file path, or "archive.warc.gz:URL"
    doc: str  # the article id to use
    data: bytes
    url: str | None = None
    date: str | None = None  # capture date (YYYY-MM-DD), used when the page states none of its own


def doc_id_for_url(url: str) -> str:
    """A short, stable, URL-safe article id for a page known by its URL: host plus a hash of the URL."""
    host = urlsplit(url).hostname or "page"
    return f"{host}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:12]}"


def read_html_file(path: Path) -> HtmlPage | Rejection:
    """One saved page, gzipped or not; its article id is the file name (without ``.gz``)."""
    data = read_bounded(path, MAX_HTML_BYTES, "page", f"{MAX_HTML_BYTES:,}")
    if isinstance(data, Rejection):
        return data
    return HtmlPage(item=str(path), doc=without_gz(path), data=data)


def _paragraphs(text: str) -> str:
    """trafilatura puts one paragraph a line; articles elsewhere in quotetrail separate them by a blank line."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def article_from_html(page: HtmlPage) -> Article | Rejection:
    """The main text of the page with its title, date, author and site; a Rejection when it has none."""
    if not page.data.strip():
        return Rejection(page.item, "empty", REJECTION_CODES["empty"])
    if looks_binary(page.data):
        return Rejection(page.item, "binary", REJECTION_CODES["binary"])
    if len(page.data) > MAX_HTML_BYTES:
        return Rejection(page.item, "too_large",
                         f"the page has {len(page.data):,} bytes; the limit is {MAX_HTML_BYTES:,}")
    # htmldate's fast mode: dates from the markup (meta tags, JSON-LD, time elements, the URL) and, failing
    # those, only a full date pattern in the text; the extensive search would guess from any date-like text.
    params = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
    if page.date and _DATE.match(page.date):
        params["max_date"] = page.date  # a page cannot have been published after it was captured
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            page.data, url=page.url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=params, config=_trafilatura_config(),
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds of errors on broken markup
        return Rejection(page.item, "no_article_text", f"the page could not be parsed ({type(exc).__name__}: {exc})")
    text = _paragraphs(doc.text or "") if doc is not None else ""
    if len(text) < MIN_TEXT_CHARS:
        return Rejection(page.item, "no_article_text", REJECTION_CODES["no_article_text"])
    problem = check_text(page.item, text)
    if problem:
        return problem
    return Article(
        id=page.doc,
        text=text,
        title=doc.title or None,
        url=page.url or doc.url or None,
        outlet=doc.sitename or doc.hostname or None,
        date=doc.date or page.date,
        author=doc.author or None,
    )
