"""Where a Spark application's time went, from its event log: can two tasks run side by side at all?

    .venv/bin/python bench/spark_eventlog.py /tmp/events/local-1234...   # a file Spark wrote

Run a job with ``--conf spark.eventLog.enabled=true --conf spark.eventLog.dir=/tmp/events`` (for
``quotetrail spark-run`` through ``PYSPARK_SUBMIT_ARGS``; ``bench_spark.py --event-logs DIR`` does
it) and give the file. Prints, for the whole run and for each job description (``run_job.run``
sets one per phase):

- jobs, stages and tasks;
- wall seconds from the first job's start to the last job's end, split by how many tasks were
  running at each moment: 0 (the driver alone: planning, Python on the driver, scheduling),
  1, or 2 and more;
- the tasks' summed run time (executor run time plus deserialisation) and the parallelism it
  gives over the phase's wall (1.0: one core busy on average).

The wall before the first job (JVM and session start) is printed apart. Time with no running
task can be neither sped up nor slowed by more cores; a stage of one task runs on one core
whatever the master. For a local[2] run, the last line is the speed-up over local[1] that the
run's own shape allows (Amdahl): the moments with two tasks running would take twice as long on
one core, the others as long. It does not depend on how loaded the machine was as much as the wall
clock does, but contention still stretches tasks (compare "task s" with a local[1] run).
"""
from __future__ import annotations

import argparse
import json
import subprocess
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PARALLEL = 2  # "side by side": at least this many tasks at once
_EVENTS = ("SparkListenerApplicationStart", "SparkListenerJobStart", "SparkListenerJobEnd",
           "SparkListenerStageCompleted", "SparkListenerTaskEnd")


@dataclass
class Phase:
    jobs: int = 0
    stages: set[int] = field(default_factory=set)
    tasks: int = 0
    task_ms: float = 0.0
    spans: list[tuple[int, int]] = field(default_factory=list)  # jobs' (start, end), ms
    one_task_stages: int = 0


def _busy_profile(spans: list[tuple[int, int]], tasks: list[tuple[int, int]]) -> dict[int, float]:
    """Milliseconds inside ``spans`` by the number of tasks running (0, 1, PARALLEL meaning 'or more')."""
    edges: list[tuple[int, int]] = []
    for start, end in tasks:
        edges += [(start, 1), (end, -1)]
    edges.sort()
    windows = _union(spans)
    out: dict[int, float] = defaultdict(float)
    running, last, i = 0, None, 0
    points = sorted({t for t, _ in edges} | {t for w in windows for t in w})
    deltas: dict[int, int] = defaultdict(int)
    for t, d in edges:
        deltas[t] += d
    for t in points:
        if last is not None:
            while i < len(windows) and windows[i][1] <= last:
                i += 1
            if i < len(windows) and windows[i][0] <= last < windows[i][1]:
                out[min(running, PARALLEL)] += t - last
        running += deltas.get(t, 0)
        last = t
    return out


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _lines(path: Path) -> Iterator[str]:
    """The event log's lines; a ``.zstd`` file (Spark's default compression) is read through ``zstd -dc``."""
    if path.suffix != ".zstd":
        yield from path.open(encoding="utf-8")
        return
    with subprocess.Popen(["zstd", "-dc", str(path)], stdout=subprocess.PIPE, text=True, encoding="utf-8") as unzip:
        assert unzip.stdout is not None
        yield from unzip.stdout


def analyse(path: Path) -> None:
    phases: dict[str, Phase] = defaultdict(Phase)
    job_phase: dict[int, str] = {}
    job_start: dict[int, int] = {}
    stage_job: dict[int, int] = {}
    stage_tasks: dict[int, int] = {}
    tasks_of: dict[str, list[tuple[int, int]]] = defaultdict(list)
    app_start = None
    for line in _lines(path):
        if not line.startswith(tuple(f'{{"Event":"{e}"' for e in _EVENTS)):
            continue  # the SQL plan events can be tens of megabytes a line
        event = json.loads(line)
        kind = event["Event"]
        if kind == "SparkListenerApplicationStart":
            app_start = event["Timestamp"]
        elif kind == "SparkListenerJobStart":
            props = event.get("Properties") or {}
            name = props.get("spark.job.description") or "(no description)"
            job = event["Job ID"]
            job_phase[job], job_start[job] = name, event["Submission Time"]
            phases[name].jobs += 1
            for info in event.get("Stage Infos", []):
                stage_job.setdefault(info["Stage ID"], job)
        elif kind == "SparkListenerJobEnd":
            job = event["Job ID"]
            phases[job_phase[job]].spans.append((job_start[job], event["Completion Time"]))
        elif kind == "SparkListenerStageCompleted":
            info = event["Stage Info"]
            stage_tasks[info["Stage ID"]] = info["Number of Tasks"]
        elif kind == "SparkListenerTaskEnd":
            stage = event["Stage ID"]
            name = job_phase.get(stage_job.get(stage, -1), "(no description)")
            task, metrics = event["Task Info"], event.get("Task Metrics") or {}
            phase = phases[name]
            phase.tasks += 1
            phase.stages.add(stage)
            phase.task_ms += metrics.get("Executor Run Time", 0) + metrics.get("Executor Deserialize Time", 0)
            tasks_of[name].append((task["Launch Time"], task["Finish Time"]))
    for name, phase in phases.items():
        phase.one_task_stages = sum(1 for s in phase.stages if stage_tasks.get(s) == 1)
    all_spans = [s for p in phases.values() for s in p.spans]
    first = min(s for s, _ in all_spans)
    last = max(e for _, e in all_spans)
    print(f"{path.name}: before the first job {(first - app_start) / 1000 if app_start else float('nan'):.1f} s; "
          f"first job start to last job end {(last - first) / 1000:.1f} s\n")
    print("| phase | jobs | stages (of 1 task) | tasks | wall s | 0 tasks s | 1 task s | 2+ tasks s |"
          " task s | task s / wall |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    rows = sorted(phases.items(), key=lambda kv: min((s for s, _ in kv[1].spans), default=0))
    total = Phase()
    all_tasks = [t for ts in tasks_of.values() for t in ts]
    for name, phase in rows + [("all", total)]:
        if name == "all":
            spans, tasks = [(first, last)], all_tasks
            total.jobs = sum(p.jobs for p in phases.values())
            total.stages = {s for p in phases.values() for s in p.stages}
            total.tasks = sum(p.tasks for p in phases.values())
            total.task_ms = sum(p.task_ms for p in phases.values())
            total.one_task_stages = sum(p.one_task_stages for p in phases.values())
        else:
            spans, tasks = phase.spans, tasks_of[name]
        wall = sum(e - s for s, e in _union(spans))
        busy = _busy_profile(spans, tasks)
        print(f"| {name} | {phase.jobs} | {len(phase.stages)} ({phase.one_task_stages}) | {phase.tasks} | "
              f"{wall / 1000:.1f} | {busy[0] / 1000:.1f} | {busy[1] / 1000:.1f} | {busy[PARALLEL] / 1000:.1f} | "
              f"{phase.task_ms / 1000:.1f} | {phase.task_ms / wall if wall else 0:.2f} |")
    serial = (first - app_start if app_start else 0) + busy[0] + busy[1]
    print(f"\nserial (start, no task or one task running) {serial / 1000:.1f} s, two or more tasks "
          f"{busy[PARALLEL] / 1000:.1f} s: if each two-task moment took twice as long on one core and the rest "
          f"as long, one core would take {(serial + 2 * busy[PARALLEL]) / (serial + busy[PARALLEL]):.2f}x this "
          f"run's time (meaningful for a local[2] run)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("logs", type=Path, nargs="+", help="event log files")
    for path in parser.parse_args().logs:
        analyse(path)
        print()


if __name__ == "__main__":
    main()
