"""Throughput of ``quotetrail spark-run`` on local[1] and local[2], and what 196 million articles a day would need.

    nice -n 10 .venv/bin/python bench/bench_spark.py --synthetic 500 2000 \\
        --real ../shared/data/polnear/jsonl/polnear_train.jsonl ../shared/data/smoke-corpus-open/articles.jsonl.gz

Every (input, master) pair runs ``quotetrail spark-run INPUT -o TMP --master local[k]`` in a fresh
process (its own JVM, as a user runs it), confined to k CPUs (``sched_setaffinity``; ``--no-pin``
leaves it free): local[k] runs k tasks at once, but its JVM's own threads (garbage collection,
shuffle files, serialising to and from the Python workers) run beside them, so unconfined local[1]
uses more than one core and the speed-up to two is understated. Each run is timed by the wall clock and by the CPU seconds of its
process tree (driver, JVM, Python workers: read from /proc every half second, so a process that
ends between two looks loses up to that much; on a shared machine the CPU figure is the fairer
one). Synthetic articles come from bench/gen_synthetic.py (same seed, so the same articles on
every master). With two or more synthetic sizes the marginal rate, (n2 - n1) / (t2 - t1) between
the smallest and the largest, is the throughput once Spark's fixed costs (JVM, session, one
Python worker per task, a few hundred small stages) are paid; the cluster arithmetic uses it.
The same arithmetic from the marginal CPU seconds per article is printed too: on a shared machine
the wall clock measures the other jobs as well, the CPU seconds much less so.
Prints a Markdown table, the speed-ups and the cluster arithmetic.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spark_eventlog  # noqa: E402
from gen_synthetic import Generator  # noqa: E402

QUOTEBANK_ARTICLES = 196_000_000  # Quotebank's corpus: the target
DAY_SECONDS = 86_400
NODE_CORES = 16  # cores of one cluster node in the arithmetic
QUOTETRAIL = Path(sys.executable).with_name("quotetrail")
_ARTICLES = re.compile(r"quotetrail: ([\d,]+) articles")


@dataclass
class Run:
    input: str
    cores: int
    articles: int
    wall: float
    cpu: float

    @property
    def per_core(self) -> float:
        """Articles per second per core, by the wall clock."""
        return self.articles / self.wall / self.cores

    @property
    def cores_used(self) -> float:
        """The process tree's CPU seconds over the wall seconds."""
        return self.cpu / self.wall


_TICKS = os.sysconf("SC_CLK_TCK")
POLL_SECONDS = 0.5


def _tree_cpu(root: int, seen: dict[int, float]) -> None:
    """Record the CPU seconds so far of ``root`` and every process under it (the JVM, its Python
    workers), each process's latest figure kept in ``seen``."""
    parent, cpu = {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        pid = int(stat.parent.name)
        parent[pid], cpu[pid] = int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICKS
    for pid in cpu:
        up = pid
        while up in parent and up != root:
            up = parent[up]
        if up == root:
            seen[pid] = cpu[pid]


def confined(cores: int) -> Callable[[], None]:
    """What a child runs before it starts: keep to the first ``cores`` CPUs this process may use
    (its children, the JVM and the Python workers, inherit it)."""
    allowed = sorted(os.sched_getaffinity(0))
    if cores > len(allowed):
        raise SystemExit(f"local[{cores}] asks for {cores} CPUs; this process may use {len(allowed)}")
    chosen = set(allowed[:cores])
    return lambda: os.sched_setaffinity(0, chosen)


def spark_run(path: Path, cores: int, out: Path, partitions: int | None,
              event_logs: Path | None = None, driver_memory: str | None = None,
              pin: bool = True) -> tuple[int, float, float]:
    """(articles written, wall seconds, CPU seconds) of one ``spark-run`` in its own process,
    confined to ``cores`` CPUs when ``pin``; with ``event_logs``, Spark writes its event log
    (uncompressed, one file) into that folder."""
    shutil.rmtree(out, ignore_errors=True)
    conf = {"spark.ui.showConsoleProgress": "false"}
    if event_logs:
        event_logs.mkdir(parents=True, exist_ok=True)
        conf |= {"spark.eventLog.enabled": "true", "spark.eventLog.dir": event_logs.resolve().as_uri(),
                 "spark.eventLog.compress": "false", "spark.eventLog.rolling.enabled": "false"}
    submit = [f"--driver-memory {driver_memory}"] if driver_memory else []  # local mode: the executors' heap too
    submit += [f"--conf {k}={v}" for k, v in conf.items()]
    env = dict(os.environ, PYSPARK_SUBMIT_ARGS=" ".join(submit) + " pyspark-shell")
    command = [str(QUOTETRAIL), "spark-run", str(path), "-o", str(out), "--master", f"local[{cores}]"]
    if partitions:
        command += ["--partitions", str(partitions)]
    seen: dict[int, float] = {}
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=err, text=True,
                                   preexec_fn=confined(cores) if pin else None)
        while process.poll() is None:
            _tree_cpu(process.pid, seen)
            time.sleep(POLL_SECONDS)
        wall = time.perf_counter() - t0
        err.seek(0)
        stderr = err.read()
    found = _ARTICLES.search(stderr)
    if process.returncode or not found:
        raise SystemExit(f"spark-run failed on {path} (local[{cores}]):\n{stderr[-3000:]}")
    return int(found.group(1).replace(",", "")), wall, sum(seen.values())


def synthetic(n: int, folder: Path) -> Path:
    path = folder / f"synthetic-{n}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for article in Generator(1).articles(n):
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def marginal(small: Run, large: Run) -> float:
    """Articles per second between two sizes on the same master: the rate once fixed costs are paid."""
    return (large.articles - small.articles) / (large.wall - small.wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--synthetic", type=int, nargs="*", default=[], metavar="N", help="synthetic sizes")
    parser.add_argument("--real", type=Path, nargs="*", default=[], metavar="PATH", help="real inputs (files, folders)")
    parser.add_argument("--cores", type=int, nargs="+", default=[1, 2], help="local[k] masters to compare")
    parser.add_argument("--partitions", type=int, help="spark-run --partitions (default: the cores)")
    parser.add_argument("--event-logs", type=Path, metavar="DIR",
                        help="write each run's Spark event log here and print where its time went (spark_eventlog.py)")
    parser.add_argument("--driver-memory", metavar="SIZE",
                        help="the JVM heap of each run, e.g. 4g (Spark's default is 1g; in local mode it holds the "
                             "executors' cached blocks too)")
    parser.add_argument("--no-pin", dest="pin", action="store_false",
                        help="let each run use every CPU (local[k]'s JVM threads then run beside its k tasks)")
    args = parser.parse_args()
    runs: list[Run] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs = [(f"synthetic {n:,}", synthetic(n, folder)) for n in sorted(args.synthetic)]
        inputs += [(path.name, path) for path in args.real]
        for name, path in inputs:
            for cores in args.cores:
                before = set(args.event_logs.iterdir()) if args.event_logs and args.event_logs.exists() else set()
                articles, wall, cpu = spark_run(path, cores, folder / "out", args.partitions, args.event_logs,
                                                args.driver_memory, args.pin)
                runs.append(Run(name, cores, articles, wall, cpu))
                print(f"# {name} local[{cores}]: {articles:,} articles, {wall:.1f} s wall, {cpu:.1f} s CPU, "
                      f"load average {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
                if args.event_logs:
                    for log in sorted(set(args.event_logs.iterdir()) - before):
                        print(f"\n## {name} local[{cores}]: ", end="")
                        spark_eventlog.analyse(log)
                        print(flush=True)
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (machine shared? the wall figures then are not clean)")
    print(f"each local[k] run {'confined to k CPUs' if args.pin else 'free to use every CPU'}\n")
    print("| input | master | articles | wall s | CPU s (all processes) | cores used | articles/s | articles/s/core |"
          " articles/CPU-s |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in runs:
        print(f"| {r.input} | local[{r.cores}] | {r.articles:,} | {r.wall:.1f} | {r.cpu:.1f} | {r.cores_used:.2f} | "
              f"{r.articles / r.wall:.2f} | {r.per_core:.2f} | {r.articles / r.cpu:.2f} |")
    print()
    by = {(r.input, r.cores): r for r in runs}
    lo, hi = min(args.cores), max(args.cores)
    for name in dict.fromkeys(r.input for r in runs):
        if (name, lo) in by and (name, hi) in by and lo != hi:
            print(f"- speed-up local[{lo}] -> local[{hi}] on {name}: {by[name, lo].wall / by[name, hi].wall:.2f}x")
    sizes = sorted(n for n in args.synthetic)
    if len(sizes) < 2:
        return
    rates = {}
    for cores in args.cores:
        small, large = by[f"synthetic {sizes[0]:,}", cores], by[f"synthetic {sizes[-1]:,}", cores]
        rate = marginal(small, large)
        rates[cores] = rate
        fixed = small.wall - small.articles / rate
        per_cpu = (large.articles - small.articles) / (large.cpu - small.cpu)
        print(f"- local[{cores}] marginal rate (synthetic {sizes[0]:,} -> {sizes[-1]:,}): {rate:.2f} articles/s "
              f"= {rate / cores:.2f} per core; fixed cost about {fixed:.0f} s; by CPU time {per_cpu:.2f} articles "
              f"per CPU-second ({QUOTEBANK_ARTICLES / per_cpu / 3600:,.0f} core-hours for "
              f"{QUOTEBANK_ARTICLES:,}, {math.ceil(QUOTEBANK_ARTICLES / per_cpu / DAY_SECONDS):,} busy cores for a day)")
    if lo != hi:
        print(f"- marginal speed-up local[{lo}] -> local[{hi}]: {rates[hi] / rates[lo]:.2f}x")
    per_core = rates[hi] / hi  # the rate per core with its cores' parallel losses included
    core_hours = QUOTEBANK_ARTICLES / per_core / 3600
    cores_needed = math.ceil(QUOTEBANK_ARTICLES / per_core / DAY_SECONDS)
    print(f"- {QUOTEBANK_ARTICLES:,} articles at {per_core:.2f} articles/s per core (local[{hi}] marginal): "
          f"{core_hours:,.0f} core-hours; in one day {cores_needed:,} cores = "
          f"{math.ceil(cores_needed / NODE_CORES):,} nodes of {NODE_CORES} cores, if the per-core rate of "
          f"local[{hi}] held as cores are added")


if __name__ == "__main__":
    main()
