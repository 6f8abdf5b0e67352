#!/usr/bin/env python3
"""The web app under load: a real `quotetrail serve` on 127.0.0.1, many concurrent readers.

    .venv/bin/python bench/bench_web_load.py [--articles 20000] [--readers 100] [--requests 3000]
                                             [--seconds 120] [--db KEEP.db] [--json]

Builds a corpus of ``--articles`` synthetic articles (bench/gen_synthetic.py: their statements are
stored as generated, then the corpus is linked), unless ``--db`` names one that exists already
(then it is reused; a new one is kept there). Starts `quotetrail serve` on a free loopback port
and drives a mixed workload (home, search page, API search, statement, speaker and article pages)
first with one reader, then with ``--readers`` concurrent readers (threads). Every phase is
bounded in requests and in seconds and the server is stopped at the end. Prints requests per
second, p50/p95/p99 latency and the number of failed requests per phase.

The client and the server share the machine's cores: on a busy machine the figures are noisy.
Targets (issue 12): at 100 readers >= 100 requests/s and p99 <= 1 s; one reader p95 <= 100 ms.
"""
from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_synthetic import Generator  # noqa: E402

from quotetrail.store import Store  # noqa: E402
from quotetrail.types import Article, ArticleResult, Statement  # noqa: E402


def build(db: Path, n: int) -> None:
    from quotetrail.corpus import link_corpus

    store = Store(db)
    batch: list[dict] = []

    def flush() -> None:
        with store.conn:
            for a in batch:
                stmts = tuple(Statement(doc=a["id"], **s) for s in a["statements"])
                store.add_result(ArticleResult(Article(id=a["id"], text=a["text"], title=a["title"], date=a["date"]),
                                               stmts))
        batch.clear()

    for record in Generator(seed=20).articles(n):
        batch.append(record)
        if len(batch) >= 1000:
            flush()
    flush()
    link_corpus(store)
    store.close()


def workload(db: Path, rng: random.Random, size: int) -> list[str]:
    """``size`` URLs, a mix of the kinds of page a reader opens."""
    with Store(db, readonly=True) as store:
        conn = store.conn
        ids = [r[0] for r in conn.execute("SELECT id FROM statements ORDER BY random() LIMIT 500")]
        speakers = [r[0] for r in conn.execute("SELECT DISTINCT speaker FROM statements WHERE speaker IS NOT NULL"
                                               " ORDER BY random() LIMIT 200")]
        docs = [r[0] for r in conn.execute("SELECT doc FROM articles ORDER BY random() LIMIT 500")]
        words = [w for (text,) in conn.execute("SELECT text FROM statements ORDER BY random() LIMIT 200")
                 for w in text.split()[:3] if w.isalpha() and len(w) > 3] or ["said"]
    kinds = [
        lambda: "/",
        lambda: f"/search?q={quote(rng.choice(words))}",
        lambda: f"/api/statements?q={quote(rng.choice(words))}",
        lambda: f"/statements/{rng.choice(ids)}",
        lambda: f"/speakers/{quote(rng.choice(speakers))}",
        lambda: f"/articles/{quote(rng.choice(docs))}",
    ]
    return [kinds[i % len(kinds)]() for i in range(size)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the server did not start")


def drive(port: int, urls: list[str], readers: int, seconds: float) -> dict:
    """Each reader takes the next URL until all are done or ``seconds`` have passed."""
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    cursor = [0]
    deadline = time.monotonic() + seconds

    def reader() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                if cursor[0] >= len(urls):
                    return
                url = urls[cursor[0]]
                cursor[0] += 1
            start = time.perf_counter()
            try:
                conn.request("GET", url)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            took = time.perf_counter() - start
            with lock:
                latencies.append(took)
                failures[0] += not ok

    started = time.perf_counter()
    threads = [threading.Thread(target=reader) for _ in range(readers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return round(1000 * ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1) if ordered else 0.0

    return {"readers": readers, "requests": len(latencies), "failed": failures[0], "seconds": round(wall, 2),
            "requests_per_second": round(len(latencies) / wall, 1), "p50_ms": pct(0.50), "p95_ms": pct(0.95),
            "p99_ms": pct(0.99), "mean_ms": round(1000 * statistics.fmean(latencies), 1) if latencies else 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--readers", type=int, default=100)
    parser.add_argument("--requests", type=int, default=3_000, help="requests of the concurrent phase")
    parser.add_argument("--single", type=int, default=300, help="requests of the one-reader phase")
    parser.add_argument("--seconds", type=float, default=120, help="time bound of each phase")
    parser.add_argument("--db", type=Path, help="corpus to reuse, or where to keep the one built")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "load.db"
        built = None
        if not db.exists():
            start = time.perf_counter()
            build(db, args.articles)
            built = round(time.perf_counter() - start, 1)
        rng = random.Random(7)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "quotetrail", "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_ready(port)
            warm = drive(port, workload(db, rng, 60), 1, args.seconds)  # noqa: F841  (first requests fill caches)
            single = drive(port, workload(db, rng, args.single), 1, args.seconds)
            loaded = drive(port, workload(db, rng, args.requests), args.readers, args.seconds)
        finally:
            server.terminate()
            server.wait(timeout=30)
    report = {"articles": args.articles, "build_seconds": built, "single": single, "concurrent": loaded}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for name, row in (("1 reader", single), (f"{args.readers} readers", loaded)):
            print(f"{name:12} {row['requests']:6,} requests in {row['seconds']:6.1f}s: {row['requests_per_second']:6.1f}/s,"
                  f" p50 {row['p50_ms']:.0f} ms, p95 {row['p95_ms']:.0f} ms, p99 {row['p99_ms']:.0f} ms,"
                  f" {row['failed']} failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
