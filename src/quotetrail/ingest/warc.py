"""WARC archives (``.warc``, ``.warc.gz``) -> HTML pages, through warcio.

Only ``response`` records with status 200 and an HTML content type are pages; requests,
metadata, images and redirects are skipped without a word, as a crawler's archive is full of
them (an archive with no HTML page at all is a ``no_article_text`` rejection). A record cut
short, or an archive that ends inside a record, is a ``truncated_file`` rejection; the records
before it are kept.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from quotetrail.ingest.checks import reject
from quotetrail.ingest.html import MAX_HTML_BYTES, HtmlPage, doc_id_for_url
from quotetrail.types import Rejection

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html_page(record) -> bool:  # noqa: ANN001 (warcio's ArcWarcRecord)
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return any(kind in content_type for kind in HTML_TYPES)


def iter_warc(path: Path) -> Iterator[tuple[HtmlPage | Rejection, int]]:
    """HTML pages of the archive, each with the number of bytes of the file read so far."""
    from warcio.archiveiterator import ArchiveIterator  # here: every ingest would pay for its import
    from warcio.exceptions import ArchiveLoadFailed

    item = str(path)
    try:
        size = path.stat().st_size
        raw = path.open("rb") if size else None
    except OSError as exc:
        yield reject(item, "unreadable", str(exc)), 0
        return
    if raw is None:
        yield reject(item, "empty"), 0
        return
    with raw:
        records = ArchiveIterator(raw)
        pages = seen = 0
        try:
            for record in records:
                seen += 1
                if not _is_html_page(record):
                    continue
                pages += 1
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                captured = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                where = f"{path}:{url or records.offset}"
                data = record.content_stream().read(MAX_HTML_BYTES + 1)
                if len(data) > MAX_HTML_BYTES:
                    yield reject(where, "too_large", f"the page has more than {MAX_HTML_BYTES:,} bytes"), raw.tell()
                    continue
                if record.raw_stream.limit > 0:
                    yield reject(where, "truncated_file", "the archive ends inside this record"), raw.tell()
                    return
                doc = doc_id_for_url(url) if url else f"{path.name}@{records.offset}"
                yield HtmlPage(item=where, doc=doc, data=data, url=url or None, date=captured), raw.tell()
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            yield reject(f"{path}@{records.offset}", "truncated_file",
                         f"the archive is damaged after byte {records.offset:,} ({exc})"), raw.tell()
            return
        if records.offset < size:
            yield reject(f"{path}@{records.offset}", "truncated_file",
                         f"the archive ends inside a record ({size - records.offset:,} bytes after the last"
                         f" complete record at byte {records.offset:,})"), size
        elif not pages:
            yield reject(item, "no_article_text", f"the archive holds no HTML pages ({seen:,} records)"), size
