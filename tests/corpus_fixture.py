"""A small hand-made corpus written straight into a store (independent of the extractor)."""
from __future__ import annotations

from pathlib import Path

from quotetrail.store import Store
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


def results() -> list[ArticleResult]:
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


def build(path: Path) -> Path:
    with Store(path) as store, store.conn:
        for result in results():
            store.add_result(result)
    return path
