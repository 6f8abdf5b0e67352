"""`spark-run` against `ingest` + `link`: every table of the corpus, row for row, on the same input.

A local[2] session on 127.0.0.1, stopped at the end. Skipped when pyspark or Java is missing.
"""
from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from corpus_fixture import html_page, warc_bytes, write

pytest.importorskip("pyspark", reason="pyspark is not installed (the spark extra)")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (the parquet extra)")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java", allow_module_level=True)

from click.testing import CliRunner  # noqa: E402
from pyspark.sql import SparkSession  # noqa: E402

from quotetrail.cli import main  # noqa: E402
from quotetrail.corpus import link_corpus  # noqa: E402
from quotetrail.ingest.run import ingest  # noqa: E402
from quotetrail.spark import run_job  # noqa: E402
from quotetrail.store.db import Store  # noqa: E402
from quotetrail.store.load import TABLES, load_tables  # noqa: E402

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
#: Columns that hold the time a row was written: different on every run of either path.
WRITE_TIMES = {"ingested_at", "at"}

QUOTE = "“The new bridge will open in the spring and carry twelve thousand cars a day,” said Mara Velt, the city engineer."
BODY = ("The city council approved the Lindqvist bridge on Monday after a long debate about its cost. {quote} "
        "Opponents said the money should go to the tram line instead. The vote was seven to four. "
        "Construction starts in March and the contractor, Osterberg Works, expects to finish within two years. "
        "Residents of the harbour district asked for a footpath on both sides of the deck.")
ARTICLES = [
    {"id": "bridge-1", "date": "2025-02-03", "title": "Council approves Lindqvist bridge",
     "text": BODY.format(quote=QUOTE)},
    {"id": "bridge-2", "date": "2025-02-04", "title": "Lindqvist bridge approved",  # a copy, a day later
     "text": BODY.format(quote=QUOTE) + " The mayor did not comment."},
    {"id": "bridge-3", "date": "2025-02-05",  # the quote with a word changed: an altered variant
     "text": "Mara Velt spoke after the vote on the Lindqvist bridge. “The new bridge will open in the summer and carry"
             " twelve thousand cars a day,” said Mara Velt. The council voted seven to four."},
    {"id": "bridge-1", "text": "Another article that arrived under a used id, about the ferry timetable."},
    {"id": "undated", "text": "On March 3, 2025 the ferry ran late. “We are sorry,” the operator said."},
]


def _table(db: Path, table: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in WRITE_TIMES]
        return sorted(conn.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM {table}").fetchall(), key=repr)


def _differences(reference: Path, other: Path) -> dict[str, tuple[int, int]]:
    """Tables whose rows differ: (rows only in the reference, rows only in the other)."""
    out = {}
    for table in TABLES:
        a, b = _table(reference, table), _table(other, table)
        if a != b:
            out[table] = (len(set(a) - set(b)), len(set(b) - set(a)))
    return out


def _reference(inputs: list[str], db: Path) -> Path:
    with Store(db) as store:
        ingest(inputs, store, jobs=1)
        link_corpus(store)
    return db


def _spark(spark: SparkSession, inputs: list[str], tmp: Path, checkpoint_dir: str | None = None) -> Path:
    run_job.run(spark, inputs, str(tmp / "out"), checkpoint_dir=checkpoint_dir)
    with Store(tmp / "spark.db") as store:
        load_tables(tmp / "out", store)
    return tmp / "spark.db"


@pytest.fixture
def mixed_inputs(tmp_path: Path) -> list[str]:
    """JSON Lines (with a bad line, a repeated id and a repeated article), a gzipped file, HTML and WARC."""
    lines = [json.dumps(a) for a in ARTICLES[:3]] + ["not json"] + [json.dumps(ARTICLES[3]), json.dumps(ARTICLES[0])]
    plain = write(tmp_path / "in" / "a.jsonl", "\n".join(lines) + "\n")
    packed = tmp_path / "in" / "b.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(ARTICLES[4]) + "\n")
    page = write(tmp_path / "in" / "page.html", html_page())
    crawl = write(tmp_path / "in" / "crawl.warc.gz", warc_bytes([
        ("https://gazette.example/bridge", html_page(title="Bridge vote", date="2025-02-06")),
        ("https://courier.example/bridge", html_page(title="Bridge vote", site="Courier", date=""))]))
    return [str(plain), str(packed), str(page), str(crawl)]


def test_examples_give_the_same_tables_and_link_on_incrementally(spark: SparkSession, tmp_path: Path) -> None:
    inputs = [str(ROOT / "examples")]
    reference = _reference(inputs, tmp_path / "ref.db")
    imported = _spark(spark, inputs, tmp_path)
    assert _differences(reference, imported) == {}
    with sqlite3.connect(reference) as conn:  # the comparison compares something
        assert conn.execute("SELECT count(*) FROM derived").fetchone()[0] >= 1
        assert conn.execute("SELECT count(*) FROM variant_members").fetchone()[0] >= 2
        assert conn.execute("SELECT count(*) FROM variant_quotes WHERE source_quote_id IS NOT NULL").fetchone()[0] >= 1
        assert conn.execute("SELECT count(*) FROM person_names GROUP BY person_id ORDER BY 1 DESC").fetchone()[0] >= 3
    more = write(tmp_path / "more.jsonl", "\n".join(json.dumps(a) for a in ARTICLES[:3]) + "\n")
    for db in (reference, imported):  # the imported signatures and term counts serve the next link
        _reference([str(more)], db)
    assert _differences(reference, imported) == {}


def test_reliable_checkpoints_give_the_same_tables_and_are_written_to_their_folder(
        spark: SparkSession, tmp_path: Path, mixed_inputs: list[str]) -> None:
    folder = tmp_path / "checkpoints"
    reference = _reference(mixed_inputs, tmp_path / "ref.db")
    assert _differences(reference, _spark(spark, mixed_inputs, tmp_path, checkpoint_dir=str(folder))) == {}
    assert any(p.is_file() for p in folder.rglob("part-*"))  # the intermediate results were written there
    assert spark.sparkContext.getCheckpointDir() is None  # the session is left as it was


def test_every_input_kind_and_bad_input_give_the_same_tables(tmp_path: Path, mixed_inputs: list[str]) -> None:
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(main, ["spark-run", *mixed_inputs, "-o", str(out), "--master", "local[2]"])
    assert result.exit_code == 0, result.output
    db = tmp_path / "corpus.db"
    assert runner.invoke(main, ["import", str(out), "--db", str(db)]).exit_code == 0
    reference = _reference(mixed_inputs, tmp_path / "ref.db")
    assert _differences(reference, db) == {}
    with sqlite3.connect(db) as conn:
        docs = {r[0] for r in conn.execute("SELECT doc FROM articles")}
        assert {"bridge-1", "bridge-1#2", "undated"} <= docs  # the repeated article is kept once
        assert conn.execute("SELECT count(*) FROM articles WHERE url LIKE 'https://%'").fetchone()[0] == 2
        assert conn.execute("SELECT code FROM rejections").fetchall() == [("bad_json",)]
        assert conn.execute("SELECT relation FROM derived WHERE doc = 'bridge-2'").fetchone() == ("copy",)
        assert conn.execute("SELECT date_inferred FROM articles WHERE doc = 'undated'").fetchone() == (1,)
        n_articles, n_statements = conn.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM statements)").fetchone()
    # the closing line counts what was written
    assert f"{n_articles:,} articles, {n_statements:,} statements" in result.output
    assert "rejections table: bad_json 1" in result.output
    again = runner.invoke(main, ["spark-run", *mixed_inputs, "-o", str(out), "--master", "local[2]"])
    assert again.exit_code != 0 and "--overwrite" in again.output  # refused before any work
    derived = runner.invoke(main, ["derived", "--db", str(db), "--format", "jsonl"])
    assert "bridge-2" in derived.output
    found = runner.invoke(main, ["quotes", "--search", "twelve thousand cars", "--db", str(db)])
    assert found.exit_code == 0 and "Velt" in found.output  # the full-text index was built
    refused = runner.invoke(main, ["import", str(out), "--db", str(db)])
    assert refused.exit_code != 0 and "not empty" in refused.output


@pytest.mark.shared
def test_smoke_corpus_and_l2r_sample_give_the_same_tables(spark: SparkSession, tmp_path: Path, shared: Path) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from bench_link_quality import l2r_articles

    articles, _ = l2r_articles(shared, sample=30)
    l2r = write(tmp_path / "in" / "l2r.jsonl",
                "\n".join(json.dumps({"id": a.id, "text": a.text, "date": a.date}) for a in articles) + "\n")
    inputs = [str(shared / "data" / "smoke-corpus-open" / "articles.jsonl.gz"), str(l2r)]
    reference = _reference(inputs, tmp_path / "ref.db")
    assert _differences(reference, _spark(spark, inputs, tmp_path)) == {}


def test_components_label_a_long_chain_by_its_smallest_node_in_few_rounds(
        spark: SparkSession, monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    order = list(range(1, 201))
    random.Random(3).shuffle(order)  # a chain of 200 articles numbered at random: plain propagation needs ~100 rounds
    edges = [(order[i], order[i + 1]) for i in range(len(order) - 1)] + [(300, 301), (302, 301)]
    monkeypatch.setattr(run_job, "MAX_ROUNDS", 12)
    labels = dict(run_job.components(spark.createDataFrame(edges, "a long, b long")).collect())
    assert labels == {**dict.fromkeys(order, 1), 300: 300, 301: 300, 302: 300}


def _plan_nodes(df: object) -> int:
    """Nodes of the plan description Spark builds for its SQL UI and event log (``SparkPlanInfo``)."""
    jvm = df.sparkSession._jvm  # type: ignore[attr-defined]
    todo = [jvm.org.apache.spark.sql.execution.SparkPlanInfo.fromSparkPlan(
        df._jdf.queryExecution().executedPlan())]  # type: ignore[attr-defined]
    count = 0
    while todo:
        node = todo.pop()
        count += 1
        children = node.children()
        todo.extend(children.apply(i) for i in range(children.size()))
    return count


def test_plans_stay_small_after_many_steps_through_python(spark: SparkSession) -> None:
    """Each step goes DataFrame -> Python RDD -> DataFrame and reads the last step twice, as the
    job's stages do; the plan of the last step must not hold the plans of all the earlier ones."""
    def chain(steps: int) -> int:
        df = spark.createDataFrame([(i,) for i in range(8)], "x long").coalesce(1)
        for _ in range(steps):
            step = spark.createDataFrame(run_job._kept(df.rdd.map(lambda r: (r.x,))), "x long")
            df = step.unionByName(step).coalesce(1)
            df.count()
        return _plan_nodes(df)

    assert chain(5) == chain(1) < 20


def test_numbering_on_two_partitions_computes_its_input_once(spark: SparkSession) -> None:
    """Sorting for ids on more than one partition reads the input three times (count, sample, sort);
    the Python work that made it (the variant matching, the stories) must run once, not three times."""
    calls = spark.sparkContext.accumulator(0)

    def made(x: int) -> tuple[int, str]:
        calls.add(1)
        return (-x, f"item {x}")

    numbered = run_job._numbered(spark.sparkContext.parallelize(range(200), 2).map(made), lambda kv: kv[0])
    assert numbered.getNumPartitions() == 2
    assert numbered.collect() == [(k + 1, (-x, f"item {x}")) for k, x in enumerate(range(199, -1, -1))]
    assert calls.value == 200
