"""The Spark driver: JSON Lines articles in, one row per statement out (Parquet or JSON Lines).

In the manner of Common Crawl's cc-pyspark jobs, Spark only drives: it reads the input with its text
source (one JSON object a line; ``.gz`` files are decompressed by Spark), runs
``records.statements_from_line`` over each partition with ``mapPartitions``, builds a DataFrame with an
explicit schema and writes it. Bad input is counted in an accumulator, never a task failure.

Accumulators updated inside a transformation count again when Spark re-runs a task (a retry after an
executor loss, speculative execution), so on a cluster the counters are exact only when no task was
re-run; the output itself is not affected.

``main(argv)`` is the job's command line, as in cc-pyspark: ``quotetrail spark-extract``,
``python -m quotetrail.spark`` and spark-submit all run it. Being an entry point, it (and only it in
this package) writes its closing summary to stderr.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from typing import Any

from pyspark.accumulators import Accumulator, AccumulatorParam
from pyspark.sql import DataFrame, Row, SparkSession
from pyspark.sql.types import ArrayType, DataType, DoubleType, LongType, StringType, StructField, StructType

from quotetrail.errors import UnknownFormat
from quotetrail.spark.records import ARTICLES, RECORDS, STATEMENTS, statement_row, statements_from_line
from quotetrail.types import Statement, field_types

FORMATS = ("parquet", "jsonl")

#: Python value type of a Statement field -> Spark type (tuple-valued fields are spans: [[start, end], ...]).
_SPARK_TYPES: dict[type, DataType] = {str: StringType(), int: LongType(), float: DoubleType(),
                                      tuple: ArrayType(ArrayType(LongType()))}


def _statement_schema() -> StructType:
    fields = []
    for name, (kind, nullable) in field_types(Statement).items():
        if kind not in _SPARK_TYPES:
            raise TypeError(f"Statement.{name}: no Spark type for {kind!r}")
        fields.append(StructField(name, _SPARK_TYPES[kind], nullable))
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
        raise UnknownFormat(fmt, FORMATS)
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


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return number


def parser(prog: str = "quotetrail spark-extract") -> argparse.ArgumentParser:
    """The job's options (``quotetrail spark-extract --help`` shows them)."""
    p = argparse.ArgumentParser(prog=prog, description=(
        "Write every statement in INPUTS to OUTPUT, with Spark. INPUTS are JSON Lines files (one article a"
        " line: `text` plus `id` or `doc_id`, optional metadata), gzipped or not, folders of them or globs;"
        " local paths or URIs (hdfs://, s3a://, ...). Lines that are not articles are counted and reported"
        " on stderr, not fatal. The exit status is non-zero when no article could be read."))
    p.add_argument("inputs", nargs="+", metavar="INPUTS")
    p.add_argument("-o", "--output", required=True, help="Output folder (a local path or any URI Spark can write).")
    p.add_argument("--format", dest="fmt", choices=FORMATS, default="parquet",
                   help="parquet, or jsonl (JSON Lines part files, one statement a line, nulls kept)."
                        " Default: parquet.")
    p.add_argument("--overwrite", action="store_true",
                   help="Replace OUTPUT if it exists (by default an existing OUTPUT is an error).")
    p.add_argument("--partitions", type=_positive,
                   help="Spread the input over this many partitions first (a .gz file is otherwise read by one task).")
    p.add_argument("--master", help="Spark master when not started by spark-submit (default: local[*]).")
    return p


def summary_line(tally: Counter[str], output: str) -> str:
    """The closing summary: records, articles, statements and rejections by code."""
    rejected = {key.split(":", 1)[1]: n for key, n in sorted(tally.items()) if key.startswith("rejected:")}
    line = f"{tally[RECORDS]} records: {tally[ARTICLES]} articles, {tally[STATEMENTS]} statements -> {output}"
    if rejected:
        line += "; rejected: " + ", ".join(f"{code} {n}" for code, n in rejected.items())
    return line


def main(argv: Sequence[str] | None = None, prog: str = "quotetrail spark-extract") -> int:
    """Run the job on the command line ``argv``; returns the exit status (1 when no article was read).

    A session already running (a notebook, a test) is used and left running; one started here is stopped.
    """
    from pyspark.errors import AnalysisException

    args = parser(prog).parse_args(argv)
    spark_was_running = SparkSession.getActiveSession() is not None
    spark = session(prog, args.master)
    try:
        tally = run(spark, args.inputs, args.output, fmt=args.fmt, overwrite=args.overwrite,
                    partitions=args.partitions)
    except AnalysisException as exc:  # a missing input, an existing output, ...
        message = exc.getMessage() if hasattr(exc, "getMessage") else str(exc)
        sys.stderr.write(f"{prog}: error: {message}\n")
        return 1
    finally:
        if not spark_was_running:
            spark.stop()
    sys.stderr.write(f"quotetrail: {summary_line(tally, args.output)}\n")
    return 0 if tally[ARTICLES] else 1
