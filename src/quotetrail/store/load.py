"""Loading the Parquet tables ``quotetrail spark-run`` writes into a SQLite corpus (needs pyarrow).

Each table folder holds the columns of the store table of the same name (the Spark job reads them
from the store's own schema), so a row goes in as it is, ids included; the full-text index of
the statements is built at the end. Loading is one transaction: a failure leaves the file empty.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from quotetrail.errors import QuotetrailError
from quotetrail.store.db import Store

#: The tables ``spark-run`` writes, in an order that respects their references.
TABLES = ("articles", "statements", "speakers", "rejections", "stories", "story_members", "derived",
          "variant_clusters", "variant_quotes", "variant_members", "people", "person_names", "person_terms",
          "link_signatures", "link_terms")
_BATCH_ROWS = 10_000


def _batches(folder: Path, columns: Sequence[str]) -> Iterator[list[tuple[Any, ...]]]:
    import pyarrow.parquet as pq

    parts = sorted(p for p in folder.glob("*.parquet"))
    for part in parts:
        for batch in pq.ParquetFile(part).iter_batches(batch_size=_BATCH_ROWS, columns=list(columns)):
            values = [batch.column(name).to_pylist() for name in columns]
            yield list(zip(*values))


def load_tables(folder: str | Path, store: Store) -> dict[str, int]:
    """Rows loaded per table. The store must hold no article yet."""
    folder = Path(folder)
    missing = [t for t in TABLES if not (folder / t).is_dir()]
    if missing:
        raise QuotetrailError(f"{folder}: not a spark-run output (no {', '.join(missing)})")
    conn = store.conn
    if conn.execute("SELECT count(*) FROM articles").fetchone()[0]:
        raise QuotetrailError(f"{store.path}: the corpus is not empty; import into a new file")
    counts: dict[str, int] = {}
    with conn:
        for table in TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            sql = f"INSERT INTO {table}({','.join(map(_quoted, columns))}) VALUES ({','.join('?' * len(columns))})"
            counts[table] = 0
            for rows in _batches(folder / table, columns):
                conn.executemany(sql, rows)
                counts[table] += len(rows)
        store.index_all()
    return counts


def _quoted(name: str) -> str:
    return f'"{name}"'
