"""Quality of corpus linking on ECB+ (stories) and L2R (rewrites), as docs/linking.md reports.

    .venv/bin/python bench/bench_link_quality.py [--shared ../shared] [--sample N]

1. ECB+ topics 1-22 alone: pairwise precision/recall/F1 of stories against ``event_cluster``.
2. L2R's 100 originals (dated 2020-01-01) and their 391 rewrites (2020-01-02) together with ECB+
   (each ECB+ article dated at random within January 2020, so every pair has a direction):
   precision/recall/F1 of (rewrite, original) pairs among the derived relations, and the number of
   ECB+ pairs of different events marked copy or rewrite (must be 0).
3. Cross-validation of the story threshold over ECB+ topics: the topics are split in two halves
   (odd/even topic numbers, and lower/upper half of the sorted topics); the threshold is fitted
   on one half (best pairwise F1 over ``CV_GRID``) and scored on the other, both ways. The
   candidate edges are computed once, on all topics; each half is scored on its own pairs. Then
   the same with the names' share of story similarity (``NAME_WEIGHT``) fitted too, over
   ``CV_WEIGHTS``: whether a freer fit holds on the other half.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from quotetrail.corpus import link_corpus
from quotetrail.store import relations
from quotetrail.extract import extract_article
from quotetrail.store.db import Store
from quotetrail.types import Article

ROOT = Path(__file__).resolve().parent.parent


def ecb_articles(shared: Path, sample: int | None, rng: random.Random) -> tuple[list[Article], dict[str, str]]:
    rows = [json.loads(line) for line in (shared / "data/ecbplus/ecbplus_docs.jsonl").open(encoding="utf-8")]
    rows = [r for r in rows if r["topic"] <= 22]
    if sample:
        topics = sorted({r["topic"] for r in rows})[:sample]
        rows = [r for r in rows if r["topic"] in topics]
    gold = {r["doc_id"]: r["event_cluster"] for r in rows}
    articles = [Article(id=r["doc_id"], text=r["text"], url=r.get("url"),
                        date=f"2020-01-{rng.randint(1, 31):02d}") for r in rows]
    return articles, gold


def l2r_articles(shared: Path, sample: int | None) -> tuple[list[Article], dict[str, str]]:
    base = shared / "data/l2r-news-llm-rewrites"
    human = json.loads((base / "NewsArticle/human.json").read_text(encoding="utf-8"))
    pairs = [json.loads(line) for line in (base / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if line]
    keep = set(range(len(human) if not sample else sample))
    articles = [Article(id=f"l2r-human-{i}", text=t, date="2020-01-01") for i, t in enumerate(human) if i in keep]
    gens: dict[str, list[str]] = {}
    truth: dict[str, str] = {}
    for p in pairs:
        if p["human_index"] not in keep:
            continue
        texts = gens.setdefault(p["model"], json.loads((base / f"NewsArticle/{p['model']}.json").read_text(encoding="utf-8")))
        doc = f"l2r-{p['model']}-{p['gen_index']}"
        articles.append(Article(id=doc, text=texts[p["gen_index"]], date="2020-01-02"))
        truth[doc] = f"l2r-human-{p['human_index']}"
    return articles, truth


def build_store(path: Path, articles: list[Article]) -> Store:
    store = Store(path)
    with store.conn:
        for article in articles:
            store.add_result(extract_article(article))
    return store


def pairwise(labels_pred: dict[str, int], labels_gold: dict[str, str]) -> tuple[float, float, float]:
    docs = sorted(labels_gold)
    tp = fp = fn = 0
    for a, b in itertools.combinations(docs, 2):
        g = labels_gold[a] == labels_gold[b]
        p = labels_pred.get(a, -1) == labels_pred.get(b, -2)
        tp += g and p
        fp += p and not g
        fn += g and not p
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def stories_of(store: Store) -> dict[str, int]:
    return {doc: s["story"] for s in relations.iter_stories(store) for doc in s["docs"]}


CV_GRID = [round(0.04 + 0.01 * i, 2) for i in range(27)]  # story thresholds tried: 0.04 ... 0.30
CV_WEIGHTS = [0.5, 0.6, 0.7, 0.8, 0.9]  # names' shares of story similarity tried with them


def story_cv(shared: Path, rng: random.Random, tmp: Path) -> dict[str, object]:
    """Fit the story threshold on one half of the ECB+ topics, score it on the other (both ways)."""
    import numpy as np

    from quotetrail.corpus import link as link_module
    from quotetrail.corpus import vectors as vectors_module
    from quotetrail.corpus.stories import STORY_THRESHOLD, average_linkage, linkage_by_key

    ecb, gold = ecb_articles(shared, None, rng)
    topic = {a.id: int(a.id.split("_")[0]) for a in ecb}
    captured: list[tuple[int, int, float]] = []

    parts: list[tuple[list[int], list[int], np.ndarray, np.ndarray]] = []  # rows, names and words cosines

    def capture(initial, edges, *args, **kwargs):  # type: ignore[no-untyped-def]
        captured.extend(edges)  # one call per connected component: the others' edges are ignored
        return linkage_by_key(initial, captured, *args, **kwargs)

    def capture_scores(vectors, left, right):  # type: ignore[no-untyped-def]
        parts.append((list(left), list(right), vectors_module._row_dots(vectors.names, left, right),
                      vectors_module._row_dots(vectors.words, left, right)))
        return original_scores(vectors, left, right)

    store = build_store(tmp / "cv.db", ecb)
    original, original_scores = link_module.linkage_by_key, link_module.story_scores
    link_module.linkage_by_key, link_module.story_scores = capture, capture_scores
    try:
        link_corpus(store)
    finally:
        link_module.linkage_by_key, link_module.story_scores = original, original_scores
    ids = {r[0]: r[1] for r in store.conn.execute("SELECT id, doc FROM articles")}
    store.close()

    def f1_at(threshold: float, half: set[int]) -> float:
        clusters = average_linkage([[a] for a in sorted(ids)], captured, threshold=threshold)
        labels = {ids[a]: n for n, c in enumerate(clusters) for a in c}
        return pairwise(labels, {d: g for d, g in gold.items() if topic[d] in half})[2]

    topics = sorted(set(topic.values()))
    splits = {"odd/even": ({t for t in topics if t % 2}, {t for t in topics if not t % 2}),
              "lower/upper": (set(topics[:len(topics) // 2]), set(topics[len(topics) // 2:]))}
    out: dict[str, object] = {"current_threshold": STORY_THRESHOLD}
    held_out = []
    for name, (a, b) in splits.items():
        for fit, test in ((a, b), (b, a)):
            best = max(CV_GRID, key=lambda t: (f1_at(t, fit), -abs(t - STORY_THRESHOLD)))
            score = f1_at(best, test)
            held_out.append(score)
            out[f"{name} fit on {sorted(fit)[:3]}...: threshold"] = best
            out[f"{name} fit on {sorted(fit)[:3]}...: fit F1 / held-out F1"] = [round(f1_at(best, fit), 4),
                                                                               round(score, 4)]
        out[f"{name}: F1 of current threshold on each half"] = [round(f1_at(STORY_THRESHOLD, a), 4),
                                                                round(f1_at(STORY_THRESHOLD, b), 4)]
    out["mean held-out F1"] = round(sum(held_out) / len(held_out), 4)
    out["F1 over the grid, odd / even topics"] = {t: [round(f1_at(t, splits["odd/even"][0]), 3),
                                                      round(f1_at(t, splits["odd/even"][1]), 3)] for t in CV_GRID[::3]}
    # the names' weight fitted with the threshold (one fresh store: every article is new, so the
    # story step's rows are the sorted article ids)
    rows = sorted(ids)
    pairs = [(rows[a], rows[b], n, w) for left, right, names, words in parts
             for a, b, n, w in zip(left, right, names.tolist(), words.tolist())]
    halves = {half for split in splits.values() for half in map(frozenset, split)}
    joint: dict[tuple[float, float], dict[frozenset[int], float]] = {}
    for weight in CV_WEIGHTS:
        edges = [(a, b, (1 - weight) * w + weight * n) for a, b, n, w in pairs if n >= vectors_module.MIN_NAME_SIMILARITY]
        for threshold in CV_GRID:
            clusters = average_linkage([[a] for a in rows], [e for e in edges if e[2] > 0], threshold=threshold)
            labels = {ids[a]: k for k, c in enumerate(clusters) for a in c}
            joint[weight, threshold] = {h: pairwise(labels, {d: g for d, g in gold.items() if topic[d] in h})[2]
                                        for h in halves}
    held_out = []
    for name, (a, b) in splits.items():
        for fit, test in ((frozenset(a), frozenset(b)), (frozenset(b), frozenset(a))):
            best = max(joint, key=lambda k: (joint[k][fit], -abs(k[1] - STORY_THRESHOLD)))
            held_out.append(joint[best][test])
            out[f"names weight too, {name} fit on {sorted(fit)[:3]}...: weight, threshold / fit F1, held-out F1"] = [
                list(best), [round(joint[best][fit], 4), round(joint[best][test], 4)]]
    out["names weight too: mean held-out F1"] = round(sum(held_out) / len(held_out), 4)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sample", type=int, help="only the first N ECB+ topics and L2R originals")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cv", action="store_true", help="only the cross-validation of the story threshold")
    args = parser.parse_args()
    if args.cv:
        with tempfile.TemporaryDirectory() as tmp:
            json.dump(story_cv(args.shared, random.Random(args.seed), Path(tmp)), sys.stdout, indent=1)
        print()
        return
    rng = random.Random(args.seed)
    ecb, ecb_gold = ecb_articles(args.shared, args.sample, rng)
    l2r, l2r_truth = l2r_articles(args.shared, args.sample)
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = build_store(Path(tmp) / "ecb.db", ecb)
        t0 = time.perf_counter()
        link_corpus(store)
        p, r, f = pairwise(stories_of(store), ecb_gold)
        results["ecb_stories"] = {"docs": len(ecb), "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                                  "link_seconds": round(time.perf_counter() - t0, 2)}
        store.close()

        store = build_store(Path(tmp) / "mix.db", l2r + ecb)
        t0 = time.perf_counter()
        link_corpus(store)
        derived = list(relations.iter_derived(store))
        found = {(d["doc"], d["source"]) for d in derived if d["doc"] in l2r_truth or d["source"] in l2r_truth
                 or d["doc"].startswith("l2r-") or d["source"].startswith("l2r-")}
        gold_pairs = set(l2r_truth.items())
        tp = len(found & gold_pairs)
        precision = tp / len(found) if found else 0.0
        recall = tp / len(gold_pairs)
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        ecb_wrong = [(d["doc"], d["source"]) for d in derived if d["doc"] in ecb_gold and d["source"] in ecb_gold
                     and ecb_gold[d["doc"]] != ecb_gold[d["source"]]]
        ecb_same = sum(1 for d in derived if d["doc"] in ecb_gold and d["source"] in ecb_gold
                       and ecb_gold[d["doc"]] == ecb_gold[d["source"]])
        by_model: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for doc, src in gold_pairs:
            model = doc.split("-")[1] if doc.count("-") >= 2 else doc
            model = doc[len("l2r-"):doc.rindex("-")]
            by_model[model][1] += 1
            by_model[model][0] += (doc, src) in found
        results["l2r_rewrites"] = {
            "pairs": len(gold_pairs), "found": len(found), "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4), "recall_by_model": {m: round(a / b, 3) for m, (a, b) in sorted(by_model.items())},
            "ecb_different_event_marked": len(ecb_wrong), "ecb_same_event_marked": ecb_same,
            "link_seconds": round(time.perf_counter() - t0, 2)}
        p, r, f = pairwise(stories_of(store), ecb_gold)
        results["ecb_stories_in_mix"] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
        store.close()
    json.dump(results, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
