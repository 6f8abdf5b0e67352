"""Time and peak memory of ``link_corpus`` on synthetic corpora (bench/gen_synthetic.py).

    .venv/bin/python bench/bench_link_scale.py 10000 100000 [--no-incremental]

Each size runs in its own process (so peak memory is its own): generate, fill a fresh store from
the planted statements (no extraction: this measures linking), link, then a second, incremental
run after adding 1% more articles. Wall and CPU seconds are both reported: on a shared machine
the CPU time is the fair figure (each stage's start, and the end of linking as ``linked``, is
also printed to stderr as it comes, so a run cut short still tells how far it got; the scoring
after ``linked`` is not linking). Per stage: wall and CPU seconds and the peak memory reached
by its end. The articles are generated and stored in batches, so the bench holds no corpus.
``--no-incremental`` leaves out the second run. Prints one JSON line per size, with the recall of planted
copies/rewrites, the pairwise precision/recall of stories against the planted ones, and how the
planted quotes were matched (altered recall, verbatim linked, false alarms, and per case).
"""
from __future__ import annotations

import argparse
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


def run_one(n: int, incremental_run: bool = True) -> dict:
    from gen_synthetic import Generator

    from quotetrail.corpus import link_corpus
    from quotetrail.store import relations
    from quotetrail.store.db import Store
    from quotetrail.types import Article, ArticleResult, Statement

    extra = max(1, n // 100) if incremental_run else 0
    planted: list[dict] = []  # what the scores need of each article, without its text
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "syn.db")

        def fill(articles: Iterable[dict], count: int) -> None:
            batch: list[dict] = []
            for k, a in enumerate(articles, 1):
                batch.append(a)
                planted.append(planted_facts(a))
                if len(batch) == _FILL_BATCH or k == count:
                    with store.conn:
                        for b in batch:
                            stmts = tuple(Statement(doc=b["id"], **s) for s in b["statements"])
                            store.add_result(ArticleResult(
                                Article(id=b["id"], text=b["text"], title=b["title"], date=b["date"]), stmts))
                    batch = []
                if k == count:
                    return

        generated = Generator(seed=n).articles(n + extra)  # streamed: the bench holds no corpus
        t0 = time.perf_counter()
        fill(generated, n)
        fill_s = time.perf_counter() - t0
        rss_before = _peak_mib()
        stages: dict[str, tuple[float, float, int]] = {}

        def mark(stage: str, done: int, total: int) -> None:
            if stage not in stages:
                stages[stage] = (time.perf_counter(), time.process_time(), _peak_mib())
                print(json.dumps({"articles": n, "stage": stage, "cpu_seconds": round(time.process_time(), 1),
                                  "peak_rss_mib": stages[stage][2]}), file=sys.stderr, flush=True)

        t0, c0 = time.perf_counter(), time.process_time()
        summary = link_corpus(store, progress=mark)
        link_end = (time.perf_counter(), time.process_time(), _peak_mib())
        print(json.dumps({"articles": n, "stage": "linked", "cpu_seconds": round(link_end[1], 1),
                          "peak_rss_mib": link_end[2]}), file=sys.stderr, flush=True)  # before the scoring
        link_s, link_cpu = link_end[0] - t0, link_end[1] - c0
        incr_s = incr_cpu = 0.0
        incremental_derived = 0
        if extra:
            fill(generated, extra)
            t0, c0 = time.perf_counter(), time.process_time()
            incremental = link_corpus(store)
            incr_s, incr_cpu = time.perf_counter() - t0, time.process_time() - c0
            incremental_derived = incremental.derived
        derived = {(d["doc"], d["source"]) for d in relations.iter_derived(store)}
        story_of = {doc: s["story"] for s in relations.iter_stories(store) for doc in s["docs"]}
        planted_pairs = {(a["id"], a["source"]) for a in planted if a["source"]}
        quotes = planted_quote_scores(relations.iter_variants(store), planted)
        store.close()
    story_p, story_r = pairwise_story_scores(story_of, {a["id"]: a["story"] for a in planted})
    return {"articles": n, "fill_seconds": round(fill_s, 1), "link_seconds": round(link_s, 1),
            "link_cpu_seconds": round(link_cpu, 1), "incremental_articles": extra,
            "incremental_seconds": round(incr_s, 1), "incremental_cpu_seconds": round(incr_cpu, 1),
            "peak_rss_mib": _peak_mib(), "peak_rss_before_link_mib": rss_before,
            "stories": summary.stories, "derived": summary.derived + incremental_derived,
            "variant_clusters": summary.variant_clusters, "altered_clusters": summary.altered_clusters,
            "planted_derived_recall": round(len(derived & planted_pairs) / max(1, len(planted_pairs)), 3),
            "derived_precision": round(len(derived & planted_pairs) / max(1, len(derived)), 3),
            "story_pair_precision": round(story_p, 3), "story_pair_recall": round(story_r, 3), "quotes": quotes,
            **stage_figures(stages, link_end)}


_FILL_BATCH = 5000


def _peak_mib() -> int:
    """The process's peak resident memory so far."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def planted_facts(article: dict) -> dict:
    """What the scores need of a generated article: its id, planted facts and quote offset."""
    return {"id": article["id"], "quote_start": quote_span(article["text"])[0], **article["planted"]}


def quote_span(text: str) -> tuple[int, int]:
    """The planted quote's span in a report (between “ and ,”)."""
    start = text.find("“") + 1
    return start, text.find(",”", start)


def planted_quote_scores(clusters: Iterable[dict], planted: list[dict]) -> dict:
    """Per planted case (gen_synthetic.QUOTE_CASES) and overall: the share of later reports whose
    quote is in one cluster with the story's first quote, and flagged altered exactly when its
    words were changed. Copies and rewrites are not counted. ``planted``: ``planted_facts`` of
    each article."""
    first: dict[int, dict] = {}
    for a in planted:
        first.setdefault(a["story"], a)
    where: dict[tuple[str, int], tuple[int, bool]] = {}  # (doc, start) -> (cluster, altered)
    for c in clusters:
        for q in c["quotes"]:
            where[(q["doc"], q["start"])] = (c["cluster"], q["altered"])
    counts: dict[str, Counter] = {}
    for a in planted:
        case = a["quote"]
        story_first = first[a["story"]]
        if case is None or story_first["id"] == a["id"]:
            continue
        source = where.get((story_first["id"], story_first["quote_start"]))
        found = where.get((a["id"], a["quote_start"]))
        linked = source is not None and found is not None and source[0] == found[0]
        right = linked and found[1] == a["altered"]
        counts.setdefault(case, Counter()).update(
            {"n": 1, "right": int(right), "flagged": int(found is not None and found[1])})
    altered = [c for case, c in counts.items() if QUOTE_CASES[case][1]]
    kept = [c for case, c in counts.items() if not QUOTE_CASES[case][1]]
    return {"altered_recall": round(sum(c["right"] for c in altered) / max(1, sum(c["n"] for c in altered)), 3),
            "verbatim_linked": round(sum(c["right"] for c in kept) / max(1, sum(c["n"] for c in kept)), 3),
            "false_alarms": round(sum(c["flagged"] for c in kept) / max(1, sum(c["n"] for c in kept)), 3),
            "by_case": {case: round(c["right"] / c["n"], 3) for case, c in sorted(counts.items())}}


def stage_figures(started: dict[str, tuple[float, float, int]], end: tuple[float, float, int]) -> dict:
    """Wall and CPU seconds per linking stage, from the time each stage first reported progress to
    the next one's, and the peak resident memory reached by the end of each stage (MiB)."""
    names = list(started)
    ends = [started[n] for n in names[1:]] + [end]
    return {"stage_seconds": {n: round(e[0] - started[n][0], 1) for n, e in zip(names, ends)},
            "stage_cpu_seconds": {n: round(e[1] - started[n][1], 1) for n, e in zip(names, ends)},
            "stage_peak_mib": {n: e[2] for n, e in zip(names, ends)}}


def pairwise_story_scores(predicted: dict[str, int], planted: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall of stories, from cluster-size counts (no pair enumeration)."""
    def pairs(counts: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    both = pairs(Counter((predicted[d], planted[d]) for d in planted))
    return both / max(1, pairs(Counter(predicted[d] for d in planted))), both / max(1, pairs(Counter(planted.values())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000], help="corpus sizes, one process each")
    parser.add_argument("--no-incremental", action="store_true", help="leave out the incremental second run")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a size's own process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.sizes[0], not args.no_incremental)), flush=True)
        return
    flags = ["--no-incremental"] if args.no_incremental else []
    for n in args.sizes:
        subprocess.run([sys.executable, __file__, "--one", str(n), *flags], check=True)


if __name__ == "__main__":
    main()
