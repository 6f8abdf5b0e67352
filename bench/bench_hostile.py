#!/usr/bin/env python3
"""Extraction time against article length on hostile shapes and on real articles joined together.

Each shape is repeated to 10,000, 100,000 and 1,000,000 characters (``--sizes``) and extracted once
per size with ``extract_article``; the growth exponent is the slope of log(time) against log(length)
between the two largest sizes (1.0 is linear, 2.0 quadratic; the target is at most 1.2). With
``--max`` each shape is also extracted once at the largest article ingest accepts
(``MAX_ARTICLE_CHARS``, 5,000,000 characters; the target is at most 60 s).

The shapes are the inputs that were once quadratic: straight double marks repeated, ``"he said, "``
repeated, one-line minified JSON and CSV, ``A. `` repeated, "X told Y that …" repeated, transcript
lines ("NAME: …") repeated; ``real`` joins real articles end to end:
those of ``--articles`` (a .jsonl file with a ``text`` field; by default the PolNeAR dev set of
../shared when present) or else the project's own examples and golden test articles.

    python bench/bench_hostile.py [--sizes 10000,100000,1000000] [--max] [--json]

Timings on a shared machine are noisy; CPU time of this process is reported beside wall-clock time.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

from quotetrail.extract.pipeline import extract_article
from quotetrail.ingest.checks import MAX_ARTICLE_CHARS
from quotetrail.types import Article

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES = ROOT.parent / "shared" / "data" / "polnear" / "jsonl" / "polnear_dev.jsonl"
#: The repeated pieces of each hostile shape.
SHAPES: dict[str, str] = {
    "straight_marks": '"',
    "he_said": '"he said, "',
    "minified_json": '{"id":1207,"name":"Port Vale","tags":["a","b"],"note":"closed, said staff"},',
    "minified_csv": '1207,"Port Vale","closed, said staff",2024-03-01,"x ""y"" z",',
    "initials": "A. ",
    "told": "Ann Lee told Bob Ray that it rains. ",
    "transcript": "PENCE: We will win the vote.\n",
}
#: Growth exponent at most this between the two largest sizes.
TARGET_EXPONENT = 1.2
#: The largest article ingest accepts, extracted in at most this many seconds.
TARGET_MAX_SECONDS = 60.0


def real_text(path: Path | None) -> str:
    """Real articles joined with blank lines: from ``path`` (.jsonl), else the project's own examples."""
    if path is not None and path.is_file():
        with path.open(encoding="utf-8") as handle:
            return "\n\n".join(json.loads(line)["text"] for line in handle if line.strip())
    files = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests" / "golden").glob("*.txt"))
    return "\n\n".join(f.read_text(encoding="utf-8") for f in files)


def repeated(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def timed(text: str) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds of one extraction, and the number of statements found."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = extract_article(Article(id="bench", text=text))
    return time.perf_counter() - wall, time.process_time() - cpu, len(result.statements)


def exponent(sizes: list[int], seconds: list[float]) -> float:
    """Slope of log(time) over log(size) between the two largest sizes."""
    (n1, t1), (n2, t2) = sorted(zip(sizes, seconds))[-2:]
    return math.log(max(t2, 1e-6) / max(t1, 1e-6)) / math.log(n2 / n1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="article lengths in characters")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="real articles (.jsonl)")
    parser.add_argument("--shapes", default=",".join([*SHAPES, "real"]), help="which shapes to run")
    parser.add_argument("--max", action="store_true", help=f"also one article of {MAX_ARTICLE_CHARS:,} characters")
    parser.add_argument("--json", action="store_true", help="one JSON report instead of a table")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    real = real_text(args.articles)
    rows = []
    for name in args.shapes.split(","):
        piece = real if name == "real" else SHAPES[name]
        runs = [timed(repeated(piece, n)) for n in sizes]
        row = {"shape": name, "sizes": sizes, "wall_s": [round(r[0], 3) for r in runs],
               "cpu_s": [round(r[1], 3) for r in runs], "statements": [r[2] for r in runs],
               "exponent": round(exponent(sizes, [r[1] for r in runs]), 2)}
        if args.max:
            wall, cpu, _ = timed(repeated(piece, MAX_ARTICLE_CHARS))
            row["max_wall_s"], row["max_cpu_s"] = round(wall, 2), round(cpu, 2)
        rows.append(row)
        if not args.json:
            extra = f"  max {row['max_wall_s']:.1f}s (cpu {row['max_cpu_s']:.1f}s)" if args.max else ""
            print(f"{name:15} " + "  ".join(f"{n:>9,}: {w:7.3f}s" for n, w in zip(sizes, row["wall_s"]))
                  + f"  exponent {row['exponent']:.2f}{extra}", flush=True)
    worst = max(r["exponent"] for r in rows)
    slow = max((r.get("max_wall_s", 0.0) for r in rows), default=0.0)
    ok = worst <= TARGET_EXPONENT and slow <= TARGET_MAX_SECONDS
    if args.json:
        print(json.dumps({"rows": rows, "worst_exponent": worst, "ok": ok}, indent=2))
    else:
        print(f"worst exponent {worst:.2f} (target <= {TARGET_EXPONENT})"
              + (f"; slowest max article {slow:.1f}s (target <= {TARGET_MAX_SECONDS:.0f}s)" if args.max else ""))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
