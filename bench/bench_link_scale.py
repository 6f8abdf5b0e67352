"""Time and peak memory of ``link_corpus`` on synthetic corpora (bench/gen_synthetic.py).

    .venv/bin/python bench/bench_link_scale.py 10000 100000

Each size runs in its own process (so peak memory is its own): generate, fill a fresh store from
the planted statements (no extraction: this measures linking), link, then a second, incremental
run after adding 1% more articles. Prints one JSON line per size, with the recall of planted
copies/rewrites and the share of planted altered quotes found in altered clusters.
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def run_one(n: int) -> dict:
    from gen_synthetic import Generator

    from quotetrail.corpus import link_corpus, linkstore
    from quotetrail.store.db import Store
    from quotetrail.types import Article, ArticleResult, Statement

    extra = max(1, n // 100)
    articles = list(Generator(seed=n).articles(n + extra))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "syn.db")

        def fill(batch: list[dict]) -> None:
            with store.conn:
                for a in batch:
                    stmts = tuple(Statement(doc=a["id"], **s) for s in a["statements"])
                    store.add_result(ArticleResult(Article(id=a["id"], text=a["text"], title=a["title"], date=a["date"]),
                                                   stmts))

        t0 = time.perf_counter()
        fill(articles[:n])
        fill_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        summary = link_corpus(store)
        link_s = time.perf_counter() - t0
        fill(articles[n:])
        t0 = time.perf_counter()
        incremental = link_corpus(store)
        incr_s = time.perf_counter() - t0
        derived = {(d["doc"], d["source"]) for d in linkstore.iter_derived(store.conn)}
        planted = {(a["id"], a["planted"]["source"]) for a in articles if a["planted"]["source"]}
        store.close()
    return {"articles": n, "fill_seconds": round(fill_s, 1), "link_seconds": round(link_s, 1),
            "incremental_articles": extra, "incremental_seconds": round(incr_s, 1),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "stories": summary.stories, "derived": summary.derived + incremental.derived,
            "variant_clusters": summary.variant_clusters, "altered_clusters": summary.altered_clusters,
            "planted_derived_recall": round(len(derived & planted) / max(1, len(planted)), 3),
            "derived_precision": round(len(derived & planted) / max(1, len(derived)), 3)}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(run_one(int(sys.argv[2]))), flush=True)
        return
    for n in [int(a) for a in sys.argv[1:]] or [10_000, 100_000]:
        subprocess.run([sys.executable, __file__, "--one", str(n)], check=True)


if __name__ == "__main__":
    main()
