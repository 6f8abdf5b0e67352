"""Builders shared by the corpus tests: HTML pages, WARC archives, stored results."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLE_BODY = (
    "<p>A warehouse fire on the Eastport harbour front was put out on Tuesday night, officials said. "
    "Crews from three stations worked through the night to keep the flames away from the fuel depot.</p>"
    "<p>“We were lucky. The wind turned just in time,” Mayor Linda Okafor said on Wednesday. "
    "“Everyone got out, and no one was hurt.”</p>"
    "<p>Fire chief Tomas Berg told reporters the blaze started in a storage room at the back of the building. "
    "“It spread through the roof in minutes,” he said. Investigators will examine the wiring this week.</p>"
    "<p>Okafor added that the city would review safety rules for old warehouses along the waterfront, "
    "many of which were built more than a century ago and have never been rewired.</p>"
)


def html_page(title: str = "Harbour fire: mayor says no one was hurt", body: str = ARTICLE_BODY,
              author: str = "Jane Reporter", date: str = "2024-03-05", site: str = "Eastport Gazette") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<meta name="author" content="{author}"><meta property="article:published_time" content="{date}T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>{body}</article>
<footer><p>© {site}. All rights reserved.</p></footer>
</body></html>"""


def warc_bytes(pages: list[tuple[str, str]], gzip: bool = True, extra: bool = True) -> bytes:
    """A WARC with one HTML response per (url, html); with ``extra``, also a request, an image and a 404."""
    buf = BytesIO()
    writer = WARCWriter(buf, gzip=gzip)

    def response(url: str, body: bytes, status: str = "200 OK", ctype: str = "text/html; charset=utf-8") -> None:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-03-06T10:00:00Z"}))

    if extra:
        writer.write_record(writer.create_warc_record("http://example.com/", "request",
                                                      payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        response("http://example.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), ctype="image/png")
        response("http://example.com/missing", b"<html><body>Not found</body></html>", status="404 Not Found")
    for url, html in pages:
        response(url, html.encode("utf-8"))
    return buf.getvalue()


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path
