"""Export: JSON Lines, CSV and Parquet carry the same rows, following the extraction output contract."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from corpus_fixture import build

from quotetrail.store import Store, StatementFilter
from quotetrail.store.export import export
from quotetrail.store.query import FOUND_FIELDS
from quotetrail.types import STATEMENT_FIELDS


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(build(tmp_path / "c.db"), readonly=True) as store:
        yield store


def _jsonl(store: Store, **filters: str) -> list[dict]:
    out = io.StringIO()
    n = export(store, "jsonl", out, StatementFilter(**filters))
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == len(rows)
    return rows


def test_jsonl_rows_follow_the_extraction_contract(store: Store) -> None:
    rows = _jsonl(store)
    assert len(rows) == 12
    assert all(tuple(row)[: len(STATEMENT_FIELDS)] == STATEMENT_FIELDS for row in rows)
    post = next(r for r in rows if r["kind"] == "post" and r["doc"] == "posts-1")
    assert (post["speaker"], post["handle"], post["date"]) == ("Linda Okafor", "@MayorOkafor", "2024-03-05")
    assert [r["text"] for r in _jsonl(store, speaker="berg")] == [
        "the blaze started in a storage room", "It spread through the roof in minutes,"]


def test_csv_has_a_header_and_the_same_rows(store: Store) -> None:
    out = io.StringIO()
    export(store, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    expected = _jsonl(store)
    assert tuple(rows[0]) == FOUND_FIELDS
    assert [r["text"] for r in rows] == [r["text"] for r in expected]
    posts = [r for r in rows if r["doc"] == "posts-1"]
    assert posts[0]["cue"] == "" and rows[1]["start"] == str(expected[1]["start"])  # the post has no cue


def test_parquet_round_trip(store: Store, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    n = export(store, "parquet", tmp_path / "s.parquet")
    table = pq.read_table(tmp_path / "s.parquet")
    assert n == table.num_rows == 12
    assert table.to_pylist() == _jsonl(store)
    assert str(table.schema.field("start").type) == "int64"
    assert str(table.schema.field("confidence").type) == "double"
