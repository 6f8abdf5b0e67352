"""Property: every field of ``Statement`` survives every layer: store, export (JSON Lines, CSV,
Parquet), the API model and the Spark schema.

The statements are built from the dataclass itself (its fields and annotations), so a field added
to ``types.py`` is generated here without editing this file, and a layer that drops it, or a
missing migration, fails these tests.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path
from typing import Any

import pytest
from model_strategies import TYPES, statements_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotetrail.errors import CorpusUnavailable
from quotetrail.store import Store, find_statements, load_result
from quotetrail.store import db as store_db
from quotetrail.store.export import export
from quotetrail.store.query import FOUND_FIELDS, FOUND_TYPES
from quotetrail.types import STATEMENT_FIELDS, Article, ArticleResult, Statement


@st.composite
def results(draw: st.DrawFn) -> ArticleResult:
    text = draw(st.text(min_size=1, max_size=200))
    article = Article(id=draw(st.text(min_size=1, max_size=20)), text=text, date=draw(st.none() | st.dates().map(str)))
    statements = draw(st.lists(statements_of(article.id, text), min_size=1, max_size=4))
    return ArticleResult(article, tuple(sorted(statements, key=lambda s: s.start)))


def tuples(value: Any) -> Any:
    """JSON and Arrow give lists where the model holds tuples."""
    return tuple(tuples(v) for v in value) if isinstance(value, list | tuple) else value


def statement_from(row: dict[str, Any]) -> Statement:
    return Statement(**{name: tuples(row[name]) for name in STATEMENT_FIELDS})


def from_csv_cell(name: str, cell: str) -> Any:
    kind, nullable = FOUND_TYPES[name]
    if cell == "" and nullable:
        return None
    if kind is bool:
        return cell == "True"
    if kind is tuple:
        return json.loads(cell)
    return kind(cell)


def csv_blank(statement: Statement) -> Statement:
    """CSV writes null as an empty cell, so an empty optional text reads back as null."""
    return dataclasses.replace(statement, **{name: None for name in STATEMENT_FIELDS
                                             if TYPES[name][1] and getattr(statement, name) == ""})


def by_start(statements: list[Statement]) -> list[Statement]:
    return sorted(statements, key=lambda s: (s.start, s.end, json.dumps(dataclasses.asdict(s), default=str)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(results())
def test_every_statement_field_survives_store_and_export(result: ArticleResult) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    with Store(":memory:") as store:
        assert store.add_result(result)
        assert load_result(store, result.article.id) == result
        expected = by_start(list(result.statements))

        out = io.StringIO()
        export(store, "jsonl", out)
        lines = out.getvalue().split("\n")[:-1]
        assert by_start([statement_from(json.loads(line)) for line in lines]) == expected

        out = io.StringIO(newline="")
        export(store, "csv", out)
        rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
        assert rows and list(rows[0]) == list(FOUND_FIELDS)
        typed = [{name: from_csv_cell(name, row[name]) for name in STATEMENT_FIELDS} for row in rows]
        assert by_start([statement_from(row) for row in typed]) == by_start([csv_blank(s) for s in expected])

        parquet = io.BytesIO()
        export(store, "parquet", parquet)
        table = pq.read_table(io.BytesIO(parquet.getvalue()))
        assert table.schema.names == list(FOUND_FIELDS)
        assert by_start([statement_from(row) for row in table.to_pylist()]) == expected

        web = pytest.importorskip("quotetrail.web.models")
        found = [web.StatementOut.model_validate(f.to_dict()).model_dump() for f in find_statements(store)]
        assert by_start([statement_from(row) for row in found]) == expected


def test_the_api_model_is_the_statement_model_plus_the_stored_extras() -> None:
    models = pytest.importorskip("quotetrail.web.models")
    assert tuple(models.StatementOut.model_fields) == FOUND_FIELDS
    schema = models.StatementOut.model_json_schema()
    assert schema["description"].startswith("Something a speaker said")
    assert set(schema["required"]) >= {"doc", "start", "end", "text", "kind", "id", "altered"}


@given(results())
@settings(max_examples=30, deadline=None)
def test_every_statement_fits_the_spark_schema(result: ArticleResult) -> None:
    types = pytest.importorskip("pyspark.sql.types")
    from quotetrail.spark.job import STATEMENT_SCHEMA
    from quotetrail.spark.records import statement_row

    assert tuple(STATEMENT_SCHEMA.fieldNames()) == STATEMENT_FIELDS
    verify = types._make_type_verifier(STATEMENT_SCHEMA)  # what createDataFrame(verifySchema=True) runs
    for statement in result.statements:
        verify(statement_row(statement))


def test_a_statement_field_without_a_migration_fails_at_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(store_db, "STATEMENT_FIELDS", (*STATEMENT_FIELDS, "mood"))
    with pytest.raises(CorpusUnavailable, match="mood"):
        Store(tmp_path / "c.db")
