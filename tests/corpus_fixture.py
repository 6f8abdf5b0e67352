"""The one corpus of the tests, written straight into a store with hand-made statements, and the
builders of inputs (HTML pages, WARC archives) for the ingest tests.

Statements are written by hand (not by the extractor) so the tests pin the store's, the CLI's and
the web app's behaviour, not the extractor's; link tables are filled with SQL following
store/schema.py, as linking would. Two stories: a harbour fire in Eastport (2024, with a post and
a truncated article) and Hanna Brandt's interview (2021, a rewrite with an altered quote, and an
article full of markup to escape, 2022).
"""
from __future__ import annotations

import json
import sqlite3
from io import BytesIO
from pathlib import Path
from typing import Any

from quotetrail.store import Store
from quotetrail.store.people import rebuild_people
from quotetrail.types import Article, ArticleResult, Span, Speaker, Statement

def _statement(doc: str, text: str, quote: str, kind: str, speaker: str | None, mention: str | None = None,
               **extra: object) -> Statement:
    start = text.index(quote)
    s_start = text.index(mention) if mention else None
    return Statement(doc=doc, start=start, end=start + len(quote), text=quote, kind=kind, speaker=speaker,
                     speaker_start=s_start, speaker_end=s_start + len(mention) if mention else None,
                     confidence=0.9, **extra)


GAZETTE = ("“We were lucky. The wind turned just in time,” Mayor Linda Okafor said on Wednesday. "
           "Okafor added that the city would review safety rules. The Eastport Gazette is a daily newspaper.")
COURIER = ("Fire chief Tomas Berg said the blaze started in a storage room. “It spread through the roof in minutes,” "
           "he said. Okafor said: “We were fortunate.”")
POSTS = ("Stay safe tonight, everyone. — Linda Okafor (@MayorOkafor) March 5, 2024\n\n"
         "The mayor later thanked the crews.")


def harbour_results() -> list[ArticleResult]:
    gazette = Article("gazette-1", GAZETTE, title="Harbour fire", outlet="Eastport Gazette", date="2024-03-06",
                      url="https://gazette.example/fire")
    courier = Article("courier-1", COURIER, title="Harbour blaze", outlet="Eastport Courier", date="2024-03-07")
    posts = Article("posts-1", POSTS, outlet="Eastport Gazette", date="2024-03-08")
    return [
        ArticleResult(gazette, (
            _statement("gazette-1", GAZETTE, "We were lucky. The wind turned just in time,", "direct",
                       "Linda Okafor", "Mayor Linda Okafor", cue="said"),
            _statement("gazette-1", GAZETTE, "the city would review safety rules", "indirect", "Linda Okafor",
                       "Okafor", cue="added"),
        ), (Speaker("Linda Okafor", ("Mayor Linda Okafor", "Okafor")),),
            (Span(GAZETTE.index("The Eastport"), len(GAZETTE), "blurb"),)),
        ArticleResult(courier, (
            _statement("courier-1", COURIER, "the blaze started in a storage room", "indirect", "Tomas Berg",
                       "Fire chief Tomas Berg", cue="said"),
            _statement("courier-1", COURIER, "It spread through the roof in minutes,", "direct", "Tomas Berg", "he",
                       cue="said"),
            _statement("courier-1", COURIER, "We were fortunate.", "direct", "Linda Okafor", "Okafor", cue="said"),
        ), (Speaker("Tomas Berg", ("Berg",)), Speaker("Linda Okafor", ("Okafor",)))),
        ArticleResult(posts, (
            _statement("posts-1", POSTS, "Stay safe tonight, everyone.", "post", "Linda Okafor", "Linda Okafor",
                       handle="@MayorOkafor", date="2024-03-05"),
        ), (Speaker("Linda Okafor", (), ("@MayorOkafor",)),), truncated=True),
    ]


ORIGINAL_QUOTE = "Someone put a spare valve in a pump, a valve which wasn’t even supposed to sit in the tank,"
ALTERED_QUOTE = "A valve which wasn’t meant to sit in the yard in the first place."

ORIGINAL = (
    "Hanna Brandt said she “didn’t open the gate” on the night the mill at “Linden” flooded.\n\n"
    f"“{ORIGINAL_QUOTE}” Brandt said.\n\n"
    "EXCLUSIVE: \"The gate wasn't opened. I didn't open the gate,\" Hanna Brandt tells @PeterKent"
    " — Bayside Radio (@BaysideRadio) December 1, 2021\n"
)
REWRITE = (
    "Hanna Brandt claims she didn’t open the gate.\n\n"
    f"The engineer stated: “Someone put a spare valve in a pump. {ALTERED_QUOTE}”\n\n"
    "The Valley Digest Weekly is a free paper printed in Linden every Friday.\n"
)
NASTY = (
    "<script>alert('pwned')</script> Fish &amp; chips &lt;b&gt; cost £5 — “naïve” ‘quotes’ „low“ «guillemets».\n"
    "The mayor said „<img src=x onerror=alert(1)> is not a tag</b>“ at the meeting.\n"
)


def _st(doc: str, text: str, quote: str, kind: str, speaker: str | None = None, cue: str | None = None,
        mention: str | None = None, occurrence: int = 0, **extra: Any) -> Statement:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    fields: dict[str, Any] = {}
    if cue:
        fields["cue_start"] = text.index(cue, start + len(quote) if cue in text[start + len(quote):] else 0)
        fields["cue_end"] = fields["cue_start"] + len(cue)
    if mention:
        fields["speaker_start"] = text.index(mention)
        fields["speaker_end"] = fields["speaker_start"] + len(mention)
    return Statement(doc=doc, start=start, end=start + len(quote), text=quote, kind=kind, speaker=speaker,
                     cue=cue, confidence=0.9, **fields, **extra)


def brandt_results() -> list[ArticleResult]:
    original = Article(id="bayside-original", text=ORIGINAL, title="Brandt: “I didn’t open the gate”",
                       url="https://bayside.example/brandt", outlet="Bayside Radio", date="2021-12-02")
    rewrite = Article(id="digest/rewrite", text=REWRITE, title="Brandt claims she didn't open the gate",
                      url="https://digest.example/1", outlet="Valley Digest", date="2021-12-04")
    nasty = Article(id="nasty<script>", text=NASTY, title="<b>Bold</b> & “odd” <script>alert(1)</script>",
                    url="javascript:alert(document.cookie)", outlet="<i>Evil</i> Outlet", date="2022-01-15",
                    flags=("invalid_utf8",))
    return [
        ArticleResult(original, (
            _st("bayside-original", ORIGINAL, "didn’t open the gate", "mixed", "Hanna Brandt", "said",
                "Hanna Brandt"),
            _st("bayside-original", ORIGINAL, ORIGINAL_QUOTE, "direct", "Hanna Brandt", "said", occurrence=0),
            _st("bayside-original", ORIGINAL, "The gate wasn't opened. I didn't open the gate,", "post",
                "Bayside Radio", "tells", handle="@BaysideRadio", date="December 1, 2021"),
        ), (Speaker("Hanna Brandt", ("Brandt",), ("@HannaBrandt",)),
            Speaker("Bayside Radio", ("Bayside",), ("@BaysideRadio",)))),
        ArticleResult(rewrite, (
            _st("digest/rewrite", REWRITE, "didn’t open the gate", "mixed", "Hanna Brandt", "claims", "Hanna Brandt"),
            _st("digest/rewrite", REWRITE, ALTERED_QUOTE, "direct", "Hanna Brandt", "stated", "The engineer"),
        ), (Speaker("Hanna Brandt", ("Brandt", "The engineer"), ()),),
            boilerplate=(Span(REWRITE.index("The Valley"), len(REWRITE) - 1, "publisher"),)),
        ArticleResult(nasty, (
            _st("nasty<script>", NASTY, "<img src=x onerror=alert(1)> is not a tag</b>", "direct",
                "Mayor <Jo> O’Neil", "said", "The mayor"),
        ), (Speaker("Mayor <Jo> O’Neil", ("The mayor",), ("@jo<b>",)),)),
    ]


def results() -> list[ArticleResult]:
    return harbour_results() + brandt_results()


def build_corpus(path: Path, linked: bool = True) -> dict[str, int]:
    """Write the corpus to ``path``; returns the ids of the statements the tests refer to."""
    store = Store(path)
    with store.conn:
        for result in results():
            store.add_result(result)
    ids = {(r["doc"], r["text"]): r["id"] for r in store.conn.execute("SELECT id, doc, text FROM statements")}
    found = {
        "original_quote": ids["bayside-original", ORIGINAL_QUOTE],
        "altered_quote": ids["digest/rewrite", ALTERED_QUOTE],
        "mixed_original": ids["bayside-original", "didn’t open the gate"],
        "mixed_rewrite": ids["digest/rewrite", "didn’t open the gate"],
        "post": ids["bayside-original", "The gate wasn't opened. I didn't open the gate,"],
        "nasty": ids["nasty<script>", "<img src=x onerror=alert(1)> is not a tag</b>"],
    }
    if linked:
        with store.conn:
            conn = store.conn
            conn.execute("INSERT INTO stories(id, title, first_seen, first_doc) VALUES"
                         " (1, 'Brandt says she did not open the gate', '2021-12-02', 'bayside-original')")
            conn.executemany("INSERT INTO story_members(story_id, doc) VALUES (1, ?)",
                             [("bayside-original",), ("digest/rewrite",)])
            conn.execute("INSERT INTO derived(doc, source, relation, score, evidence) VALUES"
                         " ('digest/rewrite', 'bayside-original', 'rewrite', 0.71, ?)", (json.dumps({"shared": 12}),))
            conn.execute("INSERT INTO variant_clusters(id, speaker, root_statement_id, altered, first_seen, first_doc)"
                         " VALUES (1, 'Hanna Brandt', ?, 1, '2021-12-02', 'bayside-original')",
                         (found["original_quote"],))
            conn.execute("INSERT INTO variant_clusters(id, speaker, root_statement_id, altered, first_seen, first_doc)"
                         " VALUES (2, 'Hanna Brandt', ?, 0, '2021-12-02', 'bayside-original')",
                         (found["mixed_original"],))
            conn.executemany("INSERT INTO variant_members(cluster_id, statement_id, diff, altered) VALUES (?,?,?,?)", [
                (1, found["original_quote"], "[]", 0),
                (1, found["altered_quote"], json.dumps([["-", "even supposed"], ["+", "meant"]]), 1),
                (2, found["mixed_original"], "[]", 0),
                (2, found["mixed_rewrite"], "[]", 0),
            ])
            _add_quotes(conn)
            rebuild_people(conn)
    store.close()
    return found


def _add_quotes(conn: sqlite3.Connection) -> None:
    """The quotes of the two clusters as the matching stores them, each judged against its source."""
    article = {doc: i for i, doc in conn.execute("SELECT id, doc FROM articles")}
    statement = {(doc, text): i for i, doc, text in conn.execute(
        "SELECT s.id, a.doc, s.text FROM statements s JOIN articles a ON a.id = s.article_id")}
    cut = ORIGINAL_QUOTE.rstrip(",")
    later = "A valve which wasn’t meant to sit in the yard in the first place"
    diff = [["-", "someone put a spare valve in a pump"], ["=", "a valve which wasn’t"], ["-", "even supposed"],
            ["+", "meant"], ["=", "to sit in the"], ["-", "tank"], ["+", "yard in the first place"]]
    mixed = "didn’t open the gate"
    rows = [  # id, cluster, doc, statement text, quote, quoted, source, relation, diff, changes, severity
        (1, 1, "bayside-original", ORIGINAL_QUOTE, cut, 1, None, "source", [["=", cut.lower()]], [], 0.0),
        (2, 1, "digest/rewrite", None, later, 1, 1, "altered", diff, ["substituted"], 1.615),
        (3, 2, "bayside-original", mixed, mixed, 1, None, "source", [["=", mixed]], [], 0.0),
        (4, 2, "digest/rewrite", mixed, mixed, 0, 3, "paraphrased", [["=", mixed]], [], 0.0),  # not quoted
    ]
    texts = dict(conn.execute("SELECT doc, text FROM articles"))
    for id_, cluster, doc, said, words, quoted, source, relation, changes_diff, changes, severity in rows:
        start = texts[doc].index(words)
        conn.execute("INSERT INTO variant_quotes(id, cluster_id, article_id, statement_id, start, \"end\", quoted,"
                     " speaker, source_quote_id, relation, diff, changes, severity) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     (id_, cluster, article[doc], statement.get((doc, said or ALTERED_QUOTE)), start,
                      start + len(words), quoted, "Hanna Brandt", source, relation, json.dumps(changes_diff),
                      json.dumps(changes), severity))


def build(path: Path) -> Path:
    """The corpus at ``path``, linked; returns ``path``."""
    build_corpus(path)
    return path


# -- inputs for ingest tests ----------------------------------------------------------
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
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

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
