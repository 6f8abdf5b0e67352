"""Latency of the web app's pages and API on a synthetic corpus, in-process (FastAPI TestClient).

    .venv/bin/python bench/web_latency.py [--articles 5000] [--repeat 30]

Builds a corpus of generated articles (4 direct quotes each, 300 speakers, stories of 10
articles, a variant cluster per story) in a temporary directory, then times each URL.
Prints the median and 95th percentile per URL in milliseconds. Figures go in docs/web.md.
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from quotetrail.store import Store
from quotetrail.store.people import rebuild_people
from quotetrail.types import Article, ArticleResult, Statement
from quotetrail.web import create_app

WORDS = ("budget council plan water school road tax vote hospital police bridge energy housing park "
         "election court strike price market rain fire bus train port farm wage rent law").split()


def build(db: Path, n_articles: int, rng: random.Random) -> None:
    store = Store(db)
    with store.conn:
        for i in range(n_articles):
            quotes = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18))) for _ in range(4)]
            parts, statements = [], []
            pos = 0
            for q in quotes:
                speaker = f"Speaker {rng.randrange(300)}"
                chunk = f"“{q},” {speaker} said. " + " ".join(rng.choice(WORDS) for _ in range(40)) + ".\n\n"
                start = pos + 1
                statements.append(Statement(doc=f"a{i}", start=start, end=start + len(q), text=q, kind="direct",
                                            speaker=speaker, cue="said", confidence=0.9))
                parts.append(chunk)
                pos += len(chunk)
            day = f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}"
            store.add_result(ArticleResult(Article(id=f"a{i}", text="".join(parts), title=f"Article {i}",
                                                   outlet=f"Outlet {i % 20}", date=day), tuple(statements)))
        conn = store.conn
        for story in range(n_articles // 10):
            docs = [f"a{story * 10 + k}" for k in range(10)]
            conn.execute("INSERT INTO stories(id, title, first_seen, first_doc) VALUES (?,?,?,?)",
                         (story + 1, f"Story {story}", "2024-01-01", docs[0]))
            conn.executemany("INSERT INTO story_members(story_id, doc) VALUES (?, ?)", [(story + 1, d) for d in docs])
            ids = [r[0] for r in conn.execute(
                f"SELECT min(id) FROM statements WHERE doc IN ({','.join('?' * 3)}) GROUP BY doc", docs[:3])]
            conn.execute("INSERT INTO variant_clusters(id, speaker, root_statement_id, altered) VALUES (?,?,?,1)",
                         (story + 1, None, ids[0]))
            conn.executemany("INSERT INTO variant_members(cluster_id, statement_id, altered) VALUES (?,?,?)",
                             [(story + 1, sid, int(k > 0)) for k, sid in enumerate(ids)])
        rebuild_people(conn)  # as linking does: speaker pages and the speaker filter read people
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        started = time.perf_counter()
        build(db, args.articles, rng)
        print(f"corpus: {args.articles} articles, {args.articles * 4} statements, built in "
              f"{time.perf_counter() - started:.1f}s, {db.stat().st_size / 1e6:.1f} MB")
        client = TestClient(create_app(db))
        urls = ["/", "/api", "/search?q=budget+water", "/api/statements?q=budget+water",
                "/api/statements?q=%22council+plan%22&outlet=Outlet+3", "/search?speaker=Speaker+5",
                "/api/statements?date_from=2024-03-01&date_to=2024-03-31&per_page=100",
                "/speakers/Speaker%205", "/statements/1", "/api/statements/1", "/articles/a42",
                "/api/articles/a42", "/stories/3", "/api/stories/3", "/speakers", "/variants?altered=true"]
        print(f"{'URL':70} {'median ms':>10} {'p95 ms':>8}")
        for url in urls:
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - t0) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            times.sort()
            print(f"{url:70} {statistics.median(times):10.1f} {times[int(0.95 * (len(times) - 1))]:8.1f}")


if __name__ == "__main__":
    main()
