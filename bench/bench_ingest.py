#!/usr/bin/env python3
"""Ingest throughput: a real ``quotetrail ingest`` run, end to end, with --jobs 1 and --jobs 2.

Each run ingests the corpus into a fresh database in a temporary folder and is timed from process
start to exit (start-up, reading, extraction, writing, commits). Peak memory is measured two ways:
the largest single process (``getrusage(RUSAGE_CHILDREN).ru_maxrss`` of a fresh measuring
process) and the peak of the summed resident memory of the whole process tree (parent and
workers), sampled every 20 ms from /proc. CPU time (user + system) per article is reported for
all processes and for the parent alone (start-up, reading, the one writer, and its share of the
extraction). Beside every run, the same articles are extracted with nothing else around them,
split between as many independent processes as the run had jobs: the speed-up of that is the
most any ``--jobs`` could give on this machine at that moment. Runs are interleaved in rounds
(every setting once per round), and speed-ups are the median of each round's ratio, so that the
machine's drift over minutes cancels. Prints a Markdown table for docs/corpus.md.

    .venv/bin/python bench/bench_ingest.py                     # ../shared smoke corpus, 7 runs each
    .venv/bin/python bench/bench_ingest.py CORPUS --jobs 1 2 4 --repeat 5
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "smoke-corpus-open" / "articles.jsonl.gz"
PAGE = os.sysconf("SC_PAGE_SIZE")


def _descendants_rss(pid: int) -> int:
    """Resident bytes of all descendants of ``pid`` (Linux /proc)."""
    total, stack, root = 0, [pid], True
    while stack:
        current = stack.pop()
        try:
            if not root:
                with open(f"/proc/{current}/statm") as handle:
                    total += int(handle.read().split()[1]) * PAGE
            root = False
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack += [int(child) for child in handle.read().split()]
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
    return total


_MEASURE = """
import resource, subprocess, sys, time, json
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the ingest and its (waited-for) workers
print(json.dumps({"seconds": seconds, "returncode": done.returncode, "stdout": done.stdout, "stderr": done.stderr[-2000:],
                  "max_process_rss_kib": usage.ru_maxrss, "cpu_seconds": usage.ru_utime + usage.ru_stime}))
"""


# `quotetrail` itself, noting at exit the CPU time of the parent process alone (the one writer: the serial part).
_QUOTETRAIL = """
import atexit, os, resource, sys
def note():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    with open(os.environ["BENCH_PARENT_CPU"], "w") as handle:
        handle.write(str(usage.ru_utime + usage.ru_stime))
atexit.register(note)
sys.argv[0] = "quotetrail"
from quotetrail.cli import main
main()
"""


def run_once(corpus: Path, jobs: int, link: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        parent_cpu = Path(tmp) / "parent-cpu"
        command = [sys.executable, "-c", _MEASURE, sys.executable, "-c", _QUOTETRAIL, "ingest", str(corpus),
                   "--db", str(Path(tmp) / "bench.db"), "--jobs", str(jobs), "--no-progress", "--format", "json",
                   "--link" if link else "--no-link"]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True,
                                   env={**os.environ, "BENCH_PARENT_CPU": str(parent_cpu)})
        peak = 0
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not stop.is_set():
                peak = max(peak, _descendants_rss(process.pid))
                time.sleep(0.02)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        out, _ = process.communicate()
        stop.set()
        sampler.join()
        parent_seconds = float(parent_cpu.read_text())
    measured = json.loads(out)
    if measured["returncode"] != 0:
        raise SystemExit(f"ingest failed: {measured['stderr']}")
    summary = json.loads(measured["stdout"])
    return {
        "articles": summary["ingested"],
        "statements": summary["statements"],
        "seconds": measured["seconds"],
        "articles_per_second": summary["ingested"] / measured["seconds"],
        "max_process_mib": measured["max_process_rss_kib"] / 1024,
        "cpu_ms_per_article": 1000 * measured["cpu_seconds"] / max(1, summary["ingested"]),
        "parent_cpu_ms_per_article": 1000 * parent_seconds / max(1, summary["ingested"]),
        "tree_peak_mib": peak / 2**20,
        "link_seconds": summary["link"]["seconds"] if "link" in summary else 0.0,
    }


def _extract_share(articles: list, share: int, shares: int) -> None:
    from quotetrail.extract import extract_article

    for article in articles[share::shares]:
        extract_article(article)


def extraction_alone(corpus: Path, processes: int) -> float:
    """Seconds to extract every article of ``corpus`` in ``processes`` independent processes.

    No reading, no store, no messages between processes: each forked process extracts its share
    of articles already in memory. The ratio of one process's time to two's is what two processes
    give this extractor on this machine right now (cores shared with other virtual machines run
    slower when both are busy), the bound for ``--jobs 2``.
    """
    import multiprocessing

    from quotetrail.ingest import read_path
    from quotetrail.types import Article

    articles = [item for item in read_path(corpus) if isinstance(item, Article)]
    context = multiprocessing.get_context("fork")
    start = time.perf_counter()
    workers = [context.Process(target=_extract_share, args=(articles, share, processes)) for share in range(processes)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--link", action="store_true",
                        help="also link the corpus at the end, as a plain `quotetrail ingest` does (one process:"
                             " it is not what --jobs spreads)")
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus}: no such corpus (it lives in ../shared)")
    print(f"corpus: {args.corpus.name} ({args.corpus.stat().st_size / 2**20:.1f} MiB), {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, median of {args.repeat} interleaved runs, "
          f"load average before: {os.getloadavg()[0]:.2f}\n", flush=True)
    runs: dict[int, list[dict[str, float]]] = {jobs: [] for jobs in args.jobs}
    alone: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
    for _ in range(args.repeat):  # interleaved, so that every setting sees the same changes in machine load
        for jobs in args.jobs:
            runs[jobs].append(run_once(args.corpus, jobs, args.link))
            alone[jobs].append(extraction_alone(args.corpus, jobs))
    # Speed-ups are medians of each round's ratio: the runs of one round are seconds apart and see
    # the same machine, while the machine's speed drifts over minutes.
    first = args.jobs[0]
    print("| jobs | articles | statements | seconds | articles/s | speed-up | CPU ms/article, all processes |"
          " of which the parent | peak RSS, largest process (MiB) | peak RSS, all processes (MiB) |"
          " extraction alone: seconds, speed-up | share of that bound |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for jobs in args.jobs:
        med = {key: statistics.median(r[key] for r in runs[jobs]) for key in runs[jobs][0]}
        speedups = [a["seconds"] / b["seconds"] for a, b in zip(runs[first], runs[jobs])]
        bounds = [a / b for a, b in zip(alone[first], alone[jobs])]
        print(f"| {jobs} | {med['articles']:,.0f} | {med['statements']:,.0f} | {med['seconds']:.2f} |"
              f" {med['articles_per_second']:,.1f} | {statistics.median(speedups):.2f}× |"
              f" {med['cpu_ms_per_article']:.2f} | {med['parent_cpu_ms_per_article']:.2f} |"
              f" {med['max_process_mib']:.0f} | {med['tree_peak_mib']:.0f} |"
              f" {statistics.median(alone[jobs]):.2f}, {statistics.median(bounds):.2f}× |"
              f" {statistics.median(s / b for s, b in zip(speedups, bounds)):.0%} |")
    print("\nspeed-up of each round: " + "; ".join(
        f"--jobs {jobs}: " + ", ".join(f"{a['seconds'] / b['seconds']:.2f}" for a, b in zip(runs[first], runs[jobs]))
        + " (extraction alone: " + ", ".join(f"{a / b:.2f}" for a, b in zip(alone[first], alone[jobs])) + ")"
        for jobs in args.jobs[1:]))
    if args.link:
        print(f"\nof which linking (median; hashing in --jobs processes, the rest in one): "
              + ", ".join(f"--jobs {j}: {statistics.median(r['link_seconds'] for r in runs[j]):.2f} s" for j in args.jobs))
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
