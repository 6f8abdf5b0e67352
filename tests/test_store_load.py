"""Loading spark-run's table folders into a corpus, without Spark: folders written here with pyarrow."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (the parquet extra)")
import pyarrow.parquet as pq  # noqa: E402

from quotetrail.corpus import link_corpus  # noqa: E402
from quotetrail.errors import QuotetrailError  # noqa: E402
from quotetrail.ingest.run import ingest  # noqa: E402
from quotetrail.store.db import Store  # noqa: E402
from quotetrail.store.load import TABLES, load_tables  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _dump(db: Path, folder: Path) -> None:
    """Every table as a folder of two Parquet parts, the shape Spark writes."""
    with sqlite3.connect(db) as conn:
        for table in TABLES:
            cur = conn.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cur.description]
            rows = cur.fetchall()
            (folder / table).mkdir(parents=True)
            for n, part in enumerate((rows[: len(rows) // 2], rows[len(rows) // 2:])):
                columns = {name: [r[i] for r in part] for i, name in enumerate(names)}
                pq.write_table(pa.table(columns) if part else pa.table({name: pa.array([], pa.null()) for name in names}),
                               folder / table / f"part-{n:05d}.parquet")


def _rows(db: Path, table: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()


def test_loaded_tables_equal_the_dumped_ones_and_are_searchable(tmp_path: Path) -> None:
    with Store(tmp_path / "ref.db") as store:
        ingest([str(ROOT / "examples")], store, jobs=1)
        link_corpus(store)
    _dump(tmp_path / "ref.db", tmp_path / "out")
    with Store(tmp_path / "new.db") as store:
        counts = load_tables(tmp_path / "out", store)
        hits = store.conn.execute("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'harbour'").fetchone()[0]
    assert counts["articles"] == 7 and hits > 0
    for table in TABLES:
        assert _rows(tmp_path / "ref.db", table) == _rows(tmp_path / "new.db", table), table
    with Store(tmp_path / "new.db") as store, pytest.raises(QuotetrailError, match="not empty"):
        load_tables(tmp_path / "out", store)


def test_a_folder_without_the_tables_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out" / "articles").mkdir(parents=True)
    with Store(tmp_path / "new.db") as store, pytest.raises(QuotetrailError, match="not a spark-run output"):
        load_tables(tmp_path / "out", store)
