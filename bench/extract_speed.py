"""Documents per second of ``extract_article`` on one core (quotetrail only; no textacy here).

    python bench/extract_speed.py [JSONL ...]   # default: ../shared/data/polnear/jsonl/polnear_dev.jsonl
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from quotetrail.extract import extract_article
from quotetrail.ingest import read_paths
from quotetrail.types import Article

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "jsonl" / "polnear_dev.jsonl"


def main() -> int:
    paths = sys.argv[1:] or [str(DEFAULT)]
    articles = [a for a in read_paths(paths) if isinstance(a, Article)]
    if not articles:
        print("no articles read", file=sys.stderr)
        return 1
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for article in articles:
            extract_article(article)
        best = min(best, time.perf_counter() - started)
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} documents, {chars:,} characters: best of 3 runs {best:.2f} s, "
          f"{len(articles) / best:.1f} documents/s, {chars / best / 1000:.0f} k characters/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
