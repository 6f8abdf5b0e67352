"""The Spark driver on a local[2] session, on small JSON Lines files written here.

Skipped when pyspark (the `spark` extra) or Java is missing.
"""
from __future__ import annotations

import gzip
import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark", reason="pyspark is not installed (the spark extra)")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java", allow_module_level=True)

from click.testing import CliRunner  # noqa: E402
from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql.types import DoubleType, LongType, StringType  # noqa: E402

from quotetrail.cli import main  # noqa: E402
from quotetrail.extract import extract_article  # noqa: E402
from quotetrail.ingest.readers import article_from_record  # noqa: E402
from quotetrail.spark import job  # noqa: E402
from quotetrail.spark.records import statement_row  # noqa: E402
from quotetrail.types import STATEMENT_FIELDS, Article  # noqa: E402

pytestmark = pytest.mark.slow  # starting Spark's JVM takes a few seconds

GOOD = [
    {"id": "harbour", "text": "“We will rebuild the harbour by spring,” the mayor said.\n\n"
                              "The council agreed. “It is the proper way to act,” said Ana Ruiz, a councillor."},
    {"doc_id": "fire", "text": "Firefighters said the blaze was out. “Nobody was hurt,” the chief told reporters.",
     "publisher": "Gazette", "publication_date": "2024-05-01"},
    {"id": "quiet", "text": "A short note with nothing anyone said."},
]
BAD_LINES = ["not json", json.dumps({"id": "no-text"}), json.dumps([1, 2]), ""]
GZIPPED = [{"id": "gz", "text": "“Compressed input works too,” the engineer said."}]


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    plain = tmp_path / "articles.jsonl"
    plain.write_text("\n".join([json.dumps(GOOD[0]), BAD_LINES[0], json.dumps(GOOD[1]), *BAD_LINES[1:],
                                json.dumps(GOOD[2])]) + "\n", encoding="utf-8")
    packed = tmp_path / "more.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(GZIPPED[0]) + "\n")
    return [str(plain), str(packed)]


def expected_rows() -> list[tuple[Any, ...]]:
    rows = []
    for record in [*GOOD, *GZIPPED]:
        article = article_from_record(record, "test")
        assert isinstance(article, Article)
        rows.extend(statement_row(s) for s in extract_article(article).statements)
    return sorted(rows)


EXPECTED_TALLY = Counter({"records": 7, "articles": 4, "rejected:bad_json": 2, "rejected:missing_field": 1,
                          "statements": len(expected_rows())})


def test_schema_is_the_statement_fields() -> None:
    schema = job.STATEMENT_SCHEMA
    assert tuple(schema.fieldNames()) == STATEMENT_FIELDS
    types = {f.name: (f.dataType, f.nullable) for f in schema.fields}
    assert types["doc"] == (StringType(), False)
    assert types["start"] == (LongType(), False)
    assert types["speaker"] == (StringType(), True)
    assert types["speaker_start"] == (LongType(), True)
    assert types["confidence"] == (DoubleType(), False)


def test_parquet_output_holds_what_extract_article_finds(spark: SparkSession, inputs: list[str],
                                                         tmp_path: Path) -> None:
    out = tmp_path / "out"
    tally = job.run(spark, inputs, str(out))
    assert tally == EXPECTED_TALLY
    written = spark.read.parquet(str(out))
    # names and types as declared (Spark reads every Parquet column back as nullable)
    assert [(f.name, f.dataType) for f in written.schema] == [(f.name, f.dataType) for f in job.STATEMENT_SCHEMA]
    assert sorted(tuple(row) for row in written.collect()) == expected_rows()
    assert expected_rows(), "the test articles must give statements"


def test_jsonl_output_keeps_nulls_and_survives_repartitioning(spark: SparkSession, inputs: list[str],
                                                               tmp_path: Path) -> None:
    out = tmp_path / "out"
    tally = job.run(spark, inputs, str(out), fmt="jsonl", partitions=3)
    assert tally == EXPECTED_TALLY
    lines = [json.loads(line) for part in sorted(out.glob("part-*")) for line in part.read_text().splitlines()]
    assert all(tuple(row) == STATEMENT_FIELDS for row in lines)  # every field, null or not, in order
    assert sorted(tuple(row.values()) for row in lines) == expected_rows()


def test_an_existing_output_is_kept_unless_overwrite(spark: SparkSession, inputs: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    job.run(spark, inputs, str(out))
    runner = CliRunner()
    refused = runner.invoke(main, ["spark-extract", *inputs, "-o", str(out)])
    assert refused.exit_code == 1 and "already exists" in refused.stderr
    replaced = runner.invoke(main, ["spark-extract", *inputs, "-o", str(out), "--overwrite", "--format", "jsonl"])
    assert replaced.exit_code == 0, replaced.stderr
    assert list(out.glob("part-*.json")) and not list(out.glob("*.parquet"))


def test_cli_reports_the_tally_and_fails_when_nothing_is_an_article(spark: SparkSession, inputs: list[str],
                                                                    tmp_path: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(main, ["spark-extract", *inputs, "-o", str(tmp_path / "ok")])
    assert done.exit_code == 0, done.stderr
    assert (f"7 records: 4 articles, {EXPECTED_TALLY['statements']} statements" in done.stderr
            and "rejected: bad_json 2, missing_field 1" in done.stderr)
    junk = tmp_path / "junk.jsonl"
    junk.write_text("not json\n{}\n")
    nothing = runner.invoke(main, ["spark-extract", str(junk), "-o", str(tmp_path / "none")])
    assert nothing.exit_code == 1 and "0 articles" in nothing.stderr
    missing = runner.invoke(main, ["spark-extract", str(tmp_path / "absent.jsonl"), "-o", str(tmp_path / "x")])
    assert missing.exit_code == 1 and "absent.jsonl" in missing.stderr
    assert spark.sparkContext._jsc is not None  # the CLI leaves a session it did not start running
