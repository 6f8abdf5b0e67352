"""The Spark driver: JSON Lines articles in, one row per statement out (Parquet or JSON Lines).

In the manner of Common Crawl's cc-pyspark jobs, Spark only drives: it reads the input with its text
source (one JSON object a line; ``.gz`` files are decompressed by Spark), runs
``records.statements_from_line`` over each partition with ``mapPartitions``, builds a DataFrame with an
explicit schema and writes it. Bad input is counted in an accumulator, never a task failure.

Accumulators updated inside a transformation count again when Spark re-runs a task (a retry after an
executor loss, speculative execution), so on a cluster the counters are exact only when no task was
re-run; the output itself is not affected.
"""
from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from typing import Any

from pyspark.accumulators import Accumulator, AccumulatorParam
from pyspark.sql import DataFrame, Row, SparkSession
from pyspark.sql.types import ArrayType, DataType, DoubleType, LongType, StringType, StructField, StructType

from quotetrail.spark.records import statement_row, statements_from_line
from quotetrail.types import STATEMENT_FIELDS, Statement

FORMATS = ("parquet", "jsonl")

#: Python annotation of a Statement field -> (Spark type, nullable).
_SPARK_TYPES: dict[str, tuple[DataType, bool]] = {
    "str": (StringType(), False),
    "str | None": (StringType(), True),
    "int": (LongType(), False),
    "int | None": (LongType(), True),
    "float": (DoubleType(), False),
    "float | None": (DoubleType(), True),
    "tuple[tuple[int, int], ...] | None": (ArrayType(ArrayType(LongType())), True),
}


def _statement_schema() -> StructType:
    fields = []
    for name in STATEMENT_FIELDS:
        annotation = str(Statement.__dataclass_fields__[name].type)
        if annotation not in _SPARK_TYPES:
            raise TypeError(f"Statement.{name}: no Spark type for the annotation {annotation!r}")
        spark_type, nullable = _SPARK_TYPES[annotation]
        fields.append(StructField(name, spark_type, nullable))
    return StructType(fields)


#: The output schema: the fields of ``quotetrail.types.Statement``, in order.
STATEMENT_SCHEMA = _statement_schema()


class CounterParam(AccumulatorParam[Counter[str]]):
    """Adds up ``Counter`` tallies from the tasks."""

    def zero(self, value: Counter[str]) -> Counter[str]:
        return Counter()

    def addInPlace(self, value1: Counter[str], value2: Counter[str]) -> Counter[str]:  # noqa: N802  (Spark's name)
        value1.update(value2)
        return value1


def session(app_name: str = "quotetrail", master: str | None = None) -> SparkSession:
    """The active SparkSession, or a new one.

    Started by plain ``python`` (not spark-submit), Spark runs locally (``local[*]`` unless ``master`` says
    otherwise), its Python workers use this interpreter, so they import the same quotetrail, and its
    driver, block manager and web UI listen on 127.0.0.1 only (unless SPARK_LOCAL_IP says otherwise), and
    Spark logs errors only.
    """
    builder = SparkSession.builder.appName(app_name)
    if "PYSPARK_GATEWAY_PORT" in os.environ:  # launched by spark-submit: its configuration rules
        return (builder.master(master) if master else builder).getOrCreate()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    spark = builder.master(master or "local[*]").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")  # Spark's warnings (with Java stack traces) are not for our users
    return spark


def process_partition(lines: Iterable[Row], counts: Accumulator[Counter[str]]) -> Iterator[tuple[Any, ...]]:
    """Statement rows of one partition's lines; the partition's tally goes to ``counts`` once, at the end."""
    tally: Counter[str] = Counter()
    for line in lines:
        for statement in statements_from_line(line.value, "input line", tally):
            yield statement_row(statement)
    counts.add(tally)


def extract_statements(spark: SparkSession, inputs: Sequence[str],
                       partitions: int | None = None) -> tuple[DataFrame, Accumulator[Counter[str]]]:
    """A lazy DataFrame of the statements in ``inputs`` (JSON Lines files, folders or globs, gzipped or not),
    and the accumulator that holds the tally once an action has run on it."""
    counts = spark.sparkContext.accumulator(Counter(), CounterParam())
    lines = spark.read.text(list(inputs))
    if partitions:
        lines = lines.repartition(partitions)
    rows = lines.rdd.mapPartitions(partial(process_partition, counts=counts))
    return spark.createDataFrame(rows, STATEMENT_SCHEMA), counts


def write_statements(statements: DataFrame, output: str, fmt: str = "parquet", overwrite: bool = False) -> None:
    """Write the statements; JSON Lines keeps null fields, as `quotetrail extract --format jsonl` does."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r}; expected one of {FORMATS}")
    writer = statements.write.mode("overwrite" if overwrite else "errorifexists")
    if fmt == "parquet":
        writer.parquet(output)
    else:
        writer.option("ignoreNullFields", "false").json(output)


def run(spark: SparkSession, inputs: Sequence[str], output: str, fmt: str = "parquet", overwrite: bool = False,
        partitions: int | None = None) -> Counter[str]:
    """Extract the statements of ``inputs`` into ``output``; returns the tally (records, articles,
    statements, rejected:<code>)."""
    statements, counts = extract_statements(spark, inputs, partitions)
    write_statements(statements, output, fmt, overwrite)
    return Counter(counts.value)
