"""Exporting statements: JSON Lines, CSV or Parquet, one statement a row.

Rows follow the extraction output contract (``Statement`` fields) plus the statement ``id``, its
article's ``title``, ``outlet``, ``url`` and ``article_date``, its variant ``cluster_id`` and
``altered``, and its speaker's ``person`` (``FOUND_FIELDS``; column types from ``FOUND_TYPES``). Rows are streamed, so an export
of any size runs in constant memory.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from quotetrail.errors import MissingExtra, UnknownFormat
from quotetrail.store.db import Store
from quotetrail.store.query import FOUND_FIELDS, FOUND_TYPES, StatementFilter, find_statements

FORMATS = ("jsonl", "csv", "parquet")


def export_rows(store: Store, f: StatementFilter = StatementFilter(), limit: int | None = None) -> Iterator[dict[str, Any]]:
    for found in find_statements(store, f, limit=limit):
        yield found.to_dict()


def write_jsonl(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for n, row in enumerate(rows, start=1):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return n


def write_csv(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    """CSV with a header (RFC 4180: CRLF line ends); empty cells for null.

    The CRLF terminator makes the csv module quote any cell holding a carriage return or a line
    feed: with ``\n`` alone, a text holding a bare ``\r`` was written unquoted and read back as a
    line break.
    """
    writer = csv.DictWriter(out, fieldnames=FOUND_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    n = 0
    for n, row in enumerate(rows, start=1):
        writer.writerow({name: json.dumps(value) if isinstance(value, tuple | list) else value
                         for name, value in row.items()})
    return n


def parquet_schema():  # noqa: ANN201 (pyarrow is optional)
    import pyarrow as pa

    # tuple-valued fields are spans ([[start, end], ...], as ``parts``)
    arrow = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(),
             tuple: pa.list_(pa.list_(pa.int64()))}
    return pa.schema([pa.field(name, arrow[FOUND_TYPES[name][0]], nullable=FOUND_TYPES[name][1])
                      for name in FOUND_FIELDS])


def write_parquet(rows: Iterator[dict[str, Any]], out: str | Path | BinaryIO, batch_rows: int = 10_000) -> int:
    """Parquet with an explicit schema, written in row groups of ``batch_rows``; needs the ``parquet`` extra."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingExtra("Parquet export needs pyarrow: pip install 'quotetrail[parquet]'") from exc
    schema = parquet_schema()
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        while batch := list(islice(rows, batch_rows)):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def export(store: Store, fmt: str, out: TextIO | BinaryIO | str | Path, f: StatementFilter = StatementFilter(),
           limit: int | None = None) -> int:
    """Write the statements matching ``f`` to ``out`` in ``fmt``; returns the number of rows."""
    rows = export_rows(store, f, limit)
    if fmt == "jsonl":
        return write_jsonl(rows, out)  # type: ignore[arg-type]
    if fmt == "csv":
        return write_csv(rows, out)  # type: ignore[arg-type]
    if fmt == "parquet":
        return write_parquet(rows, out)  # type: ignore[arg-type]
    raise UnknownFormat(fmt, FORMATS)
