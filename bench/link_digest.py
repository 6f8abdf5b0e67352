"""A digest of every table of a corpus built from some input: to show a refactoring changed nothing.

Ingests (and links) INPUT into a fresh temporary store, then prints one sha256 per table over its
rows sorted, leaving out the columns that hold a wall-clock time. Two runs on the same input, before
and after a change that should not change behaviour, must print the same lines.

    python bench/link_digest.py ../shared/data/smoke-corpus-open [--jobs 1]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

#: Columns whose values are the time a row was written, not a result.
TIME_COLUMNS = frozenset({"ingested_at", "at", "applied_at"})


def table_digests(db: Path) -> dict[str, tuple[int, str]]:
    """table -> (rows, sha256 of its sorted rows without the time columns)."""
    conn = sqlite3.connect(db)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'statements_fts_%' ORDER BY name")]
    out = {}
    for table in tables:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in TIME_COLUMNS]
        if table == "statements_fts":
            columns = ["rowid", "text", "speaker"]
        select = ", ".join(f'"{c}"' if c != "rowid" else c for c in columns)
        rows = sorted(json.dumps([v.hex() if isinstance(v, bytes) else v for v in row], ensure_ascii=False)
                      for row in conn.execute(f'SELECT {select} FROM "{table}"'))
        out[table] = (len(rows), hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest())
    conn.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", nargs="+", help="what to ingest (files, folders, globs)")
    parser.add_argument("--jobs", type=int, default=1, help="ingest processes (the result does not depend on it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "digest.db"
        subprocess.run([sys.executable, "-m", "quotetrail", "ingest", *args.input, "--db", str(db),
                        "--jobs", str(args.jobs), "--no-progress"], check=True, stdout=subprocess.DEVNULL)
        for table, (n, digest) in table_digests(db).items():
            print(f"{table}\t{n}\t{digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
