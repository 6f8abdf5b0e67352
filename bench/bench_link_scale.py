"""Time and peak memory of ``link_corpus`` on synthetic corpora (bench/gen_synthetic.py).

    .venv/bin/python bench/bench_link_scale.py 10000 100000

Each size runs in its own process (so peak memory is its own): generate, fill a fresh store from
the planted statements (no extraction: this measures linking), link, then a second, incremental
run after adding 1% more articles. Wall and CPU seconds are both reported: on a shared machine
the CPU time is the fair figure. Prints one JSON line per size, with the recall of planted
copies/rewrites, the pairwise precision/recall of stories against the planted ones, and how the
planted quotes were matched (altered recall, verbatim linked, false alarms, and per case).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_synthetic import QUOTE_CASES  # noqa: E402


def run_one(n: int) -> dict:
    from gen_synthetic import Generator

    from quotetrail.corpus import link_corpus
    from quotetrail.store import relations
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
        stages: dict[str, float] = {}
        t0, c0 = time.perf_counter(), time.process_time()
        summary = link_corpus(store, progress=lambda stage, done, total: stages.setdefault(stage, time.perf_counter()))
        link_end = time.perf_counter()
        link_s, link_cpu = link_end - t0, time.process_time() - c0
        fill(articles[n:])
        t0, c0 = time.perf_counter(), time.process_time()
        incremental = link_corpus(store)
        incr_s, incr_cpu = time.perf_counter() - t0, time.process_time() - c0
        derived = {(d["doc"], d["source"]) for d in relations.iter_derived(store)}
        story_of = {doc: s["story"] for s in relations.iter_stories(store) for doc in s["docs"]}
        planted = {(a["id"], a["planted"]["source"]) for a in articles if a["planted"]["source"]}
        quotes = planted_quote_scores(relations.iter_variants(store), articles)
        store.close()
    story_p, story_r = pairwise_story_scores(story_of, {a["id"]: a["planted"]["story"] for a in articles})
    return {"articles": n, "fill_seconds": round(fill_s, 1), "link_seconds": round(link_s, 1),
            "link_cpu_seconds": round(link_cpu, 1), "incremental_articles": extra,
            "incremental_seconds": round(incr_s, 1), "incremental_cpu_seconds": round(incr_cpu, 1),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "stories": summary.stories, "derived": summary.derived + incremental.derived,
            "variant_clusters": summary.variant_clusters, "altered_clusters": summary.altered_clusters,
            "planted_derived_recall": round(len(derived & planted) / max(1, len(planted)), 3),
            "derived_precision": round(len(derived & planted) / max(1, len(derived)), 3),
            "story_pair_precision": round(story_p, 3), "story_pair_recall": round(story_r, 3), "quotes": quotes,
            "stage_seconds": stage_seconds(stages, link_end)}


def quote_span(text: str) -> tuple[int, int]:
    """The planted quote's span in a report (between “ and ,”)."""
    start = text.find("“") + 1
    return start, text.find(",”", start)


def planted_quote_scores(clusters: Iterable[dict], articles: list[dict]) -> dict:
    """Per planted case (gen_synthetic.QUOTE_CASES) and overall: the share of later reports whose
    quote is in one cluster with the story's first quote, and flagged altered exactly when its
    words were changed. Copies and rewrites are not counted."""
    first: dict[int, str] = {}
    for a in articles:
        first.setdefault(a["planted"]["story"], a["id"])
    where: dict[tuple[str, int], tuple[int, bool]] = {}  # (doc, start) -> (cluster, altered)
    for c in clusters:
        for q in c["quotes"]:
            where[(q["doc"], q["start"])] = (c["cluster"], q["altered"])
    text = {a["id"]: a["text"] for a in articles}
    counts: dict[str, Counter] = {}
    for a in articles:
        case = a["planted"]["quote"]
        if case is None or first[a["planted"]["story"]] == a["id"]:
            continue
        source = where.get((first[a["planted"]["story"]], quote_span(text[first[a["planted"]["story"]]])[0]))
        found = where.get((a["id"], quote_span(a["text"])[0]))
        linked = source is not None and found is not None and source[0] == found[0]
        right = linked and found[1] == a["planted"]["altered"]
        counts.setdefault(case, Counter()).update(
            {"n": 1, "right": int(right), "flagged": int(found is not None and found[1])})
    altered = [c for case, c in counts.items() if QUOTE_CASES[case][1]]
    kept = [c for case, c in counts.items() if not QUOTE_CASES[case][1]]
    return {"altered_recall": round(sum(c["right"] for c in altered) / max(1, sum(c["n"] for c in altered)), 3),
            "verbatim_linked": round(sum(c["right"] for c in kept) / max(1, sum(c["n"] for c in kept)), 3),
            "false_alarms": round(sum(c["flagged"] for c in kept) / max(1, sum(c["n"] for c in kept)), 3),
            "by_case": {case: round(c["right"] / c["n"], 3) for case, c in sorted(counts.items())}}


def stage_seconds(started: dict[str, float], end: float) -> dict[str, float]:
    """Seconds per linking stage, from the time each stage first reported progress to the next one's."""
    names = list(started)
    ends = [started[n] for n in names[1:]] + [end]
    return {n: round(e - started[n], 1) for n, e in zip(names, ends)}


def pairwise_story_scores(predicted: dict[str, int], planted: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall of stories, from cluster-size counts (no pair enumeration)."""
    def pairs(counts: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    both = pairs(Counter((predicted[d], planted[d]) for d in planted))
    return both / max(1, pairs(Counter(predicted[d] for d in planted))), both / max(1, pairs(Counter(planted.values())))


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(run_one(int(sys.argv[2]))), flush=True)
        return
    for n in [int(a) for a in sys.argv[1:]] or [10_000, 100_000]:
        subprocess.run([sys.executable, __file__, "--one", str(n)], check=True)


if __name__ == "__main__":
    main()
