"""A small linked corpus for the web tests, built through the Store with hand-made statements.

Statements are written by hand (not by the extractor) so the tests pin the web app's behaviour,
not the extractor's; link tables are filled with SQL following store/schema.py, as linking would.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quotetrail.store import Store
from quotetrail.types import Article, ArticleResult, Span, Speaker, Statement

ORIGINAL_QUOTE = "Someone put a live bullet in a gun, a bullet that wasn’t even supposed to be on the property,"
ALTERED_QUOTE = "A bullet that wasn’t meant to be on the premises in the first place."

ORIGINAL = (
    "Alec Baldwin said he “didn’t pull the trigger” in the fatal shooting on the set of “Rust.”\n\n"
    f"“{ORIGINAL_QUOTE}” Baldwin said.\n\n"
    "EXCLUSIVE: \"The trigger wasn't pulled. I didn't pull the trigger,\" Alec Baldwin tells @GStephanopoulos"
    " — ABC News (@ABC) December 1, 2021\n"
)
REWRITE = (
    "Alec Baldwin claims he didn’t pull the trigger.\n\n"
    f"The actor stated: “Someone put a live bullet in a gun. {ALTERED_QUOTE}”\n\n"
    "The Washington Newsday Brief News is a daily newspaper published in Washington, D.C.\n"
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


def results() -> list[ArticleResult]:
    original = Article(id="abc-original", text=ORIGINAL, title="Baldwin: “I didn’t pull the trigger”",
                       url="https://abcnews.example/baldwin", outlet="ABC News", date="2021-12-02")
    rewrite = Article(id="newsday/rewrite", text=REWRITE, title="Baldwin claims he didn't pull the trigger",
                      url="https://newsday.example/1", outlet="Washington Newsday", date="2021-12-04")
    nasty = Article(id="nasty<script>", text=NASTY, title="<b>Bold</b> & “odd” <script>alert(1)</script>",
                    url="javascript:alert(document.cookie)", outlet="<i>Evil</i> Outlet", date="2022-01-15",
                    flags=("invalid_utf8",))
    return [
        ArticleResult(original, (
            _st("abc-original", ORIGINAL, "didn’t pull the trigger", "mixed", "Alec Baldwin", "said", "Alec Baldwin"),
            _st("abc-original", ORIGINAL, ORIGINAL_QUOTE, "direct", "Alec Baldwin", "said", occurrence=0),
            _st("abc-original", ORIGINAL, "The trigger wasn't pulled. I didn't pull the trigger,", "post",
                "ABC News", "tells", handle="@ABC", date="December 1, 2021"),
        ), (Speaker("Alec Baldwin", ("Baldwin",), ("@AlecBaldwin",)), Speaker("ABC News", ("ABC",), ("@ABC",)))),
        ArticleResult(rewrite, (
            _st("newsday/rewrite", REWRITE, "didn’t pull the trigger", "mixed", "Alec Baldwin", "claims", "Alec Baldwin"),
            _st("newsday/rewrite", REWRITE, ALTERED_QUOTE, "direct", "Alec Baldwin", "stated", "The actor"),
        ), (Speaker("Alec Baldwin", ("Baldwin", "The actor"), ()),),
            boilerplate=(Span(REWRITE.index("The Washington"), len(REWRITE) - 1, "publisher"),)),
        ArticleResult(nasty, (
            _st("nasty<script>", NASTY, "<img src=x onerror=alert(1)> is not a tag</b>", "direct",
                "Mayor <Jo> O’Neil", "said", "The mayor"),
        ), (Speaker("Mayor <Jo> O’Neil", ("The mayor",), ("@jo<b>",)),)),
    ]


def build_corpus(path: Path, linked: bool = True) -> dict[str, int]:
    """Write the corpus to ``path``; returns the ids the tests refer to."""
    store = Store(path)
    with store.conn:
        for result in results():
            store.add_result(result)
    ids = {(r["doc"], r["text"]): r["id"] for r in store.conn.execute("SELECT id, doc, text FROM statements")}
    found = {
        "original_quote": ids["abc-original", ORIGINAL_QUOTE],
        "altered_quote": ids["newsday/rewrite", ALTERED_QUOTE],
        "trigger_original": ids["abc-original", "didn’t pull the trigger"],
        "trigger_rewrite": ids["newsday/rewrite", "didn’t pull the trigger"],
        "post": ids["abc-original", "The trigger wasn't pulled. I didn't pull the trigger,"],
        "nasty": ids["nasty<script>", "<img src=x onerror=alert(1)> is not a tag</b>"],
    }
    if linked:
        with store.conn:
            conn = store.conn
            conn.execute("INSERT INTO stories(id, title, first_seen, first_doc) VALUES"
                         " (1, 'Baldwin says he did not pull the trigger', '2021-12-02', 'abc-original')")
            conn.executemany("INSERT INTO story_members(story_id, doc) VALUES (1, ?)",
                             [("abc-original",), ("newsday/rewrite",)])
            conn.execute("INSERT INTO derived(doc, source, relation, score, evidence) VALUES"
                         " ('newsday/rewrite', 'abc-original', 'rewrite', 0.71, ?)", (json.dumps({"shared": 12}),))
            conn.execute("INSERT INTO variant_clusters(id, speaker, root_statement_id, altered, first_seen, first_doc)"
                         " VALUES (1, 'Alec Baldwin', ?, 1, '2021-12-02', 'abc-original')", (found["original_quote"],))
            conn.execute("INSERT INTO variant_clusters(id, speaker, root_statement_id, altered, first_seen, first_doc)"
                         " VALUES (2, 'Alec Baldwin', ?, 0, '2021-12-02', 'abc-original')", (found["trigger_original"],))
            conn.executemany("INSERT INTO variant_members(cluster_id, statement_id, diff, altered) VALUES (?,?,?,?)", [
                (1, found["original_quote"], "[]", 0),
                (1, found["altered_quote"], json.dumps([["-", "even supposed"], ["+", "meant"]]), 1),
                (2, found["trigger_original"], "[]", 0),
                (2, found["trigger_rewrite"], "[]", 0),
            ])
    store.close()
    return found
